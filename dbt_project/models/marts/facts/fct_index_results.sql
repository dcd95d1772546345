{{
    config(
        materialized='incremental',
        unique_key='index_result_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['index_result_id'], 'unique': True},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Incremental by index result (see macros/incremental.sql): a build recomputes the results
    int_index_results__reconciled rebuilt since this model's last build and clears the results
    that vanished there.
-#}

with

index_results as not materialized (
    select * from {{ ref('int_index_results__reconciled') }}
),

provinces as (
    select * from {{ ref('dim_province') }}
),

components as (
    select * from {{ ref('dim_index_component') }}
),

{% if is_incremental() %}
results as (
    {{ touched_keys('index_results', 'index_result_id', 'index_results', 'index_result_id', 'index_result_id', 'index_result_id') }}
),

{% endif %}
province_results as (
    select
        index_results.*,
        provinces.unit_2025
    from index_results
    inner join provinces on index_results.province = provinces.province
    {%- if is_incremental() %}
    where index_results.index_result_id in (select index_result_id from results)
    {%- endif %}
),

final as (
    {#- incremental: from the touched results, so that a result with nothing left comes out as
        one placeholder row (index_result_id only, built_at null; see the post-hook) #}
    {%- set keys = 'results' if is_incremental() else 'province_results' %}
    select
        {{ keys }}.index_result_id,
        province_results.province,
        province_results.unit_2025,
        province_results.index_code,
        province_results.year,
        province_results.period_key as period,
        province_results.period_key = cast(province_results.year as text) as is_annual,
        province_results.component,
        province_results.component is null as is_composite,
        components.index_component_id,
        province_results.score,
        province_results.rank,
        province_results.rank_of,
        province_results.prev_score,
        province_results.prev_rank,
        province_results.score_change,
        province_results.rank_change,
        province_results.value_source,
        province_results.chosen_origin,
        province_results.chosen_fact_id,
        province_results.chosen_ranking_id,
        province_results.chosen_article_id,
        province_results.chosen_source_id,
        province_results.chosen_url,
        province_results.chosen_publisher,
        province_results.is_chosen_from_previous_year_restatement,
        province_results.observation_count,
        province_results.supporting_article_count,
        province_results.agreeing_article_count,
        province_results.official_row_count,
        province_results.has_conflict,
        province_results.disagreeing_values,
        case when province_results.index_result_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from results
    left join province_results on results.index_result_id = province_results.index_result_id
    {%- else %}
    from province_results
    {%- endif %}
    left join components
        on province_results.index_code = components.index_code
        and province_results.component = components.component
)

select * from final
