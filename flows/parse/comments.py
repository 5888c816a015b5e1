"""Readers' comments on a page: one `Comment` per comment, replies pointing at their parent.

Comment systems name their parts in a few recurring ways, whatever the CMS: an item
is an element whose class ends in "comment" (`li.comment`, `.xenforo-comment`,
`.MtnComment`, `.comment-item`, `.c-comment-container`), a schema.org `Comment`, or an
element with `id="comment-123"`; inside an item, author, time and text sit in elements
whose class says so (`.fn`, `.comment-author`, `.username`, `time`, `.comment-text`,
`.content`). The roles are read from those names, so a new theme needs no new rule.
Forum posts (XenForo, phpBB) are items too. An item that only wraps other items is a
container, not a comment. Items inside sidebars, "recent comments" widgets and the reply
form are not this page's comments. When the HTML has no items: schema.org `Comment`
objects in JSON-LD, then numbered hand-made blocks ("#1 von Ada"), then dated blocks under
a "Comments" heading.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.nodes import Scan, lines_text, scan, select, squash
from flows.times import parse_datetime

CANDIDATES = (
    '[class*="omment"], [id*="omment"], [id^="kommentar"], [itemtype*="Comment"], '
    '[data-author][class*="message"], [data-author][class*="post"], div.post[id^="p"]'
)
"""Everything that might be a comment item; `_is_item` decides (lexbor matches `omment`
case-sensitively, so this finds `comment` and `Comment` alike). Forum replies are posts:
XenForo's `[data-author].message`, phpBB's `div.post#p123`."""
_OTHER_REGION = re.compile(r"(?:^|\s)sidebar|recent|latest|popular|(?:^|\s)comment-respond\b")
"""Ancestors whose comment-like items belong to other pages (widgets) or to the reply form."""
PARTS = "[class], [itemprop], [hidden], time, cite, footer, form, button, a[href]"
"""One selection per item finds every part that could be its author, time, text or chrome
(a plain selector: lexbor is ten times slower on a group of `[class*=…]` substrings)."""
_ROLE_HINT = re.compile(
    r"omment|uthor|ser|ame|ate|ime|ext|ontent|ody|essage|eply|ubmitted|eta|vatar|ote"
    r"|ead-more|fn|btn|utton|ating|hare|eport|lag|ction|oolbar|ike|ermalink|dit|adge"
    r"|ignature|ounter|arma|oints|core|nformation|ooter|eader|links|ntwort|icon|osted|fn"
)
"""Class fragments that can give an element a role; other elements are skipped at once."""


_ITEM_TOKEN = re.compile(
    r"^(?P<prefix>[a-z0-9_-]*?)comment(?:[-_]{0,2}(?:item|card|box|entry|wrapper|single"
    r"|container|block))?$"
)
_NOT_ITEM_PREFIX = frozenset(
    [
        "leave",
        "add",
        "post",
        "write",
        "new",
        "no",
        "submit",
        "load",
        "show",
        "count",
        "view",
        "open",
        "close",
        "toggle",
        "more",
        "form",
        "has",
        "allow",
        "reply",
        "recent",
        "latest",
        "promo",
        "call",
        "to",
        "type",
        "tone",
        "section",
        "category",
        "cat",
        "tag",
        "format",
        "kind",
        "label",
    ]
)
"""`leave-comment`, `add-comment`, `no-comment` … name buttons and notices, and
`type-comment`, `tone-comment`, `fc-item--comment` a kind of article (opinion), not items."""
_COMMENT_ID = re.compile(r"^(?:[a-z]+[-_])?(?:comment|kommentar)[-_]?\d+$", re.IGNORECASE)
"""`comment-123`, `dsq-comment-123` (an item), not `comment-body-123` (a part of one)."""
_CHROME_TOKEN = re.compile(
    r"reply|antwort|vote|voting|avatar|rating|share|report|flag|action|toolbar|button|like"
    r"|permalink|edit|badge|signature|counter|karma|points|score|metadata|information"
    r"|submitted|footer|header|btn|^meta$|^links$"
)
_AUTHOR_TOKEN = re.compile(
    r"^(?:fn|nickname|nick)$|author|user-?name|user_name|accountname|[-_]name$"
)
_TIME_TOKEN = re.compile(r"date|time|posted|submitted|meta")
_PHPBB_POST = re.compile(r"^p\d+$")
_DEPTH_CLASS = re.compile(r"(?:^|\s|[-_])(?:depth|level|lvl)[-_]?(\d+)\b")
_SUB_COMMENT = frozenset(
    {"comment-sub", "sub-comment", "is-reply", "child-comment", "comment-child"}
)
_NOT_PARTS = "blockquote, form, aside, #respond"
"""Inside an item, quotes are text and forms are chrome: nothing in them is a role."""
_CHROME_TAGS = frozenset({"footer", "form", "button"})
_PART_TAGS = _CHROME_TAGS | {"time", "cite", "a"}
_PROFILE_LINK = re.compile(
    r"/(?:user|users|profil|profile|author|member|members|autoren)/", re.IGNORECASE
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SAYS = re.compile(
    r"\s*(?:says|said|sagt|schrieb|schreibt|dit|a écrit|scrive|zegt|wrote)\s*:?\s*$",
    re.IGNORECASE,
)
_BY_LINE = re.compile(
    r"(?:^|\s)(?:by|von|par|de|di|door|from)\s+(?P<name>\S.{0,40}?)\s+"
    r"(?:am|on|le|il|op|at|um|el|·|\||-|–)\s",
    re.IGNORECASE,
)
_LEADING_BY = re.compile(r"^(?:posted\s+)?(?:by|von|par|door|from)\s+", re.IGNORECASE)
_NAME_END = re.compile(r"\s[»|·•]\s")
_TRAILING_ON = re.compile(r"\s+(?:on|am|um|le|il|op|at|el)\s*$", re.IGNORECASE)
"""The connector left when the date after "Ada on 3 May" sits in another element."""
_MAX_AUTHOR = 60
_META_SLACK = 40
"""Characters a metadata line may hold besides its author or time (a title, "Reply")."""


def extract_comments(
    tree: LexborHTMLParser, fetched_at: datetime, *, scanned: Scan | None = None
) -> list[Comment]:
    """Comments in page order; none (not the reply form, not a widget) when the page has none."""
    candidates = select(tree, CANDIDATES)
    if not candidates:
        return _fallback_comments(tree, fetched_at, scan(tree, scanned))
    items = [node for node in candidates if _is_item(node)]
    memo: dict[int, bool] = {}
    items = [node for node in items if not _in_other_region(node, memo)]
    if not items:
        return _fallback_comments(tree, fetched_at, scan(tree, scanned))
    index = {node.mem_id: position for position, node in enumerate(items)}
    parents = [_enclosing_item(node, index) for node in items]
    parts = [_Parts(node) for node in items]
    for position, item in enumerate(items):
        parent = parents[position]
        if parent is not None:
            parts[index[parent.mem_id]].nested.append(item)
            continue
        ignored = {node.mem_id for box in item.css(_NOT_PARTS) for node in box.css("*")}
        for node in select(item, PARTS):
            if node.mem_id not in index and node.mem_id not in ignored:
                owner = _enclosing_item(node, index)
                parts[index[owner.mem_id] if owner else position].classify(node)
    for position, item in enumerate(items):
        body = _next_element(item, "dd") if item.tag == "dt" else None
        if body is not None:
            parts[position].add_body(body)
    parent_positions = [None if parent is None else index[parent.mem_id] for parent in parents]
    comments = [
        _comment(part, parent, fetched_at)
        if part.authors or part.times or (part.texts and not part.nested)
        else Comment(text="", parent=parent)  # a wrapper of comments, or a notice
        for part, parent in zip(parts, parent_positions, strict=True)
    ]
    _thread_flat_replies(comments, [_depth(item) for item in items])
    return _drop_empty(comments)


def _depth(item: LexborNode) -> int | None:
    """How deep a reply sits when a flat list only marks it: `depth-2`, `level-3`,
    `aria-level="2"`, or a sub-comment class (depth 2)."""
    attributes = item.attributes
    level = attributes.get("aria-level") or ""
    if level.isdigit():
        return int(level)
    classes = (attributes.get("class") or "").lower()
    match = _DEPTH_CLASS.search(classes)
    if match:
        return int(match.group(1))
    return 2 if _SUB_COMMENT.intersection(classes.split()) else None


def _thread_flat_replies(comments: list[Comment], depths: list[int | None]) -> None:
    """A reply that is not nested in its parent's element points at the nearest comment
    above it one level up."""
    if not any(depth and depth > 1 for depth in depths):
        return
    latest: dict[int, int] = {}
    for position, (comment, depth) in enumerate(zip(comments, depths, strict=True)):
        if depth is None and comment.parent is not None:
            continue  # nested in its item's element, which carries the depth
        level = depth or 1
        if comment.parent is None and level > 1 and level - 1 in latest:
            comment.parent = latest[level - 1]
        latest[level] = position
        for deeper in [key for key in latest if key > level]:
            del latest[deeper]


def _in_other_region(node: LexborNode, memo: dict[int, bool]) -> bool:
    """Inside a sidebar, a "recent comments" widget or the reply form? Ancestors already
    judged are remembered, so a page's items share one walk up the tree."""
    path = []
    ancestor = node.parent
    found = False
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if ancestor.mem_id in memo:
            found = memo[ancestor.mem_id]
            break
        path.append(ancestor.mem_id)
        attributes = ancestor.attributes
        label = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
        if (
            ancestor.tag == "aside"
            or (ancestor.tag == "form" and "comment" in label)
            or attributes.get("id") == "respond"
            or _OTHER_REGION.search(label)
        ):
            found = True
            break
        ancestor = ancestor.parent
    memo.update(dict.fromkeys(path, found))
    return found


