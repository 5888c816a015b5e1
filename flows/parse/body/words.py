"""What class and id names say about an element: boilerplate, layout, content, an overlay, a box
off the article, comments. Judged on the words of each token, never inside a word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from flows.parse.comments.meta_line import AREA_WORDS, COMMENT_WORDS

# Parts of a class or id naming a container whose prose is not the article.
OFF_PARTS = ("comment", "sidebar", "related", "cookie", "consent")
# class/id words of boilerplate blocks inside the article (share bars, related lists, ...),
# matched on the words of each class token ("share-bar" → share, bar), never inside a word.
JUNK_WORDS = frozenset(
    [
        "share",
        "sharing",
        "social",
        "related",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "cookie",
        "cookies",
        "consent",
        "comment",
        "comments",
        "respond",
        "reply",
        "sidebar",
        "ad",
        "ads",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "author",
        "authors",
        "popular",
        "trending",
        "readmore",
        "caption",
        "captions",
        "credit",
        "credits",
        "paywall",
        "modal",
        "popup",
        "dateline",
        "timestamp",
        "toolbar",
    ]
)
# Stems: "recommended", "promotion", "advertisement", "sponsored", and the words run together
# in one token ("relatedposts", "sharingbuttons", "newsletterbox", "subscribeform").
JUNK_STEMS = (
    "recommend",
    "promo",
    "advert",
    "sponsor",
    "inlinelink",
    "related",
    "sharing",
    "sharebar",
    "newsletter",
    "subscri",
)
NOT_JUNK_STEMS = ("subscriber",)
"""What subscribers are shown (`subscriber-only`, `subscriber-premium`) is the article behind a
paywall, not a box asking for a subscription."""
JUNK_PAIRS = frozenset(
    [
        "most-read",
        "more-stories",
        "read-more",
        "next-post",
        "prev-post",
        "tag-list",
        "author-bio",
        "see-also",
        "also-read",
        "posted-on",
        "print-only",
        "visually-hidden",
        "sr-only",
        "inline-link",
        "sign-up",
    ]
)
# Layout words: boilerplate as the last word of a token ("post-meta", "sidebar-widget"), but a
# page builder's "widget-text-editor" or a "meta-content" wrapper names the content.
LAYOUT_WORDS = frozenset(
    [
        "widget",
        "meta",
        "menu",
        "footer",
        "masthead",
        "hidden",
        "hide",
        "tags",
        "bio",
        "date",
        "published",
        "pagination",
    ]
)
CONTENT_WORDS = frozenset(
    ["text", "editor", "body", "content", "article", "story", "entry", "prose"]
)
# Overlays and menus: their prose does not vote unless nearly all the page's prose is there.
OVERLAY_WORDS = frozenset(
    [
        "modal",
        "popup",
        "popover",
        "overlay",
        "lightbox",
        "drawer",
        "offcanvas",
        "megamenu",
        "menu",
        "submenu",
        "dropdown",
        "navbar",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "newsletter",
        "subscribe",
    ]
)
PART_WORDS = frozenset(
    [
        "container",
        "wrapper",
        "wrap",
        "box",
        "inner",
        "content",
        "dialog",
        "window",
        "banner",
        "notice",
        "bar",
        "body",
        "layer",
        "panel",
        "overlay",
        "popup",
        "modal",
    ]
)
COMMENT_LISTS = frozenset(
    word for word in AREA_WORDS if any(stem in word for stem in COMMENT_WORDS)
)
"""The word for a list of comments in the languages the comment parser reads ("kommentare",
"komentarze", "reacties"): the plural, since a German "Kommentar" is an opinion piece."""
# Class prefixes of the topics a CMS writes into a post's classes (WordPress: category-x, tag-x):
# such a token names the post's topic, not its role ("category-cookies"), and is not judged.
_TOPIC_PREFIXES = ("category-", "tag-", "term-", "tax-")


def _innermost(words: Iterable[str]) -> tuple[str, ...]:
    """The words that hold no other: a text holds one of `words` exactly when it holds one of
    these ("comments" holds "comment"), and it is searched fewer times."""
    unique = sorted(set(words))
    return tuple(word for word in unique if not any(o in word for o in unique if o != word))


_COMMENT_PARTS = _innermost(("comment", *COMMENT_LISTS))
_OVERLAY_PARTS = _innermost(OVERLAY_WORDS)
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NUMBERS = re.compile(r"[-\d]+")


@lru_cache(maxsize=4096)
def off_label(label: str) -> bool:
    """A token whose BEM element holds an `OFF_PARTS` part ("sidebar", "related-posts").
    Most labels hold none anywhere, which a search of the whole label says; each token's
    element is cut out once, not once per part."""
    lowered = label.lower()
    if not any(part in lowered for part in OFF_PARTS):
        return False
    return any(
        part in element
        for token in lowered.split()
        if not token.startswith(_TOPIC_PREFIXES) or token in JUNK_PAIRS
        for element in (_bem_element(token),)
        for part in OFF_PARTS
    )


@lru_cache(maxsize=4096)
def comments_label(label: str) -> bool:
    """A word of the label names comments ("comments", "comment-list", "commentaires"), not
    commentary (an opinion piece: "commentary", "kommentar" are the article itself). Each word
    is a piece of the lower-cased label, so a label that holds no word for comments anywhere
    (most labels) is not split into words."""
    lowered = label.lower()
    return any(part in lowered for part in _COMMENT_PARTS) and words_name_comments(label)


def words_name_comments(label: str) -> bool:
    """`comments_label` read word by word, for every label: what its gate must agree with."""
    return any(
        (word.startswith("comment") and not word.startswith("commentar")) or word in COMMENT_LISTS
        for words in label_words(label)
        for word in words
    )


def _bem_element(token: str) -> str:
    """What a BEM class names: its element after the block (`sidebar-grid__content` is the
    content cell of a layout named for its sidebar, `article__sidebar` is a sidebar), without
    a modifier (`tonal__main--tone-comment` is the main column of an opinion piece)."""
    return token.rsplit("__", 1)[-1].split("--", 1)[0]


@lru_cache(maxsize=4096)
def overlay_label(label: str) -> bool:
    """An overlay word naming the token's thing ("cookie-modal", "mega-menu", "popup-inner"),
    not a state of something else ("modal-enabled", "menu-open"). As in `comments_label`, a
    label that holds no overlay word anywhere is not split into words."""
    lowered = label.lower()
    return any(part in lowered for part in _OVERLAY_PARTS) and words_name_an_overlay(label)


def words_name_an_overlay(label: str) -> bool:
    """`overlay_label` read word by word, for every label: what its gate must agree with."""
    for words in label_words(label):
        for index, word in enumerate(words):
            if word in OVERLAY_WORDS and all(rest in PART_WORDS for rest in words[index + 1 :]):
                return True
    return False


@lru_cache(maxsize=4096)
def extends_content(label: str, parent_label: str) -> bool:
    """Whether each layout-named token of `label` starts like a content-named token of
    `parent_label`, up to its last layout word: two parts of one builder's block of text."""
    contents = [w for w in label_words(parent_label) if _junk_token(w) == "content"]
    if not contents:
        return False
    for words in label_words(label):
        if _junk_token(words) != "layout":
            continue
        last = max(i for i, word in enumerate(words) if word in LAYOUT_WORDS)
        if not any(content[: last + 1] == words[: last + 1] for content in contents):
            return False
    return True


