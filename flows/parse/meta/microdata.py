"""The article's microdata (`itemprop` inside an Article `itemtype`, else a Recipe's author
and dates), where older templates state what others put in JSON-LD; a comment's microdata
inside it is the reader's, not the article's."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from flows.parse.meta.bylines import credits_figure_or_quote
from flows.parse.nodes import grouped_by_attribute, spaced

_SCOPE = grouped_by_attribute('[itemtype*="Article"], [itemtype*="BlogPosting"]')
"""The first element of either type: one `itemtype` lookup per element, not two."""


_WORKS = grouped_by_attribute(
    '[itemtype*="Article"], [itemtype*="BlogPosting"], [itemtype*="Recipe"]'
)
"""An article, or the work a page is about when none is typed as an article (a recipe): its
author and dates only, as for JSON-LD (its name is the dish's). One walk finds either."""
_OTHER_WORK_PROPS = frozenset(("author", "datePublished", "dateModified"))


def microdata(tree: LexborHTMLParser) -> dict[str, Any]:
    scope = tree.css_first(_WORKS)
    if scope is None:
        return {}
    props = None
    if "Recipe" in (scope.attributes.get("itemtype") or ""):  # an article after it is the page's
        article = tree.css_first(_SCOPE)
        scope, props = (article, None) if article is not None else (scope, _OTHER_WORK_PROPS)
    found: dict[str, Any] = {}
    for node in scope.css("[itemprop]"):
        prop = node.attributes.get("itemprop") or ""
        if (prop in found and prop != "author") or _inside_comment(node, scope):
            continue
        if props is not None and prop not in props:
            continue
        if prop == "author":
            if credits_figure_or_quote(node):  # a caption's "Photograph by Ada Obi"
                continue
            names = node.css('[itemprop="name"]') or [node]
            found.setdefault("authors", []).extend(_words(n) for n in names)
        elif prop in ("datePublished", "dateModified"):
            found[prop] = node.attributes.get("content") or node.attributes.get("datetime")
            found[prop] = found[prop] or node.text(strip=True)
        elif prop in ("headline", "articleSection", "keywords"):
            found[prop] = node.attributes.get("content") or node.text(strip=True)
    return found


def _words(node: LexborNode) -> str:
    """An element's words, spaced where its children part them ("Chef<br>Ada Obi")."""
    return spaced(node.text(separator=" "))


def _inside_comment(node: LexborNode, scope: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != scope.mem_id:
        if "Comment" in (parent.attributes.get("itemtype") or ""):
            return True
        parent = parent.parent
    return False
