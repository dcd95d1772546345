"""The official-rankings stage end to end: a national publisher's declared ranking documents
(HTML page, PDF annex, a malformed table) served by the replay server → polite fetcher →
raw zone, raw.fetch_log, raw.pages → raw.official_rankings / raw.quarantine; rerun adds
nothing; then a provincial claim (rank 8 where the official table says 9) is `differs` in
marts.fct_claim_checks after `dbt build` and in the auditors' report.

Every number comes from tests/fixtures/official (invented, marked "DỮ LIỆU KIỂM THỬ"), so
every official row is test data; dbt only sees it with `include_test_data: true`.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from scrapers.replay import ReplayServer
from scrapers.settings import Settings

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "official"
HOST = "xep-hang.kiem-thu.invalid"
SOURCE_ID = "test_publisher"
RUN_1, RUN_2 = "official-run-1", "official-run-2"

DTI_URL = f"https://{HOST}/xep-hang/dti-2022"
PAR_URL = f"https://{HOST}/van-ban/phu-luc-par-index-2022.pdf"
BAD_URL = f"https://{HOST}/xep-hang/bang-loi"
DOCS = {  # url -> (fixture file, served content type)
    DTI_URL: ("dti_2022_ranking.html", "text/html; charset=utf-8"),
    PAR_URL: ("par_index_2022_annex.pdf", "application/pdf"),
    BAD_URL: ("malformed_ranking.html", "text/html; charset=utf-8"),
}
# rows in the fixtures (test_official_load.py): 62 provinces (one missing row) x 4 / x 9 columns
EXPECTED_ROWS = 62 * 4 + 62 * 9

REGISTRY = textwrap.dedent(f"""\
    version: 1
    sources:
      - id: {SOURCE_ID}
        name: Nhà xuất bản bảng xếp hạng (kiểm thử)
        province: null
        kind: national_publisher
        base_url: https://{HOST}/
        allowed_hosts: [{HOST}]
        cms: generic
        listings:
          - url: https://{HOST}/tin-tuc
            pagination: {{max_pages: 1}}
        ranking_documents:
          - {{url: "{DTI_URL}", index: DTI, year: 2022, publisher: "Bộ TT&TT (kiểm thử)"}}
          - {{url: "{PAR_URL}", index: par index, year: 2022, publisher: "Bộ Nội vụ (kiểm thử)", rank_of: 63}}
          - {{url: "{BAD_URL}", index: PAR_INDEX, year: 2022, publisher: "Bộ Nội vụ (kiểm thử)"}}
    """)


def _write_snapshot(root: Path) -> Path:
    """One host directory in the replay server's layout (scripts/build_snapshots.py)."""
    site = root / HOST
    site.mkdir(parents=True)
    routes = {"/robots.txt": {"file": "robots.txt", "content_type": "text/plain; charset=utf-8"}}
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\nCrawl-delay: 2\n", encoding="utf-8")
    for url, (name, ctype) in DOCS.items():
        (site / name).write_bytes((FIXTURES / name).read_bytes())
        routes[url.split(HOST, 1)[1]] = {"file": name, "content_type": ctype}
    (site / "listing.html").write_text(  # a publisher's page listing its rankings, one link per year
        '<html><body><h1>Xếp hạng</h1><ul><li><a href="/xep-hang/dti-2022">DTI 2022</a></li>'
        '<li><a href="https://elsewhere.invalid/xep-hang/dti-2021">off-host</a></li>'
        '<li><a href="/tin-tuc/bai-viet">tin</a></li></ul></body></html>', encoding="utf-8")
    routes["/xep-hang"] = {"file": "listing.html", "content_type": "text/html; charset=utf-8"}
    (site / "_routes.json").write_text(json.dumps({"host": HOST, "routes": routes}), encoding="utf-8")
    return root


@pytest.fixture
def replay(tmp_path):
    with ReplayServer(_write_snapshot(tmp_path / "snapshot")) as srv:
        yield srv


@pytest.fixture
def settings(tmp_path, replay, fresh_db_dsn) -> Settings:
    sources = tmp_path / "sources.yml"
    sources.write_text(REGISTRY, encoding="utf-8")
    return Settings.from_env().with_overrides(
        mode="offline", replay_port=replay.port, database_url=fresh_db_dsn, sources_file=sources,
        raw_root=tmp_path / "raw", local_dir=tmp_path / "local", reports_dir=tmp_path / "reports",
        min_host_interval_s=0.0, max_crawl_delay_s=0.0,  # robots asks for 2 s; tests do not wait
    )


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
            for t in ("official_rankings", "pages", "quarantine", "articles")}