def _is_item(node: LexborNode) -> bool:
    attributes = node.attributes
    if "schema.org/Comment" in (attributes.get("itemtype") or ""):
        return True
    if node.tag == "dd" and _previous_element(node, "dt") is not None:
        return False  # the text half of a <dt> item
    classes = attributes.get("class") or ""
    tokens = classes.lower().split()
    if "pingback" in tokens or "trackback" in tokens:
        return False  # another site linking here, not a reader
    if ("data-author" in attributes and {"message", "post"}.intersection(tokens)) or (
        node.tag == "div" and "post" in tokens and _PHPBB_POST.match(attributes.get("id") or "")
    ):
        return True
    if _names_an_item(classes):
        return True
    node_id = attributes.get("id") or ""
    return (
        node.tag in ("li", "div", "article", "section")
        and bool(_COMMENT_ID.match(node_id))
        and not any(part in token for token in tokens for part in ("body", "content"))
    )


@lru_cache(maxsize=4096)
def _names_an_item(classes: str) -> bool:
    """Does a class attribute name a comment item (`comment`, `xenforo-comment`), not a part,
    a list or a button (`comment-author`, `comments`, `add-comment`)?"""
    for token in classes.lower().split():
        match = _ITEM_TOKEN.match(token)
        prefix = match["prefix"] if match else ""
        if (
            match
            and "--" not in prefix
            and not _NOT_ITEM_PREFIX.intersection(re.split(r"[-_]", prefix))
        ):
            return True
    return False


