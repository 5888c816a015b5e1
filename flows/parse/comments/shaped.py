"""Comments found by the template their blocks share, where no class, heading or count line
says where they are (a markup nobody here has seen): three sibling blocks or more of one tag
and class, each showing a name that changes from block to block, a date and a text, each in
the same place of the block. Lists of stories, products and links share a template too; what
tells them apart is refused (a headline link, a price, a list of links)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from itertools import chain, islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.comments.block_dates import Dates
from flows.parse.comments.build import looks_like_comment
from flows.parse.comments.lines import REPLY_SUBJECT
from flows.parse.comments.lookalikes import (
    REVIEWS,
    could_be_posts,
    count_their_comments,
    in_other_region,
    not_a_readers_words,
    offers_a_reply,
    under_reviews,
)
from flows.parse.comments.members import first_class, member_kind, numbered_alike
from flows.parse.comments.meta_line import label_words
from flows.parse.comments.named import NOT_MEMBER_TAGS
from flows.parse.comments.opening import without_opening_post
from flows.parse.comments.read import read_items, signed
from flows.parse.comments.replies import replies_beside
from flows.parse.comments.scopes import worded_regions
from flows.parse.comments.slots import Slot, block_parts
from flows.parse.comments.template import (
    MIN_BLOCKS,
    SAMPLE,
    Blocks,
    Template,
    has_digit,
    nested_alike,
    shared_template,
)
from flows.parse.comments.threads import reply_depths, thread_flat_replies, without_first
from flows.parse.nodes import (
    HEADING_SELECTOR,
    Scan,
    ancestor_ids,
    element_children,
    held_by,
    held_by_any,
    is_inside,
    last_element_child,
    lines_text,
    next_element,
    previous_element,
    spaced,
    squash,
)


def shaped_comments(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the first list of sibling blocks that share a comment's template, and
    those blocks; none when no list does. It takes the page's `Scan` for its element count,
    which keeps big pages off lexbor's quadratic sibling count (`_thirds`)."""
    fits = _Fits(scanned.of("script"))
    dates = Dates(fetched_at)
    refused: _Refused = {}
    loose: list[Blocks] = []
    lists = chain(
        islice(
            _unrefused(_sibling_lists(scanned.tree, fits, scanned.elements, loose), refused),
            _MAX_LISTS,
        ),
        _worded_threads(scanned, memo, fits),
        loose,  # read when the lists above are done, and filled by then
    )
    for blocks in lists:
        if in_other_region(blocks.first(1)[0], memo) and not _answered(blocks.first(SAMPLE)):
            continue
        sample = blocks.first(SAMPLE)
        if not _mostly_posts(sample):
            _refuse(refused, sample[0])
            continue  # asked first: cheaper than the template, and most lists fail it
        template = shared_template(blocks, dates, loose=True)
        if template is None:
            _refuse(refused, sample[0])
            continue
        if (
            _elsewhere(sample)
            or count_their_comments(sample)
            or (under_reviews(sample[0]) and not _answered(sample) and not _nested_answer(sample))
            or _reviewers(sample)
        ):
            continue
        if blocks.heads is not None:
            posts = blocks.heads
        else:
            posts = blocks.worded() if template.date is None else _with_long_posts(blocks)
        members = without_opening_post(posts) if blocks.heads is None else posts
        comments, items = _without_subjects(
            *_read_thread(_with_replies(members), template, fetched_at)
        )
        least = _least(posts, members, comments, template, fetched_at)
        holding = _holding_list(members[0], fits) if blocks.heads is None else []
        outer = _outer_template(template, holding[0]) if holding else None
        if len(comments) >= least and outer is not None:
            heads = {block.mem_id: outer for block in holding}
            wider = _without_subjects(
                *_read_thread(_with_replies(holding), template, fetched_at, heads)
            )
            if len(wider[0]) > len(comments):
                return wider
        if len(comments) >= least:
            comments, items = _with_boxed_replies(comments, items, template, fetched_at)
            boxes = _boxes_beside(members) if blocks.heads is None else []
            paired = all(len(nodes) >= _PAIR for nodes in boxes)
            short = len(blocks.alike) <= _SHORT and len(boxes) == 1 and paired
            if short or (len(boxes) > 1 and paired):
                beside = [node for nodes in boxes for node in nodes]
                read = _without_subjects(
                    *_read_thread(_with_replies(members + beside), template, fetched_at)
                )
                once = _once(*read)
                if short or len(once[0]) < len(read[0]):
                    return _with_boxed_replies(*once, template, fetched_at)
            return comments, items
    return [], []


def _with_long_posts(blocks: Blocks) -> list[LexborNode]:
    """The list's blocks that could hold a comment (`Blocks.first`), with the blocks after the
    first of them that show more text than a block is asked with (`_MAX_CHARS`): the list's
    template, found on the others, reads a long post as it reads them (a tournament's tables
    of results). A long block before the first may be a topic's opening post: it stays out."""
    kept: list[LexborNode] = []
    for node in blocks.alike:  # a long block counts once KEPT holds the first that fits
        if blocks.fits(node) or (kept and len(node.text()) > _MAX_CHARS):
            kept.append(node)
    return kept


