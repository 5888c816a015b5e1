"""The words comment systems use, in several languages, and the one parser for the line that
names a comment's author and time.

Class names are read as words: `kommentarEintrag`, `comment_item`, `leserKommentar` and
`js-comment-edit-text` split into lower-case words at case changes, `-`, `_` and digits, and a
word is matched whole or as the head of a compound ("leserkommentar" ends with "kommentar").
The words are evidence among others: an element is never a comment for its name alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache

from flows.parse.nodes import spaced
from flows.times import MONTHS, find_datetime

COMMENT_WORDS = (
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "comentário",
    "commento",
    "reactie",
    "komentarz",
    "komentar",
    "komentář",
    "leserbrief",
)
"""One comment, in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish,
Czech; a reader's letter."""
COMMENT_STEMS = (
    *COMMENT_WORDS,
    *("coment", "yorum", "hozzászól", "коммент", "комент", "σχόλι"),
    *("تعليق", "コメント", "评论", "評論", "留言", "댓글"),
)
"""A word for comments in a line of text, in lower case, one fact for every test of what a line
says: the words above, and stems that seldom name a class (the Spanish and Portuguese verb
"comentar", Turkish, Hungarian, Russian and Ukrainian, Greek, Arabic, Japanese, Chinese,
Korean)."""
COMMENT_STEM = re.compile("|".join(COMMENT_STEMS), re.IGNORECASE)
"""`COMMENT_STEMS` searched for in any case."""
AREA_WORDS = frozenset(
    {
        "comments",
        "kommentare",
        "commentaires",
        "comentarios",
        "comentários",
        "commenti",
        "reacties",
        "komentarze",
        "leserbriefe",
        "discussion",
        "diskussion",
        "discusión",
        "discussione",
        "discussão",
        "discussao",
        "disqus",
        "responses",
        "reactions",
        "réactions",
        "reacciones",
        "reações",
        "reazioni",
        "thread",
        "conversation",
    }
)
"""Words that name a list of comments (plurals, discussions, threads)."""
AUTHOR_WORDS = frozenset(
    {
        "author",
        "autor",
        "auteur",
        "autore",
        "verfasser",
        "username",
        "nutzername",
        "benutzername",
        "nickname",
        "nick",
        "pseudo",
        "fn",
        "commenter",
        "kommentator",
        "commentateur",
        "comentarista",
        "poster",
        "nombre",
        "nome",
        "naam",
    }
)
TIME_WORDS = frozenset(
    {
        "date",
        "time",
        "datetime",
        "timestamp",
        "datum",
        "zeit",
        "uhrzeit",
        "fecha",
        "data",
        "heure",
        "hora",
        "tijd",
        "posted",
        "published",
        "submitted",
        "meta",
        "metadata",
        "dateline",
        "ago",
    }
)
TEXT_WORDS = (
    ("text", "texte", "texto", "testo", "tekst"),
    ("content", "contenu", "contenido", "conteudo", "conteúdo", "contenuto", "inhalt"),
    ("message", "nachricht", "mensaje", "mensagem", "messaggio", "bericht"),
    ("body", "corps", "cuerpo", "corpo"),
)
"""Words for the text of a comment, surest first."""
REPLY_BOX_WORDS = frozenset(
    {
        "replies",
        "children",
        "child",
        "indented",
        "nested",
        "subcomments",
        "answers",
        "antworten",
        "réponses",
        "reponses",
        "respuestas",
        "respostas",
        "risposte",
    }
)
"""A box of replies placed inside or right after the comment they answer."""
OTHER_REGION_WORDS = frozenset(
    {
        "related",
        "review",
        "reviews",
        "testimonial",
        "testimonials",
        "pingback",
        "pingbacks",
        "trackback",
        "trackbacks",
        "modal",
        "popup",
    }
)
"""Regions whose comment-like items are not this page's comments: related posts, customer
reviews, links from other sites, modals (an error message about a comment; `dialog` alone
names page wrappers such as Drupal's `dialog-off-canvas-main-canvas`; sidebars and "recent comments" widgets are found by the
start of their class names)."""

