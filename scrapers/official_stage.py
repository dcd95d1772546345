"""Nightly stage: national publishers' ranking documents → raw zone → ``raw.official_rankings``.

A ``national_publisher`` source of ``sources.yml`` may declare ``ranking_documents`` (one
entry per table: url, index, year, publisher, optional content_type / rank_of) and
``ranking_listings`` (a page whose links matching ``link_pattern`` are ranking documents,
the pattern's ``year`` group giving the data year). For each document this stage:

1. fetches it through the polite fetcher (robots, per-host interval, retries, conditional
   GET, allowed hosts) with PDF accepted, keeps the body in the raw zone and records
   ``raw.fetch_log`` / ``raw.pages`` exactly like the scraper does;
2. hands the stored body to :func:`scrapers.official.ingest_document`, which loads the
   rows idempotently and quarantines (stage ``official``) tables it cannot trust.

A document whose version (url, sha256) was already ingested — typically a 304 or a 200
with the same hash — is not ingested again (``reingest=True`` forces it, e.g. after a
parser fix). Documents carrying the test-data marker are loaded with ``is_test_data``
(detected by ``ingest_document``), which dbt staging leaves out of the marts.
"""
from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from scrapers.fetch import HTML_TYPES, Fetcher, FetchOptions
from scrapers.rawzone import RawZone
from scrapers.registry import RankingDocument, Registry, Source, load_registry
from scrapers.settings import Settings

log = logging.getLogger(__name__)

#: content types kept for ranking documents (the scraper keeps HTML only)
RANKING_ACCEPT_TYPES = (*HTML_TYPES, "application/pdf", "application/x-pdf")


class NotAPublisher(ValueError):
    """The source is not a national publisher (only those publish official rankings)."""


@dataclass
class OfficialSummary:
    source_id: str
    documents: int = 0  # declared + discovered on ranking listings
    listing_pages: int = 0
    fetched: int = 0  # new or changed document versions downloaded
    unchanged: int = 0  # 304 or same sha256
    refused: int = 0
    failed: int = 0
    ingested: int = 0  # documents handed to ingest_document in this run
    already_ingested: int = 0  # same (url, sha256) as a previous run: not ingested again
    rows_parsed: int = 0
    rows_loaded: int = 0
    tables_rejected: int = 0
    quarantined: int = 0
    test_data_documents: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    details: list[dict] = field(default_factory=list)  # one small dict per document

    def line(self) -> str:
        return (f"{self.source_id}: {self.documents} ranking documents: {self.fetched} fetched, "
                f"{self.unchanged} unchanged, {self.refused} refused, {self.failed} failed; "
                f"{self.ingested} ingested ({self.rows_loaded} rows loaded or changed, {self.tables_rejected} "
                f"tables refused, {self.quarantined} quarantined), {self.already_ingested} already ingested "
                f"in {self.seconds:.1f}s")


def ingest_official(settings: Settings, source_id: str, run_id: str, *, reingest: bool = False,
                    conn=None, fetcher: Fetcher | None = None, registry: Registry | None = None) -> dict:
    """Fetch and ingest every ranking document of one national publisher; a JSON-able summary.

    Never raises for a document that cannot be fetched or parsed (it is counted, logged and,
    for a bad table, quarantined); raises :class:`NotAPublisher` for a non-publisher source.
    """
    registry = registry or load_registry(settings.sources_file)
    source = registry.get(source_id)
    if source.kind != "national_publisher":
        raise NotAPublisher(f"{source_id} is a {source.kind}; only national_publisher sources have ranking documents")
    summary = OfficialSummary(source.id)
    if not source.has_rankings:
        log.info("official %s: no ranking_documents / ranking_listings declared; nothing to do", source.id)
        return asdict(summary)
    own_conn = conn is None
    if own_conn:
        from scrapers.db import connect

        conn = connect(settings)
    own_fetcher = fetcher is None
    if own_fetcher:
        fetcher = Fetcher(settings, registry, FetchOptions.from_settings(settings, accept_types=RANKING_ACCEPT_TYPES))
    t0 = time.monotonic()
    try:
        _run(settings, source, run_id, reingest, conn, fetcher, summary)
    finally:
        if own_fetcher:
            fetcher.close()
        if own_conn:
            conn.close()
    summary.seconds = round(time.monotonic() - t0, 3)
    log.info("official %s", summary.line())
    return asdict(summary)