def _least(
    posts: list[LexborNode],
    replies: list[LexborNode],
    comments: list[Comment],
    template: Template,
    fetched_at: datetime,
) -> int:
    """The comments a list must give: `MIN_BLOCKS`, or one less for a topic with two replies
    (three POSTS in one template) when the first is the topic's opening post, its author
    answers in the replies and no reply holds a heading. Teasers under a page's title show
    no name twice, and the entries of a blog's front page each open with their title."""
    if (
        len(replies) == len(posts)
        or len(comments) != MIN_BLOCKS - 1
        or any(node.css_first(HEADING_SELECTOR) for node in replies)
    ):
        return MIN_BLOCKS
    opening = template.read(posts[0], fetched_at, set())
    if opening is None or opening.author is None:
        return MIN_BLOCKS
    answered = opening.author in {comment.author for comment in comments}
    return MIN_BLOCKS - 1 if answered else MIN_BLOCKS


_ListKind = tuple[tuple[str, str], ...]
"""A list's kind: its blocks' tag and class words, then those of the boxes around them up to
the first with a class word."""


def _list_kind(member: LexborNode) -> _ListKind | None:
    """The kind of the list MEMBER is in: the member's tag and class words, then its boxes'
    up to the first that has a class word (`_KIND_LEVELS` at most); none when no box that near
    has one (a bare `<tr>` in a bare table tells nothing of the widget it is in). All the
    words: a page may give its teasers and its comments one first word (`list__item`)."""
    kinds = [_tag_and_classes(member)]
    node = member.parent
    for _ in range(_KIND_LEVELS):
        if node is None or not node.is_element_node:
            return None
        kinds.append(_tag_and_classes(node))
        if kinds[-1][1]:
            return tuple(kinds)
        node = node.parent
    return None


def _tag_and_classes(node: LexborNode) -> tuple[str, str]:
    """A node's tag and all its class words, one space apart (`member_kind` keeps the first
    word only, which a page's teasers and comments may share)."""
    return node.tag or "", spaced(node.attrs.get("class") or "")


_KIND_LEVELS = 3
"""Boxes above a list's blocks asked for a class word that names the widget the list is in."""

_Refused = dict[_ListKind, list[LexborNode]]
"""The kinds of the lists refused so far, each with the boxes of those lists."""


def _refuse(refused: _Refused, member: LexborNode) -> None:
    """Remember the kind and the box of a list whose blocks are not posts or share no
    comment's template."""
    kind = _list_kind(member)
    if kind is not None and member.parent is not None:
        refused.setdefault(kind, []).append(member.parent)


def _unrefused(lists: Iterator[Blocks], refused: _Refused) -> Iterator[Blocks]:
    """The lists less those of a kind refused before, outside the boxes of the lists refused:
    a widget the page repeats (a table of figures for each map, each player) is refused again
    by the same blocks, and its copies would use up the lists examined (`_MAX_LISTS`) before
    the comments further down. A list of that kind inside a refused list's box is its blocks'
    replies, read apart. REFUSED grows as the lists are examined."""
    for blocks in lists:
        member = blocks.alike[0]
        boxes = refused.get(_list_kind(member) or ())
        if boxes is None or any(is_inside(member, box) for box in boxes):
            yield blocks


def _holding_list(member: LexborNode, fits: _Fits) -> list[LexborNode]:
    """The blocks of the member's tag and first class, three at least, that could hold a
    comment, beside the nearest block of that kind around the member (`_REPLY_LEVELS` up at
    most): a list of threads whose first thread's replies were found first (their third
    block comes before the threads'), read in the replies' places."""
    kind = member_kind(member)
    node, steps = member.parent, 0
    while node is not None and node.is_element_node and steps < _REPLY_LEVELS:
        if member_kind(node) == kind:
            box = node.parent
            if box is None:
                return []
            alike = [child for child in element_children(box) if member_kind(child) == kind]
            held = [block for block in alike if fits(block)]
            return held if len(held) >= MIN_BLOCKS else []
        node, steps = node.parent, steps + 1
    return []


def _with_boxed_replies(
    comments: list[Comment], items: list[LexborNode], template: Template, fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments with, after each, the replies boxed in its block in another shape: a
    child of the block that holds none of the template's places (the block's own name, date
    and words) and none of the items, and is judged a comment of its own (a name, a date and
    words: an editor's answer in a box below the reader's words), read as one. A box of one
    such reply, deeper in the block, is one when another block's box shows a run of replies
    of that reply's kind (a thread of one answer beside a thread of many)."""
    taken = {item.mem_id for item in items} | ancestor_ids(items)
    found = [
        _boxed_replies(item, template, taken, fetched_at) if comment.parent is None else ([], [])
        for comment, item in zip(comments, items, strict=True)
    ]
    run_kinds = {
        kind
        for boxes, _ in found
        for box in boxes
        if (kind := member_kind(box))[1]
        and sum(member_kind(other) == kind for other in boxes) >= _PAIR
    }
    chosen = [
        [*boxes, *(box for box in single if member_kind(box) in run_kinds)]
        for boxes, single in found
    ]
    read = _reply_reader(chosen, fetched_at)
    kept: list[Comment] = []
    kept_items: list[LexborNode] = []
    moved: dict[int, int] = {}
    added = 0
    for position, (comment, item) in enumerate(zip(comments, items, strict=True)):
        moved[position] = len(kept)
        kept.append(comment)
        kept_items.append(item)
        for box in chosen[position]:
            for reply in read(box):
                reply.parent = position
                added += 1
                kept.append(reply)
                kept_items.append(box)
    if not added:
        return comments, items
    for comment in kept:
        if comment.parent is not None:
            comment.parent = moved[comment.parent]
    return kept, kept_items


