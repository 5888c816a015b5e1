"""The template a list's blocks share: the slots of a block that hold a name, a date and a
text, agreed over a sample of the list's blocks. A list whose blocks agree on no such slots holds
no comments; an undated list is taken only where the page counts as many blocks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.block_dates import Dated, Dates, date_shown
from flows.parse.comments.lines import DIGIT, name_like
from flows.parse.comments.members import member_kind
from flows.parse.comments.meta_line import clean_author
from flows.parse.comments.named import to_its_own_place
from flows.parse.comments.opening import heads_the_topic
from flows.parse.comments.read import Placer, Places
from flows.parse.comments.slots import (
    MASKED,
    MIN_TEXT,
    NAME_WORDS,
    NAMES,
    TABLE_BODY,
    Slot,
    a_bar_of_counters,
    author_slot,
    block_parts,
    headline_links,
    shown_name,
    shows_scores,
    slot_inside,
    slots_nested,
    text_slot,
)
from flows.parse.nodes import (
    HEADING_SELECTOR,
    element_children,
    held_by,
    is_inside,
    lines_text,
    loose_chars,
    out_of_sight,
    spaced,
    squash,
)

MIN_BLOCKS = 3
"""Two blocks alike may be a pair of anything; three that agree in name, date and text
placement are a list of posts."""


def template_places(members: list[LexborNode], fetched_at: datetime) -> Placer | None:
    """Where the template MEMBERS share shows each block's text, name and date (`Places`),
    for a list found by its names: its words are those that change from block to block, not
    a notice or badge every block repeats, nor the name's or the date's line. None when the
    blocks share no template."""
    template = shared_template(Blocks(members, _any_block), Dates(fetched_at, bare_ages=True))
    if template is None:
        return None

    def places(member: LexborNode) -> Places:
        parts = block_parts(member, striped=template.striped)
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
    head = [block_parts(member) for member in members[:_HEAD]]
    dates = Dates(fetched_at, bare_ages=True)
    if dated_places(head, common_slots(head, MIN_BLOCKS), MIN_BLOCKS, dates):
        return []
    sample = [block_parts(member) for member in members[:SAMPLE]]
    quorum = max(MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = common_slots(sample, quorum)
    author = author_slot(sample, common, _NO_PLACE, quorum, fetched_at)
    if signed and author is None:
        return []
    near = author or _NO_PLACE  # where the words must not be: the name's place
    text = text_slot(sample, common, {author} - {None}, near, quorum)
    if (
        text is None
        or headline_links(members[: len(sample)], sample, text, near)
        or any(shows_scores(sample, slot, quorum) for slot in common)
    ):
        return []
    template = Template(author=author, date=None, text=text, striped=False)
    taken = {member.mem_id for member in members}
    comments = [template.read(member, fetched_at, taken) for member in members]
    return [comment for comment in comments if comment is not None]


_NO_PLACE: Slot = (("", ""),)
"""A place no block shows (an element has a tag): the date's, in a list that shows none."""


@dataclass(frozen=True)
class Blocks:
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

    def worded(self, count: int | None = None) -> list[LexborNode]:
        """The first COUNT blocks that show words, all of them without COUNT: where a list
        shows no date, a block's digits (a date's, `fits` asks for some) say nothing of it."""
        shown = (node for node in self.alike if len(squash(node.text())) >= MIN_TEXT)
        return list(islice(shown, count))


def has_digit(text: str) -> bool:
    """`DIGIT.search(text)`, faster on long texts: a digit of another script is not ASCII."""
    return any(digit in text for digit in _ASCII_DIGITS) or (
        not text.isascii() and DIGIT.search(text) is not None
    )


_ASCII_DIGITS = "0123456789"


@dataclass(frozen=True)
class Template:
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
        return _dated_first(parts.get(self.date, []), lambda node: date_shown(node, fetched_at))

    def read(
        self,
        member: LexborNode,
        fetched_at: datetime,
        items: set[int],
        signature: Slot | None = None,
    ) -> Comment | None:
        """The comment a block shows in the template's places, less the blocks of ITEMS
        nested in it (its replies) and its SIGNATURE; none when it shows no text."""
        parts = block_parts(member, striped=self.striped)
        texts = (parts.get(self.text, []) or _striped_place(parts, self.text)) if self.text else []
        texts = _with_plain_lists(texts)
        dates = self.dates(parts, fetched_at)
        left_out = items | {node.mem_id for node in dates}
        if not self.text:  # the words written loose in the block, beside its name and date
            if not dates or date_shown(dates[0], fetched_at) is None:
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
            found = date_shown(dates[0], fetched_at)
            if found is not None:
                shown, posted_at, author = found
        if names:
            author = _name(_named_line(names[0])) or author
        elif author and dates:
            author = _linked_name(dates[0], spaced(author))
        return Comment(text=text, author=author, posted_text=shown, posted_at=posted_at)

    def read_beside(
        self, member: LexborNode, fetched_at: datetime, items: set[int]
    ) -> Comment | None:
        """The comment of a reply that shows the name and the date in the template's places
        and its words in none (a box of no class after its header): the words of its
        children that hold neither, less the blocks of ITEMS nested in it."""
        parts = block_parts(member)
        names, dates = self.names(parts, fetched_at), self.dates(parts, fetched_at)
        found = date_shown(dates[0], fetched_at) if names and dates else None
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


