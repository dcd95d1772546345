"""The source registry: every site we scrape, as typed, validated configuration.

``scrapers/sources.yml`` lists the sites; ``scrapers/cms_families.yml`` holds the default
selectors, article-URL pattern and pagination of each CMS family. A source names its
family and overrides only what differs, so a new site of a known family is a YAML entry.
Loading validates everything at once and raises :class:`RegistryError` listing every
problem with its place in the file, because a typo found at 2 a.m. by the nightly DAG
is much more expensive than one found by ``pytest``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import urlsplit

import yaml

FAMILIES_FILE = Path(__file__).with_name("cms_families.yml")

KINDS = ("provincial_portal", "home_affairs_site", "provincial_paper", "national_publisher")
SELECTOR_KEYS = ("listing_links", "listing_date", "next_page", "title", "date", "body", "drop")
# The ones the article parser (scrapers.parse) runs with lxml + cssselect, so they must also
# compile there; the listing selectors stay with BeautifulSoup/soupsieve (scrapers.scrape).
ARTICLE_SELECTOR_KEYS = ("title", "date", "body", "drop")
_ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
_HOST_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")

# Canonical pre-2025 province names (reference/domain.md §3): a registry typo such as
# "Tra Vinh" would silently split a province in the marts.
_PROVINCE_NAMES = (
    """Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|
    Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương|Bình Định|Bình Phước|Bình Thuận|Cà Mau|
    Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|
    Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lạng Sơn|
    Lào Cai|Lâm Đồng|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|
    Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|
    Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|Trà Vinh|Tuyên Quang|
    Vĩnh Long|Vĩnh Phúc|Yên Bái""".split("|")
)
PROVINCES = frozenset(" ".join(p.split()) for p in _PROVINCE_NAMES)


class RegistryError(ValueError):
    """The registry file is invalid; the message lists every problem found."""


@dataclass(frozen=True)
class Selectors:
    """CSS selectors of one site (family defaults merged with per-source overrides)."""

    listing_links: str = ""
    listing_date: str = ""
    next_page: str = ""
    title: str = ""
    date: str = ""
    body: str = ""
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pagination:
    """How to reach page n of a listing: a URL template, or a "next" link selector.

    ``template`` may use ``{url}`` (the listing URL), ``{n}`` (1-based page number) and
    ``{n0}`` (0-based, Drupal's ``?page=``). Pages 2..max_pages are requested.
    """

    template: str = ""
    max_pages: int = 1

    def page_url(self, listing_url: str, n: int) -> str | None:
        if n == 1:
            return listing_url
        if not self.template:
            return None
        return self.template.format(url=listing_url, n=n, n0=n - 1)


@dataclass(frozen=True)
class Listing:
    url: str
    pagination: Pagination


@dataclass(frozen=True)
class RankingDocument:
    """One national ranking table (HTML page or PDF annex) a publisher releases.

    Read by ``scrapers.official_stage`` into ``raw.official_rankings``; never parsed as an
    article. ``index`` is a normalised index code (PAR_INDEX, SIPAS, PAPI, PCI, DTI, ...),
    ``year`` the data year the ranking measures.
    """

    url: str
    index: str
    year: int
    publisher: str
    content_type: str | None = None  # overrides the served Content-Type (e.g. a PDF served as octet-stream)
    rank_of: int | None = None  # how many provinces were ranked, when the table is partial


@dataclass(frozen=True)
class RankingListing:
    """A page listing a publisher's ranking documents, one link per year.

    Links on ``url`` whose path (and query) match ``link_pattern`` are ranking documents of
    ``index``; the pattern's named group ``year`` gives the data year.
    """

    url: str
    link_pattern: str
    index: str
    publisher: str
    content_type: str | None = None
    rank_of: int | None = None

    def year_of(self, url: str) -> int | None:
        """The data year if ``url`` is one of this listing's documents, else None."""
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        m = re.search(self.link_pattern, target)
        year = m.group("year") if m else None
        return int(year) if year and year.isdigit() else None

    def document(self, url: str) -> RankingDocument | None:
        year = self.year_of(url)
        if year is None:
            return None
        return RankingDocument(url, self.index, year, self.publisher, self.content_type, self.rank_of)


@dataclass(frozen=True)
class CmsFamily:
    name: str
    selectors: Selectors
    article_url_pattern: str
    pagination_template: str


@dataclass(frozen=True)
class Source:
    """One site we scrape. ``hosts`` are the only hosts the fetcher will contact for it."""

    id: str
    name: str
    province: str | None
    kind: str
    base_url: str
    allowed_hosts: tuple[str, ...]
    cms: str
    listings: tuple[Listing, ...]
    selectors: Selectors
    article_url_pattern: str = ""
    crawl_delay_s: float | None = None
    encoding: str | None = None
    enabled: bool = True
    notes: str = ""
    ranking_documents: tuple[RankingDocument, ...] = ()
    ranking_listings: tuple[RankingListing, ...] = ()

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    def allows_host(self, host: str | None) -> bool:
        return bool(host) and host.lower().rstrip(".") in self.allowed_hosts

    def is_article_url(self, url: str) -> bool:
        """True when the URL looks like an article page of this site (not a listing)."""
        if any(url == l.url or url.startswith(l.url + "?") for l in self.listings):
            return False
        if self.is_ranking_url(url):
            return False  # ranking tables go to raw.official_rankings, not through the article parser
        if not self.article_url_pattern:
            return True
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return re.search(self.article_url_pattern, target) is not None

    @property
    def has_rankings(self) -> bool:
        """True when this source declares official ranking documents (or listings of them)."""
        return bool(self.ranking_documents or self.ranking_listings)

    def is_ranking_url(self, url: str) -> bool:
        """A declared ranking document, a ranking listing page, or a link such a listing matches."""
        return (any(url == d.url for d in self.ranking_documents)
                or any(url == l.url or l.year_of(url) is not None for l in self.ranking_listings))


@dataclass(frozen=True)
class Registry:
    sources: tuple[Source, ...]
    families: Mapping[str, CmsFamily] = field(default_factory=dict)

    def get(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        known = ", ".join(s.id for s in self.sources)
        raise KeyError(f"unknown source {source_id!r}; known sources: {known}")

    def enabled(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]

    def select(self, source_ids: Iterable[str] | None) -> list[Source]:
        """The named sources (in the given order), or every enabled source when None."""
        if source_ids is None:
            return self.enabled()
        return [self.get(i) for i in source_ids]

    def all_hosts(self) -> set[str]:
        return {h for s in self.sources for h in s.allowed_hosts}

    def source_for_host(self, host: str) -> Source | None:
        host = host.lower().rstrip(".")
        for s in self.sources:
            if host in s.allowed_hosts:
                return s
        return None


# --------------------------------------------------------------------------- loading


def load_families(path: Path = FAMILIES_FILE) -> dict[str, CmsFamily]:
    raw = _read_yaml(path)
    errors: list[str] = []
    if not isinstance(raw, dict):
        raise RegistryError(f"{path}: expected a mapping of family name -> defaults")
    families = {}
    for name, spec in raw.items():
        where = f"{path.name}: family {name!r}"
        if not isinstance(spec, dict):
            errors.append(f"{where}: expected a mapping")
            continue
        sel = _selectors(spec.get("selectors") or {}, Selectors(), where, errors)
        pattern = spec.get("article_url_pattern") or ""
        _check_regex(pattern, where, errors)
        families[name] = CmsFamily(
            name=name,
            selectors=sel,
            article_url_pattern=pattern,
            pagination_template=(spec.get("pagination") or {}).get("template", "") or "",
        )
    if errors:
        raise RegistryError("invalid CMS families:\n  " + "\n  ".join(errors))
    return families


def load_registry(path: Path | str, families_path: Path = FAMILIES_FILE) -> Registry:
    """Read and validate sources.yml; raise RegistryError listing every problem."""
    path = Path(path)
    families = load_families(families_path)
    raw = _read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise RegistryError(f"{path}: expected a mapping with a 'sources' list")
    defaults = raw.get("defaults") or {}
    errors: list[str] = []
    sources: list[Source] = []
    seen: set[str] = set()
    host_owner: dict[str, str] = {}
    for i, entry in enumerate(raw["sources"]):
        where = f"{path.name}: sources[{i}]"
        if not isinstance(entry, dict):
            errors.append(f"{where}: expected a mapping")
            continue
        if entry.get("id"):
            where += f" (id={entry['id']})"
        src = _source(entry, defaults, families, where, errors)
        if src is None:
            continue
        if src.id in seen:
            errors.append(f"{where}: duplicate id {src.id!r}")
        seen.add(src.id)
        for h in src.allowed_hosts:
            if h in host_owner:
                errors.append(f"{where}: host {h!r} already belongs to source {host_owner[h]!r}")
            host_owner.setdefault(h, src.id)
        sources.append(src)
    if errors:
        raise RegistryError(f"invalid source registry {path}:\n  " + "\n  ".join(errors))
    return Registry(tuple(sources), families)


def _read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as exc:
        raise RegistryError(f"registry file not found: {path}") from exc
    except yaml.YAMLError as exc:
        raise RegistryError(f"{path}: not valid YAML: {exc}") from exc


_SOURCE_KEYS = {
    "id", "name", "province", "kind", "base_url", "allowed_hosts", "cms", "listings",
    "selectors", "article_url_pattern", "crawl_delay_s", "encoding", "enabled", "notes",
    "max_pages", "ranking_documents", "ranking_listings",
}
_RANKING_DOC_KEYS = {"url", "index", "year", "publisher", "content_type", "rank_of"}
_RANKING_LISTING_KEYS = {"url", "link_pattern", "index", "publisher", "content_type", "rank_of"}
RANKING_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "application/pdf")


def _source(
    e: dict, defaults: dict, families: Mapping[str, CmsFamily], where: str, errors: list[str]
) -> Source | None:
    n_before = len(errors)
    unknown = set(e) - _SOURCE_KEYS
    if unknown:
        errors.append(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(_SOURCE_KEYS)})")
    sid = e.get("id")
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        errors.append(f"{where}: id must match {_ID_RE.pattern}, got {sid!r}")
    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{where}: name is required")
    province = e.get("province")
    if province is not None and province not in PROVINCES:
        errors.append(f"{where}: province {province!r} is not a canonical province name "
                      "(reference/domain.md §3) or null for national sources")
    kind = e.get("kind")
    if kind not in KINDS:
        errors.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if kind == "national_publisher" and province is not None:
        errors.append(f"{where}: a national_publisher has province null")
    if kind in ("provincial_portal", "home_affairs_site") and province is None:
        errors.append(f"{where}: a {kind} needs its province")
    cms = e.get("cms")
    family = families.get(cms) if isinstance(cms, str) else None
    if family is None:
        errors.append(f"{where}: cms {cms!r} is not a known family ({', '.join(families)})")
    hosts_raw = e.get("allowed_hosts")
    if not isinstance(hosts_raw, list) or not hosts_raw:
        errors.append(f"{where}: allowed_hosts must be a non-empty list")
        hosts_raw = []
    hosts = tuple(str(h).lower().rstrip(".") for h in hosts_raw)
    for h in hosts:
        if not _HOST_RE.match(h):
            errors.append(f"{where}: allowed host {h!r} is not a DNS host name")
    base_url = e.get("base_url")
    if not _check_url(base_url, hosts, f"{where}: base_url", errors):
        base_url = ""
    max_pages_default = int(e.get("max_pages", defaults.get("max_pages", 3)))
    listings: list[Listing] = []
    for j, l in enumerate(e.get("listings") or []):
        lw = f"{where}: listings[{j}]"
        if isinstance(l, str):
            l = {"url": l}
        if not isinstance(l, dict):
            errors.append(f"{lw}: expected a URL or a mapping with url/pagination")
            continue
        _check_url(l.get("url"), hosts, f"{lw}.url", errors)
        pag = l.get("pagination") or {}
        template = pag.get("template", family.pagination_template if family else "")
        try:
            max_pages = int(pag.get("max_pages", max_pages_default))
        except (TypeError, ValueError):
            errors.append(f"{lw}: pagination.max_pages must be an integer")
            max_pages = 1
        if max_pages < 1:
            errors.append(f"{lw}: pagination.max_pages must be >= 1")
        if template and "{url}" not in template and "{n" not in template:
            errors.append(f"{lw}: pagination.template needs {{url}} and {{n}} or {{n0}}")
        if template:
            try:
                template.format(url="u", n=2, n0=1)
            except (KeyError, IndexError, ValueError) as exc:
                errors.append(f"{lw}: pagination.template {template!r} is invalid: {exc}")
        listings.append(Listing(str(l.get("url")), Pagination(template or "", max_pages)))
    if not listings:
        errors.append(f"{where}: at least one listing URL is required")
    overrides = e.get("selectors") or {}
    selectors = _selectors(overrides, family.selectors if family else Selectors(), where, errors)
    pattern = e.get("article_url_pattern", family.article_url_pattern if family else "")
    _check_regex(pattern or "", where, errors)
    delay = e.get("crawl_delay_s", defaults.get("crawl_delay_s"))
    if delay is not None and (not isinstance(delay, (int, float)) or delay < 0):
        errors.append(f"{where}: crawl_delay_s must be a non-negative number")
        delay = None
    encoding = e.get("encoding")
    if encoding is not None:
        from scrapers.encoding import codec_name

        if codec_name(encoding) is None:
            errors.append(f"{where}: encoding {encoding!r} is not a known charset")
    enabled = e.get("enabled", True)
    if not isinstance(enabled, bool):
        errors.append(f"{where}: enabled must be true or false")
    ranking_documents, ranking_listings = _rankings(e, kind, hosts, where, errors)
    if len(errors) > n_before:
        return None
    return Source(
        id=sid, name=name.strip(), province=province, kind=kind, base_url=base_url,
        allowed_hosts=hosts, cms=cms, listings=tuple(listings), selectors=selectors,
        article_url_pattern=pattern or "", crawl_delay_s=None if delay is None else float(delay),
        encoding=encoding, enabled=enabled, notes=str(e.get("notes") or "").strip(),
        ranking_documents=ranking_documents, ranking_listings=ranking_listings,
    )


