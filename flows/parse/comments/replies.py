"""Replies the page keeps apart from the item they answer, put back with it so that threads
keep their parents: items that are only a comment's text widened to their block, replies in a
box or in numbered rows of their own, answers of a Q&A page around their comments, and flat
comments that link to the one they answer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.build import (
    has_meta,
    looks_like_comment,
)
from flows.parse.comments.lines import (
    META_SLACK,
    REPLY_TO,
)
from flows.parse.comments.lookalikes import (
    holds_the_headline,
)
from flows.parse.comments.members import (
    LISTED,
    member_class,
    member_kind,
    record_name,
    repeats,
    reply_list_names,
)
from flows.parse.comments.meta_line import (
    REPLY_BOX_WORDS,
    label_words,
)
from flows.parse.comments.named import area_label, class_and_id, places_of
from flows.parse.comments.parts import Parts, parts_of
from flows.parse.comments.roles import PARTS, role_label
from flows.parse.nodes import (
    ancestor_counts,
    ancestor_ids,
    element_children,
    held_by,
    ids_around,
    in_page_order,
    is_inside,
    lines_text,
    next_element,
    page_root,
    previous_element,
    select,
    spaced,
    squash,
)


def thread_by_reply_links(items: list[LexborNode], comments: list[Comment]) -> None:
    """In a flat list, a comment that says whom it answers by a link to an earlier item
    ("replied to <a href="#comment-862983">comment from Bo</a>", "- In reply to Bo" linking
    to `#post-1280`) replies to that item, whose place is its id or an anchor's name just
    before it or inside it (`<a name="post-1280"></a>` over `div#post_1`). The line that says
    so is the thread's chrome, not the reader's words, whichever post it answers (the topic's
    opening post is no comment)."""
    places: dict[str, int] = {}
    for position, item in enumerate(items):
        for place in places_of(item):
            places.setdefault(place, position)
    for position, (item, comment) in enumerate(zip(items, comments, strict=True)):
        if comment.parent is not None:
            continue
        for link in item.css('a[href*="#"]'):
            before = link.prev
            said = (before.text_content or "") if before is not None and before.is_text_node else ""
            line = spaced(f"{said} {link.text()}").lstrip(_LINE_MARKS)
            if not REPLY_TO.match(line):
                continue
            comment.text = "\n".join(
                kept for kept in comment.text.split("\n") if kept.strip(_LINE_MARKS) != line
            )
            target = places.get((link.attributes.get("href") or "").rpartition("#")[2])
            if target is not None and target < position:
                comment.parent = target
            break


def thread_by_link_tree(items: list[LexborNode], comments: list[Comment]) -> None:
    """In a flat list of items with ids, a comment replies to the earlier item whose entry
    holds its own in a tree of links to the items drawn outside them (a Perl board's thread
    view: nested `ul` > `li` entries of the posts' titles linking to `#9`, `#14`, over the
    posts themselves). An entry under one of an item the list lacks (the topic's opening
    post) gives no parent."""
    places: dict[str, int] = {}
    for position, item in enumerate(items):
        place = item.attributes.get("id")
        if not place:
            return  # the gate: a tree's links name every post by its id
        places[place] = position
    if len(places) < _PAIR_OF_POSTS or any(comment.parent is not None for comment in comments):
        return
    root = page_root(items[0])
    taken = {item.mem_id for item in items}
    entries: dict[int, LexborNode] = {}
    for link in root.css('li > a[href^="#"]'):
        target = places.get((link.attributes.get("href") or "")[1:])
        entry = link.parent
        if target is not None and entry is not None and not ancestor_ids([entry]) & taken:
            entries.setdefault(target, entry)
    for position, entry in entries.items():
        box = entry.parent
        above = None if box is None or box.tag not in _LIST_TAGS else box.parent
        if above is None or above.tag != "li":
            continue
        own = next((child for child in element_children(above) if child.tag == "a"), None)
        href = "" if own is None else own.attributes.get("href") or ""
        target = places.get(href[1:]) if href.startswith("#") else None
        if target is not None and target < position:
            comments[position].parent = target


_PAIR_OF_POSTS = 2
_LIST_TAGS = frozenset({"ul", "ol"})


_LINE_MARKS = " -–—|:·•\xa0"
"""Marks that set a line apart ("&nbsp; - In reply to Bo"), not words of it."""


def regrouped_items(
    items: list[LexborNode],
    parents: list[LexborNode | None],
    parts: list[Parts],
    fetched_at: datetime,
) -> tuple[list[LexborNode], datetime, dict[int, LexborNode]] | None:
    """Items as the page groups them, or None when they already are: an item that is only
    the text of a comment (`<li><b>Ada</b> 3 May<div class="comment">Text</div></li>`)
    becomes the block around it that adds its author and date, or the text of the item
    around it that has an author or date and no text of its own
    (`li.comment > div.comment-block`), past items that only wrap it; replies kept in a separate box
    (`div.replies > div.reply`) or in a list of numbered rows (`div#reply293425`) become
    items of their own."""
    under = ancestor_counts(items, _WIDEN_LEVELS)
    known = {item.mem_id for item in items}
    index = {item.mem_id: position for position, item in enumerate(items)}
    inner: dict[int, LexborNode] = {}
    result: list[LexborNode] = []
    changed = False
    listed: set[tuple[str, str]] | None = None  # read once, at the first top-level item
    alike: set[tuple[str, frozenset[str]]] | None = None  # so are the kinds of rows alike
    wrappers: set[int] = set()
    with_numbered: list[LexborNode] = []  # top items whose numbered rows were taken
    rows, lists = _rows_of_a_list(items, parents, parts, under, known, fetched_at)
    for item, parent, part in zip(items, parents, parts, strict=True):
        if item.mem_id in lists:
            changed = True
            continue
        if item.mem_id in rows:
            row = rows[item.mem_id]
            inner[row.mem_id] = item
            known.add(row.mem_id)
            result.append(row)
            continue
        text_only = not (part.authors or part.times or part.nested)
        passed = []  # items between, that only wrap it (`comment__container`)
        while (
            text_only
            and parent is not None
            and _only_wraps(parts[index[parent.mem_id]], fetched_at)
        ):
            passed.append(parent.mem_id)
            parent = parents[index[parent.mem_id]]
        if text_only and parent is not None and parent.mem_id not in inner:
            around = parts[index[parent.mem_id]]
            if (around.authors or around.times) and _no_words_of_its_own(around, fetched_at):
                inner[parent.mem_id] = item
                wrappers.update(passed)
                changed = True
                continue
        parent = parents[index[item.mem_id]]
        if parent is None and text_only:
            outer = _wrapper_of(item, under, known, fetched_at)
            if outer is not item:
                inner[outer.mem_id] = item
                known.add(outer.mem_id)
                item, changed = outer, True
        result.append(item)
        if parent is None:
            if listed is None:
                tops = [top for top, around in zip(items, parents, strict=True) if around is None]
                listed = reply_list_names(tops, None)
                alike = _reply_row_kinds(tops, known, fetched_at)
            replies = _replies_in_boxes(item, known, fetched_at)
            numbered = _numbered_replies(item, listed, known, fetched_at)
            numbered += _rows_alike(item, alike or set(), known, fetched_at)
            if numbered:
                with_numbered.append(item)
            result.extend(replies + numbered)
            changed = changed or bool(replies or numbered)
    result = [item for item in result if item.mem_id not in wrappers]
    for top in with_numbered:
        _in_page_order(result, top)
    topic = _rows_before(result[0], alike, known, fetched_at) if alike and result else []
    if topic:
        result, changed = [*topic, *result], True
    return (result, fetched_at, inner) if changed else None


def _rows_before(
    first: LexborNode,
    kinds: set[tuple[str, frozenset[str]]],
    known: set[int],
    fetched_at: datetime,
) -> list[LexborNode]:
    """The rows of the kinds the items hold as replies (`_reply_row_kinds`) that stand
    before the first item, in no item, each reading as a comment: the comments on the topic
    (a Q&A page's question), shown between it and the answers. Read only where such kinds
    were found, so the walk of the page before the first item is rare."""
    root = page_root(first)
    rows: list[LexborNode] = []
    for node in root.traverse():
        if node.mem_id == first.mem_id:
            break
        if (node.tag or "", member_class(node)) in kinds and _a_reply_row(node, known, fetched_at):
            rows.append(node)
    if any(node.mem_id in known for node in rows):
        return []
    known.update(node.mem_id for node in rows)
    return rows


def _reply_row_kinds(
    tops: list[LexborNode], known: set[int], fetched_at: datetime
) -> set[tuple[str, frozenset[str]]]:
    """The tag and class of rows inside the items that stand two siblings at least in one of
    them, each reading as a comment (an author, a date, a text) and holding no item: replies
    of a second shape (`div.reply-item` rows under a `div.comment-item`), whatever they are
    named; or rows that stand alone, each numbered (`li#comment-89209559`), in two items at
    least (one comment under each of two answers). Only items of a kind the page shows twice
    at least are read: a lone item may be a box around the whole list, its rows the comments
    themselves."""
    kinds: set[tuple[str, frozenset[str]]] = set()
    shapes = Counter(member_kind(top) for top in tops)
    lone: dict[tuple[str, frozenset[str]], list[tuple[LexborNode, LexborNode]]] = {}
    for top in tops:
        if shapes[member_kind(top)] < _ALIKE_ROWS:
            continue
        groups: dict[tuple[int, str, frozenset[str]], list[LexborNode]] = {}
        for node in top.css("[class]"):
            parent = node.parent
            if node.mem_id == top.mem_id or parent is None or node.tag in _NOT_ROWS:
                continue
            groups.setdefault((parent.mem_id, node.tag or "", member_class(node)), []).append(node)
        for (_, tag, classes), rows in groups.items():
            if len(rows) == 1 and _NUMBERED_ROW.search(rows[0].id or ""):
                lone.setdefault((tag, classes), []).append((top, rows[0]))
            if (
                len(rows) >= _ALIKE_ROWS
                and (tag, classes) not in kinds
                and all(_a_reply_row(row, known, fetched_at) for row in rows)
                and _signed_without(top, {row.mem_id for row in rows}, fetched_at)
            ):
                kinds.add((tag, classes))
    for kind, found in lone.items():
        if (
            len({top.mem_id for top, _ in found}) >= _ALIKE_ROWS
            and kind not in kinds
            and all(
                _a_reply_row(row, known, fetched_at)
                and _signed_without(top, {row.mem_id}, fetched_at)
                for top, row in found
            )
        ):
            kinds.add(kind)
    return kinds


_NUMBERED_ROW = re.compile(r"\D\d{3,}$")
"""An id ending in a record's number (`comment-89209559`): a row a database prints."""


def _signed_without(block: LexborNode, rows: set[int], fetched_at: datetime) -> bool:
    """Does the block, less the ROWS inside it, name an author and a date: a comment over its
    replies, not a post laid out in rows (a table's row for the name and the date, another
    for the user column and the text)?"""
    parts = Parts(block)
    nodes = select(block, PARTS)  # a whole thread's: the walks up from them share their way
    for node, around in zip(nodes, ids_around(nodes, rows, block), strict=True):
        if node.mem_id not in rows and not around:
            parts.classify(node)
    return parts.author(fetched_at) is not None and parts.time(fetched_at)[1] is not None


_ALIKE_ROWS = 2
_NOT_ROWS = frozenset({"p", "span", "a", "blockquote", "img", "i", "b", "em", "strong"})


def _a_reply_row(row: LexborNode, known: set[int], fetched_at: datetime) -> bool:
    """Does a row read as a reply: a block holding no item, with an author, a date and words
    of its own besides them? A post's bylines ("answered 3 May 2024 Ada 301k", "edited
    4 May 2024 Bo") repeat inside it as rows of one shape, and say nothing."""
    return (
        row.mem_id not in known
        and not any(node.mem_id in known for node in row.css("*"))
        and looks_like_comment(row, fetched_at)
        and _says_something(row, fetched_at)
    )


def _says_something(row: LexborNode, fetched_at: datetime) -> bool:
    """Are there words in the row besides its author, its date and its controls?"""
    return bool(parts_of(row).text(fetched_at)[0].strip())


def _rows_alike(
    item: LexborNode,
    kinds: set[tuple[str, frozenset[str]]],
    known: set[int],
    fetched_at: datetime,
) -> list[LexborNode]:
    """The rows of the kinds `_reply_row_kinds` found inside ITEM that read as comments (one
    reply alone under its comment among them), taken as its replies when the item, less
    them, still names an author and a date."""
    if not kinds:
        return []
    found = [
        node
        for node in item.css("[class]")
        if node.mem_id != item.mem_id
        and (node.tag or "", member_class(node)) in kinds
        and _a_reply_row(node, known, fetched_at)
    ]
    if not found or not _signed_without(item, {node.mem_id for node in found}, fetched_at):
        return []
    known.update(node.mem_id for node in found)
    return found


def _rows_of_a_list(
    items: list[LexborNode],
    parents: list[LexborNode | None],
    parts: list[Parts],
    under: Counter[int],
    known: set[int],
    fetched_at: datetime,
) -> tuple[dict[int, LexborNode], set[int]]:
    """The rows of items named as comments that turn out to be lists: an item holding two
    text-only items or more, each alone in a repeated block that adds its author or date
    (`div.commentbox > div.row > div.comment`), whose every author and date stands in one of
    those blocks, shows one comment a block, not one comment (a class such as `commentbox`
    names the box, and one comment has one author and one date). Each such text-only item
    → its block, and the lists' ids."""
    index = {item.mem_id: position for position, item in enumerate(items)}
    held: dict[int, list[LexborNode]] = {}
    for item, parent, part in zip(items, parents, parts, strict=True):
        if parent is not None and not (part.authors or part.times or part.nested):
            held.setdefault(parent.mem_id, []).append(item)
    rows: dict[int, LexborNode] = {}
    lists: set[int] = set()
    for list_id, inside in held.items():
        around = parts[index[list_id]]
        shown = [node for _, node in around.authors + around.times]
        if len(inside) < LISTED or not shown:
            continue
        blocks = {item.mem_id: _wrapper_of(item, under, known, fetched_at) for item in inside}
        if any(blocks[item.mem_id] is item for item in inside) or not all(
            any(is_inside(node, block) for block in blocks.values()) for node in shown
        ):
            continue
        rows.update(blocks)
        lists.add(list_id)
    return rows, lists


def _in_page_order(items: list[LexborNode], top: LexborNode) -> None:
    """The items inside TOP put back in page order, in the places they hold in ITEMS: its
    numbered rows were taken after it, before the named items nested in it, and a reply's
    parent is the nearest item around it, so a row nested in a named reply follows it."""
    rank = {node.mem_id: position for position, node in enumerate(top.css("*"))}
    places = [position for position, node in enumerate(items) if node.mem_id in rank]
    inside = sorted((items[place] for place in places), key=lambda node: rank[node.mem_id])
    for place, node in zip(places, inside, strict=True):
        items[place] = node


def _only_wraps(parts: Parts, fetched_at: datetime) -> bool:
    """Is an item only a box around the items inside it: no author, no date and no words of
    its own besides links (BEM's `comment__container` inside `div.comment`, around the
    `span.comment` that holds the text, and its "read more" link)?"""
    if not parts.nested or parts.authors or parts.times:
        return False
    own = parts.text(fetched_at)[0]
    for link in parts.item.css("a"):
        own = own.replace(squash(link.text()), "", 1)
    return not own.strip()


def _no_words_of_its_own(parts: Parts, fetched_at: datetime) -> bool:
    """Does an item show nothing but its author, its date and at most a label on one line
    ("Написал gena_p", "Posted by Ada")? Then a text-only item inside it is its text."""
    text = parts.text(fetched_at)[0]
    for _, node in parts.authors:
        text = text.replace(squash(node.text()), "", 1)
    text = text.strip()
    return not text or (len(text) <= META_SLACK and "\n" not in text and text[-1] not in ".!?")


_WIDEN_LEVELS = 6
"""How far up a text-only item may widen: a forum row in nested tables
(`tr > td > table > tr > td > div.comment`) puts its author five levels up."""


def _wrapper_of(
    item: LexborNode, under: Counter[int], known: set[int], fetched_at: datetime
) -> LexborNode:
    """The nearest block around a text-only item that holds this item alone and an author or
    a date beside it, and repeats (a sibling of the same tag and class); the item itself when
    it has its own author or date."""
    if not lines_text(item):
        return item
    node = item
    for _ in range(_WIDEN_LEVELS):
        parent = node.parent
        if (
            parent is None
            or parent.tag in ("body", "html", "ul", "ol")
            or under[parent.mem_id] > 1
            or parent.mem_id in known
            or area_label(class_and_id(parent))
        ):
            break
        if repeats(parent) and has_meta(parent, item, fetched_at):
            return parent
        node = parent
    return item


def _numbered_replies(
    item: LexborNode, listed: set[tuple[str, str]], known: set[int], fetched_at: datetime
) -> list[LexborNode]:
    """Rows inside an item numbered under the item's own name (its id's, or that of the empty
    anchor it opens with: LearnKu's `div#reply293341` opens a comment whose replies are
    `div#reply293425`, no class naming them) that stand in a list somewhere on the page
    (`reply_list_names`), each holding an author, a date and a text: its replies, rows of the
    same table, not part of its words."""
    numbered = [node for node in item.css("[id]") if record_name(node) is not None]
    if not numbered or not (numbered[0].mem_id == item.mem_id or not numbered[0].text().strip()):
        return []  # lexbor's css() gives the item itself first; else an empty anchor
    name = record_name(numbered[0])
    found = []
    for node in numbered[1:]:
        if (
            record_name(node) == name
            and node.mem_id not in known
            and (node.tag, name) in listed
            and not any(inner.mem_id in known for inner in node.css("*"))
            and looks_like_comment(node, fetched_at)
        ):
            known.add(node.mem_id)
            found.append(node)
    return found


def _replies_in_boxes(item: LexborNode, known: set[int], fetched_at: datetime) -> list[LexborNode]:
    """Replies in a box named for them (`replies`, `children`, `antworten`, `réponses`),
    inside the item or right after it, whose members are not named as comments: each member
    that holds an author, a date and a text, and no item (a box of deeper replies)."""
    boxes = [
        box
        for box in (*item.css(_REPLY_BOX_SELECTOR), _next_filled_sibling(item))
        if box is not None
        and box.mem_id != item.mem_id
        and box.mem_id not in known  # a reply named as one (`comment-child`), not a box
        and REPLY_BOX_WORDS.intersection(label_words(class_and_id(box)))
    ]
    found = []
    for box in boxes:
        members = list(element_children(box))
        if len(members) == 1 and (
            members[0].tag in ("ul", "ol")
            or (members[0].tag == "div" and not looks_like_comment(members[0], fetched_at))
        ):
            members = list(element_children(members[0]))
        for member in members:
            if (
                member.mem_id not in known
                and not any(node.mem_id in known for node in member.css("*"))
                and looks_like_comment(member, fetched_at)
            ):
                known.add(member.mem_id)
                found.append(member)
    return found


_REPLY_BOX_SELECTOR = (
    '[class*="epl"], [class*="hild"], [class*="ntwort"], [class*="eponse"], [class*="éponse"], '
    '[class*="espuesta"], [class*="esposta"], [class*="isposte"], [class*="nswer"], '
    '[class*="ested"], [class*="ndent"]'
)


_REPLIES_BOX = re.compile(r"indent|children|replies|nested|sub-?comments", re.IGNORECASE)
"""A box of replies placed right after the comment they answer (Drupal's `div.indented`)."""


@lru_cache(maxsize=4096)
def _replies_box(classes: str) -> bool:
    return _REPLIES_BOX.search(classes) is not None or bool(
        REPLY_BOX_WORDS.intersection(label_words(classes))
    )


def _box_label(node: LexborNode) -> str:
    """A box's own classes (its `id` inside a Polymer component: `div#replies`), and a web
    component's tag (`<ytd-comment-replies-renderer>`)."""
    classes = role_label(node.attributes)
    tag = node.tag or ""
    return f"{classes} {tag}" if "-" in tag else classes


def enclosing_item(
    node: LexborNode, index: dict[int, int], memo: dict[int, LexborNode | None]
) -> LexborNode | None:
    """The item around this one, or the item just before the container holding this one when
    that container is named for replies (Drupal's `div.indented`) or holds a block of the
    item's kind. `memo` keeps the answer for every ancestor passed, so the
    parts of one item share one walk up the tree instead of one each."""
    path = []
    found = None
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "body":
        key = ancestor.mem_id
        if key in memo:
            found = memo[key]
            break
        path.append(key)
        if key in index:
            found = ancestor
            break
        previous = _previous_filled_sibling(ancestor)
        if (
            previous is not None
            and previous.mem_id in index
            and (_replies_box(_box_label(ancestor)) or _holds_its_kind(ancestor, previous))
        ):
            found = previous
            break
        ancestor = ancestor.parent
    memo.update(dict.fromkeys(path, found))
    return found


def _holds_its_kind(box: LexborNode, item: LexborNode) -> bool:
    """Does the box after an item hold a block of the item's kind, a class word included: a
    list of its replies, whatever the box is named? (A bare `div` is of no kind.)"""
    kind = member_kind(item)
    return bool(kind[1]) and any(_of_a_kind(box, kind))


def replies_beside(member: LexborNode, members: set[int]) -> list[LexborNode]:
    """The blocks of the member's kind (a class word included) in the block containers
    between it and the next of MEMBERS: its replies, kept beside it whatever the box is
    named."""
    kind = member_kind(member)
    if not kind[1]:
        return []
    replies: list[LexborNode] = []
    sibling = next_element(member)
    while sibling is not None and sibling.mem_id not in members:
        replies.extend(_of_a_kind(sibling, kind))
        sibling = next_element(sibling)
    return replies


def _of_a_kind(box: LexborNode, kind: tuple[str, str]) -> Iterator[LexborNode]:
    """The blocks of KIND (`member_kind`) inside a box that a list of replies may be kept in
    (`_BOX_TAGS`), in page order."""
    if box.tag in _BOX_TAGS:
        yield from (node for node in box.css(kind[0] or "*") if member_kind(node) == kind)


_BOX_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "dd"})
"""Containers a list of replies is kept in: an inline element that seems to hold the next
posts (an `<i>` icon left open) holds them only because the page is broken."""


