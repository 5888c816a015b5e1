"""A list member's kind as its markup shows it: its tag and first class word, the name its
record id carries (`post` for `post_703351`), and whether blocks of its kind repeat beside it.
Every way of finding comments asks these."""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborNode

from flows.parse.comments.lines import (
    DIGIT,
)
from flows.parse.comments.roles import RECORD_NUMBER
from flows.parse.nodes import (
    next_element,
    previous_element,
)


def repeats(node: LexborNode) -> bool:
    """Has the block a sibling of the same tag and class, as list members have? Zebra
    stripes and other per-member marks (`odd clearfix` beside `clearfix`) aside, and so are
    the words after a shared first one (`row rowdeveloper` beside `row reply1`: a badge or a
    level marks one member)."""
    label = member_class(node)
    kind = first_class(node)
    return any(
        sibling is not None
        and sibling.tag == node.tag
        and (member_class(sibling) == label or (bool(kind) and first_class(sibling) == kind))
        for sibling in (previous_element(node), next_element(node))
    )


def member_class(node: LexborNode) -> frozenset[str]:
    classes = (node.attributes.get("class") or "").split()
    return frozenset(classes) - _MEMBER_MARKS


_MEMBER_MARKS = frozenset({"odd", "even", "alt", "first", "last", "active", "new", "highlight"})


def reply_list_names(items: list[LexborNode], name: str | None) -> set[tuple[str, str]]:
    """The tag and record name of rows numbered under another name than the posts' that
    stand in a list inside a post, two siblings at least somewhere (a forum floor's short
    replies, `div#Commendcontent_3310561` under `section#post_46104650`): replies to that
    post. A part every post holds once (`div#post_message_123`, the text of `li#post_123`)
    stands in no such list."""
    counts: Counter[tuple[int, str, str]] = Counter()
    for item in items:
        for node in item.css("[id]"):
            record = record_name(node) if node.mem_id != item.mem_id else None
            parent = node.parent
            if record is not None and record != name and parent is not None:
                counts[(parent.mem_id, node.tag or "", record)] += 1
    return {(tag, record) for (_, tag, record), count in counts.items() if count >= LISTED}


def record_name(node: LexborNode) -> str | None:
    """`post` for `post_703351`, `reply` for `reply-6633939fcdf9f10013fdab5d`: the name a
    forum gives each of its rows, then the row's number or its key in a document database
    (a hexadecimal object id); none when the name holds digits of its own (`x1_2`), as a
    row's id is a word and one number."""
    return id_record_name(node.id or "")


def id_record_name(node_id: str) -> str | None:
    """`record_name` of an element whose id is NODE_ID: for ids read already (`Scan.ids`).
    Half the ids end in a letter past `f` or a mark: no number nor key ends them, and no
    search runs."""
    last = node_id[-1:]
    numbered = last.isdigit()
    if not numbered and last not in _KEY_ENDS:
        return None
    key = _RECORD_KEY.search(node_id) if len(node_id) > _KEY_LENGTH else None
    number = key or (RECORD_NUMBER.search(node_id) if numbered else None)
    if number is None:
        return None
    name = node_id[: number.start()]
    return None if DIGIT.search(name) else name


_RECORD_KEY = re.compile(r"[-_](?=[a-f]*\d)(?=\d*[a-f])[\da-f]{16,}$")
"""A record's key in a document database at the end of an id (MongoDB's 24 hexadecimal
digits, a hash): letters and digits of hexadecimal, both, and too many for a word."""

_KEY_ENDS = "abcdef\n"
"""The last characters of an id a key may end, a digit aside: its hexadecimal letters, or the
line break `$` matches before."""

_KEY_LENGTH = 16
"""A key's digits at the least, after its separator: an id no longer (most are) holds none."""


LISTED = 2
"""Siblings a list of numbered rows inside a post shows at least once on the page."""


def numbered_alike(node: LexborNode, member: LexborNode) -> bool:
    """Is the block numbered under the member's own name, with its tag (`li#comment-12` in
    `li#comment-10`): a row of the same list, whatever marks its class adds (the site
    author's replies highlighted)?"""
    name = record_name(member)
    return bool(name) and node.tag == member.tag and record_name(node) == name


def member_kind(node: LexborNode) -> tuple[str, str]:
    """A block's tag and first class word: a reply shares them with the comments of its list,
    while per-member marks after them differ (`comment even depth-1`, `comment odd depth-2`)."""
    classes = (node.attrs.get("class") or "").split()  # `attrs`: no dict of every attribute
    return node.tag or "", classes[0] if classes else ""


def first_class(node: LexborNode) -> str:
    """The first word of an element's class, "" when it has none (`member_kind`'s, without
    its tag's name)."""
    classes = (node.attrs.get("class") or "").split()
    return classes[0] if classes else ""
