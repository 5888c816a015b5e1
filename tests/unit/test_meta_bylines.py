"""The visible byline's forms, and where it overrides an author the metadata gives."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import byline_names, extract_metadata, split_authors


def _authors(html: str, url: str = "https://example.com/news/a") -> list[str]:
    return extract_metadata(LexborHTMLParser(html), url=url).authors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By by ADA OBI and BEN UCHE", ["ADA OBI", "BEN UCHE"]),
        ("Posted by Ada Obi at 10:00 AM", ["Ada Obi"]),
        ("Written by Ada Obi", ["Ada Obi"]),
        ("By Ada Obi on March 3, 2012", ["Ada Obi"]),
        ("By Ada Obi, Senior Reporter, The Daily Example", ["Ada Obi"]),
        ("Ada Obi, Staff Writer, and Ben Uche, Reporter", ["Ada Obi", "Ben Uche"]),
        ("By Thanh Le", ["Thanh Le"]),
        ("Features / 1 day ago / by Ada Obi", ["Ada Obi"]),
        ("By Ada Obi (AP)", ["Ada Obi"]),
        ("By Ada Obi for the Daily Example", ["Ada Obi"]),
        ("By Ada Obi via Reuters", ["Ada Obi"]),
        ("By Ada Obi @adaobi", ["Ada Obi"]),
        ("By Ada Obi\n5 min read", ["Ada Obi"]),
    ],
)
def test_byline_names_after_labels_before_dates_and_job_titles(text, expected):
    assert byline_names(text) == expected


def test_names_listed_with_the_ideographic_comma_are_several():
    assert split_authors("牛镛、岳弘彬") == ["牛镛", "岳弘彬"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ada Obi, TIME", ["Ada Obi"]),
        ("Ada Obi, Ben Uche, The Associated Press", ["Ada Obi", "Ben Uche"]),
        ("Ada Obi, Reuters News", ["Ada Obi"]),
        ("Ada Obi, Ben Uche", ["Ada Obi", "Ben Uche"]),
        ("Ada L. Obi, Example.com", ["Ada L. Obi"]),
        ("Ada Obi, Example.co.uk", ["Ada Obi"]),
    ],
)
def test_a_publication_after_a_comma_is_the_employer_not_an_author(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Se&aacute;n O&#039;Neill", ["Seán O'Neill"]),
        ({"@type": "Person", "name": "Jos&eacute; P&eacute;rez"}, ["José Pérez"]),
        ("Ada Obi &amp; Ben Uche", ["Ada Obi", "Ben Uche"]),
    ],
)
def test_an_entity_left_in_a_stated_name_is_its_letter_not_a_list_separator(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ada Obi New York Times", ["Ada Obi"]),
        ("Ada Obi and Ben Uche EXAMPLE TODAY", ["Ada Obi", "Ben Uche"]),
        ("Ada Obi Washington Post", ["Ada Obi"]),
        ("Ada Emily Post", ["Ada Emily Post"]),
        ("Tampa Bay Business Journal", ["Tampa Bay Business Journal"]),
    ],
)
def test_a_newspaper_run_on_after_a_name_is_left_out(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize("value", ["By Ada Obi for The Daily Example", "Ada Obi for The Guardian"])
def test_the_paper_a_name_writes_for_is_no_part_of_the_name(value):
    assert split_authors(value) == ["Ada Obi"]


def test_a_first_name_that_is_a_by_word_elsewhere_stays_the_name():
    assert split_authors("Oleh Ivanov") == ["Oleh Ivanov"]


@pytest.mark.parametrize(
    "value", ["Analysis by Ada Obi, Editor-at-large", "Opinion by Ada Obi", "Kommentar von Ada Obi"]
)
def test_the_kind_of_piece_before_by_is_no_part_of_the_name(value):
    assert split_authors(value) == ["Ada Obi"]


@pytest.mark.parametrize(
    "line",
    [
        "Words: Ada Obi",
        "Writer: Ada Obi",
        "Yazar: Ada Obi",
        "Penulis: Ada Obi",
        "Szerző: Ada Obi",
        "Kirjoittaja: Ada Obi",
        "Forfatter: Ada Obi",
        "Tác giả: Ada Obi",
    ],
)
def test_a_writers_label_with_its_colon_opens_a_byline(line):
    html = f"""<html><body><article><h1>Bridge to close</h1><p>{line}</p>
    <p>The bridge closes for repairs on Monday, the council said.</p></article></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_weekday_before_the_date_in_a_byline_box_is_no_name():
    assert byline_names("Monday 16 January 2012") == []


def test_a_link_to_more_of_the_authors_stories_is_no_co_author():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "author": {"@type": "Person", "name": "Ada Obi"}}</script></head><body>
    <header><h1>Bridge to close</h1><div class="author-info"><a href="/author/ada-obi">Ada Obi</a>
    <a href="/author/ada-obi/articles">View More Articles</a></div></header>
    <p>Text of the story.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]
    assert byline_names("More From") == []


def test_a_numeric_user_id_names_nobody():
    assert split_authors("105092") == []


@pytest.mark.parametrize("account", ["Admin", "admin", "Administrator", "Site Admin", "webmaster"])
def test_a_cms_default_account_names_nobody(account):
    assert split_authors(account) == []
    assert split_authors("Ada Obi") == ["Ada Obi"]


def test_an_admin_author_gives_way_to_the_recipes_credit():
    html = """<html><head><meta name="author" content="Admin">
    <script type="application/ld+json">{"@type": "Recipe", "name": "Banana cue",
      "author": {"@type": "Person", "name": "Example Kitchen"}}</script>
    </head><body><h1>Banana cue</h1><p>Fry the bananas in sugar.</p></body></html>"""
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Example Kitchen"]


PUBLISHER_AS_AUTHOR = """<html><head><meta name="author" content="Daily Example">
<meta property="og:site_name" content="Daily Example"></head><body>
<div class="story-header"><h1>Bridge to close</h1><p class="byline">By Ada Obi</p></div>
<p>Text of the story.</p></body></html>"""


def test_the_byline_under_the_headline_replaces_the_site_named_as_author():
    assert _authors(PUBLISHER_AS_AUTHOR) == ["Ada Obi"]


def test_the_site_address_named_as_author_gives_way_too():
    html = PUBLISHER_AS_AUTHOR.replace('content="Daily Example">', 'content="example.com">', 1)
    assert _authors(html) == ["Ada Obi"]


def test_a_byline_that_credits_the_site_keeps_the_site():
    html = PUBLISHER_AS_AUTHOR.replace("By Ada Obi", "By Daily Example with agencies")
    assert _authors(html) == ["Daily Example"]


def test_a_byline_away_from_the_headline_does_not_replace_the_site():
    html = PUBLISHER_AS_AUTHOR.replace(
        '<p class="byline">By Ada Obi</p></div>',
        '</div><div><div><div><aside><p class="byline">By Ada Obi</p></aside></div></div></div>',
    )
    assert _authors(html) == ["Daily Example"]


