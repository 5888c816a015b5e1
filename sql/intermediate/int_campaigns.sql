-- description: >
--   One row per comment campaign: a normalised text (at least campaign_min_chars long)
--   posted under campaign_min_pages stories or by campaign_min_authors authors
--   (spam_settings), counted over the latest fetch of every story.
-- materialized: incremental
-- unique_key: campaign_text
-- changed: select campaign_text from changed_int_comments_latest
-- inputs:
--   int_comments_latest: >
--     select campaign_text, article_key, author from int_comments_latest
--     where campaign_text in (select campaign_text from changed_int_comments_latest)
-- columns:
--   campaign_text: The repeated text, normalised (spam_campaign_text).
--   stories: Distinct stories it was posted under.
--   authors: Distinct author names (a missing name counts as one).
-- tests:
--   unique: [campaign_text]
--   not_null: [campaign_text, stories, authors]
with

comments as (select * from int_comments_latest),

settings as (select * from spam_settings),

repeated_texts as (
    select
        comments.campaign_text,
        count(distinct comments.article_key) as stories,
        count(distinct coalesce(comments.author, '')) as authors
    from comments
    cross join settings
    where length(comments.campaign_text) >= settings.campaign_min_chars
    group by comments.campaign_text
),

campaigns as (
    select repeated_texts.*
    from repeated_texts
    cross join settings
    where
        repeated_texts.stories >= settings.campaign_min_pages
        or repeated_texts.authors >= settings.campaign_min_authors
)

select * from campaigns
