from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import (
    PRECEDENCE,
    READERS,
    best_title,
    byline_names,
    extract_metadata,
    heading_or_title,
    split_authors,
)

JSON_LD_PAGE = """<html lang="en"><head>
<title>Bridge to close | Example Post</title>
<link rel="canonical" href="https://example.com/news/bridge">
<meta property="og:url" content="https://example.com/news/bridge?utm=x">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example Post"},
  {"@type": "NewsArticle", "headline": "Bridge to close after cracks found",
   "author": [{"@type": "Person", "name": "Ada Obi"}, {"@type": "Person", "name": "Ben Carter"}],
   "datePublished": "2026-11-27T10:15:00+01:00", "dateModified": "2026-11-27T12:00:00Z",
   "articleSection": ["Local", "Transport"], "keywords": "bridges, council, transport",
   "inLanguage": "en-GB", "description": "The council votes to shut the 1931 span."}]}
</script></head><body><h1>Other title</h1></body></html>"""


def test_json_ld_gives_every_field_with_zones_as_utc():
    meta = extract_metadata(LexborHTMLParser(JSON_LD_PAGE))
    assert meta.title == "Bridge to close after cracks found"
    assert meta.authors == ["Ada Obi", "Ben Carter"]
    assert meta.published_at == datetime(2026, 11, 27, 9, 15, tzinfo=UTC)
    assert meta.modified_at == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert meta.section == "Local"
    assert meta.tags == ["bridges", "council", "transport"]
    assert meta.language == "en-GB"
    assert meta.description == "The council votes to shut the 1931 span."
    assert meta.canonical_url == "https://example.com/news/bridge"
    assert meta.og_url == "https://example.com/news/bridge?utm=x"


def test_opengraph_and_meta_tags_when_there_is_no_json_ld():
    html = """<html><head>
    <meta property="og:title" content="Markets slide">
    <meta name="author" content="Ada Obi; Ben Carter">
    <meta property="article:published_time" content="Wed, 13 Sep 2023 12:45:00 GMT">
    <meta property="article:modified_time" content="2023-09-13T15:00:00-04:00">
    <meta property="article:section" content="Business">
    <meta property="article:tag" content="stocks"><meta property="article:tag" content="Asia">
    <meta property="og:locale" content="en_US">
    <meta name="description" content="Shares fell across Asia.">
    </head><body></body></html>"""
    meta = extract_metadata(LexborHTMLParser(html))
    assert meta.title == "Markets slide"
    assert meta.authors == ["Ada Obi", "Ben Carter"]
    assert meta.published_at == datetime(2023, 9, 13, 12, 45, tzinfo=UTC)
    assert meta.modified_at == datetime(2023, 9, 13, 19, 0, tzinfo=UTC)
    assert meta.section == "Business"
    assert meta.tags == ["stocks", "Asia"]
    assert meta.language == "en_US"
    assert meta.description == "Shares fell across Asia."


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<time datetime="2026-11-27T10:15:00+01:00">Friday</time>',
            datetime(2026, 11, 27, 9, 15, tzinfo=UTC),
        ),
        (
            '<span class="date">27 November 2026, 10:15 WAT</span>',
            datetime(2026, 11, 27, 9, 15, tzinfo=UTC),
        ),
        (
            '<div class="published">Nov. 27, 2026 3:04 p.m. ET</div>',
            datetime(2026, 11, 27, 20, 4, tzinfo=UTC),
        ),
    ],
)
def test_published_time_from_the_page_markup(markup, expected):
    html = f"<html><body><article><h1>Story</h1>{markup}<p>Text.</p></article></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).published_at == expected


def test_visible_byline_gives_several_authors_without_job_titles():
    html = '<html><body><article><p class="byline">By TOM KRISHER, AP Auto Writer and Ada Obi</p></article></body></html>'
    assert extract_metadata(LexborHTMLParser(html)).authors == ["TOM KRISHER", "Ada Obi"]


