"""Performance rewrites must not change what the text helpers return."""
from __future__ import annotations

import pytest

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
