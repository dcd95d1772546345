"""Vietnamese publication dates."""
from __future__ import annotations

from datetime import date

import pytest

from scrapers.vndates import lead_date, page_year, parse_vn_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, expected", [
    ("Ngày 14/11/2023", date(2023, 11, 14)),
    ("03/07/2023 50 Đã xem", date(2023, 7, 3)),  # day first
    ("Cập nhật lúc 08:30 14/11/2023", date(2023, 11, 14)),
    ("Thứ ba, 14-11-2023 08:30", date(2023, 11, 14)),
    ("14.11.2023", date(2023, 11, 14)),
    ("ngày 10 tháng 01 năm 2022", date(2022, 1, 10)),
    ("2023-11-14T08:30:00+07:00", date(2023, 11, 14)),
    ("date 2023-08", date(2023, 8, 1)),  # month precision -> first of month
    ("31/02/2023", None),
    ("Lượt xem: 470", None),
    ("", None),
])
def test_parse_vn_date(text, expected):
    assert parse_vn_date(text) == expected


def test_day_month_without_year_takes_the_page_year():
    assert parse_vn_date("Chiều ngày 14/11", default_year=2023) == date(2023, 11, 14)
    assert parse_vn_date("Chiều ngày 14/11") is None
    assert parse_vn_date("ngày 14 tháng 11", default_year=2023) == date(2023, 11, 14)


def test_lead_date_only_reads_the_opening():
    assert lead_date("Chiều ngày 14/11, Thủ tướng Chính phủ ...", 2023) == date(2023, 11, 14)
    assert lead_date("Ngày 14/11/2023, đồng chí Phạm Minh Chính ...", None) == date(2023, 11, 14)
    assert lead_date("Sáng thứ Hai, ngày 03/7/2023, ...", None) == date(2023, 7, 3)
    assert lead_date("Qua các khẩu hiệu ... Nghị quyết ngày 10/7/2023", 2023) is None


def test_page_year_is_the_latest_non_future_year():
    assert page_year(["10 tháng đầu năm 2023", "so với năm 2022"], not_after=2024) == 2023
    assert page_year(["kế hoạch năm 2030"], not_after=2024) is None
