-- description: >
--   One row per article (the latest fetch of each canonical url): the story across sites
--   it belongs to, and how much of its text it shares with the story's first copy.
-- materialized: view
-- columns:
--   article_key: The article's canonical url, or its url when it has none.
--   canonical_url: The canonical url the page states, if any.
--   page_id: The page fetch the row describes (the article's latest).
--   story_id: The story across sites (int_story_index).
--   site: The site that published it.
--   day: UTC date it was published, else fetched.
--   seen_at: When it was published, else fetched (UTC).
--   title: Its headline.
--   source_agency: The agency it credits, if any.
--   language: Its language, as the page states it.
--   is_first_copy: Whether it is the story's first article (the first fetched).
--   similarity: >
--     Share of the shorter body's five-word shingles found in the other, between this
--     article and the story's first copy (1.0 for the first copy).
-- tests:
--   unique: [article_key]
--   not_null: [article_key, page_id, story_id, day]
with

articles as (select * from int_articles_latest),

placed as (select article_key, story_id, first_key, similarity from int_story_index),

-- A left join, so the not_null test on story_id says every article is in a story.
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
    left join placed on articles.article_key = placed.article_key
)

select * from joined
