"""The headline when the page's titles disagree: `<title>` and og:title carry the site's name
or a social card's wording, an `<h1>` may be a logo or a section's name."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.headline import first_h1_node, h1_text, has_kicker
from flows.parse.meta.urls import host_name
from flows.parse.meta.values import clean, folded_words, squashed_key
from flows.parse.nodes import LINK_IDS, Scan, ancestor_tagged, tag_id

_SEPARATORS = " |–—·»«•›:_-：｜"
TITLE_PARTS = re.compile(r"(?<!\s)\s+[|–—·»«•›:-]\s+|(?<!\s)\s+::\s+")
"""A separator between spaces. Each match starts where a run of white space does: a start
inside the run finds what its start found, and trying each made a long run quadratic
(10,000 newlines in a `<title>` took seconds, 100,000 minutes, in one C call)."""


def site_marks(site_name: str | None, publisher: Any, host: str, tag: str | None) -> frozenset[str]:
    """The site's names, squashed: `og:site_name`, the JSON-LD publisher's name, the name the
    host is registered under ("dailyexample" for www.dailyexample.com) and the host itself
    ("DailyExample.com"). Not a name that is the whole `<title>` (`tag`): some pages fill
    `application-name` with their headline."""
    names = (site_name, publisher.get("name") if isinstance(publisher, dict) else publisher)
    marks = {squashed_key(name) for name in names if isinstance(name, str)}
    marks.discard(squashed_key(tag or ""))
    if host:
        marks |= {host_name(host), squashed_key(host)}
    return frozenset(mark for mark in marks if len(mark) >= _MARK_CHARS)


_MARK_CHARS = 3


def names_site(text: str | None, marks: frozenset[str]) -> bool:
    """A title or an `<h1>` that is only the site's name (a logo's text, a social card
    filled with the name): no headline."""
    return bool(text) and squashed_key(text or "") in marks


def names_section(text: str | None, tag: str | None) -> bool:
    """A title of three words or fewer that is a later part of `<title>`, after a longer
    first ("Bridge to close in March | Local News | Daily Example"): a section's name, which
    some pages state as their `og:title`."""
    if not text or not tag or _words(folded := folded_words(text)) > _SECTION_WORDS:
        return False
    parts = [folded_words(part) for part in TITLE_PARTS.split(tag)]
    return folded in parts[1:] and _words(parts[0]) > _words(folded)


def chosen_title(
    title: str | None,
    source: str,
    *,
    tree: LexborHTMLParser,
    scanned: Scan,
    stated: tuple[Any, ...],
    site_name: str | None,
    marks: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None]:
    """The page's headline and the title as its metadata states it, from the first source's
    title (`source`: "ld", "work" for a JSON-LD work's name, "meta", "micro" or "markup") and
    the `<h1>`; `stated` are the social-card and microdata titles, which may say the `<h1>`
    is the headline shown, or state in full a title cut short. `marks` are the site's names
    (`site_marks`): an `<h1>` that is one of them is the logo's."""
    first = first_h1_node(scanned)
    tag = clean(title_tag(tree))
    if title and source != "markup":
        title = _uncut(title, [*map(title_text, stated), tag])
    node = _story_h1(scanned, first, (title, tag))
    if node is not None and _logo(node, marks):
        node = _other_h1(scanned, node, marks)
    logo = h1_text(first) if first is not None and _logo(first, marks) else None
    if logo is not None:
        first = node
    heading = h1_text(node) if node is not None else None
    if source == "markup":
        if names_site(tag, marks) or _credited(tree, tag):  # the site's name alone says nothing
            tag = None
        masthead = logo is not None and folded_words(title or "") == folded_words(logo)
        if masthead and not heading:
            named = clean(logo)  # the masthead's text is the site's name, whatever it is
            post = _post_heading(scanned, named, tag, named=True)
            if not post and named and folded_words(tag or named) == folded_words(named):
                post = _heading_below(scanned)
            if post:
                return post, post
            rest = tag and _without_site_prefix(tag, named)
            rest = rest and _shown_part(tree, rest) or rest
            title = best_title(rest, None, site_name or named, marks)
            return title, title
        if masthead or names_site(title, marks):
            title = clean(heading) or tag or title
        sole = len(scanned.of("h1")) == 1
        first_text = h1_text(first) if first is not None else None
        as_stated = best_title(
            _markup_title(tree, scanned, title, tag, sole), first_text, site_name, marks
        )
        if node is first:
            return as_stated, as_stated
        shown = _markup_title(tree, scanned, clean(heading), tag, sole=True)
        return best_title(shown, heading, site_name, marks), as_stated
    as_stated = best_title(title, heading, site_name, marks)
    shown = clean(heading)
    if not shown or shown == title or node is None:
        if node is None and as_stated:  # no <h1>: the part of the title the page shows
            as_stated = _shown_part(tree, as_stated) or as_stated
        return as_stated, as_stated
    others = [*map(title_text, stated), tag]
    if source in ("ld", "work"):  # the publisher's own word, but the page may print it better
        if title and squashed_key(shown) == squashed_key(title):
            return shown, as_stated
        if _other_story(title, shown):
            other = shown_headline(title, shown, others)
            if other != title:
                return best_title(other, heading, site_name, marks), as_stated
        if source == "work" and _holds_more(shown, title):
            return best_title(shown, heading, site_name, marks), as_stated
        return as_stated, as_stated
    shown = shown_headline(title, shown, others)
    if shown == title and not has_kicker(node) and _same_story(clean(heading), title):
        shown = clean(heading)
    shown_title = best_title(shown, heading, site_name, marks)
    return (as_stated if shown == title else shown_title), as_stated


def _holds_more(heading: str, title: str | None) -> bool:
    """An `<h1>` that holds a JSON-LD work's name whole and says more ("番茄鸡肉浓情焗饭【两人份】"
    around the recipe's "焗饭"): the name is the dish's kind, the page shows the headline."""
    stated, shown = folded_words(title or ""), folded_words(heading)
    if not stated or stated == shown:
        return False
    return stated in shown if _UNSPACED_RUN.search(stated) else f" {stated} " in f" {shown} "


def _other_h1(scanned: Scan, logo: LexborNode, marks: frozenset[str]) -> LexborNode | None:
    """The first `<h1>` with text other than the logo's, which names the site."""
    for heading in scanned.of("h1"):
        if heading is not logo and heading.text(strip=True) and not _logo(heading, marks):
            return heading
    return None


def _logo(heading: LexborNode, marks: frozenset[str]) -> bool:
    """An `<h1>` that names the site (`names_site`) or whose text is all a link to the site's
    home page (`<h1><a href="/">Notes from a Workshop</a></h1>`): the masthead of a template
    that keeps `<h1>` for the site's name, whatever the name."""
    text = h1_text(heading)
    if names_site(text, marks):
        return True
    link = heading.css_first("a[href]") or ancestor_tagged(heading, LINK_IDS, _LINK_LEVELS)
    if link is None or not _HOME.match(link.attributes.get("href") or ""):
        return False
    return folded_words(link.text()) == folded_words(text)


_LINK_LEVELS = 2
_HOME = re.compile(r"^\s*(?:(?:https?:)?//[^/?#]+/?|/)(?:index\.\w+)?\s*$", re.IGNORECASE)
"""A link to a site's root: "/", "https://host/", "/index.html"."""


def _uncut(title: str, others: list[str | None]) -> str:
    """A title cut short ("Bridge to close after engineers…") as another of the page's
    titles states it in full (`<title>`, `twitter:title`), which begins with the words kept."""
    stem = title.rstrip(" .…")
    if stem == title or len(stem) < _CUT_CHARS:
        return title
    key = folded_words(stem)
    for other in filter(None, others):
        folded = folded_words(other)
        if len(folded) > len(key) + _CUT_CHARS // 4 and folded.startswith(key):
            return clean(other) or title
    return title


_CUT_CHARS = 20


def _markup_title(
    tree: LexborHTMLParser, scanned: Scan, heading: str | None, tag: str | None, sole: bool
) -> str | None:
    """For a page whose metadata states no title: the `<h1>` or `<title>` (`heading_or_title`),
    or a blog post's heading under the blog's name. A `<title>`, whole or without the site's
    name at its end ("Topic - Category" of "Topic - Category - Forum"), gives the part the
    page shows (`_shown_part`); the cut one only a leading run of its parts, as a headline
    with separators of its own ("Grants | $100k | Due 27 Oct - Announcements") has them."""
    title = heading_or_title(heading, tag, sole=sole)
    shown = None
    if title and title == tag:
        shown = _shown_part(tree, title)
    elif title and tag and title != heading and tag.startswith(title):  # cut of the site's name
        shown = _shown_part(tree, title, leading=True)
    return _post_heading(scanned, title, tag) or shown or title


def _shown_part(tree: LexborHTMLParser, title: str, leading: bool = False) -> str | None:
    """The longest part of a `<title>` of several ("Boy swallows coin | smh.com.au",
    "鼠標手與頸椎病_圖片頻道_新華網") that a text of the page's body says whole: the
    headline as shown (in an `<h2>`, a `<td>`, a `<div class="art_title">`), the other parts
    naming the site or its section, which may be the longer ("Ada's Notes on Woodwork »
    Moving out"). Not a text in the masthead or a link to the home page: the site's name.
    `leading`: the title's first parts together instead ("A - B" and "A" of "A - B - C")."""
    parts = [part.strip() for part in _ALL_PARTS.split(title) if part.strip()]
    if leading:
        parts = [title[: match.start()].strip() for match in TITLE_PARTS.finditer(title)]
        parts = [part for part in parts if part] + ([title] if parts else [])
    if len(parts) < 2 or tree.body is None:
        return None
    keys = {folded_words(part): part for part in sorted(parts, key=len)}
    keys = {key: part for key, part in keys.items() if len(key) >= _PART_CHARS}
    if not keys:
        return None
    shortest = min(map(len, keys))
    longest = max(map(len, keys.values()))
    found: str | None = None
    for node in tree.body.traverse(include_text=True, skip_empty=True):  # white space: no part
        if not node.is_text_node or node.parent is None or node.parent.tag_id in _UNSHOWN:
            continue
        text = (node.text_content or "").strip()
        if not shortest <= len(text) <= 2 * longest:
            continue
        part = keys.get(folded_words(text))
        if part is None or (found is not None and len(found) >= len(part)):
            continue
        if ancestor_tagged(node, _MASTHEAD, _MASTHEAD_LEVELS) is None and not _home_link(node):
            found = part
            if len(part) == longest:
                break
    return found


def _home_link(node: LexborNode) -> bool:
    """A text within a link to the site's home page: the site's name in a masthead."""
    link = ancestor_tagged(node, LINK_IDS, _LINK_LEVELS)
    return link is not None and bool(_HOME.match(link.attributes.get("href") or ""))


_ALL_PARTS = re.compile(
    rf"{TITLE_PARTS.pattern}|(?<!\s)\s+/\s+|[_｜|]|(?<=[^\x00-\x7f])-(?=[^\x00-\x7f])"
)
"""Separators, also a slash and, between CJK characters, none without spaces: CJK titles
write "标题_频道_网站", "标题-《网站》"."""
_PART_CHARS = 8
_MASTHEAD = frozenset(map(tag_id, ("header", "nav", "footer")))
"""Where a site's name is shown (the header, the menu, the footer), not the headline."""
_MASTHEAD_LEVELS = 8
_UNSHOWN = frozenset(map(tag_id, ("script", "style", "noscript", "template", "title")))


def _story_h1(
    scanned: Scan, first: LexborNode | None, titles: tuple[str | None, ...]
) -> LexborNode | None:
    """The `<h1>` to read: the first (in the article), unless it is a logo's or a site's,
    section's or show's name or a button's (three words or fewer) and another before it or
    a few after it reads as the story the page's titles name ("Good Food" before "Street
    Fighter-themed burger outlet opens in Brisbane")."""
    if first is None or _words(folded_words(first.text())) > _SECTION_WORDS:
        return first
    headings = scanned.of("h1")
    start = next((i for i, h in enumerate(headings) if h.mem_id == first.mem_id), 0)
    for other in headings[: start + _LATER_H1S]:
        text = clean(other.text())
        if other is not first and any(_same_story(text, title) for title in titles):
            return other
    return first


_LATER_H1S = 5


def shown_headline(title: str | None, h1: str | None, others: list[str | None]) -> str | None:
    """The `<h1>` instead of a title from `og:title` or another meta tag when they differ and
    another of the page's titles (`twitter:title`, microdata, `<title>` or one of its parts
    between separators) says the same as the `<h1>`: sites write a second headline for social
    cards, and the one shown above the article is the page's. An `<h1>` of three words or
    fewer must be a whole title or its first part, where the headline stands (a section's
    name is a later part), and a part beside the chosen title is the site's name ("Headline
    - The Daily Example")."""
    heading = clean(h1)
    if not title or not heading:
        return title
    folded = folded_words(heading)
    if not folded or folded == folded_words(title):
        return title
    stated = folded_words(title)
    short = len(folded.split()) <= _SECTION_WORDS
    if short and sum(folded_words(other) == stated for other in filter(None, others)) > 1:
        return title  # two tags state the title (og:title, twitter:title): a short <h1> is a label
    for other in filter(None, others):
        if folded == folded_words(other):
            return heading
        parts = [folded_words(part) for part in TITLE_PARTS.split(other)]
        placed = folded in parts[:1] if short else folded in parts
        if placed and stated not in parts:
            return heading
    return title


def _same_story(heading: str | None, title: str | None) -> bool:
    """An `<h1>` that reads as a headline of its own (`_other_headline`'s length) and shares a
    long word (`_long_words`) with the title: the story as the page words it, where the
    social card words it shorter or for sharing ("Ex-Man Utd star wants North Koreans at
    Winter Olympics" above "Park Ji-sung: North's inclusion in Winter Olympics …"). Not one
    holding a title of more than a section's words and more (a label beside it)."""
    if not heading or not title:
        return False
    folded, stated = folded_words(heading), folded_words(title)
    if len(folded) > _HEADLINE_CHARS or _words(folded) < _HEADLINE_WORDS:
        return False
    if stated in folded and _words(stated) > _SECTION_WORDS:
        return False
    return bool(_long_words(folded) & _long_words(stated))


def _other_story(title: str | None, heading: str) -> bool:
    """A title that reads as a headline of its own (five words or more) and shares no long
    word (`_long_words`) with the `<h1>`: another item's, such as a related story's."""
    stated = folded_words(title or "")
    if _words(stated) < _HEADLINE_WORDS:
        return False
    return not _long_words(stated) & _long_words(folded_words(heading))


def _long_words(folded: str) -> set[str]:
    """Words of five letters or more (not "this", "with"), and the pairs of characters of
    words written without spaces (Chinese, Japanese), where two characters are a word."""
    words = {word for word in folded.split() if len(word) >= _LONG_WORD}
    for run in _UNSPACED_RUN.findall(folded):
        words.update(run[i : i + 2] for i in range(len(run) - 1))
    return words


_LONG_WORD = 5
_UNSPACED_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}")


