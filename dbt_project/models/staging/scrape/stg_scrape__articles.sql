{{
    config(
        materialized='incremental',
        unique_key='article_id',
        incremental_strategy='merge',
        on_schema_change='append_new_columns',
        indexes=[
            {'columns': ['article_id'], 'unique': True},
            {'columns': ['url']},
            {'columns': ['parsed_at']},
        ]
    )
}}

{%- set window = backfill_window_filter('parsed_at') %}

with

source as (
    select * from {{ source('scrape', 'articles') }}
    {% if window is not none %}
    where {{ window }}
    {% elif is_incremental() %}
    -- >= with merge: rows parsed in the same instant as the high-water mark are re-merged, not lost
    where parsed_at >= (select coalesce(max(parsed_at), '-infinity'::timestamptz) from {{ this }})
    {% endif %}
),

latest_parse as (
    select
        *,
        row_number() over (partition by article_id order by parsed_at desc, loaded_at desc) as parse_rank
    from source
),

final as (
    select
        article_id,
        source_id,
        url,
        lower(substring(url from '^[a-z]+://([^/:]+)')) as url_host,
        page_sha256,
        title,
        body,
        length(body) as body_chars,
        published_on,
        parser,
        parser_version,
        parsed_at,
        loaded_at
    from latest_parse
    where parse_rank = 1
)

select * from final
