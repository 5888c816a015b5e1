-- description: >
--   One row per story: which fetch is its latest (the latest fetch of each article_key
--   wins) and the UTC day it is dated by, published else fetched. Keys only: the
--   articles themselves stay in the staging files (int_articles_latest joins them).
-- materialized: incremental
-- unique_key: article_key
-- changed: select article_key from changed_stg_articles
-- inputs:
--   stg_articles: >
--     select page_id, article_key, published_at, fetched_at from changed_stg_articles
--     union all by name
--     select page_id, article_key, published_at, fetched_at from int_latest_fetches
--     where
--       article_key in (select article_key from changed_stg_articles)
--       and page_id not in (select page_id from changed_stg_articles)
-- columns:
--   page_id: The story's latest fetch (stg_articles).
--   day: UTC date of published_at, else of fetched_at.
-- tests:
--   unique: [article_key]
--   not_null: [page_id, article_key, day]
with

articles as (select page_id, article_key, published_at, fetched_at from stg_articles),

latest as (
    select * from articles
    qualify row_number() over (
        partition by article_key order by fetched_at desc, page_id desc
    ) = 1
),

dated as (
    select
        *,
        cast(timezone('UTC', coalesce(published_at, fetched_at)) as date) as day
    from latest
)

select * from dated
