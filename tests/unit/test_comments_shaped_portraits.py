"""Undated blocks alike read as comments when each shows a portrait labelled with the name
beside it (a comment widget that prints no dates), and not when they are teasers (made-up
class words, as on a page whose names say nothing)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _said(name: str, text: str) -> str:
    return f"""<article class="qa"><div class="kv">
      <div class="av"><a class="pz"><img src="a.png" alt="{name}"></a></div>
      <header class="hd"><a class="nm">{name}</a> <span class="pt">5pts</span></header>
      <section class="bd"><div class="tx"><p>{text}</p></div></section></div></article>"""


def test_undated_blocks_each_showing_a_portrait_labelled_with_its_name_are_comments():
    markup = (
        "<div class='mm'>"
        + _said("RonHarris", "And people wonder at what happens on campus.")
        + _said("jlist", "How is this news? You give these fools attention.")
        + _said("dola25x", "This movement has got to stop this naivete now.")
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("RonHarris", "And people wonder at what happens on campus.", None),
        ("jlist", "How is this news? You give these fools attention.", None),
        ("dola25x", "This movement has got to stop this naivete now.", None),
    ]


def _teaser(title: str, href: str, text: str) -> str:
    return f"""<div class="tb"><div class="r"><a href="{href}"><img src="t.jpg" alt="{title}">
      </a></div><div class="tt"><a href="{href}">{title}</a></div>
      <div class="bo">{text} Lose 5 kg in 14 days.</div></div>"""


def test_teasers_whose_picture_and_title_link_to_one_page_are_no_comments():
    markup = (
        "<div class='mm'>"
        + _teaser("Protein plan", "/protein.html", "Popular with an active life.")
        + _teaser("Buckwheat plan", "/buckwheat.html", "The best known of them all.")
        + _teaser("Cabbage plan", "/cabbage.html", "Works fast and keeps the weight off.")
        + "</div>"
    )
    assert comments_of(markup) == []


def test_undated_blocks_whose_names_share_a_word_are_no_comments():
    markup = (
        "<div class='mm'>"
        + _said("Protein diet", "Popular with an active life, lose weight.")
        + _said("Buckwheat diet", "The best known of them all, and cheap.")
        + _said("Cabbage diet", "Works fast and keeps the weight off.")
        + "</div>"
    )
    assert comments_of(markup) == []


def _map_card(name: str, left: str, right: str) -> str:
    return f"""<div class="mc"><div class="st"><div class="wp">{left}</div></div>
      <div class="nc"><img src="m.png" alt="{name}"><div class="mn">{name}</div></div>
      <div class="st"><div class="wp">{right}</div></div></div>"""


def test_undated_blocks_whose_texts_are_a_few_figures_are_a_table_not_comments():
    markup = (
        "<div class='mm'>"
        + _map_card("Dust2", "Pick 38% 13 maps", "50% 8 maps")
        + _map_card("Mirage", "0% 3 maps", "71% 7 maps")
        + _map_card("Inferno", "- 0 maps", "1 map")
        + _map_card("Nuke", "25% 4 maps", "40% 5 maps")
        + "</div>"
    )
    assert comments_of(markup) == []


def _person(name: str, title: str) -> str:
    return f"""<li><div class="rp"><div class="nm">{len(name)}</div>
      <img class="av" src="p.jpg" alt="{name}"><span class="na">{name}</span>
      <span class="dz">{title}</span></div></li>"""


def test_undated_blocks_whose_texts_are_short_titles_ending_no_sentence_are_no_comments():
    markup = (
        "<ul class='it'>"
        + _person("Ada Lane", "deputy mayor of the city")
        + _person("Bo Grant", "head of the regional court")
        + _person("Cy Marsh", "director of the museum of local history")
        + _person("Di Stone", "member of the city council, president of a holding")
        + "</ul>"
    )
    assert comments_of(markup) == []


def test_undated_blocks_whose_short_texts_end_sentences_are_still_comments():
    markup = (
        "<ul class='it'>"
        + _person("Ada Lane", "So true, thanks!")
        + _person("Bo Grant", "Made it twice already.")
        + _person("Cy Marsh", "Which oven setting did you use?")
        + "</ul>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Ada Lane",
        "Bo Grant",
        "Cy Marsh",
    ]