def _previous_element(node: LexborNode, tag: str) -> LexborNode | None:
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    return sibling if sibling is not None and sibling.tag == tag else None


def _next_element(node: LexborNode, tag: str) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling if sibling is not None and sibling.tag == tag else None


_REPLIES_BOX = re.compile(r"indent|children|replies|nested|sub-?comments", re.IGNORECASE)
"""A box of replies placed right after the comment they answer (Drupal's `div.indented`)."""


@lru_cache(maxsize=4096)
def _replies_box(classes: str) -> bool:
    return _REPLIES_BOX.search(classes) is not None


def _enclosing_item(node: LexborNode, index: dict[int, int]) -> LexborNode | None:
    """The item around this one, or (Drupal's `div.indented`) the item just before the
    container holding this one."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag != "body":
        if ancestor.mem_id in index:
            return ancestor
        if _replies_box(ancestor.attributes.get("class") or ""):
            previous = ancestor.prev
            while previous is not None and not previous.is_element_node:
                previous = previous.prev
            if previous is not None and previous.mem_id in index:
                return previous
        ancestor = ancestor.parent
    return None


def _comment(parts: _Parts, parent: int | None, fetched_at: datetime) -> Comment:
    shown, posted_at = parts.time(fetched_at)
    return Comment(
        text=parts.text(),
        author=parts.author(),
        posted_text=shown,
        posted_at=posted_at,
        parent=parent,
    )


class _Parts:
    """The author, time, text and chrome elements that belong to one item (not to a reply)."""

    def __init__(self, item: LexborNode) -> None:
        self.item = item
        self.nested: list[LexborNode] = []
        self.authors: list[tuple[int, LexborNode]] = []
        self.times: list[tuple[int, LexborNode]] = []
        self.texts: list[tuple[int, LexborNode]] = []
        self.chrome: list[LexborNode] = []
        self.roots = [item]

    def add_body(self, body: LexborNode) -> None:
        """A `<dd>` holding the text of its `<dt>` item."""
        self.roots.append(body)
        self.texts.append((50, body))
        for node in select(body, PARTS):
            self.classify(node)

    def classify(self, node: LexborNode) -> None:
        """File an element under the roles its tag, class and itemprop give it."""
        attributes = node.attributes
        tag = node.tag
        roles = _roles(
            tag,
            attributes.get("class") or "",
            attributes.get("itemprop") or "",
            "hidden" in attributes,
            tag == "a" and bool(_PROFILE_LINK.search(attributes.get("href") or "")),
        )
        for role, rank in roles:
            getattr(self, role).append(node if role == "chrome" else (rank, node))

    def author(self) -> str | None:
        """The surest author element's name, else the name in a "by Ada on …" time line."""
        for _, node in sorted(self.authors, key=lambda pair: pair[0]):
            name = _author_name(node.text())
            if name and len(name) <= _MAX_AUTHOR:
                return name
        for _, node in self.times:
            match = _BY_LINE.search(" " + squash(node.text()) + " ")
            if match:
                return match["name"].strip(" ,:")
        return None

    def time(self, fetched_at: datetime) -> tuple[str | None, datetime | None]:
        """(time as shown, UTC moment): machine-readable first, else read from the label."""
        for _, node in sorted(self.times, key=lambda pair: pair[0]):
            shown = squash(node.text()) or None
            machine = node.attributes.get("datetime") or node.attributes.get("content")
            moment = parse_datetime(machine) or parse_datetime(shown, now=fetched_at)
            if moment is None and shown:
                moment = _time_in(shown, fetched_at)
            if shown or moment:
                return shown, moment
        return None, None

    def text(self) -> str:
        """The surest text element without chrome, author, time and replies; else what is
        left of the item once its metadata lines are taken out."""
        skip = {node.mem_id for node in self.nested} | {node.mem_id for node in self.chrome}
        skip.update(node.mem_id for _, node in self.authors if node.tag != "a")
        skip.update(node.mem_id for _, node in self.times)
        if self.texts:
            _, target = min(self.texts, key=lambda pair: pair[0])
            text = lines_text(target, skip)
            if text:
                return text
        return "\n".join(filter(None, (self._leftover(root, skip) for root in self.roots)))

    def _leftover(self, root: LexborNode, skip: set[int]) -> str:
        """The item's text without its metadata: each author or time element, widened to the
        largest block around it that holds little else (a "by Ada on 3 May" line)."""
        blocks = set(skip)
        for _, node in self.authors + self.times:
            blocks.add(_meta_block(node, root).mem_id)
        for child in _element_children(root):
            if child.tag in _HEADINGS:
                blocks.add(child.mem_id)
        return lines_text(root, blocks)


