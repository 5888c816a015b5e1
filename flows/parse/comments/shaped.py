"""Comments found by the template their blocks share, where no class, heading or count line
says where they are (a markup nobody here has seen): three sibling blocks or more of one tag
and class, each showing a name that changes from block to block, a date and a text, each in
the same place of the block. Lists of stories, products and links share a template too; what
tells them apart is refused (a headline link, a price, a list of links)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import islice

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.comments.build import looks_like_comment
from flows.parse.comments.lines import DIGIT, REPLY_SUBJECT, name_like
from flows.parse.comments.lookalikes import (
    OWN_NUMBER,
    could_be_posts,
    in_other_region,
    links_away,
    not_a_readers_words,
)
from flows.parse.comments.meta_line import (
    PROFILE_DATE,
    clean_author,
    label_words,
    read_meta_line,
    without_subject,
)
from flows.parse.comments.named import NOT_MEMBER_TAGS
from flows.parse.comments.opening import without_opening_post
from flows.parse.comments.parts import dated_tooltip
from flows.parse.comments.read import (
    Placer,
    Places,
    first_class,
    member_kind,
    numbered_alike,
    read_items,
    replies_beside,
    signed,
)
from flows.parse.comments.roles import ACTION_WORDS, REPLY_WORDS, profile_link
from flows.parse.comments.threads import reply_depths, thread_flat_replies, without_first
from flows.parse.nodes import (
    HEADING_SELECTOR,
    HEADINGS,
    Scan,
    ancestor_ids,
    element_children,
    held_by,
    held_by_any,
    is_inside,
    last_element_child,
    lines_text,
    loose_chars,
    next_element,
    previous_element,
    squash,
)
from flows.times import compact_age, find_datetime, find_yearless_date, shows_month_and_year

Slot = tuple[tuple[str, str], ...]
"""Where a part sits in its block: the tag and first class word of each element down to it."""


def shaped_comments(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the first list of sibling blocks that share a comment's template, and
    those blocks; none when no list does. It takes the page's `Scan` for its element count,
    which keeps big pages off lexbor's quadratic sibling count (`_thirds`)."""
    fits = _Fits(scanned.of("script"))
    dates = _Dates(fetched_at)
    for blocks in islice(_sibling_lists(scanned.tree, fits, scanned.elements), _MAX_LISTS):
        if in_other_region(blocks.first(1)[0], memo) and not _answered(blocks.first(_SAMPLE)):
            continue
        sample = blocks.first(_SAMPLE)
        if not _mostly_posts(sample):
            continue  # asked first: cheaper than the template, and most lists fail it
        template = _template(blocks, dates, loose=True)
        if template is None:
            continue
        if (
            _elsewhere(sample)
            or (_under_reviews(sample[0]) and not _answered(sample))
            or _reviewers(sample)
        ):
            continue
        members = without_opening_post(blocks.first()) if blocks.heads is None else blocks.heads
        comments, items = _without_subjects(
            *_read_thread(_with_replies(members), template, fetched_at)
        )
        holding = _holding_list(members[0], fits) if blocks.heads is None else []
        outer = _outer_template(template, holding[0]) if holding else None
        if len(comments) >= _MIN_BLOCKS and outer is not None:
            heads = {block.mem_id: outer for block in holding}
            wider = _without_subjects(
                *_read_thread(_with_replies(holding), template, fetched_at, heads)
            )
            if len(wider[0]) > len(comments):
                return wider
        if len(comments) >= _MIN_BLOCKS:
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
                    return once
            return comments, items
    return [], []


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
            return held if len(held) >= _MIN_BLOCKS else []
        node, steps = node.parent, steps + 1
    return []


def _with_boxed_replies(
    comments: list[Comment], items: list[LexborNode], template: _Template, fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments with, after each, the replies boxed in its block in another shape: a
    child of the block that holds none of the template's places (the block's own name, date
    and words) and none of the items, and is judged a comment of its own (a name, a date and
    words: an editor's answer in a box below the reader's words), read as one."""
    taken = {item.mem_id for item in items} | ancestor_ids(items)
    kept: list[Comment] = []
    kept_items: list[LexborNode] = []
    moved: dict[int, int] = {}
    added = 0
    for position, (comment, item) in enumerate(zip(comments, items, strict=True)):
        moved[position] = len(kept)
        kept.append(comment)
        kept_items.append(item)
        if comment.parent is not None:
            continue
        for box in _boxed_replies(item, template, taken, fetched_at):
            for reply in read_items([box], fetched_at, regroup=False, vetted=True):
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


def _boxed_replies(
    item: LexborNode, template: _Template, taken: set[int], fetched_at: datetime
) -> list[LexborNode]:
    """The children of a block that hold none of its template's places, are none of TAKEN
    (the items and the elements around them), show a digit (a date has one), and are judged
    a comment."""
    parts = _parts(item, striped=template.striped)
    places = [
        node
        for slot in (template.author, template.date, template.text)
        if slot
        for node in parts.get(slot, [])
    ]
    if not places:
        return []  # a block read in none of the places: none of its children is told apart
    boxes = []
    for child in element_children(item):
        if (
            child.mem_id not in taken
            and not any(node.mem_id == child.mem_id or is_inside(node, child) for node in places)
            and _has_digit(child.text())
            and looks_like_comment(child, fetched_at)
        ):
            boxes.append(child)
    return boxes


def _outer_template(template: _Template, block: LexborNode) -> _Template | None:
    """The template read one classed step down in BLOCK, where its places stand behind the
    block's one child that holds them all (a thread's block wrapping its post, which its
    replies show bare); none when no child holds them."""
    slots = [slot for slot in (template.author, template.date, template.text) if slot]
    parts = _parts(block)
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
_MIN_BLOCKS = 3
"""Two blocks alike may be a pair of anything; three that agree in name, date and text
placement are a list of posts."""


_THIRD_TAGS = ("div", "li", "article", "section", "tr", "table", "dl")
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


def template_places(members: list[LexborNode], fetched_at: datetime) -> Placer | None:
    """Where the template MEMBERS share shows each block's text, name and date (`Places`),
    for a list found by its names: its words are those that change from block to block, not
    a notice or badge every block repeats, nor the name's or the date's line. None when the
    blocks share no template."""
    template = _template(_Blocks(members, _any_block), _Dates(fetched_at, bare_ages=True))
    if template is None:
        return None

    def places(member: LexborNode) -> Places:
        parts = _parts(member, striped=template.striped)
        names = template.names(parts, fetched_at)
        return Places(parts.get(template.text, []), names, template.dates(parts, fetched_at))

    return places


def _any_block(node: LexborNode) -> bool:
    return True


def counted_comments(
    members: list[LexborNode], fetched_at: datetime, *, signed: bool = False
) -> list[Comment]:
    """The comments of MEMBERS, blocks alike that show no date, which a count line in the
    page's words announces as many of ("27 Comments" over 27 `li`) or which are the records
    of a region named as comments: each block's words in the place where nearly every block
    shows the longest text that changes from block to block, its name where a short name
    changes, when one does (when SIGNED, none without one). None for blocks that show a date
    in one place (the template with the date and the judge find those), or no such text, a
    headline link, a price or a score: a count of comments over as many teasers."""
    head = [_parts(member) for member in members[:_HEAD]]
    dates = _Dates(fetched_at, bare_ages=True)
    if _dated_places(head, _common(head, _MIN_BLOCKS), _MIN_BLOCKS, dates):
        return []
    sample = [_parts(member) for member in members[:_SAMPLE]]
    quorum = max(_MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = _common(sample, quorum)
    author = _author_slot(sample, common, _NO_PLACE, quorum, fetched_at)
    if signed and author is None:
        return []
    near = author or _NO_PLACE  # where the words must not be: the name's place
    text = _text_slot(sample, common, {author} - {None}, near, quorum)
    if (
        text is None
        or _headline_links(members[: len(sample)], sample, text, near)
        or any(_scored(sample, slot, quorum) for slot in common)
    ):
        return []
    template = _Template(author=author, date=None, text=text, striped=False)
    taken = {member.mem_id for member in members}
    comments = [template.read(member, fetched_at, taken) for member in members]
    return [comment for comment in comments if comment is not None]


_NO_PLACE: Slot = (("", ""),)
"""A place no block shows (an element has a tag): the date's, in a list that shows none."""


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


