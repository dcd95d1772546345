"""Hostile content: links and redirects that try to reach other hosts or the machine itself,
markup and SQL in the text, malformed values, odd encodings, pages that change, the same
article on two sites. Each crawls with the real fetcher into a fresh database."""
from __future__ import annotations

import unicodedata

import pytest

from scrapers.encoding import encode_cp1258

from .conftest import (HOST_A, HOST_B, TrapServer, article_body, article_html, listing_html, make_source,
                       standard_site, write_site)

pytestmark = [pytest.mark.reliability, pytest.mark.integration, pytest.mark.timeout(90)]

OTHER = "khac.gov.vn"  # a real registry-style host, but not this source's


def _forbidden(trap_port: int) -> dict[str, str]:
    return {
        "other_host": f"https://{OTHER}/bai/9",
        "loopback_other_port": f"http://127.0.0.1:{trap_port}/bai/9",
        "localhost_other_port": f"http://localhost:{trap_port}/bai/9",
        "metadata_169_254": "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "private_10": "http://10.0.0.5/bai/9",
        "private_172_16": "http://172.16.3.4/bai/9",
        "private_192_168": "http://192.168.1.1/bai/9",
        "ipv6_loopback": f"http://[::1]:{trap_port}/bai/9",
        "credentials_in_url": f"https://user:pw@{HOST_A}/bai/9",
        "file_scheme": "file:///etc/passwd",
    }


def test_links_to_other_hosts_and_internal_addresses_are_refused(rig, score):
    with TrapServer() as trap:
        bad = _forbidden(trap.port)
        urls = standard_site(rig.root, extra_links=list(bad.values()))
        write_site(rig.root, OTHER, {"/bai/9": article_html("Cải cách hành chính", article_body(9))})
        rig.start()
        first = rig.scrape("run-1")[0]
        have = rig.page_urls()
        integ = rig.integrity()
        leaked = have & set(bad.values())
        score.measure(lost=len(set(urls) - have), dup=integ["duplicates"])
        assert trap.hits == 0, "a loopback listener on another port was contacted"
    assert not leaked and set(urls) <= have
    assert [r for r in rig.server.requests if r.host != HOST_A] == []
    assert first.skipped >= 8, first.line()  # off-host links are counted, not followed
    # the one same-host link carrying credentials (user:pw@) is refused by the fetcher
    creds = rig.q1("select error from raw.fetch_log where outcome = 'refused'")
    assert first.failed == 0 and first.refused == 1 and "credentials in URL" in creds, first.line()
    assert integ["files"] == 6


@pytest.mark.parametrize("target", ["other_host", "loopback_other_port", "localhost_other_port",
                                    "metadata_169_254", "private_10", "private_172_16", "private_192_168",
                                    "ipv6_loopback", "credentials_in_url", "file_scheme"])
def test_redirect_to_forbidden_target_is_refused(rig, score, target):
    with TrapServer() as trap:
        location = _forbidden(trap.port)[target]
        urls = standard_site(rig.root)
        write_site(rig.root, OTHER, {"/bai/9": article_html("Cải cách hành chính", article_body(9))})
        rig.start(faults=f"{HOST_A}/bai/2:redirect={location}")
        first = rig.scrape("run-1")[0]
        have = rig.page_urls()
        integ = rig.integrity()
        want = set(urls) - {f"https://{HOST_A}/bai/2"}
        score.measure(lost=len(want - have), dup=integ["duplicates"])
        assert trap.hits == 0
    assert want <= have and f"https://{HOST_A}/bai/2" not in have and location not in have
    assert [r for r in rig.server.requests if r.host != HOST_A] == []
    err = rig.q1("select error from raw.fetch_log where url = %s", (f"https://{HOST_A}/bai/2",))
    assert "refused" in err and first.refused == 1, (err, first.line())
    assert integ["files"] == 5 and integ["duplicates"] == 0


@pytest.mark.parametrize("address", ["127.0.0.1", "169.254.169.254", "10.1.2.3", "192.168.0.7", "::1",
                                     "::ffff:10.0.0.1", "100.64.0.1"])
