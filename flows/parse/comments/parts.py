"""The parts of one comment item (its author, time, text and chrome elements, not a reply's)
and what they say: the name, the moment, and the text without the metadata around it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import NamedTuple
from urllib.parse import unquote

from selectolax.lexbor import LexborNode

from flows.parse.comments.lines import (
    ADDRESS,
    BRACKETED,
    DATE_IN_TEXT,
    DIGIT,
    HEADER_LINES,
    META_SLACK,
    REPLY_SUBJECT,
    REPLY_TO,
    time_in,
)
from flows.parse.comments.meta_line import (
    LEADING_LABEL,
    MAX_AUTHOR,
    label_words,
    mask_links,
    read_meta_line,
    without_weekday,
)
from flows.parse.comments.roles import (
    ACTION_WORDS,
    AUTHOR_BLOCK,
    PARTS,
    RECORD_NUMBER,
    action_link,
    classed_out_of_sight,
    fill_in,
    part_roles,
    rdfa_name,
    role_label,
    shows_a_time,
)
from flows.parse.labels import REPLY_WORDS, UI_WORDS
from flows.parse.nodes import (
    HEADING_SELECTOR,
    HEADINGS,
    INLINE_TAGS,
    ancestor_ids,
    element_children,
    held_by_any,
    ids_around,
    is_inside,
    last_element_child,
    lines_text,
    next_element,
    out_of_sight,
    page_memo,
    select,
    squash,
    text_width,
)
from flows.parse.people import profile_link
from flows.times import find_datetime, parse_datetime

_SAID = (
    r"(?:says|said|sagt|schrieb|schreibt|dit|a écrit|scrive|zegt|wrote|escribió|escreveu"
    r"|disse|skrev|пишет|написал|написала|napisał|napsal)"
)
_SAYS = re.compile(
    rf"(?:\s+{_SAID}\s*(?::|\.{{2,}}|…)?|\s*{_SAID}\s*(?::|\.{{2,}}|…))\s*$", re.IGNORECASE
)
""""Ada says:", "Ada said...", also glued to the name by markup with no space
("<cite>Ada</cite><span>says:</span>") when a colon or dots follow; a name that merely ends
in such a word ("Justicesays") keeps it."""


_BY_LINE = re.compile(
    r"(?:^|\s)(?:by|von|par|de|di|door|from)\s+(?P<name>\S.{0,40}?)\s+"
    r"(?:am|on|le|il|op|at|um|el|·|\||-|–)\s",
    re.IGNORECASE,
)


_NAME_END = re.compile(r"\s[»|·•]\s|[，、]")
"""What ends a name in an author element: "Ada » date", "芝士就是力量，a bio"."""


EMBEDS = "iframe, video, audio, embed, object"
"""What embeds a video or a player in a post's message."""


_TRAILING_ON = re.compile(r"\s+(?:on|am|um|le|il|op|at|el)\s*$", re.IGNORECASE)
"""The connector left when the date after "Ada on 3 May" sits in another element."""


MAX_PARTS = 24
"""Elements kept per role in one comment: more authors or times than this is no comment
worth reading, and it keeps the pairwise checks between parts small on hostile pages."""


_NAMED_TEXT = 10
"""Text ranks below this come from a class that names a comment's text (`comment-content`);
from there on a class only says text, content, message or body (`postcontent`)."""
UNNAMED_TEXT = 99
"""The rank of a block that is a candidate for the text by its place in the list alone."""


MOST = 0.8
"""Nearly all of a text: the share a block must hold to stand for the whole."""


_HOLDS_AUTHOR = 5
"""Enough to rank a named text element below any other, never to drop it."""


_INITIALS = re.compile(r"^[A-Z0-9]{1,2}$")
"""An avatar's initials ("EM"), a poorer name than the one written out beside it."""

_COUNT = re.compile(r"\d{1,3}")
"""A "name" of three digits at most ("1", "12"): the count a reactions or replies link beside
the post shows, not its author (user names of digits are longer, "9190", or the address of
their page ends with them)."""


_Roles = tuple[tuple[str, int], ...]
_AuthorKey = tuple[tuple[tuple[int, int], ...], tuple[int, ...], datetime]
"""What `Parts.author` reads: its author elements (rank, `mem_id`), its time elements, the
moment the page was fetched."""


def _filed_roles(node: LexborNode, chrome_only: bool) -> _Roles:
    """The roles `Parts.classify` files an element under, as (role, rank) pairs: read off
    the element and the tree alone, the same for every comment it is classified in."""
    attributes = node.attributes
    tag = node.tag
    if tag == "form" and not fill_in(node):
        tag = "div"  # a wrapper for editing the text in place, nothing to fill in
    hidden = out_of_sight(attributes) or (
        classed_out_of_sight(attributes.get("class")) and next(node.iter(), None) is None
    )
    label = role_label(attributes)
    if tag and "-" in tag:  # a web component is named by its tag, as by a class
        label = f"{label} {tag}"
    itemprop = attributes.get("itemprop") or rdfa_name(attributes.get("property"))
    roles = part_roles(
        tag,
        label,
        itemprop,
        hidden or attributes.get("role") == "button",
        tag == "a"
        and (_links_to_a_user(attributes) or _a_handles_page(node))
        and not _an_address(node),
    )
    if not roles and tag == "a" and action_link(node):
        roles = (("chrome", 0),)
    elif roles and roles[0][0] == "chrome" and not hidden and heads_a_quote(node):
        roles = ()  # "Quote from: Ada on 3 May" over the quote, in a quote too: the post's words
    if itemprop == "name" and _names_another(node):
        roles = ()  # "@<span property=name>Ada</span>" in a mention: a person addressed
    if tag == "a" and roles and roles[0][0] == "authors" and is_a_mention(node):
        roles = ()  # "Schöne Uhr @bemk, die …": a name the text addresses, in the text
    if roles and roles[0][0] == "authors" and _in_a_quote_box(node):
        roles = ()  # "Zitat von <a href=/member.php?u=7>sysop</a>": whom a post quotes
    if tag == "cite" and not attributes.get("class") and not itemprop and _set_in_words(node):
        roles = ()  # "a big step between <cite>ordinary</cite> driving": words, no byline
    if roles == _PROFILE_ONLY and _named_in_words(node):
        roles = ()  # "I found it thanks to <a href=/profile/7>Ada</a>.": words, no byline
    if (
        attributes.get("title")  # most elements have no tooltip: `dated_tooltip` reads none
        and not any(role == "times" for role, _ in roles)
        and dated_tooltip(node)
    ):
        roles = (*roles, ("times", TOOLTIP_TIME))
    if chrome_only:
        roles = tuple(pair for pair in roles if pair[0] == "chrome")
    if not roles:
        return roles  # most elements: no role, nothing to drop
    # A "meta" bar's buttons, named like a time but showing none, are no time.
    return tuple(
        (role, rank)
        for role, rank in roles
        if not (role == "times" and rank > 0 and not shows_a_time(node))
    )