def _run(settings: Settings, source: Source, run_id: str, reingest: bool, conn, fetcher: Fetcher,
         summary: OfficialSummary) -> None:
    from scrapers.fetch_state import last_states
    from scrapers.official import ingest_document
    from scrapers.scrape import fetch_page

    zone = RawZone(settings.raw_root)
    states = last_states(conn, source.id)

    def get(url: str):
        fp = fetch_page(fetcher, zone, source, url, run_id, states.get(url))
        _record(conn, fp)
        return fp

    documents = list(source.ranking_documents)
    declared = {d.url for d in documents}
    for listing in source.ranking_listings:
        fp = get(listing.url)
        summary.listing_pages += 1
        if fp.body is None:
            summary.errors.append(f"ranking listing {listing.url}: {fp.result.outcome}: {fp.result.error}")
            log.warning("official %s: ranking listing %s not available (%s)", source.id, listing.url, fp.result.error)
            continue
        found = [d for d in _listing_documents(source, listing, fp.body, fp.result.content_type)
                 if d.url not in declared]
        declared.update(d.url for d in found)
        documents += found
        log.info("official %s: %d ranking documents listed on %s", source.id, len(found), listing.url)
    summary.documents = len(documents)

    for doc in documents:
        detail: dict = {"url": doc.url, "index": doc.index, "year": doc.year}
        summary.details.append(detail)
        fp = get(doc.url)
        outcome = fp.result.outcome
        detail["fetch"] = outcome
        if outcome in ("fetched", "unchanged", "refused", "failed"):
            setattr(summary, outcome, getattr(summary, outcome) + 1)
        if fp.body is None or fp.page is None:
            reason = fp.result.error or f"no body ({outcome})"
            detail["error"] = reason
            summary.errors.append(f"{doc.url}: {outcome}: {reason}")
            log.warning("official %s: %s not available (%s): %s", source.id, doc.url, outcome, reason)
            continue
        sha = fp.page.sha256
        detail["sha256"] = sha
        if not reingest and _already_ingested(conn, doc.url, sha):
            summary.already_ingested += 1
            detail["ingest"] = "already ingested"
            log.info("official %s: %s unchanged (%s), already ingested", source.id, doc.url, sha[:12])
            continue
        try:
            s = ingest_document(
                conn, url=doc.url, body=fp.body,
                content_type=doc.content_type or fp.result.content_type or fp.page.content_type,
                publisher=doc.publisher, index_code=doc.index, year=doc.year, rank_of=doc.rank_of, run_id=run_id,
            )
        except Exception as exc:  # one bad document must not stop the publisher's others
            conn.rollback()
            summary.failed += 1
            detail["ingest"] = "error"
            detail["error"] = f"{type(exc).__name__}: {exc}"
            summary.errors.append(f"{doc.url}: ingest failed: {type(exc).__name__}: {exc}")
            log.exception("official %s: ingesting %s failed", source.id, doc.url)
            continue
        summary.ingested += 1
        summary.rows_parsed += s.rows_parsed
        summary.rows_loaded += s.rows_loaded
        summary.tables_rejected += s.tables_rejected
        summary.quarantined += s.quarantined
        summary.test_data_documents += int(s.is_test_data)
        detail.update(ingest="ingested", kind=s.kind, is_test_data=s.is_test_data, rows_parsed=s.rows_parsed,
                      rows_loaded=s.rows_loaded, tables_rejected=s.tables_rejected, reasons=list(s.reasons))
        if s.reasons:
            summary.errors.extend(f"{doc.url}: {r}" for r in s.reasons)


def _record(conn, fp) -> None:
    """raw.fetch_log rows of every attempt and the raw.pages row of the kept body, as the scraper does."""
    from scrapers import load

    if fp.result.records:
        load.record_fetches(conn, fp.result.records)
    if fp.page is not None:
        load.upsert_pages(conn, [fp.page])


_ALREADY_INGESTED_SQL = """
select exists (select 1 from raw.official_rankings where document_url = %(url)s and raw_sha256 = %(sha)s)
    or exists (select 1 from raw.quarantine where stage = 'official' and record_key like %(key)s)
"""


def _already_ingested(conn, url: str, sha256: str) -> bool:
    """This document version left rows or a quarantine record (every ingest leaves one or the other)."""
    row = conn.execute(_ALREADY_INGESTED_SQL, {"url": url, "sha": sha256, "key": f"{sha256}:%"}).fetchone()
    conn.commit()
    return bool(row and row[0])


def _listing_documents(source: Source, listing, body: bytes, content_type: str | None) -> list[RankingDocument]:
    """Ranking documents linked from a ranking listing page (same-source hosts only)."""
    from bs4 import BeautifulSoup

    from scrapers.encoding import decode_html

    html = decode_html(body, content_type, hint=source.encoding, url=listing.url).text
    out: dict[str, RankingDocument] = {}
    for a in BeautifulSoup(html, "lxml").select("a[href]"):
        url = urldefrag(urljoin(listing.url, a["href"].strip()))[0]
        if not source.allows_host(urlsplit(url).hostname):
            continue
        doc = listing.document(url)
        if doc is not None:
            out.setdefault(url, doc)
    return list(out.values())
