"""`cchc`: the command-line entry point.

Each subcommand lives in its own module under ``scrapers/commands/`` exposing
``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``. Modules are
imported lazily so ``cchc extract`` does not pay for Airflow, dbt or GX imports.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

# subcommand -> module under scrapers.commands (order = order in --help)
COMMANDS: dict[str, tuple[str, str]] = {
    "db": ("db", "manage the warehouse database: up/down/status/upgrade/url"),
    "replay-server": ("replay", "serve the bundled offline snapshot of the source sites on 127.0.0.1"),
    "scrape": ("scrape", "fetch sources into the raw zone and raw tables"),
    "parse": ("parse", "parse raw pages into articles (reads only the raw zone)"),
    "extract": ("extract", "extract facts (JSONL) from one article's text"),
    "load": ("load", "extract facts from parsed articles and load raw.facts"),
    "official": ("official", "parse national ranking tables (HTML/PDF) into raw.official_rankings"),
    "validate": ("validate", "run a Great Expectations suite for one stage"),
    "report": ("report", "build the auditors' HTML report"),
    "pipeline": ("pipeline", "run the whole nightly job without Airflow (for debugging)"),
}

EPILOG = """\
Configuration comes from the environment (see README, 'Configuration'):
  CCHC_DATABASE_URL   use an existing PostgreSQL instead of the embedded cluster
  CCHC_MODE           offline (default: bundled snapshot on 127.0.0.1) | live
  CCHC_RAW_ROOT       where fetched pages are kept (default .local/raw)
Run 'cchc COMMAND --help' for a command's own options.
"""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``cchc`` parser; with ``only``, just that subcommand's module is imported.

    ``cchc extract`` on one article should not import psycopg, Airflow or GX: a
    one-shot call pays every import in its wall time (the other commands then get
    a bare subparser that only carries their one-line help).
    """
    parser = argparse.ArgumentParser(
        prog="cchc",
        description="CCHC warehouse: scrape, parse, extract and load Vietnam's "
        "administrative-reform results.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if only is not None and name != only:
            sub.add_parser(name, help=help_text)
            continue
        module = importlib.import_module(f"scrapers.commands.{module_name}")
        p = sub.add_parser(
            name,
            help=getattr(module, "HELP", help_text),
            description=getattr(module, "DESCRIPTION", None) or getattr(module, "HELP", help_text),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The subcommand named in ``argv`` (the first word that is not an option), if any."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    command = _command_in(words)
    parser = build_parser(only=command or "")  # "": no module needed for the top-level help
    args = parser.parse_args(words)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
