{{
    config(
        unique_key='campaign_text',
        changed_keys="select campaign_text from {{ changes(ref('int_comments_latest')) }}",
    )
}}

with

comments as (
    select * from {{ ref('int_comments_latest') }}
    {%- if is_incremental() %}
    where campaign_text in (select campaign_text from {{ changed_keys() }})
    {%- endif %}
),

settings as (select * from {{ source('spam', 'settings') }}),

repeated_texts as (
    select
        comments.campaign_text,
        count(distinct comments.article_key) as stories,
        count(distinct coalesce(comments.author, '')) as authors
    from comments
    cross join settings
    where length(comments.campaign_text) >= settings.campaign_min_chars
    group by comments.campaign_text
),

campaigns as (
    select repeated_texts.*
    from repeated_texts
    cross join settings
    where
        repeated_texts.stories >= settings.campaign_min_pages
        or repeated_texts.authors >= settings.campaign_min_authors
)

select * from campaigns
