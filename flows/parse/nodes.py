"""Small helpers over selectolax nodes: de-duplicated selection and readable text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from itertools import compress
from typing import Any, TypeVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

LINE_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "dd",
        "dt",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "header",
        "footer",
    ]
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
HEADING_SELECTOR = "h1, h2, h3, h4, h5, h6"
UNREAD_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "button", "select", "textarea"]
)
SCANNED_TAGS = (
    *("p", "pre", "blockquote", "div", "td", "section", "article", "a"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "meta", "script", "time", "br", "img", "tr", "li"),
    *("link", "cite"),
)
# Scanned tags asked for one at a time only: kept out of the list `Scan.of` picks several
# tags from, which they would lengthen (a page has hundreds of them) for every other caller.
ALONE_TAGS = frozenset(("br", "img", "tr", "li", "link", "cite"))
_SCANNED_TOGETHER = frozenset(SCANNED_TAGS) - ALONE_TAGS
INLINE_TAGS = ("span", "strong", "b")
"""Tags asked for together only (the comments' count lines): one list of the three in
document order, kept out of the list `Scan.of` picks from, as the alone tags are."""
LD_JSON_TYPE = "application/ld+json"
"""A JSON-LD script's `type`, which lexbor's `script[type="application/ld+json"]` matches
in any case (it reads `type` as HTML says: case-insensitively), not with spaces around."""


class Scan:
    """One walk over a page's tree for what several extractors select by tag alone.

    Every `tree.css(...)` walks the whole tree (about as long as the parse of a small page
    takes), whatever the selector: one walk with the tags of all of them, split by tag
    here, gives the same elements in the same (document) order as a walk per selector."""

    __slots__ = (
        "_anchors",
        "_body_text",
        "_codes",
        "_ids",
        "_ld_json",
        "_of",
        "_tagged",
        "_with_id",
        "custom",
        "elements",
        "tree",
    )

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self._ld_json: list[str] | None = None
        self._body_text: str | None = None
        self._anchors: list[tuple[LexborNode, dict[str, str | None]]] | None = None
        self._of: dict[tuple[str, ...], list[LexborNode]] = {}
        # Each scanned tag's number → its code, its own list (most callers ask for one tag),
        # and whether `of` picks it among others.
        slots: dict[int, tuple[int, list[LexborNode], bool]] = {}
        for number, name in _SCANNED_NAMES.items():
            slots[number] = (_CODES[name], [], name not in ALONE_TAGS)
            self._of[(name,)] = slots[number][1]
        inline: list[LexborNode] = []
        self._of[INLINE_TAGS] = inline
        slots.update({tag_id(name): (-1, inline, False) for name in INLINE_TAGS})  # no code read
        # Every scanned element and its tag's code, in document order, in two lists: `of`
        # picks those of several tags with `compress`, without a loop in Python.
        tagged: list[LexborNode] = []
        codes: list[int] = []
        custom: list[LexborNode] = []
        with_id: list[LexborNode] = []
        ids: list[str] = []
        elements = 0
        if tree.root is not None:
            # A walk in Python that keeps the scanned tags by number: faster than lexbor
            # matching the tags' selector on every element (no selector parse, no matching).
            slot_of = slots.get
            keep = tagged.append
            label = codes.append
            unnamed = custom.append
            standard = _LAST_STANDARD
            for elements, node in enumerate(tree.root.traverse(), 1):  # noqa: B007 (counted)
                number = node.tag_id
                slot = slot_of(number)
                if slot is not None:
                    slot[1].append(node)
                    if slot[2]:
                        keep(node)
                        label(slot[0])
                elif number > standard:
                    unnamed(node)
            # Lexbor's `[id]` walk tests an attribute in C: reading `node.id` on the walk
            # above, a call per element, costs twice as much on pages where most have none.
            for node in tree.css("[id]"):
                if ident := node.id:
                    with_id.append(node)
                    ids.append(ident)
        self._with_id = with_id
        self._ids = ids
        self._tagged = tagged
        self._codes = bytes(codes)
        self.custom = custom  # elements of tags the HTML standard does not name (web components)
        self.elements = elements  # the page's elements, all tags

    def of(self, *tags: str) -> list[LexborNode]:
        """`tree.css(", ".join(tags))` for tags among SCANNED_TAGS (one of `ALONE_TAGS` only
        on its own), or for `INLINE_TAGS` together, in document order.
        The same list for the same tags (metadata and body both ask for the `<h1>`s):
        callers read it, never change it."""
        found = self._of.get(tags)
        if found is None:
            if not _SCANNED_TOGETHER.issuperset(tags):  # a tag no walk kept: an empty answer
                raise ValueError(f"not scanned together: {tags!r} (nodes.SCANNED_TAGS)")
            # One byte per element, 1 for the wanted tags: `translate` writes it in C, where a
            # set lookup per element through `map` costs a call each.
            wanted = self._codes.translate(_wanted_codes(tags))
            found = self._of[tags] = list(compress(self._tagged, wanted))
        return found

    @property
    def with_id(self) -> list[LexborNode]:
        """The elements with a non-empty id, in document order (`tree.css("[id]")` less the
        empty ids), found on the walk: callers read the list, never change it."""
        return self._with_id

    @property
    def ids(self) -> list[str]:
        """The ids of `with_id`, in its order, read on the walk: a caller that asks every
        element's id (a forum's numbered rows) reads none again."""
        return self._ids

    def anchors(self) -> list[tuple[LexborNode, dict[str, str | None]]]:
        """Every `<a>` with its attributes, in document order, read once for the page's links
        and the comments' signatures (an element's attributes cost a call into lexbor each
        time): callers read the dicts, never change them."""
        if self._anchors is None:
            self._anchors = [(anchor, anchor.attributes) for anchor in self.of("a")]
        return self._anchors

    def first(self, tag: str) -> LexborNode | None:
        """`tree.css_first(tag)` for a tag among SCANNED_TAGS."""
        found = self.of(tag)
        return found[0] if found else None

    def body_text(self) -> str:
        """The text nodes of the body run together (`text_lexbor`), read once for the
        fallbacks that look for a header or a label in it before they walk the tree; empty
        without a body."""
        if self._body_text is None:
            body = self.tree.body
            self._body_text = "" if body is None else body.text_lexbor()
        return self._body_text

    def ld_json(self) -> list[str]:
        """The text of every JSON-LD script, read once for metadata and comments: the scanned
        scripts whose `type` says so, instead of a selector walk of the whole tree."""
        if self._ld_json is None:
            self._ld_json = [
                script.text()
                for script in self.of("script")
                if (script.attributes.get("type") or "").lower() == LD_JSON_TYPE
            ]
        return self._ld_json


@cache
def tag_id(tag: str) -> int:
    """Lexbor's number for a tag the HTML standard names, what `node.tag_id` gives: reading it
    costs half of reading `node.tag`, which decodes the name again on every read. (Other
    names get numbers per document: not for them.)"""
    return LexborHTMLParser("").create_node(tag).tag_id


_SCANNED_NAMES = {tag_id(tag): tag for tag in SCANNED_TAGS}
_CODES = {tag: code for code, tag in enumerate(SCANNED_TAGS)}
"""Each scanned tag's code: one byte per element in `Scan`'s list of them."""


@cache
def _wanted_codes(tags: tuple[str, ...]) -> bytes:
    """The `bytes.translate` table that makes the codes of TAGS 1 and every other code 0."""
    codes = {_CODES[tag] for tag in tags}
    return bytes(code in codes for code in range(256))


_LAST_STANDARD = 0xFFFF
"""Above every number lexbor gives a tag it knows; a tag it does not know (a web component,
`<ytd-comment-renderer>`) is numbered per document far above it."""


_A = tag_id("a")
_WALK_AT_MOST = 48
"""Elements `link_chars` walks in Python before it leaves the rest to lexbor's selector."""