def test_fields_the_page_does_not_state_are_null():
    meta = extract_metadata(LexborHTMLParser("<html><body><p>Just a paragraph.</p></body></html>"))
    assert meta.title is None
    assert meta.authors == []
    assert meta.published_at is None
    assert meta.modified_at is None
    assert meta.section is None
    assert meta.tags == []
    assert meta.language is None
    assert meta.description is None
    assert meta.canonical_url is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("By Ada Obi and Ben Carter", ["Ada Obi", "Ben Carter"]),
        ("Ada Obi, Ben Carter & Chi Eze", ["Ada Obi", "Ben Carter", "Chi Eze"]),
        ([{"name": "Ada Obi"}, {"name": "Ada Obi"}], ["Ada Obi"]),
        ({"@type": "Person", "name": "Von Ada Obi"}, ["Ada Obi"]),
        ("https://example.com/authors/ada", []),
        (None, []),
    ],
)
def test_split_authors(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Ada Obi and Ben Carter", ["Ada Obi", "Ben Carter"]),
        ("Ada Obi | 3 May 2024, 10:15", ["Ada Obi"]),
        ("By Ada Obi, Senior Correspondent", ["Ada Obi"]),
        ("Von Ada Obi · aktualisiert am 3. Mai 2024", ["Ada Obi"]),
        ("By Ada Obi Updated 5 hours ago", ["Ada Obi"]),
        ("Follow @adaobi on X", []),
        ("Av Ingrid Obi", ["Ingrid Obi"]),
        ("Przez Ada Obi", ["Ada Obi"]),
    ],
)
def test_byline_names_leave_out_dates_roles_and_labels(text, expected):
    assert byline_names(text) == expected


def test_byline_read_from_the_page_when_nothing_else_names_the_author():
    html = (
        "<html><body><article><h1>Story</h1><div class='meta'><a href='/author/ada-obi'>"
        "Ada Obi</a> | <span>3 May 2024</span></div><p>Text.</p></article></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_json_ld_author_given_by_reference_is_resolved():
    html = """<html><head><script type="application/ld+json">{"@graph": [
      {"@type": "Article", "headline": "Story", "author": {"@id": "https://x.example/#/ada"}},
      {"@type": "Person", "@id": "https://x.example/#/ada", "name": "Ada Obi"}]}
    </script></head><body></body></html>"""
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


MIDNIGHT = datetime(2024, 5, 3, tzinfo=UTC)
NOON = datetime(2024, 5, 3, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="DC.date.issued" content="2024-05-03">', NOON),
        ('<meta name="dcterms.issued" content="2024-05-03">', NOON),
        ('<meta name="parsely-pub-date" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        (
            '<meta name="parsely-page" content=\'{"title": "Story", "pub_date": "2024-05-03T00:00:00Z"}\'>',
            MIDNIGHT,
        ),
        ('<meta itemprop="datePublished" content="2024-05-03">', NOON),
        ('<meta property="og:article:published_time" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        ('<meta property="article:published" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        ('<meta name="publish_date" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        ('<meta property="og:pubdate" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        ('<meta name="DC.date.created" content="2024-05-03">', NOON),
        ('<meta name="cXenseParse:recs:publishtime" content="2024-05-03T00:00:00Z">', MIDNIGHT),
        ('<meta name="publicationdate" content="2024-05-03 00:00:00.0">', MIDNIGHT),
        ('<meta property="article:published_date" content="2024-05-03">', NOON),
    ],
)
def test_published_time_from_dublin_core_parsely_and_itemprop(head, expected):
    html = f"<html><head>{head}</head><body><p>Text.</p></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).published_at == expected


def test_an_itemprop_date_stated_for_every_story_of_a_list_is_not_the_page_s():
    html = """<html><head><meta name="DC.date.issued" content="2014-12-16"></head><body>
    <div itemscope><meta itemprop="datePublished" content="2015-01-02T16:00:31Z"></div>
    <div itemscope><meta itemprop="datePublished" content="2015-01-01T19:03:05Z"></div>
    </body></html>"""
    assert extract_metadata(LexborHTMLParser(html)).published_at == datetime(
        2014, 12, 16, 12, tzinfo=UTC
    )


def test_a_day_without_a_time_is_noon_utc_so_no_zone_moves_it_to_another_day():
    html = '<html><head><meta name="DC.date.issued" content="2016-12-14"></head></html>'
    published = extract_metadata(LexborHTMLParser(html)).published_at
    assert published is not None
    assert published.astimezone(timezone(timedelta(hours=-8))).date() == date(2016, 12, 14)
    assert published.astimezone(timezone(timedelta(hours=9))).date() == date(2016, 12, 14)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "<div><span>December 16, 2016, 4:19 PM</span></div>",
            datetime(2016, 12, 16, 16, 19, tzinfo=UTC),
        ),
        ("<div class='x9'>Published Dec 19, 2016</div>", datetime(2016, 12, 19, tzinfo=UTC)),
        ("<p>Reviewed:</p><p>June 7, 2019</p>", datetime(2019, 6, 7, tzinfo=UTC)),
        ("<p class='c'>最終更新日：2019年4月2日</p>", datetime(2019, 4, 2, tzinfo=UTC)),
    ],
)
def test_published_time_from_a_short_date_line_after_the_headline(line, expected):
    html = (
        "<html><body><nav><span>Since 1998</span></nav><h1>Story</h1>"
        f"{line}<p>Text that mentions 2015 in a long sentence about the past.</p></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == expected


def test_date_line_before_the_headline_when_none_follows_it():
    html = "<html><body><div>March 9 2017 4:21 PM</div><h1>Story</h1><p>Text.</p></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).published_at == datetime(
        2017, 3, 9, 16, 21, tzinfo=UTC
    )


