"""Access: the BI role reads marts only; no secret in the repository or in logs; the
Airflow UI binds to loopback by default."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import psycopg
import pytest
from psycopg import errors, sql

from .conftest import ROOT

pytestmark = [pytest.mark.reliability, pytest.mark.integration, pytest.mark.timeout(120)]

MACRO = ROOT / "dbt_project" / "macros" / "grant_marts_to_bi_reader.sql"


def _on_run_end_grants(role: str = "bi_reader", schema: str = "marts") -> str:
    """The SQL dbt's on-run-end hook runs (dbt_project.yml -> grant_marts_to_bi_reader)."""
    assert "grant_marts_to_bi_reader" in (ROOT / "dbt_project" / "dbt_project.yml").read_text()
    text = MACRO.read_text(encoding="utf-8")
    body = text.split("{% set sql %}", 1)[1].split("{% endset %}", 1)[0]
    return body.replace("{{ role }}", role).replace("{{ schema }}", schema)


def test_bi_reader_reads_marts_only_and_writes_nowhere(warehouse, score):
    c = warehouse
    c.autocommit = True
    c.execute("insert into raw.sources (source_id, name, kind, base_url, enabled)"
              " values ('s', 'S', 'provincial_portal', 'https://s.gov.vn/', true)")
    c.execute("insert into audit.runs (run_id, trigger) values ('r', 'test')")
    has_marts = c.execute("select count(*) from pg_namespace where nspname = 'marts'").fetchone()[0]
    if not has_marts:  # stand-in for what dbt builds in a fresh database
        c.execute("create schema marts")
        c.execute("create table marts.fct_index_results (province text, score numeric)")
        c.execute("insert into marts.fct_index_results values ('Trà Vinh', 85.12)")
    c.execute(_on_run_end_grants())
    mart = c.execute("select table_name from information_schema.tables where table_schema = 'marts'"
                     " order by 1 limit 1").fetchone()[0]
    rows_before = {t: c.execute(sql.SQL("select count(*) from {}").format(sql.Identifier(*t.split("."))))
                   .fetchone()[0] for t in ("raw.sources", "audit.runs", f"marts.{mart}")}

    denied: list[str] = []
    allowed: list[str] = []
    attempts = {
        "read marts": (f"select count(*) from marts.{mart}", True),
        "read raw.sources": ("select * from raw.sources", False),
        "read raw.pages": ("select * from raw.pages", False),
        "read raw.facts": ("select * from raw.facts", False),
        "read audit.runs": ("select * from audit.runs", False),
        "read audit.validation_results": ("select * from audit.validation_results", False),
        "read schema_migrations": ("select * from public.cchc_schema_migrations", False),
        "insert marts": (f"insert into marts.{mart} select * from marts.{mart} limit 1", False),
        "update marts": (f"update marts.{mart} set {_first_column(c, mart)} = {_first_column(c, mart)}", False),
        "delete marts": (f"delete from marts.{mart}", False),
        "truncate marts": (f"truncate marts.{mart}", False),
        "drop marts table": (f"drop table marts.{mart}", False),
        "create in marts": ("create table marts.evil (x int)", False),
        "create in public": ("create table public.evil (x int)", False),
        "create in raw": ("create table raw.evil (x int)", False),
        "insert raw": ("insert into raw.sources (source_id, name, kind, base_url, enabled)"
                       " values ('x', 'x', 'provincial_portal', 'https://x/', true)", False),
        "delete raw": ("delete from raw.sources", False),
        "insert audit": ("insert into audit.runs (run_id) values ('evil')", False),
        "create schema": ("create schema evil", False),
        "read a file": ("select pg_read_file('/etc/passwd')", False),
    }
    for label, (stmt, should_work) in attempts.items():
        with c.transaction(force_rollback=True):
            c.execute("set local role bi_reader")
            try:
                with c.transaction():
                    c.execute(stmt)
                allowed.append(label)
            except (errors.InsufficientPrivilege, errors.WrongObjectType) as exc:
                denied.append(label)
                assert "permission denied" in str(exc) or "must be owner" in str(exc) or "privilege" in str(exc)
    with c.transaction(force_rollback=True):  # a GRANT by a non-owner only warns; check its effect
        c.execute("set local role bi_reader")
        for stmt in (f"grant insert, update, delete, truncate on marts.{mart} to bi_reader",
                     "grant usage on schema raw to bi_reader", "grant usage on schema audit to bi_reader"):
            try:
                with c.transaction():
                    c.execute(stmt)
            except errors.InsufficientPrivilege:
                pass
        c.execute("reset role")
        for priv in ("INSERT", "UPDATE", "DELETE", "TRUNCATE"):
            if c.execute("select has_table_privilege('bi_reader', %s, %s)", (f"marts.{mart}", priv)).fetchone()[0]:
                allowed.append(f"self-granted {priv} on marts")
        for schema in ("raw", "audit"):
            if c.execute("select has_schema_privilege('bi_reader', %s, 'USAGE')", (schema,)).fetchone()[0]:
                allowed.append(f"self-granted usage on {schema}")
    attempts.update({f"self-granted {p} on marts": ("", False) for p in ("INSERT", "UPDATE", "DELETE", "TRUNCATE")})
    attempts.update({f"self-granted usage on {x}": ("", False) for x in ("raw", "audit")})
    rows_after = {t: c.execute(sql.SQL("select count(*) from {}").format(sql.Identifier(*t.split("."))))
                  .fetchone()[0] for t in rows_before}
    wrongly_allowed = [l for l in allowed if not attempts[l][1]]
    wrongly_denied = [l for l in denied if attempts[l][1]]
    score.measure(lost=sum(rows_before[t] - rows_after[t] for t in rows_before),
                  dup=sum(rows_after[t] - rows_before[t] for t in rows_before))
    assert wrongly_allowed == [], f"bi_reader may: {wrongly_allowed}"
    assert wrongly_denied == [], f"bi_reader may not: {wrongly_denied}"
    assert rows_after == rows_before


