"""Figures 5-7 plumbing: fill a raw zone with N synthetic pages, reparse it on a process pool.

The raw zone is filled directly (gzip files in the :class:`~scrapers.rawzone.RawZone`
layout plus one ``raw.pages`` row each, by COPY): that is fixture setup, not measured.
The measured part is the reparse backfill as the ``cchc_backfill`` DAG runs it: ``parse``
mapped over the sources, then ``extract`` mapped over the sources, each task a call of
:mod:`scrapers.pipeline` in a worker process; the pool has as many workers as cores.
Each task returns its process's peak RSS, so the figure shows what one worker needs.
"""
from __future__ import annotations

import gzip
import logging
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from benchmarks.common import current_rss_mb, peak_rss_mb
from benchmarks.synthetic import Corpus
from scrapers.rawzone import RawZone
from scrapers.records import sha256_hex
from scrapers.settings import Settings

FETCHED_AT = datetime(2024, 1, 15, tzinfo=timezone.utc)


def _write_range(args: tuple[int, int, int, str, int]) -> list[tuple]:
    """Worker: write pages [start, stop) of the corpus into the raw zone; return raw.pages rows."""
    n_hosts, seed, start, raw_root, stop = args
    corpus = Corpus(n_hosts, seed)
    zone = RawZone(raw_root)
    rows = []
    for i in range(start, stop):
        p = corpus.page(i)
        body = p.body_bytes
        sha = sha256_hex(body)
        rel = zone.relative_path(p.site.source_id, sha, FETCHED_AT)
        dest = Path(raw_root) / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(gzip.compress(body, compresslevel=6, mtime=0))
        rows.append((p.site.source_id, p.url, sha, rel, "text/html; charset=utf-8", "utf-8", len(body),
                     FETCHED_AT, FETCHED_AT))
    return rows


def populate(dsn: str, raw_root: Path, corpus: Corpus, start: int, stop: int, workers: int = 2) -> float:
    """Pages [start, stop) into the raw zone and raw.pages; returns seconds taken."""
    import psycopg

    t0 = time.perf_counter()
    step = 500
    chunks = [(len(corpus.sites), corpus.seed, a, str(raw_root), min(a + step, stop)) for a in range(start, stop, step)]
    with psycopg.connect(dsn) as conn, ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")) as pool:
        for rows in pool.map(_write_range, chunks):
            with conn.cursor() as cur, cur.copy(
                "copy raw.pages (source_id, url, sha256, raw_path, content_type, encoding, bytes,"
                " first_fetched_at, last_fetched_at) from stdin"
            ) as cp:
                for r in rows:
                    cp.write_row(r)
            conn.commit()
    return time.perf_counter() - t0


# ------------------------------------------------------------------ worker tasks


def _quiet() -> None:
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger().setLevel(logging.WARNING)


def parse_task(settings: Settings, source_id: str, run_id: str) -> dict:
    _quiet()
    from scrapers import pipeline

    t0 = time.perf_counter()
    out = pipeline.parse(settings, source_id, run_id, reparse=True)
    return {"pid": os.getpid(), "seconds": time.perf_counter() - t0, "rss_mb": peak_rss_mb(), "rss_now_mb": current_rss_mb(),
            "pages": out.get("pages", 0), "parsed": out.get("parsed", 0), "failed": out.get("failed", 0)}


def extract_task(settings: Settings, source_id: str, run_id: str) -> dict:
    _quiet()
    from scrapers import pipeline

    t0 = time.perf_counter()
    out = pipeline.extract(settings, source_id, run_id, reextract=True)
    return {"pid": os.getpid(), "seconds": time.perf_counter() - t0, "rss_mb": peak_rss_mb(), "rss_now_mb": current_rss_mb(),
            "articles": out.get("articles", 0), "facts": out.get("facts", 0), "failed": out.get("failed", 0)}


def baseline_task() -> dict:
    """Peak RSS of an idle worker after importing what the tasks import."""
    _quiet()
    import scrapers.extract  # noqa: F401
    import scrapers.parse  # noqa: F401
    import scrapers.pipeline  # noqa: F401
    import trafilatura  # noqa: F401

    return {"pid": os.getpid(), "rss_mb": peak_rss_mb()}


def reparse(settings: Settings, source_ids: list[str], run_id: str, workers: int = 2) -> dict:
    """Parse then extract every source with ``workers`` processes; wall, counts, peak RSS."""
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn")) as pool:
        parsed = list(pool.map(parse_task, [settings] * len(source_ids), source_ids, [run_id] * len(source_ids)))
        t_parse = time.perf_counter() - t0
        extracted = list(pool.map(extract_task, [settings] * len(source_ids), source_ids, [run_id] * len(source_ids)))
    wall = time.perf_counter() - t0
    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        base = [pool.submit(baseline_task).result()]
    rss = {}
    for r in parsed + extracted:
        rss[r["pid"]] = max(rss.get(r["pid"], 0.0), r["rss_mb"])
    return {
        "wall_s": wall, "parse_s": t_parse, "extract_s": wall - t_parse,
        "pages": sum(r["pages"] for r in parsed), "articles": sum(r["parsed"] for r in parsed),
        "parse_failed": sum(r["failed"] for r in parsed), "facts": sum(r["facts"] for r in extracted),
        "extract_failed": sum(r["failed"] for r in extracted),
        "peak_rss_mb": max(rss.values()) if rss else 0.0, "worker_rss_mb": sorted(rss.values()),
        "idle_worker_rss_mb": base[0]["rss_mb"], "workers": workers,
        "rss_after_tasks_mb": max(r["rss_now_mb"] for r in parsed + extracted),
    }
