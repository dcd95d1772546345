"""Run one stage's suites: GX checkpoint -> Data Docs -> audit trail -> quarantine -> verdict.

    validate_stage(settings, "facts", run_id)  ->  StageResult
        raises CriticalValidationError when a critical expectation fails

Every expectation result is appended to ``audit.validation_results``; rows offending a
failed *warning* expectation go to ``raw.quarantine`` with the reason (record_key = the
row's natural key, stage = the stage name: dbt staging leaves out facts quarantined with
stage 'facts').
"""
from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import psycopg

from scrapers.quality.policy import DEFAULT_POLICY, Policy, Severity
from scrapers.settings import Settings

log = logging.getLogger(__name__)

_RUN_ID = re.compile(r"^[^\x00-\x1f/\\]{1,200}$")
_JOIN = re.compile(r"\bjoin\b", re.IGNORECASE)


@dataclass
class CheckResult:
    stage: str
    suite: str
    name: str
    description: str
    severity: Severity
    success: bool
    observed_value: str
    threshold: str
    samples: list[dict[str, Any]] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    quarantined: int = 0

    @property
    def failed_critical(self) -> bool:
        return not self.success and self.severity is Severity.CRITICAL


@dataclass
class StageResult:
    stage: str
    run_id: str
    results: list[CheckResult]
    scope: str
    data_docs: Path | None
    elapsed_s: float
    quarantined: int = 0

    @property
    def success(self) -> bool:
        return not any(r.failed_critical for r in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success]

    def summary(self) -> str:
        crit = sum(r.failed_critical for r in self.results)
        warn = sum((not r.success) and r.severity is Severity.WARNING for r in self.results)
        return (f"{self.stage}: {len(self.results)} checks, {crit} critical and {warn} warning "
                f"failure(s), {self.quarantined} row(s) quarantined ({self.elapsed_s:.1f}s)")


class CriticalValidationError(RuntimeError):
    """A critical expectation failed: the stage fails and nothing downstream consumes it."""

    def __init__(self, message: str, result: StageResult):
        super().__init__(message)
        self.result = result


def validate_stage(settings: Settings, stage: str, run_id: str, dsn: str | None = None,
                   policy: Policy = DEFAULT_POLICY) -> StageResult:
    """Validate ``stage`` for ``run_id``; raise CriticalValidationError on a critical failure."""
    from expectations import StageContext, builder_for, load_reference
    from scrapers.quality.context import context_lock

    if not _RUN_ID.match(run_id or ""):
        raise ValueError(f"invalid run id {run_id!r}")
    build = builder_for(stage)
    started = time.monotonic()
    dsn = dsn or settings.dsn()
    with psycopg.connect(dsn, connect_timeout=10) as conn:
        window_start, window_end = run_window(conn, run_id)
        run_date = (window_end or datetime.now(timezone.utc)).date()
        ctx = StageContext(run_id=run_id, run_date=run_date, window_start=window_start,
                           window_end=window_end, reference=load_reference(), policy=policy, conn=conn)
        plan = build(ctx)
        conn.rollback()
        with context_lock(settings):
            results, docs = _run_gx(settings, dsn, stage, plan)
        for pre in plan.precomputed:
            results.append(CheckResult(
                stage=stage, suite=pre.suite, name=pre.check.name, description=pre.check.description,
                severity=pre.check.severity, success=pre.success, observed_value=pre.observed_value,
                threshold=pre.check.threshold, details=dict(pre.details)))
        quarantined = _quarantine(conn, stage, run_id, plan, results, policy)
        for r in results:
            r.details.setdefault("scope", plan.scope)
        _write_audit(conn, run_id, results)
        _record_row_counts(conn, run_id, stage)
        conn.commit()
    result = StageResult(stage=stage, run_id=run_id, results=results, scope=plan.scope,
                         data_docs=docs, elapsed_s=time.monotonic() - started, quarantined=quarantined)
    log.info(result.summary())
    failed = [r for r in results if r.failed_critical]
    if failed:
        raise CriticalValidationError(_message(result, failed, policy), result)
    return result