def best_title(
    title: str | None,
    h1: str | None,
    site_name: str | None,
    marks: frozenset[str] = frozenset(),
) -> str | None:
    """The headline when `<title>`, og:title and `<h1>` disagree: the `<h1>` when the chosen
    title is it plus a site name ("Rates rise | Daily Example"), or it cut short ("Rates…");
    else the title without the part that names the site (`site_name`, or one of the site's
    `marks`: "Daily Example | Rates rise" on dailyexample.com)."""
    if not title:
        return clean(h1)
    heading = clean(h1)
    if heading and heading != title and len(heading) >= 10:
        folded, folded_heading = title.casefold(), heading.casefold()
        if folded_heading in folded and TITLE_PARTS.search(title):
            return heading
        stem = folded.rstrip(" .…")
        trails = folded_heading.endswith(("...", "…"))  # "Headline Add to ...": a button's
        glued = folded == stem and folded_heading[len(stem) : len(stem) + 1].isalnum()
        if len(stem) >= 20 and folded_heading.startswith(stem) and not (trails or glued):
            return heading  # not an <h1> run on into a label without a space ("TitleNew")
    parts = TITLE_PARTS.split(title)
    if len(parts) > 1 and (site_name or marks):
        site = folded_words(site_name or "") or None
        kept = [
            part
            for part in parts
            if not (site and site in folded_words(part)) and squashed_key(part) not in marks
        ]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    return _without_site_prefix(_without_site_suffix(title, site_name), site_name)


