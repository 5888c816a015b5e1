-- depends_on: {{ ref('int_story_index') }}
{{
    config(
        unique_key='story_id',
        changed_keys="select story_id from {{ changes(ref('int_story_index')) }}",
    )
}}

with

copies as (
    select * from {{ ref('story_articles') }}
    {%- if is_incremental() %}
    where story_id in (select story_id from {{ changed_keys() }})
    {%- endif %}
),

stories as (
    select
        story_id,
        first(title order by seen_at, article_key) as headline,
        min(seen_at) as first_seen,
        max(seen_at) as last_seen,
        count(*) as copies,
        count(distinct site) as site_count,
        list_sort(list_distinct(list(site))) as sites,
        list_sort(list_distinct(list(source_agency))) as source_agencies,
        list_sort(list_distinct(list(language))) as languages
    from copies
    group by story_id
)

select * from stories