def run_window(conn: psycopg.Connection, run_id: str) -> tuple[datetime | None, datetime | None]:
    """(start, end) of the run from audit.runs, else from its fetch log; (None, None) if unknown."""
    row = conn.execute("select started_at, finished_at from audit.runs where run_id = %s", (run_id,)).fetchone()
    if row:
        return row[0], row[1]
    row = conn.execute("select min(fetched_at) from raw.fetch_log where run_id = %s", (run_id,)).fetchone()
    return (row[0], None) if row and row[0] else (None, None)


# --------------------------------------------------------------------------- GX


def _run_gx(settings: Settings, dsn: str, stage: str, plan) -> tuple[list[CheckResult], Path | None]:
    from scrapers.quality.context import DATASOURCE, data_docs_index, get_context, quiet_gx

    if not plan.suites:
        return [], None
    quiet_gx()  # before the first GX import: it logs hundreds of INFO lines otherwise
    import great_expectations as gx
    import great_expectations.expectations as gxe

    context = get_context(settings, dsn)
    datasource = context.data_sources.get(DATASOURCE)
    validation_definitions = []
    by_suite: dict[str, Any] = {}
    for spec in plan.suites:
        with _suppress_lookup():
            datasource.delete_asset(spec.asset)
        if spec.query:
            asset = datasource.add_query_asset(name=spec.asset, query=spec.query)
        else:
            asset = datasource.add_table_asset(name=spec.asset, table_name=spec.table, schema_name=spec.schema)
        batch_definition = asset.add_batch_definition_whole_table("batch")
        with _suppress_lookup():
            context.suites.delete(spec.name)
        suite = gx.ExpectationSuite(name=spec.name, meta={"stage": stage, "scope": plan.scope})
        for check in spec.checks:
            suite.add_expectation(_expectation(gxe, spec, check))
        suite = context.suites.add(suite)
        vd = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=f"cchc.{stage}.{spec.asset}", data=batch_definition, suite=suite))
        validation_definitions.append(vd)
        by_suite[spec.name] = spec
    checkpoint = context.checkpoints.add_or_update(gx.Checkpoint(
        name=f"cchc.{stage}", validation_definitions=validation_definitions,
        actions=[gx.checkpoint.UpdateDataDocsAction(name="update_data_docs")],
        result_format=_result_format(plan.suites),
    ))
    run = checkpoint.run()
    results: list[CheckResult] = []
    for suite_result in run.run_results.values():
        suite_name = suite_result.suite_name
        spec = by_suite[suite_name]
        checks = {c.name: c for c in spec.checks}
        for r in suite_result.results:
            d = r.to_json_dict()
            meta = d["expectation_config"].get("meta") or {}
            check = checks[meta["check"]]
            results.append(_check_result(stage, suite_name, check, d))
    order = {c.name: i for s in plan.suites for i, c in enumerate(s.checks)}
    results.sort(key=lambda r: (r.suite, order.get(r.name, 0)))
    docs = data_docs_index(settings)
    return results, docs if docs.exists() else None


class _suppress_lookup:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, (LookupError, ValueError)) or (
            exc_type is not None and exc_type.__name__ in ("DataContextError", "StoreBackendError"))


def _result_format(suites) -> dict[str, Any]:
    """COMPLETE results (every offending row, for quarantine); with one suite per checkpoint,
    column expectations also return each offending row's natural key (and source)."""
    if len(suites) != 1:
        return {"result_format": "COMPLETE"}
    spec = suites[0]
    cols = list(spec.key_columns)
    if spec.source_column and spec.source_column not in cols:
        cols.append(spec.source_column)
    return {"result_format": "COMPLETE", "unexpected_index_column_names": cols}


def _expectation(gxe, spec, check):
    cls = getattr(gxe, check.gx_type)
    return cls(
        **check.kwargs, severity=check.severity.value, description=check.description,
        meta={"check": check.name, "severity": check.severity.value, "threshold": check.threshold},
    )


