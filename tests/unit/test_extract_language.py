"""Which sentences the English rules read: English ones, and no Vietnamese one (even typed plain)."""
from __future__ import annotations

import pytest

from scrapers.extract.language import is_english
from scrapers.extract.textnorm import fold

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", [
    "Nghe An's PAR Index for 2022 reached 86.75%, ranking 16th out of 63 provinces and cities.",
    "The national average PAR Index score was 84.10%.",
    "Agencies received 412,560 dossiers (hồ sơ TTHC), of which 305,294 were submitted online.",
])
def test_english_sentences_are_english(text: str) -> None:
    assert is_english(text, fold(text))


@pytest.mark.parametrize("text", [
    "Chỉ số CCHC năm 2023 của tỉnh đạt 87,36%, xếp thứ 24/63 tỉnh, thành phố, tăng 3 bậc so với năm 2022.",
    # typed without diacritics: "the", "to", "in" are Vietnamese syllables too, so two are not enough
    "Cai cach the che, to chuc bo may va in an tai lieu cua tinh dat 9,1 diem.",
    "Nam 2023, Chi so CCHC cua tinh dat 87,36%, xep thu 24/63 tinh, thanh pho.",
    "PAR Index 2023: 87,36%",
])
def test_vietnamese_sentences_are_not(text: str) -> None:
    assert not is_english(text, fold(text))