_WORD_SPLIT = re.compile(r"[^a-zà-öø-ÿœąćęłńśźżčďěňřšťůž]+")
_CAMEL = re.compile(r"(?<=[a-zà-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


@lru_cache(maxsize=8192)
def token_words(token: str) -> tuple[str, ...]:
    """`kommentarEintrag` → ("kommentar", "eintrag"), `c-comment__author` → ("c", "comment",
    "author")."""
    return tuple(word for word in _WORD_SPLIT.split(_CAMEL.sub(" ", token).lower()) if word)


@lru_cache(maxsize=8192)
def label_words(label: str) -> frozenset[str]:
    """Every word of a class or id attribute. Left out: script hooks (`js-…`), which name what
    a script does to an element, not what it is; hashed names (`_3cjCphgls6DH`), whose
    letters are noise; the hash CSS modules append (`Comment_text__x3Fd9`)."""
    words: set[str] = set()
    for token in label.split():
        token = without_module_hash(token)
        if not token.startswith(("js-", "js_")) and sum(map(str.isdigit, token)) < 2:
            words.update(token_words(token))
    return frozenset(words)


def without_module_hash(token: str) -> str:
    """`Comment_commentBox__j9BRy` → `Comment_commentBox`: the part CSS modules generate
    says nothing about the element."""
    return _MODULE_HASH.sub("", token)


_MODULE_HASH = re.compile(r"__(?=[\w-]*\d)[\w-]{4,8}$")


def comment_word_in(word: str) -> str | None:
    """The comment word a class word ends with ("leserkommentar" → "kommentar"), if any."""
    if not word.endswith(COMMENT_WORDS):  # most words: one test in C instead of the loop
        return None
    for stem in COMMENT_WORDS:
        if word.endswith(stem):
            return stem
    return None


_HEADING_WORDS = re.compile(
    r"\b(?:comments?|kommentare?|leserkommentare?|commentaires?|comentarios?|comentários?"
    r"|commenti|reacties|reactions?|réactions?|reacciones|reações|reazioni|responses"
    r"|discussion|diskussion|discusión|discussione|discussão|leserbriefe|antworten|replies"
    r"|réponses|respuestas|respostas|risposte|thoughts?|meinungen|avis des lecteurs"
    r"|opiniones|kommentarer|kommentit|komentarze|komentáře|komentari|diskuse|yorumlar"
    r"|hozzászólások|комментарии|комментариев|коментарі|σχόλια|تعليقات|תגובות|תשובות)\b"
    r"|(?:コメント|返信)(?![をす])|(?<!发表)(?<!我要)(?<!写)(?:评论|評論|留言)|댓글(?!\s*(?:쓰기|작성|달기))",
    re.IGNORECASE,
)
"""The words of a heading over comments, in the languages of the Latin script and a few others
(Russian, Greek, Arabic, Hebrew, Japanese, Chinese, Korean; Japanese replies, "1件の返信", as
in English; Hebrew answers, "5 תשובות", as replies). In the scripts written without spaces the
word is not the object of a verb ("コメントする", "返信を残す", "发表评论", "댓글 쓰기")."""
HEADING_STEMS = re.compile(
    "comment|kommentar|coment|reacti|réacti|reacci|reaç|reazi|respons|discus|diskus|leserbrief"
    "|antwort|repl|répons|respuest|respost|rispost|thought|meinung|avis|opinion|kommentit"
    "|komentar|komentář|yorum|hozzászól|коммент|комент|σχόλι|تعليق|תגוב|תשוב|コメント|返信|评论|評論|留言"
    "|댓글"
)
"""Stems one of which every heading `_HEADING_WORDS` accepts holds, lower-cased: a cheap first
test, as every heading of every page is asked."""
_NOT_A_LIST_HEADING = re.compile(
    r"\b(?:leave|add|post|write|submit|your|recent|latest|popular|most|related|policy|rules"
    r"|schreiben|verfassen|hinterlassen|neueste|letzte|laisser|ajouter|écrire|votre|derniers"
    r"|deja|dejar|escribe|escribir|añadir|tu|deixe|deixar|escreva|seu|sua|laat|schrijf|plaats"
    r"|lascia|scrivi|aggiungi|closed|geschlossen|fermés|cerrados|no|keine|aucun|ningún|nenhum"
    r"|geen|nessun)\b",
    re.IGNORECASE,
)
_ZERO_COUNT = re.compile(r"(?:^|\D)0\s+\w|\(0\)")


def names_comment_list(heading: str) -> bool:
    """Does a heading announce this page's comments ("12 Comments", "Reader comments",
    "Leserkommentare (3)", "Réactions", "Discussion"), not a form, a widget or an empty list?"""
    if not HEADING_STEMS.search(heading.lower()):
        return False
    heading = spaced(heading)
    if len(heading) > 80:
        return False
    if not _HEADING_WORDS.search(heading):
        return False
    return not (_NOT_A_LIST_HEADING.search(heading) or _ZERO_COUNT.search(heading))


def counted_replies(text: str) -> set[int]:
    """The replies a text counts ("This topic has 3 replies", "Replies: 3", "3 Antworten",
    "3件の返信"): a forum topic's posts less the opening one, which the replies answer. The
    nouns are found first (a plain search, fast on a whole page's text), then the count
    beside each."""
    lowered = text.lower()
    counts: set[int] = set()
    for noun in _REPLY_NOUNS:
        at = lowered.find(noun)
        while at >= 0:
            beside = lowered[max(0, at - _COUNT_BESIDE) : at + len(noun) + _COUNT_BESIDE]
            for found in _REPLY_COUNT.finditer(beside):
                counts.add(int(next(group for group in found.groups() if group is not None)))
            at = lowered.find(noun, at + len(noun))
    return counts


_SPACED_NOUNS = (
    *("replies", "antworten", "réponses", "respuestas", "respostas", "risposte", "reacties"),
    *("odpowiedzi", "odpovědí", "ответов", "ответа"),
)
_JOINED_NOUNS = ("件の返信", "个回复", "個回覆", "개의 답글")  # written right after the number
_REPLY_NOUNS = (*_SPACED_NOUNS, *_JOINED_NOUNS)
_COUNT_BESIDE = 12
_SPACED = "|".join(_SPACED_NOUNS)
_REPLY_COUNT = re.compile(
    rf"(?<![\d.,])(\d+)\s+(?:{_SPACED})\b|\b(?:{_SPACED})\s*:\s*(\d+)\b"
    rf"|(\d+)\s*(?:{'|'.join(_JOINED_NOUNS)})"
)


def counts_comments(line: str) -> bool:
    """Does a short line count the page's comments, above zero ("Reacties (8)", "评论 139",
    "24 commentaires"): a heading's words with a number, none of them 0?"""
    numbers = NUMBER.findall(line)
    return (
        bool(numbers)
        and all(_NONZERO.search(number) for number in numbers)
        and names_comment_list(line)
    )


NUMBER = re.compile(r"\d+(?:[.,\s]\d{3})*")
"""A count as written, thousands grouped or not ("1,204", "19")."""
_NONZERO = re.compile(r"[1-9]")


_URL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![^\s:：])(?!\d{4}/\d{1,2}/\d{1,2}\([^\W\d_]{1,9}\)\s?\d{1,2}:\d\d)"
    r"(?=[^\s:：]*[^\W\d_])[^\s:：]+/[^\s:：]+"
)
"""A link, or a path with a letter in it, a colon ending it: "7/2/2015" is a date, not a path,
and so are "Date:7/2/2015" and "2018/09/03(Mon) 15:22", a date whose weekday stands in brackets
before its clock time, as Japanese boards write it (a path has no clock after it)."""
_LABELS = (
    r"posted|post|written|submitted|comment(?:ed)?|kommentar|beitrag|geschrieben|verfasst|erstellt"
    r"|commentaire|posté|soumis|publié"
    r"|écrit|comentario|comentado|escrito|publicado|enviado|reactie|geplaatst|geschreven|scritto"
    r"|inviato|commento|risposta|reply|antwort|réponse|respuesta|ответ|сообщение|комментарий"
)
LEADING_LABEL = re.compile(
    rf"^(?:(?:(?i:(?:{_LABELS})\s+(?:by|von|par|de|por|door|da|di|from))"
    r"|(?i:by|von|par|door|from)|de|da|di|por)\s*:?\s+"
    r"|[\u3400-\u9fff]{1,3}[人者]\s*[:：]\s*)"
)
"""The words before a name ("Posted by:", "von", "par", "publicado por", a Chinese label for
the one who writes: "评论人：", "作者："). Alone at the start, "de", "da", "di", "por" count
only in lower case: names begin with "De", "Da", "Di" ("De Jong", "Da Silva")."""
_LABEL_ALONE = re.compile(rf"(?i:{_LABELS})")
"""A label's verb with no name after it ("Posted at 9:50 pm, October 15, 2025"): it says the
date is the post's, it names no one."""
_SEPARATOR = r"[\s,:|·•@—–…-]"
_SEPARATORS = rf"(?:{_SEPARATOR}|\.\.\.)++"
SPEAKING_VERBS = (
    r"says|said|writes|wrote|schrieb|sagt|schreibt|a écrit|écrit|dit|escribió|escribe|dice"
    r"|escreveu|disse|zegt|schreef|skrev|scrive|ha scritto|пишет|написал|написала|napisał|napsal"
    r"|commented|kommentierte|replied|a répondu|antwortete|respondió|respondeu|ha risposto"
    r"|reageerde|odpowiedział|odpowiedziała|ответил|ответила"
)
"""The verbs of saying, commenting and replying that follow a commenter's name ("Ada wrote:",
"Rafael sagt", "Jonas antwortete"), as one regex alternation in several languages."""
VERB_ALONE = re.compile(rf"(?i:{SPEAKING_VERBS})")
"""Such a verb with no name before it ("schrieb am 02.10.2006", the name in the element before):
it names no one."""
_TRAILING_LABEL = re.compile(
    rf"(?<!{_SEPARATOR}){_SEPARATORS}"
    rf"(?:(?:on|am|um|le|el|il|op|em|at|den|the|posted|geschrieben|{SPEAKING_VERBS}|#\d+)"
    rf"(?:{_SEPARATORS}|$))*$",
    re.IGNORECASE,
)
"""Separators and the words after a name up to its date ("Ada — wrote on", "Bo #3:"), each
word after a separator. A run of separators is taken whole, from its start: a repeat inside
a repeat over the same characters tried every split of a long run ("Ada , , , , , x")."""
_TRAILING_LABEL_CHARS = 100
"""How far from a name's end its trailing label is looked for: a few words and separators. A
label must reach the end, and the search tried it from each word of a long line ("am am am
… x": 3,000 characters took a second, 100,000 about 20 minutes, in one C call)."""
_WEEKDAY = re.compile(
    r"(?:(?:^|[\s,|·•—–-])\(?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag"
    r"|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|sabato)\.?,?"
    r"|[\s,|·•—–-](?:mon|tue|tues|wed|thu|thurs|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer"
    r"|jeu|ven|sam|dim)[.,]{1,2}"
    r"|[|·•—–»-]\s*(?:mon|tue|wed|thu|fri|sat|sun)|»\s*(?:lun|mar|mer|jeu|ven|sam|dim)"
    r"|^(?:mon|tue|wed|thu|fri|sat|sun)[.,])\s*$",
    re.IGNORECASE,
)
"""A weekday before a date, a full name also after an opening bracket ("Ada (Freitag, 11
November 2022 21:18)"); short forms only after a separator and with a dot or comma, or
after a dash, bar or "»" ("tepples - Fri Dec 12, 2003", phpBB's "by Ada » Dim 9 Oct 2011"),
or an English one opening the line with a comma ("Wed, 08/09/2023 09:55"), so a name such as
"Sam" stays."""
_COUNT = re.compile(r"(?<!\d)\d+\s+[^\W\d]+$")
"""A counter, not a name: "39 points", "Original Poster1 point", "3 replies". Read from the
start of its number: a start inside it finds what the number's start finds, and trying each
made a long number quadratic (an author line of 100,000 digits took minutes in one C call)."""
_SPEAKER_AFTER = re.compile(r"^[|·•—–-]\s*(?P<name>[^|·•:]{1,60}):$")
"""A name after the date that ends in a colon, the words that follow being its comment:
"15.04.2011, 13:02 | Hans Heiser:". Without the colon the words may be a control ("| Reply")."""
_NUMBERED_LABEL = re.compile(
    r"^\W*(?:reply|post|comment|message|antwort|beitrag|réponse|respuesta|mensaje|risposta"
    r"|messaggio|resposta|reactie|bericht)\s*#\s*\d+\W*(?:on|am|le|el|il|op|em)?\s*:?\s*$",
    re.IGNORECASE,
)
"""A post's number before its date ("« Reply #1 on: May 03, 2010, 09:04:43 PM »", as SMF heads
a post): the word labels the number, it names no one."""
FLOOR = r"B?(\d+)\s*(?:樓|楼|F)"
"""A post's floor, as Chinese boards number their posts ("2 樓", "3楼", "5F", and "B1F" under
the opening post's "GF": the replies as floors below the ground one); its number the group."""
_POST_NUMBER = re.compile(rf"^#?\d+\.?$|^{FLOOR}$")
"""A post's number where a name would be ("#1 • 8:05 AM, Aug 18, 2010"), or its floor ("2 樓",
"B1F 2025-08-25 11:17")."""
MAX_AUTHOR = 60
"""The longest name read as a commenter's: more is a sentence."""
_MAX_AUTHOR_WORDS = 6
_MAX_TAIL = 25
"""Characters a meta line may hold after its date besides a name ("| Reply", "#3")."""


