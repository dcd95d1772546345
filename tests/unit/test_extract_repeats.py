"""Very large pages read each repeated sentence once (``scrapers/extract/repeats.py``)."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.repeats import LARGE_TEXT, MIN_REPEAT, repeated_spans
from scrapers.extract.textnorm import Text

pytestmark = pytest.mark.unit

URL, PUBLISHED = "https://sonoivu.hanam.gov.vn/tin/1", dt.date(2024, 3, 1)

# written for this test
BLOCK = (
    "Kết quả cải cách hành chính năm 2023 của tỉnh\n"
    "Năm 2023, Chỉ số CCHC của tỉnh đạt 86,41 điểm, xếp thứ 11/63 tỉnh, thành phố, tăng 4 bậc. "
    "Chỉ số SIPAS đạt 84,2%.\n"
    "Cụ thể:\n"
    "Trong năm 2023, tỉnh hoàn thành 41/44 nhiệm vụ cải cách hành chính theo kế hoạch; toàn tỉnh tiếp nhận 213.580 hồ sơ, "
    "đã giải quyết 209.114 hồ sơ.\n\n"
)


def _big(block: str, size: int = 2_000_000) -> str:
    return block * (size // len(block) + 1)


def test_ordinary_articles_are_read_whole() -> None:
    text = BLOCK * 3
    assert len(text) < LARGE_TEXT
    assert repeated_spans(text) == []
    assert Text(text).nfc == text


def test_a_page_of_one_block_repeated_states_the_blocks_facts() -> None:
    one = extract_facts(BLOCK, URL, PUBLISHED)
    assert {f["kind"] for f in one} == {"index_result", "task_progress", "dossier_stats"}
    assert extract_facts(_big(BLOCK), URL, PUBLISHED) == one


def test_a_new_sentence_after_the_repeats_is_still_read() -> None:
    tail = "Riêng Chỉ số PAPI năm 2023 của tỉnh đạt 43,18 điểm, xếp thứ 9/63.\n"
    facts = extract_facts(_big(BLOCK) + tail, URL, PUBLISHED)
    papi = [f for f in facts if f.get("index") == "PAPI"]
    assert [(f["score"], f["rank"], f["evidence"] in tail) for f in papi] == [(43.18, 9, True)]


def test_repeats_are_whole_long_sentences_and_short_ones_stay() -> None:
    text = _big(BLOCK, LARGE_TEXT + 1000)
    spans = repeated_spans(text)
    assert spans
    cut = {text[a:b] for a, b in spans}
    assert all(len(s) >= MIN_REPEAT for s in cut)
    assert "Cụ thể:" not in cut and "Chỉ số SIPAS đạt 84,2%." not in cut  # short: kept
    assert any(s.startswith("Năm 2023, Chỉ số CCHC") for s in cut)
    # the first copy is read whole: nothing is cut before the second one starts
    assert min(a for a, _ in spans) >= len(BLOCK)
    # paragraphs keep their numbers: the cut text has as many lines as the page
    assert Text(text).nfc.count("\n") == text.count("\n")


def test_evidence_comes_from_the_original_when_decomposed_text_repeats() -> None:
    """Both offset maps at once: NFD input (normalised) and repeats (cut)."""
    nfd = unicodedata.normalize("NFD", _big(BLOCK, LARGE_TEXT * 2))
    assert nfd != unicodedata.normalize("NFC", nfd)
    tail = unicodedata.normalize("NFD", "Chỉ số PCI năm 2023 của tỉnh đạt 68,02 điểm, xếp thứ 15/63.\n")
    text = nfd + tail
    facts = extract_facts(text, URL, PUBLISHED)
    assert facts
    for f in facts:
        assert f["evidence"] in text
    pci = [f for f in facts if f.get("index") == "PCI"]
    assert len(pci) == 1 and pci[0]["evidence"] in tail and text.index(pci[0]["evidence"]) >= len(nfd)
