"""Incremental `dbt build` equals a full refresh of the same data, table by table, row by row.

One module-scoped database: round 1 of raw facts -> `dbt build`; round 2 (new facts for
existing keys from a more trusted source, brand-new keys, re-extracted articles whose facts
are replaced with one fact dropped, a URL re-published with a new body, a reparsed article,
a quarantined fact, a renamed source, a new official row) -> incremental `dbt build`, whose
every staging/intermediate/mart table is copied aside; then `dbt build --full-refresh` and
the copies are compared with the rebuilt tables both ways (EXCEPT ALL), `built_at` aside.
"""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from scrapers.load import fact_id_for, load_facts, quarantine, upsert_articles, upsert_sources
from scrapers.records import ArticleRecord, QuarantineRecord, SourceRow, sha256_hex

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DBT_PROJECT = ROOT / "dbt_project"
V = "1.10"
ROUND_1 = datetime(2023, 5, 2, 8, 0, tzinfo=timezone.utc)
ROUND_2 = datetime(2023, 6, 1, 8, 0, tzinfo=timezone.utc)

# the incremental fact path (every other table is rebuilt in full by both builds)
INCREMENTAL = (
    "intermediate.int_facts__with_source", "intermediate.int_index_results__observations",
    "intermediate.int_index_results__reconciled", "intermediate.int_facts__conflicts",
    "marts.fct_index_results", "marts.fct_task_progress", "marts.fct_dossier_stats",
    "marts.fct_fact_conflicts", "marts.fct_claim_checks", "marts.fct_national_facts",
)

SOURCES = [
    SourceRow("longan_portal", "Cổng TTĐT tỉnh Long An", "Long An", "provincial_portal", "https://www.longan.gov.vn", None, True),
    SourceRow("baolongan", "Báo Long An", "Long An", "provincial_paper", "https://baolongan.vn", None, True),
    SourceRow("travinh_portal", "Cổng TTĐT tỉnh Trà Vinh", "Trà Vinh", "provincial_portal", "https://travinh.gov.vn", None, True),
    SourceRow("travinh_snv", "Sở Nội vụ tỉnh Trà Vinh", "Trà Vinh", "home_affairs_site", "https://sonoivu.travinh.gov.vn", None, True),
]


def _article(source_id: str, url: str, body: str, published: date, parsed_at: datetime = ROUND_1) -> ArticleRecord:
    return ArticleRecord(source_id=source_id, url=url, page_sha256=sha256_hex(body), title=body[:40], body=body,
                         published_on=published, parser="test", parser_version="1", parsed_at=parsed_at)


def _index(index: str, province: str, year: int, score=None, rank=None, **extra) -> dict:
    f = {"kind": "index_result", "index": index, "province": province, "year": year, "score": score, "rank": rank,
         "rank_of": 63, "evidence": f"{index} {year} {province}: {score} / {rank}", **extra}
    return {k: v for k, v in f.items() if v is not None}


def _task(province: str | None, period: str, done: int, total: int) -> dict:
    return {"kind": "task_progress", "province": province, "period": period, "done": done, "total": total,
            "evidence": f"đã hoàn thành {done}/{total} nhiệm vụ"}


def _dossier(province: str, period: str, received: int, resolved: int) -> dict:
    return {"kind": "dossier_stats", "province": province, "period": period, "scope": "toàn tỉnh",
            "received": received, "resolved": resolved, "evidence": f"tiếp nhận {received}, giải quyết {resolved}"}


