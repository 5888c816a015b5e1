"""Names from a stated author value (a JSON-LD Person, a list, "Ada Obi and Ben Carter, Staff
Writers"): people only, without the job titles and "By" around them."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any

from flows.parse.agency import PICTURE_AGENCY
from flows.parse.meta.values import clean
from flows.parse.nodes import spaced
from flows.times import find_datetime

# "TOM KRISHER, AP Auto Writer": a job title after the name is not a second author.
# Also the other jobs a byline gives its author ("Ada Obi, Chief Economist at Example Bank",
# "Ada Obi, Vice President, Example Cloud" on a company's blog), and the press's job words in
# German, French, Spanish, Italian and Dutch.
_JOBS = (
    r"writer|correspondent|reporter|editor|contributor|columnist|journalist|economist|analyst|"
    r"professor|producer|photographer|photojournalist|commentator|critic|researcher|"
    r"president|director|manager|officer|founder|engineer|scientist|developer|designer|"
    r"strategist|consultant|evangelist|ceo|cto|cfo|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journalistin|rédact(?:eur|rice)|journaliste|"
    r"correspondant(?:e)?|periodista|redactora?|corresponsal|giornalista|redattrice|redattore|"
    r"corrispondente|verslaggever|redacteur"
)
_ROLE = re.compile(rf"\b(?:{_JOBS}|staff)s?\b", re.IGNORECASE)
# "Howard Blume Staff Writer": a job title at the end of a name, without a comma.
_TRAILING_ROLE = re.compile(rf"\s+(?:{_JOBS})s?$", re.IGNORECASE)
# What stands before that job title and belongs to it: "Rick Nauert PhD Senior News Editor",
# "Mike Stobbe AP Medical Writer": its rank, its beat, its agency's acronym, a degree.
_ROLE_WORD = re.compile(
    r"senior|staff|contributing|chief|deputy|political|special|managing|associate|vice|"
    r"executive|general|product|program|principal|software|marketing|"
    r"syndicated|news|sports?|medical|health|science|technology|tech|business|politics|"
    r"features?|entertainment|economics?|ph\.?d\.?",
    re.IGNORECASE,
)
_AGENCY = re.compile(r"[A-Z]{2,3}")


def _without_role(name: str) -> str:
    """A name without the job title run on after it, keeping two words at least; a group
    ("Guardian staff reporter") is left whole."""
    end = _TRAILING_ROLE.search(name)
    if end is None:
        return name
    words = name[: end.start()].split()
    while len(words) > 2 and (_ROLE_WORD.fullmatch(words[-1]) or _AGENCY.fullmatch(words[-1])):
        words.pop()
    return name if words and _ROLE_WORD.fullmatch(words[-1]) else " ".join(words)


# "Ada Obi The Associated Press", "ADA OBI Associated Press", "Ada Obi Bloomberg News": the
# employer after a name, without the comma.
_TRAILING_PUBLICATION = re.compile(
    r"\s+The(?:\s+[A-Z][\w.-]*)+$|\s+(?:[A-Z][\w.-]*\s+)?(?:Press|News|Agency|Wire)$"
)
# "Ada Obi New York Times", "Ada Obi USA TODAY", "Ada Obi Florida Today": a newspaper's name,
# one or two capitalised words before the word papers are named with, run on after a name.
_PAPER = re.compile(
    r"times|today|post|journal|herald|tribune|chronicle|gazette|telegraph|inquirer|examiner"
    r"|courier|dispatch",
    re.IGNORECASE,
)

_TAG = re.compile(r"<[^>]*>")
_EMAIL = re.compile(r"\S@\S+\.\w")
# "ADA OBI ada.obi@example.com": the address after the name, which the byline shows both.
_TRAILING_EMAIL = re.compile(r"(?<=\S)\s+\S+@\S+\.\w+$")
_ADDRESS = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)

BY = re.compile(
    r"^\s*(?:(?:(?:posted|written|reported|story|words|text|article|reporting|contributed|"
    r"compiled|submitted|created|recipe|interview|(?:a\s+)?guest\s+post|escrito|écrit|"
    r"rédigé|geschrieben|verfasst|ein\s+beitrag|analysis|analyse|commentary|kommentar|opinion|"
    r"column|kolumne|essay|review)\s+)?"
    r"(?:by|von|par|por)(?:\s*:)?\s+"
    r"|(?:di|door|av|af|przez)\s+|(?:文|撰文|記者|记者)\s*[/／●:：]\s*"
    r"|(?:authors?|aut(?:or|eur|ore)(?:in|en|es|s|i)?(?:\s*[/*]\s*(?:in|innen|autorin))?"
    r"|text[eo]?|testo|tekst|words|writer|автор|yazar|penulis|szerző|kirjoittaja|forfatter"
    r"|författare|piše|tác\s+giả)\s*[:：]\s*)+",
    re.IGNORECASE,
)
"""With a colon only where that is no other word: German "Di:" is Tuesday. Repeated, as
templates that print "By" before a name that already starts with it do ("By by Ada Obi"); after
the verb of a post's footer ("Posted by Ada Obi", "Submitted by", "Contributed by", "Escrito
por", "Rédigé par", "Geschrieben von") or what the name wrote ("Story by", "Words by",
"Reporting by", "Recipe by", "Guest post by", "Ein Beitrag von"), or the kind of piece
("Analysis by", "Opinion by", "Kommentar von").
Chinese and Japanese bylines put "text" or "reporter" and a mark before the name ("文／",
"文●", "記者："). A field's label and its colon ("Author:", "Autor/Autorin:", "Auteur :",
"Text:", "Texto:", "Words:", "Writer:", "Автор:"; "Yazar:", "Penulis:", "Szerző:",
"Kirjoittaja:", "Forfatter:", "Författare:", "Piše:", "Tác giả:") stand for "By" too. Not
Indonesian "Oleh" ("by"), which is a Ukrainian first name: "Oleh Ivanov" is no "By Ivanov"."""

# People are joined by "and" (und, et, y, with; in lower case e, en, og, och, ve, i, и, where
# "E." and "I." are initials), "&", ";", "|", " / " or "、"; a comma also parts a name from the
# job title and employer that follow it ("Ada Obi, Senior Reporter, The Daily Example").
_AUTHOR_GROUPS = re.compile(
    r"\s*(?:;|&|\b(?:and|und|et|y|with)\b|(?-i:\b(?:e|en|og|och|ve|i|и)\b)|\||、)\s*"
    r"|\s+/\s+",
    re.IGNORECASE,
)
# Another role's credit after the author's: "Reporting by Ada Obi; Editing by Ben Uche",
# "Additional reporting by Cy Dee", "Photos by Di Eze".
_OTHER_CREDIT = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+by\s", re.IGNORECASE)

# A picture's credit, which captions and some author fields give where the writer's name
# stands: "Photograph by Ada Obi", "Photo: Ada Obi", "Photographed by", "Illustration by",
# "Foto: Ada Obi", "Bild: …", "Photo de …".
_PICTURE_CREDIT = re.compile(
    r"(?:photo(?:graph)?s?|photograph(?:ed|y)|pictures?|images?|illustrations?|illustrated|"
    r"artwork|graphics?|foto(?:s|grafie|graf[íi]a)?|bild(?:er)?|fotografiert)"
    r"(?:\s*[:：]|\s+(?:by|von|par|por|di|de|door|av|af)\s)",
    re.IGNORECASE,
)
# A photo agency's photo desk before a name ("AP Photo/Ada Obi"); an agency or library after
# it ("Ada Obi/Getty Images") is `PICTURE_AGENCY`'s.
_PHOTO_DESK = re.compile(r"\b(?:photo|foto)\s*/", re.IGNORECASE)

LOGIN = re.compile(r"[a-z][a-z0-9_-]{3,}")


def union(first: list[str], second: list[str]) -> list[str]:
    """Names from two sources in order, each once whatever its case ("ADA OBI" is Ada Obi): a
    meta tag may name one of several bylines."""
    seen = {name.casefold() for name in first}
    return first + [name for name in second if name.casefold() not in seen]


def split_authors(value: Any) -> list[str]:
    """Names from a JSON-LD author (string, Person, list) or a byline string, de-duplicated."""
    names: list[str] = []
    for item in _items(value):
        if isinstance(item, dict):
            item = _person_name(item)
        if not isinstance(item, str):
            continue
        if "<" in item or "&lt;" in item:  # a link's markup, escaped: "&lt;a href=…&gt;Ada Obi"
            item = _TAG.sub(" ", html.unescape(item))
        elif "&" in item:  # an entity JSON-LD or a twice-escaped tag kept: "Seán O&#039;Neill"
            item = clean(item) or ""
        item = _LISTED_NOTE.sub("", BY.sub("", spaced(item)))
        if item.startswith(("http://", "https://")):
            continue
        for group in _AUTHOR_GROUPS.split(item):
            parts = _before_date(group).replace("，", ",").split(",")
            for index, name in enumerate(parts):
                name = name.strip(" .-–—»›→")  # "By Ada Obi »": a link's arrow
                if _PICTURE_CREDIT.match(name):
                    break  # "Photograph by Ada Obi, Example Creative": the picture's credit
                if (names or index) and _ROLE.search(name):
                    break  # "Ada Obi, AP Auto Writer, The Daily Example": the rest is the job
                if index and (_employer(name) or _shouted_after(name, parts[0])):
                    break  # "Ada Obi, The Associated Press", "Ada Obi, TIME": who she writes for
                if index and _DEGREE.fullmatch(name):
                    continue  # "Ada Obi, Ph.D.": her degree
                if _ADDRESS.match(name) or _NOTE.fullmatch(name) or _LABEL_ONLY.fullmatch(name):
                    continue  # "Ada Obi, https://example.com/ada", "(Photo: PA)": no name
                if PICTURE_AGENCY.search(name) or _PHOTO_DESK.search(name):
                    continue  # "Ada Obi/Getty Images", "AP Photo/Ada Obi": a photo's credit
                if names and _OTHER_CREDIT.match(name):
                    continue  # "Editing by Ben Uche" after the author: another role's credit
                if name.startswith("(") and name.endswith(")"):
                    name = name[1:-1]  # "(AP)": the credit
                unmailed = _TRAILING_EMAIL.sub("", name)
                name = unmailed if len(unmailed.split()) >= 2 else name
                if " " in name and _EMAIL.search(name):
                    continue  # "Ada Obiada@example.com": a name glued to an address
                kept = _CREDIT_TAIL.sub("", _without_role(name))  # "for The Daily Example"
                kept = _without_paper(_TRAILING_PUBLICATION.sub("", kept))
                kept = _CREDIT_TAIL.sub("", kept).rstrip(" -–—|,/")
                if len(kept.split()) >= 2:
                    name = kept
                if _is_name(name) and name.casefold() not in {n.casefold() for n in names}:
                    names.append(name)
    people = [name for name in names if not _MAIL.fullmatch(name)]
    return people or names  # "Ada Obi, aobi@example.com": her address beside her name


def _before_date(group: str) -> str:
    """A part of the value up to the date in it: "Ada Obi | March 3, 2024" in an author meta
    tag is one name and its day."""
    if not _DIGIT.search(group):
        return group
    found = find_datetime(group, _EPOCH)
    return group[: found[0]] if found is not None else group


_DIGIT = re.compile(r"\d")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _person_name(person: dict[str, Any]) -> Any:
    """A JSON-LD Person's name: its `name` (a list's first string), else its given and
    family names joined."""
    name = person.get("name")
    if isinstance(name, list):
        name = next((part for part in name if isinstance(part, str)), None)
    if name is None:
        parts = (person.get("givenName"), person.get("familyName"))
        name = " ".join(part for part in parts if isinstance(part, str)) or None
    return name


def full_name(name: str) -> bool:
    """Two words or more, or in a script written without spaces (Japanese, Chinese) two
    characters or more ("オカモト", "田中宏昌")."""
    return len(name.split()) >= 2 or bool(_UNSPACED_NAME.fullmatch(name))


_UNSPACED_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}")


def _items(value: Any) -> list[Any]:
    """The values of an author list, with those of a list inside it: some CMSs nest the
    desk's entry in a list of its own (`[{Person Ada}, [{Person Desk}]]`)."""
    items = value if isinstance(value, list) else [value]
    return [inner for item in items for inner in (item if isinstance(item, list) else [item])]


