"""The GX File Data Context: materialised under ``.local/gx`` (never in the repo).

Layout: ``<local_dir>/gx/gx/great_expectations.yml``, suites, validation definitions,
checkpoints and results beside it, Data Docs at
``<local_dir>/gx/gx/uncommitted/data_docs/local_site/index.html``.

The postgres datasource's connection string is ``${CCHC_GX_DSN}``, resolved from this
process's environment at run time: the password is never written into the context files.
GX is imported here, lazily: it takes seconds and logs hundreds of lines at import.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from scrapers.settings import Settings

DATASOURCE = "warehouse"
DSN_ENV = "CCHC_GX_DSN"
_QUIET = ("great_expectations", "great_expectations._docs_decorators", "great_expectations.core",
          "great_expectations.data_context", "great_expectations.expectations",
          "great_expectations.execution_engine", "great_expectations.validator")


def gx_root(settings: Settings) -> Path:
    return settings.local_dir / "gx"


def data_docs_index(settings: Settings) -> Path:
    return gx_root(settings) / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


def sqlalchemy_url(dsn: str) -> str:
    """A libpq DSN (URL or key=value) as a SQLAlchemy psycopg2 URL."""
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(dsn)
    user = quote(info.get("user") or "", safe="")
    password = info.get("password")
    auth = f"{user}:{quote(password, safe='')}@" if password else (f"{user}@" if user else "")
    host = info.get("host") or "127.0.0.1"
    port = f":{info['port']}" if info.get("port") else ""
    url = f"postgresql+psycopg2://{auth}{host}{port}/{quote(info.get('dbname') or '', safe='')}"
    if host.startswith("/"):  # unix socket directory
        url = f"postgresql+psycopg2://{auth}/{quote(info.get('dbname') or '', safe='')}?host={quote(host)}"
        if info.get("port"):
            url += f"&port={info['port']}"
    return url


def quiet_gx() -> None:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)


@contextlib.contextmanager
def context_lock(settings: Settings) -> Iterator[None]:
    """Serialise use of the shared context directory across processes."""
    root = gx_root(settings)
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def get_context(settings: Settings, dsn: str):
    """The File Data Context with the warehouse datasource pointing at ``dsn``."""
    quiet_gx()
    os.environ[DSN_ENV] = sqlalchemy_url(dsn)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="file", project_root_dir=str(gx_root(settings)))
    bars = context.variables.progress_bars
    enabled = bars.get("globally", True) if isinstance(bars, dict) else getattr(bars, "globally", True)
    if bars is None or enabled:
        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        context.variables.save()
    try:
        context.data_sources.get(DATASOURCE)
    except (KeyError, ValueError, LookupError):
        context.data_sources.add_postgres(name=DATASOURCE, connection_string="${" + DSN_ENV + "}")
    return context
