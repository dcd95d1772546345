with

spine as (
    select cast(day as date) as date_day
    from generate_series(cast('2005-01-01' as date), cast('2030-12-31' as date), interval '1 day') as days (day)
),

final as (
    select
        date_day,
        cast(extract(year from date_day) as integer) as year,
        cast(extract(quarter from date_day) as integer) as quarter,
        cast(extract(month from date_day) as integer) as month,
        cast(extract(day from date_day) as integer) as day_of_month,
        cast(extract(isodow from date_day) as integer) as iso_day_of_week,
        cast(date_trunc('month', date_day) as date) as month_start,
        to_char(date_day, 'YYYY-MM') as year_month,
        date_day >= date '2025-07-01' as is_after_2025_reorganisation
    from spine
)

select * from final
