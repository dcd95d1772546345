{#
    on-run-end: bi_reader may read the marts schema and nothing else. Tables are rebuilt on
    every run (and lose their grants), so the grant is repeated after each invocation. The
    role is created by the raw migrations (scrapers/migrations/003_roles.sql); nothing is
    ever granted on raw, audit, staging, intermediate or reference.
#}
{% macro grant_marts_to_bi_reader(role='bi_reader', schema='marts') %}
    {% set sql %}
        do $grant$
        begin
            if exists (select from pg_roles where rolname = '{{ role }}')
               and exists (select from pg_namespace where nspname = '{{ schema }}') then
                execute 'grant usage on schema {{ schema }} to {{ role }}';
                execute 'grant select on all tables in schema {{ schema }} to {{ role }}';
                execute 'revoke insert, update, delete, truncate, references, trigger'
                    || ' on all tables in schema {{ schema }} from {{ role }}';
                execute 'revoke create on schema {{ schema }} from {{ role }}';
            end if;
        end
        $grant$;
    {% endset %}
    {{ return(sql) }}
{% endmacro %}
