"""The nightly job as plain functions: what each Airflow task calls, in one line.

DAG files (dags/) only wire these together; `cchc pipeline` runs the same sequence
without Airflow for debugging. Every function takes a Settings and a run id and
returns a small JSON-able summary (it becomes the task's XCom).
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from scrapers.db import connect, upgrade
from scrapers.settings import Settings

log = logging.getLogger(__name__)


class SourceUnavailable(RuntimeError):
    """A source answered no request successfully in this run."""


def prepare(settings: Settings, run_id: str, trigger: str = "cli") -> dict[str, Any]:
    """Apply migrations, mirror the source registry into raw.sources, open the audit run."""
    from scrapers.load import upsert_sources
    from scrapers.registry import load_registry
    from scrapers.records import SourceRow

    registry = load_registry(settings.sources_file)
    with connect(settings) as conn:
        applied = upgrade(conn)
        upsert_sources(conn, (
            SourceRow(s.id, s.name, s.province, s.kind, s.base_url, s.cms, s.enabled)
            for s in registry.sources
        ))
        conn.execute(
            "insert into audit.runs (run_id, trigger) values (%s, %s)"
            " on conflict (run_id) do update set status = 'running', finished_at = null",
            (run_id, trigger),
        )
        conn.commit()
    return {"migrations_applied": applied, "sources": len(registry.sources)}


def enabled_sources(settings: Settings, only: list[str] | None = None) -> list[str]:
    """Ids of the enabled sources (or of `only`, which must exist)."""
    from scrapers.registry import load_registry

    registry = load_registry(settings.sources_file)
    ids = [s.id for s in registry.sources if s.enabled]
    if only:
        unknown = sorted(set(only) - {s.id for s in registry.sources})
        if unknown:
            raise ValueError(f"unknown source id(s): {', '.join(unknown)}")
        ids = list(only)
    return ids


def scrape(settings: Settings, source_id: str, run_id: str, since: date | None = None,
           refetch: bool = False) -> dict[str, Any]:
    from scrapers.scrape import scrape_source

    summary = _as_dict(scrape_source(settings, source_id, run_id, since=since, refetch=refetch))
    if (summary.get("failed") or summary.get("refused")) and not (summary.get("fetched") or summary.get("unchanged")):
        # nothing could be fetched: fail the task so Airflow retries it (and, in the end,
        # shows this source failed) while the other sources go on
        raise SourceUnavailable(f"{source_id}: no page could be fetched ({summary.get('failed', 0)} failed,"
                                f" {summary.get('refused', 0)} refused): {summary.get('errors', [])[:3]}")
    return summary


def official_sources(settings: Settings, only: list[str] | None = None) -> list[str]:
    """Ids of the enabled national publishers that declare ranking documents or listings
    (among `only`, when given): what the `ingest_official` tasks are mapped over."""
    from scrapers.registry import load_registry

    registry = load_registry(settings.sources_file)
    wanted = set(only) if only else None
    return [s.id for s in registry.sources
            if s.enabled and s.kind == "national_publisher" and s.has_rankings
            and (wanted is None or s.id in wanted)]


def official(settings: Settings, source_id: str, run_id: str) -> dict[str, Any]:
    """Fetch one national publisher's ranking documents and load raw.official_rankings."""
    from scrapers.official_stage import ingest_official

    summary = ingest_official(settings, source_id, run_id)
    if summary.get("documents") and not (summary.get("fetched") or summary.get("unchanged")):
        # no document could be fetched: fail the task so Airflow retries it; the provincial
        # sources do not depend on it
        raise SourceUnavailable(f"{source_id}: no ranking document could be fetched "
                                f"({summary.get('failed', 0)} failed, {summary.get('refused', 0)} refused):"
                                f" {summary.get('errors', [])[:3]}")
    return summary


def parse(settings: Settings, source_id: str | None, run_id: str, since: date | None = None,
          until: date | None = None, reparse: bool = False) -> dict[str, Any]:
    from scrapers.parse import parse_pages

    with connect(settings) as conn:
        summary = parse_pages(settings, conn, source_ids=[source_id] if source_id else None,
                              since=since, until=until, reparse=reparse)
    return _as_dict(summary)


def extract(settings: Settings, source_id: str | None, run_id: str, since: date | None = None,
            until: date | None = None, reextract: bool = False) -> dict[str, Any]:
    from scrapers.extract_stage import extract_articles

    with connect(settings) as conn:
        summary = extract_articles(conn, run_id=run_id, source_ids=[source_id] if source_id else None,
                                   since=since, until=until, reextract=reextract)
    return _as_dict(summary)


