-- description: >
--   One row per UTC day and site: how many articles it published and how many stories
--   across sites they were, how long, which sections and agencies they came from, and its
--   top stories (most linked-to and most discussed, then longest).
-- materialized: incremental
-- unique_key: day
-- changed: >
--   select day from changed_int_latest_fetches
--   union all
--   select day from int_latest_fetches
--   where article_key in (select article_key from changed_int_comments_scored)
--   union all
--   select day from int_latest_fetches
--   where article_key in (select url from changed_stg_links)
--   union all
--   select day from int_latest_fetches
--   where article_key in (select article_key from changed_int_story_index)
-- inputs:
--   int_articles_latest: >
--     select article_key, day, site, title, word_count, section, source_agency
--     from int_articles_latest where day in (select day from changed_keys)
--   int_story_index: >
--     select article_key, story_id from int_story_index
--     where article_key in (select article_key from int_articles_latest)
--   int_comments_scored: >
--     select article_key, is_spam from int_comments_scored
--     where article_key in (select article_key from int_articles_latest)
--   stg_links: >
--     select page_id, url from stg_links
--     where url in (select article_key from int_articles_latest)
-- columns:
--   day: UTC date the stories were published (fetched, when a page gives no date).
--   articles: Articles that day.
--   stories: Distinct stories across sites among those articles (int_story_index).
--   words: Words in those stories.
--   sections: Sections the stories ran in.
--   source_agencies: Agencies the stories credit.
--   agency_articles: Stories crediting an agency.
--   top_stories: Titles of up to three top stories, best first.
-- tests:
--   unique: [day, site]
--   not_null: [day, site, articles, words]
--   accepted_range: {articles: [1, null], agency_articles: [0, null]}
with

articles as (
    select
        latest.*,
        placed.story_id
    from int_articles_latest as latest
    left join int_story_index as placed on latest.article_key = placed.article_key
),

comments as (select * from int_comments_scored),

links as (select * from stg_links),

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
