"""Forum posts found as lists of rows when no name says they are comments: rows whose ids are
one name and a number (`post_703351`), rows that each hold an author element, rows that each
hold a dated `time`, rows each headed by an author and date line, numbered headers each over
its post's block. The first list whose rows read as posts gives them, with the replies nested
in them, less the topic's opening post."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from itertools import chain, islice, pairwise

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.comments.build import judged_a_comment, signed_row
from flows.parse.comments.lines import DIGIT, MAX_META_SOURCE
from flows.parse.comments.lookalikes import (
    could_be_posts,
    counts_elsewhere,
    holds_the_headline,
    in_other_region,
    offers_a_reply,
    only_a_byline,
    under_reviews,
)
from flows.parse.comments.members import (
    id_record_name,
    member_class,
    member_kind,
    record_name,
    reply_list_names,
)
from flows.parse.comments.meta_line import MetaLine, counted_replies, read_meta_line
from flows.parse.comments.named import NOT_MEMBER_TAGS, NOT_RECORD_TAGS
from flows.parse.comments.opening import (
    heads_the_topic,
    opens_the_topic,
    own_subjects,
    without_opening_post,
)
from flows.parse.comments.parts import INLINE
from flows.parse.comments.read import Templater, header_says, read_items
from flows.parse.comments.roles import AUTHOR_TOKEN, RECORD_NUMBER
from flows.parse.nodes import (
    Scan,
    ancestor_counts,
    ancestor_ids,
    element_children,
    grouped_by_attribute,
    in_page_order,
    is_inside,
    next_element,
    previous_element,
    select,
    spaced,
    squash,
)
from flows.parse.people import PROFILE_HINTS, profile_link


def forum_posts(
    scanned: Scan,
    memo: dict[tuple[int, bool], bool],
    judged: dict[int, bool],
    fetched_at: datetime,
    templater: Templater | None = None,
) -> list[Comment]:
    """The first list of numbered rows that reads as posts, with the rows of the same name
    nested in them (replies to a post), less the topic's opening post; TEMPLATER checks
    where the rows' class words place their text and name (`read_items`)."""
    tree = scanned.tree
    signed = _signed_heading_rows(scanned, memo, fetched_at)
    lists = chain(
        ((records, "numbered") for records in _record_lists(scanned, memo)),
        ((records, "authored") for records in _author_rows(tree, memo)),
        ((records, "dated") for records in _dated_rows(scanned, memo)),
        ((records, "headed") for records in signed),
        ((records, "profiled") for records in _profile_rows(scanned, memo)),
        ((records, "paired") for records in _classed_rows(scanned, memo)),
    )
    for numbered, kind in islice(lists, _MAX_LISTS):
        records = None if kind == "paired" else _accepted_rows(numbered, judged, fetched_at)
        items = [node for node in records or [] if _judged_a_post(node, judged, fetched_at)]
        if not could_be_posts(items) or any(map(holds_the_headline, items[1:])):
            items = []  # the page's boxes: of links, or a menu over the article and its h1
        elif _lists_topics(items):
            continue  # a board's topics, each row a thread of its own
        elif items and under_reviews(items[0]) and not all(map(offers_a_reply, items)):
            continue  # customers' verdicts on a product, never answered as readers answer
        texts: dict[int, LexborNode] | None = None
        nested: list[LexborNode] | None = None  # the posts with their replies, when found so
        if len(items) < _MIN_RECORDS:
            headed = _headed_by_rows(numbered, fetched_at, named=kind != "paired")
            if headed is not None:
                items, texts = headed
            elif kind == "numbered" and (bodies := _bodies_after(numbered, fetched_at)):
                items = bodies  # read_items takes each one's date from its record before it
            elif kind == "numbered" and (alike := _bodies_numbered_alike(numbered, fetched_at)):
                items, nested = alike
            else:
                continue
        name = record_name(numbered[0]) if records is numbered and texts is None else None
        listed = reply_list_names(items, name)
        with_replies = nested or []
        for item in [] if nested else items:
            with_replies.append(item)
            with_replies.extend(
                node
                for node in item.css("[id]")
                if node.mem_id != item.mem_id  # lexbor's css() includes the node itself
                and (
                    (name is not None and node.tag == item.tag and record_name(node) == name)
                    or (node.tag, record_name(node)) in listed
                )
                and _judged_a_post(node, judged, fetched_at)
            )
        opening = without_opening_post(items)  # the posts' own numbers, not their replies'
        posts = with_replies[1:] if len(opening) < len(items) else with_replies
        if name and posts:
            posts = _with_rows_apart(posts, with_replies, name, scanned, judged, fetched_at)
        first = (texts or {}).get(items[0].mem_id, items[0])  # a heading row's text row
        if (
            posts
            and posts[0].mem_id == items[0].mem_id
            and (
                (opens_the_topic(first) and not own_subjects(items))
                or _replies_stated(scanned, len(posts))
            )
        ):
            posts = posts[1:]  # posts that are the page's text: the first opens the topic
        if name and posts and listed:
            posts = [*_listed_before(items[0], listed, scanned, memo, judged, fetched_at), *posts]
        voiced = kind in ("dated", "paired")  # rows found by their dates alone
        comments = read_items(
            posts,
            fetched_at,
            texts,
            vetted=True,
            templater=None if voiced else templater,
            keep_text=True,
        )
        left_out = items[0] if len(posts) < len(with_replies) else None
        if not comments or (voiced and _voices(comments, left_out, fetched_at, texts) < 2):
            continue  # a discussion has two voices of its own, not names a template gives
        if voiced and templater is not None:
            comments = read_items(
                posts, fetched_at, texts, vetted=True, templater=templater, keep_text=True
            )
        return comments
    return []


