{{ config(materialized='view') }}

with

placed as (select * from {{ ref('int_story_index') }}),

articles as (select * from {{ ref('int_articles_latest') }}),

joined as (
    select
        ---------- ids
        articles.article_key,
        articles.canonical_url,
        articles.page_id,
        placed.story_id,
        ---------- where and when
        articles.site,
        articles.day,
        coalesce(articles.published_at, articles.fetched_at) as seen_at,
        ---------- what
        articles.title,
        articles.source_agency,
        articles.language,
        ---------- how close to the story's first copy
        placed.first_key = articles.article_key as is_first_copy,
        placed.similarity
    from articles
    inner join placed on articles.article_key = placed.article_key
)

select * from joined