def test_an_organization_author_gives_way_to_a_person_shown_under_the_headline():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "author": {"@type": "Organization", "name": "Example News"}}</script></head><body>
    <header><h1>Bridge to close</h1><span class="author">Von Ada Obi</span></header></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_an_author_given_as_a_profile_link_takes_the_linked_name():
    html = """<html><head>
    <meta name="article:author" content="https://example.com/editors/ada-obi"></head><body>
    <h1>Bridge</h1><p><a href="https://example.com/about/editors/ada-obi/">Ada Obi</a></p>
    </body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_profile_link_without_a_link_on_the_page_gives_the_slug_capitalised():
    html = """<html><head>
    <meta name="article:author" content="https://example.com/people/ada-obi/"></head>
    <body><h1>Bridge</h1></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_profile_on_another_site_is_no_name():
    html = """<html><head>
    <meta name="article:author" content="https://network.org/daily-example"></head>
    <body><h1>Bridge</h1></body></html>"""
    assert _authors(html) == []


def test_a_comment_author_is_not_the_byline():
    html = """<html><body><h1>Soup</h1><p>Text.</p>
    <ol><li><cite class="comment-author">Nadine M.</cite> Lovely!</li></ol></body></html>"""
    assert _authors(html) == []


def test_a_teaser_byline_inside_a_link_to_another_story_is_not_the_byline():
    html = """<html><body><h1>Soup</h1><p>Text.</p>
    <a href="/other"><h2>Another story</h2><span class="byline">By Ben Uche</span></a>
    <a href="/more"><h2>More</h2><span>Von Cy Dee</span></a></body></html>"""
    assert _authors(html) == []


def test_a_byline_in_a_card_with_another_story_s_linked_heading_is_not_the_byline():
    html = """<html><head><title>Soup season | Daily Example</title></head><body>
    <article><h1>Soup season</h1><p>Text.</p></article>
    <section><div class="card"><h3><a href="/other">Bridge to close</a></h3>
    <span class="byline">By Ben Uche</span></div>
    <div class="card"><a href="/more"><h3>Rates rise</h3></a><p>By Cy Dee</p></div></section>
    </body></html>"""
    assert _authors(html) == []


def test_a_card_s_linked_headings_are_each_held_against_the_one_page_title():
    """The page's own heading and another story's in one card: the other makes it a teaser;
    on a page without a `<title>` every linked heading is another story's."""
    card = """<div class="card"><h2><a href="/soup-season">Soup season</a></h2>
    <h3><a href="/other">Bridge to close</a></h3><span class="byline">By Ben Uche</span></div>"""
    titled = f"<html><head><title>Soup season</title></head><body>{card}<p>Text.</p></body></html>"
    assert _authors(titled) == []
    untitled = """<html><body><div class="post"><h2><a href="/s">Soup season</a></h2>
    <span class="byline">Posted by Ada Obi</span></div><p>Text.</p></body></html>"""
    assert _authors(untitled) == []


def test_a_byline_beside_the_post_s_own_linked_heading_is_the_byline():
    html = """<html><head><title>Soup season | Ada's Notes</title></head><body>
    <h1>Ada's Notes</h1><div class="post"><h2><a href="/soup-season">Soup season</a></h2>
    <span class="byline">Posted by Ada Obi</span></div><p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_hidden_author_link_gives_way_to_a_shown_posted_by_line():
    html = """<html><body><h1>Soup season</h1>
    <a rel="author" style="display:none" href="https://social.example/1">Example</a>
    <span>Posted by Ada Obi, Vice President, Example Cloud</span><p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_byline_that_is_a_link_of_its_own_is_the_byline():
    html = """<html><body><h1>Soup</h1><p><a href="/people/ada">By Ada Obi</a></p>
    <p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_byline_that_credits_a_team_keeps_the_site():
    html = PUBLISHER_AS_AUTHOR.replace("By Ada Obi", "Von Team Example")
    assert _authors(html) == ["Daily Example"]


DISAGREEING_TAGS = """<html><head><meta name="author" content="Example Media Group">
<meta property="article:author" content="Ada Obi"></head><body>
<h1>Album review</h1><p class="byline">By Ada Obi</p><p>Text.</p></body></html>"""


def test_when_author_tags_disagree_the_one_the_byline_shows_wins():
    assert _authors(DISAGREEING_TAGS) == ["Ada Obi"]


def test_when_the_byline_shows_one_of_the_first_authors_they_are_kept():
    html = DISAGREEING_TAGS.replace(
        'content="Example Media Group"', 'content="Ada Obi, Ben Uche"'
    ).replace('content="Ada Obi">', 'content="Cy Dee">')
    assert _authors(html) == ["Ada Obi", "Ben Uche"]


def test_a_user_name_after_by_in_a_byline_element_is_the_author():
    html = """<html><body><h1>Notes</h1><span class="by-author"> by <a>doumae</a></span>
    <p>Text.</p></body></html>"""
    assert _authors(html) == ["doumae"]


def test_by_and_a_lower_case_word_in_prose_is_no_author():
    html = """<html><body><h1>Notes</h1><p>By default</p><p>Text.</p></body></html>"""
    assert _authors(html) == []


def test_a_full_name_parted_from_the_date_under_the_headline_is_the_author():
    html = """<html><body><div><h1>Charging points pass 11,000</h1>
    <div><span>Ada Obi |</span> <span>05.04.2025 - Updated: 05.04.2025</span></div></div>
    <p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_full_name_a_dash_parts_from_the_date_under_the_headline_is_the_author():
    html = """<html><body><div><h1>Charging points pass 11,000</h1>
    <p>Ada Obi – 5 April 2025</p></div><p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_double_name_s_hyphen_parts_no_name_from_a_date():
    html = """<html><body><div><h1>Charging points pass 11,000</h1>
    <p>Ada Obi-Smith 5 April 2025</p></div><p>Text.</p></body></html>"""
    assert _authors(html) == []


def test_a_section_name_before_the_date_is_no_author():
    html = """<html><body><div><h1>Charging points pass 11,000</h1>
    <div><span>Economy |</span> <span>05.04.2025</span></div></div><p>Text.</p></body></html>"""
    assert _authors(html) == []


def test_of_several_json_ld_articles_the_page_own_gives_the_author():
    html = """<html><head><script type="application/ld+json">[
    {"@type": "NewsArticle", "url": "https://example.com/news/other",
     "author": {"@type": "Person", "name": "Ben Uche"}},
    {"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://www.example.com/news/a/"},
     "author": {"@type": "Person", "name": "Ada Obi"}}]</script></head>
    <body><h1>Bridge</h1></body></html>"""
    assert _authors(html, url="https://example.com/news/a?ref=home") == ["Ada Obi"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("By ADA OBI ada.obi@example.com", ["ADA OBI"]),
        ("By Ada Obiada@example.com", []),
        ("Ada Obi, https://example.com/ada-obi", ["Ada Obi"]),
        ("&lt;a href=&quot;https://example.com/ada&quot;&gt;Ada Obi&lt;/a&gt;", ["Ada Obi"]),
        ("Chungah @ Example Kitchen", ["Chungah @ Example Kitchen"]),
        ("Mike Cason, mcason@example.com", ["Mike Cason"]),
        ("Chris Osuh, (Photo: Example Evening News), (Photo: PA)", ["Chris Osuh"]),
        ("Ada Obi, Ada Obi for Example.co.uk", ["Ada Obi"]),
        ("Center for Public Example", ["Center for Public Example"]),
    ],
)
def test_addresses_and_escaped_markup_around_a_name_are_left_out(value, expected):
    assert split_authors(value) == expected


def test_the_same_name_in_another_case_from_another_source_is_one_author():
    html = """<html><head><meta name="author" content="Ada Obi"></head><body>
    <div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author">ADA OBI
    </span></div><h1>Story</h1></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_byline_naming_fewer_than_the_metadata_keeps_the_metadata_authors():
    html = """<html><head><meta name="author" content="Ada Obi, Ben Uche"></head><body>
    <header><h1>Bridge to close</h1><p class="byline">By Ada Obi</p></header></body></html>"""
    assert _authors(html) == ["Ada Obi", "Ben Uche"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[ 田中宏昌， ITmedia]", ["田中宏昌"]),
        ("文● オカモト／ASCII編集部", ["オカモト"]),
        ("文／山田太郎", ["山田太郎"]),
    ],
)
def test_japanese_bylines_in_brackets_after_a_label_before_the_desk(text, expected):
    assert byline_names(text) == expected


