-- description: >
--   One row per comment on the latest fetch of each story, with its spam verdict from
--   the rules in flows/spam_rules.toml (spam_verdict is the runner's Python function) plus
--   the campaign rule, which needs every comment at once: the same normalised text under
--   campaign_min_pages stories or from campaign_min_authors authors (spam_settings).
-- materialized: table
-- columns:
--   article_key: The story the comment is under (int_articles_latest).
--   campaign_text: The text normalised as campaigns are matched (spam_campaign_text).
--   in_campaign: The same campaign_text is posted under enough stories or by enough authors.
--   spam_score: Sum of the weights of the spam rules that fired, the campaign rule included.
--   is_spam: spam_score reached the rules' threshold.
--   spam_reasons: Names of the rules that fired; the campaign rule first, then heaviest first.
--   day: UTC date of posted_at, else of the page's fetched_at.
-- tests:
--   unique: [comment_id]
--   not_null: [comment_id, article_key, day, site, spam_score, is_spam, in_campaign]
--   accepted_range: {spam_score: [0, null]}
with

comments as (select * from stg_comments),

latest_articles as (select page_id, article_key from int_articles_latest),

settings as (select * from spam_settings),

current_comments as (
    select
        comments.*,
        latest_articles.article_key
    from comments
    inner join latest_articles on comments.page_id = latest_articles.page_id
),

scored as (
    select
        *,
        spam_verdict(text) as verdict,
        spam_campaign_text(text) as campaign_text
    from current_comments
),

repeated_texts as (
    select
        scored.campaign_text,
        count(distinct scored.article_key) as stories,
        count(distinct coalesce(scored.author, '')) as authors
    from scored
    cross join settings
    where length(scored.campaign_text) >= settings.campaign_min_chars
    group by scored.campaign_text
),

campaigns as (
    select repeated_texts.campaign_text
    from repeated_texts
    cross join settings
    where
        repeated_texts.stories >= settings.campaign_min_pages
        or repeated_texts.authors >= settings.campaign_min_authors
),

flagged as (
    select
        scored.*,
        campaigns.campaign_text is not null as in_campaign
    from scored
    left join campaigns on scored.campaign_text = campaigns.campaign_text
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
    cast(timezone('UTC', coalesce(posted_at, fetched_at)) as date) as day
from rescored
