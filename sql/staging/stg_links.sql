-- description: One row per link (or listed related post) on one page fetch.
-- materialized: view
-- columns:
--   region: Part of the page the link sits in - body, nav, related, comment, footer or other.
--   is_internal: True when the link points at the page's own site.
--   label_time_text: Time shown beside a listed post ("35 mins ago").
--   label_time: That time resolved against the page's fetch time (UTC).
-- tests:
--   unique: [page_id, position]
--   not_null: [page_id, position, region]
--   accepted_values: {region: [body, nav, related, comment, footer, other]}
with

links as (select * from lake_links),

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
    label_time
from deduplicated
