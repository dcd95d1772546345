"""Shared wiring for the CCHC DAGs: defaults, settings from Airflow, callbacks, dbt group.

Not a DAG. Task bodies stay thin: they build Settings and call `scrapers.pipeline`.
"""
from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from airflow.sdk import Asset

PROJECT_ROOT = Path(__file__).resolve().parent.parent  # repo root (scrapers/..)
DBT_PROJECT_DIR = Path(os.environ.get("DBT_PROJECT_DIR", PROJECT_ROOT / "dbt_project"))
WAREHOUSE_CONN_ID = "cchc_warehouse"
TIMEZONE = "Asia/Ho_Chi_Minh"

# Assets: downstream DAGs can be scheduled on data rather than on time.
RAW_PAGES = Asset(name="cchc_raw_pages", uri="cchc://warehouse/raw/pages")
RAW_ARTICLES = Asset(name="cchc_raw_articles", uri="cchc://warehouse/raw/articles")
RAW_FACTS = Asset(name="cchc_raw_facts", uri="cchc://warehouse/raw/facts")
MARTS = Asset(name="cchc_marts", uri="cchc://warehouse/marts")

RETRY_DELAY = timedelta(seconds=float(os.environ.get("CCHC_RETRY_DELAY_S", "60")))
NETWORK_RETRIES = int(os.environ.get("CCHC_TASK_RETRIES", "3"))


def settings():
    """Settings from env, with the warehouse DSN taken from the Airflow connection."""
    from airflow.sdk import BaseHook, Variable

    from scrapers.settings import Settings

    base = Settings.from_env()
    uri = BaseHook.get_connection(WAREHOUSE_CONN_ID).get_uri()
    mode = Variable.get("cchc_mode", default=base.mode)
    return base.with_overrides(database_url=uri.replace("postgres://", "postgresql://", 1), mode=mode)


def record_failure(context) -> None:
    """on_failure_callback: the failure lands in audit.task_failures for the auditors."""
    from scrapers.pipeline import record_failure as _record

    ti = context.get("ti") or context.get("task_instance")
    dag_run = context.get("dag_run")
    try:
        _record(
            settings(),
            run_id=getattr(dag_run, "run_id", None),
            dag_id=getattr(ti, "dag_id", None),
            task_id=getattr(ti, "task_id", None),
            map_index=getattr(ti, "map_index", None),
            error=repr(context.get("exception")),
        )
    except Exception as exc:  # the callback must never mask the task's own error
        import logging

        logging.getLogger(__name__).warning("could not record the failure in audit: %s", exc)


DEFAULT_ARGS = {
    "owner": "cchc",
    "retries": 0,
    "execution_timeout": timedelta(minutes=30),
    "on_failure_callback": record_failure,
}

NETWORK_TASK_ARGS = {
    "retries": NETWORK_RETRIES,
    "retry_delay": RETRY_DELAY,
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(hours=2),
}


def dbt_task_group(group_id: str = "dbt", dbt_vars: dict | None = None):
    """dbt as Airflow tasks through Cosmos, rendered from the precompiled manifest.

    The manifest (dbt_project/target/manifest.json, made by `dbt parse` before a run)
    keeps DAG parsing fast. Without it (or with CCHC_DBT_RENDER=single) the group is one
    `dbt build` task, so the DAG still imports.
    """
    from airflow.sdk import task

    manifest = DBT_PROJECT_DIR / "target" / "manifest.json"
    # CCHC_DBT_RENDER=single runs the whole project as one `dbt build` task: fewer, bigger
    # tasks for small machines (and quick reruns in tests); the default is a task per node.
    if os.environ.get("CCHC_DBT_RENDER", "cosmos") == "single" or not manifest.exists():
        @task(task_id=f"{group_id}_build", execution_timeout=timedelta(hours=1))
        def dbt_build(**context) -> None:
            from scrapers.pipeline import dbt

            dbt(settings(), "build", run_id=context["run_id"])

        return dbt_build()

    from cosmos import DbtTaskGroup, ExecutionConfig, ProfileConfig, ProjectConfig, RenderConfig
    from cosmos.constants import ExecutionMode, InvocationMode, LoadMode, TestBehavior
    from cosmos.profiles import PostgresUserPasswordProfileMapping

    return DbtTaskGroup(
        group_id=group_id,
        project_config=ProjectConfig(
            dbt_project_path=DBT_PROJECT_DIR,
            manifest_path=manifest,
            dbt_vars=dbt_vars or {},
        ),
        profile_config=ProfileConfig(
            profile_name="cchc",
            target_name="airflow",
            profile_mapping=PostgresUserPasswordProfileMapping(
                conn_id=WAREHOUSE_CONN_ID, profile_args={"schema": "public"},
            ),
        ),
        execution_config=ExecutionConfig(
            execution_mode=ExecutionMode.LOCAL, invocation_mode=InvocationMode.DBT_RUNNER,
        ),
        render_config=RenderConfig(
            load_method=LoadMode.DBT_MANIFEST,
            test_behavior=TestBehavior.BUILD,  # one `dbt build` per node: a failing test stops its dependants
            # relationship tests have two parents: run them once both exist (fresh databases)
            should_detach_multiple_parents_tests=True,
            emit_datasets=False,
        ),
        operator_args={"install_deps": False, "execution_timeout": timedelta(minutes=20)},
        default_args={"retries": 0},
    )


# ---------------------------------------------------------------- tasks both DAGs share

def validation(stage: str, *, all_done: bool = True, outlets: tuple = ()):
    """The GX checkpoint of one stage as a task `validate_<stage>`.

    `all_done`: run even when some mapped upstream task (one source) failed, so the
    other sources' data is still checked and loaded.
    """
    from airflow.sdk import TriggerRule, task

    rule = TriggerRule.ALL_DONE if all_done else TriggerRule.ALL_SUCCESS

    @task(task_id=f"validate_{stage}", trigger_rule=rule, outlets=list(outlets))
    def _validate(**context) -> dict:
        from scrapers.pipeline import validate

        return validate(settings(), stage, context["run_id"])

    return _validate()


def marts_and_reports(dbt_group):
    """dbt → row counts → marts checkpoint → reports (always), wired in that order."""
    from airflow.sdk import TriggerRule, task

    @task
    def count_rows(**context) -> dict:
        from scrapers.pipeline import record_row_counts

        return record_row_counts(settings(), context["run_id"])

    @task(trigger_rule=TriggerRule.ALL_DONE)
    def publish_reports(**context) -> dict:
        from scrapers.pipeline import finish, publish

        s = settings()
        finish(s, context["run_id"])  # first, so the report shows the run's final status
        return publish(s, context["run_id"])

    v_marts = validation("marts", all_done=False, outlets=(MARTS,))
    dbt_group >> count_rows() >> v_marts >> publish_reports()


def watch_every_task(dag) -> None:
    """Add a `watcher` downstream of every task: it fails the DAG run when any task failed
    (the report task runs ALL_DONE and would otherwise leave a failed run looking green)."""
    from airflow.sdk import TriggerRule, task

    @task(task_id="watcher", trigger_rule=TriggerRule.ONE_FAILED, retries=0, dag=dag)
    def watcher() -> None:
        raise RuntimeError("a task of this run failed: see audit.task_failures and the report")

    w = watcher()
    for t in dag.tasks:
        if t.task_id != "watcher":
            t >> w.operator
