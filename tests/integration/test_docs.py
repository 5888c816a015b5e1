"""The models docs page is generated from the SQL: every model, column, dependency and test."""

import re

from flows.warehouse.build import Model, load_models
from flows.warehouse.docs import model_docs, write_docs


def _model(name, layer, sql="select 1 as x", **extra):
    return Model(name=name, layer=layer, sql=sql, description=f"{name} rows", materialized="view",
                 **extra)  # fmt: skip


def test_model_docs_orders_by_layer_and_links_both_directions():
    models = [_model("daily", "marts"), _model("stg_a", "staging"), _model("int_a", "intermediate")]
    reads = {"daily": {"int_a"}, "stg_a": {"lake_a"}, "int_a": {"stg_a"}}
    docs = model_docs(models, reads)
    assert [d.model.name for d in docs] == ["stg_a", "int_a", "daily"]
    assert [(d.reads, d.read_by) for d in docs] == [
        (["lake_a"], ["int_a"]),
        (["stg_a"], ["daily"]),
        (["int_a"], []),
    ]


def test_model_docs_lists_each_data_test_with_its_query():
    model = _model("daily", "marts", tests={"not_null": ["day"], "unique": ["day", "site"]})
    (doc,) = model_docs([model], {"daily": set()})
    names = [name for name, _ in doc.tests]
    assert names == ["not_null(day)", "unique(day, site)"]
    assert 'where "day" is null' in doc.tests[0][1]


def test_docs_page_covers_every_model_column_and_test_in_sql(tmp_path):
    page = write_docs(tmp_path / "docs" / "models.html").read_text("utf-8")
    models = load_models()
    assert {m.name for m in models} >= {"daily_news", "daily_spam_rate", "int_comments_scored"}
    for model in models:
        assert f'<section id="{model.name}"><h3>{model.name}</h3>' in page
        for column in model.columns:
            assert f"<td><code>{column}</code></td>" in page, (model.name, column)
    section = page.split('<section id="int_comments_scored">')[1].split("</section>")[0]
    read_by = re.search(r"<b>Read by</b>: (.*?)</p>", section).group(1)
    assert '<a href="#daily_spam_rate">daily_spam_rate</a>' in read_by
    assert "<code>unique(day, site)</code>" in page
    assert '<section id="lake_comments"><h3>lake_comments</h3>' in page
    assert (
        "<td><code>posted_text</code></td><td>string: The posting time as the page shows it" in page
    )