@dataclass(frozen=True)
class MetaLine:
    """What a comment's heading line says: its author (if named) and time."""

    author: str | None
    shown: str
    posted_at: datetime
    start: int
    """Where the date starts in the line."""


def mask_links(line: str) -> str:
    """The line with links blanked out, so "…/2016/06/23/post" is not read as a date."""
    if "/" not in line and "www." not in line:
        return line
    return _URL.sub(lambda match: " " * len(match.group()), line)


def read_meta_line(line: str, now: datetime) -> MetaLine | None:
    """Split a line naming a comment's author and time: "Comment by Ada — May 3, 2024 @ 10:15",
    "Ada | Saturday, 2 November 2024 - 14:05", "Marie - Le 3 mars 2024 à 14h30", "Kai,
    vor 3 Stunden", "3 May 2024 by Ada", "3 May 2024 | Ada:". None without a date, or when the words around it
    are too long to be a name and a link (a sentence that mentions a date). Short lines are
    remembered: a block's first lines are read when it is judged a comment, then again when
    it is read as one. A quote's header ("Quote from: Ada on April 6, 2020") names whom a
    post quotes, not whose post it is: no meta line."""
    if quote_label(line):
        return None
    if len(line) <= _CACHED_LINE:
        return _read_short_meta_line(line, now, now.tzinfo)
    return _read_meta_line(line, now)