@dataclass(frozen=True)
class _Blocks:
    """The sibling blocks of one tag and first class word that could hold a comment (with
    text and digits: a date has some, not the spacers between them), read only as far as
    asked: most lists are refused by their first blocks. FITS remembers each block's answer."""

    alike: list[LexborNode]
    fits: Callable[[LexborNode], bool]
    heads: list[LexborNode] | None = None
    """The blocks read, each with the replies nested in it, when they are fewer than ALIKE
    (`_thread`); else those of ALIKE that could hold a comment."""

    def first(self, count: int | None = None) -> list[LexborNode]:
        """The first COUNT blocks that could hold a comment, all of them without COUNT."""
        return list(islice((node for node in self.alike if self.fits(node)), count))


def _sibling_lists(tree: LexborHTMLParser, fits: _Fits, elements: int) -> Iterator[_Blocks]:
    """Lists of three sibling blocks or more of one tag and first class word that could hold
    a comment, in page order."""
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
        for alike in [*striped, *shapes.values()]:
            if len(alike) < _MIN_BLOCKS:
                continue
            blocks = _Blocks(alike, fits)
            members = blocks.first(_MIN_BLOCKS)
            if len(members) < _MIN_BLOCKS:
                continue
            if not _a_reply_list(parent, members[0]):
                yield blocks
            elif (thread := _thread(members[0], fits, seen)) is not None:
                yield thread


def _thread(member: LexborNode, fits: _Fits, seen: set[tuple[int, str]]) -> _Blocks | None:
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
    if len(heads) >= _MIN_BLOCKS:
        return None
    seen.add((box.mem_id, tag))
    if not all(fits(head) for head in heads):
        return None
    alike = [
        node for node in box.css(tag) if node.mem_id != box.mem_id and first_class(node) == shape
    ]
    return _Blocks(alike, fits, heads)


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


_STRIPES = 4


def _first_word(shape: str) -> str:
    return re.split(r"[-_]", shape, maxsplit=1)[0]


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
    asked = members[:_SAMPLE]
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
    template: _Template,
    fetched_at: datetime,
    heads: dict[int, _Template] | None = None,
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments the blocks show, each reply pointing at the comment of the nearest block
    around it, else at the block it answers from a box beside it, else, in a flat list, at
    the comment above it one level up (`reply_depths`: indentation, an `indent` mark); a
    block that shows no text, or text that is no reader's words (an edit notice, an excerpt:
    `not_a_readers_words`), gives none. HEADS: blocks read by a template of their own."""
    items, answers = replied
    inner = _inner_template(template)
    wrapped = _wrapped_replies(items, inner[0]) if inner is not None else {}
    readers: dict[int, _Template] = dict(heads or {})
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


def _inner_template(template: _Template) -> tuple[tuple[str, str], _Template] | None:
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
    items: list[LexborNode], template: _Template, readers: dict[int, _Template]
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


def _unsigned(block: LexborNode, template: _Template) -> bool:
    """Does the block show nothing in the template's places for a name and a date?"""
    parts = _parts(block, striped=template.striped)
    return (template.date is None or not parts.get(template.date)) and (
        template.author is None or not parts.get(template.author)
    )