def test_a_japanese_name_under_the_headline_replaces_the_site_named_as_author():
    html = """<html><head><meta name="author" content="Example"></head><body>
    <header><h1>新製品の発表</h1><p class="author">文● オカモト／Example編集部</p></header>
    </body></html>"""
    assert _authors(html, url="https://weekly.example.jp/elem/1") == ["オカモト"]


def test_the_site_name_run_on_after_an_author_is_left_out():
    html = """<html><head><meta property="og:site_name" content="Las Vegas Review-Journal">
    <meta name="author" content="David Ferrara Las Vegas Review-Journal"></head><body>
    <h1>Story</h1></body></html>"""
    assert _authors(html) == ["David Ferrara"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rick Nauert PhD Senior News Editor", ["Rick Nauert"]),
        ("MIKE STOBBE AP Medical Writer", ["MIKE STOBBE"]),
        ("ADA OBI Writer", ["ADA OBI"]),
        ("Eleanor Ainge Roy Staff Writer", ["Eleanor Ainge Roy"]),
        ("Guardian staff reporter", ["Guardian staff reporter"]),
        ("Ada Obi, Ph.D., Ben Uche, M.D.", ["Ada Obi", "Ben Uche"]),
    ],
)
def test_a_job_title_run_on_after_a_name_goes_with_its_beat_rank_and_agency(value, expected):
    assert split_authors(value) == expected


def test_an_agency_credited_in_parentheses_alone_is_kept_as_the_author():
    assert split_authors("(AP)") == ["AP"]


@pytest.mark.parametrize(
    "tag",
    ["cXenseParse:author", "og:author", "article:author_name", "writer", "byline"],
)
def test_other_vendors_author_meta_tags_name_the_writer_when_author_names_a_company(tag):
    page = f"""<html><head><meta name="author" content="Example Media Inc.">
    <meta name="{tag}" content="Ada Obi"></head><body><h1>Bridge to close</h1></body></html>"""
    assert _authors(page) == ["Ada Obi"]


def test_a_writer_meta_tag_with_the_employer_in_markup_names_the_writer():
    page = """<html><head><meta name="writer" content="田中宏昌，&lt;b&gt;ITmedia&lt;/b&gt;">
    </head><body><h1>見出し</h1></body></html>"""
    assert _authors(page) == ["田中宏昌"]


def test_a_login_after_by_is_the_author_where_the_line_marks_it_rel_author():
    page = """<html><body><h1>Slides of the meeting</h1>
    <div><span><span>by</span> <span><a rel="author" href="/author/doumae">doumae</a></span>
    </span></div><p>Text of the post.</p></body></html>"""
    assert _authors(page) == ["doumae"]


def test_a_lower_case_word_after_by_in_an_unmarked_line_is_no_author():
    page = """<html><body><h1>Settings</h1><div><span>by</span> <span>default</span></div>
    <p>Text of the post.</p></body></html>"""
    assert _authors(page) == []


def test_the_byline_is_read_under_the_story_headline_not_a_logos_empty_h1():
    page = """<html><head><meta name="author" content="Example"></head><body>
    <header><div><div><h1><a href="/"><img src="/logo.png" alt=""></a></h1></div></div></header>
    <main><article><div><h1>Palm Phone tested</h1><p class="author">By Ada Obi</p></div>
    <p>Text of the story.</p></article></main></body></html>"""
    assert _authors(page) == ["Ada Obi"]


def test_an_element_marked_rel_author_wins_over_an_earlier_one_a_class_word_names():
    page = """<html><body><aside class="popular-authors"><p>Ben Uche</p></aside>
    <h1>Bridge to close</h1><p>By <a rel="author" href="/people/ada-obi">Ada Obi</a></p>
    <p>Text of the story.</p></body></html>"""
    assert _authors(page) == ["Ada Obi"]


def test_an_author_box_linking_one_author_twice_is_read_by_its_author_links():
    page = """<html><body><h1>Bridge to close</h1>
    <div class="author-box"><a rel="author" href="/author/ada-obi">Ada Obi</a>
    <span>and Ben Uche</span> <a rel="author" href="/author/ada-obi">Ada Obi</a></div>
    <p>Text of the story.</p></body></html>"""
    assert _authors(page) == ["Ada Obi"]


@pytest.mark.parametrize("line", ["文● オカモト／ASCII編集部", "文／オカモト", "記者：オカモト"])
def test_a_line_led_by_the_japanese_or_chinese_text_mark_is_the_byline(line):
    page = f"""<html><body><h1>手のひらサイズのスマホ</h1><div><p>{line}</p></div>
    <p>本文です。</p></body></html>"""
    assert _authors(page) == ["オカモト"]


@pytest.mark.parametrize(
    "value",
    ["Ada Obi e Ben Uche", "Ada Obi en Ben Uche", "Ada Obi og Ben Uche", "Ada Obi och Ben Uche",
     "Ada Obi ve Ben Uche"],
)  # fmt: skip
def test_names_joined_by_and_in_other_languages_are_several(value):
    assert split_authors(value) == ["Ada Obi", "Ben Uche"]


def test_names_joined_by_the_russian_and_are_several():
    assert split_authors("Ада Оби и Бен Уче") == ["Ада Оби", "Бен Уче"]


def test_a_capital_initial_is_no_joiner():
    assert split_authors("Laura E. Adkins") == ["Laura E. Adkins"]


def test_a_job_title_after_a_dash_leaves_no_dash_behind():
    assert split_authors("Ada Obi - Staff Writer") == ["Ada Obi"]


def test_an_author_that_is_the_sites_own_name_is_one_name():
    page = """<html><head><meta property="og:site_name" content="Lekker en Simpel">
    <script type="application/ld+json">{"@type": "Article", "headline": "Poké bowl",
    "author": {"name": "Lekker en Simpel"}}</script></head><body><h1>Poké bowl</h1></body></html>"""
    assert _authors(page) == ["Lekker en Simpel"]


