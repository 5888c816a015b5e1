"""Signed comments: a wiki talk page's messages, which no element holds, each ending in its
writer's signature ("… Ada (talk) 12:34, 5 May 2020 (UTC)").

A signature is a link to a user's page followed at once by a link to a page of the same
name in another namespace (the user's talk page): `User:Ada` then `User_talk:Ada`, in any
language (`مستخدم:Ada` then `نقاش_المستخدم:Ada`), read from the link's address, so red links
(`index.php?title=User:Ada&action=edit`) count too. The text between two signatures is the
second one's message; a heading starts a new stretch, the table of contents is no message.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from urllib.parse import parse_qs, unquote

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.nodes import HEADING_SELECTOR, LINE_TAGS, UNREAD_TAGS, Scan, squash
from flows.times import find_datetime

_MIN_SIGNATURES = 2
_SCHEME = len("https:")
_SKIPPED = "h1, h2, h3, h4, h5, h6, #toc, .toc, [role=navigation]"
_DASHES = " \t-–—‐"


def signed_comments(scanned: Scan, fetched_at: datetime) -> list[Comment]:
    """The messages of a page whose comments are signed, in page order; none unless the page
    holds two signatures and one of them is dated."""
    signatures = _signatures(scanned.anchors())
    if len(signatures) < _MIN_SIGNATURES:
        return []
    chunks = _chunks(_common_ancestor([user for user, _ in signatures]), signatures)
    comments = []
    for number, (user, _) in enumerate(signatures):
        tail = chunks[number + 1].split("\n", 1)[0] if number + 1 < len(chunks) else ""
        found = find_datetime(tail, fetched_at)
        lines = [line for line in chunks[number].split("\n") if line]
        if number > 0:
            lines = lines[1:] if chunks[number].split("\n", 1)[0] else lines
        text = "\n".join(lines).rstrip(_DASHES)
        if text:
            comments.append(
                Comment(
                    text=text,
                    author=squash(user.text()).strip(_DASHES) or None,
                    posted_text=tail[found[0] : found[1]] if found else None,
                    posted_at=found[2] if found else None,
                )
            )
    if not any(comment.posted_at for comment in comments):
        return []
    return comments


def _signatures(
    anchors: list[tuple[LexborNode, dict[str, str | None]]],
) -> list[tuple[LexborNode, LexborNode]]:
    """(user link, talk link) pairs among the page's links and their attributes, in page order:
    a link to a page in a namespace and the next link on the page, to the page of the same
    name in another (however the two are styled: a signature may wrap them in spans, the
    talk link in `<sup>`)."""
    pages: list[tuple[int, LexborNode, tuple[str, str]]] = []
    for index, (link, attributes) in enumerate(anchors):
        href = attributes.get("href") or ""
        # most links hold no colon past their scheme nor a title: read no further
        if ":" in href[_SCHEME:] or "title=" in href:
            page = _wiki_page(href)
            if page is not None:
                pages.append((index, link, page))
    found: list[tuple[LexborNode, LexborNode]] = []
    for (index, link, page), (next_index, talk, other) in pairwise(pages):
        paired = next_index == index + 1 and other[1] == page[1] and other[0] != page[0]
        if paired and not (found and found[-1][1].mem_id == link.mem_id):
            found.append((link, talk))
    return found


def _wiki_page(href: str) -> tuple[str, str] | None:
    """(namespace, name) of a link to a wiki page in a namespace: `/wiki/User:Ada` →
    ("User", "Ada"), `/w/index.php?title=User:Ada&action=edit` → the same."""
    address, _, query = href.partition("?")
    path = address.rpartition("/")[2]
    if ":" in path:
        path = unquote(path)
    else:
        titles = parse_qs(query).get("title") if "title=" in query else None
        if not titles:
            return None  # most links: no namespace, and no query is read for them
        path = titles[0]
    namespace, _, name = path.partition(":")
    if not namespace or not name or "/" in name:
        return None
    return namespace, name.replace("_", " ")


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode:
    """The nearest element holding all the nodes."""
    paths = []
    for node in nodes:
        path = []
        ancestor = node.parent
        while ancestor is not None:
            path.append(ancestor.mem_id)
            ancestor = ancestor.parent
        paths.append(path)
    shared = set(paths[0]).intersection(*map(set, paths[1:]))
    ancestor = nodes[0].parent
    while ancestor is not None and ancestor.mem_id not in shared:
        ancestor = ancestor.parent
    return ancestor if ancestor is not None else nodes[0]


_MARK = "\x00"


def _chunks(root: LexborNode, signatures: list[tuple[LexborNode, LexborNode]]) -> list[str]:
    """The text of `root` cut at each signature: chunk i ends where signature i starts, and
    chunk i + 1 opens with the rest of that signature's line (its date). Headings, the table
    of contents, scripts and the two links of each signature are left out; the text before a
    heading that no signature closes is dropped."""
    users = {user.mem_id for user, _ in signatures}
    muted: set[int] = set()
    for box in root.css(_SKIPPED):
        muted.update(node.mem_id for node in box.traverse(include_text=True))
    for user, talk in signatures:
        for link in (user, talk):
            muted.update(node.mem_id for node in link.traverse(include_text=True))
    headings = {box.mem_id for box in root.css(HEADING_SELECTOR)}
    parts: list[str] = []
    for node in root.traverse(include_text=True):
        if node.mem_id in users:
            parts.append(_MARK)
        if node.mem_id in headings:
            parts.append("\n\x01\n")
        if node.mem_id in muted:
            continue
        if node.is_text_node:
            parent = node.parent
            if parent is None or parent.tag not in UNREAD_TAGS:
                parts.append(node.text_content or "")
        elif node.tag in LINE_TAGS or node.tag in ("br", "dd", "dt"):
            parts.append("\n")
    chunks = []
    for number, chunk in enumerate("".join(parts).split(_MARK)):
        lines = [squash(line) for line in chunk.split("\n")]
        if "\x01" in lines:  # a heading: what came before it is no message of the next signer
            tail = lines[0] if number else ""  # the date line of the signature before
            lines = [tail, *lines[len(lines) - lines[::-1].index("\x01") :]]
        chunks.append("\n".join(lines))
    return chunks