def _signature(
    items: list[LexborNode],
    template: _Template,
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
        texts = _parts(item, striped=template.striped).get(template.text, [])
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


def _under_reviews(first: LexborNode) -> bool:
    """Does the heading nearest before the list name reviews or ratings ("Beoordeling",
    "短评", "Customer reviews"): customers' verdicts on a product or place, not comments?"""
    node: LexborNode | None = first
    for _ in range(_HEADING_LEVELS):
        if node is None:
            return False
        sibling = previous_element(node)
        for _ in range(_HEADING_STEPS):
            if sibling is None:
                break
            inner = [sibling] if sibling.tag in HEADINGS else sibling.css(HEADING_SELECTOR)
            if inner:
                return _REVIEWS.search(inner[-1].text()) is not None
            sibling = previous_element(sibling)
        node = node.parent
    return False


def _reviewers(members: list[LexborNode]) -> bool:
    """Does half the list show a short line naming reviews ("4 отзыва", "Verified Reviewer"):
    the user columns of customers' reviews, not of comments? A label alone ("Rating:") heads
    a comment's score as readers voted it, and says nothing of reviews."""
    shown = 0
    for member in members:
        lines = (squash(line) for line in member.text(separator="\n").split("\n"))
        shown += any(
            len(line) <= _REVIEW_LINE and _REVIEWS.search(line) and _LABEL.fullmatch(line) is None
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
    if heading is None or _REVIEWS.search(heading.text()) is None:
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
_HEADING_LEVELS = 6
_HEADING_STEPS = 8
_REVIEWS = re.compile(
    r"\b(?:reviews?|reviewer|ratings?|bewertung(?:en)?|rezension(?:en)?|beoordeling(?:en)?"
    r"|recensies?|critiques|reseñas?|valoraciones|avaliações|resenhas?|recensioni|recenzje"
    r"|отзыв(?:ы|а|ов)?|рецензии)\b"
    r"|短评|影评|书评|评价|点评|レビュー|口コミ|クチコミ|리뷰|후기",
    re.IGNORECASE,
)


def _answered(members: list[LexborNode]) -> bool:
    """Does every block of the list, three at least, offer a reply ("Reply", "Antworten",
    "返信")? Readers answer each other there: a discussion, even where the page calls the
    list its reviews (a recipe's questions and the cook's answers), which shops' verdicts
    on a product, rated and never answered, are not."""
    return len(members) >= _MIN_BLOCKS and all(
        any(
            squash(line).lower() in _REPLY_ACTIONS
            for line in member.text(separator="\n").split("\n")
        )
        for member in members
    )


_REPLY_ACTIONS = REPLY_WORDS | {"ответить"}


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
            replies = _nested_alike([node])
            if replies:  # a thread: its words without its replies'
                shown = lines_text(node, replies)
        if not (_MIN_CHARS <= len(shown) <= _MAX_CHARS and _has_digit(shown)):
            return False
        if len(shown) > _MAX_SCRIPTED:
            return True
        if self.scripted is None:
            self.scripted = ancestor_ids(self.scripts)
        if node.mem_id not in self.scripted:
            return True
        for script in node.css("script"):
            shown = shown.replace(script.text(), "", 1)
        return len(shown) >= _MIN_CHARS and _has_digit(shown)


_MIN_CHARS = 20
_MAX_CHARS = 20_000
_MAX_SCRIPTED = 2_000
"""The most text, a script's source with it, of a block asked whether all its digits are in
the script: a row of buttons shows a few words, a longer block holds more than them."""


def _has_digit(text: str) -> bool:
    """`DIGIT.search(text)`, faster on long texts: a digit of another script is not ASCII."""
    return any(digit in text for digit in _ASCII_DIGITS) or (
        not text.isascii() and DIGIT.search(text) is not None
    )


_ASCII_DIGITS = "0123456789"


@dataclass(frozen=True)
class _Template:
    """Where the blocks of a list show their name, date and text."""

    author: Slot | None
    date: Slot | None
    """None where the blocks show no date, each signed by its portrait (`_portrayed`)."""
    text: Slot
    striped: bool
    opener: bool = False
    """The name is the first element of the date's line, whatever its tag and class (a link
    for a member, a plain span for a guest): no one place shows it in every block."""

    def names(self, parts: dict[Slot, list[LexborNode]], fetched_at: datetime) -> list[LexborNode]:
        """The elements of a block's parts that show its name."""
        if self.author is not None:
            return parts.get(self.author, [])
        if self.opener:
            opener = _line_opener(self.dates(parts, fetched_at))
            return [opener] if opener is not None else []
        return []

    def dates(self, parts: dict[Slot, list[LexborNode]], fetched_at: datetime) -> list[LexborNode]:
        """The elements of a block's parts in the date's place, the one showing it first."""
        if self.date is None:
            return []
        return _dated_first(parts.get(self.date, []), lambda node: _date_of(node, fetched_at))

    def read(
        self,
        member: LexborNode,
        fetched_at: datetime,
        items: set[int],
        signature: Slot | None = None,
    ) -> Comment | None:
        """The comment a block shows in the template's places, less the blocks of ITEMS
        nested in it (its replies) and its SIGNATURE; none when it shows no text."""
        parts = _parts(member, striped=self.striped)
        texts = (parts.get(self.text, []) or _striped_place(parts, self.text)) if self.text else []
        dates = self.dates(parts, fetched_at)
        left_out = items | {node.mem_id for node in dates}
        if not self.text:  # the words written loose in the block, beside its name and date
            if not dates or _date_of(dates[0], fetched_at) is None:
                return None  # a notice set in the list's block, no one's words
            texts = [member]
            left_out |= {node.mem_id for node in self.names(parts, fetched_at)}
        if signature is not None:
            left_out |= {node.mem_id for node in parts.get(signature, [])}
        names = self.names(parts, fetched_at)
        if not names and texts:
            leading = _leading_name(texts[0], fetched_at)
            if leading is not None:
                names, left_out = [leading], left_out | {leading.mem_id}
        text = "\n".join(
            filter(None, (lines_text(node, _titles(node, left_out)) for node in texts))
        )
        if not text and signature in parts:
            text = _subject(member, items)  # a post of only its signature: its subject line
        if not text:
            return None
        shown, posted_at, author = None, None, None
        if dates:
            found = _date_of(dates[0], fetched_at)
            if found is not None:
                shown, posted_at, author = found
        if names:
            author = _name(_named_line(names[0])) or author
        elif author and dates:
            author = _linked_name(dates[0], " ".join(author.split()))
        return Comment(text=text, author=author, posted_text=shown, posted_at=posted_at)

    def read_beside(
        self, member: LexborNode, fetched_at: datetime, items: set[int]
    ) -> Comment | None:
        """The comment of a reply that shows the name and the date in the template's places
        and its words in none (a box of no class after its header): the words of its
        children that hold neither, less the blocks of ITEMS nested in it."""
        parts = _parts(member)
        names, dates = self.names(parts, fetched_at), self.dates(parts, fetched_at)
        found = _date_of(dates[0], fetched_at) if names and dates else None
        if found is None:
            return None
        signs = [names[0], dates[0]]
        words = [
            child
            for child in element_children(member)
            if not any(sign.mem_id == child.mem_id or is_inside(sign, child) for sign in signs)
        ]
        text = "\n".join(filter(None, (lines_text(node, items) for node in words)))
        if not text:
            return None
        shown, posted_at, _ = found
        author = _name(_named_line(names[0]))
        return Comment(text=text, author=author, posted_text=shown, posted_at=posted_at)


def _linked_name(line: LexborNode, author: str) -> str:
    """The name a date's LINE gives its AUTHOR: the link the words open with, when they go on
    past it ("<a>Roger Sample</a>, Perryville, United States": a name, then a place)."""
    link = line.css_first("a")
    shown = squash(link.text()) if link is not None else ""
    after = author[len(shown) :] if shown and author.startswith(shown) else ""
    return shown if after.lstrip().startswith(",") else author


def _striped_place(parts: dict[Slot, list[LexborNode]], slot: Slot) -> list[LexborNode]:
    """The elements of the block's place that differs from SLOT only by the number a class
    ends with (`td.post2` where the template read `td.post1`): a list striped deep inside
    its blocks, every other block numbering its text's box another way."""
    wanted = _unnumbered(slot)
    return next(
        (
            nodes
            for other, nodes in parts.items()
            if len(other) == len(slot) and _unnumbered(other) == wanted
        ),
        [],
    )


def _unnumbered(slot: Slot) -> Slot:
    return tuple((tag, shape.rstrip(_ASCII_DIGITS)) for tag, shape in slot)


def _leading_name(text: LexborNode, fetched_at: datetime) -> LexborNode | None:
    """The element that opens a block's text with a name and a colon ("<a>Ada</a>: words"),
    a block shown without the template's name place (a reply in a shorter form): the name,
    its words after it."""
    shown = squash(text.text())
    node = next(element_children(text), None)
    for _ in range(_NAME_DEPTH):
        if node is None:
            return None
        name = squash(node.text())
        if not name or not shown.startswith(name) or len(name) >= len(shown):
            return None
        if name[-1] in _COLONS:
            return node if name_like(name.rstrip(_COLONS).strip(), fetched_at) else None
        node = next(element_children(node), None)
    return None


_COLONS = ":："
_NAME_DEPTH = 3
"""Elements followed down from the text's first one: a name's link may sit in a wrapper."""


def _named_line(node: LexborNode) -> str:
    """The words of the name's place, or where its first element shows a line of its own
    over others (a badge: "Naomi (JOC Community Manager)" / "Admin"), that line."""
    shown = squash(node.text())
    if "\n" not in shown:
        return shown
    first = next((child for child in element_children(node) if child.text(strip=True)), None)
    line = squash(first.text()) if first is not None else ""
    return line if line and "\n" not in line and shown.startswith(line + "\n") else shown


def _name(shown: str) -> str:
    """The name the author's place shows, an address cut short kept whole ("ada@...")."""
    return shown if _MASKED.fullmatch(shown) else clean_author(shown)


_MASKED = re.compile(r"[^\s@]+@\.\.\.")


def _subject(member: LexborNode, items: set[int]) -> str:
    """The block's own heading (not a reply's), if it shows one."""
    for heading in member.css(HEADING_SELECTOR):
        if not held_by(heading, member, items):
            return squash(heading.text())
    return ""


def _titles(node: LexborNode, items: set[int]) -> set[int]:
    """What a text leaves out: the blocks of ITEMS (replies) and the headings in it (a post's
    subject, "AW: …")."""
    return items | {heading.mem_id for heading in node.css(HEADING_SELECTOR)}


def _template(blocks: _Blocks, dates: _Dates, *, loose: bool = False) -> _Template | None:
    """The places where nearly every block shows a date, a name that differs between blocks
    and the longest text, none holding another; none unless all three are found (the name
    may share the date's line: "Ada - 3 May 2024"). When too few blocks show a text in one
    place, the place three show is asked: the others are folded to their name and date.
    When the first blocks show no date in one place, their parts are placed again with the
    class of each block's own elements left out: a stripe of the list (`odd`, `even`) may
    mark the block's wrapper and change from block to block. When LOOSE, a list whose words
    no element holds (written straight into the block) and whose date's line names each
    block's author ("posted by Ada at 7:10 PM on May 2") reads them from the block itself
    (the place `()`); not where a link elsewhere stands for the name (a feed's "RT @ada"
    mention in the words)."""
    striped = False
    first = blocks.first(_HEAD)
    head = [_parts(member) for member in first]
    if not _dated_places(head, _common(head, _MIN_BLOCKS), _MIN_BLOCKS, dates):
        if not _stripes_inside(first):
            return _portrayed(blocks, dates.fetched_at) if loose else None
        striped = True
        head = [_parts(member, striped=True) for member in first]
        if not _dated_places(head, _common(head, _MIN_BLOCKS), _MIN_BLOCKS, dates):
            return None  # most lists show no date: their first blocks say so
    members = blocks.first(_SAMPLE)
    sample = head + [_parts(member, striped=striped) for member in members[_HEAD:]]
    quorum = max(_MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = _common(sample, quorum)
    dated = _dated_places(sample, common, quorum, dates)
    if not dated:
        return None
    order = list(sample[0])
    dated.sort(key=lambda slot: order.index(slot) if slot in order else len(order))
    date = next(slot for slot in dated if not any(_inside(other, slot) for other in dated))
    author = _author_slot(
        sample,
        common,
        date,
        quorum,
        dates.fetched_at,
        lambda: [_parts(member, striped=striped) for member in blocks.first()[len(sample) :]],
    )
    opener = author is None and _opened_by_names(sample, date, quorum, dates.fetched_at)
    signed = [dates.of(_dated_first(parts[date], dates.of)[0]) for parts in sample if date in parts]
    if author is None and not opener and len({f[2] for f in signed if f and f[2]}) < 2:
        return None
    if any(_scored(sample, slot, quorum) for slot in common):
        return None
    taken = {date, author} - {None}
    replies = _nested_alike(members)
    kind = member_kind(members[0])
    text = _text_slot(sample, _own(common, kind, replies), taken, date, quorum, replies) or (
        _text_slot(sample, _common(sample, _MIN_BLOCKS), taken, date, _MIN_BLOCKS, replies)
    )
    if (
        text is None
        and loose
        and author is None
        and not opener
        and _loose_words(members[: len(sample)], sample, taken, quorum)
    ):
        text = ()  # words no element holds, each block signed by its date's line
    if text is None or _headline_links(members[: len(sample)], sample, text, date):
        return None
    return _Template(author=author, date=date, text=text, striped=striped, opener=opener)


def _portrayed(blocks: _Blocks, fetched_at: datetime) -> _Template | None:
    """The template of a list that shows no date, where nearly every block shows a portrait
    labelled with the name it shows beside it (`img alt="Ada"` and "Ada": a commenter's
    avatar), names that change from block to block, and a text in one place; none elsewhere
    (most undated lists, menus and teasers, show no one's portrait by name)."""
    if sum(bool(_portrait_names(member)) for member in blocks.first(_MIN_BLOCKS)) < _MIN_BLOCKS:
        return None  # the cheap gate: most lists show no portraits
    members = blocks.first(_SAMPLE)
    sample = [_parts(member) for member in members]
    quorum = max(_MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = _common(sample, quorum)
    order = {slot: n for n, slot in enumerate(sample[0])}
    portraits = [_portrait_names(member) for member in members]
    author = None
    for slot in sorted(common, key=lambda slot: order.get(slot, len(order))):
        named = [
            name
            for parts, labels in zip(sample, portraits, strict=True)
            if slot in parts
            and (name := _shown_name(parts[slot][0], fetched_at)) is not None
            and name.casefold() in labels
        ]
        if len(named) >= quorum and len(set(named)) >= _PORTRAITS:
            author = slot
            break
    if author is None or _teasers(members, sample, author):
        return None
    avatar = next(
        (slot for slot in common if slot[-1][0] == "img" and not _nested(slot, author)), author
    )
    text = _text_slot(sample, common, {author, avatar}, avatar, quorum)
    if (
        text is None
        or _headline_links(members, sample, text, author)
        or any(_scored(sample, slot, quorum) for slot in common)
    ):
        return None
    return _Template(author=author, date=None, text=text, striped=False)


_PORTRAITS = 3
"""Names a list of undated blocks must show by their portraits: three commenters at least."""


def _teasers(
    members: list[LexborNode], sample: list[dict[Slot, list[LexborNode]]], author: Slot
) -> bool:
    """Do half the blocks link their name and their picture to one page (a story's or a
    product's), or do half the names share a word ("Atkins diet", "Cabbage diet"): titles of
    teasers, not the names of the people who wrote?"""
    linked, words = 0, Counter[str]()
    for member, parts in zip(members, sample, strict=True):
        if author not in parts:
            continue
        name = parts[author][0]
        link = name if name.tag == "a" else name.css_first("a")
        href = link.attributes.get("href") if link is not None else None
        pictured = {
            anchor.attributes.get("href") for anchor in member.css("a") if anchor.css_first("img")
        }
        linked += bool(href) and href in pictured
        words.update({word.casefold() for word in squash(name.text()).split()})
    half = len(sample) / 2
    return linked >= half or any(count > half for count in words.values())


def _portrait_names(member: LexborNode) -> set[str]:
    """The names the block's images are labelled with (`alt`, `title`) that its words show
    too, a few words each, folded to compare: a portrait beside its name, not a picture with
    a caption of its own."""
    labels = {
        " ".join(label.split()).casefold()
        for image in member.css("img")
        for label in (image.attributes.get("alt"), image.attributes.get("title"))
        if label and len(label.split()) <= _NAME_WORDS
    }
    if not labels - {""}:
        return set()
    shown = " ".join(member.text().split()).casefold()
    return {label for label in labels if label and label in shown}


def _own(slots: list[Slot], kind: tuple[str, str], replies: frozenset[int]) -> list[Slot]:
    """The places of SLOTS outside the blocks of the list's KIND nested in its blocks (when
    there are REPLIES): a reply's words are not its parent's."""
    return [slot for slot in slots if kind not in slot] if replies else slots


def _nested_alike(members: list[LexborNode]) -> frozenset[int]:
    """The blocks of the members' tag and class nested in them: replies, whose words are no
    part of the block around them (a thread's first block holds the whole thread)."""
    kind = member_kind(members[0])
    if not kind[1]:
        return frozenset()
    return frozenset(
        node.mem_id
        for member in members
        for node in member.css(kind[0])
        if node.mem_id != member.mem_id and member_kind(node) == kind
    )


def _loose_words(
    members: list[LexborNode],
    sample: list[dict[Slot, list[LexborNode]]],
    taken: set[Slot | None],
    quorum: int,
) -> bool:
    """Do QUORUM blocks write words straight inside them, outside any element, that differ
    from block to block once the name's and the date's places are left out ("see, this was
    needed.<br><span>posted by Ada at 7:10 PM on May 2</span>"): the reader's words, which no
    element holds?"""
    texts = []
    for member, parts in zip(members, sample, strict=True):
        if not loose_chars(member):
            continue
        meta = {node.mem_id for slot in taken if slot is not None for node in parts.get(slot, [])}
        texts.append(squash(lines_text(member, meta)))
    return (
        len(texts) >= quorum
        and len(set(texts)) >= quorum
        and sum(map(len, texts)) >= _MIN_TEXT * len(texts)
        and not _counters(texts)
    )


def _stripes_inside(members: list[LexborNode]) -> bool:
    """Do two blocks lay out elements of the same tags right inside them under different
    classes (`td.row1` in one, `td.row2` in the next)?"""
    layouts: dict[tuple[str, ...], set[tuple[tuple[str, str], ...]]] = {}
    for member in members:
        kinds = tuple(member_kind(child) for child in element_children(member))
        layouts.setdefault(tuple(tag for tag, _ in kinds), set()).add(kinds)
    return any(len(classes) > 1 for classes in layouts.values())


_SAMPLE = 12
_HEAD = 4
"""Blocks first asked whether they show a date in one place, three of them at least."""


def _common(sample: list[dict[Slot, list[LexborNode]]], quorum: int) -> list[Slot]:
    """The places QUORUM blocks of the sample have."""
    counts: dict[Slot, int] = {}
    for parts in sample:
        for slot in parts:
            counts[slot] = counts.get(slot, 0) + 1
    return [slot for slot, count in counts.items() if count >= quorum]


def _dated_places(
    sample: list[dict[Slot, list[LexborNode]]], common: list[Slot], quorum: int, dates: _Dates
) -> list[Slot]:
    """The places of COMMON where QUORUM blocks of the sample show a date: asked first
    whether enough blocks show a short line with a digit in one of the place's first
    `_DATE_TRIES` elements (cheap), then whether enough of those lines read as dates (the
    element `_dated_first` puts first shows a date just when one of those does); a place
    stops being asked once too few blocks are left."""
    dated = []
    for slot in common:
        tried = [parts[slot][:_DATE_TRIES] for parts in sample if slot in parts]
        allowed = len(tried) - quorum
        if (
            _misses(dates.line, tried, allowed) <= allowed
            and _misses(dates.of, tried, allowed) <= allowed
        ):
            dated.append(slot)
    return dated


def _dated_first(
    nodes: list[LexborNode], date_of: Callable[[LexborNode], object]
) -> list[LexborNode]:
    """A place's elements with the first of its first `_DATE_TRIES` that shows a date first:
    two elements of one class side by side share a place ("Comment no. 9", then "January 3
    12:30"), and the date may be the second."""
    if len(nodes) < 2 or date_of(nodes[0]) is not None:
        return nodes
    at = next((n for n, node in enumerate(nodes[1:_DATE_TRIES], 1) if date_of(node)), 0)
    return [nodes[at], *nodes[:at], *nodes[at + 1 :]] if at else nodes


_DATE_TRIES = 3


def _misses(
    ask: Callable[[LexborNode], object], tried: list[list[LexborNode]], allowed: int
) -> int:
    """For how many lists of TRIED ASK answers none for every element, counted up to one past
    ALLOWED."""
    misses = 0
    for nodes in tried:
        misses += all(ask(node) is None for node in nodes)
        if misses > allowed:
            break
    return misses


def _author_slot(
    sample: list[dict[Slot, list[LexborNode]]],
    common: list[Slot],
    date: Slot,
    quorum: int,
    fetched_at: datetime,
    later: Callable[[], list[dict[Slot, list[LexborNode]]]] | None = None,
) -> Slot | None:
    """The place where nearly every block shows a short name, two names at least between
    them, not the date's place nor one around or inside it: a link to a user's page first
    (a user column's place or title reads as a name too), else the first in the blocks' order.
    A single character is an avatar's initial drawn as text, not a name. A place that shows
    replies' subjects ("Re : Nouveaux modérateurs") comes last: the blocks are a thread's
    posts, and where no other place shows two names, a place that shows one name in every
    block of the sample is the name's when the blocks after the sample (LATER) show a second
    one there."""
    order = {slot: n for n, slot in enumerate(sample[0])}
    found = None
    alone = None
    subjects = None
    for slot in sorted(common, key=lambda slot: order.get(slot, len(order))):
        if _nested(slot, date):
            continue
        nodes = [parts[slot][0] for parts in sample if slot in parts]
        named: list[str] = []
        for asked, node in enumerate(nodes):
            if len(named) + len(nodes) - asked < quorum:
                break  # too few blocks left to show QUORUM names
            name = _shown_name(node, fetched_at) or _profile_name(node)
            if name is not None:
                named.append(name)
        if (
            len(named) >= quorum
            and not _units(nodes, named)
            and 2 * sum(map(_in_prose, nodes)) <= len(nodes)
        ):
            if len(set(named)) < _NAMES:
                alone = alone or slot
                continue
            if _shows_subjects(sample, slot):
                subjects = subjects or slot
                continue
            if 2 * sum(map(_to_a_profile, nodes)) > len(nodes):
                return slot
            found = found or slot
    if (
        found is None
        and alone is not None
        and subjects is not None
        and later is not None
        and _names_again(sample + later(), alone, fetched_at)
    ):
        return alone
    return found or subjects


def _names_again(
    blocks: list[dict[Slot, list[LexborNode]]], slot: Slot, fetched_at: datetime
) -> bool:
    """Do the blocks show two names at least in the place?"""
    shown = {
        _shown_name(parts[slot][0], fetched_at) or _profile_name(parts[slot][0])
        for parts in blocks
        if slot in parts
    }
    return len(shown - {None}) >= _NAMES


def _shows_subjects(sample: list[dict[Slot, list[LexborNode]]], slot: Slot) -> bool:
    """Does the place show a reply's subject ("Re: …", "AW: …") in most blocks?"""
    shown = [_one_line(parts[slot][0]) for parts in sample if slot in parts]
    return 2 * sum(bool(REPLY_SUBJECT.match(line)) for line in shown) > len(sample)


def _shown_name(node: LexborNode, fetched_at: datetime) -> str | None:
    """The name an element shows on one line, if it reads as one: not a single character
    (an avatar's initial drawn as text), a rating, a count ("(7 Hidden)", "12 replies"), a
    sentence or a button's word."""
    name = _one_line(node)
    if _MASKED.fullmatch(name):
        name = name.removesuffix("...")  # name_like takes "..." for a sentence's end
    if (
        len(name) >= _NAME_CHARS
        and not _SCORE.match(name)  # a rating: "5.0 star rating"
        and not _A_COUNT.fullmatch(name)
        and name_like(name, fetched_at)
        and len(name.split()) <= _NAME_WORDS
        and name.lower().strip(" :") not in ACTION_WORDS
    ):
        return name
    return None


_A_COUNT = re.compile(r"\(?\d+\s+[^\W\d]+\)?")
"""A number and the word it counts, bracketed or not: a counter, never a name."""


def _opened_by_names(
    sample: list[dict[Slot, list[LexborNode]]], date: Slot, quorum: int, fetched_at: datetime
) -> bool:
    """Does the date's line open with a name in nearly every block, two names at least
    between them, where no one place shows a name (a member's linked name in one block, a
    guest's plain one in the next, each the first element of the line)?"""

    def date_of(node: LexborNode) -> Dated | None:
        return _date_of(node, fetched_at)

    named = [
        name
        for parts in sample
        if (opener := _line_opener(_dated_first(parts.get(date, []), date_of))) is not None
        and (name := _shown_name(opener, fetched_at)) is not None
    ]
    return len(named) >= quorum and len(set(named)) >= _NAMES


def _line_opener(dates: list[LexborNode]) -> LexborNode | None:
    """The first element of the line a block's date sits in, when the date is not it."""
    if not dates or dates[0].parent is None:
        return None
    first = next(element_children(dates[0].parent), None)
    return None if first is None or first.mem_id == dates[0].mem_id else first


def _units(nodes: list[LexborNode], names: list[str]) -> bool:
    """Are the names the unit of a number beside them in most blocks, one or two words
    ("2 Votes", "1 Vote"): a counter, not its author? A name beside a count of postings
    changes from block to block."""
    counts = 0
    for node in nodes:
        parent, name = node.parent, _one_line(node)
        rest = squash(parent.text()).replace(name, "", 1) if parent is not None else ""
        counts += _NUMBER.fullmatch(rest.strip()) is not None
    return 2 * counts > len(nodes) and len(set(names)) <= _UNITS


_NUMBER = re.compile(r"\d[\d.,]*")
_UNITS = 2


def _in_prose(node: LexborNode) -> bool:
    """Does the element follow a run of several words without a digit, loose in its line (a
    link to a product in a reader's answer: "Another good CMS is Kentico")? A byline's name
    opens its line, follows a word or two ("by Ada") or a date ("3 May 2024 by Ada")."""
    run = []
    before = node.prev
    while before is not None and before.is_text_node:
        run.append(before.text() or "")
        before = before.prev
    words = " ".join(run)
    return len(words.split()) >= _PROSE_WORDS and DIGIT.search(words) is None


_PROSE_WORDS = 4


def _one_line(node: LexborNode) -> str:
    """The element's words when they make one line (a name), else nothing (a user column's
    lines: a place, a name, a title)."""
    lines = [line for line in node.text(separator="\n").split("\n") if line.strip()]
    return squash(lines[0]) if len(lines) == 1 else ""


def _profile_name(node: LexborNode) -> str | None:
    """The one line a link to a user's page shows, a few words: a user's name, numbers and
    all ("Frank 14"), which no name line alone could tell from a counter."""
    name = _one_line(node)
    if _to_a_profile(node) and len(name) >= _NAME_CHARS and len(name.split()) <= _NAME_WORDS:
        return name
    return None


def _to_a_profile(node: LexborNode) -> bool:
    return node.tag == "a" and profile_link(node.attributes.get("href") or "")


_NAME_WORDS = 4
_NAME_CHARS = 2
_NAMES = 2


def _text_slot(
    sample: list[dict[Slot, list[LexborNode]]],
    common: list[Slot],
    taken: set[Slot | None],
    date: Slot,
    quorum: int,
    replies: frozenset[int] = frozenset(),
) -> Slot | None:
    """The place holding the most text, outside the name's and the date's places, whose texts
    differ from block to block (as many as QUORUM, and nearly all those it holds), are not a
    bar of counters and are not mostly links; not inside a box that opens with a date of its
    own (a reply's name and date line over its words). A box that holds the date and words
    written loose beside it comes first: those are the reader's. The words of REPLIES (blocks
    of the list nested in its blocks) count for none of their places."""
    around = {slot for slot in common if _around_the_date(slot, date, taken, sample)}
    texts_at = {
        slot: [
            " ".join(
                squash(lines_text(node, replies) if replies else node.text(separator=" "))
                for node in parts[slot]
            )
            for parts in sample
            if slot in parts
        ]
        for slot in common
        if slot in around or not any(other is not None and _nested(slot, other) for other in taken)
    }
    boxes: dict[Slot, bool] = {}
    best, most = None, (False, 0)
    for slot, texts in texts_at.items():
        if len(set(texts)) < max(quorum, len(texts) - len(texts) // 5) or _counters(texts):
            continue
        chars = sum(map(len, texts))
        if (
            (slot in around, chars) > most
            and chars >= _MIN_TEXT * len(texts)
            and not _in_a_box(slot, date, sample, texts_at, boxes)
            and not _dated_rows(slot, date, sample)
        ):
            best, most = slot, (slot in around, chars)
    if best is None:
        return None
    best = _innermost(best, sample, texts_at, quorum)
    linked = sum(
        links_away(node, _LINKED) for parts in sample if best in parts for node in parts[best][:1]
    )
    return None if 2 * linked >= len(sample) else best


_MIN_TEXT = 15


def _innermost(
    best: Slot,
    sample: list[dict[Slot, list[LexborNode]]],
    texts_at: dict[Slot, list[str]],
    quorum: int,
) -> Slot:
    """The place inside BEST that holds all its text but a few characters a block or a few
    per cent (a post's number over its words), and so on down: the words without what stands
    beside them, when that is elements (words written loose beside a quote are the reader's)."""
    while not any(loose_chars(node) for parts in sample for node in parts.get(best, [])[:1]):
        most = sum(map(len, texts_at[best]))
        enough = min(most - _LEFT_OUT * len(texts_at[best]), most * _KEPT)
        inner = [
            slot
            for slot, texts in texts_at.items()
            if len(slot) == len(best) + 1
            and slot[:-1] == best
            and sum(map(len, texts)) >= enough
            and len(set(texts)) >= quorum
        ]
        if not inner:
            break
        best = inner[0]
    return best


def _around_the_date(
    slot: Slot, date: Slot, taken: set[Slot | None], sample: list[dict[Slot, list[LexborNode]]]
) -> bool:
    """Is the place a box that holds the date (not the name) and, in most blocks, words
    written loose beside it, most of its words ("03:24 AM on 9/19/2010" over the reader's
    words): the text, less the date?"""
    if not _inside(date, slot) or any(
        other is not None and other != date and _nested(slot, other) for other in taken
    ):
        return False
    nodes = [parts[slot][0] for parts in sample if slot in parts]
    loose = sum(2 * loose_chars(node) >= len(squash(node.text())) for node in nodes)
    return 2 * loose > len(nodes)


_LEFT_OUT = 12
_KEPT = 0.95
_LINKED = 0.5


def _counters(texts: list[str]) -> bool:
    """Do the texts show the same words, each with two numbers or more that change: a bar of
    counters ("Reply Share 67 Likes 248 Dislikes"), not a reader's words?"""
    return len({_DIGITS.sub("", text) for text in texts}) == 1 and all(
        len(_DIGITS.findall(text)) >= _COUNTS for text in texts
    )


_DIGITS = re.compile(r"\d+")
_COUNTS = 2


def _in_a_box(
    slot: Slot,
    date: Slot,
    sample: list[dict[Slot, list[LexborNode]]],
    texts_at: dict[Slot, list[str]],
    boxes: dict[Slot, bool],
) -> bool:
    """Is the place, or one of TEXTS_AT around it, a box that opens with a date in half the
    blocks (other than the block's own: a reply's)? Asked only of the places that would hold
    the most text (a date is costly to look for); BOXES remembers the answers."""
    for depth in range(1, len(slot) + 1):
        outer = slot[:depth]
        if outer in texts_at and outer not in boxes and not _inside(date, outer):
            opening = sum(_opens_with_a_date(parts[outer][0]) for parts in sample if outer in parts)
            boxes[outer] = 2 * opening >= len(texts_at[outer])
        if boxes.get(outer):
            return True
    return False


def _dated_rows(slot: Slot, date: Slot, sample: list[dict[Slot, list[LexborNode]]]) -> bool:
    """Does the place hold, in half the blocks, lines most of which show a date ("Re: Sounds
    familiar by nurb432 (Score:3) Sunday December 02, @05:46PM"), the block's own date left
    out: the rows of the replies folded under a post, not its words?"""
    rows = 0
    for parts in sample:
        if slot not in parts:
            continue
        own = {node.mem_id for node in parts.get(date, [])}
        lines = [line for line in lines_text(parts[slot][0], own).split("\n") if line.strip()]
        dated = sum(
            len(line) <= _MAX_ROW
            and (find_datetime(line, _NOW) is not None or find_yearless_date(line) is not None)
            for line in lines
        )
        rows += bool(lines) and 2 * dated >= len(lines)
    return 2 * rows >= len(sample)


_MAX_ROW = 200


def _opens_with_a_date(node: LexborNode) -> bool:
    """Is one of the first lines of a block only a date ("Eileen Gray" / "Saturday 4th of
    June 2022" / "First of all …"): a heading over words, not a reader's words (which may
    quote a date: "@Ada (5.1.2018 23:18) thanks")?"""
    lines = (line.strip() for line in node.text(separator="\n").split("\n"))
    for line in islice(filter(None, lines), _OPENING_LINES):
        if len(line) <= _MAX_DATE_LINE:
            found = find_datetime(line, _NOW)
            if found is not None and 2 * (found[1] - found[0]) >= len(line):
                return True
    return False


_OPENING_LINES = 2
_NOW = datetime(2100, 1, 1, tzinfo=UTC)
"""Any moment will do: the question is whether a date is there, not when it is."""


def _headline_links(
    members: list[LexborNode], sample: list[dict[Slot, list[LexborNode]]], text: Slot, date: Slot
) -> bool:
    """Do half the blocks show a link of several words before their text (a story's
    headline, not a link to the block's own number nor the date's place linking to the post:
    "Posted Thursday 6th June 2013 13:42 GMT"; a signature's links come after it), or a
    price: a list of stories or products, not comments?"""
    flagged = 0
    for member, parts in zip(members, sample, strict=True):
        texts = {node.mem_id for node in parts.get(text, [])}
        dated = {squash(node.text()) for node in parts.get(date, [])}
        own = OWN_NUMBER.search(member.attributes.get("id") or "")
        headline = False
        for node in member.traverse():
            if node.mem_id in texts:
                break
            href = node.attributes.get("href") if node.tag == "a" else None
            if (
                href
                and not (own and own.group() in href)
                and squash(node.text()) not in dated
                and _a_headline(node)
            ):
                headline = True
                break
        flagged += headline or bool(_PRICE.search(member.text()))
    return 2 * flagged >= len(sample)


def _a_headline(link: LexborNode) -> bool:
    """Does a link show a story's title: several words, or a long run of a script written
    without spaces? A post's own subject ("Re: …") or a link to a place on the page is none."""
    shown = squash(link.text())
    if "#" in (link.attributes.get("href") or "") or REPLY_SUBJECT.match(shown):
        return False
    return len(shown.split()) >= _HEADLINE_WORDS or (" " not in shown and len(shown) >= _UNSPACED)


_HEADLINE_WORDS = 4
_UNSPACED = 16
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\b\d+[.,]\d\d\s?(?:USD|EUR|GBP)\b")


def _inside(slot: Slot, other: Slot) -> bool:
    """Is the first place inside the second?"""
    return len(slot) > len(other) and slot[: len(other)] == other


def _scored(sample: list[dict[Slot, list[LexborNode]]], slot: Slot, quorum: int) -> bool:
    """Does nearly every block show a score in this place ("7.3", "4/5", "★★★★☆"): a review's
    rating? A comment's votes are whole numbers."""
    scores = sum(
        bool(_SCORE.fullmatch(squash(parts[slot][0].text()))) for parts in sample if slot in parts
    )
    return scores >= quorum


_SCORE = re.compile(r"\d{1,2}[.,]\d|\d{1,2}(?:[.,]\d)?\s?/\s?(?:5|10|100)|[★☆]{3,}[^\n]{0,10}")


def _nested(slot: Slot, other: Slot) -> bool:
    """Is one place the other, or inside it?"""
    short, long = sorted((slot, other), key=len)
    return long[: len(short)] == short


Dated = tuple[str, datetime | None, str | None]
"""A date as shown, its moment (none for a day and month without the year), and the name
beside it in its line, if any."""


class _Dates:
    """The dates elements show, each asked once a call: a list's first blocks are asked
    again with the rest of its sample, the date's place once more for the names beside it,
    and an element and the one inside it often show one line (`<span><time>…</time></span>`)."""

    def __init__(self, fetched_at: datetime, *, bare_ages: bool = False) -> None:
        self.fetched_at = fetched_at
        self.bare_ages = bare_ages
        self._lines: dict[int, tuple[str, str | None] | None] = {}
        self._dates: dict[tuple[str, str | None], Dated | None] = {}

    def line(self, node: LexborNode) -> tuple[str, str | None] | None:
        """`_date_line` of the element."""
        if node.mem_id not in self._lines:
            self._lines[node.mem_id] = _date_line(node)
        return self._lines[node.mem_id]

    def of(self, node: LexborNode) -> Dated | None:
        line = self.line(node)
        if line is None:
            return None
        if line not in self._dates:
            found = _date_in_lines(*line, self.fetched_at)
            if found is None and self.bare_ages:
                found = _bare_age(line[0], self.fetched_at)
            self._dates[line] = found
        return self._dates[line]


def _bare_age(shown: str, fetched_at: datetime) -> Dated | None:
    """A line that is only an age with its unit written out and no "ago" ("2 years",
    "5 hours"): a date in the list of a comment system that names its items, too loose a
    date where nothing names the list."""
    meta = read_meta_line(shown, fetched_at)
    if meta is None or meta.author is not None or meta.shown != shown:
        return None
    return shown, meta.posted_at, None


def _date_of(node: LexborNode, fetched_at: datetime) -> Dated | None:
    line = _date_line(node)
    return None if line is None else _date_in_lines(*line, fetched_at)


def _date_in_lines(shown: str, machine: str | None, fetched_at: datetime) -> Dated | None:
    """`_date_in` of the line, or else of the first of its lines with a digit that shows a
    date: a post's subject over its date ("Re: Terapias" / "11-August-2011 16:02")."""
    found = _date_in(shown, machine, fetched_at)
    if found is not None or "\n" not in shown:
        return found
    for part in shown.split("\n"):
        part = part.strip()
        if part and DIGIT.search(part):
            found = _date_in(part, machine, fetched_at)
            if found is not None:
                return found
    return None


def _date_line(node: LexborNode) -> tuple[str, str | None] | None:
    """The short line an element shows, or when it shows more, its first line with a digit
    ("on Sunday July 29, @12:48PM" over "(Last Journal: …)"), with the machine date of a
    `time` (none for other elements); none when that line is too long for a date line or the
    element shows no digit; a label's tooltip that keeps its full date stands for a `time`'s
    machine date ("4 д" with `title="19 мая 2024 г. в 19:43"`)."""
    shown = node.text()
    if len(shown) > _MAX_SOURCE or (node.tag != "time" and not DIGIT.search(shown)):
        return None
    line = squash(shown)
    if len(line) > _MAX_DATE_LINE:
        line = next((squash(part) for part in shown.split("\n") if DIGIT.search(part)), "")
        if not line or len(line) > _MAX_DATE_LINE:
            return None
    if node.tag == "time":
        return line, node.attributes.get("datetime") or ""
    return line, dated_tooltip(node)


def _date_in(shown: str, machine: str | None, fetched_at: datetime) -> Dated | None:
    """The date a line shows, with the name beside it ("Ada - 3 May 2024"): the line is
    mostly that date (a subject labelled after it aside: "Posted: 6 May 2003 Post subject:
    …"), or it is a `time`'s (MACHINE: its machine date)."""
    if machine is not None:
        found = find_datetime(shown, fetched_at) or find_datetime(machine, fetched_at)
        return (shown, found[2], None) if found else _without_year(shown, fetched_at)
    shown = without_subject(shown)
    found = find_datetime(shown, fetched_at)
    if found is None:
        return _without_year(shown, fetched_at) or _signed_without_year(shown, fetched_at)
    if PROFILE_DATE.search(shown[: found[0]]):
        return None  # "Joined: 05 Aug 2011": when the poster joined, not when this was posted
    meta = read_meta_line(shown, fetched_at) if found[0] else None
    if meta is not None and meta.author:  # "zodman - 2 years ago": a name before the date
        return meta.shown, meta.posted_at, meta.author
    signed = _signed_after(shown, found[0], found[1], fetched_at)
    if signed is not None:
        return shown[found[0] : found[1]], found[2], signed
    if 2 * (found[1] - found[0]) >= len(shown):
        return shown[found[0] : found[1]], found[2], None
    if meta is not None and len(_beside(shown, found[0], found[1]).split()) <= _BESIDE:
        return meta.shown, meta.posted_at, None  # "03:24 AM on 9/19/2010": a clock before it
    return None


def _signed_after(shown: str, start: int, end: int, fetched_at: datetime) -> str | None:
    """The name a long dash sets after the date, a weekday at most before it ("Fri, 2012-11-09
    17:18 — Ada Lane (not verified)"): a byline, the remark in brackets after the name
    aside."""
    after = _DASHED.fullmatch(shown[end:])
    if after is None or len(shown[:start].split()) > 1:
        return None
    name = _REMARK.sub("", after.group(1))
    return name if name_like(name, fetched_at) else None


_DASHED = re.compile(r"\s*[—–]\s*(\S.*)")
_REMARK = re.compile(r"\s*\([^()]*\)$")


def _without_year(shown: str, fetched_at: datetime) -> Dated | None:
    """A line that is an age ("16h", "2y"), a month and a year ("Март 2018"), or shows a day
    and a month without the year with
    few words beside it ("answered Sep 16 at 11:28", "on Sunday December 02, @02:32PM
    (#21553515)", "01/12 21:52"): a list's repeated date, though the year is not shown."""
    age = compact_age(shown, fetched_at)
    if age is not None:
        return shown, age, None
    if shows_month_and_year(shown):
        return shown, None, None
    span = find_yearless_date(shown)
    if span is None:
        return None
    beside = _beside(shown, *span)
    return (shown[span[0] : span[1]], None, None) if len(beside.split()) <= _BESIDE else None


def _signed_without_year(shown: str, fetched_at: datetime) -> Dated | None:
    """A byline that names its author beside a day and a month without the year ("posted by
    Ada at 7:10 PM on May 2"): more words than a bare date line allows, the name among them.
    The year is not shown, so no moment is named."""
    meta = read_meta_line(shown, fetched_at)
    if meta is None or not meta.author or find_yearless_date(meta.shown) is None:
        return None
    return meta.shown, None, meta.author


def _beside(shown: str, start: int, end: int) -> str:
    """The words of a date's line around the date, less what brackets hold."""
    return _BRACKETED.sub(" ", shown[:start] + " " + shown[end:])


_BESIDE = 3
"""Words a date's line may hold besides it when the date is not most of it ("answered", a
weekday, a clock before it), not counting what it brackets (a permalink "(#20032913)", a
homepage's address)."""
_BRACKETED = re.compile(r"\([^()]*\)")

_MAX_DATE_LINE = 80
_MAX_SOURCE = 400
"""The longest text squashed to ask for a date line: a layout's spaces, a line of words."""


def _parts(member: LexborNode, *, striped: bool = False) -> dict[Slot, list[LexborNode]]:
    """The block's elements by their place in it, in page order, up to a limit; when
    STRIPED, the block's own elements by their tag alone."""
    places: dict[int, Slot] = {member.mem_id: ()}
    parts: dict[Slot, list[LexborNode]] = {}
    for node in islice(member.traverse(), 1, _MAX_PARTS):
        parent = node.parent
        above = None if parent is None else places.get(parent.mem_id)
        if above is None or not node.is_element_node:
            continue  # a comment node, or inside one
        own = striped and not above  # a child of the member's own, the one slot of none
        slot = (*above, (node.tag or "", "") if own else member_kind(node))
        places[node.mem_id] = slot
        parts.setdefault(slot, []).append(node)
    return parts


_MAX_PARTS = 400
