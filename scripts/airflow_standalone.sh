#!/usr/bin/env bash
# `make airflow`: Airflow UI, scheduler, dag-processor and triggerer on 127.0.0.1.
# Log in as 'admin' with the password Airflow writes to
# $AIRFLOW_HOME/simple_auth_manager_passwords.json.generated.
set -euo pipefail
cd "$(dirname "$0")/.."
export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS:-admin:admin}"
(cd dbt_project && dbt parse --quiet) || echo "dbt parse failed: the dbt tasks degrade to one 'dbt build' task" >&2
echo "Airflow on http://127.0.0.1:${CCHC_AIRFLOW_PORT}  (offline mode needs: cchc replay-server &)" >&2
echo "password file: $AIRFLOW_HOME/simple_auth_manager_passwords.json.generated" >&2
exec airflow standalone
