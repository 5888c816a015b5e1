import json
from datetime import UTC, date, datetime

import duckdb
import pytest
import yaml

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from flows.warehouse import dbt as warehouse
from tests.support.pages import wordpress_page

HAM = "Thanks for the report, the numbers match what I see at the market."
SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"


def _raw(source: str, fetched: datetime, html: bytes) -> RawPage:
    return RawPage(data=html, source=source, fetched_at=fetched)


def _build(tmp_path, pages: list[RawPage]) -> duckdb.DuckDBPyConnection:
    lake_dir, db = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    store.write_batch(lake_dir, [page_rows(p, run_id="test") for p in pages])
    warehouse.build(lake_dir, db)
    return duckdb.connect(str(db), read_only=True)


def test_models_read_each_other_through_ref_so_dbt_orders_them(tmp_path):
    _build(tmp_path, [_raw("a/one.html", datetime(2024, 11, 1, tzinfo=UTC),
                           wordpress_page("One", "https://a.example/one", "2024-11-01"))])  # fmt: skip
    manifest = json.loads((tmp_path / "cache" / "dbt" / "manifest.json").read_text())
    reads = {
        node["name"]: {name.split(".")[-1] for name in node["depends_on"]["nodes"]}
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model"
    }
    assert reads["stg_comments"] == {"comments"}  # the source lake_comments
    assert reads["int_comments_scored"] == {"int_comments_latest", "int_campaigns", "settings"}
    assert {"int_latest_fetches", "int_comments_scored", "stg_links"} <= reads["daily_news"]


def test_daily_spam_rate_matches_a_hand_count(tmp_path):
    d1, d2, d3 = (
        "2024-11-01T09:00:00+00:00",
        "2024-11-02T09:00:00+00:00",
        "2024-11-03T08:00:00+00:00",
    )
    first_comments = [("Ada", d1, HAM), ("Bola", d1, HAM), ("Loans Ltd", d1, SPAM)]
    pages = [
        # Fetched twice: only the later fetch (one more comment) counts.
        _raw("a/one.html", datetime(2024, 11, 1, 12, tzinfo=UTC),
             wordpress_page("One", "https://a.example/one", d1, first_comments)),
        _raw("a/one-again.html", datetime(2024, 11, 3, 12, tzinfo=UTC),
             wordpress_page("One", "https://a.example/one", d1, [*first_comments, ("Chi", d3, HAM)])),
        _raw("a/two.html", datetime(2024, 11, 2, 12, tzinfo=UTC),
             wordpress_page("Two", "https://a.example/two", d1,
                            [("Dayo", d1, HAM), ("Spammer", d1, SPAM), ("Efe", d2, HAM), ("Femi", d2, HAM)])),
        _raw("b/three.html", datetime(2024, 11, 2, 12, tzinfo=UTC),
             wordpress_page("Three", "https://www.b.example/three", d2,
                            [("G", d2, HAM), ("H", d2, SPAM), ("I", d2, SPAM), ("J", d2, HAM)])),
    ]  # fmt: skip
    con = _build(tmp_path, pages)
    rows = con.execute(
        "select day, site, comments, spam_comments, spam_rate from daily_spam_rate order by site, day"
    ).fetchall()
    assert rows == [
        (date(2024, 11, 1), "a.example", 5, 2, 0.4),
        (date(2024, 11, 2), "a.example", 2, 0, 0.0),
        (date(2024, 11, 3), "a.example", 1, 0, 0.0),
        (date(2024, 11, 2), "b.example", 4, 2, 0.5),
    ]
    # SPAM fires campaign (4.0; posted under 3 stories), contact_solicitation, money_offer,
    # phone_number (3.0 each) and sales_pitch (2.5), each twice on b.example: ties go to
    # the heavier rule, then the name.
    reasons = con.execute(
        "select top_reasons from daily_spam_rate where site = 'b.example'"
    ).fetchall()[0][0]
    assert reasons == ["campaign", "contact_solicitation", "money_offer"]


def _campaign_pages() -> list[RawPage]:
    day = "2024-11-01T09:00:00+00:00"
    return [
        _raw(f"a/story-{n}.html", datetime(2024, 11, n, 12, tzinfo=UTC),
             wordpress_page(f"Story {n}", f"https://a.example/{n}", day,
                            [(f"Seller {n}", f"2024-11-0{n}T08:00:00+00:00", SPAM),
                             ("Ada", day, f"Comment number {n} on this story, nothing repeated.")]))
        for n in (1, 2, 3)
    ] + [
        _raw("b/other.html", datetime(2024, 11, 4, 12, tzinfo=UTC),
             wordpress_page("Other", "https://b.example/other", day,
                            [("Seller 4", "2024-11-04T08:00:00+00:00", SPAM.upper() + "!!")])),
    ]  # fmt: skip


