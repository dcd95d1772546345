"""Performance rewrites must not change what the text helpers return."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from scrapers.extract import sentences, textnorm
from scrapers.extract.sentences import split_sentences
from scrapers.extract.textnorm import _fold_char, fold

pytestmark = pytest.mark.unit

SAMPLES = [
    "Chỉ số CCHC của tỉnh Đắk Lắk năm 2023 đạt 85,12 điểm\u00a0xếp hạng 12/63 – tăng 3 bậc.",
    "ĐẠI HỌC Huế\u2009\u202f\u200b\u3000\tİstanbul ß ﬁ 😀 𝐀 x\u0301",
    "",
    "   \n\n  Câu một.  Câu hai!\n\t Câu ba? \u3000\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_fold_matches_per_character_fold(text: str) -> None:
    assert fold(text) == "".join(_fold_char(ch) for ch in text)
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", SAMPLES)
def test_sentences_are_trimmed_of_spaces(text: str) -> None:
    for s in split_sentences(text):
        assert s.end > s.start
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()


def test_long_texts_fold_through_the_array_like_short_ones() -> None:
    """Pages past the array threshold fold with numpy; the result must not depend on it.

    The second text brings capitals whose code points lie *below* characters the
    table already holds ("Ạ" before "ạ"), which changes table entries without
    growing it: the array copy has to follow.
    """
    lower = ("chỉ số cải cách hành chính đạt 85,12 điểm – xếp hạng 12/63. " * 9000)
    # "Ṩ", "Ǻ": letters no other test folds, so they are new to the table here
    upper = "😀 " + lower.upper() + "\u00a0ĐẮK LẮK Ṩ Ǻ x\u0301"
    for text in (lower, upper):
        assert len(text) >= textnorm._ARRAY_FROM
        assert fold(text) == "".join(_fold_char(ch) for ch in text)


@pytest.mark.parametrize("text", SAMPLES)
def test_sentence_ends_match_the_plain_pattern(text: str) -> None:
    """``_END`` starts with a character class for speed; it must match what the plain form matches."""
    plain = re.compile(r"[.!?…]+[\"”')]*(?=\s+[\"“'(\-–•*]?[A-ZĐÀ-Ỹ0-9])|\n+")
    for t in (text, text * 3, "Tăng 3 bậc.\n\nNăm 2023... \"Tỉnh\" (Huế)! 12. ab.c \n\n\n"):
        assert [m.span() for m in sentences._END.finditer(t)] == [m.span() for m in plain.finditer(t)]


_WRAP_ALPHABET = ["a", "b", "A", "é", "đ", "1", "5%", " 3 x", ",", "(", ".", " ", "  ", "\n", "\r", "\r\n", "  \n"]


@given(st.lists(st.sampled_from(_WRAP_ALPHABET), max_size=40).map("".join))
def test_wrapped_line_scan_finds_what_the_pattern_finds(text: str) -> None:
    """``_wraps`` tries ``_WRAP`` only at line breaks: it must find every match a full scan finds."""
    assert [m.span() for m in textnorm._wraps(text)] == [m.span() for m in textnorm._WRAP.finditer(text)]
