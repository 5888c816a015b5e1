{#
    Generic data tests dbt itself lacks (dbt_utils has them, but dbt packages come from a
    hub that is not reachable here). Same names and arguments as dbt_utils'. Like every
    dbt test, each returns the offending rows: none means it passed.
#}

{% test accepted_range(model, column_name, min_value=none, max_value=none) %}
    {#- Values outside [min_value, max_value]; either bound may be left out. -#}
    select * from {{ model }}
    where
        {%- if min_value is not none %} {{ column_name }} < {{ min_value }}{% endif %}
        {%- if min_value is not none and max_value is not none %} or{% endif %}
        {%- if max_value is not none %} {{ column_name }} > {{ max_value }}{% endif %}
{% endtest %}


{% test expression_is_true(model, expression) %}
    select * from {{ model }} where not ({{ expression }})
{% endtest %}


{% test unique_combination_of_columns(model, combination_of_columns) %}
    {%- set columns = combination_of_columns | join(', ') -%}
    select {{ columns }}, count(*) as copies
    from {{ model }}
    group by {{ columns }}
    having count(*) > 1
{% endtest %}