_QUOTE_HEADER = re.compile(
    r"\s*(?:quote|quoting|zitat|citation|cita|citazione|citaat|citação|цитата|cytat)\b"
    r"(?:[^:\n]{0,12}:|\s+(?:from|von|de|di|da|van|od|от)\s)",
    re.IGNORECASE,
)
"""A quote's label opening a line ("Quote from:", "Zitat von:", "Citation de :", "Cita de:"),
or its word and "from" before the quoted name ("Quote from Ada on April 6, 2020")."""


def quote_label(line: str) -> bool:
    """Whether the line opens with a quote's label: what follows is someone else's words."""
    return _QUOTE_HEADER.match(line) is not None


def _short_ago(line: str, now: datetime) -> MetaLine | None:
    """A line that is only a time ago in its shortest form ("11m", "2y", "3 h", "2 years",
    "3 Std.", "2 sem"), as apps print a comment's age: alone on its line it is a date, though
    it says no "ago"."""
    match = _SHORT_AGO.fullmatch(line.strip())
    if match is None:
        return None
    unit = _SHORT_UNITS.get(match["unit"].lower().rstrip("."))
    if unit is None:
        return None
    count = int(match["count"]) * (30 if unit == "months" else 365 if unit == "years" else 1)
    days_unit = "days" if unit in ("months", "years") else unit
    return MetaLine(None, line.strip(), now - timedelta(**{days_unit: count}), 0)