def link_chars(node: LexborNode) -> int:
    """Characters of link text in `node`: `sum(len(a.text()) for a in node.css("a[href]"))`.
    An `<a>` without `href` (`<a name=…>` around a subheading, a jump target) links nowhere.
    A paragraph holds a handful of elements, and walking them costs less than lexbor parsing
    the selector; a large block is handed to lexbor after the first few."""
    chars = 0
    for seen, element in enumerate(node.traverse()):
        if seen == _WALK_AT_MOST:
            return sum(len(a.text()) for a in node.css("a[href]"))
        if element.tag_id == _A and "href" in element.attributes:
            chars += len(element.text())
    return chars


def first_tagged(node: LexborNode, tag_ids: Container[int]) -> LexborNode | None:
    """`node.css_first(", ".join(tags))`, `node` itself included, for the tags whose lexbor
    numbers are TAG_IDS: a walk in Python. Lexbor parses a selector on every call, which
    costs more than walking the few dozen elements of a block or of a picture's box."""
    for element in node.traverse():
        if element.tag_id in tag_ids:
            return element
    return None


HEADING_IDS = frozenset(map(tag_id, HEADINGS))
LINK_IDS = frozenset((tag_id("a"),))
"""A link's tag, as `ancestor_tagged` asks for it: is a node inside a link?"""


