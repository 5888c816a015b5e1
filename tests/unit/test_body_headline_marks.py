"""The headline is the `<h1>` that states the page's title: a `<title>` typed with plain quotes
and dashes states the `<h1>` set with typographic ones."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.headlines import page_headline
from flows.parse.nodes import scan


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        (
            "Tesla's boss on his way to become the richest man",
            "Tesla’s boss on his way to become the richest man",
        ),
        ('The "new" bridge - a year late', "The “new” bridge – a year late"),
        ("Die „Bratwurst“ – eine Illusion?", 'Die "Bratwurst" - eine Illusion?'),
    ],
)
def test_the_headline_is_found_whatever_quotes_and_dashes_the_title_types(title, heading):
    tree = LexborHTMLParser(
        f"<html><body><h1>Site</h1><article><h1>{heading}</h1></article></body></html>"
    )
    found = page_headline(scan(tree, None), title)
    assert found is not None and found.text() == heading
