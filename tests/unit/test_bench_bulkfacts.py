"""The figure-7 synthetic history: deterministic, and shaped like the extractor's facts."""
from __future__ import annotations

import re

from benchmarks.bulkfacts import SCALE, FactMaker, provinces, sources
from scrapers.load import fact_row


def test_history_facts_are_deterministic_and_well_formed():
    a = [FactMaker(11).fact("Long An") for _ in range(500)]
    b = [FactMaker(11).fact("Long An") for _ in range(500)]
    assert a == b
    period = re.compile(r"^[0-9]{4}(-Q[1-4]|-[0-9]{2}M?)?$")
    for f in a:
        assert f["kind"] in ("index_result", "task_progress", "dossier_stats") and f["evidence"]
        if f["kind"] == "index_result":
            lo, hi, _ = SCALE[f["index"]]
            assert lo <= f["score"] <= hi and 1 <= f["rank"] <= 63
        else:
            assert period.match(f["period"])
        if f["kind"] == "task_progress":
            assert 0 <= f["done"] <= f["total"]
        row = fact_row("a" * 32, "1.2.0", {k: v for k, v in f.items() if v is not None})
        assert len(row[0]) == 32


def test_every_province_has_three_sources_and_there_is_a_national_publisher():
    provs = provinces()
    assert len(provs) == 63
    srcs = sources(provs)
    assert len(srcs) == 3 * 63 + 1
    assert {s.kind for s in srcs} == {"national_publisher", "provincial_portal", "home_affairs_site", "provincial_paper"}
