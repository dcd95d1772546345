{{
    config(
        materialized='incremental',
        unique_key='task_progress_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['task_progress_id'], 'unique': True},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Incremental by grain (see macros/incremental.sql): a build recomputes the grains whose facts
    int_facts__with_source rebuilt since this model's last build, from all of their facts, and
    clears the grains that vanished there.
-#}

with

facts as not materialized (
    select * from {{ ref('int_facts__with_source') }}
    where kind = 'task_progress' and not is_national and is_province_conformed and period is not null
),

provinces as (
    select * from {{ ref('dim_province') }}
),

conflicts as not materialized (
    select * from {{ ref('int_facts__conflicts') }}
    where kind = 'task_progress'
),

{% if is_incremental() %}
-- (a grain key is never shared across kinds, and a grain is national or not as a whole)
grains as (
    {{ touched_keys('facts', 'grain_key', ref('int_facts__with_source'), 'grain_key', 'task_progress_id', 'grain_key') }}
),

{% endif %}
{#- NOT MATERIALIZED: read twice (grain_stats, chosen) straight from the table's indexes; as a
    materialized CTE without statistics the planner would nest loops over it #}
grain_facts as not materialized (
    select * from facts
    {%- if is_incremental() %}
    where grain_key in (select grain_key from grains)
    {%- endif %}
),

grain_conflicts as (
    select grain_key, count(*) as conflict_count
    from conflicts
    {%- if is_incremental() %}
    where grain_key in (select grain_key from grains)
    {%- endif %}
    group by grain_key
),

grain_stats as (
    select grain_key, count(distinct article_id) as supporting_article_count
    from grain_facts
    group by grain_key
),

chosen as (
    select
        grain_facts.*,
        provinces.unit_2025
    from grain_facts
    inner join provinces on grain_facts.province = provinces.province
    where grain_facts.rank_within_grain = 1
),

final as (
    {#- incremental: from the touched grains, so that a grain with no fact left comes out as one
        placeholder row (task_progress_id only, built_at null; see the post-hook) #}
    {%- set keys = 'grains' if is_incremental() else 'chosen' %}
    select
        {{ keys }}.grain_key as task_progress_id,
        chosen.province,
        chosen.unit_2025,
        chosen.period,
        chosen.period_type,
        chosen.year,
        chosen.done,
        chosen.total,
        case when chosen.total > 0 then round(100.0 * chosen.done / chosen.total, 2) end as share_done_pct,
        chosen.value_source,
        chosen.fact_id as chosen_fact_id,
        chosen.article_id as chosen_article_id,
        chosen.source_id as chosen_source_id,
        chosen.url as chosen_url,
        chosen.published_on,
        chosen.evidence,
        grain_stats.supporting_article_count,
        coalesce(grain_conflicts.conflict_count, 0) > 0 as has_conflict,
        case when chosen.grain_key is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from grains
    left join chosen on grains.grain_key = chosen.grain_key
    {%- else %}
    from chosen
    {%- endif %}
    left join grain_stats on chosen.grain_key = grain_stats.grain_key
    left join grain_conflicts on chosen.grain_key = grain_conflicts.grain_key
)

select * from final
