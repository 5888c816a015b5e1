"""What an element inside a comment item is to it: its author, its time, its text, or chrome
(controls, counters, avatars, forms), read from its tag, class, `itemprop` and link. The roles
are read from the words of class names (`.fn`, `.comment-author`, `.username`, `time`,
`.comment-text`, `.content`), so a new theme needs no new rule."""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborNode

from flows.parse.comments.lines import DIGIT
from flows.parse.comments.meta_line import (
    AUTHOR_WORDS,
    TEXT_WORDS,
    TIME_WORDS,
    comment_word_in,
    label_words,
    token_words,
)
from flows.parse.comments.named import own_classes
from flows.parse.labels import ACTION_WORDS

PARTS = (
    "[class], [id], [itemprop], [property], [hidden], time, cite, footer, form, button, a[href],"
    " a[role=button]"
)
"""One selection per item finds every part that could be its author, time, text or chrome
(a plain selector: lexbor is ten times slower on a group of `[class*=…]` substrings); a link
with no address that says it is a button (`<a role="button">Click to expand...</a>` under a
quote) is a control, however bare."""


NOT_PARTS = "blockquote, form, aside, #respond"
"""Inside an item, quotes are text and forms are chrome: nothing in them is a role."""


@lru_cache(maxsize=4096)
def part_roles(
    tag: str, classes: str, itemprop: str, hidden: bool, profile_link: bool
) -> tuple[tuple[str, int], ...]:
    """What an element is to its comment, as (role, rank) pairs, lower ranks surer. Cached:
    a page repeats the same few tag and class combinations once per comment. Script hooks
    (`js-comment-edit-text`) and styling utilities (`text-center`) say nothing about the role."""
    classes = " ".join(token for token in classes.split() if not _STYLE_TOKEN.match(token))
    tokens = classes.lower()
    itemprop = itemprop.lower()
    words = label_words(classes)
    if not (
        hidden or itemprop or tag in _PART_TAGS or _ROLE_HINT.search(tokens) or words & _ROLE_WORDS
    ):
        return ()  # a hidden element is chrome whatever its class
    if itemprop in ("text", "articlebody", "commenttext"):
        return (("texts", 0),)
    if (
        itemprop in ("author", "creator", "name")
        or AUTHOR_TOKEN.search(tokens)
        or words & AUTHOR_WORDS
    ):
        if not itemprop and _author_block(tokens):
            return (("authors", AUTHOR_BLOCK),)
        return (("authors", 0 if itemprop == "name" or "fn" in tokens.split() else 1),)
    if tag == "time" or itemprop in ("datecreated", "datepublished", "commenttime"):
        return (("times", 0),)
    if tag == "cite":
        return (("authors", 2),)
    if profile_link:
        return (("authors", 3),)
    is_time = bool(_TIME_TOKEN.search(tokens) or words & TIME_WORDS)
    if (
        tag in _CHROME_TAGS
        or hidden
        or (
            any(
                _CHROME_TOKEN.search(token)
                for token in tokens.split()
                if not token.startswith(("js-", "js_")) and not _names_text(token)
            )
            and not any(map(_names_comment_text, tokens.split()))
        )
    ):
        return (("chrome", 0), ("times", 1)) if is_time else (("chrome", 0),)
    if is_time:
        return (("times", 1),)
    text_rank = _text_rank(tokens, words)
    return () if text_rank is None else (("texts", text_rank),)


def role_label(attributes: dict[str, str | None]) -> str:
    """The words that can say what a part is: its classes, and inside a Polymer component,
    where classes say nothing, its `id` (`author-text`, `published-time-text`)."""
    classes = attributes.get("class") or ""
    if not classes:  # an old forum's `div#post_message_1927645`
        return RECORD_NUMBER.sub("", attributes.get("id") or "")
    if "style-scope" not in classes:
        return classes
    return f"{own_classes(attributes)} {attributes.get('id') or ''}".strip()


_ROLE_HINT = re.compile(
    r"omment|uthor|ser|ame|ate|ime|ext|ontent|ody|essage|eply|ubmitted|eta|vatar|ote"
    r"|ead-more|fn|btn|utton|ating|hare|eport|lag|ction|oolbar|ike|ermalink|dit|adge"
    r"|ignature|ounter|arma|oints|core|nformation|ooter|eader|links|ntwort|icon|osted|fn"
)
"""Class fragments that can give an element a role; other elements are skipped at once."""


