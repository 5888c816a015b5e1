"""Incremental model builds: staging tests run only on lake partitions that changed, and
incremental models rebuild only the days and stories those partitions touch."""

import shutil
from datetime import UTC, date, datetime

import duckdb
import pytest

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.compact import compact_days
from flows.lake.rows import page_rows
from flows.spam.scoring import load_rules
from flows.warehouse import build as warehouse
from tests.support.lake import write_day
from tests.support.pages import wordpress_page


def test_rebuild_tests_only_changed_partitions(tmp_path):
    lake_dir, path = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    write_day(lake_dir, "2024-11-01", range(3))
    write_day(lake_dir, "2024-11-02", range(2))

    first = warehouse.build(lake_dir, path, load_rules())
    again = warehouse.build(lake_dir, path, load_rules())
    write_day(lake_dir, "2024-11-03", range(1))
    more = warehouse.build(lake_dir, path, load_rules())

    staging_tests = sum(
        len(list(warehouse.data_tests(m))) for m in warehouse.load_models() if m.layer == "staging"
    )
    assert again.rows == first.rows
    assert again.tests_passed == first.tests_passed - 2 * staging_tests
    assert more.tests_passed == again.tests_passed + staging_tests
    assert more.rows["stg_comments"] == first.rows["stg_comments"] + 2
    with duckdb.connect(str(path), read_only=True) as con:
        links = con.execute("select count(*) from stg_links").fetchall()[0][0]
    assert links == more.rows["stg_links"]


def test_rebuild_still_fails_on_a_bad_row_in_a_new_partition(tmp_path):
    lake_dir, path = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    write_day(lake_dir, "2024-11-01", range(2))
    warehouse.build(lake_dir, path, load_rules())
    url = "https://a.example/bad"
    page = page_rows(
        RawPage(wordpress_page("Bad", url, "2024-11-04T08:00:00Z"), "bad.html",
                datetime(2024, 11, 4, 10, tzinfo=UTC), url),
        "test",
    )  # fmt: skip
    page.tables["links"][0]["region"] = "bogus"
    store.write_batch(lake_dir, [page])

    with pytest.raises(warehouse.DataTestFailed, match="accepted_values"):
        warehouse.build(lake_dir, path, load_rules())


