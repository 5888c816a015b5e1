-- depends_on: {{ ref('int_story_index') }}
-- depends_on: {{ ref('int_latest_fetches') }}
{{
    config(
        unique_key='day',
        changed_keys="
            -- Every day a changed story ran on, and the days a refetch moved a story from.
            select day from {{ ref('story_articles') }}
            where story_id in (select story_id from {{ changes(ref('int_story_index')) }})
            union all
            select day from {{ changes(ref('int_latest_fetches')) }}",
    )
}}

with

copies as (
    select * from {{ ref('story_articles') }}
    {%- if is_incremental() %}
    where day in (select day from {{ changed_keys() }})
    {%- endif %}
),

stories as (select story_id, headline from {{ ref('stories') }}),

daily as (
    select
        day,
        story_id,
        count(distinct site) as sites,
        count(*) as copies,
        list_sort(list_distinct(list(site))) as site_list,
        list_sort(list_distinct(list(source_agency))) as source_agencies
    from copies
    group by day, story_id
),

ranked as (
    select
        daily.day,
        row_number() over (
            partition by daily.day
            order by daily.sites desc, daily.copies desc, stories.headline, daily.story_id
        ) as rank,
        daily.story_id,
        stories.headline,
        daily.sites,
        daily.copies,
        daily.site_list,
        daily.source_agencies
    from daily
    inner join stories on daily.story_id = stories.story_id
)

select * from ranked