def _under_headline(line: str) -> str:
    return (
        "<html><body><div><h1>Aussie Government Sparks Fury Over Ad</h1>"
        f"<div><div>{line}</div><p>Share</p></div></div><p>Text.</p></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        '<span class="k1">9/21/2016</span> <span class="k2">Ada Obi</span>',
        '<span class="k2">Ada Obi</span><span class="k1">2017-03-01 14:27:02</span>',
        (
            '<a href="https://example.com/reporter/ada-obi">Ada Obi</a> / TNN / '
            "<span>Updated: Oct 9, 2019, 11:05 IST</span>"
        ),
        (
            '<a href="https://other.example/">Other Daily</a> <span>9/21/2016</span> '
            "<span>Ada Obi</span>"
        ),
    ],
)
def test_a_full_name_beside_the_date_under_the_headline_is_the_author_whatever_its_classes(line):
    assert _authors(_under_headline(line)) == ["Ada Obi"]


@pytest.mark.parametrize(
    "line",
    [
        "<span>Features</span> <span>9/21/2016</span>",
        '<a href="https://other.example/">Other Daily</a> <span>9/21/2016</span>',
        "<span>9/21/2016</span> <span>Local news and weather</span>",
    ],
)
def test_a_word_a_phrase_or_another_site_beside_the_date_is_no_author(line):
    assert _authors(_under_headline(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        '<span>May 04, 2008</span> | <a href="/reportduplicate?id=1">Report Duplicate</a>',
        '<span>9/21/2016</span> <a href="/register">Join Nairaland</a>',
        "<span>9/21/2016</span> <span>Upcoming Games</span>",
        '<span>October 7, 2007</span> <a href="/old/post_2.html">パーマリンク</a>',
        "<span>9/21/2016</span> <span>微博</span>",
    ],
)
def test_a_control_s_words_beside_the_date_are_no_author(line):
    assert _authors(_under_headline(line)) == []


def test_a_control_s_words_before_the_date_are_no_author():
    assert _authors(_under_headline("<div>Upcoming Games | 05.04.2025</div>")) == []


def test_a_listed_post_s_linked_title_beside_the_date_is_no_author():
    line = '<h2><a href="/2006/08/google-spreadsheets/">Google Spreadsheets</a></h2><h3>Aug 28, 2006</h3>'
    assert _authors(_under_headline(line)) == []


def test_a_menu_item_beside_the_date_is_no_author():
    page = _under_headline("<span>9/21/2016</span> <span>Fast Track</span>")
    page = page.replace("<body>", '<body><nav><a href="/fast">Fast Track</a></nav>')
    assert _authors(page) == []


def test_a_name_beside_the_date_that_also_opens_the_author_s_box_is_the_author():
    page = _under_headline("<span>9/21/2016</span> <span>Ada Obi</span>")
    page = page.replace("<p>Text.</p>", '<p>Text.</p><div role="button">Ada Obi</div>')
    assert _authors(page) == ["Ada Obi"]


@pytest.mark.parametrize(
    "line",
    [
        "<h5>Ada Obi</h5> <cite>January 13, 2012</cite>",
        '<h4><a href="/members/ada-obi.51/">Ada Obi</a></h4> <span>9/21/2016</span>',
        '<h4><a href="/profile-470.html">Ada Obi</a></h4> <span>9/21/2016</span>',
        '<h4><a href="/writers/ada-obi">Ada Obi</a></h4> <span>9/21/2016</span>',
    ],
)
def test_a_heading_naming_a_person_beside_the_date_is_the_author(line):
    assert _authors(_under_headline(line)) == ["Ada Obi"]


@pytest.mark.parametrize(
    "control",
    [
        '<span><img src="/i.png" alt=""><i>小字号</i></span>',
        "<button>Text Size</button>",
        "<span>字号</span> <span>超大</span> <span>大</span>",
        "<a>打印</a> <a>转发</a>",
    ],
)
def test_a_font_size_button_or_the_toolbar_after_it_is_no_author(control):
    line = f"<div><div>2024年04月24日23:52 | 来源：新华网</div><div>{control}</div></div>"
    assert _authors(_under_headline(line)) == []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<a href="/autor/ada-obi/">Ada Obi</a><span class="role">Senior Editor</span>',
            ["Ada Obi"],
        ),
        (
            'By <a href="/authors/ada-obi">Ada Obi</a><a href="https://x.example/ao">Twitter</a>',
            ["Ada Obi"],
        ),
        ("<h4>Ada Obi</h4><h5>Redakteurin</h5>", ["Ada Obi"]),
        (
            '<a href="/p/ada-obi">Ada Obi</a><span>Korrespondent für Politik und Wirtschaft</span>',
            ["Ada Obi"],
        ),
        (
            '<a href="/p/ada-obi">Ada Obi</a><a href="/p/ben-uche">Ben Uche</a>',
            ["Ada Obi", "Ben Uche"],
        ),
        (
            '<a href="/p/ada">Marlene <span>Lundberg</span> <span>Holm</span></a>',
            ["Marlene Lundberg Holm"],
        ),
        ("<span>Kommentar von</span> <a href='/p/ada-obi'>Ada Obi</a>", ["Ada Obi"]),
    ],
)
def test_a_byline_name_ends_where_its_link_or_block_ends(byline, expected):
    html = f'<html><body><h1>Bridge to close</h1><div class="byline">{byline}</div></body></html>'
    assert _authors(html) == expected


def test_a_name_the_byline_prints_twice_is_one_name():
    html = """<html><body><h1>Bridge to close</h1><a rel="author" href="/p/ada">
    <span class="hidden">Ada Obi</span> <span>Ada</span> <span>Obi</span></a></body></html>"""
    assert _authors(html) == ["Ada Obi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Julia Carrie Wong and Sam Levin Tue 29 Nov 2016 15.26 EST",
            ["Julia Carrie Wong", "Sam Levin"],
        ),
        ("Von Ada Obi, Dienstag, 3. Mai 2024", ["Ada Obi"]),
        ("By Li Sun 3 May 2024", ["Li Sun"]),
    ],
)
def test_a_weekday_before_the_date_is_no_part_of_the_name(text, expected):
    assert byline_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Ada Obi , Redakteurin", ["Ada Obi"]),
        ("Ada Obi, Frankfurt", ["Ada Obi"]),
        ("Ada Obi, Ben Uche", ["Ada Obi", "Ben Uche"]),
    ],
)
def test_one_word_after_a_full_name_and_a_comma_is_a_place_or_a_job(text, expected):
    assert byline_names(text) == expected


