"""`ranking_documents` / `ranking_listings` of national publishers: typed, validated, clear errors."""
from __future__ import annotations

import textwrap

import pytest

from scrapers.registry import RankingDocument, RegistryError, load_registry
from scrapers.settings import Settings

pytestmark = pytest.mark.unit


def _registry(tmp_path, extra: str, kind: str = "national_publisher", province: str = "null"):
    p = tmp_path / "sources.yml"
    p.write_text(textwrap.dedent(f"""\
        version: 1
        sources:
          - id: pub
            name: Publisher
            province: {province}
            kind: {kind}
            base_url: https://pub.gov.vn/
            allowed_hosts: [pub.gov.vn]
            cms: generic
            listings: [https://pub.gov.vn/tin-tuc]
        """) + textwrap.indent(textwrap.dedent(extra), "    "), encoding="utf-8")
    return load_registry(p)


def test_documents_and_listings_are_typed(tmp_path):
    src = _registry(tmp_path, """\
        ranking_documents:
          - {url: "https://pub.gov.vn/qd/phu-luc.pdf", index: par index, year: 2022, publisher: Bộ Nội vụ,
             content_type: application/pdf, rank_of: 63}
        ranking_listings:
          - {url: "https://pub.gov.vn/xep-hang", link_pattern: '^/xep-hang-(?P<year>\\d{4})$', index: dti,
             publisher: Bộ TT&TT}
        """).get("pub")
    assert src.ranking_documents == (RankingDocument("https://pub.gov.vn/qd/phu-luc.pdf", "PAR_INDEX", 2022,
                                                     "Bộ Nội vụ", "application/pdf", 63),)
    listing = src.ranking_listings[0]
    assert listing.index == "DTI" and listing.year_of("https://pub.gov.vn/xep-hang-2023") == 2023
    assert listing.document("https://pub.gov.vn/tin-tuc/x") is None
    assert listing.document("https://pub.gov.vn/xep-hang-2021").year == 2021
    # ranking pages are never followed or parsed as articles
    for url in ("https://pub.gov.vn/qd/phu-luc.pdf", "https://pub.gov.vn/xep-hang", "https://pub.gov.vn/xep-hang-2021"):
        assert not src.is_article_url(url)
    assert src.is_article_url("https://pub.gov.vn/tin-tuc/bai-viet") and src.has_rankings


def test_every_mistake_is_reported_with_its_place(tmp_path):
    with pytest.raises(RegistryError) as exc:
        _registry(tmp_path, """\
            ranking_documents:
              - {url: "https://other.gov.vn/a.pdf", index: NOPE, year: "2022", publisher: "", colour: red}
              - {url: "https://pub.gov.vn/b.pdf", index: PAPI, year: 2022, publisher: X, content_type: text/plain,
                 rank_of: 0}
              - {url: "https://pub.gov.vn/c.html", index: PCI, year: 2022, publisher: X}
              - {url: "https://pub.gov.vn/c.html", index: PCI, year: 2023, publisher: X}
            ranking_listings:
              - {url: "https://pub.gov.vn/xep-hang", link_pattern: '^/xep-hang-\\d{4}$', index: DTI, publisher: X}
            """)
    msg = str(exc.value)
    for expected in ("ranking_documents[0]: unknown keys ['colour']",
                     "ranking_documents[0].url: host 'other.gov.vn' is not in allowed_hosts",
                     "ranking_documents[0]: unknown index code 'NOPE'",
                     "ranking_documents[0]: publisher is required",
                     "ranking_documents[1]: content_type 'text/plain' is not one of",
                     "ranking_documents[1]: rank_of must be a positive integer",
                     "ranking_documents[3]: url 'https://pub.gov.vn/c.html' is declared twice",
                     "ranking_listings[0]: link_pattern must be a regex with a named group (?P<year>...)"):
        assert expected in msg, msg


def test_year_must_be_an_integer(tmp_path):
    with pytest.raises(RegistryError, match=r"ranking_documents\[0\]: year must be the data year"):
        _registry(tmp_path, """\
            ranking_documents:
              - {url: "https://pub.gov.vn/a.pdf", index: PCI, year: "2022", publisher: X}
            """)


def test_only_national_publishers_declare_rankings(tmp_path):
    with pytest.raises(RegistryError, match="only for national_publisher sources"):
        _registry(tmp_path, """\
            ranking_documents:
              - {url: "https://pub.gov.vn/a.pdf", index: PCI, year: 2022, publisher: X}
            """, kind="provincial_portal", province="Long An")


def test_bundled_demo_registry_declares_no_ranking_documents():
    """The offline snapshot has no real ranking tables: test documents never reach the demo."""
    registry = load_registry(Settings.from_env().sources_file)
    assert not any(s.has_rankings for s in registry.sources)
