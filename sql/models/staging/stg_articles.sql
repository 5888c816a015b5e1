{{ config(changed_keys="select dt from {{ changed_partitions('articles') }}") }}

with

articles as (
    {%- if is_incremental() %}
    select * from {{ changes(source('lake', 'articles')) }}  -- the changed partitions
    {%- else %}
    select * from {{ source('lake', 'articles') }}
    {%- endif %}
),

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
    fetched_at,
    ---------- lake partition
    dt
from deduplicated