def _lists_topics(rows: list[LexborNode]) -> bool:
    """Do most rows show how many replied to them and how many read them ("3 Replies" /
    "10894 Views"): a board's list of topics, each row a thread of its own, not the posts of
    one? A post shows its own words; a topic's row counts the posts it leads to."""
    counted = 0
    for seen, row in enumerate(rows, 1):
        shown = row.text(separator=" ")
        counted += _VIEWS.search(shown) is not None and bool(counted_replies(shown))
        if 2 * (counted + len(rows) - seen) <= len(rows):
            return False  # too few rows left to make most: a thread's long posts read once less
    return 2 * counted > len(rows)


_VIEWS = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s*(?:views?|aufrufe|zugriffe|vues|visite|visitas|visualizações"
    r"|weergaven|wyświetleń|odsłon|просмотр\w*)\b|\b(?:views?|aufrufe|zugriffe|vues|visitas"
    r"|weergaven|wyświetlenia|просмотров)\s*:\s*\d",
    re.IGNORECASE,
)
"""A count of a topic's readers beside its noun, in a few languages ("10894 Views",
"Aufrufe: 12")."""


def _replies_stated(scanned: Scan, posts: int) -> bool:
    """Does the page count one reply fewer than the POSTS found, and nowhere count them all
    ("This topic has 3 replies" over four posts)? Replies answer the topic's opening post,
    which the count leaves out: the first post is the topic, not a reply."""
    body = scanned.tree.body
    counts = set() if body is None else counted_replies(body.text(separator=" "))
    return posts - 1 in counts and posts not in counts


def _with_rows_apart(
    posts: list[LexborNode],
    rows: list[LexborNode],
    name: str,
    scanned: Scan,
    judged: dict[int, bool],
    fetched_at: datetime,
) -> list[LexborNode]:
    """The posts, with the rows of the tag, first class word and id name (a word) of the
    list's ROWS that the page lays out apart above that list (a best answer in a box of its
    own over the other answers), in page order. The topic's opening post is judged on the
    list alone, and a row apart that holds the page's headline, or follows it with next to
    nothing between, is the topic, no answer. Such a row may hold the text alone, its author
    in a block beside it: the row is then the highest block around it numbered with its
    number (`div#best-answer-37` around `div#answer-37`), one record however the page splits
    it."""
    kind = member_kind(rows[0])
    taken = {row.mem_id for row in rows}
    around = ancestor_ids(rows)
    apart = []
    first = rows[0]
    for node, node_id in zip(scanned.with_id, scanned.ids, strict=True):
        if id_record_name(node_id) != name or member_kind(node) != kind:
            continue
        if node.mem_id == first.mem_id or is_inside(node, first):
            break  # rows after the list's first are its replies, in boxes of their own
        if node.mem_id in taken or node.mem_id in around:
            continue
        row = _record_around(node)
        if (
            row.mem_id not in around
            and not holds_the_headline(row)
            and not heads_the_topic(row)
            and _judged_a_post(row, judged, fetched_at)
        ):
            apart.append(row)
    return in_page_order([*posts, *apart]) if apart else posts


def _listed_before(
    first: LexborNode,
    listed: set[tuple[str, str]],
    scanned: Scan,
    memo: dict[tuple[int, bool], bool],
    judged: dict[int, bool],
    fetched_at: datetime,
) -> list[LexborNode]:
    """The rows of the kinds the posts list as their replies (`reply_list_names`) that stand
    before the first post, in page order, each reading as a post: the comments on the topic
    (a question's comments, between it and the answers). Not rows of another region."""
    rows = []
    for node, node_id in zip(scanned.with_id, scanned.ids, strict=True):
        if node.mem_id == first.mem_id:
            break
        if (
            (node.tag, id_record_name(node_id)) in listed
            and not in_other_region(node, memo)
            and _judged_a_post(node, judged, fetched_at)
        ):
            rows.append(node)
    return rows


