"""A numbered list whose items are sentences (a recipe's steps, set in no `<p>`) votes as
paragraphs do, for the box that holds it and the ingredients' list, when the page's
paragraphs hold less text: the card, not the short intro above it, is the body."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body import extract_body

TITLE = "Apple crumble for a cold evening"
INTRO = "A crumble for the first cold evening of the year, with apples from the garden."
INGREDIENTS = [
    "4 large cooking apples",
    "100 g cold butter, diced",
    "150 g plain flour",
    "80 g soft brown sugar",
]
STEPS = [
    "Heat the oven to 180 degrees, butter a deep dish and set it aside while you make the rest.",
    "Peel the apples, core them, slice them thinly and lay the slices in the dish in layers.",
    "Rub the butter into the flour and the sugar with your fingertips until it looks like sand.",
    "Scatter the crumble over the apples and bake for 40 minutes, until golden on the top.",
]
STORY = [
    (
        "The council voted on Tuesday to close the bridge for repairs, after engineers found "
        "cracks in two of its piers, and said the works would take most of the year."
    ),
    (
        "Traders on both banks said the closure would cost them customers, and asked for a "
        "ferry, which the council said it would consider at its next meeting in March."
    ),
    (
        "The bridge, built in 1898, carries some twelve thousand cars a day, and the detour "
        "adds, by the council's own count, about twenty minutes to a crossing at rush hour."
    ),
]


def _recipe(intro: str = INTRO) -> str:
    ingredients = "".join(f"<li>{line}</li>" for line in INGREDIENTS)
    steps = "".join(f"<li>{line}</li>" for line in STEPS)
    return (
        f"<html><body><div><header><h1>{TITLE}</h1><div><p>{intro}</p></div></header>"
        f"<main><div><div><div><h2>Ingredients</h2><ul>{ingredients}</ul></div></div>"
        f"<div><div><h2>Method</h2><ol>{steps}</ol></div></div></div></main>"
        "<footer><p>Recipes and photographs by the kitchen team, every week.</p></footer>"
        "</div></body></html>"
    )


def test_recipe_steps_in_a_numbered_list_outvote_a_short_intro():
    body = extract_body(LexborHTMLParser(_recipe()), title=TITLE)
    assert all(step in body for step in STEPS)
    assert all(line in body for line in INGREDIENTS)


def test_a_numbered_list_beside_longer_paragraphs_casts_no_vote_of_its_own():
    story = "".join(f"<p>{text}</p>" for text in STORY)
    steps = "".join(f"<li>{line}</li>" for line in STEPS)
    html = (
        f"<html><body><h1>Bridge to close</h1><div><div>{story}</div></div>"
        f"<aside><div><ol>{steps}</ol></div></aside></body></html>"
    )
    body = extract_body(LexborHTMLParser(html), title="Bridge to close")
    assert body == STORY


def test_list_items_that_are_no_sentences_cast_no_vote():
    menu = "".join(f"<li>{line} recipes and ideas</li>" for line in ("Cakes", "Soups", "Pies"))
    html = _recipe().replace("<footer>", f"<footer><ol>{menu}</ol><ol>{menu}</ol>")
    body = extract_body(LexborHTMLParser(html), title=TITLE)
    assert not any("recipes and ideas" in line for line in body)
