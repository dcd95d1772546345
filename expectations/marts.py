"""Marts suites: one per mart table. Grain unique, foreign keys resolve, no sudden shrink,
index results plausible, conflicts between sources counted.

Marts are built by dbt in parallel with this code: a missing table is a failed ``exists``
check (critical for the core marts, warning for the optional ones), never a crash.
"""
from __future__ import annotations

import math

from expectations import Check, PrecomputedResult, StageContext, StageSuites, SuiteSpec

SCHEMA = "marts"
# table -> grain candidates (the first whose columns all exist wins)
MARTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "dim_province": (("province",),),
    "dim_index": (("index_code",),),
    "dim_source": (("source_id",),),
    "fct_index_results": (("index_result_id",),),
    "fct_task_progress": (("task_progress_id",), ("fact_id",)),
    "fct_dossier_stats": (("dossier_stats_id",), ("dossier_stat_id",), ("fact_id",)),
    "fct_fact_conflicts": (("fact_conflict_id",), ("conflict_id",)),
    "fct_claim_checks": (("claim_check_id",), ("fact_id",)),
    "mart_province_scorecard": (("scorecard_id",), ("province", "year")),
}
# column -> the dimension it refers to
FOREIGN_KEYS: dict[str, tuple[str, str]] = {
    "province": ("dim_province", "province"),
    "index_code": ("dim_index", "index_code"),
    "source_id": ("dim_source", "source_id"),
}


def existing_columns(conn, schema: str = SCHEMA) -> dict[str, list[str]]:
    rows = conn.execute(
        "select table_name, column_name from information_schema.columns"
        " where table_schema = %s order by table_name, ordinal_position", (schema,),
    ).fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(table, []).append(column)
    return out


def previous_count(conn, run_id: str, relation: str) -> tuple[str, int] | None:
    row = conn.execute(
        "select run_id, row_count from audit.row_counts where relation = %s and run_id <> %s"
        " order by counted_at desc limit 1", (relation, run_id),
    ).fetchone()
    return (row[0], int(row[1])) if row else None


def _grain(table: str, columns: list[str]) -> tuple[str, ...] | None:
    for candidate in MARTS[table]:
        if all(c in columns for c in candidate):
            return candidate
    first = columns[0] if columns else None
    return (first,) if first and first.endswith("_id") else None


