-- description: >
--   One row per raw page fetch newsflow has seen, parsed or rejected. A page ingested
--   twice (a run redone after a crash) appears once.
-- materialized: view
-- columns:
--   page_id: Hash of where the page was found, when it was fetched and its bytes.
--   url: Where the page was fetched from (sidecar), else its canonical or og:url, else its path.
--   site: Host of the url without "www.", '(unknown)' when the url is a file path.
--   fetched_at: When the page was fetched (UTC).
--   source: Where the raw page was found, relative to the raw folder.
--   status: parsed or rejected.
--   error: Why a rejected page could not be parsed.
--   dt: UTC fetch date, the lake partition.
-- tests:
--   unique: [page_id]
--   not_null: [page_id, fetched_at, source, status, dt]
--   accepted_values: {status: [parsed, rejected]}
with

pages as (select * from lake_pages),

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
