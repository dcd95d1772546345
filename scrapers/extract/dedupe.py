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


def _covers(big: dict[str, Any], small: dict[str, Any]) -> bool:
    bv, sv = _values(big), _values(small)
    if any(bv.get(k) != v for k, v in sv.items()):
        return False
    if small.get("period") is not None and small.get("period") != big.get("period"):
        return False
    return (len(bv), big.get("period") is not None) >= (len(sv), small.get("period") is not None)


def dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``facts`` without the ones another fact of the same identity covers."""
    groups: dict[tuple[Any, ...], list[int]] = {}
    seen: set[tuple[Any, ...]] = set()
    exact: set[int] = set()
    for i, fact in enumerate(facts):
        ident = (fact["kind"], *(fact.get(k) for k in _IDENTITY.get(fact["kind"], ())))
        same = (ident, fact.get("period"), tuple(sorted(_values(fact).items())))
        if same in seen:  # an exact restatement: cheap to drop before the pairwise pass
            exact.add(i)
            continue
        seen.add(same)
        groups.setdefault(ident, []).append(i)
    drop: set[int] = set()
    for members in groups.values():
        for i in members:
            for j in members:
                if i != j and j not in drop and _covers(facts[j], facts[i]) \
                        and (not _covers(facts[i], facts[j]) or j < i):
                    drop.add(i)
                    break
    drop |= exact
    return [f for i, f in enumerate(facts) if i not in drop]
