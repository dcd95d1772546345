"""
### cchc_nightly — the nightly load of Vietnam's CCHC results

**Purpose.** Every night at 02:00 (Asia/Ho_Chi_Minh): scrape every enabled source of
`scrapers/sources.yml` politely, keep each fetched page in the raw zone, parse articles,
extract index results / task progress / dossier figures, load the raw tables, validate
each stage with Great Expectations, build the marts with dbt (Cosmos), validate the
marts, and publish the auditors' report and dbt docs.

**Shape.** `scrape → parse → extract` are mapped over the sources, so one failing site
does not stop the others (its tasks fail after retries; what other sources loaded stays).
`ingest_official` is mapped over the national publishers that declare `ranking_documents`
(their official ranking tables → `raw.official_rankings`), after the scrapes and beside
parse/extract; `validate_official` checks them. A failing publisher stops no other task.
A GX checkpoint follows each stage; a *critical* failure stops the run before dbt, so the
marts keep their previous content. Warnings quarantine rows (`raw.quarantine`).

**Notes.**
- Offline (bundled snapshot on 127.0.0.1) vs live sites: Airflow Variable `cchc_mode`
  (or env `CCHC_MODE`), not a different DAG. In offline mode `cchc replay-server` must run.
- Warehouse: connection `cchc_warehouse` (env `AIRFLOW_CONN_CCHC_WAREHOUSE`).
- Reruns are idempotent: unchanged pages answer 304 / same hash and add no rows.
- Backfills and reprocessing: see the `cchc_backfill` DAG.
"""
from __future__ import annotations

import pendulum
from airflow.sdk import TriggerRule, dag, task

from scrapers.airflow_wiring import (
    DEFAULT_ARGS, MARTS, NETWORK_TASK_ARGS, RAW_ARTICLES, RAW_FACTS, RAW_PAGES, TIMEZONE,
    dbt_task_group, settings,
)


@dag(
    dag_id="cchc_nightly",
    schedule="0 2 * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz=TIMEZONE),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    doc_md=__doc__,
    tags=["cchc", "nightly"],
)
def cchc_nightly():
    @task
    def prepare(**context) -> dict:
        from scrapers.pipeline import prepare as _prepare

        return _prepare(settings(), context["run_id"], trigger="airflow")

    @task
    def list_sources() -> list[str]:
        from scrapers.pipeline import enabled_sources

        return enabled_sources(settings())

    @task(outlets=[RAW_PAGES], **NETWORK_TASK_ARGS)
    def scrape(source_id: str, **context) -> dict:
        from scrapers.pipeline import scrape as _scrape

        return _scrape(settings(), source_id, context["run_id"])

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def validate_fetch_log(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), "fetch_log", context["run_id"])

    @task(outlets=[RAW_ARTICLES])
    def parse(source_id: str, **context) -> dict:
        from scrapers.pipeline import parse as _parse

        return _parse(settings(), source_id, context["run_id"])

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def validate_articles(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), "articles", context["run_id"])

    @task(outlets=[RAW_FACTS])
    def extract(source_id: str, **context) -> dict:
        from scrapers.pipeline import extract as _extract

        return _extract(settings(), source_id, context["run_id"])

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def validate_facts(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), "facts", context["run_id"])

    @task
    def list_official_sources() -> list[str]:
        from scrapers.pipeline import official_sources

        return official_sources(settings())

    # after every scrape (ALL_DONE): one polite fetcher per host at a time, and a failing
    # provincial site does not hold the national rankings back
    @task(trigger_rule=TriggerRule.ALL_DONE, **NETWORK_TASK_ARGS)
    def ingest_official(source_id: str, **context) -> dict:
        from scrapers.pipeline import official

        return official(settings(), source_id, context["run_id"])

    # ALL_DONE: a failing publisher does not stop dbt (nor the provincial sources, which do
    # not depend on it); a critical failure here stops dbt like the other checkpoints
    @task(trigger_rule=TriggerRule.ALL_DONE)
    def validate_official(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), "official", context["run_id"])

    @task
    def count_rows(**context) -> dict:
        from scrapers.pipeline import record_row_counts

        return record_row_counts(settings(), context["run_id"])

    @task(outlets=[MARTS])
    def validate_marts(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), "marts", context["run_id"])

    @task(trigger_rule=TriggerRule.ONE_FAILED, retries=0)
    def watcher() -> None:
        """Fails the DAG run when any task failed (the report tasks run ALL_DONE and
        would otherwise leave the run looking green)."""
        raise RuntimeError("a task of this run failed: see audit.task_failures and the report")

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def publish_reports(**context) -> dict:
        from scrapers.pipeline import finish, publish

        s = settings()
        paths = publish(s, context["run_id"])
        finish(s, context["run_id"])
        return paths

    sources = list_sources()
    prepared = prepare()
    prepared >> sources
    scraped = scrape.expand(source_id=sources)
    v_fetch = validate_fetch_log()
    parsed = parse.expand(source_id=sources)
    v_articles = validate_articles()
    extracted = extract.expand(source_id=sources)
    v_facts = validate_facts()
    official_ids = list_official_sources()
    prepared >> official_ids
    ingested = ingest_official.expand(source_id=official_ids)
    v_official = validate_official()
    dbt_group = dbt_task_group()
    counted = count_rows()
    v_marts = validate_marts()

    scraped >> v_fetch >> parsed >> v_articles >> extracted >> v_facts >> dbt_group
    scraped >> ingested >> v_official >> dbt_group
    dbt_group >> counted >> v_marts >> publish_reports()

    watcher()


dag = cchc_nightly()
# the watcher sits downstream of every task, so any failure fails the DAG run
for _t in dag.tasks:
    if _t.task_id != "watcher":
        _t >> dag.get_task("watcher")
