"""Plain-text page dumps (what "save as text" or a copy from a browser gives) → a parsed page.

A dump keeps the page's visible lines and nothing else: a kicker, the title, a byline
and date, body paragraphs, then sections under headings such as "View Comments"
or "Recent Posts". The headings are what separate the article from the rest.
"""

from __future__ import annotations

import re
from datetime import datetime

from flows.contracts import Article, Comment, Link, ParsedPage
from flows.parse.agency import agency_named, credited_agency
from flows.parse.meta import split_authors
from flows.times import looks_like_relative_time, parse_datetime

_COMMENTS = re.compile(
    r"^(?:view|show|read|see)?\s*(?:all\s*)?(?:\d+\s+)?(?:comments?|responses?|replies)"
    r"(?:\s*\(\d+\))?\s*:?$|^(?:\d+\s+)?(?:thoughts|responses) on .+$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:recent|related|latest|more|popular|trending|top|other|similar)\s+"
    r"(?:posts|stories|news|articles|headlines|reads)\s*:?$|^(?:related|read (?:more|also)|"
    r"you may also like|more from .+|also read)\s*:?$",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"^(?:follow us(?: on)?|share(?: this(?: article| story)?)?|leave a (?:reply|comment)|"
    r"subscribe.*|sign up.*|advertisement|tags?)\s*:?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[•●▪◦*·-]\s+")
# "Emeka O. · 3 hours ago": a bullet line naming the commenter and when they posted.
_COMMENT_HEADER = re.compile(r"^(?P<author>[^·|]{1,60}?)\s+[·|]\s+(?P<time>[^·|]{1,40})$")
_BYLINE = re.compile(r"^(?:by|written by|von|par|por)\s+\S", re.IGNORECASE)


def parse_text_dump(text: str, fetched_at: datetime) -> ParsedPage:
    """Read a plain-text dump: title, byline/date, body, comments, listed related posts."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    sections = _split_sections(lines)
    head = sections.pop(0)[1]
    section, title, authors, published, body = _read_head(head)
    comments: list[Comment] = []
    links: list[Link] = []
    for kind, section_lines in sections:
        if kind == "comments":
            comments.extend(_read_comments(section_lines, fetched_at))
        elif kind == "related":
            links.extend(_read_listed_posts(section_lines, fetched_at))
    agency = credited_agency(body) or next(filter(None, map(agency_named, authors)), None)
    article = Article(
        title=title,
        body="\n\n".join(body),
        authors=authors,
        published_at=published,
        section=section,
        source_agency=agency,
    )
    return ParsedPage(article=article, comments=comments, links=links, kind="text")


def _split_sections(lines: list[str]) -> list[tuple[str, list[str]]]:
    """[("head", lines), ("comments" | "related" | "other", lines), …] split at heading lines."""
    sections: list[tuple[str, list[str]]] = [("head", [])]
    head_lines = 0
    for line in lines:
        stripped = line.strip()
        if len(sections) == 1 and head_lines < 2:
            # Above the title a heading-like line is a kicker ("Top Stories"), not a section.
            head_lines += bool(stripped)
            sections[0][1].append(line)
        elif _COMMENTS.match(stripped):
            sections.append(("comments", []))
        elif _RELATED.match(stripped):
            sections.append(("related", []))
        elif _STOP.match(stripped):
            sections.append(("other", []))
        else:
            sections[-1][1].append(line)
    return sections


def _read_head(
    lines: list[str],
) -> tuple[str | None, str | None, list[str], datetime | None, list[str]]:
    paragraphs = [line.strip() for line in lines if line.strip()]
    section = title = published = None
    authors: list[str] = []
    index = 0
    # A short kicker ("Top Stories") may sit above the title.
    if len(paragraphs) > 1 and len(paragraphs[0].split()) <= 3 and len(paragraphs[1].split()) > 3:
        section = paragraphs[0]
        index = 1
    if index < len(paragraphs):
        title = paragraphs[index]
        index += 1
    # Byline and date lines between the title and the first paragraph.
    while index < len(paragraphs) and len(paragraphs[index]) <= 80:
        line = paragraphs[index]
        if _BYLINE.match(line):
            authors = split_authors(line)
        elif published is None and (moment := parse_datetime(line)) is not None:
            published = moment
        else:
            break
        index += 1
    return section, title, authors, published, paragraphs[index:]


def _read_comments(lines: list[str], fetched_at: datetime) -> list[Comment]:
    """Bulleted items; unbulleted lines continue the item above them."""
    items: list[list[str]] = []
    for line in lines:
        if _BULLET.match(line):
            items.append([_BULLET.sub("", line).strip()])
        elif items and line.strip():
            items[-1].append(line.strip())
    comments = []
    for item in items:
        author = posted_text = None
        header = _COMMENT_HEADER.match(item[0])
        if len(item) > 1 and header and parse_datetime(header["time"], now=fetched_at):
            author, posted_text = header["author"], header["time"]
            item = item[1:]
        elif len(item) > 1 and len(item[-1]) <= 40 and looks_like_relative_time(item[-1]):
            posted_text = item.pop()
        comments.append(
            Comment(
                text="\n".join(item),
                author=author,
                posted_text=posted_text,
                posted_at=parse_datetime(posted_text, now=fetched_at),
            )
        )
    return comments


def _read_listed_posts(lines: list[str], fetched_at: datetime) -> list[Link]:
    """Title, optional excerpt lines, then a time line closing each listed post."""
    links: list[Link] = []
    current: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        moment = parse_datetime(line, now=fetched_at) if len(line) <= 40 else None
        if moment is not None and current:
            links.append(
                Link(
                    url=None,
                    anchor_text=current[0],
                    region="related",
                    label_time_text=line,
                    label_time=moment,
                )
            )
            current = []
        else:
            current.append(line)
    links.extend(Link(url=None, anchor_text=title, region="related") for title in current[:1])
    return links