def _rankings(
    e: dict, kind: Any, hosts: tuple[str, ...], where: str, errors: list[str]
) -> tuple[tuple[RankingDocument, ...], tuple[RankingListing, ...]]:
    """Validate ``ranking_documents`` / ``ranking_listings`` (national publishers only)."""
    docs_raw, listings_raw = e.get("ranking_documents"), e.get("ranking_listings")
    if docs_raw is None and listings_raw is None:
        return (), ()
    if kind != "national_publisher":
        errors.append(f"{where}: ranking_documents / ranking_listings are only for national_publisher sources"
                      f" (kind is {kind!r})")
        return (), ()
    docs: list[RankingDocument] = []
    seen: set[str] = set()
    if docs_raw is not None and not isinstance(docs_raw, list):
        errors.append(f"{where}: ranking_documents must be a list of mappings with url, index, year, publisher")
        docs_raw = []
    for j, d in enumerate(docs_raw or []):
        dw = f"{where}: ranking_documents[{j}]"
        common = _ranking_common(d, _RANKING_DOC_KEYS, hosts, dw, errors)
        if common is None:
            continue
        year = d.get("year")
        if isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= 2100:
            errors.append(f"{dw}: year must be the data year as an integer (1990..2100), got {year!r}")
            continue
        if common["url"] in seen:
            errors.append(f"{dw}: url {common['url']!r} is declared twice")
            continue
        seen.add(common["url"])
        docs.append(RankingDocument(common["url"], common["index"], year, common["publisher"],
                                    common["content_type"], common["rank_of"]))
    listings: list[RankingListing] = []
    if listings_raw is not None and not isinstance(listings_raw, list):
        errors.append(f"{where}: ranking_listings must be a list of mappings with url, link_pattern, index, publisher")
        listings_raw = []
    for j, l in enumerate(listings_raw or []):
        lw = f"{where}: ranking_listings[{j}]"
        common = _ranking_common(l, _RANKING_LISTING_KEYS, hosts, lw, errors)
        if common is None:
            continue
        pattern = l.get("link_pattern")
        try:
            compiled = re.compile(pattern) if isinstance(pattern, str) and pattern else None
        except re.error as exc:
            errors.append(f"{lw}: link_pattern is not a valid regex: {exc}")
            continue
        if compiled is None or "year" not in compiled.groupindex:
            errors.append(f"{lw}: link_pattern must be a regex with a named group (?P<year>...),"
                          f" got {pattern!r}")
            continue
        listings.append(RankingListing(common["url"], pattern, common["index"], common["publisher"],
                                       common["content_type"], common["rank_of"]))
    return tuple(docs), tuple(listings)


