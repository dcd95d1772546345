"""Boilerplate lines from domain.md §5 are removed; article sentences are not."""
from __future__ import annotations

import pytest

from scrapers.boilerplate import clean_lines, is_boilerplate

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("line", [
    "Lượt xem: 665", "50 Đã xem", "Thống kê truy cập", "• Đang online: 10", "Hôm nay: 52",
    "Trong tuần: 1 421", "Tất cả: 1608916", "Trả lời",
    "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
    "Tin khác", "Các tin khác", "Trang đầu « 1 » Trang cuối", "1 2 3 4 5", "Top", "Slide1",
    "Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.", "In bài",
])
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Tin, ảnh: Truyền Nguyễn",
    "Ban Chỉ đạo Cải cách hành chính (CCHC) của Chính phủ vừa công bố, Long An vinh dự được xếp hạng 8/63",
    "Hôm nay, Sở Nội vụ tổ chức hội nghị triển khai công tác cải cách hành chính.",
    "Tác giả: Khúc Thị Thu Hằng - Phòng CCHC&VTLT, Sở Nội vụ",
])
def test_article_lines_are_kept(line):
    assert not is_boilerplate(line)


def test_clean_lines_cuts_related_news_and_trailing_footer():
    lines = ["Đoạn một.", "Lượt xem: 470", "Đoạn hai.", "Tin khác", "Bài khác một", "Bài khác hai"]
    assert clean_lines(lines) == ["Đoạn một.", "Đoạn hai."]
    footer = ["Đoạn một.", "Bản quyền thuộc Ủy ban nhân dân tỉnh Trà Vinh.", "Địa chỉ: số nhà, đường"]
    assert clean_lines(footer) == ["Đoạn một."]
    assert clean_lines(["  Đoạn\xa0một  có   khoảng trắng "]) == ["Đoạn một có khoảng trắng"]
