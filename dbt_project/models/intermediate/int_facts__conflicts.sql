{{
    config(
        materialized='incremental',
        unique_key=['kind', 'grain_key'],
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['grain_key']},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Every observation that disagrees with the value the warehouse chose for its grain, next to
    the chosen value. Index results compare score (within var conflict_score_tolerance) and rank;
    task progress compares done/total; dossier statistics compare counts exactly and shares
    within the tolerance. Missing values never disagree.

    Incremental by grain (see macros/incremental.sql): a build recomputes the conflicts of every
    index result int_index_results__reconciled rebuilt, and of every task or dossier grain
    int_facts__with_source rebuilt, since this model's last build, and clears the grains that
    vanished upstream.
-#}
{%- set tol = var('conflict_score_tolerance', 0.01) %}

with

index_observations as not materialized (
    select * from {{ ref('int_index_results__observations') }}
),

index_results as not materialized (
    select * from {{ ref('int_index_results__reconciled') }}
),

facts as not materialized (
    select * from {{ ref('int_facts__with_source') }}
    where not is_national and is_province_conformed
),

{% if is_incremental() %}
{%- set since = high_water_mark('built_at') %}
built as not materialized (
    select * from {{ this }}
),

grains as (
    -- index results rebuilt since this model's last build
    select 'index_result' as kind, index_result_id as grain_key
    from index_results
    where built_at > {{ since }}
    union
    -- task and dossier grains rebuilt since then
    select kind, grain_key
    from facts
    where kind in ('task_progress', 'dossier_stats')
      and built_at > {{ since }}
    union
    -- grains this model holds that vanished upstream
    select built.kind, built.grain_key
    from built
    where built.kind = 'index_result'
      and not exists (select 1 from index_results where index_results.index_result_id = built.grain_key)
    union
    select built.kind, built.grain_key
    from built
    where built.kind <> 'index_result'
      -- (a grain key is never shared across kinds, and a grain is national or not as a whole)
      and not exists (
          select 1 from {{ ref('int_facts__with_source') }} as all_facts where all_facts.grain_key = built.grain_key
      )
),

{% endif %}

index_conflicts as (
    select
        'index_result' as kind,
        index_results.index_result_id as grain_key,
        index_results.province,
        index_results.index_code,
        index_results.year,
        index_results.period_key as period,
        index_results.component,
        cast(null as text) as scope,
        format('score %s, rank %s', coalesce(cast(index_results.score as text), '-'), coalesce(cast(index_results.rank as text), '-'))
            as chosen_value,
        index_results.value_source as chosen_value_source,
        index_results.chosen_url,
        index_results.chosen_observation_id,
        format('score %s, rank %s', coalesce(cast(index_observations.score as text), '-'), coalesce(cast(index_observations.rank as text), '-'))
            as conflicting_value,
        index_observations.value_source as conflicting_value_source,
        index_observations.url as conflicting_url,
        index_observations.observation_id as conflicting_observation_id,
        index_observations.fact_id as conflicting_fact_id,
        index_observations.evidence as conflicting_evidence,
        index_results.score as chosen_score,
        index_results.rank as chosen_rank,
        index_observations.score as conflicting_score,
        index_observations.rank as conflicting_rank,
        concat_ws(
            ', ',
            case when index_observations.score is not null and index_results.score is not null
                and abs(index_observations.score - index_results.score) > {{ tol }} then 'score' end,
            case when index_observations.rank is not null and index_results.rank is not null
                and index_observations.rank <> index_results.rank then 'rank' end
        ) as differing_fields
    from index_observations
    inner join index_results on index_observations.index_result_id = index_results.index_result_id
    where index_observations.observation_id <> index_results.chosen_observation_id
      and {{ index_values_disagree('index_observations', 'index_results', tol) }}
      {%- if is_incremental() %}
      and index_results.index_result_id in (select grain_key from grains where kind = 'index_result')
      {%- endif %}
),

grain_facts as not materialized (
    select * from facts
    where kind in ('task_progress', 'dossier_stats')
    {%- if is_incremental() %}
      and (kind, grain_key) in (select kind, grain_key from grains)
    {%- endif %}
),

chosen_facts as (
    select * from grain_facts where rank_within_grain = 1
),

other_facts as (
    select * from grain_facts where rank_within_grain > 1
),

fact_pairs as (
    select
        other_facts.kind,
        other_facts.grain_key,
        other_facts.province,
        other_facts.period,
        other_facts.scope,
        chosen_facts.value_source as chosen_value_source,
        chosen_facts.url as chosen_url,
        chosen_facts.fact_id as chosen_fact_id,
        other_facts.value_source as conflicting_value_source,
        other_facts.url as conflicting_url,
        other_facts.fact_id as conflicting_fact_id,
        other_facts.evidence as conflicting_evidence,
        case when other_facts.kind = 'task_progress'
            then format('%s/%s tasks', chosen_facts.done, chosen_facts.total)
            else format(
                'received %s, resolved %s, early %s%%, on time %s%%, late %s%%, online %s/%s',
                chosen_facts.received, chosen_facts.resolved, chosen_facts.early_pct, chosen_facts.on_time_pct,
                chosen_facts.late_pct, chosen_facts.online, chosen_facts.online_total
            )
        end as chosen_value,
        case when other_facts.kind = 'task_progress'
            then format('%s/%s tasks', other_facts.done, other_facts.total)
            else format(
                'received %s, resolved %s, early %s%%, on time %s%%, late %s%%, online %s/%s',
                other_facts.received, other_facts.resolved, other_facts.early_pct, other_facts.on_time_pct,
                other_facts.late_pct, other_facts.online, other_facts.online_total
            )
        end as conflicting_value,
        concat_ws(
            ', ',
            {%- for col in ['done', 'total', 'received', 'resolved', 'online', 'online_total'] %}
            case when other_facts.{{ col }} is not null and chosen_facts.{{ col }} is not null
                and other_facts.{{ col }} <> chosen_facts.{{ col }} then '{{ col }}' end,
            {%- endfor %}
            {%- for col in ['early_pct', 'on_time_pct', 'late_pct', 'online_pct'] %}
            case when other_facts.{{ col }} is not null and chosen_facts.{{ col }} is not null
                and abs(other_facts.{{ col }} - chosen_facts.{{ col }}) > {{ tol }} then '{{ col }}' end
            {%- if not loop.last %},{% endif %}
            {%- endfor %}
        ) as differing_fields
    from other_facts
    inner join chosen_facts
        on other_facts.kind = chosen_facts.kind
        and other_facts.grain_key = chosen_facts.grain_key
),

fact_conflicts as (
    select
        kind,
        grain_key,
        province,
        cast(null as text) as index_code,
        cast(substring(period from '^([0-9]{4})') as integer) as year,
        period,
        cast(null as text) as component,
        scope,
        chosen_value,
        chosen_value_source,
        chosen_url,
        chosen_fact_id as chosen_observation_id,
        conflicting_value,
        conflicting_value_source,
        conflicting_url,
        conflicting_fact_id as conflicting_observation_id,
        conflicting_fact_id,
        conflicting_evidence,
        cast(null as numeric) as chosen_score,
        cast(null as integer) as chosen_rank,
        cast(null as numeric) as conflicting_score,
        cast(null as integer) as conflicting_rank,
        differing_fields
    from fact_pairs
    where differing_fields <> ''
),

unioned as (
    select * from index_conflicts
    union all
    select * from fact_conflicts
),

keyed as (
    select
        {{ surrogate_key(['kind', 'grain_key', 'conflicting_observation_id']) }} as fact_conflict_id,
        *
    from unioned
),

final as (
    {#- incremental: from the touched grains, so that a grain with no conflict left comes out as
        one placeholder row (kind and grain_key only, built_at null; see the post-hook) #}
    {%- set keys = 'grains' if is_incremental() else 'keyed' %}
    select
        keyed.fact_conflict_id,
        {{ keys }}.kind,
        {{ keys }}.grain_key,
        keyed.province,
        keyed.index_code,
        keyed.year,
        keyed.period,
        keyed.component,
        keyed.scope,
        keyed.chosen_value,
        keyed.chosen_value_source,
        keyed.chosen_url,
        keyed.chosen_observation_id,
        keyed.conflicting_value,
        keyed.conflicting_value_source,
        keyed.conflicting_url,
        keyed.conflicting_observation_id,
        keyed.conflicting_fact_id,
        keyed.conflicting_evidence,
        keyed.chosen_score,
        keyed.chosen_rank,
        keyed.conflicting_score,
        keyed.conflicting_rank,
        keyed.differing_fields,
        case when keyed.fact_conflict_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from grains
    left join keyed on grains.kind = keyed.kind and grains.grain_key = keyed.grain_key
    {%- else %}
    from keyed
    {%- endif %}
)

select * from final