def test_any_datetime_attribute_when_there_is_no_time_element():
    html = '<html><body><relative-time datetime="2020-07-07T12:10:51Z">Jul 7</relative-time></body></html>'
    assert extract_metadata(LexborHTMLParser(html)).published_at == datetime(
        2020, 7, 7, 12, 10, 51, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2016/12/15/amazon-gadgets/", NOON.replace(2016, 12, 15)),
        ("https://x.example/news/2019-04-02-story.html", NOON.replace(2019, 4, 2)),
        ("https://x.example/2016/12/132377/shirts", None),
        (None, None),
    ],
)
def test_url_date_is_the_last_resort(url, expected):
    html = "<html><body><h1>Story</h1><p>Text.</p></body></html>"
    assert extract_metadata(LexborHTMLParser(html), url=url).published_at == expected


def test_url_date_comes_after_the_page_own_date():
    html = '<html><head><meta property="article:published_time" content="2016-12-16T10:00:00Z"></head></html>'
    meta = extract_metadata(LexborHTMLParser(html), url="https://x.example/2016/12/15/story")
    assert meta.published_at == datetime(2016, 12, 16, 10, tzinfo=UTC)


def test_published_time_shown_relative_to_the_fetch():
    html = "<html><body><article><span class='date'>3 hours ago</span><p>Text.</p></article></body></html>"
    fetched = datetime(2024, 5, 3, 12, 0, tzinfo=UTC)
    meta = extract_metadata(LexborHTMLParser(html), fetched_at=fetched)
    assert meta.published_at == datetime(2024, 5, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "h1", "site", "expected"),
    [
        ("Bridge to close after cracks | Example Post", "Bridge to close after cracks", None,
         "Bridge to close after cracks"),
        ("Example Post - Bridge to close after cracks", None, "Example Post",
         "Bridge to close after cracks"),
        ("Bridge to close after cracks found in…", "Bridge to close after cracks found in piers",
         None, "Bridge to close after cracks found in piers"),
        ("Bridge: what happens next", "Home", "Example Post", "Bridge: what happens next"),
    ],
)  # fmt: skip
def test_best_title_when_title_og_title_and_h1_disagree(title, h1, site, expected):
    assert best_title(title, h1, site) == expected