def validate(settings: Settings, stage: str, run_id: str) -> dict[str, Any]:
    """Run one stage's GX suite; raises CriticalValidationError on a critical failure."""
    from scrapers.quality.runner import validate_stage

    if stage == "official" and not official_sources(settings):
        with connect(settings) as conn:
            loaded = conn.execute("select exists (select 1 from raw.official_rankings)").fetchone()[0]
        if not loaded:  # nothing declared, nothing loaded: there is no official table to check
            log.info("official: no ranking documents declared or loaded; nothing to validate")
            return {"summary": "official: skipped (no ranking documents declared or loaded)",
                    "checks": 0, "failed": 0, "quarantined": 0}
    result = validate_stage(settings, stage, run_id)
    # a compact summary (it becomes an XCom); the full results are in audit.validation_results
    return {"summary": result.summary(), "checks": len(result.results), "failed": len(result.failed),
            "quarantined": result.quarantined}


def dbt(settings: Settings, *args: str, run_id: str | None = None) -> None:
    """Run a dbt command in dbt_project/ against the configured warehouse."""
    project = settings.project_root / "dbt_project"
    cmd = [_dbt_executable(), *args, "--project-dir", str(project), "--profiles-dir", str(project)]
    if run_id and args and args[0] in ("build", "run", "test"):
        import json

        cmd += ["--vars", json.dumps({"run_id": run_id})]
    log.info("running %s", " ".join(cmd))
    subprocess.run(cmd, check=True, env=dbt_env(settings))


def dbt_env(settings: Settings) -> dict[str, str]:
    """This process's environment plus what dbt's profiles.yml reads (CCHC_DB_*)."""
    from scrapers.db import dbt_profile_env

    return {**os.environ, **dbt_profile_env(settings.dsn()),
            "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1"}


def _dbt_executable() -> str:
    import shutil
    import sys

    here = Path(sys.executable).parent / "dbt"
    return str(here) if here.exists() else (shutil.which("dbt") or "dbt")


def record_row_counts(settings: Settings, run_id: str) -> dict[str, int]:
    """Count rows of every raw/staging/marts table for the reconciliation in the report."""
    counts: dict[str, int] = {}
    with connect(settings) as conn:
        tables = conn.execute(
            "select table_schema, table_name from information_schema.tables"
            " where table_schema in ('raw', 'staging', 'marts') and table_type in ('BASE TABLE', 'VIEW')"
            " order by 1, 2"
        ).fetchall()
        from psycopg import sql

        for schema, table in tables:
            n = conn.execute(sql.SQL("select count(*) from {}.{}").format(
                sql.Identifier(schema), sql.Identifier(table))).fetchone()[0]
            counts[f"{schema}.{table}"] = n
            conn.execute(
                "insert into audit.row_counts (run_id, layer, relation, row_count) values (%s, %s, %s, %s)"
                " on conflict (run_id, relation) do update set row_count = excluded.row_count, counted_at = now()",
                (run_id, schema, f"{schema}.{table}", n),
            )
        conn.commit()
    return counts


def publish(settings: Settings, run_id: str) -> dict[str, str]:
    """dbt docs (static) and the auditors' report; returns where they are."""
    from scrapers.quality.report import build_report

    docs_dir = settings.reports_dir / "dbt-docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    try:
        dbt(settings, "docs", "generate", "--static", "--target-path", str(docs_dir))
    except subprocess.CalledProcessError:
        log.warning("dbt docs generate failed; the report links to nothing there")
    report = build_report(settings, run_id)
    return {"report": str(report), "dbt_docs": str(docs_dir / "static_index.html")}


def finish(settings: Settings, run_id: str, status: str | None = None) -> str:
    """Close the audit run; without an explicit status, 'failed' if any task failed or a
    critical check failed in this run, else 'success'."""
    with connect(settings) as conn:
        if status is None:
            bad = conn.execute(
                "select exists (select 1 from audit.task_failures where run_id = %(r)s)"
                " or exists (select 1 from audit.validation_results"
                "            where run_id = %(r)s and severity = 'critical' and not success)",
                {"r": run_id},
            ).fetchone()[0]
            status = "failed" if bad else "success"
        conn.execute("update audit.runs set status = %s, finished_at = now() where run_id = %s", (status, run_id))
        conn.commit()
    return status


def record_failure(settings: Settings, run_id: str | None, dag_id: str | None, task_id: str | None,
                   map_index: int | None, error: str) -> None:
    """Append a task failure to audit.task_failures (called from Airflow's on_failure_callback)."""
    with connect(settings) as conn:
        conn.execute(
            "insert into audit.task_failures (run_id, dag_id, task_id, map_index, error) values (%s, %s, %s, %s, %s)",
            (run_id, dag_id, task_id, map_index, error[:4000]),
        )
        conn.commit()