def _without_site_prefix(title: str, site_name: str | None) -> str:
    """The title without the site's name before a colon or a separator without spaces
    ("Daily Example: Bridge to close", "サイト｜記事")."""
    if not site_name or not title.casefold().startswith(site_name.casefold()):
        return title
    tail = title[len(site_name) :]
    if not tail or tail[0] not in _SEPARATORS or tail[0] == " ":
        return title
    kept = tail.lstrip(_SEPARATORS)
    return kept if len(kept) >= _KEPT_CHARS else title


_KEPT_CHARS = 5


def _without_site_suffix(title: str, site_name: str | None) -> str:
    """The title without the site's name glued on after a separator, as CJK titles write it
    ("受賞：朝日新聞デジタル", "記事｜サイト")."""
    if not site_name or not title.casefold().endswith(site_name.casefold()):
        return title
    head = title[: len(title) - len(site_name)]
    if not head or head[-1] not in _SEPARATORS or head[-1] == " ":
        return title
    kept = head.rstrip(_SEPARATORS)
    return kept if len(kept) >= _KEPT_CHARS else title


_SECTION_WORDS = 3
"""A section's or a site's name is short; a headline is rarely three words or fewer."""


def heading_or_title(heading: str | None, title: str | None, sole: bool = True) -> str | None:
    """For a page with no headline in its metadata, the `<h1>` unless `<title>` shows it is
    not the headline: an `<h1>` that `<title>` does not contain is a logo or a section
    name ("POLITICO Politico Logo") unless it reads as another headline and is the page's
    `sole` `<h1>`, and one at the end of a longer `<title>` is the site's name
    ("Headline_Science_Daily Example"). Then `<title>`, without that name."""
    if not heading or not title:
        return heading or title
    folded_heading, folded_title = folded_words(heading), folded_words(title)
    if not folded_heading or folded_heading == folded_title:
        return heading
    if folded_heading not in folded_title:
        if _kicker_and(heading, title):
            return heading
        return heading if sole and _other_headline(folded_heading, title) else title
    parts = TITLE_PARTS.split(title)
    if (
        len(folded_heading.split()) <= _SECTION_WORDS
        and folded_heading in map(folded_words, parts[1:])
        and folded_heading != folded_words(parts[0])
    ):  # "Headline - Wales News - WalesOnline" under <h1>Wales News</h1>: a section's name
        return max(parts, key=len)
    if folded_title.endswith(folded_heading) and len(folded_title) > 2 * len(folded_heading):
        end = title.casefold().rfind(heading.casefold())
        if end > 0:
            return title[:end].rstrip(_SEPARATORS) or title
    return heading


