"""Authors from the visible byline, for pages whose metadata names none: an element marked as
the byline, a short line starting with "By", a name before the date under the headline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from itertools import islice
from urllib.parse import parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.labels import EDITOR_IN_CHARGE, PUBLISHED_WORDS, UI_WORDS
from flows.parse.meta.dates import DATE_LINE_CHARS, YEAR, in_teaser
from flows.parse.meta.headline import around_headline, first_h1_node
from flows.parse.meta.names import BY, LOGIN, full_name, split_authors, union
from flows.parse.meta.urls import host_name, host_of
from flows.parse.meta.values import SPACES, squashed_key
from flows.parse.nodes import (
    LINE_TAGS,
    LINK_IDS,
    Scan,
    ancestor_tagged,
    hidden_by_style,
    is_inside,
    once_a_page,
    page_root,
    previous_element,
    spaced,
    tag_id,
)
from flows.parse.people import AUTHOR_PAGE, PEOPLE_FOLDER, profile_link
from flows.times import find_datetime

# One walk of the page, so few and broad; `shown_byline` reads the elements marked as the author
# (itemprop, rel, an author page's link) before those a class or id word names. "/aut" takes
# the links to "/author", "/autor" and "/auteur" pages in one test, "author=" a search by author
# (`_author_search`); `_other_link` drops the rest.
BYLINE = (
    '[itemprop~="author"], [rel~="author"], [class*="byline"], [class*="author"], '
    '[class*="Byline"], [class*="Author"], [id*="byline"], [id*="author"], a[href*="/aut"], '
    'a[href*="author="], address'
)
_BYLINE_CHARS = 120

# A name as bylines write it: letters, spaces, dots, hyphens, apostrophes; no digits, no
# "@handle", no form label ("Name *", "Quelle: dpa").
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'’-])*")

_BY_INITIALS = frozenset("bBvVpPdDaA文撰記记")
"""The characters the line search (`_by_line`) tries `BY` after: the first letters of its Latin
by-words and "Posted" in either case (no other character matches them when case is ignored),
and of the Chinese and Japanese marks ("文／", "記者："), after the white space it skips and the
text nodes it is tried on lack. Lines starting with W, S or T are many: those are tried only
after the first two letters of a credit's verb or noun (`_BY_OPENINGS`)."""
_BY_OPENINGS = frozenset(
    ("Wr", "Wo", "St", "Te", "Es", "Éc", "Ré", "Ge", "Ve", "Ei", "Ав")
    + ("Ya", "Sz", "Ki", "Fo", "Tá")
)
""""Written by", "Words by", "Story by", "Text:", "Escrito por", "Écrit par", "Rédigé par",
"Geschrieben von", "Verfasst von", "Ein Beitrag von", "Автор:", "Yazar:", "Szerző:",
"Kirjoittaja:", "Forfatter:", "Tác giả:": capitalised, as a line opens."""

