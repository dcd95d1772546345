"""Raw pages -> article records, reading only the raw zone (never the network).

Per CMS family, an lxml tree (libxml2's HTML parser) and the registry's CSS selectors
(compiled to XPath by cssselect, once per selector): title, date, body, and ``drop``
selectors for furniture inside the body container. Such articles record
``parser='bs4:<cms family>'``, the label this selector path has had since parser 1.0.0
(it ran on BeautifulSoup until the switch to lxml, which left every output unchanged).
When the selectors find no body (a layout we do not know yet, or a redesign), trafilatura
extracts the main text instead and the article records ``parser='trafilatura'`` so such
pages can be found and given selectors later. Boilerplate lines are then removed
(:mod:`scrapers.boilerplate`), the date is read in the Vietnamese forms sites use
(:mod:`scrapers.vndates`), and articles that are not about administrative reform are
skipped and counted (:mod:`scrapers.relevance`).

Because bodies come from the raw zone by content hash, ``cchc parse --reparse`` rebuilds
every article of a date range offline, e.g. after a selector fix.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timezone
from typing import Callable, Iterable

from cssselect import HTMLTranslator
from lxml import etree

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


# ------------------------------------------------------------------ tree and text helpers
#
# The tree is lxml's (libxml2's HTML parser). Text is read the way the BeautifulSoup
# version of this module read it, so that outputs stay identical: a text node in bs4 is a
# run of characters between two tags or comments, which in lxml is an element's ``.text``
# or a node's ``.tail`` (text after a child belongs to the parent, also after a skipped
# child, a comment or a dropped element).

_DOCUMENT_EMPTY = (etree.ParserError, etree.XMLSyntaxError)
# bs4 gives text directly inside these tags its own string classes, which get_text()
# leaves out (unless called on such a tag itself); element_text() keeps rt/rp text.
_STRING_CONTAINERS = frozenset("rt rp style script template".split())


def html_tree(html_text: str) -> etree._Element:
    """The page's root element; an empty ``<html>`` for an empty or unparseable document.

    The text is handed to libxml2 as UTF-8 bytes with the encoding fixed, so an XML
    declaration or a ``<meta charset>`` in the page cannot re-decode text that is already
    decoded (lxml refuses a ``str`` that carries an encoding declaration).
    """
    if html_text.startswith("\ufeff"):
        html_text = html_text[1:]
    # huge_tree: without it libxml2 stops building the tree at depth 256 and drops a text
    # node over 10 MB (the whole body of such a page), where the bs4 version kept them.
    parser = etree.HTMLParser(encoding="utf-8", huge_tree=True)  # ~1 µs; one per call, no shared state
    try:
        root = etree.fromstring(html_text.encode("utf-8", "replace"), parser)
    except _DOCUMENT_EMPTY:  # "Document is empty" and the like: nothing to select from
        root = None
    return root if root is not None else etree.Element("html")


@lru_cache(maxsize=512)
def css_xpath(selector: str) -> etree.XPath:
    """A CSS selector (a comma-separated group matches their union, in document order)
    compiled once to XPath; raises cssselect's SelectorError when it is not valid."""
    return etree.XPath(HTMLTranslator().css_to_xpath(selector))


@lru_cache(maxsize=512)
def _css_xpath_inside(selector: str) -> etree.XPath | None:
    """``selector`` as an XPath over the descendants of the context element only, or None
    when it has a combinator: ``.a .b`` evaluated from an element would need ``.a`` below
    it too, while the selector means any ``.a`` ancestor. Without a combinator every
    alternative is one location step whose predicates test the element in the whole page,
    so starting from the element gives exactly the page's matches inside it."""
    xpath = HTMLTranslator().css_to_xpath(selector, prefix="descendant::")
    depth, quote = 0, ""
    for ch in xpath:  # a "/" outside predicates, function calls and strings = a second step
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "/" and depth == 0:
            return None
    return etree.XPath(xpath)


