"""Picture boxes: a picture and the few words under it (its caption and credit), the markup a
site names `figure` when it uses the tag, and by class words (which unseen sites do not share)
when it does not."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.nodes import tag_id

CAPTION_MAX = 500  # characters a caption and its credit hold at most; a paragraph runs longer
CAPTION_LEVELS = 5  # wrappers between a picture and the box it shares with its caption
_HEADINGS = "h1, h2, h3, h4, h5, h6"
_PROSE_IDS = frozenset(map(tag_id, ("p", "li", "td", "dd", "blockquote")))


def caption_box(image: LexborNode, root: LexborNode) -> LexborNode | None:
    """The box that holds `image` and a caption beside it: the nearest wrapper of the image
    with text, inside `root`, when that text is a caption's length, no heading opens it (a
    list's item: a picture, a title, a paragraph) and the wrapper is no paragraph (a picture
    set in the prose)."""
    box = image.parent
    for _ in range(CAPTION_LEVELS):
        if box is None or box.mem_id == root.mem_id or box.tag_id in _PROSE_IDS:
            return None
        text = box.text(strip=True)
        if text:
            if len(text) > CAPTION_MAX or box.css_first(_HEADINGS) is not None:
                return None
            return box
        box = box.parent
    return None
