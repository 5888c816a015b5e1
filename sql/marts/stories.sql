-- description: >
--   One row per story across sites: copies of one text on many sites and fetches (a wire
--   story under other headlines, cut, with a local intro) count as one story
--   (docs/stories.md).
-- materialized: incremental
-- unique_key: story_id
-- changed: select story_id from changed_int_story_index
-- inputs:
--   story_articles: >
--     select * from story_articles where story_id in (select story_id from changed_keys)
-- columns:
--   story_id: The story, a hash of its first article's key.
--   headline: The headline of its earliest copy (by publication time).
--   first_seen: When its earliest copy was published (else fetched), UTC.
--   last_seen: When its latest copy was published (else fetched), UTC.
--   copies: Articles (canonical urls) carrying it.
--   site_count: Sites that carried it.
--   sites: Those sites, sorted.
--   source_agencies: Agencies its copies credit.
--   languages: Languages of its copies.
-- tests:
--   unique: [story_id]
--   not_null: [story_id, first_seen, copies]
--   accepted_range: {copies: [1, null]}
--   expression_is_true: first_seen <= last_seen
with

copies as (select * from story_articles),

stories as (
    select
        story_id,
        first(title order by seen_at, article_key) as headline,
        min(seen_at) as first_seen,
        max(seen_at) as last_seen,
        count(*) as copies,
        count(distinct site) as site_count,
        list_sort(list_distinct(list(site))) as sites,
        list_sort(list_distinct(list(source_agency))) as source_agencies,
        list_sort(list_distinct(list(language))) as languages
    from copies
    group by story_id
)

select * from stories
