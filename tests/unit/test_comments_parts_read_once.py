"""Reads of a comment's parts done once where they were repeated (a walk up per element, not
per pair; each block's kind read once; no tooltip read on an element without a `title`): the
answers are those the repeated reads gave."""

from collections import Counter
from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.comments.members import first_class, member_kind
from flows.parse.comments.parts import (
    Parts,
    _filed_roles,
    _holds_other_text,
    _meta_block,
    _MetaParts,
    _names_a_name,
    parts_of,
)
from flows.parse.comments.scopes import _opened_threads
from flows.parse.nodes import (
    ancestor_ids,
    element_children,
    held_by,
    ids_around,
    is_inside,
    select,
)

FETCHED = datetime(2024, 5, 6, tzinfo=UTC)


def _pairwise_outer(parts: Parts) -> set[int]:
    """The author elements holding another that names the name, asked pair by pair."""
    return {
        author.mem_id
        for _, author in parts.authors
        for _, inner in parts.authors
        if inner.mem_id != author.mem_id and is_inside(inner, author) and _names_a_name(inner)
    }


def test_an_author_block_around_the_name_element_gives_way_to_it():
    tree = LexborHTMLParser(
        '<div class="comment"><div class="author">Soumis par <span class="author">'
        '<span class="author-name">Ada</span></span>, le 3 mai 2024</div>'
        '<span class="author">Bob</span><p>Bonjour.</p></div>'
    )
    item = tree.css_first("div.comment")
    assert item is not None
    parts = Parts(item)
    for node in select(item, "div, span"):
        parts.classify(node)
    inner = tree.css_first("span.author-name")
    assert inner is not None
    outer = _pairwise_outer(parts)
    assert len(outer) == 2  # the div and the span around "Ada"; not Bob's span
    assert parts.author(FETCHED) == "Ada"
    single = Parts(item)
    single.classify(inner)
    assert _pairwise_outer(single) == set() and single.author(FETCHED) == "Ada"


def test_the_elements_around_each_node_are_found_by_walks_that_share_their_way():
    tree = LexborHTMLParser(
        '<ul><li class="comment"><div class="author"><cite class="author"><a class="author">'
        'Ada</a></cite></div><ul><li class="comment"><div class="author"><a class="author">'
        'Bob</a></div></li></ul></li><li class="comment"><a class="author">Cy</a></li></ul>'
    )
    authors = tree.css(".author")
    ids = {node.mem_id for node in authors}
    walked_alone = [frozenset(ids & ancestor_ids([node])) for node in authors]
    assert ids_around(authors, ids) == walked_alone
    assert [len(around) for around in walked_alone] == [0, 1, 2, 0, 1, 0]
    for box in (tree.css_first("li.comment"), tree.css_first("cite")):
        assert box is not None  # the ids around each node, up to the box: as `held_by` finds them
        inside = box.css("*")
        held = [frozenset(i for i in ids if held_by(node, box, {i})) for node in inside]
        assert ids_around(inside, ids, box) == held
    assert ids_around([authors[2]], ids, authors[1]) == [frozenset()]  # the <a> in the <cite>


def test_of_two_linked_names_the_one_in_a_box_with_a_time_is_surer():
    tree = LexborHTMLParser(
        '<div class="comment"><p>posted by <a href="/user/bob">Bob</a></p><div class="meta">'
        '<a href="/user/ada">Ada</a> answered <time datetime="2024-05-03">3 May</time></div>'
        "<p>Ada Lovelace wrote this a while ago, and Bob posted it.</p></div>"
    )
    item = tree.css_first("div.comment")
    assert item is not None
    parts = parts_of(item)
    assert [rank for rank, _ in parts.authors] == [3, 3]  # two links alike, Bob's first
    assert parts.author(FETCHED) == "Ada"


def _pairwise_holds_other_text(parent: LexborNode, block: LexborNode, meta: list[LexborNode]):
    """The children of PARENT besides BLOCK that hold none of META, as the pairwise test
    found them."""
    ids = {part.mem_id for part in meta}
    return [
        child.mem_id
        for child in element_children(parent)
        if child.mem_id != block.mem_id
        and child.mem_id not in ids
        and not any(is_inside(part, child) for part in meta)
    ]


def test_a_box_holding_a_meta_part_is_no_other_text_of_its_own():
    tree = LexborHTMLParser(
        '<div id="p"><div id="b">by <a href="/u/ada">Ada</a></div>'
        "<div><span><time>3 May 2024</time></span> and a long line of its own words</div>"
        "<p>A paragraph of its own words.</p></div>"
    )
    parent = tree.css_first("#p")
    block = tree.css_first("#b")
    assert parent is not None and block is not None
    meta = [*tree.css("a"), *tree.css("time")]
    kept = _pairwise_holds_other_text(parent, block, meta)
    assert [node.tag for node in element_children(parent) if node.mem_id in kept] == ["p"]
    assert _holds_other_text(parent, block, _MetaParts.of(meta))
    assert not _holds_other_text(parent, block, _MetaParts.of([*meta, *tree.css("p")]))


