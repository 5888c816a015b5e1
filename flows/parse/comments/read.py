"""Comment items read into comments: each element inside an item belongs to the nearest item
around it (a reply's parts are the reply's), items are first taken as the page groups them (a
text-only item widens to the block that adds its author and date, replies kept in a box of
their own become items), and replies point at the comment they answer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.build import (
    comment_from_lines,
    comment_from_parts,
    has_meta,
    looks_like_comment,
    only_a_picture,
)
from flows.parse.comments.lines import (
    DIGIT,
    HEADER_LINES,
    MAX_META_SOURCE,
    META_SLACK,
    REPLY_TO,
    meta_in,
    name_like,
    without_leading_dates,
)
from flows.parse.comments.lookalikes import (
    a_card_before_the_thread,
    a_linked_title,
    holds_the_headline,
    not_a_readers_words,
    placeholder_text,
)
from flows.parse.comments.meta_line import (
    REPLY_BOX_WORDS,
    clean_author,
    label_words,
    read_meta_line,
)
from flows.parse.comments.named import area_label, class_and_id
from flows.parse.comments.parts import Parts, parts_of, prose_slot
from flows.parse.comments.roles import NOT_PARTS, PARTS, RECORD_NUMBER, fill_in, role_label
from flows.parse.comments.threads import drop_empty, reply_depths, thread_flat_replies
from flows.parse.nodes import (
    ancestor_counts,
    ancestor_ids,
    element_children,
    held_by,
    in_page_order,
    is_inside,
    lines_text,
    next_element,
    previous_element,
    select,
    squash,
)
from flows.times import find_yearless_date


class Places(NamedTuple):
    """Where a block of a list shows its text, its name and its date, by the template the
    list's blocks share (`shaped.template_places`)."""

    texts: list[LexborNode]
    names: list[LexborNode]
    dates: list[LexborNode]


Placer = Callable[[LexborNode], Places]
Templater = Callable[[list[LexborNode], datetime], Placer | None]


def read_items(
    items: list[LexborNode],
    fetched_at: datetime,
    inner: dict[int, LexborNode] | None = None,
    *,
    regroup: bool = True,
    vetted: bool = False,
    templater: Templater | None = None,
    keep_text: bool = False,
) -> list[Comment]:
    """One comment per item (in document order), its parts read from the elements inside it
    that no nested item owns. With `regroup`, items are first taken as the page groups them
    (`_regrouped`); `inner` maps a widened item to the element that named it, which holds
    its text. `templater` finds the template a list of items shares, which checks where
    their class words place the text and the name (`_placed_alike`); with `keep_text`, a
    template's name is not taken where the text would then keep the date line it left out."""
    inner = inner or {}
    index = {node.mem_id: position for position, node in enumerate(items)}
    enclosing: dict[int, LexborNode | None] = {}
    parents = [_enclosing_item(node, index, enclosing) for node in items]
    parts = [Parts(node) for node in items]
    for position, item in enumerate(items):
        parent = parents[position]
        if parent is not None:
            parts[index[parent.mem_id]].nested.append(item)
            if is_inside(item, parent):
                continue  # its parts are read with its parent's, a reply box's are not
        ignored = {  # lexbor's css("*") includes the box: it keeps the role its name gives
            node.mem_id
            for box in item.css(NOT_PARTS)
            if box.tag != "form" or fill_in(box)
            for node in box.css("*")
            if node.mem_id != box.mem_id
        }
        ignored.update(_other_posts(item, index))
        for node in select(item, PARTS):
            if node.mem_id not in index:
                owner = _enclosing_item(node, index, enclosing)
                parts[index[owner.mem_id] if owner else position].classify(
                    node, chrome_only=node.mem_id in ignored
                )
    if regroup:
        regrouped = _regrouped(items, parents, parts, fetched_at)
        if regrouped is not None:
            return read_items(
                *regrouped, regroup=False, vetted=vetted, templater=templater, keep_text=keep_text
            )
    for position, item in enumerate(items):
        body = next_element(item) if item.tag == "dt" else None
        if body is not None and body.tag == "dd":
            parts[position].add_body(body)
        if item.mem_id in inner:
            parts[position].add_text(inner[item.mem_id])
            parts[position].add_head(item)
    headers = _headers_before(items, parts, index, enclosing, fetched_at)
    for head in headers.values():
        owner = _enclosing_item(head.row, index, enclosing)
        if owner is not None:
            parts[index[owner.mem_id]].set_apart(head.row)
    _unnamed_text_blocks(parts, fetched_at)
    _numbered_text_blocks(parts)
    _agree_on_text_slot(parts)
    _away_from_the_author(parts, fetched_at)
    _without_signatures(parts, fetched_at)
    if templater is not None:
        _placed_alike(parts, parents, templater, fetched_at, keep_text=keep_text)
    parent_positions = [None if parent is None else index[parent.mem_id] for parent in parents]
    comments = [
        _headed(part, parent, headers[position], fetched_at)
        if position in headers
        else comment_from_parts(part, parent, fetched_at)
        if part.authors or part.times or (part.texts and not part.nested)
        else comment_from_lines(part, parent, fetched_at, vetted=vetted)
        for position, (part, parent) in enumerate(zip(parts, parent_positions, strict=True))
    ]
    _without_edge_labels(comments)
    _without_shared_marks(comments)
    _boxes_answer_the_item_before(items, comments, index)
    thread_flat_replies(comments, reply_depths(items))
    if all(comment.parent is None for comment in comments):  # a flat list, no depth marks
        _thread_by_reply_links(items, comments)
    pictures = set()
    placeholder = placeholder_text(comments)
    card = a_card_before_the_thread(items, comments)
    quoted = _quoted_before_the_text(items, parents, parts, comments)
    again = _shown_again(items, comments, quoted)
    _answer_the_quoted(
        comments, quoted, again, [index.get(p.mem_id) if p else None for p in parents]
    )
    quoted |= again
    cards = vetted and _mostly_linked_titles(items, comments)
    for position, (item, comment) in enumerate(zip(items, comments, strict=True)):
        if (
            position == card
            or position in quoted
            or not_a_readers_words(
                item,
                comment,
                placeholder,
                vetted=cards or (vetted and len(comment.text.split()) < _HEADLINE_WORDS),
            )
        ):
            comment.text = ""  # dropped below, its replies kept
        elif (
            not comment.text
            and comment.author
            and comment.posted_at
            and only_a_picture(parts[position])
        ):
            pictures.add(position)
    return drop_empty(comments, keep=pictures)