def test_precedence_is_one_table_of_sources():
    fields = {field for field, _, _ in PRECEDENCE}
    assert fields == set(READERS)
    assert PRECEDENCE.index(("published", "ld", "datePublished")) < PRECEDENCE.index(
        ("published", "markup", "shown")
    )


def test_a_title_escaped_twice_by_the_site_reads_as_its_characters():
    page = """<html><head>
    <meta property="og:title" content="Mexico to fight &amp;#8216;illogical&amp;#8217; tariffs">
    <script type="application/ld+json">{"@type": "NewsArticle",
      "description": "Steel &amp; aluminium"}</script>
    </head><body><h1>Mexico to fight ‘illogical’ tariffs</h1></body></html>"""
    meta = extract_metadata(LexborHTMLParser(page))
    assert meta.title == "Mexico to fight ‘illogical’ tariffs"
    assert meta.description == "Steel & aluminium"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saibal Dasgupta / TNN / Updated: Oct 9, 2019", ["Saibal Dasgupta"]),
        ("By Daniel Bader last updated January 13, 2017", ["Daniel Bader"]),
        ("Howard Blume Staff Writer", ["Howard Blume"]),
        ("See all", []),
    ],
)
def test_byline_names_drop_agencies_after_a_slash_update_labels_and_trailing_roles(text, expected):
    assert byline_names(text) == expected


def test_a_team_name_ending_in_staff_is_kept():
    assert split_authors("ZDNet Japan Staff") == ["ZDNet Japan Staff"]


def test_microdata_author_with_several_names_gives_each():
    html = (
        '<html><body><article itemscope itemtype="http://schema.org/NewsArticle">'
        '<div itemprop="author" itemscope><span itemprop="name">Ada Obi</span>'
        '<span itemprop="name">Ben Carter</span></div><p>Text.</p></article></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi", "Ben Carter"]


def test_og_article_author_is_read():
    html = '<html><head><meta property="og:article:author" content="Ada Obi"></head></html>'
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


@pytest.mark.parametrize(
    ("h1", "title", "expected"),
    [
        ("Rates rise again", "Rates rise again | Daily Example", "Rates rise again"),
        ("POLITICO Politico Logo", "Rates rise again - POLITICO", "Rates rise again - POLITICO"),
        (
            "Daily Example",
            "Rates rise again in the spring_Economy_Daily Example",
            "Rates rise again in the spring_Economy",
        ),
        ("Rates", "Rates", "Rates"),
        (None, "Rates rise again", "Rates rise again"),
        ("Wales News", "Rates rise again - Wales News - News - Daily", "Rates rise again"),
        ("Rates rise again", "Daily : News : Rates rise again", "Rates rise again"),
        ("Rates rise again", "Rates rise again - news from the Economy desk", "Rates rise again"),
    ],
)
def test_the_h1_is_the_title_unless_the_title_tag_shows_it_is_a_logo_or_the_site(
    h1, title, expected
):
    assert heading_or_title(h1, title) == expected


def test_page_without_metadata_title_skips_a_logo_h1():
    html = (
        "<html><head><title>Rates rise again - Daily Example</title></head><body>"
        "<h1>Menu</h1><p>Text.</p></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).title == "Rates rise again - Daily Example"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Laura E. Adkins December 28, 2016", ["Laura E. Adkins"]),
        ("Name *", []),
        ("Quelle: sid/dpa", []),
        ("By Anne-Marie O’Neil", ["Anne-Marie O’Neil"]),
    ],
)
def test_byline_names_stop_at_a_date_and_take_only_name_shaped_text(text, expected):
    assert byline_names(text) == expected


