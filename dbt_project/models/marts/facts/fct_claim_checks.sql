{#-
    Every provincial or press claim of an index score or rank (including previous-year values
    restated in an article) next to the official value for the same province × index × year ×
    component. Score tolerance: var claim_score_tolerance (default 0.01, i.e. printed rounding);
    ranks must match exactly.
-#}
{%- set score_tolerance = var('claim_score_tolerance', 0.01) %}

with

observations as (
    select * from {{ ref('int_index_results__observations') }}
),

claims as (
    select * from observations
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
    from observations
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

final as (
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
)

select * from final
