"""`cchc scrape`: fetch sources into the raw zone and raw tables."""
from __future__ import annotations

import argparse
import logging
import sys
import uuid
from datetime import date, datetime, timezone

NAME = "scrape"
HELP = "fetch sources into the raw zone and raw tables"
DESCRIPTION = """\
Crawl the listing pages of the given sources (with pagination), fetch their articles
politely (robots.txt, crawl delays, retries) and keep every body in the raw zone, with
one raw.fetch_log row per attempt and one raw.pages row per distinct body. Offline mode
(CCHC_MODE=offline, the default) fetches from `cchc replay-server`. Progress goes to
stderr; the last line is the summary.
"""

log = logging.getLogger("scrapers.progress")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--source", action="append", metavar="ID", help="source id (repeatable)")
    who.add_argument("--all", action="store_true", help="every enabled source")
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="skip listed articles dated before this day (and stop paginating there)")
    parser.add_argument("--refetch", action="store_true", help="no conditional GET: download every page again")
    parser.add_argument("--run-id", default=None, help="run id stored in raw.fetch_log (default: generated)")


def run(args: argparse.Namespace) -> int:
    from scrapers.db import DatabaseUnreachable
    from scrapers.registry import RegistryError, load_registry
    from scrapers.scrape import Progress, scrape_sources
    from scrapers.settings import Settings

    settings = Settings.from_env()
    try:
        registry = load_registry(settings.sources_file)
        ids = None if args.all else args.source
        registry.select(ids)
    except (RegistryError, KeyError) as exc:
        print(f"cchc scrape: {exc}", file=sys.stderr)
        return 2
    run_id = args.run_id or f"scrape-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"

    def progress(p: Progress) -> None:
        s = p.summary
        log.info("[%s] %-9s %s  (fetched %d, unchanged %d, skipped %d, refused %d, failed %d)",
                 p.source_id, p.outcome, p.url, s.fetched, s.unchanged, s.skipped, s.refused, s.failed)

    try:
        summaries = scrape_sources(settings, ids, run_id, since=args.since, refetch=args.refetch,
                                   progress=progress, registry=registry)
    except DatabaseUnreachable as exc:
        print(f"cchc scrape: {exc}", file=sys.stderr)
        return 3
    for s in summaries:
        print(f"  {s.line()}", file=sys.stderr)
    tot = {k: sum(getattr(s, k) for s in summaries) for k in ("fetched", "unchanged", "skipped", "refused", "failed", "new_files")}
    print(f"scrape {run_id}: {len(summaries)} sources: {tot['fetched']} fetched, {tot['unchanged']} unchanged, "
          f"{tot['skipped']} skipped, {tot['refused']} refused, {tot['failed']} failed, "
          f"{tot['new_files']} new raw files", file=sys.stderr)
    return 1 if summaries and all(s.fetched + s.unchanged == 0 for s in summaries) else 0