def _check_result(stage: str, suite: str, check, d: dict[str, Any]) -> CheckResult:
    res = d.get("result") or {}
    exc = d.get("exception_info") or {}
    errors = _exception_messages(exc)
    samples: list[dict[str, Any]] = []
    details: dict[str, Any] = {"description": check.description, "gx_type": check.gx_type}
    if check.is_sql:
        details["query"] = check.kwargs.get("unexpected_rows_query")
    elif check.kwargs:
        details["kwargs"] = {k: v for k, v in check.kwargs.items() if k != "value_set"} | (
            {"value_set_size": len(check.kwargs["value_set"])} if "value_set" in check.kwargs else {})
    if errors:
        observed = "error: " + errors[0][:500]
        details["errors"] = errors
    elif check.is_sql:
        rows = (res.get("details") or {}).get("unexpected_rows") or []
        samples = [_jsonable(r) for r in rows]
        observed = f"{res.get('observed_value', len(rows))} unexpected row(s)"
    elif "unexpected_count" in res:
        samples = [_jsonable(r) for r in (res.get("unexpected_index_list") or [])]
        if not samples:
            samples = [{"value": v} for v in (res.get("partial_unexpected_list") or [])]
        observed = (f"{res['unexpected_count'] or 0} of {res.get('element_count') or 0} rows unexpected"
                    f" ({(res.get('unexpected_percent') or 0):.2f}% of non-null)")
    else:
        observed = json.dumps(_jsonable(res.get("observed_value")), ensure_ascii=False)
    details["samples"] = samples[:20]
    return CheckResult(stage=stage, suite=suite, name=check.name, description=check.description,
                       severity=check.severity, success=bool(d.get("success")) and not errors,
                       observed_value=observed, threshold=check.threshold, samples=samples, details=details)


def _exception_messages(exc: dict[str, Any]) -> list[str]:
    if not exc:
        return []
    if "raised_exception" in exc:
        return [exc.get("exception_message") or "exception"] if exc.get("raised_exception") else []
    out = []
    for info in exc.values():
        if isinstance(info, dict) and (info.get("raised_exception") or info.get("exception_message")):
            msg = info.get("exception_message") or ""
            tb = info.get("exception_traceback") or ""
            cause = next((ln for ln in tb.splitlines() if "Error:" in ln and "psycopg2" in ln), "")
            out.append((cause or msg or "exception").strip())
    return out


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


# ------------------------------------------------------------------ quarantine


def _offending_rows(conn: psycopg.Connection, spec, check, result: CheckResult, limit: int) -> list[dict]:
    """Every row offending a failed check (GX keeps at most 200 for SQL checks)."""
    if check.is_sql:
        query = check.kwargs["unexpected_rows_query"]
        if spec.query:
            batch = f"({spec.query})" if _JOIN.search(query) else f"({spec.query}) AS subselect"
        else:
            batch = f"{spec.schema}.{spec.table}"
        sql = query.format(batch=batch)
        with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            cur.execute(f"select * from ({sql}) as offending limit {int(limit)}")
            return [_jsonable(r) for r in cur.fetchall()]
    return result.samples[:limit]


def _quarantine(conn, stage: str, run_id: str, plan, results: list[CheckResult], policy: Policy) -> int:
    from scrapers.load import quarantine
    from scrapers.records import QuarantineRecord

    specs = {s.name: s for s in plan.suites}
    total = 0
    for r in results:
        spec = specs.get(r.suite)
        if r.success or r.severity is not Severity.WARNING or spec is None:
            continue
        check = next((c for c in spec.checks if c.name == r.name), None)
        if check is None or not check.quarantine or r.details.get("errors"):
            continue
        keys = check.key_columns or spec.key_columns
        records = []
        for row in _offending_rows(conn, spec, check, r, policy.max_quarantined_per_check):
            why = row.get("reason") or _value_reason(check, row)
            reason = f"{check.name}: {why}"
            for record_key in _record_keys(row, keys):
                records.append(QuarantineRecord(
                    stage=stage, reason=reason, run_id=run_id, record_key=record_key,
                    source_id=row.get(spec.source_column) if spec.source_column else None,
                    payload={"check": check.name, "severity": check.severity.value,
                             "threshold": check.threshold, "row": row},
                ))
        conn.commit()  # the loader commits per batch; start from a clean transaction
        quarantine(conn, records)
        r.quarantined = len(records)
        total += len(records)
    return total


