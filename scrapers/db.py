"""Connections to the warehouse and the versioned raw/audit schema migrations."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import psycopg

from scrapers.settings import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
ROLE_PASSWORD_ENV = {
    "cchc_loader": "CCHC_LOADER_PASSWORD",
    "cchc_transformer": "CCHC_TRANSFORMER_PASSWORD",
    "bi_reader": "CCHC_BI_READER_PASSWORD",
}


class DatabaseUnreachable(RuntimeError):
    pass


def connect(settings: Settings | None = None, dsn: str | None = None, **kw) -> psycopg.Connection:
    """Open a connection (transactional: callers commit per batch)."""
    settings = settings or Settings.from_env()
    dsn = dsn or settings.dsn()
    try:
        return psycopg.connect(dsn, connect_timeout=10, **kw)
    except psycopg.OperationalError as exc:
        raise DatabaseUnreachable(
            f"Cannot reach the warehouse at {mask_dsn(dsn)}: {str(exc).strip()}\n"
            "Start the local cluster with `make up`, or check CCHC_DATABASE_URL."
        ) from exc


def mask_dsn(dsn: str) -> str:
    """The DSN with its password replaced, for logs and error messages."""
    info = psycopg.conninfo.conninfo_to_dict(dsn)
    if info.get("password"):
        info["password"] = "***"
    return psycopg.conninfo.make_conninfo(**info)


def dbt_profile_env(dsn: str) -> dict[str, str]:
    """The CCHC_DB_* variables dbt's profiles.yml reads, derived from the one warehouse DSN."""
    info = psycopg.conninfo.conninfo_to_dict(dsn)
    return {
        "CCHC_DB_HOST": str(info.get("host", "127.0.0.1")),
        "CCHC_DB_PORT": str(info.get("port", "5432")),
        "CCHC_DB_USER": str(info.get("user", "")),
        "CCHC_DB_PASSWORD": str(info.get("password", "")),
        "CCHC_DB_NAME": str(info.get("dbname", "")),
    }


def migration_files() -> list[Path]:
    return sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql"))


def upgrade(conn: psycopg.Connection) -> list[str]:
    """Apply pending migrations in order, each in its own transaction; returns those applied.

    Idempotent: applied versions are recorded in public.cchc_schema_migrations, and
    the migrations themselves use IF NOT EXISTS so a half-applied legacy schema heals.
    """
    conn.execute(
        "create table if not exists public.cchc_schema_migrations ("
        " version text primary key, applied_at timestamptz not null default now())"
    )
    conn.commit()
    done = {r[0] for r in conn.execute("select version from public.cchc_schema_migrations")}
    applied = []
    for f in migration_files():
        version = f.stem
        if version in done:
            continue
        log.info("applying migration %s", version)
        with conn.transaction():
            conn.execute(f.read_text(encoding="utf-8"))
            conn.execute("insert into public.cchc_schema_migrations (version) values (%s)", (version,))
        applied.append(version)
    conn.commit()
    _set_role_passwords(conn)
    return applied


def _set_role_passwords(conn: psycopg.Connection) -> None:
    """Give a role LOGIN and a password only when its password is in the environment."""
    from psycopg import sql

    for role, var in ROLE_PASSWORD_ENV.items():
        pw = os.environ.get(var)
        if pw:
            conn.execute(sql.SQL("alter role {} login password {}").format(sql.Identifier(role), sql.Literal(pw)))
    conn.commit()
