"""Other stories' cards under a label after the story (a linked title, a short summary under
it) end the text; the text's own list of sources or linked subheadings stays."""

from flows.parse.body.boilerplate import _before_teaser_cards, trim_edges

STORY = [
    "The harbour board agreed on Monday to dredge the channel before the autumn storms arrive.",
    "Fishing crews had asked for the work for two years, saying their boats ran aground twice.",
]
CARDS = [
    "On our site",
    "Ferry fares rise again",
    "The operator says fuel costs forced a second rise this year.",
    'Mayor on the port: "a new start"',
    "The mayor welcomed the plan at a meeting with harbour staff.",
    "Three options for the old pier",
    "Planners put a museum, a market and a car park to the public.",
]
TITLES = frozenset(CARDS[1::2])


def test_cards_with_summaries_under_a_label_end_the_text():
    assert trim_edges(STORY + CARDS, lambda: TITLES) == STORY


def test_titles_that_are_no_links_stay():
    assert trim_edges(STORY + CARDS) == STORY + CARDS


def test_linked_titles_without_summaries_stay():
    sources = [
        "Sources",
        "Annual report of the port authority for the year 2023",
        "Minutes of the harbour board meeting held in March",
        "Survey of the channel depth by the coastal agency",
    ]
    linked = frozenset(sources[1:])
    assert trim_edges(STORY + sources, lambda: linked) == STORY + sources


def test_two_cards_are_not_enough():
    tail = CARDS[:1] + CARDS[3:]
    assert trim_edges(STORY + tail, lambda: TITLES) == STORY + tail


def test_cards_with_no_prose_before_them_stay():
    assert trim_edges(CARDS, lambda: TITLES) == trim_edges(CARDS)


def test_a_forum_posts_counts_and_labels_are_no_cards():
    tail = [
        "Replies:",
        "12",
        "Member since:",
        "3",
        "Profile:",
        "View all posts",
        "Re: Pump noise",
        "Mine hums too after a restart, try lowering the speed to half",
    ]
    linked = frozenset({"12", "3", "View all posts", "Re: Pump noise"})
    lines = STORY + tail
    assert _before_teaser_cards(lines, 0, len(lines), lambda: linked) == len(lines)
