{#-
    Facts with no province: national figures and facts whose province the text never names
    (the extractor emits province = null for both). They stay out of the province marts and
    are kept here, one row per fact of the newest extractor version, unreconciled.
-#}
with

facts as (
    select * from {{ ref('int_facts__with_source') }}
    where is_national
),

final as (
    select
        fact_id as national_fact_id,
        kind,
        index_code,
        year,
        period,
        period_type,
        component,
        score,
        rank,
        rank_of,
        score_change,
        rank_change,
        done,
        total,
        scope,
        received,
        resolved,
        early_pct,
        on_time_pct,
        late_pct,
        online,
        online_total,
        online_pct,
        evidence,
        value_source,
        article_id,
        source_id,
        source_province as source_host_province,
        url,
        published_on,
        extractor_version
    from facts
)

select * from final
