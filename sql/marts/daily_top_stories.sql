-- description: >
--   One row per UTC day and story across sites that ran that day: the day's stories
--   ranked by how many sites carried them (then by copies), with the sites and the
--   agencies credited.
-- materialized: incremental
-- unique_key: day
-- changed: >
--   select day from story_articles
--   where story_id in (select story_id from changed_int_story_index)
--   union all
--   select day from changed_int_latest_fetches
-- inputs:
--   story_articles: >
--     select * from story_articles where day in (select day from changed_keys)
--   stories: >
--     select story_id, headline from stories
--     where story_id in (select story_id from story_articles)
-- columns:
--   day: UTC date the copies were published (fetched, when a page gives no date).
--   rank: 1 for the story most sites carried that day.
--   story_id: The story.
--   headline: The headline of the story's earliest copy.
--   sites: Sites that carried it that day.
--   copies: Its articles that day.
--   site_list: Those sites, sorted.
--   source_agencies: Agencies its copies that day credit.
-- tests:
--   unique: [day, story_id]
--   not_null: [day, rank, story_id, sites]
--   accepted_range: {sites: [1, null]}
with

copies as (select * from story_articles),

headlines as (select story_id, headline from stories),

daily as (
    select
        day,
        story_id,
        count(distinct site) as sites,
        count(*) as copies,
        list_sort(list_distinct(list(site))) as site_list,
        list_sort(list_distinct(list(source_agency))) as source_agencies
    from copies
    group by day, story_id
),

ranked as (
    select
        daily.day,
        row_number() over (
            partition by daily.day
            order by daily.sites desc, daily.copies desc, headlines.headline, daily.story_id
        ) as rank,
        daily.story_id,
        headlines.headline,
        daily.sites,
        daily.copies,
        daily.site_list,
        daily.source_agencies
    from daily
    inner join headlines on daily.story_id = headlines.story_id
)

select * from ranked