def build(ctx: StageContext) -> StageSuites:
    t = ctx.t
    tables = existing_columns(ctx.conn)
    out = StageSuites(scope=f"every table in schema {SCHEMA} (whole tables)")
    for table in MARTS:
        exists_check = ctx.check(
            f"marts.{table}.exists", f"The mart {SCHEMA}.{table} exists.", "table present",
            "precomputed", quarantine=False,
        )
        suite_name = f"cchc.marts.{table}"
        if table not in tables:
            out.precomputed.append(PrecomputedResult(
                exists_check, suite_name, False, "table missing",
                {"message": f"{SCHEMA}.{table} does not exist (dbt build not run or failed)"}))
            continue
        out.precomputed.append(PrecomputedResult(exists_check, suite_name, True, "table present"))
        columns = tables[table]
        grain = _grain(table, columns)
        checks: list[Check] = []
        if grain is None:
            out.precomputed.append(PrecomputedResult(
                ctx.check(f"marts.{table}.grain_unique", "The table's grain is unique.",
                          "grain columns known", "precomputed", quarantine=False),
                suite_name, False, "no grain column found", {"columns": columns}))
        else:
            for col in grain:
                checks.append(ctx.check(
                    f"marts.{table}.grain_not_null:{col}", f"Grain column {col} is never null.",
                    f"{col} not null", "ExpectColumnValuesToNotBeNull", column=col, quarantine=False))
            if len(grain) == 1:
                checks.append(ctx.check(
                    f"marts.{table}.grain_unique", f"One row per {grain[0]}.", f"{grain[0]} unique",
                    "ExpectColumnValuesToBeUnique", column=grain[0], quarantine=False))
            else:
                checks.append(ctx.check(
                    f"marts.{table}.grain_unique", f"One row per ({', '.join(grain)}).",
                    f"({', '.join(grain)}) unique", "ExpectCompoundColumnsToBeUnique",
                    column_list=list(grain), quarantine=False))
        key = grain or (columns[0],)
        for col, (dim, dim_col) in FOREIGN_KEYS.items():
            if col not in columns or table == dim:
                continue
            name = f"marts.{table}.foreign_key_resolves:{col}"
            if dim not in tables:
                out.precomputed.append(PrecomputedResult(
                    ctx.check(name, f"Every {col} resolves to {SCHEMA}.{dim}.", f"{col} in {dim}",
                              "precomputed", quarantine=False),
                    suite_name, False, f"{SCHEMA}.{dim} missing", {"column": col}))
                continue
            keys = ", ".join(f"b.{k}" for k in key)
            checks.append(ctx.check(
                name, f"Every {col} resolves to {SCHEMA}.{dim}.", f"0 {col} missing from {dim}",
                "UnexpectedRowsExpectation", quarantine=False,
                unexpected_rows_query=(
                    f"select {keys}, b.{col}, '{col} ' || b.{col} || ' not in {dim}' as reason"
                    f" from {{batch}} b left join {SCHEMA}.{dim} d on d.{dim_col} = b.{col}"
                    f" where b.{col} is not null and d.{dim_col} is null"
                ),
            ))
        prev = previous_count(ctx.conn, ctx.run_id, f"{SCHEMA}.{table}")
        if prev:
            floor = math.ceil(prev[1] * (1 - t.max_row_count_drop))
            threshold = f">= {floor} rows ({prev[1]} in run {prev[0]}, max drop {t.max_row_count_drop:.0%})"
        else:
            floor, threshold = 0, "no previous run to compare with"
        checks.append(ctx.check(
            f"marts.{table}.row_count_not_dropping",
            f"The row count did not drop by more than {t.max_row_count_drop:.0%} since the last run.",
            threshold, "ExpectTableRowCountToBeBetween", min_value=floor, quarantine=False))
        if table == "fct_index_results":
            keys = ", ".join(f"b.{k}" for k in key)
            if {"index_code", "score"} <= set(columns):
                checks.append(ctx.check(
                    f"marts.{table}.score_within_index_scale",
                    "Published scores lie within their index's scale (quarantined facts left out).",
                    "scale_min <= score <= scale_max", "UnexpectedRowsExpectation", quarantine=False,
                    unexpected_rows_query=(
                        f"select {keys}, b.index_code, b.score,"
                        " 'score ' || b.score || ' outside [' || r.scale_min || ', ' || r.scale_max || ']' as reason"
                        f" from {{batch}} b join {ctx.index_scales_values()} as r(index_code, scale_min, scale_max)"
                        " on r.index_code = b.index_code where b.score < r.scale_min or b.score > r.scale_max"
                    ),
                ))
            if {"rank", "rank_of", "year"} <= set(columns):
                max_rank = ctx.max_rank_of_sql("b.year")
                checks.append(ctx.check(
                    f"marts.{table}.rank_within_rank_of",
                    "Published ranks lie between 1 and rank_of (<= 63; <= 34 from 2025).",
                    "1 <= rank <= rank_of <= 63/34", "UnexpectedRowsExpectation", quarantine=False,
                    unexpected_rows_query=(
                        f"select {keys}, b.rank, b.rank_of, b.year,"
                        " 'rank ' || b.rank || '/' || coalesce(b.rank_of::text, '-') || ' out of range' as reason"
                        f" from {{batch}} b join (select 1) as one on true"
                        f" where b.rank < 1 or b.rank > b.rank_of or b.rank > {max_rank}"
                        f" or b.rank_of > {max_rank}"
                    ),
                ))
        if table == "fct_fact_conflicts":
            checks.append(ctx.check(
                f"marts.{table}.conflicts_counted",
                "Conflicts between sources are counted; many of them need a look.",
                f"<= {t.max_fact_conflicts} conflicts", "ExpectTableRowCountToBeBetween",
                min_value=0, max_value=t.max_fact_conflicts, quarantine=False))
        out.suites.append(SuiteSpec(name=suite_name, asset=f"marts_{table}", key_columns=key,
                                    checks=checks, schema=SCHEMA, table=table))
    return out
