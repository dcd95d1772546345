#!/usr/bin/env bash
# `make demo`: the nightly DAG, once, end to end, on the embedded default:
# local PostgreSQL (already up), Airflow with SQLite, the bundled snapshot on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CCHC_REPLAY_PORT:=8765}"
export CCHC_MODE="${CCHC_MODE:-offline}"
LOGS=.local/logs; mkdir -p "$LOGS"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

replay_pid=""
cleanup() { [ -n "$replay_pid" ] && kill "$replay_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ "$CCHC_MODE" = offline ]; then
  # The snapshot server is our own process on loopback: politeness delays (robots
  # Crawl-delay, per-host interval) are capped so the demo takes seconds, not minutes.
  # Live mode obeys them fully.
  export CCHC_MAX_CRAWL_DELAY_S="${CCHC_MAX_CRAWL_DELAY_S:-0.2}" CCHC_MIN_HOST_INTERVAL_S="${CCHC_MIN_HOST_INTERVAL_S:-0.1}"
  say "serving the offline snapshot of the source sites on 127.0.0.1:$CCHC_REPLAY_PORT"
  cchc replay-server --host 127.0.0.1 --port "$CCHC_REPLAY_PORT" >"$LOGS/replay-$stamp.log" 2>&1 &
  replay_pid=$!
  python - "$CCHC_REPLAY_PORT" <<'PY'
import socket, sys, time
port = int(sys.argv[1]); deadline = time.time() + 20
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close(); sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit("replay server did not start: see .local/logs/replay-*.log")
PY
fi

say "preparing Airflow (SQLite metadata in $AIRFLOW_HOME)"
airflow db migrate >"$LOGS/airflow-migrate-$stamp.log" 2>&1 || { tail -30 "$LOGS/airflow-migrate-$stamp.log"; exit 1; }

say "compiling the dbt manifest (Cosmos renders the dbt tasks from it)"
(cd dbt_project && dbt parse --quiet) >"$LOGS/dbt-parse-$stamp.log" 2>&1 || { tail -30 "$LOGS/dbt-parse-$stamp.log"; exit 1; }

say "running the cchc_nightly DAG (airflow dags test); log: $LOGS/nightly-$stamp.log"
start=$(date +%s)
if ! airflow dags test cchc_nightly >"$LOGS/nightly-$stamp.log" 2>&1; then
  grep -E "ERROR|Critical|CriticalValidationError|Traceback" "$LOGS/nightly-$stamp.log" | tail -20 >&2 || true
  say "the nightly run FAILED after $(( $(date +%s) - start ))s; full log: $LOGS/nightly-$stamp.log"
  cchc pipeline summary || true
  exit 1
fi
say "nightly run succeeded in $(( $(date +%s) - start ))s"
cchc pipeline summary
