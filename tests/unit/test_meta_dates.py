"""Published dates that only the visible markup states."""

from datetime import UTC, datetime, timedelta

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import dateline_date, extract_metadata
from flows.parse.meta.dates import date_line
from flows.parse.nodes import Scan, reads_remembered
from flows.parse.page import parse_page

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
MENU = "<div>" + "<p>Menu</p>" * 30 + "</div>"
"""Elements enough between two date lines that the nearer to the headline is plain."""


def _published(html: str) -> datetime | None:
    return extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED).published_at


def test_a_labelled_line_whose_date_is_a_link_gives_the_date():
    html = """<html><body><article><h1>Fixing the boiler</h1>
    <div class="entry-meta">Posted on <a href="/2012/03/03/boiler">March 3, 2012</a>
    by <a href="/author/ada">Ada Obi</a></div><p>Text.</p></article></body></html>"""
    assert _published(html) == datetime(2012, 3, 3, tzinfo=UTC)


def test_a_microformat_abbr_gives_its_machine_date_from_the_tooltip():
    html = """<html><body><h3>Fixing the boiler</h3><p>Text.</p><div class="post-footer">
    at <abbr class="published" title="2012-03-03T10:00:00-08:00">10:00 AM</abbr></div>
    </body></html>"""
    assert _published(html) == datetime(2012, 3, 3, 18, tzinfo=UTC)


def test_a_tooltip_on_another_element_is_not_read():
    html = """<html><body><h1>Thread</h1><a class="timestamp" title="20 Jun 2016">Jun 20</a>
    <p>Text.</p></body></html>"""
    assert _published(html) is None


def test_a_date_line_is_read_without_the_script_inside_it():
    html = """<html><body><h1>Care for wounded forces</h1><div>By Metro Reporter - 14th
    December, 2011<script>window.fbAsyncInit = function() { FB.init({appId: '1'}); };</script>
    </div><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2011, 12, 14, tzinfo=UTC)


def test_a_date_line_s_own_words_date_the_story_when_a_byline_follows_in_it():
    html = """<html><body><h1>Sylwester w klasztorze</h1><p>Dodano: 31 grudnia 2011, 18:00
    <span>Autor: Karina Bonowicz, karina.bonowicz@mediaregionalne.pl</span></p>
    <p>Text.</p></body></html>"""
    assert _published(html) == datetime(2011, 12, 31, 18, tzinfo=UTC)


def test_a_list_item_with_a_date_and_a_link_is_another_story_s():
    html = """<html><body><h1>Brain region signals dementia</h1><ul><li>Nov 17, 2010 | not
    rated yet | <a href="/news/2010-11-other.html">Another story altogether, about mice</a>
    </li></ul><p>Text.</p><small>Jan 10, 2012</small></body></html>"""
    assert _published(html) == datetime(2012, 1, 10, tzinfo=UTC)


def test_a_date_split_over_elements_is_read_whole():
    html = """<html><body><div class="date">29 <span>Mar</span> <span>2017</span></div>
    <h1>Fears as the reef cops the brunt of the cyclone</h1><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2017, 3, 29, tzinfo=UTC)


def test_a_greek_date_line_is_read():
    html = """<html><body><h1>Ο μεγάλος ασθενής της Ευρώπης</h1><span>Δημοσιεύτηκε:
    Δεκέμβριος 20 2011 20:01</span><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2011, 12, 20, 20, 1, tzinfo=UTC)


def test_the_masthead_date_of_the_day_is_not_the_story_s():
    html = """<html><body><div id="top"><p class="date">Thursday, Jan 12, 2012</p></div>
    <div id="main"><div><div><div><h1>Give blast victims artificial limbs</h1></div></div>
    </div><p>January 11, 2012</p><p>Text.</p></div></body></html>"""
    assert _published(html) == datetime(2012, 1, 11, tzinfo=UTC)


def test_a_logo_heading_linking_home_is_not_the_headline_dates_stand_by():
    html = f"""<html><body><h1><a href="/" title="Ta Nea">Ta Nea online</a></h1>
    <span>Saturday 14 January 2012</span>{MENU}
    <h1>India is clean of polio</h1><h6>Published: Friday 13 January 2012</h6>
    <p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 1, 13, tzinfo=UTC)


