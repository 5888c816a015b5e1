-- description: >
--   One row per comment on the latest fetch of each story, with its spam verdict: the
--   rules' verdict (int_comments_latest) plus the campaign rule's weight when its text is
--   a campaign (int_campaigns).
-- materialized: incremental
-- unique_key: article_key
-- changed: >
--   select article_key from changed_int_comments_latest
--   union all
--   select article_key from int_comments_latest
--   where campaign_text in (
--     select campaign_text from changed_int_campaigns
--     group by campaign_text having count(*) = 1
--   )
-- inputs:
--   int_comments_latest: >
--     select * from int_comments_latest
--     where article_key in (select article_key from changed_keys)
-- columns:
--   article_key: The story the comment is under (int_articles_latest).
--   campaign_text: The text normalised as campaigns are matched (spam_campaign_text).
--   in_campaign: The same campaign_text is posted under enough stories or by enough authors.
--   spam_score: Sum of the weights of the spam rules that fired, the campaign rule included.
--   is_spam: spam_score reached the rules' threshold.
--   spam_reasons: Names of the rules that fired; the campaign rule first, then heaviest first.
--   spam_contributions: Each reason with its rule's weight, what it added to spam_score.
--   day: UTC date of posted_at, else of the page's fetched_at.
-- tests:
--   unique: [comment_id]
--   not_null: [comment_id, article_key, day, site, spam_score, is_spam, in_campaign]
--   accepted_range: {spam_score: [0, null]}
with

comments as (select * from int_comments_latest),

campaigns as (select campaign_text from int_campaigns),

settings as (select * from spam_settings),

weights as (select map(list(name), list(weight)) as by_rule from spam_rules),

flagged as (
    select
        comments.*,
        campaigns.campaign_text is not null as in_campaign
    from comments
    left join campaigns on comments.campaign_text = campaigns.campaign_text
),

rescored as (
    select
        flagged.*,
        flagged.verdict.score
        + case when flagged.in_campaign then settings.campaign_weight else 0 end as spam_score,
        case
            when flagged.in_campaign then list_prepend(settings.campaign_name, flagged.verdict.reasons)
            else flagged.verdict.reasons
        end as spam_reasons,
        settings.threshold
    from flagged
    cross join settings
)

select
    comment_id,
    page_id,
    parent_id,
    article_key,
    site,
    position,
    author,
    text,
    campaign_text,
    in_campaign,
    posted_text,
    posted_at,
    fetched_at,
    round(spam_score, 3) as spam_score,
    spam_score >= threshold as is_spam,
    spam_reasons,
    list_transform(
        spam_reasons, lambda reason: {'rule': reason, 'weight': weights.by_rule[reason]}
    ) as spam_contributions,
    cast(timezone('UTC', coalesce(posted_at, fetched_at)) as date) as day
from rescored
cross join weights