def _authors_in(body: str) -> list[str]:
    html = f"<html><body><h1>Story</h1>{body}<p>Text of the story.</p></body></html>"
    return extract_metadata(LexborHTMLParser(html)).authors


def test_co_author_links_beside_the_first_are_authors_too():
    body = '<div><a rel="author" href="/p/j">Julia Carrie Wong</a> and <a rel="author" href="/p/s">Sam Levin</a></div>'
    assert _authors_in(body) == ["Julia Carrie Wong", "Sam Levin"]


def test_byline_class_words_match_in_capitalised_class_names():
    body = '<div class="css-1wk-Byline"><span>Stewart Perrie</span></div>'
    assert _authors_in(body) == ["Stewart Perrie"]


def test_a_short_line_starting_with_by_is_a_byline_whatever_its_classes():
    body = '<div class="Yc"><span>By </span><a href="/profile/tn">Teresa Newsome</a></div>'
    assert _authors_in(body) == ["Teresa Newsome"]


def test_a_sentence_starting_with_by_is_no_byline():
    body = (
        "<p>By the end of the year the council had spent more than it raised in taxes and fees.</p>"
    )
    assert _authors_in(body) == []


def test_date_line_nearest_the_headline_wins_over_dated_links_further_down():
    related = "".join(
        f"<li><a href='/s{i}'>Older story {i}</a><span>(2014年03月19日)</span></li>"
        for i in range(3)
    )
    html = (
        "<html><body><div><span>2019年02月22日 14時30分 公開</span></div><h1>Story</h1>"
        + "<p>Text.</p>" * 20
        + f"<ol>{related}</ol></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == datetime(
        2019, 2, 22, 14, 30, tzinfo=UTC
    )


def test_time_element_in_a_header_outside_the_article():
    html = (
        '<html><body><header><time datetime="2024-05-03T08:00:00Z">3 May</time></header>'
        "<article><p>Text.</p></article></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == datetime(
        2024, 5, 3, 8, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("メディア芸術祭賞が受賞：朝日新聞デジタル", "メディア芸術祭賞が受賞"),
        ("Lina Morgana on Twitter", "Lina Morgana on Twitter"),
    ],
)
def test_site_name_glued_to_the_title_after_a_separator_is_removed(title, expected):
    site = "朝日新聞デジタル" if "朝日" in title else "Twitter"
    assert best_title(title, None, site) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("著者：後藤大地", ["後藤大地"]),
        ("By: Paul Wiseman", ["Paul Wiseman"]),
        ("著者", []),
        ("谢若含", ["谢若含"]),
        ("by the editors of the newsletter", []),
    ],
)
def test_byline_names_drop_a_label_before_a_colon_and_take_names_in_scripts_without_case(
    text, expected
):
    assert byline_names(text) == expected


