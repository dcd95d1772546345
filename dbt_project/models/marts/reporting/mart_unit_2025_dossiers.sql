{#-
    Whole-province dossier counts (scope 'toàn tỉnh') rolled up to the 34 units of 2025, per
    period. Counts add up; shares are recomputed from the counts (weighted by dossiers
    resolved) only when every reporting province gave them. Index scores and ranks are NOT
    rolled up: they stay at the historical province (fct_index_results, mart_province_scorecard).
-#}
with

dossiers as (
    select * from {{ ref('fct_dossier_stats') }}
    where is_whole_province
),

units as (
    select * from {{ ref('dim_unit_2025') }}
),

aggregated as (
    select
        unit_2025,
        period,
        min(period_type) as period_type,
        min(year) as year,
        count(*) as reporting_province_count,
        string_agg(province, ', ' order by province) as reporting_provinces,
        sum(received) as received,
        count(received) as received_province_count,
        sum(resolved) as resolved,
        count(resolved) as resolved_province_count,
        sum(online) as online,
        sum(online_total) as online_total,
        count(online_total) as online_province_count,
        case when count(*) = count(early_pct) and count(*) = count(resolved) and sum(resolved) > 0
            then round(sum(early_pct * resolved) / sum(resolved), 2) end as early_pct,
        case when count(*) = count(on_time_pct) and count(*) = count(resolved) and sum(resolved) > 0
            then round(sum(on_time_pct * resolved) / sum(resolved), 2) end as on_time_pct,
        case when count(*) = count(late_pct) and count(*) = count(resolved) and sum(resolved) > 0
            then round(sum(late_pct * resolved) / sum(resolved), 2) end as late_pct
    from dossiers
    group by unit_2025, period
),

final as (
    select
        {{ surrogate_key(['aggregated.unit_2025', 'aggregated.period']) }} as unit_dossier_id,
        aggregated.unit_2025,
        aggregated.period,
        aggregated.period_type,
        aggregated.year,
        units.member_province_count,
        aggregated.reporting_province_count,
        aggregated.reporting_province_count = units.member_province_count as is_complete,
        aggregated.reporting_provinces,
        aggregated.received,
        aggregated.resolved,
        aggregated.received_province_count,
        aggregated.resolved_province_count,
        aggregated.early_pct,
        aggregated.on_time_pct,
        aggregated.late_pct,
        aggregated.online,
        aggregated.online_total,
        case when aggregated.online_province_count = aggregated.reporting_province_count
            and aggregated.online_total > 0
            then round(100.0 * aggregated.online / aggregated.online_total, 2) end as online_pct
    from aggregated
    inner join units on aggregated.unit_2025 = units.unit_2025
)

select * from final
