{{ config(changed_keys="select dt from {{ changed_partitions('links') }}") }}

with

links as (
    {%- if is_incremental() %}
    select * from {{ changes(source('lake', 'links')) }}  -- the changed partitions
    {%- else %}
    select * from {{ source('lake', 'links') }}
    {%- endif %}
),

deduplicated as (
    select * from links
    qualify row_number() over (partition by page_id, position) = 1
)

select
    ---------- ids
    page_id,
    position,
    coalesce(site, '(unknown)') as site,
    ---------- link
    url,
    anchor_text,
    rel,
    region,
    is_internal,
    target_site,
    ---------- timestamps
    label_time_text,
    label_time,
    ---------- lake partition
    dt
from deduplicated
