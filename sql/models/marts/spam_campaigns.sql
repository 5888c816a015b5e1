{{
    config(
        unique_key='campaign_text',
        changed_keys="
            select campaign_text from {{ changes(ref('int_comments_scored')) }}
            where in_campaign",
    )
}}

with

comments as (
    select * from {{ ref('int_comments_scored') }}
    {%- if is_incremental() %}
    where campaign_text in (select campaign_text from {{ changed_keys() }})
    {%- endif %}
),

settings as (select * from {{ source('spam', 'settings') }}),

rules as (select * from {{ source('spam', 'rules') }}),

campaign_comments as (
    select
        *,
        coalesce(posted_at, fetched_at) as seen_at
    from comments
    where in_campaign
),

reasons as (
    select
        campaign_comments.campaign_text,
        unnest(campaign_comments.spam_reasons) as reason
    from campaign_comments
),

reason_counts as (
    select
        reasons.campaign_text,
        reasons.reason,
        count(*) as times,
        any_value(rules.weight) as weight
    from reasons
    cross join settings
    left join rules on reasons.reason = rules.name
    where reasons.reason != settings.campaign_name
    group by reasons.campaign_text, reasons.reason
),

top_reasons as (
    select
        campaign_text,
        list(reason order by times desc, weight desc, reason)[1:3] as top_reasons
    from reason_counts
    group by campaign_text
),

campaigns as (
    select
        campaign_text,
        arg_min(text, seen_at) as example_text,
        count(*) as comments,
        count(distinct article_key) as stories,
        count(distinct coalesce(author, '')) as authors,
        list(distinct site order by site) as sites,
        count(*) filter (where is_spam) as spam_comments,
        min(seen_at) as first_seen,
        max(seen_at) as last_seen
    from campaign_comments
    group by campaign_text
)

select
    campaigns.*,
    coalesce(top_reasons.top_reasons, []) as top_reasons
from campaigns
left join top_reasons on campaigns.campaign_text = top_reasons.campaign_text
order by campaigns.comments desc, campaigns.campaign_text