def _day_and_month(line: str, now: datetime) -> MetaLine | None:
    """A line that is only a day and a month ("Jun 14", "15 Jun"), as apps date this year's
    comments: the last such day up to `now`."""
    shown = line.strip()
    match = _DAY_AND_MONTH_ONLY.fullmatch(shown)
    if match is None:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).lower().rstrip("."))
    day = int(match["day"] or match["day2"])
    if month is None:
        return None
    try:
        moment = now.replace(month=month, day=day, hour=0, minute=0, second=0, microsecond=0)
        if moment > now:
            moment = moment.replace(year=now.year - 1)
    except ValueError:
        return None  # "Feb 30"
    return MetaLine(None, shown, moment, 0)


def _day_after_a_clock(line: str, now: datetime) -> tuple[int, int, datetime] | None:
    """Where a line ends in a clock time and a day and month without the year ("… by Ada:
    12:42am On Apr 24"), as a forum dates this year's posts: the day and month, read by
    `_day_and_month`, and their place in the line (the clock before it is read as any)."""
    match = _CLOCK_THEN_DAY.search(line)
    if match is None:
        return None
    day = _day_and_month(match["day"], now)
    return None if day is None else (match.start("day"), match.end("day"), day.posted_at)


_CLOCK_THEN_DAY = re.compile(
    r"\d:[0-5]\d\s*(?:[ap]\.?\s?m\.?)?\s*,?\s*(?:on\s+)?"
    r"(?P<day>[^\W\d_]{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?)\s*"
    r"(?:\[\s*\d[\d,.]*\s+[^\W\d_]{2,15}\s*\]\s*)?$",
    re.IGNORECASE,
)
"""A clock time, then a day and month ending the line, or followed only by a count in square
brackets that a byline may add ("7:17 PM on May 2 [3 favorites]", a tally of readers' marks)."""


def _clock_after_a_day(line: str, now: datetime) -> tuple[int, int, datetime] | None:
    """Where a line ends in a day and month without the year, then a clock time ("Ada
    Posted: Oct.28 at 4:22 pm", "Ada, 3 Mar um 09:15"), as a blog dates this year's comments:
    the last such day up to `now` (`_day_and_month`, the month's dot may touch the day), at
    that clock time, and their place in the line. Without a year the date is weak evidence:
    a name and a label at most may stand before it, not a sentence ("Meet us at the stall
    on Sep 16 at 10:00")."""
    match = _DAY_THEN_CLOCK.search(line) if ":" in line else None
    if match is None or len(line[: match.start()].split()) > _BEFORE_A_YEARLESS_DAY:
        return None
    day = _day_and_month(_DOT_ON_DAY.sub(". ", match["day"]), now)
    if day is None:
        return None
    hour = int(match["hour"]) % 12 if match["ampm"] else int(match["hour"])
    hour += 12 if (match["ampm"] or "").lower().startswith("p") else 0
    if hour > 23:
        return None
    moment = day.posted_at + timedelta(hours=hour, minutes=int(match["minute"]))
    return match.start("day"), match.end(), moment


