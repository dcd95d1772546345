"""Shared benchmark plumbing: throwaway databases, isolated settings, RSS, timing."""
from __future__ import annotations

import contextlib
import os
import resource
import time
import uuid
from pathlib import Path
from typing import Iterator

from scrapers.settings import Settings


def server_dsn(dbname: str) -> str:
    """The DSN of ``dbname`` on the project's server (same host, port, user as the demo)."""
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(Settings.from_env().dsn())
    info["dbname"] = dbname
    return psycopg.conninfo.make_conninfo(**info)


@contextlib.contextmanager
def bench_database(tag: str = "") -> Iterator[str]:
    """A new migrated database ``cchc_bench_<random>``, dropped afterwards (never the demo's ``cchc``)."""
    import psycopg
    from psycopg import sql

    from scrapers.db import upgrade

    admin_dsn = server_dsn("postgres")
    name = f"cchc_bench_{tag}{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    dsn = server_dsn(name)
    try:
        with psycopg.connect(dsn) as conn:
            upgrade(conn)
        yield dsn
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def bench_settings(dsn: str, work: Path, **overrides) -> Settings:
    """Settings pointing every writable path into ``work`` and the database at ``dsn``."""
    work.mkdir(parents=True, exist_ok=True)
    base = Settings.from_env()
    kw = dict(database_url=dsn, local_dir=work / "local", raw_root=work / "raw", reports_dir=work / "reports",
              mode="offline")
    kw.update(overrides)
    return base.with_overrides(**kw)


def isolate_dbt(work: Path) -> None:
    """dbt writes target/ and logs/ under ``work`` (others may be using dbt_project/target)."""
    os.environ["DBT_TARGET_PATH"] = str(work / "dbt-target")
    os.environ["DBT_LOG_PATH"] = str(work / "dbt-logs")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


def peak_rss_mb() -> float:
    """Peak resident set size of this process image: VmHWM (reset at exec, so a spawned worker
    does not inherit its parent's peak as ru_maxrss does); ru_maxrss where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class Timer:
    def __enter__(self) -> "Timer":
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.s = time.perf_counter() - self.t0


def current_rss_mb() -> float:
    """VmRSS of this process now (Linux /proc), 0 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


@contextlib.contextmanager
def quiet_stdout(log_file: Path) -> Iterator[None]:
    """Send this process's (and its children's) stdout to ``log_file`` (dbt prints every node)."""
    import sys

    log_file.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    saved = os.dup(1)
    with open(log_file, "ab") as fh:
        os.dup2(fh.fileno(), 1)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
