with

variants as (
    select * from {{ ref('ref_province_variants') }}
),

provinces as (
    select * from {{ ref('ref_provinces') }}
),

all_spellings as (
    select variant, province from variants
    union all
    select province as variant, province from provinces
),

final as (
    select distinct
        {{ province_key('variant') }} as variant_key,
        province
    from all_spellings
)

select * from final
