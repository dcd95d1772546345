"""A small, known-good data set for exercising the quality machinery on a FRESH database.

Used by the quality tests (integration and e2e): every check passes on it; tests then
inject one defect at a time. Never call it on the warehouse: it writes raw rows, and
``create_sample_marts`` refuses to run where a ``marts`` schema already has tables.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import psycopg

from scrapers.load import load_facts, record_fetches, upsert_articles, upsert_pages
from scrapers.records import ArticleRecord, FetchRecord, PageRecord, sha256_hex

NOW = datetime.now(timezone.utc)

BODY_TG = (
    "Tiền Giang công bố Chỉ số cải cách hành chính năm 2023. Theo kết quả do Bộ Nội vụ công bố, "
    "Chỉ số CCHC năm 2023 của tỉnh Tiền Giang đạt 87,42 điểm, xếp hạng 8/63 tỉnh, thành phố. "
    "Đến nay, tỉnh đã hoàn thành 32/38 nhiệm vụ cải cách hành chính theo kế hoạch năm 2024. "
    "Trong kỳ, toàn tỉnh tiếp nhận 120.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,5%."
)
BODY_BT = (
    "Bến Tre nâng cao chất lượng phục vụ người dân và doanh nghiệp. Năm 2023, Chỉ số hài lòng "
    "của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh "
    "đạt 84,1%, tăng so với năm trước; đây là kết quả của nhiều giải pháp đồng bộ."
)


def fact_index(province="Tiền Giang", index="PAR_INDEX", year=2023, score=87.42, rank=8, rank_of=63,
               evidence="đạt 87,42 điểm, xếp hạng 8/63", **extra):
    return {"kind": "index_result", "province": province, "index": index, "year": year,
            "component": None, "score": score, "rank": rank, "rank_of": rank_of,
            "evidence": evidence, **extra}


def articles(published: date = date(2024, 3, 1)) -> list[ArticleRecord]:
    out = []
    for source, url, title, body in (
        ("tiengiang", "https://tiengiang.gov.vn/cchc/chi-so-2023", "Chỉ số CCHC năm 2023", BODY_TG),
        ("baodongkhoi", "https://baodongkhoi.vn/sipas-2023", "Bến Tre: SIPAS 2023 đạt 84,1%", BODY_BT),
    ):
        out.append(ArticleRecord(source_id=source, url=url, page_sha256=sha256_hex(body), title=title,
                                 body=body, published_on=published, parser="sample", parser_version="1",
                                 parsed_at=NOW))
    return out


def load_clean_sample(conn: psycopg.Connection, run_id: str) -> dict[str, str]:
    """Load a clean run into a fresh database; returns the article ids by source."""
    conn.execute("insert into audit.runs (run_id, started_at, trigger) values (%s, %s, 'test')"
                 " on conflict (run_id) do nothing", (run_id, NOW - timedelta(minutes=5)))
    conn.commit()
    arts = articles()
    record_fetches(conn, [
        FetchRecord(run_id, a.source_id, a.url, NOW - timedelta(minutes=4), 200, "fetched",
                    sha256=a.page_sha256, bytes=len(a.body.encode()), elapsed_ms=120,
                    content_type="text/html; charset=utf-8")
        for a in arts
    ] + [FetchRecord(run_id, "tiengiang", "https://tiengiang.gov.vn/cchc/", NOW - timedelta(minutes=4),
                     304, "unchanged", elapsed_ms=40)])
    upsert_pages(conn, [PageRecord(a.source_id, a.url, a.page_sha256, f"{a.source_id}/x.html.gz", NOW)
                        for a in arts])
    upsert_articles(conn, arts)
    tg, bt = arts[0].article_id, arts[1].article_id
    load_facts(conn, [
        (tg, "1.0", [
            fact_index(),
            {"kind": "task_progress", "province": "Tiền Giang", "period": "2024", "done": 32, "total": 38,
             "evidence": "hoàn thành 32/38 nhiệm vụ"},
            {"kind": "dossier_stats", "province": "Tiền Giang", "period": "2024", "scope": "toàn tỉnh",
             "received": 120000, "on_time_pct": 98.5, "evidence": "tiếp nhận 120.000 hồ sơ"},
        ]),
        (bt, "1.0", [fact_index(province="Bến Tre", index="SIPAS", score=84.1, rank=None, rank_of=None,
                                evidence="đạt 84,1%")]),
    ])
    load_official(conn, [("Quảng Ninh", 91.2, 1), ("Hải Phòng", 89.9, 2), ("Tiền Giang", 87.42, 8)])
    return {"tiengiang": tg, "baodongkhoi": bt}


def load_official(conn: psycopg.Connection, rows: list[tuple[str, float, int]], index: str = "PAR_INDEX",
                  year: int = 2023, rank_of: int | None = 63,
                  document_url: str = "https://moha.gov.vn/par-index-2023.pdf") -> None:
    doc_sha = sha256_hex(document_url)
    with conn.cursor() as cur:
        for i, (province, score, rank) in enumerate(rows):
            rid = sha256_hex(f"{document_url}|{index}|{year}|{province}|{i}")[:32]
            cur.execute(
                "insert into raw.official_rankings (ranking_id, publisher, index_code, year, component,"
                " province, score, rank, rank_of, document_url, raw_sha256, locator, is_test_data)"
                " values (%s, 'Bộ Nội vụ', %s, %s, null, %s, %s, %s, %s, %s, %s, %s, true)",
                (rid, index, year, province, score, rank, rank_of, document_url, doc_sha, f"row {i + 1}"))
    conn.commit()


def create_sample_marts(conn: psycopg.Connection) -> None:
    """Minimal marts with the agreed names and keys (what dbt builds in the real pipeline)."""
    from expectations import load_reference

    exists = conn.execute("select count(*) from information_schema.tables where table_schema = 'marts'").fetchone()[0]
    if exists:
        raise RuntimeError("schema marts already has tables: create_sample_marts is for fresh test databases")
    ref = load_reference()
    conn.execute("create schema if not exists marts")
    conn.execute("create table marts.dim_province (province text, region text)")
    with conn.cursor() as cur:
        cur.executemany("insert into marts.dim_province values (%s, null)", [(p,) for p in ref.all_places])
        conn.execute("create table marts.dim_index (index_code text, scale_min numeric, scale_max numeric)")
        cur.executemany("insert into marts.dim_index values (%s, %s, %s)",
                        [(k, lo, hi) for k, (lo, hi) in ref.indices.items()])
    conn.execute("create table marts.dim_source (source_id text, name text)")
    conn.execute("insert into marts.dim_source values ('tiengiang', 'Cổng TTĐT Tiền Giang'),"
                 " ('baodongkhoi', 'Báo Đồng Khởi')")
    conn.execute("create table marts.fct_index_results (index_result_id text, province text, index_code text,"
                 " year int, component text, score numeric, rank int, rank_of int, source_id text)")
    conn.execute("insert into marts.fct_index_results values"
                 " ('r1', 'Tiền Giang', 'PAR_INDEX', 2023, null, 87.42, 8, 63, 'tiengiang'),"
                 " ('r2', 'Bến Tre', 'SIPAS', 2023, null, 84.1, null, null, 'baodongkhoi')")
    conn.execute("create table marts.fct_task_progress (task_progress_id text, province text, period text,"
                 " done int, total int)")
    conn.execute("insert into marts.fct_task_progress values ('t1', 'Tiền Giang', '2024', 32, 38)")
    conn.execute("create table marts.fct_dossier_stats (dossier_stats_id text, province text, period text)")
    conn.execute("insert into marts.fct_dossier_stats values ('d1', 'Tiền Giang', '2024')")
    conn.execute("create table marts.fct_fact_conflicts (fact_conflict_id text, province text, index_code text,"
                 " year int, values_seen text)")
    conn.execute("create table marts.fct_claim_checks (claim_check_id text, province text, index_code text,"
                 " year int, claimed_rank int, official_rank int, status text)")
    conn.execute("insert into marts.fct_claim_checks values"
                 " ('c1', 'Tiền Giang', 'PAR_INDEX', 2023, 8, 8, 'matches')")
    conn.execute("create table marts.mart_province_scorecard (province text, year int, par_index numeric)")
    conn.execute("insert into marts.mart_province_scorecard values ('Tiền Giang', 2023, 87.42)")
    conn.commit()
