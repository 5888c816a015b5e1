"""Which way of finding a page's comments wins.

Each way, and what the ways share, is a module of this package (the table in
docs/comments.md), read bottom-up: names first (`named`, `roles`), then one item's parts
and the comment they make (`parts`, `build`), what is refused (`lookalikes`, `opening`), how
items become a thread (`read`), and how comments are found where no name marks them
(`scopes`, `posts`) or where the HTML holds no items at all (JSON-LD, numbered, signed,
imageboard and ruled fallbacks), and last by the template their blocks share (`shaped`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.contracts import Comment
from flows.parse.comments.boards import board_replies
from flows.parse.comments.build import (
    without_shared_labels,
    without_shared_remarks,
    without_vote_counts,
)
from flows.parse.comments.cited import cited_comments
from flows.parse.comments.json_ld import json_ld_comments
from flows.parse.comments.labelled import labelled_comments
from flows.parse.comments.labelled_rows import row_labelled_comments
from flows.parse.comments.lookalikes import (
    all_quoted,
    holds_its_question,
    holds_the_headline,
    in_other_region,
    on_other_pages,
    only_a_count,
    only_a_time,
    without_a_lone_notice,
    without_form_fields,
)
from flows.parse.comments.named import candidates_walk, is_item
from flows.parse.comments.numbered import numbered_comments
from flows.parse.comments.opening import typed_answer, without_opening_post
from flows.parse.comments.posts import forum_posts
from flows.parse.comments.read import read_items
from flows.parse.comments.replies import with_answers
from flows.parse.comments.ruled import ruled_comments
from flows.parse.comments.scopes import labelled_list, scoped_comments
from flows.parse.comments.shaped import rated_reviews, shaped_comments
from flows.parse.comments.shared_chrome import without_shared_chrome, without_shared_controls
from flows.parse.comments.signed import signed_comments
from flows.parse.comments.template import template_places
from flows.parse.comments.threads import without_first
from flows.parse.nodes import Scan, is_inside, scan, select, spaced


class FoundComments(NamedTuple):
    """The page's comments and the elements they were read from (named or repeated items;
    none when they came from JSON-LD, numbered, signed or board markup): the body leaves
    those elements out of the article."""

    comments: list[Comment]
    items: list[LexborNode]


def extract_comments(
    tree: LexborHTMLParser, fetched_at: datetime, *, scanned: Scan | None = None
) -> list[Comment]:
    """Comments in page order; none (not the reply form, not a widget) when the page has none.

    Items named as comments come first; schema.org `Comment` objects in JSON-LD win when they
    hold more. Without either: numbered blocks, then repeated blocks that each hold an author,
    a date and a text inside a region the page calls its comments. Those blocks also win over
    one or two named items that hold more comments than they give (a named wrapper around
    unnamed comments), which stay after them when they are schema.org answers. When nothing
    else gives any, or these give more than the parts or than one or two named items (a
    topic's opening post named by its schema): three sibling blocks or more that show a
    changing name, a date and a text in the same places, wherever they are; else runs of
    text between rules that each end in a dated signature (an old guest book); else the
    blocks that each look like a comment after a line naming the comments ("Kommentare")."""
    return find_comments(tree, fetched_at, scanned=scanned).comments


def find_comments(
    tree: LexborHTMLParser, fetched_at: datetime, *, scanned: Scan | None = None
) -> FoundComments:
    """`extract_comments`, with the items the comments were read from; none when every
    comment is a quote (`all_quoted`) or the items are comments on other pages
    (`on_other_pages`), whichever way found them."""
    comments, items = _find_comments(tree, fetched_at, scan(tree, scanned))
    if all_quoted(comments) or on_other_pages(items):
        return FoundComments([], [])
    comments = shown_once(comments)
    with_names_on_one_line(comments)
    without_shared_remarks(comments)
    without_vote_counts(comments)
    without_shared_labels(comments)
    without_shared_controls(comments)
    return FoundComments(comments, items)


def with_names_on_one_line(comments: list[Comment]) -> None:
    """Each author's name with its runs of white space, line breaks and indents of the
    markup included, made one space: a name is shown on one line, whatever element gave it
    (a text node that opens on a new line, "\n   Anonymous")."""
    for comment in comments:
        if comment.author is not None:
            comment.author = spaced(comment.author) or None


def shown_once(comments: list[Comment]) -> list[Comment]:
    """The comments without those a page shows again in a second list (a "popular" tab beside
    the "newest", a "top comments" box over the full list): the same words by the same author
    at the same time, `SHOWN_AGAIN` comments or more (one or two alike are a reader posting
    twice), dated or `ONCE_MIN` characters long. A reply to a comment shown again replies to
    its first showing."""
    first: dict[tuple[str | None, str, datetime | None], int] = {}
    again: dict[int, int] = {}
    for position, comment in enumerate(comments):
        if not comment.text or (comment.posted_at is None and len(comment.text) < ONCE_MIN):
            continue
        key = (comment.author, comment.text, comment.posted_at)
        if key in first:
            again[position] = first[key]
        else:
            first[key] = position
    if len(again) < SHOWN_AGAIN:
        return comments
    kept: list[Comment] = []
    moved: dict[int, int] = {}
    for position, comment in enumerate(comments):
        if position in again:
            moved[position] = moved[again[position]]
            continue
        moved[position] = len(kept)
        parent = None if comment.parent is None else moved[comment.parent]
        kept.append(comment if parent == comment.parent else replace(comment, parent=parent))
    return kept


SHOWN_AGAIN = 3
"""Comments a page must repeat before the repeats count as a second list, not double posts."""
ONCE_MIN = 20
"""Characters an undated comment needs before a second showing of it counts as the same one."""


def _find_comments(tree: LexborHTMLParser, fetched_at: datetime, scanned: Scan) -> FoundComments:
    """The first way that gives comments, in the order `extract_comments` tells."""
    candidates = select(tree, candidates_walk(scanned.custom))
    memo: dict[tuple[int, bool], bool] = {}
    items = [node for node in candidates if is_item(node) and not in_other_region(node, memo)]
    reviews = rated_reviews(tree, items)
    if reviews:
        items = []
    if items:
        items = [
            item
            for item in items
            if not (only_a_time(item, fetched_at) or only_a_count(item) or holds_its_question(item))
        ]
        if len(items) <= _FEW:
            items = [item for item in items if not holds_the_headline(item)]
        items = without_opening_post(without_form_fields(tree, items, fetched_at))
        items = with_answers(items, fetched_at) if items else items
    comments = read_items(items, fetched_at, templater=template_places) if items else []
    from_json = json_ld_comments(scanned, fetched_at)
    if len(from_json) > len(comments):
        return FoundComments(from_json, [])
    listed = _authors(from_json)
    if any(listed) and listed == _authors(comments[1:]):
        return _without_the_topic(comments, items)
    if len(comments) > _FEW:
        return FoundComments(comments, items)
    comments = without_a_lone_notice(comments)
    by_parts = _structural_comments(candidates, scanned, memo, fetched_at)
    if len(by_parts.comments) > len(comments) and not reviews:
        found = _or_shaped(by_parts, scanned, memo, fetched_at)
        return _with_typed_answers(found, FoundComments(comments, items))
    if comments:
        shaped = _shaped(scanned, memo, fetched_at)
        return shaped if len(shaped.comments) > len(comments) else FoundComments(comments, items)
    fallback = (
        numbered_comments(scanned, fetched_at)
        or signed_comments(scanned, fetched_at)
        or board_replies(scanned)
        or labelled_comments(scanned, fetched_at)
    )
    if fallback:
        return FoundComments(fallback, [])
    shaped = _shaped(scanned, memo, fetched_at)
    if shaped.comments:
        return shaped
    ruled = ruled_comments(scanned.tree.body, fetched_at) or row_labelled_comments(
        scanned.tree.body, fetched_at
    )
    if ruled:
        return FoundComments(ruled, [])
    cited, items = cited_comments(scanned, fetched_at)
    if cited:
        return FoundComments(cited, items)
    labelled, blocks = labelled_list(scanned, memo, fetched_at)
    return FoundComments(without_shared_chrome(labelled, fetched_at), blocks)


def _with_typed_answers(found: FoundComments, named: FoundComments) -> FoundComments:
    """The comments found by their parts, then the one or two named items when each is a
    schema.org `Answer` that holds none of them and is held by none (a question's comments
    found by their parts, its lone answer by its type: an answer is never a box around
    comments it does not hold), the answers' replies kept under them."""
    answers = named.items
    if (
        not named.comments
        or len(answers) != len(named.comments)
        or not all(typed_answer(item) for item in answers)
        or any(
            is_inside(node, answer) or is_inside(answer, node)
            for answer in answers
            for node in found.items
        )
        or {comment.text for comment in named.comments}
        & {comment.text for comment in found.comments}
    ):
        return found
    shift = len(found.comments)
    added = [
        comment if comment.parent is None else replace(comment, parent=comment.parent + shift)
        for comment in named.comments
    ]
    return FoundComments([*found.comments, *added], [*found.items, *answers])


def _without_the_topic(comments: list[Comment], items: list[LexborNode]) -> FoundComments:
    """The comments after the first, which JSON-LD lists as the posting's comments by the same
    authors (named ones: unnamed tell nothing): the first is the topic's own post (a forum's
    opening post, the posting itself), which the article holds. Replies to it answer the
    topic."""
    return FoundComments(
        without_first(comments), items[1:] if len(items) == len(comments) else items
    )


def _authors(comments: list[Comment]) -> list[str | None]:
    """The comments' authors as names, without the marks a page shows around them ("+Raze",
    a subscriber's badge, is JSON-LD's "Raze")."""
    return [_NAME_EDGES.sub("", comment.author or "").casefold() or None for comment in comments]


_NAME_EDGES = re.compile(r"^\W+|\W+$")


_FEW = 2
"""Named items that give this many comments or fewer may be a wrapper: the parts decide."""


def _or_shaped(
    by_parts: FoundComments,
    scanned: Scan,
    memo: dict[tuple[int, bool], bool],
    fetched_at: datetime,
) -> FoundComments:
    """The comments found by their parts, or the blocks alike (`shaped_comments`) when those
    give more: the parts may have taken a post's box of replies, a pair of comments among a
    list the judge missed, or the posts of one kind of a list that shows two (its replies in
    blocks of another class)."""
    shaped = _shaped(scanned, memo, fetched_at)
    return shaped if len(shaped.comments) > len(by_parts.comments) else by_parts


def _shaped(
    scanned: Scan, memo: dict[tuple[int, bool], bool], fetched_at: datetime
) -> FoundComments:
    """The blocks alike (`shaped_comments`), without the buttons their texts share."""
    shaped, items = shaped_comments(scanned, memo, fetched_at)
    return FoundComments(without_shared_chrome(shaped, fetched_at), items)


def _structural_comments(
    candidates: list[LexborNode],
    scanned: Scan,
    memo: dict[tuple[int, bool], bool],
    fetched_at: datetime,
) -> FoundComments:
    """Comments found by their parts, whatever their class names: in a region the page calls
    its comments, or a forum's posts when they give more (their items are not kept)."""
    judged: dict[int, bool] = {}  # blocks judged by `looks_like_comment`, shared by both
    named, items = scoped_comments(candidates, scanned, memo, judged, fetched_at, template_places)
    posts = forum_posts(scanned, memo, judged, fetched_at, template_places)
    if len(posts) > len(named):
        return FoundComments(without_shared_chrome(posts, fetched_at), [])
    return FoundComments(without_shared_chrome(named, fetched_at), items)
