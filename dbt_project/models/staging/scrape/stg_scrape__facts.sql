{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='delete+insert',
        on_schema_change='append_new_columns',
        indexes=[
            {'columns': ['fact_id'], 'unique': True},
            {'columns': ['article_id']},
            {'columns': ['extracted_at']},
        ]
    )
}}

{#-
    unique_key is the ARTICLE, not the fact: an article's facts are replaced as a unit
    (delete+insert), so a newer extractor version supersedes the older version's facts and a
    re-extraction that dropped a fact drops it here too. fact_id stays the primary key (tested).
-#}

{%- set window = backfill_window_filter('extracted_at') %}

with

{#- NOT MATERIALIZED: Postgres otherwise materializes a CTE used more than once, a copy of every
    raw fact without statistics, and plans the incremental run around it. #}
facts as not materialized (
    select * from {{ source('scrape', 'facts') }}
),

province_variants as (
    select * from {{ ref('stg_reference__province_variants') }}
),

components as (
    select * from {{ ref('ref_index_components') }}
),

changed_articles as (
    select distinct article_id
    from facts
    {% if window is not none %}
    where {{ window }}
    {% elif is_incremental() %}
    where extracted_at >= {{ high_water_mark('extracted_at') }}
    {% endif %}
    {% if is_incremental() %}
    union
    -- facts already staged that the loader has since deleted (re-extraction of the same version)
    select staged.article_id
    from {{ this }} as staged
    where not exists (select 1 from facts where facts.fact_id = staged.fact_id)
    {% endif %}
),

versioned as (
    select
        facts.*,
        {{ version_sort_key('facts.extractor_version') }} as extractor_version_key
    from facts
    inner join changed_articles on facts.article_id = changed_articles.article_id
),

newest_version as (
    select
        *,
        dense_rank() over (
            partition by article_id
            order by extractor_version_key desc, extractor_version desc
        ) as version_rank
    from versioned
),

typed as (
    select
        fact_id,
        article_id,
        extractor_version,
        extractor_version_key,
        kind,
        nullif(trim(province), '') as province_raw,
        upper(nullif(trim(index_code), '')) as index_code,
        year,
        nullif(trim(period), '') as period,
        nullif(trim(component), '') as component_raw,
        score,
        rank,
        rank_of,
        prev_score,
        prev_rank,
        score_change,
        rank_change,
        done,
        total,
        nullif(trim(scope), '') as scope,
        received,
        resolved,
        early_pct,
        on_time_pct,
        late_pct,
        online,
        online_total,
        online_pct,
        evidence,
        payload,
        extracted_at
    from newest_version
    where version_rank = 1
),

conformed as (
    select
        typed.*,
        province_variants.province as province_conformed,
        components.component as component_conformed
    from typed
    left join province_variants
        on {{ province_key('typed.province_raw') }} = province_variants.variant_key
    left join components
        on typed.index_code = components.index_code
        and {{ name_key('typed.component_raw') }} = {{ name_key('components.component') }}
),

final as (
    select
        fact_id,
        article_id,
        extractor_version,
        extractor_version_key,
        kind,
        coalesce(province_conformed, province_raw) as province,
        province_raw,
        province_raw is null as is_national,
        province_raw is null or province_conformed is not null as is_province_conformed,
        index_code,
        coalesce(year, cast(substring(period from '^([0-9]{4})') as integer)) as year,
        period,
        {{ period_type('period') }} as period_type,
        coalesce(component_conformed, component_raw) as component,
        component_raw is null or component_conformed is not null as is_component_conformed,
        score,
        rank,
        rank_of,
        prev_score,
        prev_rank,
        score_change,
        rank_change,
        done,
        total,
        case when kind = 'dossier_stats' then coalesce(scope, '(unspecified)') end as scope,
        received,
        resolved,
        early_pct,
        on_time_pct,
        late_pct,
        online,
        online_total,
        online_pct,
        evidence,
        payload,
        extracted_at
    from conformed
)

select * from final
