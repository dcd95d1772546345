with

source as (
    select * from {{ source('scrape', 'sources') }}
),

priorities as (
    select * from {{ ref('ref_source_kind_priority') }}
),

provinces as (
    select * from {{ ref('stg_reference__province_variants') }}
),

final as (
    select
        source.source_id,
        source.name as source_name,
        source.kind as source_kind,
        coalesce(provinces.province, nullif(trim(source.province), '')) as source_province,
        provinces.province is not null or nullif(trim(source.province), '') is null
            as is_province_conformed,
        source.base_url,
        lower(substring(source.base_url from '^[a-z]+://([^/:]+)')) as source_host,
        source.cms,
        source.enabled as is_enabled,
        priorities.priority as kind_priority,
        priorities.value_source,
        source.updated_at
    from source
    left join priorities on source.kind = priorities.source_kind
    left join provinces on {{ province_key('source.province') }} = provinces.variant_key
)

select * from final
