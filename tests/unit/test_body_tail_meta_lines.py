"""Lines under the story that say when and where it was posted, and the lines of that kind
left before a menu that ends the page, are not the text."""

import pytest

from flows.parse.body.boilerplate import trim_edges

STORY = [
    "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors.",
    "Engineers said the span, built in 1931, could not carry lorries safely, or for long.",
    "A ferry will run every half hour from Monday while the council looks for the money.",
    "Shops on the north bank fear they will lose trade while the crossing stays shut.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Posted: Tuesday, 6 December 2011 at 16:24 in Local news. Tags: bridges",
        "Опубликовано: 06.12.2011 в 16:24 Рубрика: Город",
        "Opublikowano: 06.12.2011, 16:24",
    ],
)
def test_a_dated_posted_line_after_the_text_goes(line):
    assert trim_edges([*STORY, line]) == STORY


def test_an_update_said_as_a_sentence_stays():
    line = "Updated at 16:24 with a statement from the council."
    assert trim_edges([*STORY, line]) == [*STORY, line]


def test_a_disclaimer_before_the_sites_menu_goes_with_it():
    menu = ["Home", "News", "Sport", "Weather", "Travel", "Contact"]
    lines = [*STORY, "Disclaimer: this story is for information only.", *menu]
    assert trim_edges(lines, lambda: frozenset(menu)) == STORY
