"""Comments found by their parts inside a region the page names as its comments (by a class
or id, or by a heading in its own language): the largest group of sibling blocks of one tag
that each hold an author, a date and a text, whatever their classes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from itertools import chain, islice

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.build import has_meta, holds_a_reply_form, judged_a_comment
from flows.parse.comments.lines import DIGIT, SPEAKS, speaker, split_speaker
from flows.parse.comments.lookalikes import OWN_NUMBER, in_other_region, links_away
from flows.parse.comments.members import member_kind, repeats
from flows.parse.comments.meta_line import HEADING_STEMS as _STEMS
from flows.parse.comments.meta_line import (
    NUMBER,
    MetaLine,
    counts_comments,
    names_comment_list,
    read_meta_line,
)
from flows.parse.comments.named import NOT_ITEM_TAGS, NOT_MEMBER_TAGS, area_label, class_and_id
from flows.parse.comments.opening import without_opening_post
from flows.parse.comments.parts import parts_of
from flows.parse.comments.read import Templater, read_items
from flows.parse.comments.replies import replies_beside
from flows.parse.comments.roles import fill_in, types_words
from flows.parse.comments.template import counted_comments, has_digit
from flows.parse.nodes import (
    HEADINGS,
    INLINE_TAGS,
    Scan,
    element_children,
    lines_text,
    next_element,
    once_a_page,
    squash,
)

_MAX_SCOPES = 6
"""Regions tried, in the order found: named ones first, then those after a heading."""


_MAX_HEADING = 200


def scoped_comments(
    candidates: list[LexborNode],
    scanned: Scan,
    memo: dict[tuple[int, bool], bool],
    judged: dict[int, bool],
    fetched_at: datetime,
    templater: Templater | None = None,
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the first region named as comments that holds repeated blocks each
    with an author, a date and a text, and those blocks; TEMPLATER checks where the class
    words of a list of blocks place their text and name (`read_items`)."""
    for scope in islice(_comment_scopes(candidates, scanned, memo), _MAX_SCOPES):
        items = _repeated_items(scope, judged, fetched_at)
        pairs = _pairs(scope, fetched_at)
        if len(pairs) > len(items):
            heads = [head for head, _ in pairs]
            inner = {head.mem_id: body for head, body in pairs}
            comments = read_items(heads, fetched_at, inner, vetted=True)
            if comments:
                return comments, [*heads, *inner.values()]
        if items:
            items = without_opening_post(items)
            comments = read_items(items, fetched_at, vetted=True, templater=templater)
            if comments:
                return _named_in_place(comments, items, fetched_at), items
        texts = [node.text() for node in scope]  # read once for the two searches below
        spoken = _spoken_items(scope, texts, fetched_at)
        if spoken:
            comments = read_items(spoken, fetched_at, vetted=True)
            if comments:
                return _named_in_place(comments, spoken, fetched_at), spoken
        footed, blocks = _signed_runs(scope, texts, fetched_at)
        if footed:
            return footed, blocks
        found = _by_count(scope, None, fetched_at)
        if found[0]:
            return found
        recorded = _recorded_blocks(scope)
        if recorded:
            comments = counted_comments(recorded, fetched_at, signed=True)
            if len(comments) == len(recorded):
                return comments, recorded
    for line, scope in islice(_count_scopes(scanned, memo), _MAX_SCOPES):
        items = _repeated_items(scope, judged, fetched_at)
        if len(items) >= _COUNTED_ITEMS and not _a_list_of_links(items):
            items = without_opening_post(items)
            comments = read_items(items, fetched_at, vetted=True, templater=templater)
            if len(comments) >= _COUNTED_ITEMS:
                return _named_in_place(comments, items, fetched_at), items
        found = _by_count(scope, line, fetched_at)
        if found[0]:
            return found
    for scope in islice(_label_scopes(scanned, memo), _MAX_SCOPES):
        items = _repeated_items(scope, judged, fetched_at)
        if 0 < len(items) < _TEMPLATED and not _a_list_of_links(items):
            comments = read_items(items, fetched_at, vetted=True, templater=templater)
            if comments:
                return _named_in_place(comments, items, fetched_at), items
    return [], []


_TEMPLATED = 3
"""Blocks after a label from which the template they share decides (`shaped`): a label is
weaker evidence than a heading, and three blocks alike need none."""


