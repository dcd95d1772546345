"""Dossier tables written as text: one administrative level per row.

Provincial reports paste the dossier figures of a period as a small table, one
row per level and a total row, cells split by "|", tabs or runs of spaces:

    Cấp | Tiếp nhận | Đã giải quyết | Trước hạn (%) | Đúng hạn (%) | Trễ hạn (%)
    Cấp tỉnh | 96.318 | 94.702 | 72,15 | 26,91 | 0,94
    Toàn tỉnh | 432.671 | 426.777 | 74,22 | 24,88 | 0,90

The header names each column (received, resolved, early / on-time / late and
online shares or counts); a row is read only when its label is a level ("cấp
tỉnh", "cấp huyện", "cấp xã") or the total ("toàn tỉnh", "tổng", "tổng cộng"),
so a table of departments or districts gives nothing. A row labelled by a period
("Tháng 4/2022", "Cộng quý II") is the whole province's for that period: a quarter's
dossiers by month. Early / on-time / late
columns of counts give no share (the schema's shares are stated, not computed).
The period is the one the line before the table states ("kết quả quý I/2024 như
sau:"), else the headline's; a district's own page gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .document import Document
from .gazetteer import CENTRAL_CITIES
from .numbers import NUM

_SPLIT = re.compile(r"\s*(?:\||\t|\s{2,})\s*")
_NUMBER_CELL = re.compile(r"(?P<n>" + NUM + r")\s?(?P<pct>%)?")
_PCT_HEADER = re.compile(r"%|(?<![a-z])ty le(?![a-z])")
_NOT_DONE = re.compile(r"(?<![a-z])(?:dang|chua|ton|chuyen)(?![a-z])")

#: a row's label → the fact's scope
_LEVELS = (
    (re.compile(r"cap tinh(?![a-z])"), "cấp tỉnh"),
    (re.compile(r"cap huyen(?![a-z])"), "cấp huyện"),
    (re.compile(r"cap xa(?![a-z])"), "cấp xã"),
    (re.compile(r"(?:toan tinh|toan thanh pho|ca tinh|tong cong|tong so|tong|chung toan tinh|tinh chung)(?![a-z])"
                r"|cong(?=\s*(?:ca |quy|thang|nam|6 thang|9 thang|$))"),  # "Cộng quý II", not "Công an tỉnh"
     "toàn tỉnh"),
)
#: a row label that is a period and nothing else ("Tháng 4/2022", "Quý I", "6 tháng đầu năm")
_PERIOD_LABEL = re.compile(r"\s*(?:thang|quy|\d{1,2} thang|nam \d{4})")
#: the header of a running-number column ("STT", "TT", "Hạng")
_RANK_HEADER = re.compile(r"(?:stt|tt|so tt|hang|thu hang|xep hang|thu tu)")
#: what may follow a province's name in a row label: "(mới)", "(cũ)", "(*)"
_LABEL_TAIL = re.compile(r"\((?:moi|cu|\*+|sau sap xep|sau hop nhat)\)|\*+")
_SHARES = {"early": "early_pct", "on_time": "on_time_pct", "late": "late_pct", "online": "online_pct"}
_COUNTS = {"received": "received", "resolved": "resolved", "online": "online"}


@dataclass(frozen=True)
class _Column:
    what: str | None   # "received", "resolved", "early", "on_time", "late", "online"; None: not read
    pct: bool          # the header says the cells are shares


def _column(cell: str) -> _Column:
    """What a header cell (folded) names."""
    pct = bool(_PCT_HEADER.search(cell))
    if _NOT_DONE.search(cell):
        what = None  # "đang giải quyết", "tồn kỳ trước": not received or resolved
    elif "truc tuyen" in cell:
        what = "online"
    elif "truoc han" in cell and "dung han" not in cell:
        what = "early"
    elif "dung han" in cell and "truoc" not in cell:
        what = "on_time"
    elif re.search(r"tre han|qua han|tre hen", cell):
        what = "late"
    elif "tiep nhan" in cell:
        what = "received"
    elif "giai quyet" in cell:
        what = "resolved"
    else:
        what = None
    return _Column(what, pct)


def _cells(doc: Document, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of the line ``[a, b)`` as absolute spans (split on the text as written: the
    folded text has its tabs made spaces)."""
    line = doc.nfc[a:b]
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(line):
        if m.start() > pos:
            spans.append((a + pos, a + m.start()))
        pos = max(pos, m.end())
    if pos < len(line.rstrip()):
        spans.append((a + pos, a + len(line.rstrip())))
    return spans


def _header(doc: Document, a: int, b: int) -> list[_Column] | None:
    """The columns of a dossier-table header line, or None when the line is not one."""
    line = doc.nfc[a:b]
    if "|" not in line and "\t" not in line and "  " not in line:
        return None
    cells = _cells(doc, a, b)
    if len(cells) < 3 or re.search(r"\d", doc.folded[cells[0][0]:cells[0][1]]):
        return None  # the first cell labels the rows
    cols = [_column(doc.folded[x:y]) for x, y in cells[1:]]
    known = [c for c in cols if c.what]
    if len(known) < 2 or not any(c.what in ("received", "resolved") for c in known):
        return None
    return cols