@lru_cache(maxsize=4096)
def _roles(
    tag: str, classes: str, itemprop: str, hidden: bool, profile_link: bool
) -> tuple[tuple[str, int], ...]:
    """What an element is to its comment, as (role, rank) pairs, lower ranks surer. Cached:
    a page repeats the same few tag and class combinations once per comment."""
    tokens = classes.lower()
    itemprop = itemprop.lower()
    if not (itemprop or tag in _PART_TAGS or _ROLE_HINT.search(tokens)):
        return ()
    if itemprop == "text":
        return (("texts", 0),)
    if itemprop in ("author", "creator", "name") or _AUTHOR_TOKEN.search(tokens):
        return (("authors", 0 if itemprop == "name" or "fn" in tokens.split() else 1),)
    if tag == "time" or itemprop in ("datecreated", "datepublished", "commenttime"):
        return (("times", 0),)
    if tag == "cite":
        return (("authors", 2),)
    if profile_link:
        return (("authors", 3),)
    is_time = bool(_TIME_TOKEN.search(tokens))
    if (
        tag in _CHROME_TAGS
        or hidden
        or any(_CHROME_TOKEN.search(token) for token in tokens.split())
    ):
        return (("chrome", 0), ("times", 1)) if is_time else (("chrome", 0),)
    if is_time:
        return (("times", 1),)
    text_rank = _text_rank(tokens)
    return () if text_rank is None else (("texts", text_rank),)