def loose_chars(node: LexborNode, counted: frozenset[int] = frozenset()) -> int:
    """Characters of text written straight inside the element, outside its child elements
    but those of COUNTED tags (the emphasis around a lead), each run stripped."""
    chars = 0
    child = node.first_child
    while child is not None:
        if child.is_text_node:
            chars += len((child.text_content or "").strip())
        elif child.tag_id in counted:
            chars += len(child.text(strip=True))
        child = child.next
    return chars


def scan(tree: LexborHTMLParser, given: Scan | None) -> Scan:
    return given if given is not None and given.tree is tree else Scan(tree)


def select(root: LexborHTMLParser | LexborNode, selector: str) -> list[LexborNode]:
    """`root.css(selector)` without repeats, in document order.

    Lexbor returns a node once per comma-separated selector it matches, so
    `li.comment, li[id^="comment-"]` gives a commented `<li id="comment-1">` twice.
    """
    seen: set[int] = set()
    unique = []
    for node in root.css(selector):
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            unique.append(node)
    return unique


_SIMPLE_PART = re.compile(
    r'(?:[a-z][a-z0-9-]*)?(?:\[[a-z][a-z0-9-]*(?:[*^$~|]?="[^"]*")?\]|[.#][\w-]+)*'
)
_FIRST_ATTRIBUTE = re.compile(r"[a-z0-9-]*(?:\[([a-z][a-z0-9-]*)|(\.)|#)")


@cache
def grouped_by_attribute(selector: str) -> str:
    """A comma list of simple parts (`tag[a*="v"].c#i`) rewritten so that lexbor asks each
    element for an attribute once per group, not once per part: the parts whose first test
    is of one attribute become `[name]:is(part, part, …)`. Most elements lack most attributes,
    so a long list of `[class*=…]` and `[id*=…]` parts costs lexbor a quarter less. It
    selects the same elements, but an element two parts of one group match comes back once,
    not twice: for `select`, which drops repeats anyway. A selector with any other form of
    part (a combinator, a pseudo-class, a comma inside a value) is returned as it is."""
    groups: dict[str, list[str]] = {}
    for part in (part.strip() for part in selector.split(",")):
        if not part or not _SIMPLE_PART.fullmatch(part):
            return selector
        first = _FIRST_ATTRIBUTE.match(part)
        name = "" if first is None else first[1] or ("class" if first[2] else "id")
        groups.setdefault(name, []).append(part)
    return ", ".join(
        f"[{name}]:is({', '.join(parts)})" if name and len(parts) > 1 else ", ".join(parts)
        for name, parts in groups.items()
    )


_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def hidden_by_style(attrs: dict[str, str | None]) -> bool:
    """Whether an inline style hides the element: what no reader sees (a paywall's hidden copy
    of the text, a share box's "Sent!" confirmation) whatever the element's class names. Hidden
    microdata (`itemscope`, `itemprop`) is the article stated for machines, as JSON-LD is: not
    hidden clutter."""
    style = attrs.get("style")
    return (
        style is not None
        and _HIDING_STYLE.search(style) is not None
        and "itemscope" not in attrs
        and "itemprop" not in attrs
    )