def test_an_address_element_in_the_article_is_its_byline():
    html = """<html><body><article><h1>Bridge to close</h1>
    <address>Von Ada Obi</address><p>Text of the story.</p></article>
    <footer><address>Example Verlag, Hafenstr. 3, 20095 Hamburg</address></footer></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_the_publishers_postal_address_is_no_byline():
    html = """<html><body><article><h1>Bridge to close</h1><p>Text of the story.</p>
    </article><div><address>Hafenstraße Verlag, Hamburg</address></div>
    <footer><address>Example Verlag</address></footer></body></html>"""
    assert _authors(html) == []


def test_a_note_in_parentheses_listing_places_is_no_second_author():
    assert byline_names("Par Ada Obi (Bruxelles, bureau européen)") == ["Ada Obi"]
    assert split_authors("Ada Obi (Paris, London), Ben Uche") == ["Ada Obi", "Ben Uche"]


@pytest.mark.parametrize(
    "href",
    [
        "/authors/ada-obi/",
        "/autoren/ada-obi-2/",
        "/autores/ada-obi/",
        "/auteur/ada-obi",
        "https://example.com/reporter/author-Ada-Obi-479265942.cms",
        "/nachrichten/autor-ada-obi-100.html",
    ],
)
def test_a_link_to_an_author_page_is_the_byline_whatever_its_classes(href):
    html = f"""<html><body><h1>Bridge to close</h1><div class="x1"><a href="{href}">Ada Obi</a>
    </div><p>Text of the story.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


@pytest.mark.parametrize("href", ["/search?author=Ada+Obi", "/?s=&author=ada-obi&page=1"])
def test_a_search_by_author_link_is_the_byline(href):
    html = f"""<html><body><h1>Bridge to close</h1><div class="x1"><a href="{href}">Ada Obi</a>
    </div><p>Text of the story.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/search?author=">Ada Obi</a>',
        '<a href="/share?coauthor=Ada+Obi">Ada Obi</a>',
        '<a href="/reprint?title=Bridge&author=Ada+Obi">Reprints &amp; Permissions</a>',
        '<a href="/bbsedit.php?board=x&author=adaobi&id=3">Edit Post</a>',
    ],
)
def test_a_link_passing_the_author_along_under_another_text_is_no_byline(link):
    html = f"""<html><body><h1>Bridge to close</h1><div class="x1">{link}
    </div><p>Text of the story.</p></body></html>"""
    assert _authors(html) == []


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/identity/auth/authorize?next=/">Login</a>',
        '<a href="/autoren">Autoren</a>',
        '<footer><a href="/authors/editorial_policies/">Portfolio Policies</a></footer>',
    ],
)
def test_a_login_a_list_of_authors_or_a_footer_link_is_no_byline(link):
    html = f"<html><body><h1>Bridge to close</h1><p>Text of the story.</p>{link}</body></html>"
    assert _authors(html) == []


def test_every_author_link_in_a_byline_box_is_an_author():
    links = "".join(
        f'<a class="x-item" href="/authors/{slug}/"><span class="x-author-media"></span>'
        f'<span class="x-author-name">{name}</span></a>'
        for slug, name in (("ao", "Ada Obi"), ("bu", "Ben Uche"), ("cd", "Cy Dee"))
    )
    html = f'<html><body><h1>Bridge to close</h1><div class="x-author">{links}</div></body></html>'
    assert _authors(html) == ["Ada Obi", "Ben Uche", "Cy Dee"]


@pytest.mark.parametrize("label", ["Erstellt am", "Sist oppdatert", "Diesen Artikel teilen"])
def test_a_label_ending_in_a_lower_case_word_is_no_name(label):
    assert byline_names(label) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Message", []),
        ("Privacy Policy", []),
        ("Learn More", []),
        ("Önceki", []),
        ("Top Stories", []),  # `ACTION_WORDS`, a post's controls, are the page's too
        ("Like Us", []),
        ("Ada Obi, 爱猫咪 收起", ["Ada Obi"]),
        ("Ada Obi", ["Ada Obi"]),
    ],
)
def test_a_control_s_words_in_a_byline_are_no_name(text, expected):
    assert byline_names(text) == expected


def test_a_column_header_marked_as_the_author_is_no_byline():
    html = (
        "<html><body><h1>Bridge to close</h1><table><tr><th class=author>Author</th>"
        "<th class=author>Message</th></tr></table><p>Text.</p></body></html>"
    )
    assert _authors(html) == []


def _author_and_byline(author: str, byline: str) -> str:
    return f"""<html><head><meta name="author" content="{author}"></head><body>
    <header><h1>Bridge to close</h1><div class="meta">{byline}</div></header>
    <p>Text of the story.</p></body></html>"""


def test_co_authors_the_byline_adds_to_the_metadata_author_are_kept():
    person = '<div><a rel="author" itemprop="name">{}</a></div>'
    byline = f'<div class="bylines">{person.format("Ada Obi")}{person.format("Ben Uche")}</div>'
    assert _authors(_author_and_byline("Ben Uche", byline)) == ["Ada Obi", "Ben Uche"]


def test_a_blog_name_beside_the_byline_is_no_co_author():
    byline = (
        '<div itemprop="author"><h4><a href="/blog/river-street">River Street</a></h4>'
        '<a rel="author" href="/staff/ben-uche">Ben Uche</a></div>'
    )
    assert _authors(_author_and_byline("Ben Uche", byline)) == ["Ben Uche"]


def test_a_first_name_alone_takes_the_full_name_the_microdata_gives():
    byline = (
        '<span itemscope itemtype="https://schema.org/Article">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Ann-Christine Hellerup Brandt</span></span></span>'
    )
    assert _authors(_author_and_byline("Ann-Christine", byline)) == [
        "Ann-Christine Hellerup Brandt"
    ]


def test_a_first_name_alone_is_kept_beside_a_byline_of_someone_else():
    byline = (
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Ben Uche</span></span>'
    )
    assert _authors(_author_and_byline("Ada", byline)) == ["Ada"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ada Obi / Ben Uche", ["Ada Obi", "Ben Uche"]),
        ("Ada Obi i Ben Uche", ["Ada Obi", "Ben Uche"]),
        ("Ada Obi with Ben Uche", ["Ada Obi", "Ben Uche"]),
        ("Laura I. Adkins", ["Laura I. Adkins"]),
    ],
)
def test_authors_joined_by_a_slash_with_or_the_polish_i_are_several(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize("value", ["Story by Ada Obi", "Words by Ada Obi", "Reporting by Ada Obi"])
def test_what_the_author_wrote_before_by_is_no_part_of_the_name(value):
    assert split_authors(value) == ["Ada Obi"]


def test_another_roles_credit_after_the_author_is_no_author():
    value = "Reporting by Ada Obi; Editing by Ben Uche; Additional reporting by Cy Dee"
    assert split_authors(value) == ["Ada Obi"]


def test_where_the_author_writes_from_is_no_part_of_the_name():
    assert split_authors("Ada Obi in Washington") == ["Ada Obi"]
    assert split_authors("Jan in 't Veld") == ["Jan in 't Veld"]


@pytest.mark.parametrize(
    "line",
    [
        "<p><span>Autor:</span> Ada Obi</p>",
        "<div>Autor/Autorin: Ada Obi</div>",
        '<p>Author: <a href="/team">Ada Obi</a> | 3 May 2024</p>',
        "<p>Auteur : Ada Obi</p>",
    ],
)
def test_a_field_labelled_author_is_the_byline_where_no_markup_marks_one(line):
    html = f"<html><body><h1>Bridge to close</h1>{line}<p>Text of the story.</p></body></html>"
    assert _authors(html) == ["Ada Obi"]


def test_an_author_label_without_its_colon_is_no_byline():
    html = "<html><body><h1>Bridge to close</h1><p>Author Ada Obi</p><p>Text.</p></body></html>"
    assert _authors(html) == []


@pytest.mark.parametrize(
    "value", ["Ada Obi, Special to The Example", "Ada Obi, for the Daily Example"]
)
def test_who_the_author_writes_for_after_a_comma_is_no_second_author(value):
    assert split_authors(value) == ["Ada Obi"]
    assert byline_names(f"By {value}") == ["Ada Obi"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<p>Ada Obi | 5 May 2024</p>", ["Ada Obi"]),
        ("<p><span>Ada Obi</span> | <span>5 May 2024</span></p>", ["Ada Obi"]),
        ("<p>Economy | 5 May 2024</p>", []),
    ],
)
def test_a_full_name_parted_from_a_date_under_the_headline_in_one_text_is_the_byline(
    line, expected
):
    html = (
        f"<html><body><article><h1>Bridge to close after cracks found</h1>{line}"
        "<p>Text of the story here and more.</p></article></body></html>"
    )
    assert _authors(html) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ADA OBI Associated Press", ["ADA OBI"]),
        ("Ada Obi Bloomberg News", ["Ada Obi"]),
        ("KATIE MOISSE // ABC News", ["KATIE MOISSE"]),
        ("Ada Obi Press", ["Ada Obi Press"]),
        ("Ben Newsome", ["Ben Newsome"]),
    ],
)
def test_a_publication_run_on_after_a_full_name_is_left_out(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("David Straub, MDR THÜRINGEN", ["David Straub"]),
        ("Janice Lloyd, USA TODAY", ["Janice Lloyd"]),
        ("ADA OBI, BEN UCHE", ["ADA OBI", "BEN UCHE"]),
    ],
)
def test_a_desk_in_capitals_after_a_name_in_mixed_case_is_no_second_author(value, expected):
    assert split_authors(value) == expected


RECIPE_MICRODATA = """<html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article",
 "author": {"@type": "Person", "name": "Ann-Christine"}}</script></head><body>
