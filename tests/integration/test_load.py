"""Loaders: idempotent by natural key, parameterised (hostile strings stored verbatim)."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from scrapers.load import load_facts, quarantine, record_fetches, upsert_articles, upsert_pages
from scrapers.records import ArticleRecord, FetchRecord, PageRecord, QuarantineRecord, sha256_hex

pytestmark = pytest.mark.integration

NOW = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _article(body: str = "Nội dung bài viết", url: str = "https://example.gov.vn/a") -> ArticleRecord:
    return ArticleRecord(
        source_id="s1", url=url, page_sha256=sha256_hex(body), title="Tiêu đề'); drop table raw.pages; --",
        body=body, published_on=date(2023, 11, 14), parser="test", parser_version="1", parsed_at=NOW,
    )


def _count(conn, table: str) -> int:
    return conn.execute(f"select count(*) from {table}").fetchone()[0]  # table names are constants here


def test_pages_rerun_adds_nothing(warehouse):
    page = PageRecord("s1", "https://example.gov.vn/a", "a" * 64, "s1/2024/01/x.html.gz", NOW)
    upsert_pages(warehouse, [page, page])
    upsert_pages(warehouse, [page])
    assert _count(warehouse, "raw.pages") == 1


def test_fetch_log_is_append_only_history(warehouse):
    rec = FetchRecord("r1", "s1", "https://example.gov.vn/a", NOW, 200, "fetched", sha256="a" * 64)
    record_fetches(warehouse, [rec, rec])
    assert _count(warehouse, "raw.fetch_log") == 2


def test_hostile_title_is_stored_verbatim(warehouse):
    art = _article()
    upsert_articles(warehouse, [art, art])
    title = warehouse.execute("select title from raw.articles").fetchone()[0]
    assert title == art.title
    assert _count(warehouse, "raw.pages") == 0  # the "drop table" was data, the table is still there


def test_facts_idempotent_and_replaced_per_extractor_version(warehouse):
    art = _article()
    upsert_articles(warehouse, [art])
    f1 = {"kind": "task_progress", "province": "Trà Vinh", "period": "2023-10M", "done": 32, "total": 38,
          "evidence": "đã hoàn thành 32/38 nhiệm vụ"}
    f2 = {**f1, "done": 31, "evidence": "31/38 nhiệm vụ"}
    load_facts(warehouse, [(art.article_id, "1.0", [f1, f2])])
    load_facts(warehouse, [(art.article_id, "1.0", [f1, f2])])
    assert _count(warehouse, "raw.facts") == 2
    load_facts(warehouse, [(art.article_id, "1.0", [f1])])  # re-extraction dropped f2
    rows = warehouse.execute("select done, total, kind from raw.facts").fetchall()
    assert rows == [(32, 38, "task_progress")]
    load_facts(warehouse, [(art.article_id, "1.1", [f1])])  # a new version is kept beside the old
    assert _count(warehouse, "raw.facts") == 2


def test_quarantine_dedupes_same_rejection(warehouse):
    q = QuarantineRecord(stage="facts", reason="score 874.2 outside 0..100", payload={"score": 874.2}, record_key="k1")
    assert quarantine(warehouse, [q, q]) == 1
    assert _count(warehouse, "raw.quarantine") == 1