def _reply_reader(
    chosen: list[list[LexborNode]], fetched_at: datetime
) -> Callable[[LexborNode], list[Comment]]:
    """How the boxed replies are read: by the template they share when they are three or
    more and show one (their class words may say nothing of their parts), each reply that
    template cannot read, and every reply where they share none, on its own."""
    replies = [box for boxes in chosen for box in boxes]
    template = (
        shared_template(Blocks(replies, lambda _: True), Dates(fetched_at), loose=True)
        if len(replies) >= MIN_BLOCKS
        else None
    )
    taken = {box.mem_id for box in replies}

    def read(box: LexborNode) -> list[Comment]:
        comment = template.read(box, fetched_at, taken) if template is not None else None
        if comment is not None:
            return [comment]
        return read_items([box], fetched_at, regroup=False, vetted=True)

    return read


def _boxed_replies(
    item: LexborNode, template: Template, taken: set[int], fetched_at: datetime
) -> tuple[list[LexborNode], list[LexborNode]]:
    """The elements of a block that hold none of its template's places, are none of TAKEN
    (the items and the elements around them), show a digit (a date has one), and are judged
    a comment: the block's children. A box whose children are blocks of one kind
    (`member_kind`) that each are judged a comment gives those blocks (replies to the
    comment, in a layout of their own), also below a child that holds the places or a box
    that gives none (the block's words and a box of replies share one column). Second, the
    lone blocks judged a comment in boxes below the block's children: a reply, when other
    blocks show runs of that kind. Never a box before the block's words: the comment a reply
    quotes stands over the reply's words, its replies after them."""
    parts = block_parts(item, striped=template.striped)
    places = [
        node
        for slot in (template.author, template.date, template.text)
        if slot
        for node in parts.get(slot, [])
    ]
    if not places:
        return [], []  # a block read in none of the places: none of its children is told apart
    words = parts.get(template.text) if template.text else None
    order = {node.mem_id: at for at, node in enumerate(item.traverse())} if words else {}
    opening = order.get(words[0].mem_id, 0) if words else 0
    boxes: list[LexborNode] = []
    single: list[LexborNode] = []
    level = list(element_children(item))
    for depth in range(_BOX_LEVELS):
        holding: list[LexborNode] = []
        for child in level:
            if child.mem_id in taken or any(node.mem_id == child.mem_id for node in places):
                continue
            if any(is_inside(node, child) for node in places):
                holding.append(child)
            elif order.get(child.mem_id, opening) < opening:
                continue  # a quote of the comment answered, over the words
            elif has_digit(child.text()):
                replies = _run_of_replies(child, fetched_at)
                if not replies and looks_like_comment(child, fetched_at):
                    if depth == 0:
                        replies = [child]
                    else:
                        single.extend(_lone_reply(child, fetched_at))
                boxes.extend(replies)
                if not replies:
                    holding.append(child)  # a box around the replies' box (and a form)
        level = [node for child in holding for node in element_children(child)]
    return boxes, single


def _lone_reply(box: LexborNode, fetched_at: datetime) -> list[LexborNode]:
    """The box's one child, classed and judged a comment, as a reply; else none."""
    children = list(element_children(box))
    if (
        len(children) == 1
        and first_class(children[0])
        and children[0].tag not in _CELLS
        and looks_like_comment(children[0], fetched_at)
    ):
        return children
    return []


def _run_of_replies(box: LexborNode, fetched_at: datetime) -> list[LexborNode]:
    """The box's children when they are two blocks or more of one kind, classed alike, every
    one judged a comment, not a table's cells (a post's user column and words side by side);
    else none (one block in a box may be the post's own words). Children that show no words
    but their links' are left out first: the empty anchor before each reply (`<a
    name="12647740">`), a "See all 5 Replies" link after them."""
    children = [child for child in element_children(box) if not _only_links(child)]
    kinds = {member_kind(child) for child in children}
    if (
        len(children) >= _PAIR
        and len(kinds) == 1
        and next(iter(kinds))[1]
        and children[0].tag not in _CELLS
        and all(looks_like_comment(child, fetched_at) for child in children)
    ):
        return children
    return []


def _only_links(node: LexborNode) -> bool:
    """Does the element show no words but its links' (a link, an empty anchor)?"""
    if node.tag == "a":
        return True
    links = "".join(link.text() for link in node.css("a"))
    return "".join(node.text().split()) == "".join(links.split())


_CELLS = frozenset({"td", "th", "tr"})
"""A table's parts: cells side by side are a post's columns, not a run of replies."""

_BOX_LEVELS = 6
"""Levels below a block where a box of replies may sit beside the block's words."""


