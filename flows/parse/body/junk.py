"""Elements that never hold article prose: by tag, and by class words naming boilerplate (share
bars, related lists, newsletter boxes), unless the element holds most of the text around it."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from flows.parse.body.boilerplate import ends_as_sentence
from flows.parse.body.captions import GALLERY, INLINE_IDS, caption_box, form_box, slide_box
from flows.parse.body.prose import MOST, UNREAD_TAGS, link_density
from flows.parse.body.words import extends_content, junk_label, named_junk
from flows.parse.nodes import hidden_by_style, tag_id, text_follows

# Elements that never hold article prose.
JUNK_TAGS = (
    "script, style, noscript, template, svg, iframe, form, button, select, textarea, "
    "nav, aside, footer, object, embed, canvas, dialog, figure, h1, video, audio"
)
JUNK_TAG_SET = frozenset(tag.strip() for tag in JUNK_TAGS.split(","))
_BR_ID = tag_id("br")
_JUNK_TAG_IDS = frozenset(tag_id(tag) for tag in JUNK_TAG_SET)
_UNREAD_TAG_IDS = frozenset(tag_id(tag) for tag in UNREAD_TAGS)
_ARTICLE_ID = tag_id("article")
_MAIN_ID = tag_id("main")
_OTHER_STORY_STEMS = ("advert", "sponsor", "promo", "recommend", "related")
"""What the class of an `<article>` inside the chosen block says when it is an ad or another
story's card."""
_IMG_ID = tag_id("img")
_SVG_ID = tag_id("svg")
_INLINE_IDS = INLINE_IDS | {tag_id("a")}
_CONTROL_IDS = frozenset(map(tag_id, ("form", "input", "button", "select", "textarea")))
_WALKED_IDS = _JUNK_TAG_IDS | {_BR_ID, _IMG_ID, tag_id("input")}
"""The tags `junk_ids` looks at whatever their attributes: any other element only with a
`class`, `id` or `style`."""


def junk_paragraph(para: LexborNode) -> bool:
    """A paragraph whose own class names boilerplate (`p.slide-caption`, `p.credit`) casts no
    vote: reading the block would drop it, so a slideshow of captions must not win the page."""
    label = para.attributes.get("class")
    return bool(label) and junk_label(label)


def is_junk_element(node: LexborNode) -> bool:
    """Whether the element's tag never holds prose or its class or id names boilerplate."""
    attrs = node.attributes
    return node.tag in JUNK_TAG_SET or junk_label(
        f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    )


def inside_junk(node: LexborNode, stop: set[int]) -> bool:
    """Whether `node` or an ancestor below the ones in `stop` is boilerplate by tag or class."""
    current: LexborNode | None = node
    while current is not None and current.mem_id not in stop:
        if is_junk_element(current):
            return True
        current = current.parent
    return False


def walk_tagged(root: LexborNode) -> list[tuple[LexborNode, int]]:
    """`root` and every element inside it with its tag's number, in document order: one walk
    of the chosen block in Python, read by `junk_ids` and by `read_block` twice (its paragraph
    `div`s, its blocks), where each walked it again."""
    return [(node, node.tag_id) for node in root.traverse()]


