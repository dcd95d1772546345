"""Data quality per stage: a clean run passes every check; each injected defect makes the
right stage fail (critical, naming the expectation) or quarantine the row (warning), and
every result lands in audit.validation_results."""
from __future__ import annotations

import pytest

from scrapers.load import load_facts, record_fetches, upsert_articles
from scrapers.quality.policy import STAGES
from scrapers.quality.sample import NOW, articles, create_sample_marts, fact_index, load_clean_sample, load_official
from scrapers.records import ArticleRecord, FetchRecord

pytestmark = pytest.mark.integration

RUN = "test__2024-03-02T00:00:00+00:00"  # Airflow-style id: colons and plus signs must be safe


@pytest.fixture
def qsettings(tmp_path):
    from scrapers.settings import Settings

    return Settings.from_env().with_overrides(local_dir=tmp_path / "local", reports_dir=tmp_path / "reports")


@pytest.fixture
def clean(warehouse):
    ids = load_clean_sample(warehouse, RUN)
    create_sample_marts(warehouse)
    return ids


def validate(qsettings, dsn, stage, run_id=RUN):
    from scrapers.quality.runner import validate_stage

    return validate_stage(qsettings, stage, run_id, dsn=dsn)


def expect_critical(qsettings, dsn, stage, expectation, samples=True):
    from scrapers.quality.runner import CriticalValidationError

    with pytest.raises(CriticalValidationError) as err:
        validate(qsettings, dsn, stage)
    assert expectation in str(err.value)
    assert ("sample:" in str(err.value)) or not samples
    return err.value


def quarantined(conn, stage):
    return conn.execute("select record_key, reason, payload from raw.quarantine where stage = %s"
                        " order by quarantine_id", (stage,)).fetchall()


def audit_rows(conn, stage):
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "select expectation, severity, success from audit.validation_results where run_id = %s and stage = %s",
        (RUN, stage)).fetchall()}