def out_of_sight(attrs: dict[str, str | None]) -> bool:
    """Whether the `hidden` attribute or an inline style (`hidden_by_style`) keeps the element
    from view."""
    return "hidden" in attrs or hidden_by_style(attrs)


def is_inside(node: LexborNode, root: LexborNode) -> bool:
    """Whether `root` is a proper ancestor of `node` (lexbor nodes compare by `mem_id`)."""
    target = root.mem_id
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.mem_id == target:
            return True
        ancestor = ancestor.parent
    return False


def held_by(node: LexborNode, root: LexborNode, ids: Container[int]) -> bool:
    """Whether an element between `node` and `root` (neither of them) is one of `ids`: a node
    inside a nested block belongs to that block, not to `root`."""
    ancestor = node.parent
    while ancestor is not None and ancestor.mem_id != root.mem_id:
        if ancestor.mem_id in ids:
            return True
        ancestor = ancestor.parent
    return False


def ids_around(
    nodes: list[LexborNode], ids: set[int], within: LexborNode | None = None
) -> list[frozenset[int]]:
    """For each node, which of IDS the elements around it (not itself) are, up to WITHIN (not
    itself) or the root. The walks up share their way: each element is read once, and a walk
    stops at one read before (a thread's author elements, or all its parts, stand in the same
    few boxes)."""
    above: dict[int, frozenset[int]] = {}  # an element read -> IDS at it or around it
    end = None if within is None else within.mem_id
    around = []
    for node in nodes:
        way: list[int] = []  # the elements read on this walk, from the node up
        found: frozenset[int] = frozenset()
        ancestor = node.parent
        while ancestor is not None:
            mem_id = ancestor.mem_id
            if mem_id == end:
                break
            if mem_id in above:
                found = above[mem_id]
                break
            way.append(mem_id)
            ancestor = ancestor.parent
        for mem_id in reversed(way):
            if mem_id in ids:
                found = found | {mem_id}
            above[mem_id] = found
        around.append(found)
    return around


def held_by_any(node: LexborNode, ids: Container[int]) -> bool:
    """Whether an element around `node` (not `node` itself) is one of `ids`."""
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.mem_id in ids:
            return True
        ancestor = ancestor.parent
    return False


def ancestor_tagged(node: LexborNode, tag_ids: frozenset[int], levels: int) -> LexborNode | None:
    """The nearest ancestor of `node` whose tag is one of `tag_ids`, `levels` levels up at
    most: the box a node stands in, where deeper boxes would be another matter."""
    current = node.parent
    for _ in range(levels):
        if current is None:
            return None
        if current.tag_id in tag_ids:
            return current
        current = current.parent
    return None


def element_children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.first_child
    while child is not None:
        if child.is_element_node:
            yield child
        child = child.next


def last_element_child(node: LexborNode, keep: Callable[[LexborNode], bool]) -> LexborNode | None:
    """The last element child that passes `keep`, looked for from the end: a test that reads
    a child's text runs on the fewest children."""
    child = node.last_child
    while child is not None:
        if child.is_element_node and keep(child):
            return child
        child = child.prev
    return None


def next_element(node: LexborNode) -> LexborNode | None:
    """The next sibling that is an element, past text and HTML comments."""
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def text_follows(node: LexborNode) -> bool:
    """Whether a sibling after NODE holds text: what stands after it in its parent is more than
    blank space and empty elements."""
    after = node.next
    while after is not None:
        if after.text(strip=True):
            return True
        after = after.next
    return False


def previous_element(node: LexborNode) -> LexborNode | None:
    """The previous sibling that is an element, past text and HTML comments."""
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    return sibling


def heading_before(node: LexborNode) -> LexborNode | None:
    """The heading nearest before NODE: an element before it that is a heading, or the last
    heading inside one, looking `HEADING_STEPS` elements back at each of `HEADING_LEVELS`
    levels up; none when no heading stands that near (what a list's heading says of it)."""
    current: LexborNode | None = node
    for _ in range(HEADING_LEVELS):
        if current is None:
            return None
        sibling = previous_element(current)
        for _ in range(HEADING_STEPS):
            if sibling is None:
                break
            inner = [sibling] if sibling.tag in HEADINGS else sibling.css(HEADING_SELECTOR)
            if inner:
                return inner[-1]
            sibling = previous_element(sibling)
        current = current.parent
    return None