# After a name, who it is written for or through, where she writes from and where to find
# her: "Ada Obi for Example.com", "for the Daily Mail", "via Reuters", "in Washington", "(AP)",
# "(www.dw.com)", "@adaobi".
_CREDIT_TAIL = re.compile(
    r"\s+(?:for|via)\s+(?:the\s+)?[^\W\d_][^,]*$|(?-i:\s+in\s+[A-Z][^,]*$)|\s*\([^()]*\)$"
    r"|\s+@\w+$",
    re.IGNORECASE,
)
# A note in parentheses after a name that lists places or desks with commas, which would
# part it into names: "Ada Obi (Bruxelles, bureau européen)".
_LISTED_NOTE = re.compile(r"(?<=[^\W\d_])\s*\([^()]*,[^()]*\)")
# A labelled note in parentheses beside the byline: "(Photo: PA)".
_NOTE = re.compile(r"\([^()]*:[^()]*\)")
# A credit's verb where a CMS leaves the name out ("creator": ["Contributed"]).
_LABEL_ONLY = re.compile(
    r"(?:posted|written|reported|contributed|compiled|submitted|created|published|sponsored)"
    r"(?:\s+by)?",
    re.IGNORECASE,
)
_DEGREE = re.compile(r"(?:ph\.?\s?d|m\.?\s?d|mba|msc|rn|m\.?\s?a|b\.?\s?a)\.?", re.IGNORECASE)
_MAIL = re.compile(r"\S+@\S+\.\w+")


