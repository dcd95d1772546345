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
    DEFAULT_ARGS, NETWORK_TASK_ARGS, RAW_ARTICLES, RAW_FACTS, RAW_PAGES, TIMEZONE,
    dbt_task_group, marts_and_reports, settings, validation, watch_every_task,
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

    @task(outlets=[RAW_ARTICLES])
    def parse(source_id: str, **context) -> dict:
        from scrapers.pipeline import parse as _parse

        return _parse(settings(), source_id, context["run_id"])

    @task(outlets=[RAW_FACTS])
    def extract(source_id: str, **context) -> dict:
        from scrapers.pipeline import extract as _extract

        return _extract(settings(), source_id, context["run_id"])

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

    sources = list_sources()
    prepared = prepare()
    prepared >> sources
    scraped = scrape.expand(source_id=sources)
    v_fetch = validation("fetch_log")
    parsed = parse.expand(source_id=sources)
    v_articles = validation("articles")
    extracted = extract.expand(source_id=sources)
    v_facts = validation("facts")
    official_ids = list_official_sources()
    prepared >> official_ids
    ingested = ingest_official.expand(source_id=official_ids)
    # ALL_DONE: a failing publisher does not stop dbt (nor the provincial sources, which do
    # not depend on it); a critical failure here stops dbt like the other checkpoints
    v_official = validation("official")
    dbt_group = dbt_task_group()

    scraped >> v_fetch >> parsed >> v_articles >> extracted >> v_facts >> dbt_group
    scraped >> ingested >> v_official >> dbt_group
    marts_and_reports(dbt_group)


dag = cchc_nightly()
watch_every_task(dag)