PRESS = _article("baolongan", "https://baolongan.vn/cchc-2022-a1.html", "Báo Long An: PAPI, PAR Index 2022", date(2023, 4, 26))
PRESS_FACTS = [
    _index("PAPI", "Long An", 2022, 41.2, 31),
    _index("PAR_INDEX", "Long An", 2022, 87.24, 8),
    _task("Long An", "2022", 20, 30),
]
PORTAL = _article("longan_portal", "https://www.longan.gov.vn/tin-tuc/par-index-2022", "Cổng Long An: PAR Index 2022", date(2023, 4, 25))
PORTAL_FACTS = [
    _index("PAR_INDEX", "Long An", 2022, 87.42, 8, prev_score=87.2, prev_rank=22, rank_change=14),
    _index("DTI", "Long An", 2022, 0.5012, 10),  # the only fact of its grain: dropped in round 2
    _dossier("Long An", "2022", 987406, 967527),
]
TRAVINH = _article("travinh_portal", "https://travinh.gov.vn/1426/cchc-10-thang", "Trà Vinh: 32/38 nhiệm vụ", date(2023, 11, 14))
TRAVINH_FACTS = [
    _task("Trà Vinh", "2023-10M", 32, 38),
    _task(None, "2016", 22, 24),  # national: dropped in round 2
    _index("PCI", "Trà Vinh", 2022, 65.0, 5),
]
PRESS_TV = _article("baolongan", "https://baolongan.vn/tra-vinh-a4.html", "Báo: Trà Vinh 30/38 nhiệm vụ", date(2023, 11, 15))
PRESS_TV_FACTS = [_task("Trà Vinh", "2023-10M", 30, 38)]
UNTOUCHED = _article("travinh_snv", "https://sonoivu.travinh.gov.vn/papi-2022", "Sở Nội vụ: PAPI 2022", date(2023, 5, 3))
UNTOUCHED_FACTS = [_index("PAPI", "Trà Vinh", 2022, 42.0, 20), _dossier("Trà Vinh", "2022", 500000, 490000)]
RESTATER = _article("baolongan", "https://baolongan.vn/par-2023-a6.html", "Báo: PAR Index 2023, so với 2022", date(2024, 4, 2))
RESTATER_FACTS = [_index("PAR_INDEX", "Long An", 2023, 88.1, 6, prev_score=87.3, prev_rank=7)]

# round 2
PORTAL_NEW = _article("longan_portal", "https://www.longan.gov.vn/tin-tuc/papi-2022", "Cổng Long An: PAPI 2022, PCI 2023",
                      date(2023, 5, 20), ROUND_2)
PORTAL_NEW_FACTS = [
    _index("PAPI", "Long An", 2022, 41.5, 30),      # (a) existing key, more trusted source, another value
    _task("Long An", "2022", 25, 30),               # (a) likewise for task progress
    _index("PCI", "Long An", 2023, 66.1, 12, prev_score=65.0, prev_rank=13),  # (b) a brand-new key, and
                                                    # a restated 2022 value: another new key
    _dossier("Long An", "2023-Q1", 250000, 240000),  # (b) a brand-new dossier grain
]
PRESS_TV_REPUBLISHED = _article("baolongan", PRESS_TV.url, "Báo (đã sửa): Trà Vinh 31/38 nhiệm vụ", date(2023, 11, 16), ROUND_2)
PRESS_TV_REPUBLISHED_FACTS = [_task("Trà Vinh", "2023-10M", 31, 38)]
PRESS_REPARSED = _article("baolongan", PRESS.url, PRESS.body, date(2023, 4, 20), ROUND_2)  # new date, same page

OFFICIAL_URL = "https://moha.gov.vn/qd-par-index-2022.pdf"


def _insert_official(conn, rows) -> None:
    raw_sha = sha256_hex("official annex")
    for i, (index, year, prov, score, rank) in enumerate(rows):
        rid = sha256_hex(f"{OFFICIAL_URL}|{raw_sha}|{index}|{year}|None|{prov}")[:32]
        conn.execute(
            "insert into raw.official_rankings (ranking_id, publisher, index_code, year, component, province,"
            " score, rank, rank_of, document_url, raw_sha256, locator, is_test_data)"
            " values (%s, 'Bộ Nội vụ', %s, %s, null, %s, %s, %s, 63, %s, %s, %s, false)",
            (rid, index, year, prov, score, rank, OFFICIAL_URL, raw_sha, f"table 1, row {i + 1}"),
        )
    conn.commit()


def _load_round_1(conn) -> None:
    upsert_sources(conn, SOURCES)
    upsert_articles(conn, [PRESS, PORTAL, TRAVINH, PRESS_TV, RESTATER, UNTOUCHED])
    load_facts(conn, [
        (PRESS.article_id, V, PRESS_FACTS),
        (PORTAL.article_id, V, PORTAL_FACTS),
        (TRAVINH.article_id, V, TRAVINH_FACTS),
        (PRESS_TV.article_id, V, PRESS_TV_FACTS),
        (RESTATER.article_id, V, RESTATER_FACTS),
        (UNTOUCHED.article_id, V, UNTOUCHED_FACTS),
    ])
    _insert_official(conn, [("PAR_INDEX", 2022, "Long An", 87.42, 9)])