def test_an_h2_that_begins_the_title_is_the_headline_under_boxes_headed_h1():
    html = f"""<html><head><title>Poles are slow; Slovaks lose EU aid. wnp.pl</title></head>
    <body><h1>Facts and opinions</h1><p>2013-04-18 - Warsaw</p>{MENU}
    <h2>Poles are slow; Slovaks lose EU aid</h2><div>Author: PAP | 02-01-2012 05:46</div>
    <p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 1, 2, 5, 46, tzinfo=UTC)


def test_a_date_in_a_linked_teaser_heading_is_another_story_s():
    html = """<html><body><h1>Nepal asks climbers to clean the camp</h1><p>Text.</p>
    <ul><li><strong>Date</strong> 29.03.2017</li></ul><a href="/en/other/a-1"><h2>Climbers
    die after scaling Everest <span class="date">21.05.2016</span></h2></a></body></html>"""
    assert _published(html) == datetime(2017, 3, 29, tzinfo=UTC)


def test_a_date_right_before_a_linked_heading_dates_that_story():
    html = """<html><body><div class="feed"><div class="date">12:00 04 April 2013</div>
    <h2><a href="/news/14922.html">Another story</a></h2></div>
    <h1>A suit that makes the young look old</h1><div class="date">04 January 2012</div>
    <p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 1, 4, tzinfo=UTC)


def test_a_shown_date_keeps_the_space_between_its_clock_and_its_day():
    html = """<html><body><h1>The government proposes a tax break</h1><div class="date">
    <span class="time">12:34</span> 17.01.2012</div><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 1, 17, tzinfo=UTC)


def test_a_date_inside_a_link_that_says_more_is_a_teaser_s():
    html = """<html><body><h1>Kate finds a substitute for botox</h1><p>Text.</p><ul><li>
    <a class="news" href="/health/news/101948"><span class="date">20.06.2011</span> Stress
    can cause acne in adult women</a></li></ul></body></html>"""
    assert _published(html) is None


def test_a_permalink_on_the_post_s_own_date_still_dates_it():
    html = """<html><body><h1>Fixing the boiler</h1><p><a href="/2012/03/03/boiler">
    <span>March 3, 2012</span></a></p><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 3, 3, tzinfo=UTC)


def test_a_shown_date_on_another_day_than_the_url_names_gives_way_to_the_url():
    html = """<html><body><p>28 November 2011 19:00</p><p>Text.</p></body></html>"""
    meta = extract_metadata(
        LexborHTMLParser(html), fetched_at=FETCHED, url="https://example.ru/news/2011/11/27/n_1"
    )
    assert meta.published_at == datetime(2011, 11, 27, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/science/la-sci-super-earth-20170407-story.html", 7),
        ("https://example.com/cnt/dmf20170407_96887132", 7),
        ("https://example.com/n1/2017/0407/c1001-40223222.html", 7),
        ("https://example.com/articles/194709-13-ways", None),
        ("https://example.com/news/19852382/slug", None),
    ],
)
def test_a_day_the_url_writes_without_separators_is_the_last_resort(url, day):
    html = "<html><body><h1>Bridge to close</h1><p>Text.</p></body></html>"
    meta = extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED, url=url)
    assert meta.published_at == (day and datetime(2017, 4, day, 12, tzinfo=UTC))


def test_a_day_run_together_in_the_url_is_no_witness_against_the_date_shown():
    html = """<html><body><h1>Bridge to close</h1><p>28 November 2011 19:00</p><p>Text.</p>
    </body></html>"""
    url = "https://example.com/news/20111127123/slug-20111127"
    meta = extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED, url=url)
    assert meta.published_at == datetime(2011, 11, 28, 19, tzinfo=UTC)