def _in_a_quote_box(node: LexborNode) -> bool:
    """Is the element inside a box its class names a quote (`div.spForumQuote > span >
    a`), a few levels up: the quote's header names whom the post quotes, not its author,
    and stays with the quote in the post's words (a `blockquote`'s parts are skipped before)."""
    box = node.parent
    for _ in range(_QUOTE_LEVELS):
        if box is None:
            return False
        named = box.attributes.get("class") or ""
        if "quote" in named.lower() and "quote" in label_words(named):
            return True
        box = box.parent
    return False


_QUOTE_LEVELS = 3
"""Levels from a name up to the quote box around its header (`a` in `span` in `div`)."""


def _set_in_words(node: LexborNode) -> bool:
    """Is a `cite` set among a paragraph's words (a title, a term: "a big step between
    <cite>ordinary</cite> driving and flying, but …")? WordPress themes put a commenter's
    name in `cite`, but on a byline's line ("says:" and the date), not amid a sentence."""
    block = _paragraph_of(node)
    return block is not None and _words_around(block, node) > _SENTENCE_WORDS


def _named_in_words(link: LexborNode) -> bool:
    """Is a link to a user's page a person a paragraph's sentence names ("I found it thanks
    to <a>Ada</a>.")? A byline that links the commenter's page opens its line or shows the
    date beside the name ("by <a>Ada</a> on Aug 8, 2012 9:37 AM reply"): no figure in the
    sentence, and words before the link."""
    block = _paragraph_of(link)
    if block is None:
        return False
    shown = block.text()
    return (
        DIGIT.search(shown) is None
        and shown.split()[:1] != link.text().split()[:1]
        and _words_around(block, link) > _SENTENCE_WORDS
    )


def _paragraph_of(node: LexborNode) -> LexborNode | None:
    """The `p` an inline element stands in, none when it stands in another block."""
    block = node.parent
    while block is not None and block.tag in INLINE:
        block = block.parent
    return block if block is not None and block.tag == "p" else None


def _words_around(block: LexborNode, node: LexborNode) -> int:
    """The words of BLOCK outside NODE: a sentence's, or a byline's few."""
    return len(block.text().split()) - len(node.text().split())


_SENTENCE_WORDS = 10
"""Words around a `cite` or a link in its paragraph that make a sentence, more than a byline's
"says:" and its date ("says: Wednesday, March 3, 2010 at 4:05 pm")."""
_PROFILE_ONLY = (("authors", 3),)
"""The roles of a link to a user's page that nothing else (no class, no `itemprop`) names."""


def _links_to_a_user(attributes: dict[str, str | None]) -> bool:
    """Does a link lead to a user's page, by its address or by the address a script opens
    over it (`<a href=/ data-popover-url=/user/profile/ada/>Ada</a>`: a hover card of the
    person, the link itself going to the site's front page)?"""
    return profile_link(attributes.get("href") or "") or any(
        name.startswith("data-") and value and "/" in value and profile_link(value)
        for name, value in attributes.items()
    )


def _a_handles_page(link: LexborNode) -> bool:
    """Does the link show one handle its address ends with as a query's value (`#/u?s=ada`
    showing "ada"): a user's page, however the site words it? Not a path's last step: a blog
    (`/blog/ada`) or a section (`/news/sport`) ends with the name it shows too."""
    shown = link.text(strip=True)
    if not _HANDLE.fullmatch(shown):
        return False
    href = (link.attributes.get("href") or "").rstrip("/")
    return href.endswith("=" + shown) and not _NOT_A_QUERY.search(href)


_HANDLE = re.compile(r"(?=.*[^\W\d_])[\w.-]{2,30}")
"""One token of letters, digits, dots and dashes, with a letter: a user's handle."""
_NOT_A_QUERY = re.compile(
    r"(?:[?&#](?:q|query|search|tags?|topic|cat|category|lang)=|(?:^|/)\?s=)[^&]*$"
)
"""Queries of a search (a site's `/?s=`), a tag, a topic or a language, which end with the
words they show."""


def dated_tooltip(node: LexborNode) -> str | None:
    """The tooltip, when a short label keeps a full date in it ("21 天" with `title="2024 年 5 月
    6 日 21:42"`, "3 days ago" with `title="Mar 3, 2016 at 4:05 PM"`): the comment's time,
    whatever its class says. Only a short label and a date with its year; on a link, only
    when no link near it leads to the same page: a search result's "Aug 2021" dates the post
    it found, whose headline beside it links there too; a post's own permalink ("16 years
    ago" over "October 30, 2008 4:45 pm") is the only link to it."""
    title = node.attributes.get("title")
    if not title:
        return None
    shown = node.text(strip=True)
    if not 0 < len(shown) <= _TOOLTIP_LABEL or _dated_title(title, None) is None:
        return None
    return None if node.tag == "a" and _linked_twice(node) else title


def _linked_twice(link: LexborNode) -> bool:
    """Does the nearest box around a link that holds other links hold one to the same page
    (fragments aside), or is there no such box within `_LINK_LEVELS`?"""
    address = (link.attributes.get("href") or "").split("#")[0]
    box = link.parent
    for _ in range(_LINK_LEVELS):
        if box is None:
            break
        others = [
            (other.attributes.get("href") or "").split("#")[0]
            for other in box.css("a[href]")
            if other.mem_id != link.mem_id
        ]
        if others:
            return address in others
        box = box.parent
    return True


_LINK_LEVELS = 6
"""How far up the box holding a dated link's neighbours is looked for."""


TOOLTIP_TIME = 2
"""The rank of a time known only by the date its tooltip keeps: below any element named for
the time."""
_TOOLTIP_LABEL = 40
"""The longest label shown over a tooltip's date: an age or a short date, not a sentence."""


def _rank(pair: tuple[int, LexborNode]) -> int:
    return pair[0]


def _names_another(node: LexborNode) -> bool:
    """Is the `name` property the name of a thing structured data gives as something other
    than the comment's author (a person the words mention, `<a typeof=Person property=url>`)?
    A name names the nearest thing around it (`itemscope`, `typeof`), which is the author
    only when given as one."""
    scope = node.parent
    for _ in range(_SCOPE_DEPTH):
        if scope is None:
            return False
        attributes = scope.attributes
        if "itemscope" in attributes or "typeof" in attributes:
            given = attributes.get("itemprop") or rdfa_name(attributes.get("property"))
            return bool(given) and given.lower() not in _AUTHOR_PROPERTIES
        scope = scope.parent
    return False


