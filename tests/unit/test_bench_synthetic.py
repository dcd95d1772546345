"""The benchmark's synthetic sites: the real parsers read them and the extractor finds exactly the known facts."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from benchmarks.synthetic import FAMILIES, Corpus, facts_match
from scrapers.encoding import decode_html
from scrapers.extract import extract_facts
from scrapers.parse import parse_document
from scrapers.registry import load_registry

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def corpus_and_registry(tmp_path_factory):
    corpus = Corpus(len(FAMILIES), seed=7)
    reg = load_registry(corpus.write_registry(tmp_path_factory.mktemp("bench") / "sources.yml"))
    return corpus, reg


def test_pages_parse_with_family_selectors_and_yield_the_known_facts(corpus_and_registry) -> None:
    corpus, registry = corpus_and_registry
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    checked, families = 0, set()
    for i in range(24):  # four pages of every CMS family
        page = corpus.page(i)
        source = registry.get(page.site.source_id)
        assert source.is_article_url(page.url)
        html = decode_html(page.body_bytes, "text/html; charset=utf-8", hint=source.encoding, url=page.url).text
        outcome = parse_document(source, page.url, html, now)
        if not page.relevant:
            assert outcome.status == "irrelevant"
            continue
        article = outcome.article
        assert article is not None, (page.url, outcome.reason)
        assert article.parser == f"bs4:{page.site.family}"  # selectors found the body, no fallback
        assert article.title == page.title
        assert article.published_on == page.published
        facts = extract_facts(article.body, url=page.url, published=article.published_on)
        assert facts_match(page.facts, facts), (page.url, page.facts, facts)
        checked += 1
        families.add(page.site.family)
    assert checked >= 18 and families == set(FAMILIES)


def test_pages_are_portal_sized_and_deterministic(corpus_and_registry) -> None:
    corpus, _ = corpus_and_registry
    sizes = [len(corpus.page(i).body_bytes) for i in range(12)]
    assert all(30 * 1024 <= s <= 170 * 1024 for s in sizes)
    assert Corpus(len(FAMILIES), seed=7).page(3).html == corpus.page(3).html
    assert len({corpus.page(i).url for i in range(60)}) == 60


def test_snapshot_layout_is_served_by_routes(tmp_path, corpus_and_registry) -> None:
    import json

    corpus, _ = corpus_and_registry
    by_host = corpus.write_snapshot(tmp_path, pages_per_host=2)
    site = corpus.sites[0]
    routes = json.loads((tmp_path / site.host / "_routes.json").read_text(encoding="utf-8"))["routes"]
    assert "/robots.txt" in routes and site.listing_path in routes
    assert all(p.path in routes for p in by_host[site.host])
