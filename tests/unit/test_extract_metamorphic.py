"""The same article in another dress states the same facts.

Metamorphic tests over the blind rounds J–Z (V included) and A–AH (articles and tables written by other
authors; J–P alone are 143), which need no gold: typed without diacritics (every rule matches a folded copy,
but a few places read the original: sentence ends before a capital, an interview's speaker
label, capitalised names), decomposed Unicode (NFD), Windows line ends, every number in the
other convention (87,42 ↔ 87.42, 1.234 ↔ 1,234: the convention is decided from context), the
old tone placement ("Khánh Hoà"), "Chỉ số CCHC" written "Chỉ số cải cách hành chính (PAR
Index)" (this one found a departments' index read as the province's), double spaces in prose
(this one found that most rules read "xếp  thứ" as nothing: 131 of the 143 changed when every
space was doubled), page furniture before the headline (a breadcrumb, menu entries, a date
line: before, even two blank lines made the first line of text lose its headline role, 21 of
143 articles read differently), and a page footer of numbers (phone, visit counter) appended.
Also: "PAR INDEX" and SIPAS's full name for the short forms (a departments' "PAR INDEX ... của
Sở" and a long stacked table header were missed); another province in a compared
province's place must get the same facts (this one found "đứng sau Sơn La (xếp thứ 6)" read
as "đứng sau ... là": the name ends in "la"); and every year one later (no rule may know a
particular year).
"""
from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from typing import Any, Callable

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.scoring import Slot, fact_slots

pytestmark = pytest.mark.unit

