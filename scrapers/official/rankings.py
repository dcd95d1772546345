"""A ranking :class:`~scrapers.official.tables.Table` → :class:`OfficialRanking` rows.

Numbers: Vietnamese "87,42" and English "0.8002" both read as decimals (index scores
are at most 100, so a single separator is never a thousands mark); "82,92%",
"87,42 điểm" and "40,62/80" keep the score. Shared ranks: "5" repeated, "5=" / "=5",
or a blank rank cell (same rank as the row above). A province missing from the table is
simply absent. Anything that makes the table unreadable as a whole raises
:class:`MalformedTableError` with a message an auditor can act on.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Iterable

from scrapers.extract.textnorm import fold
from scrapers.records import sha256_hex

from .columns import ColumnMap, map_columns, normalize_index_code
from .provinces import canonical_province, expected_units, is_aggregate
from .tables import MalformedTableError, Row, Table

__all__ = ["MalformedTableError", "OfficialRanking", "ParsedTable", "parse_table", "assign_rank_of",
           "parse_score", "parse_rank", "ranking_id_for"]

_MISSING = {"", "-", "--", "—", "–", "x", "n/a", "na", "k", "kxh", "khong", "khong xep hang", "chua xep hang",
            "khong co", "k.co", "...", "…", "*"}
_SCORE_RE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|diem|d|đ)?\s*(?:/\s*\d{1,3}(?:[.,]\d+)?\s*(?:diem)?)?")
_RANK_RE = re.compile(r"(?:hang\s*)?[=(]?\s*(\d{1,3})\s*(?:=|\*+|\))?\s*(?:/\s*(\d{1,3}))?")
_SAME_AS_ABOVE = {"=", "\"", "“", "”", "nt", "n.t", "như trên"}
#: share of rows that may lack a recognisable province before the table is refused
MAX_UNRECOGNISED_SHARE = 0.2


def ranking_id_for(document_url: str, raw_sha256: str, index_code: str, year: int,
                   component: str | None, province: str) -> str:
    """Stable id of one value of one document version (32 hex chars)."""
    return sha256_hex("\n".join((document_url, raw_sha256, index_code, str(year), component or "", province)))[:32]


@dataclass(frozen=True)
class OfficialRanking:
    """One row of ``raw.official_rankings``."""

    publisher: str
    index_code: str
    year: int
    component: str | None
    province: str
    score: float | None
    rank: int | None
    rank_of: int | None
    document_url: str
    raw_sha256: str
    locator: str
    is_test_data: bool = False
    province_printed: str = ""  # as the table spells it (not stored; for dry runs and debugging)

    @property
    def ranking_id(self) -> str:
        return ranking_id_for(self.document_url, self.raw_sha256, self.index_code, self.year,
                              self.component, self.province)

    def as_dict(self) -> dict:
        d = asdict(self)
        d["ranking_id"] = self.ranking_id
        return d


@dataclass(frozen=True)
class SkippedRow:
    """A body row that was not loaded (no recognisable province), kept for the quarantine."""

    locator: str
    reason: str
    cells: tuple[str, ...]


@dataclass
class ParsedTable:
    rows: list[OfficialRanking]
    columns: dict[str, str]
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_score(cell: str) -> float | None:
    """A score as printed → float; None for an empty or 'not rated' cell; ValueError otherwise."""
    text = fold(cell).strip().rstrip(".").strip()
    if text in _MISSING:
        return None
    m = _SCORE_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a score: {cell!r}")
    return float(m.group(1).replace(",", "."))


def parse_rank(cell: str) -> int | None:
    """A rank as printed ('5', '5=', '=5', '(5)', '5/63') → int; None when empty/not ranked."""
    text = fold(cell).strip().rstrip(".").strip()
    if text in _MISSING:
        return None
    m = _RANK_RE.fullmatch(text)
    if not m:
        raise ValueError(f"not a rank: {cell!r}")
    return int(m.group(1))


def _cell(row: Row, i: int) -> str:
    return row.cells[i] if i < len(row.cells) else ""


def _province_guess(table: Table, year: int) -> int | None:
    """The column whose cells are mostly province names (for tables without a usable header)."""
    if not table.rows:
        return None
    best, best_n = None, 0
    for c in range(table.width):
        n = sum(1 for r in table.rows if canonical_province(_cell(r, c), year))
        if n > best_n:
            best, best_n = c, n
    return best if best_n >= max(2, len(table.rows) // 2) else None


def _is_heading_row(row: Row) -> bool:
    """A group heading spread over the row ('Nhóm A: ...'), or an empty row."""
    filled = [c for c in row.cells if c]
    return not filled or (len(filled) == len(row.cells) and len(set(filled)) == 1 and len(row.cells) > 1)


def _numbers(table: Table, rows: list[tuple[Row, str]], col: int, label: str, parse, fill_down: bool,
             warnings: list[str]) -> list:
    """Parse one column over the kept rows; refuse the table if most values are not numbers."""
    values: list = []
    bad: list[str] = []
    filled = 0
    prev = None
    for row, _ in rows:
        raw = _cell(row, col)
        if fill_down and (raw == "" or fold(raw).strip() in _SAME_AS_ABOVE):
            values.append(prev)  # shared rank printed once for the tied rows
            continue
        filled += 1
        try:
            value = parse(raw)
        except ValueError:
            bad.append(raw)
            value = None
            warnings.append(f"{row.locator}: column '{label}': unreadable value {raw!r}")
        values.append(value)
        prev = value
    if filled and len(bad) * 2 > filled:
        raise MalformedTableError(
            f"column '{label}': {len(bad)} of {filled} values are not numbers (e.g. {bad[:3]!r}) in {table.locator}"
        )
    return values


def parse_table(
    table: Table,
    *,
    publisher: str,
    index_code: str,
    year: int,
    document_url: str,
    raw_sha256: str,
    is_test_data: bool = False,
    rank_of: int | None = None,
) -> ParsedTable:
    """Read one ranking table. Raises :class:`MalformedTableError` if it cannot be trusted."""
    index_code = normalize_index_code(index_code)
    if not table.rows:
        raise MalformedTableError(f"{table.locator}: the table has a header but no rows")
    cmap: ColumnMap = map_columns(table.columns, index_code, year, _province_guess(table, year))
    pcol = cmap.province
    plabel = cmap.roles[pcol].label or f"column {pcol + 1}"
    warnings: list[str] = []
    skipped: list[SkippedRow] = []

    kept: list[tuple[Row, str]] = []
    seen: dict[str, str] = {}
    for row in table.rows:
        if _is_heading_row(row):
            continue
        printed = _cell(row, pcol)
        if not printed or is_aggregate(printed):
            continue
        name = canonical_province(printed, year)
        if name is None:
            skipped.append(SkippedRow(row.locator, f"unrecognised province name {printed!r}", row.cells))
            continue
        if name in seen:
            raise MalformedTableError(
                f"duplicate province rows: {name!r} appears at {seen[name]} and at {row.locator}"
                f" (printed {printed!r})"
            )
        seen[name] = row.locator
        kept.append((row, name))

    considered = len(kept) + len(skipped)
    if not kept:
        raise MalformedTableError(f"{table.locator}: no row names a known province in column '{plabel}'")
    if len(skipped) > max(2, MAX_UNRECOGNISED_SHARE * considered):
        examples = [s.cells[pcol] if pcol < len(s.cells) else "" for s in skipped[:3]]
        raise MalformedTableError(
            f"{len(skipped)} of {considered} rows have no recognisable province in column '{plabel}'"
            f" (e.g. {examples!r}) in {table.locator}"
        )

    n_max = expected_units(year)
    scores = {c: _numbers(table, kept, i, cmap.roles[i].label, parse_score, False, warnings)
              for c, i in cmap.scores.items()}
    ranks = {c: _numbers(table, kept, i, cmap.roles[i].label, parse_rank, True, warnings)
             for c, i in cmap.ranks.items()}
    for comp, values in ranks.items():
        for (row, _), r in zip(kept, values):
            if r is not None and not 1 <= r <= n_max:
                raise MalformedTableError(
                    f"rank {r} at {row.locator} is outside 1..{n_max} (column '{cmap.roles[cmap.ranks[comp]].label}')"
                )
    if not any(v is not None for vs in (*scores.values(), *ranks.values()) for v in vs):
        raise MalformedTableError(f"{table.locator}: no score or rank values in any row")

    out: list[OfficialRanking] = []
    for k, (row, name) in enumerate(kept):
        for comp in sorted(dict.fromkeys([*scores, *ranks]), key=lambda c: c is not None):
            score = scores[comp][k] if comp in scores else None
            rank = ranks[comp][k] if comp in ranks else None
            if score is None and rank is None:
                continue
            out.append(OfficialRanking(
                publisher=publisher, index_code=index_code, year=year, component=comp, province=name,
                score=score, rank=rank, rank_of=None, document_url=document_url, raw_sha256=raw_sha256,
                locator=row.locator, is_test_data=is_test_data, province_printed=_cell(row, pcol),
            ))
    return ParsedTable(assign_rank_of(out, year, rank_of), cmap.describe(), skipped, warnings)


def assign_rank_of(rows: Iterable[OfficialRanking], year: int, override: int | None = None) -> list[OfficialRanking]:
    """Set ``rank_of`` per component: the national count (63, or 34 from 2025) when the table
    is complete (at least 90% of it: a row or two may be missing from a publisher's table),
    else the number of provinces the table ranks (or its largest rank, if higher)."""
    from dataclasses import replace

    rows = list(rows)
    expected = expected_units(year)
    by_comp: dict[str | None, list[OfficialRanking]] = {}
    for r in rows:
        by_comp.setdefault(r.component, []).append(r)
    rank_of: dict[str | None, int | None] = {}
    for comp, group in by_comp.items():
        ranked = [r for r in group if r.rank is not None]
        if not ranked:
            rank_of[comp] = None
        elif override:
            rank_of[comp] = override
        else:
            n = len({r.province for r in group})
            top = max(r.rank for r in ranked)
            rank_of[comp] = expected if n >= 0.9 * expected else max(n, top)
    return [replace(r, rank_of=rank_of[r.component] if r.rank is not None else None) for r in rows]


def duplicate_keys(rows: Iterable[OfficialRanking]) -> list[tuple[str | None, str]]:
    """(component, province) pairs that occur more than once (across tables of one document)."""
    counts = Counter((r.component, r.province) for r in rows)
    return [k for k, n in counts.items() if n > 1]