def _record_around(node: LexborNode) -> LexborNode:
    """The highest block around NODE whose id ends in NODE's number, or NODE itself."""
    own = RECORD_NUMBER.search(node.id or "")
    if own is None:
        return node
    number = own.group().lstrip("-_")
    row, parent = node, node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        found = RECORD_NUMBER.search(parent.id or "")
        if found is not None and found.group().lstrip("-_") == number:
            row = parent
        parent = parent.parent
    return row


def _judged_a_post(node: LexborNode, judged: dict[int, bool], fetched_at: datetime) -> bool:
    """A row that reads as a comment, or a numbered row that opens with who speaks and shows
    no date (`signed_row`): a forum's or a blog's posts, printed from its database."""
    return judged_a_comment(node, judged, fetched_at) or signed_row(node, fetched_at)


def _voices(
    comments: list[Comment],
    opening: LexborNode | None,
    fetched_at: datetime,
    texts: dict[int, LexborNode] | None,
) -> int:
    """How many people the posts show, the topic's opening post (left out of the comments,
    read with its text row when it heads one: a heading row alone reads as no post) among
    them: its starter answered by one other is a discussion, not an account's feed."""
    authors = {comment.author for comment in comments}
    if opening is not None:
        opened = read_items([opening], fetched_at, texts, vetted=True)
        authors.update(comment.author for comment in opened)
    return len(authors - {None})


def _headed_by_rows(
    records: list[LexborNode], fetched_at: datetime, *, named: bool = True
) -> tuple[list[LexborNode], dict[int, LexborNode]] | None:
    """Posts laid out as two rows each, a row of their own that names the author and the
    date ("Re: Fuel prices by Ada: 12:42am On Apr 24") over the numbered row that holds the
    text (`td#pb88786123`): the heading rows, each with its text; none unless every record
    has such a row just before it. Unless NAMED, a heading row need only show a date (its
    user column names the author: "Ada / Regular / #2 erstellt: 21. Apr 2020, 20:53"). Rows
    that hold no words are spacers between a list's entries ("40 points by ada 1 hour ago |
    hide | 7 comments" over an empty `tr.spacer`), not posts' texts."""
    if not any(squash(record.text()) for record in records):
        return None
    heads, texts = [], {}
    for record in records:
        row = record
        while row.parent is not None and _only_child(row) and row.parent.tag in _ROW_TAGS:
            row = row.parent  # `tr > td#pb123`: the row, not its lone cell
        head = row.prev
        while head is not None and not head.is_element_node:
            head = head.prev
        if head is None or not (_a_term_over(head, row) or (head.tag == row.tag and not head.id)):
            return None
        shown = head.text()  # one line: a heading row's words, however laid out
        source = MAX_META_SOURCE if named else _MAX_HEAD_SOURCE
        line = spaced(shown) if len(shown) <= source else ""
        meta = read_meta_line(line, fetched_at) if 0 < len(line) <= _MAX_HEAD_ROW else None
        if meta is None or (named and meta.author is None):
            return None
        heads.append(head)
        texts[head.mem_id] = record
    if len(heads) < _MIN_RECORDS:
        return None
    return heads, _text_column(texts)


def _text_column(texts: dict[int, LexborNode]) -> dict[int, LexborNode]:
    """The posts' text rows, or, when each is a row of as many cells (a user column beside the
    post's words: "会員 / 登録者: 12 2011 / 返信数: 3" | the text), the cells of the column that
    holds most text (characters) over all posts: the user column is no part of any post, whatever
    words its labels are in."""
    cells = {key: list(element_children(row)) for key, row in texts.items()}
    widths = {len(row) for row in cells.values()}
    if len(widths) != 1 or min(widths) < 2:
        return texts
    if any(cell.tag != "td" for row in cells.values() for cell in row):
        return texts
    chars = [sum(len(squash(row[n].text())) for row in cells.values()) for n in range(min(widths))]
    column = chars.index(max(chars))
    return {key: row[column] for key, row in cells.items()}


_ROW_TAGS = frozenset({"tr", "tbody", "div", "li", "dd"})


def _a_term_over(head: LexborNode, row: LexborNode) -> bool:
    """Is HEAD a definition list's term over ROW, its description (`dt` over `dd`): the
    list's own pairing of a heading row with the row it heads, whatever ids the term has?"""
    return head.tag == "dt" and row.tag == "dd"


