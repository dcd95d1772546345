with

facts as (
    select * from {{ ref('int_facts__with_source') }}
    where kind = 'dossier_stats' and not is_national and is_province_conformed and period is not null
),

provinces as (
    select * from {{ ref('dim_province') }}
),

conflicts as (
    select grain_key, count(*) as conflict_count
    from {{ ref('int_facts__conflicts') }}
    where kind = 'dossier_stats'
    group by grain_key
),

grain_stats as (
    select grain_key, count(distinct article_id) as supporting_article_count
    from facts
    group by grain_key
),

chosen as (
    select * from facts where rank_within_grain = 1
),

final as (
    select
        chosen.grain_key as dossier_stats_id,
        chosen.province,
        provinces.unit_2025,
        chosen.period,
        chosen.period_type,
        chosen.year,
        chosen.scope,
        chosen.scope = 'toàn tỉnh' as is_whole_province,
        chosen.received,
        chosen.resolved,
        chosen.early_pct,
        chosen.on_time_pct,
        chosen.late_pct,
        chosen.online,
        chosen.online_total,
        coalesce(
            chosen.online_pct,
            case when chosen.online_total > 0 then round(100.0 * chosen.online / chosen.online_total, 2) end
        ) as online_pct,
        chosen.online_pct is null and chosen.online_total > 0 as is_online_pct_derived,
        chosen.value_source,
        chosen.fact_id as chosen_fact_id,
        chosen.article_id as chosen_article_id,
        chosen.source_id as chosen_source_id,
        chosen.url as chosen_url,
        chosen.published_on,
        chosen.evidence,
        grain_stats.supporting_article_count,
        coalesce(conflicts.conflict_count, 0) > 0 as has_conflict
    from chosen
    inner join provinces on chosen.province = provinces.province
    inner join grain_stats on chosen.grain_key = grain_stats.grain_key
    left join conflicts on chosen.grain_key = conflicts.grain_key
)

select * from final
