"""Inside the chosen block, a table or list of teaser cells (each a linked headline on a line of
its own, then its summary) is left out with its title row, and a heading read last, over a box
of links left out, is left out with it; an article's own lists, subheadings and captions set as
headings stay."""

from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.read import read_block

PARAGRAPHS = [
    "The harbour board agreed on Monday to dredge the channel before the autumn storms.",
    "Fishing crews had asked for the work for two years, saying their boats ran aground.",
    "The council will pay a third of the cost; the port authority and the state the rest.",
]
SUMMARIES = [
    "The operator raised prices for the second time this year, citing the cost of fuel.",
    "Engineers expect the repairs on the old pier to last well into the next summer.",
]


def _read(html: str) -> list[str]:
    root = LexborHTMLParser(f'<div id="root">{html}</div>').css_first("#root")
    return read_block(root)


def _prose() -> str:
    return "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def test_a_table_of_teaser_cells_with_its_title_row_is_left_out():
    rows = "".join(
        f'<tr><td><a href="/story{at}"><img src="t.jpg"></a></td>'
        f'<td><b><a href="/story{at}">Ferry fares rise again</a></b><br>{summary}</td></tr>'
        for at, summary in enumerate(SUMMARIES)
    )
    table = f'<table><tr><td colspan="2">More on the harbour, read here</td></tr>{rows}</table>'
    assert _read(_prose() + table) == PARAGRAPHS


def test_list_items_of_the_text_that_open_with_words_stay():
    items = "".join(f'<li>Read <a href="/a">the plan</a><br>{text}</li>' for text in SUMMARIES)
    assert _read(_prose() + f"<ul>{items}</ul>") == [
        *PARAGRAPHS,
        *(f"Read the plan {text}" for text in SUMMARIES),
    ]


def test_a_heading_read_last_over_a_box_of_links_is_left_out():
    cards = "".join(
        f'<li><div><h3><a href="/{at}">{title}</a></h3><a href="/{at}">Read now</a></div></li>'
        for at, title in enumerate(("Ferry fares rise", "Pier shut for repairs"))
    )
    assert _read(_prose() + f"<h2>Latest news</h2><div><ul>{cards}</ul></div>") == PARAGRAPHS


def test_the_headings_read_right_before_it_go_with_it():
    cards = "".join(
        f'<div><h3><a href="/{at}">{title}</a></h3><p>{summary}</p></div>'
        for at, (title, summary) in enumerate(
            zip(("Fish pie", "Crab cakes"), SUMMARIES, strict=True)
        )
    )
    links = '<ul><li><a href="/a">Ferry fares</a></li><li><a href="/b">Pier shut</a></li></ul>'
    html = f"<h2>More recipes</h2><div>{cards}</div><h2>Worth knowing</h2><div>{links}</div>"
    assert _read(_prose() + html) == PARAGRAPHS


def test_a_subheading_between_paragraphs_stays():
    html = f"<p>{PARAGRAPHS[0]}</p><h2>The cost</h2><p>{PARAGRAPHS[2]}</p>"
    assert _read(html) == [PARAGRAPHS[0], "The cost", PARAGRAPHS[2]]


def test_a_caption_set_as_a_heading_above_its_picture_stays():
    html = _prose() + '<div><h3>The dredger at work in the channel</h3><img src="d.jpg"></div>'
    assert _read(html) == [*PARAGRAPHS, "The dredger at work in the channel"]
