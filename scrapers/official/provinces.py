"""Province names in ranking tables → canonical warehouse keys.

Conformance goes through the extractor's gazetteer (``scrapers.extract.gazetteer.canonical``)
so an official table and a provincial article spell a province the same way. On top of
it this module only adds what table cells need: administrative prefixes ("Tỉnh", "Thành
phố", "TP."), footnote marks ("Hà Nội*", "Hà Nội (1)"), aggregate rows ("Trung bình",
"Cả nước") and, for data years from 2025, the 34 merged units.

If the gazetteer is unavailable, a small lookup built from the dbt seed
``ref_provinces.csv`` and the common variants is used instead (same folding rules).
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from scrapers.extract.textnorm import fold
from scrapers.settings import PROJECT_ROOT

#: old (pre-1/7/2025) province → the unit it belongs to from 2025 (domain.md §4; the
#: seed ref_provinces.csv carries the same mapping, checked by a unit test)
UNIT_2025: dict[str, str] = {
    "Hà Nội": "Hà Nội", "Thừa Thiên Huế": "Huế", "Lai Châu": "Lai Châu", "Điện Biên": "Điện Biên",
    "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn", "Quảng Ninh": "Quảng Ninh", "Thanh Hóa": "Thanh Hóa",
    "Nghệ An": "Nghệ An", "Hà Tĩnh": "Hà Tĩnh", "Cao Bằng": "Cao Bằng",
    "Tuyên Quang": "Tuyên Quang", "Hà Giang": "Tuyên Quang",
    "Lào Cai": "Lào Cai", "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên", "Bắc Kạn": "Thái Nguyên",
    "Phú Thọ": "Phú Thọ", "Vĩnh Phúc": "Phú Thọ", "Hòa Bình": "Phú Thọ",
    "Bắc Ninh": "Bắc Ninh", "Bắc Giang": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên", "Thái Bình": "Hưng Yên",
    "Hải Phòng": "Hải Phòng", "Hải Dương": "Hải Phòng",
    "Ninh Bình": "Ninh Bình", "Hà Nam": "Ninh Bình", "Nam Định": "Ninh Bình",
    "Quảng Trị": "Quảng Trị", "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng", "Quảng Nam": "Đà Nẵng",
    "Quảng Ngãi": "Quảng Ngãi", "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai", "Bình Định": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa", "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng", "Đắk Nông": "Lâm Đồng", "Bình Thuận": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk", "Phú Yên": "Đắk Lắk",
    "Hồ Chí Minh": "Hồ Chí Minh", "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Đồng Nai": "Đồng Nai", "Bình Phước": "Đồng Nai",
    "Tây Ninh": "Tây Ninh", "Long An": "Tây Ninh",
    "Cần Thơ": "Cần Thơ", "Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ",
    "Vĩnh Long": "Vĩnh Long", "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp", "Tiền Giang": "Đồng Tháp",
    "Cà Mau": "Cà Mau", "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang", "Kiên Giang": "An Giang",
}
UNITS_2025 = frozenset(UNIT_2025.values())
FIRST_MERGED_YEAR = 2025


def expected_units(year: int) -> int:
    """How many provinces a complete national table has for a data year (63, or 34 from 2025)."""
    return 34 if year >= FIRST_MERGED_YEAR else 63


# rows of a ranking table that are not provinces
_AGGREGATES = re.compile(
    r"^(?:trung binh|trung vi|binh quan|ca nuoc|toan quoc|tong cong|tong so|tong|"
    r"gia tri trung binh|diem trung binh|average|mean|median|national|total)\b"
)
_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp\.?)\s*")
_FOOTNOTE = re.compile(r"(?:\s*(?:\*+|\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)))+$")
_SEP = re.compile(r"[\s\-.\u2013\u2014_/]+")


def _key(folded: str) -> str:
    return _SEP.sub("", folded)


@lru_cache(maxsize=1)
def _fallback_lookup() -> dict[str, str]:
    """Own lookup when the gazetteer is missing: seed names plus the usual variants."""
    lookup: dict[str, str] = {}
    seed = PROJECT_ROOT / "dbt_project" / "seeds" / "ref_provinces.csv"
    names = list(UNIT_2025)
    if seed.exists():
        with seed.open(encoding="utf-8") as f:
            names += [r["province"] for r in csv.DictReader(f)]
    for name in names:
        lookup[_key(fold(name))] = name
    variants = {
        "Hồ Chí Minh": ("tphcm", "tp hcm", "hcm", "thanh pho ho chi minh", "sai gon"),
        "Thừa Thiên Huế": ("thua thien - hue", "tt-hue", "tt hue", "hue"),
        "Bà Rịa - Vũng Tàu": ("br-vt", "brvt"),
        "Bắc Kạn": ("bac can",),
        "Đắk Lắk": ("dac lac", "dak lac"),
        "Đắk Nông": ("dac nong",),
        "Kon Tum": ("kontum",),
    }
    for name, vs in variants.items():
        for v in vs:
            lookup[_key(v)] = name
    return lookup


def _lookup(raw: str) -> str | None:
    try:
        from scrapers.extract.gazetteer import canonical
    except ImportError:  # pragma: no cover - the gazetteer ships with the extractor
        return _fallback_lookup().get(_key(fold(raw)))
    return canonical(raw) or _fallback_lookup().get(_key(fold(raw)))


def is_aggregate(cell: str) -> bool:
    """'Trung bình', 'Cả nước', 'Tổng cộng': summary rows, not provinces."""
    return bool(_AGGREGATES.match(re.sub(r"[^a-z0-9]+", " ", fold(cell)).strip()))


def canonical_province(cell: str, year: int | None = None) -> str | None:
    """The warehouse key for a province as printed in a table cell, else None.

    Pre-2025 data keeps the 63 old names; from 2025 a unit name is returned (an old
    province's name maps to the unit that absorbed it).
    """
    text = _FOOTNOTE.sub("", (cell or "").strip()).strip()
    if not text or len(text) > 60:
        return None
    name = _lookup(text)
    if name is None:
        stripped = _PREFIX.sub("", fold(text)).strip()
        if stripped and stripped != fold(text):
            name = _lookup(stripped)
    if name is None:
        return None
    if year is not None and year >= FIRST_MERGED_YEAR:
        return UNIT_2025.get(name, name)
    return name
