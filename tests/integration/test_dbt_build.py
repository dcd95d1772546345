"""dbt project end to end: raw rows loaded by scrapers.load -> `dbt build` -> marts asserted in SQL.

One module-scoped database and two `dbt build` runs (each ~10-20 s); every test below only
queries the result. The second build proves reruns are idempotent (mart row counts unchanged).
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from scrapers.load import load_facts, upsert_articles, upsert_sources
from scrapers.records import ArticleRecord, SourceRow, sha256_hex

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT = ROOT / "dbt_project"
PARSED = datetime(2023, 5, 2, 8, 0, tzinfo=timezone.utc)

MARTS = (
    "dim_province", "dim_unit_2025", "dim_index", "dim_index_component", "dim_source", "dim_date",
    "fct_index_results", "fct_task_progress", "fct_dossier_stats", "fct_fact_conflicts",
    "fct_claim_checks", "fct_national_facts", "mart_province_scorecard", "mart_unit_2025_dossiers",
)

SOURCES = [
    SourceRow("longan_portal", "Cổng TTĐT tỉnh Long An", "Long An", "provincial_portal", "https://www.longan.gov.vn", None, True),
    SourceRow("baolongan", "Báo Long An", "Long An", "provincial_paper", "https://baolongan.vn", None, True),
    SourceRow("travinh_portal", "Cổng TTĐT tỉnh Trà Vinh", "Trà Vinh", "provincial_portal", "https://travinh.gov.vn", None, True),
]


def _article(source_id: str, url: str, body: str, published: date) -> ArticleRecord:
    return ArticleRecord(
        source_id=source_id, url=url, page_sha256=sha256_hex(body), title=body[:60], body=body,
        published_on=published, parser="test", parser_version="1", parsed_at=PARSED,
    )


PORTAL = _article(
    "longan_portal", "https://www.longan.gov.vn/tin-tuc/par-index-2022",
    "Long An vinh dự được xếp hạng 8/63 tỉnh, thành phố về PAR Index với 87,42 điểm ...", date(2023, 4, 25),
)
PRESS = _article(
    "baolongan", "https://baolongan.vn/par-index-2022-a1.html",
    "Chỉ số CCHC năm 2022 của Long An đạt 87,24 điểm, xếp hạng 8/63 ...", date(2023, 4, 26),
)
TRAVINH = _article(
    "travinh_portal", "https://travinh.gov.vn/1426/37932/cchc-10-thang",
    "Trà Vinh đã hoàn thành 32/38 nhiệm vụ ...", date(2023, 11, 14),
)

PAR_LONG_AN = {
    "kind": "index_result", "index": "PAR_INDEX", "province": "Long An", "year": 2022, "component": None,
    "score": 87.42, "rank": 8, "rank_of": 63, "prev_score": 87.2, "prev_rank": 22, "rank_change": 14,
    "evidence": "xếp hạng 8/63 tỉnh, thành phố trực thuộc Trung ương về PAR Index với 87,42 điểm",
}
PORTAL_FACTS_V2 = [
    PAR_LONG_AN,
    {"kind": "index_result", "index": "PAR_INDEX", "province": "Long An", "year": 2022,
     "component": "công tác chỉ đạo, điều hành CCHC", "rank": 6, "rank_of": 63,
     "evidence": "công tác chỉ đạo, điều hành đứng hạng 6/63"},
    {"kind": "index_result", "index": "PAR_INDEX", "province": "Quảng Ninh", "year": 2022, "score": 90.1,
     "rank": 1, "rank_of": 63, "evidence": "Quảng Ninh tiếp tục ở vị trí dẫn đầu về PAR Index với 90,1 điểm"},
    {"kind": "index_result", "index": "PAPI", "province": "Long An", "year": 2022, "score": 41.5, "rank": 30,
     "rank_of": 63, "evidence": "PAPI năm 2022 đạt 41,5 điểm, xếp hạng 30/63"},
    {"kind": "dossier_stats", "province": "Long An", "period": "2022", "scope": "toàn tỉnh",
     "received": 987406, "resolved": 967527, "early_pct": 55.19, "on_time_pct": 44.43, "late_pct": 0.39,
     "evidence": "Toàn tỉnh tiếp nhận 987.406 HS TTHC; giải quyết 967.527 HS"},
]
PORTAL_FACTS_V1 = [  # superseded by extractor 1.10 (numeric version order: 1.10 > 1.9)
    {**PAR_LONG_AN, "score": 78.0, "evidence": "old extractor misread"},
]
PRESS_FACTS = [
    {**PAR_LONG_AN, "score": 87.24, "prev_score": None, "prev_rank": None, "rank_change": None,
     "evidence": "Chỉ số CCHC năm 2022 của Long An đạt 87,24 điểm, xếp hạng 8/63"},
    {"kind": "index_result", "index": "PAPI", "province": "Long An", "year": 2022, "score": 41.2, "rank": 31,
     "evidence": "PAPI 41,2 điểm, hạng 31"},
    {"kind": "index_result", "index": "PAR_INDEX", "province": "TT-Huế", "year": 2022, "rank": 10,
     "evidence": "TT-Huế xếp thứ 10"},
]
TRAVINH_FACTS = [
    {"kind": "task_progress", "province": "Trà Vinh", "period": "2023-10M", "done": 32, "total": 38,
     "evidence": "đã hoàn thành 32/38 nhiệm vụ"},
    {"kind": "task_progress", "province": None, "period": "2016", "done": 22, "total": 24,
     "evidence": "tỉnh đã thực hiện 22/24 nhiệm vụ CCHC năm 2016 đề ra"},
]

OFFICIAL_URL = "https://moha.gov.vn/qd-par-index-2022.pdf"
OFFICIAL_ROWS = [
    # (index, year, component, province, score, rank, rank_of, is_test_data)
    ("PAR_INDEX", 2022, None, "Long An", 87.42, 9, 63, False),
    ("PAR_INDEX", 2022, None, "Quảng Ninh", 90.10, 1, 63, False),
    ("PAR_INDEX", 2022, None, "Tây Ninh", 12.34, 63, 63, True),  # replay-server test data: excluded
]


def _insert_official(conn) -> None:
    raw_sha = sha256_hex("official annex")
    for i, (index, year, comp, prov, score, rank, rank_of, test) in enumerate(OFFICIAL_ROWS):
        rid = sha256_hex(f"{OFFICIAL_URL}|{raw_sha}|{index}|{year}|{comp}|{prov}")[:32]
        conn.execute(
            "insert into raw.official_rankings (ranking_id, publisher, index_code, year, component, province,"
            " score, rank, rank_of, document_url, raw_sha256, locator, is_test_data)"
            " values (%s, 'Bộ Nội vụ', %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (rid, index, year, comp, prov, score, rank, rank_of, OFFICIAL_URL, raw_sha, f"page 3, table 1, row {i + 1}", test),
        )
    conn.commit()


def _dbt(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    # 4 threads (the profile says 2): most of the ~240 nodes are small tests waiting on the DB
    dbt = Path(sys.executable).parent / "dbt"
    return subprocess.run(
        [str(dbt), *args, "--threads", "4", "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT)],
        cwd=DBT_PROJECT, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture(scope="module")
def built(pg_admin_dsn, tmp_path_factory):
    """A fresh migrated database with realistic raw rows, built twice by dbt.

    Module-scoped twin of conftest's `fresh_db_dsn` (which is per test): dbt runs are slow,
    so every test of this module shares one database and one pair of builds.
    """
    import psycopg
    from psycopg import sql

    from scrapers.db import upgrade

    name = f"cchc_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(pg_admin_dsn)
    info["dbname"] = name
    dsn = psycopg.conninfo.make_conninfo(**info)
    try:
        with psycopg.connect(dsn) as conn:
            upgrade(conn)
            upsert_sources(conn, SOURCES)
            upsert_articles(conn, [PORTAL, PRESS, TRAVINH])
            load_facts(conn, [
                (PORTAL.article_id, "1.9", PORTAL_FACTS_V1),
                (PORTAL.article_id, "1.10", PORTAL_FACTS_V2),
                (PRESS.article_id, "1.10", PRESS_FACTS),
                (TRAVINH.article_id, "1.10", TRAVINH_FACTS),
            ])
            _insert_official(conn)

        tmp = tmp_path_factory.mktemp("dbt")
        env = {
            **os.environ,
            "CCHC_DB_HOST": info.get("host", "127.0.0.1"),
            "CCHC_DB_PORT": str(info.get("port", "5432")),
            "CCHC_DB_USER": info.get("user", ""),
            "CCHC_DB_PASSWORD": info.get("password", ""),
            "CCHC_DB_NAME": name,
            "DBT_TARGET_PATH": str(tmp / "target"),
            "DBT_LOG_PATH": str(tmp / "logs"),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
            "DO_NOT_TRACK": "1",
        }
        first = _dbt(env, "build")
        assert first.returncode == 0, first.stdout[-6000:] + first.stderr[-2000:]
        with psycopg.connect(dsn) as conn:
            counts_1 = {t: conn.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in MARTS}
        second = _dbt(env, "build")
        assert second.returncode == 0, second.stdout[-6000:] + second.stderr[-2000:]
        with psycopg.connect(dsn) as conn:
            counts_2 = {t: conn.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in MARTS}
        yield {"dsn": dsn, "counts": (counts_1, counts_2), "log": first.stdout}
    finally:
        with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def db(built):
    import psycopg

    with psycopg.connect(built["dsn"]) as conn:
        yield conn


def _one(conn, query: str, *params):
    rows = conn.execute(query, params).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def test_build_passes_every_test(built):
    assert "ERROR=0" in built["log"]
    assert "PASS=" in built["log"]


def test_second_build_leaves_mart_row_counts_unchanged(built):
    first, second = built["counts"]
    assert first == second
    assert first["dim_province"] == 63 and first["dim_unit_2025"] == 34


def test_official_value_wins_reconciliation_and_records_disagreement(db):
    row = _one(db, """
        select score, rank, rank_of, value_source, chosen_url, supporting_article_count, has_conflict,
               disagreeing_values, prev_rank
        from marts.fct_index_results
        where province = 'Long An' and index_code = 'PAR_INDEX' and year = 2022 and component is null""")
    score, rank, rank_of, value_source, url, n_articles, conflict, disagreeing, prev_rank = row
    assert (float(score), rank, rank_of, value_source, url) == (87.42, 9, 63, "official", OFFICIAL_URL)
    assert n_articles == 2 and conflict
    assert "baolongan.vn" in disagreeing and "longan.gov.vn" in disagreeing
    assert prev_rank is None  # the article's "22 -> 8" disagrees with the official rank 9


def test_province_site_beats_press_without_official_value(db):
    row = _one(db, """
        select score, rank, value_source, chosen_source_id, supporting_article_count, has_conflict
        from marts.fct_index_results
        where province = 'Long An' and index_code = 'PAPI' and year = 2022 and component is null""")
    assert (float(row[0]), row[1], row[2], row[3], row[4], row[5]) == (41.5, 30, "provincial claim", "longan_portal", 2, True)


def test_newest_extractor_version_only(db):
    scores = {float(r[0]) for r in db.execute(
        "select score from staging.stg_scrape__facts where province = 'Long An' and index_code = 'PAR_INDEX'"
        " and component is null")}
    assert scores == {87.42, 87.24}  # 78.0 from extractor 1.9 is superseded by 1.10


def test_component_and_province_variants_are_conformed(db):
    row = _one(db, """
        select component, index_component_id is not null, rank from marts.fct_index_results
        where province = 'Long An' and index_code = 'PAR_INDEX' and year = 2022 and component is not null""")
    assert row == ("Công tác chỉ đạo, điều hành CCHC", True, 6)
    assert _one(db, "select rank from marts.fct_index_results where province = 'Thừa Thiên Huế'")[0] == 10


def test_conflict_row_has_both_values_and_urls(db):
    rows = db.execute("""
        select index_code, chosen_url, conflicting_url, chosen_score, conflicting_score, differing_fields
        from marts.fct_fact_conflicts where province = 'Long An' order by index_code, conflicting_url""").fetchall()
    papi = [r for r in rows if r[0] == "PAPI"]
    assert len(papi) == 1
    assert papi[0][1] == PORTAL.url and papi[0][2] == PRESS.url
    assert (float(papi[0][3]), float(papi[0][4]), papi[0][5]) == (41.5, 41.2, "score, rank")
    par_urls = {r[2] for r in rows if r[0] == "PAR_INDEX"}
    assert par_urls == {PORTAL.url, PRESS.url}


def test_claim_rank_8_against_official_9_differs(db):
    row = _one(db, """
        select status, claimed_rank, official_rank, rank_difference, score_tolerance, rank_tolerance
        from marts.fct_claim_checks
        where claim_url = %s and province = 'Long An' and index_code = 'PAR_INDEX' and year = 2022
          and component is null and not is_previous_year_restatement""", PORTAL.url)
    assert (row[0], row[1], row[2], row[3], float(row[4]), row[5]) == ("differs", 8, 9, -1, 0.01, 0)


def test_claim_statuses_match_and_no_official_value(db):
    qn = _one(db, "select status from marts.fct_claim_checks where province = 'Quảng Ninh'")
    assert qn == ("match",)
    papi = {r[0] for r in db.execute("select status from marts.fct_claim_checks where index_code = 'PAPI'")}
    assert papi == {"no official value"}


def test_test_data_rankings_stay_out(db):
    assert db.execute("select count(*) from staging.stg_official__rankings where is_test_data").fetchone()[0] == 0
    assert db.execute("select count(*) from marts.fct_index_results where province = 'Tây Ninh'").fetchone()[0] == 0


def test_scorecard_par_rank_by_year_for_long_an(db):
    rows = db.execute("""
        select year, par_index_rank, par_index_rank_change, par_index_value_source
        from marts.mart_province_scorecard where province = 'Long An' order by year""").fetchall()
    # 2021 from the article's restated previous value; 2022 from the official table
    assert rows == [(2021, 22, None, "provincial claim"), (2022, 9, 13, "official")]


def test_which_old_provinces_form_todays_tay_ninh(db):
    rows = db.execute("select province from marts.dim_province where unit_2025 = 'Tây Ninh' order by province").fetchall()
    assert [r[0] for r in rows] == ["Long An", "Tây Ninh"]


def test_task_progress_and_dossier_stats(db):
    done, total, share, source = _one(db, "select done, total, share_done_pct, value_source from marts.fct_task_progress"
                                          " where province = 'Trà Vinh' and period = '2023-10M'")
    assert (done, total, float(share), source) == (32, 38, 84.21, "provincial claim")
    received, resolved, early, on_time, late = _one(db, """
        select received, resolved, early_pct, on_time_pct, late_pct from marts.fct_dossier_stats
        where province = 'Long An' and period = '2022' and scope = 'toàn tỉnh'""")
    assert (received, resolved) == (987406, 967527)
    assert (float(early), float(on_time), float(late)) == (55.19, 44.43, 0.39)


def test_unit_rollup_adds_counts_only(db):
    row = _one(db, """
        select received, resolved, reporting_province_count, member_province_count, is_complete
        from marts.mart_unit_2025_dossiers where unit_2025 = 'Tây Ninh' and period = '2022'""")
    assert row == (987406, 967527, 1, 2, False)
    cols = {r[0] for r in db.execute(
        "select column_name from information_schema.columns where table_schema = 'marts'"
        " and table_name = 'mart_unit_2025_dossiers'")}
    assert not any("score" in c or "rank" in c for c in cols)


def test_national_facts_kept_out_of_province_marts(db):
    assert _one(db, "select done, total, period from marts.fct_national_facts where kind = 'task_progress'") == (22, 24, "2016")
    assert db.execute("select count(*) from marts.fct_task_progress where province is null").fetchone()[0] == 0


def test_bi_reader_reads_marts_only(db):
    import psycopg

    db.execute("set role bi_reader")
    assert db.execute("select count(*) from marts.fct_index_results").fetchone()[0] > 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        db.execute("select * from raw.facts")
    db.rollback()
    db.execute("set role bi_reader")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        db.execute("select * from staging.stg_scrape__facts")
    db.rollback()
    db.execute("set role bi_reader")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        db.execute("insert into marts.dim_index (index_code) values ('X')")
    db.rollback()