def boxes_answer_the_item_before(
    items: list[LexborNode], comments: list[Comment], index: dict[int, int]
) -> None:
    """A box of replies named like an item (Livefyre's `div.fyre-comment-replies`), in no
    item, holding items and showing no words of its own, answers the item of another kind
    right before it, past blocks that show nothing (a divider drawn as a box in a box): its
    replies are that item's once the empty box is dropped."""
    holding = {comment.parent for comment in comments}
    for position, item in enumerate(items):
        if (
            position not in holding
            or comments[position].text
            or comments[position].parent is not None
            or not _replies_box(_box_label(item))
        ):
            continue
        sibling = item.prev
        while sibling is not None and (not sibling.is_element_node or _shows_nothing(sibling)):
            sibling = sibling.prev
        if (
            sibling is not None
            and sibling.mem_id in index
            and member_kind(sibling) != member_kind(item)  # a peer of one list answers none
        ):
            comments[position].parent = index[sibling.mem_id]


def _shows_nothing(node: LexborNode) -> bool:
    """No text, and nothing inside that shows without text (an image, a control)."""
    return not node.text().strip() and node.css_first(_SHOWN) is None


_SHOWN = "img, svg, iframe, video, audio, canvas, object, embed, input, textarea, select, button"
"""Elements that show something without text."""


