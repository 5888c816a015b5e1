"""The licence line a blog template puts under every post is not part of the post."""

from datetime import UTC, datetime

from flows.parse.page import parse_page

FETCHED = datetime(2026, 12, 4, tzinfo=UTC)
PAGE = """<html><head><title>The old bridge</title></head><body>
<header><h1><a href="/">Ada Obi</a></h1></header>
<section><h2>The old bridge</h2>
<p>The district council met on Tuesday and voted to close the old bridge over the river
until the engineers have finished their survey of its piers.</p>
<p>The ferry will run every half hour in the meantime, and pedestrians may still cross on
the footway beside the railway.</p>
<p>The old bridge by Ada Obi is licensed under a
<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0
International License</a>. Permissions beyond the scope of this license may be available
on the contact page of this site.</p>
</section></body></html>"""


def test_a_creative_commons_line_under_a_post_is_left_out_of_its_body():
    body = parse_page(PAGE.encode(), fetched_at=FETCHED).article.body
    assert body.endswith("footway beside the railway.")
