"""Boxes around a picture or a form: the picture and the few words under it (its caption and
credit), the markup a site names `figure` when it uses the tag; a form's field or button and
the few words around it (a newsletter's pitch, "Thank you for signing up", "Please sign in to
comment"). Both are found by class words on the sites they were learnt from; these find them
by shape, on sites nobody has seen."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from flows.parse.body.boilerplate import ends_as_sentence
from flows.parse.nodes import HEADING_IDS, first_tagged, previous_element, tag_id, text_width

CAPTION_MAX = 500  # characters a caption and its credit hold at most (a wide one counts three)
CAPTION_LEVELS = 5  # wrappers between a picture and the box it shares with its caption
_PROSE_IDS = frozenset(map(tag_id, ("p", "li", "td", "dd", "blockquote")))


def caption_box(image: LexborNode, root: LexborNode) -> LexborNode | None:
    """The box that holds `image` and a caption beside it: the nearest wrapper of the image
    with text, inside `root`, when that text is a caption's length, no heading opens it (a
    list's item: a picture, a title, a paragraph) and the wrapper is no paragraph nor a
    sentence's inline wrapper (a picture set in the prose, `_in_a_sentence`)."""
    box, text = _first_with_text(image, root)
    if box is None or text_width(text) > CAPTION_MAX or first_tagged(box, HEADING_IDS) is not None:
        return None
    return None if _in_a_sentence(box, text) else box


SLIDE_MAX = 2 * CAPTION_MAX  # a slide's caption: longer than one under a picture in the text


def slide_box(image: LexborNode, root: LexborNode) -> LexborNode | None:
    """The box of `image` and a caption too long for `caption_box` but not for a slideshow's
    (`SLIDE_MAX`), with no heading: such a box is a caption when `GALLERY` boxes of one shape
    hold one each (`junk_ids`), as a gallery's slides do after the story."""
    box, text = _first_with_text(image, root)
    if box is None or text_width(text) > SLIDE_MAX or first_tagged(box, HEADING_IDS) is not None:
        return None
    return None if _in_a_sentence(box, text) else box


INLINE_IDS = frozenset(map(tag_id, ("span", "i", "em", "b", "strong", "font", "small", "u")))
"""Inline wrappers of a sentence's words (a link apart): a picture set in one is in the prose."""


def _in_a_sentence(box: LexborNode, text: str) -> bool:
    """Whether the picture's box is an inline element whose text ends as a sentence: prose
    with a picture set in it (`<p><i><img>"So far…," he said.</i></p>`, a lead paragraph in
    a `<span>` that floats a photo), not a caption box. A name's pop-up card of links in a
    `<span>` ends with no sentence."""
    return box.tag_id in INLINE_IDS and ends_as_sentence(text)


FORM_MAX = 400  # characters around a form's field (a wide one counts three): not the article


def form_box(control: LexborNode, root: LexborNode) -> LexborNode | None:
    """The box that holds a form's field or button (`control`) and the words around it: the
    nearest wrapper of the control with text, inside `root`, when that text is short and no
    paragraph's own (a button set in a paragraph)."""
    box, text = _first_with_text(control, root)
    return box if box is not None and text_width(text) <= FORM_MAX else None


def _first_with_text(node: LexborNode, root: LexborNode) -> tuple[LexborNode | None, str]:
    """The nearest of `node`'s wrappers, `CAPTION_LEVELS` up at most, below `root` and below
    any paragraph, that holds text (its own or its other children's), and that text."""
    box = node.parent
    for _ in range(CAPTION_LEVELS):
        if box is None or box.mem_id == root.mem_id or box.tag_id in _PROSE_IDS:
            return None, ""  # a paragraph's picture or button, however empty the paragraph
        text = box.text(strip=True)
        if text:
            return box, text
        box = box.parent
    return None, ""


_PICTURE_IDS = frozenset(map(tag_id, ("img", "picture", "video")))


def is_caption(para: LexborNode, stop: set[int]) -> bool:
    """Whether a paragraph outside the chosen block is a picture's caption, by shape: a
    wrapper of it (`CAPTION_LEVELS` up at most, none in `stop`: the block and its ancestors)
    that holds a caption's length of text and no heading holds a picture too, or comes right
    after one (`<img><div><p>caption</p></div>`). A lead under the headline stands in no
    picture's box."""
    box: LexborNode | None = para
    for _ in range(CAPTION_LEVELS):
        if box is None or box.mem_id in stop:
            return False
        if (
            text_width(box.text(strip=True)) > CAPTION_MAX
            or first_tagged(box, HEADING_IDS) is not None
        ):
            return False
        before = previous_element(box)
        if (box is not para and first_tagged(box, _PICTURE_IDS) is not None) or (
            before is not None and before.tag_id in _PICTURE_IDS
        ):
            return True
        box = box.parent
    return False


GALLERY = 3  # picture boxes with a caption paragraph each that make a slideshow
_ARTICLE_ID = tag_id("article")
PICTURE_LEVELS = 3  # wrappers above a picture that may hold its caption (a link, a box, a slide)


def gallery_captions(paragraphs: list[LexborNode], images: list[LexborNode]) -> set[int]:
    """The paragraphs (by `mem_id`) that are a picture's caption, when `GALLERY` boxes or more
    hold one: the paragraph's parent, no `<article>`, holds one of the `images` (the page's
    `<img>`s, `PICTURE_LEVELS` inside it at most) and no heading, and no more text than a
    caption (`CAPTION_MAX`). Reading skips such boxes (`caption_box`), so their paragraphs must
    not vote: a slideshow's captions would outvote a short story. One captioned picture never
    outvotes the text, and a short story set beside its picture is kept."""
    if len(images) < GALLERY:
        return set()
    pictured: set[int] = set()  # the wrappers of a picture, near it
    for image in images:
        node = image.parent
        for _ in range(PICTURE_LEVELS):
            if node is None:
                break
            pictured.add(node.mem_id)
            node = node.parent
    boxes: dict[int, bool] = {}  # parent → it is a caption box
    found: dict[int, set[int]] = {}  # caption box → its paragraphs
    for para in paragraphs:
        parent = para.parent
        if parent is None or parent.mem_id not in pictured:
            continue
        known = boxes.get(parent.mem_id)
        if known is None:
            known = boxes[parent.mem_id] = (
                parent.tag_id not in _PROSE_IDS
                and parent.tag_id != _ARTICLE_ID  # a story's card, its title beside its picture
                and len(text := parent.text(strip=True)) <= CAPTION_MAX  # width: len or more
                and text_width(text) <= CAPTION_MAX
                and first_tagged(parent, HEADING_IDS) is None
            )
        if known:
            found.setdefault(parent.mem_id, set()).add(para.mem_id)
    if len(found) < GALLERY:
        return set()
    return set().union(*found.values())
