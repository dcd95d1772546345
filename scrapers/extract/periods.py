"""Years and reporting periods.

Period strings follow the facts schema: ``2022`` a year, ``2023-10M`` the first
ten months cumulatively, ``2023-10`` one month, ``2021-Q3`` a quarter and
``2023-06H1`` the first half. A period without a year ("6 tháng đầu năm") takes
the year of ``--published``.

Years that are not the period a figure is about are flagged, not dropped, so the
rules can still use them as anchors for "previous" values: comparisons ("so với
năm 2021", "so tháng 9"), history ("kể từ năm 2005", "giai đoạn 2021-2025") and
calendar dates ("ngày 10 tháng 01 năm 2022", "10/7/2023") which are skipped.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

_WORD_MONTHS = {"sau": 6, "chin": 9, "muoi": 10, "ba": 3, "bon": 4, "tam": 8, "bay": 7, "muoi mot": 11}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = r"(?:19|20)\d{2}"

# starts with a digit (no optional prefix) so the regex engine can skip ahead quickly
_DATE = re.compile(r"\d{1,2}(?: thang \d{1,2} nam " + _YEAR + r"|/\d{1,2}/" + _YEAR + r"|-\d{1,2}-" + _YEAR + r")")
_PERIOD = re.compile(
    # the lookahead names every character a period can start with, a cheap first test that
    # halves the time of a whole-page scan
    r"(?=[bcdlmnqst\d])(?<![a-z0-9/])(?:"
    r"(?P<ytd>tu dau nam(?: (?P<ytd_y>" + _YEAR + r"))? (?:den|toi) (?:nay|hien nay|hien tai|thoi diem nay))"
    # "từ đầu năm đến ngày 30/11/2023": the months so far (a cut-off before the 15th leaves that month out)
    # (also a clause opened by "đến ngày 30/6/2024, đã hoàn thành ...": a report's cut-off)
    r"|(?P<upd>(?:(?:tu dau nam(?: " + _YEAR + r")?|tu ngay 0?1/0?1(?:/" + _YEAR + r")?|tinh) |(?<=[;,] ))(?:den|toi) (?:het )?ngay"
    r" (?P<upd_d>\d{1,2})[/-](?P<upd_m>\d{1,2})"
    r"(?:[/-](?P<upd_y>" + _YEAR + r"))?)(?![\d/])"
    r"|(?P<upto>(?:tu dau nam(?: " + _YEAR + r")? (?:den|toi)(?: (?:het|cuoi))?|(?:den|toi) (?:het|cuoi)) thang "
    r"(?P<upto_m>\d{1,2})(?![\d/]\d*/)(?:(?:/| nam | - )(?P<upto_y>" + _YEAR + r"))?)"
    # "đến hết quý I", "tính đến cuối quý III/2024": the quarters so far
    r"|(?P<uptoq>(?:den|toi) (?:het|cuoi) quy (?P<uq>iv|i{1,3}|[1-4])(?![a-z0-9])(?:(?:/| nam | - )(?P<uq_y>" + _YEAR + r"))?)"
    r"|luy ke (?P<lk>\d{1,2}) thang(?: dau nam| nam)?(?: (?P<lk_y>" + _YEAR + r"))?"
    r"|(?P<cum>\d{1,2}|sau|chin|muoi mot|muoi|ba|bon|tam|bay) ?thang(?:(?P<cum_dau> dau)|(?P<cum_qua> qua(?![a-z])))?(?! cuoi)(?: nam)?(?: (?P<cum_y>" + _YEAR + r"))?"
    r"|nua dau nam(?: (?P<h1_y>" + _YEAR + r"))?"
    r"|quy (?P<q>iv|i{1,3}|[1-4])(?![a-z0-9])(?:(?:/| nam | - )(?P<q_y>" + _YEAR + r"))?"
    r"|thang (?P<m>\d{1,2})(?!\d|/\d{1,2}/)(?:(?:/| nam | - )(?P<m_y>" + _YEAR + r"))?"
    r"|nam (?P<y>" + _YEAR + r")(?![\d-])"
    r"|(?P<y_bare>(?<=[\s(])" + _YEAR + r"(?=[\s),;:.]|$))"
    r"|nam (?P<now>nay|hien nay)"
    # "Trong năm, toàn tỉnh tiếp nhận ...": the report's own year, resolved by the document
    r"|(?P<inyear>trong nam(?: qua)?)(?! (?:19|20)\d\d| (?:nay|toi|sau|ke|tiep|truoc|hoc|tai chinh))(?![a-z0-9])"
    # "Thưa các đồng chí, năm qua, tỉnh ta đã hoàn thành ...": the year just past (not "10 năm qua",
    # "những năm qua")
    r"|(?<![\d])(?<!nhung )(?<!cac )(?<!mot so )(?<!nhieu )(?<!trong )(?P<pastyear>nam qua)(?![a-z0-9])"
    r")"
)
#: words that make the following period a comparison or history, not the period of the figure
_NOT_CURRENT = re.compile(
    r"(?:so voi|(?<!ho )(?<!chi )(?<!doi )(?<!con )(?<!tong )(?<!ty )so|ke tu|tu|den|toi|truoc|sau|hon|giai doan|cuoi|dau|(?<!neu )nhu|thap hon|cao hon|bang|"
    r"(?:duoc )?cong bo(?: trong| vao)?|"
    r"cung ky|lien tiep|vao|trong khi|thay cho|(?:chuyen|chuyen tiep|keo dai) sang|ke hoach(?: (?:cai cach hanh chinh|cchc))?(?: cua tinh)?)"
    r"\s*(?:cung ky\s*)?(?:cua\s*)?(?:(?:giua|cuoi|het|dau)\s*)?$"
)


#: "Đến tháng 5/2024, tỉnh đứng thứ 19": a sentence opened by "Đến" and its period says when
#: (a range "từ tháng 1 đến tháng 5" or "tăng so với ... đến" has words before the "đến")
_OPENING_BY = re.compile(r"(?:^|[.;!?\n]\s*)den\s+$")

#: a bare "N tháng" followed by what was done in them
_REPORTED = re.compile(r",? (?:da |toan tinh |tinh )?(?:tiep nhan|giai quyet|hoan thanh)(?![a-z])")

#: "kể từ khi PAPI được triển khai trên toàn quốc năm 2011": the year a history began
_SINCE = re.compile(r"(?<![a-z])(?:ke tu|tu) khi(?![a-z])[^.;:\n]*$")


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    period: str | None  # schema period string, None when the year is unknown
    year: int | None
    kind: str           # "cum", "h1", "quarter", "month", "year"
    current: bool       # False for comparison / history years


def _year(group: str | None, published: dt.date | None) -> int | None:
    if group:
        return int(group)
    return published.year if published else None


def months_done_by(day: int, month: int) -> int:
    """The whole months a cut-off date closes: "đến ngày 30/6" six, "đến ngày 10/7" still six
    (a date before the 15th leaves its month out)."""
    return month if day >= 15 else month - 1


def months_so_far(n: int, year: int | None) -> tuple[str | None, str]:
    """The first ``n`` months of ``year`` as a period: the year at 12, the first half at 6."""
    if n == 12:
        return (str(year) if year else None), "year"
    if n == 6:
        return (f"{year}-06H1" if year else None), "h1"
    return (f"{year}-{n:02d}M" if year else None), "cum"


def find_periods(folded: str, start: int = 0, end: int | None = None,
                 published: dt.date | None = None) -> list[Period]:
    """Periods mentioned in ``folded[start:end]`` with absolute offsets."""
    end = len(folded) if end is None else end
    chunk = folded[start:end]
    dates = [(m.start(), m.end()) for m in _DATE.finditer(chunk)]
    date_starts = [a for a, _ in dates]
    out: list[Period] = []
    #: the year of each "N tháng đầu năm YYYY" stated so far: a later bare "Trong 9 tháng," is that period
    cum_years: dict[int, int | None] = {}
    for m in _PERIOD.finditer(chunk):
        k = bisect.bisect_right(date_starts, m.start()) - 1
        if k >= 0 and m.start() < dates[k][1]:
            continue
        before = chunk[max(0, m.start() - 40):m.start()]
        current = (not _NOT_CURRENT.search(before) or _OPENING_BY.search(before) is not None) \
            and not _SINCE.search(chunk, max(0, m.start() - 90), m.start())
        g = m.groupdict()
        if g["ytd"] is not None:
            # "từ đầu năm đến nay": the year so far, reported as the year
            year = _year(g["ytd_y"], published)
            p, kind, current = (str(year) if year else None), "year", True
        elif g["upd"] is not None:
            day, n = int(g["upd_d"]), months_done_by(int(g["upd_d"]), int(g["upd_m"]))
            if not (1 <= day <= 31 and 1 <= n <= 12):
                continue
            year = _year(g["upd_y"], published)
            current = True
            p, kind = months_so_far(n, year)
        elif g["upto"] is not None:
            # "từ đầu năm đến hết tháng 10/2023", "tính đến hết tháng 10": the first N months
            n = int(g["upto_m"])
            if not 1 <= n <= 12:
                continue
            year = _year(g["upto_y"], published)
            current = True
            p, kind = months_so_far(n, year)
        elif g["uptoq"] is not None:
            q = _ROMAN[g["uq"]]
            year = _year(g["uq_y"], published)
            current = True
            if q == 1:
                p, kind = (f"{year}-Q1" if year else None), "quarter"
            else:
                p, kind = months_so_far(3 * q, year)
        elif g["lk"] is not None:
            # "Lũy kế 9 tháng": the first N months
            n = int(g["lk"])
            if not 1 <= n <= 12:
                continue
            year = _year(g["lk_y"], published)
            current = True
            p, kind = months_so_far(n, year)
        elif g["cum"] is not None:
            n = int(g["cum"]) if g["cum"].isdigit() else _WORD_MONTHS[g["cum"]]
            if not 1 <= n <= 12:
                continue
            if g["cum_dau"] or g["cum_y"] or "nam" in m.group():
                year = _year(g["cum_y"], published)
                cum_years[n] = year
            elif published and n < 12 and 0 <= published.month - n <= 2 \
                    and (g["cum_qua"] or _REPORTED.match(chunk, m.end())):
                # "9 tháng qua", "Nghệ An: 9 tháng tiếp nhận hơn 1 triệu hồ sơ" in a report published in October
                year = published.year
            elif n in cum_years:
                year = cum_years[n]  # "Trong 11 tháng, ..." after "11 tháng năm 2023"
            else:
                continue  # a duration ("trong 6 tháng", "sau 3 tháng")
            p, kind = months_so_far(n, year)
        elif m.group().startswith("nua dau"):
            year = _year(g["h1_y"], published)
            p, kind = (f"{year}-06H1" if year else None), "h1"
        elif g["q"] is not None:
            year = _year(g["q_y"], published)
            p, kind = (f"{year}-Q{_ROMAN[g['q']]}" if year else None), "quarter"
        elif g["m"] is not None:
            n = int(g["m"])
            if not 1 <= n <= 12:
                continue
            year = _year(g["m_y"], published)
            p, kind = (f"{year}-{n:02d}" if year else None), "month"
        elif g["inyear"] is not None:
            p, kind, year, current = None, "inyear", None, True
        elif g["pastyear"] is not None:
            # published January to March: the year just ended; later, the year so far
            year = (published.year - (published.month <= 3)) if published else None
            p, kind = (str(year) if year else None), "year"
        elif g["now"] is not None:
            year = published.year if published else None
            p, kind = (str(year) if year else None), "year"
        else:
            year = int(g["y"] or g["y_bare"])
            if g["y_bare"] and not current:
                continue
            p, kind = str(year), "year"
        out.append(Period(start + m.start(), start + m.end(), p, year, kind, current))
    return out
