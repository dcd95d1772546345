"""Raw pages -> article records, reading only the raw zone (never the network).

Per CMS family, BeautifulSoup (lxml) with the registry's selectors: title, date, body,
and ``drop`` selectors for furniture inside the body container. When the selectors find
no body (a layout we do not know yet, or a redesign), trafilatura extracts the main
text instead and the article records ``parser='trafilatura'`` so such pages can be
found and given selectors later. Boilerplate lines are then removed
(:mod:`scrapers.boilerplate`), the date is read in the Vietnamese forms sites use
(:mod:`scrapers.vndates`), and articles that are not about administrative reform are
skipped and counted (:mod:`scrapers.relevance`).

Because bodies come from the raw zone by content hash, ``cchc parse --reparse`` rebuilds
every article of a date range offline, e.g. after a selector fix.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable, Iterable

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

from scrapers import boilerplate, relevance, vndates
from scrapers.encoding import decode_html
from scrapers.records import ArticleRecord, QuarantineRecord, article_id_for, sha256_hex
from scrapers.registry import Registry, Source, load_registry
from scrapers.settings import Settings

log = logging.getLogger(__name__)

PARSER_VERSION = "1.0.0"
MIN_BODY_CHARS = 200  # shorter selector output is treated as "selectors missed"
BATCH_SIZE = 200

BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody thead tfoot tr td th ul".split()
)
SKIP_TAGS = frozenset("script style noscript template iframe svg button select input textarea".split())
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


@dataclass(frozen=True)
class ParseOutcome:
    status: str  # 'parsed' | 'irrelevant' | 'not_article' | 'failed'
    article: ArticleRecord | None = None
    reason: str = ""


@dataclass
class ParseSummary:
    pages: int = 0
    parsed: int = 0
    loaded: int = 0
    irrelevant: int = 0
    not_article: int = 0
    failed: int = 0
    by_parser: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        parsers = ", ".join(f"{k}={v}" for k, v in sorted(self.by_parser.items())) or "-"
        return (f"parse: {self.pages} pages: {self.parsed} articles ({self.loaded} rows upserted), "
                f"{self.irrelevant} skipped as not about reform, {self.not_article} listings/non-articles, "
                f"{self.failed} quarantined; parsers: {parsers}")


# ------------------------------------------------------------------ text helpers


def element_text(el: Tag) -> list[str]:
    """Visible text of ``el`` as lines, one per block element; inline markup never splits words."""
    parts: list[str] = []

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _SKIP_STRINGS):
                    parts.append(str(child))
            elif isinstance(child, Tag):
                if child.name in SKIP_TAGS:
                    continue
                if child.name == "br":
                    parts.append("\n")
                elif child.name in BLOCK_TAGS:
                    parts.append("\n")
                    walk(child)
                    parts.append("\n")
                else:
                    walk(child)

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _select(soup: Tag, selector: str) -> Tag | None:
    """First element matching any of the comma-separated alternatives, in their order."""
    for alt in (s.strip() for s in selector.split(",")):
        if alt:
            el = soup.select_one(alt)
            if el is not None:
                return el
    return None


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for n in names:
        el = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n})
        if el and el.get("content"):
            return str(el["content"]).strip()
    return None


# ------------------------------------------------------------------ one page


def parse_document(
    source: Source, url: str, html_text: str, fetched_at: datetime, page_sha256: str | None = None
) -> ParseOutcome:
    """Parse one decoded page; the outcome says why nothing came out when nothing did."""
    if not source.is_article_url(url):
        return ParseOutcome("not_article", reason="URL is a listing or does not match the article pattern")
    page_sha256 = page_sha256 or sha256_hex(html_text)
    soup = BeautifulSoup(html_text, "lxml")
    sel = source.selectors
    title_el = _select(soup, sel.title) if sel.title else None
    title = " ".join(title_el.get_text(" ").split()) if title_el else ""
    body_lines: list[str] = []
    parser = f"bs4:{source.cms}"
    body_el = _select(soup, sel.body) if sel.body else None
    if body_el is not None:
        for drop in sel.drop:
            for junk in body_el.select(drop):
                junk.decompose()
        body_lines = element_text(body_el)
    if sum(len(l) for l in body_lines) < MIN_BODY_CHARS:
        fallback = _trafilatura(html_text, url)
        if fallback:
            if body_el is not None:
                log.info("parse: selectors of %s found only %d chars in %s; using trafilatura",
                         source.cms, sum(len(l) for l in body_lines), url)
            body_lines, parser = fallback, "trafilatura"
    body_lines = boilerplate.clean_lines(body_lines)
    if not title:
        title = _meta(soup, "og:title") or ""
        if not title and soup.h1:
            title = soup.h1.get_text(" ")
        if not title and soup.title:
            title = soup.title.get_text(" ").split(" - ")[0]
        title = " ".join(title.split())
    if body_lines and title and body_lines[0] == title:
        body_lines = body_lines[1:]
    body = "\n\n".join(body_lines)
    if not body.strip():
        return ParseOutcome("failed", reason=f"no article body found (selectors {sel.body!r} and trafilatura)")
    if not title:
        return ParseOutcome("failed", reason="no title found")
    verdict = relevance.judge(title, body)
    if not verdict.relevant:
        return ParseOutcome("irrelevant", reason=verdict.reason)
    published = _published(soup, sel.date, title, body, url, fetched_at)
    article = ArticleRecord(
        source_id=source.id, url=url, page_sha256=page_sha256, title=title, body=body,
        published_on=published, parser=parser, parser_version=PARSER_VERSION,
        parsed_at=datetime.now(timezone.utc),
    )
    return ParseOutcome("parsed", article, verdict.reason)


def parse_page(
    source: Source, url: str, html_text: str, fetched_at: datetime, page_sha256: str | None = None
) -> ArticleRecord | None:
    """The article on a page, or None if it is not an article about reform (or unparseable)."""
    return parse_document(source, url, html_text, fetched_at, page_sha256).article


def _trafilatura(html_text: str, url: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(
        html_text, url=url, include_comments=False, include_tables=True, include_images=False,
        favor_precision=True, deduplicate=False, output_format="txt",
    )
    return [" ".join(l.split()) for l in (text or "").split("\n") if l.strip()]


def _published(soup: BeautifulSoup, date_sel: str, title: str, body: str, url: str, fetched_at: datetime) -> date | None:
    """Date element, then meta tags, then the article's opening "Ngày 14/11/2023, ..."."""
    meta = _meta(soup, "article:published_time", "og:published_time", "pubdate", "date", "dc.date")
    time_el = soup.find("time", attrs={"datetime": True})
    year = vndates.page_year([title, body], not_after=fetched_at.year)
    candidates = []
    if date_sel:
        el = _select(soup, date_sel)
        if el is not None:
            candidates.append(el.get_text(" "))
    candidates += [meta or "", str(time_el["datetime"]) if time_el else ""]
    for text in candidates:
        d = vndates.parse_vn_date(text, default_year=year)
        if d:
            return d
    d = vndates.lead_date(body, default_year=year)
    if d is None:
        log.debug("parse: no publication date found for %s", url)
    return d


