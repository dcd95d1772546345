"""The slot-level scorer used against gold facts."""
from __future__ import annotations

import pytest

from scrapers.extract.scoring import fact_slots, score

pytestmark = pytest.mark.unit

GOLD = {"kind": "index_result", "province": "Hà Nam", "index": "PCI", "year": 2023, "component": None,
        "score": 66.1, "rank": 20}


def test_slots_are_per_stated_figure() -> None:
    assert len(fact_slots(GOLD)) == 2


def test_wrong_value_costs_one_slot_each_way() -> None:
    pred = dict(GOLD, rank=21)
    s = score([GOLD], [pred])
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_optional_gold_neither_rewards_nor_penalises() -> None:
    opt = {"kind": "task_progress", "province": None, "period": "2020", "done": 1, "total": 2, "optional": True}
    assert score([GOLD, opt], [GOLD, opt]).summary() == score([GOLD, opt], [GOLD]).summary()
    assert score([GOLD, opt], [GOLD]).precision == 1.0


def test_split_facts_score_like_one() -> None:
    a = dict(GOLD, rank=None)
    b = dict(GOLD, score=None)
    assert score([GOLD], [a, b]).f1 == 1.0
