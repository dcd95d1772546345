"""The cheap keyword prefilters find exactly what a full scan finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.extract.document import Document
from scrapers.extract.indices import INDEX_RE, find_indices
from scrapers.extract.textnorm import fold

pytestmark = pytest.mark.unit
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

TEXT = ("Năm 2023, Chỉ số CCHC của tỉnh đạt 88,25%. " + "x" * 450 + " PAPI 2023 đạt 42,6 điểm; DDCI của sở. "
        "Xếp hạng mức độ ứng dụng CNTT, phát triển chính quyền điện tử năm 2018.\n"
        "Tỉnh hoàn thành 45/48 nhiệm vụ CCHC. Toàn tỉnh tiếp nhận 1.234 hồ sơ. Chi so hai long SIPAS.")


def _texts() -> list[str]:
    out = [TEXT, TEXT * 5]
    if SEEDS.exists():
        out += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return out


@pytest.mark.parametrize("text", _texts())
def test_windowed_index_scan_equals_a_full_scan(text: str) -> None:
    folded = fold(text)
    full = [(m.start(), m.end()) for m in INDEX_RE.finditer(folded)]
    windowed = find_indices(folded)
    covered = {(m.start, m.end) for m in windowed}
    # restatements merge into one mention; every full-scan match still starts a mention or sits inside one
    # (a ministries' name "PAR INDEX của các bộ, các tỉnh" is cut back to the PAR Index it also is)
    starts = {m.start for m in windowed}
    for a, b in full:
        assert (a, b) in covered or a in starts or any(m.start <= a and b <= m.end for m in windowed)


@pytest.mark.parametrize("text", _texts())
def test_sentences_with_matches_a_substring_test(text: str) -> None:
    doc = Document(text)
    kws = ("ho so", "nhiem vu", "hs")
    want = [i for i, s in enumerate(doc.sentences) if any(k in doc.folded[s.start:s.end] for k in kws)]
    assert doc.sentences_with(*kws) == want
