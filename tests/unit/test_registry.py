"""The source registry: the bundled file is valid and complete; mistakes are reported clearly."""
from __future__ import annotations

import textwrap

import pytest

from scrapers.registry import KINDS, RegistryError, load_families, load_registry
from scrapers.settings import Settings

pytestmark = pytest.mark.unit

SEED_HOSTS = {"travinh.gov.vn", "tiengiang.gov.vn", "longan.gov.vn", "baotinh.invalid", "sonoivu.sonla.gov.vn"}
NATIONAL_HOSTS = {"caicachhanhchinh.gov.vn", "moha.gov.vn", "dti.gov.vn", "papi.org.vn", "pcivietnam.vn"}


@pytest.fixture(scope="module")
def registry():
    return load_registry(Settings.from_env().sources_file)


def test_bundled_registry_covers_seed_sites_and_national_publishers(registry):
    hosts = registry.all_hosts()
    assert SEED_HOSTS <= hosts and NATIONAL_HOSTS <= hosts
    for h in SEED_HOSTS | NATIONAL_HOSTS:
        assert registry.source_for_host(h).enabled
    assert {s.kind for s in registry.sources} == set(KINDS)
    for s in registry.sources:
        if s.kind == "national_publisher":
            assert s.province is None


def test_every_cms_family_of_domain_reference_has_an_entry(registry):
    families = {s.cms for s in registry.sources}
    assert {"sharepoint", "liferay", "nukeviet", "drupal", "numeric_path", "wordpress", "generic"} <= families


def test_family_defaults_are_merged_with_overrides(registry):
    moha = registry.get("moha_portal")
    assert moha.selectors.listing_links == "ul.tin-moi li a"  # override
    assert "script" in moha.selectors.drop  # family default kept
    tv = registry.get("travinh_portal")
    assert tv.listings[0].pagination.page_url(tv.listings[0].url, 2) == tv.listings[0].url + "?page=2"
    drupal = registry.get("bacgiang_sonoivu").listings[0]
    assert drupal.pagination.page_url(drupal.url, 2).endswith("?page=1")  # Drupal pages are 0-based


def test_article_url_patterns_tell_articles_from_listings(registry):
    tv = registry.get("travinh_portal")
    assert tv.is_article_url("https://travinh.gov.vn/1426/37932/73050/691291/chuyen-doi-so/bai-viet")
    assert not tv.is_article_url(tv.listings[0].url)
    assert not tv.is_article_url(tv.listings[0].url + "?page=2")
    la = registry.get("longan_portal")
    assert la.is_article_url("https://longan.gov.vn/tin-tuc/Pages/bai-viet.aspx")
    assert not la.is_article_url("https://longan.gov.vn/tin-tuc/Pages/cai-cach-hanh-chinh.aspx?Page=2")


def test_unknown_source_id_names_the_known_ones(registry):
    with pytest.raises(KeyError, match="travinh_portal"):
        registry.get("nope")


def _write(tmp_path, body: str):
    p = tmp_path / "sources.yml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD = """
sources:
  - id: haiduong_portal
    name: Cổng thông tin điện tử tỉnh Hải Dương
    province: Hải Dương
    kind: provincial_portal
    base_url: https://haiduong.gov.vn/
    allowed_hosts: [haiduong.gov.vn]
    cms: liferay
    listings: [https://haiduong.gov.vn/tin-tuc]
"""


def test_a_new_site_of_a_known_family_is_just_an_entry(tmp_path):
    reg = load_registry(_write(tmp_path, GOOD))
    s = reg.get("haiduong_portal")
    assert s.selectors == load_families()["liferay"].selectors
    assert s.is_article_url("https://haiduong.gov.vn/news/-/details/20182/bai-viet-1")
    assert s.enabled and s.host == "haiduong.gov.vn"


@pytest.mark.parametrize("change, message", [
    (("kind: provincial_portal", "kind: blog"), "kind 'blog' is not one of"),
    (("cms: liferay", "cms: joomla"), "cms 'joomla' is not a known family"),
    (("province: Hải Dương", "province: Hai Duong"), "not a canonical province name"),
    (("listings: [https://haiduong.gov.vn/tin-tuc]", "listings: [https://evil.example/tin-tuc]"),
     "host 'evil.example' is not in allowed_hosts"),
    (("cms: liferay", "cms: liferay\n    selectors: {body: 'div[[['}"), "invalid CSS selector"),
    (("cms: liferay", "cms: liferay\n    colour: blue"), "unknown keys ['colour']"),
    (("cms: liferay", "cms: liferay\n    crawl_delay_s: -1"), "crawl_delay_s must be a non-negative number"),
    (("cms: liferay", "cms: liferay\n    encoding: klingon"), "encoding 'klingon' is not a known charset"),
])
def test_invalid_entries_are_reported_with_their_place(tmp_path, change, message):
    with pytest.raises(RegistryError) as err:
        load_registry(_write(tmp_path, GOOD.replace(*change)))
    assert message in str(err.value)
    assert "sources[0] (id=haiduong_portal)" in str(err.value)


def test_duplicate_ids_and_hosts_are_rejected(tmp_path):
    twice = GOOD + GOOD.split("sources:\n", 1)[1]
    with pytest.raises(RegistryError, match="duplicate id 'haiduong_portal'") as err:
        load_registry(_write(tmp_path, twice))
    assert "already belongs to source" in str(err.value)


def test_missing_or_malformed_file(tmp_path):
    with pytest.raises(RegistryError, match="not found"):
        load_registry(tmp_path / "missing.yml")
    with pytest.raises(RegistryError, match="not valid YAML"):
        load_registry(_write(tmp_path, "sources: [\n"))