def _previous_filled_sibling(node: LexborNode) -> LexborNode | None:
    """The previous sibling element that shows something, past spacers (`div.clearer`)."""
    sibling = node.prev
    while sibling is not None and (
        not sibling.is_element_node or (sibling.first_child is None and not sibling.text().strip())
    ):
        sibling = sibling.prev
    return sibling


def _next_filled_sibling(node: LexborNode) -> LexborNode | None:
    """The next sibling element that shows something, past spacers (`div.clearer`)."""
    sibling = next_element(node)
    while sibling is not None and not sibling.text().strip() and sibling.first_child is None:
        sibling = next_element(sibling)
    return sibling


def with_answers(items: list[LexborNode], fetched_at: datetime) -> list[LexborNode]:
    """The items with the blocks around them that are posts of their own, in page order: a
    Q&A page's answers, whose comments a page names while the answers it does not. Such a
    block has a class and repeats (a sibling of its tag and class), names an author and a
    date and holds words outside the items it holds, and neither the page's headline nor a
    heading that links to a page (the article, a blog's entry over its comments); only items
    that read as comments are answered (not a "Comments (0)" link); its siblings alike that
    hold no item are answers too. The items inside then read as its replies."""
    taken = {item.mem_id for item in items}
    around = ancestor_ids(items)
    holders: dict[int, LexborNode] = {}
    judged: dict[int, bool] = {}  # blocks judged once, however many items they hold
    for item in items:
        block = item.parent
        for _ in range(_ANSWER_LEVELS):
            if block is None or block.tag in ("body", "html") or block.mem_id in taken:
                break
            if block.mem_id in holders:
                break
            if block.mem_id not in judged and member_class(block) and repeats(block):
                if not looks_like_comment(item, fetched_at):
                    break  # a count or a button named as comments answers nothing
                judged[block.mem_id] = _an_answer(block, taken, fetched_at)
            if judged.get(block.mem_id):
                holders[block.mem_id] = block
                break
            block = block.parent
    if not holders:
        return items
    kinds = {(block.tag, member_class(block)) for block in holders.values()}
    for block in list(holders.values()):
        for sibling in (*_siblings(block, before=True), *_siblings(block, before=False)):
            if (
                (sibling.tag, member_class(sibling)) in kinds
                and sibling.mem_id not in holders
                and sibling.mem_id not in around
                and _an_answer(sibling, taken, fetched_at)
            ):
                holders[sibling.mem_id] = sibling
    if _the_topic(holders, items):
        return items
    return in_page_order([*items, *holders.values()])


