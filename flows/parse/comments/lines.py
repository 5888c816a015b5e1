"""An item's text read line by line: which of its first lines names the author and the date,
which line is a name, and the lines before the text that are not the reader's words (a date, a
clock time, the comment's number, what it answers)."""

from __future__ import annotations

import re
from datetime import datetime

from flows.parse.comments.meta_line import (
    FLOOR,
    SPEAKING_VERBS,
    MetaLine,
    after_actions,
    clean_author,
    is_date_line,
    labelled_name,
    mask_links,
    quote_label,
    read_meta_line,
)
from flows.times import find_datetime

META_SLACK = 20
"""Characters a metadata line may hold besides its author and time ("Posted by:", "Reply");
more is a comment's text, however short ("Not really a duplicate …")."""


POST_NUMBER = re.compile(
    r"^(?:(?:post|comment|kommentar|commentaire|comentario|commento|reply)\s*#?|#)\s*(\d+)"
    rf"(?:\s+of\s+\d+)?$|^{FLOOR}$",
    re.IGNORECASE,
)
"""A post's number as shown: "#12", "Post 2 of 10", or a floor (`FLOOR`: "2 樓", "B1F"). The
number is the first group that matched (`post_number`)."""


def post_number(shown: str) -> int | None:
    """The number a post shows ("#12", "2 樓"), if the text is one."""
    match = POST_NUMBER.match(shown)
    return None if match is None else int(match[1] or match[2])


REPLY_SUBJECT = re.compile(
    r"^(?:re|aw|antw|sv|vs|odp|rép|rif)\s*(?:\[\d+\]|\^\d+)?\s*:\s*", re.IGNORECASE
)
"""The mark of a reply's subject in forums and mail: "Re:", "AW:", "Antw:", "Sv:", "Odp:", with
the depth some boards add ("Re[2]:", "Re^2:")."""


HEADER_LINES = 3


def meta_in(lines: list[str], fetched_at: datetime) -> tuple[MetaLine, set[int], str | None] | None:
    """The author and date line among an item's first lines (or its last two, where the
    text comes first), the numbers of the lines it takes, and the author's name when it
    stands on a line of its own: the item's first line where the date ends a row of actions
    under the words ("Ada [Lyon]" / text / "Like 25/Reply/Report2024-01-25 19:47"), a line
    beside it that says whose comment it is ("3 May 2024, 10:15" / "Posted by: Ada", "Oct 04,
    2010" / "Ada said..."), else a name on the line before ("Ada" / "3 May 2024, 10:15")."""
    column = dated_below_user_column(lines, fetched_at)
    if column is not None:
        return column
    count = len(lines)
    head = HEADER_LINES
    while (  # a forum's user column ("Joined: 03 Apr 2003", "Posts: 18") comes before the date
        head < min(count, HEADER_LINES + _PROFILE_FIELDS)
        and sum(bool(_FIELD_LINE.match(line)) for line in lines[:head]) > head - HEADER_LINES
    ):
        head += 1
    positions = [*range(min(count, head)), *range(max(head, count - 2), count)]
    for number in positions:
        meta = read_meta_line(lines[number], fetched_at)
        if meta is None:
            continue
        if meta.author is None and number > 1 and after_actions(lines[number], meta):
            heading = _TAG_AFTER.sub("", lines[0])  # a footer's date: the name heads the comment
            if name_like(heading, fetched_at):
                return meta, {0, number}, clean_author(heading) or None
        if meta.author is None:
            for beside in (number - 1, number + 1):
                line = lines[beside] if 0 <= beside < count else ""
                name = labelled_name(line) or speaker(line, fetched_at)
                if name is not None:
                    return meta, {beside, number}, name
            name = split_speaker(lines, number - 2, fetched_at) if number > 1 else None
            if name is not None:
                return meta, {number - 2, number - 1, number}, name
        if meta.author is None and _name_after_separator(lines, number, fetched_at):
            return meta, {number, number + 1}, clean_author(lines[number + 1]) or None
        named = _name_above(lines, number, fetched_at) if meta.author is None else None
        if named is None and meta.author is None:
            named = name_under_initials(lines, number, fetched_at)
        if named is not None:
            return meta, {*range(named, number + 1)}, clean_author(lines[named]) or None
        if meta.author is None and _user_column_below(lines, number, fetched_at):
            return meta, {number, number + 1}, clean_author(lines[number + 1]) or None
        return meta, {number}, None
    return None


_TAG_AFTER = re.compile(r"\s+\[[^\[\]]{1,20}\]$")
"""A short tag in square brackets after a name: where the reader writes from, a rank."""