def _mostly_linked_titles(items: list[LexborNode], comments: list[Comment]) -> bool:
    """Are most of the rows' texts one link's words each (`a_linked_title`): a feed of cards,
    each a headline? A lone one among posts of their own words, a headline of a few words at
    least (`_HEADLINE_WORDS`), is a reader sharing a link; a word or two ("e0f869", a commit)
    is a record of what was done."""
    titles = sum(
        a_linked_title(item, comment.text)
        for item, comment in zip(items, comments, strict=True)
        if comment.text
    )
    return titles * 2 > len(comments)


_HEADLINE_WORDS = 3


def _quoted_before_the_text(
    items: list[LexborNode],
    parents: list[LexborNode | None],
    parts: list[Parts],
    comments: list[Comment],
) -> set[int]:
    """Items nested in another item before the words it says itself: the comment a reply
    answers, quoted in a box between the reply's author and its text, is no reply to it (a
    thread puts its replies after the words they answer, and later). Only the first item
    nested in each item that names its own author and time is looked at: it is a quote when
    the item's words follow it and none stand before it (a label such as "All floors" may, when
    it is dated earlier than the item). Their positions."""
    index = {node.mem_id: position for position, node in enumerate(items)}
    first: dict[int, int] = {}
    for position, (item, parent) in enumerate(zip(items, parents, strict=True)):
        if parent is not None and parent.mem_id not in first and is_inside(item, parent):
            first[parent.mem_id] = position
    quoted = set()
    for holder, position in first.items():
        part = parts[index[holder]]
        if not (part.authors and part.times):
            continue  # a wrapper whose comment is the item nested in it
        skip = {node.mem_id for _, node in part.authors + part.times}
        skip.update(node.mem_id for node in part.chrome)
        skip.update(node.mem_id for node in part.nested)
        before, after = _words_around(items[position], items[index[holder]], skip)
        quote, answer = comments[position].posted_at, comments[index[holder]].posted_at
        if after and (not before or (quote is not None and answer is not None and quote < answer)):
            quoted.add(position)
    return quoted


def _answer_the_quoted(
    comments: list[Comment], quoted: set[int], again: set[int], holders: list[int | None]
) -> None:
    """A reply that quotes a comment the page shows (the same author and words, outside any
    quote) replies to it; one quoting a comment the page does not show replies to none."""
    shown = {
        (comment.author, comment.text): position
        for position, comment in reversed(list(enumerate(comments)))
        if position not in quoted and position not in again and comment.text
    }
    for position in sorted(quoted):
        holder = holders[position]
        answered = shown.get((comments[position].author, comments[position].text))
        if holder is not None and comments[holder].parent is None and answered != holder:
            comments[holder].parent = answered


def _shown_again(items: list[LexborNode], comments: list[Comment], quoted: set[int]) -> set[int]:
    """Items that show again a comment an earlier item (not a quote) showed: the same
    record key (a `data-*` number of four digits or more, `data-id="17042078"`) and the same
    author and words, in a second list ("members' comments" over "all comments"). Their
    positions."""
    first: dict[tuple[str, str, str | None, str], int] = {}
    again = set()
    for position, (item, comment) in enumerate(zip(items, comments, strict=True)):
        key = _record_key(item)
        if key is None or not comment.text or position in quoted:
            continue
        seen = (*key, comment.author, comment.text)
        if seen in first:
            again.add(position)
        else:
            first[seen] = position
    return again


def _record_key(item: LexborNode) -> tuple[str, str] | None:
    """The first `data-*` attribute whose value is a database's number (four digits or
    more), with that value."""
    for name, value in item.attributes.items():
        if name.startswith("data-") and value and _DATA_KEY.fullmatch(value):
            return name, value
    return None


_DATA_KEY = re.compile(r"\d{4,}")


def _words_around(node: LexborNode, holder: LexborNode, skip: set[int]) -> tuple[bool, bool]:
    """Whether HOLDER shows words before NODE, and after it, inside it; elements in SKIP
    (its author, its time, its chrome, its nested items) say none."""
    before = after = False
    step = node
    while step.mem_id != holder.mem_id and step.parent is not None:
        sibling = step.prev
        while sibling is not None and not before:
            before = _says_words(sibling, skip)
            sibling = sibling.prev
        sibling = step.next
        while sibling is not None and not after:
            after = _says_words(sibling, skip)
            sibling = sibling.next
        step = step.parent
    return before, after


def _says_words(node: LexborNode, skip: set[int]) -> bool:
    """Does NODE show words of its own (a text, or an element outside SKIP with lines)?"""
    if node.is_text_node:
        return bool((node.text_content or "").strip())
    return node.is_element_node and node.mem_id not in skip and bool(lines_text(node, skip))


class Header(NamedTuple):
    """A header row before an item and what it says: the author, the date as shown and the
    moment it names."""

    row: LexborNode
    author: str | None
    shown: str
    posted_at: datetime | None