def _author_name(shown: str) -> str:
    """The name in an author element: "by Ngozi » Sat Nov 02, 2024" → "Ngozi",
    "Milan on" → "Milan"."""
    name = _NAME_END.split(squash(shown).split("\n", 1)[0], maxsplit=1)[0]
    date = _DATE_IN_TEXT.search(name)
    if date is not None and date.start() > 0:
        name = name[: date.start()]
    name = _TRAILING_ON.sub("", _LEADING_BY.sub("", _SAYS.sub("", name)))
    return name.strip(" ,:|·»«-–—")


def _meta_block(node: LexborNode, root: LexborNode) -> LexborNode:
    """The largest ancestor of `node` under `root` that holds little more than `node`."""
    own = len(squash(node.text()))
    block = node
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id:
        if len(squash(parent.text())) > own + _META_SLACK:
            break
        block, parent = parent, parent.parent
    return block


def _text_rank(tokens: str) -> int | None:
    """How surely a class names the comment's text: lower is surer, None is not text."""
    commented = "comment" in tokens
    for rank, word in enumerate(("text", "content", "message", "body")):
        if word in tokens:
            return rank + (1 if commented else 10)
    if "read-more" in tokens:
        return 14
    return None


def _element_children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.child
    while child is not None:
        if child.is_element_node:
            yield child
        child = child.next


_DATE_IN_TEXT = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:-|,|um|at|à)?\s*\d{1,2}:\d{2})?"
    r"|\d{1,2}\.?\s+\w+\.?\s+\d{4}(?:,?\s*(?:-|um|at|à)?\s*\d{1,2}:\d{2})?"
    r"|\w+\s+\d{1,2},\s+\d{4}(?:\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm)?)?",
    re.IGNORECASE,
)


def _time_in(shown: str, fetched_at: datetime) -> datetime | None:
    """A date inside a metadata line ("by Ada on 21. Jan. 2015, 19:04")."""
    for match in _DATE_IN_TEXT.finditer(shown):
        moment = parse_datetime(match.group(), now=fetched_at)
        if moment is not None:
            return moment
    return None


