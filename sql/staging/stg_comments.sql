-- description: One row per reader comment as found on one page fetch.
-- materialized: view
-- columns:
--   comment_id: The page_id and the comment's position on the page.
--   position: Order of the comment on the page, from 0.
--   parent_id: comment_id of the comment this one replies to, null for top-level comments.
--   posted_at: When the comment was posted (UTC); relative labels resolved against fetched_at.
--   posted_text: The posting time as the page shows it ("2 hours ago").
--   text: What the commenter wrote, line breaks kept.
-- tests:
--   unique: [comment_id]
--   not_null: [comment_id, page_id, position, text, fetched_at]
with

comments as (select * from lake_comments),

deduplicated as (
    select * from comments
    qualify row_number() over (partition by comment_id order by fetched_at) = 1
)

select
    ---------- ids
    comment_id,
    page_id,
    parent_id,
    article_url,
    coalesce(site, '(unknown)') as site,
    position,
    ---------- content
    author,
    text,
    ---------- timestamps
    posted_text,
    posted_at,
    fetched_at
from deduplicated
