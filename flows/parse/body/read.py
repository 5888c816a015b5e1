"""The chosen block read into paragraphs: block by block, skipping boilerplate and runs of
links, or line by line where the prose is written straight into the wrapper."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from flows.parse.body.boilerplate import ends_as_sentence, is_label
from flows.parse.body.extras import inner_h1s, teaser_cards, teaser_cells
from flows.parse.body.junk import JUNK_TAG_SET, junk_ids, mark_ancestors, walk_tagged
from flows.parse.body.prose import BLOCK_TAGS, BLOCKS, MIN_HELD, UNREAD_TAGS
from flows.parse.body.votes import WRAPPED_PARAGRAPH, held_text, wrapped_paragraph
from flows.parse.nodes import (
    LINE_TAGS,
    element_children,
    first_tagged,
    is_inside,
    last_element_child,
    lines_text,
    link_chars,
    loose_chars,
    spaced,
    tag_id,
    text_width,
)

LINKS_ONLY = 0.8  # a longer block this much link text is a run of links to other pages
_A_ID = tag_id("a")
HEAD_SHARE = 0.3  # text above the headline dropped when under this share of the block


def read_block(
    root: LexborNode,
    headline: LexborNode | None = None,
    h1s: list[LexborNode] | None = None,
    links: dict[int, int] | None = None,
    skip: set[int] | None = None,
    texts: dict[int, str] | None = None,
) -> list[str]:
    """The block's paragraphs. `h1s`: the page's `<h1>`s (from the scan); `links`: the link
    text of paragraphs counted while voting (`main_blocks`); `skip`: elements left out as if
    they were boilerplate (a slideshow set inside the text, `host_text`); `texts`: the text of
    elements read while voting (`main_blocks`), by `mem_id`, not read again."""
    h1s = h1s or []
    links = {} if links is None else links
    texts = {} if texts is None else texts
    size = len(root.text(strip=True))
    walked = walk_tagged(root)
    junk, unread, forms, code = junk_ids(root, size, walked)
    if skip:
        junk |= skip
    if root.mem_id in junk:
        junk.discard(root.mem_id)
    if root.tag in ("p", "pre", "blockquote") or first_tagged(root, _BLOCK_IDS) is None:
        text = lines_text(root, junk)
        return text.split("\n") if text else []
    inside = headline is not None and is_inside(headline, root)
    subheads = inner_h1s(root, headline, h1s) if headline is not None and len(h1s) > 1 else set()
    junk -= subheads
    tags = _BLOCK_IDS_WITH_H1 if inside or subheads else _BLOCK_IDS
    divs = _paragraph_divs(root, walked)
    blocks = [  # one tag each; a `div` only when it is a paragraph among paragraphs
        node
        for node, number in walked
        if number in tags or (number == _DIV_ID and node.mem_id in divs)
    ]
    # A block tag chosen whole (a `td`) matches its own selector: when it holds other blocks
    # it is read through them and its loose text, like a `div`, not whole and then again.
    holding = len(blocks) > 1 and blocks[0].mem_id == root.mem_id
    if holding:
        blocks = blocks[1:]
    junk -= _subheadings_in_the_text(blocks, junk)
    junk |= teaser_cards(root, blocks) | teaser_cells(root, blocks)
    skipped = _inside_junk_or_holding_blocks(root, blocks, junk | forms.keys())
    paragraphs: list[str] = []
    read: list[LexborNode] = []  # the block each paragraph was read from
    covered = 0
    before = 0  # paragraphs read before the headline, when the block holds it
    for node in blocks:
        if inside and headline is not None and node.mem_id == headline.mem_id:
            before = len(paragraphs)
        if node.mem_id in skipped and (node.tag != "p" or skipped[node.mem_id]):
            if not skipped[node.mem_id]:  # a block holding blocks: the text it opens with
                for line in _opening_lines(node, junk):
                    paragraphs.append(line)
                    read.append(node)
                    covered += len(line)
            continue
        text = _text(node, junk if node.mem_id in unread else None, links, texts)
        if text:
            paragraphs.append(text)
            read.append(node)
            covered += len(text)
        elif paragraphs and is_label(paragraphs[-1]) and node.text(strip=True):
            covered -= len(paragraphs.pop())  # "DON'T MISS", "Read more": its links are gone
            read.pop()
    signed = _signed_run(read)
    if signed:
        del paragraphs[-signed:], read[-signed:]
    captions = [at for at, node in enumerate(read) if _caption_under_picture(node, paragraphs[at])]
    for at in reversed(captions):  # still covered: read from blocks, not left out of them
        del paragraphs[at], read[at]
    if covered < 0.5 * (size - sum(forms.values()) - code):
        # Prose kept outside blocks (text and <br>s straight inside a div): read lines instead
        # (a form's box, a script's code are no prose the blocks missed).
        text = lines_text(root, junk)
        return text.split("\n") if text else []
    if before and sum(map(len, paragraphs[:before])) < HEAD_SHARE * covered:
        return paragraphs[before:]  # breadcrumbs, kickers, teasers above the headline
    if (holding or root.tag not in BLOCK_TAGS) and _loose(root) >= MIN_HELD:
        return _with_loose_runs(root, paragraphs, read, junk | forms.keys())
    if len(read) > 1 and _heads_links(read[-1]):
        # The last paragraph read titles a box of links left out, and the headings read right
        # before it title the boxes left out above it ("More recipes" over a grid of cards).
        end = len(read) - 1
        while end > 1 and read[end - 1].tag_id in _SUBHEADING_IDS:
            end -= 1
        return paragraphs[:end]
    return paragraphs


def _heads_links(node: LexborNode) -> bool:
    """Whether `node` is a subheading whose next sibling with text is mostly links: the title
    of a box of links to other stories ("Latest news" above a carousel). A picture's caption
    set as a heading stands above its picture."""
    if node.tag_id not in _SUBHEADING_IDS:
        return False
    below = _sibling_with_text(node, True)
    return below is not None and link_chars(below) >= 0.5 * len(below.text(strip=True))


_SUBHEADING_IDS = frozenset(map(tag_id, ("h2", "h3", "h4", "h5", "h6")))
SUBHEADING_MAX = 120  # characters of a subheading at most


def _subheadings_in_the_text(blocks: list[LexborNode], junk: set[int]) -> set[int]:
    """Headings named as boilerplate by their own class (`h2.widget-title`) that stand between
    two paragraphs of prose in one parent, or open a box after prose with prose after them
    in it (`_opens_a_section`), with no link and no more than `SUBHEADING_MAX` characters:
    the text's own subheadings, whatever a page builder calls them (a related box's title
    stands above its links, not between two paragraphs)."""
    found = set()
    for node in blocks:
        if node.tag_id not in _SUBHEADING_IDS or node.mem_id not in junk:
            continue
        text = node.text(strip=True)
        if not text or len(text) > SUBHEADING_MAX or link_chars(node):
            continue
        parent = node.parent
        if parent is None or parent.mem_id in junk:
            continue
        if _prose_beside(node, True, junk) and (
            _prose_beside(node, False, junk) or _opens_a_section(node, parent, junk)
        ):
            found.add(node.mem_id)
    return found


def _prose_beside(node: LexborNode, forward: bool, junk: set[int]) -> bool:
    """Whether the nearest sibling with text before (or after) `node` is a `<p>` of prose."""
    sibling = _sibling_with_text(node, forward)
    return sibling is not None and sibling.tag_id == _P_ID and _is_prose(sibling, junk)


def _sibling_with_text(node: LexborNode, forward: bool) -> LexborNode | None:
    """The nearest element after (or before) `node` among its siblings that shows text."""
    sibling = node.next if forward else node.prev
    while sibling is not None and not (sibling.is_element_node and sibling.text(strip=True)):
        sibling = sibling.next if forward else sibling.prev
    return sibling


def _opens_a_section(node: LexborNode, parent: LexborNode, junk: set[int]) -> bool:
    """Whether `node` is the first element with text in `parent` and what stands before the
    parent is prose: a `<p>`, or a box that ends with one (the previous section of the text,
    `<div><h2>…</h2><p>…</p></div><div><h2>…</h2><p>…</p></div>`)."""
    if _sibling_with_text(node, False) is not None:
        return False
    before = _sibling_with_text(parent, False)
    if before is None or before.mem_id in junk:
        return False
    if before.tag_id == _P_ID:
        return _is_prose(before, junk)
    last = last_element_child(before, lambda child: bool(child.text(strip=True)))
    return last is not None and last.tag_id == _P_ID and _is_prose(last, junk)


def _is_prose(node: LexborNode, junk: set[int]) -> bool:
    """A `<p>` of prose: not boilerplate, long enough, under half link text."""
    text = node.text(strip=True)
    return node.mem_id not in junk and len(text) >= MIN_HELD and link_chars(node) < 0.5 * len(text)


_HOLDS_BLOCK = f"{BLOCKS}, h1, div, ul, ol, dl, table, section, article, header, footer, form"
_BLOCK_IDS = frozenset(map(tag_id, BLOCK_TAGS))
_BLOCK_IDS_WITH_H1 = _BLOCK_IDS | {tag_id("h1")}
_HOLDS_BLOCK_IDS = frozenset(tag_id(tag.strip()) for tag in _HOLDS_BLOCK.split(","))


def _paragraph_divs(root: LexborNode, walked: list[tuple[LexborNode, int]]) -> set[int]:
    """The `div`s inside `root` written as paragraphs among `<p>`s, by `mem_id`: no block
    inside, their text (straight inside or in the inline elements it is wrapped in,
    `held_text`) reading as a paragraph (over `WRAPPED_PARAGRAPH` characters, ending as a
    sentence), in a run of such `div`s with a `<p>` of prose on either side. Editors that
    write `<div>`s for paragraphs mix them with `<p>`s; a box before or after the text (a note
    on affiliate links, a copyright) or inside another box (a recipe card's summary) stands
    beside no paragraph of the text. One walk up from each block marks the boxes holding one;
    the blocks and the `div`s are found on the walk of `root` (`walked`: `walk_tagged(root)`)
    by tag number, cheaper than lexbor matching two selectors of many tags on every element."""
    holding: set[int] = set()
    divs: list[LexborNode] = []
    for block, number in walked:
        if number in _HOLDS_BLOCK_IDS:
            mark_ancestors(block, root, holding)
            if number == _DIV_ID:
                divs.append(block)
    lone: dict[int, LexborNode] = {}
    for node in divs:
        if node.mem_id in holding or node.mem_id == root.mem_id:
            continue
        text = held_text(node).strip()
        if len(text) > WRAPPED_PARAGRAPH and ends_as_sentence(text) and node.parent is not None:
            lone[node.mem_id] = node.parent
    found: set[int] = set()
    for parent in {parent.mem_id: parent for parent in lone.values()}.values():
        run: list[int] = []
        opened = False  # the run follows a `<p>` of prose
        for child in element_children(parent):
            if child.mem_id in lone:
                run.append(child.mem_id)
                continue
            text = child.text(strip=True)
            if not text:
                continue
            prose = (
                child.tag_id == _P_ID
                and len(text) >= MIN_HELD
                and link_chars(child) < 0.5 * len(text)
            )
            if prose and opened:
                found.update(run)
            run, opened = [], prose
    return found


def _loose(root: LexborNode) -> int:
    """Characters of text written straight into the block beside its blocks: loose text and
    bold runs (`loose_chars`), and inline elements that read as paragraphs of their own
    (`<p>…</p><span>…</span><br><br><span>…</span>`)."""
    wrapped = sum(
        len(wrapped_paragraph(child)) for child in root.iter() if child.tag_id not in _BOLD
    )
    return loose_chars(root, _BOLD) + wrapped


SIGNED_RUN = 3  # paragraphs signed with a name in bold, at the block's end, that are comments
SIGNATURE_MAX = 80  # a reader's name or the title of a comment, not a bold lead-in paragraph
_BOLD = frozenset(map(tag_id, ("b", "strong")))
_P_ID, _DIV_ID = tag_id("p"), tag_id("div")
_BR, _HR = tag_id("br"), tag_id("hr")


def _signed_run(read: list[LexborNode]) -> int:
    """How many paragraphs at the end of the block are readers' comments written as plain
    paragraphs: each opens with a name in bold on a line of its own (`<p><b>Ada</b><br>…`),
    `SIGNED_RUN` of them in a row at least. An article's own bold lead-ins ("Q:") run on."""
    count = 0
    for node in reversed(read):
        if not _signed(node):
            break
        count += 1
    return count if count >= SIGNED_RUN else 0


def _signed(node: LexborNode) -> bool:
    """A `<p>` after a rule (`<hr>`) whose first element is a short bold name with a `<br>`
    straight after it."""
    if node.tag != "p":
        return False
    before = node.prev
    while before is not None and before.is_text_node and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag_id != _HR:
        return False
    child = node.first_child
    while child is not None and child.is_text_node and not (child.text_content or "").strip():
        child = child.next
    if child is None or child.tag_id not in _BOLD:
        return False
    if len(child.text(strip=True)) > SIGNATURE_MAX:
        return False
    after = child.next
    while after is not None and after.is_text_node and not (after.text_content or "").strip():
        after = after.next
    return after is not None and after.tag_id == _BR


UNDER_PICTURE_MAX = 60  # characters of a caption under a picture (a wide one counts three)
_IMG_ID = tag_id("img")
_PICTURE_BOXES = frozenset(map(tag_id, ("p", "div", "center")))


def _caption_under_picture(node: LexborNode, text: str) -> bool:
    """A short `<p>` without a sentence's end right after a `<p>` or `<div>` that holds a
    picture and no text: the picture's caption, set as a paragraph of its own under it (old
    templates, in Chinese most often: `<p align=center><img></p><p>图美展台</p>`)."""
    if len(text) > UNDER_PICTURE_MAX or node.tag != "p":
        return False  # most paragraphs: longer than a caption
    if text_width(text) > UNDER_PICTURE_MAX or ends_as_sentence(text):
        return False
    before = node.prev
    while before is not None and not before.is_element_node:
        if (before.text_content or "").strip():
            return False
        before = before.prev
    if before is None or before.tag_id not in _PICTURE_BOXES or before.text(strip=True):
        return False
    return any(inner.tag_id == _IMG_ID for inner in before.traverse())


def _with_loose_runs(
    root: LexborNode, paragraphs: list[str], read: list[LexborNode], junk: set[int]
) -> list[str]:
    """The block's paragraphs with the text written straight inside it, beside its blocks, put
    where it stands: the rest of a `<p>` that a box inside it closed early (an ad slot), or
    paragraphs an editor separated by `<br>`s after the first few `<p>`s. A run of text and
    inline elements between two blocks is read line by line, links with the words around them
    ("…, the <a>bleaching continues</a>."); lines of prose length that are mostly not link
    text are kept."""
    position: dict[int, int] = {}  # root's element children → their place among its children
    child = root.first_child
    index = 0
    runs: list[tuple[int, list[tuple[str, int]]]] = []
    parts: list[tuple[str, int]] = []  # pieces of text and the link characters in each
    start = 0
    while child is not None:
        if child.is_text_node:
            parts.append((child.text_content or "", 0))
        elif child.is_element_node:
            position[child.mem_id] = index
            tag = child.tag
            if tag == "br":
                parts.append(("\n", 0))
            elif (
                tag in LINE_TAGS
                or tag in JUNK_TAG_SET
                or child.mem_id in junk
                or first_tagged(child, _BLOCK_IDS) is not None  # read as blocks already
            ):
                runs.append((start, parts))
                parts, start = [], index + 1
            elif tag not in UNREAD_TAGS:
                parts.append((lines_text(child, junk), link_chars(child)))
        child = child.next
        index += 1
    runs.append((start, parts))
    placed: list[tuple[int, int, str]] = []
    for order, (node, text) in enumerate(zip(read, paragraphs, strict=True)):
        top = node
        while top.parent is not None and top.parent.mem_id != root.mem_id:
            top = top.parent
        placed.append((position.get(top.mem_id, -1), order, text))
    for at, run in runs:
        for line in _run_lines(run):
            placed.append((at, len(placed), line))
    return [text for _, _, text in sorted(placed)]


def _run_lines(run: list[tuple[str, int]]) -> list[str]:
    """A run's lines of `MIN_HELD` characters or more. A line is read with its links when it
    ends as a sentence and is less than half link text ("…, the <a>bleaching continues</a>.");
    otherwise without the pieces that are half links or more (a label and its link: "Join the
    discussion on our <a>forum</a>")."""
    lines: list[str] = []
    words: list[str] = []
    own: list[str] = []  # the pieces that are less than half links
    links = 0
    for text, chars in [*run, ("\n", 0)]:
        mostly_links = chars >= 0.5 * len(text)
        for at, piece in enumerate(text.split("\n")):
            if at:  # a line ends here
                line = spaced("".join(words))
                if not (links and ends_as_sentence(line) and links < 0.5 * len(line)):
                    line = spaced("".join(own))
                if len(line) >= MIN_HELD:
                    lines.append(line)
                words, own, links = [], [], 0
            words.append(piece)
            if not mostly_links or not chars:
                own.append(piece)
        links += chars
    return lines


_NOT_OPENING = UNREAD_TAGS | JUNK_TAG_SET


def _opening_lines(node: LexborNode, junk: set[int]) -> list[str]:
    """The text a block holding other blocks opens with, written straight inside it before
    the first of them: a quote's first paragraph left bare before its `<p>`s
    (`<blockquote>First…<p>Second…</p></blockquote>`), a list item's sentence above its sublist.
    Each line (`<br>`) is read as a paragraph when it reaches `MIN_HELD` characters, is mostly
    not links and holds no "©" (a footer's copyright line); the inner blocks are read on
    their own."""
    parts: list[str] = []
    child = node.first_child
    while child is not None:
        if child.is_text_node:
            parts.append(child.text_content or "")
        elif child.is_element_node:
            if child.tag in LINE_TAGS or first_tagged(child, _BLOCK_IDS) is not None:
                break
            if child.tag_id == _BR:
                parts.append("\n")
            elif child.tag not in _NOT_OPENING and child.mem_id not in junk:
                text = child.text()
                if link_chars(child) > 0.5 * len(text):
                    text = "\n"  # a link (or a run of them) ends the line it stands on
                parts.append(text)
        child = child.next
    lines = (spaced(line) for line in "".join(parts).split("\n"))
    return [line for line in lines if len(line) >= MIN_HELD and "©" not in line]


def _inside_junk_or_holding_blocks(
    root: LexborNode, blocks: list[LexborNode], junk: set[int]
) -> dict[int, bool]:
    """Blocks to skip, by `mem_id`: True for a block inside (or being) a junk element or
    inside a link (a teaser card whose whole box links to its story: its kicker, its title),
    False for one holding another block (read through the inner one). One memoised walk up
    from each block replaces a `css(BLOCKS)` per junk box and per block."""
    block_ids = {node.mem_id for node in blocks}
    in_junk: dict[int, bool] = {root.mem_id: False}  # element → it or an ancestor is junk
    skipped: dict[int, bool] = {}
    for node in blocks:
        path: list[LexborNode] = []
        current: LexborNode | None = node
        while current is not None and current.mem_id not in in_junk:
            path.append(current)
            current = current.parent
        found = in_junk[current.mem_id] if current is not None else False
        for element in reversed(path):
            found = found or element.mem_id in junk or element.tag_id == _A_ID
            in_junk[element.mem_id] = found
        if in_junk[node.mem_id]:
            skipped[node.mem_id] = True
        # Every block above this one holds a block (stop where an earlier walk marked them).
        parent = node.parent
        while parent is not None and parent.mem_id != root.mem_id:
            if parent.mem_id in block_ids:
                if parent.mem_id in skipped:
                    break
                skipped[parent.mem_id] = in_junk[parent.mem_id]
            parent = parent.parent
    return skipped


def _text(
    node: LexborNode, skip: set[int] | None, counted: dict[int, int], texts: dict[int, str]
) -> str:
    """The block's text on one line; empty for a line that is mostly links. An inline
    `<script>`/`<style>` (ad code, gallery CSS) is not prose, the lines a `<br>` ends are words
    apart, and boilerplate inside the block (a button, a picture's caption, a name's pop-up
    card) is left out as line reading leaves it out: `skip`, the boilerplate's `mem_id`s,
    reads the block line by line around it, its links not counted. `counted`: link text
    already counted, by `mem_id`; `texts`: `node.text()` already read, by `mem_id`."""
    node_id = node.mem_id
    if skip is not None:
        shown = lines_text(node, skip)
    else:
        known = texts.get(node_id)
        shown = node.text() if known is None else known
    text = spaced(shown)
    if not text:
        return ""
    links = counted.get(node_id) if skip is None else _link_chars_around(node, skip)
    if node.tag in ("li", "td", "dd", "dt") or len(text) < 120:
        chars = link_chars(node) if links is None else links
        if chars > 0.6 * len(text) and not _link_in_a_sentence(node, text, chars):
            return ""
    elif links is not None:
        if links > LINKS_ONLY * len(text):
            return ""
    elif (
        len(node.text(deep=False)) < (1 - LINKS_ONLY) * len(text)  # else too little can be links
        and link_chars(node) > LINKS_ONLY * len(text)
    ):
        return ""
    return text


def _link_chars_around(node: LexborNode, skip: set[int]) -> int:
    """Characters of link text in `node` outside the elements in `skip`: a name's pop-up card
    of links to other stories, left out of its paragraph, makes no link text of it."""
    chars = 0
    stack = [node]
    while stack:
        for child in element_children(stack.pop()):
            if child.mem_id in skip:
                continue
            if child.tag_id == _A_ID and "href" in child.attributes:
                chars += len(child.text())
            else:
                stack.append(child)
    return chars


_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)  # a link whose text is its address
LINKED_SENTENCE = 0.9  # a sentence's share that a link inside it may hold
OWN_WORDS = 2  # words of its own before the link


def _link_in_a_sentence(node: LexborNode, text: str, chars: int) -> bool:
    """A short `<p>` that opens with words of its own (in an inline element around the link
    too: `<strong>This awful <a>…</a></strong>`) and ends as a sentence, with a link set
    inside it ("The study is published in <a>the Astronomical Journal</a>."): prose, however
    much of it the link holds, short of all of it. Words ending in a colon or a bar before
    the link are its label ("Read next: <a>…</a>"); figures alone, a date; a link reading as
    an address, a pointer to a page ("The study is at <a>https://…</a>.")."""
    if node.tag != "p" or chars > LINKED_SENTENCE * len(text) or not ends_as_sentence(text):
        return False
    own = []
    link = None
    for inner in node.traverse(include_text=True):
        if inner.tag_id == _A_ID:
            link = inner
            break
        if not inner.is_element_node:
            own.append(inner.text_content or "")
    words = "".join(own).split()
    if sum(any(c.isalpha() for c in word) for word in words) < OWN_WORDS:
        return False  # a date and a time before a linked headline
    if words[-1].endswith((":", "|")) or link is None:
        return False
    return not _ADDRESS.match(link.text().strip())
