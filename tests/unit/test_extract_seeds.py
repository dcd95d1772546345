"""The five seed articles against their hand-made gold, slot by slot."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.scoring import Score, score

pytestmark = pytest.mark.unit

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

# doc prefix -> (url the article came from, a plausible publication date read from the text)
META: dict[str, tuple[str | None, dt.date]] = {
    "000": ("https://travinh.gov.vn/1426/37932/73050/691291/cai-cach-hanh-chinh/phien-hop", dt.date(2023, 11, 15)),
    "001": ("https://tiengiang.gov.vn/chi-tiet-tin/-/view_content/hoi-nghi", dt.date(2023, 8, 1)),
    "002": ("https://longan.gov.vn/cai-cach-hanh-chinh/tiep-tuc-cai-thien", dt.date(2023, 7, 3)),
    "003": (None, dt.date(2016, 12, 1)),
    "004": ("http://sonoivu.sonla.gov.vn/tin-tuc/phien-hop-thu-6", dt.date(2023, 11, 15)),
}


def _gold() -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            fact = json.loads(line)
            docs.setdefault(fact["doc"], []).append(fact)
    return docs


def _run(name: str) -> list[dict]:
    url, published = META[name[:3]]
    return extract_facts((SEEDS / name).read_text(encoding="utf-8"), url=url, published=published)


needs_seeds = pytest.mark.skipif(not (SEEDS / "gold.jsonl").exists(), reason="shared seeds not present")


@needs_seeds
@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.exists() else [])
def test_seed_matches_gold_slot_by_slot(name: str) -> None:
    gold = _gold().get(name, [])
    result = score(gold, _run(name))
    assert not result.false_negatives, f"missed: {result.false_negatives}"
    assert not result.false_positives, f"not in gold: {result.false_positives}"


@needs_seeds
def test_seed_facts_follow_the_schema() -> None:
    for p in sorted(SEEDS.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        for fact in _run(p.name):
            assert fact["evidence"] and fact["evidence"] in text
            assert not {"note", "optional", "doc", "group", "province_source"} & fact.keys()


@needs_seeds
def test_seed_corpus_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold()
    total = Score()
    for p in sorted(SEEDS.glob("*.txt")):
        total = total + score(gold.get(p.name, []), _run(p.name))
    with capsys.disabled():
        print(f"\nseed corpus: {total.summary()}")
    assert total.precision == 1.0 and total.recall == 1.0