HEADING_LEVELS = 6
HEADING_STEPS = 8


def page_root(node: LexborNode) -> LexborNode:
    """The top of the tree NODE is in: its page's document, from which the whole page is read."""
    while node.parent is not None:
        node = node.parent
    return node


def in_page_order(nodes: list[LexborNode]) -> list[LexborNode]:
    """NODES of one page sorted in document order (one walk of the whole page)."""
    if not nodes:
        return nodes
    order = {node.mem_id: place for place, node in enumerate(page_root(nodes[0]).traverse())}
    return sorted(nodes, key=lambda node: order[node.mem_id])


def spaced(text: str) -> str:
    """Each run of white space one space, none at the ends: `re.sub(r"\\s+", " ", text).strip()`
    (`str.split` and `\\s` know the same white space), without a regex match and a piece
    to join per run, which cost most on indented markup."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """Collapse runs of spaces (not newlines) and trim."""
    stripped = text.strip()
    if "  " not in stripped and stripped.isprintable():
        # No tab, NBSP or zero-width space (all unprintable) and no double space between its
        # first and last visible characters: the runs to collapse were all at its ends.
        return stripped
    # Each other space made a plain one, then each run of two plain spaces or more made one:
    # a single space is no match (a pattern of one space or more matches every gap between
    # two words, and splitting at each space makes a piece of every space of an indent).
    for space in _OTHER_SPACES:
        if space in text:  # most texts hold none: a test costs less than a call
            text = text.replace(space, " ")
    return _SPACE_RUNS.sub(" ", text).strip()


_SPACE_RUNS = re.compile("  +")


_OTHER_SPACES = ("\t", "\r", "\f", "\v", "\u00a0", "\u200b")
"""Tab, carriage return, form feed, vertical tab, no-break space, zero-width space: the
spaces `squash` collapses with the plain one (not the line breaks)."""


def text_width(text: str) -> int:
    """Characters, those of a wide script (Chinese, Japanese, Korean) three times: one says as
    much as a short word."""
    return len(text) if text.isascii() else len(text) + 2 * len(WIDE_SCRIPT.findall(text))


WIDE_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
"""A character of a wide script: kana, CJK ideographs, Hangul."""


_PAGE_MEMOS: ContextVar[dict[str, dict[Any, Any]] | None] = ContextVar("_PAGE_MEMOS", default=None)
"""Each memo's dict by its name, for the tree being parsed inside `reads_remembered`."""


@contextmanager
def reads_remembered() -> Iterator[None]:
    """Inside, the reads that keep a `page_memo` read each element once: the comment
    parser's steps ask again for the text of blocks (`lines_text`: two calls in five repeat
    one) and the roles of elements (`Parts.classify`: one in two) an earlier step read.
    Only for the one tree parsed inside, which is never changed: an element's `mem_id` (its
    address) names it as long as that tree lives. Per context, so threads parsing pages at
    once keep apart."""
    token = _PAGE_MEMOS.set({})
    try:
        yield
    finally:
        _PAGE_MEMOS.reset(token)


def page_memo(name: str) -> dict[Any, Any] | None:
    """The dict where the read called `name` keeps what it read of the page being parsed
    (keyed by elements' `mem_id`), None outside `reads_remembered`."""
    memos = _PAGE_MEMOS.get()
    if memos is None:
        return None
    memo = memos.get(name)
    if memo is None:
        memo = memos[name] = {}
    return memo


_T = TypeVar("_T")


def once_a_page(name: str, find: Callable[[], list[_T]]) -> list[_T]:
    """What FIND gives for the page being parsed, found once when several readers ask (kept
    under NAME inside `reads_remembered`; found on every call outside it)."""
    memo = page_memo(name)
    if memo is None:
        return find()
    found: list[_T] | None = memo.get(name)
    if found is None:
        found = memo[name] = find()
    return found


