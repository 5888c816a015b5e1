"""A guest's name that no link or element names, under the initials an avatar draws as text
("J" over "Jon"), is the comment's author, whatever other short line stands between it and
the date (a location code)."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments

FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _block(name: str, linked: bool, place: str, day: int, text: str) -> str:
    shown = f'<a href="/user.php?id={day}"><b>{name}</b></a>' if linked else name
    return f"""<div class="wuxy"><div class="xuku"><span class="xyku">{name[0]}</span></div>
      <ul class="juku"><li class="{"jyku" if linked else "jyku2"}">{shown}</li>
        <li class="vuku"><span title="Encoded location">{place}</span></li>
        <li class="kuku"><time>{day} May 2024</time></li></ul>
      <p class="wuku">{text}</p>
      <ul class="zaku"><li><a href="/reply.php?c={day}">Reply</a></li></ul></div>"""


def _page(blocks: str) -> str:
    return f"""<html><body><h1>New tablets</h1><p>The week's news in short.</p>
      <div class="vyju"><h2><a href="/comments-1.php">Reader comments</a></h2>{blocks}
      <div class="quky"><a href="/comments-1.php">Read all comments</a></div></div>
      </body></html>"""


def test_a_guests_name_under_its_avatars_initial_is_the_author():
    blocks = _block("Jon", False, "Ab@", 13, "Which units lose a year of updates now?")
    blocks += _block("Driver 2250", True, "CbF", 12, "The camera button is the newest part.")
    found = extract_comments(LexborHTMLParser(_page(blocks)), FETCHED)
    assert [(c.author, c.text) for c in found] == [
        ("Jon", "Which units lose a year of updates now?"),
        ("Driver 2250", "The camera button is the newest part."),
    ]


def test_a_guests_name_under_its_initial_wins_over_the_lists_place_for_names():
    blocks = _block("Johnrb", True, "3Wt", 14, "A footballer with a phone of this brand, fine.")
    blocks += _block("Vegetaholic", True, "nEE", 13, "A perfect match for his skills, I'd say.")
    blocks += _block("Carol", False, "mgK", 12, "These brands copy apps and sell them again.")
    found = extract_comments(LexborHTMLParser(_page(blocks)), FETCHED)
    assert [c.author for c in found] == ["Johnrb", "Vegetaholic", "Carol"]


def _entry(initials: str, name: str, day: int, text: str) -> str:
    return f"""<li class="vuvu juxy" id="vyvu_{day}"><div class="vyky">
      <div class="juxy"><div class="wywu"><span>{initials}</span></div></div>
      <div class="juxy"><div><div><span class="kuwu">{name}</span></div></div>
      <time datetime="2023-04-{day}T10:57:46+02:00"><span>{day}.04.2023</span>,
        <span>10:57 Uhr</span></time>
      <div class="wyxu"><p>{text}</p></div>
      <ul class="jyvy"><li><button title="antworten">{name}&nbsp;antworten</button></li></ul>
      </div></div></li>"""


def test_a_name_of_many_words_under_its_initials_is_the_author():
    entries = [
        ("EM", "Elon Musk kommt nicht ins Berghain", 28, "Der Entwurf atmet leider den Geist."),
        ("M", "Magnus_15", 29, "Es ist falsch, die Einschränkungen kämen von der FDP."),
    ]
    html = f"""<html><body><h1>Selbstbestimmung</h1><p>Der Entwurf des Gesetzes.</p>
      <div class="kyzu"><h2>Kommentare</h2><ul class="vyvy">
      {"".join(_entry(*entry) for entry in entries)}</ul></div></body></html>"""
    found = extract_comments(LexborHTMLParser(html), FETCHED)
    assert [(c.author, c.text) for c in found] == [(name, text) for _, name, _, text in entries]
