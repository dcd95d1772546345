"""The cchc_nightly DAG end to end: `airflow dags test` against the replay server and PostgreSQL.

One throwaway database, Airflow home, raw zone and reports folder for the module; the DAG
runs three times: clean, clean again (idempotent), and with one source answering 500s.
"""
from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


def _dsn_for(admin_dsn: str, dbname: str) -> str:
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(admin_dsn)
    info["dbname"] = dbname
    return psycopg.conninfo.make_conninfo(**info)


def _url(dsn: str) -> str:
    from urllib.parse import quote

    import psycopg

    i = psycopg.conninfo.conninfo_to_dict(dsn)
    return (f"postgresql://{quote(i['user'])}:{quote(i.get('password', ''), safe='')}"
            f"@{i.get('host', '127.0.0.1')}:{i.get('port', 5432)}/{i['dbname']}")


@pytest.fixture(scope="module")
def e2e_env(pg_admin_dsn, tmp_path_factory):
    import psycopg
    from psycopg import sql

    from scrapers.db import dbt_profile_env

    name = f"cchc_e2e_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("create database {}").format(sql.Identifier(name)))
    dsn = _dsn_for(pg_admin_dsn, name)
    base = tmp_path_factory.mktemp("e2e")
    env = dict(os.environ)
    env.update({
        "AIRFLOW_HOME": str(base / "airflow"),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{base / 'airflow' / 'airflow.db'}",
        "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__COSMOS__CACHE_DIR": str(base / "cosmos"),
        "AIRFLOW_CONN_CCHC_WAREHOUSE": _url(dsn).replace("postgresql://", "postgres://", 1),
        "CCHC_DATABASE_URL": _url(dsn),
        **dbt_profile_env(dsn),
        "CCHC_LOCAL_DIR": str(base / "local"),
        "CCHC_MODE": "offline",
        "CCHC_MAX_CRAWL_DELAY_S": "0.05", "CCHC_MIN_HOST_INTERVAL_S": "0.05",
        "CCHC_MAX_RETRIES": "1", "CCHC_TASK_RETRIES": "1", "CCHC_RETRY_DELAY_S": "1",
        "DBT_PROJECT_DIR": str(ROOT / "dbt_project"), "DBT_PROFILES_DIR": str(ROOT / "dbt_project"),
    })
    (base / "airflow").mkdir()
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}:{env['PATH']}"
    subprocess.run(["airflow", "db", "migrate"], env=env, check=True, capture_output=True, cwd=ROOT)
    subprocess.run(["dbt", "parse", "--quiet"], env=env, check=True, capture_output=True, cwd=ROOT / "dbt_project")
    yield env, dsn
    with psycopg.connect(pg_admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("drop database if exists {} with (force)").format(sql.Identifier(name)))


def _run_dag(env: dict, faults: str | None = None, dbt_render: str = "cosmos") -> subprocess.CompletedProcess:
    """One `airflow dags test cchc_nightly`. The first run renders dbt per node with Cosmos
    (what ships); reruns may use one `dbt build` task to keep the suite short."""
    from scrapers.replay import ReplayServer

    with ReplayServer(faults=faults) as srv:
        run_env = {**env, "CCHC_REPLAY_PORT": str(srv.port), "CCHC_DBT_RENDER": dbt_render}
        proc = subprocess.run(["airflow", "dags", "test", "cchc_nightly"], env=run_env, cwd=ROOT,
                              capture_output=True, text=True, timeout=900)
    logs = ROOT / ".local" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    (logs / f"e2e-nightly-{uuid.uuid4().hex[:6]}.log").write_text(proc.stdout + proc.stderr)
    return proc


def _mart_counts(dsn: str) -> dict[str, int]:
    import psycopg
    from psycopg import sql

    with psycopg.connect(dsn) as conn:
        tables = [r[0] for r in conn.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1")]
        return {t: conn.execute(sql.SQL("select count(*) from marts.{}").format(sql.Identifier(t))).fetchone()[0]
                for t in tables}


@pytest.fixture(scope="module")
def first_run(e2e_env):
    env, dsn = e2e_env
    proc = _run_dag(env)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-6000:]
    return dsn