def _as_dict(summary: Any) -> dict[str, Any]:
    if summary is None:
        return {}
    if isinstance(summary, dict):
        return summary
    try:
        return {k: (str(v) if isinstance(v, (Path, date)) else v) for k, v in asdict(summary).items()}
    except TypeError:
        return {"summary": str(summary)}


def summarize(settings: Settings, run_id: str | None = None) -> str:
    """A short human summary of one run (default: the latest): marts, checks, where reports are."""
    from psycopg import sql

    lines: list[str] = []
    with connect(settings) as conn:
        if run_id is None:
            row = conn.execute("select run_id from audit.runs order by started_at desc limit 1").fetchone()
            run_id = row[0] if row else None
        status = conn.execute("select status from audit.runs where run_id = %s", (run_id,)).fetchone()
        lines.append(f"run {run_id}: {status[0] if status else 'unknown'}")
        marts = conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
        ).fetchall()
        lines.append("rows per mart:")
        for (name,) in marts:
            n = conn.execute(sql.SQL("select count(*) from marts.{}").format(sql.Identifier(name))).fetchone()[0]
            lines.append(f"  marts.{name:<32} {n:>8}")
        checks = conn.execute(
            "select count(*) filter (where success), count(*) filter (where not success and severity = 'critical'),"
            " count(*) filter (where not success and severity = 'warning')"
            " from audit.validation_results where run_id = %s", (run_id,),
        ).fetchone()
        lines.append(f"checks: {checks[0]} passed, {checks[1]} critical failed, {checks[2]} warnings")
        q = conn.execute("select count(*) from raw.quarantine").fetchone()[0]
        lines.append(f"quarantined rows (all runs): {q}")
    reports = settings.reports_dir
    lines += [
        f"auditors' report: {reports / 'runs' / str(run_id) / 'index.html'}" if run_id else "auditors' report: -",
        f"report index:     {reports / 'index.html'}",
        f"dbt docs:         {reports / 'dbt-docs' / 'static_index.html'}",
        f"GX Data Docs:     {settings.local_dir / 'gx'}",
        f"marts:            {_masked(settings)} schema marts (BI: role bi_reader)",
    ]
    return "\n".join(lines)


def _masked(settings: Settings) -> str:
    from scrapers.db import mask_dsn

    return mask_dsn(settings.dsn())


def run_all(settings: Settings, run_id: str, source_ids: list[str] | None = None,
            since: date | None = None, until: date | None = None, reprocess: bool = False) -> str:
    """The nightly sequence without Airflow (same functions the DAG tasks call)."""
    prepare(settings, run_id)
    ids = enabled_sources(settings, source_ids)
    failures: list[str] = []
    official_failure: Exception | None = None
    if not reprocess:
        from scrapers.scrape import scrape_sources

        # hosts in parallel, as the mapped Airflow tasks run them
        for summary in scrape_sources(settings, ids, run_id, since=since):
            d = _as_dict(summary)
            log.info("scrape %s: %s", d.get("source_id"), d)
            if d.get("errors") and not d.get("fetched") and not d.get("unchanged"):
                record_failure(settings, run_id, "cli", "scrape", None, f"{d.get('source_id')}: {d['errors'][:3]}")
        validate(settings, "fetch_log", run_id)
        for sid in official_sources(settings, ids):
            try:  # a failing publisher must not stop the provincial sources
                official(settings, sid, run_id)
            except Exception as exc:
                log.exception("official %s failed", sid)
                record_failure(settings, run_id, "cli", "ingest_official", None, f"{sid}: {exc}")
        from scrapers.quality.runner import CriticalValidationError

        try:
            validate(settings, "official", run_id)
        except CriticalValidationError as exc:  # as in the DAG: parse/extract go on, dbt does not run
            record_failure(settings, run_id, "cli", "validate_official", None, str(exc))
            official_failure = exc
    for sid in ids:
        parse(settings, sid, run_id, since=since, until=until, reparse=reprocess)
    validate(settings, "articles", run_id)
    for sid in ids:
        extract(settings, sid, run_id, since=since, until=until, reextract=reprocess)
    validate(settings, "facts", run_id)
    if official_failure is not None:
        raise official_failure
    dbt(settings, "build", run_id=run_id)
    record_row_counts(settings, run_id)
    validate(settings, "marts", run_id)
    status = finish(settings, run_id)  # first, so the report shows the run's final status
    publish(settings, run_id)
    return status