def test_a_shown_date_on_the_day_the_url_names_keeps_its_time():
    html = """<html><body><p>27 November 2011 19:00</p><p>Text.</p></body></html>"""
    meta = extract_metadata(
        LexborHTMLParser(html), fetched_at=FETCHED, url="https://example.ru/news/2011/11/27/n_1"
    )
    assert meta.published_at == datetime(2011, 11, 27, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    "stated",
    [
        '<meta property="og:url" content="https://example.com/2011/11/27/science/n_1">',
        '<link rel="canonical" href="https://example.com/2011/11/27/science/n_1">',
    ],
)
@pytest.mark.parametrize("url", [None, "https://example.com/a?id=1"])
def test_the_day_the_page_s_stated_address_names_stands_for_a_dateless_one(stated, url):
    html = f"""<html><head>{stated}</head><body><p>28 November 2011 19:00</p><p>Text.</p>
    </body></html>"""
    meta = extract_metadata(LexborHTMLParser(html), fetched_at=FETCHED, url=url)
    assert meta.published_at == datetime(2011, 11, 27, 12, tzinfo=UTC)


def test_without_an_h1_the_element_showing_the_title_s_headline_anchors_the_date_line():
    html = f"""<html><head><title>Example Health - What a urine test shows</title></head>
    <body><div>Saturday 14 January 2012</div>{MENU}
    <div class="art_title">What a urine test shows</div>
    <div>Δημοσίευση: 12-1-2012, 14:20</div><p>Text.</p></body></html>"""
    assert _published(html) == datetime(2012, 1, 12, 14, 20, tzinfo=UTC)


def test_without_an_h1_or_an_element_showing_the_title_the_first_date_line_counts():
    html = f"""<html><head><title>Example Health - What a urine test shows</title></head>
    <body><div>Saturday 14 January 2012</div>{MENU}<div>12-1-2012, 14:20</div></body></html>"""
    assert _published(html) == datetime(2012, 1, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    ("published", "updated"),
    [
        ("Opublikowano: 3 maja 2024", "Aktualizacja: 4 maja 2024"),
        ("Опубликовано 3 мая 2024", "Обновлено 4 мая 2024"),
        ("发布时间：2024-05-03", "更新时间：2024-05-04"),
        ("公開日：2024年5月3日", "更新日：2024年5月4日"),
        ("Yayınlanma: 03.05.2024", "Güncelleme: 04.05.2024"),
        ("Δημοσιεύθηκε 3 Μαΐου 2024", "Τελευταία ενημέρωση 4 Μαΐου 2024"),
    ],
)
def test_an_update_line_in_many_languages_is_not_the_published_date(published, updated):
    html = (
        "<html><body><h1>Council votes to close the old bridge</h1>"
        f"<p>{updated}</p><p>{published}</p><p>Text of the story.</p></body></html>"
    )
    found = extract_metadata(LexborHTMLParser(html), fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    assert found.published_at is not None
    assert found.published_at.date().isoformat() == "2024-05-03"


def test_a_relative_time_gives_way_to_a_date_the_page_states_in_full():
    """An archived page's "3 hours ago" counts from whenever it was fetched; a date written
    out on the page (here a later date-like element, or the URL's day) is the page's own."""
    times = '<span class="date">Posted 3 hours ago</span><span class="date">Mar 28, 2017</span>'
    html = f"<html><body><h1>Story here</h1><p>{times}</p><p>Text.</p></body></html>"
    assert _published(html) == datetime(2017, 3, 28, tzinfo=UTC)
    ago = '<html><body><h1>Story here</h1><span class="date">3 hours ago</span></body></html>'
    dated = extract_metadata(
        LexborHTMLParser(ago), fetched_at=FETCHED, url="https://example.com/2017/03/28/story"
    ).published_at
    assert dated == datetime(2017, 3, 28, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("BERLIN, 3 March 2019 — The council met.", datetime(2019, 3, 3, 12, tzinfo=UTC)),
        ("Ottawa (17 Jan. 2012) - Public pressure grew.", datetime(2012, 1, 17, 12, tzinfo=UTC)),
        ("WASHINGTON, March 3, 2019 (AP) — Lawmakers voted.", datetime(2019, 3, 3, 12, tzinfo=UTC)),
        ("Lagos, 3 March 2019, 10:15 — Rain fell.", datetime(2019, 3, 3, 10, 15, tzinfo=UTC)),
        ("New Delhi, Jan. 15: The ministry said.", None),
        ("The council met on 3 March 2019 — and voted.", None),
    ],
)
def test_a_dateline_opening_the_body_states_the_day(opening, expected):
    assert dateline_date(["Lead line of the story.", opening], FETCHED) == expected