def _bodies_after(records: list[LexborNode], fetched_at: datetime) -> list[LexborNode] | None:
    """Posts laid out as two blocks each, the numbered one a header that shows the date alone
    ("January 8, 2020 at 9:21 am #301500", bbPress's `div#post-301500`) over a block with no
    id that holds who wrote the post, a link to their page, and its text: those blocks, one
    per record; none unless every record has one right after it."""
    bodies = []
    for record in records:
        body = next_element(record)
        shown = squash(record.text())
        if (
            body is None
            or body.tag != record.tag
            or body.id
            or len(shown) > _MAX_HEAD_ROW
            or read_meta_line(shown, fetched_at) is None
            or not any(_links_to_a_profile(link) for link in body.css("a[href]"))
            or len(squash(body.text())) <= len(shown)
        ):
            return None
        bodies.append(body)
    return bodies


def _bodies_numbered_alike(
    records: list[LexborNode], fetched_at: datetime
) -> tuple[list[LexborNode], list[LexborNode]] | None:
    """Posts laid out as a header numbered bare (`div#2`: the date, the author and the
    buttons) over a block of its number under a name (`div#comment2`: the text, and the
    replies laid out alike inside it): the outermost blocks, then they with the replies' in
    page order; none unless every record has one right after it. Each header is judged by
    its parts, a date line and a name beside it, the buttons around them left out; in most
    headers the name is a link (to the author's page; a guest's name is plain)."""
    bodies: list[LexborNode] = []
    named = 0
    for record in records:
        body = _numbered_body(record)
        said = header_says(record, fetched_at) if body is not None else None
        if body is None or said is None:
            return None
        named += said.author is not None and any(
            squash(link.text()) == said.author for link in record.css("a[href]")
        )
        bodies.append(body)
    if 2 * named <= len(records):
        return None  # dated rows of a table or a programme, not posts: no links to who wrote
    name = record_name(bodies[0])
    outermost: list[LexborNode] = []
    found: list[LexborNode] = []
    seen: set[int] = set()
    for body in bodies:  # in page order; rows of one list may be nested in others
        if body.mem_id in seen:
            continue  # a reply, found inside the block it answers
        outermost.append(body)
        found.append(body)
        for node in body.css("[id]"):
            if (
                node.mem_id != body.mem_id  # lexbor's css() includes the node itself
                and record_name(node) == name
                and (head := previous_element(node)) is not None
                and (body_of := _numbered_body(head)) is not None
                and body_of.mem_id == node.mem_id
                and header_says(head, fetched_at) is not None
            ):
                found.append(node)
                seen.add(node.mem_id)
    return outermost, found


def _numbered_body(record: LexborNode) -> LexborNode | None:
    """The block right after a header numbered bare (`div#2`), of its tag, whose id is a name
    and the header's number (`div#comment2`)."""
    number = record.id or ""
    body = next_element(record) if number.isdigit() else None
    if body is None or body.tag != record.tag or not record_name(body):
        return None
    return body if _row_number(body) == number else None


_MAX_HEAD_ROW = 200
"""The longest heading row read as an author and date line: a subject, a name and a date."""


_MAX_HEAD_SOURCE = 2000
"""The most characters a heading row over a row of text may take in the source, spaces and
all, when its user column gives the author: a table's cells lay out a few words with many
spaces."""


def _accepted_rows(
    records: list[LexborNode], judged: dict[int, bool], fetched_at: datetime
) -> list[LexborNode] | None:
    """The rows, if they read as posts; else the blocks around them, one each, if those do:
    the number may sit on a part of each post (`div#pid2800.post-content`,
    `div#post_content_145688898555`, a `div#post_popup_888393` menu), the post being the
    highest block around it that holds no other."""
    if _read_as_posts(records, judged, fetched_at):
        return records
    around = _rows_around(records)
    if around and _read_as_posts(around, judged, fetched_at):
        return around
    spanning = _rows_spanning(records)
    return spanning if spanning and _read_as_posts(spanning, judged, fetched_at) else None


def _rows_spanning(records: list[LexborNode]) -> list[LexborNode]:
    """For each table row, the row just before it whose cell spans down into it (`td
    rowspan="2"`: a forum's user column beside the post, its buttons in the row below): the
    post the row finishes; none unless every record has one."""
    rows = []
    for record in records:
        above = previous_element(record)
        if (
            record.tag != "tr"
            or above is None
            or above.tag != "tr"
            or not any(_spans_down(cell) for cell in element_children(above))
        ):
            return []
        rows.append(above)
    return rows


def _spans_down(cell: LexborNode) -> bool:
    """Does the cell reach into the rows below it (`rowspan` over 1)?"""
    span = cell.attributes.get("rowspan") or ""
    return span.isdigit() and int(span) > 1