def _headers_before(
    items: list[LexborNode],
    parts: list[Parts],
    index: dict[int, int],
    enclosing: dict[int, LexborNode | None],
    fetched_at: datetime,
) -> dict[int, Header]:
    """Items that name no author and no date, each right after a header row of its own: a
    short sibling that is no item, holds none, shows a date line and names no author or date
    of the item around it (whose text the item is), of one tag and class before two items at
    least (abclinuxu's `div.ds_hlavicka` over `div#comment12`). The header says whose comment
    it is and when; the item holds the text and its replies."""
    found: dict[int, Header] = {}
    for position, (item, part) in enumerate(zip(items, parts, strict=True)):
        if part.authors or part.times:
            continue
        head = previous_element(item)
        if head is None or head.mem_id in index or len(head.text()) > _MAX_HEADER:
            continue
        inside = {node.mem_id for node in head.css("*")}
        if inside & index.keys():
            continue
        owner = _enclosing_item(head, index, enclosing)
        if owner is not None and any(
            node.mem_id in inside
            for _, node in parts[index[owner.mem_id]].authors + parts[index[owner.mem_id]].times
        ):
            continue
        said = _header_says(head, fetched_at)
        if said is not None:
            found[position] = said
    kinds = Counter((said.row.tag, said.row.attributes.get("class")) for said in found.values())
    return {
        position: said
        for position, said in found.items()
        if kinds[(said.row.tag, said.row.attributes.get("class"))] >= _HEADERS
    }


_MAX_HEADER = 600
"""Characters a header row shows at most: a name, a date, a subject and its controls."""

_HEADERS = 2
"""Items a kind of header row stands before, at least."""


def _header_says(row: LexborNode, fetched_at: datetime) -> Header | None:
    """The author and date a header row shows, its fields apart ("tired joe | skóre: 17"):
    an author and date line, else a date shown without its year ("10.2. 19:34", no moment)
    beside a line that reads as a name."""
    lines = lines_text(row).split("\n")
    fields = [field.strip() for line in lines for field in line.split("|") if field.strip()]
    found = meta_in(fields, fetched_at)
    if found is not None:
        meta, _, name = found
        return Header(row, meta.author or name, meta.shown, meta.posted_at)
    for number, field in enumerate(fields[:HEADER_LINES]):
        span = find_yearless_date(field)
        if span is None or span[1] - span[0] < len(field) - META_SLACK:
            continue
        for beside in (number + 1, number - 1):
            if 0 <= beside < len(fields) and name_like(fields[beside], fetched_at):
                return Header(row, clean_author(fields[beside]) or None, field, None)
        return Header(row, None, field, None)
    return None


def _headed(part: Parts, parent: int | None, header: Header, fetched_at: datetime) -> Comment:
    """An item's comment with the author and date its header row shows."""
    comment = comment_from_parts(part, parent, fetched_at)
    comment.author = header.author or comment.author
    comment.posted_text, comment.posted_at = header.shown, header.posted_at
    return comment


def _other_posts(item: LexborNode, index: dict[int, int]) -> set[int]:
    """The elements of blocks inside an item numbered under its own name that are no items
    and lay out a post as the item does, a child of its tag and class (a reply folded in
    `div.sub-comment#post-resp-142061598` as `div#post-resp-142065766 >
    div.post-response-item`): another post's, whose parts are not the item's."""
    name = record_name(item) if item.id else None
    if not name or not _PLAIN_NAME.fullmatch(name):
        return set()  # none, or a name a selector cannot quote as it stands
    shapes = {_shape(child) for child in element_children(item) if child.attributes.get("class")}
    return {
        node.mem_id
        for block in item.css(f'[id^="{name}"]')
        if block.mem_id != item.mem_id
        and block.mem_id not in index
        and record_name(block) == name
        and any(_shape(child) in shapes for child in element_children(block))
        for node in block.css("*")
    }


def _shape(node: LexborNode) -> tuple[str, str]:
    return node.tag or "", node.attributes.get("class") or ""


_PLAIN_NAME = re.compile(r"[\w-]+")


def _without_edge_labels(comments: list[Comment]) -> None:
    """A comment's words do not open with its author's name on a line of its own, the
    initials an avatar draws as text ("J" beside "Johnrb") or a lone separator ("・"), nor end
    with separators ("·" between "Like" and "Reply"): lines the page shows around the post,
    not what it says."""
    for comment in comments:
        while "\n" in comment.text:
            first, rest = comment.text.split("\n", 1)
            first = first.strip()
            if (
                first != comment.author
                and not _separator(first)
                and not _initials_of(first, comment.author)
            ):
                break
            comment.text = rest.lstrip("\n")
        while "\n" in comment.text:
            rest, last = comment.text.rsplit("\n", 1)
            if not _separator(last.strip()):
                break
            comment.text = rest.rstrip("\n")


def _without_shared_marks(comments: list[Comment]) -> None:
    """A comment's words do not open or end with a mark more than half the comments show
    word for word, three at least: one token opening and ending with a sign, no space in it
    (`$\\begingroup$` and `$\\endgroup$`, which a page hides by a class around each text), is
    the page's, not what a reader says."""
    firsts = Counter(comment.text.split("\n", 1)[0] for comment in comments)
    lasts = Counter(comment.text.rsplit("\n", 1)[-1] for comment in comments)
    opening = {line for line, seen in firsts.items() if _a_shared_mark(line, seen, comments)}
    closing = {line for line, seen in lasts.items() if _a_shared_mark(line, seen, comments)}
    if not (opening or closing):
        return
    for comment in comments:
        first, _, rest = comment.text.partition("\n")
        if rest and first in opening:
            comment.text = rest.lstrip("\n")
        rest, _, last = comment.text.rpartition("\n")
        if rest and last in closing:
            comment.text = rest.rstrip("\n")


def _a_shared_mark(line: str, seen: int, comments: list[Comment]) -> bool:
    shown = line.strip()
    return (
        seen >= _SHARED
        and 2 * seen > len(comments)
        and bool(shown)
        and len(shown) <= _MARK
        and not shown[0].isalnum()
        and not shown[-1].isalnum()
        and not any(char.isspace() for char in shown)
    )


