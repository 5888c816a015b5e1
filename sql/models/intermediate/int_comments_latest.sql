{{
    config(
        unique_key='article_key',
        changed_keys="select article_key from {{ changes(ref('int_latest_fetches')) }}",
    )
}}

with

comments as (
    {%- if is_incremental() %}
    -- The new fetches' comments, and the comments so far of the stories they touch.
    select * from {{ changes(ref('stg_comments')) }}
    union all by name
    select * exclude (article_key, verdict, campaign_text) from {{ this }}
    where
        article_key in (select article_key from {{ changed_keys() }})
        and page_id not in (select page_id from {{ changes(ref('stg_comments')) }})
    {%- else %}
    select * from {{ ref('stg_comments') }}
    {%- endif %}
),

latest_articles as (select page_id, article_key from {{ ref('int_latest_fetches') }}),

current_comments as (
    select
        comments.*,
        latest_articles.article_key
    from comments
    inner join latest_articles on comments.page_id = latest_articles.page_id
)

select
    *,
    spam_verdict(text) as verdict,
    spam_campaign_text(text) as campaign_text
from current_comments