_SCOPE_DEPTH = 3
"""Levels between a name and the thing it names (`span[itemprop=name]` in `a` in `div`)."""


_AUTHOR_PROPERTIES = frozenset({"author", "creator", "contributor"})


def _an_address(link: LexborNode) -> bool:
    """Does a link show a web address as its words: a link in a comment's text to a page
    that happens to sit under `/profile/` or `/user/`, not whose comment it is?"""
    return ADDRESS.match(link.text(strip=True)) is not None


def heads_a_quote(node: LexborNode) -> bool:
    """Is the element the line right above a quote, saying whom it quotes ("Quote from: Ada on
    April 6, 2020", "Ada wrote:")? Named like chrome (`quoteheader`) or not, it belongs to the
    quote, and the quote to the post's words; a "Quote" button is followed by no quote."""
    quote = next_element(node)
    if quote is None:
        return False
    named = quote.attributes.get("class") or ""
    return (
        quote.tag == "blockquote" or ("quote" in named.lower() and "quote" in label_words(named))
    ) and 0 < len(squash(node.text())) <= _QUOTE_HEADER


def _reply_subject(node: LexborNode) -> bool:
    """Is the element a heading that shows a reply's subject ("AW: Durch Zufall entdeckte
    Problemlösungen") at the head of a post's text: the post's title, not its words?"""
    return node.tag in HEADINGS and REPLY_SUBJECT.match(squash(node.text())) is not None


def is_a_mention(node: LexborNode) -> bool:
    """Is the link a name the comment's words address ("@bemk") among them: a mention
    inside the text, named like an author (XenForo's `a.username`), not whose comment it is?
    An author shown as "@handle" stands alone in its element. The "@" may be written just
    before the link ("@<a>5G</a> 斗鱼…"): no author's element is laid out so, and a few words
    beside it make it a mention (a few characters of a wide script: "@长日将尽 这个好像就可以了")."""
    shown = node.text()
    if shown.lstrip().startswith("@"):
        slack = _MENTION_SLACK
        parent = node.parent
        if parent is not None and _opens_the_words(parent):
            return True
    else:
        before = node.prev
        if before is None or not before.is_text_node:
            return False
        if not (before.text_content or "").rstrip().endswith("@"):
            return False
        slack = _LOOSE_MENTION_SLACK + 1  # the "@" itself
    parent = node.parent
    return (
        parent is not None and text_width(squash(parent.text())) > text_width(squash(shown)) + slack
    )


def _opens_the_words(block: LexborNode) -> bool:
    """Is the block a paragraph of its own, named for nothing, with a paragraph of words
    after it ("<p>@Ada</p><p>Agreed, and …</p>"): the reader's first line, addressing
    someone, not a line that shows whose comment it is?"""
    if block.tag != "p" or "class" in block.attributes:
        return False
    sibling = next_element(block)
    for _ in range(_LINES_AFTER):
        if sibling is None:
            return False
        if sibling.tag == "p" and len(sibling.text(strip=True)) > _MENTION_SLACK:
            return True
        sibling = next_element(sibling)
    return False


_LINES_AFTER = 3
"""Paragraphs looked at after a mention's own: an empty one (`<p><br></p>`) may come first."""


_MENTION_SLACK = 20
"""Characters of words beside a mention that make its block prose, not a name line."""
_LOOSE_MENTION_SLACK = 2


_QUOTE_HEADER = 150
"""The longest line read as a quote's header: a name, a date and a few words; a block that
holds a whole quote of its own is no header."""


