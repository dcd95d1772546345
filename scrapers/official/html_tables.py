"""``<table>`` elements of an HTML page → :class:`Table` objects.

Merged cells are expanded: a header cell with ``colspan=4`` over four sub-columns
appears in each of the four columns, a ``rowspan=2`` "Xếp hạng" appears in both header
rows, so every column gets its full multi-level header. Text inside nested tables
belongs to the nested table only (old portals lay pages out with tables).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from .provinces import canonical_province
from .tables import Row, Table, clean_cell, split_header

MAX_SPAN = 200


def _span(cell: Tag, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr, "1")).strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def _own_text(node: Tag) -> str:
    """Text of ``node`` without the text of tables nested inside it."""
    home = node.find_parent("table")
    parts: list[str] = []
    for child in node.descendants:
        if isinstance(child, Tag):
            if child.name == "br":
                parts.append(" ")
            continue
        if not isinstance(child, NavigableString) or child.find_parent("table") is not home:
            continue
        if child.parent is not None and child.parent.name in ("script", "style"):
            continue
        parts.append(str(child))
    return clean_cell(" ".join(parts))


def _rows_of(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def expand(table: Tag) -> tuple[list[list[str]], int]:
    """The table as a rectangular grid with spans expanded, and the number of header rows
    the markup declares (``<thead>`` rows or leading rows made only of ``<th>``)."""
    grid: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows left, text) from rowspans above
    header_rows = 0
    header_done = False
    for tr in _rows_of(table):
        cells = tr.find_all(["td", "th"], recursive=False)
        row: list[str] = []
        col, ci = 0, 0
        while ci < len(cells) or any(k >= col for k in pending):
            if col in pending:  # covered by a rowspan from a row above
                left, text = pending[col]
                row.append(text)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (left - 1, text)
                col += 1
                continue
            if ci >= len(cells):
                row.append("")
                col += 1
                continue
            cell = cells[ci]
            ci += 1
            text = _own_text(cell)
            cs, rs = _span(cell, "colspan"), _span(cell, "rowspan")
            for _ in range(cs):
                row.append(text)
                if rs > 1:
                    pending[col] = (rs - 1, text)
                col += 1
        if not header_done:
            in_thead = tr.find_parent("thead") is not None
            all_th = bool(cells) and all(c.name == "th" for c in cells)
            if in_thead or all_th:
                header_rows += 1
            else:
                header_done = True
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    for r in grid:
        r.extend([""] * (width - len(r)))
    return grid, header_rows


def _is_data_row(cells: list[str]) -> bool:
    return any(canonical_province(c) for c in cells if c)


def read_html_tables(html: str) -> list[Table]:
    """Every table of the page with at least two rows and two columns, in document order."""
    soup = BeautifulSoup(html, "lxml")
    tables: list[Table] = []
    for n, el in enumerate(soup.find_all("table"), start=1):
        grid, declared = expand(el)
        if len(grid) < 2 or not grid or len(grid[0]) < 2:
            continue
        head, body, titles = split_header(grid, _is_data_row, declared or None)
        locator = f"table#{n}"
        cap = el.find("caption")
        caption = " ".join(filter(None, [_own_text(cap) if cap else "", *titles]))
        rows = [Row(tuple(cells), f"{locator}, row {i}") for i, cells in enumerate(body, start=1)]
        tables.append(Table(header=head, rows=rows, locator=locator, caption=caption))
    return tables


def page_text(html: str) -> str:
    """Visible text of the page (for the test-data marker check)."""
    soup = BeautifulSoup(html, "lxml")
    for t in soup(["script", "style"]):
        t.decompose()
    return clean_cell(soup.get_text(" "))
