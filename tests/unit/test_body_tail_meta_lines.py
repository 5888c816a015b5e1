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


@pytest.mark.parametrize(
    "line",
    [
        "Tage später kam die Zusage aus Berlin",
        "Topical talks resume on Friday",
    ],
)
def test_a_last_line_whose_first_word_starts_like_a_tag_label_stays(line):
    """Only the label's whole word ("Tags", "Topics") opens a tag line."""
    assert trim_edges([*STORY, line]) == [*STORY, line]


@pytest.mark.parametrize(
    "line", ["Tag 5: Rückfahrt nach Florenz", "Tag der offenen Tür am Samstag"]
)
def test_a_last_line_that_is_a_german_day_heading_stays(line):
    """German "Tag" is a day: the closing tag line's rule (`_GERMAN_DAY`) holds under the text."""
    assert trim_edges([*STORY, line]) == [*STORY, line]


@pytest.mark.parametrize(
    "line",
    [
        "Themen wie diese werden die Stadt noch lange beschäftigen.",
        "Topics like these come up every year when the council meets.",
        "Tag kagen ud af formen og skær den i små firkanter.",  # Danish: "take"
    ],
)
def test_a_last_sentence_opening_with_a_tag_word_stays(line):
    """A tag line is a label: a colon after the word, no full stop, or no small word going
    on after it."""
    assert trim_edges([*STORY, line]) == [*STORY, line]


@pytest.mark.parametrize(
    "line",
    [
        "Tags: bridges, ferries",
        "Tagged bridges",
        "Topics",
        "Posted in News.",
        "Filed under: Politics.",
        "Filed under Cakes, Recipes. You can follow any responses to this entry.",
        "Метки: мосты, паромы.",  # a full stop: no closing tag line, a tail one
        "Słowa kluczowe: mosty. Promy.",
        "标签：桥梁。",
    ],
)
def test_a_tag_line_after_the_text_goes(line):
    assert trim_edges([*STORY, line]) == STORY


def test_an_update_said_as_a_sentence_stays():
    line = "Updated at 16:24 with a statement from the council."
    assert trim_edges([*STORY, line]) == [*STORY, line]


def test_a_disclaimer_before_the_sites_menu_goes_with_it():
    menu = ["Home", "News", "Sport", "Weather", "Travel", "Contact"]
    lines = [*STORY, "Disclaimer: this story is for information only.", *menu]
    assert trim_edges(lines, lambda: frozenset(menu)) == STORY


STORY_ZH = [
    "市政府周二宣布，老桥将从下月起封闭维修，工程预计持续半年，期间将开通临时渡轮服务市民出行。",
    "工程师表示，这座建于1931年的桥梁已无法安全承载货车通行，必须尽快进行加固和维修工作。",
    "附近商户担心封桥期间客流减少，希望政府能够提供一定的补贴，帮助他们渡过难关。",
    "市政府表示将认真研究商户的诉求，并在下周召开听证会听取各方意见。",
]


@pytest.mark.parametrize(
    "tail",
    [["责任编辑：王明"], ["[作者：李华]", "[编辑：张伟]"], ["(陈东 编辑)"], ["（刘洋 编译）"]],
)
def test_an_editors_credit_under_a_chinese_story_goes(tail):
    assert trim_edges(STORY_ZH + tail) == STORY_ZH


@pytest.mark.parametrize("line", ["来源：新华社", "编辑部认为，这个问题需要更多讨论。"])
def test_a_source_line_or_a_sentence_about_editors_stays(line):
    assert trim_edges([*STORY_ZH, line]) == [*STORY_ZH, line]