def test_an_items_meta_elements_read_once_give_each_its_meta_line():
    tree = LexborHTMLParser(
        '<div class="comment"><div class="meta"><span class="by">by <b class="author">Ada'
        '</b></span> · <span class="date">3 May 2024</span></div><p>The words of the comment,'
        " a long line of them.</p></div>"
    )
    item = tree.css_first("div.comment")
    assert item is not None
    meta = [*tree.css("b.author"), *tree.css("span.date")]
    known = _MetaParts.of(meta)
    assert known.shown == ["Ada", "3 May 2024"]
    assert [_meta_block(node, item, known, set(), FETCHED).attributes for node in meta] == [
        {"class": "meta"},
        {"class": "meta"},
    ]


def test_an_element_without_a_title_is_filed_with_no_tooltip_time():
    tree = LexborHTMLParser(
        '<div><span title="Mar 3, 2016 at 4:05 PM">3 days ago</span><span>3 days ago</span>'
        '<span title="">3 days ago</span><span title="a note">3 days ago</span>'
        '<span class="unrelated">x</span></div>'
    )
    filed = [_filed_roles(node, False) for node in tree.css("span")]
    assert filed == [(("times", 2),), (), (), (), ()]
    assert all(type(roles) is tuple for roles in filed)


def _kinds_read_each_time(members: list[LexborNode]) -> list[tuple[str, str]]:
    """The kinds `_opened_threads` tries, in its order, each block's kind read on each try."""
    own = member_kind(members[0])
    inner = []
    for member in members:
        nodes = [node for node in member.css("*") if node.mem_id != member.mem_id]
        if any(member_kind(node) == own for node in nodes):
            return []
        inner.append(nodes)
    return [
        kind
        for kind, _ in Counter(
            member_kind(node) for node in inner[0] if first_class(node)
        ).most_common()
    ]


def test_a_thread_box_gives_its_comments_with_each_kind_read_once():
    comment = '<div class="comment c{n}"><b>Ada</b> 3 May 2024 at 10:0{n}<p>Words {n}.</p></div>'
    tree = LexborHTMLParser(
        '<div id="list">'
        + "".join(
            f'<div class="thread"><span class="x"></span>{comment.format(n=2 * i)}'
            f"{comment.format(n=2 * i + 1)}</div>"
            for i in range(3)
        )
        + "</div>"
    )
    members = tree.css("div.thread")
    assert _kinds_read_each_time(members) == [("div", "comment"), ("span", "x")]
    found = _opened_threads(members, lambda node: node.tag == "div")
    assert [node.attributes["class"] for node in found] == [f"comment c{n}" for n in range(6)]
    assert _opened_threads(members, lambda node: False) == []
    nested = LexborHTMLParser('<div class="t"><div class="t"></div></div><div class="t"></div>')
    assert _kinds_read_each_time(nested.css("body > div.t")) == []
    assert _opened_threads(nested.css("body > div.t"), lambda node: True) == []


def test_an_items_name_is_read_again_only_when_its_author_or_time_elements_change():
    tree = LexborHTMLParser(
        '<div class="comment"><span class="author">Ada</span>'
        '<span class="date">3 May 2024</span><p>Words.</p><b id="placed">Bob</b></div>'
    )
    item = tree.css_first("div.comment")
    placed = tree.css_first("#placed")
    assert item is not None and placed is not None
    parts = Parts(item)
    for node in select(item, "span"):
        parts.classify(node)
    assert parts.author(FETCHED) == "Ada" == parts.author(FETCHED)
    parts.place_author(placed)
    assert parts.author(FETCHED) == "Bob"  # the template's place, read anew
    parts.unplace_author()
    assert parts.author(FETCHED) == "Ada"
    unnamed = Parts(item)
    assert unnamed.author(FETCHED) is None
    unnamed.classify(tree.css("span")[0])
    assert unnamed.author(FETCHED) == "Ada"  # an element filed since: read anew


def test_author_elements_side_by_side_give_the_surest_name_without_a_walk_from_each():
    tree = LexborHTMLParser(
        '<div class="comment"><a class="avatar" href="/u/ada"><img alt=""></a>'
        '<span class="author-name">Ada</span> <span class="author">Bob</span><p>Hi.</p></div>'
    )
    item = tree.css_first("div.comment")
    assert item is not None
    parts = Parts(item)
    for node in select(item, "a, span"):
        parts.classify(node)
    assert len(parts.authors) > 1 and _pairwise_outer(parts) == set()
    assert parts.author(FETCHED) == "Ada"


def test_a_buttons_label_in_a_bar_of_controls_is_no_place_for_the_text():
    tree = LexborHTMLParser(
        '<div class="comment"><span class="author">Ada</span>'
        '<div class="content">Thanks for the long and careful write-up.</div>'
        '<footer class="comment-actions"><span class="text">Reply</span></footer></div>'
    )
    item = tree.css_first("div.comment")
    assert item is not None
    parts = parts_of(item)
    assert [node.tag for _, node in parts.texts] == ["div", "span"]  # both may hold text
    assert parts.free_slots() == ["div content"]  # the label stands in the chrome footer
    assert parts.text(FETCHED)[0] == "Thanks for the long and careful write-up."
