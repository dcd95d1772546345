"""Lines that are site furniture, not article text (reference/domain.md §5).

Selectors remove most chrome by element; these line patterns catch what survives
(counters inside the article container, pages parsed by the trafilatura fallback,
footers inlined by odd templates). Patterns match whole, short lines only, so an
article sentence that merely mentions "email" or "bản quyền" is never cut.
"""
from __future__ import annotations

import re
import unicodedata

_MAX_LINE = 160

# Anywhere in the body: counters, comment forms, navigation crumbs.
LINE_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"lượt xem\s*:?\s*[\d.,\s]*",
    r"[\d.,\s]+\s*(lượt xem|đã xem|lượt đọc)",
    r"(số )?lượt (truy cập|xem|đọc)\s*:?\s*[\d.,\s]*",
    r"thống kê truy cập",
    r"•?\s*(đang online|đang truy cập|hôm nay|hôm qua|trong tuần|tuần này|trong tháng|tháng này|tất cả|tổng cộng|tổng số)\s*:?\s*[\d.,\s]*",
    r"trả lời",
    r"(để lại|gửi) (một )?(bình luận|ý kiến|phản hồi)",
    r"email của bạn sẽ không được hiển thị.*",
    r"các trường bắt buộc được đánh dấu.*",
    r"(bình luận|ý kiến bạn đọc|gửi ý kiến|viết bình luận)",
    r"(top|lên đầu trang|về đầu trang|quay lại|trở về)",
    r"(in bài|bản in|chia sẻ|chia sẻ bài viết|gửi email|lưu bài)\s*:?",
    r"trang đầu\s*«?\s*[\d\s]*»?\s*trang cuối",
    r"[\d\s«»]+",  # a bare pager such as "1 2 3 4 5"
    r"slide\s*\d+",
    r"image advertisement",
    r"chung nhan tin nhiem mang",
))

# Headings after which the rest of the body is a list of other articles.
TAIL_HEADINGS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"(các )?tin (khác|liên quan|cùng chuyên mục|đã đưa|mới hơn|cũ hơn)\s*:?",
    r"(bài viết|tin bài) (liên quan|khác)\s*:?",
    r"xem thêm\s*:?",
))

# Footer lines naming the host office; only stripped from the end of the body.
FOOTER_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"©.*", r"bản quyền (thuộc|©).*", r"copyright.*",
    r"(địa chỉ|điện thoại|đt|fax|e-?mail|website|chịu trách nhiệm( quản lý)?( nội dung)?)\s*:.*",
    r"được thiết lập theo giấy phép.*", r"giấy phép (số|hoạt động).*",
    r"ghi rõ nguồn.*",
))


def _is(patterns, line: str) -> bool:
    return len(line) <= _MAX_LINE and any(p.fullmatch(line) for p in patterns)


def is_boilerplate(line: str) -> bool:
    line = " ".join(unicodedata.normalize("NFC", line).split())
    return _is(LINE_PATTERNS, line) or _is(TAIL_HEADINGS, line) or _is(FOOTER_PATTERNS, line)


def clean_lines(lines: list[str]) -> list[str]:
    """Drop boilerplate lines, cut at a "Tin khác" heading, trim a trailing footer."""
    out: list[str] = []
    for raw in lines:
        line = " ".join(unicodedata.normalize("NFC", raw).split())
        if not line:
            continue
        if _is(TAIL_HEADINGS, line):
            break
        if _is(LINE_PATTERNS, line):
            continue
        out.append(line)
    while out and _is(FOOTER_PATTERNS, out[-1]):
        out.pop()
    return out