_CHROME_TOKEN = re.compile(
    r"reply|antwort|vote|voting|avatar|rating|share|report|flag|action|toolbar|button|like"
    r"|permalink|edit(?!able|or)|badge|signature|counter|karma|points|score|metadata|information"
    r"|répondre|repondre|responder|rispondi|reageer|melden|signaler|denunciar"
    r"|submitted|footer|header|btn|^meta$|^links$|expand$|collapse$|shrink$|toggle|activity"
    r"|(?:see|show|load|view)[-_]?more$|controls?$|tools$|(?:^|[-_])cta(?:$|[-_])"
)
"""Class words of a comment's controls and chrome; `expand$` is the "Click to expand…" of a
long quote, not an `expanded` state; `see-more` a link that shows the rest (not `read-more`,
which some pages name the full text by); `tools` a bar of them (`commentTools`), not a
`tooltip`; `cta` a call to action (`comment__cta`: "Odpowiedz", "Zgłoś do moderacji")."""


AUTHOR_TOKEN = re.compile(
    r"^(?:fn|nickname|nick|name)$|author|user-?name|user_name|accountname|(?:[-_]|comment|er)name$"
    r"|^u[-_]?name\d?$|__user$"
)
"""Classes of an author's name: `fn`, `comment-author`, `user_name`, and a name glued to the
word of whose it is (`commentname`, `postername`, `membername`), or shortened (`uname`,
`uname2`), or the `user` element of a block in BEM naming (`reply-content__user`: a block's
element is named for what it is, here whose words these are)."""


_TIME_TOKEN = re.compile(
    r"(?<!vali)(?<!up)(?<!candi)(?<!man)(?<!consoli)date|time|posted|submitted|meta"
)
"""Time words inside class names (`postdate`, `commentTime`), not inside other words
(`validate`, `update`, `candidate`)."""


_CHROME_TAGS = frozenset({"footer", "form", "button"})


_PART_TAGS = _CHROME_TAGS | {"time", "cite", "a"}


def classed_out_of_sight(classes: str | None) -> bool:
    """Does a class hide the element at every screen width (`d-none`, `hidden`), not only at
    some (`d-none d-md-block`, `hidden md:block`)? CSS frameworks' display utilities hide
    markers kept for scripts, such as the `$\\begingroup$` around a post's text."""
    if not classes or ("none" not in classes and "hidden" not in classes):
        return False
    tokens = classes.split()
    return any(token in _HIDING_CLASSES for token in tokens) and not any(
        _SHOWING_CLASS.match(token) for token in tokens
    )


_HIDING_CLASSES = frozenset({"d-none", "display-none", "hidden", "is-hidden"})
_SHOWING_CLASS = re.compile(
    r"(?:d-[a-z]{2,3}-|[a-z]{2,3}:)(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid"
    r"|table|table-cell|table-row|contents)$"
)


def fill_in(form: LexborNode) -> bool:
    """Does a form ask for something (a text box, a field, a choice)? One holding only hidden
    inputs wraps a comment's text for editing it in place (old Reddit's `form.usertext`), one
    holding only a button is a control."""
    return _asks(form, _NOTHING_TO_FILL)


def asks_for_words(form: LexborNode) -> bool:
    """Does a form ask for words or a pick from a list, not only a choice to tick (radio
    buttons, tick boxes: a post's rating, "−1 0 +1")?"""
    return _asks(form, _NOTHING_TO_TYPE)


def types_words(form: LexborNode) -> bool:
    """Does a form hold a box to type words in (a text box, a text field), not only menus,
    buttons and choices to tick: how a list is sorted or shown, which no reader writes in?"""
    return form.css_first("textarea") is not None or any(
        (field.attributes.get("type") or "text").lower() not in _NOTHING_TO_TYPE
        for field in form.css("input")
    )


def _asks(form: LexborNode, nothing: frozenset[str]) -> bool:
    return any(
        field.tag != "input" or (field.attributes.get("type") or "text").lower() not in nothing
        for field in form.css("textarea, select, input")
    )


_NOTHING_TO_FILL = frozenset({"hidden", "submit", "button", "image", "reset"})
"""Inputs that ask nothing: hidden values and buttons (a post's "Report abuse" or vote
button, each a form of its own)."""
_NOTHING_TO_TYPE = _NOTHING_TO_FILL | {"radio", "checkbox"}
"""Inputs that ask for no words: those, and choices to tick."""