# ------------------------------------------------------------------ many pages


def parse_pages(
    settings: Settings,
    conn,
    source_ids: Iterable[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    reparse: bool = False,
    progress: Callable[[ParseSummary], None] | None = None,
    registry: Registry | None = None,
) -> ParseSummary:
    """Parse raw pages (not yet parsed, or all in range with ``reparse``) into raw.articles."""
    from scrapers import load
    from scrapers.parse_state import pages_to_parse
    from scrapers.rawzone import RawZone

    registry = registry or load_registry(settings.sources_file)
    zone = RawZone(settings.raw_root)
    summary = ParseSummary()
    articles: list[ArticleRecord] = []
    bad: list[QuarantineRecord] = []

    def flush() -> None:
        if articles:
            summary.loaded += load.upsert_articles(conn, articles)
            articles.clear()
        if bad:
            load.quarantine(conn, bad)
            bad.clear()

    pages = pages_to_parse(conn, list(source_ids) if source_ids else None, since, until, reparse)
    log.info("parse: %d raw pages to parse%s", len(pages), " (reparse)" if reparse else "")
    for page in pages:
        summary.pages += 1
        key = article_id_for(page.url, page.sha256)
        try:
            source = registry.get(page.source_id)
            body = zone.read(page.raw_path, page.sha256)
            decoded = decode_html(body, page.content_type, hint=source.encoding, url=page.url)
            outcome = parse_document(source, page.url, decoded.text, page.fetched_at, page.sha256)
        except Exception as exc:  # one bad page must not stop the batch; it is quarantined
            log.exception("parse: error on %s", page.url)
            outcome = ParseOutcome("failed", reason=f"{type(exc).__name__}: {exc}")
        if outcome.status == "parsed" and outcome.article is not None:
            summary.parsed += 1
            summary.by_parser[outcome.article.parser] = summary.by_parser.get(outcome.article.parser, 0) + 1
            articles.append(outcome.article)
            log.info("parse: article %s (%s, %s, %d chars) %s", key[:12], outcome.article.parser,
                     outcome.article.published_on, len(outcome.article.body), page.url)
        elif outcome.status == "irrelevant":
            summary.irrelevant += 1
            log.info("parse: skipped (not about reform: %s) %s", outcome.reason, page.url)
        elif outcome.status == "not_article":
            summary.not_article += 1
            log.debug("parse: not an article page %s", page.url)
        else:
            summary.failed += 1
            log.warning("parse: QUARANTINED %s: %s", page.url, outcome.reason)
            bad.append(QuarantineRecord(
                stage="parse", reason=outcome.reason, source_id=page.source_id, record_key=key,
                payload={"url": page.url, "sha256": page.sha256, "raw_path": page.raw_path},
            ))
        if len(articles) >= BATCH_SIZE or len(bad) >= BATCH_SIZE:
            flush()
        if progress:
            progress(summary)
    flush()
    log.info("%s", summary.line())
    return summary