def test_nightly_loads_the_seed_facts_into_the_marts(first_run):
    import psycopg

    with psycopg.connect(first_run) as conn:
        par = conn.execute(
            "select score, rank, rank_of, prev_score, prev_rank from marts.fct_index_results"
            " where province = 'Long An' and index_code = 'PAR_INDEX' and year = 2022 and component is null"
        ).fetchone()
        assert tuple(float(x) if x is not None else None for x in par) == (87.42, 8, 63, 87.2, 22)
        components = conn.execute(
            "select count(*) from marts.fct_index_results where province = 'Long An'"
            " and index_code = 'PAR_INDEX' and year = 2022 and component is not null").fetchone()[0]
        assert components == 7
        tg = dict(conn.execute(
            "select index_code, rank from marts.fct_index_results where province = 'Tiền Giang'"
            " and year = 2022 and component is null").fetchall())
        assert tg == {"PAR_INDEX": 53, "PAPI": 45, "DTI": 20}
        qn = conn.execute("select score, rank from marts.fct_index_results where province = 'Quảng Ninh'"
                          " and index_code = 'PAR_INDEX' and year = 2022").fetchone()
        assert (float(qn[0]), qn[1]) == (90.1, 1)
        assert conn.execute("select done, total, period from marts.fct_task_progress where province = 'Trà Vinh'"
                            ).fetchone() == (32, 38, "2023-10M")
        d = conn.execute("select received, resolved, early_pct, on_time_pct, late_pct from marts.fct_dossier_stats"
                         " where province = 'Long An' and period = '2022'").fetchone()
        assert (d[0], d[1], float(d[2]), float(d[3]), float(d[4])) == (987406, 967527, 55.19, 44.43, 0.39)


def test_the_run_is_audited(first_run):
    import psycopg

    with psycopg.connect(first_run) as conn:
        stages = {r[0] for r in conn.execute("select distinct stage from audit.validation_results")}
        assert {"fetch_log", "articles", "facts", "marts"} <= stages
        failed = conn.execute("select count(*) from audit.validation_results where severity = 'critical'"
                              " and not success").fetchone()[0]
        assert failed == 0
        assert conn.execute("select status from audit.runs").fetchone()[0] == "success"


def test_second_run_changes_no_mart_row_count(first_run, e2e_env):
    env, dsn = e2e_env
    before = _mart_counts(dsn)
    proc = _run_dag(env, dbt_render="single")
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-6000:]
    assert _mart_counts(dsn) == before
    import psycopg

    with psycopg.connect(dsn) as conn:  # the second crawl found every page unchanged
        outcomes = dict(conn.execute(
            "select outcome, count(*) from raw.fetch_log where run_id = (select run_id from audit.runs"
            " order by started_at desc limit 1) group by 1").fetchall())
    assert outcomes.get("fetched", 0) == 0 and outcomes.get("unchanged", 0) > 0


def test_a_failing_source_fails_alone_and_loses_nothing(first_run, e2e_env):
    import psycopg

    env, dsn = e2e_env
    with psycopg.connect(dsn) as conn:
        pages_before = conn.execute("select count(*) from raw.pages").fetchone()[0]
        fact_ids_before = {r[0] for r in conn.execute("select fact_id from raw.facts")}
    marts_before = _mart_counts(dsn)
    proc = _run_dag(env, faults="tiengiang.gov.vn:status=500,retry_after=0", dbt_render="single")
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, "the run must report the failed source"
    with psycopg.connect(dsn) as conn:
        run_id = conn.execute("select run_id from audit.runs order by started_at desc limit 1").fetchone()[0]
        failures = conn.execute("select task_id, error from audit.task_failures where run_id = %s",
                                (run_id,)).fetchall()
        assert any(t == "scrape" and "tiengiang" in e for t, e in failures), failures
        # the other sources were crawled in this run
        others = conn.execute("select count(distinct source_id) from raw.fetch_log where run_id = %s"
                              " and outcome in ('fetched', 'unchanged')", (run_id,)).fetchone()[0]
        assert others >= 5, out[-3000:]
        assert conn.execute("select count(*) from raw.pages").fetchone()[0] == pages_before
        # nothing loaded before is lost (a newer extractor version may add rows beside them)
        assert fact_ids_before <= {r[0] for r in conn.execute("select fact_id from raw.facts")}
    assert _mart_counts(dsn) == marts_before
