"""Crashes: a loader killed (kill -9) between and in the middle of batches, the database
connection terminated mid-run (the effect of a PostgreSQL restart, without restarting
the shared cluster), the raw zone's disk failing. Each time a plain rerun must end with
exactly the rows and raw files of an undisturbed run: none lost, none duplicated."""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timezone

import psycopg
import pytest

from .conftest import ROOT, HOST_A, article_body, standard_site

pytestmark = [pytest.mark.reliability, pytest.mark.integration, pytest.mark.timeout(120)]

N_ARTICLES = 8


def _seed_articles(dsn: str, n: int = N_ARTICLES) -> None:
    from scrapers.load import upsert_articles
    from scrapers.records import ArticleRecord, sha256_hex

    now = datetime.now(timezone.utc)
    recs = []
    for i in range(1, n + 1):
        body = article_body(i, score=f"8{i % 10},{10 + i}", rank=i)
        url = f"https://{HOST_A}/bai/{i}"
        recs.append(ArticleRecord("tinh_a", url, sha256_hex(body), f"Cải cách hành chính {i}", body,
                                  date(2023, 11, 14), "bs4:generic", "1.0.0", now))
    with psycopg.connect(dsn) as c:
        upsert_articles(c, recs)


def _expected_fact_ids(dsn: str) -> set[str]:
    """What an undisturbed extraction yields (computed directly, not through the loader)."""
    from scrapers.extract import EXTRACTOR_VERSION, extract_facts
    from scrapers.extract_stage import article_text
    from scrapers.load import fact_id_for

    out = set()
    with psycopg.connect(dsn) as c:
        for aid, url, title, body, pub in c.execute(
                "select article_id, url, title, body, published_on from raw.articles"):
            for f in extract_facts(article_text(title, body), url=url, published=pub):
                out.add(fact_id_for(aid, EXTRACTOR_VERSION, f))
    return out


def _facts_state(dsn: str) -> tuple[set[str], int, int, int]:
    with psycopg.connect(dsn, autocommit=True) as c:
        ids = [r[0] for r in c.execute("select fact_id from raw.facts")]
        dup = c.execute("select count(*) - count(distinct (article_id, extractor_version, payload))"
                        " from raw.facts").fetchone()[0]
        ext = c.execute("select count(*) from raw.extractions").fetchone()[0]
        arts = c.execute("select count(*) from raw.articles").fetchone()[0]
    return set(ids), len(ids) - len(set(ids)) + dup, ext, arts


_LOADER_CHILD = textwrap.dedent("""
    import sys, time
    import scrapers.extract_stage as es
    import scrapers.load as ld
    from scrapers.cli import main

    mode = sys.argv[1]
    es.BATCH = 2  # 4 batches of 2 articles
    calls = {"extract": 0, "load": 0, "articles": []}

    def park(tag):
        print(tag, flush=True)
        time.sleep(120)  # the parent kill -9s us here

    import scrapers.extract as ex  # extract_stage imports extract_facts from here at call time
    orig_extract, orig_load, orig_row = ex.extract_facts, es.load_facts, ld.fact_row

    def extract_facts(*a, **kw):
        calls["extract"] += 1
        if mode == "between" and calls["extract"] == 3:  # batch 1 committed, batch 2 not begun
            park("BETWEEN")
        return orig_extract(*a, **kw)

    def fact_row(article_id, version, fact):
        if article_id not in calls["articles"]:
            calls["articles"].append(article_id)
        if mode == "mid_transaction" and len(calls["articles"]) == 4:  # batch 2: 1 article written, uncommitted
            park("MID")
        return orig_row(article_id, version, fact)

    def load_facts(conn, items):
        n = orig_load(conn, items)
        calls["load"] += 1
        if mode == "after_facts_commit" and calls["load"] == 2:  # facts committed, markers not
            park("COMMITTED")
        return n

    ex.extract_facts = extract_facts
    ld.fact_row = fact_row
    es.load_facts = load_facts
    sys.exit(main(["load", "--run-id", "killed"]))
""")


