"""`cchc report --run-id ID`: build the auditors' HTML report and print its path."""
from __future__ import annotations

import argparse

NAME = "report"
HELP = "build the auditors' HTML report"
DESCRIPTION = """\
Build the static data-quality report of one run at .local/reports/runs/<run_id>/index.html
(and the index of runs at .local/reports/index.html): sources and URLs fetched with their raw
sha256, row-count reconciliation raw -> staging -> marts, every check with threshold,
severity and result, quarantined rows, conflicts between sources, claims that differ from the
official rankings, and the trend of failures over runs. Prints the report's path.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--run-id", required=True, help="the run to report on")


def run(args: argparse.Namespace) -> int:
    from scrapers.quality.report import build_report
    from scrapers.settings import Settings

    print(build_report(Settings.from_env(), args.run_id))
    return 0
