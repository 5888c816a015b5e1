"""Story clustering (flows.stories): copies of one story join it, other stories do not, and
placing a new day through a stored index gives what clustering everything at once gives."""

from __future__ import annotations

import gc

import duckdb
import numpy as np
import pytest

from flows.stories import StoryArticle, StoryIndex, assign, cluster, sketch, sketches
from flows.stories.tables import place_new_articles

pytestmark = pytest.mark.unit

FLOODS = [
    (
        "Floods have forced more than 12,000 people from their homes in northern Cameroon after "
        "days of heavy rain burst the banks of the Logone river, regional officials said on Sunday."
    ),
    (
        "The governor of the Far North region, Midjiyawa Bakari, told reporters in Maroua that at "
        "least nine people had drowned and that rescue teams were still searching for others "
        "missing in villages cut off by the water."
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
    (
        "Residents of Yagoua described waking in the night to find water pouring through their "
        "doors. Some climbed onto the roofs of their houses and waited there until boats arrived "
        "in the morning to carry them to higher ground."
    ),
    (
        "Meteorologists expect more rain over the coming week. The government has asked people "
        "living along the river to move to safer areas and has opened three emergency shelters in "
        "the towns of Mokolo, Mora and Kaele."
    ),
]
SAME_SUBJECT = [
    (
        "The governor of the Far North region, Midjiyawa Bakari, on Sunday opened a new bridge "
        "over the Logone river near Kousseri, which officials in Maroua said would cut the journey "
        "to the Chadian capital by two hours."
    ),
    (
        "Traders in Yagoua welcomed the bridge, saying the old ferry crossing had been closed for "
        "months each year and that lorries carrying onions and cattle had waited for days on the "
        "bank for the water level to fall."
    ),
    (
        "The United Nations development programme, which paid for part of the work, said the "
        "crossing would also help families who fled attacks by armed groups to return to farms "
        "they had abandoned near the border with Nigeria."
    ),
    (
        "Engineers said the structure was built to withstand the seasonal rise of the river, and "
        "the government promised two more crossings in Mokolo and Mora before the end of next "
        "year, with money from the national budget."
    ),
]
FOLLOW_UP = [
    (
        "Cameroon's government on Wednesday pledged 2 billion CFA francs to rebuild homes and "
        "schools in the Far North region, where a week of flooding drove thousands of families "
        "onto higher ground and into emergency shelters."
    ),
    (
        "Prime minister Joseph Dion Ngute, visiting Maroua, said the money would pay for cement, "
        "roofing sheets and seed so that farmers could replant before the dry season, and that "
        "the army would help clear roads blocked by mud."
    ),
    FLOODS[2],
    (
        "Health officials warned of cholera in the camps, where hundreds of people share a single "
        "well, and said a vaccination campaign would start next week with doses sent by the World "
        "Health Organization from its stock in Geneva."
    ),
    (
        "Opposition lawmakers said the pledge came too late and asked why the dykes along the "
        "Logone, damaged in floods two years ago, had never been repaired despite repeated warnings "
        "from engineers and local chiefs."
    ),
    (
        "The governor said the water had begun to fall in most villages but that it would take "
        "weeks before families could return, and asked churches and mosques to keep their doors "
        "open to those still without shelter."
    ),
]
INTRO = (
    "YAOUNDE (Daily Trumpet) - Our correspondents in the north say the situation is getting "
    "worse by the hour. The wire report follows."
)
OUTRO = "This article was first published by AFP and is republished here with permission."


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def stories(articles: list[tuple[str, str]]) -> dict[str, str]:
    found = cluster([StoryArticle(key, text) for key, text in articles])
    return {a.key: a.story_id for a in found}


def test_cut_copy_joins_its_full_original():
    story = stories([("full", body(FLOODS)), ("cut", body(FLOODS[:2]))])
    assert story["cut"] == story["full"]


def test_cut_copy_published_first_still_joins_the_full_story():
    story = stories([("cut", body(FLOODS[:3])), ("full", body(FLOODS))])
    assert story["cut"] == story["full"]


def test_rewrite_with_local_intro_outro_and_typo_fix_joins():
    edited = [INTRO, *FLOODS[:4], OUTRO]
    edited[2] = edited[2].replace("drowned", "drownd").replace("searching", "seraching")
    story = stories([("wire", body(FLOODS)), ("local", body(edited))])
    assert story["local"] == story["wire"]


def test_reordered_and_merged_paragraphs_join():
    shuffled = [FLOODS[0], FLOODS[3] + " " + FLOODS[1], FLOODS[2], FLOODS[5], FLOODS[4]]
    story = stories([("wire", body(FLOODS)), ("copy", body(shuffled))])
    assert story["copy"] == story["wire"]


def test_same_subject_and_names_but_another_story_does_not_join():
    story = stories([("floods", body(FLOODS)), ("bridge", body(SAME_SUBJECT))])
    assert story["bridge"] != story["floods"]


def test_follow_up_reusing_a_background_paragraph_does_not_join():
    story = stories([("floods", body(FLOODS)), ("pledge", body(FOLLOW_UP))])
    assert story["pledge"] != story["floods"]


def test_copy_of_a_follow_up_joins_the_follow_up_not_the_story_it_follows():
    copy = [INTRO, *FOLLOW_UP[:4]]
    story = stories(
        [("floods", body(FLOODS)), ("pledge", body(FOLLOW_UP)), ("pledge-copy", body(copy))]
    )
    assert story["pledge-copy"] == story["pledge"] != story["floods"]


def test_a_boilerplate_block_every_article_carries_merges_nothing():
    block = (
        "Follow us on X, Facebook and Instagram for the latest news. Join our WhatsApp "
        "channel for breaking news alerts. Copyright 2024 The Daily Trumpet. All rights "
        "reserved. This material may not be published, broadcast or rewritten."
    )
    story = stories(
        [
            ("floods", body([*FLOODS[:3], block])),
            ("bridge", body([*SAME_SUBJECT[:2], block])),
            ("pledge", body([*FOLLOW_UP[:2], block])),
        ]
    )
    assert len(set(story.values())) == 3


def test_short_and_empty_bodies_start_their_own_stories():
    story = stories([("a", ""), ("b", "Too short."), ("c", body(FLOODS))])
    assert len(set(story.values())) == 3


def test_a_body_of_short_lines_has_no_lead_and_still_matches_on_containment():
    lines = "\n".join(" ".join(p.split()[i : i + 3]) for p in FLOODS for i in range(0, 30, 3))
    story = stories([("wire", lines), ("copy", lines + "\nADVERTISEMENT")])
    assert story["copy"] == story["wire"]


def test_similarity_is_to_the_story_s_first_copy():
    found = cluster([StoryArticle("full", body(FLOODS)), StoryArticle("cut", body(FLOODS[:2]))])
    assert [a.similarity for a in found] == [1.0, 1.0]
    assert found[1].matched == "full" and found[1].first_key == "full"


DAY_1 = [
    ("floods", body(FLOODS)),
    ("floods-cut", body([INTRO, *FLOODS[:3]])),
    ("bridge", body(SAME_SUBJECT)),
]
DAY_2 = [
    ("pledge", body(FOLLOW_UP)),
    ("floods-late", body([*FLOODS[:5], OUTRO])),
    ("pledge-copy", body([INTRO, *FOLLOW_UP[:4]])),
    ("bridge-copy", body(SAME_SUBJECT[:3])),
]


def nothing(keys):
    assert not keys, "a first batch asks for no earlier bodies"
    return {}


def test_a_new_day_through_a_stored_index_equals_clustering_everything_at_once():
    everything = stories(DAY_1 + DAY_2)
    texts = dict(DAY_1)
    first, index = assign(StoryIndex(), [StoryArticle(k, t) for k, t in DAY_1], nothing)
    asked: list[str] = []

    def text_of(keys):
        asked.extend(keys)
        return {k: texts[k] for k in keys}

    stored = StoryIndex.from_arrow(index.to_arrow())
    second, index = assign(stored, [StoryArticle(k, t) for k, t in DAY_2], text_of)
    assert [a.key for a in second] == [k for k, _ in DAY_2]  # the new articles only
    assert {a.key: a.story_id for a in first + second} == everything
    assert len(index) == len(DAY_1) + len(DAY_2)
    assert "bridge" in asked and set(asked) <= {k for k, _ in DAY_1}


def test_a_refetched_article_keeps_its_story():
    _, index = assign(StoryIndex(), [StoryArticle("floods", body(FLOODS))], nothing)
    again, index = assign(
        index, [StoryArticle("floods", body(FLOODS[:4]))], lambda keys: {"floods": body(FLOODS)}
    )
    assert again[0].story_id == index.story_ids[0] and len(index) == 1


def test_fetches_placed_in_one_batch_or_run_by_run_give_the_same_stories():
    """A refetch with another body keeps its story, and later articles match its new body:
    replaying every fetch at once gives what the runs gave."""
    floods, bridge = body(FLOODS), body(SAME_SUBJECT)
    runs = [
        [("a", floods), ("b", bridge), ("c", body(SAME_SUBJECT[:3]))],
        [("b", floods), ("d", body([INTRO, *SAME_SUBJECT])), ("e", body(FLOODS[:4]))],
    ]
    bodies: dict[str, str] = {}
    index, by_run = StoryIndex(), {}
    for run in runs:
        found, index = assign(
            index,
            [StoryArticle(k, t) for k, t in run],
            lambda keys, known=dict(bodies): {k: known[k] for k in keys},
        )
        by_run |= {a.key: a.story_id for a in found}
        bodies |= dict(run)
    at_once = stories([pair for run in runs for pair in run])
    assert by_run == at_once
    assert at_once["b"] == at_once["c"] == at_once["d"] != at_once["a"] == at_once["e"]


def test_index_made_with_other_sketch_parameters_is_refused():
    _, index = assign(StoryIndex(), [StoryArticle("floods", body(FLOODS))], nothing)
    table = index.to_arrow()
    other = table.replace_schema_metadata({b"stories.sketch": b"shingle_words=3"})
    with pytest.raises(ValueError, match="story index made with"):
        StoryIndex.from_arrow(other)


def test_sketches_are_stable_across_processes_and_versions():
    """Band keys are stored and compared with later days': they must never drift."""
    bands = sketch(body(FLOODS)).bands
    assert bands.shape == (64,)
    assert int(bands[0]) == PINNED_FIRST_BAND


PINNED_FIRST_BAND = 3070420754769565722


def test_placing_inside_duckdb_run_by_run_equals_placing_every_fetch_at_once():
    import duckdb

    from flows.stories.tables import place_new_articles

    con = duckdb.connect()
    runs = [DAY_1, [*DAY_2, ("bridge", body(FLOODS)), ("late", body(SAME_SUBJECT[:3]))]]
    con.execute(
        "create table fetches (article_key varchar, page_id varchar, body varchar, run int)"
    )
    for run, pairs in enumerate(runs, 1):
        rows = [(k, f"{run}-{n}", t, run) for n, (k, t) in enumerate(pairs)]
        con.executemany("insert into fetches values (?, ?, ?, ?)", rows)
    order = "run, page_id"
    first = place_new_articles(
        con, "(select * from fetches where run = 1)", "fetches", None, order_by=order
    )
    con.register("first_run", first)
    con.execute("create table stories as select * from first_run")
    second = place_new_articles(
        con, "(select * from fetches where run = 2)", "fetches", "stories", order_by=order
    )
    con.register("second_run", second)
    con.execute("delete from stories where article_key in (select article_key from second_run)")
    con.execute("insert into stories by name select * from second_run")
    at_once = place_new_articles(con, "fetches", "fetches", None, order_by=order)
    con.register("at_once", at_once)

    def rows(table):
        return con.execute(f"select * exclude (bands) from {table} order by all").fetchall()

    assert rows("stories") == rows("at_once")
    placed = dict(con.execute("select article_key, story_id from stories").fetchall())
    assert placed["bridge"] != placed["floods"], "the refetch kept its story"
    assert placed["late"] == placed["bridge-copy"] == placed["bridge"]
    assert con.execute("select min(len(bands)), max(len(bands)) from stories").fetchone() == (
        64,
        64,
    )
    refetch = next(r for r in second.to_pylist() if r["article_key"] == "bridge")
    assert refetch["page_id"] == "2-4" and refetch["first_key"] == "bridge"


def test_a_body_fetched_twice_is_sketched_once_with_the_same_sketch():
    body = "the same wire story fetched again without a change to a single word of it"
    again, other, once_more = sketches([body, "another story of its own words entirely", body])
    assert again is once_more
    assert np.array_equal(again.bands, sketch(body).bands)
    assert not np.array_equal(again.bands, other.bands)


def test_placing_pauses_the_cycle_collector_and_leaves_it_as_it_found_it():
    con = duckdb.connect()
    con.execute(
        "create table fetches as select 'a' as article_key, 'p1' as page_id, "
        "'one two three four five six seven' as body, 1 as seq"
    )
    assert gc.isenabled()
    assert place_new_articles(con, "fetches", "fetches", None, order_by="seq").num_rows == 1
    assert gc.isenabled()
    gc.disable()
    try:
        place_new_articles(con, "fetches", "fetches", None, order_by="seq")
        assert not gc.isenabled()
    finally:
        gc.enable()