_DAY_THEN_CLOCK = re.compile(
    r"(?<![\w.])(?P<day>[^\W\d_]{3,9}(?:\.\s*|\s+)\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,9}\.?)"
    r"(?:st|nd|rd|th)?,?\s+(?:at|um|à|às|alle|om)\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)
"""A day and month, then "at" (or "um", "à", "alle", "om") and a clock time ending the
line: with the word between them the two read as one moment, not a teaser's date and a
figure."""
_BEFORE_A_YEARLESS_DAY = 4
"""Words a line may show before a yearless day ("Posted by Ada Lane on")."""
_DOT_ON_DAY = re.compile(r"\.\s*(?=\d)")
"""The dot of a month cut short, touching the day ("Oct.28"): read as "Oct. 28"."""


_DAY_AND_MONTH_ONLY = re.compile(
    r"(?P<month>[^\W\d_]{3,9}\.?)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\.?\s+(?P<month2>[^\W\d_]{3,9}\.?)"
)


_SHORT_AGO = re.compile(r"(?P<count>\d{1,2})\s?(?P<unit>[^\W\d_]{1,9}\.?)")
_SHORT_UNITS = {
    word: unit
    for unit, words in (
        ("seconds", "s sec secs second seconds sek seg"),
        ("minutes", "m min mins minute minutes minuten minuto minutos"),
        ("hours", "h hr hrs hour hours std stunde stunden hora horas heure heures"),
        ("days", "d day days tag tage tagen jour jours día días dia dias"),
        ("weeks", "w wk wks week weeks woche wochen sem semaine semaines semana semanas"),
        ("months", "mo mos month months monat monate monaten mois mes meses"),
        ("years", "y yr yrs year years jahr jahre jahren an ans año años ano anos"),
    )
    for word in words.split()
}
"""A count's unit, written out or cut short, in English, German, French, Spanish and
Portuguese: "m" alone is minutes, "mo" months."""


_CACHED_LINE = 200
"""The longest line remembered, so that a hostile page's long lines are not kept."""


@lru_cache(maxsize=1024)
def _read_short_meta_line(line: str, now: datetime, zone: tzinfo | None) -> MetaLine | None:
    """`zone` is part of the key: the same instant in two zones compares equal, but dates
    are read in the zone of `now`."""
    return _read_meta_line(line, now)


def _read_meta_line(line: str, now: datetime) -> MetaLine | None:
    found = (
        find_datetime(mask_links(line), now)
        or _day_after_a_clock(line, now)
        or _clock_after_a_day(line, now)
    )
    if found is None:
        return (
            _short_ago(line, now)
            or _day_and_month(line, now)
            or _glued(line, now)
            or _after_actions(line, now)
        )
    start, end, moment = found
    if PROFILE_DATE.search(line[:start]):
        return None  # "Joined: 10 Feb 2012": the commenter's profile, not the comment
    before = without_weekday(_DATE_LABEL.sub("", line[:start]))
    clock = _CLOCK_BEFORE.search(before)
    if clock is not None:  # "Ada • 8:05 AM Wednesday, Aug 18, 2010": the time comes first
        before, start = before[: clock.start()], clock.start()
        if ":" not in line[found[0] : end]:  # the date itself holds no time
            hour = int(clock["hour"]) % 12 if clock["ampm"] else int(clock["hour"])
            hour += 12 if (clock["ampm"] or "").lower().startswith("p") else 0
            moment += timedelta(hours=hour, minutes=int(clock["minute"]))
    labelled = _LABELLED_NAME.search(before)
    if labelled is not None:  # "Re: Skills Name: Ada Date: …", a Perl board's heading line
        before = labelled["name"]
    subject = _SUBJECT_BY.search(before)  # "Re: Fuel prices by Ada: 5:22am On Apr 24"
    author = clean_author(subject["name"] if subject else before)
    after = _SUBJECT_AFTER.sub("", line[end:]).strip()
    if _LABEL_ALONE.fullmatch(author) or VERB_ALONE.fullmatch(author):
        author = ""  # "Submitted May 3, 2024 by Ada": the name comes after; "schrieb am …"
    if not author:
        match = LEADING_LABEL.match(after)
        if match:
            author, after = clean_author(after[match.end() :]), ""
        elif speaker := _SPEAKER_AFTER.match(after):
            author, after = clean_author(speaker["name"]), ""
    if (
        author.lower() in _CONNECTORS
        or _LABEL_ALONE.fullmatch(author)
        or _COUNT.search(author)
        or _POST_NUMBER.match(author)
        or _NUMBERED_LABEL.match(before)
    ):
        author = ""
    if len(after) > _MAX_TAIL or (
        author
        and (
            len(author) > MAX_AUTHOR
            or len(author.split()) > _MAX_AUTHOR_WORDS
            or (labelled is None and (_PATH.search(author) or "www." in author))
        )
    ):
        return None  # a sentence: "Ada said on 3 May 2024 that the bridge would open"
    return MetaLine(author or None, line[start:end].strip(), moment, start)


def _glued(line: str, now: datetime) -> MetaLine | None:
    """A name run into the date after it ("Ada3 May 2024", "Ada Lovelace12.03.2024 10:15"), as
    two inline elements without a space between them read: the line split where the name's
    letters meet the date's digits, read when the date starts right there and a name is left."""
    if len(line) > _MAX_GLUED:
        return None
    join = _LETTER_THEN_DIGIT.search(line)
    if join is None:
        return None
    cut = join.end()
    found = _read_meta_line(f"{line[:cut]} {line[cut:]}", now)
    if found is None or found.author is None or found.start != cut + 1:
        return None
    return MetaLine(found.author, found.shown, found.posted_at, cut)


_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_]{2}(?=\d)")
_MAX_GLUED = 80
"""The longest line tried as a glued name and date: a meta line, not a paragraph."""


