"""`cchc extract` as a command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scrapers.commands import extract as command

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "Năm 2023, Chỉ số CCHC của tỉnh đạt 87,5 điểm, xếp thứ 6/63 tỉnh, thành phố.\n"


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "scrapers.cli", "extract", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=60)


def test_prints_one_json_object_per_fact(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = cli("--url", "https://haiduong.gov.vn/x", "--published", "2024-04", str(f))
    assert res.returncode == 0, res.stderr
    facts = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [(x["province"], x["score"], x["rank"]) for x in facts] == [("Hải Dương", 87.5, 6)]
    assert "Hải Dương" in res.stdout.decode()  # ensure_ascii=False


def test_reads_stdin_and_prints_nothing_without_facts() -> None:
    res = cli("-", stdin="Không có số liệu nào.".encode())
    assert (res.returncode, res.stdout) == (0, b"")


@pytest.mark.parametrize("args, stdin", [
    (("/nonexistent/file.txt",), None),
    (("-",), b"\xff\xfe\x00bad"),
    (("--published", "2024-13", "-"), b"x"),
    (("--published", "last year", "-"), b"x"),
])
def test_unreadable_input_exits_2_with_a_message(args: tuple[str, ...], stdin: bytes | None) -> None:
    res = cli(*args, stdin=stdin)
    assert res.returncode == 2 and res.stdout == b"" and b"cchc extract:" in res.stderr


def test_module_interface() -> None:
    assert command.NAME == "extract" and command.HELP and "example" in command.DESCRIPTION
    assert command.parse_published("2023-07-03").isoformat() == "2023-07-03"
    assert command.parse_published("2023-07").isoformat() == "2023-07-01"


def test_a_one_shot_extract_imports_neither_the_database_driver_nor_numpy() -> None:
    """Every import is wall time in a one-shot call: ``cchc extract`` on an ordinary article
    loads only the extractor (numpy only for texts past half a megabyte, psycopg never)."""
    code = ("import sys; from scrapers.cli import main; rc = main(['extract', '--url', 'https://haiduong.gov.vn/x', '-']); "
            "print(sorted(m for m in ('psycopg', 'numpy', 'airflow', 'great_expectations') if m in sys.modules),"
            " file=sys.stderr); sys.exit(rc)")
    res = subprocess.run([sys.executable, "-c", code], input=ARTICLE.encode(), capture_output=True, cwd=ROOT,
                         timeout=60)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout.decode().splitlines()[0])["score"] == 87.5
    assert res.stderr.decode().strip().splitlines()[-1] == "[]"
