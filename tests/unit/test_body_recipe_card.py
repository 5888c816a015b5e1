"""A recipe card the page's JSON-LD states (`recipeIngredient`, `recipeInstructions`) and its
markup does not show (a page built in the browser, a card opened in a dialog) follows the
story in the body; a card the markup shows is not said twice."""

import json
from datetime import UTC, datetime

from flows.parse.body import with_recipe_card
from flows.parse.page import parse_page

INTRO = (
    "A soup for the first cold evening of the year, made with the last tomatoes of the "
    "garden and a little cream, ready in half an hour."
)
INGREDIENTS = ["1 kg ripe tomatoes", "2 onions", "1 dl cream"]
SECTION = "For the soup"
STEPS = [
    "Chop the onions and soften them in a little oil.",
    "Add the tomatoes &amp; simmer for 20 minutes.",
]


def _page(card_shown: bool) -> bytes:
    recipe = {
        "@context": "https://schema.org",
        "@type": "Recipe",
        "name": "Tomato soup",
        "recipeIngredient": INGREDIENTS,
        "recipeInstructions": [
            {"@type": "HowToSection", "name": SECTION, "itemListElement": [
                {"@type": "HowToStep", "text": step} for step in STEPS
            ]}
        ],
    }  # fmt: skip
    shown = ""
    if card_shown:
        shown = "".join(f"<li>{line}</li>" for line in INGREDIENTS)
        shown = f"<ul>{shown}</ul>" + "".join(f"<p>{step}</p>" for step in STEPS)
    return (
        "<html><head><title>Tomato soup</title>"
        f'<script type="application/ld+json">{json.dumps(recipe)}</script></head>'
        f"<body><article><h1>Tomato soup</h1><p>{INTRO}</p>{shown}</article></body></html>"
    ).encode()


def _body(card_shown: bool) -> str:
    page = parse_page(_page(card_shown), fetched_at=datetime(2025, 1, 1, tzinfo=UTC))
    return page.article.body


def test_a_recipe_card_stated_in_json_ld_and_not_shown_follows_the_story():
    steps = [step.replace("&amp;", "&") for step in STEPS]
    assert _body(False).split("\n\n") == [INTRO, *INGREDIENTS, SECTION, *steps]


def test_a_recipe_card_the_markup_shows_is_not_added_again():
    body = _body(True)
    assert body.count(INGREDIENTS[0]) == 1
    assert SECTION not in body


def test_a_card_mostly_in_the_body_adds_nothing():
    body = ["1 kg ripe tomatoes, 2 onions", "Chop the onions."]
    card = ["1 kg ripe tomatoes", "2 onions", "Chop the onions.", "Serve hot."]
    assert with_recipe_card(body, card) == body
    assert with_recipe_card(body, []) == body