def test_spam_campaigns_lists_the_text_repeated_across_stories(tmp_path):
    con = _build(tmp_path, _campaign_pages())
    rows = con.execute(
        "select campaign_text, comments, stories, authors, sites, spam_comments, first_seen,"
        " last_seen from spam_campaigns"
    ).fetchall()
    assert rows == [
        (
            "cheap loans instant approval contact us on whatsapp 234 803 123 4567",
            4,
            4,
            4,
            ["a.example", "b.example"],
            4,
            datetime(2024, 11, 1, 8, tzinfo=UTC),
            datetime(2024, 11, 4, 8, tzinfo=UTC),
        )
    ]
    flagged = con.execute(
        "select count(*) filter (where in_campaign), count(*) filter (where 'campaign' in spam_reasons)"
        " from int_comments_scored"
    ).fetchall()
    assert flagged == [(4, 4)]


def test_editing_the_rules_rescores_history_without_reparsing(tmp_path):
    lake_dir, db = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    store.write_batch(lake_dir, [page_rows(p, run_id="test") for p in _campaign_pages()])
    warehouse.build(lake_dir, db)
    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("select count(*) from int_comments_scored where is_spam").fetchall()
    assert before == [(4,)]
    rules = tmp_path / "rules.toml"
    rules.write_text(
        'threshold = 1.0\n[[rules]]\nname = "mentions_story"\npattern = "story"\nweight = 1.0\n',
        encoding="utf-8",
    )
    warehouse.build(lake_dir, db, rules_file=rules)
    with duckdb.connect(str(db), read_only=True) as con:
        after = con.execute(
            "select author, spam_reasons from int_comments_scored where is_spam order by author"
        ).fetchall()
    assert after == [("Ada", ["mentions_story"])] * 3


def test_daily_news_counts_each_story_once_on_its_publication_day(tmp_path):
    pages = [
        _raw("a/one.html", datetime(2024, 11, 1, 12, tzinfo=UTC),
             wordpress_page("One", "https://a.example/one", "2024-11-01T08:00:00Z")),
        _raw("a/one-again.html", datetime(2024, 11, 3, 12, tzinfo=UTC),
             wordpress_page("One", "https://a.example/one", "2024-11-01T08:00:00Z")),
        _raw("a/two.html", datetime(2024, 11, 3, 12, tzinfo=UTC),
             wordpress_page("Two", "https://a.example/two", "2024-11-02T23:30:00-02:00")),
    ]  # fmt: skip
    con = _build(tmp_path, pages)
    rows = con.execute(
        "select day, site, articles, top_stories from daily_news order by day"
    ).fetchall()
    assert rows == [
        (date(2024, 11, 1), "a.example", 1, ["One"]),
        (date(2024, 11, 3), "a.example", 1, ["Two"]),  # 23:30 at UTC-2 is 01:30 UTC the next day
    ]


def test_a_failing_data_test_stops_the_build_and_shows_the_rows(tmp_path):
    lake_dir, db = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    page = page_rows(_raw("a/one.html", datetime(2024, 11, 1, tzinfo=UTC),
                          wordpress_page("One", "https://a.example/one", "2024-11-01")), "test")  # fmt: skip
    page.tables["links"][0]["region"] = "bogus"
    store.write_batch(lake_dir, [page])
    with pytest.raises(warehouse.DataTestFailed, match=r"(?s)accepted_values_stg_links.*'bogus'"):
        warehouse.build(lake_dir, db)
    assert not db.exists(), "a failed build must not replace the warehouse"
    assert not db.with_name(db.name + ".building").exists()


def _model_properties() -> dict[str, dict]:
    """Each model's YAML beside its SQL (sql/models/<layer>/<model>.yml)."""
    found = {}
    for sql in sorted((warehouse.PROJECT_DIR / "models").rglob("*.sql")):
        properties = yaml.safe_load(sql.with_suffix(".yml").read_text("utf-8"))
        (model,) = properties["models"]
        assert model["name"] == sql.stem
        found[sql.stem] = model
    return found


def test_every_model_documents_its_grain_and_has_a_key_test():
    models = _model_properties()
    assert {"stg_pages", "int_comments_scored", "daily_news", "spam_campaigns"} <= models.keys()
    for name, model in models.items():
        assert model["description"].lower().startswith("one row per"), name
        unique = [c["name"] for c in model["columns"] if "unique" in c.get("data_tests", [])]
        combined = [t for t in model.get("data_tests", []) if "unique_combination_of_columns" in t]
        assert unique or combined, f"{name} needs a uniqueness test on its grain"


def test_warehouse_opens_read_only_while_lake_tables_are_visible(tmp_path):
    con = _build(tmp_path, [_raw("a/one.html", datetime(2024, 11, 1, tzinfo=UTC),
                                 wordpress_page("One", "https://a.example/one", "2024-11-01"))])  # fmt: skip
    tables = {
        row[0]
        for row in con.execute(
            "select table_name from duckdb_tables() union all select view_name from duckdb_views() where not internal"
        ).fetchall()
    }
    assert {"lake_pages", "lake_articles", "lake_comments", "lake_links", "spam_rules"} <= tables
    comment = con.execute(
        "select comment from duckdb_columns() where table_name = 'daily_spam_rate' and column_name = 'spam_rate'"
    ).fetchall()[0][0]
    assert "spam_comments / comments" in comment