def _outer_template(template: Template, block: LexborNode) -> Template | None:
    """The template read one classed step down in BLOCK, where its places stand behind the
    block's one child that holds them all (a thread's block wrapping its post, which its
    replies show bare); none when no child holds them."""
    slots = [slot for slot in (template.author, template.date, template.text) if slot]
    parts = block_parts(block)
    for child in element_children(block):
        step = member_kind(child)
        if step[1] and all((step, *slot) in parts for slot in slots):

            def down(slot: Slot | None, step: tuple[str, str] = step) -> Slot | None:
                return (step, *slot) if slot else slot

            return replace(
                template,
                author=down(template.author),
                date=down(template.date),
                text=down(template.text) or (),
            )
    return None


def _boxes_beside(members: list[LexborNode]) -> list[list[LexborNode]]:
    """The blocks of the list's tag and class in other boxes near it (`_NEAR` levels up from
    the list's box), neither in the list's box (its replies) nor holding a block of the list,
    by box. One such box of two blocks or more is a second list of one template ("hot" over
    "newest"), whatever its name says ("latest" names a widget of other pages' comments too,
    not there); several are the comments of several entries (a blog's home page), unless
    they show comments of the list again (a page's "hot", "members'" and "all" lists)."""
    tag, shape = member_kind(members[0])
    box = members[0].parent
    if not shape or box is None:
        return []
    near = box
    for _ in range(_NEAR):
        if near.parent is None or near.parent.tag == "body":
            break
        near = near.parent
    if _CSS_WORD.fullmatch(shape) is None:
        return []
    taken = {member.mem_id for member in members}
    fenced = taken | {box.mem_id}  # the list's box and blocks: their replies are no second list
    holders = ancestor_ids(members)  # wrappers around the list's blocks
    boxes: dict[int, list[LexborNode]] = {}
    for node in near.css(f"{tag}.{shape}"):
        parent = node.parent
        if (
            parent is not None
            and parent.mem_id != box.mem_id
            and first_class(node) == shape
            and node.mem_id not in taken
            and not held_by(node, near, fenced)
            and node.mem_id not in holders
        ):
            boxes.setdefault(parent.mem_id, []).append(node)
    return list(boxes.values())


_CSS_WORD = re.compile(r"[A-Za-z_][\w-]*")
"""A class word a selector can name as it is."""
_NEAR = 3
"""Levels above a list's box where a second list of its blocks may start: a page's comment
area, not its sidebar."""
_PAIR = 2
"""Blocks the box beside the list must hold to be a list too: one block set apart is a topic's
opening post or a question over its answers. Several boxes beside it are the comments of
several entries (a blog's home page), not a second list of this one's."""
_SHORT = 5
"""Blocks a list may have for the blocks of its kind beside it to join it: a page's few "hot"
comments over its full list."""


