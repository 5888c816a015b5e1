"""A list's controls told by repetition, in whatever language: a short link or button whose
words most items show, each aimed at its own item ("Réponse", "J'aime", "Antworten", "返信"),
is a reply, like or report control, never whose comment it is nor what it says."""

from __future__ import annotations

from collections import defaultdict

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.replies import enclosing_item
from flows.parse.nodes import squash


def repeated_controls(
    items: list[LexborNode], index: dict[int, int], memo: dict[int, LexborNode | None]
) -> list[set[int]]:
    """Per item, its own controls: the links and buttons of a word or three that more than
    half the items show word for word, two at least, each leading to the same page with
    the item's own query or fragment (`?replytocom=9`, `?like_comment=9`: an action on the
    item) or nowhere (a button, `#`, `javascript:`). One commenter's name over several items
    links to one address each time."""
    shown: dict[str, list[tuple[int, LexborNode]]] = defaultdict(list)
    for position, item in enumerate(items):
        for node in item.css(_CONTROLS):
            words = squash(node.text())
            if not words or len(words) > _CONTROL_CHARS or len(words.split()) > _CONTROL_WORDS:
                continue
            owner = enclosing_item(node, index, memo)
            if owner is not None and index.get(owner.mem_id) == position:
                shown[words.casefold()].append((position, node))
    controls: list[set[int]] = [set() for _ in items]
    for nodes in shown.values():
        positions = {position for position, _ in nodes}
        if (
            len(positions) >= _SHARED
            and 2 * len(positions) > len(items)
            and (_aimed_at_items(nodes) or all(_nowhere(node) for _, node in nodes))
        ):
            for position, node in nodes:
                controls[position].add(node.mem_id)
    return controls


_CONTROLS = 'a, button, [role="button"]'
_CONTROL_WORDS = 3
_CONTROL_CHARS = 30
_SHARED = 2


def _aimed_at_items(nodes: list[tuple[int, LexborNode]]) -> bool:
    """Do the links lead to one page, each with its own query or fragment (the item's id),
    as actions on each item do? A "More »" under each of two widgets leads to two pages."""
    addresses = {node.attributes.get("href") or "" for _, node in nodes}
    pages = {address.partition("#")[0].partition("?")[0] for address in addresses}
    return len(addresses) > 1 and len(pages) == 1


def _nowhere(node: LexborNode) -> bool:
    """A button, or a link that leads to no other page (a script's or the page's own)."""
    if node.tag != "a":
        return True
    href = (node.attributes.get("href") or "").strip()
    return href in {"", "#"} or href.startswith("javascript:")


def past_controls(text: str, item: LexborNode, controls: set[int]) -> str:
    """The text without the lines at its end that show only controls' words ("[…] an excerpt
    […]" over "Réponse"; "J'aimeJ'aime", a like link and its count's label): what the comment
    says, before the item's buttons."""
    if not controls:
        return text
    words = sorted(
        {squash(node.text()) for node in item.css(_CONTROLS) if node.mem_id in controls},
        key=len,
        reverse=True,
    )
    lines = text.split("\n")
    while len(lines) > 1 and _only_controls(lines[-1], words):
        lines.pop()
    return "\n".join(lines)


def _only_controls(line: str, words: list[str]) -> bool:
    """Does the line show controls' words and nothing else but signs and spaces? A line of
    signs alone ("}", "^_^") is the comment's."""
    rest = line
    for shown in words:
        rest = rest.replace(shown, " ")
    return rest != line and not any(char.isalnum() for char in rest)


def without_trailing_controls(
    items: list[LexborNode], comments: list[Comment], controls: list[set[int]]
) -> None:
    """Each comment's text without the controls' lines it ends with (`past_controls`)."""
    for item, comment, own in zip(items, comments, controls, strict=True):
        comment.text = past_controls(comment.text, item, own)