def _name_after_separator(lines: list[str], number: int, fetched_at: datetime) -> bool:
    """Does the date line end with a separator and the next line show a name ("October 22,
    2012 |" / "Maggie"): one line of the template, "DATE | NAME", broken where the name's
    link begins? The name there is the author's, whatever the text's last line signs."""
    line = lines[number].rstrip()
    below = number + 1
    return (
        bool(line)
        and line[-1] in _LINE_SEPARATORS
        and below < len(lines)
        and name_like(lines[below], fetched_at)
    )


_LINE_SEPARATORS = frozenset("|·•–—")
"""Marks between a date and the name after it on one line (not "-" or "/": a date's own)."""


def column_above(lines: list[str], used: set[int]) -> set[int]:
    """The lines of a user column above the date line `meta_in` took (USED), when the lines
    open with its labelled fields ("Posts: 18" / "Location: Rio" / a motto: the column's name
    read from an element of its own) and words follow the date; none else."""
    first = min(used)
    fields = [
        number
        for number in range(min(first, HEADER_LINES + _PROFILE_FIELDS))
        if _FIELD_LINE.match(lines[number]) and not quote_label(lines[number])
    ]
    if not fields or fields[0] != 0 or max(used) + 1 >= len(lines):
        return set()  # a date closing the lines: what stands above it may be the words
    return set(range(first))


def dated_below_user_column(
    lines: list[str], fetched_at: datetime
) -> tuple[MetaLine, set[int], str | None] | None:
    """The date line below a forum's user column, however long the column (a name, a rank,
    "Online", the forum's own questions and their answers, "Posts: 16", then the post's subject
    and "« Reply #1 on: April 06, 2020, 01:28:03 AM »"): the column's name is the author, and
    the lines down to the date leave the text."""
    if len(lines) < 2 or not _user_column_below(["", *lines], 0, fetched_at):
        return None
    for number in range(1, min(len(lines), _COLUMN_LINES)):
        meta = read_meta_line(lines[number], fetched_at)
        if meta is not None:
            name = None if meta.author else clean_author(lines[0]) or None
            return meta, set(range(number + 1)), name
    return None


_COLUMN_LINES = 12
"""The lines a user column and the post's subject may take before the post's date."""


_FIELD_LINE = re.compile(r"^[^\W\d][\w ]{1,20}:\s*\S|^[^\W\d][\w \"'’?]{1,50}:\s*\S.{0,60}$")
"""A labelled field of a profile column ("Joined: 03 Apr 2003", "Location: Rio"), also a
forum's own question and its short answer ("Who in your life has "personality" issues:
Romantic partner")."""
_POST_COUNT = re.compile(
    r"^\d{1,3}(?:[,.]\d{3})*\s+(?:posts?|beiträge|beitrag|messages?|mensajes?|messaggi|berichten"
    r"|postów|posty|сообщени[йея])$",
    re.IGNORECASE,
)
"""A count of the user's posts ("22 Posts", "5 Beiträge"): a user column's field right under
its name (a rank or a title may stand above the name, and then the count is no sign)."""


_PROFILE_FIELDS = 4


def _name_above(lines: list[str], number: int, fetched_at: datetime) -> int | None:
    """The number of the line holding the name above a date line: the line just above it,
    or the one above a line saying what the comment answers ("Ada" / "replied to comment
    from Bo" / "#17 • 8:37 AM, Aug 18, 2010") or above a separator ("Ada" / "・" / "May 9th,
    2024"), or above the post's place in the thread and the separators beside it ("Ada" /
    "1/37" / "|" / "01.08.2017"). A separator closing the name's line ("Posted by:" / "Ada |"
    / "May 13, 2005") joins it to the date below, and is no word of the name."""
    above = number - 1
    if above > 0 and (REPLY_TO.match(lines[above]) or not any(map(str.isalnum, lines[above]))):
        above -= 1  # past what it answers, or a separator on a line of its own ("・")
    passed = number - 1
    while passed > 0 and number - passed <= _PASSED and _place_or_separator(lines[passed]):
        passed -= 1
    if any(_PLACE.fullmatch(line.strip()) for line in lines[passed + 1 : number]):
        above = passed  # past the post's place and the separators around it
    if (
        above >= 0
        and _name_line(lines[above], fetched_at)
        and not REPLY_SUBJECT.match(lines[above])
    ):
        return above  # a reply's subject ("Re: …") names no one
    return None


def _name_line(line: str, fetched_at: datetime) -> bool:
    """Is the line a name, as shown or without the separator closing it ("Ada King |")?"""
    bare = line.rstrip().rstrip(_CLOSING_SEPARATORS).rstrip()
    return name_like(line, fetched_at) or (bare != line and name_like(bare, fetched_at))