def model_rows(path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_saved_staging_partitions_give_the_same_models_and_follow_the_lake(tmp_path):
    lake_dir, staging = tmp_path / "lake", tmp_path / "staging"
    plain, saved = tmp_path / "plain.duckdb", tmp_path / "saved.duckdb"
    write_day(lake_dir, "2024-11-01", range(3))
    write_day(lake_dir, "2024-11-02", range(2))
    warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    write_day(lake_dir, "2024-11-02", range(2, 4))  # a changed day: a second file

    report = warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    expected = warehouse.build(lake_dir, plain, load_rules())

    assert report.rows == expected.rows
    for sql in (
        "select * from daily_news order by all",
        "select * from int_comments_scored order by comment_id",
        "select page_id, position, url from stg_links order by all",
    ):
        assert model_rows(saved, sql) == model_rows(plain, sql)

    def saved_files() -> list[tuple[str, ...]]:
        return sorted(p.relative_to(staging).parts[:2] for p in staging.rglob("*.parquet"))

    # The changed day's old partitions outlive one build: a reader of the warehouse just
    # swapped out still reads them. The next build deletes them.
    assert len(saved_files()) == 12
    warehouse.build(lake_dir, saved, load_rules(), staging=staging)
    files = saved_files()
    assert files == sorted((m, d) for m in ("stg_articles", "stg_comments", "stg_links",
                                            "stg_pages") for d in ("dt=2024-11-01",
                                                                   "dt=2024-11-02"))  # fmt: skip


SPAM = "Cheap loans, instant approval! Contact us on WhatsApp +234 803 123 4567"
REPEATED = "Visit my page for the full story and more pictures of the market today"


def _page(day: str, n: int, url: str, published: str, comments, links_to=()) -> RawPage:
    prose = "".join(
        f"<p>Paragraph {k} of story {n}, with enough words to read as prose, and commas, "
        "like real reporting does.</p>"
        for k in range(1, 5)
    )
    cited = "".join(f'<p>Earlier, as <a href="{target}">we reported</a>, it began.</p>'
                    for target in links_to)  # fmt: skip
    html = wordpress_page(f"Story {n} of {day}", url, published, comments, body=prose + cited)
    fetched = datetime.fromisoformat(f"{day}T10:00:00").replace(tzinfo=UTC)
    return RawPage(html, f"{day}-{n}.html", fetched, url)


def _history(lake_dir) -> None:
    """Three days of stories: spam on every one, REPEATED under two (not yet a campaign)."""
    for day in ("2024-11-01", "2024-11-02", "2024-11-03"):
        pages = []
        for n in range(3):
            comments = [("Ada", f"{day}T09:00:00Z", f"Fine story {n} on {day}."),
                        (f"Loans {n}", f"{day}T09:10:00Z", SPAM)]  # fmt: skip
            if day == "2024-11-02" and n < 2:
                comments.append((f"Fan {n}", f"{day}T09:20:00Z", REPEATED))
            url = f"https://a.example/{day}/{n}"
            pages.append(_page(day, n, url, f"{day}T08:00:00Z", comments))
        store.write_batch(lake_dir, [page_rows(p, "test") for p in pages])


def _new_day(lake_dir) -> None:
    """Day 4: a new story linking to an old one and making REPEATED a campaign (a third
    story), and a refetch of an old story that now gives another publication day and
    other comments."""
    day = "2024-11-04"
    pages = [
        _page(day, 0, f"https://a.example/{day}/0", f"{day}T08:00:00Z",
              [("Fan 2", f"{day}T09:00:00Z", REPEATED), ("Bo", f"{day}T09:05:00Z", SPAM)],
              links_to=["https://a.example/2024-11-03/1"]),
        _page(day, 1, "https://a.example/2024-11-01/2", "2024-10-31T22:00:00Z",
              [("Chi", f"{day}T07:00:00Z", "Updated: the market reopened.")]),
    ]  # fmt: skip
    store.write_batch(lake_dir, [page_rows(p, "test") for p in pages])


def _all_rows(path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            model.name: con.execute(f'select * from "{model.name}" order by all').fetchall()
            for model in warehouse.load_models()
        }


def _full_rebuild(lake_dir, path, rules) -> dict[str, list[tuple]]:
    report = warehouse.build(lake_dir, path, rules, staging=path.parent / f"{path.stem}-staging")
    assert report.incremental == {}
    return _all_rows(path)


def test_a_build_over_one_new_day_gives_the_rows_of_a_full_rebuild(tmp_path):
    lake_dir, path, staging = tmp_path / "lake", tmp_path / "warehouse.duckdb", tmp_path / "stg"
    _history(lake_dir)
    warehouse.build(lake_dir, path, load_rules(), staging=staging)
    before = _all_rows(path)
    _new_day(lake_dir)

    report = warehouse.build(lake_dir, path, load_rules(), staging=staging)

    incremental = {m.name for m in warehouse.load_models() if m.materialized == "incremental"}
    assert report.incremental.keys() == incremental, "every incremental model took its path"
    assert report.incremental["int_latest_fetches"] == 2  # the new story and the refetch
    after = _all_rows(path)
    assert after == _full_rebuild(lake_dir, tmp_path / "full.duckdb", load_rules())
    # What the new day changed in history, so the comparison above is not trivially true:
    assert len(after["int_campaigns"]) == len(before["int_campaigns"]) + 1
    days = {row[0] for row in after["daily_news"]}
    assert date(2024, 10, 31) in days and date(2024, 10, 31) not in {
        row[0] for row in before["daily_news"]
    }


def test_a_build_after_the_rules_changed_rescores_history_whole_and_keeps_the_stories(tmp_path):
    lake_dir, path, staging = tmp_path / "lake", tmp_path / "warehouse.duckdb", tmp_path / "stg"
    _history(lake_dir)
    warehouse.build(lake_dir, path, load_rules(), staging=staging)
    _new_day(lake_dir)
    rules_file = tmp_path / "rules.toml"
    rules_file.write_text(
        'threshold = 1.0\n[[rules]]\nname = "mentions_story"\npattern = "story"\nweight = 1.0\n',
        encoding="utf-8",
    )

    report = warehouse.build(lake_dir, path, load_rules(rules_file), staging=staging)

    # What reads the spam verdicts, and every model after it, is rebuilt whole; what does
    # not (the stories) only takes in the new day.
    assert {"int_latest_fetches", "int_story_index", "stories"} <= report.incremental.keys()
    assert not {"int_comments_latest", "int_comments_scored", "daily_news"} & set(
        report.incremental
    )
    rows = _all_rows(path)
    assert rows == _full_rebuild(lake_dir, tmp_path / "full.duckdb", load_rules(rules_file))
    with duckdb.connect(str(path), read_only=True) as con:
        reasons = con.execute("select flatten(list(spam_reasons)) from int_comments_scored")
        assert "mentions_story" in reasons.fetchall()[0][0]


def test_a_lake_partition_that_lost_pages_rebuilds_the_models_whole(tmp_path):
    lake_dir, path, staging = tmp_path / "lake", tmp_path / "warehouse.duckdb", tmp_path / "stg"
    _history(lake_dir)
    warehouse.build(lake_dir, path, load_rules(), staging=staging)
    for table in ("pages", "articles", "comments", "links"):
        shutil.rmtree(lake_dir / table / "dt=2024-11-02")

    report = warehouse.build(lake_dir, path, load_rules(), staging=staging)

    assert report.incremental == {}
    assert _all_rows(path) == _full_rebuild(lake_dir, tmp_path / "full.duckdb", load_rules())


def test_pages_added_to_an_old_day_update_the_models_in_place(tmp_path):
    lake_dir, path, staging = tmp_path / "lake", tmp_path / "warehouse.duckdb", tmp_path / "stg"
    _history(lake_dir)
    warehouse.build(lake_dir, path, load_rules(), staging=staging)
    late = _page("2024-11-02", 7, "https://a.example/2024-11-02/7", "2024-11-02T08:00:00Z",
                 [("Fan 7", "2024-11-02T09:30:00Z", REPEATED)])  # fmt: skip
    store.write_batch(lake_dir, [page_rows(late, "test")])
    compact_days(lake_dir, {date(2024, 11, 2)})

    report = warehouse.build(lake_dir, path, load_rules(), staging=staging)

    assert "daily_news" in report.incremental
    assert _all_rows(path) == _full_rebuild(lake_dir, tmp_path / "full.duckdb", load_rules())