def test_registry_declares_documents_that_are_not_articles(settings):
    from scrapers.pipeline import official_sources
    from scrapers.registry import load_registry

    src = load_registry(settings.sources_file).get(SOURCE_ID)
    assert [(d.index, d.year, d.rank_of) for d in src.ranking_documents] == [
        ("DTI", 2022, None), ("PAR_INDEX", 2022, 63), ("PAR_INDEX", 2022, None)]
    assert all(not src.is_article_url(u) for u in DOCS)  # never parsed as articles
    assert official_sources(settings) == [SOURCE_ID]


def test_ingest_official_fetches_loads_quarantines_and_rerun_adds_nothing(settings, warehouse, replay):
    from scrapers.official_stage import ingest_official

    first = ingest_official(settings, SOURCE_ID, RUN_1)
    assert (first["documents"], first["fetched"], first["ingested"]) == (3, 3, 3), first
    assert (first["failed"], first["refused"], first["already_ingested"]) == (0, 0, 0), first
    assert first["rows_loaded"] == EXPECTED_ROWS and first["tables_rejected"] == 1
    assert first["test_data_documents"] == 3  # the marker forces is_test_data; nothing declared it
    json.dumps(first)  # the summary becomes an XCom

    rows = warehouse.execute(
        "select document_url, index_code, count(*), bool_and(is_test_data) from raw.official_rankings"
        " group by 1, 2 order by 1").fetchall()
    assert rows == [(PAR_URL, "PAR_INDEX", 62 * 9, True), (DTI_URL, "DTI", 62 * 4, True)]
    dti_row = warehouse.execute(
        "select rank, rank_of, publisher from raw.official_rankings where document_url = %s"
        " and province = 'Bà Rịa - Vũng Tàu' and component is null", (DTI_URL,)).fetchone()
    assert dti_row == (9, 63, "Bộ TT&TT (kiểm thử)")

    pages = dict(warehouse.execute(
        "select url, content_type from raw.pages where source_id = %s", (SOURCE_ID,)).fetchall())
    assert set(pages) == set(DOCS)
    assert pages[PAR_URL].startswith("application/pdf") and pages[DTI_URL].startswith("text/html")
    for url, sha, raw_path in warehouse.execute("select url, sha256, raw_path from raw.pages").fetchall():
        from scrapers.rawzone import RawZone
        from scrapers.records import sha256_hex

        body = RawZone(settings.raw_root).read(raw_path, sha.strip())  # the raw zone holds the bytes as served
        assert sha256_hex(body) == sha.strip() == sha256_hex((FIXTURES / DOCS[url][0]).read_bytes())
    fetched = warehouse.execute(
        "select url, outcome, status from raw.fetch_log where run_id = %s and url = any(%s) order by url",
        (RUN_1, list(DOCS))).fetchall()
    assert {(u, o, s) for u, o, s in fetched} == {(u, "fetched", 200) for u in DOCS}

    stage, reason, key, payload = warehouse.execute(
        "select stage, reason, record_key, payload from raw.quarantine").fetchone()
    assert stage == "official" and "duplicate province rows: 'Hà Nội'" in reason
    assert payload["url"] == BAD_URL and payload["is_test_data"] is True and key.endswith(":table#1")
    assert any("duplicate province rows" in e for e in first["errors"])
    before = _counts(warehouse)
    assert before["articles"] == 0

    # second night: 304s, nothing ingested again, no row added anywhere
    served_before = len(replay.requests)
    second = ingest_official(settings, SOURCE_ID, RUN_2)
    assert (second["unchanged"], second["fetched"], second["ingested"], second["already_ingested"]) == (0 + 3, 0, 0, 3)
    assert _counts(warehouse) == before
    statuses = [r.status for r in replay.requests[served_before:] if r.target != "/robots.txt"]
    assert statuses == [304, 304, 304]
    assert warehouse.execute("select count(*) from raw.fetch_log where run_id = %s and outcome = 'unchanged'",
                             (RUN_2,)).fetchone()[0] == 3


def test_pipeline_official_fails_only_when_nothing_could_be_fetched(settings, replay):
    from scrapers.pipeline import SourceUnavailable, official

    replay.set_faults(f"{HOST}/xep-hang/*:status=404;{HOST}/van-ban/*:status=404")
    with pytest.raises(SourceUnavailable, match="no ranking document could be fetched"):
        official(settings, SOURCE_ID, RUN_1)
    replay.set_faults(f"{HOST}/xep-hang/bang-loi:status=404")
    summary = official(settings, SOURCE_ID, RUN_2)  # one missing document is not a failed task
    assert (summary["fetched"], summary["failed"], summary["ingested"]) == (2, 1, 2)


