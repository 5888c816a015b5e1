{{
    config(
        unique_key='article_key',
        changed_keys="
            select article_key from {{ changes(ref('int_comments_latest')) }}
            union all
            -- Stories with a comment whose text became a campaign or stopped being one
            -- (old and new rows of a campaign that stayed one make two rows).
            select article_key from {{ ref('int_comments_latest') }}
            where campaign_text in (
                select campaign_text from {{ changes(ref('int_campaigns')) }}
                group by campaign_text having count(*) = 1
            )",
    )
}}

with

comments as (
    select * from {{ ref('int_comments_latest') }}
    {%- if is_incremental() %}
    where article_key in (select article_key from {{ changed_keys() }})
    {%- endif %}
),

campaigns as (select campaign_text from {{ ref('int_campaigns') }}),

settings as (select * from {{ source('spam', 'settings') }}),

flagged as (
    select
        comments.*,
        campaigns.campaign_text is not null as in_campaign
    from comments
    left join campaigns on comments.campaign_text = campaigns.campaign_text
),

rescored as (
    select
        flagged.*,
        flagged.verdict.score
        + case when flagged.in_campaign then settings.campaign_weight else 0 end as spam_score,
        case
            when flagged.in_campaign then list_prepend(settings.campaign_name, flagged.verdict.reasons)
            else flagged.verdict.reasons
        end as spam_reasons,
        settings.threshold
    from flagged
    cross join settings
)

select
    comment_id,
    page_id,
    parent_id,
    article_key,
    site,
    position,
    author,
    text,
    campaign_text,
    in_campaign,
    posted_text,
    posted_at,
    fetched_at,
    round(spam_score, 3) as spam_score,
    spam_score >= threshold as is_spam,
    spam_reasons,
    cast(timezone('UTC', coalesce(posted_at, fetched_at)) as date) as day
from rescored
