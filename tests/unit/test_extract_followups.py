"""Constructions blind round J taught the extractor, one sentence pair each.

Every text here was written for this file (none is from a published article or from
round J); each test says what must be read and what must not.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from scrapers.extract import extract_facts

pytestmark = pytest.mark.unit

PORTAL = "https://sonoivu.ninhthuan.gov.vn/tin/1"
PUBLISHED = dt.date(2024, 5, 2)


def _facts(text: str, url: str | None = PORTAL, published: dt.date = PUBLISHED) -> list[dict[str, Any]]:
    return extract_facts(text, url, published)


def _slots(facts: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return sorted((tuple(f.get(k) for k in keys) for f in facts), key=repr)


def test_a_sentence_without_a_figure_does_not_end_the_index_run() -> None:
    text = ("Hội nghị công bố Chỉ số PAPI năm 2023 được tổ chức tại Hà Nội.\n"
            "Báo cáo tổng hợp ý kiến của hơn mười bốn nghìn người dân.\n"
            "Theo kết quả, Ninh Thuận đạt 42,31 điểm, xếp thứ 17/63, tăng 5 bậc.")
    assert _slots(_facts(text), "province", "index", "year", "score", "rank", "rank_change") == [
        ("Ninh Thuận", "PAPI", 2023, 42.31, 17, 5)]


def test_a_province_led_sentence_about_something_else_does_not_go_on() -> None:
    text = ("Chỉ số DTI năm 2023 của tỉnh xếp thứ 21/63.\n"
            "Các nền tảng dùng chung tiếp tục được hoàn thiện.\n"
            "Ninh Thuận đã đưa 1.120 thủ tục lên Cổng dịch vụ công, đứng thứ 12/63 tỉnh, thành phố.")
    assert _slots(_facts(text), "index", "rank") == [("DTI", 21)]


def test_the_rank_first_then_its_province() -> None:
    text = ("Chỉ số SIPAS năm 2023 của các địa phương được công bố sáng nay.\n"
            "Ninh Thuận dẫn đầu với 89,02%. Xếp ở vị trí thứ 2 là Bình Thuận với 88,4%.")
    assert _slots(_facts(text, "https://moha.gov.vn/x"), "province", "rank", "score") == [
        ("Bình Thuận", 2, 88.4), ("Ninh Thuận", 1, 89.02)]


def test_a_count_of_times_in_the_lead_is_not_a_rank() -> None:
    text = "Kể từ khi có Chỉ số PCI, Ninh Thuận đã 4 lần đứng đầu khu vực và nhiều lần đứng đầu cả nước."
    assert _facts(text) == []


def test_shares_of_bodies_and_plans_are_not_scores() -> None:
    text = ("Năm 2024, tỉnh phấn đấu Chỉ số CCHC tăng ít nhất 3 bậc; 100% cơ quan công khai quy trình nội bộ.\n"
            "Chỉ số CCHC năm 2023 của tỉnh đạt 86,2%; tỷ lệ giải ngân chưa đạt 90% kế hoạch.")
    assert _slots(_facts(text), "index", "year", "score") == [("PAR_INDEX", 2023, 86.2)]


def test_a_headline_names_the_province_of_a_national_paper() -> None:
    text = ("Ninh Thuận tăng 9 bậc Chỉ số hài lòng\n"
            "Theo Bộ Nội vụ, Chỉ số SIPAS năm 2023 của tỉnh đạt 84,6%, xếp thứ 22/63.")
    facts = _facts(text, "https://vnexpress.net/x")
    assert _slots(facts, "province", "index", "score", "rank") == [("Ninh Thuận", "SIPAS", 84.6, 22)]


def test_a_headline_with_two_provinces_names_none() -> None:
    text = ("Ninh Thuận và Bình Thuận cải thiện Chỉ số hài lòng\n"
            "Chỉ số SIPAS năm 2023 của tỉnh đạt 84,6%, xếp thứ 22/63.")
    assert _facts(text, "https://vnexpress.net/x") == []


def test_a_total_stated_before_the_tasks_done() -> None:
    text = ("Kế hoạch CCHC năm 2024 của tỉnh có tổng số 48 nhiệm vụ; đến hết quý I đã hoàn thành 11 nhiệm vụ, "
            "còn lại đang thực hiện.")
    assert _slots(_facts(text), "kind", "done", "total") == [("task_progress", 11, 48)]


def test_tasks_assigned_on_a_tracking_system_are_not_the_plans() -> None:
    text = ("Về Kế hoạch CCHC năm 2024, tỉnh đã hoàn thành 20/31 nhiệm vụ. Với nhiệm vụ được Chủ tịch UBND tỉnh "
            "giao trên Hệ thống theo dõi nhiệm vụ, các sở đã hoàn thành 204/219 nhiệm vụ.")
    assert _slots(_facts(text), "done", "total") == [(20, 31)]


@pytest.mark.parametrize("day, period", [(31, "2024-10M"), (20, "2024-10M"), (5, "2024-09M")])
def test_from_the_start_of_the_year_to_a_date(day: int, period: str) -> None:
    text = f"Từ đầu năm đến ngày {day}/10/2024, toàn tỉnh tiếp nhận 41.250 hồ sơ, đã giải quyết 40.800 hồ sơ."
    assert _slots(_facts(text, published=dt.date(2024, 11, 8)), "period", "received", "resolved") == [
        (period, 41250, 40800)]


def test_a_share_after_only() -> None:
    text = "Năm 2023, tỉnh giải quyết 98.410 hồ sơ; tỷ lệ hồ sơ quá hạn chỉ chiếm 0,41 %."
    assert _slots(_facts(text), "resolved", "late_pct") == [(98410, 0.41)]


def test_online_dossiers_as_a_fraction_after_la() -> None:
    text = "Trong tháng 3/2024, số hồ sơ nộp trực tuyến là 8.120/11.600 hồ sơ, chiếm 70%."
    assert _slots(_facts(text), "period", "online", "online_total", "online_pct") == [("2024-03", 8120, 11600, 70)]


def test_a_compared_provinces_own_figure_in_parentheses() -> None:
    text = ("Chỉ số CCHC năm 2023 của tỉnh xếp thứ 30/63. So với các tỉnh lân cận, tỉnh đứng sau Khánh Hòa (xếp thứ 12) "
            "và Bình Thuận (xếp thứ 25).")
    assert _slots(_facts(text), "province", "rank") == [("Bình Thuận", 25), ("Khánh Hòa", 12), ("Ninh Thuận", 30)]


def test_ranks_listed_respectively_with_their_scores() -> None:
    text = ("Chỉ số PGI năm 2023: Ninh Thuận dẫn đầu với 24,1 điểm; Bình Thuận và Lâm Đồng lần lượt đứng thứ hai, "
            "thứ ba với 23,5 và 22,9 điểm.")
    assert _slots(_facts(text, "https://vcci.com.vn/x"), "province", "rank", "score") == [
        ("Bình Thuận", 2, 23.5), ("Lâm Đồng", 3, 22.9), ("Ninh Thuận", 1, 24.1)]


def test_one_provinces_indices_over_the_years_as_a_table() -> None:
    text = ("Kết quả một số chỉ số của tỉnh Ninh Thuận\n"
            "Chỉ số\tNăm 2022\tNăm 2023\n"
            "Chỉ số CCHC\t35/63\t30/63\n"
            "Chỉ số PAPI\t-\t17/63\n")
    assert _slots(_facts(text), "province", "index", "year", "rank", "rank_of") == [
        ("Ninh Thuận", "PAPI", 2023, 17, 63), ("Ninh Thuận", "PAR_INDEX", 2022, 35, 63),
        ("Ninh Thuận", "PAR_INDEX", 2023, 30, 63)]


def test_a_ranking_table_with_component_columns() -> None:
    text = ("Chỉ số DTI năm 2023\n"
            "Hạng | Tỉnh | Điểm | Chính quyền số | Kinh tế số | Xã hội số\n"
            "1 | Ninh Thuận | 0,7001 | 0,7712 | 0,6100 | 0,7004\n"
            "2 | Bình Thuận | 0,6800 | 0,7300 | 0,6005 | 0,6911\n"
            "3 | Lâm Đồng | 0,6500 | 0,7000 | 0,5900 | 0,6600\n")
    facts = _facts(text, "https://dti.gov.vn/x")
    assert ("Ninh Thuận", None, 1, 0.7001) in _slots(facts, "province", "component", "rank", "score")
    assert ("Bình Thuận", "Kinh tế số", None, 0.6005) in _slots(facts, "province", "component", "rank", "score")
    assert len(facts) == 12


def test_a_rank_said_to_be_national_inside_a_regional_sentence() -> None:
    text = ("Chỉ số PCI năm 2023: trong vùng Nam Trung Bộ, Ninh Thuận đứng thứ 9 cả nước với 68,4 điểm, "
            "xếp thứ 2 khu vực.")
    assert _slots(_facts(text), "province", "rank", "score") == [("Ninh Thuận", 9, 68.4)]


def test_ranks_in_words_listed_respectively() -> None:
    text = ("Chỉ số SIPAS năm 2023: Ninh Thuận dẫn đầu. Xếp thứ hai và thứ ba lần lượt là Bình Thuận (87,1%) "
            "và Lâm Đồng (86,9%).")
    facts = _facts(text, "https://moha.gov.vn/x")
    assert ("Lâm Đồng", 3, 86.9) in _slots(facts, "province", "rank", "score")
    assert ("Bình Thuận", 2, 87.1) in _slots(facts, "province", "rank", "score")


def test_a_year_things_are_carried_over_to_is_not_the_period() -> None:
    text = ("Năm 2023, toàn tỉnh hoàn thành 30/33 nhiệm vụ CCHC, ba nhiệm vụ chuyển sang năm 2024. "
            "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 61.020 hồ sơ.")
    assert _slots(_facts(text), "kind", "period") == [("dossier_stats", "2023"), ("task_progress", "2023")]


def test_the_fraction_after_tasks_done() -> None:
    text = "Trong năm 2023, số nhiệm vụ CCHC đã hoàn thành là 27/29, còn 2 nhiệm vụ đang thực hiện."
    assert _slots(_facts(text), "period", "done", "total") == [("2023", 27, 29)]


def test_online_share_phrasings() -> None:
    text = ("Năm 2023, tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến của tỉnh đạt 66,2%. "
            "Quý IV/2023, tỉnh tiếp nhận 20.400 hồ sơ, trong đó trực tuyến 14.100 hồ sơ, đạt 69,1%.")
    assert _slots(_facts(text), "period", "received", "online", "online_pct") == [
        ("2023", None, None, 66.2), ("2023-Q4", 20400, 14100, 69.1)]


# ----- rounds K and L ---------------------------------------------------------------


def test_in_the_year_takes_the_headlines_year() -> None:
    text = ("Sơ kết công tác cải cách hành chính năm 2024\n"
            "Trong năm, toàn tỉnh tiếp nhận 52.300 hồ sơ, giải quyết 51.980 hồ sơ.")
    assert _slots(_facts(text, published=dt.date(2025, 1, 10)), "period", "received") == [("2024", 52300)]


def test_a_target_goes_on_into_the_next_clause() -> None:
    text = ("Năm 2025, tỉnh phấn đấu Chỉ số SIPAS đạt trên 85%; tỷ lệ hồ sơ trực tuyến đạt 75%; "
            "Chỉ số CCHC tăng ít nhất 3 bậc.")
    assert _facts(text) == []


def test_a_rate_of_something_else_is_not_a_score() -> None:
    text = "Chỉ số CCHC năm 2023 của tỉnh đạt 85,1%; tỷ lệ giải ngân vốn đầu tư công chỉ đạt 70,2%."
    assert _slots(_facts(text), "score") == [(85.1,)]


def test_a_score_rising_from_one_value_to_another() -> None:
    text = "Năm 2023, Chỉ số SIPAS của tỉnh tăng từ 80,4% lên 83,2%."
    assert _slots(_facts(text), "score", "prev_score") == [(83.2, 80.4)]


def test_period_led_items_under_a_lead_in() -> None:
    text = ("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh hai tháng gần đây như sau:\n"
            "- Tháng 4/2024: 84,10 điểm, hạng 21/63;\n"
            "- Tháng 5/2024: 86,02 điểm, hạng 12/63.")
    assert _slots(_facts(text), "period", "score", "rank") == [("2024-04", 84.1, 21), ("2024-05", 86.02, 12)]


def test_scores_by_year_in_parentheses() -> None:
    text = "Chỉ số SIPAS của tỉnh liên tục cải thiện (2021: 79,3%; 2022: 81,1%; 2023: 83,0%)."
    assert _slots(_facts(text), "year", "score") == [(2021, 79.3), (2022, 81.1), (2023, 83.0)]


def test_an_ordered_top_group_gives_ranks_and_the_articles_63() -> None:
    text = ("Chỉ số PCI 2023: nhóm dẫn đầu\n"
            "Nhóm dẫn đầu xếp theo thứ tự từ cao xuống thấp: Bình Thuận (70,2 điểm), Ninh Thuận (69,8 điểm) "
            "và Lâm Đồng (69,1 điểm). Khánh Hòa xếp thứ 12/63.")
    assert _slots(_facts(text, "https://vcci.com.vn/x"), "province", "rank", "rank_of", "score") == [
        ("Bình Thuận", 1, 63, 70.2), ("Khánh Hòa", 12, 63, None), ("Lâm Đồng", 3, 63, 69.1),
        ("Ninh Thuận", 2, 63, 69.8)]


def test_a_lower_groups_order_is_not_the_ranking() -> None:
    text = "Chỉ số CCHC năm 2023: nhóm B gồm 40 địa phương, xếp theo thứ tự từ cao xuống thấp: Bình Thuận, Lâm Đồng."
    assert _facts(text, "https://moha.gov.vn/x") == []


def test_provinces_sharing_a_change() -> None:
    text = "Chỉ số DTI năm 2023: Ninh Thuận, Bình Thuận và Lâm Đồng cùng tăng 7 bậc."
    assert _slots(_facts(text, "https://mic.gov.vn/x"), "province", "rank_change") == [
        ("Bình Thuận", 7), ("Lâm Đồng", 7), ("Ninh Thuận", 7)]


def test_a_districts_own_plan_is_not_the_provinces() -> None:
    text = "Về CCHC, trong năm 2024 huyện đã hoàn thành 18/20 nhiệm vụ theo Kế hoạch CCHC của huyện."
    assert _facts(text) == []


def test_a_provinces_index_by_component_as_a_table() -> None:
    text = ("Kết quả Chỉ số CCHC năm 2023 của tỉnh Ninh Thuận theo lĩnh vực\n"
            "TT | Lĩnh vực | Điểm tối đa | Điểm đạt được | Xếp hạng\n"
            "1 | Cải cách thể chế | 10 | 8,10 | 22\n"
            "2 | Cải cách tài chính công | 11 | 9,05 | 7\n"
            " | Tổng cộng | 100 | 86,40 | 25\n")
    assert _slots(_facts(text), "component", "score", "rank") == [
        ("Cải cách thể chế", 8.1, 22), ("Cải cách tài chính công", 9.05, 7), (None, 86.4, 25)]


# ----- round M ---------------------------------------------------------------------


def test_a_district_portal_keeps_its_own_figures_out() -> None:
    text = ("Huyện Thuận Bắc sơ kết công tác cải cách hành chính năm 2024\n"
            "Năm 2024, UBND huyện đã hoàn thành 20/22 nhiệm vụ theo kế hoạch CCHC. Bộ phận Một cửa huyện tiếp "
            "nhận 6.120 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 64,2%. Chỉ số CCHC năm 2023 của huyện đạt 85,4 điểm.\n"
            "Cũng trong năm 2024, toàn tỉnh đã hoàn thành 44/47 nhiệm vụ CCHC.")
    facts = _facts(text, "https://thuanbac.ninhthuan.gov.vn/tin/1", dt.date(2025, 1, 8))
    assert _slots(facts, "kind", "province", "done", "total") == [("task_progress", "Ninh Thuận", 44, 47)]


def test_a_plan_of_this_year() -> None:
    text = "Tính đến ngày 25/11/2024, tỉnh đã hoàn thành 39/44 nhiệm vụ theo Kế hoạch CCHC năm nay."
    assert _slots(_facts(text, published=dt.date(2024, 11, 28)), "period", "done", "total") == [("2024", 39, 44)]


def test_from_new_year_to_a_date() -> None:
    text = "Lũy kế từ ngày 01/01/2024 đến ngày 30/4/2024, toàn tỉnh tiếp nhận 30.250 hồ sơ."
    assert _slots(_facts(text, published=dt.date(2024, 5, 6)), "period", "received") == [("2024-04M", 30250)]


def test_a_monthly_table_with_last_months_rank_and_row_numbers() -> None:
    text = ("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2024\n"
            "STT\tTỉnh, thành phố\tTổng điểm\tXếp loại\tHạng tháng 8\n"
            "1\tNinh Thuận\t90,50\tTốt\t3\n"
            "2\tBình Thuận\t89,90\tTốt\t1\n"
            "3\tLâm Đồng\t88,10\tTốt\t2\n")
    assert _slots(_facts(text, "https://dichvucong.gov.vn/x", dt.date(2024, 10, 9)),
                  "province", "period", "score", "rank", "prev_rank") == [
        ("Bình Thuận", "2024-09", 89.9, 2, 1), ("Lâm Đồng", "2024-09", 88.1, 3, 2),
        ("Ninh Thuận", "2024-09", 90.5, 1, 3)]


# ----- round N leftovers (session 4) -----------------------------------------------


def test_tasks_done_then_the_plans_total_later_in_the_clause() -> None:
    text = ("Lũy kế 9 tháng năm 2024, về thực hiện Kế hoạch CCHC, có 31 nhiệm vụ đã hoàn thành, bằng 70,5% "
            "trong tổng số 44 nhiệm vụ. Năm 2023, tỉnh hoàn thành 40 nhiệm vụ trên tổng số 42 nhiệm vụ CCHC.")
    assert _slots(_facts(text, published=dt.date(2024, 10, 5)), "period", "done", "total") == [
        ("2023", 40, 42), ("2024-09M", 31, 44)]


def test_dossiers_handled_to_completion_and_received_within_n_months() -> None:
    text = ("Tổng số hồ sơ tiếp nhận trong 9 tháng đầu năm là 120.400 hồ sơ; đã xử lý xong 118.950 hồ sơ. "
            "Số hồ sơ nộp trực tuyến chiếm tỷ lệ 61,4%.")
    facts = _facts(text, published=dt.date(2024, 10, 5))
    # one fact per sentence: the counts, then the online share (the paragraph's period goes on)
    assert _slots(facts, "period", "received", "resolved", "online_pct") == [
        ("2024-09M", 120400, 118950, None), ("2024-09M", None, None, 61.4)]


def test_the_second_and_third_places_go_to_the_provinces_in_order() -> None:
    text = ("Về Chỉ số SIPAS năm 2023, Quảng Ninh đứng đầu; vị trí thứ hai và thứ ba thuộc về Ninh Thuận "
            "(86,20%) và Bình Thuận (85,70%).")
    assert _slots(_facts(text, "https://baochinhphu.vn/x"), "province", "rank", "score") == [
        ("Bình Thuận", 3, 85.7), ("Ninh Thuận", 2, 86.2), ("Quảng Ninh", 1, None)]


def test_a_result_published_by_a_government_office_is_still_the_provinces() -> None:
    text = ("Theo kết quả đánh giá được Văn phòng Chính phủ công khai trên Cổng Dịch vụ công quốc gia, tháng "
            "3/2024, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 84,10 điểm, xếp thứ 20/63.")
    assert _slots(_facts(text), "province", "period", "score", "rank") == [("Ninh Thuận", "2024-03", 84.1, 20)]


def test_an_apposition_after_the_province_and_a_new_paragraph_back_on_the_headlines_index() -> None:
    text = ("Ninh Thuận đứng thứ ba khu vực về Chỉ số CCHC\n"
            "Năm 2023, Chỉ số CCHC của tỉnh đạt 86,11%, xếp hạng 24/63. Chỉ số SIPAS của tỉnh giảm 4 bậc, "
            "xuống hạng 40/63.\n"
            "Khánh Hòa, địa phương đứng đầu khu vực, đạt 88,02% và xếp thứ 11/63.")
    assert _slots(_facts(text, "https://baoninhthuan.com.vn/x"), "province", "index", "score", "rank") == [
        ("Khánh Hòa", "PAR_INDEX", 88.02, 11), ("Ninh Thuận", "PAR_INDEX", 86.11, 24),
        ("Ninh Thuận", "SIPAS", None, 40)]


def test_this_year_in_a_release_is_not_the_measured_year() -> None:
    text = ("Công bố Chỉ số CCHC năm 2023\n"
            "Theo kết quả Chỉ số CCHC năm 2023, giá trị trung bình của các tỉnh đạt 86,1%.\n"
            "Năm nay có nhiều địa phương bứt phá: Ninh Thuận tăng 18 bậc, lên vị trí thứ 12.")
    assert _slots(_facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 20)), "province", "year", "rank",
                  "rank_change") == [("Ninh Thuận", 2023, 12, 18)]


# ----- rounds O and P (session 4): tables ----------------------------------------------


def test_a_table_with_a_column_per_index_ranks_by_the_captions_index() -> None:
    text = ("Năm địa phương dẫn đầu Chỉ số CCHC năm 2025\n"
            "Hạng | Tỉnh, thành phố | Chỉ số CCHC 2025 (%) | SIPAS 2025 (%)\n"
            "1 | Ninh Bình | 92,40 | 88,10\n"
            "2 | Gia Lai | 91,75 | 86,30\n"
            "3 | Khánh Hòa | 90,90 | 87,70\n")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2026, 5, 1))
    assert _slots(facts, "province", "index", "year", "score", "rank") == [
        ("Gia Lai", "PAR_INDEX", 2025, 91.75, 2), ("Gia Lai", "SIPAS", 2025, 86.3, None),
        ("Khánh Hòa", "PAR_INDEX", 2025, 90.9, 3), ("Khánh Hòa", "SIPAS", 2025, 87.7, None),
        ("Ninh Bình", "PAR_INDEX", 2025, 92.4, 1), ("Ninh Bình", "SIPAS", 2025, 88.1, None)]


def test_a_merged_units_table_with_the_old_provinces_in_a_column() -> None:
    text = ("Chỉ số DTI năm 2024 của các địa phương dẫn đầu\n"
            "Hạng\tTỉnh, thành phố\tĐịa phương trước sắp xếp\tDTI 2024\n"
            "1\tGia Lai\tGia Lai, Bình Định\t0.7012\n"
            "2\tKhánh Hòa\tKhánh Hòa, Ninh Thuận\t0.6950\n"
            "3\tLâm Đồng\tLâm Đồng, Đắk Nông, Bình Thuận\t0.6877\n")
    facts = _facts(text, "https://dti.gov.vn/x", dt.date(2025, 10, 22))
    assert _slots(facts, "province", "year", "score", "rank") == [
        ("Gia Lai", 2024, 0.7012, 1), ("Khánh Hòa", 2024, 0.695, 2), ("Lâm Đồng", 2024, 0.6877, 3)]


def test_a_change_column_compared_with_an_earlier_year_does_not_set_the_tables_year() -> None:
    text = ("Bảng: các địa phương có điểm PAPI 2022 cao nhất\n"
            "Hạng | Tỉnh | Tổng điểm | Thay đổi thứ hạng so với 2021\n"
            "1 | Ninh Thuận | 45,10 | +3\n"
            "2 | Bình Thuận | 44,80 | -1\n"
            "3 | Lâm Đồng | 44,35 | 0\n")
    facts = _facts(text, "https://papi.org.vn/x", dt.date(2023, 4, 10))
    assert _slots(facts, "province", "year", "score", "rank", "rank_change") == [
        ("Bình Thuận", 2022, 44.8, 2, -1), ("Lâm Đồng", 2022, 44.35, 3, 0), ("Ninh Thuận", 2022, 45.1, 1, 3)]


# ----- round P (session 4): prose ------------------------------------------------------


def test_two_provinces_with_two_ranks_without_respectively() -> None:
    text = "Về Chỉ số PCI năm 2022, Ninh Thuận đứng đầu; Bình Thuận và Lâm Đồng xếp thứ hai, thứ ba."
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2023, 5, 1)), "province", "rank") == [
        ("Bình Thuận", 2), ("Lâm Đồng", 3), ("Ninh Thuận", 1)]


def test_the_year_a_history_began_is_not_the_measured_year() -> None:
    text = ("Chỉ số PAPI năm 2023 của tỉnh đạt 43,20 điểm, xếp thứ 9/63.\n"
            "Đây là kết quả cao nhất kể từ khi chỉ số được khảo sát ở tất cả các tỉnh năm 2011. Chỉ số "
            "nội dung Quản trị điện tử của tỉnh đạt 3,95 điểm.")
    assert _slots(_facts(text), "year", "component", "score") == [
        (2023, "Quản trị điện tử", 3.95), (2023, None, 43.2)]


def test_a_rise_from_one_years_rank_to_another() -> None:
    text = ("Theo kết quả Chỉ số DTI năm 2022, Ninh Thuận là địa phương tăng hạng nhiều nhất, từ vị trí 48 năm "
            "2021 lên vị trí 20.")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2023, 7, 1)), "province", "year", "rank",
                  "prev_rank") == [("Ninh Thuận", 2022, 20, 48)]


def test_a_ward_portal_keeps_its_own_figures_out() -> None:
    text = ("Phường Bảo An sơ kết công tác cải cách hành chính quý III năm 2025\n"
            "Kế hoạch CCHC năm 2025 của phường gồm 20 nhiệm vụ; đến nay phường đã hoàn thành 15/20 nhiệm vụ. "
            "Trung tâm Phục vụ hành chính công phường tiếp nhận 9.120 hồ sơ, đã giải quyết 8.870 hồ sơ.")
    assert _facts(text, "https://baoan.ninhthuan.gov.vn/tin/1", dt.date(2025, 10, 8)) == []


def test_a_headline_about_social_matters_is_not_a_communes() -> None:
    text = ("Xã hội số: Ninh Thuận tăng 9 bậc\n"
            "Năm 2023, Chỉ số DTI của tỉnh đạt 0,5120 điểm, xếp thứ 30/63. Toàn tỉnh tiếp nhận 10.200 hồ sơ.")
    assert _slots(_facts(text), "kind", "province") == [("dossier_stats", "Ninh Thuận"),
                                                         ("index_result", "Ninh Thuận")]


def test_a_lead_goes_to_the_index_named_right_after_it() -> None:
    text = ("Năm 2023, Ninh Thuận dẫn đầu bảng xếp hạng PCI với 70,10 điểm, trong khi Bình Thuận đứng đầu "
            "Chỉ số Xanh cấp tỉnh (PGI).")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2024, 4, 1)), "province", "index", "rank",
                  "score") == [("Bình Thuận", "PGI", 1, None), ("Ninh Thuận", "PCI", 1, 70.1)]


def test_the_top_of_the_ranking_listed_in_order_and_the_ones_after_the_leader() -> None:
    text = ("Chỉ số PCI năm 2022: 3 địa phương đứng đầu bảng xếp hạng lần lượt là: Ninh Thuận (70,1 điểm), "
            "Bình Thuận (69,8 điểm) và Lâm Đồng (69,2 điểm).\n"
            "Về Chỉ số PGI năm 2022, Khánh Hòa đứng đầu với 24,1 điểm. Xếp sau Khánh Hòa là Phú Yên (23,9 điểm) "
            "và Gia Lai (23,5 điểm).")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2023, 4, 1)), "index", "province", "rank",
                  "score") == [
        ("PCI", "Bình Thuận", 2, 69.8), ("PCI", "Lâm Đồng", 3, 69.2), ("PCI", "Ninh Thuận", 1, 70.1),
        ("PGI", "Gia Lai", 3, 23.5), ("PGI", "Khánh Hòa", 1, 24.1), ("PGI", "Phú Yên", 2, 23.9)]


def test_this_ranking_refers_back_to_the_index() -> None:
    text = ("Theo Chỉ số DTI năm 2022, Ninh Thuận đạt 0,6100 điểm, xếp thứ nhất.\n"
            "Đây là năm thứ hai liên tiếp tỉnh dẫn đầu bảng xếp hạng này. Xếp sau Ninh Thuận là Bình Thuận "
            "(0,5900 điểm).")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2023, 7, 1)), "province", "index", "year",
                  "score", "rank") == [("Bình Thuận", "DTI", 2022, 0.59, 2), ("Ninh Thuận", "DTI", 2022, 0.61, 1)]


def test_an_interviews_speaker_label_does_not_hide_the_answer() -> None:
    text = ("Phóng viên: Kết quả Chỉ số CCHC năm 2023 của tỉnh ra sao?\n"
            "Bà Trần Thị H.: Năm 2023, tỉnh xếp hạng 19/63, tăng 6 bậc.")
    assert _slots(_facts(text), "province", "year", "rank", "rank_of", "rank_change") == [
        ("Ninh Thuận", 2023, 19, 63, 6)]


def test_dossiers_handled_online_at_levels_three_and_four() -> None:
    text = "Năm 2023, tỷ lệ hồ sơ được xử lý trực tuyến mức độ 3, 4 của tỉnh đạt 41,5%."
    assert _slots(_facts(text), "kind", "online_pct") == [("dossier_stats", 41.5)]


# ----- round O (session 4): prose ------------------------------------------------------


def test_a_lead_over_the_stated_number_of_provinces() -> None:
    text = ("Chỉ số CCHC năm 2025: Ninh Bình đứng đầu 34 tỉnh, thành phố với 92,10%; vị trí thứ hai và thứ ba "
            "thuộc về Gia Lai và Khánh Hòa.")
    assert _slots(_facts(text, "https://baochinhphu.vn/x", dt.date(2026, 5, 1)), "province", "rank", "rank_of") == [
        ("Gia Lai", 2, 34), ("Khánh Hòa", 3, 34), ("Ninh Bình", 1, 34)]


def test_leading_for_many_months_in_the_past_is_not_a_rank() -> None:
    text = ("Tháng 10/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 87,30 điểm, xếp thứ 6/34. "
            "Trước sắp xếp, tỉnh Ninh Thuận từng nhiều tháng dẫn đầu cả nước về Bộ chỉ số này.")
    assert _slots(_facts(text, published=dt.date(2025, 11, 5)), "province", "period", "score", "rank") == [
        ("Ninh Thuận", "2025-10", 87.3, 6)]


def test_the_plans_year_named_earlier_in_the_sentence_is_the_tasks_period() -> None:
    text = ("Kế hoạch CCHC năm 2025 của tỉnh gồm 40 nhiệm vụ; đến ngày 31/12/2025, tỉnh đã hoàn thành "
            "40/40 nhiệm vụ.")
    assert _slots(_facts(text, published=dt.date(2026, 1, 6)), "period", "done", "total") == [("2025", 40, 40)]


def test_of_which_a_department_is_not_by_a_department() -> None:
    text = ("UBND tỉnh công bố Chỉ số CCHC năm 2024 của 20 sở, ngành; trong đó Sở Tư pháp đạt 92,4 điểm, "
            "xếp thứ 1/20. Kết quả do Sở Nội vụ tổng hợp cho thấy Chỉ số CCHC năm 2024 của tỉnh đạt 88,6%.")
    assert _slots(_facts(text, published=dt.date(2025, 3, 1)), "province", "score", "rank") == [
        ("Ninh Thuận", 88.6, None)]


def test_a_neighbour_named_as_the_subject_and_a_province_after_is() -> None:
    text = ("Năm 2022, Chỉ số PCI của tỉnh đạt 66,10 điểm, xếp thứ 18/63.\n"
            "Tỉnh bạn Bình Thuận xếp thứ 25 với 65,20 điểm. Bứt phá mạnh nhất khu vực năm nay là Lâm Đồng, "
            "tăng 14 bậc, lên vị trí thứ 21.")
    assert _slots(_facts(text, published=dt.date(2023, 5, 1)), "province", "year", "score", "rank",
                  "rank_change") == [("Bình Thuận", 2022, 65.2, 25, None), ("Lâm Đồng", 2022, None, 21, 14),
                                     ("Ninh Thuận", 2022, 66.1, 18, None)]


def test_a_rank_beyond_the_regions_size_is_the_national_one() -> None:
    text = ("Theo Chỉ số CCHC năm 2023, ở khu vực Tây Nguyên, Lâm Đồng xếp thứ 2, còn Gia Lai xếp thứ 3. "
            "Ở khu vực Nam Trung Bộ, Ninh Thuận xếp thứ 19 với 86,40%.")
    assert _slots(_facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 1)), "province", "rank", "score") == [
        ("Ninh Thuận", 19, 86.4)]


def test_leading_in_two_components_each_with_its_score_in_parentheses() -> None:
    text = ("Theo Chỉ số DTI năm 2023, xét theo trụ cột, Ninh Thuận dẫn đầu về kinh tế số (0,5830 điểm) và "
            "xã hội số (0,6120 điểm).")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2024, 5, 1)), "province", "component", "score",
                  "rank") == [("Ninh Thuận", "Kinh tế số", 0.583, 1), ("Ninh Thuận", "Xã hội số", 0.612, 1)]


def test_the_province_with_an_adverb_before_its_verb() -> None:
    text = ("Năm 2023, Chỉ số PAPI của tỉnh đạt 43,80 điểm, xếp thứ 15/63. Năm 2021, tỉnh chỉ đứng thứ 40.")
    assert _slots(_facts(text), "year", "score", "rank") == [(2021, None, 40), (2023, 43.8, 15)]


# ----- metamorphic findings (session 4) ----------------------------------------------


def test_the_headline_after_a_breadcrumb_and_a_date_line_still_names_the_province() -> None:
    text = ("Trang chủ > Tin tức > Cải cách hành chính\n"
            "Thứ Ba, 14/05/2024 09:30\n"
            "Ninh Thuận tăng 6 bậc về Chỉ số SIPAS\n"
            "Năm 2023, tỉnh đạt 84,70%, xếp thứ 21/63.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 14))
    assert {(f["province"], f["index"], f["year"]) for f in facts} == {("Ninh Thuận", "SIPAS", 2023)}
    stated = {(k, f[k]) for f in facts for k in ("score", "rank", "rank_change") if f[k] is not None}
    assert stated == {("score", 84.7), ("rank", 21), ("rank_change", 6)}


def test_a_headline_is_not_furniture() -> None:
    from scrapers.extract.document import _is_furniture

    assert _is_furniture("trang chu > tin tuc > cai cach hanh chinh")
    assert _is_furniture("thu hai, 12/06/2023 08:15 | luot xem: 1.204")
    assert _is_furniture("gioi thieu")
    assert not _is_furniture("chi so cchc 2023: ninh thuan xep thu 9/63")
    assert not _is_furniture("tin tuc: ninh thuan tang 6 bac ve sipas")


# ----- round Q (session 4) ---------------------------------------------------------------


def test_a_year_end_reports_title_year_is_its_figures_period() -> None:
    text = ("Hội nghị tổng kết công tác cải cách hành chính năm 2023\n"
            "Toàn tỉnh tiếp nhận 512.300 hồ sơ, đã giải quyết 508.950 hồ sơ.")
    assert _slots(_facts(text, published=dt.date(2024, 1, 12)), "period", "received") == [("2023", 512300)]


def test_a_plan_for_next_year_in_the_title_is_not_the_figures_period() -> None:
    text = ("Xây dựng kế hoạch cải cách hành chính năm 2024\n"
            "Toàn tỉnh tiếp nhận 512.300 hồ sơ, đã giải quyết 508.950 hồ sơ.")
    assert _slots(_facts(text, published=dt.date(2023, 12, 5)), "period", "received") == [(None, 512300)]


def test_a_menu_bar_is_not_the_headline() -> None:
    text = ("Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp\n"
            "Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024\n"
            "Toàn tỉnh tiếp nhận 210.400 hồ sơ.")
    assert _slots(_facts(text, published=dt.date(2024, 7, 5)), "period", "received") == [("2024-06H1", 210400)]


def test_other_programmes_tasks_beside_the_reform_plans() -> None:
    text = ("6 tháng đầu năm 2024, tỉnh đã hoàn thành 20/45 nhiệm vụ CCHC theo kế hoạch; đối với Đề án 06, "
            "hoàn thành 12/30 nhiệm vụ; về chuyển đổi số, hoàn thành 25/52 nhiệm vụ.")
    assert _slots(_facts(text, published=dt.date(2024, 7, 5)), "done", "total") == [(20, 45)]


def test_a_departments_tasks_assigned_by_the_province() -> None:
    text = ("Sở Nội vụ sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024\n"
            "Sở đã hoàn thành 15/16 nhiệm vụ được UBND tỉnh giao. Kế hoạch CCHC năm 2024 của tỉnh có 40 nhiệm vụ; "
            "đến nay đã hoàn thành 18/40 nhiệm vụ.")
    assert _slots(_facts(text, published=dt.date(2024, 7, 5)), "period", "done", "total") == [("2024-06H1", 18, 40)]


def test_online_dossiers_through_the_public_service_portal_at_levels_three_and_four() -> None:
    text = ("Năm 2019, có 31.250 hồ sơ được tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4, chiếm 3,4% tổng "
            "số hồ sơ. Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 7.120 hồ sơ.")
    assert _slots(_facts(text, published=dt.date(2020, 1, 10)), "online", "online_pct") == [
        (31250, 3.4), (7120, None)]


# ---------------------------------------------------------------- round S (session 5)

def test_the_plans_total_stated_first_then_the_count_done() -> None:
    text = ("Tổng kết cải cách hành chính năm 2021\n"
            "Kế hoạch CCHC năm 2021 của tỉnh gồm 44 nhiệm vụ; hết ngày 20/12/2021, các sở, ngành đã hoàn thành "
            "41 nhiệm vụ, 3 nhiệm vụ chuyển sang năm sau.\n"
            "Kế hoạch của tỉnh có 29 nhiệm vụ về chuyển đổi số; đã hoàn thành 17 nhiệm vụ.\n"
            "Năm 2021, UBND tỉnh giao 12 nhiệm vụ CCHC cho các sở; đã hoàn thành 10 nhiệm vụ.")
    assert _slots(_facts(text, published=dt.date(2022, 1, 6)), "period", "done", "total") == [("2021", 41, 44)]


def test_the_total_first_needs_a_count_of_tasks_not_of_dossiers_or_a_share() -> None:
    text = ("Kế hoạch CCHC năm 2021 có 44 nhiệm vụ; trong năm, đã hoàn thành 95% chỉ tiêu.\n"
            "Kế hoạch CCHC năm 2021 đề ra 44 nhiệm vụ; bộ phận một cửa đã hoàn thành 38 hồ sơ tồn đọng.")
    assert [f for f in _facts(text, published=dt.date(2022, 1, 6)) if f["kind"] == "task_progress"] == []


def test_localities_in_a_list_of_subjects_is_not_a_commune() -> None:
    text = ("Trong quý III/2023, các sở, ngành, địa phương đã hoàn thành 19 nhiệm vụ trong tổng số 47 nhiệm vụ "
            "của Kế hoạch cải cách hành chính năm 2023.")
    assert _slots(_facts(text, published=dt.date(2023, 10, 9)), "period", "done", "total") == [("2023-Q3", 19, 47)]


def test_the_months_so_far_written_with_qua_or_again_without_the_year() -> None:
    published = dt.date(2022, 8, 3)
    text = ("Tỉnh họp phiên thường kỳ tháng 7 về cải cách hành chính\n"
            "7 tháng qua, toàn tỉnh tiếp nhận 301.200 hồ sơ.")
    assert _slots(_facts(text, published=published), "period", "received") == [("2022-07M", 301200)]
    text = ("Tỉnh sơ kết cải cách hành chính\n"
            "Trong 7 tháng năm 2022, tỉnh đã hoàn thành 22/40 nhiệm vụ của Kế hoạch CCHC năm 2022.\n"
            "Trong 7 tháng, toàn tỉnh tiếp nhận 301.200 hồ sơ.\n"
            "Trong 3 tháng, bộ phận một cửa đã tiếp nhận 90.100 hồ sơ.")
    assert _slots(_facts(text, published=published), "kind", "period") == [
        ("dossier_stats", "2022-07M"), ("dossier_stats", None), ("task_progress", "2022-07M")]


def test_a_headline_restating_the_years_count_gives_one_fact_with_the_bodys_period() -> None:
    text = ("Tỉnh hoàn thành 30/38 nhiệm vụ cải cách hành chính năm 2022\n"
            "Trong 10 tháng năm 2022, tỉnh đã hoàn thành 30/38 nhiệm vụ của Kế hoạch CCHC năm 2022.")
    assert _slots(_facts(text, published=dt.date(2022, 11, 8)), "period", "done", "total") == [("2022-10M", 30, 38)]


def _dossier_slots(text: str, published: dt.date, *keys: str) -> list[tuple[Any, ...]]:
    return _slots([f for f in _facts(text, published=published) if f["kind"] == "dossier_stats"], *keys)


def test_a_months_figure_and_the_months_so_far_in_one_sentence_are_two_facts() -> None:
    text = ("Trong tháng 8/2024, số hồ sơ nộp trực tuyến là 9.870/18.200 hồ sơ; lũy kế 8 tháng, toàn tỉnh "
            "tiếp nhận 160.400 hồ sơ.")
    assert _dossier_slots(text, dt.date(2024, 9, 4), "period", "online", "online_total", "received") == [
        ("2024-08", 9870, 18200, None), ("2024-08M", None, None, 160400)]


def test_a_period_in_an_aside_is_not_the_figures_period() -> None:
    text = ("Năm 2025, toàn tỉnh tiếp nhận 920.000 hồ sơ (tính cả số liệu của tỉnh cũ trong 6 tháng đầu năm), "
            "đã giải quyết 905.300 hồ sơ. Có 640.000 hồ sơ được nộp trực tuyến.")
    assert _dossier_slots(text, dt.date(2026, 1, 9), "period", "received", "resolved", "online") == [
        ("2025", 920000, 905300, None), ("2025", None, None, 640000)]


def test_online_shares_in_the_forms_of_provincial_reports() -> None:
    published = dt.date(2023, 10, 5)
    cases = [
        ("Tỷ lệ hồ sơ trực tuyến đạt 51,2%; tỷ lệ thanh toán trực tuyến đạt 30,5%.", (None, None, 51.2)),
        ("Trong quý III, tỷ lệ hồ sơ trực tuyến 9 tháng đạt 40,1%.", (None, None, 40.1)),
        ("Toàn tỉnh có 34.100/90.250 hồ sơ được nộp trực tuyến, đạt tỷ lệ 37,78%.", (34100, 90250, 37.78)),
        ("Toàn tỉnh tiếp nhận trực tuyến 52.400 hồ sơ (61,3%).", (52400, None, 61.3)),
        ("Toàn tỉnh có 312,5 nghìn hồ sơ nộp trực tuyến, chiếm 58,1%.", (312500, None, 58.1)),
        ("Số hồ sơ tiếp nhận trực tuyến trong tháng là 7.420 hồ sơ, chiếm 48,2% tổng số hồ sơ tiếp nhận mới.",
         (7420, None, 48.2)),
    ]
    for text, want in cases:
        assert _dossier_slots(text, published, "online", "online_total", "online_pct") == [want], text


def test_the_late_share_over_the_dossiers_resolved() -> None:
    text = "Toàn tỉnh đã giải quyết 82.400 hồ sơ; tỷ lệ trễ hạn trên tổng số hồ sơ đã giải quyết là 0,8%."
    assert _dossier_slots(text, dt.date(2023, 10, 5), "resolved", "late_pct") == [(82400, 0.8)]


def test_last_years_figure_in_an_aside_and_the_national_portals_count_are_not_the_provinces() -> None:
    text = ("Năm 2024, toàn tỉnh tiếp nhận 0,9 triệu hồ sơ. So với năm 2023 (tiếp nhận 0,81 triệu hồ sơ), số hồ sơ "
            "tăng 11%. Cổng Dịch vụ công quốc gia đã tiếp nhận 3,1 triệu hồ sơ trực tuyến của người dân cả nước.")
    assert _dossier_slots(text, dt.date(2025, 1, 8), "period", "received", "online") == [("2024", 900000, None)]


def test_a_dossier_table_by_level() -> None:
    text = ("Kết quả giải quyết thủ tục hành chính năm 2024\n"
            "Số liệu năm 2024 (từ ngày 01/01/2024 đến ngày 31/12/2024) như sau:\n"
            "Cấp | Hồ sơ tiếp nhận | Hồ sơ đã giải quyết | Trước hạn | Đúng hạn | Trễ hạn (%) | Đang giải quyết\n"
            "Cấp tỉnh | 50.120 | 49.300 | 30.100 | 19.000 | 0,4 | 820\n"
            "Cấp xã | 80.400 | 79.010 | 50.000 | 28.800 | 0,3 | 1.390\n"
            "Tổng cộng | 130.520 | 128.310 | 80.100 | 47.800 | 0,34 | 2.210\n")
    assert _dossier_slots(text, dt.date(2025, 1, 10), "scope", "period", "received", "resolved", "early_pct",
                          "late_pct") == [
        ("cấp tỉnh", "2024", 50120, 49300, None, 0.4), ("cấp xã", "2024", 80400, 79010, None, 0.3),
        ("toàn tỉnh", "2024", 130520, 128310, None, 0.34)]


def test_a_tab_separated_dossier_table_with_shares_takes_the_period_above_it() -> None:
    text = ("Tỉnh công bố kết quả cải cách hành chính\n"
            "Kết quả giải quyết TTHC tháng 9/2025 như sau:\n"
            "Đơn vị\tTiếp nhận\tĐã giải quyết\tTỷ lệ hồ sơ trực tuyến\n"
            "Cấp tỉnh\t7.250\t7.010\t81,5%\n"
            "Cấp xã\t12.600\t12.100\t60,25%\n")
    assert _dossier_slots(text, dt.date(2025, 10, 6), "scope", "period", "received", "online_pct") == [
        ("cấp tỉnh", "2025-09", 7250, 81.5), ("cấp xã", "2025-09", 12600, 60.25)]


def test_a_table_of_departments_or_a_districts_levels_is_not_the_provinces() -> None:
    departments = ("Sở Nội vụ công bố kết quả giải quyết TTHC năm 2024\n"
                   "Đơn vị | Tiếp nhận | Đã giải quyết | Trễ hạn (%)\n"
                   "Sở Tư pháp | 4.100 | 4.020 | 0,2\n"
                   "Sở Xây dựng | 3.900 | 3.700 | 2,1\n"
                   "Sở Y tế | 2.500 | 2.480 | 0,1\n")
    assert _dossier_slots(departments, dt.date(2025, 1, 10), "scope") == []
    district = ("Huyện Tân Phú sơ kết cải cách hành chính 6 tháng đầu năm 2024\n"
                "Cấp | Tiếp nhận | Đã giải quyết | Trễ hạn (%)\n"
                "Cấp huyện | 9.100 | 8.920 | 0,8\n"
                "Cấp xã | 12.400 | 12.300 | 0,2\n")
    assert _dossier_slots(district, dt.date(2024, 7, 5), "scope") == []


def test_a_change_column_headed_so_voi_thang_is_not_a_rank_column() -> None:
    text = ("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2025 (5 địa phương dẫn đầu):\n"
            "Hạng   Địa phương      Điểm    So với tháng 5/2025\n"
            "1      Ninh Thuận      90,12   +2\n"
            "2      Bình Thuận      89,40   =\n"
            "3      Lâm Đồng        88,75   -2\n")
    assert _slots(_facts(text, "https://moha.gov.vn/x", dt.date(2025, 7, 10)),
                  "province", "period", "rank", "score", "rank_change") == [
        ("Bình Thuận", "2025-06", 2, 89.4, None), ("Lâm Đồng", "2025-06", 3, 88.75, -2),
        ("Ninh Thuận", "2025-06", 1, 90.12, 2)]


def test_a_regional_table_numbered_in_its_own_order_with_national_ranks_out_of_63() -> None:
    text = ("Chỉ số CCHC năm 2022 của các tỉnh Nam Trung Bộ như sau:\n"
            "STT | Tỉnh | Điểm (%) | Xếp hạng toàn quốc\n"
            "1 | Khánh Hòa | 87,40 | 11/63\n"
            "2 | Ninh Thuận | 86,05 | 19/63\n"
            "3 | Bình Thuận | 84,90 | 30/63\n")
    assert _slots(_facts(text, "https://moha.gov.vn/x", dt.date(2023, 6, 1)),
                  "province", "year", "rank", "rank_of", "score") == [
        ("Bình Thuận", 2022, 30, 63, 84.9), ("Khánh Hòa", 2022, 11, 63, 87.4), ("Ninh Thuận", 2022, 19, 63, 86.05)]


def test_a_ranking_of_districts_keeps_its_score_and_change_out() -> None:
    text = ("Huyện Ninh Hải sơ kết cải cách hành chính năm 2023\n"
            "Theo Chỉ số CCHC năm 2022 do UBND tỉnh công bố, huyện xếp thứ 3/7 huyện, thành phố với 88,12 điểm, "
            "tăng 2 bậc.\n"
            "Chỉ số CCHC năm 2022 của tỉnh Ninh Thuận xếp thứ 21/63, tăng 4 bậc.")
    assert _slots(_facts(text), "province", "rank", "score", "rank_change") == [("Ninh Thuận", 21, None, 4)]


def test_a_named_districts_dossiers_in_a_provincial_report() -> None:
    text = ("Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024\n"
            "6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 150.200 hồ sơ. Tại huyện Bác Ái, Bộ phận một cửa của huyện "
            "đã tiếp nhận 2.310 hồ sơ, giải quyết đúng hạn 99,5%.")
    assert _dossier_slots(text, dt.date(2024, 7, 5), "period", "received", "on_time_pct") == [
        ("2024-06H1", 150200, None)]


def test_two_years_results_respectively_in_one_sentence() -> None:
    text = ("Chỉ số SIPAS năm 2022 và năm 2023 của Ninh Thuận lần lượt đạt 80,12% và 83,4%, tương ứng xếp hạng "
            "40 và 28.\n"
            "Tỷ lệ hồ sơ trực tuyến năm 2022 và 2023 lần lượt đạt 40,5% và 55,2%.\n"
            "Tỉnh phấn đấu Chỉ số CCHC năm 2025 và 2026 lần lượt đạt 90% và 92%.")
    assert _slots(_facts(text, published=dt.date(2024, 5, 2)), "index", "year", "score", "rank") == [
        ("SIPAS", 2022, 80.12, 40), ("SIPAS", 2023, 83.4, 28)]


def test_press_rank_verbs_after_a_province() -> None:
    text = ("Kết quả PCI 2023 vừa được công bố.\n"
            "Bình Thuận năm nay xếp thứ 7. Khánh Hòa rơi xuống vị trí thứ 12. Ninh Thuận giữ hạng ba.\n"
            "Hàng năm, tỉnh đều tổ chức hội nghị đối thoại với doanh nghiệp.")
    assert _slots(_facts(text, "https://vneconomy.vn/x", dt.date(2024, 5, 10)), "province", "year", "rank") == [
        ("Bình Thuận", 2023, 7), ("Khánh Hòa", 2023, 12), ("Ninh Thuận", 2023, 3)]


def test_shares_and_counts_listed_by_level_after_the_first() -> None:
    text = ("Bình Thuận: 9 tháng tiếp nhận gần 600 nghìn hồ sơ\n"
            "Toàn tỉnh tiếp nhận 598.200 hồ sơ, trong đó cấp tỉnh 120.400 hồ sơ, cấp xã 477.800 hồ sơ.\n"
            "Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 80,5%, cấp xã 30,25%; tính chung toàn tỉnh đạt 40,1%.")
    assert _dossier_slots(text, dt.date(2023, 10, 9), "scope", "period", "received", "online_pct") == [
        ("cấp tỉnh", "2023-09M", 120400, None), ("cấp tỉnh", "2023-09M", None, 80.5),
        ("cấp xã", "2023-09M", 477800, None), ("cấp xã", "2023-09M", None, 30.25),
        ("toàn tỉnh", "2023-09M", 598200, None), ("toàn tỉnh", "2023-09M", None, 40.1)]


def test_an_interviews_answer_takes_the_period_its_question_names() -> None:
    text = ("Giám đốc Sở Nội vụ trả lời phỏng vấn về cải cách hành chính\n"
            "PV: Chín tháng đầu năm nay, việc thực hiện kế hoạch ra sao, thưa ông?\n"
            "Ông Lê Văn T.: Kế hoạch CCHC năm 2024 có 40 nhiệm vụ; đến nay, 29 nhiệm vụ đã hoàn thành. "
            "Toàn tỉnh tiếp nhận 210.300 hồ sơ, giải quyết 205.100 hồ sơ.")
    facts = _facts(text, published=dt.date(2024, 10, 8))
    assert _slots(facts, "kind", "period", "done", "received") == [
        ("dossier_stats", "2024-09M", None, 210300), ("task_progress", "2024-09M", 29, None)]


def test_several_provinces_tasks_summed_are_no_provinces() -> None:
    text = ("Hai tỉnh cũ hoàn thành 50/84 nhiệm vụ CCHC trong 6 tháng đầu năm\n"
            "Trong 6 tháng đầu năm 2025, tỉnh Bình Thuận đã hoàn thành 30/46 nhiệm vụ theo Kế hoạch CCHC năm 2025.")
    assert _slots(_facts(text, published=dt.date(2025, 7, 15)), "province", "done", "total") == [("Bình Thuận", 30, 46)]


def test_the_year_after_chuyen_doi_so_or_chi_so_is_the_indexs_not_a_comparison() -> None:
    text = ("Chỉ số chuyển đổi số năm 2024: Ninh Thuận xếp thứ 30/63\n"
            "Kết quả được công bố tại hội nghị của Bộ.")
    # published two years on: the year cannot come from the publication date
    assert _slots(_facts(text, published=dt.date(2026, 2, 2)), "index", "year", "rank") == [("DTI", 2024, 30)]


def test_components_of_another_index_do_not_go_on_with_the_last_one() -> None:
    text = ("Bộ Nội vụ công bố kết quả đánh giá năm 2023. Chỉ số SIPAS năm 2023 của tỉnh đạt 84,1%, xếp thứ 20.\n"
            "Trong 8 lĩnh vực, lĩnh vực cải cách thủ tục hành chính đạt 13,1/14 điểm, đứng thứ 3.")
    facts = _facts(text, published=dt.date(2024, 5, 2))
    assert [(f["index"], f["component"], f["score"], f["rank"]) for f in facts if f["index"] == "SIPAS"] == [
        ("SIPAS", None, 84.1, 20)]


def test_an_old_provinces_name_with_an_aside_before_its_tasks() -> None:
    text = ("Khánh Hòa đẩy mạnh cải cách hành chính sau hợp nhất\n"
            "Riêng tỉnh Ninh Thuận (cũ), trong 6 tháng đầu năm 2025 đã hoàn thành 21/40 nhiệm vụ theo Kế hoạch CCHC "
            "năm 2025.")
    assert _slots(_facts(text, "https://khanhhoa.gov.vn/x", dt.date(2025, 9, 15)), "province", "done") == [
        ("Ninh Thuận", 21)]


def test_a_long_source_before_the_province_and_a_rank_after_a_comma() -> None:
    text = ("Tháng 5/2024: Ninh Thuận đạt 84,1 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp\n"
            "Theo kết quả đánh giá được Văn phòng Chính phủ công khai trên Cổng Dịch vụ công quốc gia, trong tháng "
            "5/2024, tỉnh Ninh Thuận đạt 84,1 điểm, xếp thứ 21/63 tỉnh, thành phố, lùi 3 bậc so với tháng trước.")
    assert _slots(_facts(text, published=dt.date(2024, 6, 10)), "period", "score", "rank", "rank_change") == [
        ("2024-05", 84.1, 21, -3)]


def test_a_range_of_ranks_is_no_rank_and_the_clause_after_it_goes_on() -> None:
    text = ("Chỉ số CCHC năm 2023 của các tỉnh Nam Trung Bộ được công bố. Khánh Hòa xếp thứ 11/63.\n"
            "Các tỉnh còn lại trong vùng đều xếp từ hạng 20 trở xuống; thấp nhất vùng là Bình Thuận, hạng 44/63 "
            "với 83,4%.")
    assert _slots(_facts(text, "https://baokhanhhoa.vn/x", dt.date(2024, 4, 20)), "province", "rank", "score") == [
        ("Bình Thuận", 44, 83.4), ("Khánh Hòa", 11, None)]


def test_a_request_a_ward_of_a_provinces_name_and_last_years_fronted_figure_are_not_facts() -> None:
    text = ("UBND tỉnh họp phiên thường kỳ tháng 6 năm 2026\n"
            "Trong 6 tháng đầu năm 2026, toàn tỉnh tiếp nhận 301.400 hồ sơ. Cùng kỳ năm 2025, toàn tỉnh tiếp nhận "
            "280.100 hồ sơ. Phường Bạc Liêu dẫn đầu tỉnh về tỷ lệ hồ sơ trực tuyến với 96,2%.\n"
            "Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành 40/40 nhiệm vụ CCHC năm 2026.")
    facts = _facts(text, "https://camau.gov.vn/x", dt.date(2026, 7, 8))
    assert _slots(facts, "kind", "province", "period", "received", "online_pct") == [
        ("dossier_stats", "Cà Mau", "2026-06H1", 301400, None)]


def test_par_index_of_ministries_and_provinces_is_the_provinces_ranking_too() -> None:
    text = ("Bộ Nội vụ vừa công bố PAR INDEX năm 2022 của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố. "
            "Kết quả của các địa phương trong vùng như sau:\n"
            "STT | Tỉnh | Điểm (%) | Xếp hạng toàn quốc\n"
            "1 | Khánh Hòa | 87,40 | 11/63\n"
            "2 | Ninh Thuận | 86,05 | 19/63\n"
            "3 | Bình Thuận | 84,90 | 30/63\n")
    assert _slots(_facts(text, "https://moha.gov.vn/x", dt.date(2023, 6, 1)), "province", "index", "rank") == [
        ("Bình Thuận", "PAR_INDEX", 30), ("Khánh Hòa", "PAR_INDEX", 11), ("Ninh Thuận", "PAR_INDEX", 19)]


# ---------------------------------------------------------------- round U's leftovers (next session)

def test_an_online_count_over_the_received_after_trong_do_keeps_the_total() -> None:
    text = ("Trong tháng 4/2026, toàn tỉnh tiếp nhận 40.200 hồ sơ, trong đó hồ sơ trực tuyến là "
            "30.150/40.200 hồ sơ, đạt 75%.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 5, 5)), "period", "received", "online",
                  "online_total", "online_pct") == [("2026-04", 40200, 30150, 40200, 75)]


def test_trong_quy_after_the_figure_is_the_quarter_named_earlier() -> None:
    text = ("Kết quả giải quyết thủ tục hành chính quý II và tháng 6/2026\n"
            "Lũy kế quý II/2026, toàn tỉnh tiếp nhận 95.300 hồ sơ, đã giải quyết 90.010 hồ sơ.\n"
            "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 8.420 hồ sơ trong quý, không có hồ sơ trễ hạn.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 7, 6)), "period", "received") == [
        ("2026-Q2", 8420), ("2026-Q2", 95300)]


def test_a_count_before_ho_so_tiep_nhan_and_a_share_of_the_province_as_a_whole() -> None:
    text = ("Trong 9 tháng năm 2026, hệ thống ghi nhận 512.300 hồ sơ tiếp nhận, đã giải quyết 498.000 hồ sơ. "
            "Tính chung, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 71,2%.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 10, 6)), "period", "received", "online_pct") == [
        ("2026-09M", 512300, None), ("2026-09M", None, 71.2)]  # one fact per sentence


def test_a_ward_after_cap_xa_leads_its_own_figure() -> None:
    text = ("Trong quý I/2026, toàn tỉnh tiếp nhận 80.100 hồ sơ. Ở cấp xã, phường Phủ Lý dẫn đầu với tỷ lệ hồ sơ "
            "trực tuyến 95,4%.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 4, 6)), "received", "online_pct") == [
        (80100, None)]


def test_chi_dat_before_a_count_and_trong_n_thang_before_a_share() -> None:
    text = ("Trong 8 tháng năm 2026, tỷ lệ hồ sơ trực tuyến trong 8 tháng đạt 64,5%. Riêng tháng 8, số hồ sơ tiếp "
            "nhận chỉ đạt 11.240 hồ sơ.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 9, 6)), "period", "received", "online_pct") == [
        ("2026-08", 11240, None), ("2026-08M", None, 64.5)]


def test_a_monthly_meeting_reports_the_months_so_far() -> None:
    text = ("UBND tỉnh họp phiên thường kỳ tháng 8/2026\n"
            "Phiên họp đánh giá tình hình kinh tế - xã hội 8 tháng năm 2026.\n"
            "Về cải cách hành chính, Kế hoạch CCHC năm 2026 của tỉnh đề ra 40 nhiệm vụ, đến nay đã hoàn thành 28 "
            "nhiệm vụ.\n"
            "Các cơ quan hành chính đã tiếp nhận 210.400 hồ sơ, giải quyết 205.100 hồ sơ.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 9, 6)), "kind", "period") == [
        ("dossier_stats", "2026-08M"), ("task_progress", "2026-08M")]


def test_a_monthly_report_without_a_meeting_keeps_its_month() -> None:
    text = ("Kết quả cải cách hành chính tháng 8/2026\n"
            "Lũy kế 8 tháng, toàn tỉnh tiếp nhận 210.400 hồ sơ.\n"
            "Bộ phận Một cửa các cấp đã giải quyết 25.100 hồ sơ, trễ hạn 0,4%.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 9, 6)), "period", "received", "resolved") == [
        ("2026-08", None, 25100), ("2026-08M", 210400, None)]


def test_the_plans_total_in_one_sentence_and_the_count_done_in_the_next() -> None:
    text = ("Kế hoạch CCHC năm 2026 của tỉnh có 41 nhiệm vụ. Quý I, các sở, ngành đã hoàn thành 9 nhiệm vụ, "
            "32 nhiệm vụ còn lại đang triển khai.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 4, 8)), "period", "done", "total") == [
        ("2026-Q1", 9, 41)]


def test_a_count_done_after_another_programmes_total_is_not_the_plans() -> None:
    text = ("Kế hoạch chuyển đổi số năm 2026 của tỉnh có 41 nhiệm vụ. Quý I, các sở, ngành đã hoàn thành 9 "
            "nhiệm vụ.")
    assert _facts(text, "https://hanam.gov.vn/x", dt.date(2026, 4, 8)) == []


def test_the_plans_year_from_the_sentence_before_when_the_count_done_names_no_period() -> None:
    text = ("Kế hoạch cải cách hành chính năm 2026 của tỉnh gồm 44 nhiệm vụ. Đến nay, các cơ quan đã hoàn thành 30 "
            "nhiệm vụ.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 11, 8)), "period", "done", "total") == [
        ("2026", 30, 44)]


def test_a_period_without_a_comma_before_the_province_that_goes_on_with_the_index() -> None:
    text = ("Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4/2026 của tỉnh đạt 86,1 điểm, xếp thứ 9/34 tỉnh, thành "
            "phố. Trước sắp xếp, tháng 3/2025 tỉnh Hà Nam đạt 82,4 điểm, xếp thứ 30/63.")
    assert _slots(_facts(text, "https://ninhbinh.gov.vn/x", dt.date(2026, 5, 8)), "province", "period", "score",
                  "rank") == [("Hà Nam", "2025-03", 82.4, 30), ("Ninh Bình", "2026-04", 86.1, 9)]


def test_a_clause_led_by_khi_tinh_goes_on_with_the_index() -> None:
    text = ("Năm 2024, Chỉ số CCHC của tỉnh đạt 85,1%, xếp hạng 30/63. Sang năm 2025, kết quả khả quan hơn khi tỉnh "
            "đạt 87,4%, tăng 9 bậc, đứng thứ 21 cả nước.")
    assert _slots(_facts(text, "https://quangnam.gov.vn/x", dt.date(2026, 4, 8)), "year", "score", "rank",
                  "rank_change") == [(2024, 85.1, 30, None), (2025, 87.4, 21, 9)]


def test_two_old_provinces_dossiers_in_one_sentence_are_two_facts() -> None:
    text = ("Trong 6 tháng đầu năm 2025, tỉnh Hà Nam tiếp nhận 201.300 hồ sơ, tỷ lệ trực tuyến đạt 70,2%; tỉnh Nam "
            "Định (cũ) tiếp nhận 240.150 hồ sơ, tỷ lệ trực tuyến đạt 66,8%.")
    assert _slots(_facts(text, "https://ninhbinh.gov.vn/x", dt.date(2025, 7, 20)), "province", "received",
                  "online_pct") == [("Hà Nam", 201300, 70.2), ("Nam Định", 240150, 66.8)]


def test_a_province_in_a_closed_aside_is_not_the_subject_of_the_figures_after_it() -> None:
    text = ("Năm 2025, toàn tỉnh tiếp nhận 1,2 triệu hồ sơ (gồm cả số liệu của tỉnh Hà Nam cũ trong 6 tháng đầu "
            "năm), đã giải quyết 1.180.400 hồ sơ, trễ hạn 0,8%.")
    assert _slots(_facts(text, "https://ninhbinh.gov.vn/x", dt.date(2026, 1, 20)), "province", "received",
                  "resolved", "late_pct") == [("Ninh Bình", 1200000, 1180400, 0.8)]


def test_chi_or_con_right_before_a_share() -> None:
    text = ("9 tháng năm 2026, toàn tỉnh tiếp nhận 402.000 hồ sơ; tỷ lệ trễ hạn chỉ 0,38%, tỷ lệ hồ sơ trực tuyến "
            "còn 59,1% do hệ thống gián đoạn.")
    assert _slots(_facts(text, "https://thanhhoa.gov.vn/x", dt.date(2026, 10, 9)), "received", "late_pct",
                  "online_pct") == [(402000, 0.38, 59.1)]


def test_a_papers_dateline_before_a_province_that_goes_on_with_the_headlines_index() -> None:
    text = ("Tháng 5/2026, Nghệ An đứng thứ 3 về Bộ chỉ số phục vụ người dân, doanh nghiệp\n"
            "(Baonghean.vn) - Theo kết quả Văn phòng Chính phủ công bố, tháng 5/2026, tỉnh Nghệ An đạt 88,07 điểm, "
            "xếp thứ 3/34 tỉnh, thành phố.")
    assert _slots(_facts(text, "https://baonghean.vn/x", dt.date(2026, 6, 6)), "province", "period", "score",
                  "rank") == [("Nghệ An", "2026-05", 88.07, 3)]


def test_a_leader_in_a_counted_list_of_components() -> None:
    text = ("Chỉ số CCHC năm 2025 của tỉnh đạt 88,9%, xếp thứ 4/34. Trong 8 lĩnh vực, Bắc Ninh dẫn đầu cả nước ở 2 "
            "lĩnh vực: cải cách thể chế và cải cách tài chính công.")
    facts = _facts(text, "https://bacninh.gov.vn/x", dt.date(2026, 4, 2))
    assert _slots(facts, "component", "rank") == [
        ("Cải cách thể chế", 1), ("Cải cách tài chính công", 1), (None, 4)]


def test_two_components_then_lan_luot_xep_thu_gives_each_its_rank() -> None:
    text = ("Năm 2025, Chỉ số CCHC của tỉnh đạt 86,2%, xếp thứ 12/34. Cải cách tổ chức bộ máy hành chính và cải cách "
            "chế độ công vụ có kết quả tốt nhất, lần lượt xếp thứ 3 và thứ 7.")  # ("cao nhất" is national talk)
    facts = _facts(text, "https://daklak.gov.vn/x", dt.date(2026, 4, 2))
    assert _slots(facts, "component", "rank") == [
        ("Cải cách chế độ công vụ", 7), ("Cải cách tổ chức bộ máy hành chính", 3), (None, 12)]


def test_the_online_share_as_the_topic_then_each_provinces_own() -> None:
    text = ("Về tỷ lệ hồ sơ trực tuyến trong tháng 3/2026, Hưng Yên đạt 91,2%, Lai Châu chỉ đạt 35,6%; mức trung "
            "bình cả nước là 68,4%.")
    assert _slots(_facts(text, "https://chinhphu.vn/x", dt.date(2026, 4, 10)), "province", "period", "online_pct") == [
        ("Hưng Yên", "2026-03", 91.2), ("Lai Châu", "2026-03", 35.6)]


def test_rank_changes_respectively_for_the_provinces_listed() -> None:
    text = ("Chỉ số PAPI năm 2025 được công bố. Lạng Sơn tăng 20 bậc; Cao Bằng và Bắc Kạn lần lượt tăng 11 và 9 "
            "bậc.")
    assert _slots(_facts(text, "https://vnexpress.net/x", dt.date(2026, 5, 2)), "province", "rank_change") == [
        ("Bắc Kạn", 9), ("Cao Bằng", 11), ("Lạng Sơn", 20)]


def test_a_late_share_of_dossiers_resolved_after_a_share_of_dossiers_due() -> None:
    text = ("Năm 2025, toàn tỉnh giải quyết 270.100 hồ sơ, đạt 98,1% số hồ sơ đến hạn; tỷ lệ trễ hạn trên tổng số hồ "
            "sơ đã giải quyết là 0,74%.")
    assert _slots(_facts(text, "https://hungyen.gov.vn/x", dt.date(2026, 1, 9)), "resolved", "late_pct") == [
        (270100, 0.74)]


# ---------------------------------------------------------------- round W (long untidy pages)

def test_a_sites_banner_before_the_headline_is_furniture() -> None:
    text = ("Sở Nội vụ tỉnh Hà Nam\n"
            "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ\n"
            "Tổng kết công tác cải cách hành chính năm 2025\n"
            "Toàn tỉnh tiếp nhận 402.118 hồ sơ, đã giải quyết 398.001 hồ sơ.")
    assert _slots(_facts(text, "https://sonoivu.hanam.gov.vn/x", dt.date(2026, 1, 12)), "period", "received") == [
        ("2025", 402118)]


def test_a_pdf_letterhead_is_furniture_and_wrapped_lines_are_one_sentence() -> None:
    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH HÀ NAM                              Độc lập - Tự do - Hạnh phúc\n"
            "Số: 118/BC-UBND                  Hà Nam, ngày 20 tháng 12 năm 2025\n"
            "BÁO CÁO\n"
            "Tổng kết công tác cải cách hành chính năm 2025\n"
            "Trong năm, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp\n"
            "nhận 402.118 hồ sơ; đã giải quyết, trả kết quả đúng quy định cho người dân\n"
            "398.001 hồ sơ, tỷ lệ trễ hạn 0,7%.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x.pdf", dt.date(2025, 12, 22)), "period", "received",
                  "late_pct") == [("2025", 402118, 0.7)]


def test_only_a_full_line_before_a_lower_case_word_or_a_count_is_joined() -> None:
    from scrapers.extract.textnorm import Text

    short = "Kết quả nổi bật\ntỉnh tiếp nhận 12.000 hồ sơ."
    wrapped = ("Trong quý I/2026, các cơ quan hành chính trên địa bàn tỉnh đã giải quyết\n"
               "12.000 hồ sơ; trễ hạn 0,4%.\n2. Về kiểm tra")
    assert Text(short).nfc == short
    assert Text(wrapped).nfc == wrapped.replace("giải quyết\n", "giải quyết ")  # the list item stays


def test_up_to_the_end_of_a_quarter_and_as_of_a_date() -> None:
    text = ("Kế hoạch CCHC năm 2026 của tỉnh có 39 nhiệm vụ; đến hết quý I, các cơ quan đã hoàn thành 8 nhiệm vụ. "
            "Tính đến ngày 30/9/2026, đã hoàn thành 31/39 nhiệm vụ theo kế hoạch CCHC.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 10, 2)), "period", "done") == [
        ("2026-09M", 31), ("2026-Q1", 8)]


def test_a_named_district_or_department_leading_a_clause_gives_no_provincial_figure() -> None:
    text = ("Năm 2025, toàn tỉnh tiếp nhận 402.118 hồ sơ. Kết quả ở cấp huyện: TP. Phủ Lý tiếp nhận 61.300 hồ sơ, trễ "
            "hạn 0,3%; huyện Kim Bảng tiếp nhận 40.210 hồ sơ. Sở Tư pháp tiếp nhận 9.880 hồ sơ, trễ hạn 1,2%. "
            "Sở Nội vụ cho biết, toàn tỉnh có 71,5% hồ sơ nộp trực tuyến.")
    assert _slots(_facts(text, "https://hanam.gov.vn/x", dt.date(2026, 1, 12)), "received", "late_pct") == [
        (402118, None)]


def test_an_english_ranking_table_reads_its_header_and_the_year_it_ranks() -> None:
    text = ("Provincial Competitiveness Index\n"
            "PCI 2023 results: the leading provinces\n"
            "Rank\tProvince\tPCI 2023 score\tRank change vs 2022\n"
            "1\tLong An\t71.02\t+2\n"
            "2\tQuang Ninh\t70.85\t-1\n"
            "3\tBac Ninh\t70.40\t0\n")
    facts = _facts(text, "https://pcivietnam.vn/en/x", dt.date(2024, 5, 8))
    assert _slots(facts, "province", "year", "rank", "score", "rank_change") == [
        ("Bắc Ninh", 2023, 3, 70.4, 0), ("Long An", 2023, 1, 71.02, 2), ("Quảng Ninh", 2023, 2, 70.85, -1)]


def test_a_pillar_rank_column_gives_the_pillar_rank() -> None:
    text = ("Kết quả DTI năm 2024 của một số tỉnh Tây Nguyên:\n"
            "| Tỉnh | Chính quyền số (hạng) | Kinh tế số (hạng) | DTI 2024 (điểm) | Xếp hạng chung |\n"
            "| Gia Lai | 8 | 30 | 0,6021 | 19 |\n"
            "| Kon Tum | 41 | 22 | 0,5480 | 44 |\n"
            "| Đắk Lắk | 12 | 17 | 0,6112 | 15 |\n")
    facts = _facts(text, "https://baogialai.com.vn/x", dt.date(2025, 6, 2))
    assert _slots(facts, "province", "component", "rank", "score") == [
        ("Gia Lai", "Chính quyền số", 8, None), ("Gia Lai", "Kinh tế số", 30, None), ("Gia Lai", None, 19, 0.6021),
        ("Kon Tum", "Chính quyền số", 41, None), ("Kon Tum", "Kinh tế số", 22, None), ("Kon Tum", None, 44, 0.548),
        ("Đắk Lắk", "Chính quyền số", 12, None), ("Đắk Lắk", "Kinh tế số", 17, None), ("Đắk Lắk", None, 15, 0.6112)]


def test_one_provinces_scores_and_ranks_of_two_years_in_a_markdown_table() -> None:
    text = ("Bảng: Các chỉ số của tỉnh Yên Bái qua hai năm\n"
            "| Chỉ số | Điểm 2023 | Hạng 2023 | Điểm 2024 | Hạng 2024 | Thay đổi thứ hạng |\n"
            "|---|---|---|---|---|---|\n"
            "| Chỉ số CCHC (%) | 86,12 | 33 | 88,40 | 21 | +12 |\n"
            "| SIPAS (%) | 80,05 | 40 | 79,90 | 44 | -4 |\n")
    facts = _facts(text, "https://baoyenbai.com.vn/x", dt.date(2025, 5, 20))
    assert _slots(facts, "index", "year", "score", "rank", "prev_score", "prev_rank", "rank_change") == [
        ("PAR_INDEX", 2023, 86.12, 33, None, None, None), ("PAR_INDEX", 2024, 88.4, 21, 86.12, 33, 12),
        ("SIPAS", 2023, 80.05, 40, None, None, None), ("SIPAS", 2024, 79.9, 44, 80.05, 40, -4)]
    assert {f["province"] for f in facts} == {"Yên Bái"}


def test_a_quarters_dossiers_by_month_in_a_table() -> None:
    text = ("Kết quả giải quyết hồ sơ quý III năm 2024 của tỉnh theo từng tháng:\n"
            "Tháng\tTiếp nhận\tĐã giải quyết\tTỷ lệ trễ hạn\n"
            "Tháng 7/2024\t5.120\t4.980\t1,10%\n"
            "Tháng 8/2024\t5.402\t5.233\t0,85%\n"
            "Cộng quý III\t10.522\t10.213\t0,97%\n"
            "Cơ quan có nhiều hồ sơ nhất là Sở Tư pháp.")
    facts = _facts(text, "https://yenbai.gov.vn/x", dt.date(2024, 10, 8))
    assert _slots(facts, "period", "scope", "received", "resolved", "late_pct") == [
        ("2024-07", "toàn tỉnh", 5120, 4980, 1.1), ("2024-08", "toàn tỉnh", 5402, 5233, 0.85),
        ("2024-Q3", "toàn tỉnh", 10522, 10213, 0.97)]


def test_a_dossier_table_across_a_page_break_and_the_shares_said_after_it() -> None:
    text = ("Năm 2025, kết quả tiếp nhận, giải quyết hồ sơ của tỉnh như sau:\n"
            "Cấp | Tiếp nhận | Đã giải quyết\n"
            "Cấp tỉnh | 30.100 | 29.870\n"
            "                                        7\n"
            "Cấp | Tiếp nhận | Đã giải quyết\n"
            "Cấp xã | 51.200 | 50.950\n"
            "Tổng | 81.300 | 80.820\n"
            "Như vậy, tỷ lệ giải quyết trước hạn đạt 61,20%, đúng hạn 38,10%, trễ hạn\n"
            "0,70%. Tỷ lệ giải quyết đúng hạn đơn thư khiếu nại đạt 95%.")
    facts = _facts(text, "https://yenbai.gov.vn/x", dt.date(2025, 12, 28))
    assert _slots(facts, "scope", "received", "early_pct", "on_time_pct", "late_pct") == [
        ("cấp tỉnh", 30100, None, None, None), ("cấp xã", 51200, None, None, None),
        ("toàn tỉnh", 81300, None, None, None), ("toàn tỉnh", None, 61.2, 38.1, 0.7)]


def test_a_fronted_in_the_quarter_governs_the_next_sentence_too() -> None:
    text = ("Yên Bái đẩy mạnh đối thoại với doanh nghiệp\n"
            "Quý II/2025, tỉnh tổ chức nhiều hội nghị đối thoại với doanh nghiệp.\n"
            "Trong quý, toàn tỉnh tiếp nhận 40.118 hồ sơ, trễ hạn 0,6%. Tỷ lệ hồ sơ nộp trực tuyến đạt 71,3%.")
    facts = _facts(text, "https://yenbai.gov.vn/x", dt.date(2025, 7, 8))
    assert _slots(facts, "period", "received", "online_pct") == [("2025-Q2", 40118, None), ("2025-Q2", None, 71.3)]


def test_a_table_by_new_unit_and_old_province_gives_the_old_provinces_figures() -> None:
    text = ("Chỉ số SIPAS năm 2024 của các địa phương miền núi phía Bắc, theo tỉnh sau sắp xếp:\n"
            "Tỉnh (mới)\tĐịa phương trước sắp xếp\tSIPAS 2024 (%)\tXếp hạng 2024\n"
            "Tuyên Quang\tHà Giang\t84,10\t20\n"
            "\tTuyên Quang\t85,32\t14\n"
            "Lào Cai\tYên Bái\t83,05\t28\n"
            "\tLào Cai\t86,77\t9\n")
    facts = _facts(text, "https://baotuyenquang.com.vn/x", dt.date(2025, 9, 1))
    assert _slots(facts, "province", "score", "rank") == [
        ("Hà Giang", 84.1, 20), ("Lào Cai", 86.77, 9), ("Tuyên Quang", 85.32, 14), ("Yên Bái", 83.05, 28)]


def test_the_provinces_a_unit_was_merged_from_are_not_the_subject() -> None:
    text = ("Chỉ số DTI năm 2025: tỉnh Tuyên Quang (hợp nhất từ Tuyên Quang và Hà Giang) đạt 0,6120 điểm, "
            "xếp thứ 11/34. Năm 2023, tỉnh Hà Giang (cũ) xếp thứ 60/63.")
    facts = _facts(text, "https://vnexpress.net/x", dt.date(2026, 5, 1))
    assert _slots(facts, "province", "year", "score", "rank") == [("Hà Giang", 2023, None, 60),
                                                                  ("Tuyên Quang", 2025, 0.612, 11)]


def test_a_province_that_once_ranked_in_a_year_named_after_the_rank() -> None:
    text = ("Chỉ số PAPI năm 2025 của tỉnh Cao Bằng đạt 43,10 điểm, xếp thứ 9/34. "
            "Tỉnh Bắc Kạn từng xếp thứ 58/63 vào năm 2022.")
    facts = _facts(text, "https://baocaobang.vn/x", dt.date(2026, 5, 1))
    assert _slots(facts, "province", "year", "rank") == [("Bắc Kạn", 2022, 58), ("Cao Bằng", 2025, 9)]


def test_a_rank_with_its_own_year_keeps_it_and_lends_it_to_no_later_rank() -> None:
    text = "Chỉ số PCI: Long An, từng đứng thứ 3 năm 2016, đến năm 2021 chỉ còn xếp thứ 12."
    facts = _facts(text, "https://vnexpress.net/x", dt.date(2024, 5, 1))
    assert ("Long An", 2016, 3) in _slots(facts, "province", "year", "rank")
    assert ("Long An", 2016, 12) not in _slots(facts, "province", "year", "rank")


def test_the_plans_year_named_after_another_index_year_is_the_tasks_period() -> None:
    text = ("Ở Chỉ số PAPI 2024, tỉnh chỉ đạt 41,2 điểm; Kế hoạch CCHC năm 2025 của tỉnh có 52 nhiệm vụ, "
            "đến ngày 31/12/2025 đã hoàn thành 50 nhiệm vụ.")
    facts = [f for f in _facts(text, "https://baophuyen.vn/x", dt.date(2026, 1, 20)) if f["kind"] == "task_progress"]
    assert _slots(facts, "period", "done", "total") == [("2025", 50, 52)]


def test_tasks_carried_out_then_tasks_done() -> None:
    text = ("Năm 2025, tỉnh thực hiện 37 nhiệm vụ theo Kế hoạch CCHC (đã điều chỉnh), đã hoàn thành 35 nhiệm vụ, "
            "đạt 94,6%.")
    facts = _facts(text, "https://sonoivu.phuyen.gov.vn/x", dt.date(2026, 1, 20))
    assert _slots(facts, "period", "done", "total") == [("2025", 35, 37)]


def test_a_special_zones_own_share_in_a_related_link_is_no_provincial_figure() -> None:
    text = ("Tin khác\n"
            "- Đặc khu Vân Đồn tiếp nhận hồ sơ TTHC trực tuyến 100%\n"
            "- Đặc khu Cô Tô giải quyết 2.310 hồ sơ đúng hạn\n")
    assert _facts(text, "https://quangninh.gov.vn/x", dt.date(2025, 10, 2)) == []


def test_the_province_after_a_dashed_aside_naming_a_ministry() -> None:
    text = ("Theo kết quả Chỉ số PAPI năm 2021 - năm Bộ Nội vụ phối hợp khảo sát lần thứ hai - tỉnh đạt 42,70 điểm, "
            "xếp thứ 20/63.")
    facts = _facts(text, "https://sonoivu.phuyen.gov.vn/x", dt.date(2022, 5, 1))
    assert _slots(facts, "province", "year", "score", "rank") == [("Phú Yên", 2021, 42.7, 20)]


def test_a_province_given_as_an_example_with_its_own_result() -> None:
    text = ("Trong khi các tỉnh bạn như Bình Định năm 2023 đã vươn lên thứ 12 về PCI, tỉnh ta vẫn ở nhóm "
            "dưới. Cao như Khánh Hòa thì chưa được.")
    facts = _facts(text, "https://phuyen.gov.vn/x", dt.date(2024, 6, 1))
    assert _slots(facts, "province", "year", "rank") == [("Bình Định", 2023, 12)]


EN_PAGE = "https://en.baoquangninh.vn/x"


def test_an_english_edition_states_an_index_result() -> None:
    text = ("Quang Ninh's Satisfaction Index of Public Administrative Services (SIPAS) for 2023 reached 88.40%, "
            "ranking 5th out of 63 provinces and cities, down 2 places compared to 2022.")
    facts = _facts(text, EN_PAGE, dt.date(2024, 4, 20))
    assert _slots(facts, "province", "index", "year", "score", "rank", "rank_of", "rank_change") == [
        ("Quảng Ninh", "SIPAS", 2023, 88.4, 5, 63, -2)]


def test_english_neighbours_each_with_their_own_rank_and_the_province_itself() -> None:
    text = ("The province's PAPI 2023 scored 44.12 points, ranking 9th nationwide. Neighbouring Lang Son ranked "
            "30th in the PAPI with 42.05 points, while Bac Giang came 14th.")
    facts = _facts(text, EN_PAGE, dt.date(2024, 4, 20))
    assert _slots(facts, "province", "year", "score", "rank") == [
        ("Bắc Giang", 2023, None, 14), ("Lạng Sơn", 2023, 42.05, 30), ("Quảng Ninh", 2023, 44.12, 9)]


def test_english_tasks_and_dossiers_with_the_period_of_the_paragraph() -> None:
    text = ("In the first nine months of 2024, the province completed 30 of the 44 tasks in its PAR plan. "
            "Agencies received 802,113 dossiers, of which 611,040 were submitted online, accounting for 76.2%. "
            "A total of 790,455 dossiers have been settled.")
    facts = _facts(text, EN_PAGE, dt.date(2024, 10, 10))
    assert _slots([f for f in facts if f["kind"] == "task_progress"], "province", "period", "done", "total") == [
        ("Quảng Ninh", "2024-09M", 30, 44)]
    assert _slots([f for f in facts if f["kind"] == "dossier_stats"], "period", "received", "online", "online_pct",
                  "resolved") == [("2024-09M", 802113, 611040, 76.2, None), ("2024-09M", None, None, None, 790455)]


def test_english_targets_averages_and_comparisons_are_no_facts() -> None:
    text = ("The province aims to rank among the top 5 in the PAR Index by 2025. The national average PAR Index "
            "score was 84.10%. Its result was higher than Hai Phong, which ranked 2nd in 2019.")
    assert [f for f in _facts(text, EN_PAGE, dt.date(2024, 4, 20)) if f["province"] == "Quảng Ninh"] == []


def test_a_change_or_rank_stated_right_before_the_index_it_is_of() -> None:
    text = "Tỉnh Hà Giang lân cận cũng tăng 11 bậc Chỉ số SIPAS năm 2023. Cao Bằng xếp thứ 41 Chỉ số SIPAS năm 2023."
    facts = _facts(text, "https://baotuyenquang.com.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "index", "year", "rank", "rank_change") == [
        ("Cao Bằng", "SIPAS", 2023, 41, None), ("Hà Giang", "SIPAS", 2023, None, 11)]


def test_a_province_in_the_lowest_scoring_group_still_has_its_own_rank() -> None:
    text = ("Chỉ số PAPI năm 2024: tỉnh Lai Châu đạt 39,80 điểm, thuộc nhóm đạt điểm thấp nhất, xếp thứ 60/63. "
            "Địa phương có điểm thấp nhất cả nước đạt 38,02 điểm.")
    facts = _facts(text, "https://vnexpress.net/x", dt.date(2025, 4, 20))
    assert _slots(facts, "province", "score", "rank") == [("Lai Châu", 39.8, 60)]


def test_a_rankings_size_in_parentheses_after_its_name_is_each_ranks_total() -> None:
    text = ("Trên bảng xếp hạng PCI năm 2022 (63 tỉnh, thành phố), Sóc Trăng xếp thứ 40 với 63,10 điểm, "
            "Bạc Liêu xếp thứ 52.")
    facts = _facts(text, "https://baosoctrang.org.vn/x", dt.date(2023, 5, 10))
    assert _slots(facts, "province", "rank", "rank_of") == [("Bạc Liêu", 52, 63), ("Sóc Trăng", 40, 63)]


def test_a_leader_in_a_year_named_after_the_lead_with_its_score() -> None:
    # (when the second sentence does not name the index again, its 2018 lead is still missed)
    text = ("Chỉ số PCI: năm 2014, Bến Tre đứng số 1 với 64,10 điểm. Chỉ số PCI: Đồng Tháp vươn lên dẫn đầu vào "
            "năm 2018 với 70,19 điểm; đến PCI 2021, tỉnh vẫn đứng đầu với 72,01 điểm.")
    facts = _facts(text, "https://vnexpress.net/x", dt.date(2024, 5, 1))
    assert _slots(facts, "province", "year", "rank", "score") == [
        ("Bến Tre", 2014, 1, 64.1), ("Đồng Tháp", 2018, 1, 70.19), ("Đồng Tháp", 2021, 1, 72.01)]


def test_a_months_score_after_a_source_and_a_period_without_comma_and_the_next_months_rise() -> None:
    text = ("Bộ chỉ số phục vụ người dân, doanh nghiệp: Bình Định cải thiện thứ hạng\n"
            "Theo số liệu Văn phòng Chính phủ công khai trên Cổng Dịch vụ công quốc gia, tháng 2/2025 tỉnh đạt "
            "79,10 điểm, xếp thứ 35/63 tỉnh, thành phố. Sang tháng 3, điểm số tăng lên 81,42 điểm (hạng 27).")
    facts = _facts(text, "https://baobinhdinh.vn/x", dt.date(2025, 4, 20))
    assert _slots(facts, "province", "period", "score", "rank", "score_change") == [
        ("Bình Định", "2025-02", 79.1, 35, None), ("Bình Định", "2025-03", 81.42, 27, None)]


def test_a_habitual_lead_without_a_year_and_a_rank_among_the_top_group_published() -> None:
    text = ("Bình Dương là địa phương nhiều năm liền dẫn đầu cả nước về Chỉ số SIPAS. "
            "Chỉ số PCI 2023 của tỉnh Bình Định xếp thứ 9 trong nhóm 30 địa phương có điểm số cao nhất được "
            "công bố, tăng 3 bậc so với năm 2022.")
    facts = _facts(text, "https://baobinhdinh.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "index", "year", "rank", "rank_change") == [("Bình Định", "PCI", 2023, 9, 3)]


def test_a_score_out_of_a_decimal_maximum_and_a_difference_from_the_average() -> None:
    text = ("Chỉ số CCHC năm 2023 của tỉnh đạt 86,10%, thấp hơn mức trung bình chung 0,42%.\n"
            "- Cải cách chế độ công vụ đạt 11,05/13,5 điểm, xếp thứ 30/63;\n"
            "- Cải cách thể chế đạt 7,90/9,5 điểm, xếp thứ 41/63.")
    facts = _facts(text, "https://sonoivu.quangtri.gov.vn/x", dt.date(2024, 5, 2))
    assert _slots(facts, "component", "score", "rank") == [
        ("Cải cách chế độ công vụ", 11.05, 30), ("Cải cách thể chế", 7.9, 41), (None, 86.1, None)]


def test_components_and_their_figures_both_separated_by_semicolons() -> None:
    text = ("Chỉ số SIPAS năm 2022 của tỉnh Yên Bái đạt 84,20%, xếp thứ 31/63.\n"
            "Ba chỉ số thành phần: Tiếp cận dịch vụ; Thủ tục hành chính; Kết quả dịch vụ của tỉnh lần lượt đạt "
            "85,10%; 83,45%; 84,02%.")
    facts = _facts(text, "https://sonoivu.yenbai.gov.vn/x", dt.date(2023, 6, 1))
    assert _slots(facts, "component", "score") == [
        ("Kết quả dịch vụ", 84.02), ("Thủ tục hành chính", 83.45), ("Tiếp cận dịch vụ", 85.1), (None, 84.2)]


def test_a_named_province_with_the_best_result_keeps_its_own_figures() -> None:
    text = ("Chỉ số CCHC năm 2023 của tỉnh Hà Tĩnh đạt 85,02%, xếp thứ 25/63.\n"
            "Trong khu vực Bắc Trung Bộ, Nghệ An có kết quả cao nhất, đạt 87,64%, xếp thứ 9/63. "
            "Địa phương có kết quả thấp nhất đạt 77,15%.")
    facts = _facts(text, "https://snv.hatinh.gov.vn/x", dt.date(2024, 5, 3))
    assert _slots(facts, "province", "score", "rank") == [("Hà Tĩnh", 85.02, 25), ("Nghệ An", 87.64, 9)]


def test_two_months_respectively_with_their_ranks_and_a_month_opened_by_den() -> None:
    text = ("Bộ chỉ số phục vụ người dân, doanh nghiệp: Bình Phước tăng hạng\n"
            "Theo Cổng Dịch vụ công quốc gia, tháng 1/2024 tỉnh đạt 75,30 điểm, xếp thứ 44/63. "
            "Tháng 2 và tháng 3, tỉnh lần lượt đạt 77,12 điểm và 79,85 điểm, xếp thứ 38 và 29. "
            "Đến tháng 4/2024, dù điểm số giảm còn 79,02 điểm, tỉnh vẫn đứng thứ 31/63, cao hơn 12 bậc so với "
            "cùng kỳ năm 2023 (tháng 4/2023 tỉnh đạt 70,11 điểm).")
    facts = _facts(text, "https://baobinhphuoc.com.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "period", "score", "rank", "prev_score") == [
        ("2024-01", 75.3, 44, None), ("2024-02", 77.12, 38, None), ("2024-03", 79.85, 29, None),
        ("2024-04", 79.02, 31, None)]


def test_a_paragraph_breaking_figures_down_by_level_keeps_the_period_the_last_paragraph_opened_with() -> None:
    text = ("Năm 2024, toàn tỉnh tiếp nhận 845.112 hồ sơ, đã giải quyết 830.450 hồ sơ. Năm 2023, con số tiếp "
            "nhận là 790.004 hồ sơ.\n"
            "Chia theo cấp, cấp tỉnh tiếp nhận 120.330 hồ sơ, tỷ lệ trễ hạn 0,51%.")
    facts = _facts(text, "https://sonoivu.kontum.gov.vn/x", dt.date(2025, 1, 20))
    assert sorted((f["period"], f["received"]) for f in facts) == [("2023", 790004), ("2024", 120330), ("2024", 845112)]


def test_dossiers_online_end_to_end_after_the_online_count_are_a_part_of_it() -> None:
    text = ("Trong tháng 3/2025, toàn tỉnh tiếp nhận 40.210 hồ sơ, trong đó trực tuyến 31.005 hồ sơ (77,1%). "
            "Trong số hồ sơ trực tuyến, có 12.400 hồ sơ trực tuyến toàn trình, chiếm 40%.\n"
            "Trong tháng 4/2025, tỉnh tiếp nhận 38.900 hồ sơ; có 15.020 hồ sơ trực tuyến toàn trình, đạt 38,6%.")
    facts = _facts(text, "https://snv.ninhthuan.gov.vn/x", dt.date(2025, 5, 6))
    assert _slots(facts, "period", "received", "online", "online_pct") == [
        ("2025-03", 40210, 31005, 77.1), ("2025-04", 38900, 15020, 38.6)]


def test_a_dossier_table_with_a_row_per_province_after_a_running_number() -> None:
    text = ("Tỷ lệ hồ sơ trực tuyến quý II/2025 của các địa phương vùng Tây Nguyên\n"
            "Số liệu quý II/2025 của các địa phương trong vùng:\n"
            "STT | Địa phương | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%)\n"
            "1 | Gia Lai | 210.450 | 71,20\n"
            "2 | Đắk Lắk (mới) | 198.004 | 65,75\n"
            "3 | TP. Buôn Ma Thuột | 40.112 | 80,01\n"
            "4 | Lâm Đồng | 230.981 | 69,40")
    facts = _facts(text, "https://baogialai.com.vn/x", dt.date(2025, 7, 15))
    assert _slots(facts, "province", "period", "received", "online_pct") == [
        ("Gia Lai", "2025-Q2", 210450, 71.2), ("Lâm Đồng", "2025-Q2", 230981, 69.4),
        ("Đắk Lắk", "2025-Q2", 198004, 65.75)]


def test_a_wards_page_gives_its_own_unnamed_figures_to_nobody() -> None:
    text = ("UBND PHƯỜNG ĐÔNG HÀ\n"
            "Phường Đông Hà sơ kết công tác cải cách hành chính quý III/2025\n"
            "Trong quý III/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 6.120 hồ sơ, tỷ lệ trễ hạn 0,4%. "
            "Hồ sơ nộp trực tuyến là 5.210 hồ sơ, đạt 85,13%. Toàn tỉnh tiếp nhận 210.400 hồ sơ.")
    facts = _facts(text, "https://dongha.quangtri.gov.vn/x", dt.date(2025, 10, 8))
    assert _slots(facts, "province", "received", "online") == [("Quảng Trị", 210400, None)]


def test_a_district_level_city_after_o_cap_huyen_and_a_target_governing_the_whole_sentence() -> None:
    text = ("6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 402.115 hồ sơ, tỷ lệ trực tuyến 61,2%. Ở cấp huyện, TP. "
            "Nam Định tiếp nhận nhiều hồ sơ nhất với 30.412 hồ sơ, tỷ lệ trực tuyến 77,5%.\n"
            "Tỉnh phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70%, hoàn thành 40/40 nhiệm vụ CCHC.")
    facts = _facts(text, "https://snv.namdinh.gov.vn/x", dt.date(2024, 7, 10))
    assert _slots(facts, "kind", "received", "online_pct") == [("dossier_stats", 402115, 61.2)]


def test_all_of_a_plans_tasks_done_as_a_hundred_percent_but_not_as_a_target() -> None:
    done = _facts("Kế hoạch CCHC năm 2025 của tỉnh gồm 47 nhiệm vụ; đến ngày 31/12/2025, các cơ quan đã hoàn thành "
                  "100% nhiệm vụ.", "https://snv.laichau.gov.vn/x", dt.date(2026, 1, 12))
    target = _facts("Kế hoạch CCHC năm 2026 của tỉnh gồm 50 nhiệm vụ; phấn đấu hoàn thành 100% nhiệm vụ.",
                    "https://snv.laichau.gov.vn/x", dt.date(2026, 1, 12))
    assert _slots(done, "period", "done", "total") == [("2025", 47, 47)]
    assert target == []


def test_an_online_count_with_an_aside_of_counts_before_its_share() -> None:
    text = ("Trong tháng 8/2024, toàn tỉnh tiếp nhận 30.118 hồ sơ. Hồ sơ trực tuyến là 18.240 hồ sơ (toàn trình "
            "9.101 hồ sơ, một phần 9.139 hồ sơ), đạt 60,56%.")
    facts = _facts(text, "https://soctrang.gov.vn/x", dt.date(2024, 9, 6))
    assert _slots(facts, "received", "online", "online_pct") == [(30118, None, None), (None, 18240, 60.56)]


def test_named_provinces_online_shares_in_a_ranking_and_a_comparison() -> None:
    ranking = _facts("Trong 6 tháng đầu năm 2025, cả nước có 20/63 tỉnh, thành phố đạt tỷ lệ hồ sơ trực tuyến trên "
                     "70%; Bình Dương dẫn đầu với 91,3%, tiếp theo là Đà Nẵng (89,8%) và Quảng Ninh (87,2%).",
                     "https://baochinhphu.vn/x", dt.date(2025, 7, 20))
    compared = _facts("Trong quý I/2025, toàn tỉnh tiếp nhận 51.204 hồ sơ, số hồ sơ trực tuyến là 20.010 hồ sơ, "
                      "chiếm 39,1%, thấp hơn Bình Dương (62,4%); tỷ lệ trễ hạn 1,1%, cao hơn Long An (0,8%).",
                      "https://baotayninh.vn/x", dt.date(2025, 4, 10))
    assert _slots(ranking, "province", "period", "online_pct") == [
        ("Bình Dương", "2025-06H1", 91.3), ("Quảng Ninh", "2025-06H1", 87.2), ("Đà Nẵng", "2025-06H1", 89.8)]
    assert _slots(compared, "province", "online_pct", "late_pct") == [("Bình Dương", 62.4, None), ("Tây Ninh", 39.1, 1.1)]


def test_a_component_that_keeps_or_stands_at_a_level_but_not_one_above_a_level() -> None:
    text = ("Chỉ số PCI năm 2023 của tỉnh Hưng Yên đạt 68,20 điểm, xếp thứ 12/63. Chỉ số Tính minh bạch giữ mức "
            "6,40 điểm; chỉ số Chi phí thời gian ở mức 7,05 điểm. Chỉ số Hỗ trợ doanh nghiệp cao hơn mức 6,1 điểm "
            "của năm trước.")
    facts = _facts(text, "https://baohungyen.vn/x", dt.date(2024, 5, 12))
    assert _slots(facts, "component", "score") == [("Chi phí thời gian", 7.05), ("Tính minh bạch", 6.4), (None, 68.2)]


def test_a_list_of_ranks_with_the_verb_left_out_and_the_ranking_size_after_its_name() -> None:
    text = ("Trên bảng xếp hạng PAPI năm 2022 của 63 tỉnh, thành phố, Bến Tre xếp thứ 7, Vĩnh Long thứ 22 và "
            "Trà Vinh thứ 41. Trong năm thứ 3 liên tiếp, tỉnh giữ vị trí này.")
    facts = _facts(text, "https://bentre.gov.vn/x", dt.date(2023, 5, 3))
    assert _slots(facts, "province", "rank", "rank_of") == [
        ("Bến Tre", 7, 63), ("Trà Vinh", 41, 63), ("Vĩnh Long", 22, 63)]


def test_another_published_index_named_beside_ours_keeps_its_rank() -> None:
    text = ("Năm 2024, Chỉ số DTI của tỉnh Hà Tĩnh đạt 0,5812 điểm, xếp thứ 21/63. Cùng với DTI, Chỉ số đổi mới "
            "sáng tạo cấp địa phương (PII) năm 2024 của tỉnh xếp thứ 30/63.")
    facts = _facts(text, "https://hatinh.gov.vn/x", dt.date(2025, 3, 3))
    assert _slots(facts, "index", "score", "rank") == [("DTI", 0.5812, 21)]


def test_an_apposition_with_a_group_and_provinces_given_as_examples_go_on_with_the_index() -> None:
    text = ("Bình Dương đạt 69,80 điểm PCI 2022, đứng thứ 2. Bắc Ninh, tỉnh từng nhiều năm trong top 5, năm nay "
            "xuống vị trí thứ 9. Cũng có những tỉnh tiến bộ như Bắc Kạn tăng 17 bậc.")
    facts = _facts(text, "https://vneconomy.vn/x", dt.date(2023, 5, 10))
    assert _slots(facts, "province", "rank", "rank_change") == [
        ("Bình Dương", 2, None), ("Bắc Kạn", None, 17), ("Bắc Ninh", 9, None)]


def test_provinces_opening_a_sentence_take_the_respective_changes_of_its_later_clause() -> None:
    text = ("Chỉ số PCI 2022: Bình Dương đứng thứ 2 với 69,80 điểm. Phú Thọ và Lạng Sơn là hai tỉnh cải thiện "
            "mạnh nhất so với năm 2021, lần lượt tăng 16 và 13 bậc.")
    facts = _facts(text, "https://vneconomy.vn/x", dt.date(2023, 5, 10))
    assert _slots(facts, "province", "rank_change") == [("Bình Dương", None), ("Lạng Sơn", 13), ("Phú Thọ", 16)]


def test_an_aside_with_its_own_province_before_the_index_it_is_about() -> None:
    text = ("Tin nổi bật\nNgoài bảng xếp hạng chung, nơi Bắc Ninh đứng đầu với 88,40%, Chỉ số CCHC năm 2021 còn "
            "xếp hạng các địa phương theo từng lĩnh vực.")
    facts = _facts(text, "https://laodong.vn/x", dt.date(2022, 5, 2))
    assert _slots(facts, "province", "index", "year", "score", "rank") == [("Bắc Ninh", "PAR_INDEX", 2021, 88.4, 1)]


def test_a_component_ranked_lowest_and_a_dossier_lead_after_an_index_sentence() -> None:
    text = ("Chỉ số CCHC năm 2023 của tỉnh Yên Bái đạt 86,10%, xếp thứ 30/63; lĩnh vực cải cách chế độ công vụ "
            "xếp thấp nhất, thứ 58/63. Chỉ số SIPAS đạt 83,2%. Tỉnh Lào Cai dẫn đầu vùng về tỷ lệ hồ sơ trực "
            "tuyến năm 2023 với 71,6%.")
    facts = _facts(text, "https://yenbai.gov.vn/x", dt.date(2024, 4, 20))
    index = [f for f in facts if f["kind"] == "index_result"]
    assert _slots(index, "province", "index", "component", "rank") == [
        ("Yên Bái", "PAR_INDEX", "Cải cách chế độ công vụ", 58), ("Yên Bái", "PAR_INDEX", None, 30),
        ("Yên Bái", "SIPAS", None, None)]


def test_invisible_characters_and_spaces_inside_numbers_and_words() -> None:
    text = ("Năm 2023, toàn tỉnh tiếp nhận 356\u202f208 hồ sơ, đã giải quyết 349 . 771 hồ sơ. Chỉ số PCI 2023 "
            "của tỉnh Nam Định đạt 66,\u200b15 điểm; chỉ số thành phần Tính năng đ\u00adộng đạt 6,92 điểm.")
    facts = _facts(text, "https://namdinh.gov.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "kind", "component", "score", "received", "resolved") == [
        ("dossier_stats", None, None, 356208, 349771), ("index_result", "Tính năng động", 6.92, None, None),
        ("index_result", None, 66.15, None, None)]
    assert all(f["evidence"] in text for f in facts)


def test_a_pdf_line_break_inside_a_number_and_after_the_word_for_year() -> None:
    text = ("Năm 2023, theo số liệu của hệ thống một cửa điện tử, toàn tỉnh tiếp nhận 241.\n"
            "306 hồ sơ TTHC. Chỉ số SIPAS năm\n2022 của tỉnh Phú Yên đạt 80,4%, xếp thứ 41/63.")
    facts = _facts(text, "https://snv.phuyen.gov.vn/x", dt.date(2023, 12, 20))
    assert _slots(facts, "kind", "year", "score", "received") == [
        ("dossier_stats", None, None, 241306), ("index_result", 2022, 80.4, None)]


def test_capitals_a_lead_in_period_over_bullets_and_a_threshold() -> None:
    text = ("CHỈ SỐ CCHC NĂM 2023 CỦA TỈNH SƠN LA ĐẠT 84,10%, TĂNG 3 BẬC SO VỚI NĂM 2022; CHỈ SỐ SIPAS NĂM 2023 "
            "ĐẠT 81,50%.\n"
            "Số liệu 6 tháng đầu năm 2024:\n"
            "• Toàn tỉnh tiếp nhận 120.455 hồ sơ, đã giải quyết 116.210 hồ sơ\n"
            "• Tỷ lệ hồ sơ trực tuyến: 41,2%\n"
            "Chỉ tiêu năm 2024:\n"
            "• Tỷ lệ hồ sơ trực tuyến đạt 50% trở lên\n"
            "Quý I/2024, các sở, ban, ngành và UBND cấp huyện đã hoàn thành 9/45 nhiệm vụ của Kế hoạch CCHC "
            "năm 2024.")
    facts = _facts(text, "https://sonla.gov.vn/x", dt.date(2024, 7, 5))
    assert _slots(facts, "kind", "index", "period", "score", "received", "online_pct", "done") == [
        ("dossier_stats", None, "2024-06H1", None, 120455, None, None),
        ("dossier_stats", None, "2024-06H1", None, None, 41.2, None),
        ("index_result", "PAR_INDEX", None, 84.1, None, None, None),
        ("index_result", "SIPAS", None, 81.5, None, None, None),
        ("task_progress", None, "2024-Q1", None, None, None, 9)]


def test_a_late_share_on_its_own_and_an_online_share_before_a_payment_share() -> None:
    text = ("Trong quý II/2024, toàn tỉnh tiếp nhận 75.320 hồ sơ. Tỷ lệ trễ hạn: 0,48%. Tỷ lệ hồ sơ trực tuyến "
            "6 tháng đầu năm 2024 của tỉnh đạt 38,2%, tỷ lệ thanh toán trực tuyến đạt 12,4%.")
    facts = _facts(text, "https://tuyenquang.gov.vn/x", dt.date(2024, 7, 8))
    assert _slots(facts, "period", "received", "late_pct", "online_pct") == [
        ("2024-06H1", None, None, 38.2), ("2024-Q2", 75320, None, None), ("2024-Q2", None, 0.48, None)]


def test_after_a_ministry_and_a_province_lead_the_ranking_goes_on_after_the_named_province() -> None:
    text = ("Theo Chỉ số SIPAS năm 2021, Bộ Công Thương (88,10%) và Hải Dương (89,02%) lần lượt dẫn đầu khối bộ "
            "và khối tỉnh; xếp sau Hải Dương là Hòa Bình (88,70%) và Bến Tre (88,02%).")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2022, 5, 1))
    assert _slots(facts, "province", "score", "rank") == [
        ("Bến Tre", 88.02, 3), ("Hòa Bình", 88.7, 2), ("Hải Dương", 89.02, 1)]


def test_the_whole_city_on_a_merged_provinces_site_is_the_city_just_named() -> None:
    text = ("Tháng 9/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp của TP. Hồ Chí Minh đạt 87,10 điểm. "
            "Trong tháng 9/2025, toàn thành phố tiếp nhận 590.112 hồ sơ TTHC. Tại thành phố Vũng Tàu cũ, tỷ lệ "
            "trực tuyến cao hơn.")
    facts = _facts(text, "https://baobariavungtau.com.vn/x", dt.date(2025, 10, 10))
    dossiers = [f for f in facts if f["kind"] == "dossier_stats"]
    assert _slots(dossiers, "province", "received") == [("Hồ Chí Minh", 590112)]


def test_components_reaching_the_highest_and_the_lowest_named_after() -> None:
    text = ("Chỉ số SIPAS năm 2021 của tỉnh Ninh Thuận đạt 84,60%, xếp thứ 20/63. Trong 5 chỉ số thành phần, chỉ "
            "số Kết quả dịch vụ đạt cao nhất với 89,20%; thấp nhất là chỉ số Tiếp nhận, xử lý góp ý, phản ánh, "
            "kiến nghị, chỉ đạt 70,15%.")
    facts = _facts(text, "https://ninhthuan.gov.vn/x", dt.date(2022, 5, 3))
    assert _slots(facts, "component", "score") == [
        ("Kết quả dịch vụ", 89.2), ("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", 70.15), (None, 84.6)]


def test_the_ministrys_ranking_is_the_par_index_after_a_sentence_on_departments() -> None:
    text = ("Ngày 10/5, UBND tỉnh Phú Thọ công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành. Theo báo cáo, "
            "trong bảng xếp hạng do Bộ Nội vụ công bố ngày 17/4/2024, Phú Thọ được đánh giá 87,02%, đứng thứ 25 "
            "trong số 63 tỉnh, thành phố. Cùng với PII, tỉnh xếp thứ 20/63.")
    facts = _facts(text, "https://phutho.gov.vn/x", dt.date(2024, 5, 12))
    assert _slots(facts, "province", "index", "year", "score", "rank", "rank_of") == [
        ("Phú Thọ", "PAR_INDEX", 2023, 87.02, 25, 63)]


def test_an_online_count_after_a_judgement_of_it() -> None:
    text = ("Năm 2019, toàn tỉnh tiếp nhận 152.300 hồ sơ TTHC. Số hồ sơ nộp qua dịch vụ công trực tuyến mức độ "
            "3, 4 vẫn còn hạn chế, chỉ đạt 2.210 hồ sơ.")
    facts = _facts(text, "https://quangtri.gov.vn/x", dt.date(2020, 1, 10))
    assert _slots(facts, "received", "online") == [(152300, None), (None, 2210)]


def test_a_table_with_a_year_per_row_under_a_province_caption() -> None:
    text = ("Kết quả Chỉ số SIPAS của tỉnh Sóc Trăng qua các năm như sau:\n"
            "| Năm | Chỉ số (%) | Thứ hạng | Tăng/giảm bậc |\n"
            "| 2021 | 82,14 | 45/63 | - |\n"
            "| 2022 | 84,90 | 29/63 | +16 |\n"
            "| 2023 | 83,75 | 33/63 | -4 |\n"
            "Nguồn: Bộ Nội vụ.")
    facts = _facts(text, "https://soctrang.gov.vn/x", dt.date(2024, 6, 1))
    assert _slots(facts, "province", "index", "year", "score", "rank", "rank_of", "rank_change") == [
        ("Sóc Trăng", "SIPAS", 2021, 82.14, 45, 63, None), ("Sóc Trăng", "SIPAS", 2022, 84.9, 29, 63, 16),
        ("Sóc Trăng", "SIPAS", 2023, 83.75, 33, 63, -4)]


def test_a_questioners_figures_are_not_results_the_answers_are() -> None:
    text = ("PV: Có ý kiến cho rằng Chỉ số PAPI năm 2023 của tỉnh chỉ đạt 40,2 điểm, xếp thứ 50. Ông nghĩ sao?\n"
            "Ông Lê Văn T.: Theo kết quả chính thức, tỉnh đạt 43,05 điểm, xếp thứ 22/63.\n"
            "Nội dung câu hỏi:\n"
            "Tôi đọc được rằng năm 2023 tỉnh hoàn thành 20/30 nhiệm vụ CCHC.\n"
            "Trả lời:\n"
            "Năm 2023, tỉnh hoàn thành 29/30 nhiệm vụ CCHC. Người dẫn chương trình hỏi có phải tỉnh tiếp nhận "
            "900.000 hồ sơ không. Năm 2023 toàn tỉnh tiếp nhận 812.400 hồ sơ.")
    facts = _facts(text, "https://phuyen.gov.vn/x", dt.date(2024, 5, 20))
    assert _slots([f for f in facts if f["kind"] == "index_result"], "score", "rank") == [(43.05, 22)]
    assert _slots([f for f in facts if f["kind"] == "task_progress"], "done", "total") == [(29, 30)]
    assert _slots([f for f in facts if f["kind"] == "dossier_stats"], "received") == [(812400,)]


def test_a_readers_statement_without_a_question_is_read() -> None:
    text = "Bạn đọc Trần Văn H. (huyện Đông Hòa): Tôi rất vui vì Chỉ số SIPAS năm 2023 của tỉnh đạt 84,10%."
    facts = _facts(text, "https://phuyen.gov.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "index", "score") == [("SIPAS", 84.1)]


def test_a_national_papers_masthead_is_not_the_headline() -> None:
    text = ("Báo Điện tử Chính phủ\n"
            "Chủ tịch UBND tỉnh Hà Tĩnh: “Chỉ số CCHC là thước đo của cả bộ máy”\n"
            "Ông Võ Văn P.: Chỉ số CCHC năm 2023 của tỉnh đạt 87,50%, xếp thứ 12/63.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "score", "rank") == [("Hà Tĩnh", 87.5, 12)]


def test_a_hypothetical_with_a_modal_consequence_is_no_result_a_comparison_is() -> None:
    text = ("Chỉ số PAPI năm 2023 của tỉnh đạt 42,10 điểm. Nếu lĩnh vực Quản trị điện tử đạt 4 điểm thì tỉnh "
            "sẽ vào nhóm cao nhất. Nếu so với năm 2022, tỉnh đã tăng 6 bậc, điều này có thể xem là bước tiến.")
    facts = _facts(text, "https://haugiang.gov.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "year", "component", "score", "rank_change") == [(2023, None, 42.1, None), (2023, None, None, 6)]


def test_the_year_just_past_at_a_review_early_in_the_next_year() -> None:
    text = "Năm qua, tỉnh đã hoàn thành 33/36 nhiệm vụ của Kế hoạch CCHC. 10 năm qua, tỉnh hoàn thành 300 nhiệm vụ."
    assert _slots(_facts(text, "https://tayninh.gov.vn/x", dt.date(2024, 1, 8)), "period", "done", "total") == [
        ("2023", 33, 36)]
    assert _slots(_facts(text, "https://tayninh.gov.vn/x", dt.date(2023, 12, 20)), "period", "done", "total") == [
        ("2023", 33, 36)]


def test_what_is_left_a_late_share_and_a_rank_fallen_to() -> None:
    text = ("Năm 2023, tỷ lệ hồ sơ trễ hạn của toàn tỉnh chỉ còn 0,52%. Năm 2018, Chỉ số PCI của tỉnh đứng thứ 9; "
            "đến năm 2023 chỉ còn thứ 30.")
    facts = _facts(text, "https://tayninh.gov.vn/x", dt.date(2024, 3, 8))
    assert _slots(facts, "kind", "year", "rank", "late_pct") == [
        ("dossier_stats", None, None, 0.52), ("index_result", 2018, 9, None), ("index_result", 2023, 30, None)]


def test_online_dossiers_out_of_the_dossiers_received_in_words() -> None:
    text = "Quý I/2024, toàn tỉnh có 41.200 hồ sơ trực tuyến trên tổng số 60.500 hồ sơ tiếp nhận, đạt 68,10%."
    facts = _facts(text, "https://tayninh.gov.vn/x", dt.date(2024, 4, 8))
    assert _slots(facts, "period", "received", "online", "online_total", "online_pct") == [
        ("2024-Q1", 60500, 41200, 60500, 68.1)]


def test_a_list_after_tiep_theo_la_with_each_provinces_own_rank() -> None:
    text = ("Chỉ số SIPAS năm 2023: Bến Tre đạt 86,40%, xếp thứ 12; tiếp theo là Trà Vinh xếp thứ 20, "
            "Vĩnh Long thứ 26 và Sóc Trăng thứ 41.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "rank") == [("Bến Tre", 12), ("Sóc Trăng", 41), ("Trà Vinh", 20), ("Vĩnh Long", 26)]


def test_the_ministries_block_in_passing_does_not_end_the_provinces_run() -> None:
    text = ("Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố: Quảng Ninh dẫn đầu với 91,20%. Ở khối bộ, ngành, Bộ Tài "
            "chính dẫn đầu với 90,11%.\nTrong vùng Đồng bằng sông Cửu Long, Cần Thơ đạt 88,02%, xếp thứ 9/63.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "index", "score", "rank", "rank_of") == [
        ("Cần Thơ", "PAR_INDEX", 88.02, 9, 63), ("Quảng Ninh", "PAR_INDEX", 91.2, 1, 63)]


def test_a_gap_between_two_provinces_and_a_districts_share_after_a_comma() -> None:
    text = ("Theo PAPI 2023, Bắc Ninh đạt 44,10 điểm; Bắc Giang đạt 43,60 điểm. Như vậy, Bắc Ninh cao hơn Bắc Giang "
            "0,50 điểm.\nNăm 2023, toàn tỉnh tiếp nhận 512.300 hồ sơ, tỷ lệ trễ hạn 0,92%. Hồ sơ trễ hạn tập trung "
            "ở lĩnh vực đất đai, riêng huyện Gia Bình có tỷ lệ trễ hạn 3,1%.")
    facts = _facts(text, "https://bacninh.gov.vn/x", dt.date(2024, 5, 20))
    assert _slots([f for f in facts if f["kind"] == "index_result"], "province", "score") == [
        ("Bắc Giang", 43.6), ("Bắc Ninh", 44.1)]
    assert _slots([f for f in facts if f["kind"] == "dossier_stats"], "received", "late_pct") == [(512300, 0.92)]


def test_a_speech_quoted_over_paragraphs_keeps_the_period_its_opening_names() -> None:
    text = ("Báo Tây Ninh trích phát biểu của Chủ tịch UBND tỉnh tại hội nghị.\n"
            "“Thưa các đồng chí, năm 2023, tỉnh ta đã hoàn thành 30/32 nhiệm vụ của Kế hoạch CCHC.\n"
            "Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh đạt 47,5%, lần đầu tiên gần một nửa.”\n"
            "Tỷ lệ hồ sơ trễ hạn đạt 1,2%.")
    facts = _facts(text, "https://baotayninh.vn/x", dt.date(2024, 1, 8))
    assert _slots([f for f in facts if f["kind"] == "dossier_stats"], "period", "online_pct", "late_pct") == [
        ("2023", 47.5, None), (None, None, 1.2)]


def test_a_component_named_right_before_its_index() -> None:
    text = "Đồng Nai là địa phương có chỉ số thành phần Chi phí không chính thức PCI 2022 đạt 7,12 điểm."
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2023, 5, 20))
    assert _slots(facts, "province", "index", "component", "score") == [
        ("Đồng Nai", "PCI", "Chi phí không chính thức", 7.12)]


def test_an_apposition_with_its_own_year_before_this_years_result() -> None:
    text = ("Bắc Ninh dẫn đầu Chỉ số PGI năm 2023\n"
            "Quảng Ninh, địa phương đứng đầu năm 2022, năm nay đạt 24,10 điểm; Đồng Nai được 23,85 điểm.")
    facts = _facts(text, "https://vnexpress.net/x", dt.date(2024, 6, 1))
    assert _slots(facts, "province", "year", "score", "rank") == [
        ("Bắc Ninh", 2023, None, 1), ("Quảng Ninh", 2022, None, 1), ("Quảng Ninh", 2023, 24.1, None),
        ("Đồng Nai", 2023, 23.85, None)]


def test_a_region_that_was_the_subject_of_a_closed_clause_does_not_make_a_rank_regional() -> None:
    text = ("Chỉ số PCI năm 2023: nhiều tỉnh miền núi phía Bắc vẫn ở nhóm giữa, nhưng cũng có địa phương bứt phá "
            "như Yên Bái tăng 9 bậc, lên hạng 12.\nỞ khu vực Tây Nguyên, Lâm Đồng xếp thứ 2, còn Gia Lai xếp thứ 3.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 5, 20))
    assert _slots(facts, "province", "rank", "rank_change") == [("Yên Bái", 12, 9)]


def test_a_contrasting_years_own_rank_and_the_next_sentence_goes_on_in_the_latest_year() -> None:
    text = ("Năm 2022, Chỉ số CCHC của tỉnh xếp hạng 19/63, trong khi năm 2021 chỉ đứng thứ 33. Trong 8 lĩnh vực, "
            "cải cách thể chế xếp thứ 4.")
    facts = _facts(text, "https://kontum.gov.vn/x", dt.date(2023, 5, 20))
    assert _slots(facts, "year", "component", "rank") == [
        (2021, None, 33), (2022, "Cải cách thể chế", 4), (2022, None, 19)]


def test_components_counted_then_listed_after_leading_and_a_34_unit_rank_is_the_articles_year() -> None:
    text = ("Chỉ số CCHC năm 2025 của tỉnh Gia Lai đạt 86,40%\n"
            "Năm 2024, trước sắp xếp, Chỉ số CCHC của tỉnh Gia Lai đạt 84,10%, xếp thứ 40/63.\n"
            "Trong 8 lĩnh vực, tỉnh có 2 lĩnh vực dẫn đầu cả nước là cải cách thể chế và cải cách thủ tục hành "
            "chính; lĩnh vực cải cách tài chính công xếp thứ 19/34.")
    facts = _facts(text, "https://gialai.gov.vn/x", dt.date(2026, 5, 20))
    comps = [f for f in facts if f["component"]]
    assert _slots(comps, "year", "component", "rank") == [
        (2025, "Cải cách thể chế", 1), (2025, "Cải cách thủ tục hành chính", 1), (2025, "Cải cách tài chính công", 19)]


def test_english_places_in_words_followed_by_and_respectively() -> None:
    text = ("Binh Duong has topped the Provincial Competitiveness Index (PCI) 2021, according to the report. "
            "The province scored 70.11 points in the PCI 2021, followed by Dong Thap (69.95 points) and Da Nang. "
            "Long An came fourth with 69.20 points.\n"
            "Can Tho and Ben Tre were sixth and seventh respectively, while Hue rose to 13th and Hanoi fell 5 notches "
            "to 19th.\n"
            "The Ministry of Finance topped the ministries' ranking, and Ca Mau ranked second in the Mekong Delta region.")
    facts = _facts(text, "https://e.vnexpress.net/x", dt.date(2022, 5, 10))
    slots = {(f["province"], f["year"], k, f[k]) for f in facts for k in ("score", "rank", "rank_change") if f[k]}
    assert slots == {
        ("Bình Dương", 2021, "rank", 1), ("Bình Dương", 2021, "score", 70.11), ("Đồng Tháp", 2021, "rank", 2),
        ("Đồng Tháp", 2021, "score", 69.95), ("Đà Nẵng", 2021, "rank", 3), ("Long An", 2021, "rank", 4),
        ("Long An", 2021, "score", 69.2), ("Cần Thơ", 2021, "rank", 6), ("Bến Tre", 2021, "rank", 7),
        ("Thừa Thiên Huế", 2021, "rank", 13), ("Hà Nội", 2021, "rank", 19), ("Hà Nội", 2021, "rank_change", -5)}


def test_english_a_merged_provinces_parts_and_an_interview_question() -> None:
    text = ("The newly merged province of Tuyen Quang, formed from the former provinces of Tuyen Quang and Ha Giang, "
            "ranked ninth out of 34 provinces and cities in the PAR Index 2025 with 89.40 percent.\n"
            "Question: In 2024, the former Ha Giang province ranked 30th in the PAR Index. What changed?\n"
            "Answer: We learned from both localities, and the results show it.")
    facts = _facts(text, "https://en.vietnamplus.vn/x", dt.date(2026, 5, 20))
    assert _slots(facts, "province", "year", "score", "rank", "rank_of") == [("Tuyên Quang", 2025, 89.4, 9, 34)]


def test_english_lookalikes_give_nothing() -> None:
    text = ("Binh Phuoc aims to join the top 20 of the PAR Index by 2027. Its GRDP growth of 6.2 percent in 2023 "
            "ranked 9th nationwide. Dong Xoai City ranked first in the district-level PAR Index 2023 with 88.1 "
            "points, and the Department of Justice led the province's DDCI 2023 with 81.4 points.")
    assert _facts(text, "https://binhphuoc.gov.vn/en/x", dt.date(2024, 5, 20)) == []


def test_a_bilingual_ranking_table_after_an_english_comparison_year() -> None:
    text = ("Kết quả Chỉ số CCHC năm 2024 / PAR Index 2024 results, up three places from 2023.\n"
            "Hạng / Rank | Tỉnh / Province | Điểm / Score (%)\n"
            "1 | Hải Dương / Hai Duong | 92,10\n"
            "2 | Nam Định / Nam Dinh | 91,75\n"
            "3 | Thái Bình / Thai Binh | 91,02\n")
    facts = _facts(text, "https://sonoivu.haiduong.gov.vn/x", dt.date(2025, 5, 20))
    assert _slots(facts, "province", "year", "rank", "score") == [
        ("Hải Dương", 2024, 1, 92.1), ("Nam Định", 2024, 2, 91.75), ("Thái Bình", 2024, 3, 91.02)]


def test_english_dossier_shares_during_the_period_and_the_service_index() -> None:
    text = ("In the first nine months of 2025, Ha Tinh completed 30/35 tasks of its 2025 administrative reform plan.\n"
            "During the period, the province received 612.400 dossiers, of which 598.120 were resolved: 70,2% ahead "
            "of schedule, 28,9% on time and 0,9% late. Online dossiers accounted for 71,5% of the total received.\n"
            "In September 2025, Ha Tinh scored 85,10 points in the Index of Serving People and Businesses, ranking "
            "9th out of 34 provinces and cities.")
    facts = _facts(text, "https://baohatinh.vn/en/x", dt.date(2025, 10, 8))
    slots = {(f["kind"], f.get("period"), k, f[k]) for f in facts
             for k in ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online_pct", "score", "rank")
             if f.get(k) is not None}
    assert slots == {
        ("dossier_stats", "2025-09M", "received", 612400), ("dossier_stats", "2025-09M", "resolved", 598120),
        ("dossier_stats", "2025-09M", "early_pct", 70.2), ("dossier_stats", "2025-09M", "on_time_pct", 28.9),
        ("dossier_stats", "2025-09M", "late_pct", 0.9), ("dossier_stats", "2025-09M", "online_pct", 71.5),
        ("index_result", "2025-09", "score", 85.1), ("index_result", "2025-09", "rank", 9)}


def test_english_components_and_score_changes() -> None:
    text = ("In PAPI 2022, Ha Nam led the country on public service delivery with 7.62 points, and Nam "
            "Dinh ranked second on e-governance with 4.10 points. Ninh Binh recorded the largest improvement, "
            "gaining 1.95 points from 2021 to reach 43.20 points in PAPI 2022. It is the 14th iteration of PAPI.\n"
            "Among the component indices of the PAR Index 2022 of Ha Nam, administrative procedure reform ranked "
            "6th with 12.40 points out of 14, and public finance reform ranked 2nd.")
    facts = _facts(text, "https://en.baohanam.com.vn/x", dt.date(2023, 5, 10))
    slots = {(f["province"], f["index"], f["component"], k, f[k]) for f in facts
             for k in ("score", "rank", "score_change") if f[k] is not None}
    assert slots == {
        ("Hà Nam", "PAPI", "Cung ứng dịch vụ công", "rank", 1), ("Hà Nam", "PAPI", "Cung ứng dịch vụ công", "score", 7.62),
        ("Nam Định", "PAPI", "Quản trị điện tử", "rank", 2), ("Nam Định", "PAPI", "Quản trị điện tử", "score", 4.1),
        ("Ninh Bình", "PAPI", None, "score_change", 1.95), ("Ninh Bình", "PAPI", None, "score", 43.2),
        ("Hà Nam", "PAR_INDEX", "Cải cách thủ tục hành chính", "rank", 6),
        ("Hà Nam", "PAR_INDEX", "Cải cách thủ tục hành chính", "score", 12.4),
        ("Hà Nam", "PAR_INDEX", "Cải cách tài chính công", "rank", 2)}


def test_english_pgi_a_past_leader_and_the_average() -> None:
    text = ("Dong Nai topped the Provincial Competitiveness Index (PCI) 2022. Binh Duong, which had led the rankings "
            "for the previous three years, came third with 69.50 points. Binh Dinh also led the Provincial Green "
            "Index (PGI) 2022 with 23.10 points. The average PCI of the 63 provinces was 64.20 points, up 0.8 "
            "percentage points from 2021.")
    facts = _facts(text, "https://e.vnexpress.net/x", dt.date(2023, 5, 10))
    slots = {(f["province"], f["index"], k, f[k]) for f in facts for k in ("score", "rank", "score_change") if f[k]}
    assert slots == {("Đồng Nai", "PCI", "rank", 1), ("Bình Dương", "PCI", "rank", 3),
                     ("Bình Dương", "PCI", "score", 69.5), ("Bình Định", "PGI", "rank", 1),
                     ("Bình Định", "PGI", "score", 23.1)}


def test_a_bilingual_page_with_its_title_and_banner_in_two_languages() -> None:
    text = ("SỞ NỘI VỤ TỈNH PHÚ THỌ - PHU THO DEPARTMENT OF HOME AFFAIRS\n"
            "Kết quả cải cách hành chính năm 2023 / Administrative reform results in 2023\n"
            "[English]\n"
            "The province received 812,300 dossiers and resolved 806,150 of them; 98.2% were resolved on time.")
    facts = _facts(text, "https://sonoivu.phutho.gov.vn/x", dt.date(2024, 1, 20))
    assert _slots(facts, "province", "period", "received", "on_time_pct") == [("Phú Thọ", "2023", 812300, 98.2)]


def test_english_ho_chi_minh_city_and_a_bare_ordinal_out_of_34() -> None:
    text = ("In the PAR Index 2025, Ho Chi Minh City ranked 6th, up 3 places. Its SIPAS 2025 stood at 85.20 percent, "
            "eighth out of 34.")
    facts = _facts(text, "https://en.sggp.org.vn/x", dt.date(2026, 5, 20))
    slots = {(f["province"], f["index"], k, f[k]) for f in facts
             for k in ("score", "rank", "rank_of", "rank_change") if f[k]}
    assert slots == {("Hồ Chí Minh", "PAR_INDEX", "rank", 6), ("Hồ Chí Minh", "PAR_INDEX", "rank_change", 3),
                     ("Hồ Chí Minh", "SIPAS", "score", 85.2), ("Hồ Chí Minh", "SIPAS", "rank", 8),
                     ("Hồ Chí Minh", "SIPAS", "rank_of", 34)}


def test_english_sentences_keep_province_names_with_their_diacritics() -> None:
    """An English page that keeps the names' marks: a sentence of names ("followed by Đắk Lắk and
    Lào Cai") is still English, and a short one beside English ones too ("Kon Tum came last
    ..."); the UN's Local Online Service Index of world cities is not the service index."""
    text = ("In the SIPAS 2023, the national satisfaction rate was 80.08 per cent. Hải Phòng ranked first with "
            "86.91 per cent, followed by Đắk Lắk and Lào Cai. Kon Tum came last with 76.20 per cent.\n"
            "Đà Nẵng climbed 8 places to 42nd among 193 world cities in the Local Online Service Index.")
    facts = _facts(text, "https://vietnamnews.vn/x", dt.date(2024, 4, 18))
    slots = {(f["province"], f["index"], k, f[k]) for f in facts for k in ("score", "rank") if f[k]}
    assert slots == {("Hải Phòng", "SIPAS", "score", 86.91), ("Hải Phòng", "SIPAS", "rank", 1),
                     ("Đắk Lắk", "SIPAS", "rank", 2), ("Lào Cai", "SIPAS", "rank", 3),
                     ("Kon Tum", "SIPAS", "score", 76.2)}


