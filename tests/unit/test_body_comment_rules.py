"""The rules a site prints over its comment section end the article's text, with all after
them; an invitation to comment and a story's own lines about comments stay."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from flows.parse.body.boilerplate import trim_edges
from tests.support.stories import BRIDGE_STORY as PROSE

AFTER = [
    "Keep your comments civil and on topic.",
    "Ada: finally somebody at the council listened to the people who live here, after years.",
]


@pytest.mark.parametrize(
    "rules",
    [
        "Please keep comments relevant and respectful. Comments may take an hour to appear.",
        "Reader comments on this article are listed below. Review our comments policy.",
        "Bitte achten Sie darauf, dass Ihre Kommentare themenbezogen sind.",
        (
            "Leserkommentare geben nicht die Meinung der Redaktion wieder; wir behalten uns vor, "
            "Kommentare zu kürzen."
        ),
        "Просим Вас соблюдать правила для комментариев.",
        "Alle Kommentare werden moderiert. Bitte bleiben Sie sachlich.",
    ],
)
def test_the_rules_over_a_comment_section_end_the_text(rules):
    assert trim_edges([*PROSE, rules, *AFTER]) == PROSE


@pytest.mark.parametrize(
    "last",
    [
        "Do you think the bridge should close? Let us know in the comments below.",
        "The company did not respond to our request for comment.",
        "Facebook changed its rules on comments last year, the report said.",
        "“Please keep your comments civil,” the moderator told the meeting.",
    ],
)
def test_an_invitation_to_comment_or_a_story_line_about_comments_stays(last):
    assert trim_edges([*PROSE, last]) == [*PROSE, last]


def test_comment_rules_before_most_of_the_prose_end_nothing():
    """A note near the top, with more prose after it than before, is no end of the text."""
    body = [*PROSE[:2], "Please keep comments civil: see our policy.", *PROSE, *PROSE]
    assert trim_edges(body) == body


def test_the_rules_box_after_a_story_is_left_out_of_its_body():
    story = "".join(f"<p>{text}</p>" for text in PROSE)
    rules = (
        "<div><p>Postmedia is committed to a civil forum for discussion. Please keep comments"
        " relevant and respectful.</p><p>Comments may take up to an hour to appear.</p></div>"
    )
    html = f"<html><body><article><h1>Bridge to close</h1>{story}{rules}</article></body></html>"
    assert extract_body(LexborHTMLParser(html)) == PROSE
