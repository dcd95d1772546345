"""Every DAG imports, has the expected shape, and sets retries/timeouts where it must."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

DAGS_DIR = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS_DIR))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}


def test_one_dag_per_file_with_doc(dagbag):
    files = sorted(p.name for p in DAGS_DIR.glob("*.py"))
    assert {Path(d.fileloc).name for d in dagbag.dags.values()} == set(files)
    for dag in dagbag.dags.values():
        assert dag.doc_md and "Purpose" in dag.doc_md, dag.dag_id


def test_expected_dags_and_tasks(dagbag):
    nightly = dagbag.dags["cchc_nightly"]
    ids = set(nightly.task_ids)
    for expected in ("prepare", "list_sources", "scrape", "validate_fetch_log", "parse",
                     "validate_articles", "extract", "validate_facts", "count_rows",
                     "validate_marts", "publish_reports"):
        assert expected in ids
    assert any(t.startswith("dbt") for t in ids), "dbt task group missing"
    assert nightly.max_active_runs == 1 and nightly.catchup is False
    backfill = dagbag.dags["cchc_backfill"]
    assert backfill.schedule is None if hasattr(backfill, "schedule") else True
    assert set(backfill.params.keys()) >= {"start_date", "end_date", "source_ids", "mode"}


def test_every_task_has_a_timeout_and_network_tasks_retry(dagbag):
    for dag in dagbag.dags.values():
        for task in dag.tasks:
            assert task.execution_timeout is not None and task.execution_timeout <= timedelta(hours=2), task.task_id
            assert task.on_failure_callback, f"{dag.dag_id}.{task.task_id} records no failure"
    scrape = dagbag.dags["cchc_nightly"].get_task("scrape")
    assert scrape.retries >= 1 and scrape.retry_exponential_backoff


def test_no_cycles_and_stage_order(dagbag):
    nightly = dagbag.dags["cchc_nightly"]
    # topological order exists (no cycle) and validation sits between stages
    order = [t.task_id for t in nightly.topological_sort()] if hasattr(nightly, "topological_sort") else None
    upstream = nightly.get_task("validate_facts").get_flat_relative_ids(upstream=True)
    assert {"scrape", "parse", "extract", "validate_fetch_log", "validate_articles"} <= set(upstream)
    downstream = nightly.get_task("validate_facts").get_flat_relative_ids(upstream=False)
    assert "validate_marts" in downstream and "publish_reports" in downstream
    if order is not None:
        assert order.index("validate_facts") < order.index("validate_marts")


def test_official_rankings_tasks_feed_dbt_without_blocking_provincial_sources(dagbag):
    from airflow.sdk import TriggerRule

    nightly = dagbag.dags["cchc_nightly"]
    ids = set(nightly.task_ids)
    assert {"list_official_sources", "ingest_official", "validate_official"} <= ids
    ingest = nightly.get_task("ingest_official")
    assert ingest.retries >= 1 and ingest.retry_exponential_backoff
    assert ingest.trigger_rule == TriggerRule.ALL_DONE  # runs after every scrape, failed or not
    validate = nightly.get_task("validate_official")
    assert validate.trigger_rule == TriggerRule.ALL_DONE  # a failing publisher does not stop dbt
    assert {"ingest_official", "list_official_sources", "scrape", "prepare"} <= validate.get_flat_relative_ids(upstream=True)
    downstream = validate.get_flat_relative_ids(upstream=False)
    assert any(t.startswith("dbt") for t in downstream)
    assert "validate_marts" in downstream and "publish_reports" in downstream
    # the provincial chain does not wait for the national rankings
    for t in ("parse", "extract", "validate_articles", "validate_facts"):
        assert not {"ingest_official", "validate_official"} & nightly.get_task(t).get_flat_relative_ids(upstream=True), t