_MARK = 20
"""The longest mark a page shows around every comment's words."""


def _separator(line: str) -> bool:
    return bool(line) and set(line) <= _SEPARATORS


def _initials_of(line: str, author: str | None) -> bool:
    """Is the line the first letters of the author's words, one or two capitals ("J" for
    "Johnrb", "AL" for "Ada Lane")?"""
    if not author or not 0 < len(line) <= _INITIALS or not line.isupper():
        return False
    words = author.split()
    return (
        line == "".join(word[0] for word in words[: len(line)]).upper()
        or line == author[: len(line)].upper()
    )


_INITIALS = 2


_SEPARATORS = frozenset("・·•|-–—/")
"""What a separator line above a comment's words shows ("・", "--"); a quotation mark opens
the words."""


def _unnamed_text_blocks(parts: list[Parts], fetched_at: datetime) -> None:
    """Where no class names an item's text (words the parser does not know), the blocks each
    item shows once in the same place (tag and classes, `prose_slot`) are the candidates for
    it, as named ones would be: the message is then read from one of them, the one agreed on
    across the list, not from the whole item with its user column and subject line. An item
    read by its author and date line (no element named for either), or by a line that only
    dates it beside an author element ("#3 - 2020-5-4 11:07"), keeps that line out of the
    block. A class that only says text or content (`floor_content`) names no comment's text
    (a box of quoted floors may be so named): such an item takes the same places as
    candidates beside its box, each but a block around the box (the named part of a cell is
    the narrower reading), and its date line is looked for in the whole item."""
    bare: list[Parts] = []
    heads: list[str] = []
    for part in parts:
        if part.nested or part.names_its_text():
            continue
        text = lines_text(part.item) if part.texts else part.text(fetched_at)[0]
        head = ""
        if text and not part.times:
            lines = text.split("\n")
            meta = meta_in(lines, fetched_at)
            if meta is not None and not (part.authors and (meta[0].author or meta[2])):
                head = squash(lines[min(meta[1])])  # with an author element, a date alone
            text = text if head or part.authors else ""
        if text:
            bare.append(part)
            heads.append(head)
    if len(bare) < _SLOT_ITEMS:
        return
    blocks: list[dict[str, LexborNode]] = []
    for part, head in zip(bare, heads, strict=True):
        holders = ancestor_ids(node for _, node in _named_authors(part) + part.times)
        seen: dict[str, LexborNode | None] = {}
        for node in part.item.css(_BLOCKS):
            if node.mem_id in holders or (head and head in squash(node.text(separator=" "))):
                continue
            slot = prose_slot(node)
            seen[slot] = None if slot in seen else node
        blocks.append({slot: node for slot, node in seen.items() if node is not None})
    shared = Counter(slot for found in blocks for slot in found)
    common = {slot for slot, count in shared.items() if count * _SHARE >= len(bare) * (_SHARE - 1)}
    words = sum(len(part.item.text(strip=True)) for part in bare)
    sizes = Counter(
        {
            slot: sum(len(found[slot].text(strip=True)) for found in blocks if slot in found)
            for slot in common
        }
    )
    wordy = {slot for slot in common if sizes[slot] * 2 >= words}
    for part, found in zip(bare, blocks, strict=True):
        loose = [node for _, node in part.texts]
        for slot, node in found.items():  # in the page's order: the first of equals wins
            if (
                slot in wordy
                and node.text(strip=True)
                and not any(is_inside(box, node) for box in loose)
            ):
                part.add_candidate(node)


def _named_authors(part: Parts) -> list[tuple[int, LexborNode]]:
    """The item's author elements that show a name, when one does: a profile link that shows
    only an icon beside them (a signature's LinkedIn badge in the message) does not make its
    block the author's."""
    named = [pair for pair in part.authors if pair[1].text(strip=True)]
    return named or part.authors


_BLOCKS = (
    "div[class], td[class], dd[class], section[class], article[class], blockquote[class], div[id]"
)
_SHARE = 3
"""A place two in three items show once is the list's; it may hold the text when it holds
half the words of the list's items at least (a short post's user column says more than it)."""


def _numbered_text_blocks(parts: list[Parts]) -> None:
    """Where no class names an item's text, a block numbered with its row under another name
    (`div#post_message_783019` in `li#post_783019`), the one such block that shows words and
    holds neither the author nor the time, is the message: a post's user column, longer than
    a short post, is no candidate beside it."""
    for part in parts:
        item_id = part.item.attributes.get("id") or ""
        number = _ROW_NUMBER.search(item_id)
        if part.texts or part.nested or number is None:
            continue
        holders = ancestor_ids(node for _, node in part.authors + part.times)
        found = [
            node
            for node in part.item.css(f'[id$="{number.group()}"]')
            if node.tag in _NUMBERED_TEXT_TAGS
            and node.mem_id not in holders
            and RECORD_NUMBER.sub("", node.attributes.get("id") or "")
            != RECORD_NUMBER.sub("", item_id)
            and node.text(strip=True)
        ]
        if len(found) == 1:
            part.add_candidate(found[0])


_ROW_NUMBER = re.compile(r"(?<=[-_])\d{4,}$|(?<=[^\W\d])\d{4,}$")
"""A database's number for a row at the end of its id, four digits at least: a list's
position ("item1") numbers no post."""
_NUMBERED_TEXT_TAGS = frozenset({"div", "td", "dd", "section", "article", "blockquote"})


