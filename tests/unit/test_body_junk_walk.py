"""`junk_ids` walks a block in Python for the elements it judges: the same elements, in the
same order, as lexbor's selector for them, once each (lexbor gives one match per part)."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.junk import JUNK_TAGS, _junk_or_labelled, walk_tagged
from flows.parse.nodes import select

SELECTOR = f"{JUNK_TAGS}, [class], [id], [style], br, img, input"

BLOCKS = [
    "<div id=root><p>Text <a href=/a>link</a><br>more</p><img src=x.jpg><input></div>",
    "<div id=root><p class=''>empty class</p><p id=''>empty id</p><p style>bare style</p></div>",
    "<div id=root><DIV CLASS=Share><SPAN ID=x>upper case</SPAN></DIV><FIGURE>f</FIGURE></div>",
    "<div id=root><svg class=icon><path class=p d='M0'></path><a href=/s>s</a></svg></div>",
    "<div id=root><math><mi class=m>x</mi></math><template><p class=t>t</p></template></div>",
    "<div id=root><aside class=related><nav><a class=n href=/>n</a></nav></aside></div>",
    "<div id=root><my-widget class=w><img></my-widget><figure class=f><br></figure></div>",
    "<div id=root><p>plain</p><span>plain</span><a href=/x>plain link</a></div>",
    "<article id=root class=story><form><select><option>o</option></select></form></article>",
]


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("doctype", ["", "<!doctype html>"])
def test_the_walk_gives_the_elements_lexbor_selects_once_each(doctype: str, block: str) -> None:
    root = LexborHTMLParser(doctype + block).css_first("#root")
    walked = [(node.mem_id, number) for node, number in _junk_or_labelled(walk_tagged(root))]
    assert walked == [(node.mem_id, node.tag_id) for node in select(root, SELECTOR)]
    assert walked  # every block holds some
