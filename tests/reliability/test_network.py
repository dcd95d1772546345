"""Network faults: the crawl of a 5-article site finishes with every article stored once.

Each scenario injects one fault into the real replay server (or a TCP proxy in front of
it), crawls with the real fetcher into a fresh database and raw zone, crawls again, and
counts: rows lost = article URLs expected but not in raw.pages; duplicates = rows or raw
files beyond one per natural key.
"""
from __future__ import annotations

import threading
import time

import pytest

from .conftest import HOST_A, make_source, standard_site

pytestmark = [pytest.mark.reliability, pytest.mark.integration, pytest.mark.timeout(90)]

ARTICLE = f"{HOST_A}/bai/2"


def _crawl_twice_and_measure(rig, score, urls: list[str], expect_stored: set[str] | None = None):
    """Crawl, crawl again (next night), and record loss/duplication against ``expect_stored``."""
    first = rig.scrape("run-1")
    rig.server.set_faults(None)
    if rig.proxy:
        rig.proxy.rules = []
    second = rig.scrape("run-2")
    want = set(urls) if expect_stored is None else expect_stored
    have = rig.page_urls()
    integ = rig.integrity()
    score.measure(lost=len(want - have) + integ["rows_without_file"], dup=integ["duplicates"])
    assert want <= have, f"lost: {sorted(want - have)}"
    assert integ["duplicates"] == 0 and integ["rows_without_file"] == 0 and integ["tmp_files"] == 0, integ
    assert integ["files_without_row"] == 0, integ
    return first[0], second[0], integ


@pytest.mark.parametrize("status", [500, 503])
def test_5xx_with_retry_after(rig, score, status):
    urls = standard_site(rig.root)
    rig.start(faults=f"{ARTICLE.replace('/bai', '/bai', 1)}:status={status},first=2,retry_after=1")
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert first.failed == 0 and first.fetched == 6, first.line()
    assert rig.sleeps.count(1.0) >= 2, f"Retry-After: 1 not honoured: {rig.sleeps}"
    statuses = [r[0] for r in rig.conn.execute(
        "select status from raw.fetch_log where url = %s and run_id = 'run-1' order by fetch_id",
        (f"https://{ARTICLE}",))]
    assert statuses == [status, status, 200]


def test_429_too_many_requests(rig, score):
    urls = standard_site(rig.root)
    rig.start(faults=f"{HOST_A}/bai/*:status=429,first=3,retry_after=1")
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert first.failed == 0 and first.fetched == 6, first.line()
    assert rig.q1("select count(*) from raw.fetch_log where status = 429") == 3
    assert rig.sleeps.count(1.0) >= 3


def test_read_timeout(rig, score):
    urls = standard_site(rig.root)
    rig.start(faults=f"{ARTICLE}:hang=3,first=1", read_timeout_s=0.3)
    t0 = time.monotonic()
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert first.failed == 0 and first.fetched == 6, first.line()
    errors = [r[0] for r in rig.conn.execute("select error from raw.fetch_log where outcome = 'failed'")]
    assert any("timeout" in e for e in errors), errors
    assert time.monotonic() - t0 < 10


def test_connection_reset(rig, score):
    urls = standard_site(rig.root)
    rig.start(proxy=True)
    rig.proxy.rules = [("/bai/*", "reset", 3)]
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert ("/bai/1", "reset") in rig.proxy.log
    assert first.failed == 0 and first.fetched == 6, first.line()
    errors = [r[0] for r in rig.conn.execute("select error from raw.fetch_log where outcome = 'failed'")]
    assert len(errors) == 3 and all("connection error" in e for e in errors), errors


def test_trickling_server_is_slow_but_complete(rig, score):
    """A server sending 64 bytes every 20 ms (each read well inside the read timeout)."""
    urls = standard_site(rig.root)
    rig.start(proxy=True, read_timeout_s=0.5)
    rig.proxy.rules = [("/bai/3", "trickle:64:0.02", None)]
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert first.failed == 0 and first.fetched == 6, first.line()
    [(raw_path, sha)] = rig.conn.execute("select raw_path, sha256 from raw.pages where url like %s",
                                         (f"%{HOST_A}/bai/3",)).fetchall()
    served = (rig.root / HOST_A / "f4.bin").read_bytes()  # robots, listing, bai/1, bai/2, bai/3
    assert rig.zone.read(raw_path, sha) == served, "the trickled body was not stored byte-exact"


