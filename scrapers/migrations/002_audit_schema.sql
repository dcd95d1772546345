-- Audit trail: every validation result and every pipeline failure, append-only.
create schema if not exists audit;

create table if not exists audit.runs (
    run_id      text        primary key,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    trigger     text,                  -- 'airflow' | 'cli' | 'test' ...
    status      text        not null default 'running'
);

create table if not exists audit.validation_results (
    result_id      bigserial   primary key,
    run_id         text        not null,
    stage          text        not null,   -- fetch_log | articles | facts | marts | official
    suite          text        not null,
    expectation    text        not null,
    severity       text        not null check (severity in ('critical', 'warning')),
    success        boolean     not null,
    observed_value text,
    threshold      text,
    details        jsonb       not null default '{}'::jsonb,
    validated_at   timestamptz not null default now()
);
create index if not exists validation_results_run_idx on audit.validation_results (run_id);

create table if not exists audit.task_failures (
    failure_id bigserial   primary key,
    run_id     text,
    dag_id     text,
    task_id    text,
    map_index  integer,
    error      text,
    failed_at  timestamptz not null default now()
);

-- Row counts per layer and run, for the reconciliation table and the "no big drop" check.
create table if not exists audit.row_counts (
    run_id     text        not null,
    layer      text        not null,   -- raw | staging | marts
    relation   text        not null,
    row_count  bigint      not null,
    counted_at timestamptz not null default now(),
    primary key (run_id, relation)
);