STORY = (
    "<p>BERLIN, 3 March 2019 — The council met on Monday and voted to close the old bridge over"
    " the river after engineers found cracks in two of its piers.</p><p>The bridge, built in"
    " 1931, carries 20,000 cars a day, and the detour will add twenty minutes to many trips.</p>"
    "<p>Repairs are expected to take until the end of next year, a spokeswoman said.</p>"
)


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ('<span class="date">3 hours ago</span>', 3),
        ('<time datetime="2019-03-04">4 March</time>', 4),
    ],
)
def test_a_dateline_in_the_body_wins_over_a_relative_time_not_over_a_stated_date(stamp, day):
    html = f"<html><body><article><h1>Bridge to close</h1>{stamp}{STORY}</article></body></html>"
    published = parse_page(html.encode(), fetched_at=FETCHED).article.published_at
    assert published is not None
    assert (published.year, published.month, published.day) == (2019, 3, day)


LINKS_AND_PROSE = (
    '<div><a href="/s/diet">Diet</a>; <a href="/s/health">Health</a><br>Article Date: 12 Jan'
    " 2012 - 2:00 PST<br><br>New evidence from a study suggests that babies cry more often"
    " than was thought, and that this is how they talk to us.</div>"
)
TWO_LABELS = (
    "<p>Updated: Wednesday, 11 Jan 2012, 8:32 PM EST<br>"
    "Published : Wednesday, 11 Jan 2012, 6:05 PM EST</p>"
)


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (LINKS_AND_PROSE, datetime(2012, 1, 12, 10, tzinfo=UTC)),
        (TWO_LABELS, datetime(2012, 1, 11, 23, 5, tzinfo=UTC)),
    ],
)
def test_a_labelled_date_on_a_line_of_its_own_in_a_longer_box_is_read(box, expected):
    html = f"<html><body><h1>Babies cry more</h1>{box}<p>Text.</p></body></html>"
    assert _published(html) == expected


def test_a_date_in_a_sentence_of_a_long_box_is_no_date_line():
    html = (
        "<html><body><h1>Babies cry more</h1><div>The study, published in PLoS ONE on 10 Jan"
        " 2012, followed three hundred families for a year.<br>More text of the story.</div>"
        "</body></html>"
    )
    assert _published(html) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28.11.11 16:58", datetime(2011, 11, 28, 16, 58, tzinfo=UTC)),
        ("Published on 17/01/12 at 03:13pm", datetime(2012, 1, 17, 15, 13, tzinfo=UTC)),
        ("3 Jan 12 13:48", datetime(2012, 1, 3, 13, 48, tzinfo=UTC)),
        ("Nov 27th 11 17:46", datetime(2011, 11, 27, 17, 46, tzinfo=UTC)),
    ],
)
def test_a_date_line_with_a_two_digit_year_beside_a_clock_is_read(line, expected):
    html = (
        f"<html><body><h1>Rare disease treated</h1><div class='meta'>{line}</div>"
        "<p>Text of the story.</p></body></html>"
    )
    assert _published(html) == expected


def test_a_two_digit_year_without_a_clock_is_no_date_line():
    html = (
        "<html><body><h1>Release notes</h1><div>Version 1.2.10</div><div>28.11.11</div>"
        "<p>Text of the story.</p></body></html>"
    )
    assert _published(html) is None


def test_a_two_digit_year_in_a_sidebar_teaser_is_no_date_line():
    html = (
        "<html><body><h1><a href='/'>Example News</a></h1><ul><li><aside><span>29.10.19 18:30"
        " Uhr</span></aside><span>Workshop in Landshut</span></li></ul>"
        "<p>Text of the thread.</p></body></html>"
    )
    assert _published(html) is None


