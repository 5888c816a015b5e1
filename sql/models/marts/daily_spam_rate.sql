{{
    config(
        unique_key='day',
        changed_keys="select day from {{ changes(ref('int_comments_scored')) }}",
    )
}}

with

comments as (
    select * from {{ ref('int_comments_scored') }}
    {%- if is_incremental() %}
    where day in (select day from {{ changed_keys() }})
    {%- endif %}
),

rules as (select * from {{ source('spam', 'rules') }}),

reasons as (
    select
        day,
        site,
        unnest(spam_reasons) as reason
    from comments
    where is_spam
),

reason_counts as (
    select
        reasons.day,
        reasons.site,
        reasons.reason,
        count(*) as times,
        any_value(rules.weight) as weight
    from reasons
    left join rules on reasons.reason = rules.name
    group by reasons.day, reasons.site, reasons.reason
),

top_reasons as (
    select
        day,
        site,
        list(reason order by times desc, weight desc, reason)[1:3] as top_reasons
    from reason_counts
    group by day, site
),

daily as (
    select
        day,
        site,
        count(*) as comments,
        count(*) filter (where is_spam) as spam_comments
    from comments
    group by day, site
)

select
    daily.day,
    daily.site,
    daily.comments,
    daily.spam_comments,
    round(daily.spam_comments / daily.comments, 4) as spam_rate,
    coalesce(top_reasons.top_reasons, []) as top_reasons
from daily
left join top_reasons on daily.day = top_reasons.day and daily.site = top_reasons.site
order by daily.day, daily.site
