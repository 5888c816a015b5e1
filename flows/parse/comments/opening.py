"""A forum topic's opening post is the page's article, not a comment: it is the first post, and
it says it is post #1, or the posts after it count from 1, or every other post's subject is its
subject as a reply ("Re: …"), or it follows the page's title with next to nothing between, or
it holds more text than all the page before it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from selectolax.lexbor import LexborNode

from flows.parse.comments.lines import REPLY_SUBJECT, post_number
from flows.parse.comments.meta_line import (
    comment_word_in,
    names_comment_list,
    subject_before_name,
    token_words,
)
from flows.parse.comments.named import links_to_comments, to_its_own_place
from flows.parse.nodes import (
    HEADINGS,
    LINK_IDS,
    ancestor_ids,
    ancestor_tagged,
    heading_before,
    is_inside,
    lines_text,
    next_element,
    page_root,
    squash,
)
from flows.parse.people import profile_link
from flows.times import find_datetime


def without_opening_post(items: list[LexborNode]) -> list[LexborNode]:
    """A forum topic's opening post is the page's article, not a comment: it is the first
    post, and it says it is post #1 (schema.org `position`), or every other post's subject
    is its subject as a reply ("Re: Fuel prices") and not every one of them is nested in it
    (a comment's replies, threaded inside it, answer it by its subject too). A first post
    typed as a schema.org `Answer` is none: the question it answers is the topic."""
    if len(items) < 2 or typed_answer(items[0]):
        return items
    position = items[0].css_first('[itemprop="position"]')
    if position is not None and position.text().strip().lstrip("#") == "1":
        return items[1:]
    shown: dict[tuple[int, bool], frozenset[int]] = {}
    if (
        _marked_first(items[0], items[1])
        or _numbered_from_one(items[0], items[1], shown)
        or _ids_count_from_one(items)
        or _numbered_after_first(items, shown)
        or _numbered_from_two(items, shown)
        or heads_the_topic(items[0])
    ):
        return items[1:]
    subjects = [_subject(item) for item in items[:_SUBJECTS_READ]]
    first, others = subjects[0], [s for s in subjects[1:] if s is not None]
    if first is not None and _titles_the_page(first, items[0], others):
        return items[1:]
    if _alone_titled(subjects):
        return items[1:]
    if all(is_inside(item, items[0]) for item in items[1:_SUBJECTS_READ]):
        return items  # replies nested in the first comment answer it: a thread, not a topic
    if first is None or REPLY_SUBJECT.match(first) or not others:
        return items[1:] if _answered_line(items) else items
    topic = first.casefold()
    replies = all(
        REPLY_SUBJECT.match(other) and REPLY_SUBJECT.sub("", other).casefold() == topic
        for other in others
    )
    return items[1:] if replies else items


def heads_the_topic(post: LexborNode) -> bool:
    """Does the post follow the page's title with next to nothing between, showing no later
    number, on a page that is no later page of its thread: the topic's opening post?"""
    return _right_under_the_title(post) and not shows_later_number(post) and not a_later_page(post)


def _titles_the_page(subject: str, first: LexborNode, others: list[str]) -> bool:
    """Is the first post's subject the page's title (its `<h1>`, or a part of its `<title>`
    between separators: "Forum :: View topic - Gimix song"), where later posts show subjects
    of their own? The post that names the page starts the topic, unless a block like it
    stands before it (the question, `article.posting.frage`, before the answers)."""
    topic = subject.casefold()
    if (
        not others
        or REPLY_SUBJECT.match(subject)
        or any(other.casefold() == topic for other in others)
        or _after_a_post_alike(first)
    ):
        return False
    root = page_root(first)
    for title in filter(None, (root.css_first("title"), root.css_first("h1"))):
        shown = squash(title.text())
        if topic in {part.strip().casefold() for part in [shown, *_TITLE_SEPARATOR.split(shown)]}:
            return True
    return False


def own_subjects(items: list[LexborNode]) -> bool:
    """Do the first posts (three at least) each show a subject, no two the same and none a
    reply's ("Re: …")? Posts of several threads (a board's newest posts), none of which opens
    a topic the others answer, whatever text stands before the first."""
    if len(items) < _MIN_OWN:
        return False
    subjects = [_subject(item) for item in items[:_SUBJECTS_READ]]
    shown = {subject.casefold() for subject in subjects if subject}
    return len(shown) == len(subjects) and not any(
        REPLY_SUBJECT.match(subject) for subject in shown
    )


_MIN_OWN = 3


def _alone_titled(subjects: list[str | None]) -> bool:
    """Does the first post alone show a subject, two later posts at least showing none? It
    names the topic the others answer ("Does this sound like MS?" over the replies)."""
    first = subjects[0]
    return (
        first is not None
        and not REPLY_SUBJECT.match(first)
        and len(subjects) > 2
        and all(subject is None for subject in subjects[1:])
    )


def _after_a_post_alike(first: LexborNode) -> bool:
    """Does an element of the first post's tag and class stand before it, in the boxes
    around it up to `_LEVELS` (the question in a section of its own, `article.posting.frage`,
    before the answers' `article.posting.antwort`)?"""
    tokens = [t for t in (first.attributes.get("class") or "").split() if _CLASS_TOKEN.match(t)]
    box = first.parent
    for _ in range(_LEVELS):
        if box is None or not tokens:
            return False
        for token in tokens:
            earlier = box.css_first(f"{first.tag}.{token}")
            if earlier is not None and earlier.mem_id != first.mem_id:
                return not is_inside(first, earlier)
        box = box.parent
    return False


_LEVELS = 3


_CLASS_TOKEN = re.compile(r"^[A-Za-z_][\w-]*$")


_TITLE_SEPARATOR = re.compile(r"\s+(?:[-–—|:»›]|::|->)\s+")


def typed_answer(item: LexborNode) -> bool:
    """Is the post typed as a schema.org `Answer`? It answers the page's question, which is
    the topic (a `Question` of its own), however the answers count from 1."""
    return (item.attributes.get("itemtype") or "").endswith("/Answer")


def _marked_first(first: LexborNode, second: LexborNode) -> bool:
    """Does the first post, or a block of it, carry a class that says it is the topic's
    first post (`spFirstPost`, `original-first-post`), which the second does not?"""
    marks = _first_post_marks(first)
    return bool(marks) and not marks & _first_post_marks(second)


def _first_post_marks(item: LexborNode) -> set[str]:
    return {
        token
        for node in item.css("[class]")
        for token in (node.attributes.get("class") or "").split()
        if "first" in (words := token_words(token)) and not _POST_WORDS.isdisjoint(words)
    }


_POST_WORDS = frozenset({"post", "topic", "thread"})


def _answered_line(items: list[LexborNode]) -> bool:
    """Does every later post (of the first few) open with a line that is one of the first
    post's first lines as a reply ("Compartir experiencias" / "Re: Compartir experiencias")?
    Then that line is the topic's subject, whatever element shows it (a bold link, a
    `small`), and the first post opens the topic."""
    own = {
        line.casefold()
        for line in lines_text(items[0]).split("\n")[:_ANSWERED_LINES]
        if line and not REPLY_SUBJECT.match(line)
    }
    if not own:
        return False
    for item in items[1:_SUBJECTS_READ]:
        answered = {
            REPLY_SUBJECT.sub("", line).casefold()
            for line in lines_text(item).split("\n")[:_ANSWERED_LINES]
            if REPLY_SUBJECT.match(line)
        }
        own &= answered
        if not own:
            return False
    return True


def _numbered_from_one(
    first: LexborNode, second: LexborNode, shown: dict[tuple[int, bool], frozenset[int]]
) -> bool:
    """Do the first two posts say they are posts 1 and 2: a shown "#1" and "#2", or an
    attribute counting them (`data-index` 0 and 1)?"""
    ours, theirs = first.attributes, second.attributes
    if any(
        value in ("0", "1") and theirs.get(key) == str(int(value) + 1)
        for key, value in ours.items()
        if key.startswith("data-")
    ):
        return True
    return (
        1 in _shown_numbers(first, shown)
        and 2 in _shown_numbers(second, shown)
        and not _a_comments_permalink(first)
    )


def _a_comments_permalink(first: LexborNode) -> bool:
    """Does the first post show its "#1" as a link to its own place (its permalink) below
    more words in paragraphs than it holds (`_below_prose`)? A blog numbers its comments so,
    under the story they answer, whatever its ids are named; a topic's post #1 is the page's
    text, under notices, menus or a line at most."""
    return any(
        post_number(_with_mark_before(node)) == 1 and to_its_own_place(node)
        for node in first.css("a[href]")
    ) and _below_prose(first)


def _below_prose(first: LexborNode) -> bool:
    """Do paragraphs with words of their own (`_holds_own_words`) before the first post
    hold more text than it does: an article's, not a forum's notices and menus (no
    paragraphs) nor a line over a topic?"""
    own = len(squash(first.text()))
    prose = 0
    node: LexborNode | None = first
    while node is not None and node.tag != "body":
        sibling = node.prev
        while sibling is not None:
            if sibling.tag not in _NOT_TEXT and sibling.tag != "-text":
                for paragraph in sibling.css("p"):
                    if _holds_own_words(paragraph):
                        prose += len(squash(paragraph.text()))
                        if prose > own:
                            return True
            sibling = sibling.prev
        node = node.parent
    return False


def _numbered_after_first(
    items: list[LexborNode], shown: dict[tuple[int, bool], frozenset[int]]
) -> bool:
    """Do the items after the first count from 1 ("Comment 1", "Comment 2") where the first
    shows no number ("Description"): a bug's description or a topic's opening post, then the
    comments on it."""
    return (
        1 in _shown_numbers(items[1], shown)
        and (len(items) < 3 or 2 in _shown_numbers(items[2], shown))
        and not _shown_numbers(items[0], shown, linked=True)
    )


def _numbered_from_two(
    items: list[LexborNode], shown: dict[tuple[int, bool], frozenset[int]]
) -> bool:
    """Do the posts after the first count from 2 ("2 樓", "3 樓") where the first shows no
    number (the topic's starter, "樓主", "Original post")? Then the first is post 1, the
    topic's opening post."""
    return (
        len(items) > 2
        and 2 in _shown_numbers(items[1], shown)
        and 3 in _shown_numbers(items[2], shown)
        and not _shown_numbers(items[0], shown, linked=True)
    )


def _shown_numbers(
    item: LexborNode, memo: dict[tuple[int, bool], frozenset[int]], *, linked: bool = False
) -> frozenset[int]:
    """The post numbers an item shows ("#1", "post #1 of 23", "Comment 1", a counter in a
    `div` of its own); `linked` keeps those that link to a comment, which a bug tracker or a
    blog numbers from #1 too, under an article that is not one of them. Remembered in `memo`
    by element, as the first posts are asked several times."""
    key = (item.mem_id, linked)
    found = memo.get(key)
    if found is None:
        numbers = set()
        for node in item.css(_NUMBER_HOLDERS + ", div"):
            if node.tag == "div" and not _text_only(node):
                continue  # a block of the post, not its counter ("<div>Post 2 of 10</div>")
            shown = post_number(_with_mark_before(node))
            if shown is not None and (linked or not links_to_comments(node.attributes.get("href"))):
                numbers.add(shown)
        found = memo[key] = frozenset(numbers)
    return found


def shows_later_number(item: LexborNode) -> bool:
    """Does a post show a number other than 1 ("#41"): the first post of a topic's later
    page, a reply, not the topic's opening post?"""
    for node in item.css(_NUMBER_HOLDERS):
        shown = post_number(_with_mark_before(node))
        if shown is not None and shown != 1:
            return True
    return False


def _ids_count_from_one(items: list[LexborNode]) -> bool:
    """Do the ids of the first posts count 1, 2, 3 under one name (`message1`, `message2`,
    `message3`): the posts' places in the topic, the first its opening post? A blog numbers
    its comments too (`comment-1`, or any name under a heading that names comments): those
    are no topic's posts."""
    numbered = [_id_number(item.attributes.get("id")) for item in items[:_COUNTED]]
    name = numbered[0][0]
    return (
        len(numbered) == _COUNTED
        and numbered == [(name, place) for place in range(1, _COUNTED + 1)]
        and not any(comment_word_in(word) for word in token_words(name))
        and not _under_a_comments_heading(items[0])
    )


def _under_a_comments_heading(first: LexborNode) -> bool:
    """Does the heading nearest before the first post name comments ("12 Comments"): the
    posts are the comments below an article, numbered from 1 whatever their ids are named?
    A topic's opening post comes before any heading of its replies."""
    heading = heading_before(first)
    return heading is not None and names_comment_list(heading.text())


_COUNTED = 3


def _id_number(value: str | None) -> tuple[str, int | None]:
    """An id's name and the position it ends with ("message1" → ("message", 1)); a record's
    number in the database ("post_71800536") is no position."""
    match = _ID_NUMBER.match(value or "")
    return (match["name"], int(match["number"])) if match else ("", None)


_ID_NUMBER = re.compile(r"^(?P<name>[A-Za-z_-]+?)(?P<number>\d{1,3})$")


_NUMBER_HOLDERS = "a, span, strong, b"
"""Where a post shows its number: a link, a span or bold type (`<strong>#1</strong>`)."""


def _text_only(node: LexborNode) -> bool:
    """Does an element hold a single text node and nothing else?"""
    child = node.first_child
    return child is not None and child.next is None and child.is_text_node


def _with_mark_before(node: LexborNode) -> str:
    """A node's text, with the "#" written just before it ("#<a>1</a>", as vBulletin
    numbers its posts)."""
    shown = squash(node.text())
    before = node.prev
    if (
        shown.isdigit()
        and before is not None
        and before.tag == "-text"
        and (before.text_content or "").rstrip().endswith("#")
    ):
        return "#" + shown
    return shown


def _subject(item: LexborNode) -> str | None:
    """A post's subject: its heading, else a line labelled as one ("Post subject: Re: …",
    "Betreff:", "Sujet :", also after the date: "Posted: 6 May 2003 Post subject: …") where a
    forum lays its posts out as tables. A heading that only shows a link to a user's page is
    the poster's name over the user column, not the subject (an `h4` name, an `h5` subject);
    a minor heading (`h5`, `h6`) is the subject only when no date stands before it: after
    the date it is the words' own ("Hey Everyone," over a comment). Else the words before a
    labelled name and date on the first line ("Re: Skills Name: Ada Date: …")."""
    for heading in item.css(_SUBJECT_HEADINGS):
        if _names_the_poster(heading):
            continue
        if heading.tag in _MINOR_HEADINGS and _dated_before(heading, item):
            return None
        return squash(heading.text()) or None
    lines = lines_text(item).split("\n")
    for line in lines[:_SUBJECT_LINES]:
        labelled = _SUBJECT_LINE.search(line)
        if labelled:
            return labelled["subject"].strip() or None
    return subject_before_name(lines[0])


_SUBJECT_HEADINGS = "h2, h3, h4, h5, h6"


_MINOR_HEADINGS = frozenset({"h5", "h6"})


def _dated_before(heading: LexborNode, item: LexborNode) -> bool:
    """Does the item show a year or a clock time before the heading?"""
    shown = item.text(separator=" ")
    own = heading.text(separator=" ")
    at = shown.find(own) if own.strip() else -1
    return at > 0 and _STAMP.search(shown, 0, at) is not None


def _names_the_poster(heading: LexborNode) -> bool:
    """Are a heading's words those of a link to a user's page: whose post it is?"""
    shown = squash(heading.text())
    return bool(shown) and any(
        squash(link.text()) == shown and profile_link(link.attributes.get("href") or "")
        for link in heading.css("a[href]")
    )


_SUBJECT_LINE = re.compile(
    r"(?:^|\s)(?:post\s+)?(?:subject|title|betreff|titel|sujet|asunto|oggetto|assunto|onderwerp"
    r"|temat|тема)\s*:\s*(?P<subject>.+)$",
    re.IGNORECASE,
)


_SUBJECT_LINES = 6


_SUBJECTS_READ = 4


_ANSWERED_LINES = 12
"""The first lines of a post searched for the subject later posts answer: a user column
("Offline", the forum's questions, "Posts: 16") may come before it."""


def opens_the_topic(first: LexborNode) -> bool:
    """Is the first post of a list the topic's opening post because the posts are the page's
    text (`leads_the_page`), on no later page of the thread, showing no later number?"""
    return leads_the_page(first) and not shows_later_number(first) and not a_later_page(first)


def leads_the_page(first: LexborNode) -> bool:
    """Is the first post the page's main text: does everything before it, headings and
    scripts aside, show less text than it does, with no paragraph (a question, a story) and
    no label naming replies? Then the thread is the page (a forum topic), not comments or
    answers under a text, and its first post opens the topic."""
    own = len(squash(first.text()))
    before = 0
    node: LexborNode | None = first
    while node is not None and node.tag != "body" and before < own:
        sibling = node.prev
        while sibling is not None and before < own:
            if sibling.tag not in _NOT_TEXT:
                shown = squash(sibling.text())
                element = sibling.tag != "-text"
                if element and len(shown) <= _LABEL and _names_replies(shown):
                    return False  # "28 Comments", "621 个回答": a list of replies follows
                if sibling.tag not in HEADINGS:
                    before += len(shown)
                    if element and _holds_own_words(sibling):
                        return False
            sibling = sibling.prev
        node = node.parent
    return before < own


_NOT_PROSE = HEADINGS | {"script", "style", "noscript", "template", "nav", "-comment"}
_NOT_TEXT = _NOT_PROSE - HEADINGS
_LABEL = 80
"""The most characters of a label over a list of replies."""


def _names_replies(label: str) -> bool:
    """Does a label announce comments ("28 Comments") or a count of answers ("621 个回答")?"""
    return names_comment_list(label) or _ANSWERS.search(label) is not None


_ANSWERS = re.compile(
    r"\d\s*(?:answers?|antworten|réponses|respuestas|ответ\w*|个回答|回答)", re.IGNORECASE
)


def _page_heading(root: LexborNode) -> LexborNode | None:
    """The page's title: its first `<h1>`, unless that is not what the `<title>` opens with
    and a heading further down is (the site's name in the `<h1>`, the topic's in an `<h2>`:
    "Login-Schleife › Forum › ubuntuusers.de"); on a page without an `<h1>`, its title bar
    (`_title_bar`)."""
    first = root.css_first("h1")
    title = root.css_first("title")
    parts = _TITLE_SEPARATOR.split(squash(title.text())) if title else []
    opening = parts[0].casefold() if parts else ""
    if not opening or (first is not None and squash(first.text()).casefold() == opening):
        return first
    for heading in root.css("h1, h2, h3"):
        if squash(heading.text()).casefold() == opening:
            return heading
    return first if first is not None else _title_bar(root, parts)


def _title_bar(root: LexborNode, parts: list[str]) -> LexborNode | None:
    """On a page without an `<h1>`, the bold line that shows one of its `<title>`'s parts
    between separators (an old board's title bar over the posts, `<b>Topic</b>` under
    "Board -> Topic"), holding no link and in none: a linked title names a story elsewhere (a
    link aggregator's item, with its readers' comments under it)."""
    shown = {part.casefold() for part in parts if part}
    for bold in root.css(", ".join(_BOLD)):
        if squash(bold.text()).casefold() in shown and not _linked(bold):
            return bold
    return None


_BOLD = ("b", "strong")


def _linked(node: LexborNode) -> bool:
    """Does the element hold a link or sit in one (`_LINK_LEVELS` up at most: a link far
    above a bold line is an unclosed one, not the line's)?"""
    return (
        node.css_first("a") is not None or ancestor_tagged(node, LINK_IDS, _LINK_LEVELS) is not None
    )


_LINK_LEVELS = 3


def _newest_first(first: LexborNode) -> bool:
    """Does the first post show a later date than the next block of its tag and class: a list
    shown newest first (a guest book under its title bar), whose first entry opens nothing?"""
    after = next_element(first)
    while after is not None and (after.tag, after.attrs.get("class")) != (
        first.tag,
        first.attrs.get("class"),
    ):
        after = next_element(after)
    if after is None:
        return False
    shown, then = (find_datetime(squash(node.text()), _NOW) for node in (first, after))
    return shown is not None and then is not None and shown[2] > then[2]


_NOW = datetime(2100, 1, 1, tzinfo=UTC)
"""A "now" after every date a page shows: only the order of two posts' dates is asked."""


def _right_under_the_title(first: LexborNode) -> bool:
    """Does the first post follow the page's title (its first `<h1>`, or the heading the
    `<title>` opens with: `_page_heading`; or the topic's heading just over it:
    `_topic_heading`) with next to nothing between them (a byline, buttons), less than it holds itself: the page's main text, a
    topic's opening post, not a comment under an article that stands between the title and
    it?"""
    root = page_root(first)
    title = _page_heading(root)
    if _follows_title(first, title):
        return True
    topic = _topic_heading(first, root)
    same = title is not None and topic is not None and topic.mem_id == title.mem_id
    return topic is not None and not same and _follows_title(first, topic)


def _topic_heading(first: LexborNode, root: LexborNode) -> LexborNode | None:
    """The heading nearest before the first post when it shows a part of the page's `<title>`
    other than its first ("Board - Topic": the site's name in the `<h1>`, the topic's in an
    `<h2>` over the posts): the topic's title, whatever the page's first heading says."""
    heading = heading_before(first)
    title = root.css_first("title")
    if heading is None or title is None:
        return None
    parts = _TITLE_SEPARATOR.split(squash(title.text()))[1:]
    shown = squash(heading.text()).casefold()
    return heading if shown and shown in {part.casefold() for part in parts} else None


def _follows_title(first: LexborNode, title: LexborNode | None) -> bool:
    """Does the first post follow TITLE with less text between than it holds itself (at most
    `_TITLE_GAP`) and no paragraph?"""
    heading = squash(title.text()) if title is not None else ""
    if title is None or not heading or (title.tag in _BOLD and _newest_first(first)):
        return False
    gap = min(len(squash(first.text())), _TITLE_GAP)
    around = ancestor_ids([title]) | {title.mem_id}
    between = 0
    node: LexborNode | None = first
    while node is not None and node.tag != "body":
        sibling = node.prev
        while sibling is not None:
            if sibling.mem_id in around:
                shown = squash(sibling.text())  # what the box holds after the title
                after = len(shown) - shown.find(heading) - len(heading)
                return between + after < gap and not _holds_prose(sibling)
            if sibling.tag not in _NOT_PROSE:
                between += len(squash(sibling.text()))
                if between >= gap or _holds_prose(sibling):
                    return False
            sibling = sibling.prev
        node = node.parent
    return False


def a_later_page(first: LexborNode) -> bool:
    """Does the page say it is a later page of its thread: a `link rel=prev` to an address that
    extends the page's canonical one (`?id=84424&page=954` under `?id=84424`), or a page
    number above 1 that it shows (`shown_page`)? Its first post is then a reply, whatever
    stands above it; an adjacent article's address is no such page."""
    root = page_root(first)
    previous = root.css_first('link[rel="prev"]')
    canonical = root.css_first('link[rel="canonical"]')
    here = (canonical.attributes.get("href") or "") if canonical is not None else ""
    before = (previous.attributes.get("href") or "") if previous is not None else ""
    if here and before.startswith(here):
        rest = before[len(here) :]
        if not rest or not rest[0].isalnum():
            return True
    return (shown_page(root) or 1) > 1


def shown_page(root: LexborNode) -> int | None:
    """The page of its thread a page shows it is: the number chosen in a menu of page numbers
    (`<option selected>5</option>` among 1, 2, 3 …), its title's or its text's "Page 2 of 5"
    ("- Page 152 -", "Seite 2 von 3", "Страница 2 из 9", "第2页")."""
    for option in root.css("select option[selected]"):
        menu = option.parent
        numbers = [_page_number(o) for o in menu.css("option")] if menu is not None else []
        if None not in numbers and numbers == list(range(1, len(numbers) + 1)):
            return _page_number(option)
    title = root.css_first("title")
    for text in (title.text() if title is not None else "", root.text()):
        shown = _PAGE_OF.search(text)
        if shown is not None:
            return int(next(filter(None, shown.groups())))
    return None


def _page_number(option: LexborNode) -> int | None:
    shown = option.text(strip=True)
    return int(shown) if shown.isdigit() and len(shown) <= _PAGE_DIGITS else None


_PAGE_DIGITS = 5
_PAGE_OF = re.compile(
    r"\b(?:page|seite|página|pagina|strona|страница|sida|side|sivu)\s+(\d{1,5})"
    r"(?:\s+(?:of|von|de|di|z|из|av|af)\s+\d{1,5}|\s+[-–—|])"
    r"|第\s*(\d{1,5})\s*页",
    re.IGNORECASE,
)


def _holds_own_words(box: LexborNode) -> bool:
    """Is the element, or one inside it, a paragraph with words of its own, most of them not
    links (a question, a story, however short), not a row of page links in a `<p>` ("(1)
    (2) (Reply)") nor a list of other topics?"""
    for node in box.css("p"):
        shown = len(squash(node.text()))
        if shown and 2 * sum(len(squash(a.text())) for a in node.css("a")) < shown:
            return True
    return False


def _holds_prose(box: LexborNode) -> bool:
    """Is the element, or one inside it, a paragraph with words: a story's text, however
    short, not a byline or a row of buttons? A dated line that ends no sentence ("Started by
    Kelie · 2008-02-13 17:01 UTC · 5 replies") is the topic's byline, whatever holds it."""
    return any(_prose(squash(node.text())) for node in box.css("p"))


def _prose(shown: str) -> bool:
    return bool(shown) and not (
        len(shown) <= _BYLINE_CHARS and shown[-1] not in ".!?。！？" and _STAMP.search(shown)
    )


_BYLINE_CHARS = 120
_STAMP = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")
"""A year or a time of day: what a topic's byline shows and a standfirst rarely does."""


_TITLE_GAP = 200
"""The most text between a page's title and its first post when nothing stands between them
but a byline and buttons."""