@lru_cache(maxsize=4096)
def junk_label(label: str) -> bool:
    """A class/id label naming boilerplate, judged token by token on whole words. A token
    ending in a layout word ("elementor-widget") gives way to another that extends it into a
    name of content ("elementor-widget-text-editor"): a page builder gives each block of text
    both. Cached: a page repeats the same class names on many elements."""
    layouts: list[tuple[str, ...]] = []
    contents: list[tuple[str, ...]] = []
    for words in label_words(label):
        kind = _junk_token(words)
        if kind == "junk":
            return True
        if kind == "layout":
            layouts.append(words)
        elif kind == "content":
            contents.append(words)
    return any(
        not any(content[: len(layout)] == layout for content in contents) for layout in layouts
    )


@lru_cache(maxsize=4096)
def named_junk(label: str) -> bool:
    """A label with a token naming boilerplate itself ("share-bar"), not only a layout word."""
    return any(_junk_token(words) == "junk" for words in label_words(label))


@lru_cache(maxsize=4096)
def label_words(label: str) -> tuple[tuple[str, ...], ...]:
    """Each class/id token as its lower-case words: "shareBar post-meta" → (share, bar), (post, meta).
    Without regexes in the common cases (no capital, no separator): a page has thousands of
    labels and most are read once."""
    if label != label.lower():
        label = _CAMEL.sub(r"\1-\2", label)
    return tuple(
        [
            _words(_bem_element(token) if "__" in token or "--" in token else token)
            for token in label.lower().split()
            if not token.startswith(_TOPIC_PREFIXES) or token in JUNK_PAIRS
        ]
    )


def _words(token: str) -> tuple[str, ...]:
    """The token's words between runs of "-" and "_", and of digits: a template numbers its
    boxes ("menu1", "menu2box", "sidebar2") and the number names nothing."""
    if token.isalpha():
        return (token,)
    joined = token.replace("_", "-")
    if not token.isascii() or token.isdecimal() or joined.replace("-", "").isalpha():
        return tuple([word for word in joined.split("-") if word])  # no ASCII digit to cut at
    return tuple([word for word in _NUMBERS.split(joined) if word])


def _junk_token(words: tuple[str, ...]) -> str | None:
    """ "junk" for a token naming boilerplate, "layout" for one whose last telling word is a
    layout word ("post-meta"), "content" for one whose last is a content word
    ("widget-text-editor"), None for the others."""
    kind = None
    for index, word in enumerate(words):
        if (
            word in JUNK_WORDS
            or (word.startswith(JUNK_STEMS) and not word.startswith(NOT_JUNK_STEMS))
            or (index and f"{words[index - 1]}-{word}" in JUNK_PAIRS)
        ):
            return "junk"
        if word in LAYOUT_WORDS:
            kind = "layout"
        elif word in CONTENT_WORDS:
            kind = "content"
    return kind