# Where a byline's names end: a separator before the date, a label ("Updated", "Published",
# also in the languages of Europe's press: "Data publikacji", "Gepubliceerd", "Pubblicato",
# "Publisert", "Опубликовано"; not "oppdatert", which "Sist oppdatert" opens with a word of
# its own), the reading time ("5 min read").
_BYLINE_END = re.compile(
    r"\s(?:[|•·—–/]|-\s)\s*|／|\s(?:at|um|à)\s+\d|\s\d+\s*min(?:ute)?s?\b|"
    rf"\b(?:(?:last\s+)?updated|aktualisiert|mis à jour|actualizado|data\s+publikacji|"
    rf"{'|'.join(PUBLISHED_WORDS)})\b",
    re.IGNORECASE,
)
# The word that joins names to the date after them: "Ada Obi on May 3, 2024", "Ada Obi, le 3 mai".
# Both patterns start where a run of separators does, and the run after the word only follows
# a word: a start inside the run finds what its start finds, and two runs side by side were
# split every way (1,000 characters of " ," took 4 s, cubic in the run, in one C call).
_BEFORE_DATE = re.compile(
    r"(?<![\s,])[\s,]+(?:(?:at|on|am|um|le|el|il|op|om|em|den|the)[\s,]*)?$", re.IGNORECASE
)
_WEEKDAY = re.compile(
    r"(?<![\s,])[\s,]+(?:(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)[\s,]*$",
    re.IGNORECASE,
)
_LAST_NAME_PART = re.compile(r",|&|\band\b")
# "By" after a separator, where the line starts with a section's name or a date.
_LATER_BY = re.compile(r"\s[|/•·—–]\s*(?:by|von|par|por)\s+(?=\S)", re.IGNORECASE)
# A label before the names: "Author:", "著者：", "Texto:", "文●", "文／".
_BYLINE_PREFIX = re.compile(r"^[^\s:：●／]{1,15}\s*[:：●／]\s*")
# Brackets around a byline, as Japanese sites write it: "[田中宏昌，ITmedia]".
_BRACKETS = re.compile(r"^[\[［【〔(（]\s*(.*?)\s*[\]］】〕)）]$")
_BYLINE_LABEL = re.compile(
    r"\b(?:ago|min|read|follow|email|share|comments?|photos?|video|minutes?|hours?|"
    r"autor(?:in)?|authors?|redaktion|editorial|see\s+all|view\s+(?:all|more)|profile|"
    r"more\s+(?:from|articles|stories|posts))\b|著者|作者|記者|记者|編集|编辑",
    re.IGNORECASE,
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# A name with a dot before a lower-case ending and no space, as a host's is ("mdr.de").
_DOMAIN = re.compile(r"[^\W_]\.[a-z]{2,}\b")


def shown_byline(tree: LexborHTMLParser, within: LexborNode | None = None) -> list[str]:
    """Authors from the visible byline, for pages that state them nowhere else: the first
    byline-like element that yields a name ("By Ada Obi | 3 May 2024" → Ada Obi), with the
    author links next to it in the same parent (`<a rel=author>Ada</a> and <a rel=author>Ben`).
    Elements that are the author by what they are (`itemprop`, `rel`, a link to an author's
    page) come before those a class or id word names ("author-bio", "authors-list" hold
    more than the byline). Not a comment's author (`cite.comment-author`) nor a teaser's
    byline inside a link to another story. An author element its style hides (`<a rel=author
    style="display:none">`, a template's link for search engines, often to the site's own
    profile) is read last, after the visible bylines and a "By" line ("Posted by Ada Obi")
    whatever its markup. With `within`, only the bylines inside that element."""
    found = (within or tree).css(BYLINE)
    nodes = [
        node
        for node in found
        if not (
            _comment_part(node)
            or _in_teaser_link(node)
            or in_teaser(node)
            or _postal(node)
            or _other_link(node)
            or credits_figure_or_quote(node)
        )
    ]
    itself = [_marks_author_itself(node) and not hidden_by_style(node.attributes) for node in nodes]
    marked = [node for node, mark in zip(nodes, itself, strict=True) if mark][:_CANDIDATES]
    named = [node for node, mark in zip(nodes, itself, strict=True) if not mark][:_CANDIDATES]
    box = _byline_box(named, marked)
    if box is not None:
        start = nodes.index(box)
        inner = (node for node in nodes[start + 1 :] if _inside(node, box))
        return _first_names([box, *islice(inner, _CANDIDATES * 2)])
    shown = [node for node in named if not _marks_author_itself(node)]  # not the hidden ones
    return (
        _first_names(marked)
        or _first_names(shown)
        or _by_line(within or tree.body)
        or _first_names(named)
    )


_CANDIDATES = 6


def _byline_box(named: list[LexborNode], marked: list[LexborNode]) -> LexborNode | None:
    """A box a class word names holding author elements that name two people or more
    (`div.bylines` around an `a[rel=author]` per author): one byline, read as a whole so
    that each is an author."""
    keys: dict[int, str] = {}  # each author element's names, read once for all the boxes
    for box in named:
        inner = [node for node in marked if _inside(node, box)]
        if len(inner) < 2:
            continue
        for node in inner:
            if node.mem_id not in keys:
                keys[node.mem_id] = squashed_key(" ".join(byline_names(node.text(separator=" "))))
        names = {keys[node.mem_id] for node in inner}
        if len(names - {""}) >= 2:
            return box
    return None


def credits_figure_or_quote(node: LexborNode) -> bool:
    """An author element in a `<figure>`, its caption or a quote, or beside a `<blockquote>`
    (a pull quote's attribution): the photographer or the one quoted, not the writer."""
    if ancestor_tagged(node, _FIGURE_OR_QUOTE, _CREDIT_LEVELS) is not None:
        return True
    current: LexborNode | None = node
    for _ in range(_CREDIT_LEVELS):
        if current is None:
            return False
        before = previous_element(current)
        if before is not None and before.tag_id == _BLOCKQUOTE:
            return True
        current = current.parent
    return False


_FIGURE_OR_QUOTE = frozenset(map(tag_id, ("figure", "figcaption", "blockquote")))
_BLOCKQUOTE = tag_id("blockquote")
_CREDIT_LEVELS = 3


def _marks_author_itself(node: LexborNode) -> bool:
    """`itemprop=author`, `rel=author`, a link to an author's page, or an `<address>`, which
    HTML has hold the contact of the article's author."""
    attributes = node.attributes
    marks = f"{attributes.get('itemprop') or ''} {attributes.get('rel') or ''}".split()
    return (
        "author" in marks
        or node.tag_id == _ADDRESS
        or (node.tag == "a" and AUTHOR_PAGE.search(attributes.get("href") or "") is not None)
        or (node.tag == "a" and _author_search(node))
    )


def _other_link(node: LexborNode) -> bool:
    """A link the broad selector took for its address alone that is no author's page
    ("/auth/authorize", "/autoren"), or an author's page linked from the page's footer (a
    guide "for authors")."""
    if node.tag_id != _LINK:
        return False
    attributes = node.attributes
    page = AUTHOR_PAGE.search(attributes.get("href") or "") is not None or _author_search(node)
    words = " ".join(attributes.get(name) or "" for name in ("class", "id", "rel", "itemprop"))
    named = "author" in words.lower() or "byline" in words.lower()
    if not page and not named:
        return True  # taken for "/aut" alone: "/auth/authorize", "/autoren", "/auto/"
    return page and _in_footer(node)


def _in_footer(node: LexborNode) -> bool:
    """In the page's `<footer>`, not an article's."""
    footer = ancestor_tagged(node, _FOOTER, _FOOTER_LEVELS)
    return footer is not None and ancestor_tagged(footer, _ARTICLE, _ARTICLE_LEVELS) is None


def _postal(node: LexborNode) -> bool:
    """An `<address>` that is the publisher's: outside an `<article>` (HTML has it hold the
    contact of its article's author, else of the page's, the site), or with a number in it (a
    street's, a postcode, a telephone's)."""
    if node.tag_id != _ADDRESS:
        return False
    in_article = ancestor_tagged(node, _ARTICLE, _ARTICLE_LEVELS) is not None
    return not in_article or any(c.isdigit() for c in node.text())


def _author_search(node: LexborNode) -> bool:
    """A link to a search by author whose text is the name it searches ("<a
    href=/?author=Ada+Obi>Ada Obi</a>"), not a form's or a button's link that passes the
    author along ("<a href=/edit?author=ada>Edit</a>", "Reprints & permissions")."""
    query = urlsplit(node.attributes.get("href") or "").query
    values = [value for key, value in parse_qsl(query) if key.casefold() == "author"]
    text = squashed_key(node.text())
    return bool(text) and any(squashed_key(value) == text for value in values)


_ADDRESS = tag_id("address")
_ARTICLE = frozenset((tag_id("article"),))
_ARTICLE_LEVELS = 16
_FOOTER = frozenset((tag_id("footer"),))
_FOOTER_LEVELS = 12


def _first_names(nodes: list[LexborNode]) -> list[str]:
    """The names of the first of `nodes` that yields any, with the author links beside it
    and the author elements in boxes of their own beside its box."""
    for index, node in enumerate(nodes):
        names = byline_names(node.text(separator=" "), handles=True) or _card_name(node)
        if not names or _in_teaser_card(node):
            continue
        names = _each_inner(node, nodes[index + 1 :], names)
        names = _ended_by_elements(node, names)
        parent = node.parent.mem_id if node.parent is not None else None
        for other in nodes[index + 1 :]:
            beside = other.parent is not None and other.parent.mem_id == parent
            if (beside and node.tag == other.tag == "a") or _in_twin_box(node, other):
                names = union(names, byline_names(other.text(separator=" ")))
        return names
    return []


def _card_name(node: LexborNode) -> list[str]:
    """The name an hCard's `fn` (its formatted name) holds in an author element after "by",
    as bloggers' themes print it: a user name too, however short or in lower case (`by <span
    class="author vcard fn">oz</span>`). Not a repository's owner in its title, whom no "by"
    credits."""
    card = node if "fn" in (node.attributes.get("class") or "").split() else node.css_first(".fn")
    if card is None or not (_after_by(card) or _after_by(node)):
        return []
    text = spaced(card.text())
    if len(text) < 2 or len(text.split()) > 3 or not _NAME.fullmatch(text):
        return []
    return [] if _BYLINE_LABEL.search(text) else [text]


def _after_by(element: LexborNode) -> bool:
    """Does the text just before `element` end with "by" ("Posted by", "von")?"""
    before = element.prev
    while before is not None and before.is_text_node and not (before.text_content or "").strip():
        before = before.prev
    if before is None or not before.is_text_node:
        return False
    words = (before.text_content or "").split()
    return bool(words) and _BY_WORD.match(words[-1] + " ") is not None


def _in_twin_box(node: LexborNode, other: LexborNode) -> bool:
    """Is `other` an author element like `node` (`rel=author`, `itemprop=author`, an
    `<address>`) in a box of the same shape beside node's, each box showing its name alone
    (`<div><address><a rel=author>Ada Obi</a></address></div><div><address><a rel=author>Ben
    Uche</a></address></div>`)? A byline per co-author, as a template repeats it; a teaser's
    box shows its headline too, and list items are a menu's or a list's."""
    if node.tag != other.tag or not (_marks_author_itself(node) and _marks_author_itself(other)):
        return False
    box, twin = node, other
    for _ in range(_TWIN_LEVELS):
        box, twin = box.parent, twin.parent  # type: ignore[assignment]
        if box is None or twin is None or box.tag != twin.tag or box.mem_id == twin.mem_id:
            return False
        if box.tag_id == _LIST_ITEM:
            return False  # a menu of author pages ("Columnists"), a list of stories
        parent, other_parent = box.parent, twin.parent
        if parent is not None and other_parent is not None and parent.mem_id == other_parent.mem_id:
            return _next_twins(box, twin) and _shows_alone(box, node) and _shows_alone(twin, other)
    return False


_TWIN_LEVELS = 3
_LIST_ITEM = tag_id("li")


def _next_twins(box: LexborNode, twin: LexborNode) -> bool:
    """Does `twin` follow `box` with only boxes of its tag between them? Not across another
    role's label (`<dt>著者</dt><dd>…</dd><dt>イラスト</dt><dd>…</dd>`: the illustrator)."""
    sibling = box.next
    while sibling is not None:
        if sibling.mem_id == twin.mem_id:
            return True
        if sibling.is_element_node and sibling.tag != box.tag:
            return False
        sibling = sibling.next
    return False


def _shows_alone(box: LexborNode, node: LexborNode) -> bool:
    return spaced(box.text()) == spaced(node.text())


def _each_inner(box: LexborNode, later: list[LexborNode], names: list[str]) -> list[str]:
    """The names of the author elements inside a byline box, when its text runs them
    together (`<div class=bylines><a rel=author>Ada Obi</a><a rel=author>Ben Uche</a>`
    reads "Ada Obi Ben Uche")."""
    inner: list[str] = []
    for node in later:
        if _inside(node, box):
            inner = union(inner, byline_names(node.text(separator=" ")))
    if len(inner) >= 2 and " ".join(inner).split() == " ".join(names).split():
        return inner
    return names


def _ended_by_elements(box: LexborNode, names: list[str]) -> list[str]:
    """Names cut where an author link's or a block's text ends: the box's text runs the
    name on into the next element's ("<a>Ada Obi</a><span>Senior Editor</span>",
    "<a>Ada Obi</a><a>Twitter</a>", "<h4>Ada Obi</h4><h5>Reporter</h5>"), which holds a job, a
    link or a note, not more of the name. What follows is a name only as a full name in an
    element of the same tag ("<a>Ada Obi</a><a>Ben Uche</a>"); a later name of the text must
    then be an element's whole text (not "…, Wirtschaft in der Schweiz" of a job line)."""
    pieces = _element_texts(box)
    if len(pieces) < 2:
        return names
    tags = dict(pieces)
    kept: list[str] = []
    cut = False
    for name in names:
        if cut and name not in tags:
            continue
        end = next((text for text, _ in pieces if _runs_on(name, text)), None)
        if end is None:
            kept.append(_after_label(name, pieces))
            continue
        cut = True
        kept.append(end)
        rest = name[len(end) + 1 :]
        if tags.get(rest) == tags[end] and full_name(rest) and byline_names(rest) == [rest]:
            kept.append(rest)
    return union([], kept)


def _runs_on(name: str, text: str) -> bool:
    """The name is the element's text, a full name (not a label: "Kommentar von"), and more
    words after it."""
    return name.startswith(text + " ") and full_name(text) and byline_names(text) == [text]


def _after_label(name: str, pieces: list[tuple[str, int]]) -> str:
    """The element's name after a label in an element of its own that ends with "by"
    ("<span>Kommentar von</span> <a>Ada Obi</a>", "Analysis by"); within one element "von"
    may be a name's own ("Ursula von der Leyen")."""
    for text, _ in pieces:
        before = name[: -len(text)].split() if name.endswith(" " + text) else []
        if before and _BY_WORD.match(before[-1] + " ") and byline_names(text) == [text]:
            return text
    return name


_BY_WORD = re.compile(BY.pattern + "$", re.IGNORECASE)


def _element_texts(box: LexborNode) -> list[tuple[str, int]]:
    """The box's text in the pieces its links and blocks hold (inline tags such as a first
    and a last name's `<span>`s do not part it), each with the tag holding it."""
    pieces: list[tuple[str, int]] = []
    last: int | None = None
    for node in box.traverse(include_text=True, skip_empty=True):  # white space: no piece
        if not node.is_text_node or node.parent is None:
            continue
        text = (node.text_content or "").strip()
        if not text:
            continue
        holder = node.parent
        while holder.mem_id != box.mem_id and holder.tag_id not in _ENDING_TAGS:
            if holder.parent is None:
                break
            holder = holder.parent
        if holder.mem_id == last:
            pieces[-1] = (f"{pieces[-1][0]} {text}", pieces[-1][1])
        else:
            pieces.append((text, holder.tag_id))
        last = holder.mem_id
    return [(SPACES.sub(" ", text), tag) for text, tag in pieces]


_ENDING_TAGS = frozenset(tag_id(tag) for tag in (*LINE_TAGS, "a", "address", "td"))


def _inside(node: LexborNode, box: LexborNode) -> bool:
    parent = node.parent
    for _ in range(_INNER_DEPTH):
        if parent is None:
            return False
        if parent.mem_id == box.mem_id:
            return True
        parent = parent.parent
    return False


_INNER_DEPTH = 8


def _by_line(scope: LexborNode | None) -> list[str]:
    """A short line that starts with "By" ("By <a>Ada Obi</a>"), whatever its markup: the
    byline of pages whose classes say nothing. Only pages without any other byline get here."""
    if scope is None:
        return []
    # Text nodes of white space alone (skipped by lexbor, unread) strip to no initial.
    for node in scope.traverse(include_text=True, skip_empty=True):
        if not node.is_text_node:  # cheaper than reading its tag's name, "-text"
            continue
        text = (node.text_content or "").strip()
        if len(text) > _BYLINE_CHARS or (
            text[:1] not in _BY_INITIALS and text[:2] not in _BY_OPENINGS
        ):
            continue  # the initials first: most text nodes start with none of them
        label = not BY.match(text + " ")
        if label and not _field_label(node, text):
            continue
        line = node.parent
        alone = label or not BY.sub("", text + " ")  # "By" alone in a span: the line is its parent
        while alone and line is not None and len(line.text(strip=True)) <= len(text) + 1:
            line = line.parent
        if line is None or len(line.text(strip=True)) > _BYLINE_CHARS or _in_teaser_link(line):
            continue
        if _in_teaser_card(line):
            continue
        whole = line.text(separator=" ", strip=True).strip()  # "\n<strong>…": no leading space
        if label:  # "<dt>Author</dt><dd>Ada Obi</dd>": the names after the label
            whole = whole[len(text) :] if whole.startswith(text) else ""
        names = byline_names(whole, handles=_marks_author(line))
        if names:
            return names
    return []


def _field_label(node: LexborNode, text: str) -> bool:
    """A field's label without its colon, in an element of its own: "<dt>Author</dt>",
    "<strong>Autorin/Autor</strong> Ada Obi"; in a line of prose "Author" is no label."""
    parent = node.parent
    return (
        _AUTHOR_LABEL.fullmatch(text) is not None
        and parent is not None
        and parent.text(strip=True) == text
    )


_AUTHOR_LABEL = re.compile(
    r"(?:authors?|aut(?:or|eur|ore)(?:in|en|es|s|i)?)(?:\s*/\s*aut(?:or|eur)(?:in|en|s)?)?",
    re.IGNORECASE,
)


def _marks_author(line: LexborNode) -> bool:
    """A "By" line holding an element that is the author by what it is (`<a rel=author>`,
    `itemprop=author`), not by a class word: a user name there is the author's ("by
    doumae"), where in any other line it may be a phrase ("by default")."""
    return line.css_first(_MARKED_AUTHOR) is not None


_MARKED_AUTHOR = '[rel~="author"], [itemprop~="author"]'


def editor_line(scanned: Scan) -> list[str]:
    """The editors a Chinese news page credits under its text ("(责编：牛镛、岳弘彬)",
    "责任编辑：王小明"), for a page that names no writer: the people the page holds answerable
    for the story, who the press there credits in a writer's place."""
    found = _EDITOR_LINE.search(scanned.body_text())
    return _EDITOR_NAMES.split(found[1].strip()) if found is not None else []


_EDITOR_LINE = re.compile(
    rf"(?:{'|'.join(EDITOR_IN_CHARGE)})\s*[：:]\s*"
    r"([\u3400-\u9fff]{2,4}(?:[、，, \u3000][\u3400-\u9fff]{2,4}){0,3})(?![\u3400-\u9fff])"
)
"""Up to four names of two to four ideographs, parted by a comma or one space: not the tags
after the line, which the text of the next elements runs on into."""
_EDITOR_NAMES = re.compile(r"[、，, \u3000]")


def name_before_date(scanned: Scan) -> list[str]:
    """A name line under the headline that a separator parts from the date ("Ada Obi |
    05.04.2025", "Ada Obi – 5 April 2025"), whatever its markup: full names only (two words or more), so a section's
    name before a date ("Economy | 05.04.2025") is none."""
    for _, _, node, text in _short_texts_under_headline(scanned):
        if not _NAME_SEPARATOR.search(text):
            continue
        parts = _NAME_SEPARATOR.split(text, maxsplit=1)
        if not _starts_with_date(parts[1]):  # the date is in an element of its own
            line = node.parent
            while line is not None and len(line.text(strip=True)) <= len(text) + 1:
                line = line.parent  # "Ada Obi |" in a span of its own: the line is its parent
            whole = line.text(separator=" ", strip=True) if line is not None else ""
            if len(whole) > DATE_LINE_CHARS:
                continue
            parts = _NAME_SEPARATOR.split(whole, maxsplit=1)
        if len(parts) < 2 or not _starts_with_date(parts[1]):
            continue
        names = byline_names(parts[0])
        if names and all(len(name.split()) >= 2 and _a_name(name, scanned) for name in names):
            return names
    return []


def name_beside_date(scanned: Scan, host: str) -> list[str]:
    """A full name in an element of its own on the first date's line under the headline
    (`<span>9/21/2016</span> <span>Ada Obi</span>`, "<a>Ada Obi</a> / Agency / Updated: Oct 9,
    2019"), whatever its markup: where a template marks its byline by class words alone, the
    date beside it still says what the line is. Not a link to another site, which credits a
    source ("<a href=https://other.example>Other Daily</a> 9/21/2016")."""
    for heading, box, node, text in _short_texts_under_headline(scanned):
        if not YEAR.search(text):
            continue
        found = find_datetime(text, _EPOCH)
        if found is None or node.parent is None:
            continue
        line = node.parent
        while (
            line.parent is not None
            and line.parent.mem_id != box.mem_id
            and len(line.parent.text(strip=True)) <= DATE_LINE_CHARS
            and not is_inside(heading, line.parent)
        ):
            line = line.parent
        if _LATER_BY.search(text):  # "March 3, 2024 | By Ada Obi": the date line's own byline
            return byline_names(text)
        after = text[found[1] :].strip()
        if BY.match(after + " "):  # "Posted on March 3, 2024 by Ada Obi"
            return byline_names(after) or _linked_after(line, text, found[1])
        return _name_on_line(line, node, host, scanned)
    return []


def _linked_after(line: LexborNode, text: str, end: int) -> list[str]:
    """The names after "by" where the date's text ends with it and the names are in elements
    after it ("Posted on March 3, 2024 by <a>Ada Obi</a>"): the rest of the date's line."""
    whole = spaced(line.text(separator=" "))
    start = whole.find(text)
    return byline_names(whole[start + end :]) if start >= 0 else []


def _short_texts_under_headline(
    scanned: Scan,
) -> Iterator[tuple[LexborNode, LexborNode, LexborNode, str]]:
    """The headline, its box, and each text after it within `_NAME_LINE_REACH` of a line's
    length (`DATE_LINE_CHARS`): where both name-and-date readers look."""
    heading, box = first_h1_node(scanned), around_headline(scanned)
    if heading is None or box is None:
        return
    for node in _text_after(heading, box, _NAME_LINE_REACH):
        text = (node.text_content or "").strip()
        if 4 < len(text) <= DATE_LINE_CHARS:
            yield heading, box, node, text


def text_under_headline(scanned: Scan) -> str:
    """The first texts after the headline in its box, joined: where its byline is."""
    heading, box = first_h1_node(scanned), around_headline(scanned)
    if heading is None or box is None:
        return ""
    nodes = _text_after(heading, box, _BYLINE_REACH)
    return " ".join((node.text_content or "").strip() for node in nodes)


_BYLINE_REACH = 30  # text nodes after the headline


def _name_on_line(line: LexborNode, date: LexborNode, host: str, scanned: Scan) -> list[str]:
    """The first text of `line` but the date's that is a whole element's text and one full
    name, or full names joined ("Ada Obi and Ben Uche"), not in a link to another site nor
    the page's own words (`_a_name`)."""
    for node in line.traverse(include_text=True, skip_empty=True):  # white space: no name
        if not node.is_text_node or node.mem_id == date.mem_id or node.parent is None:
            continue
        text = (node.text_content or "").strip()
        if not text or node.parent.text(strip=True) != text or _elsewhere(node, host):
            continue
        if _CONTROL.search(text):
            return []  # a toolbar: the labels after it ("超大", "转发") are its other buttons
        names = byline_names(text)
        if names == [text] and (
            (full_name(text) and _a_name(text, scanned)) or _profile_link(node.parent, text)
        ):
            return names
        if (
            len(names) >= 2
            and all(full_name(name) and _a_name(name, scanned) for name in names)
            and _joined(text, names)
        ):
            return names
    return []


def _a_name(text: str, scanned: Scan) -> bool:
    """Capitalised words beside a date that are not the page's own words: not a control's
    ("Report Duplicate", "Join Nairaland": `UI_WORDS` open them), nor a linked heading's (a
    teaser's or a listed post's title; a heading linking to a person's page is a name), nor a
    menu's or a form's label. A heading alone may be the byline (`<h5>Ada
    Obi</h5><cite>January 13, 2012</cite>`)."""
    return not _control_words(text) and squashed_key(text) not in _page_words(scanned)


def _page_words(scanned: Scan) -> list[str]:
    """The texts of the page's linked headings (not those linking to a person's page) and of
    its controls, as `squashed_key` gives them: read once a page, as each name beside a date
    asks."""

    def find() -> list[str]:
        headings = [
            heading
            for heading in scanned.of("h1", "h2", "h3", "h4", "h5", "h6")
            if _linked(heading) and not _links_to_person(heading)
        ]
        controls = scanned.tree.css(_CONTROLS)
        return [squashed_key(node.text(separator=" ")) for node in (*headings, *controls)]

    return once_a_page("byline_page_words", find)


def _control_words(text: str) -> bool:
    """Words a control opens with ("Learn More", "Privacy Policy", "Report Duplicate"), or
    holds when the text opens with no capital, as a script without case writes ("爱猫咪
    收起"): a button's or a menu's, not a name."""
    words = text.casefold().split()
    return bool(words) and (
        words[0] in UI_WORDS or (not text[:1].isupper() and not UI_WORDS.isdisjoint(words))
    )


def _links_to_person(heading: LexborNode) -> bool:
    """A heading whose link is to a person's page ("/author/ada-obi", "/members/ada.51/")."""
    link = heading.css_first("a[href]") or ancestor_tagged(heading, LINK_IDS, 2)
    return link is not None and profile_link(link.attributes.get("href") or "", byline=True)


_CONTROLS = "option, label, nav a, [role=menuitem], [role=tab]"
"""Not a button's text: an author's box opens by its name (`<div role=button>Ada Obi</div>`)."""


_CONTROL = re.compile(
    r"字号|字號|字体|字體|文字サイズ|글자\s*크기|打印|列印|印刷|分享|收藏|纠错|糾錯|"
    r"\b(?:font|text)\s+size\b|\b(?:print|share)\b",
    re.IGNORECASE,
)
"""A control's words beside the date ("小字号", "打印", "Text size"): a button's label, which
a short line of ideographs or capitalised words would pass for a name; the line's byline comes
before its toolbar."""


def _joined(text: str, names: list[str]) -> bool:
    """`text` is `names` and the words that join them, nothing else."""
    for name in names:
        text = text.replace(name, " ", 1)
    return _JOINERS.fullmatch(text) is not None


_JOINERS = re.compile(r"(?:[\s,&]|\b(?:and|und|et|y)\b)*", re.IGNORECASE)


def _profile_link(element: LexborNode, text: str) -> bool:
    """A link to a person's page whose address ends with its text ("<a
    href=/u/EvilSpark>EvilSpark</a>"): a user's profile, whose name may be one word."""
    if element.tag_id != _LINK or " " in text:
        return False
    path = (element.attributes.get("href") or "").split("?")[0].rstrip("/").split("/")
    return (
        len(path) >= 2
        and path[-1].casefold() == text.casefold()
        and PEOPLE_FOLDER.fullmatch(path[-2]) is not None
    )


def _elsewhere(node: LexborNode, host: str) -> bool:
    """Inside a link to another site's address."""
    link = ancestor_tagged(node, LINK_IDS, _LINK_LEVELS)
    target = host_of(link.attributes.get("href")) if link is not None else ""
    return bool(target and host and host_name(target) != host_name(host))


_LINK_LEVELS = 3


_NAME_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[–—-]\s+")
"""What parts a name from the date after it: a bar or a dot, or a dash between spaces ("Ada
Obi – 3 March 2024"; a double name's hyphen has none)."""
_READING_TIME = re.compile(r"\d+\s*min(?:ute)?s?\.?(?:\s+read)?\s*[|•·]\s*", re.IGNORECASE)
_NAME_LINE_REACH = 100  # text nodes after the headline


def _text_after(start: LexborNode, box: LexborNode, limit: int) -> Iterator[LexborNode]:
    """The first `limit` text nodes after `start` inside `box`, in document order: what the
    headline is followed by, without walking the menus before it."""
    count = 0
    node: LexborNode | None = start
    while node is not None and node.mem_id != box.mem_id:
        sibling = node.next
        while sibling is not None:
            for inner in sibling.traverse(include_text=True):
                if inner.is_text_node:
                    yield inner
                    count += 1
                    if count >= limit:
                        return
            sibling = sibling.next
        node = node.parent


def _starts_with_date(text: str) -> bool:
    """A date first, or after the reading time ("5 min read · Mar 3, 2024")."""
    reading = _READING_TIME.match(text)
    text = text[reading.end() :] if reading else text
    found = find_datetime(text, _EPOCH) if YEAR.search(text) else None
    return found is not None and found[0] <= 2


def _comment_part(node: LexborNode) -> bool:
    """An author element named for a comment (`cite.comment-author`, `#comment-author-3`): a
    reader's name."""
    attributes = node.attributes
    return "comment" in f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()


def _in_teaser_link(line: LexborNode) -> bool:
    """A line inside a link that holds more than it (a headline, an image's caption): the
    byline of a teaser for another story. A link that is only the byline is the page's."""
    parent: LexborNode | None = line
    for _ in range(4):
        if parent is None:
            return False
        if parent.tag_id == _LINK:
            return len(parent.text(strip=True)) > len(line.text(strip=True))
        parent = parent.parent
    return False


_LINK = tag_id("a")


def _in_teaser_card(node: LexborNode) -> bool:
    """A byline in a small box (`_CARD_CHARS`, `_CARD_LEVELS` up) that also holds a linked
    heading the page's `<title>` does not say, and no `<h1>`: a card teasing another story
    (a related post's under the article), whose byline names that story's writer. Read only
    for a byline that names someone, so the boxes of a page's few bylines are all it costs."""
    title: str | None = None  # the page's `<title>`, read at the first linked heading
    box = node.parent
    for _ in range(_CARD_LEVELS):
        if box is None or box.tag_id in _PAGE_BOXES or len(box.text(strip=True)) > _CARD_CHARS:
            return False
        if box.css_first("h1") is not None:
            return False  # the page's own headline box
        for heading in box.css(_CARD_HEADINGS):
            if is_inside(node, heading) or is_inside(heading, node) or not _linked(heading):
                continue
            if title is None:
                title = _page_title(page_root(node))
            key = squashed_key(heading.text())
            if not (key and key in title):
                return True
        box = box.parent
    return False


_CARD_LEVELS = 3
_CARD_CHARS = 400
_CARD_HEADINGS = "h2, h3, h4, h5, h6"
_PAGE_BOXES = frozenset(map(tag_id, ("body", "html")))


def _linked(heading: LexborNode) -> bool:
    """A heading that links somewhere: it holds a link, or a link holds it."""
    return (
        heading.css_first("a[href]") is not None
        or ancestor_tagged(heading, LINK_IDS, 2) is not None
    )


def _page_title(root: LexborNode) -> str:
    """The page's `<title>` as `squashed_key` gives it, empty without one: a card's heading it
    holds is the post's own (linked to its permalink by older blog themes)."""
    title = root.css_first("title")
    return "" if title is None else squashed_key(title.text())


def byline_names(text: str, handles: bool = False) -> list[str]:
    """Names from a visible byline: "By X and Y", "X | 3 May 2024", "X, Staff Writer",
    "Von X, aktualisiert am …", "著者：X". Dates, times, roles and labels are left out. With
    `handles` (an element the page names as its byline), a user name after "By" counts too
    ("by doumae"), which in any line of prose would be a phrase ("by default"). A list of
    its own each call, from the names remembered as a tuple: the callers may change it."""
    return list(_byline_names(text, handles))


@lru_cache(maxsize=1024)
def _byline_names(text: str, handles: bool) -> tuple[str, ...]:
    """`byline_names`, remembered: a page's byline is read again as the author search narrows
    to the boxes around it (a third of the calls on the shared pages repeat one)."""
    text = spaced(text)
    if not text or len(text) > 200:
        return ()
    unlabelled = _BYLINE_PREFIX.sub("", _BRACKETS.sub(r"\1", text))
    later = _LATER_BY.search(unlabelled)
    if later is not None and not BY.match(unlabelled):  # "Features / 1 day ago / by Ada Obi"
        unlabelled = unlabelled[later.end() :]
    text = BY.sub("", unlabelled)
    if handles and text != unlabelled and LOGIN.fullmatch(text):
        return (text,)
    if handles and text != unlabelled and text.islower():
        return tuple(_styled_names(text))
    text = _BYLINE_END.split(text, maxsplit=1)[0]
    shown = find_datetime(text, _EPOCH)
    if shown is not None and shown[0] > 0:  # "By Ada Obi December 28, 2016"
        text = _without_weekday(_BEFORE_DATE.sub("", text[: shown[0]]))
    names = []
    for name in split_authors(text):
        if _BYLINE_LABEL.search(name) or not _NAME.fullmatch(name) or _control_words(name):
            continue
        if len(name.split()) > 5 or name[:1].islower():  # scripts without case are names too
            continue
        if name.rsplit(" ", 1)[-1][:1].islower():  # "Erstellt am", "Sist oppdatert": a label
            continue
        if _DOMAIN.search(name):  # "INQUIRER.net": a site credited as the source
            continue
        if _WEEKDAY.fullmatch(" " + name):  # "Monday 16 January 2012": the date's weekday
            continue
        names.append(_said_once(name))
    tail = _ONE_WORD_TAIL.search(text)
    if tail and len(names) >= 2 and names[-1] == tail[1] and full_name(names[-2]):
        names.pop()  # "Ada Obi, Frankfurt", "Ada Obi, Redakteurin": where or what she is
    return tuple(names)


def _styled_names(text: str) -> list[str]:
    """Names a byline writes in lower case for its style sheet to capitalise ("By ada obi,
    associated press"), capitalised as shown: full names of two or three words only, where
    the page marks the element as its byline; not a blog's name ("by the old man and the
    sea", which an article opens)."""
    names = byline_names(text.title())
    if not names or any(name.split()[0] in _ARTICLES for name in names):
        return []
    return names if all(2 <= len(name.split()) <= 3 for name in names) else []


_ARTICLES = frozenset(("The", "A", "An"))


_ONE_WORD_TAIL = re.compile(r",\s*([^\W\d_][^\s,]*)\s*$")
"""One word after a byline's last comma: a place or a job after a full name, not a second
author, whom a byline names in full."""


def _without_weekday(text: str) -> str:
    """Names without the weekday before the date after them ("Sam Levin Tue 29 Nov 2016",
    which the date reader leaves), where a full name is left ("Li Sun 3 May" keeps "Sun")."""
    day = _WEEKDAY.search(text)
    if day is None:
        return text
    kept = _BEFORE_DATE.sub("", text[: day.start()])
    return kept if len(_LAST_NAME_PART.split(kept)[-1].split()) >= 2 else text


def _said_once(name: str) -> str:
    """A name its byline prints twice ("Ada Obi Ada Obi": a copy for screen readers beside
    the one shown), once."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and words[:half] == words[half:] else name
