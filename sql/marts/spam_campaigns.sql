-- description: >
--   One row per comment campaign: a normalised text posted under several stories or by
--   several authors (the campaign rule in flows/spam_rules.toml), with where and when it
--   was seen. Copy-paste spam shows up here even when each post alone looks harmless.
-- materialized: incremental
-- unique_key: campaign_text
-- changed: select campaign_text from changed_int_comments_scored where in_campaign
-- inputs:
--   int_comments_scored: >
--     select * from int_comments_scored
--     where campaign_text in (select campaign_text from changed_keys)
-- columns:
--   campaign_text: The repeated text, normalised (lowercase, lookalikes and punctuation evened out).
--   example_text: The text as first posted.
--   comments: Comments carrying the text.
--   stories: Distinct stories it was posted under.
--   authors: Distinct author names (a missing name counts as one).
--   sites: Sites it was posted on, alphabetically.
--   spam_comments: Of those comments, how many were judged spam.
--   first_seen: Earliest posted_at (else fetched_at) of the comments, UTC.
--   last_seen: Latest posted_at (else fetched_at) of the comments, UTC.
--   top_reasons: Up to three other spam rules that fired most on its comments (ties as daily_spam_rate).
-- tests:
--   unique: [campaign_text]
--   not_null: [campaign_text, example_text, comments, stories, authors, first_seen, last_seen]
--   accepted_range: {comments: [2, null]}
--   expression_is_true: first_seen <= last_seen and spam_comments <= comments
with

comments as (select * from int_comments_scored),

settings as (select * from spam_settings),

rules as (select * from spam_rules),

campaign_comments as (
    select
        *,
        coalesce(posted_at, fetched_at) as seen_at
    from comments
    where in_campaign
),

reasons as (
    select
        campaign_comments.campaign_text,
        unnest(campaign_comments.spam_reasons) as reason
    from campaign_comments
),

reason_counts as (
    select
        reasons.campaign_text,
        reasons.reason,
        count(*) as times,
        any_value(rules.weight) as weight
    from reasons
    cross join settings
    left join rules on reasons.reason = rules.name
    where reasons.reason != settings.campaign_name
    group by reasons.campaign_text, reasons.reason
),

top_reasons as (
    select
        campaign_text,
        list(reason order by times desc, weight desc, reason)[1:3] as top_reasons
    from reason_counts
    group by campaign_text
),

campaigns as (
    select
        campaign_text,
        arg_min(text, seen_at) as example_text,
        count(*) as comments,
        count(distinct article_key) as stories,
        count(distinct coalesce(author, '')) as authors,
        list(distinct site order by site) as sites,
        count(*) filter (where is_spam) as spam_comments,
        min(seen_at) as first_seen,
        max(seen_at) as last_seen
    from campaign_comments
    group by campaign_text
)

select
    campaigns.*,
    coalesce(top_reasons.top_reasons, []) as top_reasons
from campaigns
left join top_reasons on campaigns.campaign_text = top_reasons.campaign_text
order by campaigns.comments desc, campaigns.campaign_text
