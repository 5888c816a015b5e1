from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body
from tests.support.stories import BRIDGE_STORY as PROSE


def test_a_subheading_written_inside_a_jump_target_is_read():
    page = (
        "<html><body><div class='qa'><h1>Bridge</h1>"
        "<ul><li><a href='#cost'>What the repair will cost</a></li></ul>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        "<h3><a name='cost'>What the repair will cost</a></h3>"
        f"<p>{PROSE[2]}</p></div></body></html>"
    )
    body = extract_body(LexborHTMLParser(page))
    assert body[-2:] == ["What the repair will cost", PROSE[2]]


def test_a_subheading_that_links_to_another_page_is_still_left_out():
    page = (
        "<html><body><div class='qa'><h1>Bridge</h1>"
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        "<h3><a href='/other-story'>Council closes the ferry too</a></h3>"
        f"<p>{PROSE[2]}</p></div></body></html>"
    )
    assert "Council closes the ferry too" not in extract_body(LexborHTMLParser(page))
