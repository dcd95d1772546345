"""A neutral table model shared by the HTML and PDF readers.

Readers turn whatever the publisher printed into a rectangular grid of cell strings
(merged cells already expanded into every position they cover), split it into header
rows and body rows, and tag each body row with where it came from. Nothing here knows
what the columns mean: that is :mod:`scrapers.official.columns`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from scrapers.extract.textnorm import fold

#: at most this many leading rows are taken for header rows
MAX_HEADER_ROWS = 6
#: column-numbering rows under a header: "(1) (2) (3)", "1 2 3", "A B 1 2"
_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z])\)?$")
_WS = re.compile(r"\s+")


class MalformedTableError(ValueError):
    """A table that claims to be a ranking but cannot be read as one; the message says why."""


def clean_cell(text: str | None) -> str:
    """NFC, one space between words, no surrounding space; None → ''."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return _WS.sub(" ", text).strip()


@dataclass(frozen=True)
class Row:
    """One body row: its cells (one per column) and where it was read."""

    cells: tuple[str, ...]
    locator: str  # e.g. 'table#2, row 5' or 'page 3, table 1, row 12'


@dataclass
class Table:
    """A table as printed: header rows and body rows of cell strings.

    ``header`` rows are already expanded (a cell spanning three columns appears three
    times), so :attr:`columns` can flatten them into one multi-level label per column.
    """

    header: list[list[str]]
    rows: list[Row]
    locator: str  # 'table#2' (HTML) or 'page 3, table 1' (PDF)
    caption: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        widths = [len(r) for r in self.header] + [len(r.cells) for r in self.rows]
        return max(widths, default=0)

    @property
    def columns(self) -> list[tuple[str, ...]]:
        """One tuple of header levels per column, top to bottom.

        Repeats from a rowspan ("Xếp hạng" over two header rows) and column-number rows
        ("(1)", "(2)") are dropped, so a column reads e.g. ``("Chỉ số DTI", "Tổng")``.
        """
        cols: list[tuple[str, ...]] = []
        for c in range(self.width):
            levels: list[str] = []
            for hrow in self.header:
                text = hrow[c] if c < len(hrow) else ""
                if not text or _COLUMN_NUMBER.match(text):
                    continue
                if levels and levels[-1] == text:
                    continue
                levels.append(text)
            cols.append(tuple(levels))
        return cols

    def column_labels(self) -> list[str]:
        return [" / ".join(levels) for levels in self.columns]

    def sample(self, n: int = 5) -> dict:
        """A small JSON-able picture of the table for quarantine payloads and errors."""
        return {
            "locator": self.locator,
            "caption": self.caption,
            "columns": self.column_labels(),
            "rows": [list(r.cells) for r in self.rows[:n]],
            "n_rows": len(self.rows),
        }


def _is_column_number_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(c) for c in filled)


def _is_full_width_title(cells: list[str]) -> bool:
    """A title row: one text spread over the whole width (a colspan over every column)."""
    filled = [c for c in cells if c]
    return len(cells) > 1 and len(filled) == len(cells) and len(set(filled)) == 1


def split_header(
    grid: list[list[str]],
    is_data_row,
    header_rows: int | None = None,
) -> tuple[list[list[str]], list[list[str]], list[str]]:
    """Split an expanded grid into (header rows, body rows, titles).

    ``header_rows`` is what the markup says (``<thead>``, ``<th>`` rows); otherwise the
    header is every leading row before the first row ``is_data_row`` accepts (at most
    :data:`MAX_HEADER_ROWS`). Full-width title rows ("DỮ LIỆU KIỂM THỬ ...") are taken
    out of the header and returned as titles.
    """
    if header_rows is None:
        header_rows = 0
        for i, cells in enumerate(grid[: MAX_HEADER_ROWS + 1]):
            if is_data_row(cells):
                header_rows = i
                break
        else:
            header_rows = 1 if grid else 0
    head, body = grid[:header_rows], grid[header_rows:]
    # column numbers right under the header are part of the header, not data
    while body and _is_column_number_row(body[0]):
        head, body = head + [body[0]], body[1:]
    titles = [r[0] for r in head if _is_full_width_title(r)]
    head = [r for r in head if not _is_full_width_title(r)]
    return head, body, titles


def looks_like_header_row(cells: list[str]) -> bool:
    """Text cells and no numbers: a repeated header on a continuation page."""
    filled = [c for c in cells if c]
    if not filled:
        return False
    return not any(re.fullmatch(r"[\d.,=%\s*()]+", c) for c in filled)


def folded_words(text: str) -> str:
    """Folded text with punctuation turned into single spaces ('Tỉnh/TP' → 'tinh tp')."""
    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()
