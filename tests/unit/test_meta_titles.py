"""Which of `<h1>` and `<title>` is the headline when the metadata states none."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.meta import extract_metadata, heading_or_title


def test_a_sole_headline_h1_wins_over_a_title_naming_the_section():
    h1 = "Council votes to close the old bridge"
    assert heading_or_title(h1, "News - North West - example.com") == h1


def test_a_sole_headline_h1_wins_over_a_title_that_words_the_story_otherwise():
    h1 = "Bridge to close after cracks found"
    assert heading_or_title(h1, "Cracks: council shuts 1931 span | Local | Example") == h1


def test_an_h1_holding_the_title_and_more_gives_way_to_the_title():
    title = "Bridge to close after cracks found - Local - Example"
    heading = "Sponsored by Bridge to close after cracks found"
    assert heading_or_title(heading, title) == title


def test_a_short_h1_the_title_leaves_out_is_a_logo():
    assert (
        heading_or_title("Example Logo", "Bridge to close | Example") == "Bridge to close | Example"
    )


def test_one_of_several_h1_is_not_trusted_over_the_title():
    title = "Bridge to close | Example"
    assert heading_or_title("Sign up for our daily newsletter today", title, sole=False) == title


def _title(html: str) -> str | None:
    return extract_metadata(LexborHTMLParser(html)).title


def test_a_blog_name_h1_gives_way_to_the_post_heading_the_title_names():
    html = """<html><head><title>Ada's Notes: Fixing the old boiler</title></head><body>
    <h1>Ada's Notes</h1><h3 class="post-title">Fixing the old boiler</h3><p>Text.</p>
    </body></html>"""
    assert _title(html) == "Fixing the old boiler"


def test_a_headline_h1_keeps_over_a_site_name_heading():
    html = """<html><head><title>Gnocchi with peas and dried tomatoes | Cookit</title></head>
    <body><h1>Gnocchi with peas and dried tomatoes</h1><p>Text.</p><h3>Cookit</h3>
    </body></html>"""
    assert _title(html) == "Gnocchi with peas and dried tomatoes"