def _with_plain_lists(texts: list[LexborNode]) -> list[LexborNode]:
    """The paragraphs of a block's words with the plain lists (`ul`, `ol` of no class or id)
    set among and right after them, in page order: a post written as paragraphs and bullet
    points, whose lists sit in another place than its paragraphs. The run from the first
    paragraph ends at the first sibling that is no paragraph, plain list or line break (the
    post's date line, its buttons); the paragraphs alone when it would leave one out."""
    if not texts or texts[0].tag != "p":
        return texts
    held = {node.mem_id for node in texts}
    run: list[LexborNode] = []
    node: LexborNode | None = texts[0]
    while node is not None:
        if node.mem_id in held or (
            node.tag in _PLAIN_LISTS and "class" not in node.attrs and "id" not in node.attrs
        ):
            run.append(node)
        elif node.is_element_node and node.tag not in _IN_A_RUN:
            break
        node = node.next
    kept = sum(node.mem_id in held for node in run)
    return run if kept == len(texts) and len(run) > kept else texts


_PLAIN_LISTS = frozenset({"ul", "ol"})
_IN_A_RUN = frozenset({"p", "br"})


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
    return shown if MASKED.fullmatch(shown) else clean_author(shown)


def _subject(member: LexborNode, items: set[int]) -> str:
    """The block's own heading (not a reply's), if it shows one."""
    for heading in member.css(HEADING_SELECTOR):
        if not held_by(heading, member, items):
            return squash(heading.text())
    return ""


def _titles(node: LexborNode, items: set[int]) -> set[int]:
    """What a text leaves out: the blocks of ITEMS (replies), the headings in it (a post's
    subject, "AW: …") and what its style hides (a copy of the post kept for a quote button),
    as the parts of a named comment leave it out as chrome."""
    return (
        items
        | {heading.mem_id for heading in node.css(HEADING_SELECTOR)}
        | {box.mem_id for box in node.css("[style], [hidden]") if out_of_sight(box.attributes)}
    )