def _once(
    comments: list[Comment], items: list[LexborNode]
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments less those shown again (the same name and words as one before): a second
    list repeats comments of the first."""
    seen: dict[tuple[str | None, str], int] = {}
    moved: dict[int, int] = {}
    kept: list[Comment] = []
    kept_items: list[LexborNode] = []
    for position, (comment, item) in enumerate(zip(comments, items, strict=True)):
        key = (comment.author, comment.text)
        if key in seen:
            moved[position] = moved[seen[key]]
            continue
        seen[key] = position
        moved[position] = len(kept)
        if comment.parent is not None:
            comment.parent = moved[comment.parent]
        kept.append(comment)
        kept_items.append(item)
    return kept, kept_items


_MAX_LISTS = 12
"""Lists examined, in page order: enough for a page's menus, sidebars and its comments."""


_LATER = 7


_THIRD_TAGS = ("div", "li", "article", "section", "tr", "table", "dl")
_BLOCK_TAGS = ", ".join(_THIRD_TAGS)
"""The tags of the blocks that hold a comment."""
_THIRDS = ", ".join(
    [*(f"{tag}:nth-of-type(3)" for tag in _THIRD_TAGS), f"div:nth-of-type({_LATER})"]
)
"""The third sibling of its tag: every parent with three children of one tag shows one, found
by lexbor without a walk of the tree in Python; and the seventh `div`, asked when the third
cannot hold a comment (a page's bars and spacers may stand first in the box of its posts). The
tag is asked first: most elements fail it, and lexbor then counts no siblings."""
LINEAR_FROM = 10_000
"""Elements on a page from which the thirds are counted in Python (`_thirds`): lexbor places
an element by counting its earlier siblings of its tag, quadratic in a box of tens of
thousands of them (40,000 `<div>`s: 12.5 s, out of reach of the parse's time limit)."""


def _thirds(tree: LexborHTMLParser, elements: int) -> list[LexborNode]:
    """`tree.css(_THIRDS)`; on a page of `LINEAR_FROM` elements or more, the same elements
    counted per parent in one pass."""
    if elements < LINEAR_FROM:
        return tree.css(_THIRDS)
    counts: Counter[tuple[int, str]] = Counter()
    found = []
    for node in tree.css(", ".join(_THIRD_TAGS)):
        parent, tag = node.parent, node.tag or ""
        if parent is None:
            continue
        key = (parent.mem_id, tag)
        counts[key] += 1
        if counts[key] == 3 or (tag == "div" and counts[key] == _LATER):
            found.append(node)
    return found


def _sibling_lists(
    tree: LexborHTMLParser, fits: _Fits, elements: int, loose: list[Blocks]
) -> Iterator[Blocks]:
    """Lists of three sibling blocks or more of one tag and first class word that could hold
    a comment, in page order. Three siblings or more alternating two classes that share no
    first word (`_loosely_striped`) are added to LOOSE, to be asked last: a table of figures
    is striped so too, and is repeated."""
    seen: set[tuple[int, str]] = set()
    for third in _thirds(tree, elements):
        parent, tag = third.parent, third.tag or ""
        if (
            parent is None
            or tag in NOT_MEMBER_TAGS
            or (parent.mem_id, tag) in seen
            or not fits(third)  # a menu's item: its siblings are too
        ):
            continue
        seen.add((parent.mem_id, tag))
        shapes: dict[str, list[LexborNode]] = {}
        shown: list[tuple[LexborNode, str]] = []
        number = third.tag_id  # a tag's number stands for its name, read for every child
        for child in element_children(parent):
            if child.tag_id == number:
                shape = first_class(child)
                shapes.setdefault(shape, []).append(child)
                shown.append((child, shape))
        words = [_first_word(shape) for shape in shapes]
        striped = _striped(shown) if len(set(words)) < len(words) else []
        if not striped and 1 < len(shapes) <= _LOOSE_SHAPES and len(loose) < _LOOSE_LISTS:
            run = _loosely_striped(shown)
            if run and len((blocks := Blocks(run, fits)).first(MIN_BLOCKS)) >= MIN_BLOCKS:
                loose.append(blocks)
        for alike in [*striped, *shapes.values()]:
            if len(alike) < MIN_BLOCKS:
                continue
            blocks = Blocks(alike, fits)
            members = blocks.first(MIN_BLOCKS)
            if len(members) < MIN_BLOCKS:
                continue
            if not _a_reply_list(parent, members[0]):
                yield blocks
            elif (thread := _thread(members[0], fits, seen)) is not None:
                yield thread


def _thread(member: LexborNode, fits: _Fits, seen: set[tuple[int, str]]) -> Blocks | None:
    """Replies nested in blocks of their own shape, whose outermost blocks are fewer than
    three (one or two threads of many replies): every block of that shape in the box of the
    outermost ones, in page order, read from the outermost down; none when that box holds
    three outermost blocks or more, a list of its own, or was asked already, or when an
    outermost block could not hold a comment as the block of a list could (`fits`, which
    counts the text of its replies there too): a section of the page holding others."""
    shape, tag = first_class(member), member.tag or ""
    top, node, steps = member, member.parent, 0
    while node is not None and steps < _REPLY_LEVELS:
        if node.tag == tag and first_class(node) == shape:
            top, steps = node, 0
        else:
            steps += 1
        node = node.parent
    box = top.parent
    if box is None or (box.mem_id, tag) in seen:
        return None
    heads = [child for child in element_children(box) if member_kind(child) == (tag, shape)]
    if len(heads) >= MIN_BLOCKS:
        return None
    seen.add((box.mem_id, tag))
    if not all(fits(head) for head in heads):
        return None
    alike = [
        node for node in box.css(tag) if node.mem_id != box.mem_id and first_class(node) == shape
    ]
    return Blocks(alike, fits, heads)


def _worded_threads(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fits: _Fits
) -> Iterator[Blocks]:
    """Threads in a region the page's own words call its comments (a heading, a count line)
    that no list of three sibling blocks shows: three blocks or more of one tag and first
    class word in the region, replies nested in the outermost of them (the heads), which are
    fewer than three side by side (two comments, one answered: "3 Kommentare") and each could
    hold a comment. The region's words stand for the third sibling; the template the blocks
    share decides."""
    seen: set[int] = set()
    for region in worded_regions(scanned, memo):
        kinds: dict[tuple[str, str], list[LexborNode]] = {}
        for block in region:
            for node in block.css(_BLOCK_TAGS):  # lexbor's css() starts with the block itself
                shape = first_class(node)
                if shape and node.mem_id not in seen:
                    kinds.setdefault((node.tag or "", shape), []).append(node)
        for alike in kinds.values():
            if len(alike) < MIN_BLOCKS:
                continue
            seen.update(node.mem_id for node in alike)
            heads = _outermost(alike)
            if len(heads) < len(alike) and len(heads) < MIN_BLOCKS and all(map(fits, heads)):
                yield Blocks(alike, fits, heads)


def _outermost(blocks: list[LexborNode]) -> list[LexborNode]:
    """The blocks (in page order) that no other of them holds."""
    ids = {block.mem_id for block in blocks}
    return [block for block in blocks if not ancestor_ids([block]) & ids]


def _striped(shown: list[tuple[LexborNode, str]]) -> list[list[LexborNode]]:
    """The longest run of siblings (SHOWN with their first class words) alternating two
    classes whose first words agree (`post-even`, `post-odd`: the stripes of one list), four
    at least: one list of blocks, tried before each stripe alone."""
    best: list[LexborNode] = []
    run: list[LexborNode] = []
    shapes: list[str] = []
    for child, shape in shown:
        last = shapes[-1] if run else ""
        stripe = bool(run) and shape != last and _first_word(shape) == _first_word(last)
        if stripe and (len(run) < 2 or shape == shapes[-2]):
            run.append(child)
            shapes.append(shape)
        elif stripe:
            run, shapes = [run[-1], child], [last, shape]
        else:
            run, shapes = [child], [shape]
        if len(run) > len(best):
            best = list(run)
    return [best] if len(best) >= _STRIPES else []


def _loosely_striped(shown: list[tuple[LexborNode, str]]) -> list[LexborNode]:
    """The siblings (SHOWN with their first class words) that have a class, when they are
    three or more alternating two classes that share no first word, as an item's class and
    its alternating item's may (`commentBackground`, `commentBackgroundAlternate`: one word
    each); siblings with no class (a layout table) stand between them. Else none."""
    classed = [(child, shape) for child, shape in shown if shape]
    if len(classed) < _LOOSE_STRIPES:
        return []
    shapes = [shape for _, shape in classed]
    first, second = shapes[0], shapes[1]
    if (
        first == second
        or set(shapes[0::2]) != {first}
        or set(shapes[1::2]) != {second}
        or _first_word(first) == _first_word(second)
    ):
        return []
    return [child for child, _ in classed]


_STRIPES = 4
_LOOSE_STRIPES = 3
_LOOSE_SHAPES = 3
"""First class words among siblings of a loosely striped list: its two, and none."""
_LOOSE_LISTS = 4
"""Loosely striped lists kept to ask last: a page's comments are among its first."""


def _first_word(shape: str) -> str:
    return _WORD_END.split(shape, maxsplit=1)[0]


_WORD_END = re.compile(r"[-_]")
"""Compiled once: a pattern given as text is looked up in `re`'s cache on every call."""


def _without_subjects(
    comments: list[Comment], items: list[LexborNode]
) -> tuple[list[Comment], list[LexborNode]]:
    """The posts less the subject line over their text ("Re: Request for a theme"), and less
    the topic's opening post when the others answer its subject: that post is the article."""
    if not comments:
        return comments, items
    topic = comments[0].text.partition("\n")[0].strip()
    answers = 0
    for comment in comments:
        first, _, rest = comment.text.partition("\n")
        subject = REPLY_SUBJECT.match(first)
        if subject and rest:
            comment.text = rest
            answers += first[subject.end() :].strip() == topic
    if REPLY_SUBJECT.match(topic) or 2 * answers < len(comments) - 1:
        return comments, items
    return without_first(comments), items[1:]


def _mostly_posts(members: list[LexborNode]) -> bool:
    """Could most blocks be posts (not teasers, pingbacks, mostly links)? One long list may
    hold a commenter whose linked name reads like a title. Blocks are asked until the answer
    is certain: each costs a few queries of its subtree."""
    asked = members[:SAMPLE]
    refused = passed = 0
    for member in asked:
        if could_be_posts([member]):
            passed += 1
            if 2 * (len(asked) - passed) < len(asked):
                return True  # too few left to be refused by half
        else:
            refused += 1
            if 2 * refused >= len(asked):
                return False
    return 2 * refused < len(asked)


def _with_replies(members: list[LexborNode]) -> tuple[list[LexborNode], dict[int, int]]:
    """The blocks with their replies, in page order: those nested in them that share their
    tag and first class or are numbered under their name (`numbered_alike`), and those in a
    box between one block and the next (`replies_beside`), with the block each of these
    answers."""
    shape = first_class(members[0])
    taken = {member.mem_id for member in members}
    items = []
    answers: dict[int, int] = {}
    for member in members:
        items.append(member)
        items.extend(
            node
            for node in member.css(member.tag or "*")
            if node.mem_id != member.mem_id
            and (
                first_class(node) == shape
                or numbered_alike(node, member)
                or _marked_alike(node, member)
            )
        )
        for reply in replies_beside(member, taken):
            answers[reply.mem_id] = member.mem_id
            items.append(reply)
    return items, answers


def _marked_alike(node: LexborNode, member: LexborNode) -> bool:
    """Is a nested block marked as the member's child: its first class word the member's own
    and a word more (`comment-child` in `comment`), its other words the member's
    (`comment-new` in both)? A reply of the list's kind; the member's parts (`comment-text`)
    add none of the member's other words."""
    words = (node.attrs.get("class") or "").split()
    own = (member.attrs.get("class") or "").split()
    return (
        len(own) > 1
        and len(words) == len(own)
        and words[1:] == own[1:]
        and words[0] != own[0]
        and words[0].startswith(own[0])
        and words[0][len(own[0])] in _JOINS
    )


_JOINS = "-_"


def _read_thread(
    replied: tuple[list[LexborNode], dict[int, int]],
    template: Template,
    fetched_at: datetime,
    heads: dict[int, Template] | None = None,
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments the blocks show, each reply pointing at the comment of the nearest block
    around it, else at the block it answers from a box beside it, else, in a flat list, at
    the comment above it one level up (`reply_depths`: indentation, an `indent` mark); a
    block that shows no text, or text that is no reader's words (an edit notice, an excerpt:
    `not_a_readers_words`), gives none. HEADS: blocks read by a template of their own."""
    items, answers = replied
    inner = _inner_template(template)
    wrapped = _wrapped_replies(items, inner[0]) if inner is not None else {}
    readers: dict[int, Template] = dict(heads or {})
    if inner is not None and wrapped:
        items = [node for item in items for node in (item, *wrapped.get(item.mem_id, []))]
        readers |= {reply.mem_id: inner[1] for replies in wrapped.values() for reply in replies}
    known = _replies_left_out(items, template, readers)
    index: dict[int, int] = {}
    comments: list[Comment] = []
    kept: list[LexborNode] = []
    read: dict[int, Comment | None] = {}
    signature = _signature(items, template, fetched_at, known, read)
    for item in items:
        if item.mem_id not in known:
            continue  # words of the comment around it
        reader = readers.get(item.mem_id) or template
        if signature is None and item.mem_id in read:  # read so already: no twice
            comment = read.pop(item.mem_id)
        else:
            comment = reader.read(item, fetched_at, known, signature)
        if comment is None and held_by_any(item, known):  # a reply's words in no place
            comment = reader.read_beside(item, fetched_at, known)
        if comment is None or not_a_readers_words(item, comment, None, vetted=True):
            continue
        around = item.parent
        while around is not None and around.mem_id not in known:
            around = around.parent
        if around is not None:
            comment.parent = index.get(around.mem_id)
        elif item.mem_id in answers:
            comment.parent = index.get(answers[item.mem_id])
        index[item.mem_id] = len(comments)
        comments.append(comment)
        kept.append(item)
    thread_flat_replies(comments, reply_depths(kept))
    return comments, kept


def _inner_template(template: Template) -> tuple[tuple[str, str], Template] | None:
    """The classed block every place of the template sits in (`li` > `div.post` > ...) and
    the template less that step: how a reply shows its parts when it is that block itself,
    set on another tag (`li.post` in the post's reply list); none when the places sit in no
    one such block."""
    slots = [slot for slot in (template.author, template.date, template.text) if slot]
    steps = {slot[0] for slot in slots}
    if template.striped or len(steps) != 1 or not all(len(slot) > 1 for slot in slots):
        return None
    (step,) = steps
    if not step[1]:
        return None
    inner = replace(
        template,
        author=template.author[1:] if template.author else None,
        date=template.date[1:] if template.date else None,
        text=template.text[1:] if template.text else template.text,
    )
    return step, inner


def _wrapped_replies(items: list[LexborNode], step: tuple[str, str]) -> dict[int, list[LexborNode]]:
    """Replies inside blocks without a class, by block: the elements inside the classed block
    that holds a comment's places (STEP: its tag and first class word) that carry its class
    as their first word, whatever their tag (`li.post` under `li` > `div.post`): a thread
    whose replies merge the list's wrapper and the post's block into one element. The block
    of a wrapper already taken as a reply is that reply's."""
    found: dict[int, list[LexborNode]] = {}
    taken = {item.mem_id for item in items}
    for item in items:
        if first_class(item):
            continue
        for block in element_children(item):
            if member_kind(block) != step:
                continue
            replies = [
                node
                for node in block.css(f'[class~="{step[1]}"]')
                if node.mem_id != block.mem_id
                and node.mem_id not in taken
                and (node.parent is None or node.parent.mem_id not in taken)
                and first_class(node) == step[1]
            ]
            if replies:
                found[item.mem_id] = replies
            break
    return found


def _replies_left_out(
    items: list[LexborNode], template: Template, readers: dict[int, Template]
) -> set[int]:
    """The blocks whose text their parents leave out: all of them, less the list items nested
    in another that show neither a name nor a date in the template's places (READERS: the
    template of a block read another way): the items of a bulleted list in a comment's words,
    `li` in `li` where the list's blocks have no class, stay words of the comment around them.
    A reply that shows no text still shows its name or date; a quote or a signature in a
    block of the list's shape is no list item: both stay left out."""
    known = {item.mem_id for item in items}
    unread = {
        item.mem_id
        for item in items
        if item.tag == "li"
        and held_by_any(item, known)
        and _unsigned(item, readers.get(item.mem_id) or template)
    }
    return known - unread


def _unsigned(block: LexborNode, template: Template) -> bool:
    """Does the block show nothing in the template's places for a name and a date?"""
    parts = block_parts(block, striped=template.striped)
    return (template.date is None or not parts.get(template.date)) and (
        template.author is None or not parts.get(template.author)
    )


def _signature(
    items: list[LexborNode],
    template: Template,
    fetched_at: datetime,
    known: set[int],
    read: dict[int, Comment | None],
) -> Slot | None:
    """The place of the block closing the text that shows one text in every post of each
    author who posts more than once, two later posts at least, and two texts across authors:
    a signature (a motto, links to the author's sites), no part of what a post says. The
    comments read with no signature left out go into `read`, by block."""
    shown: dict[Slot, list[tuple[str, str]]] = {}
    for item in items:
        texts = block_parts(item, striped=template.striped).get(template.text, [])
        last = (
            last_element_child(
                texts[0], lambda child: child.mem_id not in known and bool(child.text(strip=True))
            )
            if texts
            else None
        )
        comment = template.read(item, fetched_at, known) if last is not None else None
        if last is not None:
            read[item.mem_id] = comment
        if last is not None and comment is not None and comment.author:
            slot = (*template.text, member_kind(last))
            shown.setdefault(slot, []).append((comment.author, squash(last.text())))
    return next((slot for slot, pairs in shown.items() if signed(pairs)), None)


def _elsewhere(members: list[LexborNode]) -> bool:
    """Is the list one of several alike (the last replies of each thread on a board's index),
    or are its blocks cards inside links: the page lists other pages' posts or stories?"""
    parent = members[0].parent
    if parent is None:
        return False
    shape = member_kind(members[0])
    label = (parent.tag, parent.attributes.get("class"))
    for box in (previous_element(parent), next_element(parent)):
        if (
            box is not None
            and (box.tag, box.attributes.get("class")) == label
            and any(member_kind(child) == shape for child in element_children(box))
        ):
            return True
    node: LexborNode | None = members[0]
    for _ in range(_CARD_LEVELS):
        node = node.parent if node is not None else None
        if node is None or node.tag == "a":
            return node is not None
    return False


_CARD_LEVELS = 3


def _reviewers(members: list[LexborNode]) -> bool:
    """Does half the list show a short line naming reviews ("4 отзыва", "Verified Reviewer"):
    the user columns of customers' reviews, not of comments? A label alone ("Rating:") heads
    a comment's score as readers voted it, and says nothing of reviews."""
    shown = 0
    for member in members:
        lines = (squash(line) for line in member.text(separator="\n").split("\n"))
        shown += any(
            len(line) <= _REVIEW_LINE and REVIEWS.search(line) and _LABEL.fullmatch(line) is None
            for line in lines
        )
    return 2 * shown >= len(members)


_LABEL = re.compile(r"\w+\s?:?")
"""A line of one word, a label's colon after it: the heading of the number beside it."""


def rated_reviews(tree: LexborHTMLParser, items: list[LexborNode]) -> bool:
    """Does the page's heading (`h1`) name reviews ("短评", "Customer reviews") and half its
    named items hold a rating (an element named `rating` or `stars`): a page of viewers' or
    customers' verdicts, not of comments? Rated comments under a recipe or an article whose
    heading names no reviews stay comments."""
    heading = tree.css_first("h1") if items else None
    if heading is None or REVIEWS.search(heading.text()) is None:
        return False
    rated = sum(
        any(
            _RATING_WORDS & label_words(part.attributes.get("class") or "")
            for part in item.css("[class]")
        )
        for item in items
    )
    return 2 * rated >= len(items)


_RATING_WORDS = frozenset({"rating", "ratings", "stars"})
_REVIEW_LINE = 40


def _answered(members: list[LexborNode]) -> bool:
    """Does every block of the list, three at least, offer a reply ("Reply", "Antworten",
    "返信")? Readers answer each other there: a discussion, even where the page calls the
    list its reviews (a recipe's questions and the cook's answers), which shops' verdicts
    on a product, rated and never answered, are not."""
    return len(members) >= MIN_BLOCKS and all(map(offers_a_reply, members))


def _nested_answer(members: list[LexborNode]) -> bool:
    """Does a block of the list hold a block of its own tag and first class: a reader's
    answer nested under the words it answers? A thread, even where the page calls the list
    its reviews and shows no reply button; a shop's verdicts stand one beside the other."""
    shape = first_class(members[0])
    return bool(shape) and any(
        first_class(node) == shape
        for member in members
        for node in member.css(member.tag or "*")
        if node.mem_id != member.mem_id
    )


def _a_reply_list(parent: LexborNode, member: LexborNode) -> bool:
    """Do the blocks sit inside a block of their own shape: replies, read with the list of
    the blocks they answer? Blocks with no class say nothing of their shape (a layout's
    `div` in `div`, a table in a table's cell)."""
    shape = first_class(member)
    if not shape:
        return False
    node: LexborNode | None = parent
    for _ in range(_REPLY_LEVELS):
        if node is None:
            return False
        if node.tag == member.tag and first_class(node) == shape:
            return True
        node = node.parent
    return False


_REPLY_LEVELS = 8


class _Fits:
    """Whether a block could hold a comment: it shows enough text, with a digit (a date has
    some). A script's source is not shown: a row of buttons written by one ("Back to top"
    beside a profile's icons) holds no comment between the posts. Each block's answer is
    kept, and the blocks holding a script are found once, when first asked."""

    def __init__(self, scripts: list[LexborNode]) -> None:
        self.scripts = scripts
        self.known: dict[int, bool] = {}
        self.scripted: set[int] | None = None

    def __call__(self, node: LexborNode) -> bool:
        known = self.known.get(node.mem_id)
        if known is None:
            known = self.known[node.mem_id] = self._could_hold_a_comment(node)
        return known

    def _could_hold_a_comment(self, node: LexborNode) -> bool:
        shown = node.text()
        if len(shown) > _MAX_CHARS:
            replies = nested_alike([node])
            if replies:  # a thread: its words without its replies'
                shown = lines_text(node, replies)
        if not (_MIN_CHARS <= len(shown) <= _MAX_CHARS and has_digit(shown)):
            return False
        if len(shown) > _MAX_SCRIPTED:
            return True
        if self.scripted is None:
            self.scripted = ancestor_ids(self.scripts)
        if node.mem_id not in self.scripted:
            return True
        for script in node.css("script"):
            shown = shown.replace(script.text(), "", 1)
        return len(shown) >= _MIN_CHARS and has_digit(shown)


_MIN_CHARS = 20
_MAX_CHARS = 20_000
_MAX_SCRIPTED = 2_000
"""The most text, a script's source with it, of a block asked whether all its digits are in
the script: a row of buttons shows a few words, a longer block holds more than them."""
