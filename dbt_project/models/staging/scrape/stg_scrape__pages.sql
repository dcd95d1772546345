with

source as (
    select * from {{ source('scrape', 'pages') }}
),

final as (
    select
        page_id,
        source_id,
        url,
        sha256 as page_sha256,
        raw_path,
        content_type,
        encoding,
        bytes as body_bytes,
        first_fetched_at,
        last_fetched_at
    from source
)

select * from final