# ----- round V (look-alike indices) -------------------------------------------------------------

def test_a_table_with_two_indices_gives_each_its_own_rank_column() -> None:
    """"Hạng PGI" beside "Hạng PCI": the second rank is the other index's, not the first one's
    (which it used to overwrite); "Hạng ICT Index 2021" beside DTI 2023 is that index's rank for
    its own year, not DTI's previous rank."""
    text = ("Kết quả PCI và PGI năm 2023 của các tỉnh vùng duyên hải\n"
            "Tỉnh | PCI 2023 (điểm) | Hạng PCI | PGI 2023 (điểm) | Hạng PGI\n"
            "Quảng Nam | 68,20 | 7 | 20,15 | 15\n"
            "Bình Định | 67,10 | 12 | 22,40 | 3\n"
            "Phú Yên | 63,05 | 40 | 18,90 | 33\n")
    facts = _facts(text, "https://baoquangnam.vn/x", dt.date(2024, 5, 6))
    slots = {(f["province"], f["index"], f["year"], k, f[k]) for f in facts for k in ("score", "rank", "prev_rank")
             if f[k] is not None}
    assert slots == {("Quảng Nam", "PCI", 2023, "score", 68.2), ("Quảng Nam", "PCI", 2023, "rank", 7),
                     ("Quảng Nam", "PGI", 2023, "score", 20.15), ("Quảng Nam", "PGI", 2023, "rank", 15),
                     ("Bình Định", "PCI", 2023, "score", 67.1), ("Bình Định", "PCI", 2023, "rank", 12),
                     ("Bình Định", "PGI", 2023, "score", 22.4), ("Bình Định", "PGI", 2023, "rank", 3),
                     ("Phú Yên", "PCI", 2023, "score", 63.05), ("Phú Yên", "PCI", 2023, "rank", 40),
                     ("Phú Yên", "PGI", 2023, "score", 18.9), ("Phú Yên", "PGI", 2023, "rank", 33)}
    text = ("Chỉ số chuyển đổi số (DTI) năm 2023 của các tỉnh miền núi phía Bắc\n"
            "Tỉnh          Điểm DTI 2023     Hạng DTI 2023     Hạng ICT Index 2021\n"
            "Lào Cai       0,5012            18                25\n"
            "Yên Bái       0,4630            30                39\n"
            "Hà Giang      0,4105            49                57\n")
    facts = _facts(text, "https://baolaocai.vn/x", dt.date(2024, 8, 2))
    slots = {(f["province"], f["index"], f["year"], k, f[k]) for f in facts for k in ("rank", "prev_rank")
             if f[k] is not None}
    assert slots == {("Lào Cai", "DTI", 2023, "rank", 18), ("Lào Cai", "ICT_INDEX", 2021, "rank", 25),
                     ("Yên Bái", "DTI", 2023, "rank", 30), ("Yên Bái", "ICT_INDEX", 2021, "rank", 39),
                     ("Hà Giang", "DTI", 2023, "rank", 49), ("Hà Giang", "ICT_INDEX", 2021, "rank", 57)}