def _load_round_2(conn) -> None:
    upsert_articles(conn, [PORTAL_NEW, PRESS_TV_REPUBLISHED, PRESS_REPARSED])
    load_facts(conn, [
        (PORTAL_NEW.article_id, V, PORTAL_NEW_FACTS),
        (PRESS_TV_REPUBLISHED.article_id, V, PRESS_TV_REPUBLISHED_FACTS),
        # (c) re-extractions replace an article's facts: one fact dropped each
        (PORTAL.article_id, V, [f for f in PORTAL_FACTS if f.get("index") != "DTI"]),
        (TRAVINH.article_id, V, [f for f in TRAVINH_FACTS if f["province"] is not None]),
        # ... and one whose restated previous-year value is no longer extracted (a new fact id)
        (RESTATER.article_id, V, [{k: v for k, v in RESTATER_FACTS[0].items() if k not in ("prev_score", "prev_rank")}]),
    ])
    quarantine(conn, [QuarantineRecord(stage="facts", reason="test: implausible score", source_id="baolongan",
                                       record_key=fact_id_for(PRESS.article_id, V, PRESS_FACTS[1]), run_id="t")])
    conn.execute("update raw.sources set name = 'Báo Long An điện tử', updated_at = now() where source_id = 'baolongan'")
    conn.commit()
    _insert_official(conn, [("PCI", 2022, "Trà Vinh", 64.9, 6)])