def shared_template(blocks: Blocks, dates: Dates, *, loose: bool = False) -> Template | None:
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
    head = [block_parts(member) for member in first]
    dated = dated_places(head, common_slots(head, MIN_BLOCKS), MIN_BLOCKS, dates)
    if not dated or (dated == [TABLE_BODY] and _stripes_inside(first)):  # the whole table
        if not _stripes_inside(first):
            if not loose:
                return None
            return _portrayed(blocks, dates.fetched_at) or _topic_posts(blocks, dates.fetched_at)
        striped = True
        head = [block_parts(member, striped=True) for member in first]
        if not dated_places(head, common_slots(head, MIN_BLOCKS), MIN_BLOCKS, dates):
            return None  # most lists show no date: their first blocks say so
    members = blocks.first(SAMPLE)
    sample = head + [block_parts(member, striped=striped) for member in members[_HEAD:]]
    quorum = max(MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = common_slots(sample, quorum)
    dated = dated_places(sample, common, quorum, dates)
    if not dated:
        return None
    order = list(sample[0])
    dated.sort(key=lambda slot: order.index(slot) if slot in order else len(order))
    date = next(slot for slot in dated if not any(slot_inside(other, slot) for other in dated))
    author = author_slot(
        sample,
        common,
        date,
        quorum,
        dates.fetched_at,
        lambda: [block_parts(member, striped=striped) for member in blocks.first()[len(sample) :]],
    )
    opener = author is None and _opened_by_names(sample, date, quorum, dates.fetched_at)
    signed = [dates.of(_dated_first(parts[date], dates.of)[0]) for parts in sample if date in parts]
    if author is None and not opener and len({f[2] for f in signed if f and f[2]}) < 2:
        return None
    if any(shows_scores(sample, slot, quorum) for slot in common):
        return None
    taken = {date, author} - {None}
    replies = nested_alike(members)
    kind = member_kind(members[0])
    text = text_slot(sample, _own(common, kind, replies), taken, date, quorum, replies) or (
        text_slot(sample, common_slots(sample, MIN_BLOCKS), taken, date, MIN_BLOCKS, replies)
    )
    if (
        text is None
        and loose
        and author is None
        and not opener
        and _loose_words(members[: len(sample)], sample, taken, quorum)
    ):
        text = ()  # words no element holds, each block signed by its date's line
    if text is None or headline_links(members[: len(sample)], sample, text, date, author):
        return None
    return Template(author=author, date=date, text=text, striped=striped, opener=opener)


def _portrayed(blocks: Blocks, fetched_at: datetime) -> Template | None:
    """The template of a list that shows no date, where nearly every block shows a portrait
    labelled with the name it shows beside it (`img alt="Ada"` and "Ada": a commenter's
    avatar), names that change from block to block, and a text in one place; none elsewhere
    (most undated lists, menus and teasers, show no one's portrait by name)."""
    if sum(bool(_portrait_names(member)) for member in blocks.first(MIN_BLOCKS)) < MIN_BLOCKS:
        return None  # the cheap gate: most lists show no portraits
    members = blocks.first(SAMPLE)
    sample = [block_parts(member) for member in members]
    quorum = max(MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = common_slots(sample, quorum)
    order = {slot: n for n, slot in enumerate(sample[0])}
    portraits = [_portrait_names(member) for member in members]
    author = None
    for slot in sorted(common, key=lambda slot: order.get(slot, len(order))):
        named = [
            name
            for parts, labels in zip(sample, portraits, strict=True)
            if slot in parts
            and (name := shown_name(parts[slot][0], fetched_at)) is not None
            and name.casefold() in labels
        ]
        if len(named) >= quorum and len(set(named)) >= _PORTRAITS:
            author = slot
            break
    if author is None or _teasers(members, sample, author):
        return None
    avatar = next(
        (slot for slot in common if slot[-1][0] == "img" and not slots_nested(slot, author)), author
    )
    return _undated(members, sample, common, author, avatar, quorum)


def _topic_posts(blocks: Blocks, fetched_at: datetime) -> Template | None:
    """The template of a forum topic's posts that show no date and no portrait by name: the
    first block opens the topic (`heads_the_topic`: right under the page's title), and in one
    place nearly every block shows a name, three names at least, one of them twice (a writer
    who posts again: a conversation, not a list of people or of teasers), beside a text in
    one place that ends sentences."""
    members = blocks.worded(SAMPLE)
    if len(members) < MIN_BLOCKS or not heads_the_topic(members[0]):
        return None
    sample = [block_parts(member) for member in members]
    quorum = max(MIN_BLOCKS, len(sample) - len(sample) // 5)
    common = common_slots(sample, quorum)
    order = {slot: n for n, slot in enumerate(sample[0])}
    author = None
    for slot in sorted(common, key=lambda slot: order.get(slot, len(order))):
        named = Counter(
            name.casefold()
            for parts in sample
            if slot in parts and (name := shown_name(parts[slot][0], fetched_at)) is not None
        )
        if named.total() >= quorum and len(named) >= _PORTRAITS:
            author = slot if max(named.values()) > 1 else None
            break
    if author is None or _teasers(members, sample, author):
        return None
    return _undated(members, sample, common, author, author, quorum)


def _undated(
    members: list[LexborNode],
    sample: list[dict[Slot, list[LexborNode]]],
    common: list[Slot],
    author: Slot,
    avatar: Slot,
    quorum: int,
) -> Template | None:
    """The template of an undated list once its author's place is known: the text's place
    after the author's (and the portrait's, when AVATAR is one), unless the blocks are teasers
    with linked headlines, show scores, or hold labels instead of sentences."""
    text = text_slot(sample, common, {author, avatar}, avatar, quorum)
    if (
        text is None
        or headline_links(members, sample, text, author)
        or any(shows_scores(sample, slot, quorum) for slot in common)
        or _labels(sample, text, quorum)
    ):
        return None
    return Template(author=author, date=None, text=text, striped=False)


def _labels(sample: list[dict[Slot, list[LexborNode]]], text: Slot, quorum: int) -> bool:
    """Do QUORUM blocks show in the text's place a few words that end no sentence (a title
    under a portrait, "deputy mayor of the city"; figures by a map's picture, "Pick 38% 13
    maps")? Labels of a directory or a table, not a reader's words: on a list that shows no
    date, nothing else tells them apart."""
    shown = 0
    for parts in sample:
        words = " ".join(node.text() for node in parts.get(text, [])).split()
        shown += 0 < len(words) <= _LABEL_WORDS and not words[-1].rstrip(_CLOSING).endswith(
            _SENTENCE_ENDS
        )
    return shown >= quorum


_LABEL_WORDS = 12
"""Words at most in a text that, ending no sentence, is a label, not a reader's words."""
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", ")", ":")
"""What ends a reader's sentence, a smiley's bracket included ("see you :)")."""
_CLOSING = "\"'»”’"
"""Quotes that may close a sentence after its mark."""

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
        spaced(label).casefold()
        for image in member.css("img")
        for label in (image.attributes.get("alt"), image.attributes.get("title"))
        if label and len(label.split()) <= NAME_WORDS
    }
    if not labels - {""}:
        return set()
    shown = spaced(member.text()).casefold()
    return {label for label in labels if label and label in shown}


def _own(slots: list[Slot], kind: tuple[str, str], replies: frozenset[int]) -> list[Slot]:
    """The places of SLOTS outside the blocks of the list's KIND nested in its blocks (when
    there are REPLIES): a reply's words are not its parent's."""
    return [slot for slot in slots if kind not in slot] if replies else slots


def nested_alike(members: list[LexborNode]) -> frozenset[int]:
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
        and sum(map(len, texts)) >= MIN_TEXT * len(texts)
        and not a_bar_of_counters(texts)
    )