def test_ranked_from_a_year_is_not_ranked_fourth() -> None:
    """"xếp hạng từ năm 2022" is "ranked since 2022" (folded, "từ" and "tư" are one word);
    "giữ hạng tư" is still fourth."""
    text = ("Chỉ số DTI năm 2023: Nghệ An xếp thứ 11/63. Chỉ số ICT Index thôi không xếp hạng từ năm 2021.\n"
            "Về chỉ số PGI năm 2023, Nghệ An giữ hạng tư.")
    facts = _facts(text, "https://nghean.gov.vn/x", dt.date(2024, 4, 2))
    assert _slots(facts, "province", "index", "rank") == [("Nghệ An", "DTI", 11), ("Nghệ An", "PGI", 4)]


def test_a_province_leading_for_the_first_time() -> None:
    text = ("Kết quả Chỉ số PAPI năm 2023 được công bố sáng nay.\n"
            "Quảng Trị lần đầu dẫn đầu cả nước với 46,10 điểm; Bến Tre lần đầu tiên xếp thứ hai với 45,80 điểm.")
    facts = _facts(text, "https://papi.org.vn/x", dt.date(2024, 4, 10))
    assert _slots(facts, "province", "index", "score", "rank") == [("Bến Tre", "PAPI", 45.8, 2),
                                                                   ("Quảng Trị", "PAPI", 46.1, 1)]


