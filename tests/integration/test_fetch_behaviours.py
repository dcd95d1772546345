"""One test per fetcher behaviour, against the replay server on loopback.

Each asserts what was stored (raw zone files, FetchRecords = raw.fetch_log rows) and
what was logged. Sleeps are recorded, not slept, so backoff and Retry-After are exact.
"""
from __future__ import annotations

import logging
import unicodedata

import pytest

from fetchkit import HOST, OTHER_HOST, PAGE, make_kit, source, write_site
from scrapers.encoding import encode_cp1258
from scrapers.fetch import Conditional
from scrapers.replay import ReplayServer
from scrapers.scrape import fetch_page

pytestmark = [pytest.mark.integration, pytest.mark.timeout(60)]

URL = f"https://{HOST}/tin-tuc/bai-1"
ROBOTS = "User-agent: *\nCrawl-delay: 3\nDisallow: /rieng-tu/\n"


@pytest.fixture
def snap(tmp_path):
    root = tmp_path / "snap"
    write_site(root, HOST, {
        "/tin-tuc/bai-1": (PAGE, "text/html; charset=utf-8"),
        "/tin-tuc/bai-2": (PAGE.replace("Tiêu đề", "Bài hai"), "text/html; charset=utf-8"),
        "/rieng-tu/bai": (PAGE, "text/html; charset=utf-8"),
        "/tai-lieu.pdf": (b"%PDF-1.4 ...", "application/pdf"),
        "/to": ("<p>" + "x" * 20000 + "</p>", "text/html; charset=utf-8"),
    }, robots=ROBOTS)
    write_site(root, OTHER_HOST, {"/": (PAGE, "text/html; charset=utf-8")}, robots="")
    return root


@pytest.fixture
def server(snap):
    with ReplayServer(snap) as srv:
        yield srv


def outcomes(fp) -> list[tuple[str, int | None]]:
    return [(r.outcome, r.status) for r in fp.result.records]


