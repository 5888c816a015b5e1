{{ config(changed_keys="select dt from {{ changed_partitions('pages') }}") }}

with

pages as (
    {%- if is_incremental() %}
    select * from {{ changes(source('lake', 'pages')) }}  -- the changed partitions
    {%- else %}
    select * from {{ source('lake', 'pages') }}
    {%- endif %}
),

deduplicated as (
    select * from pages
    qualify row_number() over (partition by page_id order by run_id) = 1
)

select
    ---------- ids
    page_id,
    url,
    coalesce(site, '(unknown)') as site,
    source,
    content_sha256,
    ---------- outcome
    status,
    error,
    kind,
    bytes,
    parser_version,
    run_id,
    ---------- timestamps
    fetched_at,
    dt
from deduplicated
