"""Comment items and lists the page names as such, by class, id or schema.org type.

Comment systems name their parts in a few recurring ways, whatever the CMS: an item is an
element whose class ends in "comment" (`li.comment`, `.xenforo-comment`, `.MtnComment`,
`.comment-item`, `.c-comment-container`), a schema.org `Comment`, or an element with
`id="comment-123"`. Forum posts (XenForo, phpBB) are items too. A list is named by the
plural or a word for a discussion (`comments`, `comment-list`, `disqus_thread`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from selectolax.lexbor import LexborNode

from flows.parse.comments.meta_line import (
    AREA_WORDS,
    COMMENT_WORDS,
    OTHER_REGION_WORDS,
    comment_word_in,
    label_words,
    token_words,
    without_module_hash,
)
from flows.parse.nodes import HEADINGS, previous_element, squash

CANDIDATES = (
    '[class*="omment"], [id*="omment"], [class*="oment"], [id*="oment"], [id^="kommentar"], '
    '[class*="eactie"], [class*="eserbrief"], [itemtype*="Comment"], [typeof*="Comment"], '
    '[itemprop="comment"], '
    '[itemtype$="/Answer"], [typeof$="Answer"], [itemtype$="DiscussionForumPosting"], '
    '[data-author][class*="message"], [data-author][class*="post"], div.post[id^="p"], '
    '[id^="thread"], [class^="thread"], [id*="iscussion"], [class*="iscussion"], '
    '[id="conversation"], [class*="onversation"], [data-testid*="omment"]'
)
"""Everything that might be a comment item or a comment list; `is_item` decides (lexbor
matches `omment` case-sensitively, so this finds `comment`, `Comment`, `kommentar`,
`commentaire`; `oment` finds `comentario`, `komentarz`; `eactie` the Dutch `reactie`). Forum
replies are posts: XenForo's `[data-author].message`, phpBB's `div.post#p123`. A thread or a
discussion (`div#thread`) is a region to look for comments in by their parts. A page whose
classes are hashed (`css-1pe9nae`) may still name its list for its tests
(`data-testid="comments-list"`): a region, as an item's test id may name only its text."""

CANDIDATES_WALK = (
    '[class]:is([class*="ment"]:is([class*="omment"], [class*="oment"]), '
    '[class*="ie"]:is([class*="eactie"], [class*="eserbrief"]), [class^="thread"], '
    '[class*="ion"]:is([class*="iscussion"], [class*="onversation"])), '
    '[id]:is([id*="ment"]:is([id*="omment"], [id*="oment"]), [id^="kommentar"], '
    '[id^="thread"], [id*="iscussion"], [id="conversation"], div.post[id^="p"]), '
    '[itemtype]:is([itemtype*="Comment"], [itemtype$="/Answer"], '
    '[itemtype$="DiscussionForumPosting"]), [typeof]:is([typeof*="Comment"], [typeof$="Answer"]), '
    '[itemprop="comment"], '
    '[data-author]:is([data-author][class*="message"], [data-author][class*="post"]), '
    '[data-testid*="omment"]'
)
"""CANDIDATES as `grouped_by_attribute` writes it (each attribute read once per group), with
three substrings looked for first: lexbor tries a substring at every character of a value, and
most values hold none of `ment`, `ie` and `ion`, so three searches stand for six; and phpBB's
`div.post[id^="p"]` asked among the elements with an id (few), not those with a class. The
same elements, each once (for `select`)."""


def candidates_walk(custom: list[LexborNode]) -> str:
    """`CANDIDATES_WALK`, and the tags of the page's web components that name a comment item
    (`<ytd-comment-renderer>`): a component is named by its tag, whatever its classes."""
    tags = {node.tag or "" for node in custom}
    return ", ".join([CANDIDATES_WALK, *sorted(t for t in tags if "-" in t and names_an_item(t))])


