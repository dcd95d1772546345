with

source as (
    select * from {{ source('scrape', 'fetch_log') }}
),

final as (
    select
        fetch_id,
        run_id,
        source_id,
        url,
        lower(substring(url from '^[a-z]+://([^/:]+)')) as url_host,
        fetched_at,
        status as http_status,
        outcome,
        outcome in ('fetched', 'unchanged') as is_success,
        sha256 as page_sha256,
        bytes as body_bytes,
        elapsed_ms,
        etag,
        last_modified,
        content_type,
        error as error_message
    from source
)

select * from final