def _after_actions(line: str, now: datetime) -> MetaLine | None:
    """A date run into a row of actions before it ("Like 25/Reply/Report2024-01-25 19:47"
    written as inline links with no space): the row is slash-joined short words, some with a
    count, which read as a path (masked) and as no name; the date is read after it, unnamed."""
    row = _ACTION_ROW.match(line) if len(line) <= _MAX_GLUED else None
    if row is None:
        return None
    found = _read_meta_line(line[row.end() :], now)
    if found is None or found.author is not None or found.start != 0:
        return None
    return MetaLine(None, found.shown, found.posted_at, row.end())


def after_actions(line: str, meta: MetaLine) -> bool:
    """Does the meta line's date follow a row of actions (`_after_actions`): a comment's
    footer, below its words?"""
    row = _ACTION_ROW.match(line) if meta.start > 0 else None
    return row is not None and row.end() == meta.start


_ACTION_ROW = re.compile(r"(?:[^\W\d_]{1,8}\s?\d{0,6}/){2,5}[^\W\d_]{1,8}(?=\d)")
"""Three to six short words joined by slashes, a count after some, the last one glued to a
figure: a comment's row of actions ("推荐25/回复/举报"), not a path, which has no word glued
to the date that ends it."""


_PATH = re.compile(r"[^\W\d_]{2}/[^\W\d_]{2}|://")
"""A path or an address in a would-be name ("news/politics", "http://…"): a sentence's words,
not whoever posted; a slash between a letter and figures is a poster's stats ("Kurt
M/39/185": sex, age, weight)."""


_SUBJECT_BY = re.compile(r"\S\s+by\s+(?P<name>[^\s:][^:]{0,40}?)\s*(?:\([^()]{1,3}\))?:\s*$")
"""A post's subject, then "by" and its author's name right before the date ("Re: Fuel prices
by Ada(f): 12:42am On Apr 24"): the name alone, without a short mark in brackets after it; a
sentence puts no colon after the name."""


_NAME_THEN_DATE_LABEL = (
    r"(?:^|(?<=\s))(?i:name|author|autor|auteur|имя|автор|作者|名前|お名前|작성자|글쓴이|이름"
    r"|[\u3400-\u9fff]{1,3}[人者])\s*[:：]\s*(?P<name>[^:：]{1,60}?)\s*(?i:date|datum|fecha"
    r"|data|дата|작성일|등록일|날짜|일시|[\u3400-\u9fff]{0,3}(?:日|日時|時間|时间|日期|日付))\s*[:：]"
)
_LABELLED_NAME = re.compile(_NAME_THEN_DATE_LABEL + r"\s*$")
"""A name after its label, then the date's label, the line's last words before the date: "Re:
Skills Name: Ada Date:", the Japanese "投稿者：Ada 投稿日：" (poster, posting day) or the Korean
"작성자: Ada 작성일:". The post's subject may come first: the name is what the label names,
whatever it reads like (a spammer's "www.example.com")."""
_LABELLED_NAME_IN_LINE = re.compile(_NAME_THEN_DATE_LABEL)


def subject_before_name(line: str) -> str | None:
    """The words before a labelled name and the date's label on a post's heading line: its
    subject ("Re: Skills" in "Re: Skills Name: Ada Date: 3 May 2024"); none without them."""
    match = _LABELLED_NAME_IN_LINE.search(line)
    return (spaced(line[: match.start()]) or None) if match is not None else None


_CLOCK_BEFORE = re.compile(
    r"(?:^|(?<=[\s,|·•@—–-]))(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?\s*,?\s*(?:on\s*)?$",
    re.IGNORECASE,
)
"""A clock time just before the date it belongs to ("8:05 AM Wednesday, Aug 18, 2010", "Ada
at 10:15 AM on March 3, 2020")."""


_DATE_LABEL = re.compile(
    r"^\s*(?:posted|date|datum|verfasst|geschrieben|erstellt|posté|publié|publicado|enviado"
    r"|pubblicato|[\u3400-\u9fff]{0,4}(?:时间|時間|日期|日時))"
    r"\s*[:：]\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\b\.?,?)?\s*$",
    re.IGNORECASE,
)
"""A label that is all a line holds before its date ("Posted: Tue May 06, 2003", a Chinese
"评论时间:", "comment time")."""
_SUBJECT_AFTER = re.compile(
    r"\s(?:post\s+)?(?:subject|betreff|sujet|asunto|oggetto|onderwerp|temat|тема)\s*:.*$",
    re.IGNORECASE,
)
"""The post's subject after its date ("… 8:50 pm Post subject: Re: Gimix"), not a sentence."""