<div itemscope itemtype="http://schema.org/Recipe"><span itemprop="author" itemscope
itemtype="https://schema.org/Person"><span itemprop="name">Ann-Christine Hellerup Brandt</span>
</span><h1 itemprop="name">Pancakes</h1><p>Text of the recipe.</p></div></body></html>"""


def test_a_recipe_s_microdata_gives_the_full_name_of_a_first_name_alone():
    assert _authors(RECIPE_MICRODATA) == ["Ann-Christine Hellerup Brandt"]


def test_a_microdata_author_s_words_are_spaced_and_her_job_left_out():
    html = """<html><body><div itemscope itemtype="http://schema.org/Recipe">
    <h1>Pancakes</h1><p itemprop="author">Por Ada Obi, <i>foodstylist</i></p>
    <div itemprop="author">Chef<br>Ben Uche</div><p>Text.</p></div></body></html>"""
    assert _authors(html) == ["Ada Obi", "Chef Ben Uche"]


def test_a_first_name_alone_takes_the_full_name_of_the_recipe_the_article_describes():
    html = """<html><head><script type="application/ld+json">{"@context": "https://schema.org",
    "@graph": [{"@type": "Article", "author": {"name": "Danae"}},
    {"@type": "Recipe", "name": "Orange curd", "author": {"@type": "Person",
    "name": "Danae Halliday"}}]}</script></head><body><article><h1>Orange curd</h1>
    <p>By Danae</p><p>Text of the recipe.</p></article></body></html>"""
    assert _authors(html) == ["Danae Halliday"]


@pytest.mark.parametrize(
    "credit",
    [
        "Contributed by Ada Obi",
        "Submitted by Ada Obi",
        "Guest post by Ada Obi",
        "A guest post by Ada Obi",
        "Recipe by Ada Obi",
    ],
)
def test_the_verb_of_a_contributed_post_before_by_is_no_part_of_the_name(credit):
    assert split_authors(credit) == ["Ada Obi"]
    html = (
        f'<html><body><h1>Rates rise</h1><p class="byline">{credit}</p><p>Text.</p></body></html>'
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def _twin_boxes(between: str) -> str:
    box = (
        '<div><address><a rel="author" href="mailto:{mail}@example.com">{name}</a></address></div>'
    )
    return (
        "<html><body><article><h1>Man sentenced to life</h1><section>"
        + box.format(mail="ada", name="Ada Obi")
        + between
        + box.format(mail="ben", name="Ben Uche")
        + "</section><p>Text of the story.</p></article></body></html>"
    )


def test_author_elements_in_twin_boxes_are_co_authors():
    html = _twin_boxes("")
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi", "Ben Uche"]


def test_an_author_element_after_another_roles_label_is_no_co_author():
    html = _twin_boxes("<p>Illustration</p>")
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_a_teaser_box_holding_a_headline_beside_its_author_is_no_twin_box():
    html = _twin_boxes("").replace(
        ">Ben Uche</a></address>", ">Ben Uche</a></address><h3>Another story</h3>"
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


def test_author_pages_in_a_menus_list_items_are_no_co_authors():
    items = "".join(
        f'<li><a href="/author/{slug}">{name}</a></li>'
        for slug, name in (("ada-obi", "Ada Obi"), ("ben-uche", "Ben Uche"), ("cy-dee", "Cy Dee"))
    )
    html = (
        f"<html><body><ul><li><span>Columnists</span><ul>{items}</ul></li></ul>"
        "<article><h1>Rates rise</h1><p>Text of the story.</p></article></body></html>"
    )
    assert extract_metadata(LexborHTMLParser(html)).authors == ["Ada Obi"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ada Obi, Chief Economist at Example Bank", ["Ada Obi"]),
        ("Ada Obi Chief Economist", ["Ada Obi"]),
        ("Ada Obi, journaliste", ["Ada Obi"]),
        ("Ada Obi, Redakteurin, und Ben Uche", ["Ada Obi", "Ben Uche"]),
    ],
)
def test_jobs_beyond_the_newsroom_s_after_a_name_are_no_author(value, expected):
    assert split_authors(value) == expected


def test_a_date_in_an_author_value_is_no_name():
    assert split_authors("Ada Obi | March 3, 2024") == ["Ada Obi"]


def _story(head: str, byline: str) -> str:
    return (
        f"<html><head>{head}</head><body><div><h1>Bridge to close</h1>{byline}"
        "<p>Text of the story.</p></div></body></html>"
    )


def test_a_handle_given_as_the_author_gives_way_to_the_byline():
    head = '<meta name="author" content="@adaobi">'
    assert _authors(_story(head, "<p>By Ada Obi</p>")) == ["Ada Obi"]
    assert _authors(_story(head, "")) == ["@adaobi"]


def test_a_group_given_as_the_author_gives_way_to_the_byline_under_the_headline():
    head = '<meta name="author" content="Example Media Group">'
    assert _authors(_story(head, '<p class="byline">By Ada Obi</p>')) == ["Ada Obi"]
    assert _authors(_story(head, "")) == ["Example Media Group"]


def test_by_after_the_date_on_the_date_line_under_the_headline_is_the_byline():
    assert _authors(_story("", "<div>March 3, 2024 | By Ada Obi</div>")) == ["Ada Obi"]


def test_a_one_word_name_linking_to_its_profile_beside_the_date_is_the_author():
    line = '<div><a href="/u/{}">{}</a> <span>Apr 27th, 2020</span></div>'
    assert _authors(_story("", line.format("EvilSpark", "EvilSpark"))) == ["EvilSpark"]


def test_a_topic_link_beside_the_date_is_no_author():
    line = '<div><a href="/news/Israel">Israel</a> <span>Apr 27th, 2020</span></div>'
    assert _authors(_story("", line)) == []


@pytest.mark.parametrize(
    "fields",
    [
        "<dl><dt>Author</dt><dd>Ada Obi</dd></dl>",
        (
            "<ul><li><strong>Datum</strong> 28.04.2023</li>"
            "<li><strong>Autorin/Autor</strong> Ada Obi</li></ul>"
        ),
    ],
)
def test_an_author_label_in_an_element_of_its_own_names_the_author_after_it(fields):
    assert _authors(_story("", fields)) == ["Ada Obi"]


def test_links_to_author_pages_naming_more_than_the_metadata_are_co_authors():
    head = """<script type="application/ld+json">{"@type": "NewsArticle",
    "author": {"@type": "Person", "name": "Ada Obi"}}</script>"""
    byline = (
        '<p class="byline">By <a href="/author/ada-obi">Ada Obi</a> and '
        '<a href="/author/ben-uche">Ben Uche</a></p>'
    )
    assert _authors(_story(head, byline)) == ["Ada Obi", "Ben Uche"]


@pytest.mark.parametrize(
    "person",
    [{"givenName": "Ada", "familyName": "Obi"}, {"name": ["Ada Obi"]}],
)
def test_a_json_ld_person_without_a_name_string_gives_her_name_parts(person):
    assert split_authors({"@type": "Person", **person}) == ["Ada Obi"]


@pytest.mark.parametrize("line", ["Written by Ada Obi", "Words by Ada Obi", "Story by Ada Obi"])
def test_a_line_crediting_the_writer_is_the_byline_where_no_markup_marks_one(line):
    assert _authors(_story("", f"<p>{line}</p>")) == ["Ada Obi"]


@pytest.mark.parametrize("line", ["Posted on March 3, 2024 by Ada Obi", "March 3, 2024 by Ada Obi"])
def test_by_right_after_the_date_under_the_headline_names_the_author(line):
    assert _authors(_story("", f"<div>{line}</div>")) == ["Ada Obi"]


def test_a_reading_time_between_the_name_and_the_date_keeps_the_name_line():
    assert _authors(_story("", "<div>Ada Obi · 5 min read · Mar 3, 2024</div>")) == ["Ada Obi"]


@pytest.mark.parametrize(
    "line",
    [
        "Escrito por Ada Obi",
        "Rédigé par Ada Obi",
        "Geschrieben von Ada Obi",
        "Ein Beitrag von Ada Obi",
        "Text: Ada Obi",
        "Texto: Ada Obi",
    ],
)
def test_the_credit_s_verb_or_label_in_other_languages_opens_a_byline(line):
    assert _authors(_story("", f"<p>{line}</p>")) == ["Ada Obi"]


def test_a_byline_naming_the_metadata_author_and_others_after_her_is_the_list():
    head = '<meta name="author" content="Ada Obi">'
    byline = "<p>By Ada Obi and Ben Uche</p>"
    assert _authors(_story(head, byline)) == ["Ada Obi", "Ben Uche"]


def test_a_byline_naming_others_before_the_metadata_author_is_not_the_list():
    head = '<meta name="author" content="Ada Obi">'
    byline = "<p>By Ben Uche and Ada Obi, Cy Dee</p>"
    assert _authors(_story(head, byline)) == ["Ada Obi"]


def test_full_names_joined_beside_the_date_under_the_headline_are_the_authors():
    html = """<html><body><div id="story"><h1>Bridge to close</h1>
    <div class="details"><h5>Ada Obi and Ben Uche</h5><cite>January 13, 2012</cite></div>
    <p>The bridge closes for repairs on Monday, the council said in a statement.</p>
    </div></body></html>"""
    assert _authors(html) == ["Ada Obi", "Ben Uche"]


def test_a_byline_in_lower_case_for_the_style_sheet_gives_capitalised_names():
    html = """<html><head><meta name="author" content="Daily Example">
    <meta property="og:site_name" content="Daily Example"></head><body>
    <header><h1>Bridge to close</h1><div class="author">By ada obi, associated press</div>
    </header><p>Text of the story.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_blog_name_in_lower_case_is_not_capitalised_into_names():
    assert byline_names("by the old man and the sea", handles=True) == []
    assert byline_names("by ada obi") == []