def junk_ids(
    root: LexborNode, size: int, walked: list[tuple[LexborNode, int]]
) -> tuple[set[int], set[int], dict[int, int], int]:
    """Boilerplate elements inside `root`: by tag, and by class words unless the element holds
    most of the block's text, not as links (then its class word is a layout name:
    "article-overlay-handle"), or the sibling boxes sharing its label, named by a layout word
    only, do together (a template wrapping each paragraph in a box, "articlePluckHidden"; a
    slideshow's captions are named as boilerplate and stay out, however many). What an inline
    style hides is boilerplate too (a paywall's hidden copy, a share box's "Sent!" line) unless
    all of it together holds most of the block's text: then it is the text, shown a part at a
    time (a carousel's slides, a story paged by script). A picture's box with its caption (a
    gallery's slides, `GALLERY` boxes of one shape, with a longer one: `slide_box`)
    (`captions.py`) is boilerplate too. Second, the elements to read line by line, found on
    the same walk (no selector per block): those holding a `<script>`, `<style>`,
    `<noscript>` or `<template>` or any other boilerplate element (read around it, as line
    reading of the whole block would: a slide's caption in a list item, a button's "Close" in
    a paragraph; not an inline element named by its class, a sentence's rest in
    `<span class="paywall">`, unless it follows the block's last sentence, a credit; nor an
    `<svg>`, whose title names its icon) or a `<br>` (whose lines, "FL<br>June", are words
    apart). Third, the boxes around a form's fields and their
    characters, by `mem_id`: skipped when the block is read as paragraphs; read line by line,
    the block keeps them (a comment's rating buttons beside its text). Fourth, the characters
    of the text never shown (`<script>`, `<style>`, …: a video player's data) in `size`.
    `walked`: `walk_tagged(root)`."""
    junk: set[int] = set()
    unread: set[int] = set()
    # (parent, label) → the sibling boxes of that label and their text
    repeated: dict[tuple[int, str], list[tuple[int, int]]] = {}
    most = MOST * size  # `size`: the length of the block's text
    beside: dict[int, LexborNode] = {}  # pictures and form controls, by `mem_id`
    hidden: dict[int, int] = {}  # elements an inline style hides → their text's length
    found: dict[int, LexborNode] = {}  # the elements that may be junk, by `mem_id`
    code = 0  # characters of text never shown
    for node, number in _junk_or_labelled(walked):
        if number == _BR_ID:
            mark_ancestors(node, root, unread)
            continue
        if number == _IMG_ID or number in _CONTROL_IDS:
            beside[node.mem_id] = node
        if number in _JUNK_TAG_IDS:
            if number in _UNREAD_TAG_IDS and node.mem_id not in junk:
                mark_ancestors(node, root, unread)
                code += len(node.text(strip=True))
            junk.add(node.mem_id)
            if number != _SVG_ID:  # an icon's name ("Info") is what a screen reader says there
                found[node.mem_id] = node
            continue
        attrs = node.attributes  # one dict: a lookup of a missing attribute costs more
        if hidden_by_style(attrs):
            hidden[node.mem_id] = len(node.text(strip=True))
            found[node.mem_id] = node
            continue
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        if (
            junk_label(label)
            and _judged_by_class(node, number, root, label)
            and not _builder_part(label, node.parent)
        ):
            chars = len(node.text(strip=True))
            if number not in _INLINE_IDS or _credit_after_the_text(node):
                found[node.mem_id] = node  # a `<span class="paywall">` is the sentence's rest
            if chars < most:
                junk.add(node.mem_id)
                parent = node.parent
                if parent is not None and not named_junk(label):
                    repeated.setdefault((parent.mem_id, label), []).append((node.mem_id, chars))
            elif link_density(node) > 0.5:
                junk.add(node.mem_id)
    for boxes in repeated.values():
        if len(boxes) > 1 and sum(chars for _, chars in boxes) >= most:
            junk.difference_update(node_id for node_id, _ in boxes)
    if sum(hidden.values()) < most:
        junk.update(hidden)
    forms: dict[int, int] = {}
    slides: dict[tuple[int, ...], list[int]] = {}  # long captions' boxes, by their shape
    for node in beside.values():
        if node.tag_id == _IMG_ID:
            box = caption_box(node, root)
            if box is not None:
                junk.add(box.mem_id)
                found[box.mem_id] = box
            else:
                slide = slide_box(node, root)
                if slide is not None:
                    slides.setdefault(_shape(slide), []).append(slide.mem_id)
                    found[slide.mem_id] = slide
        else:
            box = form_box(node, root)
            if box is not None and box.mem_id not in junk and box.mem_id not in forms:
                forms[box.mem_id] = len(box.text(strip=True))
    for shaped in slides.values():
        if len(shaped) >= GALLERY:
            junk.update(shaped)
    for node_id in junk:  # a block holding boilerplate is read around it, line by line
        if node_id in found:
            mark_ancestors(found[node_id], root, unread)
    return junk, unread, forms, code


def _credit_after_the_text(node: LexborNode) -> bool:
    """Whether an inline element named as boilerplate stands after its block's last sentence
    and is no sentence itself: a credit ("… for the troubled nation. <span class="credit">
    Time</span>"), read around as line reading does, not the rest of a sentence
    (`<span class="paywall">`), which stays in its block."""
    text = node.text(strip=True)
    if not text or ends_as_sentence(text):
        return False
    if text_follows(node):
        return False
    before = node.prev
    while before is not None and not before.text(strip=True):
        before = before.prev
    return before is not None and ends_as_sentence(before.text(strip=True))


def _judged_by_class(node: LexborNode, number: int, root: LexborNode, label: str) -> bool:
    """Whether the element's class may name it boilerplate: not a `<main>`, nor the block's
    own `<article>` (their classes name the page's parts: "article has-sponsor-bar"); an
    `<article>` inside the block when its class names an ad or other stories
    ("native-advertisement", "related-story"), not when it names a post's role (a forum's
    "post original_post_author")."""
    if number == _MAIN_ID:
        return False
    if number != _ARTICLE_ID:
        return True
    lowered = label.lower()
    return node.mem_id != root.mem_id and any(stem in lowered for stem in _OTHER_STORY_STEMS)


def _junk_or_labelled(walked: list[tuple[LexborNode, int]]) -> Iterator[tuple[LexborNode, int]]:
    """The elements of a block's walk (`walk_tagged`: the block and the elements inside it)
    of `_WALKED_IDS` tags or with a `class`, `id` or `style`, with their tag's number, in
    document order. A block holds a few dozen elements, and lexbor would parse a selector of
    some thirty parts for each block before it walks them, once per part."""
    for node, number in walked:
        if number in _WALKED_IDS:
            yield node, number
        else:
            attrs = node.attributes
            if "class" in attrs or "id" in attrs or "style" in attrs:
                yield node, number


def _shape(node: LexborNode) -> tuple[int, ...]:
    """The tags of `node` and of its two wrappers: boxes of one shape are a template's."""
    tags = [node.tag_id]
    parent = node.parent
    for _ in range(2):
        if parent is None:
            break
        tags.append(parent.tag_id)
        parent = parent.parent
    return tuple(tags)


def _builder_part(label: str, parent: LexborNode | None) -> bool:
    """An inner wrapper of a page builder's block of text: the element's layout-named token
    ("elementor-widget-container") starts like a token naming content in its parent's label
    ("elementor-widget-text-editor"). The builder names both parts of one text block."""
    if parent is None or named_junk(label):
        return False
    attrs = parent.attributes
    if not attrs:
        return False
    return extends_content(label, f"{attrs.get('class') or ''} {attrs.get('id') or ''}")


def mark_ancestors(node: LexborNode, root: LexborNode, marked: set[int]) -> None:
    """Add `node`'s ancestors up to `root` to `marked`, stopping where an earlier walk did."""
    current = node.parent
    while current is not None and current.mem_id not in marked:
        marked.add(current.mem_id)
        if current.mem_id == root.mem_id:
            return
        current = current.parent