def test_a_monthly_index_compared_with_last_month_in_parentheses() -> None:
    """"so với tháng 8/2024 (…)" gives the monthly index's previous score and rank; a month that
    is not the one before gives neither."""
    text = ("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2024\n"
            "Tháng 9/2024, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 84,20 điểm, xếp thứ 7/63, "
            "tăng 4 bậc so với tháng 8/2024 (82,15 điểm, xếp thứ 11).")
    facts = _facts(text, "https://tayninh.gov.vn/x", dt.date(2024, 10, 15))
    assert _slots(facts, "province", "period", "score", "rank", "prev_score", "prev_rank") == [
        ("Tây Ninh", "2024-09", 84.2, 7, 82.15, 11)]
    facts = _facts(text.replace("tháng 8/2024 (", "tháng 6/2024 ("), "https://tayninh.gov.vn/x", dt.date(2024, 10, 15))
    assert _slots(facts, "province", "period", "score", "rank", "prev_score", "prev_rank") == [
        ("Tây Ninh", "2024-09", 84.2, 7, None, None)]


# ----- round AB (national lists and their provincial rewrites) -------------------------------------

def test_the_bottom_of_a_list_with_bare_ranks_and_last_year_in_the_parentheses() -> None:
    """"Sơn La (80,10%, thứ 58; năm 2022 thứ 52)": a bare "thứ" closing the figures is the rank,
    and after "; năm 2022" it is last year's (which must not make the sentence's year 2022)."""
    text = ("Kết quả Chỉ số CCHC năm 2023 của các tỉnh miền núi\n"
            "Chỉ số CCHC năm 2023 của tỉnh đạt 81,20%, xếp thứ 55/63.\n"
            "Cùng nhóm cuối bảng còn có Sơn La (80,10%, thứ 58; năm 2022 thứ 52) và Điện Biên (79,90 điểm, thứ 60).")
    facts = _facts(text, "https://laichau.gov.vn/x", dt.date(2024, 4, 30))
    assert _slots(facts, "province", "year", "score", "rank", "prev_rank") == [
        ("Lai Châu", 2023, 81.2, 55, None), ("Sơn La", 2023, 80.1, 58, 52), ("Điện Biên", 2023, 79.9, 60, None)]