def _kicker_and(heading: str, title: str) -> bool:
    """An `<h1>` that is a kicker of a few words, a colon and the first part of `<title>`
    ("United States: Hotel Franchise Agreements Are Negotiable" above "Hotel Franchise
    Agreements Are Negotiable - Commercial Law - United States"): the headline as shown."""
    kicker, colon, rest = heading.partition(": ")
    if not colon or _words(kicker) > _SECTION_WORDS + 1:
        return False
    first = folded_words(TITLE_PARTS.split(title)[0])
    return _words(first) >= _HEADLINE_WORDS and folded_words(rest) == first


def _other_headline(folded_heading: str, title: str) -> bool:
    """An `<h1>` that reads as a headline (five words or more, where a logo's text or a
    section's name is shorter, and under 200 characters) and has no part of `<title>` in it:
    the story's headline, where `<title>` names a section or the site ("Новости - Северо-
    Западный федеральный округ - interfax-russia.ru") or words the story another way. An
    `<h1>` that holds the title's headline and more ("Sponsored by Headline", a breadcrumb
    trail ending in it) is not."""
    if len(folded_heading) > _HEADLINE_CHARS or _words(folded_heading) < _HEADLINE_WORDS:
        return False
    parts = (folded_words(part) for part in TITLE_PARTS.split(title))
    return not any(part and part in folded_heading for part in parts)