def test_live_mode_allowed_host_resolving_to_internal_address_is_refused(rig, score, address):
    """DNS rebinding: a registry host that resolves to an internal address is never connected."""
    from scrapers.fetch import Fetcher
    from scrapers.scrape import scrape_sources

    urls = standard_site(rig.root)
    rig.start()
    live = rig.settings.with_overrides(mode="live")
    fetcher = Fetcher(live, rig.registry, rig.options, resolver=lambda host: [address], sleep=lambda s: None)
    try:
        [s] = scrape_sources(live, [rig.sources[0].id], "run-live", conn=rig.conn, fetcher=fetcher,
                             registry=rig.registry)
    finally:
        fetcher.close()
    integ = rig.integrity()
    score.measure(lost=0, dup=integ["duplicates"])
    assert rig.server.requests == [] and integ["pages"] == 0 and integ["files"] == 0
    errors = [r[0] for r in rig.conn.execute("select error from raw.fetch_log")]
    assert errors and all("non-public" in e or "unreachable" in e for e in errors), errors
    assert s.fetched == 0 and urls


SCRIPT = "<script>alert('x')</script>"
SQLI_PATH = "/bai/2?id=1%27%20OR%20%271%27=%271;--%20DROP%20TABLE%20raw.pages"
SQLI = "Robert'); DROP TABLE raw.pages; -- \" OR 1=1; DELETE FROM raw.articles WHERE '1'='1"


def test_script_and_sql_injection_text_is_stored_verbatim(rig, score):
    import html as htmlmod

    title = f"Cải cách hành chính {SCRIPT} {SQLI}"
    body = article_body(1) + "\n\n" + f"Bình luận: {SCRIPT} và {SQLI} $$; select pg_sleep(10); $$"
    page = (article_html(htmlmod.escape(title, quote=False), htmlmod.escape(body, quote=False))
            .replace("</div></body>", "<script>fetch('http://169.254.169.254/')</script></div></body>"))
    write_site(rig.root, HOST_A, {
        "/tin-tuc": listing_html(["/bai/1", SQLI_PATH]),
        "/bai/1": page,
        SQLI_PATH: article_html("Cải cách hành chính 2", article_body(2)),
    })
    rig.start()
    tables_before = rig.q1("select count(*) from information_schema.tables where table_schema in ('raw','audit')")
    rig.scrape("run-1")
    rig.parse()
    rig.extract("run-1")
    rows = rig.conn.execute("select title, body from raw.articles where url = %s",
                            (f"https://{HOST_A}/bai/1",)).fetchall()
    integ = rig.integrity()
    tables_after = rig.q1("select count(*) from information_schema.tables where table_schema in ('raw','audit')")
    score.measure(lost=2 - integ["articles"] + (tables_before - tables_after), dup=integ["duplicates"])
    assert tables_after == tables_before and integ["pages"] == 3 and integ["articles"] == 2
    [(stored_title, stored_body)] = rows
    assert stored_title == title
    assert SCRIPT in stored_body and SQLI in stored_body and "pg_sleep" in stored_body
    assert "169.254.169.254" not in stored_body  # a real <script> element is not article text
    assert rig.q1("select count(*) from raw.facts") > 0


def test_nul_bytes_and_control_characters_in_a_page(rig, score):
    """PostgreSQL text cannot hold NUL: a page with NULs must not break the batch."""
    body = article_body(1).replace("cho biết", "cho\x00 biết\x01\x1b[31m")
    write_site(rig.root, HOST_A, {
        "/tin-tuc": listing_html(["/bai/1", "/bai/2"]),
        "/bai/1": article_html("Cải cách\x00 hành chính", body).encode("utf-8"),
        "/bai/2": article_html("Cải cách hành chính 2", article_body(2)),
    })
    rig.start()
    rig.scrape("run-1")
    summary = rig.parse()
    rig.extract("run-1")
    integ = rig.integrity()
    accounted = integ["articles"] + rig.q1("select count(*) from raw.quarantine where stage = 'parse'")
    score.measure(lost=2 - accounted, dup=integ["duplicates"])
    assert integ["pages"] == 3 and accounted == 2, summary.line()
    assert rig.q1("select count(*) from raw.articles where url = %s", (f"https://{HOST_A}/bai/2",)) == 1


