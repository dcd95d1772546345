{#-
    The incremental fact path (int_facts__with_source -> int_index_results__* / int_facts__conflicts
    -> fct_*). Each model is delete+insert on its reconciliation key and recomputes a touched key
    from ALL of its upstream rows, never by appending. Every row carries built_at, the start of the
    dbt invocation that (re)computed it; a model's touched keys are those whose upstream rows were
    built after its own newest built_at, plus the keys it holds that vanished upstream. A touched
    key with nothing left to show comes out as one placeholder row (key columns only, built_at
    null) so that delete+insert clears it; the post-hook delete_placeholder_rows() removes the
    placeholders in the same transaction, so no test or reader ever sees one.
-#}

{#- built_at of the rows this dbt invocation (re)computes. -#}
{% macro run_built_at() -%}
    cast('{{ run_started_at.isoformat() }}' as timestamptz)
{%- endmacro %}

{#-
    max(column) of this model as a SQL literal, '-infinity' when empty: a literal rather than a
    subquery, so the planner sees how few rows are newer and uses the index on the column.
    high_water_marks() reads several columns in one scan and returns {column: literal}. Call
    them only under is_incremental().
-#}
{% macro high_water_mark(column) -%}
    {{ return(high_water_marks([column])[column]) }}
{%- endmacro %}

{% macro high_water_marks(columns) -%}
    {%- set marks = {} -%}
    {%- if not execute -%}
        {%- for column in columns %}{% do marks.update({column: "'-infinity'::timestamptz"}) %}{% endfor -%}
        {{ return(marks) }}
    {%- endif -%}
    {%- if 'built_at' in columns -%}
        {%- set existing = adapter.get_columns_in_relation(this) | map(attribute='name') | list -%}
        {%- if 'built_at' not in existing -%}
            {{ exceptions.raise_compiler_error(
                this ~ " was built before the fact path became incremental (it has no built_at column):"
                ~ " run `dbt build --full-refresh` once.") }}
        {%- endif -%}
    {%- endif -%}
    {%- set query -%}
        select {% for column in columns %}cast(max({{ column }}) as text){% if not loop.last %}, {% endif %}{% endfor %}
        from {{ this }}
    {%- endset -%}
    {%- set row = run_query(query).rows[0] -%}
    {%- for column in columns -%}
        {%- set value = row[loop.index0] -%}
        {%- do marks.update({column: "'-infinity'::timestamptz" if value is none else "cast('" ~ value ~ "' as timestamptz)"}) -%}
    {%- endfor -%}
    {{ return(marks) }}
{%- endmacro %}

{#-
    pre-hook of the incremental fact path: hash and merge joins only, until the model's
    transaction commits. The batch SQL joins CTEs the planner has no statistics for; a nested
    loop it picks on a misestimate costs minutes (seen: 285 s for fct_claim_checks), while a hash
    join over a sequential scan costs about a second per million facts, and a batch of touched
    grains is a sizeable share of a table anyway. Tiny key lists (quarantined facts, changed
    sources) are looked up with `key = any(array(select ...))`, an index scan. JIT off too: the
    one nested loop left (a LATERAL probe per source) carries the planner's "disabled" cost,
    which pushes every statement over the JIT thresholds and into 10-15 s of compilation.
-#}
{% macro batch_join_settings() -%}
    set local enable_nestloop = off;
    set local jit = off
{%- endmacro %}

{#- post-hook of the incremental fact path: drop the placeholder rows (see above). -#}
{% macro delete_placeholder_rows() -%}
    delete from {{ this }} where built_at is null
{%- endmacro %}

{#-
    post-hook: ANALYZE a table dbt has just (re)created, so that the next model plans against
    statistics, not defaults. After an incremental run the table keeps its statistics and
    autovacuum refreshes them; a full ANALYZE of a million rows would cost more than the run.
-#}
{% macro analyze_if_new() -%}
    do $$
    begin
        if (select last_analyze is null and last_autoanalyze is null
            from pg_stat_user_tables where relid = '"{{ this.schema }}"."{{ this.identifier }}"'::regclass) then
            analyze {{ this }};
        end if;
    end
    $$
{%- endmacro %}

{#-
    md5 key of a fact's grain from its columns (relation alias `r`): the index result
    (province × index × year × period × component), the task-progress period (province ×
    period) or the dossier-statistics period and scope.
-#}
{% macro fact_grain_key(r) -%}
    case {{ r }}.kind
        when 'index_result' then {{ index_result_key(r ~ '.province', r ~ '.index_code', r ~ '.year', 'coalesce(' ~ r ~ '.period, cast(' ~ r ~ '.year as text))', r ~ '.component') }}
        when 'task_progress' then {{ surrogate_key([r ~ '.province', r ~ '.period']) }}
        when 'dossier_stats' then {{ surrogate_key([r ~ '.province', r ~ '.period', r ~ '.scope']) }}
    end
{%- endmacro %}

{#- md5 key of an index result: province × index × year × period × component (null = composite). -#}
{% macro index_result_key(province, index_code, year, period_key, component) -%}
    {{ surrogate_key([province, index_code, year, period_key, 'coalesce(' ~ component ~ ', ' ~ component_sentinel() ~ ')']) }}
{%- endmacro %}

{#-
    The keys a build recomputes: those whose rows in `newer` were built after this model's newest
    built_at, plus the keys this model holds that vanished from `upstream`. Use it as the body of
    a CTE, under is_incremental() only; `as_name` names the column the CTE gives its readers.
-#}
{% macro touched_keys(newer, newer_key, upstream, upstream_key, key, as_name) -%}
    select {{ newer_key }} as {{ as_name }}
    from {{ newer }}
    where built_at > {{ high_water_mark('built_at') }}
    union
    select built.{{ key }}
    from {{ this }} as built
    where not exists (select 1 from {{ upstream }} as upstream_rows where upstream_rows.{{ upstream_key }} = built.{{ key }})
{%- endmacro %}
