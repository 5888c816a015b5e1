-- description: >
--   One row per story: the latest fetch of each article_key wins, and the story is
--   dated by when it was published, else when it was fetched (UTC day).
-- materialized: incremental
-- unique_key: article_key
-- changed: select article_key from changed_stg_articles
-- inputs:
--   stg_articles: >
--     select * from changed_stg_articles
--     union all by name
--     select * exclude (day) from int_articles_latest
--     where
--       article_key in (select article_key from changed_stg_articles)
--       and page_id not in (select page_id from changed_stg_articles)
-- columns:
--   day: UTC date of published_at, else of fetched_at.
-- tests:
--   unique: [article_key]
--   not_null: [page_id, article_key, day, site]
with

articles as (select * from stg_articles),

-- The window sorts only the keys; bodies join back after (at 100,000 pages, sorting whole
-- rows needed over 256 MB).
latest_pages as (
    select page_id from articles
    qualify row_number() over (
        partition by article_key order by fetched_at desc, page_id desc
    ) = 1
),

latest as (
    select articles.* from articles
    semi join latest_pages on articles.page_id = latest_pages.page_id
),

dated as (
    select
        *,
        cast(timezone('UTC', coalesce(published_at, fetched_at)) as date) as day
    from latest
)

select * from dated
