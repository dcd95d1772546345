"""Vietnamese publication dates as printed on provincial sites.

Sites print "Ngày 14/11/2023", "03/07/2023", "Cập nhật lúc 08:30 14/11/2023",
"ngày 14 tháng 11 năm 2023", ISO "2023-11-14" or just "2023-08", and articles often
open with "Chiều ngày 14/11, ..." without a year; then the year comes from the page.
Day-first always: 03/07/2023 is 3 July.
"""
from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
_VERBOSE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*((?:19|20)\d{2}))?", re.IGNORECASE
)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d/])")
_DM = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/]|\s*[.\-]\s*\d)")
_LEAD = re.compile(
    r"^\W{0,3}(?:(?:sáng|chiều|trưa|tối|đêm)\s+)?(?:(?:thứ\s+\w+|chủ nhật)\s*,?\s*)?ngày\s+"
    r"(\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_vn_date(text: str | None, default_year: int | None = None) -> date | None:
    """The first date in ``text``; a day/month without year uses ``default_year``.

    A month-only ISO date ("2023-08") gives the first of the month.
    """
    if not text:
        return None
    text = " ".join(text.split())
    m = _DMY.search(text)
    if m:
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _VERBOSE.search(text)
    if m and (m.group(3) or default_year):
        return _make(int(m.group(3) or default_year), int(m.group(2)), int(m.group(1)))
    m = _ISO.search(text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    if default_year:
        m = _DM.search(text)
        if m:
            return _make(default_year, int(m.group(2)), int(m.group(1)))
    return None


def lead_date(body: str, default_year: int | None) -> date | None:
    """A date opening the article ("Ngày 14/11/2023, ...", "Chiều ngày 14/11, ...")."""
    first = body.strip()[:160]
    m = _LEAD.match(first)
    if not m:
        return None
    return parse_vn_date(m.group(0), default_year)


def page_year(texts: list[str], not_after: int) -> int | None:
    """The year a page is about: the latest year it mentions that is not in the future."""
    years = [int(y) for t in texts if t for y in _YEAR.findall(t) if int(y) <= not_after]
    return max(years) if years else None
