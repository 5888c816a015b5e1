-- description: >
--   One row per comment on the latest fetch of each story, with the verdict of the rules
--   in flows/spam_rules.toml (spam_verdict, the runner's Python function) and its text
--   normalised as campaigns are matched. What a comment alone says; int_comments_scored
--   adds the campaign rule, which needs every comment.
-- materialized: incremental
-- unique_key: article_key
-- changed: select article_key from changed_int_latest_fetches
-- inputs:
--   stg_comments: >
--     select * from changed_stg_comments
--     union all by name
--     select * exclude (article_key, verdict, campaign_text) from int_comments_latest
--     where
--       article_key in (select article_key from changed_int_latest_fetches)
--       and page_id not in (select page_id from changed_stg_comments)
-- columns:
--   article_key: The story the comment is under (int_latest_fetches).
--   verdict: The rules' score, whether it reaches the threshold, and the rules that fired.
--   campaign_text: The text normalised as campaigns are matched (spam_campaign_text).
-- tests:
--   unique: [comment_id]
--   not_null: [comment_id, page_id, article_key, verdict]
with

comments as (select * from stg_comments),

latest_articles as (select page_id, article_key from int_latest_fetches),

current_comments as (
    select
        comments.*,
        latest_articles.article_key
    from comments
    inner join latest_articles on comments.page_id = latest_articles.page_id
)

select
    *,
    spam_verdict(text) as verdict,
    spam_campaign_text(text) as campaign_text
from current_comments
