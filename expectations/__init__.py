"""The data-quality suites, one module per pipeline stage, defined as code.

Each stage module exposes ``build(ctx: StageContext) -> StageSuites``: a list of
:class:`SuiteSpec` (a GX asset to validate and the :class:`Check` list to run on it) plus
checks decided before GX runs (e.g. a mart that does not exist). Checks name a GX Core 1.x
expectation class and its arguments; nothing here imports GX (it is slow to import), the
runner (``scrapers.quality.runner``) builds the expectations.

Severities and thresholds come from ``scrapers.quality.policy``; only the rules live here.
"""
from __future__ import annotations

import csv
import importlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from scrapers.quality.policy import DEFAULT_POLICY, Policy, Severity

SEEDS_DIR = Path(__file__).resolve().parent.parent / "dbt_project" / "seeds"


@dataclass(frozen=True)
class Check:
    """One expectation with its policy: what, how bad, against which threshold."""

    name: str                      # "<stage>.<rule>", the key in policy.SEVERITY and in audit
    description: str               # one sentence an auditor understands
    severity: Severity
    threshold: str                 # human-readable threshold ("0 <= score <= scale_max", ...)
    gx_type: str                   # class name in great_expectations.expectations
    kwargs: dict[str, Any] = field(default_factory=dict)
    quarantine: bool = True        # on failure (warning), send the offending rows to quarantine
    key_columns: tuple[str, ...] = ()   # overrides the suite's key for row-level results

    @property
    def is_sql(self) -> bool:
        return self.gx_type == "UnexpectedRowsExpectation"


@dataclass(frozen=True)
class PrecomputedResult:
    """A check decided without GX (e.g. a mart table that does not exist)."""

    check: Check
    suite: str
    success: bool
    observed_value: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SuiteSpec:
    """One GX suite and the asset it validates.

    ``query`` (run-scoped rows) makes a query asset; otherwise ``schema.table`` is a table asset.
    """

    name: str                      # GX suite name, e.g. "cchc.facts"
    asset: str                     # GX asset name (stable across runs)
    key_columns: tuple[str, ...]   # natural key: raw.quarantine.record_key
    checks: list[Check]
    query: str | None = None
    schema: str | None = None
    table: str | None = None
    source_column: str | None = "source_id"   # copied to raw.quarantine.source_id if present

    @property
    def batch_sql(self) -> str:
        """SQL text of the batch, as a FROM item (used to re-run a check's query)."""
        return f"({self.query})" if self.query else f"{self.schema}.{self.table}"


@dataclass
class StageSuites:
    suites: list[SuiteSpec] = field(default_factory=list)
    precomputed: list[PrecomputedResult] = field(default_factory=list)
    scope: str = ""                # what rows were validated, for the audit details


@dataclass(frozen=True)
class Reference:
    """Reference lists from the dbt seeds (one source of truth for dbt and GX)."""

    indices: dict[str, tuple[float, float]]     # index_code -> (scale_min, scale_max)
    higher_is_better: dict[str, bool]
    provinces: tuple[str, ...]                  # canonical pre-2025 names
    units_2025: tuple[str, ...]                 # provincial units from 2025

    @property
    def all_places(self) -> list[str]:
        return sorted(set(self.provinces) | set(self.units_2025))


@lru_cache(maxsize=4)
def load_reference(seeds_dir: Path = SEEDS_DIR) -> Reference:
    def rows(name: str) -> list[dict[str, str]]:
        with (seeds_dir / name).open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    idx = rows("ref_indices.csv")
    units_file = seeds_dir / "ref_units_2025.csv"
    return Reference(
        indices={r["index_code"]: (float(r["scale_min"]), float(r["scale_max"])) for r in idx},
        higher_is_better={r["index_code"]: r.get("higher_is_better", "true").lower() != "false" for r in idx},
        provinces=tuple(r["province"] for r in rows("ref_provinces.csv")),
        units_2025=tuple(r["unit_2025"] for r in rows("ref_units_2025.csv")) if units_file.exists() else (),
    )


@dataclass
class StageContext:
    """What a suite builder may know about the run it validates."""

    run_id: str
    run_date: date
    window_start: datetime | None     # when the run started (None: run unknown)
    window_end: datetime | None       # when it finished (None: still running)
    reference: Reference
    policy: Policy = DEFAULT_POLICY
    conn: Any = None                  # psycopg connection, read-only use (existing tables, counts)

    @property
    def t(self):
        return self.policy.thresholds

    def check(self, name: str, description: str, threshold: str, gx_type: str, **kwargs: Any) -> Check:
        quarantine = kwargs.pop("quarantine", True)
        key_columns = tuple(kwargs.pop("key_columns", ()))
        return Check(name=name, description=description, severity=self.policy.severity(name),
                     threshold=threshold, gx_type=gx_type, kwargs=kwargs, quarantine=quarantine,
                     key_columns=key_columns)

    # SQL literals for values embedded in suite queries. Text goes through hex so that no
    # quote, colon (SQLAlchemy bind syntax), brace (str.format) or percent sign can leak in.
    @staticmethod
    def text_literal(value: str) -> str:
        return f"convert_from(decode('{value.encode('utf-8').hex()}', 'hex'), 'UTF8')"

    @staticmethod
    def ts_literal(value: datetime) -> str:
        return f"to_timestamp({value.timestamp():.6f})"

    @staticmethod
    def date_literal(value: date) -> str:
        return f"date '{value.isoformat()}'"

    @property
    def run_literal(self) -> str:
        return self.text_literal(self.run_id)

    def window_sql(self, *columns: str) -> str:
        """A predicate: any of the columns falls in the run window ('false' if run unknown)."""
        if self.window_start is None:
            return "false"
        hi = f" and {{c}} <= {self.ts_literal(self.window_end)}" if self.window_end else ""
        parts = [f"({c} >= {self.ts_literal(self.window_start)}{hi.format(c=c)})" for c in columns]
        return "(" + " or ".join(parts) + ")"

    def index_scales_values(self) -> str:
        """A VALUES list (index_code, scale_min, scale_max) of the reference scales."""
        rows = ", ".join(
            f"({self.text_literal(code)}, {lo:g}::numeric, {hi:g}::numeric)"
            for code, (lo, hi) in sorted(self.reference.indices.items())
        )
        return f"(values {rows})"

    def max_rank_of_sql(self, year_column: str) -> str:
        t = self.t
        return (f"(case when {year_column} >= {t.reform_year} then {t.provinces_from_reform}"
                f" else {t.provinces_before_reform} end)")


# Each stage module: build(ctx) -> StageSuites
STAGE_MODULES: dict[str, str] = {
    "fetch_log": "expectations.fetch_log",
    "articles": "expectations.articles",
    "facts": "expectations.facts",
    "official": "expectations.official",
    "marts": "expectations.marts",
}


def builder_for(stage: str) -> Callable[[StageContext], StageSuites]:
    if stage not in STAGE_MODULES:
        raise ValueError(f"unknown stage {stage!r}; expected one of {', '.join(STAGE_MODULES)}")
    return importlib.import_module(STAGE_MODULES[stage]).build