def action_link(link: LexborNode) -> bool:
    """A link whose few words start with an action ("Report this comment", "Link to this",
    "Reply"): a control, whatever its class, not the comment's words."""
    words = link.text().lower().split()
    return 0 < len(words) <= _ACTION_LINK_WORDS and words[0].strip(".:!") in ACTION_WORDS


_ACTION_LINK_WORDS = 3


def rdfa_name(prop: str | None) -> str:
    """An RDFa property as a microdata name: "schema:author" → "author"."""
    return prop.rsplit(":", 1)[-1] if prop else ""


RECORD_NUMBER = re.compile(r"[-_]?\d+$")
"""The number a database gives a row at the end of its id (`post_703351`, `post_message_12`):
what names a part apart from its row, and what is left names a list's rows (`posts`)."""


def _author_block(tokens: str) -> bool:
    """Is the element a block about the author (`author_info`, `author-details`), which holds
    a title, a rank and a post count beside the name, rather than the name?"""
    for token in tokens.split():
        if AUTHOR_TOKEN.search(token):
            words = token_words(token)
            if not words or words[-1] not in _BLOCK_WORDS:
                return False
    return True


_BLOCK_WORDS = frozenset(
    {"info", "details", "box", "block", "container", "wrapper", "wrap", "card"}
)


AUTHOR_BLOCK = 4
"""Below a profile link (3): the name is somewhere inside such a block."""


def _names_text(token: str) -> bool:
    """Does a class end in a word for text (`reply_content`, the content of a reply, not a
    reply button), or does its block in BEM naming (`reply-content__article`, an element of
    the reply's content)?"""
    block = token.split("__", 1)[0]
    return any(
        bool(words) and any(words[-1] in synonyms for synonyms in TEXT_WORDS)
        for words in {token_words(token), token_words(block)}
    )


def _names_comment_text(token: str) -> bool:
    """Does a class name a comment's text (`comment-body`, `commentText`)? Then a chrome word
    in another of its classes is a modifier (`comment-body markdown-reply`: the body of a
    reply, written in Markdown), not a control."""
    return _names_text(token) and any(comment_word_in(word) for word in token_words(token))


_STYLE_TOKEN = re.compile(
    r"(?:[a-z]{2,3}:)?(?:[a-z]+-)?text-(?:left|right|center|justify|start|end|muted|solid|soft"
    r"|subtle|small|xs|sm|md|base|lg|\d?xl"
    r"|uppercase|lowercase|capitalize|nowrap|wrap|truncate|break|bold|italic|white|black|dark"
    r"|light|gr[ae]y|primary|secondary|success|danger|warning|info|body|reset|opacity"
    r"|red|blue|green|yellow|orange|purple|pink|indigo|slate|zinc|neutral|stone|color)\b"
    r"|(?:[a-z]{2,3}:)?(?:justify|align|place)-(?:content|items|self)-"
    r"|(?:[a-z]{2,3}:)?content-(?:center|start|end|between|around|evenly|stretch|none)\b"
    r"|(?:tiny|small|smaller|middle|medium|normal|large|larger|big)text$",
    re.IGNORECASE,
)
"""A Bootstrap or Tailwind utility class (`text-center`, `md:text-sm`, `text-gray-500`,
`justify-content-between`, a theme's `theme-text-muted`): how the element looks, not what it
is."""


_ROLE_WORDS = AUTHOR_WORDS | TIME_WORDS | frozenset(word for words in TEXT_WORDS for word in words)


def shows_a_time(node: LexborNode) -> bool:
    """Digits in the text or a machine date: what an element named only by a time word
    (`date`, `meta`, `posted`) needs to be a time."""
    attributes = node.attributes
    return bool(
        attributes.get("datetime") or attributes.get("content") or DIGIT.search(node.text())
    )


def _text_rank(tokens: str, words: frozenset[str]) -> int | None:
    """How surely a class names the comment's text: lower is surer, None is not text."""
    commented = "comment" in tokens or any(comment_word_in(word) for word in words)
    for rank, synonyms in enumerate(TEXT_WORDS):
        if synonyms[0] in tokens or words.intersection(synonyms):
            return rank + (1 if commented else 10)
    if "read-more" in tokens:
        return 14
    return None
