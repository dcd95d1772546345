with

source as (
    select * from {{ source('official', 'official_rankings') }}
    {% if not var('include_test_data', false) %}
    where not is_test_data
    {% endif %}
),

province_variants as (
    select * from {{ ref('stg_reference__province_variants') }}
),

components as (
    select * from {{ ref('ref_index_components') }}
),

final as (
    select
        source.ranking_id,
        source.publisher,
        upper(trim(source.index_code)) as index_code,
        source.year,
        coalesce(components.component, nullif(trim(source.component), '')) as component,
        coalesce(province_variants.province, trim(source.province)) as province,
        trim(source.province) as province_raw,
        province_variants.province is not null as is_province_conformed,
        source.score,
        source.rank,
        source.rank_of,
        source.document_url,
        source.raw_sha256,
        source.locator,
        source.is_test_data,
        source.loaded_at
    from source
    left join province_variants
        on {{ province_key('source.province') }} = province_variants.variant_key
    left join components
        on upper(trim(source.index_code)) = components.index_code
        and {{ name_key('source.component') }} = {{ name_key('components.component') }}
)

select * from final
