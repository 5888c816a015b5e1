-- description: One row per parsed article page fetch (the same story fetched twice is two rows).
-- materialized: view
-- columns:
--   page_id: The page the article was read from (stg_pages).
--   article_key: What identifies the story across fetches - its canonical URL, else its url.
--   published_at: When the page says the story was published (UTC), null if it does not say.
--   source_agency: News agency the story credits (Reuters, AP, AFP, ...), null if none.
--   word_count: Words in the body.
-- tests:
--   unique: [page_id]
--   not_null: [page_id, article_key, site, fetched_at]
--   accepted_range: {word_count: [0, null]}
with

articles as (select * from lake_articles),

deduplicated as (
    select * from articles
    qualify row_number() over (partition by page_id order by fetched_at) = 1
)

select
    ---------- ids
    page_id,
    coalesce(canonical_url, url) as article_key,
    url,
    canonical_url,
    coalesce(site, '(unknown)') as site,
    ---------- text
    title,
    description,
    body,
    word_count,
    ---------- labels
    authors,
    section,
    tags,
    language,
    source_agency,
    ---------- timestamps
    published_at,
    modified_at,
    fetched_at
from deduplicated
