"""Labels in a row after the story's last paragraph (a gallery's buttons, a topic list under its
label, a poll's answers) end the text; a list of the text's own stays."""

import pytest

from flows.parse.body.boilerplate import trim_edges

STORY = [
    "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors.",
    "Engineers said the span, built in 1931, could not carry lorries safely, or for long.",
]


@pytest.mark.parametrize(
    "tail",
    [
        ["Replay", "Autoplay", "Show Thumbnails"],
        ["More about:", "Bridges", "Road works"],
        ["Your view", "Yes", "No"],
    ],
)
def test_labels_in_a_row_after_the_last_paragraph_end_the_text(tail):
    assert trim_edges(STORY + tail) == STORY


@pytest.mark.parametrize(
    "tail",
    [
        ["1. Hong Kong", "2. Singapore", "3. Zurich"],  # numbered: the text's own list
        ["Reuters"],  # one line: an agency's sign-off
    ],
)
def test_a_list_of_the_texts_own_or_one_sign_off_line_stays(tail):
    assert trim_edges(STORY + tail) == STORY + tail


def test_labels_with_no_paragraph_of_prose_before_them_stay():
    lines = ["Opening hours", "Monday to Friday", "Closed on Sundays"]
    assert trim_edges(lines) == lines


@pytest.mark.parametrize(
    "tail",
    [
        ["Cuisine: Filipino", "Course: Dessert"],  # a card's fields
        ["Ferry", "Bus", "Tram", "Train", "Bicycle"],  # five lines: a list as often
    ],
)
def test_a_cards_fields_or_a_longer_run_of_short_lines_stay(tail):
    assert trim_edges(STORY + tail) == STORY + tail