def test_a_link_that_is_its_line_and_only_a_date_dates_the_story():
    html = (
        "<html><body><h1>Brain region signals dementia</h1><small><a href='/archive/12-01-2012/'>"
        "January 12, 2012</a> </small><p>Text of the story.</p>" + MENU + "<ul><li><small>"
        "Jan 10, 2012</small> <a href='/news/other'>Another story</a></li></ul></body></html>"
    )
    assert _published(html) == datetime(2012, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "box",
    [
        "<td><a href='/archives/'>Since 1st March, 1999</a></td>",
        "<p><a href='/2011/05/03/'>May 3, 2011</a> <a href='/news/other'>Another story</a></p>",
        "<aside><div><a href='/2011/05/03/'>May 3, 2011</a></div></aside>",
    ],
)
def test_a_date_link_beside_other_words_or_in_a_sidebar_is_no_date_line(box):
    html = f"<html><body><h1>Brain region signals dementia</h1>{box}<p>Text.</p></body></html>"
    assert _published(html) is None


def test_a_date_in_a_comment_box_is_not_the_story_s():
    html = (
        "<html><body><h1>Paula Deen to address rumors</h1><div><span class='posted'>January 13,"
        " 2012 AT 7:52PM</span></div><p>Text of the story.</p><ul class='comments-list'><li>"
        "<div class='comment-info'><span class='date'>January 16, 2012 - 8:06am</span>"
        "<strong>Joe</strong><p>Great news.</p></div></li></ul></body></html>"
    )
    assert _published(html) == datetime(2012, 1, 13, 19, 52, tzinfo=UTC)


def test_a_commentary_s_date_is_the_story_s():
    html = (
        "<html><body><article class='commentary'><h1>Why rates will rise</h1><span class='date'>"
        "January 16, 2012</span><p>Text of the column.</p></article></body></html>"
    )
    assert _published(html) == datetime(2012, 1, 16, tzinfo=UTC)


def test_a_date_that_ends_a_line_among_other_text_is_a_date_line():
    html = (
        "<html><body><h1>Sochi builds on</h1><table><tr><td>\n5 января 2012, 14:33<br>"
        "Фото: РИА Новости<br><a href='/print'>Версия для печати</a> • <a href='#'>В закладки"
        "</a> • <a href='/link'>Постоянный адрес статьи</a></td></tr></table>"
        "<p>Text of the story.</p></body></html>"
    )
    assert _published(html) == datetime(2012, 1, 5, 14, 33, tzinfo=UTC)


def test_a_sentence_ending_with_a_date_before_a_break_is_no_date_line():
    html = (
        "<html><body><h1>Sochi builds on</h1><div>The games were awarded to the city on"
        " 4 July 2007<br>More words of the story that make this box a long one.</div>"
        "</body></html>"
    )
    assert _published(html) is None


def test_posted_on_with_its_colon_is_a_label_in_a_box_of_links():
    html = (
        "<html><body><h1>Blog name</h1><h2>The cancer cure that was not</h2><p>Category: "
        "<a href='/c/alt'>Alternative medicine</a> &bull; <a href='/c/cancer'>Cancer</a> &bull; "
        "<a href='/c/surgery'>Surgery</a><br>Posted on:"
        " January 12, 2012  3:00 AM, by <a href='/blog'>Orac</a></p><p>Text.</p></body></html>"
    )
    assert _published(html) == datetime(2012, 1, 12, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    "caption",
    [
        (
            "<figure><img src='/t.jpg'><figcaption>Tanks near Bakhmut, 24 April 2023"
            "</figcaption></figure>"
        ),
        (
            "<div><a href='#'><img src='/t.jpg' alt='Tanks near Bakhmut, 24 April 2023'></a>"
            "<p>Tanks near Bakhmut, 24 April 2023</p></div>"
        ),
    ],
)
def test_a_picture_s_caption_dates_the_photo_not_the_story(caption):
    html = (
        f"<html><body><h1>The counter-offensive</h1>{caption}<p>Text of the story.</p>"
        "<ul><li><strong>Date</strong> 28.04.2023</li></ul></body></html>"
    )
    assert _published(html) == datetime(2023, 4, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    ["Einmalig gültig bis 05.03.2025 ab 40 € Mindestbestellwert.", "Offer valid until 5 May 2025"],
)
def test_a_date_that_ends_an_offer_is_not_the_page_s(line):
    html = f"<html><body><h1>Melon carpaccio</h1><p>{line}</p><p>Slice the melon.</p></body></html>"
    assert _published(html) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 3 May 2012 | Last updated 2012-05-05", datetime(2012, 5, 3, tzinfo=UTC)),
        ("Posted: 8:08 AM Last Updated: 1 hour and 49 minutes ago", None),
    ],
)
def test_the_update_after_the_published_date_on_one_line_is_not_read_as_it(line, expected):
    html = f"<html><body><h1>Exercise hormone found</h1><div>{line}</div><p>Text.</p></body></html>"
    assert _published(html) == expected