def is_item(node: LexborNode) -> bool:
    attributes = node.attributes
    if node.tag in NOT_ITEM_TAGS:
        return False
    itemtype = attributes.get("itemtype") or ""
    if (attributes.get("itemprop") or "").lower() in PART_PROPERTIES:
        return False  # `p[itemprop=commentText]`: a part of the comment around it
    if (
        "schema.org/Comment" in itemtype
        or (attributes.get("itemprop") or "").lower() == "comment"
        or "schema.org/UserComments" in itemtype
        or "schema.org/Answer" in itemtype
        or itemtype.endswith("/DiscussionForumPosting")
        or (attributes.get("typeof") or "").endswith(("Comment", "Answer"))
    ):
        return True  # schema.org's Answer is a kind of Comment; a forum posting a reply;
        # an item's `comment` property is a Comment, its type left unsaid
    if node.tag == "dd" and (term := previous_element(node)) is not None and term.tag == "dt":
        return False  # the text half of a <dt> item
    classes = own_classes(attributes)
    tokens = classes.lower().split()
    if LINKBACKS.intersection(tokens):
        return False  # another site linking here, not a reader
    if ("data-author" in attributes and {"message", "post"}.intersection(tokens)) or (
        node.tag == "div" and "post" in tokens and _PHPBB_POST.match(attributes.get("id") or "")
    ):
        return True
    tag = node.tag or ""
    if names_an_item(classes) or ("-" in tag and names_an_item(tag)):
        return True  # a web component is named by its tag (`<ytd-comment-renderer>`)
    node_id = attributes.get("id") or ""
    return (
        node.tag in ("li", "div", "article", "section")
        and bool(_COMMENT_ID.match(node_id))
        and not any(part in token for token in tokens for part in ("body", "content"))
    )


PART_PROPERTIES = frozenset({"text", "commenttext", "articlebody", "commenttime", "creator"})
"""schema.org properties of a comment's parts (lower case): whatever their class says, such an
element is a part of the item around it, not an item."""

NOT_ITEM_TAGS = frozenset(
    {"textarea", "input", "select", "option", "label", "button", "form", "a", "img", "script"}
    | {"i", "svg", "use", "path", "time"}
)
"""Form controls and links named after comments (`textarea#comment`, `a.comments-link`)."""


@lru_cache(maxsize=4096)
def names_an_item(classes: str) -> bool:
    """Does a class attribute name a comment item (`comment`, `xenforo-comment`,
    `commentItem`, `kommentar-eintrag`, `leserKommentar`, `comentario`), not a part, a list
    or a button (`comment-author`, `comments`, `add-comment`)? A BEM modifier
    (`fc-item--type-comment`) names a kind of something else."""
    for token in classes.split():
        if "--" in token:
            continue
        words = list(token_words(without_module_hash(token)))
        while len(words) > 1 and words[-1] in _ITEM_SUFFIXES:
            words.pop()
        if words:
            words[-1] = _without_glued_suffix(words[-1])
        stem = comment_word_in(words[-1]) if words else None
        if stem is None:
            continue
        prefixes = [*words[:-1], words[-1][: -len(stem)]]
        if not _NOT_ITEM_PREFIX.intersection(prefixes):
            return True
    return False


_ITEM_SUFFIXES = frozenset(
    {"item", "card", "box", "entry", "wrapper", "wrap", "single", "container", "block", "eintrag"}
    | {"child", "renderer", "element", "component"}
)
"""Words after the comment word that still name one comment (`comment-card`, a reply's
`trellis-comment-child`, a web component's `ytd-comment-renderer`; the plural `children`
names a box of replies)."""


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
        "neu",
        "neuer",
        "nouveau",
        "nuevo",
        "novo",
        "nieuwe",
        "nuovo",
        "schreiben",
        "ajouter",
        "icon",
        "ico",
        "modal",
        "popup",
        "dialog",
        "share",
        "shared",
        "report",
        "flag",
        "edit",
        "delete",
        "like",
        "vote",
    ]
)
"""`leave-comment`, `add-comment`, `no-comment` … name buttons and notices, `icon-comment`
an icon, `modal-comment` a dialog about commenting, `share-comment` or `report-comment` a control
acting on one, and `type-comment`, `tone-comment`,
`fc-item--comment` a kind of article (opinion), not items."""


def _without_glued_suffix(word: str) -> str:
    """`commententry` → `comment`: an item suffix written onto the comment word."""
    for suffix in _ITEM_SUFFIXES:
        head = word.removesuffix(suffix)
        if head != word and comment_word_in(head) is not None:
            return head
    return word


_COMMENT_ID = re.compile(
    r"^(?:[a-z]+[-_])?(?:comment|kommentar|commentaire|comentario|commento|reactie|komentarz)"
    r"[-_]?(?:entry|item|eintrag)?[-_]?\d+$",
    re.IGNORECASE,
)
"""`comment-123`, `dsq-comment-123` (an item), not `comment-body-123` (a part of one)."""


_PHPBB_POST = re.compile(r"^p\d+$")


LINKBACKS = frozenset({"pingback", "pingbacks", "trackback", "trackbacks"})


