"""Loaders for the raw tables: batched, one transaction per batch, idempotent by natural key.

A rerun adds nothing (ON CONFLICT on the natural keys); a crash between batches loses
nothing that was committed. Every statement is parameterised: scraped text (titles,
bodies, evidence) is data, never SQL.
"""
from __future__ import annotations

import json
import logging
from itertools import islice
from typing import Any, Iterable, Iterator, Sequence, TypeVar

import psycopg

from scrapers.records import ArticleRecord, FetchRecord, PageRecord, QuarantineRecord, SourceRow, sha256_hex

log = logging.getLogger(__name__)

BATCH_SIZE = 500
T = TypeVar("T")

FACT_COLUMNS = (
    "province", "index_code", "year", "period", "component", "score", "rank", "rank_of",
    "prev_score", "prev_rank", "score_change", "rank_change", "done", "total", "scope",
    "received", "resolved", "early_pct", "on_time_pct", "late_pct", "online",
    "online_total", "online_pct",
)


def batched(items: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _run_batches(conn: psycopg.Connection, sql: str, rows: Iterable[Sequence[Any]]) -> int:
    """executemany per batch, commit per batch; returns rows inserted or updated."""
    total = 0
    for batch in batched(rows):
        with conn.cursor() as cur:
            cur.executemany(sql, batch, returning=False)
            total += max(cur.rowcount, 0)
        conn.commit()
    return total


FETCH_LOG_COLUMNS = (
    "run_id", "source_id", "url", "fetched_at", "status", "outcome", "sha256", "bytes",
    "elapsed_ms", "etag", "last_modified", "content_type", "error",
)


def record_fetches(conn: psycopg.Connection, records: Iterable[FetchRecord]) -> int:
    """Append fetch attempts to raw.fetch_log (history: never deduplicated).

    Append-only rows need no conflict handling, so they go in with COPY, batch by batch.
    """
    copy_sql = f"copy raw.fetch_log ({', '.join(FETCH_LOG_COLUMNS)}) from stdin"
    total = 0
    for batch in batched(records, 5000):
        with conn.cursor() as cur, cur.copy(copy_sql) as copy:
            for r in batch:
                copy.write_row(tuple(getattr(r, c) for c in FETCH_LOG_COLUMNS))
        conn.commit()
        total += len(batch)
    return total


def upsert_pages(conn: psycopg.Connection, records: Iterable[PageRecord]) -> int:
    """One row per (url, sha256); seeing the same body again only moves last_fetched_at."""
    sql = (
        "insert into raw.pages (source_id, url, sha256, raw_path, content_type, encoding, bytes,"
        " first_fetched_at, last_fetched_at) values (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " on conflict (url, sha256) do update set"
        " last_fetched_at = greatest(raw.pages.last_fetched_at, excluded.last_fetched_at)"
    )
    rows = (
        (r.source_id, r.url, r.sha256, r.raw_path, r.content_type, r.encoding, r.bytes,
         r.fetched_at, r.fetched_at)
        for r in records
    )
    return _run_batches(conn, sql, rows)


def upsert_articles(conn: psycopg.Connection, records: Iterable[ArticleRecord]) -> int:
    """Insert parsed articles; a reparse of the same page version updates the row in place."""
    sql = (
        "insert into raw.articles (article_id, source_id, url, page_sha256, title, body,"
        " published_on, parser, parser_version, parsed_at)"
        " values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " on conflict (article_id) do update set title = excluded.title, body = excluded.body,"
        " published_on = excluded.published_on, parser = excluded.parser,"
        " parser_version = excluded.parser_version, parsed_at = excluded.parsed_at"
        " where (raw.articles.title, raw.articles.body, raw.articles.published_on,"
        "        raw.articles.parser_version)"
        "   is distinct from (excluded.title, excluded.body, excluded.published_on,"
        "        excluded.parser_version)"
    )
    rows = (
        (r.article_id, r.source_id, r.url, r.page_sha256, r.title, r.body, r.published_on,
         r.parser, r.parser_version, r.parsed_at)
        for r in records
    )
    return _run_batches(conn, sql, rows)


def fact_id_for(article_id: str, extractor_version: str, fact: dict[str, Any]) -> str:
    canonical = json.dumps(fact, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_hex(f"{article_id}\n{extractor_version}\n{canonical}")[:32]


def fact_row(article_id: str, extractor_version: str, fact: dict[str, Any]) -> tuple:
    """The raw.facts row for one extractor fact (schema: shared facts-schema.md)."""
    typed = [fact.get("index") if col == "index_code" else fact.get(col) for col in FACT_COLUMNS]
    return (
        fact_id_for(article_id, extractor_version, fact), article_id, extractor_version,
        fact["kind"], *typed, fact.get("evidence") or "",
        json.dumps(fact, ensure_ascii=False),
    )


def load_facts(
    conn: psycopg.Connection,
    facts_by_article: Iterable[tuple[str, str, list[dict[str, Any]]]],
) -> int:
    """Load (article_id, extractor_version, facts) triples; idempotent by fact_id.

    The facts of one article and extractor version are replaced as a unit, so a
    re-extraction that drops a wrong fact really drops it for that version.
    """
    cols = ", ".join(("fact_id", "article_id", "extractor_version", "kind", *FACT_COLUMNS, "evidence", "payload"))
    placeholders = ", ".join(["%s"] * (len(FACT_COLUMNS) + 6))
    insert = f"insert into raw.facts ({cols}) values ({placeholders}) on conflict (fact_id) do nothing"
    total = 0
    for batch in batched(facts_by_article, 200):
        with conn.cursor() as cur:
            for article_id, version, facts in batch:
                rows = [fact_row(article_id, version, f) for f in facts]
                keep = [r[0] for r in rows]
                cur.execute(
                    "delete from raw.facts where article_id = %s and extractor_version = %s"
                    " and not (fact_id = any(%s))",
                    (article_id, version, keep),
                )
                if rows:
                    cur.executemany(insert, rows)
                    total += max(cur.rowcount, 0)
        conn.commit()
    return total


def quarantine(conn: psycopg.Connection, records: Iterable[QuarantineRecord]) -> int:
    """Keep rejected records with the reason; the same rejection twice is stored once."""
    sql = (
        "insert into raw.quarantine (run_id, stage, source_id, record_key, reason, payload)"
        " values (%s, %s, %s, %s, %s, %s) on conflict (stage, record_key, reason) do nothing"
    )
    rows = (
        (r.run_id, r.stage, r.source_id, r.record_key, r.reason, json.dumps(r.payload, ensure_ascii=False, default=str))
        for r in records
    )
    return _run_batches(conn, sql, rows)


def upsert_sources(conn: psycopg.Connection, rows: Iterable[SourceRow]) -> int:
    """Mirror the registry into raw.sources (one row per source id, latest wins)."""
    sql = (
        "insert into raw.sources (source_id, name, province, kind, base_url, cms, enabled)"
        " values (%s, %s, %s, %s, %s, %s, %s) on conflict (source_id) do update set"
        " name = excluded.name, province = excluded.province, kind = excluded.kind,"
        " base_url = excluded.base_url, cms = excluded.cms, enabled = excluded.enabled,"
        " updated_at = now()"
        " where (raw.sources.name, raw.sources.province, raw.sources.kind, raw.sources.base_url,"
        "        raw.sources.cms, raw.sources.enabled) is distinct from"
        "       (excluded.name, excluded.province, excluded.kind, excluded.base_url,"
        "        excluded.cms, excluded.enabled)"
    )
    return _run_batches(conn, sql, ((r.source_id, r.name, r.province, r.kind, r.base_url, r.cms, r.enabled) for r in rows))