def _agree_on_text_slot(parts: list[Parts]) -> None:
    """Items of one list lay their text out alike: where no class names it, an item whose
    own choice few others make (a short post's longer user column, "Paris/Hastings UK",
    "English UK/French", or a member menu) takes its block in the place at least twice as
    many items find their text in (`div.message-content`)."""
    slots = Counter(slot for part in parts if (slot := part.prose_slot()) is not None)
    if len(slots) < 2:  # one place for all, or none: nothing to agree on
        return
    for part in parts:
        own = part.prose_slot()
        if own is None:
            continue
        best = max(part.free_slots(), key=lambda slot: slots[slot], default=own)
        if slots[best] >= max(_SLOT_ITEMS, 2 * slots[own]):
            part.slot = best


_SLOT_ITEMS = 3
"""Items that must find their text in one place before another item follows them."""


def _away_from_the_author(parts: list[Parts], fetched_at: datetime) -> None:
    """A place whose text is the same in each post of one author (a user column's location
    and rank, a signature) is about the author, not what a post says: when most items take
    their text from such a place, each takes it from the place all items show whose text
    changes from post to post, the longest such."""
    chosen = [part.slot or part.prose_slot() for part in parts]
    if None in chosen or len(parts) < _SLOT_ITEMS:
        return
    top = Counter(chosen).most_common(1)[0][0]
    authors = [part.author(fetched_at) for part in parts]
    if not _same_per_author(parts, authors, top):
        return
    others = [set(part.free_slots()) for part in parts[1:]]
    shared = [
        slot for slot in parts[0].free_slots() if slot != top and all(slot in o for o in others)
    ]
    varied = [slot for slot in shared if not _same_per_author(parts, authors, slot)]
    if varied:
        best = max(varied, key=lambda slot: sum(len(part.slot_text(slot)) for part in parts))
        for part in parts:
            part.slot = best


def _placed_alike(
    parts: list[Parts],
    parents: list[LexborNode | None],
    templater: Templater,
    fetched_at: datetime,
    *,
    keep_text: bool = False,
) -> None:
    """Class words may rank the wrong element of an unseen markup first: a styling class
    (`chakra-text`) on the name's line and on the message alike, a wrapper named for the
    content around a notice every item repeats, a hidden "Name withheld" heading before the
    real name. Where three items or more of one kind share a template (`Places`: the place
    whose words change from item to item, not the name's line, not the date), its places
    decide for the whole list when most items read their text from the name's or the date's
    element, or from a box around them that also holds the template's text (an item that
    chose no element, read whole, then reads its place too); and its names
    decide when one name is repeated in every item, or an item that names its text or date
    names no author, or names it only by a line the date shares that holds the template's name
    and more."""
    kinds = Counter(
        first_class(part.item) for part, parent in zip(parts, parents, strict=True) if not parent
    )
    if not kinds:
        return
    kind, count = kinds.most_common(1)[0]
    if count < _SLOT_ITEMS:
        return
    alike = [part for part in parts if first_class(part.item) == kind]
    named = [part.author(fetched_at) for part in alike]
    if (
        None not in named
        and len(set(named)) > 1
        and not any(map(_text_holds_meta, alike))
        and all(map(_shows_a_name, alike))
    ):
        return  # names that change and texts apart from them: nothing for a template to check
    members = [part.item for part, parent in zip(parts, parents, strict=True) if not parent]
    placer = templater([item for item in members if first_class(item) == kind], fetched_at)
    if placer is None:
        return
    placed = [_own_places(placer(part.item), part.nested) for part in alike]
    chosen = [
        part.text_element() if places.texts else None
        for part, places in zip(alike, placed, strict=True)
    ]
    misplaced = [
        element is not None and _misplaced_text(element, places, part, fetched_at)
        for part, element, places in zip(alike, chosen, placed, strict=True)
    ]
    if 2 * sum(misplaced) > len(alike):
        moving = [
            (part, places)
            for part, places, element, wrong in zip(alike, placed, chosen, misplaced, strict=True)
            if places.texts and (wrong or element is None)
        ]
        before = [_read(part, fetched_at).author for part, _ in moving]
        kept = [part.place_text(places.texts) for part, places in moving]  # one list, one reading
        if any(
            name is not None and _read(part, fetched_at).author is None
            for (part, _), name in zip(moving, before, strict=True)
        ):  # the name's line left behind with the text it headed: the text stays where it was
            for (part, _), old in zip(moving, kept, strict=True):
                part.restore_text(old)
    shown = [squash(places.names[0].text()) if places.names else "" for places in placed]
    repeated = len(set(named)) == 1 and named[0] is not None and len(set(filter(None, shown))) > 1
    for part, places, name, line in zip(alike, placed, named, shown, strict=True):
        if places.names and (
            repeated
            or (name is None and (part.times or part.texts))
            or (not _shows_a_name(part) and name is not None and line != name and line in name)
        ):
            read = _read(part, fetched_at).text if keep_text else None
            part.place_author(places.names[0])  # an item of no named parts reads its lines
            if read is not None and _dated_line_kept(
                read, _read(part, fetched_at).text, fetched_at
            ):
                part.unplace_author()  # the line read as its author and date stays out


def _shows_a_name(part: Parts) -> bool:
    """Does an element named for the author show words (not an `author-avatar` picture)? An
    item without one reads its name from its date line, which may run on past the name."""
    return any(node.text(strip=True) for _, node in part.authors)


def _dated_line_kept(before: str, after: str, fetched_at: datetime) -> bool:
    """Does the text AFTER keep a line BEFORE left out that reads as a date line (an author
    and a date, or a date)?"""
    left_out = set(after.split("\n")) - set(before.split("\n"))
    return any(
        (meta := read_meta_line(line, fetched_at)) is not None and meta.posted_at is not None
        for line in left_out
        if len(line) <= MAX_META_SOURCE
    )


def _read(part: Parts, fetched_at: datetime) -> Comment:
    """The item's comment, read as `read_items` reads it."""
    if part.authors or part.times or (part.texts and not part.nested):
        return comment_from_parts(part, None, fetched_at)
    return comment_from_lines(part, None, fetched_at, vetted=True)