def own_classes(attributes: dict[str, str | None]) -> str:
    """The class attribute without Polymer's `style-scope <component>`: a web component
    rendered by Polymer marks every element inside it so, the same on all of them."""
    classes = attributes.get("class") or ""
    if "style-scope" not in classes:
        return classes
    tokens = classes.split()
    if "style-scope" not in tokens:
        return classes
    scope = tokens.index("style-scope")
    return " ".join(tokens[:scope] + tokens[scope + 2 :])


@lru_cache(maxsize=4096)
def list_label(label: str) -> bool:
    """A class or id naming a list of comments: `comments`, `kommentare`, `comment-list`,
    `commentlist`, `comments-area`."""
    words = label_words(label)
    if words & AREA_WORDS:
        return True
    listed = bool(words & _LIST_WORDS)
    return any(
        (listed or word.endswith("list"))
        and (stem := comment_word_in(word.removesuffix("list"))) is not None
        and word.removesuffix("list").endswith(stem)
        for word in words
    )


_LIST_WORDS = frozenset({"list", "liste", "lista", "lijst", "area", "section", "wrapper", "wrap"})


@lru_cache(maxsize=4096)
def area_label(label: str) -> bool:
    """A class or id naming a list of comments (`comments`, `kommentare`, `comment-list`,
    `disqus_thread`), not a widget, a form or a counter."""
    words = label_words(label)
    if words & _NOT_AREA_WORDS or words & OTHER_REGION_WORDS:
        return False
    return bool(words & AREA_WORDS) or any(comment_word_in(word) for word in words)


_NOT_AREA_WORDS = frozenset(
    {"count", "counter", "form", "respond", "link", "links", "button", "btn", "number", "icon"}
    | {"title", "heading", "header", "footer", "meta", "author", "date", "text", "body"}
    | {"content", "reply", "add", "new", "leave", "write", "post", "no", "closed", "modal"}
    | {"dialog", "popup", "overlay", "toggle", "open", "show", "load", "more", "error"}
)


def links_to_comments(href: str | None) -> bool:
    """Does a link lead to a comment (`/comments/11591/…`, `…/bug/1/comments/1`)?"""
    lowered = (href or "").lower()
    return any(stem in lowered for stem in COMMENT_WORDS)


def class_and_id(node: LexborNode) -> str:
    """An element's class, id and test id as one label: any may name what it is."""
    attributes = node.attributes
    return (
        f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        f" {attributes.get('data-testid') or ''}"
    )


NOT_MEMBER_TAGS = NOT_ITEM_TAGS | HEADINGS | {"ul", "ol", "tbody", "br", "hr"}


NOT_RECORD_TAGS = NOT_MEMBER_TAGS - {"tbody"}
"""A table may give each post a `tbody#post_123` of its own rows."""


def places_of(item: LexborNode) -> Iterator[str]:
    """The places a link to an item names: its id, the names of the anchors inside it, and
    those of the empty anchors just before it; never an empty name, which a bare `#` (a link
    to the page's top) would match."""
    names = [item.attributes.get("id")]
    names += [anchor.attributes.get("name") for anchor in item.css("a[name]")]
    node = previous_element(item)
    while node is not None and node.tag == "a" and not squash(node.text()):
        names.append(node.attributes.get("name") or node.attributes.get("id"))
        node = previous_element(node)
    yield from (name for name in names if name)


def to_its_own_place(node: LexborNode) -> bool:
    """Does the element link (or hold a link) to a place around it: an element holding it by
    that id, or an empty anchor of that name right before one (`<a id="comment-12"></a>`
    over a block whose `<h3><a href="index.html#comment-12">` is the comment's subject)? That
    link is the block's subject or permalink, never its writer's name. The element and
    `_OWN_PLACE_LEVELS` boxes around it are asked: a part stands a few boxes inside its
    block (a header, a heading, the link), and a place further up is the thread's or the
    page's, not the block's."""
    link = node if node.tag == "a" else node.css_first("a[href]")
    place = "" if link is None else (link.attributes.get("href") or "").partition("#")[2]
    around: LexborNode | None = node
    for _ in range(_OWN_PLACE_LEVELS + 1):
        if not place or around is None:
            return False
        if around.attributes.get("id") == place:
            return True
        before = previous_element(around)
        while before is not None and before.tag == "a" and not squash(before.text()):
            if place in (before.attributes.get("name"), before.attributes.get("id")):
                return True
            before = previous_element(before)
        around = around.parent
    return False


_OWN_PLACE_LEVELS = 8
