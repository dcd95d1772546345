"""`cchc parse`: raw pages -> raw.articles, reading only the raw zone."""
from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

NAME = "parse"
HELP = "parse raw pages into articles (reads only the raw zone)"
DESCRIPTION = """\
Parse raw pages not parsed yet (or, with --reparse, every page fetched in the date range)
into raw.articles. Bodies are read from the raw zone, never from the network, so a
reparse or backfill works offline. Pages that fail are quarantined with the reason;
articles not about administrative reform are counted and skipped.
"""

log = logging.getLogger("scrapers.progress")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source", action="append", metavar="ID", help="source id (repeatable; default all)")
    parser.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD", help="pages fetched on/after")
    parser.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="pages first fetched on/before")
    parser.add_argument("--reparse", action="store_true", help="parse again even pages already parsed")


def run(args: argparse.Namespace) -> int:
    from scrapers.db import DatabaseUnreachable, connect
    from scrapers.parse import ParseSummary, parse_pages
    from scrapers.registry import RegistryError, load_registry
    from scrapers.settings import Settings

    settings = Settings.from_env()
    try:
        registry = load_registry(settings.sources_file)
        for sid in args.source or []:
            registry.get(sid)
    except (RegistryError, KeyError) as exc:
        print(f"cchc parse: {exc}", file=sys.stderr)
        return 2

    def progress(s: ParseSummary) -> None:
        if s.pages % 25 == 0:
            log.info("parse: %d pages (%d articles, %d skipped, %d quarantined)", s.pages, s.parsed,
                     s.irrelevant + s.not_article, s.failed)

    try:
        with connect(settings) as conn:
            summary = parse_pages(settings, conn, args.source, args.since, args.until, args.reparse,
                                  progress=progress, registry=registry)
    except DatabaseUnreachable as exc:
        print(f"cchc parse: {exc}", file=sys.stderr)
        return 3
    print(summary.line(), file=sys.stderr)
    return 0
