"""Reporting periods and measured years."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract.periods import find_periods
from scrapers.extract.textnorm import fold

pytestmark = pytest.mark.unit
PUB = dt.date(2023, 8, 1)


def current(text: str) -> list[str | None]:
    return [p.period for p in find_periods(fold(text), published=PUB) if p.current]


@pytest.mark.parametrize("text, period", [
    ("trong 10 tháng đầu năm 2023", "2023-10M"), ("9 tháng năm 2022", "2022-09M"),
    ("6 tháng đầu năm", "2023-06H1"), ("sáu tháng đầu năm 2021", "2021-06H1"), ("nửa đầu năm 2022", "2022-06H1"),
    ("trong tháng 10 năm 2023", "2023-10"), ("tháng 3/2022", "2022-03"), ("quý III/2021", "2021-Q3"),
    ("trong quý 2 năm 2020", "2020-Q2"), ("năm 2022", "2022"), ("năm nay", "2023"),
    ("6tháng đầu năm 2023", "2023-06H1"),
    ("từ đầu năm đến nay", "2023"), ("từ đầu năm 2022 đến nay", "2022"),
    ("lũy kế từ đầu năm đến hết tháng 10/2023", "2023-10M"), ("tính đến hết tháng 5", "2023-05M"),
    ("từ đầu năm đến cuối tháng 6 năm 2022", "2022-06H1"),
])
def test_period_expressions(text: str, period: str) -> None:
    assert current(text) == [period]


@pytest.mark.parametrize("text", [
    "so với năm 2021", "kể từ năm 2005", "ngày 10 tháng 01 năm 2022", "ban hành ngày 10/7/2023",
    "so tháng 9 năm 2023", "tính đến giữa tháng 11", "giai đoạn 2021-2025", "02 tháng cuối năm",
])
def test_comparisons_history_and_dates_are_not_the_period(text: str) -> None:
    assert current(text) == []


def test_a_plans_year_is_not_the_reporting_period() -> None:
    assert current("theo Kế hoạch CCHC năm 2023") == []
    assert current("hồ sơ năm 2023") == ["2023"]  # "hồ sơ" is not the comparison "so"
