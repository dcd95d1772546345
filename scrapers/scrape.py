"""Crawl sources: listing pages (with pagination) -> article links -> raw zone + raw tables.

One source is crawled sequentially (politeness is per host); different hosts run in
parallel threads, so a night's crawl takes about as long as the slowest host. Every
fetch attempt goes to ``raw.fetch_log``; every kept body goes to the raw zone and one
``raw.pages`` row per (url, sha256). A listing page that comes back 304 is read from
the raw zone, so conditional GET never costs us the article links.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable, Iterable
from urllib.parse import urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup

from scrapers import vndates
from scrapers.encoding import decode_html
from scrapers.fetch import Conditional, Fetcher, FetchResult
from scrapers.rawzone import RawZone
from scrapers.records import FetchRecord, PageRecord
from scrapers.registry import Registry, Source, load_registry
from scrapers.settings import Settings

log = logging.getLogger(__name__)

FLUSH_EVERY = 20


@dataclass
class ScrapeSummary:
    source_id: str
    listing_pages: int = 0
    article_links: int = 0
    fetched: int = 0
    unchanged: int = 0
    skipped: int = 0  # links not fetched on purpose (--since, off-host, not an article URL)
    refused: int = 0  # fetches refused by policy (robots, redirects, size, content type)
    failed: int = 0
    new_files: int = 0
    fetch_rows: int = 0
    page_rows: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def line(self) -> str:
        return (f"{self.source_id}: {self.fetched} fetched, {self.unchanged} unchanged, {self.skipped} skipped, "
                f"{self.refused} refused, {self.failed} failed ({self.listing_pages} listing pages, "
                f"{self.article_links} article links, {self.new_files} new raw files) in {self.seconds:.1f}s")


@dataclass(frozen=True)
class Progress:
    source_id: str
    url: str
    outcome: str
    summary: ScrapeSummary


ProgressFn = Callable[[Progress], None]


@dataclass(frozen=True)
class _Link:
    url: str
    listed_on: date | None


class _Sink:
    """Buffers fetch and page records and writes them under a lock (the connection is shared)."""

    def __init__(self, conn, lock: threading.Lock | None, summary: ScrapeSummary):
        self.conn = conn
        self.lock = lock or nullcontext()
        self.summary = summary
        self.fetches: list[FetchRecord] = []
        self.pages: list[PageRecord] = []

    def add(self, result: FetchResult, page: PageRecord | None) -> None:
        self.fetches.extend(result.records)
        if page is not None:
            self.pages.append(page)
        if len(self.fetches) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.conn is None or not (self.fetches or self.pages):
            return
        from scrapers import load

        with self.lock:
            self.summary.fetch_rows += load.record_fetches(self.conn, self.fetches)
            self.summary.page_rows += load.upsert_pages(self.conn, self.pages)
        self.fetches.clear()
        self.pages.clear()


@dataclass(frozen=True)
class FetchedPage:
    result: FetchResult
    page: PageRecord | None  # the raw.pages row to upsert (None when nothing was kept)
    body: bytes | None  # the body, from the network or (after a 304) from the raw zone
    new_file: bool


def fetch_page(
    fetcher: Fetcher, zone: RawZone, source: Source, url: str, run_id: str, cond: Conditional | None = None
) -> FetchedPage:
    """Fetch one URL and keep its body in the raw zone: the unit step of every crawl."""
    result = fetcher.fetch(source, url, run_id, cond)
    now = result.fetched_at or datetime.now(timezone.utc)
    if result.outcome in ("fetched", "unchanged") and result.body is not None:
        stored = zone.store(source.id, result.body, now)
        page = PageRecord(source.id, url, stored.sha256, stored.raw_path, now, result.content_type,
                          result.encoding, stored.bytes)
        return FetchedPage(result, page, result.body, stored.created)
    if result.outcome == "unchanged" and cond is not None and cond.raw_path:
        body = zone.read(cond.raw_path, cond.sha256)  # 304: the raw zone has the body
        page = PageRecord(source.id, url, cond.sha256 or "", cond.raw_path, now, None, None, len(body))
        return FetchedPage(result, page, body, False)
    return FetchedPage(result, None, None, False)


def scrape_source(
    settings: Settings,
    source_id: str,
    run_id: str,
    since: date | None = None,
    refetch: bool = False,
    progress: ProgressFn | None = None,
    *,
    conn=None,
    fetcher: Fetcher | None = None,
    registry: Registry | None = None,
    db_lock: threading.Lock | None = None,
) -> ScrapeSummary:
    """Crawl one source into the raw zone and raw tables; returns its counts.

    ``conn``: a warehouse connection (opened from settings when None). ``refetch``
    sends no validators, so every page is downloaded again (still deduplicated by hash).
    """
    registry = registry or load_registry(settings.sources_file)
    source = registry.get(source_id)
    own_conn = conn is None
    if own_conn:
        from scrapers.db import connect

        conn = connect(settings)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings, registry)
    try:
        return _crawl(settings, source, run_id, since, refetch, progress, conn, fetcher, db_lock)
    finally:
        if own_fetcher:
            fetcher.close()
        if own_conn:
            conn.close()


def _crawl(settings, source: Source, run_id, since, refetch, progress, conn, fetcher: Fetcher, db_lock) -> ScrapeSummary:
    t0 = time.monotonic()
    summary = ScrapeSummary(source.id)
    zone = RawZone(settings.raw_root)
    sink = _Sink(conn, db_lock, summary)
    from scrapers.fetch_state import last_states

    with db_lock or nullcontext():
        states = last_states(conn, source.id) if conn is not None else {}
    log.info("scrape %s: start (%d known URLs, since=%s, refetch=%s, mode=%s)",
             source.id, len(states), since, refetch, settings.mode)

    def get(url: str) -> tuple[FetchResult, bytes | None]:
        fp = fetch_page(fetcher, zone, source, url, run_id, None if refetch else states.get(url))
        summary.count(fp.result.outcome)
        summary.new_files += int(fp.new_file)
        sink.add(fp.result, fp.page)
        if progress:
            progress(Progress(source.id, url, fp.result.outcome, summary))
        return fp.result, fp.body

    try:
        links: list[_Link] = []
        seen: set[str] = set()
        for listing in source.listings:
            url: str | None = listing.url
            n = 0
            while url and n < listing.pagination.max_pages:
                n += 1
                result, body = get(url)
                summary.listing_pages += 1
                if body is None:
                    log.warning("scrape %s: listing page %s not available (%s); stopping pagination",
                                source.id, url, result.outcome)
                    break
                text = decode_html(body, result.content_type, hint=source.encoding, url=url).text
                page_links, next_url, off_host = _listing_links(source, url, text)
                summary.skipped += off_host
                fresh = [l for l in page_links if l.url not in seen]
                for l in fresh:
                    seen.add(l.url)
                wanted = []
                for l in fresh:
                    if since and l.listed_on and l.listed_on < since:
                        summary.skipped += 1
                        log.info("scrape %s: skipped %s (listed %s, before --since %s)", source.id, l.url, l.listed_on, since)
                    else:
                        wanted.append(l)
                links += wanted
                log.info("scrape %s: listing page %d %s -> %d article links (%d new)", source.id, n, url,
                         len(page_links), len(fresh))
                if not fresh:
                    break
                if since and fresh and all(l.listed_on and l.listed_on < since for l in fresh):
                    log.info("scrape %s: every item on %s is older than --since; stopping pagination", source.id, url)
                    break
                url = listing.pagination.page_url(listing.url, n + 1) if listing.pagination.template else next_url
        summary.article_links = len(links)
        for link in links:
            get(link.url)
    finally:
        sink.flush()  # what was fetched is recorded even if the crawl aborts
    summary.seconds = time.monotonic() - t0
    log.info("scrape %s", summary.line())
    return summary


def _listing_links(source: Source, page_url: str, html_text: str) -> tuple[list[_Link], str | None, int]:
    """Article links on a listing page (same-source hosts only), the "next" link, and how many
    links pointed off-host (refused, logged, counted as skipped)."""
    soup = BeautifulSoup(html_text, "lxml")
    sel = source.selectors
    out: list[_Link] = []
    off_host = 0
    for a in soup.select(sel.listing_links) if sel.listing_links else []:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urldefrag(urljoin(page_url, href))[0]
        host = urlsplit(url).hostname
        if not source.allows_host(host):
            log.warning("scrape %s: REFUSED off-host link %s on %s (allowed: %s)", source.id, url, page_url,
                        ", ".join(source.allowed_hosts))
            off_host += 1
            continue
        if not source.is_article_url(url):
            log.debug("scrape %s: not an article URL, not followed: %s", source.id, url)
            continue
        listed_on = None
        if sel.listing_date:
            container = a
            for _ in range(3):  # the item's date sits in the link's item container...
                container = container.parent
                if container is None or len(container.select(sel.listing_links)) > 1:
                    break  # ...but never in the whole list (another item's date)
                d_el = _select_any(container, sel.listing_date)
                if d_el is not None:
                    listed_on = vndates.parse_vn_date(d_el.get_text(" "))
                    break
        out.append(_Link(url, listed_on))
    next_url = None
    if sel.next_page:
        nxt = soup.select_one(sel.next_page)
        if nxt is not None and nxt.get("href"):
            candidate = urljoin(page_url, nxt["href"])
            if source.allows_host(urlsplit(candidate).hostname):
                next_url = candidate
    return out, next_url, off_host


def _select_any(el, selector: str):
    for alt in (x.strip() for x in selector.split(",")):
        found = el.select_one(alt) if alt else None
        if found is not None:
            return found
    return None


def scrape_sources(
    settings: Settings,
    source_ids: Iterable[str] | None,
    run_id: str,
    since: date | None = None,
    refetch: bool = False,
    progress: ProgressFn | None = None,
    *,
    conn=None,
    fetcher: Fetcher | None = None,
    registry: Registry | None = None,
    max_workers: int = 16,
) -> list[ScrapeSummary]:
    """Crawl several sources, one thread per host, sharing one fetcher and connection."""
    registry = registry or load_registry(settings.sources_file)
    sources = registry.select(list(source_ids) if source_ids is not None else None)
    by_host: dict[str, list[Source]] = {}
    for s in sources:
        by_host.setdefault(s.host, []).append(s)
    own_conn = conn is None
    if own_conn:
        from scrapers.db import connect

        conn = connect(settings)
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings, registry)
    lock = threading.Lock()
    t0 = time.monotonic()

    def run_host(group: list[Source]) -> list[ScrapeSummary]:
        out = []
        for s in group:
            try:
                out.append(scrape_source(settings, s.id, run_id, since, refetch, progress, conn=conn,
                                         fetcher=fetcher, registry=registry, db_lock=lock))
            except Exception as exc:  # one broken source must not stop the night
                log.exception("scrape %s: aborted", s.id)
                failed = ScrapeSummary(s.id, failed=1)
                failed.errors.append(f"{type(exc).__name__}: {exc}")
                out.append(failed)
        return out

    try:
        log.info("scrape: %d sources on %d hosts, run %s", len(sources), len(by_host), run_id)
        with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(by_host))), thread_name_prefix="host") as pool:
            results = list(pool.map(run_host, by_host.values()))
    finally:
        if own_fetcher:
            fetcher.close()
        if own_conn:
            conn.close()
    summaries = [s for group in results for s in group]
    log.info("scrape: all %d sources done in %.1fs", len(summaries), time.monotonic() - t0)
    return summaries
