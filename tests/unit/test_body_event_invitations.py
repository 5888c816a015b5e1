"""An event's invitation that opens a short story stays in the body; a call to follow the
site does not."""

from datetime import UTC, datetime

from flows.parse.page import parse_page

FETCHED = datetime(2026, 12, 4, tzinfo=UTC)
PAGE = """<html><head><title>Christmas market</title></head><body>
<header><a href="/">Town Eco Hub</a></header>
<main><article><h1>Christmas market</h1>
<p><strong>Join us for a special Christmas market in the town centre on Sunday 3rd
November!</strong></p>
<p>Local makers will sell gifts made from reclaimed wood, wool and glass, and the repair
café will mend toys and small appliances while you wait.</p>
<p>The stalls open at ten in the morning and the choir from the primary school sings at
noon beside the fountain.</p>
<p><a href="https://social.example/ecohub">Join us on Facebook</a></p>
</article></main></body></html>"""


def test_an_invitation_that_opens_the_story_stays_and_the_follow_call_goes():
    body = parse_page(PAGE.encode(), fetched_at=FETCHED).article.body
    assert body.startswith("Join us for a special Christmas market")
    assert "Join us on Facebook" not in body
