"""No catastrophic backtracking: a 2 MB article must simply finish."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit


def _article(size: int) -> str:
    parts = [
        "Năm 2023, Chỉ số CCHC của tỉnh đạt 85,12 điểm, xếp hạng 12/63 tỉnh, thành phố; tăng 3 bậc so với năm 2022 "
        "(83,10 điểm, hạng 15). ",
        "Toàn tỉnh tiếp nhận 123.456 hồ sơ, giải quyết 120.001 hồ sơ (trước hạn 60,1%; đúng hạn 39,2%). ",
        "1 | Hà Nam | 0,6611 | 1\n",
        "Trong 10 tháng đầu năm 2023, tỉnh hoàn thành 30/35 nhiệm vụ cải cách hành chính. ",
        "1.2.3.4.5.6.7.8.9 " * 20 + "\n",
        "(((((((((( xếp hạng xếp hạng xếp hạng " + "9" * 300 + " ,,,,,, ;;;;; ",
        "Quảng Ninh, Hải Phòng, Hà Nội, Bắc Giang, " * 10 + "tiếp đó là " + "Hà Nội và " * 30 + "\n",
        "a" * 5000 + " " + "tăng " * 500 + "\n",
    ]
    out, n = [], 0
    while n < size:
        for p in parts:
            out.append(p)
            n += len(p)
    return "".join(out)


@pytest.mark.timeout(20)
def test_two_megabyte_article_completes() -> None:
    """Finishes (the timeout is the backtracking guard; speed is figure 2b of ``make bench``)
    and states what three copies of its block state: the repeats add nothing and lose nothing."""
    text = _article(2_000_000)
    facts = extract_facts(text, "https://hanam.gov.vn/x", dt.date(2024, 1, 1))
    assert facts == extract_facts(_article(1) * 3, "https://hanam.gov.vn/x", dt.date(2024, 1, 1))
    assert {f["kind"] for f in facts} == {"index_result", "task_progress", "dossier_stats"}
