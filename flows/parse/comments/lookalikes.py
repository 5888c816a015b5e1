"""What looks like comments and is not: widgets of other pages' comments, sidebars, reviews,
related posts, dialogs and the reply form; teasers of articles, pingbacks, excerpts, readers'
words quoted in teaser boxes; a thread's placeholder for a removed reply, the comment area's
notice, an edit notice; an ad or a profile card in the comments' markup; a form's field named
for the comment it asks for, a lone date; the byline of a story in a list."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.agency import PICTURE_AGENCY, PICTURE_CREDITS_ALONE, agency_named
from flows.parse.comments.build import has_meta
from flows.parse.comments.lines import ADDRESS, MAX_META_SOURCE
from flows.parse.comments.meta_line import (
    AREA_WORDS,
    COMMENT_STEM,
    OTHER_REGION_WORDS,
    comment_word_in,
    label_words,
    names_comment_list,
    read_meta_line,
)
from flows.parse.comments.named import LINKBACKS, area_label, links_to_comments, list_label
from flows.parse.comments.parts import MOST
from flows.parse.labels import REPLY_WORDS
from flows.parse.nodes import (
    HEADING_SELECTOR,
    HEADINGS,
    ancestor_tagged,
    element_children,
    heading_before,
    next_element,
    page_root,
    previous_element,
    select,
    spaced,
    squash,
    tag_id,
)
from flows.times import find_datetime


def in_other_region(node: LexborNode, memo: dict[tuple[int, bool], bool]) -> bool:
    """Inside a "recent comments" widget, related posts, reviews, a sidebar or the reply
    form? Below the nearest list the page names as its comments, only what a region is
    counts (a widget, reviews), not where it sits: `ul.comments` inside a column classed
    `sidebar-on-right` or inside `div#respond` holds this page's comments, as does a box named
    for them that a theme also classes `sidebar` (`fullwidth_comment_wrapper sidebar`, the
    look of a sidebar's boxes given to the comments), and a column that
    holds the page's `h1` is its main column whatever its name (`main-review`). Ancestors already
    judged are remembered, so a page's items share one walk up the tree."""
    path = []
    ancestor = node.parent
    found = False
    listed = False
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        key = (ancestor.mem_id, listed)
        if key in memo:
            found = memo[key]
            break
        path.append(key)
        attributes = ancestor.attributes
        label = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
        lowered = label.lower()
        named_list = list_label(label) and not _widget(label)
        if _headed_as_other_pages(ancestor) or (
            not named_list
            and (
                (_other_kind(label) and ancestor.css_first("h1") is None)
                or ancestor.tag == "dialog"
                or attributes.get("role") == "dialog"
                or attributes.get("aria-modal") == "true"
            )
        ):
            found = True
            break
        if not listed and (
            (ancestor.tag == "aside" and not _names_comments(ancestor, label))
            or (ancestor.tag == "form" and "comment" in lowered)
            or attributes.get("id") == "respond"
            or (not named_list and _holds_other_place(lowered) and _OTHER_PLACE.search(lowered))
        ):
            found = True
            break
        listed = listed or named_list
        ancestor = ancestor.parent
    memo.update(dict.fromkeys(path, found))
    return found


@lru_cache(maxsize=4096)
def _other_kind(label: str) -> bool:
    """A widget of comments on other pages (`widget_recent_comments`, `recentcomments`,
    `latest-comments`, `popular`), related posts, reviews, pingbacks?"""
    for word in label_words(label):
        if word in OTHER_REGION_WORDS:
            return True
        for kind in ("recent", "latest", "popular"):
            rest = word.removeprefix(kind)
            if rest != word and (not rest or rest in AREA_WORDS or comment_word_in(rest)):
                return True
    return False


def _headed_as_other_pages(region: LexborNode) -> bool:
    """Does a region open with a heading of a widget of other pages' comments ("Recent
    comments", "最新评论") over its list, whatever the list's own name?"""
    first = next(element_children(region), None)
    return (
        first is not None
        and first.tag in HEADINGS
        and _OTHER_PAGES_HEADING.fullmatch(squash(first.text())) is not None
    )


@lru_cache(maxsize=4096)
def _widget(label: str) -> bool:
    """A sidebar widget (`widget comments`): a list of comments in it is about other pages,
    even when it names them comments."""
    return "widget" in label_words(label)


def _names_comments(region: LexborNode, label: str) -> bool:
    """Does a region (an `<aside>`) say it holds comments, by its name or its first heading?
    A thread beside the article, or a comment system's static fallback, is one."""
    if area_label(label):
        return True
    heading = region.css_first(HEADING_SELECTOR)
    return heading is not None and names_comment_list(squash(heading.text()))


_OTHER_PLACE = re.compile(r"(?:^|\s)sidebar|(?:^|\s)comment-respond\b")
"""Ancestors that hold widgets or the reply form."""


def _holds_other_place(lowered: str) -> bool:
    """Does a label hold a word `_OTHER_PLACE` looks for? Asked first, in C: the search tries
    its alternatives at every character of every ancestor's label, and most hold neither."""
    return "sidebar" in lowered or "comment-respond" in lowered


def holds_the_headline(item: LexborNode) -> bool:
    """Does one of a page's one or two items named like comments hold an `<h1>`: the article
    itself in a box its theme names so (`article.post`), not a reader's comment?"""
    return item.css_first("h1") is not None


def holds_its_question(item: LexborNode) -> bool:
    """Does an item hold the question it answers (a schema.org `Question` inside it): an
    answer to another page's question, shown as a search result or in a collection? On a
    question's own page the question stands outside its answers."""
    return item.css_first('[itemtype$="/Question"]') is not None


def only_a_time(item: LexborNode, fetched_at: datetime) -> bool:
    """Is an element named like a comment only its date ("(1 day ago)" in `span.comment`
    beside `a.comment` and `div.comment`)? Then it is a part, not an item. A block holding a
    link, a paragraph or a `div` is none: asked first, as its text may be a whole thread."""
    if item.css_first("a, p, div"):
        return False
    shown = squash(item.text()).strip("()[] ")
    if not shown or len(shown) > _MAX_TIME_LINE:
        return False
    found = find_datetime(shown, fetched_at)
    return found is not None and found[0] == 0 and found[1] == len(shown)


_MAX_TIME_LINE = 40


def only_a_count(item: LexborNode) -> bool:
    """Is an element named like a comment only a count linking to where the comments are
    ("7" or "12 comments" in `div.comment_block` beside a story), or a bare number with no
    element inside (`<span class="comment">107</span>` beside a teaser's date, a counter a
    script fills)? A counter, not an item."""
    shown = squash(item.text())
    if _BARE_COUNT.fullmatch(shown) and next(element_children(item), None) is None:
        return True
    return 0 < len(shown) <= _MAX_TIME_LINE and counts_elsewhere(item) and links_away(item)


_BARE_COUNT = re.compile(r"\d{1,3}(?:[,.\s]?\d{3})*")


def without_form_fields(
    tree: LexborHTMLParser, items: list[LexborNode], fetched_at: datetime
) -> list[LexborNode]:
    """Items less those that are part of a form: the nearest item around a text box (a
    `textarea`, or a rich editor's `contenteditable` block, its prompt written inside), with
    no `form` between them, is a field named for the comment it asks for
    (`div.wpd-field-comment`), unless it names an author or a date beside it (a comment with
    its reply box); an item holding a whole reply form is still a comment."""
    known = {item.mem_id for item in items}
    fields = set()
    for area in tree.css(_TEXT_BOXES):
        ancestor = area.parent
        while ancestor is not None and ancestor.mem_id not in known and ancestor.tag != "form":
            ancestor = ancestor.parent
        if (
            ancestor is not None
            and ancestor.tag != "form"
            and not has_meta(ancestor, area, fetched_at)
        ):
            fields.add(ancestor.mem_id)
    return [item for item in items if item.mem_id not in fields]


_TEXT_BOXES = 'textarea, [contenteditable="true"], [contenteditable=""]'
"""Where a reader types: a text area, or a block the page lets be edited in place."""


def not_a_readers_words(
    item: LexborNode,
    comment: Comment,
    placeholder: str | None,
    *,
    vetted: bool,
    cards: bool = False,
) -> bool:
    """Is a comment's text something else: the thread's placeholder for a removed reply,
    another page's excerpt, an edit notice, a review with its helpfulness count, a block
    headed as a widget of other pages' comments, a feed card's headline (`vetted`: rows found
    by their parts, mostly such headlines, or a linked word or two), a card's words inside a
    link to another page, a teaser of an article with neither author nor date, a template's
    placeholder in its words, author or date (the badge "Editor's pick" beside
    "{{ reply.created }}" is the template's), an ad in a comment's slot, a teaser card headed by another page's headline,
    a post under its thread's title in a list of such (a user's post history), or the reply
    form's notices (an undated item holding a text box: "Leave a Comment:" over "You're in
    Easy Mode")? Among CARDS (rows mostly one link's words each), a text of only links' words
    and numbers is a row too ("The Fellowship ... 10778 10779": a title and its pages)."""
    return (
        comment.text == placeholder
        or (comment.posted_at is None and item.css_first("textarea") is not None)
        or _EXCERPT.match(comment.text) is not None
        or _EDIT_NOTICE.match(comment.text) is not None
        or _REMOVED_NOTICE.fullmatch(comment.text.strip()) is not None
        or _a_review(comment.text)
        or (vetted and a_linked_title(item, comment.text))
        or (cards and _links_and_counts(item, comment.text))
        or _in_a_link_away(item, comment)
        or any(
            _TEMPLATE.fullmatch(part.strip()) is not None
            for part in (comment.text, comment.author, comment.posted_text)
            if part is not None
        )
        or _OTHER_PAGES_HEADING.fullmatch(comment.text.partition("\n")[0].strip()) is not None
        or _in_a_template(item, comment.text)
        or _an_ad(item)
        or _a_teasers_headline(item, comment)
        or _holds_a_posts_permalink(item)
        or _under_its_own_title(item, comment.author)
        or mostly_a_title(item, comment)
        or _beside_counts(item, comment.text)
        or (
            comment.author is None
            and (
                (comment.posted_at is None and links_away(item))
                or _links_and_counts(item, comment.text)
            )
        )
    )


_REVIEW_VOTES = re.compile(
    r"\d[\d,.]*\s+(?:(?:out\s+)?of\s+\d[\d,.]*\s+)?(?:people|persons?|customers)\s+found\s+"
    r"(?:this|the\s+following)\s+(?:review\s+|comment\s+)?(?:helpful|useful)"
    r"|\d+\s+(?:von\s+\d+\s+)?(?:Personen|Kunden)\s+fanden\s+(?:diese|die\s+folgende)\s+\w+\s+hilfreich"
    r"|\d+\s+(?:sur\s+\d+\s+)?personnes?\s+(?:ont|a)\s+trouvé\s+(?:cela|cet\s+avis|ce\s+commentaire)"
    r"\s+utile"
    r"|\d+\s+(?:de\s+\d+\s+)?personas?\s+(?:les\s+|le\s+)?(?:ha|han)\s+parecido\s+útil",
    re.IGNORECASE,
)
"""A review's helpfulness count ("550 out of 652 people found the following comment useful",
"12 Personen fanden diese Informationen hilfreich", "3 personnes ont trouvé cela utile"): a
customer's or a critic's review of the thing the page sells or rates, not a reader's comment."""
_REVIEW_VERBS = ("found", "Found", "fanden", "trouvé", "parecido")
"""The verbs `_REVIEW_VOTES` needs, looked for first: a plain search is far cheaper."""


def _a_review(text: str) -> bool:
    """Does a text hold a review's helpfulness count (`_REVIEW_VOTES`)?"""
    return any(verb in text for verb in _REVIEW_VERBS) and _REVIEW_VOTES.search(text) is not None


_OTHER_PAGES_HEADING = re.compile(
    r"(?:latest|recent|newest|most|neueste|letzte|derniers|récents|últimos|recientes|ultimi"
    r"|recenti|nieuwste|laatste|ostatnie|najnowsze|najczęściej|последние|свежие|самое|самые"
    r"|останні|最新|最近)"
    r"\s*(?:comment|kommentar|coment|komentar|коммент|комент|评论|評論|留言|コメント)\w*\s*[:：»]?",
    re.IGNORECASE,
)
"""A widget's heading over comments on other pages ("Recent comments", "Последние
комментарии", "Самое комментируемое", "最新评论"), as the first line of a block: the block
is the widget, not a reader's words. "Popular" or "top" comments may be the page's own."""


_TEMPLATE = re.compile(
    r"\{\{[^{}]*\}\}|<%=?[^%]*%>|\$\{[^{}]*\}"
    r"|'\s*\.\s*[$\w]+\s*\([^()]*\)\s*\.\s*'|%(?:\d+\$)?[sd]"
)
"""A template's slot: a client-side one ("{{content}}", "<%= text %>", "${body}"), a server
template's source shown as it is (a PHP string joined around a call, "' . get_comment_author(
$comment ) . '", or a printf slot, "%2$s"): the empty comment code fills in, not a reader's
words."""


def _in_a_template(item: LexborNode, text: str) -> bool:
    """Is the item, or a block a few levels around it, named a template (`li#commentsTemplate`,
    `div.comment-tmpl`), or does such a block inside it show the comment's words: the model a
    script copies for each comment, its placeholders ("Full Name", "Comment goes here.") filled
    in by hand, not a reader's words?"""
    node: LexborNode | None = item
    for _ in range(_TEMPLATE_LEVELS):
        if node is None or node.tag in ("body", "html"):  # a page's `page-template-default`
            break
        if _named_a_template(node):
            return True
        node = node.parent
    words = squash(text)
    return bool(words) and any(
        _named_a_template(inner) and words in squash(inner.text())
        for inner in select(item, _TEMPLATE_HINTS)
    )


def _named_a_template(node: LexborNode) -> bool:
    """Does the element's class or id call it a template? A WordPress block's class names the
    block that rendered it (`ol.wp-block-comment-template`: the list the Comment Template
    block fills with the page's comments), never a model a script copies."""
    attributes = node.attributes
    label = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    if "mpl" not in label.lower():
        return False
    return bool(label_words(_BLOCK_NAME.sub(" ", label)) & _TEMPLATE_WORDS)


_BLOCK_NAME = re.compile(r"(?<!\S)wp-block-\S*")


_TEMPLATE_HINTS = '[class*="mpl" i], [id*="mpl" i]'


_TEMPLATE_LEVELS = 3
_TEMPLATE_WORDS = frozenset({"template", "tmpl", "templates"})


def _an_ad(item: LexborNode) -> bool:
    """Is an item, or the block it wraps alone a level or two down, named an ad
    (`div.article-comment > div.ad-cell-common`): an ad a feed slots among the comments in a
    comment's box, not a reader's words?"""
    node: LexborNode | None = item
    for _ in range(_AD_LEVELS):
        if node is None:
            break
        attributes = node.attributes
        if _AD_WORDS & label_words(f"{attributes.get('class') or ''} {attributes.get('id') or ''}"):
            return True
        children = element_children(node)
        node = next(children, None)
        if next(children, None) is not None:
            break
    return False


_AD_LEVELS = 3
_AD_WORDS = frozenset(
    {"ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promoted"}
)


def _a_teasers_headline(item: LexborNode, comment: Comment) -> bool:
    """Does an item hold a heading that is a link to another page (`h3 > a`, `a > h3`), not to
    a place on one or to the post's own page (a comment's permalink: its number is in the
    link) and not the author's name: a teaser card of an article, headed by its headline? A
    heading whose words are a web address (a commenter's home page) is no headline. A link of
    three words or more alone on the text's first line heads it as a heading would
    (`div.post-title > a`: an archive's entry, its headline over its excerpt)."""
    if _a_linked_first_line(item, comment):
        return True
    for heading in item.css(HEADING_SELECTOR):
        shown = squash(heading.text())
        if len(shown) < _CARD_TEXT or (comment.author and comment.author in shown):
            continue
        if ADDRESS.fullmatch(shown) or _in_a_box_it_quotes(heading, item):
            continue
        link = _link_around(heading, item)
        if link is None:
            inner = heading.css_first("a[href]")
            link = inner if inner is not None and squash(inner.text()) == shown else None
        if link is not None and _to_another_article(link, heading, item):
            return True
    return False


def _holds_a_posts_permalink(item: LexborNode) -> bool:
    """Does the item hold a link marked as a permalink (`rel="bookmark"`) to another page, not
    to a place on one nor to a comment: a post in a list of posts (an archive's entry, a blog's
    front page)? A reader's comment links to its own place (`#comment-12`)."""
    for link in item.css("a[rel~=bookmark]"):
        href = link.attributes.get("href") or ""
        if href and "#" not in href and not links_to_comments(href):
            return True
    return False


def _in_a_box_it_quotes(node: LexborNode, item: LexborNode) -> bool:
    """Does a quote or a card inside the item hold the node (`blockquote`, `aside`: a link's
    preview a reader pasted, its headline and picture over the reader's words)? A heading
    there heads the box, not the item."""
    ancestor = node.parent
    while ancestor is not None and ancestor.mem_id != item.mem_id:
        if ancestor.tag in _QUOTED_BOXES:
            return True
        ancestor = ancestor.parent
    return False


_QUOTED_BOXES = frozenset({"blockquote", "aside"})


def _a_linked_first_line(item: LexborNode, comment: Comment) -> bool:
    """Is the text's first line all the words of one link to another article of this site, a
    title of three words or more that is not the author's name nor a web address, shown before
    the author and the date as a headline heads its byline? A reader who opens with a linked
    title links to another site (a news story, an advertiser), under the name and date."""
    first = squash(comment.text.partition("\n")[0])
    if (
        len(first) < _CARD_TEXT
        or len(first.split()) < _TITLE_WORDS
        or ADDRESS.fullmatch(first)
        or (comment.author and comment.author in first)
    ):
        return False
    shown = squash(item.text())
    for said in (comment.author, comment.posted_text):
        if said and not 0 <= shown.find(first) < shown.find(squash(said)):
            return False
    return any(
        squash(link.text()) == first
        and _to_another_article(link, link, item)
        and _to_a_story_here(link, item)
        for link in item.css("a[href]")
    )


def _to_a_story_here(link: LexborNode, item: LexborNode) -> bool:
    """Does a link lead to a story's page on this site: an address without a host, or with the
    host of the page's own address (`link[rel=canonical]`, `og:url`), and without a query (a
    post's own page shown by one, `/story?commentid=2`, is a reply's subject)?"""
    own = page_root(item).css_first('link[rel="canonical"], meta[property="og:url"]')
    here = "" if own is None else own.attributes.get("href") or own.attributes.get("content")
    try:
        address = urlsplit(link.attributes.get("href") or "")
        host = urlsplit(here or "").hostname
    except ValueError:  # a broken address ("http://[::1"): no site to name
        return False
    return not address.query and (address.hostname is None or address.hostname == host)


def mostly_a_title(item: LexborNode, comment: Comment) -> bool:
    """Is most of a text (two thirds), not all of it, the words of one link to another page, a
    title of three words or more that does not hold the author's name: a row of a list of
    topics, whose words are the topic's title with its page numbers ("Battery life? ... 2 3")
    or the last poster's "By", not a reader's words, nor a comment's subject linking to its
    place? A reader's post that is only a link (an article's headline) is `a_linked_title`'s
    to judge; a link showing its own address was pasted by a reader."""
    shown = squash(comment.text)
    if not shown or ADDRESS.match(shown):
        return False
    for link in item.css("a[href]"):
        linked = squash(link.text())
        if (
            len(linked.split()) >= _TITLE_WORDS
            and 3 * len(linked) >= 2 * len(shown)
            and linked != shown
            and linked in shown
            and not ADDRESS.match(linked)
            and not (comment.author and comment.author in linked)
            and _to_a_whole_page(link)
        ):
            return True
    return False


def _to_a_whole_page(link: LexborNode) -> bool:
    """A link to a page as a whole, not to a place on one (a comment's subject linking to
    `/story#comment-25149`) nor to a script."""
    href = link.attributes.get("href") or ""
    return bool(href) and "#" not in href and not href.startswith("javascript:")


def _beside_counts(item: LexborNode, text: str) -> bool:
    """Do two cells or more of the table row the item is or fills hold a count and nothing else
    ("43,258" topics, "10.2K" comments), beside a short text: a board's or a topic's row in an
    index, its counts in columns of their own, not a comment? A post's counts (the poster's
    "Posts 19,683") sit inside its cells, not in columns of the row."""
    if len(text) > _INDEX_ROW_TEXT:
        return False
    row = item if item.tag == "tr" else ancestor_tagged(item, _ROW_OR_TABLE, _INDEX_ROW_LEVELS)
    if row is None or row.tag != "tr":
        return False  # no row, or the table or page reached first
    cells = [cell for cell in element_children(row) if cell.tag == "td"]
    return sum(_COUNT_CELL.fullmatch(squash(cell.text())) is not None for cell in cells) >= 2


_COUNT_CELL = re.compile(r"\d[\d,.\s]*[KkMm]?")
"""A cell that is a count alone ("43,258", "10.2K")."""
_INDEX_ROW_TEXT = 300
"""Characters of text beyond which a row's counts sit beside a reader's words (a table of
figures in a post), not a board's description."""
_INDEX_ROW_LEVELS = 3
"""Levels above a block where its table row may stand (a cell, a box in it)."""
_ROW_OR_TABLE = frozenset(map(tag_id, ("tr", "table", "body")))
"""A block's table row, or what ends the search for one."""


def _under_its_own_title(item: LexborNode, author: str | None) -> bool:
    """Does the item follow a heading of its own that links to a page and is not its author's
    name, with a post of its kind before that heading or a heading of the same kind after the
    item: an entry of a list of posts each under its thread's title (a user's post history,
    search results), not a reply in a thread, whose posts follow one another under one title?"""
    heading = previous_element(item)
    if heading is None or not _a_linked_heading(heading):
        return False
    if author and author in heading.text():
        return False
    before = previous_element(heading)
    after = next_element(item)
    return (after is not None and _a_linked_heading(after) and _alike(after, heading)) or (
        before is not None and _alike(before, item)
    )


def _a_linked_heading(node: LexborNode) -> bool:
    """A heading that holds a link to a page, not to a place on this one."""
    link = node.css_first("a[href]") if node.tag in HEADINGS else None
    return link is not None and not (link.attributes.get("href") or "#").startswith("#")


def _alike(node: LexborNode, other: LexborNode) -> bool:
    return node.tag == other.tag and node.attributes.get("class") == other.attributes.get("class")


def _link_around(node: LexborNode, item: LexborNode) -> LexborNode | None:
    """The link that holds a node, inside the item."""
    ancestor = node.parent
    while ancestor is not None and ancestor.mem_id != item.mem_id:
        if ancestor.tag == "a":
            return ancestor if "href" in ancestor.attributes else None
        ancestor = ancestor.parent
    return None


def _to_another_article(link: LexborNode, heading: LexborNode, item: LexborNode) -> bool:
    """A link to a page as a whole (no script, no fragment naming a place on it) that is not
    the post's own: no block from the heading up to the item has an id ending in a number
    the link holds (`li#comment_24984683` over `comments.pl?cid=24984683`)."""
    href = link.attributes.get("href") or ""
    if not href or "#" in href or href.startswith("javascript:"):
        return False
    block: LexborNode | None = heading
    while block is not None:
        own = OWN_NUMBER.search(block.attributes.get("id") or "")
        if own and own.group() in href:
            return False
        if block.mem_id == item.mem_id:
            break
        block = block.parent
    return True


OWN_NUMBER = re.compile(r"\d{4,}$")
"""The number ending a block's id (`li#comment_24984683`): a link to it is the post's own page
("That would be awesome!" over its words), not a story's."""


def a_card_before_the_thread(items: list[LexborNode], comments: list[Comment]) -> int | None:
    """The position of the first of a page's comments when it is an undated block alone in its
    box and answered by none, ahead of a thread whose comments (two at least) are all dated: a
    profile card or the author's box drawn with the comments' markup (a lone `div.comment` in
    a `div.ui.comments` under the article: the name, "762 声望", a motto), not a reader's
    words. Items that give no text (a code listing's `span.comment`) are passed over."""
    shown = [position for position, comment in enumerate(comments) if comment.text]
    if len(shown) <= _CARD_AFTER or comments[shown[0]].posted_at is not None:
        return None
    first = shown[0]
    if any(
        comments[position].posted_at is None or comments[position].parent == first
        for position in shown[1:]
    ):
        return None
    box = items[first].parent
    if box is None or any(
        (parent := items[position].parent) is not None and parent.mem_id == box.mem_id
        for position in shown[1:]
    ):
        return None
    return first


def all_quoted(comments: list[Comment]) -> bool:
    """Is every one of a page's comments (two at least) a text wholly in quotation marks:
    readers' words quoted in teaser boxes ("“Wow, that sounds interesting …”" beside a link
    to the story they were written under), not a thread? A reader may quote a line alone;
    a thread of nothing but quotes is a page's showcase."""
    shown = [comment.text for comment in comments if comment.text]
    return len(shown) >= _FEW_NOTICES and all(_QUOTED.match(text) for text in shown)


_QUOTED = re.compile(r"^\s*[\"“„«»‚‘'][^\"“”„«»]{20,}[\"”“«»’']\s*$")


_CARD_AFTER = 2
"""Dated comments a lone undated first item must stand before to be told apart from them."""


def placeholder_text(comments: list[Comment]) -> str | None:
    """A short text most comments (three at least) show word for word: what a thread
    prints where a removed reply was ("此回复已被删除！", "This post was deleted"), not
    what readers wrote."""
    counts = Counter(comment.text for comment in comments if len(comment.text) <= _NOTICE)
    if not counts:
        return None
    text, count = counts.most_common(1)[0]
    return text if count >= _PLACEHOLDERS and count * 2 > len(comments) else None


_PLACEHOLDERS = 3


_EXCERPT = re.compile(r"^\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]$", re.DOTALL)
"""Text cut at both ends ("[...] More resources from … [...]"): another page's excerpt of
this one, a pingback or trackback, whatever its class, not a reader's words."""


_EDIT_NOTICE = re.compile(
    r"^(?:last\s+)?(?:edited|modified)\s+by\b[^\n]*\d[^\n]*$|^zuletzt\s+(?:bearbeitet|geändert)"
    r"\s+von\b[^\n]*\d[^\n]*$|^(?:dernière\s+)?modifié\s+par\b[^\n]*\d[^\n]*$",
    re.IGNORECASE,
)
"""All that is left of a post whose text was taken down: "Last edited by Ada on Wed Aug 20,
2008; edited 1 time in total"."""


_REMOVED_NOTICE = re.compile(
    r"(?:this (?:comment|post|reply|message) (?:has been|was) (?:removed|deleted)"
    r"|dieser (?:kommentar|beitrag) wurde(?: vo[nm] [^.\n]{1,40})? (?:entfernt|gelöscht)"
    r"|ce (?:commentaire|message) a été (?:supprimé|retiré)"
    r"|este (?:comentario|mensaje) (?:ha sido|fue) (?:eliminado|borrado)"
    r"|questo (?:commento|messaggio) è stato (?:eliminato|rimosso)"
    r"|este (?:comentário|mensagem) foi (?:removido|excluído|eliminado)"
    r"|deze (?:reactie|opmerking) is verwijderd)(?: (?:by|par|por|pel[oa]|da|dal|dall'|door)"
    r"\s?[^.\n]{1,40})?\.?",
    re.IGNORECASE,
)
"""The notice a comment's place keeps when it was taken down ("This comment has been removed
by the author.", "Ce commentaire a été supprimé par un administrateur du blog."): no reader's
words, whoever's name stays beside it."""


def on_other_pages(items: list[LexborNode]) -> bool:
    """Do most items (two at least) link to a place on another page, a page of their own
    nearly each: a widget of the site's latest comments, each linking to the comment on the
    post it answers, or a journal's entries, each linking to its own comments ("44 comments",
    "Leave a comment"), not a thread of this page? A comment's own permalink names its number
    in its path (`/comment/12#comment-12`) or a place in the item (`#p37498`), and this
    page's links, or a few pages' (the staff's page, the thread's other posts), share paths.
    A link to a numbered place this page holds (a post, `#p57447`) stays on it, whatever
    address it is written with: a saved copy of a thread gives each address with a query a
    file of its own (`viewtopic2cf1.html?p=57447#p57447`), a reply's link to the post it
    quotes among them."""
    if not _mostly_elsewhere(items, None):
        return False
    return _mostly_elsewhere(items, _places_in(page_root(items[0])))


def _mostly_elsewhere(items: list[LexborNode], here: set[str | None] | None) -> bool:
    """Do most items (two at least) link to places elsewhere, nearly each its own page?
    HERE, when given, are the page's places (else each item's own are)."""
    pages = [_place_elsewhere(item, here) for item in items]
    shown = [page for page in pages if page is not None]
    return len(items) >= 2 and 2 * len(shown) > len(items) and 2 * len(set(shown)) > len(shown)


def _place_elsewhere(item: LexborNode, here: set[str | None] | None = None) -> str | None:
    """The path of the first link in the item to a place on a page other than the place's
    own ("/975387.html?thread=13051675#t13051675", "/1002211.html?view=comments#comments"),
    a numbered place HERE (the page's places, when given) names none: a post of this page
    (`#p57445`), where "#comments" may be any page's."""
    inside: set[str | None] | None = None  # the item's own places, read once when asked
    for link in item.css("a[href*='#']"):
        page, _, place = (link.attributes.get("href") or "").partition("#")
        try:
            path = urlsplit(page).path  # a site's own links, with or without its host, alike
        except ValueError:  # a broken address ("http://[::1"): no page to name
            continue
        number = _A_NUMBER.search(place)
        if path and place and (number is None or number.group() not in path):
            if here is not None and number is not None and place in here:
                continue
            inside = _places_in(item) if inside is None else inside
            if place not in inside:
                return path
    return None


def _places_in(item: LexborNode) -> set[str | None]:
    """The ids and anchor names of the item and of the elements inside it: the places a link
    to the item itself names (`#p37498`)."""
    nodes = [item, *item.css("[id], a[name]")]
    return {node.attributes.get(key) for node in nodes for key in ("id", "name")}


_A_NUMBER = re.compile(r"\d+")


def _to_another_page(link: LexborNode) -> bool:
    """A link that leaves the page, not one to a place on it or to a script."""
    return not (link.attributes.get("href") or "").startswith(("#", "javascript:"))


def a_linked_title(item: LexborNode, text: str) -> bool:
    """Is a text all the words of one link to another page (a feed card's headline), not a
    reader's words? A link showing its own address was pasted by a reader."""
    shown = squash(text)
    if not shown or ADDRESS.match(shown):
        return False
    for link in item.css("a[href]"):
        if squash(link.text()) == shown:
            return _to_another_page(link)
    return False


def _in_a_link_away(item: LexborNode, comment: Comment) -> bool:
    """Is a text inside one link to another page with more words of its own, the author
    shown outside it (a topic's card on a home page: its headline and the opening of its
    post, all one link to the topic, beside the starter's name)? A reader's words are not a
    card's; a preview of a comment kept elsewhere links its author and date line too."""
    shown = squash(comment.text)
    if len(shown) < _CARD_TEXT:
        return False
    for link in item.css("a[href]"):
        linked = squash(link.text())
        if len(linked) > len(shown) and shown in linked:
            return _to_another_page(link) and (comment.author or "") not in linked
    return False


_CARD_TEXT = 20
"""Characters a text needs before being inside a link says it is a card's: a short one may be
a name or a word that a link's text holds by chance."""


def _links_and_counts(item: LexborNode, text: str) -> bool:
    """Is a text only the titles of links to other pages and numbers: a teaser's headline
    and its comment count ("Credit song released" / "1", a date beside them), not a
    comment, even when dated? A link showing its own address was pasted by a reader."""
    rest = text
    for link in item.css("a[href]"):
        shown = squash(link.text())
        if _to_another_page(link) and not ADDRESS.match(shown):
            rest = rest.replace(shown, " ", 1)
    return rest.isascii() and not any(char.isalpha() for char in rest)


def links_away(item: LexborNode, share: float = MOST) -> bool:
    """Is nearly all of an item's text (80%, or SHARE) the text of links to other pages: a
    teaser of an article (a box named `sect_comment` for an opinion piece), not a comment?"""
    shown = len(squash(item.text()))
    linked = sum(len(squash(link.text())) for link in item.css("a[href]") if _to_another_page(link))
    return shown > 0 and linked >= share * shown


def without_a_lone_notice(comments: list[Comment]) -> list[Comment]:
    """A page's only "comment" with no author, no time and a line of text is the comment
    area's notice ("Comentarios cerrados", "No comments yet"), not a reader's words; so are a
    lone copyright line ("© 2012 … All rights reserved", a footer named like comments), one or
    two such lines of a sentence that speak of comments ("If you would like to add a comment,
    please register or log in"), two such lines alike ("Share this article"), and two such
    items that each call to comment ("评论" over "您还未登录，请先 / 后发表或查看评论")."""
    if len(comments) <= _FEW_NOTICES and all(_a_call_to_comment(c.text) for c in comments):
        return []
    bare = [comment for comment in comments if not (comment.author or comment.posted_text)]
    lone = bare[0].text if len(comments) == 1 and bare else None
    if lone is not None and (len(lone) <= _NOTICE or _COPYRIGHT.match(lone)):
        return []
    if len(bare) < len(comments) or len(comments) > _FEW_NOTICES:
        return comments
    if all(_a_call_to_comment(comment.text) for comment in comments):
        return []
    if any("\n" in comment.text or len(comment.text) > _NOTICE_LINE for comment in comments):
        return comments
    texts = {comment.text for comment in comments}
    alike = len(texts) == 1 and len(comments[0].text) <= _NOTICE
    return [] if alike or all(map(_speaks_of_comments, texts)) else comments


def _a_call_to_comment(text: str) -> bool:
    """Is a text a line or two without a sentence's end that names comments ("Leave a
    comment", "Комментарии: / Чтобы оставить сообщение вам нужно авторизоваться", "欢迎发表评论
    我要评论"): the comment area's heading, prompt or link, whatever author and date the page
    shows near it (the article's own), not a reader's words?"""
    if len(text) > _NOTICE_LINE or not COMMENT_STEM.search(text):
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return len(lines) <= _FEW_NOTICES and not any(line[-1] in _SENTENCE_END for line in lines)


_SENTENCE_END = frozenset(".!?…。！？)")


def _speaks_of_comments(text: str) -> bool:
    """Does a line name comments ("comment", "Kommentare", "komentarz", "评论")?"""
    return COMMENT_STEM.search(text) is not None


_FEW_NOTICES = 2
_NOTICE_LINE = 160
"""A notice's one line, at most: a sentence, not a reader's paragraph."""


_NOTICE = 40
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def the_articles_byline(comments: list[Comment], authors: list[str]) -> bool:
    """Are a page's one or two "comments" each a line that names one of the article's authors
    (not the comment's own): the story's byline ("By Donna Bowater") read from its own
    block, not a reader's words?"""
    names = [name.casefold() for name in authors if name]
    if not names or not comments or len(comments) > _FEW_NOTICES:
        return False
    return all(
        len(comment.text) <= _NOTICE_LINE
        and any(
            name in comment.text.casefold() and name != (comment.author or "").casefold()
            for name in names
        )
        for comment in comments
    )


def the_articles_dateline(
    comments: list[Comment], authors: list[str], title: str | None, published: datetime | None
) -> bool:
    """Are a page's one or two "comments" each dated with the article's own publication time
    to the minute and signed with one of its authors' names or its headline: the story's date
    line read with the text beside it (a share bar, a link to the comments, the article
    itself), not a reader's words? A page that states no date of its own may have its first
    comment's taken for it, so the date alone does not tell."""
    if published is None or not comments or len(comments) > _FEW_NOTICES:
        return False
    if (published.hour, published.minute) == (0, 0):
        return False
    names = {name.casefold() for name in [*authors, title or ""] if name}
    return all(
        comment.posted_at == published and (comment.author or "").casefold() in names
        for comment in comments
    )


def the_article_itself(comments: list[Comment], paragraphs: list[str]) -> bool:
    """Does one of a page's one or two "comments" hold most of the article's text and more
    (its headline, its byline): the story's own block read as an item, under a line taken for
    its author (the comments' count "Your comments [1]", a "Published" label), not a reader's
    words? A comment the body holds (the body taken from it, or running on into it) has
    nothing more, and then none is: another holding the same text and more quotes it."""
    if not comments or len(comments) > _FEW_NOTICES:
        return False
    prose = [spaced(paragraph) for paragraph in paragraphs]
    prose = [paragraph for paragraph in prose if len(paragraph) >= _NOTICE]
    if len(prose) < _FEW_NOTICES:
        return False
    beyond = [_beyond_the_body(comment, prose) for comment in comments]
    if any(rest is not None and rest < _NOTICE for rest in beyond):
        return False  # the body read from a comment: the one quoting it is a reply
    return any(rest is not None and rest >= _NOTICE for rest in beyond)


def _beyond_the_body(comment: Comment, prose: list[str]) -> int | None:
    """How many characters a comment shows besides most of the body's paragraphs, None when
    it holds less of them. Nothing besides: the body was read from that comment (a topic
    whose opening post is one short line, the first reply's long words taken for the
    article), and a second comment holding the same paragraphs and more quotes it."""
    rest = spaced(comment.text)
    held = [paragraph for paragraph in prose if paragraph in rest]
    if sum(map(len, held)) < _MOST_OF_IT * sum(map(len, prose)):
        return None
    for paragraph in held:
        rest = rest.replace(paragraph, "", 1)
    return len("".join(rest.split()))


_MOST_OF_IT = 0.8


def picture_credits(comments: list[Comment]) -> bool:
    """Are most of a page's comments (three or more) signed with a picture's credit, an
    agency alone or beside a photographer ("Reuters/Erik De Castro", "AFP/Getty Images",
    "EPA"): a gallery's captions, not readers' words?"""
    if len(comments) < _MIN_CAPTIONS:
        return False
    credited = sum(_a_picture_credit(comment.author) for comment in comments)
    return 2 * credited > len(comments)


_MIN_CAPTIONS = 3


def _a_picture_credit(author: str | None) -> bool:
    if not author or len(author) > MAX_META_SOURCE:
        return False
    return any(
        agency_named(part) or part.casefold() in _PICTURE_DESKS or PICTURE_AGENCY.fullmatch(part)
        for part in _CREDIT_SPLIT.split(author.strip())
    )


_CREDIT_SPLIT = re.compile(r"\s*/\s*")
_PICTURE_DESKS = frozenset({"ap photo", *(name.casefold() for name in PICTURE_CREDITS_ALONE)})
"""Credits that stand alone as a part: a news agency's photo desk, "Getty", "EPA"."""


def a_chronology(comments: list[Comment], published: datetime | None) -> bool:
    """Are a page's dated "comments" (two dates or more) all dated a decade or more before the
    article was published: the dated entries of a timeline or a history in the story ("Oct.
    6, 1923: First football game"), not readers answering it? One date on all (1 January
    1970, a machine time of nought) is a misread, not a history."""
    if published is None:
        return False
    dated = {comment.posted_at for comment in comments if comment.posted_at is not None}
    return len(dated) >= _FEW_NOTICES and all(
        (published.date() - when.date()).days > _CHRONOLOGY_DAYS for when in dated
    )


_CHRONOLOGY_DAYS = 3652
"""Ten years: a post published again later keeps its older comments, not decades of them."""


def only_a_byline(row: LexborNode, fetched_at: datetime) -> bool:
    """Is all a row shows one line of an author and a date ("42 points by kine 22 hours ago |
    56 comments"): a story's line in a list of stories, with no text of its own?"""
    shown = row.text()
    if len(shown) > MAX_META_SOURCE:
        return False
    meta = read_meta_line(squash(shown), fetched_at)
    return meta is not None and bool(meta.author)


def counts_elsewhere(row: LexborNode) -> bool:
    """Does a row link to another page by a count ("3コメント", "12 comments", "(5)"): a
    teaser of a post whose comments are there, not a comment?"""
    for link in row.css("a[href]"):
        if _to_another_page(link) and _COUNT_LINK.match(squash(link.text())):
            return True
    return False


_COUNT_LINK = re.compile(r"^[^\d#]{0,12}\d+[^\d]{0,12}$")


def count_their_comments(blocks: list[LexborNode]) -> bool:
    """Do half of a list's blocks or more end with a link to another page by a count of
    comments ("253 Comments", "Comments (1)", "2 comments »"): each block a story's footer,
    the story's readers commenting on a page of its own, not a reader's comment? A count
    before the words (a commenter's card, "Comments (3875)") counts the commenter's comments."""
    return 2 * sum(map(_ends_with_a_comment_count, blocks)) >= len(blocks)


def _ends_with_a_comment_count(block: LexborNode) -> bool:
    shown: str | None = None
    for link in block.css("a[href]"):
        counted = squash(link.text())
        if _to_another_page(link) and _COMMENT_COUNT.match(counted) is not None:
            shown = squash(block.text()) if shown is None else shown
            after = len(shown) - shown.rfind(counted) - len(counted)
            if after <= len(shown) * _FOOTER:
                return True
    return False


_FOOTER = 0.25
"""The share of a block's text a footer's count may stand before: its last quarter."""


_COMMENT_COUNT = re.compile(
    rf"^\W*(?:\d+\s*(?:{COMMENT_STEM.pattern})\w*|(?:{COMMENT_STEM.pattern})\w*\s*\(?\s*\d+\s*\)?)\W*$",
    re.IGNORECASE,
)
"""A link's whole text a count of comments, the number before or after the word."""


def could_be_posts(records: list[LexborNode]) -> bool:
    """Could these rows be posts: not mostly links, not teasers whose headings link to other
    pages, not pingbacks, not answers holding the question they answer? The link share is
    asked first: one pass over each row's links, it refuses most lists of links before the
    heading queries run."""
    return sum(map(_link_share, records)) <= _MAX_LINK_SHARE * len(records) and not any(
        _teaser(record) or _linkback(record) or holds_its_question(record) for record in records
    )


_MAX_LINK_SHARE = 0.5
"""Rows of a list of threads are mostly links (title, author, last poster); posts are not."""


def _link_share(node: LexborNode) -> float:
    """The share of a block's text that is the text of links to a page; a control that runs
    a script ("Reply", "Upvote": `javascript:`) or stays on this one (`#`) leads nowhere."""
    shown = len(squash(node.text()))
    linked = sum(len(squash(link.text())) for link in node.css("a") if _leads_away(link))
    return linked / shown if shown else 1.0


def _leads_away(link: LexborNode) -> bool:
    href = (link.attributes.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("javascript:", "#"))


def _linkback(node: LexborNode) -> bool:
    """A pingback or trackback: another site linking here, not a reader."""
    return bool(LINKBACKS.intersection((node.attributes.get("class") or "").lower().split()))


def _teaser(node: LexborNode) -> bool:
    """Does a block's heading link to another page by a title (a post's teaser in a list of
    posts), not to a place on one (a forum post's permalink, `…/topic.html#entry22210173`) nor
    to a comment's own page (`/comments/11591/…/566475` named "link")? The link may sit in the
    heading or wrap it."""
    in_heading = node.css("h1 a[href], h2 a[href], h3 a[href], h4 a[href]")
    around_heading = [
        link for link in node.css("a[href]") if link.css_first("h1, h2, h3, h4, header")
    ]
    return any(_title_link(link) for link in in_heading + around_heading)


def _title_link(link: LexborNode) -> bool:
    href = (link.attributes.get("href") or "#").lower()
    return (
        "#" not in href and len(link.text().split()) >= _TITLE_WORDS and not links_to_comments(href)
    )


_TITLE_WORDS = 3


def under_reviews(first: LexborNode) -> bool:
    """Does the heading nearest before the list name reviews or ratings ("Beoordeling",
    "短评", "Customer reviews"): customers' verdicts on a product or place, not comments?"""
    heading = heading_before(first)
    return heading is not None and REVIEWS.search(heading.text()) is not None


REVIEWS = re.compile(
    r"\b(?:reviews?|reviewer|ratings?|bewertung(?:en)?|rezension(?:en)?|beoordeling(?:en)?"
    r"|recensies?|critiques|reseñas?|valoraciones|avaliações|resenhas?|recensioni|recenzje"
    r"|отзыв(?:ы|а|ов)?|рецензии)\b"
    r"|短评|影评|书评|评价|点评|レビュー|口コミ|クチコミ|리뷰|후기",
    re.IGNORECASE,
)


def offers_a_reply(block: LexborNode) -> bool:
    """Does the block show a line that is only a reply control ("Reply", "Antworten", "返信")?
    Readers answer each other there; a shop's verdicts on a product are never answered so."""
    return any(
        squash(line).lower() in REPLY_WORDS for line in block.text(separator="\n").split("\n")
    )
