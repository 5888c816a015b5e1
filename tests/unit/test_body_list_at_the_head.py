"""Short lines at the head of the text are a kicker, a section or a date and go, unless five
or more of them, none a date, stand in a row: an ingredients' list or a fact box opening
the block, which stays."""

from flows.parse.body.boilerplate import trim_edges

STEPS = [
    "Heat the oven to 180 degrees, butter a deep dish and set it aside while you make the rest.",
    "Peel the apples, core them, slice them thinly and lay the slices in the dish in layers.",
]
INGREDIENTS = ["4 apples", "100 g butter", "150 g flour", "80 g sugar", "1 lemon"]


def test_a_list_of_short_lines_opening_the_text_stays():
    assert trim_edges([*INGREDIENTS, *STEPS]) == [*INGREDIENTS, *STEPS]


def test_a_kicker_and_a_date_before_the_text_go():
    assert trim_edges(["Food", "Baking", "3 May 2024", *STEPS]) == STEPS


def test_short_lines_with_dates_among_them_are_no_list():
    head = ["Food", "Baking", "3 May 2024", "12:40", "Ada Obi"]
    assert trim_edges([*head, *STEPS]) == STEPS


def test_a_gallerys_counter_and_buttons_are_no_list():
    head = ["Image", "1", "of", "/", "23", "Caption", "Close"]
    assert trim_edges([*head, *STEPS]) == STEPS