def test_the_next_places_belong_to_a_list() -> None:
    text = ("Báo cáo PAPI năm 2023 được công bố hôm nay.\n"
            "Nghệ An đứng đầu với 45,90 điểm; các vị trí tiếp theo thuộc về Hà Tĩnh (45,10 điểm) và Quảng Bình "
            "(44,80 điểm).")
    facts = _facts(text, "https://papi.org.vn/x", dt.date(2024, 4, 10))
    assert _slots(facts, "province", "score", "rank") == [("Hà Tĩnh", 45.1, 2), ("Nghệ An", 45.9, 1),
                                                          ("Quảng Bình", 44.8, 3)]


def test_ties_give_each_province_the_figure_and_the_rank() -> None:
    """"A và B cùng đạt X điểm, đồng hạng N", "A và B đồng hạng N", "đồng hạng N với C": every
    province named in the tie gets it."""
    text = ("Kết quả PCI năm 2023 vừa được công bố.\n"
            "Hưng Yên và Thái Bình cùng đạt 67,30 điểm, đồng hạng 9. Nam Định và Ninh Bình đồng hạng 14.\n"
            "Hà Nam đạt 66,10 điểm, đồng hạng 20/63 tỉnh, thành phố với tỉnh Hải Dương.")
    facts = _facts(text, "https://baohanam.com.vn/x", dt.date(2024, 5, 10))
    assert _slots(facts, "province", "score", "rank") == [
        ("Hà Nam", 66.1, 20), ("Hưng Yên", 67.3, 9), ("Hải Dương", None, 20), ("Nam Định", None, 14),
        ("Ninh Bình", None, 14), ("Thái Bình", 67.3, 9)]


