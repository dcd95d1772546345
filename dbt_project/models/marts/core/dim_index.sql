with

indices as (
    select * from {{ ref('ref_indices') }}
),

components as (
    select index_code, count(*) as component_count
    from {{ ref('ref_index_components') }}
    group by index_code
),

final as (
    select
        indices.index_code,
        indices.index_name,
        indices.name_vi,
        indices.publisher,
        indices.scale_min,
        indices.scale_max,
        indices.first_year,
        indices.higher_is_better,
        coalesce(components.component_count, 0) as component_count
    from indices
    left join components on indices.index_code = components.index_code
)

select * from final
