{#- Lookup key for names: trimmed, lower-cased, Unicode NFC, inner whitespace collapsed. -#}
{% macro name_key(expr) -%}
    regexp_replace(lower(normalize(trim({{ expr }}), NFC)), '\s+', ' ', 'g')
{%- endmacro %}

{#-
    Sortable text key for dotted version strings: each numeric part zero-padded to 8 digits,
    so '1.10' (00000001.00000010) sorts after '1.9' (00000001.00000009). Text, not an array:
    dbt unit-test fixtures cannot type array columns on postgres.
-#}
{% macro version_sort_key(expr) -%}
    coalesce(
        (
            select string_agg(lpad(case when part ~ '^[0-9]+$' then part else '0' end, 8, '0'), '.' order by ord)
            from unnest(string_to_array(regexp_replace({{ expr }}, '[^0-9.]', '', 'g'), '.'))
                with ordinality as parts (part, ord)
        ),
        '00000000'
    )
{%- endmacro %}

{#- Sentinel used for the null (composite) component inside surrogate keys. -#}
{% macro component_sentinel() -%}'__composite__'{%- endmacro %}

{#- md5 surrogate key over a list of expressions (null-safe, separator '|'). -#}
{% macro surrogate_key(exprs) -%}
    md5(
        {%- for e in exprs %}
        coalesce(cast({{ e }} as text), '__null__'){% if not loop.last %} || '|' ||{% endif %}
        {%- endfor %}
    )
{%- endmacro %}

{#-
    Lookup key for province names: name_key, dashes normalised to ' - ', and a leading
    "tỉnh" / "thành phố" / "TP." (with or without diacritics) removed. Both sides of the
    match (facts, official tables, registry, seed variants) go through this macro.
-#}
{% macro province_key(expr) -%}
    regexp_replace(
        regexp_replace(
            {{ name_key(expr) }},
            '\s*[-–—]\s*', ' - ', 'g'
        ),
        '^(tỉnh|tinh|thành phố|thanh pho|tp\.|tp)\s*', ''
    )
{%- endmacro %}

{#-
    Backfill window for incremental models: `where <column> in [start_date, end_date)` when
    either var is set, else `none` (the caller then applies its high-water mark).
-#}
{% macro backfill_window_filter(column) -%}
    {%- set start_date = var('start_date', none) -%}
    {%- set end_date = var('end_date', none) -%}
    {%- if start_date or end_date -%}
        {{ column }} >= {% if start_date %}cast('{{ start_date }}' as timestamptz){% else %}'-infinity'::timestamptz{% endif %}
        and {{ column }} < {% if end_date %}cast('{{ end_date }}' as timestamptz){% else %}'infinity'::timestamptz{% endif %}
    {%- else -%}
        {{ return(none) }}
    {%- endif -%}
{%- endmacro %}

{#- Period type of a facts-schema period string (2022, 2023-10M, 2023-10, 2021-Q3, 2023-06H1). -#}
{% macro period_type(expr) -%}
    case
        when {{ expr }} is null then null
        when {{ expr }} ~ '^[0-9]{4}$' then 'year'
        when {{ expr }} ~ '^[0-9]{4}-[0-9]{1,2}M$' then 'months_to_date'
        when {{ expr }} ~ '^[0-9]{4}-[0-9]{1,2}$' then 'month'
        when {{ expr }} ~ '^[0-9]{4}-Q[1-4]$' then 'quarter'
        when {{ expr }} ~ '^[0-9]{4}-[0-9]{0,2}H[12]$' then 'half_year'
        else 'other'
    end
{%- endmacro %}

{#-
    True when two index observations disagree: both have a score and they differ by more than
    the tolerance, or both have a rank and the ranks differ. A missing value never disagrees.
-#}
{% macro index_values_disagree(a, b, tolerance=none) -%}
    {%- set tol = tolerance if tolerance is not none else var('conflict_score_tolerance', 0.01) -%}
    (
        ({{ a }}.score is not null and {{ b }}.score is not null and abs({{ a }}.score - {{ b }}.score) > {{ tol }})
        or ({{ a }}.rank is not null and {{ b }}.rank is not null and {{ a }}.rank <> {{ b }}.rank)
    )
{%- endmacro %}
