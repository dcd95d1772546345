"""Records that flow between pipeline stages.

Each stage (fetch -> raw zone -> parse -> extract -> load) hands the next one plain
dataclasses, so stages can be tested alone and the loader is the only code that knows
the SQL tables (``scrapers/migrations``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


def sha256_hex(data: bytes | str) -> str:
    """Hex SHA-256 of bytes (or of a string's UTF-8 encoding)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FetchRecord:
    """One HTTP fetch attempt; one row of ``raw.fetch_log`` (attempts are never deduplicated)."""

    run_id: str
    source_id: str
    url: str
    fetched_at: datetime
    status: int | None  # HTTP status; None when no response arrived (timeout, refused, ...)
    outcome: str  # 'fetched' | 'unchanged' (304 or same sha256) | 'refused' | 'failed'
    sha256: str | None = None
    bytes: int | None = None
    elapsed_ms: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class PageRecord:
    """One distinct body seen at one URL; ``raw.pages`` is keyed by (url, sha256)."""

    source_id: str
    url: str
    sha256: str
    raw_path: str  # path of the gzip file in the raw zone, relative to the raw root
    fetched_at: datetime
    content_type: str | None = None
    encoding: str | None = None
    bytes: int | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """A parsed article; ``raw.articles`` is keyed by ``article_id`` = f(url, page sha256)."""

    source_id: str
    url: str
    page_sha256: str
    title: str
    body: str
    published_on: date | None
    parser: str
    parser_version: str
    parsed_at: datetime

    @property
    def article_id(self) -> str:
        return article_id_for(self.url, self.page_sha256)


def article_id_for(url: str, page_sha256: str) -> str:
    """Stable id of the article parsed from one page version (32 hex chars)."""
    return sha256_hex(f"{url}\n{page_sha256}")[:32]


@dataclass(frozen=True)
class QuarantineRecord:
    """A record that failed validation, kept with the reason instead of being loaded."""

    stage: str  # 'fetch' | 'parse' | 'extract' | 'facts' | 'official' | ...
    reason: str
    payload: dict[str, Any] = field(default_factory=dict)
    source_id: str | None = None
    record_key: str | None = None
    run_id: str | None = None


@dataclass(frozen=True)
class SourceRow:
    """One registry entry as stored in ``raw.sources`` (for dbt's dim_source)."""

    source_id: str
    name: str
    province: str | None
    kind: str
    base_url: str
    cms: str | None
    enabled: bool