def lines_text(node: LexborNode, skip: frozenset[int] | set[int] = frozenset()) -> str:
    """The element's text, one line per `<br>` or block element, leaving out the subtrees
    whose `mem_id` is in `skip`. Read-only: the tree is not changed."""
    remembered: dict[tuple[int, frozenset[int]], str] | None = page_memo("lines_text")
    if remembered is None:
        return _read_lines(node.iter(include_text=True), skip)
    key = (node.mem_id, skip if isinstance(skip, frozenset) else frozenset(skip))
    text = remembered.get(key)
    if text is None:
        text = remembered[key] = _read_lines(node.iter(include_text=True), skip)
    return text


def run_lines_text(run: Iterable[LexborNode]) -> str:
    """`lines_text` of a run of sibling nodes, text nodes included, read as if one element
    held them: the entries between two `<hr>`s of a guest book, which no element holds."""
    return _read_lines(iter(run), frozenset())


def _read_lines(children: Iterator[LexborNode], skip: frozenset[int] | set[int]) -> str:
    """`lines_text` of the nodes CHILDREN gives, read off the tree.

    A stack of the open elements' child iterators, each with what its element's end adds
    (a line break after a block): lexbor steps through the children, and a node's kind is
    read off its tag number alone (text and comment nodes have numbers of their own)."""
    parts: list[str] = []
    add = parts.append
    stack: list[tuple[Iterator[LexborNode], str]] = [(children, "")]
    while stack:
        children, closing = stack[-1]
        for child in children:
            number = child.tag_id  # half the cost of the name, decoded on every read
            if number == TEXT_NODE:
                add(child.text_content or "")
            elif number == COMMENT_NODE or (skip and child.mem_id in skip):
                continue
            elif number == _BR:
                add("\n")
            elif number in _LINE_IDS:  # LINE_TAGS and UNREAD_TAGS share no tag
                add("\n")
                stack.append((child.iter(include_text=True), "\n"))
                break
            elif number not in _UNREAD_IDS:
                stack.append((child.iter(include_text=True), ""))
                break
        else:  # the element's children are read: its end
            stack.pop()
            add(closing)
    # A blank line squashes to nothing: most of them are the breaks around blocks.
    lines = (squash(line) for line in "".join(parts).split("\n") if line and not line.isspace())
    return "\n".join(line for line in lines if line)


_BR = tag_id("br")


def _first_node_number(html: str) -> int:
    """Lexbor's tag number for the first node of `html` inside a `<p>`: for the kinds of node
    that are no element (text, an HTML comment), each numbered apart from every tag."""
    paragraph = LexborHTMLParser(f"<p>{html}</p>").css_first("p")
    first = None if paragraph is None else paragraph.first_child
    if first is None:
        raise ValueError(f"lexbor read no node in {html!r}")
    return int(first.tag_id)


TEXT_NODE = _first_node_number(".")
"""The `tag_id` of a text node: a node's kind read off its number, without a call apiece."""
COMMENT_NODE = _first_node_number("<!---->")
"""The `tag_id` of an HTML comment node."""
_LINE_IDS = frozenset(map(tag_id, LINE_TAGS))
_UNREAD_IDS = frozenset(map(tag_id, UNREAD_TAGS))


def ancestor_ids(nodes: Iterable[LexborNode]) -> set[int]:
    """The `mem_id` of every proper ancestor of the nodes: one walk up per node answers
    `is_inside(node, box)` for every box at once. A walk stops at an ancestor already
    found, whose own ancestors are then in the set too."""
    ids: set[int] = set()
    for node in nodes:
        ancestor = node.parent
        while ancestor is not None and ancestor.mem_id not in ids:
            ids.add(ancestor.mem_id)
            ancestor = ancestor.parent
    return ids


def ancestor_counts(nodes: Iterable[LexborNode], levels: int | None = None) -> Counter[int]:
    """How many of the nodes each ancestor holds (by `mem_id`), up to `levels` above each: an
    ancestor that holds one alone is that node's own block."""
    counts: Counter[int] = Counter()
    for node in nodes:
        ancestor = node.parent
        climbed = 0
        while ancestor is not None and climbed != levels:
            counts[ancestor.mem_id] += 1
            ancestor = ancestor.parent
            climbed += 1
    return counts