def test_a_credit_verb_alone_names_nobody():
    assert split_authors(["Contributed"]) == []
    assert split_authors("Posted by") == []


def test_a_credit_verb_as_the_author_gives_way_to_the_byline():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "creator": ["Contributed"], "author": "Contributed"}</script></head><body>
    <h1>Bridge to close</h1><div class="byline">By Ada Obi</div><p>Text.</p></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_an_hcard_name_after_by_is_the_author_however_short():
    html = """<html><body><div class="post"><h1 class="entry-title">Top ten singers</h1>
    <p class="meta">by <span class="author vcard fn">oz</span> on December 4, 2006</p>
    <p>The list of singers.</p></div></body></html>"""
    assert _authors(html) == ["oz"]


def test_an_hcard_name_without_by_is_no_author():
    html = """<html><body><h1><span class="author"><a class="url fn" href="/adaobi">adaobi</a>
    </span> / <strong>project</strong></h1><p>Read me.</p></body></html>"""
    assert _authors(html) == []


def test_the_site_credited_beside_the_writer_in_a_meta_tag_is_no_co_author():
    html = """<html><head><meta name="author" content="Ada Obi, Example Business">
    <meta property="og:site_name" content="Example"></head><body><h1>Bridge to close</h1>
    <p>Text of the story.</p></body></html>"""
    assert _authors(html, url="https://www.example.com/news/a") == ["Ada Obi"]