def _the_topic(holders: dict[int, LexborNode], items: list[LexborNode]) -> bool:
    """Is the one block found around the items, with no sibling alike that is a post too,
    around every one of them: the article or the question they all discuss (a news box
    holding its comments box), no answer among others?"""
    if len(holders) != 1:
        return False
    (block,) = holders.values()
    return all(is_inside(item, block) for item in items)


_ANSWER_LEVELS = 6
"""Levels above an item searched for the answer around it (a comments box, its list, …)."""


def _siblings(block: LexborNode, *, before: bool) -> Iterator[LexborNode]:
    sibling = previous_element(block) if before else next_element(block)
    while sibling is not None:
        yield sibling
        sibling = previous_element(sibling) if before else next_element(sibling)


def _an_answer(block: LexborNode, items: set[int], fetched_at: datetime) -> bool:
    """Does the block, less the items inside it, name an author and a date and hold words of
    its own, under no heading that links to a page?"""
    if holds_the_headline(block) or any(
        heading.css_first("a[href]") is not None and not held_by(heading, block, items)
        for heading in block.css(_HEADINGS)
    ):
        return False
    if not _signed_without(block, items, fetched_at):
        return False
    nested = [node for node in block.css("*") if node.mem_id in items]
    own = len(squash(block.text())) - sum(
        len(squash(node.text())) for node in nested if not held_by(node, block, items)
    )
    return own >= _ANSWER_CHARS


_HEADINGS = "h1, h2, h3, h4, h5, h6"
_ANSWER_CHARS = 40
"""Characters of its own an answer shows at the least, beside its author and date line."""
