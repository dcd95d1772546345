"""Columns of official ranking tables are recognised by header meaning, not position."""
from __future__ import annotations

import pytest

from scrapers.official.columns import classify, map_columns, normalize_index_code
from scrapers.official.tables import MalformedTableError

pytestmark = pytest.mark.unit


def _kind(levels, index="PAR_INDEX", year=2022):
    role = classify(0, tuple(levels), index, year)
    return role.kind, role.component


@pytest.mark.parametrize("header", ["Xếp hạng", "Thứ hạng", "Hạng", "XẾP HẠNG", "Xep hang", "Thu hang"])
def test_rank_headers_with_or_without_diacritics(header):
    assert _kind([header]) == ("rank", None)


@pytest.mark.parametrize("header", ["STT", "TT", "Số TT", "Số thứ tự", "stt"])
def test_stt_is_a_row_number_not_a_rank(header):
    assert _kind([header])[0] == "stt"


@pytest.mark.parametrize("header", ["Tỉnh/thành phố", "Địa phương", "Tỉnh, TP", "Tinh/thanh pho", "Tỉnh, thành phố",
                                    "Đơn vị", "TỈNH/THÀNH PHỐ"])
def test_province_headers(header):
    assert _kind([header]) == ("province", None)


@pytest.mark.parametrize("header", ["Điểm", "Tổng điểm", "Điểm tổng hợp", "PAR Index", "Chỉ số", "Chỉ số CCHC",
                                    "Tong diem", "Tổng"])
def test_composite_score_headers(header):
    assert _kind([header]) == ("score", None)


def test_component_columns_by_name_and_level():
    assert _kind(["Điểm các lĩnh vực", "Cải cách thể chế"]) == ("score", "Cải cách thể chế")
    assert _kind(["Cai cach thu tuc hanh chinh"]) == ("score", "Cải cách thủ tục hành chính")
    assert _kind(["Chỉ số DTI", "Chính quyền số"], "DTI") == ("score", "Chính quyền số")
    assert _kind(["Chỉ số DTI", "Tổng"], "DTI") == ("score", None)
    assert _kind(["Quản trị điện tử", "Xếp hạng"], "PAPI") == ("rank", "Quản trị điện tử")
    assert _kind(["Kiểm soát tham nhũng trong khu vực công"], "PAPI") == ("score", "Kiểm soát tham nhũng trong khu vực công")


def test_other_years_changes_and_groups_are_ignored():
    assert _kind(["Xếp hạng 2021"], year=2022)[0] == "other"
    assert _kind(["Xếp hạng năm 2022"], year=2022)[0] == "rank"
    assert _kind(["Tăng/giảm hạng"])[0] == "other"
    assert _kind(["So với năm 2021"])[0] == "other"
    assert _kind(["Xếp loại"])[0] == "other"
    assert _kind(["Nhóm"])[0] == "other"


def test_reordered_columns_map_to_the_same_meaning():
    a = map_columns([("STT",), ("Tỉnh/thành phố",), ("Tổng điểm",), ("Xếp hạng",)], "PAR_INDEX", 2022)
    b = map_columns([("Xếp hạng",), ("Tổng điểm",), ("Địa phương",), ("STT",)], "PAR_INDEX", 2022)
    assert (a.province, a.scores[None], a.ranks[None]) == (1, 2, 3)
    assert (b.province, b.scores[None], b.ranks[None]) == (2, 1, 0)


def test_total_wins_over_a_plain_score_column():
    cmap = map_columns([("Tỉnh",), ("Điểm thẩm định",), ("Tổng điểm",)], "PAR_INDEX", 2022)
    assert cmap.scores[None] == 2


def test_no_province_column_is_malformed():
    with pytest.raises(MalformedTableError, match="no province column"):
        map_columns([("Xếp hạng",), ("Tổng điểm",)], "PAR_INDEX", 2022)


def test_no_score_or_rank_column_is_malformed():
    with pytest.raises(MalformedTableError, match="no score or rank column"):
        map_columns([("STT",), ("Tỉnh/thành phố",), ("Ghi chú",)], "PAR_INDEX", 2022)


def test_ambiguous_rank_columns_are_malformed():
    with pytest.raises(MalformedTableError, match="ambiguous"):
        map_columns([("Tỉnh",), ("Xếp hạng",), ("Thứ hạng",)], "PAR_INDEX", 2022)


@pytest.mark.parametrize("raw,code", [("par", "PAR_INDEX"), ("PAR Index", "PAR_INDEX"), ("dti", "DTI"),
                                      ("ict", "ICT_INDEX"), ("PAPI", "PAPI")])
def test_index_codes_normalised(raw, code):
    assert normalize_index_code(raw) == code


def test_unknown_index_code_rejected():
    with pytest.raises(ValueError, match="unknown index code"):
        normalize_index_code("GDP")
