-- Raw layer: written only by the Python loaders (scrapers/load.py), read by dbt staging.
create schema if not exists raw;

-- One row per HTTP fetch attempt. Append-only: attempts are history, never deduplicated.
create table if not exists raw.fetch_log (
    fetch_id      bigserial primary key,
    run_id        text        not null,
    source_id     text        not null,
    url           text        not null,
    fetched_at    timestamptz not null,
    status        integer,                 -- HTTP status, null when no response arrived
    outcome       text        not null check (outcome in ('fetched', 'unchanged', 'refused', 'failed')),
    sha256        text,
    bytes         integer,
    elapsed_ms    integer,
    etag          text,
    last_modified text,
    content_type  text,
    error         text
);
create index if not exists fetch_log_source_idx on raw.fetch_log (source_id, fetched_at);
create index if not exists fetch_log_run_idx on raw.fetch_log (run_id);

-- One row per distinct body seen at a URL. The body itself is in the raw zone (raw_path).
create table if not exists raw.pages (
    page_id          bigserial primary key,
    source_id        text        not null,
    url              text        not null,
    sha256           text    not null,
    raw_path         text        not null,
    content_type     text,
    encoding         text,
    bytes            integer,
    first_fetched_at timestamptz not null,
    last_fetched_at  timestamptz not null,
    unique (url, sha256)
);

-- Parsed articles; article_id = sha256(url \n page sha256)[:32], so a reparse of the same
-- page version updates the row in place and a new page version is a new row.
create table if not exists raw.articles (
    article_id     text    primary key,
    source_id      text        not null,
    url            text        not null,
    page_sha256    text    not null,
    title          text        not null,
    body           text        not null,
    published_on   date,
    parser         text        not null,
    parser_version text        not null,
    parsed_at      timestamptz not null,
    loaded_at      timestamptz not null default now()
);
create index if not exists articles_url_idx on raw.articles (url);

-- Facts extracted from articles (scrapers/extract), one row per fact per extractor version.
create table if not exists raw.facts (
    fact_id           text    primary key,  -- sha256(article_id, extractor_version, canonical fact json)[:32]
    article_id        text    not null references raw.articles (article_id),
    extractor_version text        not null,
    kind              text        not null check (kind in ('index_result', 'task_progress', 'dossier_stats')),
    province          text,
    index_code        text,
    year              integer,
    period            text,
    component         text,
    score             numeric,
    rank              integer,
    rank_of           integer,
    prev_score        numeric,
    prev_rank         integer,
    score_change      numeric,
    rank_change       integer,
    done              integer,
    total             integer,
    scope             text,
    received          bigint,
    resolved          bigint,
    early_pct         numeric,
    on_time_pct       numeric,
    late_pct          numeric,
    online            bigint,
    online_total      bigint,
    online_pct        numeric,
    evidence          text        not null,
    payload           jsonb       not null,
    extracted_at      timestamptz not null default now()
);
create index if not exists facts_article_idx on raw.facts (article_id, extractor_version);

-- Records that failed validation at any stage, kept with the reason (never silently dropped).
create table if not exists raw.quarantine (
    quarantine_id  bigserial   primary key,
    run_id         text,
    stage          text        not null,
    source_id      text,
    record_key     text,
    reason         text        not null,
    payload        jsonb       not null default '{}'::jsonb,
    quarantined_at timestamptz not null default now(),
    unique nulls not distinct (stage, record_key, reason)
);
