{#
    Incremental models rebuild only the keys (days, stories, campaign texts) that the
    lake partitions a run changed touch, so a run costs in proportion to what is new.

    The bridge (flows/warehouse) builds on a copy of the previous warehouse and writes
    `_changes.lake_partitions` (lake_table, dt), the partitions whose files changed, and
    `_changes.lake_<table>`, a view over just their files, for the staging models.
    Each incremental model then, in dependency order:
    1. `save_changed_keys` (a pre-hook on every model) runs the model's `changed_keys`
       config, a query naming the unique_key values to rebuild, into `changed_keys()`;
    2. the model's SQL runs with `is_incremental()` true and reads only what those keys
       need (its inputs' rows for the keys, `changes(...)` of its inputs);
    3. the `replace_keys` strategy deletes the keys' rows and inserts the new ones, and
       keeps the old and new rows as `changes(this)` for the models after it.
    A build into an empty file (no previous warehouse, the project, rules or code changed,
    a lake partition lost pages) runs every model whole and none of this.
#}

{% macro changed_partitions(lake_table) -%}
    (select dt from _changes.lake_partitions where lake_table = '{{ lake_table }}')
{%- endmacro %}


{% macro changes(relation) -%}
    {#- What this build changed in `relation`: for a lake source, the rows of its changed
        partitions; for a staging model, its rows from those; for the other models, the
        old and the new rows of the keys they rebuilt. -#}
    _changes."{{ relation.identifier }}"
{%- endmacro %}


{% macro changed_keys() -%}
    _changes."{{ this.identifier }}__keys"
{%- endmacro %}


{% macro save_changed_keys() %}
    {%- if is_incremental() -%}
        {%- set query = config.get('changed_keys') -%}
        {%- if not query -%}
            {{ exceptions.raise_compiler_error(
                "model " ~ this.identifier ~ " is incremental but has no changed_keys config") }}
        {%- endif -%}
        {%- set key = config.get('unique_key') -%}
        create or replace table {{ changed_keys() }} as
        select distinct {{ key }} from ({{ render(query) }}) as changed
        where {{ key }} is not null
    {%- endif -%}
{% endmacro %}


{% macro get_incremental_replace_keys_sql(arg_dict) %}
    {#- Replace the rows of the changed keys with the model's rows for those keys. -#}
    {%- set target = arg_dict['target_relation'] -%}
    {%- set new_rows = arg_dict['temp_relation'] -%}
    {%- set key = arg_dict['unique_key'] -%}
    {%- set rebuilt = key ~ ' in (select ' ~ key ~ ' from ' ~ changed_keys() ~ ')' -%}
    create or replace table {{ changes(target) }} as
    select * from {{ target }}
    where {{ rebuilt if config.get('record_replaced_rows', true) else 'false' }};
    delete from {{ target }} where {{ rebuilt }};
    insert into {{ target }} by name select * from {{ new_rows }} where {{ rebuilt }};
    insert into {{ changes(target) }} by name select * from {{ new_rows }} where {{ rebuilt }};
{% endmacro %}
