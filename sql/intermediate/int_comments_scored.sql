-- description: >
--   One row per comment on the latest fetch of each story, with its spam verdict from
--   the rules in flows/spam_rules.toml (spam_verdict is the runner's Python function).
-- materialized: table
-- columns:
--   article_key: The story the comment is under (int_articles_latest).
--   spam_score: Sum of the weights of the spam rules that fired.
--   is_spam: spam_score reached the rules' threshold.
--   spam_reasons: Names of the rules that fired, heaviest first.
--   day: UTC date of posted_at, else of the page's fetched_at.
-- tests:
--   unique: [comment_id]
--   not_null: [comment_id, article_key, day, site, spam_score, is_spam]
--   accepted_range: {spam_score: [0, null]}
with

comments as (select * from stg_comments),

latest_articles as (select page_id, article_key from int_articles_latest),

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
        spam_verdict(text) as verdict
    from current_comments
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
    posted_text,
    posted_at,
    fetched_at,
    verdict.score as spam_score,
    verdict.is_spam as is_spam,
    verdict.reasons as spam_reasons,
    cast(timezone('UTC', coalesce(posted_at, fetched_at)) as date) as day
from scored
