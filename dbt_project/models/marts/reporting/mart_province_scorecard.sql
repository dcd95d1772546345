{#-
    One row per historical province and year with each index's composite score, rank and rank
    change: the table a BI dashboard starts from. rank_change is positive when the province
    moved up (rank number fell): the stated change, else previous rank - rank, else the
    difference to the previous year's row.
-#}
{%- set indices = [
    ('PAR_INDEX', 'par_index'),
    ('SIPAS', 'sipas'),
    ('PAPI', 'papi'),
    ('PCI', 'pci'),
    ('DTI', 'dti'),
    ('ICT_INDEX', 'ict_index'),
] %}

with

index_results as (
    select * from {{ ref('fct_index_results') }}
    where is_composite and is_annual
      and index_code in ({% for code, _ in indices %}'{{ code }}'{% if not loop.last %}, {% endif %}{% endfor %})
),

provinces as (
    select * from {{ ref('dim_province') }}
),

with_lag as (
    select
        index_results.*,
        previous.rank as previous_year_rank
    from index_results
    left join index_results as previous
        on index_results.province = previous.province
        and index_results.index_code = previous.index_code
        and index_results.year = previous.year + 1
),

province_years as (
    select distinct province, year from index_results
),

final as (
    select
        {{ surrogate_key(['province_years.province', 'province_years.year']) }} as scorecard_id,
        province_years.province,
        province_years.year,
        provinces.region,
        provinces.unit_2025,
        {%- for code, prefix in indices %}
        max(with_lag.score) filter (where with_lag.index_code = '{{ code }}') as {{ prefix }}_score,
        max(with_lag.rank) filter (where with_lag.index_code = '{{ code }}') as {{ prefix }}_rank,
        max(with_lag.rank_of) filter (where with_lag.index_code = '{{ code }}') as {{ prefix }}_rank_of,
        max(
            coalesce(with_lag.rank_change, with_lag.prev_rank - with_lag.rank, with_lag.previous_year_rank - with_lag.rank)
        ) filter (where with_lag.index_code = '{{ code }}') as {{ prefix }}_rank_change,
        max(with_lag.value_source) filter (where with_lag.index_code = '{{ code }}') as {{ prefix }}_value_source,
        {%- endfor %}
        count(distinct with_lag.index_code) as index_count
    from province_years
    inner join provinces on province_years.province = provinces.province
    inner join with_lag
        on province_years.province = with_lag.province
        and province_years.year = with_lag.year
    group by province_years.province, province_years.year, provinces.region, provinces.unit_2025
)

select * from final