def without_subject(line: str) -> str:
    """The line less the post's subject labelled after its date ("Posted: Tue May 06, 2003
    8:50 pm Post subject: Re: Gimix" → "Posted: Tue May 06, 2003 8:50 pm")."""
    return _SUBJECT_AFTER.sub("", line)


def without_weekday(text: str) -> str:
    """The text less a weekday at its end: "guest Saturday," (before "November 24, 2012")
    → "guest"."""
    return _WEEKDAY.sub("", text)


def labelled_name(line: str) -> str | None:
    """The name on a line that says whose comment it is ("Posted by: Ada", "von Ada",
    "par Ada"): the line beside a date line that holds no name."""
    match = LEADING_LABEL.match(line.strip())
    if match is None:
        return None
    name = clean_author(line.strip()[match.end() :])
    if not name or len(name) > MAX_AUTHOR or len(name.split()) > _MAX_AUTHOR_WORDS:
        return None
    return name


PROFILE_DATE = re.compile(
    r"(?:\b(?:joined|registered|member since|mitglied seit|registriert(?: seit)?|dabei seit"
    r"|anmeldedatum|inscrit(?: le)?|inscription|registrado|miembro desde|membro desde"
    r"|iscritto(?: il)?|lid sinds|geregistreerd|зарегистрирован|регистрация|dołączył"
    r"|last (?:login|visit|active|seen|online)|zuletzt (?:online|aktiv)|letzter besuch"
    r"|dernière (?:visite|connexion)|última (?:visita|conexión|conexão)|ultimo accesso)"
    r"|注册时间|注册日期|註冊時間|註冊日期|加入时间|加入時間|最后登录|最后登陆|最後登入"
    r"|最後登錄|登録日|最終ログイン|가입일)\s*[:：]?\s*$",
    re.IGNORECASE,
)
"""The label of a date of a commenter's profile (when they joined the site, when they last
came), in a forum post's profile column."""


_LEADING_NUMBER = re.compile(
    r"^(?:(?:#|(?:reply|post|comment|answer|antwort|kommentar|réponse|respuesta)\s*#?)\s*\d+"
    rf"(?:\s*[-|·•—–:]\s*|\s+(?=(?:{_LABELS})\s))|\d{{1,4}}\.\s+(?=[^\W\d_]))",
    re.IGNORECASE,
)
"""A post's number before the name ("#13392 - tepples - Fri Dec 12, 2003", "Reply 2 - Posted
by: Rand Al'Thor 5/21/2024 4:50:13 AM", phpBB's "#2 Post by Ada", a numbered list's "1. Ada")."""


def clean_author(text: str) -> str:
    """A name without the words around it: "Comment by Ada —" → "Ada", "Rafael sagt:" →
    "Rafael", "TBerben (1061176)" (the user's number) → "TBerben", "( Ada" (a bracket the
    name line opens and its date closes) → "Ada"; a closing one stays (the smile in "Bea :)");
    "Ada@ada", the name and the same handle glued after it → "Ada"."""
    name = LEADING_LABEL.sub("", _LEADING_NUMBER.sub("", text.strip()))
    label = _TRAILING_LABEL.search(name, max(0, len(name) - _TRAILING_LABEL_CHARS))
    if label is not None:
        name = name[: label.start()]
    name = _USER_NUMBER.sub("", name).strip(_AROUND_NAMES)
    for opening, closing in _BRACKETS:
        if name.startswith(opening) and closing not in name:
            name = name[1:].strip(_AROUND_NAMES)
    handle = _HANDLE_AFTER.search(name)
    if handle and handle["handle"].casefold() == name[: handle.start()].replace(" ", "").casefold():
        name = name[: handle.start()]  # "Biker@biker": the name shown, then its handle glued on
    return name


_USER_NUMBER = re.compile(r"(?<=\S)\s+\(\d+\)$")
_HANDLE_AFTER = re.compile(r"(?<=\w)@(?P<handle>[\w-]+)$")
_AROUND_NAMES = " \xa0,:;|·•»«@—–-："
_BRACKETS = (("(", ")"), ("[", "]"))


def is_date_line(line: str, now: datetime) -> bool:
    """Is the line a date and nothing else ("12. März 2024, 10:15", "3 hours ago")?"""
    found = find_datetime(line, now)
    if found is None:
        return False
    rest = _WEEKDAY.sub("", line[: found[0]]) + " " + line[found[1] :]
    return all(word.strip(" ,:;|·•@—–-()[]").lower() in _CONNECTORS for word in rest.split())


_CONNECTORS = frozenset(
    {"", "on", "am", "um", "le", "el", "il", "op", "em", "at", "den", "uhr"}
    | {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
)
"""What a line that is only a date may hold besides the date ("am 3. Mai 2024", phpBB's
"Thu Jan 02, 2020 8:48 pm")."""
