with

conflicts as (
    select * from {{ ref('int_facts__conflicts') }}
),

provinces as (
    select * from {{ ref('dim_province') }}
),

final as (
    select
        conflicts.fact_conflict_id,
        conflicts.kind,
        conflicts.grain_key,
        conflicts.province,
        provinces.unit_2025,
        conflicts.index_code,
        conflicts.year,
        conflicts.period,
        conflicts.component,
        conflicts.scope,
        conflicts.differing_fields,
        conflicts.chosen_value,
        conflicts.chosen_value_source,
        conflicts.chosen_url,
        conflicts.chosen_observation_id,
        conflicts.chosen_score,
        conflicts.chosen_rank,
        conflicts.conflicting_value,
        conflicts.conflicting_value_source,
        conflicts.conflicting_url,
        conflicts.conflicting_observation_id,
        conflicts.conflicting_fact_id,
        conflicts.conflicting_score,
        conflicts.conflicting_rank,
        conflicts.conflicting_evidence
    from conflicts
    inner join provinces on conflicts.province = provinces.province
)

select * from final
