{{
    config(
        materialized='incremental',
        unique_key=['kind', 'grain_key'],
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['grain_key']},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Incremental by grain (see macros/incremental.sql): a build recomputes the grains whose
    conflicts int_facts__conflicts rebuilt since this model's last build and clears the grains
    that have no conflict left there.
-#}

with

conflicts as not materialized (
    select * from {{ ref('int_facts__conflicts') }}
),

provinces as (
    select * from {{ ref('dim_province') }}
),

{% if is_incremental() %}
grains as (
    select kind, grain_key
    from conflicts
    where built_at > {{ high_water_mark('built_at') }}
    union
    select built.kind, built.grain_key
    from {{ this }} as built
    where not exists (select 1 from conflicts where conflicts.grain_key = built.grain_key)
),

{% endif %}
province_conflicts as (
    select
        conflicts.*,
        provinces.unit_2025
    from conflicts
    inner join provinces on conflicts.province = provinces.province
    {%- if is_incremental() %}
    where (conflicts.kind, conflicts.grain_key) in (select kind, grain_key from grains)
    {%- endif %}
),

final as (
    {#- incremental: from the touched grains, so that a grain with no conflict left comes out as
        one placeholder row (kind and grain_key only, built_at null; see the post-hook) #}
    {%- set keys = 'grains' if is_incremental() else 'province_conflicts' %}
    select
        province_conflicts.fact_conflict_id,
        {{ keys }}.kind,
        {{ keys }}.grain_key,
        province_conflicts.province,
        province_conflicts.unit_2025,
        province_conflicts.index_code,
        province_conflicts.year,
        province_conflicts.period,
        province_conflicts.component,
        province_conflicts.scope,
        province_conflicts.differing_fields,
        province_conflicts.chosen_value,
        province_conflicts.chosen_value_source,
        province_conflicts.chosen_url,
        province_conflicts.chosen_observation_id,
        province_conflicts.chosen_score,
        province_conflicts.chosen_rank,
        province_conflicts.conflicting_value,
        province_conflicts.conflicting_value_source,
        province_conflicts.conflicting_url,
        province_conflicts.conflicting_observation_id,
        province_conflicts.conflicting_fact_id,
        province_conflicts.conflicting_score,
        province_conflicts.conflicting_rank,
        province_conflicts.conflicting_evidence,
        case when province_conflicts.fact_conflict_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from grains
    left join province_conflicts
        on grains.kind = province_conflicts.kind
        and grains.grain_key = province_conflicts.grain_key
    {%- else %}
    from province_conflicts
    {%- endif %}
)

select * from final
