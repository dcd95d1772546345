"""`cchc validate STAGE --run-id ID`: run one stage's Great Expectations suite."""
from __future__ import annotations

import argparse
import sys

from scrapers.quality.policy import STAGES

NAME = "validate"
HELP = "run a Great Expectations suite for one stage"
DESCRIPTION = """\
Validate one stage of a run with its Great Expectations suite (expectations/<stage>.py).

  fetch_log  status codes, failure share per source, sha256 for every 200
  articles   title/body present, body length, publication date, Vietnamese text, no boilerplate
  facts      score in the index's scale, rank <= rank_of, year, province, evidence, duplicates
  official   one row per province, ranks 1..N, scores in scale, ranks agree with scores
  marts      grain unique, foreign keys resolve, no big row-count drop, conflicts counted

Every result goes to audit.validation_results; rows failing a WARNING check go to
raw.quarantine with the reason; Data Docs are updated under .local/gx. Exit status 1 when a
CRITICAL check fails (the message names the expectation and sample rows).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("stage", choices=STAGES)
    p.add_argument("--run-id", required=True, help="the run to validate (Airflow run id, or any id)")


def run(args: argparse.Namespace) -> int:
    from scrapers.quality.runner import CriticalValidationError, validate_stage
    from scrapers.settings import Settings

    try:
        result = validate_stage(Settings.from_env(), args.stage, args.run_id)
    except CriticalValidationError as exc:
        print(f"cchc validate: {exc}", file=sys.stderr)
        return 1
    print(result.summary())
    for r in result.failed:
        print(f"  warning {r.name}: {r.observed_value} (threshold {r.threshold}; {r.quarantined} quarantined)")
    if result.data_docs:
        print(f"Data Docs: {result.data_docs}")
    return 0
