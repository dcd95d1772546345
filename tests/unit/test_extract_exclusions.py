"""Figures that are not a province's result: targets, national aggregates, ministries, DDCI."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit
URL = "https://www.namdinh.gov.vn/tin/5"
PUB = dt.date(2024, 4, 20)


@pytest.mark.parametrize("text", [
    "Năm 2024, tỉnh phấn đấu Chỉ số CCHC đạt 95%.",
    "Mục tiêu đến năm 2025, Chỉ số SIPAS của tỉnh đạt trên 90%.",
    "Chỉ số PCI của tỉnh phải đạt từ 70 điểm trở lên.",
    "Điểm trung bình Chỉ số CCHC của cả nước năm 2023 là 85,2 điểm.",
    "Năm 2023, PAR Index trung bình của các tỉnh đạt 86,1%.",
    "Điểm cao nhất của Chỉ số SIPAS 2023 là 87,5%, thấp nhất là 76,3%.",
    "Bộ Tài chính dẫn đầu PAR Index 2023 của các bộ với 92,4 điểm.",
    "Ngân hàng Nhà nước xếp thứ 1 về Chỉ số CCHC năm 2023 khối bộ, ngành.",
    "Kết quả DDCI năm 2023, Sở Xây dựng đạt 81,2 điểm, xếp thứ nhất.",
    "Chỉ số năng lực cạnh tranh cấp sở, ngành năm 2023: huyện Giao Thủy đứng thứ 2.",
    "Chỉ số CCHC năm 2023 của các sở, ban, ngành tỉnh đạt bình quân 88,4 điểm.",
    "Tỷ lệ hồ sơ được số hóa của các địa phương đạt 40,9%.",
    # satisfaction surveys that are not SIPAS
    "Năm 2023, Chỉ số hài lòng của người dân đối với dịch vụ y tế công của tỉnh đạt 82,1%.",
    "Chỉ số hài lòng của người bệnh nội trú tại Bệnh viện Đa khoa tỉnh đạt 95%.",
    "Năm 2023, chỉ số hài lòng của tổ chức, công dân đối với sự phục vụ của Trung tâm Phục vụ hành chính công "
    "tỉnh đạt 98,5%.",
    # figures of other kinds in a sentence that names an index
    "Tốc độ tăng trưởng GRDP năm 2023 của tỉnh đạt 7,2%, xếp thứ 15/63 tỉnh, thành phố.",
    "Năm 2023, huyện Ý Yên đạt 88,1 điểm Chỉ số CCHC, xếp thứ 2/10 huyện, thành phố của tỉnh.",
    "Chỉ số năng lực cạnh tranh du lịch năm 2023 của tỉnh đạt 75,2 điểm, xếp thứ 9.",
    "Chỉ số CCHC năm 2023 của UBND cấp xã: xã Hải Hậu đạt 90,5 điểm.",
    "Chỉ số chuyển đổi số cấp huyện năm 2023: huyện Giao Thủy đạt 0,65 điểm, xếp thứ nhất.",
])
def test_not_a_provinces_result(text: str) -> None:
    assert extract_facts(text, URL, PUB) == []


def test_named_province_with_the_highest_score_is_that_provinces_score() -> None:
    facts = extract_facts("Trong Chỉ số SIPAS 2023, điểm cao nhất thuộc về Quảng Ninh với 88,9%.", URL, PUB)
    assert [(f["province"], f["score"]) for f in facts] == [("Quảng Ninh", 88.9)]


def test_change_relative_to_the_national_average_is_not_a_score_change() -> None:
    facts = extract_facts("Chỉ số CCHC năm 2023 của tỉnh đạt 88 điểm, cao hơn 2,5 điểm so với trung bình cả nước.",
                          URL, PUB)
    assert [(f["score"], f["score_change"]) for f in facts] == [(88, None)]


def test_the_publisher_of_an_index_is_not_its_subject() -> None:
    facts = extract_facts("Theo kết quả do Bộ Nội vụ công bố, Chỉ số CCHC năm 2023 của tỉnh đạt 86,7 điểm.",
                          URL, PUB)
    assert [(f["province"], f["score"]) for f in facts] == [("Nam Định", 86.7)]


def test_restated_share_of_the_maximum_is_one_score() -> None:
    fact, = extract_facts("Chỉ số PAPI năm 2023 của tỉnh đạt 41,2/80 điểm, đạt 51,5%.", URL, PUB)
    assert fact["score"] == 41.2


def test_sipas_by_its_full_name_is_sipas() -> None:
    facts = extract_facts("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
                          "nước năm 2023 của tỉnh đạt 85,02%.", URL, PUB)
    assert [(f["index"], f["score"]) for f in facts] == [("SIPAS", 85.02)]