def test_a_range_of_places_taken_in_order_and_a_return_to_first() -> None:
    text = ("Kết quả Chỉ số PGI năm 2023 vừa được VCCI công bố.\n"
            "Đồng Nai trở lại vị trí số 1 với 24,10 điểm. Bình Định (23,40 điểm), Quảng Trị (22,90 điểm) và "
            "Hậu Giang (22,15 điểm) lần lượt ở các vị trí từ thứ 2 đến thứ 4.")
    facts = _facts(text, "https://vcci.com.vn/x", dt.date(2024, 5, 9))
    assert _slots(facts, "province", "score", "rank") == [("Bình Định", 23.4, 2), ("Hậu Giang", 22.15, 4),
                                                          ("Quảng Trị", 22.9, 3), ("Đồng Nai", 24.1, 1)]


def test_the_top_of_a_band_is_no_score() -> None:
    text = ("DTI 2023: Hà Nam dẫn đầu cả nước\n"
            "Ở cấp tỉnh, Hà Nam dẫn đầu với 0,6120 điểm. Nhóm có DTI trên 0,5 điểm gồm 12 địa phương; "
            "30 địa phương đạt từ 0,4 đến 0,5 điểm.")
    facts = _facts(text, "https://ictnews.vn/x", dt.date(2024, 8, 1))
    assert _slots(facts, "province", "score", "rank") == [("Hà Nam", 0.612, 1)]


