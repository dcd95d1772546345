"""The extract stage: run the fact extractor over parsed articles and load raw.facts.

Reads only raw.articles (no network). An article is extracted once per extractor
version (raw.extractions remembers it, even when it states no fact); `reextract=True`
redoes the selection, e.g. in a backfill after the extractor improved.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Callable

import psycopg

from scrapers.load import load_facts, quarantine
from scrapers.records import QuarantineRecord

log = logging.getLogger(__name__)

BATCH = 200


@dataclass
class ExtractSummary:
    articles: int = 0
    facts: int = 0
    failed: int = 0

    def line(self) -> str:
        return f"extract: {self.articles} article(s), {self.facts} fact(s), {self.failed} failed"


def article_text(title: str | None, body: str) -> str:
    """What the extractor reads: the headline, a blank line, the body.

    The same shape as an article saved to a file for ``cchc extract``: headlines
    state facts and reporting periods ("Kết quả giải quyết TTHC tháng 11/2023")
    that the body then takes for granted.
    """
    return f"{title.strip()}\n\n{body}" if title and title.strip() else body


def _select_articles(conn: psycopg.Connection, version: str, source_ids: list[str] | None,
                     since: date | None, until: date | None, reextract: bool):
    return conn.execute(
        """
        select a.article_id
        from raw.articles a
        where (%(sources)s::text[] is null or a.source_id = any(%(sources)s))
          and (%(since)s::date is null or coalesce(a.published_on, a.parsed_at::date) >= %(since)s)
          and (%(until)s::date is null or coalesce(a.published_on, a.parsed_at::date) <= %(until)s)
          and (%(reextract)s or not exists (
                select 1 from raw.extractions e
                where e.article_id = a.article_id and e.extractor_version = %(version)s))
        order by a.article_id
        """,
        {"sources": source_ids, "since": since, "until": until, "reextract": reextract, "version": version},
    )


def extract_articles(
    conn: psycopg.Connection,
    *,
    run_id: str,
    source_ids: list[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    reextract: bool = False,
    progress: Callable[[ExtractSummary], None] | None = None,
) -> ExtractSummary:
    """Extract facts from the selected articles and load them, one batch per transaction."""
    from scrapers.extract import EXTRACTOR_VERSION, extract_facts

    summary = ExtractSummary()
    # Ids first (small), then bodies batch by batch: memory stays flat with N.
    ids = [r[0] for r in _select_articles(conn, EXTRACTOR_VERSION, source_ids, since, until, reextract)]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        articles = conn.execute(
            "select article_id, source_id, url, title, body, published_on from raw.articles"
            " where article_id = any(%s) order by article_id",
            (chunk,),
        ).fetchall()
        loaded: list[tuple[str, str, list[dict]]] = []
        bad: list[QuarantineRecord] = []
        for article_id, source_id, url, title, body, published_on in articles:
            try:
                facts = extract_facts(article_text(title, body), url=url, published=published_on)
            except Exception as exc:  # one bad article must not stop the night
                summary.failed += 1
                log.exception("extractor failed on %s", url)
                bad.append(QuarantineRecord(stage="extract", reason=f"extractor error: {exc!r}"[:500],
                                            payload={"url": url}, source_id=source_id,
                                            record_key=article_id, run_id=run_id))
                continue
            loaded.append((article_id, EXTRACTOR_VERSION, facts))
            summary.facts += len(facts)
        summary.articles += len(articles)
        load_facts(conn, loaded)
        with conn.cursor() as c:
            c.executemany(
                "insert into raw.extractions (article_id, extractor_version, fact_count, run_id)"
                " values (%s, %s, %s, %s) on conflict (article_id, extractor_version) do update"
                " set fact_count = excluded.fact_count, run_id = excluded.run_id, extracted_at = now()",
                [(a, v, len(f), run_id) for a, v, f in loaded],
            )
        conn.commit()
        if bad:
            quarantine(conn, bad)
        if progress:
            progress(summary)
    log.info(summary.line())
    return summary
