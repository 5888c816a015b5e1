import json

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body, prefer_json_ld, prefer_page_state
from flows.parse.body.headlines import before_headline
from flows.parse.nodes import Scan

PROSE = [
    "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors.",
    (
        "Engineers said the span, built in 1931, could not carry lorries safely, and that repairs "
        "would cost more than a new crossing."
    ),
    "Residents, who have campaigned for a new bridge for a decade, welcomed the decision.",
]
MORE_PROSE = [  # distinct lines: the reading drops lines said again as a box
    "A ferry will run every twenty minutes, the council said, until the new crossing opens.",
    "Shops on both banks, which depend on the bridge, fear a long and quiet winter ahead.",
    "The new crossing, a cable-stayed design, is due to open in four years, at the earliest.",
    "Cyclists and walkers may still use the old span, on its western side, for the time being.",
]


def page(article: str, around: str = "") -> str:
    return f"<html><body><header><a href='/'>Home</a></header>{around}{article}</body></html>"


def paragraphs(text_list: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in text_list)


def test_body_keeps_paragraphs_and_headings_in_order():
    html = page(
        "<article>"
        + paragraphs(PROSE[:2])
        + "<h2>What happens next</h2>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == [*PROSE[:2], "What happens next", PROSE[2]]


@pytest.mark.parametrize(
    "boilerplate",
    [
        "<div class='share-bar'><p>Share this story on Facebook, Twitter, and by email</p></div>",
        "<div class='newsletter-signup'><p>Get our morning briefing, every day, in your inbox</p></div>",
        (
            "<ul class='related-stories'><li><a href='/a'>Bridge closures across the region, "
            "explained</a></li></ul>"
        ),
        "<aside><p>Most read: the ten best walks in the county, with maps, photos and tips</p></aside>",
        "<script>var ad = 'inline ad code, which is not prose at all, really';</script>",
        "<p class='byline'>By Ada Obi and Ben Carter</p>",
        (
            "<div class='about-the-author'><p>Ada Obi is our transport correspondent, and has "
            "covered the county's roads and bridges for ten years.</p></div>"
        ),
    ],
)
def test_body_skips_boilerplate_inside_the_article(boilerplate):
    html = page(
        "<article>" + paragraphs(PROSE[:2]) + boilerplate + paragraphs(PROSE[2:]) + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_ignores_cookie_banners_and_comment_sections():
    cookie = (
        "<div class='cookie-consent'><p>We use cookies, and similar technologies, to improve "
        "your experience, to show ads, and to analyse traffic, as our policy explains.</p></div>"
    )
    comments = (
        "<div id='comments'>" + paragraphs([p + " I disagree, strongly." for p in PROSE]) + "</div>"
    )
    html = page("<div class='story'>" + paragraphs(PROSE) + "</div>" + comments, around=cookie)
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_leaves_out_a_comment_section_holding_more_prose_than_the_post():
    """A blog's discussion may be longer than its post: a box named for its comments stays out
    whatever its share of the prose, unless it holds the headline (then it wraps the post)."""
    replies = "".join(
        f"<li><b>Reader {n}</b><p>{text} I read this twice, and I still think the council, "
        "the engineers and everyone else got it wrong, as they always do.</p></li>"
        for n, text in enumerate(PROSE * 3)
    )
    discussion = f"<div id='comments'><h2>9 replies</h2><ol>{replies}</ol></div>"
    html = page(f"<h1>Bridge</h1><div class='entry'>{paragraphs(PROSE)}</div>{discussion}")
    assert extract_body(LexborHTMLParser(html), title="Bridge") == PROSE
    wrapper = f"<div class='has-comments'><h1>Bridge</h1>{paragraphs(PROSE)}</div>"
    assert extract_body(LexborHTMLParser(page(wrapper)), title="Bridge") == PROSE


def test_body_skips_the_fallback_text_of_video_and_audio_players():
    """What a `<video>` or `<audio>` holds is shown only by browsers that cannot play it."""
    player = (
        "<div class='player'><video src='clip.mp4'><p>To view this video please enable "
        "JavaScript, and consider upgrading to a web browser that supports HTML5 video</p></video>"
        "<audio src='a.mp3'><p>Your browser does not support the audio element, sorry.</p></audio></div>"
    )
    html = page("<article>" + paragraphs(PROSE[:2]) + player + paragraphs(PROSE[2:]) + "</article>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_takes_the_story_under_the_pages_headline_not_the_next_one_loaded_below():
    """An infinite scroll appends the next story, with its own `<h1>`, and it may be longer."""
    other = [f"{text} The next story says more, at length, about other matters." for text in PROSE]
    html = page(
        f"<article><h1>Bridge to close</h1><div class='body'>{paragraphs(PROSE)}</div></article>"
        f"<div class='more'><article><h1>Ferry returns</h1><div class='body'>"
        f"{paragraphs(other * 2)}</div></article></div>"
        "<div class='signup'><form><h1>Our newsletter</h1></form></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_body_takes_the_text_after_the_headline_not_a_longer_box_above_it():
    """A masthead's licence text, a box of its own above the headline, can outvote a short
    story: the story starts at its headline."""
    licence = [
        "Any material placed on this site, in print or online, is subject to copyright law.",
        (
            "We reserve the right, at our sole discretion, to change, modify, delete or otherwise "
            "alter any advertisement, notice, posting or listing, which may be offensive."
        ),
        "The newspaper, its owners, and its partners take no responsibility for advertisements.",
        "All postings, images, photos, adverts or other materials are the poster's, alone, to answer for.",
    ]
    html = page(
        "<div id='wrapper'>"
        f"<div id='header'><div><div id='licence'>{paragraphs(licence)}</div></div></div>"
        "<div id='middle'><div id='container'><div id='content'><h1>Bridge to close</h1>"
        f"<div id='content-area'>{paragraphs(PROSE)}</div></div></div></div></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_a_block_far_from_the_headline_gives_way_to_the_text_beside_it():
    """A terms dialog kept at the end of the page can outvote a short story; the story's text
    stands in the headline's box, the dialog shares only the page's outer box with it."""
    terms = [
        (
            f"Clause {n}: the publisher, its owners, agents and partners may change, suspend or "
            "end this service, in whole or in part, at any time, without notice or liability."
        )
        for n in range(5)
    ]
    story = f"<article><h1>Bridge to close</h1><div>{paragraphs(PROSE)}</div></article>"
    html = page(
        f"<div><div><div><div><div>{story}</div></div></div></div></div>"
        f"<div><div>{paragraphs(terms)}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_a_lone_standfirst_by_the_headline_does_not_take_over_from_far_text():
    """A recipe's one-paragraph standfirst under its headline, its steps deep in a layout
    further down: a single paragraph is no text of its own, so the steps stay chosen."""
    standfirst = (
        "Crisp shortbread, soft caramel and a layer of chocolate: hard to resist, easy to bake."
    )
    steps = [
        f"Step {n}: work the butter into the flour and the sugar and press it into the tin."
        for n in range(3)
    ]
    html = page(
        f"<div><div><div><div><div><article><h1>Shortbread</h1><div><p>{standfirst}</p></div>"
        f"</article></div></div></div></div></div><div><div>{paragraphs(steps)}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Shortbread")[-3:] == steps


def test_a_column_left_of_the_headlines_column_is_not_before_the_story():
    """A recipe's steps in the left column, its title in the right one: the text before the
    headline stands beside it, inside its close box; a masthead's box is above the story."""
    tree = LexborHTMLParser(
        "<body><div id='header'><div><div><div id='licence'><p>Terms</p></div></div></div>"
        "<div id='main'><div class='row'><div class='left'><div class='steps'><p>Step</p></div>"
        "</div><div class='right'><div class='head'><h1>Bridge to close</h1></div></div></div>"
        "</div></body>"
    )
    headline = tree.css_first("h1")
    assert before_headline(tree.css_first("#licence"), headline)
    assert not before_headline(tree.css_first(".steps"), headline)


def test_body_leaves_out_readers_comments_written_as_paragraphs_signed_in_bold():
    """Old templates print comments in the story's own box: a rule, then a paragraph opening
    with the reader's name in bold on a line of its own."""
    comments = "".join(
        f"<hr><p><b>{name}</b><br>{text}</p>"
        for name, text in [
            ("Ada", "I walk over that bridge every day, and it never felt unsafe to me."),
            ("Ben in Leeds", "About time, the cracks have been there for years now."),
            ("Cat", "Who pays for the new crossing, though? Not the council, surely."),
        ]
    )
    html = page(f"<div class='story'>{paragraphs(PROSE)}{comments}</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_paragraphs_that_open_with_a_bold_name_without_rules_between():
    """A gift guide or an interview opens its paragraphs with a bold name too."""
    items = [f"<p><b>Item {n}</b><br>{text}</p>" for n, text in enumerate(PROSE)]
    html = page(f"<div class='story'>{paragraphs(PROSE)}{''.join(items)}</div>")
    assert extract_body(LexborHTMLParser(html)) == [
        *PROSE,
        *(f"Item {n} {t}" for n, t in enumerate(PROSE)),
    ]


def test_body_is_not_a_longer_copyright_notice_after_a_short_story():
    """A footer's legal text, lines between `<br>`s with commas aplenty, outvotes a short
    story; a text holding "©" is a copyright notice and casts no vote. The story's own
    copyright line is still read."""
    lines = [
        "Owner of the rights to the site: © Example News Agency, version 5.0, 2004-2013",
        "Legal terms: under the deal with © Example News Agency, its owners, and partners",
        "All rights to the news, photos, videos, and other material on the site are protected",
        "Quoting, in part, of up to half of a text, with a link, is allowed, without consent",
    ]
    legal = "<br>".join(lines)
    notice = (
        "© 2012 Example News. All rights reserved. This material may not be published or rewritten."
    )
    html = page(
        f"<div class='story'><h1>Bridge to close</h1>{paragraphs([*PROSE, notice])}</div>"
        f"<div class='bottom'>{legal}</div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == [*PROSE, notice]


def test_body_reads_paragraphs_each_wrapped_in_a_box_named_by_a_layout_word():
    """A template that hides all but the first paragraph until a click wraps each in its own
    `articlePluckHidden` box: together the boxes hold the story, so the word is the layout's.
    One such box among the text is still left out."""
    boxed = "".join(f"<div class='articlePluckHidden'><p>{text}</p></div>" for text in PROSE[1:])
    html = page(f"<div class='story'><div class='first'><p>{PROSE[0]}</p></div>{boxed}</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE
    alone = "<div class='post-hidden'><p>Hidden: the print edition's page and column.</p></div>"
    html = page(f"<div class='story'>{paragraphs(PROSE)}{alone}</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_short_subheads_and_lists_between_two_parts_of_the_text():
    """Subheads written as short paragraphs between the text's wrappers are too short to be
    taken as siblings on their own; between two parts of the article they are its text."""
    html = page(
        "<div class='story'>"
        f"<div class='part'>{paragraphs(PROSE + MORE_PROSE[:3])}</div><p>Cracks found</p>"
        "<p><a href='/other'>Another bridge story, elsewhere</a></p>"
        f"<div class='part'>{paragraphs(PROSE[1:2])}</div><ul><li>Lorries banned</li></ul>"
        f"<div class='part'>{paragraphs(PROSE[2:])}</div><p>Photo gallery</p></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == [
        *PROSE,
        *MORE_PROSE[:3],
        "Cracks found",
        PROSE[1],
        "Lorries banned",
        PROSE[2],
    ]


def test_body_reads_a_post_whose_topic_classes_hold_boilerplate_words():
    """A CMS writes the post's categories and tags into its classes: a cookie recipe's
    "category-cookies" names its topic, not a cookie banner, and "tag-share" no share bar."""
    html = page(
        "<article class='post type-post category-cookies tag-share-plates'>"
        f"<div class='entry-content'>{paragraphs(PROSE)}</div></article>"
        "<div class='more'>"
        + paragraphs([f"<a href='/p{n}'>{text}</a>" for n, text in enumerate(PROSE * 2)])
        + "</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_skips_a_long_paragraph_that_is_all_links_to_other_stories():
    """Short link lines were dropped already; a run of teaser links on one line is as long as
    prose, and is no prose."""
    links = " | ".join(
        f"<a href='/s{n}'>{title} [PICTURES]</a>"
        for n, title in enumerate(
            [
                "Ferry service returns to the island",
                "Council tax to rise again",
                "Flood alert on the coast",
            ]
        )
    )
    html = page("<article>" + paragraphs([*PROSE[:2], links, PROSE[2]]) + "</article>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The report is <a href='/r'>published in the council's yearly review</a>.", True),
        ("<a href='/r'>The report is published in the council's yearly review</a>.", False),
        ("Read next: <a href='/r'>Ferry service returns to the island.</a>", False),
        ("The report is <a href='/r'>published in the council's yearly review</a>", False),
        ("The report is at <a href='/r'>https://example.com/council/review.pdf</a>.", False),
        ("12.01.2012 10:04 <a href='/r'>Ferry service returns to the island!</a>", False),
        (
            "12. <strong>This awful, <a href='/r'>cover of an old song for the season</a>.</strong>",
            True,
        ),
        (
            "12. <strong><a href='/r'>This awful cover of an old song for the season</a>.</strong>",
            False,
        ),
    ],
)
def test_body_keeps_a_short_sentence_that_a_link_is_set_inside(line, kept):
    """A short paragraph mostly link text is a link line, unless it opens with words of its
    own (in an inline element around the link too) and ends as a sentence: the link is set
    inside a sentence of the text."""
    html = page("<article>" + paragraphs([*PROSE[:2], line, PROSE[2]]) + "</article>")
    text = " ".join(LexborHTMLParser(line).text().split())
    expected = [*PROSE[:2], text, PROSE[2]] if kept else PROSE
    assert extract_body(LexborHTMLParser(html)) == expected


def test_body_reads_h1_subheadings_inside_the_text_but_not_the_headline_or_teasers():
    """Some sites mark every heading `<h1>`: inside the text, one that is not the headline
    and links nowhere is a subheading; a teaser's `<h1>` links to its story."""
    html = page(
        "<article><h1>Bridge to close</h1><div class='text'>"
        + paragraphs(PROSE[:2])
        + "<h1>What happens next</h1>"
        + paragraphs(PROSE[2:])
        + "<a href='/ferry'><h1>Ferry returns</h1></a></div></article>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == [
        *PROSE[:2],
        "What happens next",
        PROSE[2],
    ]


def test_body_reads_a_page_builders_text_widgets_but_not_its_share_widget():
    """A page builder names each block of text twice, as a widget and as a text editor, and
    wraps it in a widget container: the layout word gives way to the name of the content."""

    def widget(kind: str, inner: str) -> str:
        return (
            f"<div class='builder-element builder-widget builder-widget-{kind}'>"
            f"<div class='builder-widget-container'>{inner}</div></div>"
        )

    texts = "".join(
        widget("text-editor", f"<div class='builder-text-editor'>{paragraphs([text])}</div>")
        for text in PROSE
    )
    share = widget("share-buttons", "<p>Share this story on Facebook, Twitter and by email</p>")
    html = page(f"<div class='builder-widget-wrap'>{texts}{share}</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_the_lines_of_a_paragraph_broken_by_br_words_apart():
    """ "Leeds<br>June 10" is two lines: their words must not run together ("LeedsJune")."""
    dates = "Tour dates:<br>June 9 - Arena, Leeds<br>June 10 - Hall, York<br>June 12 - Dome, Hull"
    html = page("<article>" + paragraphs([*PROSE, dates]) + "</article>")
    assert extract_body(LexborHTMLParser(html))[-1] == (
        "Tour dates: June 9 - Arena, Leeds June 10 - Hall, York June 12 - Dome, Hull"
    )


def test_body_skips_a_teaser_card_whose_whole_box_is_a_link():
    """A card linking to another story as a whole: its kicker and title are inside the link,
    which holds no link of its own to weigh."""
    card = (
        "<a href='/travel/cheap-flights'><div class='card'><p>Advertiser content</p>"
        "<h3>Cheap flights to Spain this summer, while they last</h3></div></a>"
    )
    html = page("<article>" + paragraphs(PROSE[:2]) + card + paragraphs(PROSE[2:]) + "</article>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_drops_the_label_of_links_it_skips():
    """A label announcing links ("DON'T MISS") goes with the links it announced."""
    links = "".join(
        f"<li><a href='/s{n}'>{title}</a></li>"
        for n, title in enumerate(["Ferry service returns", "Council tax to rise"])
    )
    html = page(
        "<article>"
        + paragraphs([*PROSE[:2], "<strong>DON'T MISS</strong>"])
        + f"<ul>{links}</ul>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_an_article_split_over_sibling_columns():
    columns = "".join(
        f"<div class='column'><div class='inner'><p>{text}</p></div></div>" for text in PROSE
    )
    html = page(
        f"<section class='story-body'>{columns}</section><div class='rail'><p>Short teaser, here.</p></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_an_article_cut_into_repeated_section_wrappers():
    """Editors wrap each stretch of text between figures in the same deep wrapper: the
    stretches are siblings far above the paragraphs, out of reach of the votes."""

    def section(texts: list[str], copy: str = "copy") -> str:
        inner = paragraphs(texts)
        return f"<div class='con'><div class='mod'><div class='box'><div class='{copy}'>{inner}</div></div></div></div>"

    figure = "<figure><img src='x.jpg'><figcaption>The bridge in 1931.</figcaption></figure>"
    first = section(PROSE[:2], copy="copy copy--drop-cap")  # a BEM variant of the same wrapper
    html = page(
        f"<div class='page'><h1>Bridge</h1>{first}{figure}{section(PROSE[2:])}"
        "<div class='rail'><p><a href='/a'>Another story, about something else entirely</a></p></div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_repeated_wrappers_whose_shared_class_reads_as_boilerplate():
    """A page builder names each stretch's wrapper "article-widget": shared with the chosen
    block's own wrapper, the word names the layout, not a widget beside the text."""

    def widget(texts: list[str], name: str) -> str:
        inner = paragraphs(texts)
        return f"<div id='{name}' class='article-widget'><div class='wrap'><div class='text'>{inner}</div></div></div>"

    figure = "<figure><img src='x.jpg'><figcaption>The bridge in 1931.</figcaption></figure>"
    html = page(
        f"<div class='widgets'>{widget(PROSE[:1], 'w1')}{figure}{widget(PROSE[1:], 'w2')}"
        f"{widget(['Read more: the ten best walks in the county, with maps'], 'related-w3')}</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_stretches_of_one_template_far_apart_in_the_page():
    """The story's first paragraphs sit in its header row, the rest in its body row: wrappers
    of other shapes, six levels apart. The same `story-text` block in a sidebar's widget is
    not the story's, and neither is a copy of the text (a mobile layout)."""

    def nested(inner: str, depth: int, name: str) -> str:
        return f"<div class='{name}'>" * depth + inner + "</div>" * depth

    first, second = [*PROSE, PROSE[0]], MORE_PROSE + PROSE[1:]
    lead = nested(f"<div class='story-text'>{paragraphs(first)}</div>", 4, "row head")
    rest = nested(f"<div class='story-text'>{paragraphs(second)}</div>", 4, "row")
    widget = (
        "<div class='widget'><div class='story-text'><p>Our newsletter, every morning, with "
        "the news that matters, and more, in your inbox.</p></div></div>"
    )
    html = page(
        f"<main><h1>Bridge</h1><section class='top'>{lead}</section>"
        f"<section class='main body'>{rest}{widget}"
        f"<div class='m'><div class='story-text'>{paragraphs(second)}</div></div></section></main>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge") == [*first, *second]


def test_body_leaves_out_a_promo_box_in_the_same_grid_row_as_the_article():
    """Same wrapper, other template: the promo's paragraphs sit in a differently styled box."""
    promo = (
        "<div class='row'><div class='col promo-box'><p>Read us free for two weeks, delivered, "
        "with no commitment at all, and cancel anytime.</p></div></div>"
    )
    html = page(
        f"<div class='page'><h1>Bridge</h1><div class='row'><div class='col'>{paragraphs(PROSE)}</div></div>{promo}</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_opening_paragraphs_each_wrapped_in_a_div_beside_the_block():
    """A template that gives each of the first paragraphs a wrapper of its own, then the rest
    of the text in one block: each wrapper carries one vote, too few to pass the threshold."""
    opening = "".join(f"<div class='par{n}'><p>{text}</p></div>" for n, text in enumerate(PROSE))
    rest = [
        f"{text} Later, the mayor spoke again, at length, about it."
        for text in PROSE + MORE_PROSE[:3]
    ]
    related = (
        "<div class='links'><p><a href='/a'>An older story about the same old bridge</a></p></div>"
    )
    html = page(
        f"<div class='story'>{opening}{related}<div class='text'>{paragraphs(rest)}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE + rest


@pytest.mark.parametrize("tag", ["span", "section"])
def test_body_keeps_a_lead_of_one_to_three_paragraphs_in_a_wrapper_before_the_block(tag):
    """The lead in a wrapper of its own (a `span` around one paragraph, a `section` around
    two) before the block holding the rest: too few votes to pass the threshold."""
    lead = PROSE[:1] if tag == "span" else PROSE[:2]
    rest = [
        f"{text} Later, the mayor spoke again, at length, about it."
        for text in PROSE + MORE_PROSE[:3]
    ]
    html = page(
        f"<div class='story'><{tag} class='top'>{paragraphs(lead)}</{tag}>"
        f"<div class='text'>{paragraphs(rest)}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == lead + rest


def test_body_leaves_out_a_wrapper_of_paragraphs_with_a_heading_before_the_block():
    """A box with a heading of its own beside its paragraphs is a box, not the lead."""
    rest = [
        f"{text} Later, the mayor spoke again, at length, about it."
        for text in PROSE + MORE_PROSE[:3]
    ]
    box = f"<div class='top'><h3>Also today</h3>{paragraphs(PROSE[:1])}</div>"
    html = page(f"<div class='story'>{box}<div class='text'>{paragraphs(rest)}</div></div>")
    assert extract_body(LexborHTMLParser(html)) == rest


def test_body_keeps_a_bold_lead_written_straight_into_the_block_before_its_paragraphs():
    """A lead in `<b>` before the first `<p>`, with no text of the block's own beside it."""
    lead = "Council votes to close the old bridge after inspectors found deep cracks in it"
    html = page(f"<div class='story'><b>{lead}</b><p></p>{paragraphs(PROSE + MORE_PROSE)}</div>")
    assert extract_body(LexborHTMLParser(html)) == [lead, *PROSE, *MORE_PROSE]


def test_body_skips_teaser_cards_whose_headline_links_to_another_story():
    """A card (a linked headline, a line of teaser) inside the article's block is another
    story: an article's own subheadings do not link away."""
    card = (
        "<div class='box'><div class='pad'><div class='kicker'>Listen</div>"
        "<h2><a href='/other-story'>Drivers stuck on the motorway get water from volunteers</a></h2>"
        "<div class='txt'><p>Five riders bring drinks to people in the queue during the heat.</p></div>"
        "</div></div>"
    )
    html = page(
        "<article>"
        + paragraphs(PROSE[:2])
        + card
        + "<h2>What happens next</h2>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == [*PROSE[:2], "What happens next", PROSE[2]]


def test_body_reads_text_written_between_line_breaks():
    html = page(
        "<div class='text'>" + "<br><br>".join(PROSE) + "</div><div><a href='/x'>More</a></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_an_article_whose_wrapper_has_a_boilerplate_class_word():
    """A layout name like "content-with-sidebar" holding the whole story is not a sidebar."""
    html = page(
        "<div class='content-with-sidebar'><article>"
        + paragraphs(PROSE)
        + "</article><div class='sidebar-box'><p>Weather: sunny, 21 degrees, light winds.</p></div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_of_a_page_without_prose_is_empty():
    assert (
        extract_body(LexborHTMLParser("<html><body><nav><a href='/'>Home</a></nav></body></html>"))
        == []
    )


def test_body_does_not_climb_into_a_list_of_other_stories():
    """Infinite-scroll pages put whole teaser stories, each with its own <h1>, next to the article."""
    teaser = "Another story, about something else, with a paragraph of its own."
    stories = "".join(
        f"<div class='next'><h1>Story {n}</h1><p>{teaser}</p><p>{teaser}</p></div>"
        for n in range(3)
    )
    html = page(
        f"<div class='feed'><div class='post'><h1>Bridge</h1><div class='text'>{paragraphs(PROSE)}</div></div>"
        f"{stories}</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_paragraphs_written_as_divs():
    divs = "".join(f"<div class='paragraph'>{text}</div>" for text in PROSE)
    html = page(
        f"<section class='story'>{divs}</section><div class='promo'><a href='/x'>Subscribe</a></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_gathers_prose_scattered_over_small_wrappers():
    """One wrapper per step: no parent collects many votes, so a lone long box could win."""
    steps = "".join(
        f"<div class='step'><div class='copy'><div>{text}</div></div></div>"
        for text in PROSE + MORE_PROSE
    )
    contact = (
        "<div class='flyout'><p>Our service team answers your questions, about products, recipes "
        "and more, Monday to Friday, from nine to five, by phone, by email, or by letter.</p></div>"
    )
    html = page(f"<div class='method'>{steps}</div>{contact}")
    assert extract_body(LexborHTMLParser(html)) == PROSE + MORE_PROSE


def test_body_keeps_the_best_block_over_teasers_on_a_page_without_headline():
    """No headline says where the story is: the wrapper holding most of the prose is a column
    of teaser cards (a headline link and a summary each), not steps of one text."""
    summary = (
        "Ministers met union leaders again on Monday, and both sides said talks, which began "
        "in spring, would go on for weeks."
    )
    cards = "".join(
        f"<div class='card'><a href='/story/{n}'>Talks resume in the long pay dispute, day {n}</a>"
        f"<div><div><p>{summary}</p></div></div></div>"
        for n in range(16)
    )
    html = page(
        f"<div class='cols'><div class='story'>{paragraphs(PROSE)}</div><div>{cards}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_drops_soft_hyphens_and_invisible_characters():
    html = page(
        "<article><p>Recher\u00adche au\u00adto\u00adnome, et la sci\u200bence, pour tous.\u2063</p>"
        "<p>\ufeffLes dé\u2060fis de la re\u00ad\u00adcherche, pour tous.</p></article>"
    )
    assert extract_body(LexborHTMLParser(html)) == [
        "Recherche autonome, et la science, pour tous.",
        "Les défis de la recherche, pour tous.",
    ]


def test_body_reads_a_page_builder_widget_whose_class_names_text():
    """Class words count as whole words of a token: `widget-text-editor` is the content."""
    html = page(
        "<div class='elementor-widget elementor-widget-text-editor'>"
        "<div class='elementor-widget-container'>" + paragraphs(PROSE) + "</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


@pytest.mark.parametrize(
    "label", ["relatedposts", "sharingbuttons", "newsletterbox", "subscribeform"]
)
def test_body_skips_blocks_whose_boilerplate_words_run_together_in_one_token(label):
    note = "<p>Nine other stories, picked for you, from this week's most shared.</p>"
    html = page(
        "<article>"
        + paragraphs(PROSE[:2])
        + f"<div class='{label}'>{note}</div>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


@pytest.mark.parametrize(
    "label",
    ["shareBar", "post-meta", "sidebar-widget", "related_posts", "ad-slot", "most-read"],
)
def test_body_skips_blocks_whose_class_tokens_name_boilerplate(label):
    note = "<p>Nine other stories, picked for you, from this week's most shared.</p>"
    html = page(
        "<article>"
        + paragraphs(PROSE[:2])
        + f"<div class='{label}'>{note}</div>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_a_bem_element_by_its_own_name_not_its_block_s():
    """`sidebar-grid__content` is the content cell of a layout; `sidebar-grid__sidebar` is not.
    The menu's teasers make the story cell less than half of the page's prose."""
    note = "<p>Nine other stories, picked for you, from this week's most shared.</p>"
    teasers = paragraphs([text + " More." for text in PROSE])
    html = page(
        "<article><div class='sidebar-grid'>"
        f"<div class='sidebar-grid__content article__content'>{paragraphs(PROSE)}</div>"
        f"<div class='sidebar-grid__sidebar'>{note}</div></div></article>",
        around=f"<div class='mega-menu'>{teasers}</div>",
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_a_block_whose_class_word_only_looks_like_boilerplate():
    """`article-overlay-handle` holds the whole story: a wrapper, whatever its words say."""
    html = page(
        "<article><div class='body overlay-handle'>" + paragraphs(PROSE) + "</div></article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


@pytest.mark.parametrize(
    "region",
    [
        "<div class='modal' aria-modal='true'>{}</div>",
        "<div class='mega-menu'>{}</div>",
        "<div aria-hidden='true'>{}</div>",
        "<ul class='menu1'><li><div class='menus'>{}</div></li></ul>",
        "<div class='popover2'><form>{}</form></div>",
        "<div popover>{}</div>",
        "<div class='menu2box'>{}</div>",
    ],
)
def test_body_leaves_out_overlays_and_menus_with_more_prose(region):
    """A template's numbered boxes ("menu1", "menu2box") are named by their words."""
    teasers = paragraphs([text + " More." for text in PROSE])
    html = page(
        "<main><div class='story'>" + paragraphs(PROSE) + "</div></main>",
        around=region.format(teasers),
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_drops_what_the_block_holds_above_the_headline():
    crumbs = "<p>Home, News, Local, Transport, Bridges and roads</p>"
    html = page(f"<div class='story'>{crumbs}<h1>Bridge to close</h1>{paragraphs(PROSE)}</div>")
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_body_keeps_a_lead_between_the_headline_and_the_body_block():
    lead = "The 1931 span will shut in March, after inspectors found cracks in two of its piers."
    html = page(
        f"<div class='top'><h1>Bridge to close</h1><p>{lead}</p></div>"
        f"<div class='story-text'>{paragraphs(PROSE)}</div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == [lead, *PROSE]


@pytest.mark.parametrize(
    "photo",
    [
        "<div class='k1'><img src='/a.jpg'><p>{caption}</p></div>",  # the picture in its box
        "<img src='/a.jpg'><div class='k1'><p>{caption}</p></div>",  # the picture just before
    ],
)
def test_body_leaves_out_a_photo_caption_between_the_headline_and_the_block(photo):
    caption = "Inspectors examine a crack in one of the bridge's piers on Monday, 3 March 2025."
    html = page(
        f"<div class='k2'><h1>Bridge to close</h1>{photo.format(caption=caption)}</div>"
        f"<div class='k3'>{paragraphs(PROSE)}</div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_body_keeps_an_inline_lead_under_a_headline_written_as_h2():
    lead = "The 1931 span will shut in March, after inspectors found cracks in two of its piers."
    html = page(
        "<div id='masthead'><h1>Daily Example</h1></div>"
        f"<div class='news'><h2>Bridge to close</h2><div class='info'>By Ada Obi, 3 May</div>"
        f"<div class='head'>{lead}</div><div><div class='text'>{paragraphs(PROSE)}</div></div></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == [lead, *PROSE]


def test_body_keeps_text_after_an_ad_box_that_closed_the_paragraph_early():
    rest = "Engineers said the span could not carry lorries safely, and repairs would cost more."
    last = "Residents, who have campaigned for a new bridge for a decade, welcomed the decision."
    html = page(
        f"<div class='story-body'>{paragraphs(PROSE[:2])}<p>{PROSE[2]}<br>"
        f"<div class='promo'></div><br>{rest}<br><br>{last}<br><a href='/more'>More news</a></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == [*PROSE, rest, last]


def test_body_reads_the_story_around_a_slideshow_whose_captions_outvote_it():
    captions = "".join(
        f"<li><h2>{n}/12</h2><p>Crowds gather in the square on day {n}, waving flags, "
        "singing and holding banners as police look on from the steps.</p></li>"
        for n in range(1, 13)
    )
    show = f"<div class='gallery'><div class='scroller'><ul class='legends'>{captions}</ul></div></div>"
    html = page(f"<div class='text'>{paragraphs(PROSE[:2])}{show}{paragraphs(PROSE[2:])}</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_leaves_out_a_deck_div_under_an_h1_headline():
    deck = "The 1931 span will shut in March, after inspectors found cracks in two of its piers."
    html = page(
        f"<div class='top'><h1>Bridge to close</h1><div class='deck'>{deck}</div></div>"
        f"<div class='story-text'>{paragraphs(PROSE)}</div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our newsletter to get the latest news in your inbox.",
        "Tell us what you think in the comments below.",
        "Photo: Ada Obi/Reuters",
        "(Image credit: Getty Images)",
        "Foto: dpa",
        "Lesen Sie auch: Die besten Brücken des Landes",
        "Advertisement",
    ],
)
def test_body_drops_calls_to_action_and_credits_inside_the_text(line):
    html = page("<article>" + paragraphs([PROSE[0], line, *PROSE[1:]]) + "</article>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_drops_post_meta_lines_at_its_edges():
    top = ["Transport", "By Ada Obi", "Published 27 November 2026, 10:15", "4 min read"]
    bottom = ["Tags: bridges, council", "Related stories:"]
    html = page("<div class='story'>" + paragraphs([*top, *PROSE, *bottom]) + "</div>")
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_removes_shortcodes_and_html_shown_as_text():
    html = page(
        "<article>"
        + paragraphs(PROSE[:2])
        + f'<p>[caption id="attachment_9" align="left"]&lt;p&gt;{PROSE[2]}&lt;/p&gt;[/caption]</p>'
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_prefers_json_ld_article_body_far_longer_than_the_html():
    teaser = ["The council voted to close the bridge. Subscribers can read on."]
    full = "\n".join(PROSE + MORE_PROSE)
    assert prefer_json_ld(teaser, full) == PROSE + MORE_PROSE
    assert prefer_json_ld(PROSE * 4, "The council voted.") == PROSE * 4
    assert prefer_json_ld(PROSE, None) == PROSE


def test_json_ld_article_body_said_twice_over_is_read_once():
    once = " ".join(PROSE + MORE_PROSE)
    markup = PROSE + MORE_PROSE[:2]
    assert prefer_json_ld(markup, f"{once} {once}") == markup  # once over: not far longer
    teaser = PROSE[:1]
    assert prefer_json_ld(teaser, f"{once}\n{once}") == [once]


TITLE = "The Bridge's Last Day"
TEASERS = [
    f"Another story, number {n}, told in a teaser that runs on for a while." for n in range(9)
]


def state_page(state: dict, shown: str = "") -> Scan:
    script = f'<script type="application/json">{json.dumps(state)}</script>'
    return Scan(LexborHTMLParser(page(f"<h1>{TITLE}</h1>{shown}", script)))


def test_a_page_rendered_by_its_script_is_read_from_its_state_under_the_headline():
    story = PROSE + MORE_PROSE
    state = {
        "article": {
            "title": "The Bridge&#x27;s Last Day",
            "sections": {"body": [{"content": f"<p>{text}</p>"} for text in story]},
        },
        "modules": [{"cards": [{"excerpt": text} for text in TEASERS * 3]}],
    }
    assert prefer_page_state([], state_page(state), TITLE) == story


def test_a_state_without_the_headline_or_beside_text_of_the_markup_is_not_read():
    cards = {"modules": [{"cards": [{"title": TITLE}]}], "more": [{"excerpt": t} for t in TEASERS]}
    assert prefer_page_state([], state_page(cards), TITLE) == []
    article = {"article": {"title": TITLE, "body": [{"text": text} for text in PROSE * 4]}}
    shown = PROSE[:2]  # a recipe's steps, a list's short lines: the page's own text
    assert prefer_page_state(shown, state_page(article), TITLE) == shown


def test_a_state_nested_deeper_than_the_parser_goes_is_skipped():
    deep = '{"a":' * 3000 + "1" + "}" * 3000
    html = page(f"<h1>{TITLE}</h1>", f'<script type="application/json">{deep}</script>')
    assert prefer_page_state([], Scan(LexborHTMLParser(html)), TITLE) == []


def test_another_storys_paragraphs_in_a_lists_items_are_not_read_from_the_state():
    related = [{"title": "Other", "steps": [{"text": text} for text in PROSE + MORE_PROSE]}]
    state = {"recipe": {"title": TITLE, "related": related}}
    assert prefer_page_state([], state_page(state), TITLE) == []


def test_a_modifier_naming_comment_does_not_make_the_article_a_comment_box():
    """`tonal__main--tone-comment`: the main column of an opinion piece."""
    discussion = '<div id="comments">' + paragraphs(PROSE[1:] * 3) + "</div>"
    html = page(
        '<article class="content--article tonal--tone-comment"><h1>Story</h1>'
        '<div class="content__main tonal__main--tone-comment">'
        + paragraphs(PROSE[:2])
        + "</div></article>"
        + discussion
    )
    assert extract_body(LexborHTMLParser(html))[:2] == PROSE[:2]


def test_content_shown_to_subscribers_is_not_a_subscription_box():
    html = page(
        '<article><h1>Story</h1><div class="asset-content subscriber-premium">'
        + "".join(f'<div class="subscriber-only"><p>{text}</p></div>' for text in PROSE)
        + '</div><div class="subscribe-box"><p>Subscribe now for one dollar a week.</p></div>'
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_a_slideshow_of_captions_does_not_outvote_the_article():
    caption = (
        "Players celebrate on the field after the semifinal game, with the crowd on its feet, "
        "in a photo taken from the stands by a staff photographer."
    )
    slides = "".join(
        f'<li><img src="/{n}.jpg"><p class="slide-caption">{caption} ({n})</p>'
        f'<p class="slide-credit">Photo: Ada Obi, staff</p></li>'
        for n in range(12)
    )
    html = page(
        f'<article><h1>Story</h1><div class="media"><ul>{slides}</ul></div>'
        '<div class="article-content"><div class="article-body">'
        + paragraphs(PROSE)
        + "</div></div></article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_a_comment_list_named_in_another_language_stays_out_of_the_vote():
    reader = "Ten artykuł jest świetny, ale autor zapomniał o kilku ważnych faktach z historii."
    discussion = '<div id="art-komentarze">' + paragraphs([reader] * 12) + "</div>"
    html = page("<article><h1>Story</h1>" + paragraphs(PROSE) + "</article>" + discussion)
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_does_not_climb_to_a_page_wrapper_over_lone_lines_around_a_short_article():
    """A short article in a page of one-off lines (a masthead, teaser blurbs each in a card
    of its own, a disclaimer) holding more text than it: the lines are no second column."""
    blurb = "A teaser for another story, written as one short line of its own, here."
    cards = "".join(f"<div class='card'><p>{blurb} Number {n}.</p></div>" for n in range(4))
    html = page(
        "<div class='page'><div class='top'><p>The city daily of the valley, since 1901.</p></div>"
        f"<div class='main'><div class='text'>{paragraphs(PROSE)}</div></div>"
        f"<div class='rail'>{cards}</div><div class='note'>"
        "<p>Views of readers printed here are their own and not those of the paper.</p></div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_climbs_to_steps_written_one_paragraph_per_list_item():
    """A recipe's steps, one paragraph in each list item, are a run of text like the
    paragraphs beside them: the block holding both is the article."""
    steps = [
        f"Step {n}: stir the pot slowly, then leave it on a low heat for a while." for n in range(6)
    ]
    items = "".join(f"<li><p>{step}</p></li>" for step in steps)
    html = page(
        f"<div class='recipe'><div class='intro'>{paragraphs(PROSE)}</div>"
        f"<div class='method'><ol>{items}</ol></div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE + steps


def test_body_does_not_climb_for_a_run_of_lines_in_a_boilerplate_box():
    """A footer's lines (contacts, copyright) share their parent, but a box named as
    boilerplate is no second column of the article: it does not lift a short article to the
    page wrapper, where the masthead's lines would be read too."""
    masthead = [
        "The Valley Daily, the paper of the whole valley since 1901.",
        "Home of the news, the weather and the sport of the valley.",
    ]
    lines = [
        "Newsroom line: 0123 456 789, write to the desk at any hour.",
        "Copyright 2004-2011 The Valley Daily, all rights reserved here.",
        "Reproduction of the stories without our leave is not allowed.",
    ]
    html = page(
        f"<div class='page'><div class='top'>{paragraphs(masthead)}</div>"
        f"<div class='main'><div class='text'>{paragraphs(PROSE)}</div></div>"
        f"<div class='footer'>{paragraphs(lines)}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_reads_an_article_in_a_table_cell_once():
    """A cell chosen whole matches the block selector itself: read through its paragraphs,
    it must not be read whole as well."""
    html = page(
        "<table><tr><td class='menu'><a href='/a'>News</a> <a href='/b'>Sport</a></td>"
        f"<td class='story'><img src='x.jpg'>{paragraphs(PROSE)}<br><br></td></tr></table>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_the_loose_text_of_a_table_cell_beside_its_paragraphs():
    loose = "Written straight into the cell after the paragraphs, as old templates did, at length."
    html = page(f"<table><tr><td class='story'>{paragraphs(PROSE)}{loose}</td></tr></table>")
    assert extract_body(LexborHTMLParser(html)) == [*PROSE, loose]


def test_body_does_not_climb_for_one_line_boxes_of_text_around_a_short_article():
    """Text written straight into a box counts as a run of the article only when `<br>`s
    break it into lines: one line per box (a date line, a disclaimer, a previous / next bar)
    is page furniture, and must not lift the article to the page wrapper."""
    masthead = [
        "The Valley Daily, the paper of the whole valley since 1901.",
        "Home of the news, the weather and the sport of the valley.",
    ]
    boxes = [
        "Posted on the fourth of January at noon, in the news section.",
        "Stories taken from other papers are not the views of this one.",
        "Previous story: the fair opens / Next story: the bridge closes.",
    ]
    html = page(
        f"<div class='page'><div class='top'>{paragraphs(masthead)}</div>"
        f"<div class='main'><div class='text'>{paragraphs(PROSE)}</div></div>"
        + "".join(f"<div class='box'>{box}</div>" for box in boxes)
        + "</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_of_a_short_article_is_the_box_holding_its_headline_not_the_busier_column():
    """Teasers beside a short story hold most of the page's prose: the story is the box
    that holds the headline and the best-voted text."""
    teasers = "".join(
        f"<div class='item'><div class='card'><div class='lead'><p>{text}</p></div></div></div>"
        for text in PROSE * 4
    )
    story = paragraphs(PROSE[:2])
    html = page(
        f"<div id='columns'><div id='left'><div class='story'><h1>Bridge to close</h1>"
        f"<div class='text'>{story}</div></div></div><div id='right'>{teasers}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE[:2]


def test_body_leaves_out_the_headline_said_again_and_a_see_also_list():
    html = page(
        "<article><p>Bridge to close</p>" + paragraphs(PROSE[:2]) + "<p>Zobacz także:</p>"
        "<p>Council approves new budget</p><p>Ferry timetable changes</p>"
        + paragraphs(PROSE[2:])
        + "</article>"
    )
    assert extract_body(LexborHTMLParser(html), title="Bridge to close") == PROSE


def test_body_leaves_out_a_bar_of_buttons_and_an_about_box_at_the_end():
    html = page(
        "<article><p>Print | Email | Share</p>" + paragraphs(PROSE) + "<h3>About the author</h3>"
        "<p>Ada Obi covers transport for the paper.</p></article>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


STEPS = [
    "Heat the oil in a wide pan and brown the ribs on every side for ten minutes.",
    "Turn them, add the salt and the herbs, and let them cook until the fat runs clear.",
    "When the pan dries, add half a cup of water and scrape the bottom of the pan well.",
    "Add the garlic and the potatoes, cut in quarters, and stir until they are golden.",
    "Pour in the rest of the water and simmer, covered, over a low heat for half an hour.",
    "Stir in the rosemary, cook for two minutes more and serve the ribs while still hot.",
    "Keep what is left in the fridge, covered, and eat it within two days of cooking it.",
    "Warm the leftovers in a low oven with a splash of water so that the meat stays soft.",
]
INTRO = "Ribs, potatoes, rosemary, garlic: slow, tender, juicy, golden, and all in one pan."


def _recipe(step: str) -> str:
    steps = "".join(
        f"<li><div class='step'><p>{step.format(text)}</p></div></li>" for text in STEPS
    )
    return page(
        "<div class='recipe'><div class='intro'><h1>Ribs with potatoes</h1>"
        f"<div class='description'><p>{INTRO}</p></div></div>"
        f"<div class='method'><h3>Method</h3><ol>{steps}</ol></div></div>"
    )


def test_body_of_a_recipe_is_its_steps_not_the_box_of_its_title_and_intro():
    """The steps, a run of list items without links, hold most of the prose outside the box
    of the headline and the intro: they are the text, not teasers beside a short story."""
    body = extract_body(LexborHTMLParser(_recipe("{}")), title="Ribs with potatoes")
    assert body[-len(STEPS) :] == STEPS


def test_body_keeps_the_headline_box_beside_a_list_of_linked_teasers():
    body = extract_body(
        LexborHTMLParser(_recipe("{} <a href='/more'>Read more</a>")), title="Ribs with potatoes"
    )
    assert body == [INTRO]


def test_body_is_not_a_paragraph_holding_an_ads_script():
    """An ad slot's code written into a `<p>` is no prose: it casts no vote, however long."""
    code = "var slot = {id: 1, size: [300, 250], targeting: {a: 1, b: 2, c: 3}};" * 8
    html = page(
        f"<div class='story'>{paragraphs(PROSE)}</div>"
        f"<div class='banner'><div class='slot'><p><script>{code}</script></p></div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_written_into_a_font_between_line_breaks_votes():
    """Old editors wrote the text into a `<font>` (or `<span>`), its paragraphs between
    `<br>`s: it votes as a block of its own, not the footer's one paragraph."""
    lines = "<br><br>".join(PROSE)
    footer = (
        "Copyright 2011 The Example Gazette, Inc. All rights reserved. Reproduction of any part"
    )
    html = page(
        f"<table><tr><td><div class='story'><font size='2'>{lines}</font></div></td></tr></table>"
        f"<div class='bottom'><div class='copy'>{footer}</div></div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE


def test_body_keeps_a_lead_set_in_bold_between_the_headline_and_the_block():
    """A `div` holding only a `<strong>` sentence after the headline's box and before the
    chosen block's is the lead (print's bold first paragraph); a deck styled by its class,
    plain text in a `div`, is not."""
    lead = "Council votes to close the old bridge after inspectors found deep cracks in it."
    text = f"<div class='body'>{paragraphs(PROSE + MORE_PROSE)}</div>"
    bold = page(
        f"<main><header><h1>Bridge to close</h1><div class='date'>Monday</div></header>"
        f"<div class='intro'><strong>{lead}</strong></div>{text}</main>"
    )
    assert extract_body(LexborHTMLParser(bold), title="Bridge to close") == [
        lead,
        *PROSE,
        *MORE_PROSE,
    ]
    deck = bold.replace(f"<strong>{lead}</strong>", lead)
    assert extract_body(LexborHTMLParser(deck), title="Bridge to close") == PROSE + MORE_PROSE


@pytest.mark.parametrize(
    "bold",
    [
        "<strong id='summary'>{}</strong>",
        "<cite><b>{}</b></cite>",
        "<span><strong>{}</strong></span>",
    ],
)
def test_body_keeps_a_bold_lead_standing_alone_between_the_headline_and_the_block(bold):
    """The bold sentence may stand in the article's wrapper on its own, or in an inline box,
    beside the date line; in a heading there (`<h2>`) it is the deck, read first as well."""
    lead = "Council votes to close the old bridge after inspectors found deep cracks in it."
    text = f"<div class='body'>{paragraphs(PROSE + MORE_PROSE)}</div>"
    html = page(
        f"<div class='article'><h1>Bridge to close</h1><p class='date'>Monday</p>"
        f"{bold.format(lead)}{text}</div>"
    )
    kept = extract_body(LexborHTMLParser(html), title="Bridge to close")
    assert kept == [lead, *PROSE, *MORE_PROSE]
    deck = html.replace(bold.format(lead), f"<h2>{lead}</h2>")
    assert extract_body(LexborHTMLParser(deck), title="Bridge to close") == kept


def test_body_skips_a_short_caption_paragraph_right_under_a_picture_only_paragraph():
    """`<p><img></p><p>Caption</p>`: a short line without a sentence's end right after a
    paragraph that holds only a picture is its caption; a sentence there is text."""
    picture = "<p align='center'><img src='/a.jpg'></p>"
    html = page(
        "<div class='text'>"
        + paragraphs(PROSE[:2])
        + picture
        + "<p align='center'>The old bridge at dusk</p>"
        + paragraphs(PROSE[2:])
        + picture
        + paragraphs(MORE_PROSE)
        + "</div>"
    )
    assert extract_body(LexborHTMLParser(html)) == PROSE + MORE_PROSE
