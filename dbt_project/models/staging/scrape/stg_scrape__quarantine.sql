with

quarantine as (
    select * from {{ source('scrape', 'quarantine') }}
),

final as (
    select
        quarantine_id,
        run_id,
        stage,
        source_id,
        record_key,
        reason,
        payload,
        quarantined_at
    from quarantine
)

select * from final
