with

provinces as (
    select * from {{ ref('ref_provinces') }}
),

units as (
    select * from {{ ref('ref_units_2025') }}
),

variants as (
    select province, count(*) as variant_count
    from {{ ref('ref_province_variants') }}
    group by province
),

final as (
    select
        provinces.province,
        provinces.province_slug as province_id,
        provinces.province_type,
        provinces.province_type = 'city' as is_centrally_run_city,
        provinces.region,
        provinces.unit_2025,
        units.unit_slug as unit_2025_id,
        units.is_merged as is_unit_2025_merged,
        units.effective_from as unit_2025_effective_from,
        coalesce(variants.variant_count, 0) as spelling_variant_count
    from provinces
    left join units on provinces.unit_2025 = units.unit_2025
    left join variants on provinces.province = variants.province
)

select * from final