ROUNDS = ["a", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", *"jklmnopqrstuvwxyz"]


def strip_diacritics(text: str) -> str:
    """What a keyboard without Vietnamese input gives: "Chỉ số CCHC của Đắk Lắk" → "Chi so CCHC cua Dak Lak"."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append(base[0] if len(base) > 1 and ord(base[0]) < 128 else ch)
    return "".join(out)


def _cases() -> list[Any]:
    cases = []
    for r in ROUNDS:
        module = importlib.import_module(f"test_extract_round_{r}")
        for name in dir(module):
            value = getattr(module, name)
            if name.isupper() and isinstance(value, list) and value and hasattr(value[0], "gold"):
                cases.extend(value)
    return cases


def _slots(text: str, case: Any) -> set[Slot]:
    return {s for f in extract_facts(text, case.url, case.published) for s in fact_slots(f)}


@functools.lru_cache(maxsize=None)
def _read(text: str, url: str | None, published: Any) -> frozenset[Slot]:
    return frozenset(s for f in extract_facts(text, url, published) for s in fact_slots(f))


def _plain(case: Any) -> frozenset[Slot]:
    """The slots of a case's undressed text, read once for all the dresses that compare with it."""
    return _read(case.text, case.url, case.published)


def test_the_stripping_is_what_a_plain_keyboard_types() -> None:
    assert strip_diacritics("Chỉ số CCHC của Đắk Lắk đạt 85,12%") == "Chi so CCHC cua Dak Lak dat 85,12%"


def swap_conventions(text: str) -> str:
    """Every number written in the other convention: "87,42" ↔ "87.42", "1.234.567" ↔ "1,234,567"."""
    return re.sub(r"\d+(?:[.,]\d+)+", lambda m: m.group().translate(str.maketrans(".,", ",.")), text)


_OLD_TONES = {new: old for new, old in zip(("òa", "óa", "ỏa", "õa", "ọa", "ùy", "úy", "ủy", "ũy", "ụy"),
                                           ("oà", "oá", "oả", "oã", "oạ", "uỳ", "uý", "uỷ", "uỹ", "uỵ"))}

DRESSES: dict[str, Callable[[str], str]] = {
    "without diacritics": strip_diacritics,
    "decomposed (NFD)": lambda t: unicodedata.normalize("NFD", t),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "the other number convention": swap_conventions,
    "the PAR Index named in full with its acronym": lambda t: t.replace("Chỉ số CCHC",
                                                                        "Chỉ số cải cách hành chính (PAR Index)"),
    "old tone placement (Hoà, Thuỷ)": lambda t: re.sub("[òóỏõọ]a|[ùúủũụ]y", lambda m: _OLD_TONES[m.group()], t),
    # a space-aligned table's cells are its spaces: this one is for prose only (see below)
    "double spaces after commas and before verbs": lambda t: t.replace(", ", ",  ").replace(" đạt ", "  đạt ")
    .replace(" xếp ", "  xếp "),
    # the headline is read for the article's index, province and period: a date line, a
    # breadcrumb and menu entries before it must not take its place
    "page furniture before the headline": lambda t: "Trang chủ > Tin tức > Cải cách hành chính\nGiới thiệu\n"
                                                    "Văn bản\n\nThứ Hai, 12/06/2023 08:15\n" + t,
    "the PAR Index as 'PAR INDEX'": lambda t: t.replace("Chỉ số CCHC", "PAR INDEX"),
    "SIPAS named in full": lambda t: t.replace("Chỉ số SIPAS", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"),
    "a footer of numbers": lambda t: t + "\nBản quyền thuộc Cổng thông tin điện tử tỉnh. Điện thoại: 0259.3822.614. "
                                      "Lượt truy cập: 1.234.567",
}


def test_swapping_conventions_swaps_both_separators() -> None:
    assert swap_conventions("đạt 87,42 điểm, 1.234.567 hồ sơ, năm 2023") == "đạt 87.42 điểm, 1,234,567 hồ sơ, năm 2023"


@pytest.mark.parametrize("dress", sorted(DRESSES))
def test_every_blind_round_reads_the_same_in_another_dress(dress: str) -> None:
    change = DRESSES[dress]
    cases = _cases()
    assert len(cases) > 100
    differing = []
    for c in cases:
        if dress.startswith("double spaces") and c.table:
            continue
        text = change(c.text)
        facts = extract_facts(text, c.url, c.published)
        assert all(f["evidence"] in text for f in facts), c.name  # evidence from the dressed text itself
        plain, dressed = _plain(c), {s for f in facts for s in fact_slots(f)}
        if plain != dressed:
            differing.append((c.name, sorted(plain ^ dressed, key=repr)[:4]))
    assert differing == []


#: names that read like words ("Sơn La" ends in "là"), carry a dash, or change tone placement
RENAME_TO = ("Sơn La", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Đắk Lắk", "Hòa Bình", "Nam Định", "Cà Mau", "Kon Tum")


@pytest.mark.parametrize("target", RENAME_TO)
def test_another_province_in_the_same_place_gets_the_same_facts(target: str) -> None:
    """The first other province an article's gold names, renamed: its facts follow the name.

    Not the host's province (the site decides it), not one written after "TP." (that would
    make a city of the new name), not a target the article already names in any spelling.
    """
    from scrapers.extract.document import Document
    from scrapers.extract.gazetteer import province_from_url

    differing = []
    for c in _cases():
        host = province_from_url(c.url)
        sources = [f["province"] for f in c.gold if f.get("province") not in (None, host, target)
                   and f["province"] in c.text and not re.search(r"(?:TP\.?|[Tt]hành phố)\s*" + re.escape(f["province"]),
                                                                   c.text)]
        if c.table or not sources or target == host \
                or target in {p.name for p in Document(c.text, c.url, c.published).provinces}:
            continue
        source = sources[0]
        expected = {tuple(target if x == source else x for x in s) for s in _plain(c)}
        renamed = _slots(c.text.replace(source, target), c)
        if renamed != expected:
            differing.append((c.name, source, sorted(expected ^ renamed, key=repr)[:4]))
    assert differing == []


def _shift_years(text: str) -> str:
    return re.sub(r"(?<!\d)20(?:1[5-9]|2[0-7])(?!\d)", lambda m: str(int(m.group()) + 1), text)


def _shifted(slot: Slot) -> Slot:
    out: list[Any] = []
    for x in slot:
        if isinstance(x, int) and not isinstance(x, bool) and 2015 <= x <= 2027:
            out.append(x + 1)
        elif isinstance(x, str) and re.match(r"20\d\d", x):
            out.append(str(int(x[:4]) + 1) + x[4:])
        else:
            out.append(x)
    return tuple(out)


def test_every_year_a_year_later_shifts_every_fact_a_year() -> None:
    """No rule may know a particular year: every year in the text and the publication date one
    later, every fact's year and period one later too (ranks and counts are far below 2015)."""
    differing = []
    for c in _cases():
        published = c.published.replace(year=c.published.year + 1) if c.published else None
        expected = {_shifted(s) for s in _plain(c)}
        got = {s for f in extract_facts(_shift_years(c.text), c.url, published) for s in fact_slots(f)}
        if got != expected:
            differing.append((c.name, sorted(expected ^ got, key=repr)[:4]))
    assert differing == []


@pytest.mark.parametrize("dress", sorted(d for d in DRESSES if "PAR INDEX" not in d))  # it would rename "Bộ Chỉ số CCHC"
def test_the_seed_articles_keep_their_gold_in_every_dress(dress: str) -> None:
    from scrapers.extract.scoring import score
    from test_extract_seeds import META, SEEDS, _gold

    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip("the seeds live beside the project (../shared/seeds)")
    for name, gold in sorted(_gold().items()):
        url, published = META[name[:3]]
        text = DRESSES[dress]((SEEDS / name).read_text(encoding="utf-8"))
        result = score(gold, extract_facts(text, url, published))
        assert (result.fp, result.fn) == (0, 0), (name, result.false_positives, result.false_negatives)