def labelled_list(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the blocks after a label line (`_label_scopes`), three or more, each
    looking like a comment: the blocks the template would decide, read when it found none
    (their places differ: a commenter's home page linked in some blocks, a trackback among
    them)."""
    judged: dict[int, bool] = {}
    for scope in islice(_label_scopes(scanned, memo), _MAX_SCOPES):
        items = _repeated_items(scope, judged, fetched_at)
        if len(items) >= _TEMPLATED and not _a_list_of_links(items):
            comments = read_items(items, fetched_at, vetted=True)
            if comments:
                return comments, items
    return [], []


def _label_scopes(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """The blocks after each label line (`_label_lines`), or after the header it sits in
    when those hold little text."""
    for label in _label_lines(scanned):
        if not in_other_region(label, memo):
            blocks = _following_blocks(label)
            yield blocks if not _little_text(blocks) else _after_header(label)


def _a_list_of_links(items: list[LexborNode]) -> bool:
    """Do half the blocks give half their text or more to links to other pages, or count
    replies of their own ("13 replies"): rows of a list of threads or stories, not comments?"""
    return 2 * sum(links_away(item, _LINKED) or _counts_replies(item) for item in items) >= len(
        items
    )


def _counts_replies(item: LexborNode) -> bool:
    return any(
        len(line) <= _MAX_COUNT_LINE and counts_comments(line)
        for line in lines_text(item).split("\n")
    )


_LINKED = 0.5
_COUNTED_ITEMS = 2
"""Blocks after a count line in running text ("Reacties (8)") that make a list: a line of
this kind is weaker evidence than a heading, so one block after it is not taken."""


def _comment_scopes(
    candidates: list[LexborNode], scanned: Scan, memo: dict[tuple[int, bool], bool]
) -> Iterator[list[LexborNode]]:
    """Regions named as comments: containers whose class or id says so, then the blocks after
    a heading that announces comments, up to the next heading or form, or after the header the
    heading sits in when those blocks hold little text. An element repeated
    beside its siblings is a member of a list (a row of a forum's list of threads), not a
    region, and nor is a box whose text is nearly all links to other pages (a teaser of an
    opinion piece named `sect_comment`), nor the page's `body`, whose class names the kind of
    page (`single-thread`), not a part of it."""
    for node in candidates:
        if (
            node.tag not in _NOT_REGION_TAGS
            and area_label(class_and_id(node))
            and not repeats(node)
            and not in_other_region(node, memo)
            and not links_away(node)
        ):
            yield [node]
    yield from _heading_scopes(scanned, memo)


def worded_regions(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> Iterator[list[LexborNode]]:
    """The regions the page's own words call its comments, whatever their class names say:
    the blocks after a heading that announces comments, then after a short line that counts
    them ("3 Kommentare"), a few of each."""
    yield from islice(_heading_scopes(scanned, memo), _MAX_SCOPES)
    for _, scope in islice(_count_scopes(scanned, memo), _MAX_SCOPES):
        yield scope


def _heading_scopes(scanned: Scan, memo: dict[tuple[int, bool], bool]) -> list[list[LexborNode]]:
    """The blocks after each heading that announces comments (`_comment_scopes`): found once
    a page, as the regions named as comments and the threads found by their words both ask."""
    return once_a_page("heading_scopes", lambda: list(_found_heading_scopes(scanned, memo)))


def _found_heading_scopes(
    scanned: Scan, memo: dict[tuple[int, bool], bool]
) -> Iterator[list[LexborNode]]:
    for heading in scanned.of("h1", "h2", "h3", "h4", "h5", "h6"):
        text = heading.text()
        if (
            len(text) < _MAX_HEADING
            and (names_comment_list(text) or names_comment_list(_unlinked_words(heading, text)))
            and not _titles_the_page(heading, scanned)
            and not in_other_region(heading, memo)
        ):
            blocks = _following_blocks(heading)
            if blocks:
                yield blocks
            if _little_text(blocks):
                beyond = _after_header(heading)
                if beyond:
                    yield beyond


def _unlinked_words(heading: LexborNode, text: str) -> str:
    """The heading's words outside its links and buttons, when it holds some and a comment
    stem: a count beside a link to the form ("One comment · Add your comment") is judged by
    the count, the link's words ask for a new comment and say nothing of the list."""
    if not _STEMS.search(text.lower()):
        return ""
    controls = heading.css("a, button")
    if not controls:
        return ""
    for control in controls:
        text = text.replace(control.text(), " ", 1)
    return text if text.strip() else ""


def _label_lines(scanned: Scan) -> Iterator[LexborNode]:
    """Paragraphs and `div`s that show nothing but the words that name a comment list
    ("Comments", "Kommentare", "评论"), no link inside: a heading the page styles, whatever
    tag and class it has. Only the elements whose own text holds a stem are read whole."""
    for node, own in _stem_lines(scanned):
        if len(own) > _MAX_LABEL:
            continue
        text = squash(node.text())
        if (
            len(text.split()) <= _LABEL_WORDS
            and not DIGIT.search(text)
            and names_comment_list(text)
            and node.css_first("a, button") is None
        ):
            yield node


_MAX_LABEL = 40
_LABEL_WORDS = 3


_NOT_REGION_TAGS = NOT_ITEM_TAGS | {"body", "html"}


def _titles_the_page(heading: LexborNode, scanned: Scan) -> bool:
    """Is the heading an `<h1>` that the page's `<title>` repeats: the page's own title, which
    names the story ("Comment les microbes ont participé…", French for "how"), not its
    comments?"""
    if heading.tag != "h1":
        return False
    title = scanned.tree.css_first("title")
    shown = squash(heading.text()).casefold()
    return title is not None and bool(shown) and shown in squash(title.text()).casefold()


def _count_scopes(
    scanned: Scan, memo: dict[tuple[int, bool], bool]
) -> Iterator[tuple[LexborNode, list[LexborNode]]]:
    """The blocks after a short line that counts the comments in a span, a paragraph or a
    div rather than a heading ("Reacties (8)", "24 commentaires", "评论 139"), where class
    names say nothing: a count above zero, in the page's words for comments; each with the
    line."""
    seen: set[int] = set()
    for line in _count_lines(scanned):
        if line.mem_id in seen or in_other_region(line, memo):
            continue
        seen.add(line.mem_id)
        blocks = _following_blocks(line)
        if blocks and not _little_text(blocks):
            yield line, blocks
        else:
            beyond = _after_header(line, _COUNT_LEVELS)
            if beyond:
                yield line, beyond


def _count_lines(scanned: Scan) -> list[LexborNode]:
    """Short elements whose own text names the comments, taken whole or with their parent
    when the count sits in a sibling (`<span>评论</span><span>139</span>`): found once a
    page, as the regions found by their parts and the threads found by their words both ask."""
    return once_a_page("count_lines", lambda: list(_found_count_lines(scanned)))


def _found_count_lines(scanned: Scan) -> Iterator[LexborNode]:
    inline = _stemmed(scanned.of(*INLINE_TAGS), _MAX_COUNT_LINE)
    for node, own in chain(_stem_lines(scanned), inline):
        if len(own) > _MAX_COUNT_LINE:
            continue
        line: LexborNode | None = node
        for _ in range(2):
            if line is None:
                break
            text = line.text()
            if len(text) > _MAX_COUNT_LINE:
                break
            if counts_comments(text):
                yield line
                break
            line = line.parent


_MAX_COUNT_LINE = 40


def _stem_lines(scanned: Scan) -> list[tuple[LexborNode, str]]:
    """The paragraphs and `div`s whose own text (outside their child elements) is short and
    holds a stem of the words that name comments, each with that text, in page order: where
    `_label_lines` and `_count_lines` start, the own text of the page's hundreds of `p` and
    `div` read once for both."""
    longest = max(_MAX_LABEL, _MAX_COUNT_LINE)
    return once_a_page("stem_lines", lambda: _stemmed(scanned.of("p", "div"), longest))


def _stemmed(nodes: list[LexborNode], longest: int) -> list[tuple[LexborNode, str]]:
    """The NODES whose own text is at most LONGEST characters, not blank, with a stem of the
    words that name comments, each with that text. Most elements own no text, or only the
    white space between their children: the tests that make no new string come first, in
    the loop (a call per element costs more than they do)."""
    return [
        (node, own)
        for node in nodes
        if (own := node.text(deep=False))
        and len(own) <= longest
        and not own.isspace()
        and _STEMS.search(own.lower()) is not None
    ]


def _following_blocks(heading: LexborNode) -> list[LexborNode]:
    start = heading if next_element(heading) is not None else heading.parent
    return _blocks_after(start) if start is not None else []


_HEADER_LEVELS = 3


def _after_header(heading: LexborNode, levels: int = _HEADER_LEVELS) -> list[LexborNode]:
    """The blocks after the header a heading sits in with a few controls ("102 comments" above
    a "Popular · Newest" menu, "Comments (5 of 23)" beside "View all"): what follows the
    heading within its header is short, the comments come after the header. Up to
    LEVELS containers are climbed until the blocks after one hold some text."""
    node = heading.parent
    for _ in range(levels):
        if node is None or node.tag in ("body", "html"):
            break
        blocks = _blocks_after(node)
        if not _little_text(blocks):
            return blocks
        node = node.parent
    return []


_COUNT_LEVELS = 5
"""A count line sits deeper in its header than a heading does (a span in a tab in a bar)."""


def _little_text(blocks: list[LexborNode]) -> bool:
    """Do the blocks hold no more text than a sort menu and a link or two?"""
    chars = 0
    for block in blocks:
        chars += len(block.text())
        if chars >= _SOME_TEXT:
            return False
    return True


_SOME_TEXT = 100


def _blocks_after(start: LexborNode) -> list[LexborNode]:
    """The siblings after `start` up to the next heading or reply form. A block that holds
    a reply form ends the region, and is kept when the blocks before it hold next to nothing
    and little follows the form in it: comments often share their box with the form below
    them, a column that opens with a poll's form holds none (a post's own box for short
    replies is no such form). A block that is only a form (a portrait beside it), first under
    the heading, is the page's form above its list, which the region reads on past; a block
    after it whose forms sit one in each of its comments (`_a_form_in_each`) is the list,
    not the end of it. A form first under the heading that has no box to type in (menus
    and buttons: how the list is sorted or shown) is the list's controls, read past too."""
    blocks: list[LexborNode] = []
    node = next_element(start)
    opened = False  # the page's form, first under the heading, read past once
    while node is not None:
        if node.tag == "form" and not blocks and not types_words(node):
            node = next_element(node)
            continue
        if node.tag in HEADINGS or node.tag == "form":
            break
        if node.css_first("form, textarea, h2") is not None:  # one walk for most blocks
            if node.css_first("h2") is not None:
                break
            if holds_a_reply_form(node):
                if _little_text(blocks) and _ends_with_a_form(node):
                    blocks.append(node)
                    if opened or not _only_a_form(node):
                        break
                    opened = True
                    node = next_element(node)
                    continue
                if not (opened and _a_form_in_each(node)):
                    break
        blocks.append(node)
        node = next_element(node)
    return blocks


def _only_a_form(block: LexborNode) -> bool:
    """Does the block show next to no text outside its forms (a portrait beside the page's
    form, no comment)?"""
    return _text_beside_forms(block) < _SOME_TEXT


def _a_form_in_each(block: LexborNode) -> bool:
    """Are the block's reply forms two or more, each in its own one of a run of sibling
    blocks of one tag that show some text beside it (`_form_members`): comments that each
    hold the box a reader answers them in, not the page's form after its list?"""
    forms = _reply_forms(block)
    return len(forms) >= _FORMS and bool(_form_members(forms, block))


def _reply_forms(block: LexborNode) -> list[LexborNode]:
    """The forms inside BLOCK a reader fills in (`roles.fill_in`), in page order."""
    return [form for form in block.css("form") if fill_in(form)]


def _text_beside_forms(node: LexborNode) -> int:
    """The characters NODE shows outside the forms inside it."""
    return len(node.text()) - sum(len(form.text()) for form in node.css("form"))


_FORMS = 2


def _form_members(forms: list[LexborNode], block: LexborNode) -> list[LexborNode]:
    """The sibling blocks of one tag inside BLOCK that hold FORMS, two or more, each showing
    text outside its forms (a reply's own form may sit in its comment's); else none. They
    are the children of the deepest element holding all the forms."""
    paths = [_ancestors(form, block) for form in forms]
    shared = set.intersection(*({node.mem_id for node in path} for path in paths))
    members: dict[int, LexborNode] = {}
    for path in paths:
        index = next(i for i, node in enumerate(path) if node.mem_id in shared)
        if index == 0:
            return []  # a form holding the others
        members.setdefault(path[index - 1].mem_id, path[index - 1])
    if len(members) < _FORMS or len({member.tag for member in members.values()}) > 1:
        return []
    if any(_text_beside_forms(member) < _BESIDE_A_FORM for member in members.values()):
        return []
    return list(members.values())


_BESIDE_A_FORM = 20
"""Characters a comment shows outside its reply form: a name, a date and a few words."""


def _ancestors(node: LexborNode, top: LexborNode) -> list[LexborNode]:
    """NODE and its ancestors up to TOP, TOP included, nearest first."""
    path = [node]
    while node.mem_id != top.mem_id and node.parent is not None:
        node = node.parent
        path.append(node)
    return path


def _ends_with_a_form(block: LexborNode) -> bool:
    """Does little text follow the block's first form (or text box) inside it?"""
    node = block.css_first("form") or block.css_first("textarea")
    after = 0
    while node is not None and node.mem_id != block.mem_id:
        sibling = next_element(node)
        while sibling is not None:
            after += len(sibling.text())
            if after >= _SOME_TEXT:
                return False
            sibling = next_element(sibling)
        node = node.parent
    return True


def _repeated_items(
    scope: list[LexborNode], judged: dict[int, bool], fetched_at: datetime
) -> list[LexborNode]:
    """The largest group of same-tag siblings under `scope` (nearest the top on a tie) whose
    members each look like a comment, with their replies (`_with_replies`)."""

    def judge(node: LexborNode) -> bool:
        return judged_a_comment(node, judged, fetched_at)

    group = _largest_group(scope, judge)
    if len(group) < _FORMS:
        group = _beside_their_forms(scope, judge) or group
    return _with_replies(_opened_threads(group, judge) or group, judge)


def _beside_their_forms(
    scope: list[LexborNode], judge: Callable[[LexborNode], bool]
) -> list[LexborNode]:
    """The comments of a list whose blocks each hold a reply form (`_form_members`), which
    makes each refused as a form: in every block, the part beside the form that passes
    `judge`, found down the single child that holds the form. A form in each of a run of
    siblings answers them; the page's form is one. Asked only of a region where no two
    sibling blocks passed."""
    for block in scope:
        forms = _reply_forms(block)
        if len(forms) < _FORMS:
            continue
        members = _form_members(forms, block)
        holders = {node.mem_id for form in forms for node in _ancestors(form, block)}
        parts = [_beside_the_form(member, holders, judge) for member in members]
        if members and all(parts):
            return [part for part in parts if part is not None]
    return []


def _beside_the_form(
    member: LexborNode, holders: set[int], judge: Callable[[LexborNode], bool]
) -> LexborNode | None:
    """The one child beside the form that passes `judge`, at the first level down from
    MEMBER where one does, following the one child that holds the form (in HOLDERS)."""
    node = member
    while node.tag != "form":
        children = list(element_children(node))
        holding = [child for child in children if child.mem_id in holders]
        if len(holding) != 1:
            return None
        passing = [child for child in children if child.mem_id not in holders and judge(child)]
        if passing:
            return passing[0] if len(passing) == 1 else None
        node = holding[0]
    return None


def _opened_threads(
    members: list[LexborNode], judge: Callable[[LexborNode], bool]
) -> list[LexborNode]:
    """The comments inside MEMBERS when each member is a thread's box, not a comment: blocks of
    one classed kind (`member_kind`) that each look like a comment, one in every member at
    least and two in some (a comment and its reply, kept in a box beside it), none of the
    members' own kind nested in them (a comment holding its replies is one item with its
    replies). Else none."""
    if not members:
        return []
    own = member_kind(members[0])
    inner: list[list[tuple[LexborNode, tuple[str, str]]]] = []  # each block with its kind
    for member in members:
        nodes = [
            (node, member_kind(node)) for node in member.css("*") if node.mem_id != member.mem_id
        ]
        if any(node_kind == own for _, node_kind in nodes):
            return []
        inner.append(nodes)
    kinds = Counter(node_kind for _, node_kind in inner[0] if node_kind[1])
    for kind, _ in kinds.most_common():
        blocks = [[node for node, node_kind in nodes if node_kind == kind] for nodes in inner]
        if (
            all(blocks)
            and max(map(len, blocks)) >= _THREAD
            and all(judge(node) for row in blocks for node in row)
        ):
            return [node for row in blocks for node in row]
    return []


_THREAD = 2
"""Comments a thread's box holds at least, in one member of the list: a comment and a reply."""


def _spoken_items(
    scope: list[LexborNode], texts: list[str], fetched_at: datetime
) -> list[LexborNode]:
    """Blocks that show no date, each opening with a line that says who speaks ("Jacob
    said,", the date left out of the page, or "Jacob" / "said..." broken before the verb) over
    the words, a `dt`'s in the `dd` after it: the largest group of such siblings under `scope`
    (`texts`: their texts), three at least."""

    def judge(node: LexborNode) -> bool:
        if not SPEAKS.search(node.text()[:_OPENING]):
            return False  # most blocks say no such word: their lines are not read
        lines = lines_text(node).split("\n")
        body = next_element(node) if node.tag == "dt" else None
        if body is not None and body.tag == "dd":
            lines += lines_text(body).split("\n")  # a definition list's words are its `dd`'s
        if speaker(lines[0], fetched_at) is not None:
            return len(lines) >= 2
        return len(lines) >= 3 and split_speaker(lines, 0, fetched_at) is not None

    if not any(SPEAKS.search(text) for text in texts):
        return []  # no block of the region says such a word: none is read line by line
    group = _largest_group(scope, judge)
    return group if len(group) >= _SPOKEN_ITEMS else []


_SPOKEN_ITEMS = 3
_OPENING = 200
"""Characters of a block that hold its first line, a name and the verb after it."""


def _largest_group(
    scope: list[LexborNode], judge: Callable[[LexborNode], bool]
) -> list[LexborNode]:
    """The largest group of same-tag siblings under `scope` (nearest the top on a tie) whose
    members each pass `judge`. A group is judged only while it can still outnumber the best
    so far (`_passing`): the judge reads each block's lines and parts, and the siblings of the
    blocks inside a list of comments are fewer than its members."""
    best: list[LexborNode] = []
    level = [scope]
    examined = 0
    while level and examined < _MAX_EXAMINED:
        deeper: list[list[LexborNode]] = []
        for siblings in level:
            groups: dict[str, list[LexborNode]] = {}
            for node in siblings:
                groups.setdefault(node.tag or "", []).append(node)
            for tag, members in groups.items():
                if tag in NOT_MEMBER_TAGS:
                    continue
                examined += len(members)
                passing = _passing(members, judge, len(best))
                if passing is not None:
                    best = passing
            deeper.extend(
                children for node in siblings if (children := list(element_children(node)))
            )
        level = deeper
    return best


def _with_replies(
    members: list[LexborNode], judge: Callable[[LexborNode], bool]
) -> list[LexborNode]:
    """The members in page order, each followed by the replies of its kind (`member_kind`)
    that look like comments: those nested in it, and those in a box between it and the next
    member (a reply list kept beside its comment, whatever it is named), none a member. A
    member of another kind than the first that holds blocks of the first's kind is a box of
    replies (Drupal's indented thread, a `div` beside the comment `div`s), read for them and
    never a comment itself: read whole, it would give its replies' words twice."""
    if not members:
        return []
    kind = member_kind(members[0])
    taken = {member.mem_id for member in members}
    items = []
    for member in members:
        nested = [node for node in member.css(member.tag or "*") if member_kind(node) == kind]
        if not (nested and member_kind(member) != kind):
            items.append(member)  # else a box of replies of the first's kind, no comment
        items.extend(
            reply
            for reply in [*nested, *replies_beside(member, taken)]
            if reply.mem_id not in taken and judge(reply)
        )
    return items


_MAX_EXAMINED = 400


def _passing(
    members: list[LexborNode], judge: Callable[[LexborNode], bool], best: int
) -> list[LexborNode] | None:
    """The members that pass `judge` when they are more than BEST, else None; the judging
    stops once too many have failed for the rest to make more."""
    allowed = len(members) - best - 1  # failures the group may take and still make more
    if allowed < 0:
        return None
    passing: list[LexborNode] = []
    failing: list[LexborNode] = []
    for node in members:
        if judge(node):
            passing.append(node)
        else:
            failing.append(node)
            allowed -= 1
            if allowed < 0:
                return None
    return _with_blocks_laid_out_alike(members, passing, failing)


def _with_blocks_laid_out_alike(
    members: list[LexborNode], passing: list[LexborNode], failing: list[LexborNode]
) -> list[LexborNode]:
    """The PASSING members, and the FAILING ones laid out as two passing members or more are
    (the same tag and class, and children of the same tags and classes in the same order)
    that show a digit (a date has one), in page order: a block of the list whose name reads
    like no name ("S.O.", "Lopek.", "3821642") fails the judge, but is placed as the others."""
    if not failing or len(passing) < _ALIKE_PASSING:
        return passing
    layouts = Counter(_layout(node) for node in passing)
    kept = {node.mem_id for node in passing} | {
        node.mem_id
        for node in failing
        if layouts[_layout(node)] >= _ALIKE_PASSING
        and has_digit(node.text())
        and _says_a_sentence(node)
    }
    return [node for node in members if node.mem_id in kept]


def _named_in_place(
    comments: list[Comment], items: list[LexborNode], fetched_at: datetime
) -> list[Comment]:
    """The comments, each unnamed one named by the element of its block in the place where a
    block laid out as it is (`_layout`) shows its author as an element's whole text or a
    portrait's label (`_name_place`), when that element's text is one short line that reads as
    no date and the element is of the name's tag and class; that line leaves the words it
    opens. A name that reads like no name ("S.O.") is still shown where the others show
    theirs."""
    if len(comments) != len(items) or all(comment.author for comment in comments):
        return comments
    layouts = [_layout(item) for item in items]
    places: dict[tuple[tuple[str, str], ...], tuple[int, ...]] = {}
    kinds: dict[tuple[tuple[str, str], ...], tuple[str, str]] = {}
    for comment, item, layout in zip(comments, items, layouts, strict=True):
        if comment.author and layout not in places:
            place = _name_place(item, comment.author)
            if place is not None:
                places[layout] = place
                kinds[layout] = member_kind(_placed(item, place) or item)
    for comment, item, layout in zip(comments, items, layouts, strict=True):
        shown = places.get(layout)
        node = _placed(item, shown) if shown is not None and not comment.author else None
        if node is None or member_kind(node) != kinds[layout]:
            continue  # another element stands in the name's place
        name = _shown_name(node)
        if (
            not name
            or "\n" in name
            or len(name.split()) > _PLACED_NAME_WORDS
            or read_meta_line(name, fetched_at) is not None
        ):
            continue
        comment.author = name
        first, _, rest = comment.text.partition("\n")
        if first.strip() == name and rest:
            comment.text = rest
    return comments


def _name_place(item: LexborNode, author: str) -> tuple[int, ...] | None:
    """The place of the first element under ITEM that shows AUTHOR (`_shown_name`: its whole
    text, or a portrait labelled so), as the child's index at each level down, or None."""
    level: list[tuple[tuple[int, ...], LexborNode]] = [((), item)]
    while level:
        deeper: list[tuple[tuple[int, ...], LexborNode]] = []
        for place, node in level:
            for index, child in enumerate(element_children(node)):
                if _shown_name(child) == author:
                    return (*place, index)
                deeper.append(((*place, index), child))
        level = deeper
    return None


def _shown_name(node: LexborNode) -> str:
    """What an element shows as a name: a portrait's label (`img alt`), else its text."""
    if node.tag == "img":
        return squash(node.attributes.get("alt") or "")
    return squash(node.text())


def _placed(item: LexborNode, place: tuple[int, ...]) -> LexborNode | None:
    """The element at PLACE under ITEM (`_name_place`), or None where the block has none."""
    node = item
    for index in place:
        children = list(element_children(node))
        if index >= len(children):
            return None
        node = children[index]
    return node


_PLACED_NAME_WORDS = 8
"""Words at most in a name read from its place alone."""


def _layout(node: LexborNode) -> tuple[tuple[str, str], ...]:
    """A block's tag and class, then its children's, in order."""
    return member_kind(node), *(member_kind(child) for child in element_children(node))


_ALIKE_PASSING = 2
"""Passing members that must share a layout before a failing member laid out so joins them."""


def _says_a_sentence(node: LexborNode) -> bool:
    """Whether a line of the block is a sentence of some words (or characters, in a script
    written without spaces), ended as one: a reader's words, where a headline, a timeline's
    event or a figure ends with none."""
    return any(
        (len(line.split()) >= _SENTENCE_WORDS or len(line) >= _SENTENCE_CHARS)
        and line.rstrip().endswith(_SENTENCE_ENDS)
        for line in lines_text(node).split("\n")
    )


_SENTENCE_WORDS = 6
_SENTENCE_CHARS = 30
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")


def _by_count(
    scope: list[LexborNode], line: LexborNode | None, fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """The comments of the blocks a count of them heads (`_counted_items`), when each block
    gives one; else of the blocks as many as the count (`_counted_alike`)."""
    counted = _counted_items(scope, line)
    if counted:
        comments = read_items(counted, fetched_at, vetted=True)
        if len(comments) == len(counted):
            return comments, counted
    return _counted_alike(scope, line, fetched_at)


def _counted_items(scope: list[LexborNode], line: LexborNode | None) -> list[LexborNode]:
    """Where a heading (or LINE, a short count line in a div or span) counts the comments
    ("19 Responses", "5 תשובות") just before as many sibling blocks of one tag, each naming
    an author (`cite`, an author class, a profile link) beside words of their own, those
    blocks are the comments, dated or not; so are as many of one tag and classes, most of them
    naming an author (one shown without its author's link: an anonymous one), among blocks of
    other classes (an ad, a button bar)."""
    count = _count(scope, line)
    if count is None or len(scope) < count:
        return []
    members = [node for node in scope if node.tag == scope[-1].tag]
    sizes = Counter((node.tag, node.attributes.get("class")) for node in scope).values()
    if len(members) != count and count not in sizes:
        return []  # no tag, nor tag and class, as many as the count: skip reading the blocks
    if len(members) == count and all(map(_signed_block, members)):
        return members
    signed = [node for node in scope if _signed_block(node)]
    kinds = {(node.tag, node.attributes.get("class")) for node in signed}
    if len(kinds) != 1:
        return []
    members = [node for node in scope if (node.tag, node.attributes.get("class")) in kinds]
    if len(members) != count or 2 * len(signed) <= count:
        return []
    return members


def _count(scope: list[LexborNode], line: LexborNode | None) -> int | None:
    """The comments LINE counts, or the heading just before the scope, three at least."""
    heading = line
    if heading is None:
        heading = scope[0].prev if scope else None
        while heading is not None and not heading.is_element_node:
            heading = heading.prev
        if heading is None or heading.tag not in HEADINGS:
            return None
    shown = squash(heading.text())
    numbers = NUMBER.findall(shown)
    if len(numbers) != 1 or not counts_comments(shown):
        return None
    count = int(re.sub(r"\D", "", numbers[0]))
    return count if count >= _SIGNED_RUNS else None


def _counted_alike(
    scope: list[LexborNode], line: LexborNode | None, fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """Where the count (`_count`) is the number of blocks of one tag, or of one tag and
    classes, among the scope's blocks or the children of the one that holds the most text
    (the list's box), those blocks' comments read by the places they share
    (`counted_comments`: blocks that show no date, signed or not), when each block gives
    one; a count that matches a list exactly is the page's own word that the list is its
    comments."""
    count = _count(scope, line)
    if count is None:
        return [], []
    box = max(scope, key=lambda node: len(node.text()), default=None)
    for siblings in (scope, list(element_children(box)) if box is not None else []):
        if len(siblings) < count:
            continue
        groups: dict[tuple[str, str], list[LexborNode]] = {}
        for node in siblings:
            if node.tag not in NOT_MEMBER_TAGS:
                for kind in {(node.tag or "", ""), _shape(node)}:
                    groups.setdefault(kind, []).append(node)
        members = next((nodes for nodes in groups.values() if len(nodes) == count), [])
        if members and not _a_list_of_links(members):
            comments = counted_comments(members, fetched_at)
            return (comments, members) if len(comments) == count else ([], [])
    return [], []


def _recorded_blocks(scope: list[LexborNode]) -> list[LexborNode]:
    """The largest group of sibling blocks of one tag and first class in the region, a few
    levels down, three at least, each with an id ending in a number of its own
    (`article#c-204888`: a record of the site's database): a region named as comments that
    lists records is its comments, undated ones too (the records' names and words decide:
    `counted_comments`)."""
    best: list[LexborNode] = []
    for siblings in _sibling_groups(scope):
        kinds: dict[tuple[str, str], list[LexborNode]] = {}
        for node in siblings:
            if node.tag not in NOT_MEMBER_TAGS:
                kinds.setdefault(member_kind(node), []).append(node)
        for nodes in kinds.values():
            numbers = {_record_number(node) for node in nodes}
            if len(nodes) > max(len(best), _RECORDS - 1) and len(numbers - {None}) == len(nodes):
                best = nodes
    return best


def _record_number(node: LexborNode) -> str | None:
    found = OWN_NUMBER.search(node.attributes.get("id") or "")
    return found.group() if found else None


_RECORDS = 3


def _signed_block(node: LexborNode) -> bool:
    """Does a block name an author beside words of its own?"""
    named = [part for _, part in parts_of(node).authors if part.text(strip=True)]
    return bool(named) and len(squash(node.text())) > len(squash(named[0].text())) + _MIN_WORDS


_MIN_WORDS = 2


def _signed_runs(
    scope: list[LexborNode], texts: list[str], fetched_at: datetime
) -> tuple[list[Comment], list[LexborNode]]:
    """Comments no element holds, each a run of blocks closed by a line of one shape (tag and
    class) that names its author and date ("<p>priceless.</p>" then "<p class=posted>Posted
    by: Ada | Mar 20, 2007 10:19 PM</p>", and again): the words are the blocks since the
    line before, three runs at least, each with words (`texts`: the blocks' texts)."""
    feet: dict[tuple[str, str], list[tuple[int, MetaLine]]] = {}
    for position, (node, raw) in enumerate(zip(scope, texts, strict=True)):
        if len(raw) > _MAX_RAW_FOOT:
            continue  # a block of text, no line: not squashed
        shown = squash(raw)
        if node.tag not in NOT_ITEM_TAGS and len(shown) <= _MAX_FOOT:
            meta = read_meta_line(shown, fetched_at)
            if meta is not None and meta.author:
                feet.setdefault(_shape(node), []).append((position, meta))
    runs = max(feet.values(), key=len, default=[])
    if len(runs) < _SIGNED_RUNS:
        return [], []
    comments, blocks, start = [], [], 0
    for position, meta in runs:
        words = [node for node in scope[start:position] if node.text(strip=True)]
        text = "\n".join(lines_text(node) for node in words)
        if not text:
            return [], []
        comments.append(Comment(text, meta.author, meta.shown, meta.posted_at))
        blocks.extend([*words, scope[position]])
        start = position + 1
    return comments, blocks


_MAX_FOOT = 120
"""The longest line read as the author and date line closing a comment."""
_MAX_RAW_FOOT = 1000
"""The same with the white space of the markup around it."""
_SIGNED_RUNS = 3


def _pairs(scope: list[LexborNode], fetched_at: datetime) -> list[tuple[LexborNode, LexborNode]]:
    """Comments laid out as pairs of siblings, no block around each (`div.head` "Ada on 3 May
    2024:", then `div.body` with the words, and again): each head that names an author or a
    date (all but one in ten), with the sibling after it that holds the words and names
    neither. The pairs alternate two tags and classes, two pairs at least."""
    for siblings in _sibling_groups(scope):
        if len(siblings) < 2 * _PAIRS:
            continue
        start = 1 if siblings[0].tag in HEADINGS else 0
        rows = siblings[start:]
        for cycle in _CYCLES:
            if len(rows) % cycle or len(rows) < cycle * _PAIRS:
                continue
            shapes = [{_shape(node) for node in rows[place::cycle]} for place in range(cycle)]
            if any(len(shape) != 1 for shape in shapes) or len(set.union(*shapes)) != cycle:
                continue
            pairs = list(zip(rows[0::cycle], rows[1::cycle], strict=True))
            if _paired(pairs, fetched_at):
                return pairs
    return []


_CYCLES = (2, 3)
"""Siblings per comment: a head and a body, or a head, a body and a footer (Blogger's
`dt.comment-author`, `dd.comment-body`, `dd.comment-footer` with the date and controls)."""


def _paired(pairs: list[tuple[LexborNode, LexborNode]], fetched_at: datetime) -> bool:
    """Does each body hold words and name no author or date, and each head but one in ten
    name one? Asked pair by pair, the first pair that fails ends it."""
    allowed = len(pairs) // _UNREAD_HEADS
    for head, body in pairs:
        if not lines_text(body) or has_meta(body, head, fetched_at):
            return False
        if not has_meta(head, body, fetched_at):
            allowed -= 1
            if allowed < 0:
                return False
    return True


_PAIRS = 2
_UNREAD_HEADS = 10
"""One head in this many may fail to read as an author and date line (a name of a whole
sentence, "This is going to be a long year - August 8, 2012") among heads that all do."""


def _sibling_groups(scope: list[LexborNode]) -> Iterator[list[LexborNode]]:
    """The scope's blocks, then their children, a few levels down (a table's rows sit two
    levels below it)."""
    level = [scope]
    for _ in range(_PAIR_LEVELS):
        yield from level
        level = [
            children
            for group in level
            for node in group
            if (children := list(element_children(node)))
        ]


_PAIR_LEVELS = 4


def _shape(node: LexborNode) -> tuple[str, str]:
    return node.tag or "", node.attributes.get("class") or ""
