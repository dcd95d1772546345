"""What every blind round's test asserts, in one place.

A round is scored slot by slot (``scrapers.extract.scoring``) against the issue's targets:
precision ≥ 0.95 and recall ≥ 0.85 on prose, F1 ≥ 0.9 on ranking tables; articles without
facts must yield nothing, and every fact's evidence must be in its article.
"""
from __future__ import annotations

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.scoring import Score, score
from test_extract_heldout import Case

PROSE_PRECISION, PROSE_RECALL, TABLE_F1 = 0.95, 0.85, 0.9


def score_cases(cases: list[Case]) -> Score:
    total = Score()
    for case in cases:
        total = total + score(case.gold, extract_facts(case.text, case.url, case.published))
    return total


def assert_prose_targets(name: str, cases: list[Case], capsys: pytest.CaptureFixture[str]) -> None:
    total = score_cases(cases)
    with capsys.disabled():
        print(f"\n{name}: {total.summary()}")
    assert total.precision >= PROSE_PRECISION, total.false_positives
    assert total.recall >= PROSE_RECALL, total.false_negatives


def assert_prose_floors(name: str, cases: list[Case], capsys: pytest.CaptureFixture[str],
                        precision: float, recall: float) -> None:
    """A round below the targets holds the levels measured on it (so it cannot slide back unseen)."""
    total = score_cases(cases)
    with capsys.disabled():
        print(f"\n{name}: {total.summary()} (floors {precision} / {recall})")
    assert total.precision >= precision, total.false_positives
    assert total.recall >= recall, total.false_negatives


def assert_table_target(cases: list[Case]) -> None:
    total = score_cases(cases)
    assert total.f1 >= TABLE_F1, (total.false_positives, total.false_negatives)


def assert_table_floor(cases: list[Case], f1: float) -> None:
    """A round's tables below the target hold the level measured on them."""
    total = score_cases(cases)
    assert total.f1 >= f1, (total.false_positives, total.false_negatives)


def assert_nothing(case: Case) -> None:
    assert extract_facts(case.text, case.url, case.published) == []


def assert_evidence_in_article(case: Case) -> None:
    for fact in extract_facts(case.text, case.url, case.published):
        assert fact["evidence"] and fact["evidence"] in case.text


def ids(cases: list[Case]) -> list[str]:
    return [c.name.split()[0] for c in cases]