def _drop_empty(comments: list[Comment]) -> list[Comment]:
    """Drop items without text (containers, placeholders). A reply to a dropped wrapper
    (`li.comment` around one `article.comment` and the replies) points at the comment the
    wrapper holds, else further up."""
    kept = [old for old, comment in enumerate(comments) if comment.text]
    new_index = {old: new for new, old in enumerate(kept)}
    kept_children = Counter(comments[old].parent for old in kept)
    body_of = {
        old - 1: old
        for old in kept
        if comments[old].parent == old - 1
        and old - 1 not in new_index
        and kept_children[old - 1] == 1
    }
    for old in kept:
        parent = comments[old].parent
        while parent is not None and parent not in new_index:
            if body_of.get(parent, old) != old:
                parent = body_of[parent]
                break
            parent = comments[parent].parent
        comments[old].parent = None if parent is None else new_index[parent]
    return [comments[old] for old in kept]


def _fallback_comments(
    tree: LexborHTMLParser, fetched_at: datetime, scanned: Scan
) -> list[Comment]:
    """Pages whose HTML names no comment items: JSON-LD, numbered blocks, then repeated blocks
    under a "Comments" heading."""
    return (
        _json_ld_comments(scanned, fetched_at)
        or _numbered_comments(tree, fetched_at)
        or _blocks_under_heading(scanned, fetched_at)
    )


