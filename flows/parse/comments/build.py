"""One comment from one item's parts, and whether a block that no name marks reads as one.

The parts say what they can; an author or a date they leave out is read from the item's
author and date line, from a linked name, or from the name just before its time."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.lines import (
    BRACKETED,
    DIGIT,
    HEADER_LINES,
    REPLY_SUBJECT,
    SPEAKS,
    column_above,
    dated_below_user_column,
    leading_name,
    meta_in,
    name_like,
    name_under_initials,
    speaker,
    split_speaker,
    without_edit_note,
    without_leading_dates,
)
from flows.parse.comments.meta_line import (
    LEADING_LABEL,
    VERB_ALONE,
    MetaLine,
    clean_author,
    labelled_name,
    mask_links,
    quote_label,
    read_meta_line,
)
from flows.parse.comments.named import NOT_RECORD_TAGS, places_of
from flows.parse.comments.parts import EMBEDS, Parts, parts_of
from flows.parse.comments.roles import (
    PARTS,
    RECORD_NUMBER,
    asks_for_words,
    fill_in,
)
from flows.parse.labels import ACTION_WORDS
from flows.parse.nodes import (
    HEADINGS,
    ancestor_ids,
    element_children,
    held_by,
    lines_text,
    select,
    squash,
)
from flows.parse.people import profile_link
from flows.times import find_datetime, looks_like_relative_time, shows_day_and_month


def comment_from_parts(parts: Parts, parent: int | None, fetched_at: datetime) -> Comment:
    """The comment its parts name; an author or time they do not name is read from the
    item's author and date line, which then leaves the text."""
    shown, posted_at = parts.time(fetched_at)
    if posted_at is None:
        shown, posted_at = parts.author_time(fetched_at) or (shown, posted_at)
    author = parts.author(fetched_at)
    if author is None:
        author = _avatar_name(parts, fetched_at)
    else:
        author = _name_below_a_badge(parts, author, fetched_at) or author
    text, outside = parts.text(fetched_at)
    if author is not None and _in_words(author, text):
        beside = _name_before_time(parts, fetched_at, linked=True)  # "Ada answered <a>2d</a>"
        author = beside if beside is not None and not _in_words(beside, text) else author
    if posted_at is None:
        shown, posted_at = _time_in_meta_lines(parts, fetched_at) or (shown, posted_at)
    lines = text.split("\n")
    column = dated_below_user_column(lines, fetched_at)
    if column is not None and len(column[1]) < len(lines):  # the text opens with the column
        meta, used, name = column
        text = "\n".join(lines[len(used) :])
        author = author or meta.author or name
        if posted_at is None:
            shown, posted_at = meta.shown, meta.posted_at
    if author is None or posted_at is None:
        lines = text.split("\n")
        found = meta_in(outside(), fetched_at) if outside is not None else None
        within = found is None  # the line inside the text element ("<br>"s apart)
        if within:
            found = meta_in(lines, fetched_at)
            if (
                found is not None
                and len(parts.times) == 1
                and _the_words_own_date(found, lines, posted_at)
            ):
                found = None
        if found is not None:
            meta, used, name = found
            author = author or meta.author or name
            if posted_at is None:
                shown, posted_at = meta.shown, meta.posted_at
            if within:
                used = used | column_above(lines, used)
                text = "\n".join(line for number, line in enumerate(lines) if number not in used)
        elif author is None and posted_at is None:
            found = _meta_in_chrome(parts, fetched_at)
            if found is not None:
                meta, _, name = found
                author, shown, posted_at = meta.author or name, meta.shown, meta.posted_at
            elif outside is not None:  # "Jacob said," over the words, no date shown
                author = _speaker_outside(outside(), fetched_at)
    text, leading = without_leading_dates(without_edit_note(text), fetched_at)
    if posted_at is None and leading is not None:
        shown, posted_at = leading
    if author is None and posted_at is not None:
        author, text = leading_name(text, fetched_at)
    if author is None and posted_at is not None:
        author = (
            _name_under_an_avatar(parts, fetched_at)
            or _linked_name(parts, fetched_at)
            or _name_before_time(parts, fetched_at)
            or _named_in_chrome(parts, fetched_at)
            or _labelled_heading(parts)
        )
        first, _, rest = text.partition("\n")
        if author is not None and first.strip() == author and rest:
            text = rest  # the name's line above the text, no element named for it
    return Comment(text=text, author=author, posted_text=shown, posted_at=posted_at, parent=parent)


def _speaker_outside(lines: list[str], fetched_at: datetime) -> str | None:
    """The first name on a line outside the words saying who speaks ("Jacob said,"), or on
    a line of its own over the verb alone ("Anonymous" / "said..."): a name shown as bare
    text, no link around it, is broken from its verb where the markup's line ends."""
    for number, line in enumerate(lines):
        name = speaker(line, fetched_at) or split_speaker(lines, number, fetched_at)
        if name is not None:
            return name
    return None


