"""Comment extraction on markups first met on pages nobody had read (a second lot): a
commenter's home page as a heading, a guest's byline line, inline citations, quote headers,
replies marked by a class word. Small pages written here."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _home_page_post(name: str, site: str, when: str, text: str) -> str:
    link = f'<h4 class="title"><a rel="nofollow" href="{site}">{site}</a></h4>' if site else ""
    return f"""<div class="post"><h3 class="title">{name}</h3>
      <div class="date">{when}</div>{link}<div class="body"><p>{text}</p></div></div>"""


def test_a_heading_showing_a_commenters_home_page_is_no_teasers_headline():
    markup = '<div id="comments"><h2>Comments</h2>' + "".join(
        [
            _home_page_post(
                "Ada Stone",
                "http://www.ada-stone-home.example",
                "24. August 2010, 14:59",
                "Half of the firms have no software for this at all, it seems to me.",
            ),
            _home_page_post(
                "Bob Lane",
                "",
                "24. August 2010, 15:22",
                "Every firm should look at this now, before the others do it first.",
            ),
            _home_page_post(
                "Cy Moor",
                "http://www.cy-moor-writes.example/blog/",
                "24. August 2010, 16:40",
                "The figures come from the firms themselves, so take them with care.",
            ),
        ]
    ) + "</div>"
    assert [author for author, _, _ in rows(comments_of(markup))] == [
        "Ada Stone",
        "Bob Lane",
        "Cy Moor",
    ]