def _first_column(c, table: str) -> str:
    return c.execute("select column_name from information_schema.columns where table_schema = 'marts'"
                     " and table_name = %s order by ordinal_position limit 1", (table,)).fetchone()[0]


# --------------------------------------------------------------------------- secrets

PASSWORD_FILE = ROOT / ".local" / "pg" / "password"
TEXT_SUFFIXES = {".py", ".yml", ".yaml", ".toml", ".cfg", ".ini", ".sh", ".sql", ".json", ".md", ".txt",
                 ".example", ".env", ".j2", ""}
# key = "literal" / key: literal / KEY=literal, where key names a secret
_ASSIGN = re.compile(
    r"""(?ix)(?<![\w${.-])[\w.-]*(password|passwd|pwd|secret|api[_-]?key|token)[\w-]*["']?\s*(?:=|:)\s*"""
    r"""(?P<q>["']?)(?P<val>[^"'\s,#)}]*)(?P=q)""")
_URL_CREDS = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:(?P<val>[^@\s/'\"]+)@")
# references, placeholders and code, not secrets
_SAFE_VALUE = re.compile(r"""(?x)^(|[{\[(?:-].*|\$\{.*|\$\w+.*|\{\{.*|\*+|\.\.\.|<[^>]*>|None|null|true|false|
                          os\.environ.*|env_var.*|getenv.*|
                          [A-Z][A-Z0-9_]*|pass|password|secret|changeme|change-me|example|x+)$""")
# in Python, an unquoted value is code (a name, a call, a subscript), not a literal
_PY_CODE = re.compile(r"^[A-Za-z_][\w.]*(\(.*|\[.*)?$")


def _repo_files() -> list[Path]:
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                         capture_output=True, check=True).stdout.decode()
    return [ROOT / p for p in out.split("\0") if p and (ROOT / p).is_file()]


def _flags(line: str, python: bool = False) -> bool:
    for m in _ASSIGN.finditer(line):
        val = m.group("val")
        if _SAFE_VALUE.match(val) or (python and not m.group("q") and _PY_CODE.match(val)):
            continue
        return True
    return any(not _SAFE_VALUE.match(m.group("val")) for m in _URL_CREDS.finditer(line))


def test_no_secret_in_the_repository(score):
    # the scanner itself: catches literals, lets references through
    for bad in ("password: hunter22", 'DB_PASSWORD = "hunter22"', "postgresql://u:hunter22@h/db",
                "AIRFLOW_JWT_SECRET=abcdef123456", "'password': 's3cr3t!'"):
        assert _flags(bad), bad
    for ok in ('password: "{{ env_var(\'CCHC_DB_PASSWORD\') }}"', "POSTGRES_PASSWORD=",
               "X: postgresql://cchc:${CCHC_DB_PASSWORD:?set it}@postgres:5432/cchc",
               ': "${CCHC_DB_PASSWORD:?not set}"'):
        assert not _flags(ok), ok
    for ok in ('password = os.environ.get("CCHC_DB_PASSWORD")', "password=password,", "token = m.group(1)",
               'info["password"] = "***"'):
        assert not _flags(ok, python=True), ok
    assert _flags('PASSWORD = "hunter22"', python=True)
    files = _repo_files()
    assert len(files) > 50
    secrets = []
    if PASSWORD_FILE.is_file():
        secrets.append(PASSWORD_FILE.read_text().strip())
    jwt = ROOT / ".local" / "airflow" / "jwt_secret"
    if jwt.is_file():
        secrets.append(jwt.read_text().strip())
    secrets = [s for s in secrets if len(s) >= 8]
    leaks, literals = [], []
    for f in files:
        try:
            data = f.read_bytes()
        except OSError:
            continue
        for s in secrets:
            if s.encode() in data:
                leaks.append(str(f.relative_to(ROOT)))
        if f.suffix not in TEXT_SUFFIXES or len(data) > 2_000_000 or b"\0" in data[:4096]:
            continue
        rel = f.relative_to(ROOT)
        if rel.parts[:2] == ("tests", "reliability"):
            continue  # this suite's own patterns and fake credentials
        text = data.decode("utf-8", "replace")
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip().startswith(("#", "//", "-- ")):
                continue  # prose; the real secrets are checked byte for byte above
            if _flags(line, python=f.suffix in (".py", ".sh")):
                literals.append(f"{rel}:{n}: {line.strip()[:120]}")
    # fake credentials in tests of the masking/refusal code are allowed; nothing else
    real = [l for l in literals if not l.startswith("tests/")]
    score.measure(lost=0, dup=0)
    assert leaks == [], f"the local cluster/JWT secret is in tracked files: {leaks}"
    assert real == [], "secret-looking literals:\n" + "\n".join(real)


def _cchc(args: list[str], **env) -> subprocess.CompletedProcess:
    e = {**os.environ, **env}
    return subprocess.run([str(ROOT / ".venv" / "bin" / "cchc"), *args], cwd=ROOT, env=e, capture_output=True,
                          text=True, timeout=60)


def test_no_password_in_logs_or_errors(pg_admin_dsn, score):
    from scrapers.db import mask_dsn

    real_pw = psycopg.conninfo.conninfo_to_dict(pg_admin_dsn).get("password") or ""
    fake_pw = "Sup3r-Secret-Pa55"
    info = psycopg.conninfo.conninfo_to_dict(pg_admin_dsn)
    outputs: dict[str, str] = {}

    ok = _cchc(["db", "status"])
    outputs["db status"] = ok.stdout + ok.stderr
    assert ok.returncode == 0 and "***" in ok.stdout, ok.stderr
    url = _cchc(["db", "url"])
    outputs["db url"] = url.stdout + url.stderr
    for label, dsn in {
        "closed port": f"postgresql://cchc:{fake_pw}@127.0.0.1:1/cchc",
        "wrong password": f"postgresql://{info.get('user')}:{fake_pw}@{info.get('host')}:{info.get('port')}/postgres",
        "keyword dsn": f"host=127.0.0.1 port=1 dbname=cchc user=cchc password={fake_pw}",
        "real password, closed port": f"postgresql://cchc:{real_pw}@127.0.0.1:1/cchc",
    }.items():
        for cmd in (["db", "status"], ["load"], ["db", "url"]):
            r = _cchc(cmd, CCHC_DATABASE_URL=dsn)
            outputs[f"{label}: {' '.join(cmd)}"] = r.stdout + r.stderr
            if cmd[-1] == "status":
                assert r.returncode != 0 and "***" in r.stderr, (label, r.stderr)
    for dsn in (pg_admin_dsn, f"postgresql://u:{fake_pw}@h:5432/d?sslmode=disable",
                f"postgresql://u:{fake_pw.replace('-', '%40')}@h/d"):
        outputs[f"mask_dsn {dsn[:12]}"] = mask_dsn(dsn)
    # logs the pipeline already wrote on this machine
    for p in [*(ROOT / ".local").glob("*.log"), *(ROOT / ".local" / "logs").rglob("*"),
              *(ROOT / ".local" / "airflow" / "logs").rglob("*"), *(ROOT / "dbt_project" / "logs").glob("*.log*")]:
        if p.is_file() and p.stat().st_size < 50_000_000:
            outputs[f"file {p.relative_to(ROOT)}"] = p.read_text("utf-8", "replace")
    secrets = [s for s in (fake_pw, fake_pw.replace("-", "@"), real_pw) if s]
    leaked = sorted(label for label, text in outputs.items() for s in secrets if s in text)
    score.measure(lost=0, dup=0)
    assert len(outputs) >= 14
    assert leaked == [], f"password in output of: {leaked}"


def test_airflow_ui_binds_to_loopback_by_default(score):
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root")}
    out = subprocess.run(["bash", "-c", 'source scripts/env.sh >/dev/null 2>&1; printf "%s|%s" '
                          '"$AIRFLOW__API__HOST" "$AIRFLOW__API__BASE_URL"'],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    host, base = out.stdout.split("|")
    # nothing else the project runs overrides it
    overrides = []
    for f in [ROOT / "Makefile", *(ROOT / "scripts").glob("*"), *(ROOT / "dags").glob("*.py")]:
        if f.is_file():
            for n, line in enumerate(f.read_text("utf-8", "replace").splitlines(), 1):
                if "0.0.0.0" in line or re.search(r"AIRFLOW__API__HOST=(?!\"?\$\{AIRFLOW__API__HOST:-127\.0\.0\.1\})",
                                                  line):
                    overrides.append(f"{f.relative_to(ROOT)}:{n}")
    score.measure(lost=0, dup=0)
    assert host == "127.0.0.1", out
    assert base.startswith("http://127.0.0.1:")
    assert overrides == [], overrides
