"""Slot-level precision and recall of extracted facts against gold facts.

A *slot* is one stated figure of one fact: a score, a rank, a change, a task
count, a dossier count or share, identified by what the figure is about
(province, index, year, component; or province and period). Counting slots, not
lines, means a fact split over two lines or merged into one scores the same, and
one wrong number costs one slot, not the whole fact. Gold facts marked
``"optional": true`` neither reward nor penalise: their slots may be emitted or
not.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

SLOTS: dict[str, tuple[str, ...]] = {
    "index_result": ("score", "rank", "rank_of", "prev_score", "prev_rank", "score_change", "rank_change"),
    "task_progress": ("done", "total"),
    "dossier_stats": ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total",
                      "online_pct"),
}
_KEYS: dict[str, tuple[str, ...]] = {
    "index_result": ("province", "index", "year", "component"),
    "task_progress": ("province", "period"),
    "dossier_stats": ("province", "period"),
}

Slot = tuple[Any, ...]


def _norm(v: Any) -> Any:
    return round(float(v), 6) if isinstance(v, (int, float)) and not isinstance(v, bool) else v


def fact_slots(fact: dict[str, Any]) -> set[Slot]:
    """The stated figures of one fact as ``(kind, *identity, slot, value)`` tuples."""
    kind = fact.get("kind")
    if kind not in SLOTS:
        return set()
    ident = tuple(fact.get(k) for k in _KEYS[kind])
    return {(kind, *ident, s, _norm(fact[s])) for s in SLOTS[kind] if fact.get(s) is not None}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[Slot] = field(default_factory=list)
    false_negatives: list[Slot] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.false_positives + other.false_positives, self.false_negatives + other.false_negatives)

    def summary(self) -> str:
        return (f"precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


def score(gold: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]) -> Score:
    """Compare one document's (or a corpus's) facts slot by slot."""
    required: set[Slot] = set()
    optional: set[Slot] = set()
    for fact in gold:
        (optional if fact.get("optional") else required).update(fact_slots(fact))
    optional -= required
    emitted: set[Slot] = set()
    for fact in predicted:
        emitted |= fact_slots(fact)
    tp = emitted & required
    fp = sorted(emitted - required - optional, key=repr)
    fn = sorted(required - emitted, key=repr)
    return Score(len(tp), len(fp), len(fn), fp, fn)