def _json_ld_comments(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """schema.org `Comment` objects in JSON-LD (a page's `comment` list), replies included."""
    comments: list[Comment] = []
    for raw in scanned.ld_json():
        if '"Comment"' not in raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for found in _ld_objects(data):
            _add_ld_comment(found, None, comments, fetched_at)
    return comments


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level `Comment` objects, wherever they sit (`comment`, `@graph`); their replies
    are read with them."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        if data.get("@type") == "Comment":
            yield data
            return
        for value in data.values():
            if isinstance(value, list | dict):
                yield from _ld_objects(value)


def _add_ld_comment(
    data: dict[str, Any], parent: int | None, out: list[Comment], fetched_at: datetime
) -> None:
    text = squash(str(data.get("text") or ""))
    if text:
        author = data.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        name = author.get("name") if isinstance(author, dict) else author
        shown = data.get("dateCreated") or data.get("datePublished")
        out.append(
            Comment(
                text=text,
                author=str(name) if name else None,
                posted_text=str(shown) if shown else None,
                posted_at=parse_datetime(str(shown), now=fetched_at) if shown else None,
                parent=parent,
            )
        )
        parent = len(out) - 1
    replies = data.get("comment") or []
    for reply in replies if isinstance(replies, list) else [replies]:
        if isinstance(reply, dict):
            _add_ld_comment(reply, parent, out, fetched_at)


_NUMBERED = re.compile(
    r"#\d+[ \t]+(?:\w+[ \t]+)?(?:von|by|from|de|par|di|door)\s+\S", re.IGNORECASE
)
_NUMBERED_HEADER = re.compile(
    r"^#\d+\s+(?:\w+\s+)?(?:von|by|from|de|par|di|door)\s+(?P<name>.+)$", re.IGNORECASE
)
_ACTION_LINE = re.compile(r"^\[[^\]]{1,30}\]$")


def _numbered_comments(tree: LexborHTMLParser, fetched_at: datetime) -> list[Comment]:
    """Hand-made guestbook and clan-site markup without comment classes: numbered headers
    ("#1 Kommentar von Ada", "#2 by Bola 29.12.2010 - 22:40"), each followed by its text.
    A header counts only with a date in it or on the line after it."""
    body = tree.body
    if body is None or not _NUMBERED.search(body.text(separator="\n")):
        return []
    headers = []
    for node in body.traverse(include_text=True):
        if node.is_text_node and (node.text_content or "").lstrip().startswith("#"):
            parent = node.parent
            if parent is not None and _NUMBERED_HEADER.match(squash(parent.text())):
                headers.append(parent)
    header_ids = {header.mem_id for header in headers}
    comments = []
    for header in headers:
        block = _numbered_block(header, header_ids)
        lines = lines_text(block).split("\n")
        title = squash(header.text())
        match = _NUMBERED_HEADER.match(title)
        if match is None or title not in lines:
            continue
        rest = lines[lines.index(title) + 1 :]
        moment = _time_in(title, fetched_at)
        shown = _DATE_IN_TEXT.search(title)
        if moment is None and rest:
            moment, shown = _time_in(rest[0], fetched_at), _DATE_IN_TEXT.search(rest[0])
            if moment is not None:
                rest = rest[1:]
        if moment is None or shown is None:
            continue
        name = match["name"]
        author = squash(name[: name.find(shown.group())] if shown.group() in name else name)
        text = "\n".join(line for line in rest if not _ACTION_LINE.match(line))
        if text:
            comments.append(
                Comment(
                    text=text, author=author or None, posted_text=shown.group(), posted_at=moment
                )
            )
    return comments


def _numbered_block(header: LexborNode, header_ids: set[int]) -> LexborNode:
    """The smallest ancestor of a header that holds more than the header, and no other header."""
    own = len(squash(header.text()))
    block = header
    while block.parent is not None and block.parent.tag != "body":
        parent = block.parent
        others = any(
            node.mem_id in header_ids and node.mem_id != header.mem_id
            for node in parent.traverse(include_text=False)
        )
        if others:
            break
        block = parent
        if len(squash(block.text())) > own + _META_SLACK:
            break
    return block


_COMMENTS_HEADING = re.compile(
    r"^(?:(?P<count>\d+)\s+)?(?:reader\s+|user\s+|leser)?(?:comments?|kommentare?|commentaires?"
    r"|comentarios?|commenti|reacties|reactions|responses|replies|antworten)"
    r"(?:\s*\((?P<count2>\d+)\))?\s*:?$",
    re.IGNORECASE,
)
_SEPARATORS = " —–-|·,:"


def _blocks_under_heading(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """The generic case: blocks after a "Comments" heading, each a line naming its author
    and date, then the text. Stops at the next heading or the reply form."""
    for heading in scanned.of("h1", "h2", "h3", "h4", "h5", "h6"):
        match = _COMMENTS_HEADING.match(squash(heading.text()))
        if match is None or (match["count"] or match["count2"]) == "0":
            continue
        blocks = _following_blocks(heading)
        if len(blocks) == 1 and len(children := list(_element_children(blocks[0]))) > 1:
            blocks = children
        comments = [c for c in (_block_comment(b, fetched_at) for b in blocks) if c is not None]
        if comments:
            return comments
    return []


def _following_blocks(heading: LexborNode) -> list[LexborNode]:
    start = heading if _next_sibling_element(heading) is not None else heading.parent
    blocks = []
    node = _next_sibling_element(start) if start is not None else None
    while node is not None:
        if node.tag in _HEADINGS or node.tag == "form" or node.css_first("form, textarea, h2"):
            break
        blocks.append(node)
        node = _next_sibling_element(node)
    return blocks


def _next_sibling_element(node: LexborNode) -> LexborNode | None:
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def _block_comment(block: LexborNode, fetched_at: datetime) -> Comment | None:
    """One block: an author and date line (or two) among its first lines, then the text."""
    lines = lines_text(block).split("\n")
    for number, line in enumerate(lines[:3]):
        shown = _DATE_IN_TEXT.search(line)
        moment = _time_in(line, fetched_at) if shown else None
        if shown is None or moment is None:
            continue
        before = line[: shown.start()].strip(_SEPARATORS)
        by = _BY_LINE.search(" " + line + " ")
        author = by["name"] if by else before or (lines[number - 1] if number else "")
        text = "\n".join(lines[number + 1 :])
        if not text or len(author) > _MAX_AUTHOR:
            return None
        return Comment(
            text=text,
            author=_SAYS.sub("", author).strip(_SEPARATORS) or None,
            posted_text=shown.group(),
            posted_at=moment,
        )
    return None