class Parts:
    """The author, time, text and chrome elements that belong to one item (not to a reply)."""

    def __init__(self, item: LexborNode) -> None:
        self.item = item
        self.nested: list[LexborNode] = []
        self.authors: list[tuple[int, LexborNode]] = []
        self.times: list[tuple[int, LexborNode]] = []
        self.texts: list[tuple[int, LexborNode]] = []
        self.chrome: list[LexborNode] = []
        self.roots = [item]
        self.slot: str | None = None
        self._chosen: tuple[LexborNode | None, set[int], set[int]] | None = None
        self._free: list[LexborNode] = []
        self._named: tuple[_AuthorKey, str | None] | None = None
        self.meta_lines: list[str] = []
        """The lines of the author and date blocks left out of the text read from the whole item
        (`text`): where a date no element is named for shows ("Ada - 1 year ago | thread")."""
        self.signed = False
        """Whether a signature was left out of the text (`leave_out`)."""
        self.feet: list[LexborNode] = []
        """The `<dd>`s after the one holding a `<dt>` item's text: its footer (the date)."""
        self.controls: set[int] = set()
        """The item's links and buttons its list repeats as controls (`repeated_controls`)."""

    def add_body(self, body: LexborNode) -> None:
        """A `<dd>` holding the text of its `<dt>` item."""
        self.roots.append(body)
        self.texts.append((50, body))
        for node in select(body, PARTS):
            self.classify(node)
        self._chosen = None

    def add_foot(self, foot: LexborNode) -> None:
        """A `<dd>` after the body of a `<dt>` item: its footer, whose parts are the item's and
        whose lines follow the item's own where its date line is looked for."""
        self.feet.append(foot)
        for node in select(foot, PARTS):
            self.classify(node)
        self._chosen = None

    def add_text(self, node: LexborNode) -> None:
        """The element that named the item, which holds its text."""
        self.texts.append((0, node))
        self._chosen = None

    def add_head(self, head: LexborNode) -> None:
        """The item's own element, when it heads a text kept apart and is itself named for the
        author (`dt.comment-author` "Ada said..." over `dd.comment-body`): its name."""
        own = Parts(head)
        own.classify(head)
        self.authors.extend(own.authors)
        self._chosen = None

    def add_candidate(self, node: LexborNode) -> None:
        """A block that may hold the text by its place in the list alone (no class names it
        as a comment's text; one a class says text or content of is a candidate already). A
        block a style or `hidden` keeps out of sight (a copy of the post kept for a quote
        button) is none."""
        if any(known.mem_id == node.mem_id for _, known in self.texts) or out_of_sight(
            node.attributes
        ):
            return
        self.texts.append((UNNAMED_TEXT, node))
        self._chosen = None
        self.meta_lines = []

    def classify(self, node: LexborNode, *, chrome_only: bool = False) -> None:
        """File an element under the roles its tag, class and itemprop give it. Inside a
        quote only its controls count ("Click to expand…"): a quoted name is no author."""
        remembered: dict[tuple[int, bool], _Roles] | None = page_memo("classify")
        key = (node.mem_id, chrome_only)
        roles = None if remembered is None else remembered.get(key)
        if roles is None:
            roles = _filed_roles(node, chrome_only)
            if remembered is not None:
                remembered[key] = roles
        for role, rank in roles:
            found = getattr(self, role)
            if len(found) < MAX_PARTS:  # a hostile page's thousands stay a few
                found.append(node if role == "chrome" else (rank, node))

    def author(self, fetched_at: datetime) -> str | None:
        """The surest author element's name, else the name in a "by Ada on …" or
        "Ada | 3 May 2024" time line. Read once for the same author and time elements: the
        list's steps ask each item for its name again (to place it, to find signatures, to
        build the comment), most of them with nothing filed since."""
        key = (
            tuple((rank, node.mem_id) for rank, node in self.authors),
            tuple(node.mem_id for _, node in self.times),
            fetched_at,
        )
        if self._named is None or self._named[0] != key:
            self._named = key, self._read_author(fetched_at)
        return self._named[1]

    def _read_author(self, fetched_at: datetime) -> str | None:
        """`author`, read off the elements."""
        initials = None
        # "Soumis par <span class=author-name>Ada</span>, le …": the span says it, the author
        # elements around it do not (walks up from all of them that share their way).
        outer: set[int] = set()
        ids = {author.mem_id for _, author in self.authors}
        if len(ids) > 1:  # one element stands inside no other
            inners = [node for _, node in self.authors]
            for inner, around in zip(inners, ids_around(inners, ids), strict=True):
                if around and _names_a_name(inner):
                    outer |= around
        ranked = self.authors  # one element needs no ranking
        if len(self.authors) > 1:  # the boxes holding a time: one shared walk up from them
            dated = ancestor_ids(node for _, node in self.times)
            ranked = sorted(self.authors, key=partial(self._surer_name, dated))
        for _, node in ranked:
            if node.mem_id in outer:
                continue
            name = _first_of_names(node) or author_name(self._without_times(node))
            name = _linked_name(node, name) or name
            name = _without_a_bracketed_login(node, name)
            name = _bracket_its_address_spells(node, name) or name
            if (
                name
                and len(name) <= MAX_AUTHOR
                and not (_COUNT.fullmatch(name) and not _its_address_ends_with(node, name))
                and not BRACKETED.fullmatch(name)
            ):
                if not _INITIALS.match(name):
                    return name
                initials = initials or name
        if initials:
            return initials
        for _, node in self.times:
            shown = squash(node.text())
            match = _BY_LINE.search(" " + shown + " ")
            if match:
                return match["name"].strip(" ,:")
            meta = read_meta_line(shown, fetched_at)
            if meta is not None and meta.author:
                return meta.author
        return None

    @staticmethod
    def _surer_name(dated: set[int], pair: tuple[int, LexborNode]) -> tuple[int, bool]:
        """An author element's rank, then whether it is a link with no time beside it (in
        none of the boxes DATED, those holding a time element): of two linked names alike
        (two links to users' pages), the one beside the comment's date is whose it is ("Ada
        answered 3 years ago"), the other a name its words give ("posted by Bob"). A block
        around the name (`span.author-info`) holds more than its line."""
        node = pair[1]
        parent = node.parent
        return pair[0], not (node.tag == "a" and parent is not None and parent.mem_id in dated)

    def author_time(self, fetched_at: datetime) -> tuple[str, datetime] | None:
        """The date an author element shows beside the name when no element is named for
        the time ("#1 Post by lyp » 17 Oct 2014 15:48"); not a block about the author,
        whose dates are the profile's ("Joined: 10 Feb 2012")."""
        for rank, node in sorted(self.authors, key=_rank):
            if rank < AUTHOR_BLOCK:
                meta = read_meta_line(squash(node.text()), fetched_at)
                if meta is not None:
                    return meta.shown, meta.posted_at
        return None

    def _without_times(self, author: LexborNode) -> str:
        """An author element's text less the time elements inside it: "g!bs at 0:13", a
        name and the moment of a track or video the comment is about, gives "g!bs at". A
        `<br>` ends a line: "<a>Ada</a><br>Registered User" is the name, then her title."""
        return lines_text(
            author, {node.mem_id for _, node in self.times if is_inside(node, author)}
        )

    def time(self, fetched_at: datetime) -> tuple[str | None, datetime | None]:
        """(time as shown, UTC moment): machine-readable first, else read from the label; the
        first element that gives a moment ("Sep 18 at 22:07" with the year in its tooltip),
        else the first label shown."""
        first = None
        for _, node in sorted(self.times, key=lambda pair: pair[0]):
            shown = squash(node.text()) or None
            attributes = node.attributes
            machine = attributes.get("datetime") or attributes.get("content")
            moment = (
                parse_datetime(machine)
                or _dated_title(attributes.get("title"), fetched_at)
                or parse_datetime(mask_links(shown) if shown else None, now=fetched_at)
            )
            if moment is None and shown:
                moment = time_in(shown, fetched_at)
            if moment is None and shown and _COMPACT_AGE.match(shown):
                moment = parse_datetime(shown + " ago", now=fetched_at)
            if moment is not None:
                return shown, moment
            if shown and first is None:
                first = shown
        return first, None

    def text(self, fetched_at: datetime) -> tuple[str, Callable[[], list[str]] | None]:
        """The surest text element without chrome, author, time and replies, with what reads
        the lines of the item outside it (where an unnamed author and date line sits), only
        wanted when the parts name no author or time; else what is left of the item once its
        metadata lines are taken out (`meta_lines` keeps them), and None."""
        target, skip, named = self._choice()
        if target is not None:
            if self.slot is not None and prose_slot(target) != self.slot:
                target = self._in_slot(self.slot) or target
            pieces = self._pieces(target, skip) if target.mem_id in named else []
            meta = [node for _, node in self.authors + self.times]
            inside = [node for node in meta if node.tag != "a" and is_inside(node, target)]
            blocks: list[LexborNode] = []
            if inside:  # the elements' texts read once, for all of them
                known = _MetaParts.of(meta + self.chrome)
                blocks = [_meta_block(node, target, known, skip, fetched_at) for node in inside]
            skipped = skip | {block.mem_id for block in blocks} | self._leading_names(target)
            subject = next(element_children(target), None)
            if subject is not None and _reply_subject(subject):
                skipped.add(subject.mem_id)
            text = "\n".join(
                filter(None, (lines_text(piece, skipped) for piece in [target, *pieces]))
            )
            if text:
                around = skip | {piece.mem_id for piece in pieces}
                return text, partial(self._around, target, around, blocks)
            if self.signed:
                return self._subject(skip), None
            if target.css_first(EMBEDS) is not None:  # a video, no words: not the profile's
                return "", partial(self._around, target, skip, blocks)
        self.meta_lines = []
        leftover = (self._leftover(root, skip, fetched_at) for root in self.roots)
        return "\n".join(filter(None, leftover)), None

    def _leading_names(self, target: LexborNode) -> set[int]:
        """The author link a text element opens with ("<a href=/profile/ada>Ada Lovelace</a>
        Great post") when the name shows nowhere else in the item: whose words follow, not the
        first of them (a name shown apart makes the link a reader's "@Bo" to someone)."""
        named = [node for _, node in self.authors if node.text().strip()]
        if not named or named[0].tag != "a" or not all(is_inside(n, target) for n in named):
            return set()
        first = named[0]
        shown = squash(target.text())
        return {first.mem_id} if shown.startswith(squash(first.text())) else set()

    def _pieces(self, target: LexborNode, skip: set[int]) -> list[LexborNode]:
        """The siblings after a named text element that are named alike (`p.comment-text` per
        paragraph, `div.comment-body` twice): the rest of the comment's words, not another
        comment's."""
        slot = prose_slot(target)
        named = {node.mem_id for _, node in self.texts}
        pieces = []
        sibling = next_element(target)
        while sibling is not None:
            if (
                sibling.mem_id in named
                and sibling.mem_id not in skip
                and prose_slot(sibling) == slot
            ):
                pieces.append(sibling)
            sibling = next_element(sibling)
        return pieces

    def closing_block(self) -> LexborNode | None:
        """The last block of the text element that shows words (where a signature sits)."""
        target, skip, _ = self._choice()
        if target is None:
            return None
        return last_element_child(
            target,
            lambda child: (
                child.mem_id not in skip
                and child.tag not in INLINE_TAGS
                and bool(child.text(strip=True))
            ),
        )

    def set_apart(self, block: LexborNode) -> None:
        """Leave out of the text, as chrome is, a block inside the item that is another's
        (the header row of a reply nested in it)."""
        self.chrome.append(block)
        self._chosen = None

    def leave_out(self, block: LexborNode) -> None:
        """Leave a signature out of the text, as chrome is."""
        self.chrome.append(block)
        self.signed = True
        self._chosen = None

    def _subject(self, skip: set[int]) -> str:
        """What a post of only its signature says: its subject line (a heading of its own),
        if it shows one."""
        for heading in self.item.css(HEADING_SELECTOR):
            if not ancestor_ids([heading]) & skip:
                return squash(heading.text())
        return ""

    def prose_slot(self) -> str | None:
        """Where the text was found when no class names it (`prose_slot`), for the list's
        items to agree on one; None when a class names the text."""
        target, _, named = self._choice()
        return prose_slot(target) if target is not None and not named else None

    def _choice(self) -> tuple[LexborNode | None, set[int], set[int]]:
        """The text element as this item alone shows it, the elements its text leaves out, and
        (non-empty when a class names the text) the named candidates; read once."""
        if self._chosen is not None:
            return self._chosen
        # A block named like chrome (`ugccmt-render-reply`, a state for a script) that holds
        # the author or time is the comment's body. (A button's label may be named `text`.)
        meta_holders = ancestor_ids(node for _, node in self.authors + self.times)
        chrome = [node for node in self.chrome if node.mem_id not in meta_holders]
        boxes = {node.mem_id for node in chrome}
        skip = {node.mem_id for node in self.nested} | boxes
        skip.update(node.mem_id for _, node in self.authors if node.tag != "a")
        skip.update(node.mem_id for _, node in self.times)
        folds = {node.mem_id for _, node in self.texts if _a_fold_notice(node)}
        skip |= folds
        texts = [  # not a button's label (`<footer><span class="text">Reply</span>`), not empty
            # (a picture or a video shown is no empty text)
            pair
            for pair in self.texts
            if not (boxes and held_by_any(pair[1], boxes))
            and not _separator(pair[1])
            and pair[1].mem_id not in folds
            and (pair[1].text(strip=True) or pair[1].css_first(f"img, {EMBEDS}") is not None)
        ]
        target = None
        named = {node.mem_id for rank, node in texts if rank < _NAMED_TEXT}
        if named:
            author_holders = ancestor_ids(node for _, node in self.authors)
            target = min(texts, key=partial(_text_choice, author_holders))[1]
        elif texts:
            target = self._prose_block([node for _, node in texts], skip, meta_holders)
        self._free = [node for _, node in texts if node.mem_id not in meta_holders]
        self._chosen = target, skip, named
        return self._chosen

    def names_its_text(self) -> bool:
        """Does a class name the comment's text (`comment-text`, `itemprop=text`), not only
        say text, content or body (`floor_content`), as a box of anything may be named?"""
        return any(rank < _NAMED_TEXT for rank, _ in self.texts)

    def text_element(self) -> LexborNode | None:
        """The element the text is read from, as the item's own parts choose it."""
        return self._choice()[0]

    def place_text(
        self, blocks: list[LexborNode]
    ) -> tuple[list[tuple[int, LexborNode]], str | None]:
        """Read the text from BLOCKS (the place the list's template gives it), not from the
        element the item's class words chose; the text elements it read from before, for
        `restore_text`."""
        old = self.texts, self.slot
        self.texts = [(0, block) for block in blocks]
        self.slot = None
        self._chosen = None
        return old

    def restore_text(self, old: tuple[list[tuple[int, LexborNode]], str | None]) -> None:
        """Read the text where it was read before `place_text`."""
        self.texts, self.slot = old
        self._chosen = None

    def place_author(self, node: LexborNode) -> None:
        """Take the name from NODE (the place the list's template gives it) before any other
        author element."""
        self.authors.insert(0, (-1, node))
        self._chosen = None

    def unplace_author(self) -> None:
        """Take the name from the item's own elements again, as before `place_author`."""
        del self.authors[0]
        self._chosen = None

    def free_slots(self) -> list[str]:
        """The places (`prose_slot`) that name one block each that could hold the text, not
        the author or the time, in the order the item's candidates were found (ties between
        places go to the first): a place two blocks share (the text's `span.postbody` and the
        signature's) says nothing of which is the text."""
        self._choice()
        seen = Counter(prose_slot(node) for node in self._free)
        return [slot for slot, count in seen.items() if count == 1]

    def slot_text(self, slot: str) -> str:
        """The text of the one block in `slot`, empty when there is none."""
        block = self._in_slot(slot) if slot != self.prose_slot() else self._choice()[0]
        return lines_text(block, self._choice()[1]) if block is not None else ""

    def _in_slot(self, slot: str) -> LexborNode | None:
        """The one block in `slot` that holds neither the author nor the time."""
        inside = [node for node in self._free if prose_slot(node) == slot]
        return inside[0] if len(inside) == 1 else None

    def _prose_block(
        self, blocks: list[LexborNode], skip: set[int], meta_holders: set[int]
    ) -> LexborNode:
        """The message among blocks no class names as a comment's text (a forum post's
        `postcontent` beside `textcontrols` and the user column): the longest block that holds
        neither the author nor the time, or the innermost block inside it that holds nearly
        all (80%) of its text; not a signature, which opens with a rule of underscores or
        dashes ("_________________", "-- "), when another block is left."""
        read = [(lines_text(block, skip), block) for block in blocks]
        unsigned = [(text, block) for text, block in read if not _SIGNATURE_RULE.match(text)]
        sized = [
            (block.mem_id not in meta_holders, len(text), block)
            for text, block in (unsigned or read)
        ]
        free, size, best = max(sized, key=lambda entry: entry[:2])
        inner = [
            (length, block)
            for clean, length, block in sized
            if clean == free and length >= MOST * size and is_inside(block, best)
        ]
        return min(inner, key=lambda entry: entry[0])[1] if inner else best

    def _around(self, target: LexborNode, skip: set[int], blocks: list[LexborNode]) -> list[str]:
        """The lines of the metadata blocks inside the text element, then the first and last
        lines of the item outside it."""
        outside = lines_text(self.item, skip | {target.mem_id}).split("\n")
        inside = [line for block in blocks for line in lines_text(block).split("\n")]
        feet = [line for foot in self.feet for line in lines_text(foot, skip).split("\n")]
        return inside + outside[:HEADER_LINES] + outside[-2:] + [line for line in feet if line]

    def _leftover(self, root: LexborNode, skip: set[int], fetched_at: datetime) -> str:
        """The item's text without its metadata: each author or time element, widened to the
        largest block around it that holds little else (a "by Ada on 3 May" line), whose
        lines go to `meta_lines`; without its headings, and without a reply's subject heading
        however deep it sits ("Re: Fuel prices" in the post's header box): the post's title,
        which repeats the topic's, not its words."""
        blocks = set(skip)
        meta = [node for _, node in self.authors + self.times]
        if meta:  # the elements' texts read once, for all of them
            known = _MetaParts.of(meta + self.chrome)
            for node in meta:
                block = _meta_block(node, root, known, skip, fetched_at)
                if block.mem_id not in blocks:
                    blocks.add(block.mem_id)
                    self.meta_lines += lines_text(block).split("\n")
        for child in element_children(root):
            if child.tag in HEADINGS:
                blocks.add(child.mem_id)
        blocks.update(
            heading.mem_id for heading in root.css(HEADING_SELECTOR) if _reply_subject(heading)
        )
        return lines_text(root, blocks)