def _stripes_inside(members: list[LexborNode]) -> bool:
    """Do two blocks lay out elements of the same tags right inside them under different
    classes (`td.row1` in one, `td.row2` in the next), or the rows of the body of a table each
    is (`tr.row1`, `tr.row2`: one table per post)?"""
    layouts: dict[tuple[str, ...], set[tuple[tuple[str, str], ...]]] = {}
    for member in members:
        kinds = tuple(member_kind(child) for child in _own_elements(member))
        layouts.setdefault(tuple(tag for tag, _ in kinds), set()).add(kinds)
    return any(len(classes) > 1 for classes in layouts.values())


def _own_elements(member: LexborNode) -> list[LexborNode]:
    """The block's children, or the rows of a table's body when the block is a table whose
    body is all it holds."""
    children = list(element_children(member))
    if member.tag == "table" and len(children) == 1 and member_kind(children[0]) == TABLE_BODY[0]:
        return list(element_children(children[0]))
    return children


SAMPLE = 12
_HEAD = 4
"""Blocks first asked whether they show a date in one place, three of them at least."""


def common_slots(sample: list[dict[Slot, list[LexborNode]]], quorum: int) -> list[Slot]:
    """The places QUORUM blocks of the sample have."""
    counts: dict[Slot, int] = {}
    for parts in sample:
        for slot in parts:
            counts[slot] = counts.get(slot, 0) + 1
    return [slot for slot, count in counts.items() if count >= quorum]


def dated_places(
    sample: list[dict[Slot, list[LexborNode]]], common: list[Slot], quorum: int, dates: Dates
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


def _opened_by_names(
    sample: list[dict[Slot, list[LexborNode]]], date: Slot, quorum: int, fetched_at: datetime
) -> bool:
    """Does the date's line open with a name in nearly every block, two names at least
    between them, where no one place shows a name (a member's linked name in one block, a
    guest's plain one in the next, each the first element of the line)?"""

    def date_of(node: LexborNode) -> Dated | None:
        return date_shown(node, fetched_at)

    named = [
        name
        for parts in sample
        if (opener := _line_opener(_dated_first(parts.get(date, []), date_of))) is not None
        and (name := shown_name(opener, fetched_at)) is not None
    ]
    return len(named) >= quorum and len(set(named)) >= NAMES


def _line_opener(dates: list[LexborNode]) -> LexborNode | None:
    """The first element of the line a block's date sits in, when the date is not it; a
    wrapper that adds only brackets around the date is the date's ("Ada <span>(<em>11 May
    2022</em>)</span>")."""
    if not dates:
        return None
    date = dates[0]
    for _ in range(_DATE_WRAPPERS):
        parent = date.parent
        if parent is None or not _only_brackets_around(parent, date):
            break
        date = parent
    line = date.parent
    if line is None:
        return None
    first = next(element_children(line), None)
    if first is None or first.mem_id == date.mem_id or to_its_own_place(first):
        return None  # the block's subject linked to its own place is no one's name
    return first


def _only_brackets_around(wrapper: LexborNode, date: LexborNode) -> bool:
    """Does the element hold the date as its first element and, beside it, only brackets and
    spaces?"""
    first = next(element_children(wrapper), None)
    if first is None or first.mem_id != date.mem_id:
        return False
    around = wrapper.text().replace(date.text(), "", 1)
    return not any(character.isalnum() for character in around)


_DATE_WRAPPERS = 2
"""Elements around a date, each adding brackets, climbed to find the line it sits in."""
