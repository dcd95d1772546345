"""`cchc pipeline`: the nightly sequence without Airflow, and the run summary."""
from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timezone

from scrapers.settings import Settings

NAME = "pipeline"
HELP = "run the nightly job without Airflow (debugging), or print a run's summary"
DESCRIPTION = """\
Run the same stages as the cchc_nightly DAG in this process (scrape -> GX -> parse -> GX
-> extract -> GX -> dbt build -> GX marts -> reports), or summarise a run.

  cchc pipeline run [--source ID ...] [--since DATE] [--until DATE] [--reprocess]
  cchc pipeline summary [--run-id ID]      (default: the latest run)

In offline mode (the default) `cchc replay-server` must be running.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["run", "summary"])
    p.add_argument("--source", action="append", dest="sources", metavar="ID", help="limit to these sources")
    p.add_argument("--since", type=date.fromisoformat, help="first published date (YYYY-MM-DD)")
    p.add_argument("--until", type=date.fromisoformat, help="last published date (YYYY-MM-DD)")
    p.add_argument("--reprocess", action="store_true", help="no fetching: reparse + re-extract from the raw zone")
    p.add_argument("--run-id", help="run id (default: a new cli__<time> id, or the latest for summary)")


def run(args: argparse.Namespace) -> int:
    from scrapers import pipeline

    settings = Settings.from_env()
    if args.action == "summary":
        print(pipeline.summarize(settings, args.run_id))
        return 0
    run_id = args.run_id or "cli__" + datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    status = pipeline.run_all(settings, run_id, args.sources, args.since, args.until, args.reprocess)
    print(pipeline.summarize(settings, run_id))
    print(f"pipeline {status}", file=sys.stderr)
    return 0 if status == "success" else 1