def _read_as_posts(rows: list[LexborNode], judged: dict[int, bool], fetched_at: datetime) -> bool:
    head = rows[:_MIN_RECORDS]  # most such lists are no posts: their first rows say so
    return (
        could_be_posts(head)
        and any(_judged_a_post(node, judged, fetched_at) for node in head)
        and could_be_posts(rows)
        and not all(only_a_byline(node, fetched_at) for node in head)
    )


def _rows_around(records: list[LexborNode]) -> list[LexborNode]:
    """For each record, the highest ancestor (a few levels up) that holds no other record,
    when these are siblings of one tag and class (rows printed from one template) and each
    holds more than its record; else none."""
    if len({record.parent.mem_id if record.parent else 0 for record in records}) == 1:
        return []  # siblings: no block around one holds it alone
    shared = ancestor_counts(records, _ROW_LEVELS)
    rows = []
    for record in records:
        node = record
        while node.parent is not None and shared.get(node.parent.mem_id) == 1:
            node = node.parent
        rows.append(node)
    parents = {row.parent.mem_id if row.parent is not None else 0 for row in rows}
    if (
        len(parents) != 1
        or len({row.tag for row in rows}) != 1
        or not frozenset.intersection(*map(member_class, rows))
        or any(row.mem_id == record.mem_id for row, record in zip(rows, records, strict=True))
        or rows[0].tag in NOT_RECORD_TAGS
        or rows[0].tag in ("body", "html")
    ):
        return []
    return rows


_MAX_LISTS = 6
"""Lists of rows tried, in the order found: the first that reads as posts gives them."""


_MIN_RECORDS = 2


