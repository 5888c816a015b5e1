{{ config(changed_keys="select dt from {{ changed_partitions('comments') }}") }}

with

comments as (
    {%- if is_incremental() %}
    select * from {{ changes(source('lake', 'comments')) }}  -- the changed partitions
    {%- else %}
    select * from {{ source('lake', 'comments') }}
    {%- endif %}
),

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
    fetched_at,
    ---------- lake partition
    dt
from deduplicated
