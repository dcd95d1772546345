with

facts as (
    select * from {{ ref('int_facts__with_source') }}
    where kind = 'task_progress' and not is_national and is_province_conformed and period is not null
),

provinces as (
    select * from {{ ref('dim_province') }}
),

conflicts as (
    select grain_key, count(*) as conflict_count
    from {{ ref('int_facts__conflicts') }}
    where kind = 'task_progress'
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
        chosen.grain_key as task_progress_id,
        chosen.province,
        provinces.unit_2025,
        chosen.period,
        chosen.period_type,
        chosen.year,
        chosen.done,
        chosen.total,
        case when chosen.total > 0 then round(100.0 * chosen.done / chosen.total, 2) end as share_done_pct,
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
