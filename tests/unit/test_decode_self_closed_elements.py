"""Self-closed non-void elements in pages that write their empty elements so (XHTML
serialisations: `<i class="icon"/>`, `<div/>`) are read as the empty elements their authors
meant, not opened as an HTML parser opens them."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.decode import closed_empty_elements


def _read(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(closed_empty_elements(html, None))


def _thread() -> str:
    """Three posts, each with an empty marker `div` and an icon written self-closed."""
    return "".join(
        f'<div class="post"><div class="anchor" id="p{n}"/><i class="icon"/>Post {n}</div>'
        for n in range(3)
    )


def test_posts_after_a_self_closed_div_stay_siblings():
    tree = _read(f"<html><body><div id='thread'>{_thread()}</div></body></html>")
    thread = tree.css_first("#thread")
    assert thread is not None
    assert [post.text() for post in thread.iter()] == ["Post 0", "Post 1", "Post 2"]
    # Read as HTML as it stands, each post's `</div>` closes its marker: the next post
    # opens inside it, a staircase.
    staircase = LexborHTMLParser(f"<div id='thread'>{_thread()}</div>").css_first("#thread")
    assert staircase is not None
    assert len(list(staircase.iter())) == 1


def test_text_after_a_self_closed_icon_is_not_inside_it():
    tree = _read(f"<html><body><div id='thread'>{_thread()}</div></body></html>")
    assert [node.text() for node in tree.css("i")] == ["", "", ""]


def test_a_stray_self_closed_div_in_a_page_written_for_browsers_is_read_as_browsers_read_it():
    html = (
        '<div class="story"><p>Text.</p><div class="clear"></div><span class="x"></span></div>'
        '<div style="clear:both" /><div id="ads"></div>'
    )
    assert closed_empty_elements(html, None) is html


def test_a_page_whose_head_writes_meta_as_html_is_no_xml_serialisation():
    html = '<head><meta charset="utf-8"></head><body><div class="post"><i/>Post</div></body>'
    assert closed_empty_elements(html, None) is html
    serialised = html.replace('"utf-8">', '"utf-8"/>')
    assert closed_empty_elements(serialised, None) == serialised.replace("<i/>", "<i></i>").encode()


def test_void_elements_are_left_as_written():
    html = '<p>One<br/>two <img src="a.png"/> <input type="text" /></p>'
    assert closed_empty_elements(html, None) is html


def test_svg_children_are_left_as_written():
    html = '<p>Icon <svg viewBox="0 0 8 8"><path d="M0 0h8v8z"/><g><a href="#x"/></g></svg></p>'
    assert closed_empty_elements(html, None) is html


def test_slashes_in_scripts_comments_and_attribute_values_are_left_as_written():
    html = (
        '<script>var tip = "<div/>";</script><style>a[title="<b/>"]{}</style>'
        '<!-- <span class="old"/> --><div title="a/>b" data-tip="<span/>">x</div>'
        "<a href=/home/>Home</a>"  # an unquoted value ending in `/`: no self-closing mark
    )
    assert closed_empty_elements(html, None) is html


def test_a_page_without_self_closed_tags_is_handed_on_as_it_is():
    html = "<html><body><p>Plain <b>HTML</b>.</p></body></html>"
    utf8 = html.encode()
    assert closed_empty_elements(html, utf8) is utf8
    assert closed_empty_elements(html, None) is html


def test_the_rewrite_keeps_the_rest_of_the_bytes():
    html = '<p>Grüße<a name="top"/> <span class="x" />und <DIV/>mehr</p>'
    assert closed_empty_elements(html, html.encode()) == (
        '<p>Grüße<a name="top"></a> <span class="x" ></span>und <DIV></DIV>mehr</p>'.encode()
    )


def test_a_long_tag_name_left_open_is_read_in_one_pass():
    """Its empty pairs were counted by cutting the name at each character: a megabyte took hours."""
    page = "<html><body><div/><p>Text</p><a" + "a" * 1_000_000
    assert closed_empty_elements(page, None) == page.replace("<div/>", "<div></div>").encode()
