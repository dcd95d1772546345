"""Dossier statistics."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit
URL = "https://camau.gov.vn/tin/4"
PUB = dt.date(2024, 1, 20)


def dossiers(text: str) -> list[dict]:
    return [f for f in extract_facts(text, URL, PUB) if f["kind"] == "dossier_stats"]


def test_received_resolved_and_shares() -> None:
    fact, = dossiers("Năm 2023, toàn tỉnh tiếp nhận 512.334 hồ sơ TTHC, đã giải quyết 498.120 hồ sơ; "
                     "trong đó trước hạn 61,2%, đúng hạn 37,9%, trễ hạn 0,9%.")
    assert (fact["province"], fact["period"], fact["scope"]) == ("Cà Mau", "2023", "toàn tỉnh")
    assert (fact["received"], fact["resolved"], fact["early_pct"], fact["on_time_pct"], fact["late_pct"]) == \
        (512334, 498120, 61.2, 37.9, 0.9)


def test_online_dossiers_with_share() -> None:
    fact, = dossiers("Số hồ sơ nộp trực tuyến trong quý III/2023 là 8.120/20.300 hồ sơ, chiếm 40 %.")
    assert (fact["period"], fact["online"], fact["online_total"], fact["online_pct"]) == ("2023-Q3", 8120, 20300, 40)


def test_scaled_counts() -> None:
    fact, = dossiers("Năm 2023, các cơ quan trong tỉnh tiếp nhận 1,2 triệu hồ sơ thủ tục hành chính.")
    assert fact["received"] == 1_200_000


@pytest.mark.parametrize("text", [
    "Hiện còn đang giải quyết 2.310 hồ sơ thủ tục hành chính.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt 99,1%.",
    "Tỉnh đã thu nhận 450.000 hồ sơ cấp căn cước công dân.",
    "Tỉnh phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
    "Tỷ lệ hồ sơ của các bộ, ngành giải quyết đúng hạn đạt 95,3%.",
    "Tỷ lệ giải quyết hồ sơ đến hạn đúng hạn đạt 97,5%.",
])
def test_not_dossier_results(text: str) -> None:
    assert dossiers(text) == []
