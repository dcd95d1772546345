"""`cchc db`: start/stop the embedded cluster, apply migrations, print connection settings."""
from __future__ import annotations

import argparse
import shlex
import sys

from scrapers import localpg
from scrapers.db import DatabaseUnreachable, connect, dbt_profile_env, mask_dsn, upgrade
from scrapers.settings import Settings

NAME = "db"
HELP = "manage the warehouse database: up | down | status | upgrade | url | env"
DESCRIPTION = """\
Manage the warehouse database.

  up       start the embedded PostgreSQL (data in .local/pg, 127.0.0.1:$CCHC_PG_PORT,
           default 55432), create the database, apply migrations. Idempotent.
  down     stop the embedded cluster (pg_ctl stop on its recorded PID).
  status   say whether the warehouse is reachable.
  upgrade  apply pending raw/audit migrations (also run by the pipeline before loading).
  url      print the connection URL (password masked unless --show-password).
  env      print shell exports for dbt and Airflow (eval "$(cchc db env)").

With CCHC_DATABASE_URL set, nothing local is started: up/upgrade work on that server.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["up", "down", "status", "upgrade", "url", "env"])
    p.add_argument("--show-password", action="store_true", help="with 'url': print it unmasked")


def _fail(msg: str) -> int:
    print(f"cchc db: {msg}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    try:
        if args.action == "up":
            if settings.embedded:
                localpg.start(settings)
            with connect(settings) as conn:
                applied = upgrade(conn)
            print(f"warehouse ready at {mask_dsn(settings.dsn())}"
                  f" ({len(applied)} migration(s) applied)", file=sys.stderr)
        elif args.action == "down":
            if not settings.embedded:
                return _fail("CCHC_DATABASE_URL is set: this project did not start that server.")
            localpg.stop(settings)
        elif args.action == "status":
            with connect(settings) as conn:
                version = conn.execute("show server_version").fetchone()[0]
            print(f"up: {mask_dsn(settings.dsn())} (PostgreSQL {version})")
        elif args.action == "upgrade":
            with connect(settings) as conn:
                applied = upgrade(conn)
            print(f"applied: {', '.join(applied) or 'nothing (up to date)'}", file=sys.stderr)
        elif args.action == "url":
            dsn = settings.dsn()
            print(dsn if args.show_password else mask_dsn(dsn))
        elif args.action == "env":
            print(shell_exports(settings))
    except (localpg.LocalPgError, DatabaseUnreachable) as exc:
        return _fail(str(exc))
    return 0


def shell_exports(settings: Settings) -> str:
    """Exports that hand the one warehouse DSN to Airflow (connection) and dbt (profile)."""
    dsn = settings.dsn()
    pairs = {"AIRFLOW_CONN_CCHC_WAREHOUSE": dsn.replace("postgresql://", "postgres://", 1),
             **dbt_profile_env(dsn)}
    return "\n".join(f"export {k}={shlex.quote(v)}" for k, v in pairs.items())
