"""`cchc scrape` and `cchc parse` end to end: progress on stderr, a summary line at the end."""
from __future__ import annotations

import logging

import pytest

from scrapers.cli import main
from scrapers.replay import ReplayServer

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]


def test_scrape_and_parse_commands(fresh_db_dsn, tmp_path, monkeypatch, capsys, caplog):
    caplog.set_level(logging.INFO)
    with ReplayServer() as srv:
        monkeypatch.setenv("CCHC_DATABASE_URL", fresh_db_dsn)
        monkeypatch.setenv("CCHC_MODE", "offline")
        monkeypatch.setenv("CCHC_REPLAY_PORT", str(srv.port))
        monkeypatch.setenv("CCHC_RAW_ROOT", str(tmp_path / "raw"))
        monkeypatch.setenv("CCHC_MIN_HOST_INTERVAL_S", "0")
        assert main(["scrape", "--source", "moha_portal", "--source", "dti_portal", "--run-id", "cli-1"]) == 0
        err = capsys.readouterr().err
        # Per-page progress (log lines on stderr in a real run), then one line per source and a total.
        assert "[moha_portal] fetched" in caplog.text
        assert "(fetched 1, unchanged 0, skipped 0, refused 0, failed 0)" in caplog.text
        assert "moha_portal: 2 fetched, 0 unchanged" in err
        last = err.strip().splitlines()[-1]
        assert last.startswith("scrape cli-1: 2 sources: 4 fetched, 0 unchanged, 0 skipped, 0 refused, 0 failed")
        assert main(["parse"]) == 0
        last = capsys.readouterr().err.strip().splitlines()[-1]
        assert last.startswith("parse: 4 pages: 2 articles") and "trafilatura=2" in last
    assert main(["scrape", "--source", "no_such_source"]) == 2