def _the_words_own_date(
    found: tuple[MetaLine, set[int], str | None], lines: list[str], posted_at: datetime | None
) -> bool:
    """Is the date line found inside a dated comment's text all of its words, the date
    beside them a day they speak of ("2038-01-20って何ですか〜"), not when they were
    posted: it names no one, shows another day than the comment's, and taking it would
    leave no words? (Asked of an item that shows one date: a box of several dated
    comments holds no words of its own.)"""
    meta, used, name = found
    return (
        posted_at is not None
        and meta.posted_at.date() != posted_at.date()
        and meta.author is None
        and name is None
        and len(used) == len(lines)
        and any(squash(line) != squash(meta.shown) for line in lines)
    )


def _avatar_name(parts: Parts, fetched_at: datetime) -> str | None:
    """The words of the link right after a link with none (an avatar, its picture or a
    placeholder) to the same address, not an image file: the commenter's page, so its words
    are the commenter's name, whatever the classes say; not a reply's."""
    linked = _avatar_link(parts, fetched_at)
    return None if linked is None else linked[0]


def _avatar_handle(parts: Parts, fetched_at: datetime) -> bool:
    """Is the name linked right after an avatar's link to the same page a handle that page's
    address ends with (`<a href=/u/ada><img></a> <a href=/u/ada>ada</a>`), or the name
    spelled as a handle, its spaces written as "_" or "." or left out ("Aideen O." at
    `/Aideen_O`): a user's page, not a story's, whose picture and headline link to it alike
    (a headline's address joins its words with "-")?"""
    linked = _avatar_link(parts, fetched_at)
    if linked is None:
        return False
    name, href = linked
    address = href.split("?")[0].rstrip("/")
    if " " not in name:
        return address.endswith("/" + name)
    words = name.strip(". ").casefold().split()
    tail = address.rpartition("/")[2].casefold()
    return len(words) <= _HANDLE_WORDS and tail in {joint.join(words) for joint in ("_", ".", "")}


_HANDLE_WORDS = 3
"""Words of a name a user's address may spell."""


def _avatar_link(parts: Parts, fetched_at: datetime) -> tuple[str, str] | None:
    """The words and address of the link right after a link with none to the same address
    (`_avatar_name`), unless its words are that address: a link in the comment's words to
    the site its icon links to."""
    beside = {node.mem_id for node in parts.nested}
    avatar = None
    for link in parts.item.css("a[href]"):
        if beside and ancestor_ids([link]) & beside:
            continue
        href = link.attributes.get("href") or ""
        name = squash(link.text())
        if not name:
            avatar = None if _IMAGE_FILE.search(href) else href
        elif avatar:
            if (
                href == avatar
                and name != href  # the address as its own words: a link in the text
                and name_like(name, fetched_at)
                and not _a_control(name)
            ):
                return name, href
            avatar = None
    return None


def _name_below_a_badge(parts: Parts, shown: str, fetched_at: datetime) -> str | None:
    """The name linked below the line an author element opens with when that line links
    nowhere ("HUFFPOST SUPER USER" over <a href=/social/ada>ada</a>): a badge or a title
    over the name."""
    for _, node in parts.authors:
        links = node.css("a[href]")
        if not links or shown not in node.text():
            continue
        lines = [line for line in map(str.strip, lines_text(node).split("\n")) if line]
        names = {squash(link.text()) for link in links}
        if len(lines) < 2 or not shown.startswith(lines[0]) or lines[0] in names:
            continue
        name = lines[1]  # the line right below
        if (
            name in names
            and name_like(name, fetched_at)
            and not _COUNT_LINE.match(name)
            and not _a_control(name)
        ):
            return name
    return None


def _a_control(name: str) -> bool:
    """Do a link's words start with an action ("Reply", "Report this")?"""
    return name.split()[0].lower().strip(".:!") in ACTION_WORDS


_COUNT_LINE = re.compile(r"^\d")
"""A line that opens with a number ("830 Fans"): a count the author block shows, no name."""


def without_shared_remarks(comments: list[Comment]) -> None:
    """A remark in brackets after the names of two commenters or more ("Ada (not
    verified)", "Bob (not verified)"; "(traded)") is what the site says of an account, the
    same words after any name: no part of either name. So is one of three words or more, all
    lower case, after one name ("3821642 (profil non modéré)"): a name's own words in
    brackets are short or capitalised ("Ada (UK)", "Mimi (another one)")."""
    names: dict[str, set[str]] = {}
    for comment in comments:
        author = comment.author or ""
        match = _REMARK.search(author)
        if match is not None:
            names.setdefault(match["remark"], set()).add(author[: match.start()])
    shared = {remark for remark, owners in names.items() if len(owners) > 1 or _a_status(remark)}
    if not shared:
        return
    for comment in comments:
        author = comment.author or ""
        match = _REMARK.search(author)
        if match is not None and match["remark"] in shared:
            comment.author = author[: match.start()]


