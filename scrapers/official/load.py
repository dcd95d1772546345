"""Load official ranking rows into ``raw.official_rankings``; refused tables into ``raw.quarantine``.

Idempotent: ``ranking_id`` = sha256(document_url, raw_sha256, index, year, component,
province)[:32], so a rerun on the same document version changes nothing, and a re-parse
with a fixed parser updates values in place. Batched and parameterised like
:mod:`scrapers.load`.
"""
from __future__ import annotations

from typing import Iterable

import psycopg

from scrapers.load import _run_batches, quarantine
from scrapers.records import QuarantineRecord

from .rankings import OfficialRanking

STAGE = "official"

_COLUMNS = ("ranking_id", "publisher", "index_code", "year", "component", "province", "score", "rank",
            "rank_of", "document_url", "raw_sha256", "locator", "is_test_data")
_UPDATABLE = ("publisher", "score", "rank", "rank_of", "locator", "is_test_data")


def _row(r: OfficialRanking) -> tuple:
    return (r.ranking_id, r.publisher, r.index_code, r.year, r.component, r.province, r.score, r.rank,
            r.rank_of, r.document_url, r.raw_sha256, r.locator, r.is_test_data)


def load_rankings(conn: psycopg.Connection, rows: Iterable[OfficialRanking]) -> int:
    """Insert (or correct in place) official rows; returns rows inserted or changed."""
    target = ", ".join(f"raw.official_rankings.{c}" for c in _UPDATABLE)
    excluded = ", ".join(f"excluded.{c}" for c in _UPDATABLE)
    sql = (
        f"insert into raw.official_rankings ({', '.join(_COLUMNS)})"
        f" values ({', '.join(['%s'] * len(_COLUMNS))})"
        " on conflict (ranking_id) do update set "
        + ", ".join(f"{c} = excluded.{c}" for c in _UPDATABLE)
        + f", loaded_at = now() where ({target}) is distinct from ({excluded})"
    )
    return _run_batches(conn, sql, (_row(r) for r in rows))


def quarantine_official(conn: psycopg.Connection, records: Iterable[QuarantineRecord]) -> int:
    """Refused tables and rows, stage 'official'; the same refusal twice is stored once."""
    return quarantine(conn, records)