def _text_holds_meta(part: Parts) -> bool:
    """Does the item's text element hold its author or time element, or is it one of them?"""
    element = part.text_element()
    return element is not None and any(
        node.mem_id == element.mem_id or is_inside(node, element)
        for _, node in part.authors + part.times
    )


def _own_places(places: Places, nested: list[LexborNode]) -> Places:
    """The places less the elements of the items nested in the item (its replies'), whose
    parts are theirs."""
    if not nested:
        return places
    return Places(
        *(
            [node for node in found if not any(is_inside(node, item) for item in nested)]
            for found in places
        )
    )


def _misplaced_text(chosen: LexborNode, places: Places, part: Parts, fetched_at: datetime) -> bool:
    """Is the chosen text element the name's or the date's (or inside it), or a box around
    the name or the date that holds the template's text after other words (a notice every
    item repeats), which its metadata left out does not open with?"""
    meta = places.names[:1] + places.dates[:1]
    if any(chosen.mem_id == node.mem_id or is_inside(chosen, node) for node in meta):
        return True
    if not (
        any(is_inside(node, chosen) for node in meta)
        and all(is_inside(node, chosen) for node in places.texts)
    ):
        return False
    opening = squash(places.texts[0].text())[:_OPENING]
    read = squash(part.text(fetched_at)[0])
    return bool(opening) and opening in read and not read.startswith(opening)


_OPENING = 30
"""Characters of the template's text looked for in the text the item's class words give."""


def _without_signatures(parts: list[Parts], fetched_at: datetime) -> None:
    """A block closing the text element that shows one text in every post of each author who
    posts more than once (a motto, links to the author's sites) is a signature, not what a
    post says: in every item that block is left out of the text, so a post of only its
    signature says its subject, if anything."""
    if len(parts) < _SLOT_ITEMS:
        return
    closing = [part.closing_block() for part in parts]
    slots = Counter(prose_slot(block) for block in closing if block is not None)
    authors: list[str | None] = []
    for slot, count in slots.items():
        if count < _SLOT_ITEMS:
            continue
        authors = authors or [part.author(fetched_at) for part in parts]
        if not _signed(closing, authors, slot):
            continue
        for part, block in zip(parts, closing, strict=True):
            if block is not None and prose_slot(block) == slot:
                part.leave_out(block)


def _signed(closing: list[LexborNode | None], authors: list[str | None], slot: str) -> bool:
    """Does the closing block in `slot` sign the posts (`signed`)?"""
    return signed(
        (author, squash(block.text()))
        for block, author in zip(closing, authors, strict=True)
        if author is not None and block is not None and prose_slot(block) == slot
    )


def signed(shown: Iterable[tuple[str, str]]) -> bool:
    """Do the (author, text) pairs of one place show one text for all posts of each author who
    posts more than once, two later posts at least, and two texts across authors: a
    signature, not what the posts say?"""
    first: dict[str, str] = {}
    repeats = 0
    for author, text in shown:
        if author in first:
            if text != first[author]:
                return False
            repeats += 1
        else:
            first[author] = text
    return repeats >= _REPEATS and len(set(first.values())) > 1


def _same_per_author(parts: list[Parts], authors: list[str | None], slot: str | None) -> bool:
    """Does the place show one text for all posts of each author who posts more than once,
    two later posts at least?"""
    first: dict[str, str] = {}
    repeats = 0
    for part, author in zip(parts, authors, strict=True):
        if author is None or slot is None:
            continue
        text = part.slot_text(slot)
        if author in first:
            if not text or text != first[author]:
                return False
            repeats += 1
        else:
            first[author] = text
    return repeats >= _REPEATS


_REPEATS = 2
"""Later posts of their authors that must repeat a place's text for it to be about them."""


def _thread_by_reply_links(items: list[LexborNode], comments: list[Comment]) -> None:
    """In a flat list, a comment that says whom it answers by a link to an earlier item
    ("replied to <a href="#comment-862983">comment from Bo</a>", "in reply to …") replies
    to that item."""
    ids = {item.attributes.get("id"): position for position, item in enumerate(items)}
    ids.pop(None, None)
    for position, (item, comment) in enumerate(zip(items, comments, strict=True)):
        if comment.parent is not None or position == 0:
            continue
        for link in item.css('a[href*="#"]'):
            target = ids.get((link.attributes.get("href") or "").rpartition("#")[2])
            if target is None or target >= position:
                continue
            before = link.prev
            said = (before.text_content or "") if before is not None and before.is_text_node else ""
            if REPLY_TO.match(said.strip() + " " + squash(link.text())):
                comment.parent = target
                break


