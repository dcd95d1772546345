with

facts as (
    select * from {{ ref('int_facts__with_source') }}
    where kind = 'index_result'
      and not is_national
      and is_province_conformed
      and index_code is not null
      and year is not null
),

official as (
    select * from {{ ref('stg_official__rankings') }}
    where is_province_conformed
),

stated as (
    select
        fact_id as observation_id,
        'article' as observation_origin,
        false as is_previous_year_restatement,
        fact_id,
        cast(null as text) as ranking_id,
        article_id,
        source_id,
        source_kind,
        value_source,
        source_priority,
        extractor_version_key,
        published_on,
        parsed_at as observed_at,
        url,
        cast(null as text) as publisher,
        province,
        index_code,
        year,
        coalesce(period, cast(year as text)) as period_key,
        component,
        score,
        rank,
        rank_of,
        prev_score,
        prev_rank,
        score_change,
        rank_change,
        evidence
    from facts
),

restated_previous_year as (
    -- "tăng 14 hạng so với năm 2021 (87,20 điểm, hạng 22)": the previous year's value, as
    -- restated by the article, is an observation of year - 1 (trusted after direct statements)
    select
        md5(fact_id || '|previous_year') as observation_id,
        'article' as observation_origin,
        true as is_previous_year_restatement,
        fact_id,
        cast(null as text) as ranking_id,
        article_id,
        source_id,
        source_kind,
        value_source,
        source_priority,
        extractor_version_key,
        published_on,
        parsed_at as observed_at,
        url,
        cast(null as text) as publisher,
        province,
        index_code,
        year - 1 as year,
        cast(year - 1 as text) as period_key,
        component,
        prev_score as score,
        prev_rank as rank,
        cast(null as integer) as rank_of,
        cast(null as numeric) as prev_score,
        cast(null as integer) as prev_rank,
        cast(null as numeric) as score_change,
        cast(null as integer) as rank_change,
        evidence
    from facts
    where (prev_score is not null or prev_rank is not null)
      and (period is null or period = cast(year as text))
),

official_observations as (
    select
        ranking_id as observation_id,
        'official' as observation_origin,
        false as is_previous_year_restatement,
        cast(null as text) as fact_id,
        ranking_id,
        cast(null as text) as article_id,
        cast(null as text) as source_id,
        'official_table' as source_kind,
        'official' as value_source,
        0 as source_priority,
        cast(null as text) as extractor_version_key,
        cast(null as date) as published_on,
        loaded_at as observed_at,
        document_url as url,
        publisher,
        province,
        index_code,
        year,
        cast(year as text) as period_key,
        component,
        score,
        rank,
        rank_of,
        cast(null as numeric) as prev_score,
        cast(null as integer) as prev_rank,
        cast(null as numeric) as score_change,
        cast(null as integer) as rank_change,
        locator as evidence
    from official
),

unioned as (
    select * from stated
    union all
    select * from restated_previous_year
    union all
    select * from official_observations
),

final as (
    select
        {{ surrogate_key(['province', 'index_code', 'year', 'period_key', "coalesce(component, " ~ component_sentinel() ~ ")"]) }}
            as index_result_id,
        *
    from unioned
)

select * from final
