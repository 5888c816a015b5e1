"""bench/scramble.py: class, id and data-* words become pseudo-words, the same word the same
pseudo-word throughout a page; digits, separators, text and other attributes stay."""

import codecs
import gzip

from selectolax.lexbor import LexborHTMLParser

from bench.scramble import scramble

PAGE = (
    b'<html><body><ol id="comments" class="comment-list">'
    b'<li id="comment-12" class="comment even" data-role="comment" data-id="12">'
    b'<a href="/u/ann" class="comment_author" itemprop="author" role="link" aria-label="Ann">Ann</a>'
    b'<time datetime="2024-01-02" class="comment-date">2 Jan</time><p>Nice post, comment 1.</p></li>'
    b'<li id="comment-13" class="comment odd" data-role="comment" data-id="13"><p>Me too.</p></li>'
    b"</ol></body></html>"
)


def _tree(html: bytes) -> LexborHTMLParser:
    return LexborHTMLParser(html.removeprefix(codecs.BOM_UTF8).decode("utf-8"))


def test_same_word_gets_the_same_pseudo_word_and_digits_and_separators_stay() -> None:
    first, second = (
        {k: v or "" for k, v in li.attributes.items()} for li in _tree(scramble(PAGE)).css("li")
    )
    ol = _tree(scramble(PAGE)).css_first("ol")
    assert ol is not None
    word = ol.attributes["id"]
    assert word and word != "comments"
    assert first["id"] == f"{first['class'].split()[0]}-12"
    assert second["id"] == f"{second['class'].split()[0]}-13"
    assert first["class"].split()[0] == second["class"].split()[0]
    assert first["class"].split()[1] != second["class"].split()[1]


def test_no_class_or_id_word_survives() -> None:
    tree = _tree(scramble(PAGE))
    values = [
        value or ""
        for node in tree.css("[class], [id]")
        for name, value in node.attributes.items()
        if name in ("class", "id")
    ]
    assert values and not any("comment" in v or "author" in v for v in values)


def test_data_attribute_names_and_word_values_are_scrambled() -> None:
    item = _tree(scramble(PAGE)).css_first("li")
    assert item is not None
    data = {k: v for k, v in item.attributes.items() if k.startswith("data-")}
    assert len(data) == 2
    assert "data-role" not in data and "data-id" not in data
    assert "comment" not in data.values() and "12" in data.values()


def test_text_and_other_attributes_are_unchanged() -> None:
    before, after = _tree(PAGE), _tree(scramble(PAGE))
    assert before.body is not None and after.body is not None
    assert after.body.text() == before.body.text()
    assert [n.tag for n in after.css("*")] == [n.tag for n in before.css("*")]
    link, scrambled_link = before.css_first("a"), after.css_first("a")
    time, scrambled_time = before.css_first("time"), after.css_first("time")
    assert link and scrambled_link and time and scrambled_time
    for name in ("href", "itemprop", "role", "aria-label"):
        assert scrambled_link.attributes[name] == link.attributes[name]
    assert scrambled_time.attributes["datetime"] == "2024-01-02"


def test_a_page_in_another_charset_or_gzipped_keeps_its_text() -> None:
    page = '<meta charset="windows-1251"><p class="text">Привет</p>'.encode("cp1251")
    for data in (page, gzip.compress(page)):
        tree = _tree(scramble(data))
        assert tree.body is not None and tree.body.text() == "Привет"


def test_what_is_not_a_page_comes_back_unchanged() -> None:
    assert scramble(b"") == b""


def test_a_link_to_an_id_on_the_page_still_names_the_scrambled_id() -> None:
    page = b'<html><body><a id="comment-12"></a><h3><a href="index.html#comment-12">Hi</a></h3>'
    page += b'<a href="#top">Top</a></body></html>'
    anchor, subject, top = _tree(scramble(page)).css("a")
    assert anchor.attributes["id"] != "comment-12"
    assert subject.attributes["href"] == f"index.html#{anchor.attributes['id']}"
    assert top.attributes["href"] == "#top"  # no element has that id: left as it is
