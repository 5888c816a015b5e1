"""Where a part sits in its block (its slot), and which slot shows a block's name or its text:
a name changes from block to block and is no count, unit or score; a text is prose, not a
headline link, a price or a row of counters."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import islice, pairwise

from selectolax.lexbor import LexborNode

from flows.parse.comments.block_dates import MAX_DATE_LINE
from flows.parse.comments.lines import DIGIT, REPLY_SUBJECT, name_like
from flows.parse.comments.lookalikes import OWN_NUMBER, links_away
from flows.parse.comments.members import member_kind
from flows.parse.comments.named import to_its_own_place
from flows.parse.labels import ACTION_WORDS
from flows.parse.nodes import (
    element_children,
    is_inside,
    lines_text,
    loose_chars,
    page_memo,
    squash,
)
from flows.parse.people import profile_link
from flows.times import find_datetime, find_yearless_date

Slot = tuple[tuple[str, str], ...]
"""Where a part sits in its block: the tag and first class word of each element down to it."""


MASKED = re.compile(r"[^\s@]+@\.\.\.")


def author_slot(
    sample: list[dict[Slot, list[LexborNode]]],
    common: list[Slot],
    date: Slot,
    quorum: int,
    fetched_at: datetime,
    later: Callable[[], list[dict[Slot, list[LexborNode]]]] | None = None,
) -> Slot | None:
    """The place where nearly every block shows a short name, two names at least between
    them, not the date's place nor one around or inside it (`_holds_the_date`), nor one
    inside a `time` element: a link to a user's page first
    (a user column's place or title reads as a name too), else the first in the blocks' order.
    A single character is an avatar's initial drawn as text, not a name. A place that shows
    replies' subjects ("Re : Nouveaux modérateurs") comes last: the blocks are a thread's
    posts, and where no other place shows two names, a place that shows one name in every
    block of the sample is the name's when the blocks after the sample (LATER) show a second
    one there. Where no place shows two names and none shows subjects, the place that shows
    one name is the name's when every block's date line ends with a post's number counting up
    by one (`_counted_up`: a topic one writer keeps). Where each place with two names shows a
    labelled field that varies from block to block ("ID:zQb1xZ.A", "No.25208017": a guest's
    key, a post's number), the place that shows one name before the date is a board's default
    name for guests ("無名")."""
    slot = _author_slot(sample, common, date, quorum, fetched_at, later)
    return None if slot is None else _name_alone(slot, sample, common, quorum)


def _name_alone(
    slot: Slot, sample: list[dict[Slot, list[LexborNode]]], common: list[Slot], quorum: int
) -> Slot:
    """The place inside SLOT, one level down and so on, that shows the same words in every
    block that shows SLOT, QUORUM blocks at least: the name itself, not a cell around it
    whose place it shares with the cells of the text (a post laid out in a table's rows, each
    `td` in one place)."""
    while True:
        inner = next((other for other in common if _same_words(slot, other, sample, quorum)), None)
        if inner is None:
            return slot
        slot = inner


def _same_words(
    slot: Slot, other: Slot, sample: list[dict[Slot, list[LexborNode]]], quorum: int
) -> bool:
    """Is OTHER a place right inside SLOT whose first element shows the words of SLOT's first
    in every block that shows SLOT, QUORUM blocks at least?"""
    if len(other) != len(slot) + 1 or other[:-1] != slot:
        return False
    shown = [parts for parts in sample if slot in parts]
    return len(shown) >= quorum and all(
        other in parts and squash(parts[slot][0].text()) == squash(parts[other][0].text())
        for parts in shown
    )


def _author_slot(
    sample: list[dict[Slot, list[LexborNode]]],
    common: list[Slot],
    date: Slot,
    quorum: int,
    fetched_at: datetime,
    later: Callable[[], list[dict[Slot, list[LexborNode]]]] | None = None,
) -> Slot | None:
    """`author_slot`, the outermost place that shows the name."""
    order = {slot: n for n, slot in enumerate(sample[0])}
    found = None
    alone = None
    subjects = None
    several = 0
    keyed = 0
    for slot in sorted(common, key=lambda slot: order.get(slot, len(order))):
        if _holds_the_date(sample, slot, date) or any(tag == "time" for tag, _ in slot):
            continue  # a part of a `time` element (its hour beside its day) is the date's
        nodes = [parts[slot][0] for parts in sample if slot in parts]
        named: list[str] = []
        for asked, node in enumerate(nodes):
            if len(named) + len(nodes) - asked < quorum:
                break  # too few blocks left to show QUORUM names
            name = shown_name(node, fetched_at) or _profile_name(node)
            if name is not None and not to_its_own_place(node):
                named.append(name)
        if (
            len(named) >= quorum
            and not _units(nodes, named)
            and 2 * sum(map(_in_prose, nodes)) <= len(nodes)
        ):
            if len(set(named)) < NAMES:
                alone = alone or slot
                continue
            if _a_button(named, nodes):
                continue
            if _shows_subjects(sample, slot):
                subjects = subjects or slot
                continue
            if 2 * sum(map(_to_a_profile, nodes)) > len(nodes):
                return slot
            several += 1
            keyed += _keys(named)
            found = found or slot
    if (
        several == keyed > 0
        and subjects is None
        and alone is not None
        and order.get(alone, len(order)) < order.get(date, len(order))
    ):
        return alone
    if (
        found is None
        and alone is not None
        and subjects is not None
        and later is not None
        and _names_again(sample + later(), alone, fetched_at)
    ):
        return alone
    if found is None and subjects is None and alone is not None and _counted_up(sample, date):
        return alone
    return found or subjects


def _counted_up(sample: list[dict[Slot, list[LexborNode]]], date: Slot) -> bool:
    """Does every block's date line end with a post's number ("3/13/2014 . Edited #1"), each
    one more than the block's before: a thread's posts, one writer's all of them (a topic its
    starter keeps), not a list of entries that shows its writer's name in each?"""
    numbers = []
    for parts in sample:
        nodes = parts.get(date)
        line = nodes[0].parent if nodes else None
        match = None if line is None else _LAST_NUMBER.search(squash(line.text()))
        if match is None:
            return False
        numbers.append(int(match[1]))
    return len(numbers) >= _COUNTED_POSTS and all(
        later == number + 1 for number, later in pairwise(numbers)
    )


_LAST_NUMBER = re.compile(r"(?<!\w)#(\d{1,6})$")
"""A post's number ending its date line: "#12"."""
_COUNTED_POSTS = 3
"""Blocks that must count up one by one before their numbers say they are a thread's posts."""


def _keys(named: list[str]) -> bool:
    """Are most of the names labelled fields ("ID:zQb1xZ.A", "No.25208017"), most of them
    shown once: each post's own key or number, not a writer's name?"""
    fields = sum(bool(_LABELLED_FIELD.match(name)) for name in named)
    return 2 * fields > len(named) and 2 * len(set(named)) > len(named)


_LABELLED_FIELD = re.compile(r"[A-Z]{2,3}\s?[:：]\s?\S|[A-Z][a-z]{0,2}\.\s?\d+$")
"""An abbreviation and a colon before a value ("ID:zQb1xZ.A", "IP: 10.0.0.x") or a period
before a number ("No.25208017", "Nr. 12"): a field a post shows beside its writer's name."""


def _a_button(named: list[str], nodes: list[LexborNode]) -> bool:
    """Do most blocks link away from the site or to a mail address in the place, one word
    standing in more than half of them: a guest's contact buttons ("[ Homepage ]" beside
    "[ E-Mail ]" where a guest gave no site), not the writers' names (one writer may post
    most of a thread's posts, but to a profile on the site)?"""
    counts = Counter(named)
    if len(named) < _BUTTON_BLOCKS or 2 * max(counts.values()) <= len(named):
        return False
    away = sum(
        node.tag == "a" and bool(_CONTACT.match(node.attributes.get("href") or ""))
        for node in nodes
    )
    return 2 * away > len(nodes)


_CONTACT = re.compile(r"\s*(?:mailto:|https?://|//)", re.IGNORECASE)
"""A link to a mail address or by a full address (maybe another site's)."""


_BUTTON_BLOCKS = 5


def _holds_the_date(sample: list[dict[Slot, list[LexborNode]]], slot: Slot, date: Slot) -> bool:
    """Is the place the date's, or around or inside it: in most blocks that show both, the
    place's first element is the date's element, holds it or sits in it? A place whose path
    only reads like the date's (a name's bare `span` beside the date's `span` around its
    `strong`) is another element: it may show the name."""
    if not slots_nested(slot, date):
        return False
    pairs = [
        (parts[slot][0], parts[date][0]) for parts in sample if slot in parts and date in parts
    ]
    held = sum(
        place.mem_id == shown.mem_id or is_inside(place, shown) or is_inside(shown, place)
        for place, shown in pairs
    )
    return 2 * held >= len(pairs)


def _names_again(
    blocks: list[dict[Slot, list[LexborNode]]], slot: Slot, fetched_at: datetime
) -> bool:
    """Do the blocks show two names at least in the place?"""
    shown = {
        shown_name(parts[slot][0], fetched_at) or _profile_name(parts[slot][0])
        for parts in blocks
        if slot in parts
    }
    return len(shown - {None}) >= NAMES


def _shows_subjects(sample: list[dict[Slot, list[LexborNode]]], slot: Slot) -> bool:
    """Does the place show a reply's subject ("Re: …", "AW: …") in most blocks?"""
    shown = [_one_line(parts[slot][0]) for parts in sample if slot in parts]
    return 2 * sum(bool(REPLY_SUBJECT.match(line)) for line in shown) > len(sample)


def shown_name(node: LexborNode, fetched_at: datetime) -> str | None:
    """The name an element shows on one line, if it reads as one: not a single character
    (an avatar's initial drawn as text), a rating, a count ("(7 Hidden)", "12 replies"), a
    sentence or a button's word."""
    name = _one_line(node)
    if MASKED.fullmatch(name):
        name = name.removesuffix("...")  # name_like takes "..." for a sentence's end
    if (
        len(name) >= _NAME_CHARS
        and not _SCORE.match(name)  # a rating: "5.0 star rating"
        and not _A_COUNT.fullmatch(name)
        and name_like(name, fetched_at)
        and len(name.split()) <= NAME_WORDS
        and name.lower().strip(" :") not in ACTION_WORDS
    ):
        return name
    return None


_A_COUNT = re.compile(r"\(?\d+\s+[^\W\d]+\)?")
"""A number and the word it counts, bracketed or not: a counter, never a name."""


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
    if _to_a_profile(node) and len(name) >= _NAME_CHARS and len(name.split()) <= NAME_WORDS:
        return name
    return None


def _to_a_profile(node: LexborNode) -> bool:
    return node.tag == "a" and profile_link(node.attributes.get("href") or "")


NAME_WORDS = 4
_NAME_CHARS = 2
NAMES = 2


def text_slot(
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
        if slot in around
        or not any(other is not None and slots_nested(slot, other) for other in taken)
    }
    boxes: dict[Slot, bool] = {}
    best, most = None, (False, 0)
    for slot, texts in texts_at.items():
        if len(set(texts)) < max(quorum, len(texts) - len(texts) // 5) or a_bar_of_counters(texts):
            continue
        chars = sum(map(len, texts))
        if (
            (slot in around, chars) > most
            and chars >= MIN_TEXT * len(texts)
            and not _in_a_box(slot, date, sample, texts_at, boxes)
            and not _dated_rows(slot, date, sample)
            and not _dated_alike(slot, date, sample)
            and not _a_profile_card(texts, quorum)
        ):
            best, most = slot, (slot in around, chars)
    if best is None:
        return None
    best = _innermost(best, sample, texts_at, quorum)
    linked = sum(
        links_away(node, _LINKED) for parts in sample if best in parts for node in parts[best][:1]
    )
    return None if 2 * linked >= len(sample) else best


MIN_TEXT = 15


def _a_profile_card(texts: list[str], quorum: int) -> bool:
    """Do QUORUM texts of a place show the same labels, `_CARD_LABELS` at least, in the same
    order ("UID: 7 Posts: 29 Joined: 2019-07-26")? A poster's card beside the post, which
    outweighs a short reply; readers' words do not repeat one another's labels."""
    shown = Counter(
        labels for text in texts if len(labels := tuple(_CARD_LABEL.findall(text))) >= _CARD_LABELS
    )
    return bool(shown) and shown.most_common(1)[0][1] >= quorum


_CARD_LABEL = re.compile(r"([^\W\d_][^\W_]{0,15})\s?[:：]")
_CARD_LABELS = 3


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
    if not slot_inside(date, slot) or any(
        other is not None and other != date and slots_nested(slot, other) for other in taken
    ):
        return False
    nodes = [parts[slot][0] for parts in sample if slot in parts]
    loose = sum(0 < 2 * loose_chars(node) >= len(squash(node.text())) for node in nodes)
    return 2 * loose > len(nodes)


_LEFT_OUT = 12
_KEPT = 0.95
_LINKED = 0.5


def a_bar_of_counters(texts: list[str]) -> bool:
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
        if outer in texts_at and outer not in boxes and not slot_inside(date, outer):
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


def _dated_alike(slot: Slot, date: Slot, sample: list[dict[Slot, list[LexborNode]]]) -> bool:
    """Is the place, outside the block's date, in half the blocks a box whose children each
    hold an element of the date's own tag and class showing a digit (a `time`, or
    `span.post-date`): replies boxed in another shape under the block's words, each dated as
    the block is, no part of those words? A post's words may quote a dated post, among words
    of their own; a user's menu laid out in the date's cells shows no digit. Only a date
    shown alone in its element (a date line at most) marks the replies: a layout's cell
    that holds the date holds other parts too."""
    kind = date[-1] if date else ("", "")
    if slot_inside(date, slot) or not (kind[1] or kind[0] == "time"):
        return False
    own = [parts[date][0] for parts in sample if date in parts]
    if not own or any(len(squash(node.text())) > MAX_DATE_LINE for node in own):
        return False
    shown = [parts[slot][0] for parts in sample if slot in parts]
    dated = sum(
        bool(children := list(element_children(box)))
        and all(
            any(
                member_kind(node) == kind and DIGIT.search(node.text())
                for node in child.css(kind[0])
            )
            for child in children
        )
        for box in shown
    )
    return 2 * dated >= len(shown) > 0


def _opens_with_a_date(node: LexborNode) -> bool:
    """Is one of the first lines of a block only a date ("Eileen Gray" / "Saturday 4th of
    June 2022" / "First of all …"): a heading over words, not a reader's words (which may
    quote a date: "@Ada (5.1.2018 23:18) thanks")?"""
    lines = (line.strip() for line in node.text(separator="\n").split("\n"))
    for line in islice(filter(None, lines), _OPENING_LINES):
        if len(line) <= MAX_DATE_LINE:
            found = find_datetime(line, _NOW)
            if found is not None and 2 * (found[1] - found[0]) >= len(line):
                return True
    return False


_OPENING_LINES = 2
_NOW = datetime(2100, 1, 1, tzinfo=UTC)
"""Any moment will do: the question is whether a date is there, not when it is."""


def headline_links(
    members: list[LexborNode],
    sample: list[dict[Slot, list[LexborNode]]],
    text: Slot,
    date: Slot,
    author: Slot | None = None,
) -> bool:
    """Do half the blocks show a link of several words before their text (a story's
    headline, not a link to the block's own number nor the date's place linking to the post:
    "Posted Thursday 6th June 2013 13:42 GMT"; a signature's links come after it), or a
    price: a list of stories or products, not comments? The AUTHOR's place linking to a
    member's profile beside the date is a byline, though its name is written without spaces
    ("#clan|Soulblade"); a link of several words there is still a headline."""
    flagged = 0
    for member, parts in zip(members, sample, strict=True):
        texts = {node.mem_id for node in parts.get(text, [])}
        dated = {squash(node.text()) for node in parts.get(date, [])}
        names = set() if author is None else {node.mem_id for node in parts.get(author, [])}
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
                and _a_headline(node, byline=_a_byline(node, names))
            ):
                headline = True
                break
        flagged += headline or bool(_PRICE.search(member.text()))
    return 2 * flagged >= len(sample)


def _a_headline(link: LexborNode, *, byline: bool = False) -> bool:
    """Does a link show a story's title: several words, or a long run of a script written
    without spaces (unless the link is the BYLINE's name)? A post's own subject ("Re: …") or
    a link to a place on the page is none."""
    shown = squash(link.text())
    if "#" in (link.attributes.get("href") or "") or REPLY_SUBJECT.match(shown):
        return False
    unspaced = not byline and " " not in shown and len(shown) >= _UNSPACED
    return len(shown.split()) >= _HEADLINE_WORDS or unspaced


def _a_byline(link: LexborNode, names: set[int]) -> bool:
    """Is the link, or an element inside it, one of the NAMES, to a page of the site (a
    member's) or a mail address, not to another site, and does it show a name: more letters
    than digits, and words its address does not hold (a file's link shows its own name,
    "1638543798541.gif")?"""
    if not names or not any(node.mem_id in names for node in link.traverse()):
        return False
    shown = squash(link.text())
    letters = sum(ch.isalpha() for ch in shown)
    href = (link.attributes.get("href") or "").casefold()
    return (
        not _OFF_SITE.match(href)
        and letters > sum(ch.isdigit() for ch in shown)
        and shown.casefold() not in href
    )


_OFF_SITE = re.compile(r"\s*(?:[a-z][a-z0-9+.-]*:)?//")
"""An address that names a host: maybe another site's."""


_HEADLINE_WORDS = 4
_UNSPACED = 16
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\b\d+[.,]\d\d\s?(?:USD|EUR|GBP)\b")


def slot_inside(slot: Slot, other: Slot) -> bool:
    """Is the first place inside the second?"""
    return len(slot) > len(other) and slot[: len(other)] == other


def shows_scores(sample: list[dict[Slot, list[LexborNode]]], slot: Slot, quorum: int) -> bool:
    """Does nearly every block show a score in this place ("7.3", "4/5", "★★★★☆"): a review's
    rating? A comment's votes are whole numbers."""
    scores = sum(
        bool(_SCORE.fullmatch(squash(parts[slot][0].text()))) for parts in sample if slot in parts
    )
    return scores >= quorum


_SCORE = re.compile(r"\d{1,2}[.,]\d|\d{1,2}(?:[.,]\d)?\s?/\s?(?:5|10|100)|[★☆]{3,}[^\n]{0,10}")


def slots_nested(slot: Slot, other: Slot) -> bool:
    """Is one place the other, or inside it?"""
    short, long = sorted((slot, other), key=len)
    return long[: len(short)] == short


def block_parts(member: LexborNode, *, striped: bool = False) -> dict[Slot, list[LexborNode]]:
    """The block's elements by their place in it, in page order, up to a limit; when
    STRIPED, the block's own elements by their tag alone. Read once a page per block (a
    list's template asks its blocks, then its reading asks them again, about one call in two
    a repeat): callers read the dict and its lists, never change them."""
    remembered: dict[tuple[int, bool], dict[Slot, list[LexborNode]]] | None = page_memo(
        "block_parts"
    )
    if remembered is None:
        return _block_parts(member, striped)
    key = (member.mem_id, striped)
    parts = remembered.get(key)
    if parts is None:
        parts = remembered[key] = _block_parts(member, striped)
    return parts


def _block_parts(member: LexborNode, striped: bool) -> dict[Slot, list[LexborNode]]:
    places: dict[int, Slot] = {member.mem_id: ()}
    parts: dict[Slot, list[LexborNode]] = {}
    for node in islice(member.traverse(), 1, _MAX_PARTS):
        parent = node.parent
        above = None if parent is None else places.get(parent.mem_id)
        if above is None or not node.is_element_node:
            continue  # a comment node, or inside one
        own = striped and (not above or above == TABLE_BODY)  # the member's own: its table's rows
        slot = (*above, (node.tag or "", "") if own else member_kind(node))
        places[node.mem_id] = slot
        parts.setdefault(slot, []).append(node)
    return parts


TABLE_BODY: Slot = (("tbody", ""),)
"""The place of a table's body: a post laid out as one table (and the body lexbor adds to it)
owns its rows, whose classes may stripe the list as a block's own elements do."""

_MAX_PARTS = 400