@pytest.mark.parametrize("when", ["between", "mid_transaction", "after_facts_commit"])
def test_loader_killed(rig, score, when, tmp_path):
    """`cchc load` in a subprocess, kill -9 at a chosen point, then `cchc load` again."""
    _seed_articles(rig.dsn)
    expected = _expected_fact_ids(rig.dsn)
    assert len(expected) >= 2 * N_ARTICLES
    env = {**os.environ, "CCHC_DATABASE_URL": rig.dsn, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", _LOADER_CHILD, when], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line in ("BETWEEN", "MID", "COMMITTED"), (line, child.stderr.read() if child.poll() is not None else "")
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    partial, _, ext_partial, _ = _facts_state(rig.dsn)
    assert 0 < len(partial) < len(expected) or when == "mid_transaction", "the kill did not interrupt the run"

    out = subprocess.run([sys.executable, "-m", "scrapers.cli", "load", "--run-id", "rerun"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    ids, dup, ext, arts = _facts_state(rig.dsn)
    score.measure(lost=len(expected - ids) + (arts - ext), dup=dup + len(ids - expected))
    assert out.returncode == 0, out.stderr[-2000:]
    assert ids == expected and dup == 0
    assert ext == arts == N_ARTICLES  # every article marked extracted exactly once
    assert ext_partial < N_ARTICLES


def test_loader_exception_in_a_batch_then_rerun(rig, score, monkeypatch):
    """An exception injected into the 3rd batch's load, in process; the rerun finishes the job."""
    import scrapers.extract_stage as es

    _seed_articles(rig.dsn)
    expected = _expected_fact_ids(rig.dsn)
    monkeypatch.setattr(es, "BATCH", 2)
    real = es.load_facts
    calls = {"n": 0}

    def failing(conn, items):
        calls["n"] += 1
        if calls["n"] == 3:
            list(items)
            raise RuntimeError("injected: loader died in batch 3")
        return real(conn, items)

    monkeypatch.setattr(es, "load_facts", failing)
    with psycopg.connect(rig.dsn) as c, pytest.raises(RuntimeError, match="injected"):
        es.extract_articles(c, run_id="r1")
    partial, _, _, _ = _facts_state(rig.dsn)
    monkeypatch.setattr(es, "load_facts", real)
    with psycopg.connect(rig.dsn) as c:
        es.extract_articles(c, run_id="r2")
    ids, dup, ext, arts = _facts_state(rig.dsn)
    score.measure(lost=len(expected - ids) + (arts - ext), dup=dup + len(ids - expected))
    assert 0 < len(partial) < len(expected)
    assert ids == expected and dup == 0 and ext == arts == N_ARTICLES


def test_parse_loader_exception_mid_run_then_rerun(rig, score, monkeypatch):
    import scrapers.load as ld
    import scrapers.parse as parse_mod

    urls = standard_site(rig.root, n=7)
    rig.start()
    rig.scrape("run-1")
    monkeypatch.setattr(parse_mod, "BATCH_SIZE", 2)
    real = ld.upsert_articles
    calls = {"n": 0}

    def failing(conn, recs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise psycopg.OperationalError("injected: server closed the connection unexpectedly")
        return real(conn, recs)

    monkeypatch.setattr(ld, "upsert_articles", failing)
    with psycopg.connect(rig.dsn) as c, pytest.raises(psycopg.OperationalError):
        rig.parse(conn=c)
    partial = rig.integrity()["articles"]
    monkeypatch.setattr(ld, "upsert_articles", real)
    with psycopg.connect(rig.dsn) as c:
        rig.parse(conn=c)
    integ = rig.integrity()
    score.measure(lost=len(urls) - integ["articles"], dup=integ["duplicates"])
    assert 0 < partial < len(urls)
    assert integ["articles"] == len(urls) and integ["duplicates"] == 0


_SCRAPER_CHILD = textwrap.dedent("""
    import pickle, sys, time
    import psycopg
    from scrapers.fetch import Fetcher
    from scrapers.scrape import scrape_source

    d = pickle.loads(open(sys.argv[1], "rb").read())
    kill_at = int(sys.argv[2])
    seen = {"n": 0}

    def progress(p):
        seen["n"] += 1
        if seen["n"] == kill_at:
            print("KILLME", flush=True)
            time.sleep(120)

    fetcher = Fetcher(d["settings"], d["registry"], d["options"])
    with psycopg.connect(d["dsn"]) as conn:
        scrape_source(d["settings"], d["registry"].sources[0].id, "run-killed", progress=progress, conn=conn,
                      fetcher=fetcher, registry=d["registry"])
""")


def test_scraper_killed_mid_crawl_then_rerun(rig, score, tmp_path):
    """kill -9 after 25 of 31 pages: 20 were flushed to raw.pages, 5 raw files have no row yet."""
    urls = standard_site(rig.root, n=30)
    rig.start()
    spec = rig.pickle_to(tmp_path / "rig.pickle")
    child = subprocess.Popen([sys.executable, "-c", _SCRAPER_CHILD, str(spec), "25"], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline().strip()
        assert line == "KILLME", child.stderr.read() if child.poll() is not None else line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=10)
    mid = rig.integrity()
    assert mid["files_without_row"] > 0 and 0 < mid["pages"] < 31, mid  # really interrupted
    rig.scrape("run-2")
    rig.parse()
    integ = rig.integrity()
    score.measure(lost=len(set(urls) - rig.page_urls()) + integ["rows_without_file"] + integ["files_without_row"],
                  dup=integ["duplicates"])
    assert set(urls) <= rig.page_urls()
    assert integ["pages"] == integ["files"] == 31 and integ["articles"] == 30
    assert integ["duplicates"] == 0 and integ["files_without_row"] == 0 and integ["tmp_files"] == 0


def _terminate(admin, conn) -> None:
    pid = conn.info.backend_pid
    assert admin.execute("select pg_terminate_backend(%s)", (pid,)).fetchone()[0]


def test_db_connection_killed_during_scrape(rig, score, admin):
    """pg_terminate_backend on the scraper's connection mid-crawl (what a server restart does to it)."""
    from scrapers.scrape import scrape_sources

    urls = standard_site(rig.root, n=6)
    rig.start()
    victim = psycopg.connect(rig.dsn)
    seen = {"n": 0}

    def progress(p):
        seen["n"] += 1
        if seen["n"] == 3:
            _terminate(admin, victim)

    try:
        [s] = scrape_sources(rig.settings, ["tinh_a"], "run-1", progress=progress, conn=victim,
                             fetcher=rig.fetcher, registry=rig.registry)
    finally:
        victim.close()
    assert s.failed and s.errors, s  # the source aborted on the dead connection
    rig.scrape("run-2")
    rig.parse()
    integ = rig.integrity()
    score.measure(lost=len(set(urls) - rig.page_urls()) + integ["files_without_row"], dup=integ["duplicates"])
    assert set(urls) <= rig.page_urls()
    assert integ["pages"] == integ["files"] == 7 and integ["articles"] == 6 and integ["duplicates"] == 0


def test_db_connection_killed_during_load(rig, score, admin, monkeypatch):
    import scrapers.extract_stage as es

    _seed_articles(rig.dsn)
    expected = _expected_fact_ids(rig.dsn)
    monkeypatch.setattr(es, "BATCH", 2)
    victim = psycopg.connect(rig.dsn)
    try:
        with pytest.raises(psycopg.OperationalError):
            es.extract_articles(victim, run_id="r1", progress=lambda s: s.articles == 4 and _terminate(admin, victim))
    finally:
        victim.close()
    partial, _, _, _ = _facts_state(rig.dsn)
    with psycopg.connect(rig.dsn) as c:
        es.extract_articles(c, run_id="r2")
    ids, dup, ext, arts = _facts_state(rig.dsn)
    score.measure(lost=len(expected - ids) + (arts - ext), dup=dup + len(ids - expected))
    assert 0 < len(partial) < len(expected)
    assert ids == expected and dup == 0 and ext == arts == N_ARTICLES


def test_db_connection_killed_during_parse(rig, score, admin, monkeypatch):
    import scrapers.parse as parse_mod

    urls = standard_site(rig.root, n=7)
    rig.start()
    rig.scrape("run-1")
    monkeypatch.setattr(parse_mod, "BATCH_SIZE", 2)
    victim = psycopg.connect(rig.dsn)
    try:
        with pytest.raises(psycopg.OperationalError):
            rig.parse(conn=victim, progress=lambda s: s.pages == 5 and _terminate(admin, victim))
    finally:
        victim.close()
    partial = rig.integrity()["articles"]
    rig.parse()
    integ = rig.integrity()
    score.measure(lost=len(urls) - integ["articles"], dup=integ["duplicates"])
    assert 0 < partial < len(urls)
    assert integ["articles"] == len(urls) and integ["duplicates"] == 0


def test_raw_zone_disk_write_fails(rig, score, monkeypatch):
    """ENOSPC from the raw zone after 3 bodies: the source aborts; the rerun completes it."""
    import scrapers.rawzone as rz

    urls = standard_site(rig.root, n=6)
    rig.start()
    real_fsync = rz.os.fsync
    calls = {"n": 0}

    def full_disk(fd):
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(errno.ENOSPC, "No space left on device (injected)")
        return real_fsync(fd)

    monkeypatch.setattr(rz.os, "fsync", full_disk)
    [s] = rig.scrape("run-1")
    monkeypatch.setattr(rz.os, "fsync", real_fsync)
    mid = rig.integrity()
    assert s.failed and "No space left" in " ".join(s.errors), s
    assert mid["files"] == 3 and mid["tmp_files"] == 0 and mid["rows_without_file"] == 0, mid
    rig.scrape("run-2")
    rig.parse()
    integ = rig.integrity()
    score.measure(lost=len(set(urls) - rig.page_urls()) + integ["rows_without_file"], dup=integ["duplicates"])
    assert set(urls) <= rig.page_urls()
    assert integ["pages"] == integ["files"] == 7 and integ["articles"] == 6
    assert integ["duplicates"] == 0 and integ["files_without_row"] == 0 and integ["tmp_files"] == 0
