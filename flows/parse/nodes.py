"""Small helpers over selectolax nodes: de-duplicated selection and readable text."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

LINE_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "dd",
        "dt",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "header",
        "footer",
    ]
)
UNREAD_TAGS = frozenset(
    ["script", "style", "noscript", "template", "svg", "button", "select", "textarea"]
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


def select(root: LexborHTMLParser | LexborNode, selector: str) -> list[LexborNode]:
    """`root.css(selector)` without repeats, in document order.

    Lexbor returns a node once per comma-separated selector it matches, so
    `li.comment, li[id^="comment-"]` gives a commented `<li id="comment-1">` twice.
    """
    seen: set[int] = set()
    unique = []
    for node in root.css(selector):
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            unique.append(node)
    return unique


def squash(text: str) -> str:
    """Collapse runs of spaces (not newlines) and trim."""
    return _SPACES.sub(" ", text).strip()


def lines_text(node: LexborNode, skip: frozenset[int] | set[int] = frozenset()) -> str:
    """The element's text, one line per `<br>` or block element, leaving out the subtrees
    whose `mem_id` is in `skip`. Read-only: the tree is not changed."""
    parts: list[str] = []
    stack: list[LexborNode | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        child = item.last_child
        children: list[LexborNode | str] = []
        while child is not None:
            if child.is_text_node:
                children.append(child.text_content or "")
            elif (
                child.is_element_node and child.mem_id not in skip and child.tag not in UNREAD_TAGS
            ):
                if child.tag == "br":
                    children.append("\n")
                elif child.tag in LINE_TAGS:
                    children.extend(("\n", child, "\n"))
                else:
                    children.append(child)
            child = child.prev
        stack.extend(children)
    lines = (squash(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
