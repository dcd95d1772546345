"""Ranking tables written as text."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit
PUB = dt.date(2024, 5, 2)


def rows(text: str) -> list[tuple]:
    return [(f["province"], f["index"], f["year"], f["rank"], f["score"]) for f in extract_facts(text, None, PUB)]


def test_pipe_table_with_header_and_a_shared_rank() -> None:
    text = ("Bảng xếp hạng Chỉ số DTI năm 2023:\n"
            "STT | Tỉnh/thành phố | Điểm | Xếp hạng\n"
            "1 | Bình Định | 0,6611 | 1\n2 | Cần Thơ | 0,6534 | 2\n3 | Lào Cai | 0,6502 | 3\n"
            "4 | Tây Ninh | 0,6502 | 3\n")
    assert rows(text) == [("Bình Định", "DTI", 2023, 1, 0.6611), ("Cần Thơ", "DTI", 2023, 2, 0.6534),
                          ("Lào Cai", "DTI", 2023, 3, 0.6502), ("Tây Ninh", "DTI", 2023, 3, 0.6502)]


def test_numbered_lines_without_header() -> None:
    text = ("Top địa phương có PCI 2023 cao nhất:\n"
            "1. Hải Dương: 71,20 điểm\n2. Bình Dương: 70,85 điểm\n3. Đồng Tháp: 70,11 điểm\n")
    assert rows(text) == [("Hải Dương", "PCI", 2023, 1, 71.2), ("Bình Dương", "PCI", 2023, 2, 70.85),
                          ("Đồng Tháp", "PCI", 2023, 3, 70.11)]


def test_one_cell_per_line() -> None:
    text = "Kết quả PAR Index 2023\n1\nPhú Thọ\n89,05\n2\nYên Bái\n88,40\n3\nLạng Sơn\n88,02\n"
    assert rows(text) == [("Phú Thọ", "PAR_INDEX", 2023, 1, 89.05), ("Yên Bái", "PAR_INDEX", 2023, 2, 88.4),
                          ("Lạng Sơn", "PAR_INDEX", 2023, 3, 88.02)]


def test_row_without_rank_sharing_the_previous_score_shares_its_rank() -> None:
    text = ("Chỉ số SIPAS năm 2023\nHạng | Tỉnh | Điểm\n"
            "5 | Hưng Yên | 84,10\n  | Nam Định | 84,10\n7 | Hà Nam | 83,90\n")
    assert rows(text) == [("Hưng Yên", "SIPAS", 2023, 5, 84.1), ("Nam Định", "SIPAS", 2023, 5, 84.1),
                          ("Hà Nam", "SIPAS", 2023, 7, 83.9)]


def test_header_years_mark_previous_ranks() -> None:
    text = ("Chỉ số CCHC của một số tỉnh:\nTỉnh | Điểm 2023 | Hạng 2023 | Hạng 2022\n"
            "Sóc Trăng | 84,5 | 31 | 40\nBạc Liêu | 83,2 | 42 | 39\nHậu Giang | 86,0 | 20 | 22\n")
    facts = extract_facts(text, None, PUB)
    assert [(f["province"], f["year"], f["score"], f["rank"], f["prev_rank"]) for f in facts] == [
        ("Sóc Trăng", 2023, 84.5, 31, 40), ("Bạc Liêu", 2023, 83.2, 42, 39), ("Hậu Giang", 2023, 86.0, 20, 22)]


def test_a_list_without_an_index_or_numbers_is_not_a_table() -> None:
    assert rows("Các tỉnh tham dự:\nHà Nam\nNam Định\nNinh Bình\n") == []
    assert rows("Dân số năm 2023:\n1 | Hà Nam | 0,87\n2 | Nam Định | 1,88\n3 | Ninh Bình | 1,01\n") == []
