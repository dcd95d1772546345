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
    Incremental by index result (see macros/incremental.sql): a build recomputes every result
    int_index_results__observations rebuilt since this model's last build, from all of its
    observations, and clears the results that have no observation left.
-#}

with

observations as not materialized (
    select * from {{ ref('int_index_results__observations') }}
),

{% if is_incremental() %}
results as (
    select index_result_id
    from observations
    where built_at > {{ high_water_mark('built_at') }}
    union
    select built.index_result_id
    from {{ this }} as built
    where not exists (select 1 from observations where observations.index_result_id = built.index_result_id)
),

{% endif %}
ranked as (
    select
        *,
        row_number() over (
            partition by index_result_id
            order by
                -- an observation with a score or a rank beats one that only states a change
                case when score is not null or rank is not null then 0 else 1 end,
                -- official table > national publisher > the province's own site > press
                source_priority,
                -- a direct statement beats a previous-year restatement
                is_previous_year_restatement,
                -- newest extractor version, then newest article (or newest official load)
                extractor_version_key desc nulls last,
                published_on desc nulls last,
                observed_at desc nulls last,
                observation_id
        ) as observation_rank
    from observations
    {%- if is_incremental() %}
    where observations.index_result_id in (select index_result_id from results)
    {%- endif %}
),

chosen as (
    select * from ranked where observation_rank = 1
),

compared as (
    select
        ranked.*,
        {{ index_values_disagree('ranked', 'chosen') }} as is_disagreeing
    from ranked
    inner join chosen on ranked.index_result_id = chosen.index_result_id
),

aggregated as (
    select
        index_result_id,
        -- fallbacks come only from observations that agree with the chosen value: an article
        -- claiming rank 8 (+14 places) says nothing reliable about the change when the official
        -- table has rank 9
        (array_agg(rank_of order by observation_rank) filter (where rank_of is not null and not is_disagreeing))[1]
            as rank_of_any,
        (array_agg(prev_score order by observation_rank) filter (where prev_score is not null and not is_disagreeing))[1]
            as prev_score,
        (array_agg(prev_rank order by observation_rank) filter (where prev_rank is not null and not is_disagreeing))[1]
            as prev_rank,
        (array_agg(score_change order by observation_rank) filter (where score_change is not null and not is_disagreeing))[1]
            as score_change,
        (array_agg(rank_change order by observation_rank) filter (where rank_change is not null and not is_disagreeing))[1]
            as rank_change,
        count(*) as observation_count,
        count(distinct article_id) as supporting_article_count,
        count(distinct article_id) filter (where not is_disagreeing) as agreeing_article_count,
        count(*) filter (where observation_origin = 'official') as official_row_count,
        count(*) filter (where is_disagreeing) as disagreeing_observation_count,
        string_agg(
            distinct
            format(
                '%s: score %s, rank %s (%s)',
                value_source,
                coalesce(cast(score as text), '-'),
                coalesce(cast(rank as text), '-'),
                url
            ),
            '; '
        ) filter (where is_disagreeing) as disagreeing_values
    from compared
    group by index_result_id
),

final as (
    {#- incremental: from the touched results, so that a result with no observation left comes
        out as one placeholder row (index_result_id only, built_at null; see the post-hook) #}
    {%- set keys = 'results' if is_incremental() else 'chosen' %}
    select
        {{ keys }}.index_result_id,
        chosen.province,
        chosen.index_code,
        chosen.year,
        chosen.period_key,
        chosen.component,
        chosen.score,
        chosen.rank,
        coalesce(chosen.rank_of, aggregated.rank_of_any) as rank_of,
        aggregated.prev_score,
        aggregated.prev_rank,
        aggregated.score_change,
        aggregated.rank_change,
        chosen.value_source,
        chosen.observation_origin as chosen_origin,
        chosen.observation_id as chosen_observation_id,
        chosen.fact_id as chosen_fact_id,
        chosen.ranking_id as chosen_ranking_id,
        chosen.article_id as chosen_article_id,
        chosen.source_id as chosen_source_id,
        chosen.url as chosen_url,
        chosen.publisher as chosen_publisher,
        chosen.is_previous_year_restatement as is_chosen_from_previous_year_restatement,
        aggregated.observation_count,
        aggregated.supporting_article_count,
        aggregated.agreeing_article_count,
        aggregated.official_row_count,
        aggregated.disagreeing_observation_count,
        aggregated.disagreeing_observation_count > 0 as has_conflict,
        aggregated.disagreeing_values,
        case when chosen.index_result_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from results
    left join chosen on results.index_result_id = chosen.index_result_id
    left join aggregated on results.index_result_id = aggregated.index_result_id
    {%- else %}
    from chosen
    inner join aggregated on chosen.index_result_id = aggregated.index_result_id
    {%- endif %}
)

select * from final
