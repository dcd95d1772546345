-- Which article was extracted by which extractor version (also when it stated no fact),
-- so a nightly rerun skips work already done and a reparse/re-extract is explicit.
create table if not exists raw.extractions (
    article_id        text    not null references raw.articles (article_id),
    extractor_version text        not null,
    fact_count        integer     not null,
    run_id            text,
    extracted_at      timestamptz not null default now(),
    primary key (article_id, extractor_version)
);
grant select, insert, update, delete on raw.extractions to cchc_loader;
grant select on raw.extractions to cchc_transformer;