_HEADLINE_WORDS = 5
_HEADLINE_CHARS = 200


def _words(text: str) -> int:
    """Words, where Chinese and Japanese, written without spaces, count a word per two
    characters (the usual length of one)."""
    if _UNSPACED.search(text):
        return len(_UNSPACED.findall(text)) // 2 + len(_UNSPACED.sub(" ", text).split())
    return len(text.split())


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _post_heading(
    scanned: Scan, chosen: str | None, tag: str | None, named: bool = False
) -> str | None:
    """The post's own heading where the `<h1>` is the blog's name: `<title>` is that name, a
    separator and the longer rest ("Ada's Notes: Fixing the boiler"), and an `<h2>` or `<h3>`
    states the rest, as blog templates set a post's title under the blog's. The rest may be
    the shorter when the `<h1>` is `named` the site's (a link to the home page). `<title>`
    may also end with a name of three words or fewer ("Hello world! - Ada's Notes"): then a
    heading after the name's, outside the masthead, stating the rest whole (a later `<h1>`
    too) is the post's, whatever its length."""
    if not chosen or not tag or len(tag) <= len(chosen) + 3:
        return None
    if _words(folded_words(chosen)) <= _SECTION_WORDS and _ends_with(tag, chosen):
        rest = folded_words(tag[: -len(chosen)].rstrip(_SEPARATORS))
        return _stating(scanned.of("h1", "h2", "h3"), rest, chosen, after=True)  # "Post - Blog"
    if not tag.casefold().startswith(chosen.casefold()) or tag[len(chosen)] not in _SEPARATORS:
        return None
    rest = folded_words(tag[len(chosen) :].lstrip(_SEPARATORS))
    if not named and len(rest) <= len(folded_words(chosen)):
        return None  # "Headline | Site": the rest names the site
    return _stating(scanned.of("h2", "h3"), rest, chosen)


