"""National publishers' ranking tables (HTML pages, PDF annexes) → ``raw.official_rankings``.

The one public entry point is :func:`ingest_document`: give it one fetched document (the
bytes as served, its URL and content type) and what it ranks (publisher, index, data
year). It reads every table, keeps the ones that are rankings, conforms province names
through the gazetteer, loads the rows idempotently and quarantines (stage ``official``)
any table that looks like a ranking but cannot be trusted, with the reason. Tables that
parse are loaded even when another table of the same document is refused.

:func:`parse_document` does the same without a database (``cchc official --dry-run``).

Modules, in data-flow order: ``html_tables`` / ``pdf_tables`` (document → :class:`Table`),
``columns`` (header meaning → column roles), ``provinces`` (names → keys),
``rankings`` (Table → :class:`OfficialRanking`), ``load`` (rows → warehouse).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from scrapers.extract.textnorm import fold
from scrapers.records import QuarantineRecord, sha256_hex

from .columns import normalize_index_code
from .load import STAGE, load_rankings, quarantine_official
from .rankings import MalformedTableError, OfficialRanking, assign_rank_of, duplicate_keys, parse_table
from .tables import Table

__all__ = ["ingest_document", "parse_document", "IngestSummary", "ParsedDocument", "OfficialRanking",
           "MalformedTableError", "load_rankings", "TEST_DATA_MARKER"]

log = logging.getLogger(__name__)

#: caption carried by every generated test document; a document showing it is test data
TEST_DATA_MARKER = "DỮ LIỆU KIỂM THỬ"
_MARKER_FOLDED = fold(TEST_DATA_MARKER)


@dataclass
class Rejection:
    """A table (or row) that was not loaded, and why."""

    locator: str
    reason: str
    sample: dict = field(default_factory=dict)


@dataclass
class ParsedDocument:
    url: str
    raw_sha256: str
    kind: str  # 'html' | 'pdf'
    is_test_data: bool
    tables_read: int
    rows: list[OfficialRanking] = field(default_factory=list)
    tables_parsed: list[str] = field(default_factory=list)  # locators
    rejected: list[Rejection] = field(default_factory=list)  # whole tables
    skipped_rows: list[Rejection] = field(default_factory=list)  # single rows
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IngestSummary:
    url: str
    raw_sha256: str
    kind: str
    is_test_data: bool
    tables_read: int
    tables_parsed: int
    tables_rejected: int
    rows_parsed: int
    rows_loaded: int  # inserted or changed; 0 on a rerun
    quarantined: int
    reasons: tuple[str, ...] = ()


def _is_pdf(body: bytes, content_type: str | None) -> bool:
    return body[:5] == b"%PDF-" or "pdf" in (content_type or "").lower()


def _looks_like_ranking(table: Table, index_code: str, year: int) -> bool:
    """Worth parsing (and worth quarantining if it fails): a header that names a rank,
    province or score, or several rows naming provinces. Layout and contact tables are not."""
    from .columns import classify
    from .provinces import canonical_province

    roles = [classify(i, lv, index_code, year).kind for i, lv in enumerate(table.columns)]
    if "rank" in roles or ("province" in roles and "score" in roles):
        return True
    hits = sum(1 for r in table.rows if any(canonical_province(c) for c in r.cells if c))
    return hits >= 3


def parse_document(
    *,
    url: str,
    body: bytes,
    content_type: str | None,
    publisher: str,
    index_code: str,
    year: int,
    is_test_data: bool = False,
    rank_of: int | None = None,
) -> ParsedDocument:
    """Read every ranking table of one document; no database needed."""
    index_code = normalize_index_code(index_code)
    raw_sha256 = sha256_hex(body)
    if _is_pdf(body, content_type):
        from .pdf_tables import read_pdf_tables

        kind = "pdf"
        try:
            tables, text = read_pdf_tables(body)
        except Exception as exc:  # a broken PDF is a refused document, not a crash
            doc = ParsedDocument(url, raw_sha256, kind, is_test_data, 0)
            doc.rejected.append(Rejection("document", f"unreadable PDF: {type(exc).__name__}: {exc}"))
            return doc
    else:
        from scrapers.encoding import decode_html

        from .html_tables import page_text, read_html_tables

        kind = "html"
        html = decode_html(body, content_type, url=url).text
        tables, text = read_html_tables(html), page_text(html)
    if _MARKER_FOLDED in fold(text) and not is_test_data:
        log.warning("%s carries the test-data marker %r: loading it as test data", url, TEST_DATA_MARKER)
        is_test_data = True
    doc = ParsedDocument(url, raw_sha256, kind, is_test_data, len(tables))

    for table in tables:
        if not _looks_like_ranking(table, index_code, year):
            continue
        try:
            parsed = parse_table(table, publisher=publisher, index_code=index_code, year=year,
                                 document_url=url, raw_sha256=raw_sha256, is_test_data=is_test_data)
        except MalformedTableError as exc:
            doc.rejected.append(Rejection(table.locator, f"malformed table ({table.locator}): {exc}", table.sample()))
            continue
        clash = duplicate_keys([*doc.rows, *parsed.rows])
        if clash:
            comp, prov = clash[0]
            doc.rejected.append(Rejection(
                table.locator,
                f"malformed table ({table.locator}): {prov!r}"
                f"{' (' + comp + ')' if comp else ''} is already ranked by an earlier table of this document",
                table.sample()))
            continue
        doc.rows.extend(parsed.rows)
        doc.tables_parsed.append(table.locator)
        doc.warnings.extend(parsed.warnings)
        doc.skipped_rows.extend(Rejection(s.locator, s.reason, {"cells": list(s.cells)}) for s in parsed.skipped)

    if not doc.tables_parsed and not doc.rejected:
        doc.rejected.append(Rejection("document", f"no ranking table found ({len(tables)} table(s) read)"))
    # rank_of over the whole document: an annex may split one ranking into several tables
    doc.rows = assign_rank_of(doc.rows, year, rank_of)
    if is_test_data:
        doc.rows = [replace(r, is_test_data=True) for r in doc.rows]
    return doc


def _quarantine_records(doc: ParsedDocument, publisher: str, index_code: str, year: int,
                        run_id: str | None) -> list[QuarantineRecord]:
    base = {"url": doc.url, "raw_sha256": doc.raw_sha256, "publisher": publisher, "index_code": index_code,
            "year": year, "is_test_data": doc.is_test_data}
    out = [QuarantineRecord(stage=STAGE, reason=r.reason, payload={**base, "locator": r.locator, "table": r.sample},
                            source_id=publisher, record_key=f"{doc.raw_sha256}:{r.locator}", run_id=run_id)
           for r in doc.rejected]
    out += [QuarantineRecord(stage=STAGE, reason=r.reason, payload={**base, "locator": r.locator, **r.sample},
                             source_id=publisher, record_key=f"{doc.raw_sha256}:{r.locator}", run_id=run_id)
            for r in doc.skipped_rows]
    return out


def ingest_document(
    conn,
    *,
    url: str,
    body: bytes,
    content_type: str | None,
    publisher: str,
    index_code: str,
    year: int,
    is_test_data: bool = False,
    rank_of: int | None = None,
    run_id: str | None = None,
) -> IngestSummary:
    """Parse one national publisher's document and load it: rows into
    ``raw.official_rankings``, refused tables and unrecognised rows into ``raw.quarantine``."""
    index_code = normalize_index_code(index_code)
    doc = parse_document(url=url, body=body, content_type=content_type, publisher=publisher,
                         index_code=index_code, year=year, is_test_data=is_test_data, rank_of=rank_of)
    loaded = load_rankings(conn, doc.rows) if doc.rows else 0
    records = _quarantine_records(doc, publisher, index_code, year, run_id)
    quarantined = quarantine_official(conn, records) if records else 0
    for r in doc.rejected:
        log.warning("%s: %s", url, r.reason)
    summary = IngestSummary(
        url=url, raw_sha256=doc.raw_sha256, kind=doc.kind, is_test_data=doc.is_test_data,
        tables_read=doc.tables_read, tables_parsed=len(doc.tables_parsed), tables_rejected=len(doc.rejected),
        rows_parsed=len(doc.rows), rows_loaded=loaded, quarantined=quarantined,
        reasons=tuple(r.reason for r in doc.rejected),
    )
    log.info("official: %s", summary)
    return summary