def test_trickling_server_endless_body_is_cut_off(rig, score):
    """Slowloris: an endless body a few bytes at a time must not hold the crawl forever."""
    urls = standard_site(rig.root)
    rig.start(faults=f"{HOST_A}/bai/3:giant=50000000", proxy=True, read_timeout_s=0.5, max_retries=0)
    rig.proxy.rules = [("/bai/3", "trickle:4:0.05", None)]
    done = threading.Event()
    box: dict = {}

    def crawl():
        try:
            box["summary"] = rig.scrape("run-1")
        except BaseException as exc:  # noqa: BLE001
            box["error"] = exc
        finally:
            done.set()

    t = threading.Thread(target=crawl, daemon=True)
    t.start()
    finished = done.wait(8.0)  # 12 x the read timeout: generous for a 6-page site
    if not finished:
        rig.proxy.stop()  # release the stuck fetch so the test can clean up
        done.wait(15)
    want = set(urls) - {f"https://{HOST_A}/bai/3"}
    have = rig.page_urls()
    integ = rig.integrity()
    score.measure(lost=len(want - have), dup=integ["duplicates"])
    assert finished, "the crawl was still reading the trickled body after 8 s"
    assert want <= have


def test_truncated_html_is_refetched_whole(rig, score):
    urls = standard_site(rig.root)
    rig.start(faults=f"{ARTICLE}:truncate=120,first=2")
    first, _, _ = _crawl_twice_and_measure(rig, score, urls)
    assert first.failed == 0 and first.fetched == 6, first.line()
    [(raw_path, sha)] = rig.conn.execute("select raw_path, sha256 from raw.pages where url = %s",
                                         (f"https://{ARTICLE}",)).fetchall()
    assert rig.zone.read(raw_path, sha) == (rig.root / HOST_A / "f3.bin").read_bytes()
    assert rig.q1("select count(*) from raw.pages where url = %s", (f"https://{ARTICLE}",)) == 1


def test_50mb_page_is_refused_at_the_size_cap(rig, score):
    """A 50 MB close-delimited body (no Content-Length) against the default 10 MiB cap."""
    urls = standard_site(rig.root)
    rig.start(faults=f"{ARTICLE}:giant=50000000", max_body_bytes=10 * 1024 * 1024)
    t0 = time.monotonic()
    first = rig.scrape("run-1")[0]
    elapsed = time.monotonic() - t0
    want = set(urls) - {f"https://{ARTICLE}"}
    have = rig.page_urls()
    integ = rig.integrity()
    score.measure(lost=len(want - have), dup=integ["duplicates"])
    assert want <= have and f"https://{ARTICLE}" not in have
    assert first.refused == 1 and first.fetched == 5, first.line()
    err = rig.q1("select error from raw.fetch_log where url = %s and outcome = 'refused'", (f"https://{ARTICLE}",))
    assert "exceeds max body 10485760 bytes" in err
    assert integ["files"] == 5 and integ["duplicates"] == 0  # listing + 4 articles: nothing of the giant body
    assert elapsed < 20


def test_redirect_loop(rig, score):
    urls = standard_site(rig.root)
    rig.start(faults=f"{ARTICLE}*:loop=1", max_redirects=5)
    first = rig.scrape("run-1")[0]
    want = set(urls) - {f"https://{ARTICLE}"}
    have = rig.page_urls()
    integ = rig.integrity()
    score.measure(lost=len(want - have), dup=integ["duplicates"])
    assert want <= have and f"https://{ARTICLE}" not in have
    assert first.failed == 1, first.line()
    assert "redirect limit (5)" in rig.q1(
        "select error from raw.fetch_log where url = %s and outcome = 'failed'", (f"https://{ARTICLE}",))
    hops = [r for r in rig.server.requests if r.target.startswith("/bai/2")]
    assert len(hops) == 6  # 1 + max_redirects, then given up (not retried forever)
    assert integ["duplicates"] == 0
