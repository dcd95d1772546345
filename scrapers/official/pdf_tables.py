"""Ruled tables in a PDF annex → :class:`Table` objects (pdfplumber), page by page.

Locators read "page N, table K" (1-based, K counted on its page); body rows add
", row R". Merged header cells are expanded from the cell boxes: a box that spans three
column boundaries fills those three columns. A table that continues on the next page
without a header (or with the header repeated) is joined to the one it continues, each
row keeping its own page in its locator.
"""
from __future__ import annotations

import io

from .provinces import canonical_province
from .tables import Row, Table, clean_cell, looks_like_header_row, split_header

EPS = 1.0
#: text-based detection is only tried when no ruled table was found anywhere
TEXT_SETTINGS = {"vertical_strategy": "text", "horizontal_strategy": "text"}


def _expand(table) -> list[list[str]]:
    """pdfplumber table → grid with merged cells copied into every position they cover."""
    text = table.extract()
    cols = [c.bbox[0] for c in table.columns]
    tops = [r.bbox[1] for r in table.rows]
    grid = [["" for _ in cols] for _ in tops]
    for i, prow in enumerate(table.rows):
        for j, bbox in enumerate(prow.cells):
            if bbox is None:
                continue
            value = clean_cell(text[i][j] if i < len(text) and j < len(text[i]) else "")
            x0, top, x1, bottom = bbox
            jj = [k for k, x in enumerate(cols) if x0 - EPS <= x < x1 - EPS] or [j]
            ii = [k for k, y in enumerate(tops) if top - EPS <= y < bottom - EPS] or [i]
            for a in ii:
                for b in jj:
                    if not grid[a][b]:
                        grid[a][b] = value
    return grid


def _is_data_row(cells: list[str]) -> bool:
    return any(canonical_province(c) for c in cells if c)


def read_pdf_tables(body: bytes) -> tuple[list[Table], str]:
    """All tables of the PDF (continuations joined) and the document's text."""
    import pdfplumber

    found: list[tuple[int, int, list[list[str]], int]] = []  # page, k, grid, n tables on page
    texts: list[str] = []
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        pages = list(pdf.pages)
        for pno, page in enumerate(pages, start=1):
            texts.append(page.extract_text() or "")
            tables = page.find_tables()
            for k, t in enumerate(tables, start=1):
                found.append((pno, k, _expand(t), len(tables)))
        if not found:
            for pno, page in enumerate(pages, start=1):
                for k, grid in enumerate(page.extract_tables(TEXT_SETTINGS), start=1):
                    found.append((pno, k, [[clean_cell(c) for c in r] for r in grid], 0))
    out: list[Table] = []
    last_page_of_prev = None  # (page, was last table on its page)
    for pno, k, grid, n_on_page in found:
        if not grid or len(grid[0]) < 2:
            continue
        prev = out[-1] if out else None
        continues = (
            prev is not None and last_page_of_prev is not None
            and last_page_of_prev[0] == pno - 1 and last_page_of_prev[1] and k == 1
            and prev.width == len(grid[0])
        )
        locator = f"page {pno}, table {k}"
        if continues and prev is not None:
            body_rows = grid
            # the header may be repeated on the continuation page
            n_head = 0
            while n_head < len(body_rows) and n_head < len(prev.header) + 1 and \
                    looks_like_header_row(body_rows[n_head]) and not _is_data_row(body_rows[n_head]):
                n_head += 1
            if n_head == 0 and not _is_data_row(body_rows[0]):
                continues = False
            else:
                start = len(prev.rows)
                prev.rows.extend(Row(tuple(c), f"{locator}, row {i}")
                                 for i, c in enumerate(body_rows[n_head:], start=1))
                prev.notes.append(f"continued on {locator} (rows {start + 1}..{len(prev.rows)})")
                last_page_of_prev = (pno, k == n_on_page)
                continue
        head, body_grid, titles = split_header(grid, _is_data_row)
        rows = [Row(tuple(c), f"{locator}, row {i}") for i, c in enumerate(body_grid, start=1)]
        out.append(Table(header=head, rows=rows, locator=locator, caption=" ".join(titles)))
        last_page_of_prev = (pno, k == n_on_page)
    return out, "\n".join(texts)
