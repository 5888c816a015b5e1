-- description: >
--   One row per UTC day and site: comments posted, how many were judged spam, the
--   spam rate, and the spam rules that fired most often that day.
-- materialized: incremental
-- unique_key: day
-- changed: select day from changed_int_comments_scored
-- inputs:
--   int_comments_scored: >
--     select day, site, is_spam, spam_reasons from int_comments_scored
--     where day in (select day from changed_keys)
-- columns:
--   day: UTC date the comments were posted (the page's fetch date when unknown).
--   comments: Comments that day.
--   spam_comments: Comments judged spam.
--   spam_rate: spam_comments / comments, from 0 to 1.
--   top_reasons: >
--     Up to three spam rule names that fired most on spam comments, most frequent first
--     (ties: the heavier rule, then by name).
-- tests:
--   unique: [day, site]
--   not_null: [day, site, comments, spam_comments, spam_rate]
--   accepted_range: {spam_rate: [0, 1], comments: [1, null]}
--   expression_is_true: spam_comments <= comments
with

comments as (select * from int_comments_scored),

rules as (select * from spam_rules),

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