def parts_of(block: LexborNode) -> Parts:
    """Every part inside `block` filed under its roles: a block judged on its own, not as one
    of a list's items (whose parts `read_items` shares out among them)."""
    parts = Parts(block)
    for node in select(block, PARTS):
        parts.classify(node)
    return parts


def prose_slot(node: LexborNode) -> str:
    """A block's place in its item as the markup names it (tag and class words, numbers
    aside): the same in every item of one list, the post's text in one, the user column in
    another. A block with no class is named by an id that numbers it with its row
    (`div#post_message_1856885`), less the number."""
    attributes = node.attributes
    classes = (attributes.get("class") or "").split()
    if not classes:
        node_id = attributes.get("id") or ""
        if RECORD_NUMBER.search(node_id):
            return f"{node.tag} #{RECORD_NUMBER.sub('', node_id)}"
    return " ".join([node.tag or "", *sorted(w for w in classes if not DIGIT.search(w))])


_COMPACT_AGE = re.compile(r"^\d{1,3}\s?(?:s|m|min|h|d|w|mo|y)$")
"""An age in an element named for the time, the unit a letter ("15h", "11m", "2y"): so
many hours, minutes, years ago."""


def _separator(node: LexborNode) -> bool:
    """Does an element show only punctuation ("·", "|", "–"): a separator between the
    author and the date, whatever its class says (`sc-text-h4`), never a comment's text?
    An emoji is a symbol, not punctuation: a comment of one emoji stays."""
    shown = node.text().strip()
    return bool(shown) and all(
        unicodedata.category(ch)[0] in "PZC" or ch in _SEPARATOR_SYMBOLS for ch in shown
    )


