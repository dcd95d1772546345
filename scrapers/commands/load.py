"""`cchc load`: extract facts from parsed articles (raw.articles) and load raw.facts."""
from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timezone

from scrapers.settings import Settings

NAME = "load"
HELP = "extract facts from parsed articles and load raw.facts (no network)"
DESCRIPTION = """\
Run the fact extractor over articles already parsed into raw.articles and load the
facts into raw.facts, batch by batch (one transaction per batch; idempotent).

An article is extracted once per extractor version; --reextract redoes the selection
(e.g. after the extractor improved). Examples:
  cchc load                                   # whatever is new
  cchc load --source travinh --since 2023-01-01 --until 2023-12-31 --reextract
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", action="append", dest="sources", metavar="ID")
    p.add_argument("--since", type=date.fromisoformat, help="first published date (YYYY-MM-DD)")
    p.add_argument("--until", type=date.fromisoformat, help="last published date (YYYY-MM-DD)")
    p.add_argument("--reextract", action="store_true", help="extract again articles already done by this version")
    p.add_argument("--run-id", default=None)


def run(args: argparse.Namespace) -> int:
    from scrapers.db import DatabaseUnreachable, connect
    from scrapers.extract_stage import extract_articles

    run_id = args.run_id or "cli__" + datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")

    def progress(s) -> None:
        print(f"\r{s.line()}", end="", file=sys.stderr, flush=True)

    try:
        with connect(Settings.from_env()) as conn:
            summary = extract_articles(conn, run_id=run_id, source_ids=args.sources, since=args.since,
                                       until=args.until, reextract=args.reextract, progress=progress)
    except DatabaseUnreachable as exc:
        print(f"cchc load: {exc}", file=sys.stderr)
        return 1
    print(f"\n{summary.line()}", file=sys.stderr)
    return 1 if summary.failed else 0