@pytest.mark.parametrize(
    "clock",
    [
        "It is currently Tue Aug 11, 2020 1:51 pm",
        "Aktuelle Zeit: Di 11. Aug 2020, 13:51",
        "Nous sommes le mar. 11 août 2020 13:51",
    ],
)
def test_a_line_telling_the_time_now_is_not_the_page_s_date(clock):
    html = f"""<html><body><div class="header"><p>{clock}</p></div>
    <h2>Favourite song?</h2><div class="post"><b>Delta</b>
    <div>Posted: Wed Jun 11, 2003 11:08 am</div><p>Mine is Rolling High.</p></div>
    </body></html>"""
    assert _published(html) == datetime(2003, 6, 11, 11, 8, tzinfo=UTC)


def test_the_calls_for_a_page_s_date_line_share_one_walk_and_keep_their_own_answers():
    """A page without a stated date is asked for a date line, a relative time and the update
    in turn: one walk of its elements, read as far as each call needs, answers all three
    inside `reads_remembered` as three walks would, in whatever order they are asked."""
    html = (
        "<html><body><h1>Bridge to close for repairs</h1><p>Updated: May 20, 2024</p>"
        f"{MENU}<span>Posted 3 hours ago</span><p>Text.</p></body></html>"
    )
    tree = LexborHTMLParser(html)
    scanned = Scan(tree)
    asked = [{"relative": False}, {}, {"updated": True}]
    alone = [date_line(tree, scanned, FETCHED, **kwargs) for kwargs in asked]
    assert alone == [None, FETCHED - timedelta(hours=3), datetime(2024, 5, 20, tzinfo=UTC)]
    for order in (asked, asked[::-1]):
        with reads_remembered():
            shared = [date_line(tree, scanned, FETCHED, **kwargs) for kwargs in order]
        assert shared == [alone[asked.index(kwargs)] for kwargs in order]


def test_the_first_element_showing_the_title_anchors_the_date_line_not_a_later_one():
    """Without an `<h1>`, the first element stating the title is the headline; a later one (a
    teaser of the story far below) does not move it, so a date beside that is out of reach."""
    far = "<div>" + "<p>Item</p>" * 1600 + "</div>"
    html = f"""<html><head><title>Example Health - What a urine test shows</title></head>
    <body><div class="art_title">What a urine test shows</div><p>Text.</p>{far}
    <div>What a urine test shows</div><div>12-1-2012, 14:20</div></body></html>"""
    assert _published(html) is None


POSTED_FOOTER = (
    "<small>This entry was posted on Friday, March 31st, 2017 at 6:04 pm and is filed under"
    ' <a href="/c/news/">News</a>. You can follow any responses to this entry through the'
    ' <a href="/feed/">RSS 2.0</a> feed.</small>'
)
POSTED_FOOTER_RO = (
    "<small>Această intrare a fost postată Vineri, 31 Martie 2017 și este categorizată ca"
    ' <a href="/c/array/">Array-uri</a>.</small>'
)


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        (
            POSTED_FOOTER,
            datetime(2017, 3, 31, 18, 4, tzinfo=UTC),
        ),
        (
            POSTED_FOOTER_RO,
            datetime(2017, 3, 31, tzinfo=UTC),
        ),
    ],
)
def test_a_sentence_saying_the_entry_was_posted_on_a_date_dates_the_post(footer, expected):
    html = f"<html><body><article><h1>Babies cry more</h1>{STORY}{footer}</article></body></html>"
    assert _published(html) == expected


def test_a_posted_sentence_without_a_date_after_its_opening_gives_no_date():
    html = (
        "<html><body><article><h1>Babies cry more</h1>"
        '<p>This entry was posted in <a href="/c/news/">News</a> and tagged with a year of'
        " its own: 2017 was a good one.</p></article></body></html>"
    )
    assert _published(html) is None