def test_clean_run_passes_every_check(qsettings, fresh_db_dsn, warehouse, clean):
    for stage in STAGES:
        result = validate(qsettings, fresh_db_dsn, stage)
        assert result.success, [(r.name, r.observed_value) for r in result.failed]
        assert not result.failed, [(r.name, r.observed_value) for r in result.failed]
        assert result.quarantined == 0
    n, ok = warehouse.execute("select count(*), bool_and(success) from audit.validation_results"
                              " where run_id = %s", (RUN,)).fetchone()
    assert n >= 30 and ok
    assert quarantined(warehouse, "facts") == []
    assert (qsettings.local_dir / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html").exists()


def _add_facts(conn, article_id, facts, version="1.0"):
    existing = conn.execute("select payload from raw.facts where article_id = %s and extractor_version = %s",
                            (article_id, version)).fetchall()
    load_facts(conn, [(article_id, version, [r[0] for r in existing] + facts)])


def _fact_id(conn, **where):
    cond = " and ".join(f"{k} = %s" for k in where)
    return conn.execute(f"select fact_id from raw.facts where {cond}", tuple(where.values())).fetchone()[0]


def test_par_index_score_874_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    _add_facts(warehouse, clean["tiengiang"], [fact_index(year=2022, score=874.2, rank=None, rank_of=None,
                                                         evidence="87,42 điểm")])
    result = validate(qsettings, fresh_db_dsn, "facts")
    assert result.success  # a warning: the run goes on without the fact
    failed = {r.name for r in result.failed}
    assert failed == {"facts.score_within_index_scale"}
    bad = _fact_id(warehouse, score=874.2)
    rows = quarantined(warehouse, "facts")
    assert [r[0] for r in rows] == [bad]
    assert "score 874.2" in rows[0][1] and "PAR_INDEX scale [0, 100]" in rows[0][1]
    assert audit_rows(warehouse, "facts")["facts.score_within_index_scale"] == ("warning", False)


def test_rank_70_of_63_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    _add_facts(warehouse, clean["tiengiang"], [fact_index(year=2022, score=None, rank=70, rank_of=63,
                                                         evidence="xếp hạng 8/63")])
    result = validate(qsettings, fresh_db_dsn, "facts")
    assert {r.name for r in result.failed} == {"facts.rank_within_rank_of"}
    rows = quarantined(warehouse, "facts")
    assert [r[0] for r in rows] == [_fact_id(warehouse, rank=70)]
    assert "rank 70/63" in rows[0][1]


def test_rank_of_above_34_from_2025_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    _add_facts(warehouse, clean["tiengiang"], [fact_index(year=2025, score=None, rank=8, rank_of=63,
                                                         evidence="xếp hạng 8/63")])
    # published 2024 < 2025: also a 'year after publication' warning; both reasons are kept
    result = validate(qsettings, fresh_db_dsn, "facts")
    assert "facts.rank_within_rank_of" in {r.name for r in result.failed}
    reasons = [r[1] for r in quarantined(warehouse, "facts")]
    assert any(r.startswith("facts.rank_within_rank_of") and "outside 1..34" in r for r in reasons)
    assert any(r.startswith("facts.year_not_after_publication") for r in reasons)


def test_unknown_province_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    _add_facts(warehouse, clean["tiengiang"], [fact_index(province="Tỉnh Atlantis", evidence="xếp hạng 8/63")])
    result = validate(qsettings, fresh_db_dsn, "facts")
    assert {r.name for r in result.failed} == {"facts.province_in_reference"}
    rows = quarantined(warehouse, "facts")
    assert rows[0][0] == _fact_id(warehouse, province="Tỉnh Atlantis")
    assert "Tỉnh Atlantis" in rows[0][1]


def test_evidence_not_in_body_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    _add_facts(warehouse, clean["tiengiang"], [fact_index(year=2021, evidence="đạt 99,99 điểm")])
    result = validate(qsettings, fresh_db_dsn, "facts")
    assert {r.name for r in result.failed} == {"facts.evidence_in_article_body"}
    assert "evidence not found" in quarantined(warehouse, "facts")[0][1]


def test_duplicate_fact_fails_the_facts_stage(qsettings, fresh_db_dsn, warehouse, clean):
    # the headline restates the body's fact: same slot, a second row (other evidence)
    _add_facts(warehouse, clean["tiengiang"], [fact_index(evidence="Chỉ số CCHC năm 2023 của tỉnh Tiền Giang đạt 87,42 điểm")])
    err = expect_critical(qsettings, fresh_db_dsn, "facts", "facts.no_duplicate_slot")
    assert not err.result.success
    assert audit_rows(warehouse, "facts")["facts.no_duplicate_slot"] == ("critical", False)
    assert quarantined(warehouse, "facts") == []  # critical: nothing is set aside, the stage stops


def test_empty_article_body_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    art = ArticleRecord(source_id="tiengiang", url="https://tiengiang.gov.vn/cchc/trong", page_sha256="e" * 64,
                        title="Bài trống", body="", published_on=None, parser="sample", parser_version="1",
                        parsed_at=NOW)
    upsert_articles(warehouse, [art])
    result = validate(qsettings, fresh_db_dsn, "articles")
    assert result.success
    assert {"articles.body_not_empty", "articles.body_length_in_range"} <= {r.name for r in result.failed}
    rows = quarantined(warehouse, "articles")
    assert {r[0] for r in rows} == {art.article_id}
    assert any(r[1].startswith("articles.body_not_empty") for r in rows)
    assert audit_rows(warehouse, "articles")["articles.body_not_empty"] == ("warning", False)


def test_boilerplate_and_foreign_text_are_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    body = ("The provincial people's committee published the administrative reform results for the year, "
            "with details on every department. Lượt xem: 1234")
    art = ArticleRecord(source_id="tiengiang", url="https://tiengiang.gov.vn/en/par", page_sha256="f" * 64,
                        title="PAR results", body=body, published_on=NOW.date(), parser="sample",
                        parser_version="1", parsed_at=NOW)
    upsert_articles(warehouse, [art])
    result = validate(qsettings, fresh_db_dsn, "articles")
    assert {r.name for r in result.failed} == {"articles.vietnamese_text", "articles.no_boilerplate_markers"}
    reasons = {r[1] for r in quarantined(warehouse, "articles")}
    assert "articles.no_boilerplate_markers: boilerplate marker left in body: Lượt xem" in reasons


def test_fetch_200_without_sha256_fails_the_fetch_stage(qsettings, fresh_db_dsn, warehouse, clean):
    record_fetches(warehouse, [FetchRecord(RUN, "tiengiang", "https://tiengiang.gov.vn/x", NOW, 200, "fetched")])
    err = expect_critical(qsettings, fresh_db_dsn, "fetch_log", "fetch_log.sha256_present_for_200")
    assert "https://tiengiang.gov.vn/x" in str(err)
    assert audit_rows(warehouse, "fetch_log")["fetch_log.sha256_present_for_200"] == ("critical", False)


def test_failing_source_is_flagged_but_the_run_goes_on(qsettings, fresh_db_dsn, warehouse, clean):
    record_fetches(warehouse, [FetchRecord(RUN, "flaky", f"https://flaky.gov.vn/{i}", NOW, None, "failed",
                                           error="timeout") for i in range(3)])
    result = validate(qsettings, fresh_db_dsn, "fetch_log")
    assert {r.name for r in result.failed} == {"fetch_log.failure_share_per_source"}
    assert quarantined(warehouse, "fetch_log")[0][0] == "flaky"


def test_other_runs_rows_are_not_validated(qsettings, fresh_db_dsn, warehouse, clean):
    record_fetches(warehouse, [FetchRecord("another-run", "tiengiang", "https://tiengiang.gov.vn/y", NOW, 200,
                                           "fetched")])
    assert validate(qsettings, fresh_db_dsn, "fetch_log").success


def test_official_duplicate_province_fails_and_inversion_is_quarantined(qsettings, fresh_db_dsn, warehouse, clean):
    load_official(warehouse, [("Hà Nội", 80.0, 3), ("Hà Nội", 80.0, 3), ("Tỉnh Atlantis", 85.0, 5)],
                  document_url="https://moha.gov.vn/other.pdf")
    err = expect_critical(qsettings, fresh_db_dsn, "official", "official.one_row_per_province")
    names = {r.name for r in err.result.failed}
    assert {"official.one_row_per_province", "official.ranks_consistent_with_scores",
            "official.province_in_reference"} <= names
    reasons = [r[1] for r in quarantined(warehouse, "official")]
    assert any("worse than rank 3 with a lower score" in r for r in reasons)


def test_mart_defects_fail_the_marts_stage(qsettings, fresh_db_dsn, warehouse, clean):
    warehouse.execute("insert into marts.fct_index_results values"
                      " ('r1', 'Tiền Giang', 'PAR_INDEX', 2022, null, 874.2, 70, 63, 'tiengiang'),"
                      " ('r3', 'Tỉnh Atlantis', 'PAR_INDEX', 2022, null, 80, 9, 63, 'tiengiang')")
    warehouse.execute("drop table marts.fct_claim_checks")
    warehouse.commit()
    err = expect_critical(qsettings, fresh_db_dsn, "marts", "marts.fct_index_results.grain_unique")
    names = {r.name for r in err.result.failed}
    assert {"marts.fct_index_results.grain_unique", "marts.fct_index_results.score_within_index_scale",
            "marts.fct_index_results.rank_within_rank_of", "marts.fct_index_results.foreign_key_resolves:province",
            "marts.fct_claim_checks.exists"} <= names
    exists = next(r for r in err.result.results if r.name == "marts.fct_claim_checks.exists")
    assert exists.severity.value == "warning" and exists.observed_value == "table missing"


def test_missing_core_mart_is_a_failed_check_not_a_crash(qsettings, fresh_db_dsn, warehouse, clean):
    warehouse.execute("drop table marts.dim_province")
    warehouse.commit()
    err = expect_critical(qsettings, fresh_db_dsn, "marts", "marts.dim_province.exists", samples=False)
    assert "marts.fct_index_results.foreign_key_resolves:province" in {r.name for r in err.result.failed}


def test_mart_row_count_drop_against_previous_run(qsettings, fresh_db_dsn, warehouse, clean):
    validate(qsettings, fresh_db_dsn, "marts", run_id="earlier-run")
    warehouse.execute("delete from marts.dim_source")
    warehouse.commit()
    expect_critical(qsettings, fresh_db_dsn, "marts", "marts.dim_source.row_count_not_dropping", samples=False)
    counts = warehouse.execute("select run_id, row_count from audit.row_counts where relation = 'marts.dim_source'"
                               " order by counted_at").fetchall()
    assert counts == [("earlier-run", 2), (RUN, 0)]


def test_results_are_append_only(qsettings, fresh_db_dsn, warehouse, clean):
    validate(qsettings, fresh_db_dsn, "facts")
    first = warehouse.execute("select count(*) from audit.validation_results").fetchone()[0]
    validate(qsettings, fresh_db_dsn, "facts")
    assert warehouse.execute("select count(*) from audit.validation_results").fetchone()[0] == 2 * first