def _value_reason(check, row: dict) -> str:
    column = check.kwargs.get("column")
    if column and column in row:
        value = row[column]
        shown = repr(value if not isinstance(value, str) or len(value) <= 80 else value[:80] + "…")
        return f"{check.description} ({column} = {shown}; expected {check.threshold})"
    return check.description


def _record_keys(row: dict, keys: tuple[str, ...]) -> list[str | None]:
    if len(keys) == 1 and keys[0].endswith("_ids") and isinstance(row.get(keys[0]), str):
        return [k for k in row[keys[0]].split(",") if k]
    if not keys or any(k not in row for k in keys):
        return [None]
    return ["|".join(str(row[k]) for k in keys)]


# ----------------------------------------------------------------- audit trail


def _write_audit(conn: psycopg.Connection, run_id: str, results: list[CheckResult]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "insert into audit.validation_results (run_id, stage, suite, expectation, severity,"
            " success, observed_value, threshold, details) values (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [(run_id, r.stage, r.suite, r.name, r.severity.value, r.success, r.observed_value, r.threshold,
              json.dumps(r.details | {"quarantined": r.quarantined}, ensure_ascii=False, default=str))
             for r in results],
        )


RAW_RELATIONS = {
    "fetch_log": ("raw.fetch_log",),
    "articles": ("raw.pages", "raw.articles"),
    "facts": ("raw.facts", "raw.quarantine"),
    "official": ("raw.official_rankings",),
}


def existing_relations(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(layer, schema.name) of the staging and marts relations that exist now."""
    rows = conn.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema = 'marts' or table_schema like '%staging%'"
        " or (table_name like 'stg\\_%' and table_schema not in ('raw', 'audit'))"
        " order by 1, 2"
    ).fetchall()
    return [("marts" if s == "marts" else "staging", f"{s}.{t}") for s, t in rows]


def count_rows(conn: psycopg.Connection, relation: str) -> int | None:
    from psycopg import sql

    schema, name = relation.split(".", 1)
    try:
        return conn.execute(sql.SQL("select count(*) from {}.{}").format(
            sql.Identifier(schema), sql.Identifier(name))).fetchone()[0]
    except psycopg.Error:
        conn.rollback()
        return None


def _record_row_counts(conn: psycopg.Connection, run_id: str, stage: str) -> None:
    """Row counts per layer for the reconciliation table and the marts' no-big-drop check."""
    conn.commit()
    relations = [("raw", r) for r in RAW_RELATIONS.get(stage, ())]
    if stage == "marts":
        relations += existing_relations(conn)
    for layer, relation in relations:
        n = count_rows(conn, relation)
        if n is None:
            continue
        conn.execute(
            "insert into audit.row_counts (run_id, layer, relation, row_count) values (%s, %s, %s, %s)"
            " on conflict (run_id, relation) do update set row_count = excluded.row_count,"
            " layer = excluded.layer, counted_at = now()", (run_id, layer, relation, n),
        )


def _message(result: StageResult, failed: list[CheckResult], policy: Policy) -> str:
    lines = [f"{result.stage} validation failed for run {result.run_id}: "
             f"{len(failed)} critical expectation(s) failed."]
    for r in failed:
        lines.append(f"- {r.name} ({r.suite}): {r.description} Threshold: {r.threshold}. "
                     f"Observed: {r.observed_value}.")
        for row in r.samples[: policy.sample_rows_in_message]:
            lines.append("    sample: " + json.dumps(row, ensure_ascii=False, default=str)[:400])
    if result.data_docs:
        lines.append(f"Data Docs: {result.data_docs}")
    return "\n".join(lines)