def _without_paper(name: str) -> str:
    """A name without the newspaper run on after it, where two words of the name are left
    ("Ada Obi Washington Post"; "Ada Emily Post" is a name). A beat before the paper's word
    names the whole as a paper ("Tampa Bay Business Journal")."""
    words = name.split()
    if len(words) < 4 or not _PAPER.fullmatch(words[-1]) or _ROLE_WORD.fullmatch(words[-2]):
        return name
    for start in (len(words) - 3, len(words) - 2):
        if start >= 2 and all(word[:1].isupper() for word in words[start:-1]):
            return " ".join(words[:start])
    return name


def _employer(text: str) -> bool:
    """A publication or agency after a comma, not a second author: an acronym ("AP", "TIME"),
    a name with "The" ("The Associated Press"), one a press word is in ("Reuters News"), or
    who the author writes for ("Special to The Example", "for the Daily Example"), or a
    site's host name ("Example.com")."""
    return bool(_ACRONYM.fullmatch(text) or _PUBLICATION.search(text) or _HOST_NAME.fullmatch(text))


_HOST_NAME = re.compile(r"[^\W_][\w-]*(?:\.[a-z]{2,})+")


_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]*")  # "AP", "TIME", "ITmedia"
_PUBLICATION = re.compile(
    r"^(?:the|special\s+to|for)\s|\b(?:press|news|agency|media|times|magazine|newspaper|wire"
    r"|reuters)\b",
    re.IGNORECASE,
)


def _shouted_after(text: str, first: str) -> bool:
    """A name in capitals after one in mixed case ("David Straub, MDR THÜRINGEN"): the
    desk or the publisher, as a byline prints it, not a second author, whom it would spell
    as it spells the first."""
    return text.isupper() and any(letter.islower() for letter in first)


def _is_name(text: str) -> bool:
    """Short and not a number: a CMS's numeric user id ("105092") names nobody, nor does its
    default account ("admin", "Administrator", "webmaster"), which a post keeps when its
    writer set no name."""
    return (
        0 < len(text) <= 80 and _NUMBER.fullmatch(text) is None and _ACCOUNT.fullmatch(text) is None
    )


_NUMBER = re.compile(r"[\d\s.,#-]+")
_ACCOUNT = re.compile(r"(?:site\s*)?admin(?:istrator)?|webmaster", re.IGNORECASE)