def element_text(el: etree._Element) -> list[str]:
    """Visible text of ``el`` as lines, one per block element; inline markup never splits words."""
    parts: list[str] = []
    append = parts.append
    if el.text:
        append(el.text)
    # iterative walk (deeply nested pages must not hit the recursion limit); each frame is
    # the children still to visit and what to emit after them: the block's closing line
    # break and the element's tail
    stack: list[tuple] = [(iter(el), "", None)]
    while stack:
        children, close, tail = stack[-1]
        for child in children:
            tag = child.tag
            if tag.__class__ is str:  # an element (comments and PIs have a factory as tag)
                if tag in SKIP_TAGS:
                    pass
                elif tag == "br":
                    append("\n")
                else:
                    block = "\n" if tag in BLOCK_TAGS else ""
                    if block:
                        append(block)
                    if child.text:
                        append(child.text)
                    stack.append((iter(child), block, child.tail))
                    break
            if child.tail:  # text after a skipped element, a <br>, a comment or a PI
                append(child.tail)
        else:
            stack.pop()
            if close:
                append(close)
            if tail:
                append(tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _get_text(el: etree._Element) -> str:
    """``el``'s text joined with spaces, as bs4's ``get_text(" ")``: every text node, but not
    comments or processing instructions, nor text inside script/style/template/rt/rp
    (unless ``el`` is such a tag: then only that text)."""
    def container(node) -> str | None:
        for n in (node, *node.iterancestors()):
            if n.tag in _STRING_CONTAINERS:
                return n.tag
        return None

    want = el.tag if el.tag in _STRING_CONTAINERS else None
    pieces: list[str] = []
    here = container(el)
    if el.text and here == want:
        pieces.append(el.text)
    # frames: children still to visit, the container around them, the element's tail and
    # the container around that tail (the parent's)
    stack: list[tuple] = [(iter(el), here, None, None)]
    while stack:
        children, around, _, _ = stack[-1]
        for child in children:
            if child.tag.__class__ is str:
                inner = child.tag if child.tag in _STRING_CONTAINERS else around
                if child.text and inner == want:
                    pieces.append(child.text)
                stack.append((iter(child), inner, child.tail, around))
                break
            if child.tail and around == want:  # comment/PI: never its text, but the text after it
                pieces.append(child.tail)
        else:
            _, _, tail, tail_around = stack.pop()
            if tail and tail_around == want:
                pieces.append(tail)
    return " ".join(pieces)


def _select(root: etree._Element, selector: str) -> etree._Element | None:
    """First element matching any of the comma-separated alternatives, in their order."""
    for alt in (s.strip() for s in selector.split(",")):
        if alt:
            found = css_xpath(alt)(root)
            if found:
                return found[0]
    return None


def _drop(root: etree._Element, body: etree._Element, selector: str) -> None:
    """Remove the elements inside ``body`` matching ``selector``, keeping the text after them.

    As soupsieve's ``Tag.select`` did, a combinator may name an ancestor above ``body``:
    such a selector is matched against the whole page and only the matches inside ``body``
    are kept (the common one-step selectors are evaluated inside ``body`` directly). The
    element is replaced by an empty comment carrying its tail: text before and after stays
    two text nodes, as after bs4's ``decompose()``.
    """
    inside = _css_xpath_inside(selector)
    if inside is not None:
        matches = inside(body)
    else:
        matches = [m for m in css_xpath(selector)(root) if any(a is body for a in m.iterancestors())]
    for junk in matches:
        parent = junk.getparent()  # (a match inside one removed before is removed from that detached subtree)
        stub = etree.Comment("")
        stub.tail = junk.tail
        junk.tail = None
        parent.replace(junk, stub)


def _first(root: etree._Element, tag: str, attr: str | None = None) -> etree._Element | None:
    """First ``tag`` element in document order (that has the attribute ``attr``, if given)."""
    for el in root.iter(tag):
        if attr is None or el.get(attr) is not None:
            return el
    return None


def _meta(root: etree._Element, *names: str) -> str | None:
    metas = list(root.iter("meta"))
    for n in names:
        el = next((m for m in metas if m.get("property") == n), None)
        if el is None:  # (an lxml element is falsy when it has no children: test for None)
            el = next((m for m in metas if m.get("name") == n), None)
        if el is not None and el.get("content"):
            return el.get("content").strip()
    return None


# ------------------------------------------------------------------ one page


def parse_document(
    source: Source, url: str, html_text: str, fetched_at: datetime, page_sha256: str | None = None
) -> ParseOutcome:
    """Parse one decoded page; the outcome says why nothing came out when nothing did."""
    if not source.is_article_url(url):
        return ParseOutcome("not_article", reason="URL is a listing or does not match the article pattern")
    page_sha256 = page_sha256 or sha256_hex(html_text)
    root = html_tree(html_text)
    sel = source.selectors
    title_el = _select(root, sel.title) if sel.title else None
    title = " ".join(_get_text(title_el).split()) if title_el is not None else ""
    body_lines: list[str] = []
    parser = f"bs4:{source.cms}"  # the selector path's label since 1.0.0 (see the module docstring)
    body_el = _select(root, sel.body) if sel.body else None
    if body_el is not None:
        for drop in sel.drop:
            _drop(root, body_el, drop)
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
        title = _meta(root, "og:title") or ""
        if not title and (h1 := _first(root, "h1")) is not None:
            title = _get_text(h1)
        if not title and (head_title := _first(root, "title")) is not None:
            title = _get_text(head_title).split(" - ")[0]
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
    published = _published(root, sel.date, title, body, url, fetched_at)
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


def _published(root: etree._Element, date_sel: str, title: str, body: str, url: str,
               fetched_at: datetime) -> date | None:
    """Date element, then meta tags, then the article's opening "Ngày 14/11/2023, ..."."""
    meta = _meta(root, "article:published_time", "og:published_time", "pubdate", "date", "dc.date")
    time_el = _first(root, "time", "datetime")
    year = vndates.page_year([title, body], not_after=fetched_at.year)
    candidates = []
    if date_sel:
        el = _select(root, date_sel)
        if el is not None:
            candidates.append(_get_text(el))
    candidates += [meta or "", time_el.get("datetime") if time_el is not None else ""]
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