def test_a_desk_the_json_ld_lists_as_an_author_of_its_own_is_kept():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "author": [{"@type": "Person", "name": "Ada Obi"},
    [{"@type": "Organization", "name": "Example Desk North"}]]}</script></head><body>
    <h1>Bridge to close</h1><p>Text of the story.</p></body></html>"""
    assert _authors(html, url="https://www.example.com/news/a") == ["Ada Obi", "Example Desk North"]


def test_the_arrow_of_a_link_to_the_authors_page_is_no_part_of_the_name():
    assert byline_names("By Ada Obi »") == ["Ada Obi"]


def test_a_name_linked_after_the_date_and_by_is_the_author():
    html = """<html><body><article><h1>Bridge to close</h1>
    <p>Posted January 3, 2012 by <a href="/people/7">Ada Obi</a></p>
    <p>The bridge closes for repairs on Monday, the council said in a statement.</p>
    </article></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_an_author_label_on_a_line_of_its_own_in_indented_markup_gives_the_name():
    html = """<html><body><h1>Bridge to close</h1><p>Text of the story.</p><ul><li>
    <strong>Autorin/Autor</strong>
    Ada Obi
    </li></ul></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_byline_names_read_again_are_the_same_and_a_new_list_each_time():
    first = byline_names("By Ada Obi and Ben Uche | 3 May 2024")
    first.append("Changed By A Caller")
    again = byline_names("By Ada Obi and Ben Uche | 3 May 2024")
    assert again == ["Ada Obi", "Ben Uche"]
    assert again is not byline_names("By Ada Obi and Ben Uche | 3 May 2024")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Photograph by Ada Obi, Example Creative", []),
        ("Ada Obi; Photographed by Ben Uche", ["Ada Obi"]),
        ("Ada Obi, Fotos: Ben Uche", ["Ada Obi"]),
        ("Ada Obi and Photo: Ben Uche", ["Ada Obi"]),
        ("Illustration by Ben Uche", []),
    ],
)
def test_a_pictures_credit_is_no_author(value, expected):
    assert split_authors(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        *("Ada Obi/Getty Images", "ClassicStock/Corbis", "AP Photo/Ben Uche", "Shutterstock"),
        *("Ada Obi/GettyImages", "picture-alliance/dpa"),
    ],
)
def test_a_photo_agencys_credit_is_no_author(value):
    assert split_authors(value) == []


@pytest.mark.parametrize("value", ["srf/hosb", "Ada Stock", "Photo Editor Ada Obi"])
def test_a_name_near_the_picture_words_stays_a_name(value):
    assert split_authors(value) == [value]


def test_an_author_list_with_a_shoots_credits_keeps_the_writer_the_byline_shows():
    head = (
        '<meta name="author" content="Ada Obi,Ben Uche,Cy Dee at Example Models,'
        'Di Eze using Example Cosmetics">'
    )
    body = (
        '<h1>A headline for the piece</h1><div class="byline"><a href="/author/ada-obi">'
        "Ada Obi</a></div><p>Photographed by Ben Uche; Modeled by Cy Dee at Example Models</p>"
    )
    assert _authors(f"<html><head>{head}</head><body>{body}</body></html>") == ["Ada Obi"]


def test_a_shoots_credits_without_a_byline_are_left_out_of_the_list():
    head = '<meta name="author" content="Ada Obi, Cy Dee at Example Models, Di Eze using Gloss">'
    html = f"<html><head>{head}</head><body><h1>A headline</h1><p>Text.</p></body></html>"
    assert _authors(html) == ["Ada Obi"]


def test_a_captions_microdata_author_is_the_photographer():
    html = (
        '<html><body><article itemscope itemtype="https://schema.org/NewsArticle">'
        "<h1>A headline</h1><figure><img src=a.jpg><figcaption>A caption "
        '<small itemprop="author">Ben Uche</small></figcaption></figure>'
        "<p>Text of the article.</p></article></body></html>"
    )
    assert _authors(html) == []


def test_a_pull_quotes_attribution_is_no_byline():
    html = (
        "<html><body><h1>A headline</h1><p>Text of the article.</p>"
        '<div class="pull-quote"><blockquote>We agree.</blockquote>'
        '<div class="pull-quote__author"><span class="author">Ben Uche</span></div></div>'
        "<p>More text.</p></body></html>"
    )
    assert _authors(html) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<div class=edit>(责编：牛镛、岳弘彬)</div>", ["牛镛", "岳弘彬"]),
        ("<p>责任编辑：王小明</p>", ["王小明"]),
        ("<p>責任編輯: 陳大文 林小美</p>", ["陳大文", "林小美"]),
        ("<p>责任编辑：何顺延</p>\n<div><a>柯达</a> <a>苹果</a></div>", ["何顺延"]),
    ],
)
def test_a_chinese_pages_editor_line_names_the_author_when_nothing_else_does(line, expected):
    html = f"<html><body><h1>标题</h1><p>正文内容。</p>{line}</body></html>"
    assert _authors(html) == expected


def test_an_editor_line_gives_way_to_a_writers_byline():
    html = (
        '<html><head><meta name="author" content="王小明"></head><body><h1>标题</h1>'
        "<p>正文内容。</p><p>责任编辑：李华</p></body></html>"
    )
    assert _authors(html) == ["王小明"]


@pytest.mark.parametrize(
    "text",
    [
        "Autor: Ada Obi. Data publikacji Pią, 2010-11-19 12:04",
        "Door Ada Obi Gepubliceerd 3 mei 2024",
        "Ada Obi Publisert 12.03.2024",
        "Di Ada Obi Pubblicato il 3 maggio 2024",
        "Av Ada Obi Publicerad 3 maj 2024",
    ],
)
def test_a_publication_label_in_the_languages_of_europe_ends_the_byline(text):
    assert byline_names(text) == ["Ada Obi"]


def test_a_writer_at_a_firm_named_management_is_no_shoots_credit():
    head = '<meta name="author" content="Ada Obi at Example Asset Management, Ben Uche">'
    html = f"<html><head>{head}</head><body><h1>A headline</h1><p>Text.</p></body></html>"
    assert _authors(html) == ["Ada Obi at Example Asset Management", "Ben Uche"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Posted by Ada Obi, Vice President, Example Cloud", ["Ada Obi"]),
        ("Ada Obi, Director of Research, Example Labs", ["Ada Obi"]),
        ("Ada Obi Senior Software Engineer", ["Ada Obi"]),
        ("Ada Obi, CEO, and Ben Uche, Product Manager", ["Ada Obi", "Ben Uche"]),
    ],
)
def test_a_company_job_title_after_a_name_is_no_second_author(value, expected):
    assert split_authors(value) == expected


def test_a_hidden_author_link_gives_way_to_the_byline_shown():
    html = """<html><body><h1>A course for new horizons</h1>
    <span class="byline-author">Posted by Ada Obi</span><p>Text.</p>
    <a href="https://social.example.net/112374" rel="author" style="display:none;">Example</a>
    </body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_hidden_author_is_read_when_no_byline_shown_names_anyone():
    html = """<html><body><h1>A course for new horizons</h1>
    <div id="byline">EXAMPLE.net / 03:02 PM March 27, 2017</div><p>Text.</p>
    <div class="author" style="display:none">Ada Obi</div></body></html>"""
    assert _authors(html) == ["Ada Obi"]


def test_a_long_run_of_separators_before_a_weekday_is_read_in_one_pass():
    """Split every way between two runs of separators side by side, 6,000 took some 15 minutes."""
    from flows.parse.meta.bylines import _without_weekday

    shown = "Ada Obi" + " ," * 3_000 + " x Tue"
    assert _without_weekday(shown) == shown
    assert _without_weekday("Ada Obi, Tue") == "Ada Obi"