def test_a_monthly_index_goes_on_in_its_month_and_places_in_parentheses_are_national() -> None:
    """The sentence after "Tháng 8/2025, ... xếp thứ 4/34" names no month: its figures are of
    August too. "đứng đầu vùng ..., trên Tây Ninh (thứ 12)" and "chỉ sau Lâm Đồng (…, xếp thứ
    9)": the parentheses give the compared provinces' national places, not regional ones."""
    text = ("Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025 của tỉnh\n"
            "Tháng 8/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Đồng Nai đạt 87,10 điểm, "
            "xếp thứ 4/34.\n"
            "Xếp trên tỉnh là Hà Nội (thứ nhất, 89,00 điểm) và Ninh Bình (thứ hai, 88,40 điểm). Tỉnh đứng đầu "
            "vùng Đông Nam Bộ, trên Tây Ninh (thứ 12).")
    facts = _facts(text, "https://dongnai.gov.vn/x", dt.date(2025, 9, 20))
    assert _slots(facts, "province", "period", "score", "rank") == [
        ("Hà Nội", "2025-08", 89.0, 1), ("Ninh Bình", "2025-08", 88.4, 2), ("Tây Ninh", "2025-08", None, 12),
        ("Đồng Nai", "2025-08", 87.1, 4)]
    text = ("Chỉ số DTI năm 2023 của tỉnh Phú Thọ xếp thứ 15/63. Tỉnh đứng thứ 2 vùng trung du và miền núi "
            "phía Bắc, chỉ sau Lào Cai (0,6105 điểm, xếp thứ 9).")
    facts = _facts(text, "https://phutho.gov.vn/x", dt.date(2024, 8, 1))
    assert _slots(facts, "province", "score", "rank") == [("Lào Cai", 0.6105, 9), ("Phú Thọ", None, 15)]


