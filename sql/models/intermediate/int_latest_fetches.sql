{{
    config(
        unique_key='article_key',
        changed_keys="select article_key from {{ changes(ref('stg_articles')) }}",
    )
}}

with

articles as (
    {%- if is_incremental() %}
    -- The new fetches, and the latest fetch so far of the stories they are fetches of.
    select page_id, article_key, published_at, fetched_at from {{ changes(ref('stg_articles')) }}
    union all by name
    select page_id, article_key, published_at, fetched_at from {{ this }}
    where
        article_key in (select article_key from {{ changed_keys() }})
        and page_id not in (select page_id from {{ changes(ref('stg_articles')) }})
    {%- else %}
    select page_id, article_key, published_at, fetched_at from {{ ref('stg_articles') }}
    {%- endif %}
),

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