def _scope(label: str) -> str | None:
    label = label.strip(" .:-*")
    for pattern, scope in _LEVELS:
        if pattern.match(label):
            return scope
    return None


def extract_dossier_tables(doc: Document) -> list[dict[str, Any]]:
    """Dossier facts from every level-by-row dossier table in the article."""
    if doc.district_article:
        return []  # a district's own levels are not the province's
    lines = doc.lines
    out: list[dict[str, Any]] = []
    continued: set[int] = set()  # header lines repeated after a page break, read with the table above
    for k, (a, b) in enumerate(lines):
        if k in continued or ("tiep nhan" not in doc.folded[a:b] and "giai quyet" not in doc.folded[a:b]):
            continue
        cols = _header(doc, a, b)
        if cols is None:
            continue
        rows = []
        n = k + 1
        while n < len(lines):
            ra, rb = lines[n]
            cells = _cells(doc, ra, rb) if doc.nfc[ra:rb].strip() else []
            if len(cells) != len(cols) + 1:
                again = _repeated_header(doc, lines, n, doc.folded[a:b].strip())
                if again is None:
                    break
                continued.add(again)
                n = again + 1
                continue
            rows.append((ra, rb, cells))
            n += 1
        period = _period(doc, lines, k)
        # "STT | Địa phương | Hồ sơ tiếp nhận | ...": a running number first, the label second
        lab = 1 if _RANK_HEADER.fullmatch(doc.folded[a:b].split("|")[0].split("\t")[0].strip()) else 0
        facts = [fact for ra, rb, cells in rows if (fact := _fact(doc, cols, ra, rb, cells, period, lab))]
        if len(facts) >= 2:
            out.extend(facts)
    return out


def _repeated_header(doc: Document, lines: list[tuple[int, int]], n: int, header: str) -> int | None:
    """The line of the header a PDF repeated after a page break (a page number and a running
    title in between), if it comes within three lines of where the rows stopped at ``n``."""
    for m in range(n, min(len(lines), n + 4)):
        a, b = lines[m]
        if doc.folded[a:b].strip() == header:
            return m
    return None


def _period(doc: Document, lines: list[tuple[int, int]], k: int) -> str | None:
    """The period the text just above the header states, else the headline's."""
    for a, b in reversed(lines[max(0, k - 2):k]):
        cands = [p for p in doc.periods_in(a, b) if p.current and p.period]
        if cands:
            return cands[-1].period
    return doc.headline_period.period if doc.headline_period else None


def _row_province(doc: Document, x: int, y: int) -> str | None:
    """The province a row's label names, the whole label ("Quảng Trị (mới)", "Tây Ninh (*)",
    "TP. Cần Thơ"), else None; a provincial city's name ("TP. Thanh Hóa") is a district-level unit."""
    provs = doc.provinces_in(x, y)
    if len(provs) != 1:
        return None
    p = provs[0]
    before = doc.folded[x:p.start].strip(" .*")
    after = doc.folded[p.end:y].strip()
    if after and not _LABEL_TAIL.fullmatch(after):
        return None
    if before and not (before in ("tp", "tp.", "thanh pho", "tinh") and
                       (before == "tinh" or p.name in CENTRAL_CITIES or p.name == "Thừa Thiên Huế")):
        return None
    return p.name


def _fact(doc: Document, cols: list[_Column], a: int, b: int, cells: list[tuple[int, int]],
          period: str | None, lab: int = 0) -> dict[str, Any] | None:
    scope = _scope(doc.folded[cells[lab][0]:cells[lab][1]])
    province = None
    # a row labelled by its own period ("Tháng 5/2022"): a table by month, of the whole province
    own = [p for p in doc.periods_in(*cells[lab]) if p.current and p.period]
    if own and (scope is not None or _PERIOD_LABEL.match(doc.folded, cells[lab][0])):
        period, scope = own[-1].period, scope or "toàn tỉnh"
    if scope is None:
        # a row per province ("1 | Thanh Hóa | 1.386.205 | 66,42 | 0,87"): a regional comparison
        province = _row_province(doc, *cells[lab])
        scope = "toàn tỉnh" if province else None
    if scope is None:
        return None
    slots: dict[str, Any] = {}
    for col, (x, y) in zip(cols[lab:], cells[lab + 1:]):
        m = _NUMBER_CELL.fullmatch(doc.folded[x:y])
        if col.what is None or m is None:
            continue
        if col.pct or m.group("pct"):
            if col.what in _SHARES:
                v = doc.number(m.group("n"))
                if 0 <= v <= 100:
                    slots[_SHARES[col.what]] = v
        elif col.what in _COUNTS:
            slots[_COUNTS[col.what]] = doc.number(m.group("n"), integer=True)
    if not slots:
        return None
    fact: dict[str, Any] = {"kind": "dossier_stats", "province": province or doc.subject_province(a, a), "period": period,
                            "scope": scope}
    for k in ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total",
              "online_pct"):
        fact[k] = slots.get(k)
    fact["evidence"] = doc.evidence(a, b)
    return fact