@pytest.mark.parametrize("named", ["mediagene Inc.", "Example Media GmbH", "desk@example.com"])
def test_a_company_or_an_address_as_author_gives_way_to_the_byline(named):
    html = (
        f'<html><head><meta name="author" content="{named}"></head><body><article>'
        '<h1>Story</h1><p class="byline">By Ada Obi</p><p>Text.</p></article></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_an_author_that_the_publisher_tag_names_gives_way_to_the_byline_under_the_headline():
    html = (
        '<html><head><meta name="author" content="Rhine Radio (www.rhineradio.example)">'
        '<meta name="publisher" content="Rhine Radio (www.rhineradio.example)"></head><body>'
        '<div><h1>Ferry service resumes after the flood</h1><div class="author">By Ada Obi</div>'
        "</div><p>Text.</p></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_a_company_as_author_is_kept_when_no_person_is_named():
    html = (
        '<html><head><meta name="author" content="Example Media GmbH"></head><body></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Example Media GmbH"]


def test_inline_tags_escaped_into_a_title_are_left_out():
    html = (
        '<html><head><meta property="og:title" content="Is Ada In The Next '
        '&lt;i&gt;Deadpool&lt;/i&gt; Movie?"></head><body></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).title == "Is Ada In The Next Deadpool Movie?"


def test_a_recipe_page_names_its_author_and_date_on_the_recipe_not_its_headline():
    html = """<html><head><title>Lentil soup | Example Kitchen</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Example Kitchen"},
      {"@type": "Recipe", "name": "Soup", "headline": "Soup in a video",
       "author": {"@type": "Person", "name": "Ada Obi"}, "datePublished": "2024-05-03"}]}
    </script></head><body><h1>Lentil soup</h1></body></html>"""
    meta = extract_metadata(LexborHTMLParser(html))
    assert (meta.authors, meta.published_at) == (["Ada Obi"], NOON)
    assert meta.title == "Lentil soup"


def test_an_article_object_wins_over_a_recipe_on_the_same_page():
    html = """<html><head><script type="application/ld+json">[
      {"@type": "Recipe", "author": "Ben Carter"},
      {"@type": "BlogPosting", "headline": "Soup", "author": "Ada Obi"}]
    </script></head><body></body></html>"""
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def _page_title(head: str, body: str) -> str | None:
    return extract_metadata(
        LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    ).title


SOCIAL = '<meta property="og:title" content="You will not believe this bridge">'
LD_HEADLINE = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "You will not believe this bridge"}</script>'
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            SOCIAL + "<title>Bridge closes after cracks found - Daily Example</title>",
            "Bridge closes after cracks found",
        ),
        (
            SOCIAL + '<meta name="twitter:title" content="Bridge closes after cracks found">',
            "Bridge closes after cracks found",
        ),
        (
            SOCIAL.replace("bridge", "span") + "<title>Something else entirely</title>",
            "You will not believe this span",
        ),
        (
            LD_HEADLINE + "<title>Bridge closes after cracks found</title>",
            "You will not believe this bridge",
        ),
    ],
)
def test_the_shown_h1_wins_over_a_social_title_when_another_title_says_the_same(head, expected):
    assert _page_title(head, "<h1>Bridge closes after cracks found</h1>") == expected


def test_an_h1_beside_the_social_title_in_the_title_tag_is_the_site_name():
    head = SOCIAL + "<title>You will not believe this bridge - The Daily Example Mail</title>"
    assert (
        _page_title(head, "<h1>The Daily Example Mail</h1>") == "You will not believe this bridge"
    )


def test_a_short_h1_that_is_a_part_of_the_title_tag_is_a_section():
    head = SOCIAL + "<title>Bridge closes - Local News - Daily Example</title>"
    assert _page_title(head, "<h1>Local News</h1>") == "You will not believe this bridge"


@pytest.mark.parametrize("label", ["Written by", "Verfasst von", "Écrit par"])
def test_the_author_a_link_preview_label_names_is_read(label):
    head = (
        f'<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" '
        f'content="2 minutes"><meta name="twitter:label2" content="{label}">'
        '<meta name="twitter:data2" content="Ada Obi">'
    )
    html = f"<html><head>{head}</head><body><h1>Story</h1></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


@pytest.mark.parametrize("label", ["By:", "Von:", "Par :"])
def test_a_by_label_with_a_colon_starts_a_byline_line(label):
    body = f'<ul><li class="x">{label}\n  <span><a href="/p/ada">Ada Obi</a>, </span><span><a href="/p/ben">Ben Carter</a></span></li></ul>'
    assert _authors_in(body) == ["Ada Obi", "Ben Carter"]