_CLOSING_SEPARATORS = "".join(sorted(_LINE_SEPARATORS))


def name_under_initials(lines: list[str], end: int, fetched_at: datetime) -> int | None:
    """The number of the line holding a name under the initials an avatar draws as text
    ("J" / "Jon"), among the first lines up to END (a date line's number), whatever lines
    stand between the name and the date (a location code, a badge): a letter that opens the
    name below it is the avatar of the one who wrote."""
    for above in range(min(end, HEADER_LINES + 1) - 1):
        name = lines[above + 1]
        if initials_of(lines[above].strip(), name.strip()) and name_like(
            name, fetched_at, vouched=True
        ):
            return above + 1
    return None


def initials_of(line: str, author: str | None) -> bool:
    """Is the line the first letters of the author's words, one or two capitals ("J" for
    "Johnrb", "AL" for "Ada Lane")?"""
    if not author or not 0 < len(line) <= _INITIALS or not line.isupper():
        return False
    words = author.split()
    return (
        line == "".join(word[0] for word in words[: len(line)]).upper()
        or line == author[: len(line)].upper()
    )


_INITIALS = 2
"""Capitals an avatar draws at most: a first and a last name's."""


def _place_or_separator(line: str) -> bool:
    return not any(map(str.isalnum, line)) or bool(_PLACE.fullmatch(line.strip()))


_PASSED = 3
"""Lines between a name and its date line that say nothing of the comment's author."""
_PLACE = re.compile(r"#?\d{1,6}(?:\s*/\s*\d{1,6})?")
"""A post's place in its thread ("#12", "1/37")."""


def _user_column_below(lines: list[str], number: int, fetched_at: datetime) -> bool:
    """Is the line below a date line that names no one the name heading a forum's user
    column ("#2 2019-10-06 16:59:52" / "nickl" / "Member" / "Registered: 2019-09-25" /
    "Posts: 3")? A name line counts only when labelled profile fields follow it within a few
    lines: a short first line of a comment's text ("Thanks") is followed by none, or by a
    quote's label ("Quote from: Ada on 3 May 2024"), which is no field of a profile. A count
    of the user's posts right under the name ("Ada" / "22 Posts") is such a field too."""
    below = number + 1
    return (  # the fields first: most items have none, and a name costs a date search
        below < len(lines)
        and (
            any(
                _FIELD_LINE.match(line) and not quote_label(line)
                for line in lines[below + 1 : below + 1 + _PROFILE_FIELDS]
            )
            or (below + 1 < len(lines) and _POST_COUNT.match(lines[below + 1]) is not None)
        )
        and not _FIELD_LINE.match(lines[below])
        and name_like(lines[below], fetched_at)
    )


def leading_name(text: str, fetched_at: datetime) -> tuple[str | None, str]:
    """The author a dated comment's text opens with, and the text without it: a line that
    says who speaks ("Vega Says:", "Ada schrieb:"), or a forum's user column, a name over
    labelled profile fields ("nickl" / "Member" / "Registered: 2019-09-25" / "Posts: 3"),
    which leaves the text with the name."""
    lines = text.split("\n")
    name = speaker(lines[0], fetched_at) if len(lines) > 1 else None
    if name is not None:
        return name, "\n".join(lines[1:])
    if len(lines) > 1 and _user_column_below(["", *lines], 0, fetched_at):
        end = 1 + max(
            number
            for number, line in enumerate(lines[1 : 1 + _PROFILE_FIELDS + 1])
            if _FIELD_LINE.match(line)
        )
        rest = lines[end + 1 :]
        if rest and REPLY_SUBJECT.match(rest[0]):
            rest = rest[1:]  # the post's subject as a reply ("Re: …"), no words of its own
        if rest:
            return clean_author(lines[0]) or None, "\n".join(rest)
    return None, text


_SPEAKER = re.compile(
    rf"^(?P<name>[^:]{{1,40}}?)\s+(?:{SPEAKING_VERBS})\s*(?::|…|\.\.\.|,)$", re.IGNORECASE
)
"""A line saying who speaks, the comment's words below it ("Vega Says:", "Ada said,")."""
SPEAKS = re.compile(rf"\s(?:{SPEAKING_VERBS})", re.IGNORECASE)
"""A verb of `_SPEAKER` anywhere: what a block must show to open with such a line."""


def speaker(line: str, fetched_at: datetime) -> str | None:
    """The name on a line saying who speaks ("Vega Says:", "Ada said..."), if it is one."""
    speaker = _SPEAKER.match(line)
    if speaker is None or not name_like(_INITIAL_END.sub("", speaker["name"]), fetched_at):
        return None
    return clean_author(speaker["name"]) or None


