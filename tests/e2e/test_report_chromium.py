"""The auditors' report renders in a real browser (headless Chromium): the DOM holds the
run's checks, failures and quarantined rows, and hostile scraped text stays text."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from scrapers.quality.policy import STAGES

pytestmark = pytest.mark.e2e

RUN = "e2e__2024-03-02T00:00:00+00:00"
HOSTILE = "<script>document.title='pwned';document.body.innerHTML='gone'</script>Tiền Giang"


def dump_dom(chromium: str, url: str, profile) -> str:
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--dump-dom", url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_report_renders_the_runs_checks_in_chromium(tmp_path, fresh_db_dsn, warehouse):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (scripts/ensure_chromium.sh installs Debian's package)")
    from scrapers.load import load_facts
    from scrapers.quality.report import build_report
    from scrapers.quality.runner import CriticalValidationError, validate_stage
    from scrapers.quality.sample import create_sample_marts, fact_index, load_clean_sample
    from scrapers.settings import Settings

    settings = Settings.from_env().with_overrides(local_dir=tmp_path / "local", reports_dir=tmp_path / "reports")
    ids = load_clean_sample(warehouse, RUN)
    create_sample_marts(warehouse)
    existing = [r[0] for r in warehouse.execute("select payload from raw.facts where article_id = %s",
                                                (ids["tiengiang"],)).fetchall()]
    load_facts(warehouse, [(ids["tiengiang"], "1.0", existing + [
        fact_index(year=2022, score=None, rank=70, rank_of=63, evidence="xếp hạng 8/63")])])
    warehouse.execute("insert into marts.fct_claim_checks values ('c2', %s, 'PAR_INDEX', 2023, 3, 8, 'differs')",
                      (HOSTILE,))
    warehouse.commit()
    checks: set[str] = set()
    for stage in STAGES:
        try:
            checks |= {r.name for r in validate_stage(settings, stage, RUN, dsn=fresh_db_dsn).results}
        except CriticalValidationError as exc:  # not expected here, but the report must show it
            checks |= {r.name for r in exc.result.results}
    path = build_report(settings, RUN, dsn=fresh_db_dsn)

    dom = dump_dom(chromium, path.as_uri(), tmp_path / "profile")
    assert "<title>CCHC run e2e__2024-03-02T00:00:00+00:00: data quality report</title>" in dom
    assert "pwned" not in dom.split("</title>")[0] and "gone" != dom.strip()
    for name in checks:
        assert f'data-check="{name}"' in dom, name
    assert "facts.rank_within_rank_of" in dom and "rank 70/63" in dom        # failure and quarantine
    assert "FAIL" in dom and "PASS" in dom
    assert "&lt;script&gt;document.title=" in dom                            # hostile text as text
    assert "<svg" in dom

    index = dump_dom(chromium, (settings.reports_dir / "index.html").as_uri(), tmp_path / "profile")
    assert RUN in index
