#!/usr/bin/env bash
# Runs once, as the PostgreSQL superuser, the first time the `postgres` service starts
# on an EMPTY data volume (the official image's /docker-entrypoint-initdb.d hook).
# It is not re-run on later starts: to change a password afterwards use ALTER ROLE
# (see docker/README.md, "Rotating passwords").
#
# Creates:
#   airflow          LOGIN  owner of database `airflow` (Airflow metadata)
#   metabase         LOGIN  owner of database `metabase` (Metabase application DB)
#   cchc_owner       LOGIN  owner of database `cchc`; used only by `airflow-init` to run
#                           the warehouse migrations (`cchc db upgrade`)
#   cchc_loader      group  privileges granted by scrapers/migrations/003_roles.sql
#   cchc_transformer group  idem (dbt)
#   cchc             LOGIN  the pipeline's runtime user (scrapers + dbt): member of
#                           cchc_loader and cchc_transformer, owns nothing at start
#   bi_reader        LOGIN  read-only; SELECT on the marts is granted by dbt (on-run-end)
#
# Passwords come from the environment (docker/.env via docker-compose.yml), never from
# the repository. They are passed to psql as variables and quoted with format(%L), so
# any character is safe here; in docker/.env prefer URL-safe values anyway, because
# they are also spliced into connection URIs.
set -euo pipefail

: "${AIRFLOW_DB_PASSWORD:?AIRFLOW_DB_PASSWORD is not set}"
: "${METABASE_DB_PASSWORD:?METABASE_DB_PASSWORD is not set}"
: "${CCHC_OWNER_PASSWORD:?CCHC_OWNER_PASSWORD is not set}"
: "${CCHC_DB_PASSWORD:?CCHC_DB_PASSWORD is not set}"
: "${CCHC_BI_READER_PASSWORD:?CCHC_BI_READER_PASSWORD is not set}"

psql_super() {
    psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" "$@"
}

echo "init-db: roles and databases"
psql_super --dbname "${POSTGRES_DB:-postgres}" \
    -v airflow_pw="$AIRFLOW_DB_PASSWORD" \
    -v metabase_pw="$METABASE_DB_PASSWORD" \
    -v owner_pw="$CCHC_OWNER_PASSWORD" \
    -v cchc_pw="$CCHC_DB_PASSWORD" \
    -v bi_pw="$CCHC_BI_READER_PASSWORD" <<'SQL'
-- Login roles: create if missing, then (re)set LOGIN + password either way.
select format('create role %I', r) from (values ('airflow'), ('metabase'), ('cchc_owner'), ('cchc'), ('bi_reader')) v(r)
 where not exists (select from pg_roles where rolname = r) \gexec
select format('alter role airflow    login password %L', :'airflow_pw') \gexec
select format('alter role metabase   login password %L', :'metabase_pw') \gexec
select format('alter role cchc_owner login password %L', :'owner_pw') \gexec
select format('alter role cchc       login password %L', :'cchc_pw') \gexec
select format('alter role bi_reader  login password %L', :'bi_pw') \gexec

-- Group roles of the warehouse (same names as scrapers/migrations/003_roles.sql, which
-- creates them only if missing and then grants their privileges).
select format('create role %I nologin', r) from (values ('cchc_loader'), ('cchc_transformer')) v(r)
 where not exists (select from pg_roles where rolname = r) \gexec
grant cchc_loader, cchc_transformer to cchc;

-- Belt and braces: whatever is granted to bi_reader later, its sessions are read-only.
alter role bi_reader set default_transaction_read_only = on;

-- Databases, each owned by its application role.
select 'create database airflow owner airflow'     where not exists (select from pg_database where datname = 'airflow') \gexec
select 'create database metabase owner metabase'   where not exists (select from pg_database where datname = 'metabase') \gexec
select 'create database cchc owner cchc_owner'     where not exists (select from pg_database where datname = 'cchc') \gexec

-- Nobody connects to a database by default; each gets exactly who needs it.
revoke all on database airflow  from public;
revoke all on database metabase from public;
revoke all on database cchc     from public;
grant connect, temporary on database cchc to cchc;
grant connect on database cchc to bi_reader;
SQL

echo "init-db: warehouse database defaults"
psql_super --dbname cchc <<'SQL'
-- PostgreSQL 15 already denies CREATE on schema public to PUBLIC; say so explicitly.
revoke create on schema public from public;
SQL

echo "init-db: done (airflow, metabase, cchc; roles airflow, metabase, cchc_owner, cchc, bi_reader)"
