"""A link to the place of the block around it (its subject, its permalink) is never its
writer's name: the block's id a few boxes up, or an empty anchor of that name before it."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments.named import to_its_own_place


def _link_in(html: str):
    return LexborHTMLParser(html).css_first("a[href]")


def test_a_link_to_the_block_around_it_goes_to_its_own_place():
    html = '<li id="comment-12"><div><h3><a href="index.html#comment-12">Re: bridges</a></h3></div></li>'
    assert to_its_own_place(_link_in(html))


def test_a_link_to_the_empty_anchor_before_its_block_goes_to_its_own_place():
    html = '<a id="comment-12"></a><div><h3><a href="#comment-12">Re: bridges</a></h3></div>'
    assert to_its_own_place(_link_in(html))


def test_a_link_to_a_place_many_boxes_up_is_the_page_s_not_the_block_s():
    """The boxes asked stop a few levels up: the thread's or the page's own id is no block's."""
    html = '<div id="thread">' + "<div>" * 12 + '<a href="#thread">Ada Obi</a>' + "</div>" * 13
    assert not to_its_own_place(_link_in(html))