def _regrouped(
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
    root = first
    while root.parent is not None:
        root = root.parent
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
    for node in select(block, PARTS):
        if node.mem_id not in rows and not held_by(node, block, rows):
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
        if len(inside) < _LISTED or not shown:
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


def repeats(node: LexborNode) -> bool:
    """Has the block a sibling of the same tag and class, as list members have? Zebra
    stripes and other per-member marks (`odd clearfix` beside `clearfix`) aside, and so are
    the words after a shared first one (`row rowdeveloper` beside `row reply1`: a badge or a
    level marks one member)."""
    label = member_class(node)
    kind = first_class(node)
    return any(
        sibling is not None
        and sibling.tag == node.tag
        and (member_class(sibling) == label or (bool(kind) and first_class(sibling) == kind))
        for sibling in (previous_element(node), next_element(node))
    )


def member_class(node: LexborNode) -> frozenset[str]:
    classes = (node.attributes.get("class") or "").split()
    return frozenset(classes) - _MEMBER_MARKS


_MEMBER_MARKS = frozenset({"odd", "even", "alt", "first", "last", "active", "new", "highlight"})


def reply_list_names(items: list[LexborNode], name: str | None) -> set[tuple[str, str]]:
    """The tag and record name of rows numbered under another name than the posts' that
    stand in a list inside a post, two siblings at least somewhere (a forum floor's short
    replies, `div#Commendcontent_3310561` under `section#post_46104650`): replies to that
    post. A part every post holds once (`div#post_message_123`, the text of `li#post_123`)
    stands in no such list."""
    counts: Counter[tuple[int, str, str]] = Counter()
    for item in items:
        for node in item.css("[id]"):
            record = record_name(node) if node.mem_id != item.mem_id else None
            parent = node.parent
            if record is not None and record != name and parent is not None:
                counts[(parent.mem_id, node.tag or "", record)] += 1
    return {(tag, record) for (_, tag, record), count in counts.items() if count >= _LISTED}


def record_name(node: LexborNode) -> str | None:
    """`post` for `post_703351`, `reply` for `reply-6633939fcdf9f10013fdab5d`: the name a
    forum gives each of its rows, then the row's number or its key in a document database
    (a hexadecimal object id); none when the name holds digits of its own (`x1_2`), as a
    row's id is a word and one number."""
    node_id = node.id or ""
    key = _RECORD_KEY.search(node_id) if len(node_id) > _KEY_LENGTH else None
    number = key or (RECORD_NUMBER.search(node_id) if node_id[-1:].isdigit() else None)
    if number is None:
        return None
    name = node_id[: number.start()]
    return None if DIGIT.search(name) else name


_RECORD_KEY = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])[\da-f]{16,}$")
"""A record's key in a document database at the end of an id (MongoDB's 24 hexadecimal
digits, a hash): letters and digits of hexadecimal, both, and too many for a word."""

_KEY_LENGTH = 16
"""A key's digits at the least, after its separator: an id no longer (most are) holds none."""


_LISTED = 2
"""Siblings a list of numbered rows inside a post shows at least once on the page."""


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


