"""The 63 provinces (pre-2025 keys) and the ways articles and hosts spell them.

Variants are written folded (see ``textnorm``), so tone placement ("Hòa"/"Hoà"),
"Đắk"/"Đăk"/"Dak" and missing diacritics collapse to one spelling. A match must
also be capitalised in the original text ("Hòa Bình" the province, not "hòa
bình" peace) unless the caller is reading a ranking table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .textnorm import fold

#: canonical name → folded variants (the folded canonical name is implied)
PROVINCES: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("hanoi",),  # English editions write it as one word
    "Hồ Chí Minh": ("tp.hcm", "tp. hcm", "tphcm", "tp hcm", "tp.ho chi minh", "tp. ho chi minh",
                    "tp ho chi minh", "thanh pho ho chi minh", "hcm city", "hcmc"),
    "Hải Phòng": (),
    "Đà Nẵng": (),
    "Cần Thơ": (),
    "An Giang": (),
    "Bà Rịa - Vũng Tàu": ("ba ria vung tau", "ba ria-vung tau", "br-vt", "brvt"),
    "Bạc Liêu": (),
    "Bắc Giang": (),
    "Bắc Kạn": ("bac can",),
    "Bắc Ninh": (),
    "Bến Tre": (),
    "Bình Dương": (),
    "Bình Định": (),
    "Bình Phước": (),
    "Bình Thuận": (),
    "Cà Mau": (),
    "Cao Bằng": (),
    "Đắk Lắk": ("dac lac", "dak lac", "daklak", "dak-lak"),
    "Đắk Nông": ("dac nong", "daknong", "dak-nong"),
    "Điện Biên": (),
    "Đồng Nai": (),
    "Đồng Tháp": (),
    "Gia Lai": (),
    "Hà Giang": (),
    "Hà Nam": (),
    "Hà Tĩnh": (),
    "Hải Dương": (),
    "Hậu Giang": (),
    "Hòa Bình": (),
    "Hưng Yên": (),
    "Khánh Hòa": (),
    "Kiên Giang": (),
    "Kon Tum": ("kontum",),
    "Lai Châu": (),
    "Lạng Sơn": (),
    "Lào Cai": (),
    "Lâm Đồng": (),
    "Long An": (),
    "Nam Định": (),
    "Nghệ An": (),
    "Ninh Bình": (),
    "Ninh Thuận": (),
    "Phú Thọ": (),
    "Phú Yên": (),
    "Quảng Bình": (),
    "Quảng Nam": (),
    "Quảng Ngãi": (),
    "Quảng Ninh": (),
    "Quảng Trị": (),
    "Sóc Trăng": (),
    "Sơn La": (),
    "Tây Ninh": (),
    "Thái Bình": (),
    "Thái Nguyên": (),
    "Thanh Hóa": (),
    "Thừa Thiên Huế": ("thua thien - hue", "tt-hue", "tt - hue", "tt hue", "tp. hue", "tp.hue", "tp hue",
                       "thanh pho hue", "hue"),
    "Tiền Giang": (),
    "Trà Vinh": (),
    "Tuyên Quang": (),
    "Vĩnh Long": (),
    "Vĩnh Phúc": (),
    "Yên Bái": (),
}

CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"})

# words that, right before "Hồ Chí Minh", make it the person or an organisation
_HCM_PERSON = re.compile(r"(?:chu tich|bac|tu tuong|dao duc|phong cach|lang|guong|hoc tap|cong san|"
                         r"chu nghia mac-lenin,|doan|hoc vien chinh tri quoc gia)\s*$")


def _variant_regex(variant: str) -> str:
    words = re.split(r"[\s\-]+", variant.strip())
    return r"(?:\s*-\s*|\s+)".join(re.escape(w) for w in words if w)


def _build() -> tuple[re.Pattern[str], dict[str, str]]:
    lookup: dict[str, str] = {}
    alts: list[str] = []
    for name, variants in PROVINCES.items():
        for v in (fold(name), *variants):
            key = re.sub(r"[\s\-.]+", "", v)
            lookup.setdefault(key, name)
            alts.append(_variant_regex(v))
    alts.sort(key=len, reverse=True)
    # the lookahead lets the regex engine skip positions that cannot start a name
    first = "".join(sorted({a[0] for a in alts if a[0].isalnum()}))
    assert all(a[0].isalnum() for a in alts)
    return re.compile(r"(?=[" + first + r"])(?<![a-z0-9])(?:" + "|".join(alts) + r")(?![a-z0-9])"), lookup


_PROVINCE_RE, _LOOKUP = _build()


@dataclass(frozen=True)
class ProvinceMention:
    start: int
    end: int
    name: str


def canonical(raw: str) -> str | None:
    """Canonical name for a spelled province ("Khánh Hoà", "TP.HCM"), else None."""
    return _LOOKUP.get(re.sub(r"[\s\-.]+", "", fold(raw)))


_WORDS = re.compile(r"[\W_]+")


def _capitalised(original: str) -> bool:
    for w in _WORDS.split(original):
        if w and not (w[0].isupper() or w[0].isdigit()) and fold(w) not in ("thanh", "pho", "tp"):
            return False
    return True


def find_provinces(folded: str, nfc: str, strict: bool = True) -> list[ProvinceMention]:
    """Province mentions in a span of text (``folded`` and ``nfc`` aligned).

    ``strict`` asks for capitalised words and a "TP." or "Thành phố" before a
    bare "Hồ Chí Minh"; ranking tables relax it.
    """
    return [p for p, ok in find_all_provinces(folded, nfc) if ok or not strict]


_STRIP = re.compile(r"[\s\-.]+")
_CITY_PREFIX = re.compile(r"(?:tp\.?|thanh pho)\s*$")
_DUONG_AFTER = re.compile(r"\s+duong\b")
_CITY_AFTER = re.compile(r"\s+city(?![a-z])")


def find_all_provinces(folded: str, nfc: str, start: int = 0, end: int | None = None
                       ) -> list[tuple[ProvinceMention, bool]]:
    """Every loose province mention in ``[start, end)``, each with whether the strict reading keeps it.

    Ranking tables read loose mentions (any case); prose reads the strict ones,
    which :func:`find_strict_provinces` finds faster on a whole article.
    """
    found: list[tuple[ProvinceMention, bool]] = []
    for m in _PROVINCE_RE.finditer(folded, start, len(folded) if end is None else end):
        judged = _judge(m, folded, nfc)
        if judged is not None:
            found.append(judged)
    return found


#: where a strictly-read province name can begin in the NFC text: a capital letter, or a
#: lower-case "thành phố"/"tp" before a capitalised name ("thành phố Hồ Chí Minh")
_UPPER = "".join(sorted({ch for ch in map(chr, range(0x41, 0x1F00)) if ch.isupper() and ch.isalpha()}))
_ANCHOR = re.compile(r"(?<!\w)(?:[" + re.escape(_UPPER) + r"]|th[àa]nh ph[ốo]|tp)")


def find_strict_provinces(folded: str, nfc: str) -> list[ProvinceMention]:
    """The strictly-read province mentions of a whole text (what prose rules use).

    The same mentions as the strict subset of :func:`find_all_provinces`, found by
    trying the name pattern only where a capitalised word (or "thành phố") starts:
    about twice as fast on a long article, since most words are lower-case.
    """
    found: list[ProvinceMention] = []
    last_end = 0
    for anchor in _ANCHOR.finditer(nfc):
        pos = anchor.start()
        if pos < last_end:
            continue
        m = _PROVINCE_RE.match(folded, pos)
        if m is None:
            continue
        judged = _judge(m, folded, nfc)
        if judged is None:
            continue
        mention, strict_ok = judged
        last_end = mention.end
        if strict_ok:
            found.append(mention)
    return found


_LOCAL_UNIT_BEFORE = re.compile(r"(?<![a-z])(?:phuong|xa|huyen|quan|thi tran|thi xa) $")


def _judge(m: re.Match[str], folded: str, nfc: str) -> tuple[ProvinceMention, bool] | None:
    """A name-pattern match as a mention (None when it is not a province) and its strictness."""
    name = _LOOKUP.get(_STRIP.sub("", m.group()))
    if name is None:
        return None
    a, b = m.span()
    strict_ok = _capitalised(nfc[a:b])
    before = folded[max(0, a - 40):a]
    if name == "Thái Bình" and _DUONG_AFTER.match(folded, b, b + 7):
        return None
    if _LOCAL_UNIT_BEFORE.search(before) and _capitalised(nfc[a:b]):
        # "Phường Bạc Liêu dẫn đầu tỉnh ...", "xã Long An": a ward, commune or district of that name
        return None
    if name == "Bình Dương" and before.endswith("thai "):
        return None
    if name == "Hồ Chí Minh" and m.group().startswith("ho"):
        if _HCM_PERSON.search(before):
            return None
        if not _CITY_PREFIX.search(before) and not _CITY_AFTER.match(folded, b):
            strict_ok = False  # ("Ho Chi Minh City" in English is the city)
    return ProvinceMention(a, b, name), strict_ok


_HOST_SPECIAL = {"baodongkhoi": "Bến Tre", "dongkhoi": "Bến Tre", "hanoimoi": "Hà Nội",
                 "hochiminhcity": "Hồ Chí Minh", "hcmcity": "Hồ Chí Minh", "baria-vungtau": "Bà Rịa - Vũng Tàu"}
_GENERIC_LABELS = {"www", "gov", "vn", "com", "org", "net", "edu", "info", "m", "en"}


def province_from_url(url: str | None) -> str | None:
    """The province whose site published ``url`` (its host), or None.

    Looks at each host label from the right: a province slug ("tiengiang"), the
    same with the press prefix "bao" ("baolongan"), or a known paper name
    ("baodongkhoi" → Bến Tre). Subdomains such as "sonoivu." need no rule: they
    are labels that match nothing.
    """
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    for label in reversed(host.lower().split(".")):
        if label in _GENERIC_LABELS:
            continue
        if label in _HOST_SPECIAL:
            return _HOST_SPECIAL[label]
        slug = label.replace("-", "")
        for cand in (slug, slug[3:] if slug.startswith("bao") else None):
            if cand and cand in _LOOKUP and len(cand) >= 3:
                return _LOOKUP[cand]
    return None