_SEPARATOR_SYMBOLS = frozenset("|/~")


def _a_fold_notice(node: LexborNode) -> bool:
    """Does an element show only a count of replies ("1 reply", "2 replies", "3 Antworten"):
    the notice over a folded thread's replies, whatever its class says (`replies-text`), never
    a comment's words?"""
    shown = node.text().strip()
    return len(shown) <= _FOLD_NOTICE and _COUNTED_REPLIES.fullmatch(squash(shown)) is not None


_FOLD_NOTICE = 40
_COUNTED_REPLIES = re.compile(
    r"\d+\s+(?:more\s+)?(?:repl(?:y|ies)|answers?|antworten?|réponses?|respuestas?|respostas?"
    r"|rispost[ae]|reacties?|odpowiedzi|ответов|ответа|ответ)",
    re.IGNORECASE,
)
"""A count of replies and its noun, singular or plural, in a few languages."""


_SIGNATURE_RULE = re.compile(r"^(?:_{4,}|-{2,}|—{2,})\s*(?:\n|$)")


def _text_choice(author_holders: set[int], pair: tuple[int, LexborNode]) -> int:
    """A text element's rank, worse when it also holds the author (a wrapper such as
    `comment__content-wrapper` around the name and the message)."""
    rank, node = pair
    return rank + (_HOLDS_AUTHOR if node.mem_id in author_holders else 0)


def _dated_title(title: str | None, fetched_at: datetime | None) -> datetime | None:
    """The full date a relative or short label keeps in its tooltip ("2 days ago" with
    `title="Mar 3, 2016 at 4:05 PM"`): only a date with its year, never a relative one nor
    "5/8/2024" (May or August? the label may know, the tooltip does not say)."""
    if not title or not _YEAR.search(title):
        return None
    numeric = _NUMERIC_DATE.search(title)
    if numeric and int(numeric["first"]) <= 12 and int(numeric["second"]) <= 12:
        return None
    return parse_datetime(title, now=fetched_at)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_NUMERIC_DATE = re.compile(r"(?<!\d)(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.]\d{2,4}(?!\d)")


