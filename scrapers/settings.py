"""Typed configuration, read once from the environment.

Every knob has a default that works on a fresh clone (embedded PostgreSQL under
``.local/pg``, offline mode against the bundled snapshot served on loopback). Live mode
against the real sites is ``CCHC_MODE=live``: the same code, other hosts.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping

# The checkout (editable install); a non-editable install (docker/) sets CCHC_PROJECT_ROOT.
PROJECT_ROOT = Path(os.environ.get("CCHC_PROJECT_ROOT") or Path(__file__).resolve().parent.parent)


def _path(env: Mapping[str, str], key: str, default: Path) -> Path:
    value = env.get(key)
    return Path(value).expanduser().resolve() if value else default


@dataclass(frozen=True)
class Settings:
    """All configuration of the pipeline. Build with :meth:`from_env`."""

    project_root: Path = PROJECT_ROOT
    local_dir: Path = PROJECT_ROOT / ".local"
    # Database: CCHC_DATABASE_URL wins; otherwise the embedded cluster below.
    database_url: str | None = None
    pg_port: int = 55432
    pg_host: str = "127.0.0.1"
    pg_database: str = "cchc"
    pg_user: str = "cchc"
    pg_bin: str | None = None
    # Scraping
    mode: str = "offline"  # 'offline' (replay server on loopback) | 'live'
    replay_host: str = "127.0.0.1"
    replay_port: int = 8765
    raw_root: Path = PROJECT_ROOT / ".local" / "raw"
    user_agent: str = "cchc-warehouse/0.1 (+https://github.com/cchc-warehouse/cchc; open data research)"
    request_timeout_s: float = 20.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_retries: int = 4
    min_host_interval_s: float = 1.0
    # Cap on robots/registry crawl delays; None obeys them fully (live mode must).
    max_crawl_delay_s: float | None = None
    reports_dir: Path = PROJECT_ROOT / ".local" / "reports"
    sources_file: Path = PROJECT_ROOT / "scrapers" / "sources.yml"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        local = _path(env, "CCHC_LOCAL_DIR", PROJECT_ROOT / ".local")
        mode = env.get("CCHC_MODE", "offline").strip().lower()
        if mode not in ("offline", "live"):
            raise ValueError(f"CCHC_MODE must be 'offline' or 'live', not {mode!r}")
        return cls(
            local_dir=local,
            database_url=env.get("CCHC_DATABASE_URL") or None,
            pg_port=int(env.get("CCHC_PG_PORT", "55432")),
            pg_host=env.get("CCHC_PG_HOST", "127.0.0.1"),
            pg_database=env.get("CCHC_PG_DATABASE", "cchc"),
            pg_user=env.get("CCHC_PG_USER", "cchc"),
            pg_bin=env.get("PG_BIN") or None,
            mode=mode,
            replay_host=env.get("CCHC_REPLAY_HOST", "127.0.0.1"),
            replay_port=int(env.get("CCHC_REPLAY_PORT", "8765")),
            raw_root=_path(env, "CCHC_RAW_ROOT", local / "raw"),
            user_agent=env.get("CCHC_USER_AGENT", cls.user_agent),
            request_timeout_s=float(env.get("CCHC_REQUEST_TIMEOUT_S", "20")),
            max_body_bytes=int(env.get("CCHC_MAX_BODY_BYTES", str(10 * 1024 * 1024))),
            max_retries=int(env.get("CCHC_MAX_RETRIES", "4")),
            min_host_interval_s=float(env.get("CCHC_MIN_HOST_INTERVAL_S", "1.0")),
            max_crawl_delay_s=float(env["CCHC_MAX_CRAWL_DELAY_S"]) if env.get("CCHC_MAX_CRAWL_DELAY_S") else None,
            reports_dir=_path(env, "CCHC_REPORTS_DIR", local / "reports"),
            sources_file=_path(env, "CCHC_SOURCES_FILE", PROJECT_ROOT / "scrapers" / "sources.yml"),
        )

    @property
    def pg_dir(self) -> Path:
        return self.local_dir / "pg"

    @property
    def embedded(self) -> bool:
        """True when the project runs its own PostgreSQL cluster."""
        return self.database_url is None

    def dsn(self) -> str:
        """The warehouse connection string (embedded cluster's password read from .local)."""
        if self.database_url:
            return self.database_url
        from scrapers.localpg import embedded_dsn

        return embedded_dsn(self)

    def with_overrides(self, **kw) -> "Settings":
        return replace(self, **kw)
