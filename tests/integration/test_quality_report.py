"""The auditors' report shows every check of the run, its failures, quarantined rows and
provenance, and renders scraped text as text."""
from __future__ import annotations

import pytest

from scrapers.load import load_facts, upsert_articles
from scrapers.quality.sample import NOW, create_sample_marts, fact_index, load_clean_sample
from scrapers.records import ArticleRecord

pytestmark = pytest.mark.integration

RUN = "scheduled__2024-03-02T00:00:00+00:00"
HOSTILE = "<script>document.title='pwned'</script> Chỉ số CCHC"


@pytest.fixture
def qsettings(tmp_path):
    from scrapers.settings import Settings

    return Settings.from_env().with_overrides(local_dir=tmp_path / "local", reports_dir=tmp_path / "reports")


def run_with_defects(conn, dsn, settings):
    """A run whose facts hold a PAR Index score of 874.2 and whose articles carry a hostile title."""
    from scrapers.quality.runner import CriticalValidationError, validate_stage

    ids = load_clean_sample(conn, RUN)
    create_sample_marts(conn)
    art = ArticleRecord(source_id="tiengiang", url="https://tiengiang.gov.vn/xss", page_sha256="a" * 64,
                        title=HOSTILE, body="", published_on=None, parser="sample", parser_version="1", parsed_at=NOW)
    upsert_articles(conn, [art])
    existing = [r[0] for r in conn.execute("select payload from raw.facts where article_id = %s",
                                           (ids["tiengiang"],)).fetchall()]
    load_facts(conn, [(ids["tiengiang"], "1.0", existing + [fact_index(year=2022, score=874.2, rank=None,
                                                                          rank_of=None, evidence="87,42 điểm")])])
    for stage in ("fetch_log", "articles", "facts", "official", "marts"):
        try:
            validate_stage(settings, stage, RUN, dsn=dsn)
        except CriticalValidationError:
            pass
    return art


def test_report_shows_checks_failures_and_quarantine(qsettings, fresh_db_dsn, warehouse):
    from scrapers.quality.report import build_report

    run_with_defects(warehouse, fresh_db_dsn, qsettings)
    path = build_report(qsettings, RUN, dsn=fresh_db_dsn)
    assert path == qsettings.reports_dir / "runs" / RUN / "index.html"
    page = path.read_text(encoding="utf-8")
    assert "facts.score_within_index_scale" in page
    assert "score 874.2 outside the PAR_INDEX scale [0, 100]" in page       # quarantine reason
    assert 'data-check="facts.score_within_index_scale"' in page
    assert "fetch_log.sha256_present_for_200" in page and "PASS" in page and "FAIL" in page
    assert "articles.body_not_empty" in page
    assert "https://tiengiang.gov.vn/cchc/chi-so-2023" in page              # URLs fetched ...
    sha = warehouse.execute("select sha256 from raw.fetch_log where status = 200 limit 1").fetchone()[0]
    assert sha in page                                                      # ... with raw sha256
    assert "<svg" in page and 'class="bar warning"' in page                # the trend chart
    assert "marts.fct_index_results" in page                                # reconciliation
    assert "../../index.html" in page
    index = (qsettings.reports_dir / "index.html").read_text(encoding="utf-8")
    assert "runs/scheduled__2024-03-02T00%3A00%3A00%2B00%3A00/index.html" in index


def test_hostile_text_is_escaped(qsettings, fresh_db_dsn, warehouse):
    from scrapers.quality.report import build_report

    run_with_defects(warehouse, fresh_db_dsn, qsettings)
    warehouse.execute("insert into marts.fct_claim_checks values"
                      " ('c2', %s, 'PAR_INDEX', 2023, 3, 8, 'differs')", (HOSTILE,))
    warehouse.commit()
    page = build_report(qsettings, RUN, dsn=fresh_db_dsn).read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; Chỉ số CCHC" in page
    assert "1 claim(s) differ." in page


def test_report_of_unknown_run_still_renders(qsettings, fresh_db_dsn):
    from scrapers.quality.report import build_report

    page = build_report(qsettings, "never-ran", dsn=fresh_db_dsn).read_text(encoding="utf-8")
    assert "No validation results for this run." in page
    assert "does not exist (marts not built)" in page
