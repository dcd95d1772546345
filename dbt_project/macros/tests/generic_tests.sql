{#
    Project-level generic tests (no dbt packages: the package hub is unreachable here).
#}

{#- Rows where the boolean expression is not true fail. -#}
{% test expression_is_true(model, expression, column_name=none, where_clause=none) %}
    select *
    from {{ model }}
    where not coalesce(({{ expression }}), false)
    {% if where_clause %} and ({{ where_clause }}){% endif %}
{% endtest %}

{#- A score must lie within its index's printed scale (reference.ref_indices). -#}
{% test score_within_index_scale(model, column_name, index_column='index_code') %}
    with indices as (
        select index_code, scale_min, scale_max from {{ ref('ref_indices') }}
    )
    select m.*
    from (select * from {{ model }}) as m
    left join indices as i on m.{{ index_column }} = i.index_code
    where m.{{ column_name }} is not null
      and (
          i.index_code is null
          or m.{{ column_name }} < i.scale_min
          or m.{{ column_name }} > i.scale_max
      )
{% endtest %}

{#- 1 <= rank <= rank_of (when both are known). -#}
{% test rank_within_rank_of(model, column_name, rank_of_column='rank_of') %}
    select *
    from {{ model }}
    where {{ column_name }} is not null
      and (
          {{ column_name }} < 1
          or ({{ rank_of_column }} is not null and {{ column_name }} > {{ rank_of_column }})
      )
{% endtest %}

{#- The combination of columns is unique (nulls compare equal). -#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    select {{ combination_of_columns | join(', ') }}, count(*) as n_rows
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1
{% endtest %}

{#- A percentage between 0 and 100 (inclusive, plus a rounding allowance). -#}
{% test is_percentage(model, column_name, allowance=0.05) %}
    select *
    from {{ model }}
    where {{ column_name }} is not null
      and ({{ column_name }} < 0 or {{ column_name }} > 100 + {{ allowance }})
{% endtest %}