def test_malformed_dates_and_numbers(rig, score):
    cases = {
        "/bai/1": ("32/13/2023", article_body(1, score="85,5,3", rank=99)),
        "/bai/2": ("ngày 31 tháng 02 năm 2023", article_body(2, score="1e309", rank=-5, done=40)),
        "/bai/3": ("99/99/9999", article_body(3, score="NaN", rank=0)),
        "/bai/4": ("2023-02-30T25:61", article_body(4, score="9" * 400, rank=10 ** 30)),
        "/bai/5": ("hôm qua", article_body(5, score="--85,1--", rank=7)),
    }
    pages = {"/tin-tuc": listing_html(list(cases))}
    for path, (date, body) in cases.items():
        pages[path] = article_html("Cải cách hành chính", body, date=date)
    write_site(rig.root, HOST_A, pages)
    rig.start()
    rig.scrape("run-1")
    summary = rig.parse()
    ext = rig.extract("run-1")
    integ = rig.integrity()
    accounted = integ["articles"] + rig.q1("select count(*) from raw.quarantine where stage = 'parse'")
    score.measure(lost=5 - accounted, dup=integ["duplicates"])
    assert accounted == 5 and integ["articles"] == 5, summary.line()
    assert ext.failed == 0, ext.line()
    dates = [r[0] for r in rig.conn.execute("select published_on from raw.articles")]
    assert all(d is None or 1990 <= d.year <= 2030 for d in dates), dates
    bad = rig.conn.execute(
        "select payload from raw.facts where (rank is not null and (rank < 1 or rank > coalesce(rank_of, 63)))"
        " or (score is not null and (score < 0 or score > 100 or score = 'NaN'))"
        " or (done is not null and done > total)").fetchall()
    assert bad == [], bad


def test_windows_1258_nfd_and_lying_charset(rig, score):
    text = "Cải cách hành chính: Chỉ số hài lòng của người dân về sự phục vụ của cơ quan hành chính"
    legacy = encode_cp1258(article_html(text, article_body(1), charset="windows-1258"))
    nfd = unicodedata.normalize("NFD", article_html(text, article_body(3)))
    write_site(rig.root, HOST_A, {
        "/tin-tuc": listing_html(["/bai/1", "/bai/3", "/bai/4"]),
        "/bai/1": legacy,                          # declared only in <meta>, no header charset
        "/bai/3": nfd.encode("utf-8"),             # decomposed diacritics
        "/bai/4": article_html(text, article_body(4)),
    })
    rig.start(faults=f"{HOST_A}/bai/4:charset=iso-8859-1")  # the header lies
    rig.scrape("run-1")
    summary = rig.parse()
    integ = rig.integrity()
    titles = dict(rig.conn.execute("select url, title from raw.articles"))
    good = sum(titles.get(f"https://{HOST_A}{p}") == text for p in ("/bai/1", "/bai/3", "/bai/4"))
    score.measure(lost=3 - good, dup=integ["duplicates"])
    assert good == 3, (titles, summary.line())
    rp, sha = rig.conn.execute("select raw_path, sha256 from raw.pages where url = %s",
                               (f"https://{HOST_A}/bai/1",)).fetchone()
    assert rig.zone.read(rp, sha) == legacy, "raw zone is not byte-exact"
    bodies = [r[0] for r in rig.conn.execute("select body from raw.articles")]
    assert all(unicodedata.is_normalized("NFC", b) for b in bodies)
    assert rig.q1("select encoding from raw.pages where url = %s", (f"https://{HOST_A}/bai/1",)) == "cp1258"