def _record_lists(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """Siblings of one tag whose ids are one name and a number (`post_id_22210310`,
    `post_703351`, `r_8855809`): rows a forum or a thread prints from its database, whatever
    its class names; not rows in a sidebar or a widget. Where more sibling lists stand than
    are tried, those whose first row links to a user's page come first: a post shows whose
    it is, a menu's numbered entries do not; then rows wrapped one each in siblings."""
    groups: dict[tuple[int, str, str], list[LexborNode]] = {}
    for node, node_id in zip(scanned.with_id, scanned.ids, strict=True):
        name = id_record_name(node_id)  # the ids the page's `Scan` read, not read again
        if name is None or node.tag in NOT_RECORD_TAGS:
            continue
        parent = node.parent
        if parent is not None:
            groups.setdefault((parent.mem_id, node.tag or "", name), []).append(node)
    lists: list[list[LexborNode]] = []
    alone: dict[tuple[str, str], list[LexborNode]] = {}
    for (_, tag, name), records in groups.items():
        if len(records) >= _MIN_RECORDS:
            lists.append(records)
        else:
            alone.setdefault((tag, name), []).append(records[0])
    if len(lists) > _MAX_LISTS:  # more than are tried: the posts must not come too late
        lists.sort(key=lambda rows: not _links_to_a_user(rows[0]))
    lists = _holders_first(lists)
    for rows in lists:
        if not in_other_region(rows[0], memo):
            yield rows
    given = {records[0].mem_id for records in lists}  # a list is tried once
    for records in alone.values():
        wrappers = _alike_wrappers(records) if len(records) >= _MIN_RECORDS else None
        if wrappers is None or in_other_region(records[0], memo):
            continue
        rows = wrappers if _parts_of_posts(records, wrappers) else records
        if rows[0].mem_id not in given:
            given.add(rows[0].mem_id)
            yield rows


def _holders_first(lists: list[list[LexborNode]]) -> list[list[LexborNode]]:
    """The lists, those whose rows hold lists of another name first: where rows of one name
    stand in several lists, each inside a row of another list (comments under each answer
    of a Q&A page, `li#comment-332` lists in `div#entity-267` rows), the outer rows are the
    posts and the inner lists their replies, whichever list comes first on the page."""
    names = Counter(record_name(rows[0]) for rows in lists)
    nested = {name for name, count in names.items() if count >= _MIN_RECORDS}
    if not nested:
        return lists
    around = ancestor_ids(rows[0] for rows in lists if record_name(rows[0]) in nested)
    holders = [
        rows
        for rows in lists
        if record_name(rows[0]) not in nested
        and sum(row.mem_id in around for row in rows) >= _MIN_RECORDS
    ]
    if not holders:
        return lists
    taken = {id(rows) for rows in holders}
    return [*holders, *(rows for rows in lists if id(rows) not in taken)]


def _links_to_a_user(row: LexborNode) -> bool:
    """Does the row hold a link to a user's page?"""
    return any(_links_to_a_profile(link) for link in row.css(_PROFILE_HINTS))


def _alike_wrappers(records: list[LexborNode]) -> list[LexborNode] | None:
    """The blocks wrapping rows that are no siblings one each, when those blocks are a list of
    siblings (vBulletin puts every `table#post123` in containers of its own under
    `div#posts`): the rows are one list all the same. None when they are not."""
    shared = ancestor_counts(records)
    containers, wrappers = set(), []
    for record in records:
        node = record
        while node.parent is not None and shared[node.parent.mem_id] == 1:
            node = node.parent
        if node.parent is None or shared[node.parent.mem_id] != len(records):
            return None  # in lists of their own
        containers.add(node.parent.mem_id)
        wrappers.append(node)
    if len(containers) != 1 or len({node.mem_id for node in wrappers}) != len(records):
        return None  # none inside another
    return wrappers


def _parts_of_posts(records: list[LexborNode], wrappers: list[LexborNode]) -> bool:
    """Does each row's wrapper hold another row numbered alike outside it (phpBB's
    `dl#profile123` beside `div#post_content123` in one `div.post`)? Then each row is a part
    of a post, the wrapper the post."""
    if records[0].tag in INLINE:
        return False  # a post's anchor or mark, not a part of it
    for record, wrapper in zip(records, wrappers, strict=True):
        number = _row_number(record)
        if number is None or not number.isdigit():
            return False
        if not any(  # the ids ending in the number: lexbor finds the few, Python checks them
            _row_number(node) == number
            and record_name(node) not in (None, record_name(record))
            and node.mem_id != wrapper.mem_id
            and not is_inside(node, record)
            for node in wrapper.css(f'[id$="{number}"]')
        ):
            return False
    return True


def _row_number(node: LexborNode) -> str | None:
    """The number at the end of a row's id, without its separator."""
    number = RECORD_NUMBER.search(node.id or "")
    return number.group().lstrip("-_") if number else None


def _author_rows(
    tree: LexborHTMLParser, memo: dict[tuple[int, bool], bool]
) -> Iterator[list[LexborNode]]:
    """Siblings of one tag and class that each hold an element named for its author
    (`b.postauthor`, `span.username`): a forum laid out as one table per post, with no
    numbered ids. The highest such siblings within a few levels of the author elements."""
    for group in _rows_around_anchors(_author_elements(tree)):
        if len(_shown_authors(group)) > 1 and not in_other_region(group[0], memo):
            yield group


def _classed_rows(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """Table rows of one class under one table that a name or a number marks nowhere else:
    the text rows of posts laid out as two rows each, a heading row over each
    (`_headed_by_rows`), tried last; then, under one table, the second rows of pairs of rows
    of one class when the class alternates pair after pair (posts striped by post). The
    scanned rows with a class, as `tr[class]` selects them, without a walk of the tree."""
    groups: dict[tuple[int, str], list[LexborNode]] = {}
    seconds: dict[int, list[LexborNode]] = {}  # under each table, rows second of a pair
    for row in scanned.of("tr"):
        attributes = row.attributes
        if "class" not in attributes:
            continue
        parent = row.parent
        if parent is not None:
            word = attributes["class"] or ""
            groups.setdefault((parent.mem_id, word), []).append(row)
            if word and _second_of_a_pair(row, word):
                seconds.setdefault(parent.mem_id, []).append(row)
    striped = [rows for rows in seconds.values() if _striped_by_post(rows)]
    for rows in chain(groups.values(), striped):
        if len(rows) >= _MIN_RECORDS and not in_other_region(rows[0], memo):
            yield rows


def _second_of_a_pair(row: LexborNode, word: str) -> bool:
    """Is ROW the second of two rows of its class (WORD), the row before it of that class and
    the row before that of another: a post's text row under its heading row?"""
    head = previous_element(row)
    if head is None or head.tag != "tr" or head.attributes.get("class") != word:
        return False
    before = previous_element(head)
    return before is None or before.attributes.get("class") != word


def _striped_by_post(rows: list[LexborNode]) -> bool:
    """Do the second rows of the pairs under one table alternate classes, pair after pair
    (`tr.tr1` twice, `tr.tr2` twice), the rows over them linking to the pages of more than
    one user: posts of two rows each, striped by post, whose text rows no one class gathers?
    Rows of releases or products, paired and striped alike, link to no user's page."""
    words = [row.attributes.get("class") for row in rows]
    if len(rows) < _MIN_RECORDS or any(a == b for a, b in pairwise(words)):
        return False
    users = {
        link.attributes.get("href")
        for row in rows
        if (head := previous_element(row)) is not None
        for link in head.css("a[href]")
        if _links_to_a_profile(link)
    }
    return len(users) > 1


def _profile_rows(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """Siblings with no id that each link to one user's page (SMF's
    `index.php?action=profile;u=114944` in a post's user column, phpBB's avatar and
    "Profile" button both to `memberlist.php?mode=viewprofile&u=N`, on a page laid out in
    tables): the posts of a forum whose markup names nothing, found by whose they are;
    tables and table rows whatever their classes say. More than one user: one user on every
    row is an account's feed."""
    if len(scanned.of("td")) < _MIN_RECORDS:
        return  # no table to lay posts out in: the other finders have had their say
    links = [link for link in scanned.tree.css(_PROFILE_HINTS) if _links_to_a_profile(link)]
    for group in _rows_around_anchors(links, _TABLE_ROW_LEVELS, by_address=True):
        first = group[0]
        if first.attributes.get("id") or (
            first.attributes.get("class") and first.tag not in _TABLE_TAGS
        ):
            continue  # rows a number or a class marks, but tables, are the others' to judge
        users = {
            link.attributes.get("href")
            for row in group
            for link in row.css("a[href]")
            if _links_to_a_profile(link)
        }
        if len(users) > 1 and not in_other_region(group[0], memo):
            yield group


_TABLE_TAGS = frozenset({"table", "tbody", "tr"})
"""Rows of a page laid out in tables, one table or row per post: a forum's layout, whatever
their classes say; blocks a class marks are left to the finders that read their shape."""


def _links_to_a_profile(link: LexborNode) -> bool:
    """Is the link one to a user's page?"""
    return profile_link(link.attributes.get("href") or "")


_PROFILE_HINTS = ", ".join(f'a[href*="{word}" i]' for word in PROFILE_HINTS)
"""Links whose address holds what every address `profile_link` accepts holds: most links
hold none, and the selector finds the others without reading every link's attributes."""


def _dated_rows(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """Siblings of one tag and class that each hold a `time` element with a machine date:
    posts whose classes say nothing (utility or hashed classes, no ids), found by their date.
    Whether they are posts, and not a feed of teasers, is left to `forum_posts`."""
    times = [
        node
        for node in scanned.of("time")  # a `time` without `datetime` passes no digit search
        if DIGIT.search(node.attributes.get("datetime") or "")
    ]
    for group in _rows_around_anchors(times):
        head = group[:_MIN_RECORDS]
        if not any(map(counts_elsewhere, head)) and not in_other_region(group[0], memo):
            yield group


def _rows_around_anchors(
    anchors: list[LexborNode], levels: int | None = None, *, by_address: bool = False
) -> list[list[LexborNode]]:
    """Siblings of one tag and first class word that each hold one anchor (or one of their
    own, the others in blocks of their kind nested in them: `_threaded_row`, those blocks
    listed after their row), the highest first, within a few levels of the anchors: the words
    after the first mark one post apart from another (`post with-image`, `post edited`), not
    another kind of block. BY_ADDRESS, one address however many links to it (a post's avatar
    and its name both link to the poster's page)."""
    if len(anchors) < _MIN_RECORDS:
        return []
    held: dict[int, set[str | int]] = {}
    own: dict[int, set[str | int]] = {}
    nodes: dict[int, LexborNode] = {}
    for anchor in anchors:
        ancestor = anchor.parent
        held_as = (anchor.attributes.get("href") or "") if by_address else anchor.mem_id
        below: set[tuple[str, str]] = set()  # the kinds of block between the anchor and here
        for _ in range(levels or _ROW_LEVELS):
            if ancestor is None or ancestor.tag in ("body", "html"):
                break
            held.setdefault(ancestor.mem_id, set()).add(held_as)
            kind = member_kind(ancestor)
            if kind not in below:
                own.setdefault(ancestor.mem_id, set()).add(held_as)
            below.add(kind)
            nodes[ancestor.mem_id] = ancestor
            ancestor = ancestor.parent
    counts = {mem_id: len(keys) for mem_id, keys in held.items()}
    groups: dict[tuple[int, str, str], list[LexborNode]] = {}
    for mem_id, count in counts.items():
        node = nodes[mem_id]
        parent = node.parent
        if (
            (count == 1 or _threaded_row(node, len(own.get(mem_id, ()))))
            and parent is not None
            and node.tag not in NOT_MEMBER_TAGS
        ):
            groups.setdefault((parent.mem_id, *member_kind(node)), []).append(node)
    rows = [
        _with_nested_rows(group, own, counts)
        for group in groups.values()
        if len(group) >= _MIN_RECORDS
    ]
    rows.sort(key=lambda group: -counts.get(group[0].parent.mem_id if group[0].parent else 0, 0))
    return rows


def _threaded_row(node: LexborNode, own: int) -> bool:
    """Does a block a class word names hold one anchor of its own, the others inside blocks
    of its tag and first class word nested in it: a post with its replies threaded inside it
    (`div.thread > div.post + div.thread > div.post`), one row of its list all the same?"""
    return own == 1 and bool(member_kind(node)[1])


def _with_nested_rows(
    rows: list[LexborNode], own: dict[int, set[str | int]], counts: dict[int, int]
) -> list[LexborNode]:
    """The rows, each followed by the blocks of its kind nested in it that hold one anchor
    of their own (`_threaded_row`): the replies of a thread, read as posts inside posts."""
    if all(counts[row.mem_id] == 1 for row in rows):
        return rows
    tag, word = member_kind(rows[0])
    with_replies = []
    for row in rows:
        with_replies.append(row)
        if counts[row.mem_id] > 1:
            with_replies.extend(
                node
                for node in row.css(tag)
                if node.mem_id != row.mem_id  # lexbor's css() includes the node itself
                and member_kind(node) == (tag, word)
                and len(own.get(node.mem_id, ())) == 1
            )
    return with_replies


def _signed_heading_rows(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fetched_at: datetime
) -> Iterator[list[LexborNode]]:
    """Siblings of one tag and class, each headed by a line that names an author and a date
    ("<h4>#13392 - tepples - Fri Dec 12, 2003 4:18 pm</h4>" over the post's text): a
    forum's static archive with no names or ids that say what its rows are. Two authors at
    least: one name on every row is an account's feed."""
    headings = scanned.of("h1", "h2", "h3", "h4", "h5", "h6")  # the scopes' list
    per_parent = Counter(  # a post holds one heading; an article's body holds many
        (heading.parent.mem_id, heading.tag) for heading in headings if heading.parent
    )
    groups: dict[tuple[int, str], list[tuple[LexborNode, str]]] = {}
    for heading in headings:
        row = heading.parent
        if (
            heading.tag == "h1"
            or row is None
            or row.tag in NOT_RECORD_TAGS
            or per_parent[row.mem_id, heading.tag] > 1
        ):
            continue
        meta = _signed_line(heading, fetched_at)
        if meta is None:  # the subject, then "by Ada - 12/14/08 10:20 AM" below it
            below = next_element(heading)
            if below is not None and below.tag in INLINE:
                meta = _signed_line(below, fetched_at)
        if meta is None or not meta.author:
            continue
        outer = row
        while outer.parent is not None and _only_child(outer):
            outer = outer.parent  # `div.post-l1 > div.arw-li > h3`: rows wrapped one by one
        if outer.parent is not None and outer.tag != "body":
            key = (outer.parent.mem_id, outer.tag or "")
            groups.setdefault(key, []).append((row, meta.author))
    for group in groups.values():
        if len(group) >= _MIN_RECORDS and len({author for _, author in group}) > 1:
            rows = [row for row, _ in group]
            if not in_other_region(rows[0], memo):
                yield rows


def _signed_line(node: LexborNode, fetched_at: datetime) -> MetaLine | None:
    """The author and date a short line names, read only when it shows a clock time or a
    numeric date (most headings show neither)."""
    shown = node.text()
    if len(shown) > MAX_META_SOURCE or not _CLOCK_OR_DATE.search(shown):
        return None
    shown = squash(shown)
    return read_meta_line(shown, fetched_at) if len(shown) <= _MAX_META_HEADING else None


def _only_child(node: LexborNode) -> bool:
    """Is the element its parent's only element?"""
    parent = node.parent
    return parent is not None and sum(1 for _ in element_children(parent)) == 1


_MAX_META_HEADING = 100
"""The longest heading read as an author and date line: a name, a number and a date."""


_CLOCK_OR_DATE = re.compile(r"\d:\d\d|\d[/.-]\d{1,2}[/.-]\d\d")


def _shown_authors(rows: list[LexborNode]) -> set[str]:
    """The names the rows' author elements show: one name on every row is a feed (an
    account's posts in a widget), not a discussion."""
    return {squash(author.text()) for row in rows for author in _author_elements(row)}


def _author_elements(root: LexborHTMLParser | LexborNode) -> list[LexborNode]:
    """Elements whose class names an author (`b.postauthor`, `span.username`)."""
    return [
        node
        for node in select(root, grouped_by_attribute(_AUTHOR_PARTS))
        if AUTHOR_TOKEN.search((node.attributes.get("class") or "").lower())
    ]


_AUTHOR_PARTS = '[class*="uthor"], [class*="sername"], [class="name"]'


_ROW_LEVELS = 8
"""Levels above a record, or a poster's link, searched for the row around it: a post's box."""


_TABLE_ROW_LEVELS = 12
"""A user column's link sits deeper in a post laid out as tables in tables (SMF 1.1: the
link in `b`, in the column's cell, its row, the post's table, its cell, row, table, cell)."""