def _enclosing_item(
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


def numbered_alike(node: LexborNode, member: LexborNode) -> bool:
    """Is the block numbered under the member's own name, with its tag (`li#comment-12` in
    `li#comment-10`): a row of the same list, whatever marks its class adds (the site
    author's replies highlighted)?"""
    name = record_name(member)
    return bool(name) and node.tag == member.tag and record_name(node) == name


def member_kind(node: LexborNode) -> tuple[str, str]:
    """A block's tag and first class word: a reply shares them with the comments of its list,
    while per-member marks after them differ (`comment even depth-1`, `comment odd depth-2`)."""
    classes = (node.attrs.get("class") or "").split()  # `attrs`: no dict of every attribute
    return node.tag or "", classes[0] if classes else ""


def first_class(node: LexborNode) -> str:
    """The first word of an element's class, "" when it has none (`member_kind`'s, without
    its tag's name)."""
    classes = (node.attrs.get("class") or "").split()
    return classes[0] if classes else ""


def _boxes_answer_the_item_before(
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


def without_shared_chrome(comments: list[Comment], fetched_at: datetime) -> list[Comment]:
    """Comments without the buttons and votes their texts open with where no class name
    marked them: a button's label or a subject line among the first lines of more than half
    the comments, three at least ("Report", "Reply", "[Quote]", "Re: Thinkpad dock does not
    work"), or of half of them when it is a mark with no word ("+", "−"), what stands before
    it (a reply's "to Ada", a user column's "Posts: 3"; not a quote's "Ada said:", kept with
    the quote), a user column's card with the labelled lines
    below it ("Age: 55" that few posts show, then "Posts: 3"), lines of numbers alone (votes)
    and the date lines then left at the head of the text; then the controls inside them
    (`without_shared_controls`). A text more than half the comments show word for word,
    three at least, is no reader's words (each block's bar of controls, "Odpovědět | Sbalit |
    Blokovat"): those comments go."""
    if _without_shared_openings(comments, fetched_at):
        _without_shared_openings(comments, fetched_at)  # the lines the first cut laid bare
    without_shared_controls(comments)
    seen = Counter(comment.text for comment in comments)
    text, count = seen.most_common(1)[0] if seen else ("", 0)
    if count >= _SHARED and 2 * count > len(comments):
        for comment in comments:
            if comment.text == text:
                comment.text = ""
        return drop_empty(comments)
    return comments


def _shared_by_most(line: str, seen: int, comments: int) -> bool:
    """Does a line open more than half the comments, or half when it is a mark with no word
    ("−", "+": a fold's buttons, which some comments show and others not)? A word half the
    readers open with is their greeting ("しげぞう様" in a two-person thread)."""
    return 2 * seen > comments or (
        2 * seen == comments and not any(char.isalpha() for char in line)
    )


def _without_shared_openings(comments: list[Comment], fetched_at: datetime) -> bool:
    """`without_shared_chrome`'s cut of the first lines; whether it cut any."""
    openings = Counter(
        _line_shape(line) for comment in comments for line in set(_opening(comment.text))
    )
    shared = {
        line
        for line, seen in openings.items()
        if seen >= _SHARED and _shared_by_most(line, seen, len(comments)) and _a_button(line)
    }
    labels = Counter(label for comment in comments for label in _fields(comment.text))
    fields = {
        label for label, seen in labels.items() if seen >= _SHARED and 2 * seen > len(comments)
    }
    cards = [_card(comment.text, fields) for comment in comments]
    if 2 * sum(bool(card) for card in cards) <= len(comments):
        fields, cards = _repeated_cards(comments)
    if not (shared or fields):
        return False
    cut = False
    for comment, card in zip(comments, cards, strict=True):
        lines = comment.text.split("\n")
        opening = _opening(comment.text)
        last = max((i for i, line in enumerate(opening) if _line_shape(line) in shared), default=-1)
        if card:
            last = max(last, card[-1])
        if any(line.endswith(":") for line in lines[:last]):
            last = -1  # a quote's label: only the buttons before it go
        start = last + 1
        while start < len(lines) - 1 and (
            lines[start].isdigit()
            or _line_shape(lines[start]) in shared
            or _field(lines[start]) in fields
        ):
            start += 1
        if card and start > card[-1] and all(_field(line) for line in lines[card[-1] + 1 : start]):
            # the card's run goes on below the first lines it was looked for in
            while start < len(lines) - 1 and _field(lines[start]) is not None:
                start += 1
        rest = lines[start:]
        if start and any(line.strip() for line in rest):
            cut = True
            # the post's own date line, below the buttons that went
            comment.text = without_leading_dates("\n".join(rest), fetched_at)[0]
    return cut


def _fields(text: str) -> set[str]:
    """The labels of the "Label: value" lines among a text's first lines, two at least: a
    user column's card ("Registered: Nov 2003", "Posts: 931") when most comments show them."""
    labels = {_field(line) for line in text.split("\n")[:_LEADING]} - {None}
    return {label for label in labels if label} if len(labels) >= _CARD else set()


def _card(text: str, fields: set[str]) -> list[int]:
    """Where a text's first lines show a run of labelled lines, two of them with shared labels
    at least, after short lines only (a name, a rank): a user column's card heading the text,
    not one below its words."""
    lines = text.split("\n")[:_LEADING]
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if _field(line) is not None:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        if sum(_field(lines[i]) in fields for i in run) >= _CARD:
            return [] if any(len(line) > _BUTTON for line in lines[: run[0]]) else run
    return []


def _repeated_cards(comments: list[Comment]) -> tuple[set[str], list[list[int]]]:
    """The user column's card where it heads some texts only (the column shares the text's cell
    on every other post): the same run of labels, three at least, heading three texts at least
    ("Group: …", "Posts: …", "Joined: …" over a rank); no card else (a card below most texts,
    a post's own "Date: …" lines)."""
    heads = [_card(comment.text, _labels(comment.text)) for comment in comments]
    runs = [_labels_at(comment.text, head) for comment, head in zip(comments, heads, strict=True)]
    seen = Counter(run for run in runs if len(run) > _CARD)
    run, count = seen.most_common(1)[0] if seen else ((), 0)
    if count < _SHARED:
        return set(), [[] for _ in comments]
    return {label for label in run if label}, [
        head if shown == run else [] for head, shown in zip(heads, runs, strict=True)
    ]


def _labels(text: str) -> set[str]:
    return {label for line in text.split("\n")[:_LEADING] if (label := _field(line))}


def _labels_at(text: str, places: list[int]) -> tuple[str | None, ...]:
    lines = text.split("\n")
    return tuple(_field(lines[i]) for i in places)


def _field(line: str) -> str | None:
    match = _FIELD.match(line)
    return match[1] if match else None


_FIELD = re.compile(r"^([^\W\d_][^:]{0,24}):\s+\S.{0,40}$")
"""A label and a short value on one line ("Join Date: May 2015", "Posts: 16,279")."""
_CARD = 2


def without_shared_controls(comments: list[Comment]) -> None:
    """The lines of a control that more than half the comments show word for word, three at
    least: last ("Reply", "Log in to Reply"), or anywhere when it ends in an ellipsis (a
    quote's "Click to expand..." below it); a few words, not the label of a quote or of code
    ("Quote:", "Code: Select all"), nor a mark with no word ("↑" after "Ada said:")."""
    seen = Counter(line for comment in comments for line in _control_places(comment.text))
    shared = {
        line
        for line, count in seen.items()
        if count >= _SHARED and 2 * count > len(comments) and _a_control(line)
    }
    if not shared:
        return
    for comment in comments:
        lines = [line for line in comment.text.split("\n") if line not in shared]
        if any(line.strip() for line in lines):
            comment.text = "\n".join(lines)


def _control_places(text: str) -> set[str]:
    """A text's last line and its lines that end in an ellipsis: where controls show."""
    lines = text.split("\n")
    return {lines[-1]} | {line for line in lines if line.rstrip().endswith(("...", "…"))}


def _a_control(line: str) -> bool:
    shown = line.strip()
    return (
        len(shown) <= _CONTROL
        and ":" not in shown
        and any(char.isalpha() for char in shown)
        and (_a_button(shown) or shown.endswith(("...", "…")))
    )


_CONTROL = 40
"""The longest line read as a control's label: a few words ("Click to expand...Click to
shrink...")."""


def _opening(text: str) -> list[str]:
    """A text's first few lines up to its first long one: where its buttons would be, and the
    subject line a forum repeats over every reply ("Re: Thinkpad dock does not work")."""
    lines = []
    for line in text.split("\n")[:_LEADING]:
        lines.append(line)
        if len(line) > _BUTTON:
            break
    return lines


def _line_shape(line: str) -> str:
    """A line with its counts as one mark: a user column's "Received 12 Likes" and "Received
    1,296 Likes" read alike, as their buttons do. Dates and times stay as written: a quote's
    "Ada @ 17.07.2018 11:55" is no button."""
    return _COUNT.sub("9", line) if any(char.isalpha() for char in line) else line


_COUNT = re.compile(r"(?<![\d.:/-])\d{1,3}(?:,\d{3})*(?![\d.:/-])")


def _a_button(line: str) -> bool:
    """Could a line be a button's label ("Reply", "Zgłoś do moderacji", "+", "|"), not a label
    before a quote ("Quote:", "Ada said:"), a sentence ("Hey!") or a vote count?"""
    shown = line.strip()
    return bool(shown) and not shown.isdigit() and not shown.endswith((":", "!", "?", "."))


_LEADING = 6
_BUTTON = 30
_SHARED = 3


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