def split_speaker(lines: list[str], number: int, fetched_at: datetime) -> str | None:
    """The name on line NUMBER when the next line is the verb alone that says it speaks
    ("Aaronfrost" / "said..."): a line saying who speaks, broken where the name's link or its
    markup ends."""
    below = number + 1
    if not 0 <= number < below < len(lines) or not _VERB_LINE.match(lines[below].strip()):
        return None
    return speaker(f"{lines[number].strip()} {lines[below].strip()}", fetched_at)


_VERB_LINE = re.compile(rf"^(?:{SPEAKING_VERBS})\s*(?::|…|\.\.\.|,)$", re.IGNORECASE)
"""A line that is the verb of `_SPEAKER` alone ("said...", "schrieb:")."""


_INITIAL_END = re.compile(r"(?<=\s[^\W\d_])\.$")
"""The dot of an initial closing a name ("Jon H. said,"), no sentence's end."""


REPLY_TO = re.compile(
    r"^(?:replied to|in reply to|replying to|antwortete auf|als antwort auf|antwort auf"
    r"|en réponse à|a répondu à|respondió a|en respuesta a|in risposta a|ha risposto a"
    r"|reageerde op|als reactie op|em resposta a|respondeu a)\b",
    re.IGNORECASE,
)


def name_like(line: str, fetched_at: datetime, *, vouched: bool = False) -> bool:
    """A short line that can be a name: a few words, none a bare number ("level 1"), no
    sentence end nor the comma of a greeting ("Hey guys,", "你好，"), not a date. A dot after an
    initial ends no sentence when every word is capitalised ("J. P.", "Jon H."). A name
    VOUCHED for (by the avatar's initials above it) may have more words ("Elon Musk kommt
    nicht ins Berghain", a handle written as a sentence)."""
    words = line.split()
    return (
        0 < len(line) <= _MAX_NAME_LINE
        and (vouched or len(words) <= _MAX_NAME_WORDS)
        and not any(word.strip("#.:").isdigit() for word in words)
        and (line[-1] not in _SENTENCE_ENDS or _closed_by_an_initial(words))
        and any(ch.isalpha() for ch in line)
        and not BRACKETED.fullmatch(line)
        and find_datetime(mask_links(line), fetched_at) is None
    )


_SENTENCE_ENDS = frozenset(".!?,。！？，")
"""The marks that end a sentence or a greeting's first words, also as Chinese and Japanese
write them: no name ends so."""


def _closed_by_an_initial(words: list[str]) -> bool:
    """Capitalised words whose last is an initial with its dot ("J. P.", "Jon H."), or the
    initials of a double surname joined by a hyphen ("Olka M-S.")."""
    last = words[-1]
    return (
        _INITIALS_WORD.fullmatch(last) is not None
        and last.isupper()
        and all(word[0].isupper() for word in words)
    )


_INITIALS_WORD = re.compile(r"[^\W\d_](?:-[^\W\d_])*\.")


BRACKETED = re.compile(r"\[[^\]\[]*\]")
"""A link's label in square brackets ("[Профиль]", "[Quote]"): a control, as old forums mark
them, not the name of whoever posted."""


_MAX_NAME_LINE = 40


_MAX_NAME_WORDS = 5


def without_leading_dates(
    text: str, fetched_at: datetime
) -> tuple[str, tuple[str, datetime] | None]:
    """The text without the lines before it that are only a date, a clock time ("14:05",
    "3:29 PM", "10:16 horas": the hour of a date shown on a line of its own), the comment's
    number ("1", "#12", "Post 2 of 10"), what it answers ("In reply to: File Sharing by") or
    a date in brackets with words around it ("(zuletzt bearbeitet: 20. April 2020 20:58)",
    "(спустя 16 дней, ред. 10-Май-17 10:32)": when it was edited), and the controls in
    square brackets below such a line ("[Цитировать]"), and the first such date."""
    lines = text.split("\n")
    first = None
    passed = False
    while len(lines) > 1:
        if (
            _COMMENT_NUMBER.match(lines[0])
            or _CLOCK_LINE.match(lines[0])
            or POST_NUMBER.match(lines[0])
            or (REPLY_TO.match(lines[0]) and len(lines[0]) <= _MAX_REPLY_LINE)
            or _labelled_date(lines[0], fetched_at)
            or (passed and _CONTROLS_LINE.fullmatch(lines[0]))
        ):
            lines = lines[1:]
            passed = True
            continue
        if not is_date_line(lines[0], fetched_at):
            break
        found = find_datetime(lines[0], fetched_at)
        if first is None and found is not None:
            first = (lines[0], found[2])
        lines = lines[1:]
        passed = True
    return "\n".join(lines), first


