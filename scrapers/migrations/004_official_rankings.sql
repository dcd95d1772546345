-- National publishers' ranking tables (HTML tables, PDF annexes): the authoritative layer
-- that provincial and press claims are checked against (dbt: fct_claim_checks).
create table if not exists raw.official_rankings (
    ranking_id    text    primary key,  -- sha256(document_url, raw_sha256, index, year, component, province)[:32]
    publisher     text        not null,
    index_code    text        not null,
    year          integer     not null,
    component     text,                     -- null = composite
    province      text        not null,     -- canonical pre-2025 name (or 2025 unit from 2025 on)
    score         numeric,
    rank          integer,
    rank_of       integer,
    document_url  text        not null,
    raw_sha256    text    not null,
    locator       text,                     -- e.g. 'page 3, table 1, row 12' or 'table#2 row 5'
    is_test_data  boolean     not null default false,
    loaded_at     timestamptz not null default now()
);
create index if not exists official_rankings_key_idx
    on raw.official_rankings (index_code, year, province);

grant select, insert, update, delete on raw.official_rankings to cchc_loader;
grant select on raw.official_rankings to cchc_transformer;
