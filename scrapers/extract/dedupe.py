"""One fact, one line: drop facts that only restate another.

A headline ("THỰC HIỆN 22/24 NHIỆM VỤ CCHC") repeating the body, or a second
sentence restating a score already given with more detail, yields a fact whose
stated values are all contained in another fact of the same identity; it is
dropped. Facts that add something (another slot) are kept: the scorer and the
loader reconcile slots, not lines.
"""
from __future__ import annotations

from typing import Any

_IDENTITY = {
    "index_result": ("province", "index", "year", "component"),
    "task_progress": ("province",),
    "dossier_stats": ("province", "scope"),
}
_NOT_VALUES = {"kind", "evidence", "province", "index", "year", "component", "scope", "period"}


def _values(fact: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fact.items() if k not in _NOT_VALUES and v is not None}


def _part_of_year(big: dict[str, Any], small: dict[str, Any]) -> bool:
    """"Hoàn thành 28/35 nhiệm vụ CCHC năm 2023" in a headline over a body's "trong 11 tháng năm
    2023, ... 28/35 nhiệm vụ": the same count of the year's plan, stated with its period."""
    return small["kind"] == "task_progress" and str(big.get("period") or "").startswith(f"{small['period']}-")


def _covers(big: dict[str, Any], small: dict[str, Any], bv: dict[str, Any], sv: dict[str, Any]) -> bool:
    """Whether ``big`` states everything ``small`` states (``bv``, ``sv``: their values)."""
    if any(bv.get(k) != v for k, v in sv.items()):
        return False
    if small.get("period") is not None and small.get("period") != big.get("period") \
            and not _part_of_year(big, small):
        return False
    return (len(bv), big.get("period") is not None) >= (len(sv), small.get("period") is not None)


def dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``facts`` without the ones another fact of the same identity covers.

    A fact can only be covered by facts that state each of its values, so the
    candidates come from an index of (slot, value) pairs, not from every pair of
    facts: a long page with hundreds of facts of one identity stays linear-ish.
    """
    values = [_values(f) for f in facts]
    groups: dict[tuple[Any, ...], list[int]] = {}
    seen: set[tuple[Any, ...]] = set()
    exact: set[int] = set()
    for i, fact in enumerate(facts):
        ident = (fact["kind"], *(fact.get(k) for k in _IDENTITY.get(fact["kind"], ())))
        same = (ident, fact.get("period"), tuple(sorted(values[i].items())))
        if same in seen:  # an exact restatement: cheap to drop before the pairwise pass
            exact.add(i)
            continue
        seen.add(same)
        groups.setdefault(ident, []).append(i)
    drop: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        having: dict[tuple[str, Any], set[int]] = {}
        for i in members:
            for item in values[i].items():
                having.setdefault(item, set()).add(i)
        for i in members:
            items = sorted(values[i].items(), key=lambda it: len(having[it]))
            cands = set.intersection(*(having[it] for it in items)) if items else set(members)
            for j in sorted(cands):
                if i != j and j not in drop and _covers(facts[j], facts[i], values[j], values[i]) \
                        and (not _covers(facts[i], facts[j], values[i], values[j]) or j < i):
                    drop.add(i)
                    break
    drop |= exact
    return [f for i, f in enumerate(facts) if i not in drop]
