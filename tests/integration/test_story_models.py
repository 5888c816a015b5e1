"""The stories models: copies of one wire story on several sites are one story, ranked by
how many sites carried it; a follow-up is another story; daily_news counts distinct stories."""

from datetime import UTC, date, datetime

import duckdb

from flows.contracts import RawPage
from flows.lake import store
from flows.lake.rows import page_rows
from flows.spam.scoring import default_rules
from flows.warehouse import build as warehouse
from tests.support.pages import wordpress_page

WIRE = [
    (
        "Floods have forced more than 12,000 people from their homes in northern Cameroon after "
        "days of heavy rain burst the banks of the Logone river, regional officials said on Sunday."
    ),
    (
        "The governor of the Far North region told reporters in Maroua that at least nine people "
        "had drowned and that rescue teams were still searching for others missing in villages cut "
        "off by the water."
    ),
    (
        "Aid agencies said the water had destroyed fields of sorghum and millet weeks before the "
        "harvest, raising fears of hunger in a region already hosting thousands of families who "
        "fled attacks by armed groups near the border with Nigeria."
    ),
    (
        "The United Nations refugee agency said it was sending tents, blankets and water "
        "purification tablets to camps near Kousseri, where many of the displaced have gathered "
        "in schools and churches."
    ),
]
OTHER = [
    (
        "The central bank left its main interest rate unchanged on Tuesday, saying inflation had "
        "slowed for a third month in a row as food prices eased after a good harvest in the south."
    ),
    (
        "Traders said the decision had been expected and that the currency was steady against the "
        "dollar in early trading, while bond yields fell slightly on the news."
    ),
    (
        "The bank's governor told a news conference that the committee would watch fuel prices "
        "closely in the coming months and was ready to act if inflation picked up again."
    ),
]
DAY = "2024-11-04"


def _page(site: str, slug: str, title: str, paragraphs: list[str], day: str = DAY) -> RawPage:
    url = f"https://{site}/news/{slug}"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = wordpress_page(title, url, f"{day}T08:00:00Z", body=body)
    fetched = datetime.fromisoformat(f"{day}T10:00:00").replace(tzinfo=UTC)
    return RawPage(html, f"{site}-{slug}.html", fetched, url)


def test_copies_on_three_sites_are_one_story_ranked_first(tmp_path):
    lake_dir, path = tmp_path / "lake", tmp_path / "warehouse.duckdb"
    pages = [
        _page("a.example", "floods", "Floods force thousands from homes", WIRE),
        _page("b.example", "cameroon-floods", "Cameroon: 12,000 flee floods", WIRE[:3]),
        _page("c.example", "north-floods", "Thousands flee as Logone bursts its banks",
              ["YAOUNDE - Our correspondents say the situation is getting worse.", *WIRE[:2]]),
        _page("a.example", "rates", "Central bank holds rates", OTHER),
    ]  # fmt: skip
    store.write_batch(lake_dir, [page_rows(p, "test") for p in pages])

    warehouse.build(lake_dir, path, default_rules())

    with duckdb.connect(str(path), read_only=True) as con:
        stories = con.execute(
            "select headline, copies, site_count, sites from stories order by copies desc"
        ).fetchall()
        top = con.execute(
            "select rank, sites, site_list from daily_top_stories where day = ? order by rank",
            [date(2024, 11, 4)],
        ).fetchall()
        news = con.execute(
            "select site, articles, stories from daily_news order by site"
        ).fetchall()
        similarity = con.execute(
            "select min(similarity) from story_articles where not is_first_copy"
        ).fetchone()
    assert [row[1:3] for row in stories] == [(3, 3), (1, 1)]
    assert stories[0][3] == ["a.example", "b.example", "c.example"]
    assert top == [(1, 3, ["a.example", "b.example", "c.example"]), (2, 1, ["a.example"])]
    assert news == [("a.example", 2, 2), ("b.example", 1, 1), ("c.example", 1, 1)]
    assert similarity is not None and 0.5 < similarity[0] <= 1


def test_a_new_day_joins_the_stories_so_far_and_places_only_its_own_articles(tmp_path):
    lake_dir, path, staging = tmp_path / "lake", tmp_path / "warehouse.duckdb", tmp_path / "stg"
    store.write_batch(lake_dir, [page_rows(_page("a.example", "floods", "Floods", WIRE), "one")])
    warehouse.build(lake_dir, path, default_rules(), staging=staging)
    later = _page("b.example", "floods", "Cameroon floods", WIRE[:3], day="2024-11-05")
    store.write_batch(lake_dir, [page_rows(later, "two")])

    report = warehouse.build(lake_dir, path, default_rules(), staging=staging)

    assert report.incremental["int_story_index"] == 1  # the new article only
    with duckdb.connect(str(path), read_only=True) as con:
        stories = con.execute("select copies, sites from stories").fetchall()
    assert stories == [(2, ["a.example", "b.example"])]