# ----- round AC (social posts, briefs, cards) ---------------------------------------------------

def test_arrows_give_rank_changes_in_a_line_and_in_a_table_column() -> None:
    text = ("SỐ LIỆU NHANH\n"
            "📌 PCI 2023: 65,10 điểm – hạng 30/63 ⬆️4\n"
            "📌 SIPAS 2023: 82,40% – hạng 35/63 ⬇️ 2 bậc\n")
    facts = _facts(text, "https://sonoivu.thanhhoa.gov.vn/x", dt.date(2024, 6, 1))
    assert _slots(facts, "index", "score", "rank", "rank_change") == [("PCI", 65.1, 30, 4), ("SIPAS", 82.4, 35, -2)]
    text = ("Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4/2024 của các tỉnh Bắc Trung Bộ\n"
            "Tỉnh | Điểm | Hạng | So với tháng 3\n"
            "Nghệ An | 84,10 | 12/63 | ⬆️5\n"
            "Hà Tĩnh | 82,55 | 20/63 | ⬇️3\n"
            "Quảng Bình | 80,05 | 31/63 | ⬆️1\n")
    facts = _facts(text, "https://baonghean.vn/x", dt.date(2024, 5, 15))
    assert _slots(facts, "province", "rank", "rank_change") == [("Hà Tĩnh", 20, -3), ("Nghệ An", 12, 5),
                                                               ("Quảng Bình", 31, 1)]


def test_a_departments_own_tasks_are_not_the_provinces() -> None:
    text = ("Theo Sở Nội vụ, 6 tháng đầu năm 2022, tỉnh đã hoàn thành 21/40 nhiệm vụ theo Kế hoạch CCHC năm 2022. "
            "Riêng Sở Xây dựng đã hoàn thành 9/9 nhiệm vụ trong kế hoạch.")
    facts = _facts(text, "https://soctrang.gov.vn/x", dt.date(2022, 7, 5))
    assert _slots(facts, "province", "period", "done", "total") == [("Sóc Trăng", "2022-06H1", 21, 40)]


def test_a_district_headline_behind_an_emoji_still_makes_a_district_page() -> None:
    text = ("🌟 HUYỆN NA RÌ: 9 THÁNG NĂM 2024 NHÌN LẠI CCHC 🌟\n"
            "✅ Bộ phận Một cửa huyện tiếp nhận 2.950 hồ sơ, giải quyết đúng hạn 99,1%\n")
    assert _facts(text, "https://nari.backan.gov.vn/x", dt.date(2024, 10, 7)) == []


def test_an_infographic_card_goes_on_with_its_index() -> None:
    """A card's lines under its title: "Điểm tổng hợp: x | Hạng: n/63" is the index's composite,
    the pillars' lines are its components, "Dẫn đầu cả nước: <tỉnh> (x)" names the leader."""
    text = ("CHỈ SỐ DTI 2023 – QUẢNG TRỊ\n"
            "🔹 Điểm tổng hợp: 0,5012 | Hạng: 31/63\n"
            "🔹 Xã hội số: 0,4870 – hạng 28\n"
            "🔹 Dẫn đầu cả nước: Bình Định (0,6752)\n")
    facts = _facts(text, "https://stttt.quangtri.gov.vn/x", dt.date(2024, 8, 1))
    assert _slots(facts, "province", "component", "score", "rank") == [
        ("Bình Định", None, 0.6752, 1), ("Quảng Trị", "Xã hội số", 0.487, 28), ("Quảng Trị", None, 0.5012, 31)]


# ----- round AD (results over many years) -------------------------------------------------------

def test_a_run_of_years_with_one_value_each() -> None:
    """"từ năm A đến B ... lần lượt xếp thứ ..." and "giai đoạn A-B ... lần lượt là s1; ...; sn":
    one value per year, in order; a run that leaves a year out gives nothing."""
    text = ("Nhìn lại chặng đường cải cách hành chính\n"
            "Từ năm 2017 đến 2020, Chỉ số CCHC của tỉnh lần lượt xếp thứ 31, 27, 22 và 15 trong 63 tỉnh, thành phố. "
            "Giai đoạn 2020-2022, điểm SIPAS của tỉnh lần lượt là 81,20; 82,75 và 84,05%.")
    facts = _facts(text, "https://sonoivu.binhdinh.gov.vn/x", dt.date(2023, 6, 1))
    assert _slots(facts, "index", "year", "score", "rank", "rank_of") == [
        ("PAR_INDEX", 2017, None, 31, 63), ("PAR_INDEX", 2018, None, 27, 63), ("PAR_INDEX", 2019, None, 22, 63),
        ("PAR_INDEX", 2020, None, 15, 63), ("SIPAS", 2020, 81.2, None, None), ("SIPAS", 2021, 82.75, None, None),
        ("SIPAS", 2022, 84.05, None, None)]
    text = "Từ năm 2017 đến 2020, Chỉ số CCHC của tỉnh lần lượt xếp thứ 31, 27 và 15."
    assert _facts(text, "https://sonoivu.binhdinh.gov.vn/x", dt.date(2023, 6, 1)) == []


def test_listed_years_with_their_tasks_and_ranks_with_their_years() -> None:
    text = ("Các năm 2019, 2020 và 2021, tỉnh lần lượt hoàn thành 28/30, 33/33 và 35/37 nhiệm vụ theo Kế hoạch CCHC.\n"
            "Chỉ số PCI của tỉnh xếp thứ 40 (2019), 33 (2020) và 29 (2021).")
    facts = _facts(text, "https://ninhbinh.gov.vn/x", dt.date(2022, 5, 1))
    assert _slots(facts, "kind", "period", "done", "total") == [
        ("index_result", None, None, None), ("index_result", None, None, None), ("index_result", None, None, None),
        ("task_progress", "2019", 28, 30), ("task_progress", "2020", 33, 33), ("task_progress", "2021", 35, 37)]
    assert _slots([f for f in facts if f["kind"] == "index_result"], "index", "year", "rank") == [
        ("PCI", 2019, 40), ("PCI", 2020, 33), ("PCI", 2021, 29)]


def test_a_change_over_several_years_and_a_sum_over_a_term_are_not_one_years() -> None:
    text = ("Nếu năm 2019, Chỉ số PCI của tỉnh xếp thứ 45/63 thì năm 2023 đã vươn lên thứ 20/63, tăng 25 bậc sau 4 năm. "
            "Tính chung 4 năm, tỉnh đã hoàn thành 150/156 nhiệm vụ CCHC.")
    facts = _facts(text, "https://thaibinh.gov.vn/x", dt.date(2024, 6, 1))
    assert [f for f in facts if f["kind"] == "task_progress"] == []
    assert all(f["rank_change"] is None for f in facts)


def test_a_rank_row_in_a_table_with_a_column_per_year() -> None:
    text = ("Kết quả các chỉ số của tỉnh giai đoạn 2020-2022:\n"
            "Chỉ số\t2020\t2021\t2022\n"
            "Chỉ số CCHC (%)\t82,10\t83,45\t85,02\n"
            "Xếp hạng Chỉ số CCHC\t35\t30\t24\n")
    facts = _facts(text, "https://sonoivu.tayninh.gov.vn/x", dt.date(2023, 6, 1))
    assert _slots(facts, "year", "score", "rank") == [(2020, 82.1, 35), (2021, 83.45, 30), (2022, 85.02, 24)]


def test_a_plan_named_in_the_line_and_a_cut_off_date_give_the_tasks_period() -> None:
    """Under a headline of January 2026, "Kế hoạch CCHC năm 2025: hoàn thành 40/42 nhiệm vụ" is
    the 2025 plan's; "(đến 31/5/2025)" after a fraction gives the first five months."""
    text = ("KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ THÁNG 1/2026 CỦA TỈNH\n"
            "📌 Kế hoạch CCHC năm 2025: hoàn thành 40/42 nhiệm vụ\n")
    facts = _facts(text, "https://hatinh.gov.vn/x", dt.date(2026, 2, 10))
    assert _slots(facts, "kind", "period", "done", "total") == [("task_progress", "2025", 40, 42)]
    text = ("SỐ LIỆU NHANH\n"
            "📌 Kế hoạch CCHC năm 2025: hoàn thành 12/45 nhiệm vụ (đến 31/5/2025)\n")
    facts = _facts(text, "https://hatinh.gov.vn/x", dt.date(2025, 6, 3))
    assert _slots(facts, "kind", "period", "done", "total") == [("task_progress", "2025-05M", 12, 45)]


def test_a_line_led_by_its_month_goes_on_with_the_headlines_index() -> None:
    text = ("🔥 QUẢNG BÌNH TĂNG 3 BẬC BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP THÁNG 2/2026 🔥\n"
            "Theo kết quả Văn phòng Chính phủ công bố:\n"
            "📌 Tháng 2/2026: 86,10 điểm – xếp thứ 9/34 tỉnh, thành phố\n")
    facts = _facts(text, "https://quangbinh.gov.vn/x", dt.date(2026, 3, 12))
    slots = {(f["index"], f["period"], k, f[k]) for f in facts for k in ("score", "rank", "rank_change") if f[k]}
    assert slots == {("SERVICE_INDEX_766", "2026-02", "score", 86.1), ("SERVICE_INDEX_766", "2026-02", "rank", 9),
                     ("SERVICE_INDEX_766", "2026-02", "rank_change", 3)}


def test_the_clause_before_another_index_goes_on_with_the_last_one() -> None:
    """"công bố Chỉ số CCHC năm 2023 của các bộ, tỉnh" covers the provinces; "Lạng Sơn đạt
    86,10%, tăng 4 bậc; Chỉ số SIPAS đạt 83,20%": the first clause is still the PAR Index's."""
    text = ("Tin cải cách hành chính\n"
            "Ngày 17/4/2024, Ban Chỉ đạo công bố Chỉ số CCHC năm 2023 của các bộ, tỉnh. Lạng Sơn đạt 86,10%, "
            "tăng 4 bậc so với năm 2022; Chỉ số SIPAS đạt 83,20%.")
    facts = _facts(text, "https://sonoivu.langson.gov.vn/x", dt.date(2024, 5, 2))
    assert _slots(facts, "index", "year", "score", "rank_change") == [("PAR_INDEX", 2023, 86.1, 4),
                                                                     ("SIPAS", 2023, 83.2, None)]


def test_the_same_year_and_a_year_led_sentence_go_on() -> None:
    """"Cùng năm, Chỉ số SIPAS ..." is the year the sentence before named (not the publication's);
    "Năm 2020 đạt 84,10%" with no subject goes on with the index and the page's province."""
    text = ("Nhìn lại 5 năm cải cách hành chính\n"
            "Chỉ số CCHC năm 2021 của tỉnh đạt 87,40%, xếp thứ 9/63. Cùng năm, Chỉ số SIPAS của tỉnh đạt 85,30%.\n"
            "Năm 2019, SIPAS của tỉnh đạt 80,15%, xếp thứ 30/63. Năm 2020 đạt 84,10%, xếp thứ 21.")
    facts = _facts(text, "https://sonoivu.quangtri.gov.vn/x", dt.date(2023, 1, 10))
    assert _slots(facts, "index", "year", "score", "rank") == [
        ("PAR_INDEX", 2021, 87.4, 9), ("SIPAS", 2019, 80.15, 30), ("SIPAS", 2020, 84.1, 21), ("SIPAS", 2021, 85.3, None)]


# ----- round AE (dossiers and tasks as reports phrase them) -------------------------------------

def test_a_plans_total_stated_first_then_the_count_done() -> None:
    """"Tổng số nhiệm vụ theo Kế hoạch số ... là 50 nhiệm vụ; ... đã hoàn thành 47 nhiệm vụ" and
    "năm 2024 tỉnh thực hiện 41 nhiệm vụ CCHC. 6 tháng đầu năm đã hoàn thành 19 nhiệm vụ"; an
    e-government plan's fraction is not the reform plan's."""
    text = ("Tổng kết công tác cải cách hành chính năm 2021\n"
            "Tổng số nhiệm vụ theo Kế hoạch số 3120/KH-UBND của UBND tỉnh về CCHC năm 2021 là 50 nhiệm vụ; đến ngày "
            "31/12/2021, đã hoàn thành 47 nhiệm vụ. Đối với Kế hoạch số 88/KH-UBND về xây dựng chính quyền điện tử, "
            "tỉnh hoàn thành 10/14 nhiệm vụ.")
    facts = _facts(text, "https://sonoivu.yenbai.gov.vn/x", dt.date(2022, 1, 10))
    assert _slots(facts, "period", "done", "total") == [("2021", 47, 50)]
    text = ("Theo Kế hoạch số 90/KH-UBND, năm 2024 tỉnh thực hiện 41 nhiệm vụ CCHC. 6 tháng đầu năm đã hoàn thành "
            "19 nhiệm vụ, 22 nhiệm vụ đang triển khai.")
    facts = _facts(text, "https://baobinhphuoc.com.vn/x", dt.date(2024, 7, 12))
    assert _slots(facts, "province", "period", "done", "total") == [("Bình Phước", "2024-06H1", 19, 41)]


# ----- round AF (components in depth) -----------------------------------------------------------

def test_a_component_table_with_a_column_per_year_and_a_change_column() -> None:
    """"Năm 2021 | Năm 2022 | Tăng/giảm": the latest year is the result, the earlier one its
    previous score, the signed change the score change; "Xếp hạng 2022 | Xếp hạng 2021" likewise."""
    text = ("Chỉ số PAPI năm 2022 của tỉnh Sơn La theo từng chỉ số nội dung:\n"
            "Chỉ số nội dung\tNăm 2021\tNăm 2022\tTăng/giảm\n"
            "Kiểm soát tham nhũng\t6,40\t6,62\t+0,22\n"
            "Quản trị điện tử\t2,10\t1,95\t-0,15\n")
    facts = _facts(text, "https://sonla.gov.vn/x", dt.date(2023, 4, 20))
    assert _slots(facts, "year", "component", "score", "prev_score", "score_change") == [
        (2022, "Kiểm soát tham nhũng trong khu vực công", 6.62, 6.4, 0.22), (2022, "Quản trị điện tử", 1.95, 2.1, -0.15)]
    text = ("Kết quả Chỉ số CCHC năm 2022 của tỉnh Hòa Bình theo lĩnh vực:\n"
            "STT | Lĩnh vực | Điểm tối đa | Điểm đạt được | Xếp hạng 2022 | Xếp hạng 2021\n"
            "1 | Cải cách thể chế | 10 | 8,70 | 12 | 20\n"
            "2 | Cải cách tài chính công | 9 | 7,10 | 30 | 28\n")
    facts = _facts(text, "https://sonoivu.hoabinh.gov.vn/x", dt.date(2023, 6, 1))
    assert _slots(facts, "component", "score", "rank", "prev_rank") == [
        ("Cải cách thể chế", 8.7, 12, 20), ("Cải cách tài chính công", 7.1, 30, 28)]


def test_a_methods_maxima_and_a_self_assessment_are_not_results() -> None:
    text = ("Phương pháp xác định Chỉ số CCHC giai đoạn 2022-2030\n"
            "Cụ thể, lĩnh vực cải cách thể chế tối đa 10 điểm; cải cách thủ tục hành chính 14 điểm; cải cách "
            "tài chính công 9 điểm. Hiện tỉnh đã hoàn thành tự đánh giá Chỉ số CCHC năm 2022, với 55,40/62 điểm.")
    assert _facts(text, "https://sonoivu.phuyen.gov.vn/x", dt.date(2023, 2, 14)) == []


def test_the_overall_satisfaction_on_a_national_page_is_no_provinces() -> None:
    text = ("Công bố Chỉ số SIPAS năm 2023: Thừa Thiên Huế dẫn đầu\n"
            "Về SIPAS năm 2023, mức độ hài lòng chung đạt 82,66%. Thừa Thiên Huế dẫn đầu với 89,12%.")
    facts = _facts(text, "https://baochinhphu.vn/x", dt.date(2024, 4, 18))
    assert _slots(facts, "province", "index", "score", "rank") == [("Thừa Thiên Huế", "SIPAS", 89.12, 1)]


# ----- round AH (tables in many shapes) ---------------------------------------------------------

def test_table_cells_with_percent_signs_and_shared_ranks_under_a_markdown_rule() -> None:
    """A "--- | ---" line under the header still leaves the header above it (its "Hạng 2022" is
    last year's rank); "88,10%" is a score, "4=" a shared rank."""
    text = ("Kết quả Chỉ số CCHC năm 2023 của các tỉnh Tây Bắc:\n"
            "Hạng | Tỉnh | Chỉ số CCHC 2023 (%) | Hạng 2022\n"
            "--- | --- | --- | ---\n"
            "4= | Lào Cai | 88,10% | 9\n"
            "4= | Yên Bái | 88,10% | 12\n"
            "30 | Sơn La | 85,05% | 28\n"
            "Ghi chú: Điện Biên không nằm trong nhóm 30 địa phương dẫn đầu.\n")
    facts = _facts(text, "https://baolaocai.vn/x", dt.date(2024, 4, 20))
    assert _slots(facts, "province", "year", "score", "rank", "prev_rank") == [
        ("Lào Cai", 2023, 88.1, 4, 9), ("Sơn La", 2023, 85.05, 30, 28), ("Yên Bái", 2023, 88.1, 4, 12)]


# ----- round AG (numbers as they appear) --------------------------------------------------------

def test_a_round_count_a_clause_cut_off_date_and_a_tab_header_ending_in_a_word() -> None:
    """"Trên 1 triệu hồ sơ được nộp trực tuyến" is a round figure, no count; "...; đến ngày
    30/6/2024, đã hoàn thành 17 nhiệm vụ" is the first half; a tab-separated header ending in
    "Nhóm" is not joined with the row "1<tab>..." below it as a wrapped line."""
    text = ("Sơ kết CCHC 6 tháng đầu năm 2024 của tỉnh\n"
            "Kế hoạch CCHC năm 2024 của tỉnh có 40 nhiệm vụ; đến ngày 30/6/2024, đã hoàn thành 18 nhiệm vụ.\n"
            "6 tháng đầu năm 2024, toàn tỉnh tiếp nhận 1,5 triệu hồ sơ. Trên 1 triệu hồ sơ được nộp trực tuyến.\n")
    facts = _facts(text, "https://namdinh.gov.vn/x", dt.date(2024, 7, 10))
    assert _slots(facts, "kind", "period", "done", "total", "received", "online") == [
        ("dossier_stats", "2024-06H1", None, None, 1500000, None), ("task_progress", "2024-06H1", 18, 40, None, None)]
    text = ("Kết quả PAPI 2023 của 3 tỉnh như sau:\n"
            "STT\tTỉnh\tĐiểm PAPI 2023 (/80)\tXếp hạng toàn quốc\tNhóm\n"
            "1\tThái Bình\t43,10\t14\tCao nhất\n"
            "2\tNam Định\t42,50\t21\tTrung bình cao\n"
            "3\tNinh Bình\t44,20\t7\tCao nhất\n")
    facts = _facts(text, "https://baothaibinh.com.vn/x", dt.date(2024, 4, 5))
    assert _slots(facts, "province", "score", "rank") == [("Nam Định", 42.5, 21), ("Ninh Bình", 44.2, 7),
                                                          ("Thái Bình", 43.1, 14)]