def test_ranking_listing_discovers_documents_by_year(settings, warehouse):
    from scrapers.official_stage import ingest_official

    listing_only = REGISTRY.split("    ranking_documents:")[0] + (
        "    ranking_listings:\n"
        f"      - {{url: \"https://{HOST}/xep-hang\", link_pattern: '^/xep-hang/dti-(?P<year>\\d{{4}})$',"
        " index: DTI, publisher: \"Bộ TT&TT (kiểm thử)\"}\n")
    settings.sources_file.write_text(listing_only, encoding="utf-8")
    summary = ingest_official(settings, SOURCE_ID, RUN_1)
    assert (summary["listing_pages"], summary["documents"], summary["ingested"]) == (1, 1, 1), summary
    assert summary["details"][0]["year"] == 2022 and summary["rows_loaded"] == 62 * 4
    assert warehouse.execute("select distinct document_url, year from raw.official_rankings").fetchall() == [
        (DTI_URL, 2022)]
    pages = {r[0] for r in warehouse.execute("select url from raw.pages")}
    assert pages == {DTI_URL, f"https://{HOST}/xep-hang"}


# ------------------------------------------------------------------ claim check through dbt

CLAIM_SOURCE = "test_province_portal"
CLAIM_URL = "https://brvt.kiem-thu.invalid/tin-tuc/chi-so-dti-2022"
CLAIM_TEXT = ("DỮ LIỆU KIỂM THỬ. Năm 2022, Chỉ số chuyển đổi số (DTI) của tỉnh Bà Rịa - Vũng Tàu "
              "xếp hạng 8/63 tỉnh, thành phố.")
CLAIM_FACT = {"kind": "index_result", "index": "DTI", "province": "Bà Rịa - Vũng Tàu", "year": 2022,
              "component": None, "rank": 8, "rank_of": 63,
              "evidence": "Chỉ số chuyển đổi số (DTI) của tỉnh Bà Rịa - Vũng Tàu xếp hạng 8/63"}


def _load_claim(conn) -> str:
    from scrapers.load import load_facts, upsert_articles, upsert_sources
    from scrapers.records import ArticleRecord, SourceRow, sha256_hex

    upsert_sources(conn, [SourceRow(CLAIM_SOURCE, "Cổng TTĐT tỉnh (kiểm thử)", "Bà Rịa - Vũng Tàu",
                                    "provincial_portal", "https://brvt.kiem-thu.invalid/", None, True)])
    art = ArticleRecord(source_id=CLAIM_SOURCE, url=CLAIM_URL, page_sha256=sha256_hex(CLAIM_TEXT),
                        title="Chỉ số DTI năm 2022", body=CLAIM_TEXT, published_on=date(2023, 6, 1),
                        parser="test", parser_version="1", parsed_at=datetime(2023, 6, 2, tzinfo=timezone.utc))
    upsert_articles(conn, [art])
    load_facts(conn, [(art.article_id, "1.10", [CLAIM_FACT])])
    return art.article_id


def _dbt_build(settings: Settings, tmp_path: Path) -> subprocess.CompletedProcess:
    from scrapers.pipeline import dbt_env

    project = ROOT / "dbt_project"
    env = {**dbt_env(settings), "DBT_TARGET_PATH": str(tmp_path / "dbt-target"),  # never the shared manifest
           "DBT_LOG_PATH": str(tmp_path / "dbt-logs")}
    dbt = Path(sys.executable).parent / "dbt"
    return subprocess.run(
        [str(dbt), "build", "--vars", "{include_test_data: true}", "--threads", "4",
         "--project-dir", str(project), "--profiles-dir", str(project)],
        cwd=project, env=env, capture_output=True, text=True, timeout=900,
    )


def test_claim_rank_8_against_ingested_official_9_differs_in_marts_and_report(settings, warehouse, tmp_path):
    from scrapers.official_stage import ingest_official
    from scrapers.pipeline import validate
    from scrapers.quality.report import build_report

    ingest_official(settings, SOURCE_ID, RUN_1)
    _load_claim(warehouse)
    checked = validate(settings, "official", RUN_1)  # the GX checkpoint of the stage: nothing critical
    assert checked["checks"] >= 1

    build = _dbt_build(settings, tmp_path)
    assert build.returncode == 0, build.stdout[-6000:] + build.stderr[-2000:]

    row = warehouse.execute(
        "select status, claimed_rank, official_rank, rank_difference, official_document_url, claim_url"
        " from marts.fct_claim_checks where province = 'Bà Rịa - Vũng Tàu' and index_code = 'DTI'"
        " and year = 2022 and component is null").fetchall()
    assert row == [("differs", 8, 9, -1, DTI_URL, CLAIM_URL)]

    page = build_report(settings, RUN_1, dsn=settings.dsn()).read_text(encoding="utf-8")
    section = page.split('id="claims"', 1)[1]
    assert "1 claim(s) differ" in section
    assert CLAIM_URL in section and DTI_URL in section and "Bà Rịa - Vũng Tàu" in section
