{{
    config(
        materialized='incremental',
        unique_key='index_result_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['index_result_id']},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Every provincial or press claim of an index score or rank (including previous-year values
    restated in an article) next to the official value for the same province × index × year ×
    component. Score tolerance: var claim_score_tolerance (default 0.01, i.e. printed rounding);
    ranks must match exactly.

    Incremental by index result (see macros/incremental.sql): a build recomputes the claims of
    every result int_index_results__observations rebuilt since this model's last build (its
    claims and its official value live there) and clears the results gone there.
-#}
{%- set score_tolerance = var('claim_score_tolerance', 0.01) %}

with

observations as not materialized (
    select * from {{ ref('int_index_results__observations') }}
),

{% if is_incremental() %}
results as (
    {{ touched_keys('observations', 'index_result_id', 'observations', 'index_result_id', 'index_result_id', 'index_result_id') }}
),

{% endif %}
result_observations as (
    select * from observations
    {%- if is_incremental() %}
    where index_result_id in (select index_result_id from results)
    {%- endif %}
),

claims as (
    select * from result_observations
    where observation_origin = 'article'
      and (score is not null or rank is not null)
),

official_ranked as (
    select
        *,
        row_number() over (
            partition by index_result_id
            order by observed_at desc nulls last, observation_id
        ) as official_rank
    from result_observations
    where observation_origin = 'official'
),

official as (
    select * from official_ranked where official_rank = 1
),

compared as (
    select
        claims.*,
        official.ranking_id as official_ranking_id,
        official.score as official_score,
        official.rank as official_rank_value,
        official.rank_of as official_rank_of,
        official.publisher as official_publisher,
        official.url as official_document_url,
        official.evidence as official_locator,
        claims.score is not null and official.score is not null as is_score_compared,
        claims.rank is not null and official.rank is not null as is_rank_compared
    from claims
    left join official on claims.index_result_id = official.index_result_id
),

checks as (
    select
        observation_id as claim_check_id,
        index_result_id,
        province,
        index_code,
        year,
        period_key as period,
        component,
        fact_id as claim_fact_id,
        article_id as claim_article_id,
        source_id as claim_source_id,
        value_source as claim_value_source,
        url as claim_url,
        published_on as claim_published_on,
        evidence as claim_evidence,
        is_previous_year_restatement,
        score as claimed_score,
        rank as claimed_rank,
        rank_of as claimed_rank_of,
        official_ranking_id,
        official_score,
        official_rank_value as official_rank,
        official_rank_of,
        official_publisher,
        official_document_url,
        official_locator,
        case when is_score_compared then score - official_score end as score_difference,
        case when is_rank_compared then rank - official_rank_value end as rank_difference,
        is_score_compared,
        is_rank_compared,
        case
            when official_ranking_id is null or not (is_score_compared or is_rank_compared)
                then 'no official value'
            when (is_score_compared and abs(score - official_score) > {{ score_tolerance }})
                or (is_rank_compared and rank <> official_rank_value)
                then 'differs'
            else 'match'
        end as status,
        cast({{ score_tolerance }} as numeric) as score_tolerance,
        0 as rank_tolerance
    from compared
),

final as (
    {#- incremental: from the touched results, so that a result with no claim left comes out as
        one placeholder row (index_result_id only, built_at null; see the post-hook) #}
    {%- set keys = 'results' if is_incremental() else 'checks' %}
    select
        checks.claim_check_id,
        {{ keys }}.index_result_id,
        checks.province,
        checks.index_code,
        checks.year,
        checks.period,
        checks.component,
        checks.claim_fact_id,
        checks.claim_article_id,
        checks.claim_source_id,
        checks.claim_value_source,
        checks.claim_url,
        checks.claim_published_on,
        checks.claim_evidence,
        checks.is_previous_year_restatement,
        checks.claimed_score,
        checks.claimed_rank,
        checks.claimed_rank_of,
        checks.official_ranking_id,
        checks.official_score,
        checks.official_rank,
        checks.official_rank_of,
        checks.official_publisher,
        checks.official_document_url,
        checks.official_locator,
        checks.score_difference,
        checks.rank_difference,
        checks.is_score_compared,
        checks.is_rank_compared,
        checks.status,
        checks.score_tolerance,
        checks.rank_tolerance,
        case when checks.claim_check_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from results
    left join checks on results.index_result_id = checks.index_result_id
    {%- else %}
    from checks
    {%- endif %}
)

select * from final
