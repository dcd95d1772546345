"""Fetch log suite: what was fetched in the run, with provenance (sha256) for every 200."""
from __future__ import annotations

from expectations import StageContext, StageSuites, SuiteSpec


def build(ctx: StageContext) -> StageSuites:
    t = ctx.t
    query = f"select * from raw.fetch_log where run_id = {ctx.run_literal}"
    statuses = ", ".join(str(s) for s in t.expected_statuses)
    checks = [
        ctx.check(
            "fetch_log.has_rows", "The run fetched at least one URL.", ">= 1 row",
            "ExpectTableRowCountToBeBetween", min_value=1, quarantine=False,
        ),
        ctx.check(
            "fetch_log.status_in_expected_set",
            "Every HTTP status is one the fetcher knows how to handle (null = no response).",
            f"status in {{{statuses}}} or null",
            "ExpectColumnValuesToBeInSet", column="status", value_set=list(t.expected_statuses),
        ),
        ctx.check(
            "fetch_log.sha256_present_for_200",
            "Every page fetched with HTTP 200 has the sha256 of its raw body (provenance).",
            "0 rows with status 200 and no sha256",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select fetch_id, source_id, url, status, outcome,"
                " 'HTTP 200 without sha256' as reason"
                " from {batch} where status = 200 and (sha256 is null or btrim(sha256) = '')"
            ),
        ),
        ctx.check(
            "fetch_log.sha256_is_hex", "Every sha256 is 64 lowercase hex digits.",
            "sha256 ~ ^[0-9a-f]{64}$", "ExpectColumnValuesToMatchRegex",
            column="sha256", regex="^[0-9a-f]{64}$",
        ),
        ctx.check(
            "fetch_log.failure_share_per_source",
            "No source failed (no response, HTTP >= 500 or outcome 'failed') on more than "
            f"{t.max_failure_share_per_source:.0%} of its fetch attempts in the run.",
            f"failure share <= {t.max_failure_share_per_source}",
            "UnexpectedRowsExpectation", key_columns=("source_id",),
            unexpected_rows_query=(
                "select source_id, attempts, failures, round(failures::numeric / attempts, 3) as share,"
                " 'failure share ' || round(failures::numeric / attempts, 3)"
                f" || ' > {t.max_failure_share_per_source}' as reason"
                " from (select source_id, count(*) as attempts,"
                "  count(*) filter (where outcome = 'failed' or status is null or status >= 500) as failures"
                "  from {batch} group by source_id) as per_source"
                f" where failures::numeric / attempts > {t.max_failure_share_per_source}"
            ),
        ),
    ]
    return StageSuites(
        suites=[SuiteSpec(name="cchc.fetch_log", asset="fetch_log_run", key_columns=("fetch_id",),
                          checks=checks, query=query)],
        scope=f"raw.fetch_log rows with run_id = {ctx.run_id!r}",
    )
