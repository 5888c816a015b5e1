"""Old-web entry pages (issue #13): a clan site's or guest-book script's entries, one table
each, read as comments; teaser lists of the same shape are not."""

from __future__ import annotations

from tests.support.comment_pages import comments_on_a_bare_page

_WORDS = [
    "Great shot, the light on the hills is just right.",
    "Where was this taken? Looks like the old quarry.",
    "Next time bring me along, I want to see that place.",
    "The colours are a bit off but the idea is nice.",
]


def _entry(link: str, href: str, day: int, words: str) -> str:
    return f"""<table width="400"><tr><td><table><tr>
    <td align="left"><span class="f8"><a href="{href}"><b>{link}</b></a> (M)</span></td>
    <td align="right"><span class="f8"><b>{day:02d}.02.2009</b> at <b>12:{day:02d}</b></span></td>
    </tr></table></td></tr>
    <tr><td><table><tr><td><span class="f10">{words}</span></td></tr></table></td></tr></table><br>"""


def test_a_profile_link_beside_the_date_is_a_byline_though_its_name_has_no_space():
    names = ["#clan.tag|Soulblade", "#clan.tag|StrangeRider", "#clan.tag|Scratcher", "Uncle Enzo"]
    entries = "".join(
        _entry(name, f"./member_details.{n}.html", n + 1, words)
        for n, (name, words) in enumerate(zip(names, _WORDS, strict=True))
    )
    markup = f"<div><h1>Picture of the month</h1><p>Comments</p>{entries}</div>"
    assert [c.author for c in comments_on_a_bare_page(markup)] == names


def test_headline_links_of_several_words_beside_dates_stay_a_teaser_list():
    titles = [
        "Council votes on the new bridge",
        "Floods close the river road again",
        "School fete raises money for the roof",
        "Market hall to open on Sundays",
    ]
    entries = "".join(
        _entry(title, f"./story.{n}.html", n + 1, words)
        for n, (title, words) in enumerate(zip(titles, _WORDS, strict=True))
    )
    markup = f"<div><h1>Latest</h1>{entries}</div>"
    assert comments_on_a_bare_page(markup) == []