def _dbt(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    dbt = Path(sys.executable).parent / "dbt"
    return subprocess.run(
        [str(dbt), *args, "--threads", "4", "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT)],
        cwd=DBT_PROJECT, env=env, capture_output=True, text=True, timeout=600,
    )


def _tables(conn) -> list[str]:
    return [f"{s}.{t}" for s, t in conn.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('staging', 'intermediate', 'marts') and table_type = 'BASE TABLE'"
        " order by 1, 2").fetchall()]


def _columns(conn, table: str) -> list[str]:
    schema, name = table.split(".")
    return [c for (c,) in conn.execute(
        "select column_name from information_schema.columns where table_schema = %s and table_name = %s"
        " and column_name <> 'built_at' order by ordinal_position", (schema, name)).fetchall()]


@pytest.fixture(scope="module")
def builds(pg_admin_dsn, tmp_path_factory):
    """Round 1, build, round 2, incremental build (tables copied to schema inc), full refresh."""
    import psycopg
    from psycopg import sql

    from scrapers.db import upgrade

    name = f"cchc_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(pg_admin_dsn)
    info["dbname"] = name
    dsn = psycopg.conninfo.make_conninfo(**info)
    tmp = tmp_path_factory.mktemp("dbt-incremental")
    env = {
        **os.environ,
        "CCHC_DB_HOST": info.get("host", "127.0.0.1"), "CCHC_DB_PORT": str(info.get("port", "5432")),
        "CCHC_DB_USER": info.get("user", ""), "CCHC_DB_PASSWORD": info.get("password", ""), "CCHC_DB_NAME": name,
        "DBT_TARGET_PATH": str(tmp / "target"), "DBT_LOG_PATH": str(tmp / "logs"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1",
    }
    try:
        with psycopg.connect(dsn) as conn:
            upgrade(conn)
            _load_round_1(conn)
        first = _dbt(env, "build")
        assert first.returncode == 0, first.stdout[-6000:] + first.stderr[-2000:]
        with psycopg.connect(dsn) as conn:
            _load_round_2(conn)
        incremental = _dbt(env, "build")
        assert incremental.returncode == 0, incremental.stdout[-6000:] + incremental.stderr[-2000:]
        with psycopg.connect(dsn) as conn:
            conn.execute("create schema inc")
            tables = _tables(conn)
            for t in tables:
                conn.execute(f"create table inc.{t.replace('.', '__')} as select * from {t}")
            conn.commit()
        full = _dbt(env, "build", "--full-refresh")
        assert full.returncode == 0, full.stdout[-6000:] + full.stderr[-2000:]
        yield {"dsn": dsn, "tables": tables, "incremental_log": incremental.stdout}
    finally:
        with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def db(builds):
    import psycopg

    with psycopg.connect(builds["dsn"]) as conn:
        yield conn


def test_every_incremental_model_is_a_table(builds):
    assert set(INCREMENTAL) <= set(builds["tables"])


def test_incremental_build_equals_full_refresh_row_for_row(builds, db):
    differences = {}
    for table in builds["tables"]:
        cols = ", ".join(f'"{c}"' for c in _columns(db, table))
        copy = f"inc.{table.replace('.', '__')}"
        only_inc = db.execute(f"select count(*) from (select {cols} from {copy} except all select {cols} from {table}) d").fetchone()[0]
        only_full = db.execute(f"select count(*) from (select {cols} from {table} except all select {cols} from {copy}) d").fetchone()[0]
        if only_inc or only_full:
            differences[table] = {"only_incremental": only_inc, "only_full_refresh": only_full}
    assert differences == {}


def test_incremental_build_recomputed_only_the_touched_keys(db):
    # Trà Vinh's home-affairs article is untouched by round 2: its rows keep the first build's
    # built_at, the rows of touched keys have the incremental build's
    for table in ("intermediate.int_facts__with_source", "intermediate.int_index_results__observations",
                  "intermediate.int_index_results__reconciled", "marts.fct_index_results",
                  "marts.fct_dossier_stats", "marts.fct_claim_checks"):
        builds_seen = db.execute(f"select count(distinct built_at) from inc.{table.replace('.', '__')}").fetchone()[0]
        assert builds_seen == 2, table
    first_build = db.execute(
        "select province, index_code, year from inc.marts__fct_index_results"
        " where built_at = (select min(built_at) from inc.marts__fct_index_results)").fetchall()
    assert first_build == [("Trà Vinh", "PAPI", 2022)]


def test_round_2_changes_reached_the_marts(db):
    def one(q, *p):
        rows = db.execute(q, p).fetchall()
        assert len(rows) == 1, rows
        return rows[0]

    # (a) the province's own site now beats the press for PAPI 2022 and tasks 2022
    assert one("select score, rank, value_source, has_conflict from inc.marts__fct_index_results"
               " where province = 'Long An' and index_code = 'PAPI' and year = 2022") == (Decimal("41.5"), 30, "provincial claim", True)
    assert one("select done, value_source from inc.marts__fct_task_progress"
               " where province = 'Long An' and period = '2022'") == (25, "provincial claim")
    # (b) new keys
    assert one("select score from inc.marts__fct_index_results where index_code = 'PCI' and year = 2023")[0] == Decimal("66.1")
    assert one("select score, is_chosen_from_previous_year_restatement from inc.marts__fct_index_results"
               " where province = 'Long An' and index_code = 'PCI' and year = 2022") == (Decimal("65.0"), True)
    assert one("select received from inc.marts__fct_dossier_stats where period = '2023-Q1'")[0] == 250000
    # (c) dropped facts: the DTI grain and the national fact are gone; no restated 2022 value left
    assert db.execute("select count(*) from inc.marts__fct_index_results where index_code = 'DTI'").fetchone()[0] == 0
    assert db.execute("select count(*) from inc.marts__fct_national_facts").fetchone()[0] == 0
    assert db.execute("select count(*) from inc.intermediate__int_index_results__observations"
                      " where is_previous_year_restatement and index_code = 'PAR_INDEX' and year = 2022").fetchone()[0] == 0
    # the re-published URL speaks only through its new version; the official row wins for PCI 2022
    assert one("select done from inc.intermediate__int_facts__with_source"
               " where url = %s", PRESS_TV.url)[0] == 31
    assert one("select score, value_source from inc.marts__fct_index_results"
               " where province = 'Trà Vinh' and index_code = 'PCI' and year = 2022") == (Decimal("64.9"), "official")
    # the quarantined press score is gone; the renamed source shows its new name
    assert db.execute("select count(*) from inc.intermediate__int_facts__with_source where score = 87.24").fetchone()[0] == 0
    assert db.execute("select count(*) from inc.intermediate__int_facts__with_source"
                      " where source_id = 'baolongan' and source_name <> 'Báo Long An điện tử'").fetchone()[0] == 0