def test_mixed_encodings_in_one_page(rig, score):
    text = "Cải cách hành chính: Chỉ số hài lòng của người dân về sự phục vụ của cơ quan hành chính"
    mixed = (article_html(text, article_body(2)).encode("utf-8")
             .replace("bài số 2".encode("utf-8"), "bài số 2 ".encode("utf-8") + encode_cp1258("Hà Nội")))
    write_site(rig.root, HOST_A, {"/tin-tuc": listing_html(["/bai/2"]), "/bai/2": mixed})
    rig.start()
    rig.scrape("run-1")
    summary = rig.parse()
    integ = rig.integrity()
    rp, sha = rig.conn.execute("select raw_path, sha256 from raw.pages where url = %s",
                               (f"https://{HOST_A}/bai/2",)).fetchone()
    assert rig.zone.read(rp, sha) == mixed, "raw zone is not byte-exact"
    titles = [r[0] for r in rig.conn.execute("select title from raw.articles")]
    quarantined = rig.q1("select count(*) from raw.quarantine where stage = 'parse'")
    score.measure(lost=1 - min(1, titles.count(text) + quarantined), dup=integ["duplicates"])
    assert titles == [text], (titles, summary.line())


def test_page_changes_content_at_the_same_url(rig, score):
    urls = standard_site(rig.root, n=3)
    rig.start()
    rig.scrape("run-1")
    rig.parse()
    f = rig.root / HOST_A / "f3.bin"  # robots, listing, bai/1, bai/2
    v1 = f.read_bytes()
    v2 = article_html("Cải cách hành chính: bài 2 (đính chính)", article_body(2, score="86,40", rank=9)).encode()
    f.write_bytes(v2)
    rig.scrape("run-2")
    rig.parse()
    rig.extract("run-2")
    url = f"https://{HOST_A}/bai/2"
    versions = rig.conn.execute("select sha256, raw_path from raw.pages where url = %s order by first_fetched_at",
                                (url,)).fetchall()
    integ = rig.integrity()
    kept = {rig.zone.read(rp, sha) for sha, rp in versions}
    lost = len({v1, v2} - kept) + len(set(urls) - rig.page_urls())
    score.measure(lost=lost, dup=integ["duplicates"])
    assert kept == {v1, v2} and len(versions) == 2
    assert integ["pages"] == 5 and integ["files"] == 5 and integ["duplicates"] == 0
    assert rig.q1("select count(*) from raw.articles where url = %s", (url,)) == 2
    scores = {r[0] for r in rig.conn.execute(
        "select f.score from raw.facts f join raw.articles a using (article_id) where a.url = %s"
        " and f.kind = 'index_result'", (url,))}
    assert {float(s) for s in scores} == {85.12, 86.40}


def test_same_article_on_two_sites(rig, score):
    same = article_html("Cải cách hành chính: Trà Vinh đạt 85,12 điểm", article_body(1))
    for host in (HOST_A, HOST_B):
        write_site(rig.root, host, {"/tin-tuc": listing_html(["/bai/1", "/bai/1"]), "/bai/1": same})
    rig.start(make_source(HOST_A), make_source(HOST_B))
    rig.scrape("run-1")
    rig.parse()
    rig.extract("run-1")
    rig.scrape("run-2")
    rig.parse()
    rig.extract("run-2")
    integ = rig.integrity()
    per_source = dict(rig.conn.execute("select source_id, count(*) from raw.articles group by 1"))
    score.measure(lost=2 - len(per_source), dup=integ["duplicates"])
    assert per_source == {"tinh_a": 1, "tinh_b": 1}  # both reports kept: dbt reconciles them
    assert integ["pages"] == 4 and integ["files"] == 4 and integ["duplicates"] == 0
    facts = rig.conn.execute("select a.source_id, f.score from raw.facts f join raw.articles a using (article_id)"
                             " where f.kind = 'index_result'").fetchall()
    assert sorted(facts) == [("tinh_a", 85.12), ("tinh_b", 85.12)] or len({s for s, _ in facts}) == 2
