"""A saved copy of a forum thread gives each address with a query a file of its own, so a
post's permalink and a reply's link to the post it quotes name other files: a link to a
place this page holds (`#p57445`) stays on it, and the thread is no list of links to other
pages."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _post(number: int, file: str, name: str, day: int, text: str, quoted: str = "") -> str:
    quote = (
        f'<blockquote><cite>{quoted} wrote: <a href="{file}?p={number - 1}#p{number - 1}">↑</a>'
        f"</cite>What did you try?</blockquote>"
        if quoted
        else ""
    )
    return f"""<div id="p{number}" class="post"><div class="inner">
      <dl class="postprofile"><dt><a href="member.html?u={day}" class="username">{name}</a></dt></dl>
      <div class="postbody"><p class="author"><a href="{file}?p={number}#p{number}">#</a>
      by <strong>{name}</strong> » {day} Jul 2018 04:00</p>
      <div class="content">{quote}{text}</div></div></div></div>"""


def _authors(files: list[str]) -> list[str | None]:
    posts = [
        _post(11, files[0], "platypus", 16, "How do I change the title of one window?"),
        _post(12, files[1], "german", 17, "Use the title command.", "platypus"),
        _post(13, files[2], "platypus", 18, "Thanks, that works for me.", "german"),
        _post(14, files[3], "german", 19, "Glad it helped you.", "platypus"),
    ]
    html = f"""<html><body><h2>Change a window title</h2><div class="topic">
      {"".join(posts)}</div></body></html>"""
    return [comment.author for comment in extract_comments(LexborHTMLParser(html), FETCHED)]


def test_a_saved_thread_whose_links_name_other_files_keeps_its_replies():
    saved = ["viewtopic43e2.html", "viewtopic2cf1.html", "viewtopic7055.html", "viewtopic2ad8.html"]
    live = _authors(["viewtopic.php"] * 4)
    assert len(live) >= 3
    assert _authors(saved) == live