def _ends_with(tag: str, name: str) -> bool:
    """A `<title>` ending with `name` after a separator ("Hello world! - Ada's Notes")."""
    return tag.casefold().endswith(name.casefold()) and tag[-len(name) - 1] in _SEPARATORS


def _stating(headings: list[LexborNode], rest: str, chosen: str, after: bool = False) -> str | None:
    """The first heading whose text is `rest` (folded), not in the masthead nor linking home
    (where the site's name shows); `after` the `chosen` heading, where a post's title stands
    under the blog's name (a label stating a title's first part stands anywhere)."""
    name = folded_words(chosen)
    seen = not after
    for node in headings:
        folded = folded_words(node.text())
        seen = seen or folded == name
        if not rest or folded != rest or not seen:
            continue
        if ancestor_tagged(node, _MASTHEAD, _MASTHEAD_LEVELS) is None and not _home_link(node):
            return clean(node.text())
    return None


def _heading_below(scanned: Scan) -> str | None:
    """The post's heading where the `<h1>` is the site's name and `<title>` says nothing
    more: the first `<h2>` or `<h3>` outside the masthead and the sidebars, where templates
    that keep `<h1>` for the site's name put a post's title."""
    for node in scanned.of("h2", "h3"):
        text = clean(node.text())
        if not text or len(text) > _HEADLINE_CHARS:
            continue
        if ancestor_tagged(node, _OUTSIDE_POST, _MASTHEAD_LEVELS) is None:
            return text
    return None


_OUTSIDE_POST = _MASTHEAD | frozenset((tag_id("aside"),))


def _credited(tree: LexborHTMLParser, tag: str | None) -> bool:
    """A `<title>` that a `<footer>` credits ("© 2022 Ada's Workshop. All rights
    reserved."): the site's name, on every page of it, not the page's headline."""
    if not tag or not (name := folded_words(tag)):
        return False
    for node in tree.css("footer"):
        text = node.text()
        for mark in _CREDIT.finditer(text):
            after = _YEARS.sub("", folded_words(text[mark.end() : mark.end() + len(tag) + 20]))
            if f"{after} ".startswith(f"{name} "):
                return True
    return False


_CREDIT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)
_YEARS = re.compile(r"^(?:\d+\s)+")


def title_tag(tree: LexborHTMLParser) -> str | None:
    """`<title>`: among the children of `<head>`, where it stands, before a selector search
    of the page (which costs more than the look along the head)."""
    head = tree.head
    node = head.first_child if head is not None else None
    while node is not None:
        if node.tag_id == _TITLE:
            return node.text()
        node = node.next
    found = tree.css_first("title")
    return found.text() if found is not None else None


_TITLE = tag_id("title")

_MARKUP_TAG = re.compile(
    r"</?(?:i|b|em|strong|span|u|sup|sub|br|mark|small)\b[^>]*>", re.IGNORECASE
)


def title_text(value: Any) -> str | None:
    """A title without the inline tags some CMSs leave in `og:title` or JSON-LD, escaped once
    more (`&lt;i&gt;Deadpool&lt;/i&gt;`), so they show as text."""
    text = clean(value)
    return clean(_MARKUP_TAG.sub("", text)) if text and "<" in text else text
