with

facts as (
    select * from {{ ref('stg_scrape__facts') }}
),

articles as (
    select * from {{ ref('stg_scrape__articles') }}
),

sources as (
    select * from {{ ref('stg_scrape__sources') }}
),

quarantined_facts as (
    select distinct record_key as fact_id
    from {{ ref('stg_scrape__quarantine') }}
    where stage = 'facts'
),

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
),

joined as (
    select
        facts.*,
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
    from facts
    inner join articles_with_facts
        on facts.article_id = articles_with_facts.article_id
        and articles_with_facts.url_version_rank = 1
    left join sources on articles_with_facts.source_id = sources.source_id
    -- a fact a data-quality warning quarantined never reaches the marts
    where not exists (select 1 from quarantined_facts where quarantined_facts.fact_id = facts.fact_id)
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
        end as value_source,
        case kind
            when 'index_result' then {{ surrogate_key(['province', 'index_code', 'year', "coalesce(period, cast(year as text))", "coalesce(component, " ~ component_sentinel() ~ ")"]) }}
            when 'task_progress' then {{ surrogate_key(['province', 'period']) }}
            when 'dossier_stats' then {{ surrogate_key(['province', 'period', 'scope']) }}
        end as grain_key
    from joined
),

final as (
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
)

select * from final
