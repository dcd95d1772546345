"""The embedded PostgreSQL cluster: the default warehouse of a fresh clone.

Started from the system's PostgreSQL server binaries, with its data under the ignored
``.local/pg``, on 127.0.0.1 and a non-default port (55432). PostgreSQL refuses to run as
root, so when invoked as root every server command runs as the unprivileged ``postgres``
user through ``runuser``. The superuser password is generated once and kept in
``.local/pg/password`` (mode 600): nothing secret is in the repo.
"""
from __future__ import annotations

import glob
import logging
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from scrapers.settings import Settings

log = logging.getLogger(__name__)

SERVER_USER = "postgres"


class LocalPgError(RuntimeError):
    """A set-up problem the user can fix; the message says how."""


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def run(self) -> Path:
        return self.root / "run"

    @property
    def logfile(self) -> Path:
        return self.root / "server.log"

    @property
    def password_file(self) -> Path:
        return self.root / "password"

    @property
    def pid_file(self) -> Path:
        return self.data / "postmaster.pid"


def find_bindir(settings: Settings) -> Path:
    """Locate initdb/pg_ctl: PG_BIN, then `pg_config --bindir`, then /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    if settings.pg_bin:
        candidates.append(Path(settings.pg_bin))
    if shutil.which("pg_config"):
        try:
            out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for c in candidates:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    raise LocalPgError(
        "No PostgreSQL server binaries found (initdb, pg_ctl). Install them "
        "(Debian/Ubuntu: `apt-get install postgresql`), point PG_BIN at their folder, "
        "or use an existing server with CCHC_DATABASE_URL=postgresql://user:pass@host:port/db."
    )


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise LocalPgError(
                f"Running as root, but there is no '{SERVER_USER}' user to run PostgreSQL as "
                "(it refuses to run as root). Create one (`useradd -r postgres`) or run as a normal user."
            ) from exc
        return ["runuser", "-u", SERVER_USER, "--", *cmd]
    return cmd


def _make_reachable(layout: Layout) -> None:
    """As root: hand the cluster folder to the server user and let it traverse the parents."""
    if os.geteuid() != 0:
        return
    pw = pwd.getpwnam(SERVER_USER)
    for parent in reversed(layout.root.resolve().parents):
        mode = parent.stat().st_mode
        if not mode & 0o001:
            log.info("making %s traversable (o+x) so the %s user can reach the cluster", parent, SERVER_USER)
            os.chmod(parent, mode | 0o001)
    for dirpath, dirnames, filenames in os.walk(layout.root):
        os.chown(dirpath, pw.pw_uid, pw.pw_gid)
        for name in filenames:
            os.chown(os.path.join(dirpath, name), pw.pw_uid, pw.pw_gid)


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def password(settings: Settings) -> str:
    f = Layout(settings.pg_dir).password_file
    if not f.exists():
        raise LocalPgError("The embedded cluster is not initialised: run `make up` (or `cchc db up`).")
    return f.read_text().strip()


def embedded_dsn(settings: Settings, database: str | None = None) -> str:
    return (
        f"postgresql://{quote(settings.pg_user)}:{quote(password(settings), safe='')}"
        f"@{settings.pg_host}:{settings.pg_port}/{database or settings.pg_database}"
    )


def is_running(settings: Settings) -> bool:
    layout = Layout(settings.pg_dir)
    if not layout.data.exists():
        return False
    bindir = find_bindir(settings)
    res = subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "status", "-D", str(layout.data)]),
        capture_output=True, text=True,
    )
    return res.returncode == 0


def init(settings: Settings) -> bool:
    """initdb once; returns True when a new cluster was created."""
    layout = Layout(settings.pg_dir)
    if (layout.data / "PG_VERSION").exists():
        return False
    bindir = find_bindir(settings)
    layout.root.mkdir(parents=True, exist_ok=True)
    layout.run.mkdir(exist_ok=True)
    if layout.data.exists():  # a half-made cluster from an interrupted initdb
        shutil.rmtree(layout.data)
    pw = secrets.token_urlsafe(24)
    layout.password_file.write_text(pw + "\n")
    os.chmod(layout.password_file, 0o600)
    pwfile = layout.root / ".initdb-pw"
    pwfile.write_text(pw + "\n")
    try:
        _make_reachable(layout)
        log.info("initdb %s (superuser %s)", layout.data, settings.pg_user)
        subprocess.run(
            _as_server_user([
                str(bindir / "initdb"), "-D", str(layout.data), "-U", settings.pg_user,
                f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C",
            ]),
            check=True, capture_output=True, text=True,
        )
    except subprocess.CalledProcessError as exc:
        raise LocalPgError(f"initdb failed:\n{exc.stderr}") from exc
    finally:
        pwfile.unlink(missing_ok=True)
    return True


def start(settings: Settings) -> None:
    """Start the cluster if it is not running (idempotent), then make sure the database exists."""
    layout = Layout(settings.pg_dir)
    created = init(settings)
    if is_running(settings):
        log.info("local PostgreSQL already running on %s:%s", settings.pg_host, settings.pg_port)
    else:
        if _port_in_use(settings.pg_host, settings.pg_port):
            raise LocalPgError(
                f"Port {settings.pg_port} on {settings.pg_host} is in use by another program. "
                "Pick another with CCHC_PG_PORT=NNNNN, or stop that program."
            )
        _make_reachable(layout)
        bindir = find_bindir(settings)
        opts = (
            f"-p {settings.pg_port} -c listen_addresses={settings.pg_host} "
            f"-c unix_socket_directories={layout.run} -c fsync=on"
        )
        res = subprocess.run(
            _as_server_user([
                str(bindir / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(layout.data),
                "-l", str(layout.logfile), "-o", opts,
            ]),
            capture_output=True, text=True,
        )
        if res.returncode != 0:
            tail = layout.logfile.read_text(errors="replace")[-2000:] if layout.logfile.exists() else ""
            raise LocalPgError(f"pg_ctl start failed:\n{res.stdout}{res.stderr}\n--- server.log ---\n{tail}")
        log.info("local PostgreSQL started on %s:%s (data %s)", settings.pg_host, settings.pg_port, layout.data)
    ensure_database(settings, settings.pg_database)
    if created:
        log.info("new cluster: password in %s", layout.password_file)


def ensure_database(settings: Settings, name: str) -> None:
    import psycopg
    from psycopg import sql

    deadline = time.monotonic() + 30
    while True:
        try:
            conn = psycopg.connect(embedded_dsn(settings, "postgres"), autocommit=True, connect_timeout=5)
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    with conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
            log.info("created database %s", name)


def stop(settings: Settings) -> bool:
    """Stop by pg_ctl (which signals the PID recorded in postmaster.pid). True if it was running."""
    layout = Layout(settings.pg_dir)
    if not layout.data.exists() or not is_running(settings):
        log.info("local PostgreSQL is not running")
        return False
    bindir = find_bindir(settings)
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(layout.data)]),
        check=True, capture_output=True, text=True,
    )
    log.info("local PostgreSQL stopped")
    return True
