"""The embedded cluster: idempotent start, clean stop, clear messages for bad set-up input."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from scrapers import localpg
from scrapers.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def own_cluster(tmp_path):
    """A second, throwaway cluster (never the project's .local/pg one)."""
    settings = Settings.from_env({"CCHC_LOCAL_DIR": str(tmp_path / "local"), "CCHC_PG_PORT": str(_free_port())})
    try:
        localpg.find_bindir(settings)
    except localpg.LocalPgError as exc:
        pytest.skip(str(exc))
    yield settings
    localpg.stop(settings)


def _server_pid(settings: Settings) -> int | None:
    pid_file = localpg.Layout(settings.pg_dir).pid_file
    return int(pid_file.read_text().split()[0]) if pid_file.exists() else None


def test_up_twice_then_down_leaves_no_server(own_cluster):
    localpg.start(own_cluster)
    pid = _server_pid(own_cluster)
    assert pid and Path(f"/proc/{pid}").exists()
    localpg.start(own_cluster)  # idempotent: same server
    assert _server_pid(own_cluster) == pid
    assert localpg.stop(own_cluster) is True
    assert not Path(f"/proc/{pid}").exists() or "postgres" not in Path(f"/proc/{pid}/cmdline").read_text()
    assert localpg.stop(own_cluster) is False  # already down: a no-op


def test_stale_pid_file_is_handled(own_cluster):
    localpg.start(own_cluster)
    localpg.stop(own_cluster)
    layout = localpg.Layout(own_cluster.pg_dir)
    layout.pid_file.write_text("999999\n" + str(layout.data) + "\n")  # a crashed server's leftover
    localpg.start(own_cluster)
    assert _server_pid(own_cluster) != 999999


def test_port_in_use_gets_a_clear_message(own_cluster):
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", own_cluster.pg_port))
        blocker.listen()
        with pytest.raises(localpg.LocalPgError, match=r"in use.*CCHC_PG_PORT"):
            localpg.start(own_cluster)


def test_missing_binaries_say_how_to_fix(monkeypatch, tmp_path):
    monkeypatch.setattr(localpg.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(localpg.shutil, "which", lambda name: None)
    settings = Settings.from_env({"PG_BIN": str(tmp_path / "nothing"), "CCHC_LOCAL_DIR": str(tmp_path)})
    with pytest.raises(localpg.LocalPgError) as exc:
        localpg.find_bindir(settings)
    assert "apt-get install postgresql" in str(exc.value) and "CCHC_DATABASE_URL" in str(exc.value)


def test_unreachable_database_url_is_a_clear_error_without_the_password():
    env = {**os.environ, "CCHC_DATABASE_URL": f"postgresql://someone:s3cr3t-pw@127.0.0.1:{_free_port()}/nope"}
    proc = subprocess.run([sys.executable, "-m", "scrapers.cli", "db", "status"], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 1
    assert "Cannot reach the warehouse" in proc.stderr and "CCHC_DATABASE_URL" in proc.stderr
    assert "s3cr3t-pw" not in proc.stderr + proc.stdout
