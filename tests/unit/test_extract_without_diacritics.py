"""An article typed without diacritics states the same facts as the same article with them.

Every rule matches a folded (diacritic-free) copy of the text, so this should hold by
construction; what can break it is the few places that read the original text (sentence
ends before a capital, an interview's speaker label, a province's capitalised name). The
blind rounds J–P are the corpus: 143 articles and tables written by other authors.
"""
from __future__ import annotations

import importlib
import unicodedata
from typing import Any

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.scoring import Slot, fact_slots

pytestmark = pytest.mark.unit

ROUNDS = "jklmnop"


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


def test_the_stripping_is_what_a_plain_keyboard_types() -> None:
    assert strip_diacritics("Chỉ số CCHC của Đắk Lắk đạt 85,12%") == "Chi so CCHC cua Dak Lak dat 85,12%"


def test_every_blind_round_reads_the_same_without_diacritics() -> None:
    cases = _cases()
    assert len(cases) > 100
    differing = [(c.name, sorted(_slots(c.text, c) ^ _slots(strip_diacritics(c.text), c), key=repr)[:4])
                 for c in cases if _slots(c.text, c) != _slots(strip_diacritics(c.text), c)]
    assert differing == []