def test_an_author_given_as_a_login_takes_the_name_the_byline_spells_out():
    html = (
        '<html><head><meta name="sailthru.author" content="adaobi"></head><body><h1>Story</h1>'
        '<p class="byline">By <a href="/author/adaobi">Ada Obi</a></p></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_a_first_name_as_author_is_not_swapped_for_a_longer_byline():
    html = (
        '<html><head><meta name="author" content="Ada"></head><body><h1>Story</h1>'
        '<p class="byline">By Ada Obi</p></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada"]


@pytest.mark.parametrize(
    "graph",
    [
        '[{"@type": "WebPage", "datePublished": "2024-05-03T00:00:00Z"}]',
        (
            '[{"@type": "Article", "headline": "S"},'
            ' {"@type": "WebPage", "datePublished": "2024-05-03T00:00:00Z"}]'
        ),
    ],
)
def test_the_web_page_object_dates_a_page_whose_article_object_does_not(graph):
    html = (
        f'<html><head><script type="application/ld+json">{{"@graph": {graph}}}</script>'
        "</head><body></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == MIDNIGHT


def test_the_article_date_wins_over_the_web_page_date():
    html = """<html><head><script type="application/ld+json">{"@graph": [
      {"@type": "WebPage", "datePublished": "2024-01-01T00:00:00Z"},
      {"@type": "NewsArticle", "datePublished": "2024-05-03T00:00:00Z"}]}</script>
      <meta property="article:published_time" content="2024-05-03T00:00:00Z"></head></html>"""
    assert extract_metadata(LexborHTMLParser(html)).published_at == MIDNIGHT


@pytest.mark.parametrize(
    "stamps",
    [
        (
            'Updated <time datetime="2024-05-20T00:00:00Z">May 20</time></p><p>'
            'Published <time datetime="2024-05-03T00:00:00Z">May 3</time>'
        ),
        (
            '<time class="updated" datetime="2024-05-20T00:00:00Z">May 20</time>'
            '<time class="published" datetime="2024-05-03T00:00:00Z">May 3</time>'
        ),
    ],
)
def test_a_time_element_marked_as_the_update_gives_way_to_the_publication(stamps):
    html = f"<html><body><article><h1>Story</h1><p>{stamps}</p></article></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).published_at == MIDNIGHT


def test_a_date_line_labelled_as_the_update_gives_way_and_is_the_last_resort():
    both = "<div>Updated: May 20, 2024</div><div>Published: May 3, 2024</div>"
    only = "<div>Updated on May 3, 2024 09:22 AM</div>"
    for lines in (both, only):
        html = f"<html><body><h1>Story here</h1>{lines}<p>Text of the story.</p></body></html>"
        assert extract_metadata(LexborHTMLParser(html)).published_at.date() == date(2024, 5, 3)


def test_a_date_in_a_sidebar_teaser_is_not_the_page_date():
    html = (
        '<html><body><aside><ul><li><a href="/other">Other story</a><span class="date">'
        "1 January 2024</span></li></ul></aside><main><h1>Story here</h1>"
        '<div class="date">3 May 2024</div><p>Text.</p></main></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at.date() == date(2024, 5, 3)


def test_the_post_date_linked_to_its_permalink_is_read():
    html = (
        '<html><body><article><h1>Story</h1><span class="posted-on"><a href="/story" '
        'rel="bookmark"><time datetime="2024-05-03T00:00:00Z">May 3</time></a></span>'
        "</article></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == MIDNIGHT


def test_the_time_beside_the_headline_wins_over_a_ticker_above_it():
    html = (
        '<html><body><header><time datetime="2024-06-01T08:00:00Z">Today</time></header>'
        '<div class="main"><div class="head"><h1>Story here</h1><p class="meta">'
        '<time datetime="2024-05-03T00:00:00Z">3 May</time></p></div><p>Text.</p></div>'
        "</body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).published_at == MIDNIGHT


def test_a_short_h1_that_is_the_first_part_of_the_title_tag_is_the_headline():
    head = SOCIAL + "<title>Lentil soup | Example Kitchen</title>"
    assert _page_title(head, "<h1>Lentil soup</h1>") == "Lentil soup"


def test_a_short_h1_gives_way_when_two_tags_state_the_social_title():
    head = (
        SOCIAL + '<meta name="twitter:title" content="You will not believe this bridge">'
        "<title>Bridge mistakes | Example Home</title>"
    )
    assert _page_title(head, "<h1>Bridge mistakes</h1>") == "You will not believe this bridge"


def test_a_weekday_label_with_a_colon_is_no_byline():
    assert _authors_in("<p>Di: Geschlossen</p>") == []


def test_the_author_a_one_tag_label_pair_names_is_read_after_an_address():
    head = (
        '<meta name="author" content="a.obi@example.com">'
        '<meta name="twitter:misc:Written by" content="Ada Obi">'
        '<meta name="twitter:misc:Est. reading time" content="3 minutes">'
    )
    html = f"<html><head>{head}</head><body><h1>Story</h1></body></html>"
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


@pytest.mark.parametrize(
    "body",
    [
        '<p>Story by <a rel="author external" href="/p/ada">Ada Obi</a></p>',
        '<span itemprop="author creator">Ada Obi</span>',
        '<div id="byline">By Ada Obi</div>',
        '<div id="story-author">Ada Obi</div>',
    ],
)
def test_a_byline_marked_by_id_or_among_several_rel_and_itemprop_words(body):
    assert _authors_in(body) == ["Ada Obi"]


def test_a_site_credited_in_the_byline_is_no_author():
    body = '<div class="byline"><a href="/source/x">EXAMPLE.net</a> / 03:02 PM March 27, 2017</div>'
    assert _authors_in(body) == []


def test_a_comment_author_marked_by_id_is_a_reader_not_the_author():
    body = '<div id="comment-author-3">Ben Uche</div>'
    assert _authors_in(body) == []


def test_author_links_inside_one_byline_box_are_several_authors():
    body = (
        '<div class="bylines"><div class="byline"><a rel="author" href="mailto:a@x.no">'
        '<span>Ada</span> <span>Obi</span></a></div><div class="byline"><a rel="author" '
        'href="mailto:b@x.no"><span>Ben Carter</span> <span>Uche</span></a></div></div>'
    )
    assert _authors_in(body) == ["Ada Obi", "Ben Carter Uche"]


def test_a_dash_left_after_a_name_is_not_part_of_it():
    assert split_authors("Ada Obi -") == ["Ada Obi"]


def test_an_empty_logo_h1_is_not_the_headline():
    head = "<title>Bridge closes after cracks found - Local News - example.co.uk</title>"
    body = '<h1><a href="/"><img src="logo.png"></a></h1><h1>Bridge closes after cracks found</h1>'
    assert _page_title(head, body) == "Bridge closes after cracks found"


def test_a_chinese_h1_that_title_does_not_hold_is_the_headline_when_long_enough():
    head = "<title>人間衛視-人間新聞</title>"
    assert _page_title(head, "<h1>網購超商年菜 注意保存方式</h1>") == "網購超商年菜 注意保存方式"
    assert _page_title(head, "<h1>天氣預報</h1>") == "人間衛視-人間新聞"


def test_a_byline_in_a_sidebar_is_another_story_s():
    body = (
        '<aside><div class="byline">By Ben Uche</div></aside>'
        '<div class="author"><a rel="author" href="/author/ada-obi/">Ada Obi</a></div>'
    )
    assert _authors_in(body) == ["Ada Obi"]


@pytest.mark.parametrize(
    "byline",
    ["By Ada Obi Syndicated columnist", "ADA OBI The Associated Press"],
)
def test_a_role_or_publication_after_a_byline_name_without_a_comma_is_left_out(byline):
    assert byline_names(byline) in (["Ada Obi"], ["ADA OBI"])


def test_a_json_ld_author_list_nested_in_a_list_gives_each_name():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "author": [{"@type": "Person", "name": "Ada Obi"}, [{"@type": "Person", "name": "City Desk"}]]}
    </script></head><body></body></html>"""
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi", "City Desk"]
