"""Lines most comments of a list show word for word (buttons, votes, a user column's card,
a bar of controls, an avatar's initials, a mark around each text) are the page's chrome, not
what readers wrote: they come off every comment's text."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime

from selectolax.lexbor import LexborNode

from flows.contracts import Comment
from flows.parse.comments.lines import (
    initials_of,
    without_edit_note,
    without_leading_dates,
)
from flows.parse.comments.meta_line import LEADING_LABEL
from flows.parse.comments.threads import drop_empty
from flows.parse.nodes import squash


def without_edge_labels(comments: list[Comment]) -> None:
    """A comment's words do not open with its author's name on a line of its own, the
    initials an avatar draws as text ("J" beside "Johnrb"), a badge in brackets beside the
    name ("（楼主）", the thread's starter) or a lone separator ("・"), nor end with separators
    ("·" between "Like" and "Reply") or with the label of a name below them ("Posted by:",
    its name and date on the footer's next line): lines the page shows around the post, not
    what it says."""
    for comment in comments:
        while "\n" in comment.text:
            first, rest = comment.text.split("\n", 1)
            first = first.strip()
            if (
                first != comment.author
                and not _separator(first)
                and not initials_of(first, comment.author)
                and not _BADGE.fullmatch(first)
            ):
                break
            comment.text = rest.lstrip("\n")
        while "\n" in comment.text:
            rest, last = comment.text.rsplit("\n", 1)
            if not (_separator(last.strip()) or _a_name_label(last)):
                break
            comment.text = rest.rstrip("\n")


def _a_name_label(line: str) -> bool:
    """Is the line only the words before a name ("Posted by:", "von"), the name after it?"""
    label = LEADING_LABEL.match(line.strip() + " ")
    return label is not None and label.end() > len(line.strip())


def without_row_labels(items: list[LexborNode], comments: list[Comment]) -> None:
    """A comment whose words are one short line that every row of the list shows word for
    word as an element's whole text, three rows at least, while most rows' words leave it
    out, is a row that has no words of its own (a picture alone): the line is the template's
    control ("收起回复", fold the replies), not what the reader wrote. ITEMS and COMMENTS go
    together, one comment a row."""
    if len(items) < _SHARED:
        return
    lone: dict[str, list[Comment]] = {}
    for comment in comments:
        line = comment.text.strip()
        if line and "\n" not in line and len(line) <= _ROW_LABEL:
            lone.setdefault(line, []).append(comment)
    texts: list[str] = []
    for line, saying in lone.items():
        if 2 * len(saying) >= len(comments):
            continue  # most rows say it: the readers' words, not a label
        texts = texts or [item.text() for item in items]
        if all(line in text for text in texts) and all(_shows_whole(item, line) for item in items):
            for comment in saying:
                comment.text = ""


def _shows_whole(item: LexborNode, line: str) -> bool:
    """Is LINE the whole text of an element inside ITEM (a button's label)?"""
    return any(
        squash(node.text()) == line
        for node in item.css("*")
        if node.tag not in ("script", "style") and line in node.text(deep=False)
    )


_ROW_LABEL = 12
"""The longest control a row shows as a line of its own ("收起回复", "Show replies")."""


def without_shared_marks(comments: list[Comment]) -> None:
    """A comment's words do not open or end with a mark more than half the comments show
    word for word, three at least: one token opening and ending with a sign, no space in it
    (`$\\begingroup$` and `$\\endgroup$`, which a page hides by a class around each text), is
    the page's, not what a reader says."""
    firsts = Counter(comment.text.split("\n", 1)[0] for comment in comments)
    lasts = Counter(comment.text.rsplit("\n", 1)[-1] for comment in comments)
    opening = {line for line, seen in firsts.items() if _a_shared_mark(line, seen, comments)}
    closing = {line for line, seen in lasts.items() if _a_shared_mark(line, seen, comments)}
    if not (opening or closing):
        return
    for comment in comments:
        first, _, rest = comment.text.partition("\n")
        if rest and first in opening:
            comment.text = rest.lstrip("\n")
        rest, _, last = comment.text.rpartition("\n")
        if rest and last in closing:
            comment.text = rest.rstrip("\n")


def _a_shared_mark(line: str, seen: int, comments: list[Comment]) -> bool:
    shown = line.strip()
    return (
        seen >= _SHARED
        and 2 * seen > len(comments)
        and bool(shown)
        and len(shown) <= _MARK
        and not shown[0].isalnum()
        and not shown[-1].isalnum()
        and not any(char.isspace() for char in shown)
    )


_MARK = 20
"""The longest mark a page shows around every comment's words."""


def _separator(line: str) -> bool:
    return bool(line) and set(line) <= _SEPARATORS


_BADGE = re.compile(r"[(（\[【][^()（）\[\]【】\n]{1,12}[)）\]】]")
"""A short remark in brackets on a line of its own: a badge beside a name ("（作者）", "(mod)")."""


_SEPARATORS = frozenset("・·•|-–—/")
"""What a separator line above a comment's words shows ("・", "--"); a quotation mark opens
the words."""


def without_shared_chrome(comments: list[Comment], fetched_at: datetime) -> list[Comment]:
    """Comments without the buttons and votes their texts open with where no class name
    marked them: a button's label or a subject line among the first lines of more than half
    the comments, three at least ("Report", "Reply", "[Quote]", "Re: Thinkpad dock does not
    work"), or of half of them when it is a mark with no word ("+", "−"), what stands before
    it (a reply's "to Ada", a user column's "Posts: 3"; not a quote's "Ada said:", kept with
    the quote), a user column's card with the labelled lines
    below it ("Age: 55" that few posts show, then "Posts: 3"), lines of numbers alone (votes)
    and the date lines then left at the head of the text; then the controls inside them
    (`without_shared_controls`). A text more than half the comments show word for word,
    three at least, is no reader's words (each block's bar of controls, "Odpovědět | Sbalit |
    Blokovat"): those comments go."""
    if _without_shared_openings(comments, fetched_at):
        _without_shared_openings(comments, fetched_at)  # the lines the first cut laid bare
    without_shared_controls(comments)
    seen = Counter(comment.text for comment in comments)
    text, count = seen.most_common(1)[0] if seen else ("", 0)
    if count >= _SHARED and 2 * count > len(comments):
        for comment in comments:
            if comment.text == text:
                comment.text = ""
        return drop_empty(comments)
    return comments


def _shared_by_most(line: str, seen: int, comments: int) -> bool:
    """Does a line open more than half the comments, or half when it is a mark with no word
    ("−", "+": a fold's buttons, which some comments show and others not)? A word half the
    readers open with is their greeting ("しげぞう様" in a two-person thread)."""
    return 2 * seen > comments or (
        2 * seen == comments and not any(char.isalpha() for char in line)
    )


def _without_shared_openings(comments: list[Comment], fetched_at: datetime) -> bool:
    """`without_shared_chrome`'s cut of the first lines; whether it cut any."""
    openings = Counter(
        _line_shape(line) for comment in comments for line in set(_opening(comment.text))
    )
    shared = {
        line
        for line, seen in openings.items()
        if seen >= _SHARED and _shared_by_most(line, seen, len(comments)) and _a_button(line)
    }
    labels = Counter(label for comment in comments for label in _fields(comment.text))
    fields = {
        label for label, seen in labels.items() if seen >= _SHARED and 2 * seen > len(comments)
    }
    cards = [_card(comment.text, fields) for comment in comments]
    if 2 * sum(bool(card) for card in cards) <= len(comments):
        fields, cards = _repeated_cards(comments)
    if not (shared or fields):
        return False
    cut = False
    for comment, card in zip(comments, cards, strict=True):
        lines = comment.text.split("\n")
        opening = _opening(comment.text)
        last = max((i for i, line in enumerate(opening) if _line_shape(line) in shared), default=-1)
        if card:
            last = max(last, card[-1])
        if any(line.endswith(":") for line in lines[:last]):
            last = -1  # a quote's label: only the buttons before it go
        start = last + 1
        while start < len(lines) - 1 and (
            lines[start].isdigit()
            or _line_shape(lines[start]) in shared
            or _field(lines[start]) in fields
        ):
            start += 1
        if card and start > card[-1] and all(_field(line) for line in lines[card[-1] + 1 : start]):
            # the card's run goes on below the first lines it was looked for in
            while start < len(lines) - 1 and _field(lines[start]) is not None:
                start += 1
        rest = lines[start:]
        if start and any(line.strip() for line in rest):
            cut = True
            # the post's own date line, below the buttons that went
            comment.text = without_leading_dates("\n".join(rest), fetched_at)[0]
    return cut


def _fields(text: str) -> set[str]:
    """The labels of the "Label: value" lines among a text's first lines, two at least: a
    user column's card ("Registered: Nov 2003", "Posts: 931") when most comments show them."""
    labels = {_field(line) for line in text.split("\n")[:_LEADING]} - {None}
    return {label for label in labels if label} if len(labels) >= _CARD else set()


def _card(text: str, fields: set[str]) -> list[int]:
    """Where a text's first lines show a run of labelled lines, two of them with shared labels
    at least, after short lines only (a name, a rank): a user column's card heading the text,
    not one below its words."""
    lines = text.split("\n")[:_LEADING]
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        if _field(line) is not None:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        if sum(_field(lines[i]) in fields for i in run) >= _CARD:
            return [] if any(len(line) > _BUTTON for line in lines[: run[0]]) else run
    return []


def _repeated_cards(comments: list[Comment]) -> tuple[set[str], list[list[int]]]:
    """The user column's card where it heads some texts only (the column shares the text's cell
    on every other post): the same run of labels, three at least, heading three texts at least
    ("Group: …", "Posts: …", "Joined: …" over a rank); no card else (a card below most texts,
    a post's own "Date: …" lines)."""
    heads = [_card(comment.text, _labels(comment.text)) for comment in comments]
    runs = [_labels_at(comment.text, head) for comment, head in zip(comments, heads, strict=True)]
    seen = Counter(run for run in runs if len(run) > _CARD)
    run, count = seen.most_common(1)[0] if seen else ((), 0)
    if count < _SHARED:
        return set(), [[] for _ in comments]
    return {label for label in run if label}, [
        head if shown == run else [] for head, shown in zip(heads, runs, strict=True)
    ]


def _labels(text: str) -> set[str]:
    return {label for line in text.split("\n")[:_LEADING] if (label := _field(line))}


def _labels_at(text: str, places: list[int]) -> tuple[str | None, ...]:
    lines = text.split("\n")
    return tuple(_field(lines[i]) for i in places)


def _field(line: str) -> str | None:
    match = _FIELD.match(line)
    return match[1] if match else None


_FIELD = re.compile(r"^([^\W\d_][^:]{0,24}):\s+\S.{0,40}$")
"""A label and a short value on one line ("Join Date: May 2015", "Posts: 16,279")."""
_CARD = 2


def without_shared_controls(comments: list[Comment]) -> None:
    """The lines of a control that more than half the comments show word for word, three at
    least: last ("Reply", "Log in to Reply"), or anywhere when it ends in an ellipsis (a
    quote's "Click to expand..." below it); a few words, not the label of a quote or of code
    ("Quote:", "Code: Select all"), nor a mark with no word ("↑" after "Ada said:"). An edit
    note the control closed the text with goes too ("« Last Edit: … »" / "Logged")."""
    seen = Counter(line for comment in comments for line in _control_places(comment.text))
    shared = {
        line
        for line, count in seen.items()
        if count >= _SHARED and 2 * count > len(comments) and _a_control(line)
    }
    if not shared:
        return
    for comment in comments:
        lines = [line for line in comment.text.split("\n") if line not in shared]
        if any(line.strip() for line in lines):
            comment.text = without_edit_note("\n".join(lines))  # the note the control closed


def _control_places(text: str) -> set[str]:
    """A text's last line and its lines that end in an ellipsis: where controls show."""
    lines = text.split("\n")
    return {lines[-1]} | {line for line in lines if line.rstrip().endswith(("...", "…"))}


def _a_control(line: str) -> bool:
    shown = line.strip()
    return (
        len(shown) <= _CONTROL
        and ":" not in shown
        and any(char.isalpha() for char in shown)
        and (_a_button(shown) or shown.endswith(("...", "…")))
    )


_CONTROL = 40
"""The longest line read as a control's label: a few words ("Click to expand...Click to
shrink...")."""


def _opening(text: str) -> list[str]:
    """A text's first few lines up to its first long one: where its buttons would be, and the
    subject line a forum repeats over every reply ("Re: Thinkpad dock does not work")."""
    lines = []
    for line in text.split("\n")[:_LEADING]:
        lines.append(line)
        if len(line) > _BUTTON:
            break
    return lines


def _line_shape(line: str) -> str:
    """A line with its counts as one mark: a user column's "Received 12 Likes" and "Received
    1,296 Likes" read alike, as their buttons do. Dates and times stay as written: a quote's
    "Ada @ 17.07.2018 11:55" is no button. Beside a count, a word reads as its first letters,
    so that a count's singular and plural read alike in any language ("1 Post", "5 Posts";
    "1 Beitrag", "5 Beiträge")."""
    if not any(char.isalpha() for char in line):
        return line
    counted = _COUNT.sub("9", line)
    return _WORD_END.sub("", counted) if counted != line else line


_WORD_END = re.compile(r"(?<=[^\W\d_]{4})[^\W\d_]+")
"""A word's letters after its first four: where its singular and plural differ."""


_COUNT = re.compile(r"(?<![\d.:/-])\d{1,3}(?:,\d{3})*(?![\d.:/-])")


def _a_button(line: str) -> bool:
    """Could a line be a button's label ("Reply", "Zgłoś do moderacji", "+", "|"), not a label
    before a quote ("Quote:", "Ada said:"), a sentence ("Hey!") or a vote count?"""
    shown = line.strip()
    return bool(shown) and not shown.isdigit() and not shown.endswith((":", "!", "?", "."))


_LEADING = 6
_BUTTON = 30
_SHARED = 3