def _first_of_names(author: LexborNode) -> str | None:
    """The first of the names an author element links to the pages of two users or more
    ("Ada in reply to Bob", "Ada ▸ Bob"): the others are those it answers. An avatar's link
    to the same page as the name is one user; a link whose address ends with the name it
    shows (`#/u?s=ada` showing "ada") is a user's page, however the site words it."""
    pages: dict[str, str] = {}
    for link in author.css("a[href]"):
        href = link.attributes.get("href") or ""
        name = squash(link.text())
        if (
            name
            and (profile_link(href) or href.endswith(("/" + name, "=" + name)))
            and href not in pages
        ):
            pages[href] = name
    return next(iter(pages.values())) if len(pages) > 1 else None


def _without_a_bracketed_login(author: LexborNode, name: str) -> str:
    """The name less the account's login shown after it in brackets as a link ("Ada
    (<a>ada77</a>)"), as a guest book adds it for a registered guest: the name is what the
    guest signed with."""
    match = _BRACKETED_TAIL.fullmatch(name)
    if match is None:
        return name
    login = match["login"].strip()
    if any(squash(link.text()) == login for link in author.css("a")):
        return match["name"]
    return name


_BRACKETED_TAIL = re.compile(r"(?P<name>\S.*?)\s*\((?P<login>[^()]+)\)")
"""A name, then words in brackets closing it."""


def _its_address_ends_with(author: LexborNode, name: str) -> bool:
    """Does the author link's address end with the name as its user's slug
    (`/members/57500-568` showing "568"): a user named with digits, not a count?"""
    link = _author_link(author)
    href = (link.attributes.get("href") or "") if link is not None else ""
    return href.rstrip("/").endswith(("/" + name, "-" + name, "=" + name))


def _author_link(author: LexborNode) -> LexborNode | None:
    """The author element itself when it is a link, else its first link with an address."""
    return author if author.tag == "a" else author.css_first("a[href]")


def _bracket_its_address_spells(author: LexborNode, name: str) -> str | None:
    """The author link's whole text when the name read from it lost a label in square
    brackets that the link's address spells too ("PFC Ada [Ret.]" linking to
    `/profile/PFC%20Ada%20%5BRet.%5D`): there the bracket is part of the account's name, not
    a place or a rank shown beside it."""
    link = _author_link(author)
    if link is None:
        return None
    shown = squash(link.text())
    if (
        not name
        or not shown.startswith(name)
        or not _SQUARE_BRACKET_TAIL.fullmatch(shown[len(name) :])
    ):
        return None
    address = unquote((link.attributes.get("href") or "").rstrip("/"))
    spelled = (address, address.replace("+", " "))
    return shown if any(a.endswith(("/" + shown, "=" + shown)) for a in spelled) else None


_SQUARE_BRACKET_TAIL = re.compile(r"\s+\[[^\]\[]{1,20}\]")


def _linked_name(author: LexborNode, name: str) -> str | None:
    """The text of the one link inside an author element when the name read from the element
    is that text after a label: "Szerző: <a href=/u/7>user1</a>", "Beküldte user1", a word,
    or words ending in a colon, in whatever language; the link names the user."""
    if author.tag == "a":
        return None
    linked = {
        link.attributes.get("href") or "": squash(link.text()) for link in author.css("a[href]")
    }
    shown = next(iter(linked.values())) if len(linked) == 1 else ""
    if not shown or len(name) <= len(shown) or not name.endswith(shown):
        return None
    label = name[: -len(shown)]
    if ":" not in label and label.istitle() and shown[:1].isupper():
        return None  # "Ada <a>Obi</a>": a first name before the linked surname
    return shown if _LABEL_BEFORE.fullmatch(label) else None


_LABEL_BEFORE = re.compile(
    r"[^\W\d_]+(?:\([^\W\d_]{1,3}\))?\s|(?:[^\W\d_]+\s){0,2}[^\W\d_]+(?:\([^\W\d_]{1,3}\))?\s?:\s?"
)
"""A label before a name: one word ("Beküldte ", "Написал(а) "), or up to three ending in a
colon ("Автор темы: ", "Auteur : ")."""


def _names_a_name(node: LexborNode) -> bool:
    """An element whose class or itemprop says it is the name itself (`comment_author_name`,
    `username`, `nickname`), inside an author block that also shows a floor's number ("2
    樓") or the account's handle."""
    attributes = node.attributes
    shown = node.text().strip()
    return (
        any(letter.isalpha() for letter in shown)
        and shown.casefold() not in REPLY_WORDS  # "Ada 回复 Bob": the word between two names
        and (
            any(word.endswith("name") for word in label_words(attributes.get("class") or ""))
            or (attributes.get("itemprop") or "") == "name"
        )
    )


def author_name(shown: str) -> str:
    """The name in an author element: "by Ngozi » Sat Nov 02, 2024" → "Ngozi",
    "Milan on" → "Milan", "guest Saturday, November 24, 2012" → "guest", and without the
    address of a profile shown beside it ("http://twitter.com/HazzW Harry Ward") or the
    account's number or handle after it ("kv9 (697238)", "chompers @evan"), or whom it
    answers ("Hidden in reply to Ada")."""
    name = _to_the_name_end(squash(ADDRESS.sub(" ", shown)).split("\n", 1)[0])
    date = DATE_IN_TEXT.search(name)
    if date is not None and date.start() > 0:
        name = without_weekday(name[: date.start()])
    name = _TRAILING_ON.sub("", LEADING_LABEL.sub("", _SAYS.sub("", name)))
    name = _WORD_COLON.sub("", name)
    answers = _ANSWERS.search(name)
    if answers is not None and answers.start() > 0:
        name = name[: answers.start()]
    return _ACCOUNT_NUMBER.sub("", name).strip(" ,:|·»«-–—")


def _to_the_name_end(line: str) -> str:
    """The line up to what ends a name in it (`_NAME_END`), unless that is one " | " before a
    few words that are no date, count or control: a commenter who signs with the name of
    their site too ("Rachael | Spache the Spatula") gives one name, as their profile shows."""
    end = _NAME_END.search(line)
    if end is None:
        return line
    rest = line[end.end() :]
    if end.group().strip() == "|" and _signs_off(rest):
        return line
    return line[: end.start()]


def _signs_off(rest: str) -> bool:
    """Are the words after a name's " | " a few (`_SIGNED_WORDS`) with no digit, separator
    or control's word among them ("Reply", "Permalink"): more of the name, not a field?"""
    words = rest.split()
    return (
        0 < len(words) <= _SIGNED_WORDS
        and DIGIT.search(rest) is None
        and _NAME_END.search(rest) is None
        and not any(word.strip(_WORD_EDGES).casefold() in _CONTROL_WORDS for word in words)
    )


_SIGNED_WORDS = 4
_WORD_EDGES = ".,:;!?()[]\"'"
_CONTROL_WORDS = UI_WORDS | ACTION_WORDS