def _ranking_common(d: Any, allowed: set[str], hosts: tuple[str, ...], where: str,
                    errors: list[str]) -> dict[str, Any] | None:
    """Keys shared by ranking documents and listings; None (and errors) when invalid."""
    if not isinstance(d, dict):
        errors.append(f"{where}: expected a mapping with {', '.join(sorted(allowed))}")
        return None
    n_before = len(errors)
    unknown = set(d) - allowed
    if unknown:
        errors.append(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    _check_url(d.get("url"), hosts, f"{where}.url", errors)
    index = d.get("index")
    if not isinstance(index, str) or not index.strip():
        errors.append(f"{where}: index is required (PAR_INDEX, SIPAS, PAPI, PCI, PGI, DTI, ICT_INDEX, ...)")
    else:
        from scrapers.official.columns import normalize_index_code

        try:
            index = normalize_index_code(index)
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
    publisher = d.get("publisher")
    if not isinstance(publisher, str) or not publisher.strip():
        errors.append(f"{where}: publisher is required (who released the table, e.g. 'Bộ Nội vụ')")
    content_type = d.get("content_type")
    if content_type is not None and content_type not in RANKING_CONTENT_TYPES:
        errors.append(f"{where}: content_type {content_type!r} is not one of {', '.join(RANKING_CONTENT_TYPES)}")
    rank_of = d.get("rank_of")
    if rank_of is not None and (isinstance(rank_of, bool) or not isinstance(rank_of, int) or not 1 <= rank_of <= 100):
        errors.append(f"{where}: rank_of must be a positive integer (provinces ranked), got {rank_of!r}")
    if len(errors) > n_before:
        return None
    return {"url": d["url"], "index": index, "publisher": publisher.strip(), "content_type": content_type,
            "rank_of": rank_of}


def _selectors(spec: Any, base: Selectors, where: str, errors: list[str]) -> Selectors:
    if not isinstance(spec, dict):
        errors.append(f"{where}: selectors must be a mapping")
        return base
    unknown = set(spec) - set(SELECTOR_KEYS)
    if unknown:
        errors.append(f"{where}: unknown selector keys {sorted(unknown)} (allowed: {SELECTOR_KEYS})")
    values = {k: getattr(base, k) for k in SELECTOR_KEYS}
    for k in SELECTOR_KEYS:
        if k not in spec:
            continue
        v = spec[k]
        if k == "drop":
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                errors.append(f"{where}: selectors.drop must be a list of CSS selectors")
                continue
            values[k] = tuple(v)
        else:
            if not isinstance(v, str):
                errors.append(f"{where}: selectors.{k} must be a CSS selector string")
                continue
            values[k] = v
        _check_css(values[k], f"{where}: selectors.{k}", errors, for_lxml=k in ARTICLE_SELECTOR_KEYS)
    return Selectors(**values)


def _check_css(sel: str | tuple[str, ...], where: str, errors: list[str], for_lxml: bool = False) -> None:
    import soupsieve
    from cssselect import HTMLTranslator, SelectorError

    for s in (sel,) if isinstance(sel, str) else sel:
        if not s:
            continue
        try:
            soupsieve.compile(s)
        except Exception as exc:  # soupsieve.SelectorSyntaxError
            errors.append(f"{where}: invalid CSS selector {s!r}: {exc}")
            continue
        if for_lxml:  # title/date/body alternatives are tried one by one, drop is one group
            for alt in (a.strip() for a in s.split(",")) if isinstance(sel, str) else (s,):
                try:
                    if alt:
                        HTMLTranslator().css_to_xpath(alt)
                except SelectorError as exc:
                    errors.append(f"{where}: CSS selector {alt!r} is not supported by cssselect (lxml): {exc}")


def _check_regex(pattern: str, where: str, errors: list[str]) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        errors.append(f"{where}: article_url_pattern is not a valid regex: {exc}")


def _check_url(url: Any, hosts: tuple[str, ...], where: str, errors: list[str]) -> bool:
    if not isinstance(url, str) or not url:
        errors.append(f"{where} is required")
        return False
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        errors.append(f"{where}: {url!r} is not an absolute http(s) URL")
        return False
    if parts.hostname not in hosts:
        errors.append(f"{where}: host {parts.hostname!r} is not in allowed_hosts {list(hosts)}")
        return False
    return True
