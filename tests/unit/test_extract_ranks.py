"""Ranks, leaders, enumerations, rank and score changes, previous values."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit
URL = "https://www.vinhlong.gov.vn/tin/2"
PUB = dt.date(2024, 4, 20)


def one(sentence: str) -> dict:
    facts = extract_facts(sentence, URL, PUB)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize("sentence, rank, rank_of", [
    ("Chỉ số CCHC năm 2023 của tỉnh xếp hạng 8/63 tỉnh, thành phố.", 8, 63),
    ("Năm 2023, PAR Index của tỉnh đứng thứ 14 cả nước.", 14, None),
    ("Về Chỉ số PCI 2023, tỉnh xếp thứ 5 toàn quốc.", 5, None),
    ("Chỉ số SIPAS năm 2023 của tỉnh giữ vững vị trí thứ 3.", 3, None),
    ("Chỉ số PAPI năm 2023 của tỉnh đứng hạng 27/63.", 27, 63),
    ("PCI năm 2023 của tỉnh xếp hạng 19 trên 63 tỉnh, thành phố.", 19, 63),
    ("Chi so DTI nam 2023 cua tinh xep thu 6/63.", 6, 63),
    ("Chỉ số SIPAS năm 2023 của tỉnh đứng thứ hai toàn quốc.", 2, None),
    ("Năm 2023, Chỉ số PCI của tỉnh xếp thứ 5 khu vực miền Trung và thứ 20 cả nước.", 20, None),
    ("Năm 2023, Chỉ số PCI của tỉnh xếp thứ 20 cả nước và đứng thứ 5 khu vực miền Trung.", 20, None),
])
def test_rank_phrasings(sentence: str, rank: int, rank_of: int | None) -> None:
    fact = one(sentence)
    assert (fact["rank"], fact["rank_of"]) == (rank, rank_of)


def test_score_and_rank_in_one_clause() -> None:
    fact = one("Chỉ số CCHC năm 2023 của tỉnh đạt 85,12 điểm, đứng thứ 10/63.")
    assert (fact["score"], fact["rank"], fact["rank_of"], fact["year"]) == (85.12, 10, 63, 2023)


@pytest.mark.parametrize("sentence, change", [
    ("PAR Index 2023 của tỉnh xếp thứ 20, tăng 14 bậc so với năm 2022.", 14),
    ("PAR Index 2023 của tỉnh xếp thứ 20, giảm 01 bậc so với năm 2022.", -1),
    ("PAR Index 2023 của tỉnh xếp thứ 20, tụt 4 bậc.", -4),
    ("PAR Index 2023 của tỉnh xếp thứ 20, tăng 3 hạng.", 3),
])
def test_rank_changes_are_signed(sentence: str, change: int) -> None:
    assert one(sentence)["rank_change"] == change


def test_score_change_is_signed_and_not_a_score() -> None:
    fact = one("Chỉ số SIPAS năm 2023 của tỉnh đạt 83,4%, giảm 1,25 điểm so với năm 2022.")
    assert (fact["score"], fact["score_change"]) == (83.4, -1.25)
    fact = one("Chỉ số PAPI năm 2023 của tỉnh tăng 2,15 điểm so với năm trước.")
    assert (fact["score"], fact["score_change"]) == (None, 2.15)


def test_previous_values_in_parentheses_after_a_comparison() -> None:
    fact = one("Chỉ số CCHC năm 2023 của tỉnh đạt 86,3 điểm, xếp thứ 11, tăng 6 bậc so với năm 2022 "
               "(84,9 điểm, xếp thứ 17).")
    assert (fact["score"], fact["rank"], fact["prev_score"], fact["prev_rank"], fact["rank_change"]) == \
        (86.3, 11, 84.9, 17, 6)


def test_previous_year_named_inside_parentheses() -> None:
    fact = one("Chỉ số PCI năm 2023 của tỉnh xếp thứ 12 (năm 2022: xếp thứ 18).")
    assert (fact["rank"], fact["prev_rank"]) == (12, 18)


def test_parenthesised_changes_are_not_previous_values() -> None:
    fact = one("Chỉ số PAPI năm 2023 của tỉnh đạt 42,8 điểm, xếp thứ 30 (tăng 0,9 điểm, tăng 5 bậc).")
    assert (fact["prev_score"], fact["score_change"], fact["rank_change"]) == (None, 0.9, 5)


def test_from_to_ranks() -> None:
    fact = one("Chỉ số DTI năm 2023 của tỉnh tăng từ hạng 35 lên hạng 21.")
    assert (fact["rank"], fact["prev_rank"]) == (21, 35)


def test_leader_and_following_enumeration() -> None:
    text = ("Chỉ số CCHC năm 2023 của tỉnh xếp hạng 30/63. "
            "Thái Bình dẫn đầu về PAR Index với 91,3 điểm; tiếp đó là Bắc Ninh, Hà Giang và Ninh Bình.")
    facts = {f["province"]: f for f in extract_facts(text, URL, PUB)}
    assert facts["Thái Bình"]["rank"] == 1 and facts["Thái Bình"]["score"] == 91.3
    assert [facts[p]["rank"] for p in ("Bắc Ninh", "Hà Giang", "Ninh Bình")] == [2, 3, 4]
    assert facts["Bắc Ninh"]["rank_of"] == 63


@pytest.mark.parametrize("sentence", [
    "Tỉnh là một trong 10 địa phương dẫn đầu về Chỉ số DTI năm 2023.",
    "Chỉ số CCHC năm 2023 của tỉnh dẫn đầu khu vực Tây Nguyên.",
    "Về PAR Index 2023, tỉnh xếp thứ 2 trong khu vực Đồng bằng sông Cửu Long.",
    "Chỉ số PCI năm 2023 của tỉnh đứng thứ 3/13 tỉnh vùng Đồng bằng sông Cửu Long.",
    "Người đứng đầu cơ quan phải chịu trách nhiệm về Chỉ số CCHC năm 2023.",
])
def test_group_and_regional_ranks_are_not_national_ranks(sentence: str) -> None:
    assert extract_facts(sentence, URL, PUB) == []


def test_regional_leader_enumeration_is_dropped_but_national_rank_kept() -> None:
    text = ("Chỉ số DTI năm 2023 của tỉnh xếp hạng 15 cả nước và dẫn đầu khu vực Tây Nguyên; "
            "tiếp đó là Gia Lai và Kon Tum.")
    facts = extract_facts(text, URL, PUB)
    assert [(f["province"], f["rank"]) for f in facts] == [("Vĩnh Long", 15)]


def test_several_years_in_one_sentence_get_their_own_year() -> None:
    facts = extract_facts("Năm 2021, Chỉ số PCI của tỉnh xếp thứ 20; năm 2022 xếp thứ 15 và năm 2023 xếp thứ 9.",
                          URL, PUB)
    assert sorted((f["year"], f["rank"]) for f in facts) == [(2021, 20), (2022, 15), (2023, 9)]


def test_history_years_are_not_the_measured_year() -> None:
    fact = one("Kể từ năm 2012, năm thứ 11 liên tiếp tỉnh công bố; PAR Index 2022 của tỉnh xếp thứ 7.")
    assert fact["year"] == 2022


def test_year_defaults_to_the_one_before_publication() -> None:
    assert one("Chỉ số CCHC của tỉnh đạt 88,1 điểm.")["year"] == 2023


def test_an_award_class_is_not_a_rank() -> None:
    facts = extract_facts("Năm 2023, tỉnh nhận Huân chương Lao động hạng Ba; Chỉ số PCI năm 2023 của tỉnh đạt "
                          "65,1 điểm.", URL, PUB)
    assert [(f["score"], f["rank"]) for f in facts] == [(65.1, None)]
