"""The fail/warn policy: every check's severity and every threshold, in one typed place.

Severity rules
--------------
* ``critical``: the stage's output breaks a contract the next stage relies on (a grain that
  is no longer unique, a fetched page with no sha256 for provenance, a foreign key that does
  not resolve, a mart that shrank suspiciously). The stage fails, the Airflow task fails with
  a message naming the expectation and sample rows, and the marts are not rebuilt.
* ``warning``: an individual record is implausible (a score outside its index's scale, a rank
  beyond rank_of, an unknown province, an empty body). The run goes on; the offending rows go
  to ``raw.quarantine`` with the reason, and dbt staging leaves quarantined facts out.

Changing a severity or a threshold is a policy decision: do it here, nowhere else.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class Severity(str, enum.Enum):
    CRITICAL = "critical"
    WARNING = "warning"

    def __str__(self) -> str:  # stored as text in audit.validation_results
        return self.value


C, W = Severity.CRITICAL, Severity.WARNING

STAGES: tuple[str, ...] = ("fetch_log", "articles", "facts", "official", "marts")

# check name -> severity. Names are "<stage>.<rule>"; marts checks are
# "marts.<table>.<rule>" and take the severity of "marts.*.<rule>".
SEVERITY: dict[str, Severity] = {
    # fetch log
    "fetch_log.has_rows": W,
    "fetch_log.status_in_expected_set": W,
    "fetch_log.sha256_present_for_200": C,
    "fetch_log.sha256_is_hex": C,
    "fetch_log.failure_share_per_source": W,
    # articles
    "articles.title_not_empty": W,
    "articles.body_not_empty": W,
    "articles.body_length_in_range": W,
    "articles.published_on_in_range": W,
    "articles.vietnamese_text": W,
    "articles.no_boilerplate_markers": W,
    "articles.url_is_http": W,
    # raw facts
    "facts.index_result_names_an_index": C,
    "facts.no_duplicate_slot": C,
    "facts.index_code_known": W,
    "facts.score_within_index_scale": W,
    "facts.rank_within_rank_of": W,
    "facts.year_not_after_publication": W,
    "facts.province_in_reference": W,
    "facts.evidence_in_article_body": W,
    "facts.task_progress_consistent": W,
    "facts.dossier_shares_in_range": W,
    # official rankings (the authoritative layer claims are checked against)
    "official.has_rows": W,
    "official.one_row_per_province": C,
    "official.raw_sha256_is_hex": C,
    "official.score_within_index_scale": C,
    "official.rank_between_1_and_n": C,
    "official.province_in_reference": W,
    "official.ranks_consistent_with_scores": W,
    # marts (per table)
    "marts.*.exists": C,
    "marts.*.grain_not_null": C,
    "marts.*.grain_unique": C,
    "marts.*.foreign_key_resolves": C,
    "marts.*.row_count_not_dropping": C,
    "marts.*.score_within_index_scale": C,
    "marts.*.rank_within_rank_of": C,
    "marts.*.conflicts_counted": W,
}

# Marts whose absence is a warning only (being built in parallel; not yet read by BI).
OPTIONAL_MARTS: frozenset[str] = frozenset(
    {"fct_task_progress", "fct_dossier_stats", "fct_fact_conflicts", "fct_claim_checks",
     "mart_province_scorecard"}
)


def severity_of(check: str) -> Severity:
    """Severity of a check name (``marts.<table>.<rule>`` falls back to ``marts.*.<rule>``)."""
    check = check.split(":", 1)[0]  # "rule:column" variants share the rule's severity
    if check in SEVERITY:
        return SEVERITY[check]
    parts = check.split(".")
    if parts[0] == "marts" and len(parts) == 3:
        if parts[2] == "exists" and parts[1] in OPTIONAL_MARTS:
            return W
        return SEVERITY[f"marts.*.{parts[2]}"]
    raise KeyError(f"no severity defined for check {check!r} (scrapers/quality/policy.py)")


@dataclass(frozen=True)
class Thresholds:
    """Every number the suites compare against."""

    # fetch log
    expected_statuses: tuple[int, ...] = (200, 203, 204, 301, 302, 303, 304, 307, 308, 400, 401,
                                          403, 404, 410, 429, 500, 502, 503, 504)
    max_failure_share_per_source: float = 0.5   # share of a source's attempts that failed
    # articles
    body_min_chars: int = 80
    body_max_chars: int = 300_000
    title_max_chars: int = 1_000
    min_published_on: date = date(2005, 1, 1)
    min_vietnamese_share: float = 0.10  # diacritic letters / all Latin letters (news text: ~0.28)
    boilerplate_markers: tuple[str, ...] = ("Lượt xem", "Thống kê truy cập", "Đang online", "Tin khác")
    # facts and official rankings
    provinces_before_reform: int = 63
    provinces_from_reform: int = 34
    reform_year: int = 2025   # rank_of <= 34 for results of this year and later
    max_pct: float = 100.0
    # marts
    max_row_count_drop: float = 0.5   # a mart may not lose more than this share vs the last run
    max_fact_conflicts: int = 500     # above this, conflicts between sources need a look

    def max_rank_of(self, year: int | None) -> int:
        return self.provinces_from_reform if year is not None and year >= self.reform_year \
            else self.provinces_before_reform


@dataclass(frozen=True)
class Policy:
    thresholds: Thresholds = field(default_factory=Thresholds)
    # How many offending rows a CriticalValidationError message shows.
    sample_rows_in_message: int = 5
    # Most quarantine records written for one check in one run (a runaway parser should fail
    # loudly through the critical checks, not fill the quarantine table).
    max_quarantined_per_check: int = 10_000

    def severity(self, check: str) -> Severity:
        return severity_of(check)


DEFAULT_POLICY = Policy()