_REMARK = re.compile(r"(?<=\S)\s*\((?P<remark>[^()]{1,30})\)\s*$")


def _a_status(remark: str) -> bool:
    """Is a remark in brackets a sentence about an account ("(profil non modéré)"): three
    words or more, all lower-case letters?"""
    return len(remark.split()) >= _STATUS_WORDS and _lower_case_words(remark)


def _lower_case_words(remark: str) -> bool:
    """Are a remark's words all lower-case letters: the site's words about an account, where
    a name's own words in brackets are capitalised or hold other signs?"""
    return all(word.isalpha() and word.islower() for word in remark.split())


_STATUS_WORDS = 3


def without_guest_badges(items: list[LexborNode], comments: list[Comment]) -> None:
    """A remark in lower-case words in brackets after a name shown as plain text ("Submitted
    by Ada (not verified) on …"), where other commenters' names link to their profiles, is
    what the site says of a guest's account (the name of one who has no profile to link
    to), not part of the name."""
    links = [
        [
            link.attributes.get("href") or ""
            for link in item.css("a[href]")
            if comment.author and squash(link.text()) == comment.author
        ]
        for item, comment in zip(items, comments, strict=True)
    ]
    if not any(profile_link(href) for hrefs in links for href in hrefs):
        return  # names linking to commenters' own sites: a plain one is a name like any
    for comment, hrefs in zip(comments, links, strict=True):
        author = comment.author or ""
        match = _REMARK.search(author)
        if hrefs or match is None:
            continue
        if _lower_case_words(match["remark"]):
            comment.author = author[: match.start()]


def without_vote_counts(comments: list[Comment]) -> None:
    """A line that is only a signed number ("+6", "-2") over a comment's words is its score
    from a vote column beside them, no part of its words, when such lines count more than one
    vote somewhere on the page: where they only say "+1" or "-1", readers wrote them."""
    counts = [_VOTE_COUNT.match(comment.text) for comment in comments]
    if not any(count is not None and int(count["votes"]) > 1 for count in counts):
        return
    for comment, count in zip(comments, counts, strict=True):
        if count is not None:
            comment.text = comment.text[count.end() :]


_VOTE_COUNT = re.compile(r"[+\-−](?P<votes>\d{1,6})\n+(?=\S)")


def without_shared_labels(comments: list[Comment]) -> None:
    """A line of one to three words and a colon ("Text:", "Kommentar:", the Turkish "dedi
    ki:" after a name) over the words of more than half the comments, three at least, is the
    template's label for the field below it or its verb after the name above, the same for
    every reader: no part of anyone's words. One reader opening with "Update:" keeps it, and a
    quote's label ("Quote:") stays with the quote it heads."""
    labels = Counter(
        match["label"]
        for comment in comments
        if (match := _LABEL_LINE.match(comment.text)) and not quote_label(comment.text)
    )
    label, seen = labels.most_common(1)[0] if labels else ("", 0)
    if seen < _SHARED_LABELS or 2 * seen <= len(comments):
        return
    for comment in comments:
        match = _LABEL_LINE.match(comment.text)
        if match is not None and match["label"] == label:
            comment.text = comment.text[match.end() :]


_SHARED_LABELS = 3
"""Comments that must open with the same label line before it counts as the template's."""
_LABEL_LINE = re.compile(r"(?P<label>[^\W\d_]+(?:[ \xa0][^\W\d_]+){0,2}):[ \t]*\n+(?=\S)")


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:$|\?)", re.IGNORECASE)
"""An attachment's address: a picture in the post linked to its full size, no profile."""


def _time_in_meta_lines(parts: Parts, fetched_at: datetime) -> tuple[str, datetime] | None:
    """The first date shown in the author's line that the text left out, no element named
    for it ("Ada - 1 year ago (last modified 2 months ago) | thread"), also where the name's
    link and the date touch ("Belgin Diyaroglu28 Eylül 2021 22:32": read as such a line)."""
    for line in parts.meta_lines:
        found = find_datetime(mask_links(line), fetched_at)
        if found is not None:
            return line[found[0] : found[1]], found[2]
        meta = read_meta_line(line, fetched_at) if len(line) <= _META_LINE else None
        if meta is not None and meta.posted_at is not None:
            return meta.shown, meta.posted_at
    return None