_WORD_COLON = re.compile(r"^[^\W\d_]+(?:\([^\W\d_]{1,3}\))?\s?:\s+(?=\S+(?:\s\S+){0,2}$)")
"""A one-word label and its colon before a name of up to three words ("Автор: Ada Obi",
"Auteur : Ada"), in any language: the colon says the word labels what follows."""


_ANSWERS = re.compile(REPLY_TO.pattern.removeprefix("^"), re.IGNORECASE)
"""Whom the comment answers, after the name: "Hidden in reply to Ada", its words glued to
the name where blocks apart show them ("Hiddenin reply to Ada")."""


_ACCOUNT_NUMBER = re.compile(
    r"(?<=\S)\s*\(\d{2,}\)\s*$|(?<=\S)\s+@[\w.-]+$|(?<=\S)\s+\[[^\]\[]{1,20}\]\s*$"
)
"""The account's number ("kv9 (697238)"), handle ("chompers @evan") or a label in square
brackets, a place or a rank ("洪荒吧唧 [广东网友]"), after the name."""


class _MetaParts(NamedTuple):
    """An item's author, time and chrome elements as `_meta_block` reads them at every level
    up from each of them: read once for the item, not once per element and level."""

    shown: list[str]
    """Their texts, squashed."""
    ids: set[int]
    around: set[int]
    """The boxes holding one of them (`ancestor_ids`)."""

    @classmethod
    def of(cls, meta: list[LexborNode]) -> _MetaParts:
        return cls(
            [squash(part.text()) for part in meta],
            {part.mem_id for part in meta},
            ancestor_ids(meta),
        )


def _meta_block(
    node: LexborNode,
    root: LexborNode,
    meta: _MetaParts,
    skip: set[int],
    fetched_at: datetime,
) -> LexborNode:
    """The largest ancestor of `node` under `root` that holds little besides the author,
    time and chrome elements (`meta`, which `node` is one of), dates shown as text, short
    links and a title: a "by Ada on 3 May" line ("Ada - 1 year ago | thread", a date no
    element is named for), not the block that also holds a short comment's text, unless the
    item's words are outside it (`_a_header`; `skip`: the subtrees that are not the item's
    words)."""
    block = node
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        rest = squash(parent.text())
        for text in meta.shown + [squash(title.text()) for title in parent.css(HEADING_SELECTOR)]:
            if text:
                rest = rest.replace(text, "", 1)
        other = _holds_other_text(parent, block, meta)
        if other or len(rest.strip()) > META_SLACK:
            words = _beside_dates(rest, parent, fetched_at)
            if (other or len(words) > META_SLACK) and not _a_header(
                parent, words, root, skip, fetched_at
            ):
                if _a_header_of_marks(parent, words, root, skip, fetched_at):
                    return parent  # the header, and no block around it: the words are below
                break
        block, parent = parent, parent.parent
    return block


def _a_header(
    block: LexborNode, words: str, root: LexborNode, skip: set[int], fetched_at: datetime
) -> bool:
    """Is a block that holds the author and a few words besides dates and links (a badge,
    "commented", "Maintainer") the item's header, its words elsewhere (below a rule, in a
    block of their own)? Only when the item shows more words outside it than in it, dates
    and short links aside: a short comment written beside its author, with its date line
    above ("#2-1 - 2020-5-4 10:58"), is no header."""
    if len(words) > _HEADER_WORDS:
        return False
    outside = _beside_dates(lines_text(root, skip | {block.mem_id}), root, fetched_at)
    return len(outside) > max(len(words), META_SLACK)


def _a_header_of_marks(
    block: LexborNode, words: str, root: LexborNode, skip: set[int], fetched_at: datetime
) -> bool:
    """Are a block's words beside its author, dates and short links only marks ("|" after a
    fan's link to a player, "·"), with words outside it? Then it is the item's header however
    short the words outside ("Too ez"): no word of the comment stands beside the name."""
    if _WORD.search(words) is not None:
        return False
    outside = _beside_dates(lines_text(root, skip | {block.mem_id}), root, fetched_at)
    return _WORD.search(outside) is not None


_WORD = re.compile(r"[^\W_]")


_HEADER_WORDS = 2 * META_SLACK
"""The most a header row may hold besides its author, dates and links: a role or a badge."""


def _beside_dates(shown: str, block: LexborNode, fetched_at: datetime) -> str:
    """What a block's line (`shown`, less its author and time elements) holds besides the
    dates it shows as text and its short links ("- 2 years ago (last modified 2 years ago) |
    thread parent"): a meta line whose date no element is named for holds little else. A
    line too long to come down to a header's few words is given back as it is."""
    if len(shown) > _HEADER_WORDS + _DATES_IN_A_LINE * _LONGEST_DATE:
        return shown
    for link in block.css("a"):
        label = squash(link.text())
        if len(label) <= _INLINE_WORDS:
            shown = shown.replace(label, "", 1)
    for _ in range(_DATES_IN_A_LINE):
        found = find_datetime(mask_links(shown), fetched_at)
        if found is None:
            break
        shown = shown[: found[0]] + shown[found[1] :]
    return squash(shown)


_DATES_IN_A_LINE = 3


_LONGEST_DATE = 40
"""Characters a date shown as text takes at most ("Wednesday, 18 September 2024, 22:07")."""


def _holds_other_text(parent: LexborNode, block: LexborNode, meta: _MetaParts) -> bool:
    """Has `parent` a child element besides `block` that shows words of its own, not an
    author, time, chrome or title: a paragraph (`<p>Ja, kannst Du.</p>` beside the meta
    line), or an inline element longer than a name (`<span>Not really a duplicate</span>`).
    A connector ("by", "|") or a name in a bare `<strong>` belongs to the meta line."""
    ids, around = meta.ids, meta.around
    for child in element_children(parent):
        if child.mem_id == block.mem_id or child.mem_id in ids or child.tag in HEADINGS:
            continue
        if child.mem_id in around:
            continue
        shown = squash(child.text())
        if child.tag in INLINE:
            if len(shown) > _INLINE_WORDS:
                return True
        elif len(shown) > _CONNECTOR or _UNSPACED_WORD.search(shown):
            return True
    return False


_CONNECTOR = 4
"""The longest text a block element beside an author and a time may show ("by", "von")."""

_UNSPACED_WORD = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
"""A letter of a script written without spaces (Chinese, Japanese, Korean), one being a word:
a short reply ("顶一下", "哦") in a block of its own, no connector. Marks such as "・" and "ー"
are no letters."""


INLINE = frozenset({"a", "b", "strong", "em", "i", "span", "small", "cite", "abbr", "font", "u"})


_INLINE_WORDS = 20
"""The longest text an inline element in a meta line may show: a name, not a sentence."""
