{{
    config(
        materialized='incremental',
        unique_key=['kind', 'grain_key'],
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        indexes=[
            {'columns': ['grain_key']},
            {'columns': ['fact_id'], 'unique': True},
            {'columns': ['source_id']},
            {'columns': ['built_at']},
        ],
        pre_hook="{{ batch_join_settings() }}",
        post_hook=["{{ delete_placeholder_rows() }}", "{{ analyze_if_new() }}"]
    )
}}

{#-
    Incremental by grain (see macros/incremental.sql): a build recomputes every grain touched
    since the last one from all of the grain's facts, since rank_within_grain orders the whole
    grain. A grain is touched when one of its facts, as built before or as staged now, sits at
    a URL where something changed: facts (re)extracted since the newest extracted_at built (or
    in the backfill window, vars start_date / end_date), an article (re)parsed since the newest
    parsed_at built (a new version of a URL supersedes the old version's facts), a fact built
    before that is gone upstream (re-extraction, newer extractor version) or quarantined since,
    or a source whose name, kind, province or priority changed. Changes to the reference seeds
    need `dbt build --full-refresh`. The high-water marks compare with > (staging's >= already
    re-reads rows loaded in the same instant as its own mark, so a fact or article staged with
    this model's newest timestamp was staged, and built, together with it).

    The import CTEs are NOT MATERIALIZED: Postgres otherwise materializes a CTE used twice,
    without statistics, and plans nested loops over a million facts.
-#}
{%- set fact_window = backfill_window_filter('extracted_at') %}
{%- set article_window = backfill_window_filter('parsed_at') %}
{%- set marks = high_water_marks(['extracted_at', 'parsed_at']) if is_incremental() else {} %}

with

facts as not materialized (
    select * from {{ ref('stg_scrape__facts') }}
),

articles as not materialized (
    select * from {{ ref('stg_scrape__articles') }}
),

sources as not materialized (
    select * from {{ ref('stg_scrape__sources') }}
),

quarantined_facts as (
    select distinct record_key as fact_id
    from {{ ref('stg_scrape__quarantine') }}
    where stage = 'facts'
),

{% if is_incremental() %}
built as not materialized (
    select * from {{ this }}
),

changed_urls as (
    -- articles with facts (re)extracted since the last build, or in the backfill window
    select articles.url
    from articles
    where articles.article_id in (
        select facts.article_id
        from facts
        where {{ fact_window if fact_window is not none else 'facts.extracted_at > ' ~ marks.extracted_at }}
    )
    union
    -- articles (re)parsed since the last build, or in the backfill window
    select articles.url
    from articles
    where {{ article_window if article_window is not none else 'articles.parsed_at > ' ~ marks.parsed_at }}
    union
    -- facts built before that are gone upstream (re-extracted, superseded by a newer extractor)
    select built.url
    from built
    where not exists (select 1 from facts where facts.fact_id = built.fact_id)
    union
    -- facts built before that were quarantined since
    select built.url
    from built
    where built.fact_id = any(array(select fact_id from quarantined_facts))
    union
    -- facts of a source whose name, kind, province or priority changed (all the facts of a
    -- source are built with the same source columns, so any one of them tells)
    select built.url
    from built
    where built.source_id = any(array(
        select sources.source_id
        from sources
        cross join lateral (
            select one_fact.source_name, one_fact.source_kind, one_fact.source_province, one_fact.kind_priority
            from built as one_fact
            where one_fact.source_id = sources.source_id
            limit 1
        ) as was
        where (was.source_name, was.source_kind, was.source_province, was.kind_priority)
            is distinct from (sources.source_name, sources.source_kind, sources.source_province, sources.kind_priority)
    ))
),

built_at_changed_urls as (
    select kind, grain_key, fact_id
    from built
    where url in (select url from changed_urls)
),

changed_articles as (
    select article_id
    from articles
    where url in (select url from changed_urls)
),

grains as (
    -- every grain with a fact at a changed URL, as built before and as staged now
    select kind, grain_key
    from built_at_changed_urls
    union
    select facts.kind, {{ fact_grain_key('facts') }} as grain_key
    from facts
    where facts.article_id in (select article_id from changed_articles)
),

scoped_facts as (
    -- the facts of the touched grains: those built before (a fact's grain never changes) ...
    select
        facts.*,
        built.grain_key
    from facts
    inner join built on facts.fact_id = built.fact_id
    where (built.kind, built.grain_key) in (select kind, grain_key from grains)
    union all
    -- ... and those not built before, all at a changed URL
    select
        facts.*,
        {{ fact_grain_key('facts') }} as grain_key
    from facts
    where facts.article_id in (select article_id from changed_articles)
      and not exists (select 1 from built_at_changed_urls where built_at_changed_urls.fact_id = facts.fact_id)
),

scoped_urls as materialized (
    -- the URLs of the scoped facts' articles: only their versions need ranking
    select distinct articles.url
    from articles
    where articles.article_id in (select article_id from scoped_facts)
),

{% else %}
scoped_facts as (
    select
        facts.*,
        {{ fact_grain_key('facts') }} as grain_key
    from facts
),

{% endif %}
articles_with_facts as (
    select
        articles.*,
        -- a URL re-published with a new body is a new article; only its newest version (among
        -- the versions that produced facts) speaks for the URL
        row_number() over (
            partition by articles.url
            order by articles.parsed_at desc, articles.published_on desc nulls last, articles.article_id
        ) as url_version_rank
    from articles
    where exists (select 1 from facts where facts.article_id = articles.article_id)
    {%- if is_incremental() %}
      and articles.url in (select url from scoped_urls)
    {%- endif %}
),

joined as (
    select
        scoped_facts.*,
        articles_with_facts.source_id,
        articles_with_facts.url,
        articles_with_facts.url_host,
        articles_with_facts.title as article_title,
        articles_with_facts.published_on,
        articles_with_facts.parsed_at,
        sources.source_name,
        sources.source_kind,
        sources.source_province,
        sources.kind_priority
    from scoped_facts
    inner join articles_with_facts
        on scoped_facts.article_id = articles_with_facts.article_id
        and articles_with_facts.url_version_rank = 1
    left join sources on articles_with_facts.source_id = sources.source_id
    -- a fact a data-quality warning quarantined never reaches the marts
    where not exists (select 1 from quarantined_facts where quarantined_facts.fact_id = scoped_facts.fact_id)
),

prioritised as (
    select
        *,
        source_kind in ('provincial_portal', 'home_affairs_site')
            and source_province is not distinct from province as is_own_province_source,
        case
            when kind_priority is null then 9
            -- a provincial site reporting ANOTHER province's result is no better than the press
            when source_kind in ('provincial_portal', 'home_affairs_site')
                and source_province is distinct from province then 3
            else kind_priority
        end as source_priority,
        case
            when source_kind is null then 'unknown source'
            when source_kind = 'national_publisher' then 'national publisher'
            when source_kind in ('provincial_portal', 'home_affairs_site')
                and source_province is not distinct from province then 'provincial claim'
            when source_kind in ('provincial_portal', 'home_affairs_site') then 'other provincial site'
            else 'press'
        end as value_source
    from joined
),

ranked as (
    select
        *,
        -- order of trust within the grain (used for task progress and dossier statistics;
        -- index results are reconciled together with official tables in int_index_results__reconciled)
        row_number() over (
            partition by kind, grain_key
            order by
                source_priority,
                extractor_version_key desc,
                published_on desc nulls last,
                parsed_at desc,
                fact_id
        ) as rank_within_grain
    from prioritised
),

final as (
    {#- incremental: from the touched grains, so that a grain with no fact left comes out as one
        placeholder row (kind and grain_key only, built_at null; see the post-hook) #}
    {%- set keys = 'grains' if is_incremental() else 'ranked' %}
    select
        ranked.fact_id,
        ranked.article_id,
        ranked.extractor_version,
        ranked.extractor_version_key,
        {{ keys }}.kind,
        ranked.province,
        ranked.province_raw,
        ranked.is_national,
        ranked.is_province_conformed,
        ranked.index_code,
        ranked.year,
        ranked.period,
        ranked.period_type,
        ranked.component,
        ranked.is_component_conformed,
        ranked.score,
        ranked.rank,
        ranked.rank_of,
        ranked.prev_score,
        ranked.prev_rank,
        ranked.score_change,
        ranked.rank_change,
        ranked.done,
        ranked.total,
        ranked.scope,
        ranked.received,
        ranked.resolved,
        ranked.early_pct,
        ranked.on_time_pct,
        ranked.late_pct,
        ranked.online,
        ranked.online_total,
        ranked.online_pct,
        ranked.evidence,
        ranked.payload,
        ranked.extracted_at,
        ranked.source_id,
        ranked.url,
        ranked.url_host,
        ranked.article_title,
        ranked.published_on,
        ranked.parsed_at,
        ranked.source_name,
        ranked.source_kind,
        ranked.source_province,
        ranked.kind_priority,
        ranked.is_own_province_source,
        ranked.source_priority,
        ranked.value_source,
        {{ keys }}.grain_key,
        ranked.rank_within_grain,
        case when ranked.fact_id is not null then {{ run_built_at() }} end as built_at
    {%- if is_incremental() %}
    from grains
    left join ranked
        on grains.kind = ranked.kind
        and grains.grain_key = ranked.grain_key
    {%- else %}
    from ranked
    {%- endif %}
)

select * from final
