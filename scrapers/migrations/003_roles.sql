-- Roles. Created without passwords (NOLOGIN); `cchc db upgrade` gives a role LOGIN and a
-- password only when CCHC_<ROLE>_PASSWORD is set in the environment, never from the repo.
do $$
begin
    if not exists (select from pg_roles where rolname = 'cchc_loader') then
        create role cchc_loader nologin;
    end if;
    if not exists (select from pg_roles where rolname = 'cchc_transformer') then
        create role cchc_transformer nologin;
    end if;
    if not exists (select from pg_roles where rolname = 'bi_reader') then
        create role bi_reader nologin;
    end if;
end
$$;

-- loader: writes raw and audit, nothing else.
grant usage, create on schema raw to cchc_loader;
grant select, insert, update, delete on all tables in schema raw to cchc_loader;
grant usage, select, update on all sequences in schema raw to cchc_loader;
grant usage on schema audit to cchc_loader;
grant select, insert on all tables in schema audit to cchc_loader;
grant usage, select on all sequences in schema audit to cchc_loader;

-- transformer (dbt): reads raw, owns what it builds in its own schemas.
grant usage on schema raw to cchc_transformer;
grant select on all tables in schema raw to cchc_transformer;
grant usage on schema audit to cchc_transformer;
grant select, insert on all tables in schema audit to cchc_transformer;
do $$ begin execute format('grant create on database %I to cchc_transformer', current_database()); end $$;

-- bi_reader: nothing on raw or audit; SELECT on marts is granted by dbt (on-run-end).
revoke all on schema raw from bi_reader;
revoke all on schema audit from bi_reader;
revoke create on schema public from public;
