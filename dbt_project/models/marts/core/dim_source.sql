with

sources as (
    select * from {{ ref('stg_scrape__sources') }}
),

final as (
    select
        source_id,
        source_name,
        source_kind,
        source_province,
        is_province_conformed,
        base_url,
        source_host,
        cms,
        is_enabled,
        kind_priority,
        value_source,
        updated_at
    from sources
)

select * from final
