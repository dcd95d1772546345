#!/usr/bin/env bash
# One-time Metabase wiring, run on the Docker host once `metabase` is healthy:
#
#   cd docker && ./metabase/setup.sh
#
# Metabase's MB_* environment variables configure its *application* database only;
# the open-source edition cannot add a data source from the environment. This script
# does through Metabase's HTTP API what you would otherwise click through:
#   1. first-run setup (admin user from METABASE_ADMIN_EMAIL / METABASE_ADMIN_PASSWORD),
#      skipped when Metabase is already set up;
#   2. adds the warehouse `cchc` as the read-only role `bi_reader`, listing only the
#      schemas in CCHC_MARTS_SCHEMA; skipped when a database named "CCHC warehouse"
#      already exists.
# Idempotent: safe to re-run. Needs only bash and python3 (standard library).
#
# Settings come from docker/.env (next to this script's parent), overridable from the
# environment. METABASE_URL defaults to http://127.0.0.1:${METABASE_PORT:-3000}.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CCHC_ENV_FILE="${CCHC_ENV_FILE:-$here/../.env}"

exec python3 - <<'PY'
import json
import os
import sys
import time
import urllib.error
import urllib.request

DB_NAME = "CCHC warehouse"


def read_env_file(path):
    values = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line or line.startswith("#") or "=" not in line:
                    continue
                key, _, value = line.partition("=")
                value = value.strip()
                if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                    value = value[1:-1]
                values[key.strip()] = value
    except FileNotFoundError:
        sys.exit(f"setup.sh: {path} not found (cp docker/.env.example docker/.env first)")
    return values


conf = read_env_file(os.environ["CCHC_ENV_FILE"])
conf.update({k: v for k, v in os.environ.items() if v})


def need(key):
    value = conf.get(key, "")
    if not value:
        sys.exit(f"setup.sh: set {key} in docker/.env")
    return value


base = conf.get("METABASE_URL") or f"http://127.0.0.1:{conf.get('METABASE_PORT') or '3000'}"
base = base.rstrip("/")
admin_email = need("METABASE_ADMIN_EMAIL")
admin_password = need("METABASE_ADMIN_PASSWORD")
bi_password = need("CCHC_BI_READER_PASSWORD")
schemas = conf.get("CCHC_MARTS_SCHEMA") or "marts"


def call(method, path, body=None, session=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if session:
        req.add_header("X-Metabase-Session", session)
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            raw = resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode(errors="replace")[:500]
        sys.exit(f"setup.sh: {method} {path} -> HTTP {exc.code}: {detail}")
    return json.loads(raw) if raw else None


# Wait for Metabase (first start migrates its application DB: a minute or two).
for attempt in range(60):
    try:
        with urllib.request.urlopen(base + "/api/health", timeout=5) as resp:
            if resp.status == 200:
                break
    except (urllib.error.URLError, OSError):
        pass
    time.sleep(5)
else:
    sys.exit(f"setup.sh: Metabase at {base} is not healthy (docker compose ps metabase)")

props = call("GET", "/api/session/properties")
if not props.get("has-user-setup"):
    print("setup.sh: first-run setup, admin", admin_email)
    call("POST", "/api/setup", {
        "token": props["setup-token"],
        "user": {
            "email": admin_email,
            "password": admin_password,
            "first_name": "CCHC",
            "last_name": "Admin",
            "site_name": "CCHC warehouse",
        },
        "prefs": {"site_name": "CCHC warehouse", "site_locale": "en", "allow_tracking": False},
    })
else:
    print("setup.sh: Metabase already set up; logging in as", admin_email)

session = call("POST", "/api/session", {"username": admin_email, "password": admin_password})["id"]

existing = call("GET", "/api/database", session=session)
existing = existing.get("data", existing) if isinstance(existing, dict) else existing
if any(db.get("name") == DB_NAME for db in existing):
    print(f"setup.sh: database {DB_NAME!r} already present; nothing to do")
    sys.exit(0)

print(f"setup.sh: adding {DB_NAME!r} (postgres:5432/cchc as bi_reader, schemas {schemas})")
call("POST", "/api/database", {
    "engine": "postgres",
    "name": DB_NAME,
    "details": {
        # host name on the compose network, not the host's loopback port
        "host": "postgres",
        "port": 5432,
        "dbname": "cchc",
        "user": "bi_reader",
        "password": bi_password,
        "ssl": False,
        "schema-filters-type": "inclusion",
        "schema-filters-patterns": schemas,
    },
    "is_full_sync": True,
}, session=session)
print("setup.sh: done. Tables appear after dbt has built the marts and Metabase has synced "
      "(Admin > Databases > CCHC warehouse > Sync database schema now).")
PY
