"""Ranking tables written as text: one province per row with its rank and score.

Pages often paste a national ranking as lines ("1 | Quảng Ninh | 90,10", "2.
Hải Phòng: 89,58 điểm") or, after HTML-to-text, one cell per line. A table is a
run of at least three rows that each name exactly one province and carry
numbers. Columns come from a header line when there is one ("STT | Tỉnh | Điểm
2022 | Xếp hạng 2022 | Xếp hạng 2021"); without one, an integer 1–63 is the rank
and a decimal the score. A row without a rank whose score equals the previous
row's shares its rank. The index and year are the ones named just before the
table (or in its header).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .document import Document
from .indices import BLOCKED, SCORE_RANGE, find_components, find_indices
from .numbers import ARROWS_DOWN, ARROWS_UP, NUM
from .textnorm import fold

#: a number cell; a sign glued to it ("+4", "-2") is kept for change columns
_DIGIT = re.compile(r"\d")
_NUM_RE = re.compile(r"(?:(?<=[\s|(])[+\-\u2212](?=\d))?(?<![\d.,])" + NUM + r"(?![\d])")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CELL_SPLIT = re.compile(r"\s*(?:\||\t|;|\s{2,})\s*")
#: header words, Vietnamese and (English editions: "Rank | Province | PCI 2022 score") English
_HEADER_WORDS = re.compile(r"(?<![a-z])(?:stt|tt|tinh|thanh pho|dia phuong|diem|xep hang|thu hang|hang|chi so"
                           r"|rank|ranking|province|score)(?![a-z])")
_PROSE = re.compile(r"(?<![a-z])(?:dat|xep thu|dung thu|tang|giam|so voi|trong khi|cua tinh"
                    # a note under the table: "Ghi chú: Quảng Bình không nằm trong nhóm 30 địa phương ..."
                    r"|ghi chu|nguon|khong|nam trong)(?![a-z])")
_MIN_ROWS = 3


@dataclass
class _Row:
    start: int
    end: int
    province: str
    before: list[str]   # number tokens before the province
    after: list[str]    # number tokens after it
    line: tuple[int, int] | None = None  # the whole line, for a row written on one line


@dataclass
class _Column:
    field: str          # "rank", "score", "rank_change", "score_change", "row", "ignore"
    prev: bool = False
    label: str = ""     # the header cell, folded
    component: str | None = None  # a column of one component's scores ("Chính quyền số")
    index: str | None = None      # a column of another index's scores ("SIPAS 2025 (%)" beside the PAR Index)
    year: int | None = None       # that other index's own year ("Hạng ICT Index 2020" beside DTI 2022)


def extract_table_results(doc: Document) -> list[dict[str, Any]]:
    """Index results from every text ranking table in the article."""
    lines = doc.lines
    text_at = _next_text(doc.nfc, lines)
    out: list[dict[str, Any]] = []
    seen: dict[int, _Row | None] = {}  # a line is read as a row once, however many starts reach it
    i = 0
    while i < len(lines):
        rows, j = _collect(doc, lines, i, text_at, seen)
        if len(rows) >= _MIN_ROWS:
            out.extend(_table(doc, lines, i, rows))
            i = j
        else:
            # a start on a blank line read the rows from the next text line on, which
            # cannot start a table either: go past that line
            i = text_at[i] + 1
    return out


def _next_text(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """For each line, the first line from it on that is not blank (``len(lines)`` if none).

    Lets a table search jump over a run of blank lines at once instead of line by
    line from every start (quadratic in the run's length).
    """
    out = [len(lines)] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        a, b = lines[k]
        out[k] = k if text[a:b].strip() and not _ELLIPSIS.fullmatch(text, a, b) else out[k + 1]
    return out


#: a "..." line between the rows of an excerpted table: read as a blank line
_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|…)\s*")


def _row(doc: Document, a: int, b: int) -> _Row | None:
    f = doc.folded[a:b]
    if len(f) > 160 or not _DIGIT.search(f) or _PROSE.search(f):
        return None
    nums = [(m.start(), m.group()) for m in _NUM_RE.finditer(f)]
    if not nums:  # checked first: numbers are cheaper to find than province names
        return None
    provs = doc.loose_provinces_in(a, b)
    if len(provs) == 2 and provs[0].name == provs[1].name and "/" in f[provs[0].end:provs[1].start]:
        provs = provs[:1]  # a bilingual cell: "Hải Phòng / Hai Phong"
    if len(provs) > 1:
        provs = _first_province_cell(doc, a, b, provs)
    if len(provs) != 1:
        return None
    p = provs[0]
    before = [t for s, t in nums if s < p.start]
    after = [t for s, t in nums if s >= p.end]
    if not before and not after:
        return None
    return _Row(a + p.start if not before else a, b, p.name, before, after, (a, b))


def _first_province_cell(doc: Document, a: int, b: int, provs: list[Any]) -> list[Any]:
    """A row naming several provinces, read as the first one's when the others all sit in one
    later cell without numbers: "5 | Bắc Ninh | Bắc Ninh, Bắc Giang | 0.6902", the provinces
    a unit was merged from (2025). Anything else stays ambiguous (all are returned)."""
    line = doc.nfc[a:b]  # the mentions' offsets are relative to the line
    cells: list[tuple[int, int]] = []
    pos = 0
    for m in _CELL_SPLIT.finditer(line):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < len(line):
        cells.append((pos, len(line)))
    holding = [(ca, cb) for ca, cb in cells if any(ca <= p.start and p.end <= cb for p in provs)]
    if len(holding) != 2:
        return provs
    (fa, fb), (oa, ob) = holding
    first = [p for p in provs if fa <= p.start and p.end <= fb]
    if len(first) != 1 or _DIGIT.search(line, oa, ob):
        return provs
    return first


def _collect(doc: Document, lines: list[tuple[int, int]], i: int, text_at: list[int],
             seen: dict[int, _Row | None] | None = None) -> tuple[list[_Row], int]:
    """Rows of a table starting at line ``i`` (line rows, or one cell per line).

    Blank lines before the first row are skipped; after it, one blank line is
    allowed between rows and two end the table.
    """
    rows: list[_Row] = []
    j = i
    while j < len(lines):
        a, b = lines[j]
        if text_at[j] != j:
            if not rows:
                j = text_at[j]
                continue
            j += 1
            if j < len(lines) and text_at[j] != j:
                break
            continue
        if seen is None:
            row = _row(doc, a, b)
        elif j in seen:
            row = seen[j]
        else:
            row = seen[j] = _row(doc, a, b)
        if row is None:
            cell_row, k = _cell_row(doc, lines, j)
            if cell_row is None:
                break
            row, j = cell_row, k
        else:
            j += 1
        rows.append(row)
    return rows, j


def _cell_row(doc: Document, lines: list[tuple[int, int]], j: int) -> tuple[_Row | None, int]:
    """A row spread over lines: [rank line] province line [number lines]."""
    def numeric(k: int) -> bool:
        a, b = lines[k]
        return bool(_CELL_NUMBER.fullmatch(doc.folded, a, b))

    if lines[j][1] - lines[j][0] > 80:
        return None, j
    k = j
    before: list[str] = []
    if k < len(lines) and numeric(k):
        before.append(doc.folded[lines[k][0]:lines[k][1]].strip())
        k += 1
    if k >= len(lines):
        return None, j
    a, b = lines[k]
    if b - a > 80 or _NUM_RE.search(doc.folded[a:b]) or not (before or (k + 1 < len(lines) and numeric(k + 1))):
        return None, j
    provs = doc.loose_provinces_in(a, b)
    if len(provs) != 1 or len(doc.folded[a:b].strip()) > len(doc.folded[a:b][provs[0].start:provs[0].end]) + 12 \
            or _NUM_RE.search(doc.folded[a:b]):
        return None, j
    k += 1
    after: list[str] = []
    while k < len(lines) and numeric(k) and not (k + 1 < len(lines) and _is_province_line(doc, lines[k + 1])
                                                 and before):
        after.append(doc.folded[lines[k][0]:lines[k][1]].strip())
        k += 1
    if not before and not after:
        return None, j
    return _Row(lines[j][0], lines[k - 1][1], provs[0].name, before, after), k


def _is_province_line(doc: Document, span: tuple[int, int]) -> bool:
    a, b = span
    if b - a > 80:
        return False
    return len(doc.loose_provinces_in(a, b)) == 1 and not _NUM_RE.search(doc.folded[a:b])


def _stacked_header(doc: Document, lines: list[tuple[int, int]], i: int) -> list[str] | None:
    """A header written one cell per line just above a table ("STT", "Tỉnh, thành phố", ...)."""
    cells: list[str] = []
    k = i - 1
    while k >= 0 and len(cells) < 8:
        a, b = lines[k]
        f = doc.folded[a:b].strip()
        if not f or len(f) > 80 or not _HEADER_WORDS.search(f) or _DIGIT.search(f.replace("(%)", "")):
            break
        cells.append(f)
        k -= 1
    return list(reversed(cells)) if len(cells) >= 3 else None


#: a column of the provinces as they were before the 2025 merger, or after it
_OLD_NAMES = re.compile(r"truoc (?:sap xep|hop nhat|sap nhap)|(?<![a-z])cu(?![a-z])")
_NEW_NAMES = re.compile(r"sau (?:sap xep|hop nhat|sap nhap)|(?<![a-z])moi(?![a-z])")

#: a header cell about a change since an earlier year
_COMPARED = re.compile(r"so voi|thay doi|bien dong|tang|giam|(?<![a-z])(?:vs|change|compared)(?![a-z])")


def _header(doc: Document, lines: list[tuple[int, int]], i: int, head_at: list[int | None]
            ) -> tuple[list[_Column] | None, list[_Column] | None, int | None]:
    """Column meanings from a header line just above the table (or one cell per line), if any;
    ``head_at[0]`` is set to where the header starts."""
    for k in range(i - 1, max(-1, i - 4), -1):
        a, b = lines[k]
        f = doc.folded[a:b].strip()
        if not f or _RULE_LINE.fullmatch(doc.nfc, a, b):
            continue  # (a markdown table's "--- | ---" under its header)
        stacked = _stacked_header(doc, lines, i)
        if stacked is not None:
            cells, f = stacked, " | ".join(stacked)
        elif len(_HEADER_WORDS.findall(f)) < 2 or len(f) > 200:
            return None, None, None
        else:
            # split the original line: folding turns tabs into spaces
            cells = [fold(c) for c in _CELL_SPLIT.split(doc.nfc[a:b].strip()) if c]
        if len(cells) < 2:  # a caption ("Kết quả ... của các địa phương dẫn đầu:"), not a header row
            return None, None, None
        # the table's year, not the one a change column compares with ("Thay đổi so với 2019")
        years = [int(y) for c in cells if not _COMPARED.search(c) for y in _YEAR_RE.findall(c)]
        top = max(years) if years else None
        head_at[0] = a if stacked is None else lines[i - len(stacked)][0]
        cols: list[_Column] = []
        prov_at = None
        for n, c in enumerate(cells):
            y = _YEAR_RE.search(c)
            start_cols = len(cols)
            prev = bool(y and top and int(y.group()) < top)
            if re.search(r"(?<![a-z])(?:tinh|thanh pho|dia phuong|don vi|province|city)(?![a-z])", c) \
                    and not re.search(r"diem|hang|rank|score", c):
                # a second column of names ("Địa phương trước sắp xếp"): not a figure
                # "Địa phương trước sắp xếp" beside "Tỉnh, thành phố (mới)": the row's figures are
                # the old province's (2024 and before), so that column names the row
                old = prov_at is not None and (_OLD_NAMES.search(c) or _NEW_NAMES.search(cells[prov_at]))
                cols.append(_Column("old_name" if old else "ignore") if prov_at is not None
                            else _Column("province"))
                prov_at = n if prov_at is None else prov_at
            elif re.search(r"(?<![a-z])(?:stt|tt|so thu tu)(?![a-z])", c):
                cols.append(_Column("row"))
            elif re.search(r"xep loai|phan loai|nhom|muc do", c):
                cols.append(_Column("ignore"))  # a grade ("Tốt", "Khá"), not a rank
            elif re.search(r"(?<![a-z])(?:tang|giam|thay doi|bien dong|so voi|change|vs)(?![a-z])|\+/-", c):
                # "So với tháng 3/2024": a change since then ("thang" holds "hang": words, not letters)
                cols.append(_Column("rank_change" if re.search(r"(?<![a-z])(?:hang|bac|vi tri|rank)(?![a-z])", c)
                                    else "score_change" if re.search(r"diem|score", c) else "change"))
            elif re.search(r"(?<![a-z])(?:hang|vi tri|xep|rank|ranking)(?![a-z])", c):
                # "Hạng tháng 8" beside "Hạng": last period's rank
                earlier = bool(re.search(r"thang \d|ky truoc|thang truoc|nam truoc", c)) \
                    and any(col.field == "rank" for col in cols)
                cols.append(_Column("rank", prev or earlier))
            elif re.search(r"diem|chi so|gia tri|ket qua|tong|score", c):
                cols.append(_Column("score", prev))
            else:
                cols.append(_Column("ignore"))
            cols[start_cols].label = c
        if prov_at is None:
            return None, None, top
        return cols[:prov_at], cols[prov_at + 1:], top
    return None, None, None


#: an English comparison before a year ("up four places from 2023"): not the table's year
_EN_COMPARED_YEAR = re.compile(r"(?<![a-z])(?:from|since|than|compared (?:to|with)|over|vs\.?) $")


def _context(doc: Document, pos: int, top_year: int | None) -> tuple[str | None, int | None]:
    """Index and year named in the text just before the table."""
    window_start = max(0, pos - 600)
    index = None
    for m in doc.indices_in(window_start, pos):
        index = m.name
    year = top_year
    if year is None:
        years = [p.year for p in doc.periods_in(window_start, pos) if p.current and p.kind == "year"
                 and not _EN_COMPARED_YEAR.search(doc.folded, max(0, p.start - 16), p.start)]
        year = years[-1] if years else (doc.published.year - 1 if doc.published else None)
    return index, year


def _table(doc: Document, lines: list[tuple[int, int]], i: int, rows: list[_Row]) -> list[dict[str, Any]]:
    head_at: list[int | None] = [None]
    before_cols, after_cols, top = _header(doc, lines, i, head_at)
    # the index named before the header: a header naming two ("PAR INDEX 2025 | SIPAS 2025") has
    # one column per index, and the ranking is the caption's
    index, year = _context(doc, head_at[0] if head_at[0] is not None else lines[i][0], top)
    if index is None and head_at[0] is not None:
        named = {m.name for m in doc.indices_in(head_at[0], lines[i][0])}
        index = named.pop() if len(named) == 1 else None
    if index is None or index == BLOCKED:
        return []
    lo, hi = SCORE_RANGE.get(index, (0, 100))
    # the monthly service index is reported per month: the month named before the table
    months = [p for p in doc.periods_in(max(0, lines[i][0] - 600), lines[i][0]) if p.kind == "month" and p.period and p.current
              and not _COLUMN_LABEL_BEFORE.search(doc.folded, max(0, p.start - 8), p.start)]  # not "Hạng tháng 8"
    month = months[-1] if index == "SERVICE_INDEX_766" and months else None
    for col in (before_cols or []) + (after_cols or []):
        comps = {c.name for c in find_components(col.label, index)} if col.field in ("ignore", "score", "rank") \
            else set()
        if len(comps) == 1 and not col.prev:
            # "Chính quyền số" is a pillar's score, "Chính quyền số (hạng)" its rank
            col.field, col.component = ("rank" if col.field == "rank" else "score"), comps.pop()
        elif col.field in ("ignore", "score") and (named := {m.name for m in find_indices(col.label)}) \
                and len(named) == 1 and BLOCKED not in named:
            # "DTI 2023": a column named after the index is its score ("PCI 2022" beside "PCI 2023": the
            # previous); one named after another index ("SIPAS 2025 (%)") is that index's score
            col.field = "score"
            years = [int(y) for y in _YEAR_RE.findall(col.label)]
            col.prev = bool(years and top and years[0] < top)
            other = named.pop()
            col.index = other if other != index else None
        elif col.field == "rank" and (named := {m.name for m in find_indices(col.label)}) \
                and len(named) == 1 and BLOCKED not in named and index not in named:
            # "Hạng PGI" beside "Hạng PCI", "Hạng ICT Index 2020" beside DTI 2022: another
            # index's rank, for the year its label names (not this index's previous rank)
            years = [int(y) for y in _YEAR_RE.findall(col.label)]
            col.index, col.prev = named.pop(), False
            col.year = years[0] if years else None
        other_month = _MONTH_LABEL.search(col.label)
        if month and other_month and col.field in ("rank", "score"):
            # "Hạng tháng 5" in the table of June: last month's
            col.prev = int(other_month.group(1)) != int(month.period[5:7])
    out: list[dict[str, Any]] = []
    numbered: list[tuple[dict[str, Any], int | None]] = []  # each row's fact and its "STT"
    last_rank: int | None = None
    last_score: float | int | None = None
    for row in rows:
        slots: dict[str, Any] = {}
        by_component: dict[str, dict[str, Any]] = {}
        by_index: dict[tuple[str, int | None], dict[str, Any]] = {}

        def put(col: _Column, tok: str) -> None:
            if col.index:
                olo, ohi = SCORE_RANGE.get(col.index, (0, 100))
                _put(doc, by_index.setdefault((col.index, col.year), {}), col, tok, olo, ohi)
            else:
                _put(doc, by_component.setdefault(col.component, {}) if col.component else slots, col, tok, lo, hi)

        old = _old_province(doc, row, before_cols, after_cols)
        if old is not None:
            row.province = old
        cells = _cells_by_column(doc, row, before_cols, after_cols)
        if cells is not None and before_cols is not None and after_cols is not None:
            # one cell per header column: text cells ("Tốt") cannot shift the numbers
            for col, tok in zip(before_cols + after_cols, cells):
                if tok is not None:
                    put(col, tok)
        elif before_cols is not None and after_cols is not None:
            for cols, toks in ((before_cols, row.before), (after_cols, row.after)):
                for col, tok in zip(cols, toks):
                    put(col, tok)
        else:
            _guess(doc, slots, row, lo, hi)
        if "rank" not in slots and last_rank is not None and slots.get("score") is not None \
                and slots.get("score") == last_score:
            slots["rank"] = last_rank
        if not slots:
            continue
        last_rank, last_score = slots.get("rank"), slots.get("score")
        rec = _result(doc, row.province, index, month.year if month else year, None, slots, row.start, row.end,
                      period=month.period if month else None)
        out.append(rec)
        numbered.append((rec, slots.get("_row")))
        bare = {"rank": None, "rank_of": None, "prev_score": None, "prev_rank": None, "score_change": None,
                "rank_change": None}
        for comp, cslots in by_component.items():
            if cslots:
                out.append({**rec, **bare, "component": comp, "score": cslots.get("score"),
                            "rank": cslots.get("rank")})
        for (other, other_year), islots in by_index.items():
            if any(islots.get(k) is not None for k in ("score", "prev_score", "rank")):
                # the other index's columns give what they name: its scores, and its rank only
                # where a rank column names it ("Hạng PGI")
                out.append({**rec, **bare, "index": other, "year": other_year or rec["year"],
                            "score": islots.get("score"), "prev_score": islots.get("prev_score"),
                            "rank": islots.get("rank"), "rank_of": islots.get("rank_of")})
    _rank_by_row_number(numbered)
    return out


def _rank_by_row_number(numbered: list[tuple[dict[str, Any], int | None]]) -> None:
    """No rank column, but rows numbered 1, 2, 3 ... with scores that never rise: the
    numbering is the ranking ("Các địa phương dẫn đầu: STT | Tỉnh | Tổng điểm")."""
    recs = [rec for rec, _n in numbered]
    if not recs or any(rec["rank"] is not None for rec in recs):
        return
    numbers = [n for _rec, n in numbered]
    scores = [rec["score"] for rec in recs]
    if numbers != list(range(1, len(recs) + 1)) or None in scores \
            or any(b > a for a, b in zip(scores, scores[1:])):
        return
    for rec, n in numbered:
        rec["rank"] = n


_NUM_CELL = re.compile(r"(?:[+\-\u2212]|[" + ARROWS_UP + ARROWS_DOWN + r"]\ufe0f?\s?)?" + NUM)


def _cells_by_column(doc: Document, row: _Row, before_cols: list[_Column] | None,
                     after_cols: list[_Column] | None) -> list[str | None] | None:
    """The row's number cells aligned with the header's columns (province cell left out), if
    the line splits into exactly as many cells as the header; else None."""
    if row.line is None or before_cols is None or after_cols is None:
        return None
    cells = _line_cells(doc, row.line)
    if len(cells) != len(before_cols) + 1 + len(after_cols):
        return None
    cells = cells[:len(before_cols)] + cells[len(before_cols) + 1:]
    # "89,12%" in a score column, "5=" for a shared rank
    cells = [c[:-1].rstrip() if c[-1:] in ("%", "=") else c for c in cells]
    return [c if _NUM_CELL.fullmatch(c) or _RANK_OF.fullmatch(c) else None for c in cells]


def _line_cells(doc: Document, line: tuple[int, int]) -> list[str]:
    """The cells of a row line; an empty first cell kept when the line opens with a tab (a
    merged cell pasted once for several rows: "\tHải Dương\t90,42\t8")."""
    a, b = line
    cells = [c.strip() for c in _CELL_SPLIT.split(doc.nfc[a:b].strip()) if c.strip()]
    return [""] + cells if doc.nfc[a:a + 1] == "\t" else cells


def _old_province(doc: Document, row: _Row, before_cols: list[_Column] | None,
                  after_cols: list[_Column] | None) -> str | None:
    """The province a row's "before the merger" column names, when the header has one."""
    if row.line is None or before_cols is None or after_cols is None:
        return None
    at = next((n for n, col in enumerate(after_cols) if col.field == "old_name"), None)
    if at is None:
        return None
    cells = _line_cells(doc, row.line)
    if len(cells) != len(before_cols) + 1 + len(after_cols):
        return None
    cell = cells[len(before_cols) + 1 + at]
    start = doc.nfc.find(cell, row.line[0], row.line[1]) if cell else -1
    if start < 0:
        return None
    names = {p.name for p in doc.loose_provinces_in(start, start + len(cell))}
    return names.pop() if len(names) == 1 else None


#: a cell on a line of its own: a number or a rank out of a total ("59/63")
_CELL_NUMBER = re.compile(r"\s*(?:" + NUM + r"|\d{1,2}\s?/\s?\d{2})\s*")
_RANK_OF = re.compile(r"(\d{1,2})\s?/\s?(\d{2})")


_SLOTS = ("score", "rank", "rank_of", "prev_score", "prev_rank", "score_change", "rank_change")
_MONTH_LABEL = re.compile(r"thang (\d{1,2})")
_COLUMN_LABEL_BEFORE = re.compile(r"(?:hang|diem|xep hang|thu hang)\s+$")


def _result(doc: Document, province: str, index: str, year: int | None, component: str | None,
            slots: dict[str, Any], start: int, end: int, period: str | None = None) -> dict[str, Any]:
    """An index-result fact from a table row, its evidence the row (``period`` for monthly indices)."""
    rec: dict[str, Any] = {"kind": "index_result", "province": province, "index": index, "year": year,
                           "component": component}
    rec.update({k: slots.get(k) for k in _SLOTS})
    if period:
        rec["period"] = period
    rec["evidence"] = doc.evidence(start, end)
    return rec


def _unsigned(tok: str) -> tuple[int, str]:
    """A number cell's sign and its digits: "-2", "−2", "⬇️2" are -1; "+4", "⬆️4", "4" are 1."""
    sign = -1 if tok[:1] in ("-", "\u2212") or tok[:1] in ARROWS_DOWN else 1
    return sign, tok.lstrip("+-\u2212\ufe0f " + ARROWS_UP + ARROWS_DOWN)


def _put(doc: Document, slots: dict[str, Any], col: _Column, tok: str, lo: float, hi: float) -> None:
    of = _RANK_OF.fullmatch(tok)
    if of:
        if col.field == "rank" and 1 <= int(of.group(1)) <= int(of.group(2)) <= 63:
            slots["prev_rank" if col.prev else "rank"] = int(of.group(1))
            if not col.prev:
                slots["rank_of"] = int(of.group(2))
        return
    sign, tok = _unsigned(tok)
    value = doc.number(tok)
    if col.field == "change":
        # "Tăng/giảm" alone: whole steps are ranks, fractions are points
        field = "rank_change" if re.fullmatch(r"\d{1,2}", tok) else "score_change"
        slots[field] = sign * value
        return
    if sign < 0 and col.field not in ("rank_change", "score_change"):
        return
    if col.field == "row" and isinstance(value, int):
        slots["_row"] = value
    elif col.field == "rank" and isinstance(value, int) and 1 <= value <= 63:
        slots["prev_rank" if col.prev else "rank"] = value
    elif col.field == "score" and lo <= value <= hi:
        slots["prev_score" if col.prev else "score"] = value
    elif col.field in ("rank_change", "score_change"):
        slots[col.field] = sign * value


def _guess(doc: Document, slots: dict[str, Any], row: _Row, lo: float, hi: float) -> None:
    ints = [t for t in row.before if t.isdigit()]
    if len(ints) == 1 and 1 <= int(ints[0]) <= 63:
        slots["rank"] = int(ints[0])
    decimals = [t for t in row.after if not t.isdigit()]
    if len(decimals) == 1:
        value = doc.number(decimals[0])
        if lo <= value <= hi:
            slots["score"] = value
    after_ints = [t for t in row.after if t.isdigit()]
    if "rank" not in slots and len(after_ints) == 1 and not row.before and 1 <= int(after_ints[0]) <= 63:
        slots["rank"] = int(after_ints[0])


#: a cell "18/63": a rank out of the provinces ranked
_RANK_CELL = re.compile(r"(?P<r>\d{1,2})\s?/\s?(?P<of>\d{2})")
_DECIMAL_CELL = re.compile(NUM)


def extract_index_year_tables(doc: Document) -> list[dict[str, Any]]:
    """One province's indices over the years, an index per row and a year per column.

    "Chỉ số | Năm 2021 | Năm 2022 | Năm 2023" then "Chỉ số CCHC | 18/63 | 22/63 | 15/63":
    a rank cell is "N/M", a score cell a number in the index's range, "-" is no value.
    A column may say what it holds ("Điểm 2022 | Hạng 2022 | Điểm 2023 | Hạng 2023"); a
    change column ("Thay đổi thứ hạng") makes the table a comparison, so the latest year's
    fact also carries the year before as its previous values. The province is the one the
    caption above names, else the host site's.
    """
    out: list[dict[str, Any]] = []
    lines = doc.lines
    k = 0
    while k < len(lines):
        a, b = lines[k]
        line = doc.nfc[a:b]
        if b - a > 200 or not ("\t" in line or "|" in line or "  " in line or ";" in line) \
                or _YEAR_RE.search(doc.folded, a, b) is None:  # cheap tests first: cells, then years
            k += 1
            continue
        header = [fold(c) for c in _CELL_SPLIT.split(doc.nfc[a:b].strip()) if c]
        years = [_YEAR_RE.findall(c) for c in header]
        if len(header) < 3 or years[0] or sum(1 for y in years[1:] if len(y) == 1) < 2:
            k += 1
            continue
        columns = [_year_column(c, y) for c, y in zip(header[1:], years[1:])]
        province = _caption_province(doc, lines, k)
        #: (index, year) -> the table's fact and where its first row starts: a score row and a
        #: rank row of one index ("Chỉ số CCHC (%)", "Xếp hạng Chỉ số CCHC") make one fact a year
        merged: dict[tuple[str, int | None], tuple[dict[str, Any], int]] = {}
        j = k + 1
        while j < len(lines):
            a, b = lines[j]
            if _RULE_LINE.fullmatch(doc.nfc, a, b):  # a markdown rule under the header
                j += 1
                continue
            cells = [c for c in _CELL_SPLIT.split(doc.nfc[a:b].strip()) if c]
            first_end = doc.nfc.find(cells[0], a, b) + len(cells[0]) if cells else a
            named = doc.indices_in(a, first_end)  # the index the row's first cell names
            if len(cells) < 2 or len(cells) > len(header) or len(named) != 1 or named[0].name == BLOCKED:
                break
            index = named[0].name
            if province is not None:
                # a row labelled "Xếp hạng Chỉ số CCHC" holds ranks, bare numbers included
                row_columns = [("rank", y) if f == "any" else (f, y) for f, y in columns] \
                    if _RANK_LABEL.search(doc.folded, a, first_end) else columns
                for fact in _year_row(doc, province, index, cells[1:], row_columns, a, b):
                    key = (fact["index"], fact["year"])
                    if key not in merged:
                        merged[key] = (fact, a)
                        out.append(fact)
                        continue
                    first, first_at = merged[key]
                    if any(first[k2] is not None and fact[k2] is not None and first[k2] != fact[k2] for k2 in _SLOTS):
                        out.append(fact)  # two rows that disagree stay two facts
                        continue
                    for k2 in _SLOTS:
                        if first[k2] is None:
                            first[k2] = fact[k2]
                    first["evidence"] = doc.evidence(first_at, b)
            j += 1
        k = j
    return out


#: a row label that says its cells are ranks
_RANK_LABEL = re.compile(r"(?<![a-z])(?:xep hang|thu hang|hang|vi tri|rank)(?![a-z])")
#: a markdown table's rule line ("|---|:---:|")
_RULE_LINE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def _year_column(cell: str, years: list[str]) -> tuple[str, int | None]:
    """What a column of a one-province table holds, and for which year: ("rank" | "score" |
    "any" (a rank "N/M" or a score), year) or ("rank_change" | "score_change" | "ignore", None)."""
    if len(years) != 1:
        if re.search(r"(?<![a-z])(?:thay doi|tang|giam|so voi|bien dong|change)(?![a-z])|\+/-", cell):
            return ("score_change" if re.search(r"diem|score", cell) and not re.search(r"hang|rank", cell)
                    else "rank_change"), None
        return "ignore", None
    if _RANK_LABEL.search(cell):
        return "rank", int(years[0])
    if re.search(r"(?<![a-z])(?:diem|ket qua|gia tri|score)(?![a-z])", cell):
        return "score", int(years[0])
    return "any", int(years[0])


def _year_row(doc: Document, province: str, index: str, cells: list[str],
              columns: list[tuple[str, int | None]], a: int, b: int) -> list[dict[str, Any]]:
    """The facts of one index row: one per year, and the change on the latest year."""
    lo, hi = SCORE_RANGE.get(index, (0, 100))
    by_year: dict[int, dict[str, Any]] = {}
    change: dict[str, Any] = {}
    for cell, (field, year) in zip(cells, columns):
        cell = cell.strip()
        if field in ("rank_change", "score_change"):
            if _NUM_CELL.fullmatch(cell):
                sign, digits = _unsigned(cell)
                change[field] = sign * doc.number(digits)
            continue
        if year is None:
            continue
        slots = by_year.setdefault(year, {})
        rank = _RANK_CELL.fullmatch(cell)
        if rank and field in ("rank", "any") and 1 <= int(rank.group("r")) <= int(rank.group("of")) <= 63:
            slots.update(rank=int(rank.group("r")), rank_of=int(rank.group("of")))
        elif field == "rank" and cell.isdigit() and 1 <= int(cell) <= 63:
            slots["rank"] = int(cell)
        elif _DECIMAL_CELL.fullmatch(cell) and (field == "score" or (field == "any" and not cell.isdigit())):
            value = doc.number(cell)
            if lo <= value <= hi:
                slots["score"] = value
    facts = {year: slots for year, slots in by_year.items() if slots}
    if change and facts:
        latest = max(facts)
        facts[latest].update(change)
        if latest - 1 in facts:  # the table compares the two years
            facts[latest].update(prev_score=facts[latest - 1].get("score"), prev_rank=facts[latest - 1].get("rank"))
    return [_result(doc, province, index, year, None, slots, a, b) for year, slots in sorted(facts.items())]


def _caption_province(doc: Document, lines: list[tuple[int, int]], k: int) -> str | None:
    for i in range(k - 1, max(-1, k - 3), -1):
        a, b = lines[i]
        names = {p.name for p in doc.provinces_in(a, b)}
        if names:
            return names.pop() if len(names) == 1 else None
    return doc.host


#: header cells of a one-province table by component ("Lĩnh vực | Điểm tối đa | Điểm đạt được | Xếp hạng")
_PART_HEADER = re.compile(r"(?<![a-z])(?:linh vuc|chi so thanh phan|noi dung|tieu chi|tru cot|chi so)(?![a-z])")
_TOTAL_ROW = re.compile(r"\s*(?:tong cong|tong so|tong diem|tong|chi so chung|chi so cchc|ket qua chung)\s*")


def extract_component_tables(doc: Document) -> list[dict[str, Any]]:
    """One province's index broken down by component, a component per row.

    The header names the row label ("Lĩnh vực", "Chỉ số thành phần") and the columns
    (score, rank; a "tối đa" column is the maximum, not a result); the index, year and
    province come from the caption above (else the host site). A total row gives the
    index's own score and rank.
    """
    out: list[dict[str, Any]] = []
    lines = doc.lines
    k = 0
    while k < len(lines):
        a, b = lines[k]
        line = doc.nfc[a:b]
        if b - a > 200 or not ("\t" in line or "|" in line or "  " in line) \
                or _PART_HEADER.search(doc.folded, a, b) is None:
            k += 1
            continue
        header = [fold(c) for c in _CELL_SPLIT.split(line.strip()) if c]
        label_at = next((n for n, c in enumerate(header) if _PART_HEADER.search(c)), None)
        fields = [_part_field(c) for c in header]
        if label_at is None or len(header) < 3 or not {"score", "rank"} & set(fields):
            k += 1
            continue
        index, year = _context(doc, a, None)
        province = _caption_province(doc, lines, k)
        if index is None or index == BLOCKED or province is None:
            k += 1
            continue
        # "Xếp hạng 2023 | Xếp hạng 2022", "Năm 2019 | Năm 2020 | Tăng/giảm": the latest year's
        # columns are the results, an earlier year's the previous values
        col_years = [int(y[0]) if (y := _YEAR_RE.findall(c)) and fields[n] not in ("change", None) else None
                     for n, c in enumerate(header)]
        top = max((y for y in col_years if y), default=None)
        year = top or year
        lo, hi = SCORE_RANGE.get(index, (0, 100))
        j = k + 1
        while j < len(lines):
            a, b = lines[j]
            cells = [c.strip() for c in _CELL_SPLIT.split(doc.nfc[a:b].strip())]
            if len(cells) != len(header):
                break
            label = fold(cells[label_at])
            comps = {c.name for c in find_components(label, index)}
            if len(comps) == 1:
                component: str | None = comps.pop()
            elif _TOTAL_ROW.fullmatch(label):
                component = None
            else:
                break
            slots: dict[str, Any] = {}
            for cell, field_, col_year in zip(cells, fields, col_years):
                if field_ is None or not _NUM_CELL.fullmatch(cell):
                    continue
                prev = bool(col_year and top and col_year < top)
                sign, digits = _unsigned(cell)
                value = doc.number(digits)
                if field_ == "change":
                    slots["score_change"] = sign * value
                elif sign < 0:
                    continue
                elif field_ == "rank" and isinstance(value, int) and 1 <= value <= 63:
                    slots["prev_rank" if prev else "rank"] = value
                elif field_ == "score" and (component is not None or lo <= value <= hi):
                    slots["prev_score" if prev else "score"] = value
            if slots:
                out.append(_result(doc, province, index, year, component, slots, a, b))
            j += 1
        k = j
    return out


def _part_field(cell: str) -> str | None:
    if re.search(r"toi da|trong so|diem chuan", cell):
        return None
    if _CHANGE_LABEL.search(cell) and not re.search(r"(?<![a-z])(?:hang|bac|vi tri)(?![a-z])", cell):
        return "change"  # a score change ("Tăng/giảm"); a rank change column is left out
    if re.search(r"(?<![a-z])(?:xep hang|thu hang|hang|vi tri)(?![a-z])", cell):
        return "rank"
    if re.search(r"(?<![a-z])(?:diem|ket qua|gia tri)(?![a-z])", cell) or _YEAR_RE.fullmatch(cell.replace("nam ", "").strip()):
        return "score"  # a column headed by its year alone ("Năm 2020") holds scores
    return None


#: the first header cell of a table with a year per row ("Năm | Điểm (%) | Xếp hạng | Tăng/giảm bậc")
_YEAR_LABEL = re.compile(r"\s*(?:nam|nam danh gia|year)\s*")
#: where such a header line starts: a line opening with that cell, then a cell break
#: (on the NFC text: folding turns a tab into a space)
_YEAR_HEADER_START = re.compile(r"^[ \t|]*(?:năm|nam|year)[^\n|\t]{0,12}(?:\||\t| {2,})", re.M | re.I)
_CHANGE_LABEL = re.compile(r"(?<![a-z])(?:thay doi|tang|giam|bien dong|change)(?![a-z])|\+/-")


def extract_year_row_tables(doc: Document) -> list[dict[str, Any]]:
    """One province's index over the years, a year per row.

    The transpose of ``extract_index_year_tables``: a Q&A or report answers "what were the
    province's results" with "Năm | Điểm | Xếp hạng | Tăng/giảm bậc" and a row per year. The
    header says what each column holds (a column it cannot name is not read); the index is the
    one named just before the table, the province the caption's (else the host site's). A
    change column's "+8" is the change on the year before and "-" no value; a rank "38/63"
    keeps its ranking's size. Years after the publication date are not results.
    """
    out: list[dict[str, Any]] = []
    lines = doc.lines
    starts = [a for a, _ in lines]
    heads = [bisect.bisect_right(starts, m.start()) - 1 for m in _YEAR_HEADER_START.finditer(doc.nfc)]
    for k in heads:  # one scan of the page for header lines; in text order, so a table's rows come after it
        a, b = lines[k]
        line = doc.nfc[a:b]
        if b - a > 200:
            continue
        header = [fold(c) for c in _CELL_SPLIT.split(line.strip().strip("|").strip()) if c]
        if len(header) < 2 or not _YEAR_LABEL.fullmatch(header[0]):
            continue
        fields = [_year_row_field(c) for c in header[1:]]
        index, _ = _context(doc, a, None)
        province = _caption_province(doc, lines, k)
        if not {"score", "rank"} & set(fields) or index is None or index == BLOCKED or province is None:
            continue
        lo, hi = SCORE_RANGE.get(index, (0, 100))
        rows: list[dict[str, Any]] = []
        j = k + 1
        while j < len(lines):
            a, b = lines[j]
            if _RULE_LINE.fullmatch(doc.nfc, a, b):
                j += 1
                continue
            cells = [c.strip() for c in _CELL_SPLIT.split(doc.nfc[a:b].strip().strip("|").strip())]
            if len(cells) != len(header) or not _YEAR_RE.fullmatch(cells[0]):
                break
            year = int(cells[0])
            if doc.published is not None and year > doc.published.year:
                break
            slots = _year_row_slots(doc, cells[1:], fields, lo, hi)
            if slots:
                rows.append(_result(doc, province, index, year, None, slots, a, b))
            j += 1
        if len(rows) >= 2:  # one row is a sentence's worth, read by the prose rules
            out.extend(rows)
    return out


def _year_row_field(cell: str) -> str | None:
    if _CHANGE_LABEL.search(cell):
        return "score_change" if "diem" in cell and not re.search(r"hang|bac|vi tri", cell) else "rank_change"
    field_ = _part_field(cell)
    if field_ is None and re.search(r"(?<![a-z])(?:chi so|ty le|%)", cell) and "toi da" not in cell:
        return "score"  # "Chỉ số (%)": the index's value
    return field_


def _year_row_slots(doc: Document, cells: list[str], fields: list[str | None],
                    lo: float, hi: float) -> dict[str, Any]:
    slots: dict[str, Any] = {}
    for cell, field_ in zip(cells, fields):
        rank = _RANK_CELL.fullmatch(cell)
        if field_ == "rank" and rank and 1 <= int(rank.group("r")) <= int(rank.group("of")) <= 63:
            slots.update(rank=int(rank.group("r")), rank_of=int(rank.group("of")))
        elif field_ == "rank" and cell.isdigit() and 1 <= int(cell) <= 63:
            slots["rank"] = int(cell)
        elif field_ == "score" and _DECIMAL_CELL.fullmatch(cell) and lo <= doc.number(cell) <= hi:
            slots["score"] = doc.number(cell)
        elif field_ in ("rank_change", "score_change") and _NUM_CELL.fullmatch(cell):
            sign, digits = _unsigned(cell)
            slots[field_] = sign * doc.number(digits)
    return slots
