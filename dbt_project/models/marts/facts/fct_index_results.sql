with

index_results as (
    select * from {{ ref('int_index_results__reconciled') }}
),

provinces as (
    select * from {{ ref('dim_province') }}
),

components as (
    select * from {{ ref('dim_index_component') }}
),

final as (
    select
        index_results.index_result_id,
        index_results.province,
        provinces.unit_2025,
        index_results.index_code,
        index_results.year,
        index_results.period_key as period,
        index_results.period_key = cast(index_results.year as text) as is_annual,
        index_results.component,
        index_results.component is null as is_composite,
        components.index_component_id,
        index_results.score,
        index_results.rank,
        index_results.rank_of,
        index_results.prev_score,
        index_results.prev_rank,
        index_results.score_change,
        index_results.rank_change,
        index_results.value_source,
        index_results.chosen_origin,
        index_results.chosen_fact_id,
        index_results.chosen_ranking_id,
        index_results.chosen_article_id,
        index_results.chosen_source_id,
        index_results.chosen_url,
        index_results.chosen_publisher,
        index_results.is_chosen_from_previous_year_restatement,
        index_results.observation_count,
        index_results.supporting_article_count,
        index_results.agreeing_article_count,
        index_results.official_row_count,
        index_results.has_conflict,
        index_results.disagreeing_values
    from index_results
    inner join provinces on index_results.province = provinces.province
    left join components
        on index_results.index_code = components.index_code
        and index_results.component = components.component
)

select * from final
