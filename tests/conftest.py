"""Shared fixtures: a fresh, migrated PostgreSQL database per test on the local cluster.

Integration tests never touch the demo database (`cchc`): each gets its own database
`cchc_t_<random>` created from the same server and dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT.parent / "shared" / "seeds"

os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
# Never let a bare `pytest` write Airflow state to ~/airflow: everything stays in .local/.
os.environ.setdefault("AIRFLOW_HOME", str(ROOT / ".local" / "airflow"))
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")


def _server_dsn(dbname: str) -> str:
    import psycopg

    from scrapers.settings import Settings

    dsn = Settings.from_env().dsn()
    info = psycopg.conninfo.conninfo_to_dict(dsn)
    info["dbname"] = dbname
    return psycopg.conninfo.make_conninfo(**info)


@pytest.fixture(scope="session")
def pg_admin_dsn() -> str:
    """DSN of the maintenance database; skips DB tests when no server is reachable."""
    import psycopg

    try:
        dsn = _server_dsn("postgres")
        with psycopg.connect(dsn, connect_timeout=5):
            pass
    except Exception as exc:  # no cluster: `make test` starts one, a bare pytest may not
        if os.environ.get("CI"):
            raise
        pytest.skip(f"no PostgreSQL reachable ({exc}); run `make up`")
    return dsn


@pytest.fixture
def fresh_db_dsn(pg_admin_dsn: str) -> Iterator[str]:
    """A new empty database with the raw/audit migrations applied; dropped after the test."""
    import psycopg
    from psycopg import sql

    from scrapers.db import upgrade

    name = f"cchc_t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    dsn = _server_dsn(name)
    try:
        with psycopg.connect(dsn) as conn:
            upgrade(conn)
        yield dsn
    finally:
        with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


@pytest.fixture
def warehouse(fresh_db_dsn: str):
    """A psycopg connection to a fresh migrated database."""
    import psycopg

    with psycopg.connect(fresh_db_dsn) as conn:
        yield conn


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS_DIR.exists():
        pytest.skip("../shared/seeds not present")
    return SEEDS_DIR