def without_edit_note(text: str) -> str:
    """The text without the lines closing it that say when and by whom the post was edited
    ("« Last Edit: Fri, 24 April 2020, 16:08:01 by Ada »", "Zuletzt bearbeitet von Ada am
    3.5.2020", "Dernière modification par Ada le 3/5/2020"): the forum's note, not what the
    reader wrote. A note names a date or a count, so it shows a figure."""
    lines = text.split("\n")
    while lines and len(lines[-1]) <= _MAX_EDIT_NOTE and _edit_note(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def _edit_note(line: str) -> bool:
    return DIGIT.search(line) is not None and _EDIT_NOTE.match(line) is not None


_MAX_EDIT_NOTE = 160
_EDIT_NOTE = re.compile(
    r"^\W{0,3}(?:last\s+edit(?:ed)?\b|edited\s+(?:by|on|at|\d)|(?:last\s+)?modified\s+by\b"
    r"|zuletzt\s+(?:bearbeitet|geändert)|bearbeitet\s+von\b|dernière\s+(?:modification|édition)"
    r"|modifié\s+par\b|última\s+(?:edición|modificación|edição|alteração)|editado\s+por\b"
    r"|ultima\s+modifica|modificato\s+da\b|laatst\s+(?:bewerkt|gewijzigd)|bewerkt\s+door\b"
    r"|ostatnio\s+edytowan|edytowan[yo]\s+przez|последн\w+\s+(?:редакция|редактирование|изменение)"
    r"|изменено\b)",
    re.IGNORECASE,
)
"""The opening of an edit note, after a bracket or a guillemet, in a few languages."""


_COMMENT_NUMBER = re.compile(r"^#?\d{1,5}\.?$")


def _labelled_date(line: str, fetched_at: datetime) -> bool:
    """Is the line a label and a date in brackets, "(last edited: 3 May 2024 10:15)", or a
    date with a few words in round brackets, "(16 days later, edited 10-May-17 10:32)"?"""
    match = _BRACKETED_LABEL.match(line)
    if match is not None and is_date_line(match["date"], fetched_at):
        return True
    match = _BRACKETED_NOTE.fullmatch(line)
    return match is not None and find_datetime(match["note"], fetched_at) is not None


_BRACKETED_NOTE = re.compile(r"\s*\((?P<note>[^()]{6,60})\)\s*")

_CONTROLS_LINE = re.compile(r"\s*(?:\[[^\[\]\n]{1,20}\]\s*)+")
"""A line of controls in square brackets ("[Quote]", "[Цитировать] [Код]")."""


_BRACKETED_LABEL = re.compile(r"^\s*[(\[][^():\[\]]{1,40}:\s*(?P<date>[^()\[\]]{6,40})[)\]]\s*$")


_MAX_REPLY_LINE = 120


_CLOCK_LINE = re.compile(
    r"^(?:at|um|à|às|alle|om|kl\.?|@)?\s*[012]?\d[:.h][0-5]\d(?::[0-5]\d)?\s*"
    r"(?:[ap]\.?\s?m\.?|uhr|h|hs|hrs|horas|heures|ore|uur)?$",
    re.IGNORECASE,
)


ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
"""A web address; a name may hold slashes ("Brigid Pelino BA/MIR/C.Dir.")."""


DATE_IN_TEXT = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:-|,|um|at|à)?\s*\d{1,2}:\d{2})?"
    r"|\d{1,2}\.?\s+\w+\.?\s+\d{4}(?:,?\s*(?:-|um|at|à)?\s*\d{1,2}:\d{2})?"
    r"|(?<!\w)\w+\s+\d{1,2},\s+\d{4}(?:\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm)?)?",
    re.IGNORECASE,
)
"""A date in a line of text ("21. Jan. 2015, 19:04", "March 3, 2020 at 9:15 am"). The month
word is read from the start of its word: a start inside it finds what the word's start
finds, and trying each made a long word quadratic (an author shown as 100,000 letters took
minutes in one C call)."""


def time_in(shown: str, fetched_at: datetime) -> datetime | None:
    """A date inside a metadata line ("by Ada on 21. Jan. 2015, 19:04"), not inside a link."""
    found = find_datetime(mask_links(shown), fetched_at)
    return found[2] if found else None


MAX_META_SOURCE = 400
"""The most characters a row's lone author and date line may take in the source, spaces and
all: longer, it is no such line, and is not read as one."""


DIGIT = re.compile(r"\d")
