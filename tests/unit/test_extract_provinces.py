"""Province names, their variants, and the host site's province as default subject."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.gazetteer import PROVINCES, canonical, find_provinces, province_from_url
from scrapers.extract.textnorm import Text

pytestmark = pytest.mark.unit
PUB = dt.date(2024, 4, 20)


def names(text: str) -> list[str]:
    t = Text(text)
    return [m.name for m in find_provinces(t.folded, t.nfc)]


def test_all_63_provinces_are_known() -> None:
    assert len(PROVINCES) == 63
    for name in PROVINCES:
        assert names(f"Kết quả của {name} năm nay") == [name] or name == "Hồ Chí Minh"


@pytest.mark.parametrize("spelling, name", [
    ("Khánh Hoà", "Khánh Hòa"), ("Khanh Hoa", "Khánh Hòa"), ("Thanh Hoá", "Thanh Hóa"), ("Hoà Bình", "Hòa Bình"),
    ("Đăk Lăk", "Đắk Lắk"), ("Dak Lak", "Đắk Lắk"), ("Đắc Lắc", "Đắk Lắk"), ("Đak Nông", "Đắk Nông"),
    ("TP.HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("TT-Huế", "Thừa Thiên Huế"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("TP. Huế", "Thừa Thiên Huế"), ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Bắc Cạn", "Bắc Kạn"), ("TP.Hải Phòng", "Hải Phòng"),
])
def test_variants_map_to_the_canonical_name(spelling: str, name: str) -> None:
    assert names(f"Tỉnh dự họp cùng {spelling} hôm qua") == [name]


@pytest.mark.parametrize("text", [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "vì hòa bình và hợp tác",
    "các nước ven Thái Bình Dương",
])
def test_look_alikes_are_not_provinces(text: str) -> None:
    assert names(text) == []


def test_canonical_lookup() -> None:
    assert canonical("Khánh Hoà") == "Khánh Hòa" and canonical("Atlantis") is None


@pytest.mark.parametrize("url, name", [
    ("https://tiengiang.gov.vn/tin/1", "Tiền Giang"), ("https://baodongkhoi.vn/a", "Bến Tre"),
    ("http://sonoivu.sonla.gov.vn/x", "Sơn La"), ("https://www.travinh.gov.vn/x", "Trà Vinh"),
    ("https://longan.gov.vn", "Long An"), ("https://baoquangninh.vn/x", "Quảng Ninh"),
    ("https://dichvucong.thuathienhue.gov.vn/x", "Thừa Thiên Huế"), ("snv.hagiang.gov.vn:443/x", "Hà Giang"),
    ("https://baochinhphu.vn/x", None), ("https://vnexpress.net/x", None), (None, None),
])
def test_host_decides_the_default_province(url: str | None, name: str | None) -> None:
    assert province_from_url(url) == name


def test_host_province_is_the_default_subject() -> None:
    fact, = extract_facts("Chỉ số CCHC năm 2023 của tỉnh đạt 84,7 điểm.", "https://baodongkhoi.vn/x", PUB)
    assert fact["province"] == "Bến Tre"


def test_a_named_other_province_wins_over_the_host() -> None:
    facts = extract_facts("Chỉ số CCHC năm 2023 của tỉnh xếp thứ 30, trong khi Hà Tĩnh xếp thứ 12.",
                          "https://baodongkhoi.vn/x", PUB)
    assert [(f["province"], f["rank"]) for f in facts] == [("Bến Tre", 30), ("Hà Tĩnh", 12)]


def test_no_host_and_no_named_province_gives_no_index_result() -> None:
    assert extract_facts("Chỉ số CCHC năm 2023 của tỉnh đạt 84,7 điểm.", None, PUB) == []


def test_compared_provinces_are_not_subjects() -> None:
    fact, = extract_facts("Chỉ số PCI năm 2023 của tỉnh xếp thứ 9, đứng sau Long An.", "https://tayninh.gov.vn", PUB)
    assert fact["province"] == "Tây Ninh"


def test_a_city_of_a_province_is_not_the_province() -> None:
    assert extract_facts("Thành phố Sơn La xếp thứ nhất về Chỉ số CCHC năm 2023.", None, PUB) == []
