-- Every spelling in ref_province_variants resolves, through the same key the models use,
-- to its own province and to no other.
with

variants as (
    select * from {{ ref('ref_province_variants') }}
),

lookup as (
    select * from {{ ref('stg_reference__province_variants') }}
),

resolved as (
    select
        variants.variant,
        variants.province as expected_province,
        lookup.province as resolved_province
    from variants
    left join lookup on {{ province_key('variants.variant') }} = lookup.variant_key
)

select * from resolved
where resolved_province is distinct from expected_province
