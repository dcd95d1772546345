-- The source registry (scrapers/sources.yml) as loaded for each run, so dbt can rank
-- sources when the same fact is reported by several of them (dim_source).
create table if not exists raw.sources (
    source_id  text        primary key,
    name       text        not null,
    province   text,                      -- null for national publishers
    kind       text        not null,      -- provincial_portal | home_affairs_site | provincial_paper | national_publisher
    base_url   text        not null,
    cms        text,
    enabled    boolean     not null,
    updated_at timestamptz not null default now()
);
grant select, insert, update, delete on raw.sources to cchc_loader;
grant select on raw.sources to cchc_transformer;
