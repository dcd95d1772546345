"""Task progress versus other fractions."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit
URL = "https://www.angiang.gov.vn/tin/3"
PUB = dt.date(2023, 7, 5)


def tasks(text: str, url: str | None = URL) -> list[tuple]:
    return [(f["province"], f["period"], f["done"], f["total"])
            for f in extract_facts(text, url, PUB) if f["kind"] == "task_progress"]


def test_tasks_of_the_reform_plan_with_cumulative_period() -> None:
    text = "Trong 9 tháng đầu năm 2023, tỉnh đã hoàn thành 41/45 nhiệm vụ theo Kế hoạch CCHC."
    assert tasks(text) == [("An Giang", "2023-09M", 41, 45)]


def test_relative_half_year_uses_the_publication_year() -> None:
    text = "Trong 6 tháng đầu năm, công tác cải cách hành chính của tỉnh hoàn thành 18/30 nhiệm vụ."
    assert tasks(text) == [("An Giang", "2023-06H1", 18, 30)]


def test_year_attached_to_the_tasks_wins() -> None:
    text = "Đến cuối tháng 11, tỉnh đã thực hiện 27/29 nhiệm vụ CCHC năm 2022 đề ra."
    assert tasks(text) == [("An Giang", "2022", 27, 29)]


def test_period_from_an_earlier_sentence_of_the_paragraph() -> None:
    text = "Năm 2022, tỉnh tập trung cải cách hành chính. Kết quả, tỉnh hoàn thành 40/40 nhiệm vụ."
    assert tasks(text) == [("An Giang", "2022", 40, 40)]


@pytest.mark.parametrize("text", [
    "Ngành y tế có 150/150 cơ sở khám bệnh áp dụng thẻ căn cước trong cải cách hành chính.",
    "Đến nay có 20/20 bộ, cơ quan ngang bộ ban hành thông tư về cải cách hành chính.",
    "Bộ phận một cửa đã giải quyết 3.215/4.020 hồ sơ trong công tác CCHC.",
    "Tỉnh phấn đấu hoàn thành 45/45 nhiệm vụ cải cách hành chính năm 2024.",
    "Các bộ, ngành đã hoàn thành 120/134 nhiệm vụ cải cách hành chính.",
    "Đề án 06 đã hoàn thành 15/20 nhiệm vụ chuyển đổi số.",
])
def test_other_fractions_targets_and_national_tallies_are_not_task_progress(text: str) -> None:
    assert tasks(text) == []


def test_headline_restating_the_body_is_one_fact() -> None:
    text = "HOÀN THÀNH 25/28 NHIỆM VỤ CCHC\n\nNăm 2021, tỉnh đã hoàn thành 25/28 nhiệm vụ cải cách hành chính."
    assert tasks(text, None) == [(None, "2021", 25, 28)]