def test_retries_5xx_with_exponential_backoff_and_jitter(server, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    server.set_faults(f"{HOST}/tin-tuc/bai-1:status=503,first=2")
    kit = make_kit(server, tmp_path, backoff_base_s=0.2)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "fetched"
    assert len(kit.served("/tin-tuc/bai-1")) == 3  # 2 failures + 1 success
    assert outcomes(fp) == [("failed", 503), ("failed", 503), ("fetched", 200)]
    assert "retry in" in fp.result.records[0].error
    backoffs = [s for s in kit.sleeps if s > 0]
    assert len(backoffs) == 2
    assert 0.1 <= backoffs[0] <= 0.2 and 0.2 <= backoffs[1] <= 0.4  # base*2^(n-1) scaled by U[0.5,1]
    assert caplog.text.count("exponential backoff") == 2
    assert len(kit.zone.files()) == 1 and fp.page is not None and fp.new_file


def test_gives_up_after_max_retries(server, tmp_path, caplog):
    server.set_faults(f"{HOST}/tin-tuc/bai-1:status=500")
    kit = make_kit(server, tmp_path, max_retries=2, backoff_base_s=0.01)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "failed" and len(kit.served("/tin-tuc/bai-1")) == 3
    assert outcomes(fp) == [("failed", 500)] * 3
    assert "gave up after 3 attempts" in fp.result.error and "FAILED" in caplog.text
    assert kit.zone.files() == [] and fp.page is None


def test_retry_after_is_honoured_on_429(server, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    server.set_faults(f"{HOST}/tin-tuc/bai-1:status=429,first=1,retry_after=7")
    kit = make_kit(server, tmp_path, backoff_base_s=0.01)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "fetched"
    assert outcomes(fp) == [("failed", 429), ("fetched", 200)]
    assert 7.0 in kit.sleeps
    assert "honouring Retry-After: waiting 7.00s" in caplog.text
    assert len(kit.zone.files()) == 1


def test_retry_after_beyond_cap_skips_until_next_run(server, tmp_path):
    server.set_faults(f"{HOST}/tin-tuc/bai-1:status=503,retry_after=3600")
    kit = make_kit(server, tmp_path, max_retry_after_s=60)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "failed" and "exceeds the 60s cap" in fp.result.error
    assert len(kit.served("/tin-tuc/bai-1")) == 1 and 3600 not in kit.sleeps


def test_timeouts_and_truncated_bodies_are_retried(server, tmp_path, caplog):
    server.set_faults(f"seed=1;{HOST}/tin-tuc/bai-1:hang=3,first=1;{HOST}/tin-tuc/bai-2:truncate=20,first=1")
    kit = make_kit(server, tmp_path, read_timeout_s=0.5, backoff_base_s=0.01)
    fp1 = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    fp2 = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/tin-tuc/bai-2", "r")
    assert outcomes(fp1) == [("failed", None), ("fetched", 200)] and "timeout" in fp1.result.records[0].error
    assert fp2.result.outcome == "fetched" and "truncated body" in fp2.result.records[0].error
    assert len(kit.zone.files()) == 2
    assert "timeout" in caplog.text and "truncated body" in caplog.text


def test_conditional_get_304_is_unchanged_and_stores_nothing(server, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    kit = make_kit(server, tmp_path)
    first = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r1")
    assert first.result.etag and first.result.last_modified
    cond = Conditional(first.result.etag, first.result.last_modified, first.result.sha256, first.page.raw_path)
    again = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r2", cond)
    assert (again.result.outcome, again.result.status) == ("unchanged", 304)
    assert kit.served("/tin-tuc/bai-1")[-1].headers.get("If-None-Match") == first.result.etag
    assert again.body == first.body and again.page.sha256 == first.page.sha256  # read from the raw zone
    assert not again.new_file and len(kit.zone.files()) == 1
    assert "unchanged (304 Not Modified)" in caplog.text
    # Without validators but with a known hash: a 200 with the same bytes is also unchanged.
    same = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r3", Conditional(sha256=first.result.sha256))
    assert (same.result.outcome, same.result.status) == ("unchanged", 200) and len(kit.zone.files()) == 1


def test_robots_disallow_and_crawl_delay(server, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    kit = make_kit(server, tmp_path, max_crawl_delay_s=None)  # obey robots' Crawl-delay fully
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/rieng-tu/bai", "r")
    assert fp.result.outcome == "refused" and "disallows /rieng-tu/bai" in fp.result.error
    assert kit.served("/rieng-tu/bai") == [] and kit.zone.files() == []
    assert [r.outcome for r in fp.result.records] == ["refused"]
    assert "robots.txt of tinh-thu.gov.vn disallows" in caplog.text
    # Crawl-delay: 3 spaces two consecutive requests to the host.
    assert kit.fetcher.host_delay(kit.source, HOST) == 3.0
    fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/tin-tuc/bai-2", "r")
    assert any(2.5 < s <= 3.0 for s in kit.sleeps), kit.sleeps
    assert len(kit.served("/robots.txt")) == 1  # read once per host per run


def test_user_agent_identifies_us(server, tmp_path):
    kit = make_kit(server, tmp_path)
    fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    ua = kit.served("/tin-tuc/bai-1")[0].headers["User-Agent"]
    assert ua == kit.settings.user_agent and "+http" in ua


def test_body_size_cap(server, tmp_path, caplog):
    kit = make_kit(server, tmp_path, max_body_bytes=5000)
    declared = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/to", "r")
    assert declared.result.outcome == "refused" and "Content-Length" in declared.result.error
    server.set_faults(f"{HOST}/tin-tuc/bai-2:giant=5000000")  # no Content-Length, streamed
    streamed = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/tin-tuc/bai-2", "r")
    assert streamed.result.outcome == "refused" and "body exceeds max body 5000 bytes" in streamed.result.error
    assert kit.zone.files() == []
    assert caplog.text.count("REFUSED") >= 2


def test_content_type_check(server, tmp_path, caplog):
    kit = make_kit(server, tmp_path)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/tai-lieu.pdf", "r")
    assert fp.result.outcome == "refused" and "application/pdf" in fp.result.error
    assert kit.zone.files() == [] and "is not HTML" in caplog.text


def test_off_host_redirect_is_refused(server, tmp_path, caplog):
    server.set_faults(f"{HOST}/tin-tuc/bai-1:redirect=https://{OTHER_HOST}/")
    kit = make_kit(server, tmp_path)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "refused"
    assert f"redirect to https://{OTHER_HOST}/ refused" in fp.result.error
    assert not [r for r in server.requests if r.host == OTHER_HOST]  # never contacted
    assert kit.zone.files() == [] and [r.outcome for r in fp.result.records] == ["refused"]
    assert f"REFUSED {URL}: redirect to https://{OTHER_HOST}/" in caplog.text


def test_redirect_to_metadata_address_is_refused(server, tmp_path, caplog):
    server.set_faults(f"{HOST}/tin-tuc/bai-1:redirect=http://169.254.169.254/latest/meta-data/")
    kit = make_kit(server, tmp_path)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "refused" and "169.254.169.254" in fp.result.error
    assert kit.zone.files() == []
    assert "169.254.169.254" in caplog.text and "REFUSED" in caplog.text


def test_live_mode_refuses_hosts_resolving_to_private_or_link_local(server, tmp_path, caplog):
    """Live mode resolves and checks addresses; nothing is connected (fake resolver)."""
    kit = make_kit(server, tmp_path, mode="live", resolver=lambda host: ["169.254.169.254"])
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "refused" and "non-public" in fp.result.error
    kit2 = make_kit(server, tmp_path, mode="live", resolver=lambda host: ["10.1.2.3"])
    assert fetch_page(kit2.fetcher, kit2.zone, kit2.source, URL, "r").result.outcome == "refused"
    assert server.requests == [] and kit.zone.files() == []
    assert "resolves to non-public address" in caplog.text


def test_redirect_loop_hits_the_limit(server, tmp_path):
    server.set_faults(f"{HOST}/tin-tuc/*:loop=1")
    kit = make_kit(server, tmp_path, max_redirects=3)
    fp = fetch_page(kit.fetcher, kit.zone, kit.source, URL, "r")
    assert fp.result.outcome == "failed" and "redirect limit (3)" in fp.result.error
    assert len([r for r in server.requests if r.target.startswith("/tin-tuc/")]) == 4


def test_windows_1258_and_wrong_charset_become_nfc(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    text = "Cải cách hành chính: Chỉ số hài lòng của người dân được cải thiện"
    legacy = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
              f"<body><h1>{text}</h1></body></html>")
    nfd = f"<html><head><meta charset='utf-8'></head><body><h1>{unicodedata.normalize('NFD', text)}</h1></body></html>"
    root = tmp_path / "snap"
    write_site(root, HOST, {
        "/cu": (encode_cp1258(legacy), "text/html"),  # meta only, no charset in the header
        "/sai": (PAGE, "text/html; charset=utf-8"),
        "/nfd": (nfd, "text/html; charset=utf-8"),
    }, robots="")
    with ReplayServer(root, faults=f"{HOST}/sai:charset=iso-8859-1") as srv:
        kit = make_kit(srv, tmp_path, source(encoding=None))
        old = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/cu", "r")
        wrong = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/sai", "r")
        decomposed = fetch_page(kit.fetcher, kit.zone, kit.source, f"https://{HOST}/nfd", "r")
    assert old.page.encoding == "cp1258" and wrong.page.encoding == "utf-8"
    assert wrong.result.content_type == "text/html; charset=iso-8859-1"
    # The raw zone keeps the bytes as served; decoding gives NFC text.
    assert kit.zone.read(old.page.raw_path) == encode_cp1258(legacy)
    from scrapers.encoding import decode_html

    assert text in decode_html(kit.zone.read(old.page.raw_path), old.page.content_type).text
    assert text in decode_html(kit.zone.read(decomposed.page.raw_path), decomposed.page.content_type).text
    assert "encoding cp1258 via meta" in caplog.text
    assert "says iso-8859-1 but the body is valid UTF-8" in caplog.text
