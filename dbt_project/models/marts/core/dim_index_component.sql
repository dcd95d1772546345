with

components as (
    select * from {{ ref('ref_index_components') }}
),

final as (
    select
        {{ surrogate_key(['index_code', 'component']) }} as index_component_id,
        index_code,
        component,
        component_en,
        component_group,
        component_order,
        years_note
    from components
)

select * from final
