-- depends_on: {{ ref('int_latest_fetches') }}
{{
    config(
        unique_key='day',
        changed_keys="
            -- The days of the rebuilt stories, before and after (a refetch can move one).
            select day from {{ changes(ref('int_latest_fetches')) }}
            union all
            -- The days of stories whose comments changed, or that new pages link to.
            select day from {{ ref('int_latest_fetches') }}
            where article_key in (select article_key from {{ changes(ref('int_comments_scored')) }})
            union all
            select day from {{ ref('int_latest_fetches') }}
            where article_key in (select url from {{ changes(ref('stg_links')) }})",
    )
}}

with

articles as (
    select
        latest.*,
        placed.story_id
    from {{ ref('int_articles_latest') }} as latest
    left join {{ ref('int_story_index') }} as placed on latest.article_key = placed.article_key
    {%- if is_incremental() %}
    where latest.day in (select day from {{ changed_keys() }})
    {%- endif %}
),

comments as (
    select * from {{ ref('int_comments_scored') }}
    {%- if is_incremental() %}
    where article_key in (select article_key from articles)
    {%- endif %}
),

links as (select * from {{ ref('stg_links') }}),

discussion as (
    select
        article_key,
        count(*) filter (where not is_spam) as comments
    from comments
    group by article_key
),

-- Links to a story only: most links go to section and footer pages, and grouping them all
-- cost more than the rest of the model.
inbound as (
    select
        url as article_key,
        count(distinct page_id) as inbound_links
    from links
    where url in (select article_key from articles)
    group by url
),

ranked as (
    select
        articles.*,
        coalesce(discussion.comments, 0) as comments,
        coalesce(inbound.inbound_links, 0) as inbound_links,
        row_number() over (
            partition by articles.day, articles.site
            order by
                coalesce(inbound.inbound_links, 0) + coalesce(discussion.comments, 0) desc,
                articles.word_count desc,
                articles.title
        ) as story_rank
    from articles
    left join discussion on articles.article_key = discussion.article_key
    left join inbound on articles.article_key = inbound.article_key
),

daily as (
    select
        day,
        site,
        count(*) as articles,
        count(distinct story_id) as stories,
        sum(word_count) as words,
        list_sort(list_distinct(list(section))) as sections,
        list_sort(list_distinct(list(source_agency))) as source_agencies,
        count(source_agency) as agency_articles,
        list(title order by story_rank) filter (where story_rank <= 3) as top_stories
    from ranked
    group by day, site
)

select * from daily
order by day, site
