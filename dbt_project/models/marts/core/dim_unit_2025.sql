with

units as (
    select * from {{ ref('ref_units_2025') }}
),

provinces as (
    select * from {{ ref('ref_provinces') }}
),

members as (
    select
        unit_2025,
        count(*) as member_province_count,
        string_agg(province, ', ' order by province) as member_provinces
    from provinces
    group by unit_2025
),

final as (
    select
        units.unit_2025,
        units.unit_slug as unit_2025_id,
        units.unit_type,
        units.is_merged,
        units.effective_from,
        coalesce(members.member_province_count, 0) as member_province_count,
        members.member_provinces
    from units
    left join members on units.unit_2025 = members.unit_2025
)

select * from final
