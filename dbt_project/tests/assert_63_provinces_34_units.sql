-- The historical key has exactly 63 provinces and they roll up to exactly 34 units of 2025.
with

provinces as (
    select * from {{ ref('dim_province') }}
),

units as (
    select * from {{ ref('dim_unit_2025') }}
),

counts as (
    select
        (select count(*) from provinces) as province_count,
        (select count(distinct unit_2025) from provinces) as unit_count_from_provinces,
        (select count(*) from units) as unit_count,
        (select sum(member_province_count) from units) as member_count
)

select * from counts
where province_count <> 63 or unit_count_from_provinces <> 34 or unit_count <> 34 or member_count <> 63