_META_LINE = 120
"""Characters of an author's line read as a name and a date (a longer one is words)."""


def _in_words(name: str, text: str) -> bool:
    """Does the name stand in the comment's words, as a whole word ("originally posted by
    harriyott"): a name the words credit or address, not the byline's? What
    `re.search(rf"(?<!\\w){re.escape(name)}(?!\\w)", text)` finds, by plain searches: a
    pattern per name misses `re`'s cache, and compiling it costs more than the search."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _word_char(char: str) -> bool:
    """Is the character one `\\w` matches in a `str` pattern: a letter, a digit or a number
    of any script, or the underscore?"""
    return char.isalnum() or char == "_"


def _name_before_time(parts: Parts, fetched_at: datetime, *, linked: bool = False) -> str | None:
    """The name on the line just before the comment's time element (a `<time>`, or any
    element named for the time that shows one), within its header ("TS mcookie
    <time>12-03-2024 20:34</time>": the last line before it, "mcookie"), also before the
    wrappers around the time; with `linked`, only a link's (a profile's). Words written
    straight before the time in its own element ("- Anonymous <abbr>May 15, 2008</abbr>")
    are that line when with the time they read as an author and date line (a "le" or "on"
    alone names no one)."""
    for _, node in parts.times:
        if node.tag != "time" and not node.text(strip=True):
            continue
        loose = None if linked else _words_just_before(node)
        meta = (
            None if loose is None else read_meta_line(f"{loose} {squash(node.text())}", fetched_at)
        )
        if meta is not None and meta.author and len(meta.author.split()) <= _NAME_WORDS:
            return meta.author
        before = _shown_before(node, parts.item)
        if before is None or (linked and before.tag != "a"):
            return None
        lines = lines_text(before).split("\n")
        last = lines[-1] if lines else ""
        if loose is not None and VERB_ALONE.fullmatch(loose):  # "#1 Ada [www]" / "schrieb"
            last = _speakers_line(last)
        if name_like(last, fetched_at) and len(last.split()) <= _NAME_WORDS:
            return clean_author(last) or None
        return None
    return None


_NAME_WORDS = 3


def _speakers_line(line: str) -> str:
    """The name on the line before a verb of saying ("<b>#1 Ada <a>[www]</a></b> schrieb am
    …"): the post's number before it and the links' labels in brackets after it are no part
    of it."""
    return squash(BRACKETED.sub(" ", _POST_NUMBER_FIRST.sub("", line)))


_POST_NUMBER_FIRST = re.compile(r"^#\d+\s+")


def _words_just_before(node: LexborNode) -> str | None:
    """The words of the text right before an element in its parent, no element between."""
    before = node.prev
    while before is not None and before.is_text_node and not squash(before.text_content or ""):
        before = before.prev
    if before is None or not before.is_text_node:
        return None
    return squash(before.text_content or "")


def _shown_before(node: LexborNode, item: LexborNode) -> LexborNode | None:
    """The element with words just before `node` within the item, looked for before its
    wrappers when nothing precedes it in its own (`<a>Ada</a><span><span>3 May</span></span>`)."""
    current: LexborNode | None = node
    for _ in range(_WRAPPERS):
        if current is None or current.mem_id == item.mem_id:
            return None
        before = current.prev
        while before is not None and not (before.is_element_node and before.text(strip=True)):
            before = before.prev
        if before is not None:
            return before
        current = current.parent
    return None


_WRAPPERS = 3


def _meta_in_chrome(
    parts: Parts, fetched_at: datetime
) -> tuple[MetaLine, set[int], str | None] | None:
    """The author and date line inside a block named like chrome (`commentheader`: "Ada •
    #1 • 8:05 AM, Aug 18, 2010 • Reply"), when nothing else in the item names either: the
    bar of controls is also where many pages put whose comment it is and when."""
    boxes = {node.mem_id for node in parts.chrome}
    for node in parts.chrome:
        if not ancestor_ids([node]) & boxes:
            found = meta_in(lines_text(node).split("\n"), fetched_at)
            if found is not None:
                return found
    return None


def _linked_name(parts: Parts, fetched_at: datetime) -> str | None:
    """A dated comment whose parts name no author: the first link or heading beside its
    text whose words read as a name (`<h4><a href="http://sonny.net">Sonny Lanorias</a></h4>`
    or `<h4>Scott Ayres</h4>` above the date, an anchor with no `href` at all: "1.
    <a>stueysplace</a>") is the commenter's, not a link in the text (a block named as text
    that also holds the date is a wrapper around both), a reply's, a control, a reply's
    subject ("Re: …") or a link to the comment itself, or a heading holding one
    (`<h3><a href="index.html#comment-122">` to the anchor over the item: its permalink, the
    subject a Drupal theme links)."""
    inside = {node.mem_id for node in parts.nested + parts.chrome}
    dated = ancestor_ids(node for _, node in parts.times)  # a wrapper, not the text
    inside.update(node.mem_id for _, node in parts.texts if node.mem_id not in dated)
    own: set[str] | None = None  # the item's places, read once when a link names a place
    for link in parts.item.css(_NAME_HOLDERS):
        href = link.attributes.get("href") or ""
        aim = link if link.tag == "a" else link.css_first("a[href]")
        place = "" if aim is None else (aim.attributes.get("href") or "").partition("#")[2]
        if place and own is None:
            own = set(places_of(parts.item))
        if (
            href.startswith(("#", "javascript:", "mailto:"))
            or (own is not None and place in own)
            or link.mem_id in parts.controls
            or (ancestor_ids([link]) | {link.mem_id}) & inside
        ):
            continue
        name = squash(link.text())
        if (
            name_like(name, fetched_at)
            and name.lower() not in ACTION_WORDS
            and not REPLY_SUBJECT.match(name)
        ):
            return name
    return None


_NAME_HOLDERS = "a, h1, h2, h3, h4, h5, h6"


def _name_under_an_avatar(parts: Parts, fetched_at: datetime) -> str | None:
    """A dated comment whose parts name no author: the name under the initials its avatar
    draws as text ("J" / "Jon" / "Ab@" / "13 May 2024"), a guest's name
    that no link or element names."""
    line = initialled_line(parts.item, fetched_at)
    return None if line is None else clean_author(line) or None


def initialled_line(item: LexborNode, fetched_at: datetime) -> str | None:
    """The item's line under the initials its avatar draws as text (`name_under_initials`),
    as the page shows it; None where no such line stands among its first lines."""
    lines = lines_text(item).split("\n")
    named = name_under_initials(lines, len(lines), fetched_at)
    return None if named is None else lines[named]


def _labelled_heading(parts: Parts) -> str | None:
    """The name a heading of the item gives after a label and a colon ("<h4>评论人：hehe</h4>",
    "commenter:", over the words; "<h4>Posted by: Ada</h4>"), where nothing else names the
    writer of a dated comment."""
    for child in element_children(parts.item):
        if child.tag in HEADINGS:
            line = squash(child.text())
            match = LEADING_LABEL.match(line)
            if match is not None and any(mark in match.group() for mark in ":："):
                return labelled_name(line)
    return None


def _named_in_chrome(parts: Parts, fetched_at: datetime) -> str | None:
    """A dated comment whose parts and lines name no author, as a last resort: the name the
    time element shows after its date ("Fri, 2012-11-09 17:18 — <a>Ada</a>": a link, or a
    name after a dash), else the author and date line of a bar named like chrome, else a
    line of such a bar saying who speaks ("Ada said:" in a header, the date in a footer), or
    the name it shows after a date ("October 22, 2012 | <a>Ada</a>" in a signature bar)."""
    for _, node in parts.times:
        name = _name_after_date(node, fetched_at)
        if name is not None:
            return name
    found = _meta_in_chrome(parts, fetched_at)
    if found is not None and (found[0].author or found[2]):
        return found[0].author or found[2]
    boxes = {node.mem_id for node in parts.chrome}
    for node in parts.chrome:
        if not ancestor_ids([node]) & boxes:
            name = _name_after_date(node, fetched_at)
            if name is not None:
                return name
            for line in lines_text(node).split("\n")[:HEADER_LINES]:
                name = speaker(line.strip(), fetched_at)
                if name is not None:
                    return name
    return None


def _name_after_date(node: LexborNode, fetched_at: datetime) -> str | None:
    """The name an element shows right after its date, only separators between: a link to
    someone ("3 May 2024 — <a href=/users/ada>Ada</a>", "3 May 2024 | <a>Ada</a>") or words
    after a dash ("3 May 2024 — Ada"), not a control ("3 May 2024 — Reply")."""
    shown = squash(node.text())
    found = find_datetime(mask_links(shown), fetched_at)
    if found is None:
        return None
    after = shown[found[1] :]
    dash = _DASH_NAME.match(after)
    names = [squash(link.text()) for link in node.css("a[href]")]
    if dash is not None:
        names.insert(0, dash["name"])
    for name in names:
        if (
            name
            and name in after
            and not any(map(str.isalnum, after[: after.index(name)]))
            and name_like(_without_a_remark(name), fetched_at)
            and not _a_control(name)
            and not REPLY_SUBJECT.match(name)
        ):
            return clean_author(name) or None
    return None


def _without_a_remark(name: str) -> str:
    """A name without a remark in lower-case words in brackets after it ("Walt and Adelle
    Wheeler (not verified)"): what the site says of the account counts no words of the name
    (`without_shared_remarks` takes it off once it is known for a remark)."""
    match = _REMARK.search(name)
    return name[: match.start()] if match and _lower_case_words(match["remark"]) else name


_DASH_NAME = re.compile(r"^\s*[—–-]\s*(?P<name>[^—–|·•]+?)\s*$")


def comment_from_lines(
    parts: Parts, parent: int | None, fetched_at: datetime, *, vetted: bool
) -> Comment:
    """An item none of whose parts is named: its author and date line, then its text; no
    comment (a notice, a wrapper) without such a line. A named item holding others is a
    wrapper unless `vetted` (found by its parts, replies nested in it)."""
    if parts.nested and not vetted:
        return Comment(text="", parent=parent)
    lines = parts.text(fetched_at)[0].split("\n")
    found = meta_in(lines, fetched_at)
    used: set[int] = set()
    if found is None:  # the line may be the item's heading ("<h4>Ada - June 29, 2017</h4>")
        headings = [
            line
            for child in element_children(parts.item)
            if child.tag in HEADINGS
            for line in lines_text(child).split("\n")
        ]
        found = meta_in(headings, fetched_at) if headings else None
        found = found or _meta_in_chrome(parts, fetched_at)  # a footer: "Ada · 3 May · Reply"
        if found is None:
            name = speaker(lines[0], fetched_at) if vetted and len(lines) > 1 else None
            if name is not None:  # "Jacob said," over the words, a row that shows no date
                return Comment(text="\n".join(lines[1:]), author=name, parent=parent)
            return (
                _below_a_user_column(parts, lines, parent, fetched_at)
                if vetted
                else Comment(text="", parent=parent)
            )
        meta, _, name = found
    else:
        meta, used, name = found
    text = "\n".join(line for number, line in enumerate(lines) if number not in used)
    return Comment(
        text=without_leading_dates(without_edit_note(text), fetched_at)[0],
        author=_avatar_name(parts, fetched_at) or meta.author or name or _labelled_heading(parts),
        posted_text=meta.shown,
        posted_at=meta.posted_at,
        parent=parent,
    )


def _below_a_user_column(
    parts: Parts, lines: list[str], parent: int | None, fetched_at: datetime
) -> Comment:
    """A post found by its parts whose date line stands below a user column of badges and
    counts ("LV." / "12" / "GP" / "35" / "4 樓" / NAME / … / "2017-09-11 16:28:18"), deeper
    than an author and date line is looked for: its words follow that line, its author is
    the name its avatar's link repeats. No comment without both."""
    author = _avatar_name(parts, fetched_at) or _linked_again(parts, fetched_at)
    if author is None:
        return Comment(text="", parent=parent)
    for number, line in enumerate(lines[:_USER_COLUMN]):
        meta = read_meta_line(line, fetched_at)
        if meta is not None and meta.author is None and number + 1 < len(lines):
            words = lines[number + 1 :]
            while len(words) > 1 and not any(map(str.isalnum, words[0])):
                words = words[1:]  # an icon's glyph, a separator
            return Comment(
                text="\n".join(words),
                author=author,
                posted_text=meta.shown,
                posted_at=meta.posted_at,
                parent=parent,
            )
    return Comment(text="", parent=parent)


def _linked_again(parts: Parts, fetched_at: datetime) -> str | None:
    """The words of the first link to the address an earlier link without words (an avatar)
    points to, other links between them: the poster's name, not a reply's."""
    beside = {node.mem_id for node in parts.nested}
    avatars: set[str] = set()
    for link in parts.item.css("a[href]"):
        if beside and ancestor_ids([link]) & beside:
            continue
        href = link.attributes.get("href") or ""
        if href.startswith(("#", "javascript:")) or _IMAGE_FILE.search(href):
            continue
        name = squash(link.text())
        if not name:
            avatars.add(href)
        elif href in avatars and name_like(name, fetched_at):
            return name
    return None


_USER_COLUMN = 12
"""Lines a post's user column may take above its date line: badges, counts, a rank."""


def only_a_picture(parts: Parts) -> bool:
    """Does a comment with an author and a date and no text show an image or an embedded video
    where its text goes (a smiley, a photo, a player): a comment of one picture, not an empty
    placeholder? Where no element is named for the text, a large picture anywhere in the item
    counts. Avatars and controls are no such image."""
    beside = {node.mem_id for node in parts.nested + parts.chrome}
    beside.update(node.mem_id for _, node in parts.authors)
    if parts.texts:
        images = [image for _, node in parts.texts for image in node.css(f"img, {EMBEDS}")]
    else:
        images = [image for image in parts.item.css("img") if _a_posted_picture(image)]
    return any(not (ancestor_ids([image]) | {image.mem_id}) & beside for image in images)


def _a_posted_picture(image: LexborNode) -> bool:
    """Is an image one a reader posted: shown large (a declared side of 100 pixels or more),
    and not saying it is a user's picture (`avatar` in its class, address or text)? Icons,
    badges and avatars are small or say what they are."""
    attributes = image.attributes
    said = " ".join(attributes.get(name) or "" for name in ("class", "src", "alt")).lower()
    if any(word in said for word in _USERPIC_WORDS):
        return False
    sides = (attributes.get("width") or "", attributes.get("height") or "")
    return any(side.isdigit() and int(side) >= _POSTED_SIDE for side in sides)


_POSTED_SIDE = 100
_USERPIC_WORDS = ("avatar", "userpic")


def looks_like_comment(node: LexborNode, fetched_at: datetime) -> bool:
    """Does the block hold an author (a named element, `cite`, a profile link or a name
    line), a date (`time` or a date line) and text besides them, and no form? The form is
    looked for last: its selectors walk the block, and most blocks fail on their lines."""
    if node.tag in NOT_RECORD_TAGS:
        return False
    raw = node.text(deep=True)
    if (
        len(raw) < 8
        or (len(raw) > _MAX_COMMENT_CHARS and _own_chars(node) > _MAX_COMMENT_CHARS)
        or not (DIGIT.search(raw) or node.css_first("time") or _age_at_an_edge(node))
    ):
        return False  # a date has digits, a `time` element or words of an age ("an hour ago")
    return _named_and_dated(node, fetched_at) and not (
        holds_a_reply_form(node) and not _only_votes(node)
    )  # a reply form, not a post with the box a reader answers it in


def _named_and_dated(node: LexborNode, fetched_at: datetime) -> bool:
    """Do the block's lines or parts name an author and a date, over a line of text? An
    author is an element named for one, or a handle linked right after an avatar's link to
    the same page (`_avatar_handle`), whatever the classes say."""
    # a table's header cells ("Author", "Message") label its columns, they are no post's lines
    labels = {cell.mem_id for cell in node.css("th")} if node.tag == "table" else set()
    lines = lines_text(node, labels).split("\n")
    if len(lines) < 2:
        return False  # a single line is no author and date over a text
    found = meta_in(lines, fetched_at)
    if found is not None and (found[0].author or found[2]):
        return True  # a line names the author beside the date: the parts are not needed
    parts = parts_of(node)
    if (
        found is None
        and parts.time(fetched_at)[1] is None
        and not _dated(parts, node)
        and not _dated_below_author(lines, parts, fetched_at)
    ):
        return False
    return (
        bool(parts.authors)
        or _avatar_handle(parts, fetched_at)
        or name_under_initials(lines, len(lines), fetched_at) is not None
    )


def _dated_below_author(lines: list[str], parts: Parts, fetched_at: datetime) -> bool:
    """Is the line right below the author's name a date alone ("februarybride220" over "2
    weeks ago"), however many lines of a user column come before the name ("Member", "233
    posts", a rank)? A name over a date is a post's heading wherever it stands among its
    first lines; the date needs no element named for it."""
    names = {squash(author.text()) for _, author in parts.authors} - {""}
    for number, line in enumerate(lines[: min(len(lines), _USER_COLUMN_LINES) - 1]):
        if squash(line) in names:
            below = lines[number + 1]
            meta = read_meta_line(below, fetched_at) if len(below) <= _DATE_LINE else None
            if meta is not None and meta.author is None and meta.start == 0:
                return True
    return False


_USER_COLUMN_LINES = 10
"""First lines of a block that may hold its author's name over the date: a forum's user
column ("Member", "233 posts", a rank, the name) comes before it."""
_DATE_LINE = 40
"""The longest line read as a date alone below a name."""


_MAX_COMMENT_CHARS = 20_000
"""Characters of a block's own words (less its replies') past which it is no comment: a
column or a page, not one reader's words."""


def _own_chars(node: LexborNode) -> int:
    """Characters of a block's text less that of the blocks of its tag and first class word
    nested in it: a thread's opening comment holds its replies, whose words are not its own.
    Read only for a block past the limit, so walking its blocks of one tag costs little."""
    kind = (node.attributes.get("class") or "").split()[:1]
    chars = len(node.text())
    if not kind or node.tag is None:
        return chars
    nested = {
        block.mem_id: block
        for block in node.css(node.tag)
        if block.mem_id != node.mem_id and (block.attributes.get("class") or "").split()[:1] == kind
    }
    for block in nested.values():
        if not held_by(block, node, nested):
            chars -= len(block.text())
    return chars


def holds_a_reply_form(node: LexborNode) -> bool:
    """A form that asks for something, or a text box beside the fields a reader fills in
    (name, email): a lone text box is a post's own box for short replies, and a form with
    nothing to fill in (only buttons, hidden inputs) wraps a post's own parts."""
    return any(fill_in(form) for form in node.css("form")) or bool(
        node.css_first("textarea") and node.css_first(_FILLED_IN)
    )


def _only_votes(node: LexborNode) -> bool:
    """Do the block's forms offer nothing but a choice of buttons to tick, no box to type in
    and no list to pick from (a post's rating, "−1 0 +1" as radio buttons)? A reader answers
    in words: such a form rates the post it sits in."""
    return not any(asks_for_words(form) for form in node.css("form")) and not (
        node.css_first("textarea") and node.css_first(_FILLED_IN)
    )


def _age_at_an_edge(node: LexborNode) -> bool:
    """Does the block open or end with an age in words ("about an hour ago", "yesterday"),
    where a comment's date line sits (`meta_in` reads its first lines and its last two)?"""
    shown = node.text(separator=" ")
    return looks_like_relative_time(shown[:_EDGE]) or (
        len(shown) > _EDGE and looks_like_relative_time(shown[-_EDGE:])
    )


_EDGE = 300
"""Characters read at each end of a block for an age: a name, a badge and a date line."""


_FILLED_IN = 'input:not([type]), input[type="text"], input[type="email"], input[type="url"]'
"""The fields of a reply form beside its text box (name, email, website). A lone text box
with no form around it is a post's own box for short replies (a forum floor's "留言⋯"), which
a post may hold: it says nothing against the post."""


def signed_row(node: LexborNode, fetched_at: datetime) -> bool:
    """Does a row a database numbers (`div#com_37915`) open with a line saying who speaks
    ("Jacob said,") over its words: a post whose date the page leaves out? Not inside
    another numbered row: there such a line heads a quote in a post's text ("andrew said:"
    over `div.forumQuote`)."""
    if RECORD_NUMBER.search(node.attributes.get("id") or "") is None:
        return False
    if not SPEAKS.search(node.text()[:_SPEAKER_LINE]):
        return False  # the verb first: most rows have none, and their lines cost a walk
    lines = lines_text(node).split("\n", 2)
    return (
        len(lines) >= 2
        and speaker(lines[0], fetched_at) is not None
        and not _in_a_numbered_row(node)
    )


_SPEAKER_LINE = 200
"""Characters read for a line saying who speaks at a block's head: its spaces and a name."""


def _in_a_numbered_row(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        if RECORD_NUMBER.search(parent.attributes.get("id") or ""):
            return True
        parent = parent.parent
    return False


def _dated(parts: Parts, block: LexborNode) -> bool:
    """A `time` element with a machine date says there is a date even in a form no parser
    reads (`datetime="05-01-2018 23:18"`); in a row a database numbers (`div#message12`), so
    does an element named for the time that shows a day and a month without the year
    ("Sunday 8th March"): a teaser's "2 Nov" in a list of stories is no post's date."""
    numbered = bool(RECORD_NUMBER.search(block.attributes.get("id") or ""))
    return any(
        (node.tag == "time" and DIGIT.search(node.attributes.get("datetime") or ""))
        or (numbered and shows_day_and_month(squash(node.text())))
        for _, node in parts.times
    )


def judged_a_comment(node: LexborNode, judged: dict[int, bool], fetched_at: datetime) -> bool:
    """`looks_like_comment`, its verdict kept by `mem_id` in `judged`: scopes and lists of
    rows overlap, and a reply is judged already as a member of a deeper level."""
    verdict = judged.get(node.mem_id)
    if verdict is None:
        verdict = judged[node.mem_id] = looks_like_comment(node, fetched_at)
    return verdict


def has_meta(node: LexborNode, skip: LexborNode, fetched_at: datetime) -> bool:
    """Does the block name an author or a time outside `skip`: an element whose role says so,
    or a line among its first that reads as an author and date?"""
    skipped = {skip.mem_id}
    inside = {child.mem_id for child in skip.css("*")}
    parts = Parts(node)
    for part in select(node, PARTS):
        if part.mem_id not in inside and part.mem_id not in skipped:
            parts.classify(part)
    if any(author.text().strip() for _, author in parts.authors) or any(
        DIGIT.search(time.text() + (time.attributes.get("datetime") or ""))
        for _, time in parts.times
    ):
        return True  # a name, or a time with digits (not an empty `validate-input` box)
    lines = lines_text(node, skipped).split("\n")[:HEADER_LINES]
    return any(read_meta_line(line, fetched_at) for line in lines)
