# shellcheck shell=bash
# The one place that defines the project's environment. Sourced by the Makefile recipes;
# source it yourself to use `cchc`, `dbt` or `airflow` by hand:  . scripts/env.sh
CCHC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
export CCHC_ROOT
export PATH="$CCHC_ROOT/.venv/bin:$PATH"
export UV_CACHE_DIR="${UV_CACHE_DIR:-$CCHC_ROOT/.local/uv-cache}"

# Telemetry off for every tool.
export DBT_SEND_ANONYMOUS_USAGE_STATS=False DO_NOT_TRACK=1 GX_ANALYTICS_ENABLED=False
export SCARF_ANALYTICS=false

# Airflow: SQLite metadata under .local, our DAG folder, loopback only.
export AIRFLOW_HOME="${AIRFLOW_HOME:-$CCHC_ROOT/.local/airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="$CCHC_ROOT/dags"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM="${AIRFLOW__CORE__PARALLELISM:-4}"
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:-sqlite:///$AIRFLOW_HOME/airflow.db}"
export CCHC_AIRFLOW_PORT="${CCHC_AIRFLOW_PORT:-8080}"
export AIRFLOW__API__HOST="${AIRFLOW__API__HOST:-127.0.0.1}"
export AIRFLOW__API__PORT="$CCHC_AIRFLOW_PORT"
export AIRFLOW__API__BASE_URL="http://127.0.0.1:$CCHC_AIRFLOW_PORT"
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://127.0.0.1:$CCHC_AIRFLOW_PORT/execution/"
export AIRFLOW__COSMOS__CACHE_DIR="$CCHC_ROOT/.local/cosmos"
export AIRFLOW__LOGGING__BASE_LOG_FOLDER="$AIRFLOW_HOME/logs"
mkdir -p "$AIRFLOW_HOME" "$AIRFLOW__COSMOS__CACHE_DIR"
if [ -z "${AIRFLOW__API_AUTH__JWT_SECRET:-}" ]; then
  # generated once per clone, kept in the ignored .local (never in the repo)
  [ -s "$AIRFLOW_HOME/jwt_secret" ] || (umask 077; python3 -c 'import secrets; print(secrets.token_hex(32))' > "$AIRFLOW_HOME/jwt_secret")
  AIRFLOW__API_AUTH__JWT_SECRET="$(cat "$AIRFLOW_HOME/jwt_secret")"
  export AIRFLOW__API_AUTH__JWT_SECRET
fi

# dbt: the project and its profiles.yml (which reads CCHC_DB_* below).
export DBT_PROJECT_DIR="$CCHC_ROOT/dbt_project"
export DBT_PROFILES_DIR="$CCHC_ROOT/dbt_project"

# The warehouse: CCHC_DATABASE_URL if set, else the embedded cluster once `make up` made it.
if [ -n "${CCHC_DATABASE_URL:-}" ] || [ -s "$CCHC_ROOT/.local/pg/password" ]; then
  if [ -x "$CCHC_ROOT/.venv/bin/cchc" ]; then
    eval "$("$CCHC_ROOT/.venv/bin/cchc" db env)"
  fi
fi
