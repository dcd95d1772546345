{{
    config(
        materialized='incremental',
        unique_key='index_result_id',
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['index_result_id']},
            {'columns': ['observation_origin', 'observation_id']},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Incremental by index result (see macros/incremental.sql): a build recomputes every result
    with a fact int_facts__with_source rebuilt since this model's last build (as a stated value,
    or as the previous year the fact restates), with an article observation whose fact is gone,
    or with an official row added, changed or removed.
-#}

with

facts as not materialized (
    select * from {{ ref('int_facts__with_source') }}
    where kind = 'index_result'
      and not is_national
      and is_province_conformed
      and index_code is not null
      and year is not null
),

official as not materialized (
    select * from {{ ref('stg_official__rankings') }}
    where is_province_conformed
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

{% if is_incremental() %}
built as not materialized (
    select * from {{ this }}
),

rebuilt_facts as (
    select grain_key, province, index_code, year, period, component, prev_score, prev_rank
    from facts
    where built_at > {{ high_water_mark('built_at') }}
),

changed_official as (
    -- official rows added or changed since the last build ...
    select province, index_code, year, component
    from official_observations
    where not exists (
        select 1
        from built
        where built.observation_origin = 'official'
          and built.observation_id = official_observations.observation_id
          and (built.province, built.index_code, built.year, built.component, built.score, built.rank,
               built.rank_of, built.observed_at, built.url, built.publisher, built.evidence)
              is not distinct from
              (official_observations.province, official_observations.index_code, official_observations.year,
               official_observations.component, official_observations.score, official_observations.rank,
               official_observations.rank_of, official_observations.observed_at, official_observations.url,
               official_observations.publisher, official_observations.evidence)
    )
    union
    -- ... and official rows built that are gone
    select built.province, built.index_code, built.year, built.component
    from built
    where built.observation_origin = 'official'
      and not exists (
          select 1 from official_observations where official_observations.observation_id = built.observation_id
      )
),

touched as (
    -- results stated by a fact int_facts__with_source rebuilt since the last build (the fact's
    -- grain key is the index result id) ...
    select
        grain_key as index_result_id,
        province, index_code, year, coalesce(period, cast(year as text)) as period_key, component
    from rebuilt_facts
    union
    -- ... or restated by such a fact as its previous year
    select
        {{ index_result_key('province', 'index_code', 'year - 1', 'cast(year - 1 as text)', 'component') }},
        province, index_code, year - 1, cast(year - 1 as text), component
    from rebuilt_facts
    where (prev_score is not null or prev_rank is not null)
      and (period is null or period = cast(year as text))
    union
    -- results with an article observation whose fact is gone from int_facts__with_source
    select built.index_result_id, built.province, built.index_code, built.year, built.period_key, built.component
    from built
    where built.observation_origin = 'article'
      and not exists (select 1 from {{ ref('int_facts__with_source') }} as facts where facts.fact_id = built.fact_id)
    union
    -- results whose official rows changed
    select
        {{ index_result_key('province', 'index_code', 'year', 'cast(year as text)', 'component') }},
        province, index_code, year, cast(year as text), component
    from changed_official
),

results as (
    select distinct index_result_id from touched
),

restating_grains as (
    -- the grains of the facts that restate a touched annual result as their previous year
    select {{ index_result_key('province', 'index_code', 'year + 1', 'cast(year + 1 as text)', 'component') }} as grain_key
    from touched
    where period_key = cast(year as text)
),

{% endif %}
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
    {%- if is_incremental() %}
    where grain_key in (select index_result_id from results)
    {%- endif %}
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
    {%- if is_incremental() %}
      and grain_key in (select grain_key from restating_grains)
    {%- endif %}
),

unioned as (
    select * from stated
    union all
    select * from restated_previous_year
    union all
    select * from official_observations
),

keyed as (
    select
        {{ index_result_key('province', 'index_code', 'year', 'period_key', 'component') }} as index_result_id,
        *
    from unioned
    {%- if is_incremental() %}
    -- the official rows are all at hand: keep those of the touched results
    where observation_origin = 'article'
       or {{ index_result_key('province', 'index_code', 'year', 'period_key', 'component') }}
          in (select index_result_id from results)
    {%- endif %}
),

final as (
    {#- incremental: from the touched results, so that a result with no observation left comes
        out as one placeholder row (index_result_id only, built_at null; see the post-hook) #}
    {%- set keys = 'results' if is_incremental() else 'keyed' %}
    select
        {{ keys }}.index_result_id,
        keyed.observation_id,
        keyed.observation_origin,
        keyed.is_previous_year_restatement,
        keyed.fact_id,
        keyed.ranking_id,
        keyed.article_id,
        keyed.source_id,
        keyed.source_kind,
        keyed.value_source,
        keyed.source_priority,
        keyed.extractor_version_key,
        keyed.published_on,
        keyed.observed_at,
        keyed.url,
        keyed.publisher,
        keyed.province,
        keyed.index_code,
        keyed.year,
        keyed.period_key,
        keyed.component,
        keyed.score,
        keyed.rank,
        keyed.rank_of,
        keyed.prev_score,
        keyed.prev_rank,
        keyed.score_change,
        keyed.rank_change,
        keyed.evidence,
        case when keyed.observation_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from results
    left join keyed on results.index_result_id = keyed.index_result_id
    {%- else %}
    from keyed
    {%- endif %}
)

select * from final
