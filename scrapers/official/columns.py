"""Map a ranking table's columns by what their headers mean, never by position.

Every column has a multi-level header (``Table.columns``: "Chỉ số DTI" / "Tổng"). Each
level is folded (lower case, no diacritics) so "Xếp hạng", "XẾP HẠNG" and "Xep hang"
read alike, then the column gets one role:

- ``province``: "Tỉnh/thành phố", "Địa phương", "Tỉnh, TP", "Đơn vị";
- ``rank``: "Xếp hạng", "Thứ hạng", "Hạng" ("STT" is a row number, never a rank);
- ``score``: "Điểm", "Tổng điểm", "Điểm tổng hợp", "Chỉ số", "PAR Index", "Tổng", or a
  component's name (PAR Index areas, SIPAS indices, PAPI dimensions, PCI sub-indices,
  DTI pillars and main indices, as in ``scrapers.extract.indices``);
- ``other``: STT, previous years ("Xếp hạng 2021" in a 2022 table), changes ("Tăng/giảm",
  "So với năm trước"), groups ("Nhóm", "Xếp loại").

A column whose levels name a component is that component's score (or rank, if a level
says so); otherwise it is the composite.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrapers.extract.indices import SCORE_RANGE, find_components
from scrapers.extract.textnorm import fold

from .tables import MalformedTableError, folded_words

_INDEX_ALIASES = {"PAR": "PAR_INDEX", "PARINDEX": "PAR_INDEX", "CCHC": "PAR_INDEX", "ICT": "ICT_INDEX",
                  "ICTINDEX": "ICT_INDEX", "PDTI": "DTI", "766": "SERVICE_INDEX_766"}

_STT = re.compile(r"^(?:stt|tt|so tt|so thu tu|thu tu|no|so|#)$")
_CHANGE = re.compile(r"\btang\s*giam\b|\b(?:so voi|so sanh|thay doi|chenh lech|bien dong|"
                     r"nam truoc|ky truoc|tang bac|giam bac|tang hang|giam hang)\b")
_GROUP = re.compile(r"\b(?:nhom|xep loai|phan loai|loai|muc|group|tier|ghi chu|note)\b")
_PROVINCE = re.compile(r"^(?:ten\s+)?(?:tinh|thanh pho|tp|dia phuong|don vi|tinh thanh|province|provinces|"
                       r"tinh\s+tp|ten tinh)\b")
_RANK = re.compile(r"\b(?:xep hang|thu hang|hang|thu bac|vi tri xep hang|rank|ranking)\b")
_SCORE = re.compile(r"\b(?:diem|chi so|tong|tong diem|tong hop|ket qua|gia tri|score|index|par|pdti|dti|papi|"
                    r"pci|pgi|sipas|ict|ty le|muc do hai long)\b")
_COMPOSITE = re.compile(r"\b(?:tong|tong diem|tong hop|chung|tong the|overall|total|composite)\b")
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")
_MAX_LABEL = 120


def normalize_index_code(code: str) -> str:
    """'par', 'PAR Index', 'par-index' → 'PAR_INDEX'; unknown codes raise ValueError."""
    key = re.sub(r"[\s\-]+", "_", code.strip().upper())
    key = _INDEX_ALIASES.get(key.replace("_", ""), key)
    if key not in SCORE_RANGE:
        raise ValueError(f"unknown index code {code!r}; expected one of {', '.join(sorted(SCORE_RANGE))}")
    return key


@dataclass(frozen=True)
class ColumnRole:
    index: int
    label: str
    kind: str  # 'province' | 'rank' | 'score' | 'stt' | 'other'
    component: str | None = None
    priority: int = 0  # among composite score columns: 2 = says "tổng", 1 = plain


@dataclass
class ColumnMap:
    """Which column holds what; ``scores``/``ranks`` are keyed by component (None = composite)."""

    province: int
    scores: dict[str | None, int] = field(default_factory=dict)
    ranks: dict[str | None, int] = field(default_factory=dict)
    roles: list[ColumnRole] = field(default_factory=list)

    def describe(self) -> dict[str, str]:
        out = {"province": self.roles[self.province].label if self.roles else str(self.province)}
        for comp, i in self.scores.items():
            out[f"score[{comp or 'composite'}]"] = self.roles[i].label
        for comp, i in self.ranks.items():
            out[f"rank[{comp or 'composite'}]"] = self.roles[i].label
        return out


def classify(index: int, levels: tuple[str, ...], index_code: str, year: int | None) -> ColumnRole:
    """The role of one column from its header levels."""
    label = " / ".join(levels)
    words = [folded_words(lv) for lv in levels if lv and len(lv) <= _MAX_LABEL]
    if not words:
        return ColumnRole(index, label, "other")
    if any(_STT.match(w) for w in words):
        return ColumnRole(index, label, "stt")
    joined = " | ".join(words)
    years = {int(y) for w in words for y in _YEAR.findall(w)}
    if year is not None and years and year not in years:
        return ColumnRole(index, label, "other")  # another year's value
    if _CHANGE.search(joined):
        return ColumnRole(index, label, "other")
    component = None
    for lv in reversed(levels):
        found = find_components(fold(lv), index_code)
        if found:
            component = max(found, key=lambda m: m.end - m.start).name
            break
    is_rank = any(_RANK.search(w) for w in words)
    if component is None and any(_PROVINCE.match(w) and not _RANK.search(w) and not _SCORE.search(w)
                                 for w in words):
        return ColumnRole(index, label, "province")
    if _GROUP.search(joined) and not is_rank and not _SCORE.search(joined):
        return ColumnRole(index, label, "other")
    if is_rank:
        return ColumnRole(index, label, "rank", component)
    if component is not None:
        return ColumnRole(index, label, "score", component)
    if any(_SCORE.search(w) for w in words):
        priority = 2 if _COMPOSITE.search(words[-1]) else 1
        return ColumnRole(index, label, "score", None, priority)
    return ColumnRole(index, label, "other")


def map_columns(
    columns: list[tuple[str, ...]],
    index_code: str,
    year: int | None = None,
    province_guess: int | None = None,
) -> ColumnMap:
    """Roles for every column of a table, or :class:`MalformedTableError` saying what is missing.

    ``province_guess`` is the column whose cells are mostly province names, used when no
    header names the province column (tables with a bare header).
    """
    index_code = normalize_index_code(index_code)
    roles = [classify(i, levels, index_code, year) for i, levels in enumerate(columns)]
    labels = [r.label or f"column {r.index + 1}" for r in roles]

    provinces = [r.index for r in roles if r.kind == "province"]
    if len(provinces) > 1 and province_guess in provinces:
        provinces = [province_guess]
    if not provinces and province_guess is not None and roles[province_guess].kind in ("other", "stt"):
        provinces = [province_guess]
    if not provinces:
        raise MalformedTableError(
            f"no province column: no header reads 'Tỉnh/thành phố', 'Địa phương' or similar and no column "
            f"holds province names (columns: {labels})"
        )
    if len(provinces) > 1:
        raise MalformedTableError(f"more than one province column: {[labels[i] for i in provinces]}")

    cmap = ColumnMap(province=provinces[0], roles=roles)
    for kind, target in (("rank", cmap.ranks), ("score", cmap.scores)):
        by_comp: dict[str | None, list[ColumnRole]] = {}
        for r in roles:
            if r.kind == kind:
                by_comp.setdefault(r.component, []).append(r)
        for comp, cands in by_comp.items():
            best = max(c.priority for c in cands)
            top = [c for c in cands if c.priority == best]
            if len(top) > 1:
                what = f"{kind} of {comp!r}" if comp else f"composite {kind}"
                raise MalformedTableError(
                    f"ambiguous columns: {[c.label for c in top]} could each be the {what}"
                )
            target[comp] = top[0].index
    if not cmap.scores and not cmap.ranks:
        raise MalformedTableError(
            f"no score or rank column: no header reads 'Xếp hạng', 'Điểm', 'Tổng điểm', 'Chỉ số' or a "
            f"{index_code} component (columns: {labels})"
        )
    return cmap
