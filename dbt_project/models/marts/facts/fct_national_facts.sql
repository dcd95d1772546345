{{
    config(
        materialized='incremental',
        unique_key='national_fact_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['national_fact_id'], 'unique': True},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Facts with no province: national figures and facts whose province the text never names
    (the extractor emits province = null for both). They stay out of the province marts and
    are kept here, one row per fact of the newest extractor version, unreconciled.

    Incremental by fact (see macros/incremental.sql): a build recomputes the facts
    int_facts__with_source rebuilt since this model's last build and clears the facts gone there.
-#}

with

facts as not materialized (
    select * from {{ ref('int_facts__with_source') }}
    where is_national
),

{% if is_incremental() %}
rebuilt as (
    {{ touched_keys('facts', 'fact_id', ref('int_facts__with_source'), 'fact_id', 'national_fact_id', 'national_fact_id') }}
),

{% endif %}
national_facts as (
    select
        fact_id as national_fact_id,
        *
    from facts
    {%- if is_incremental() %}
    where fact_id in (select national_fact_id from rebuilt)
    {%- endif %}
),

final as (
    {#- incremental: from the touched facts, so that a fact gone comes out as one placeholder row
        (national_fact_id only, built_at null; see the post-hook) #}
    {%- set keys = 'rebuilt' if is_incremental() else 'national_facts' %}
    select
        {{ keys }}.national_fact_id,
        national_facts.kind,
        national_facts.index_code,
        national_facts.year,
        national_facts.period,
        national_facts.period_type,
        national_facts.component,
        national_facts.score,
        national_facts.rank,
        national_facts.rank_of,
        national_facts.score_change,
        national_facts.rank_change,
        national_facts.done,
        national_facts.total,
        national_facts.scope,
        national_facts.received,
        national_facts.resolved,
        national_facts.early_pct,
        national_facts.on_time_pct,
        national_facts.late_pct,
        national_facts.online,
        national_facts.online_total,
        national_facts.online_pct,
        national_facts.evidence,
        national_facts.value_source,
        national_facts.article_id,
        national_facts.source_id,
        national_facts.source_province as source_host_province,
        national_facts.url,
        national_facts.published_on,
        national_facts.extractor_version,
        case when national_facts.national_fact_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from rebuilt
    left join national_facts on rebuilt.national_fact_id = national_facts.national_fact_id
    {%- else %}
    from national_facts
    {%- endif %}
)

select * from final
