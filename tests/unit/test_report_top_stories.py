"""The report's "Top stories across sites": the day's `daily_top_stories` rows, as plain rows,
become a ranked table in the HTML page and the markdown summary."""

from datetime import date

from flows.warehouse.report import TOP_STORIES, render_html, render_markdown, report_data

DAY = date(2024, 11, 4)
FLOODS = (
    1,
    "Floods force <thousands> from homes",
    3,
    ["a.example", "b.example", "c.example"],
    ["AFP", "Reuters"],
)
RATES = (2, "Central bank holds rates", 1, ["a.example"], [])


def _report(top_rows, stories_today=2):
    articles = [(DAY, "a.example", 2), (DAY, "b.example", 1), (DAY, "c.example", 1)]
    stories = [("a.example", ["Floods force thousands from homes"]), ("b.example", ["Cameroon"])]
    return report_data(DAY, articles, [], [], stories, top_rows, stories_today)


def test_markdown_ranks_the_days_stories_by_sites_with_the_sites_and_agencies():
    markdown = render_markdown(_report([FLOODS, RATES]))
    section = markdown.split("## Top stories across sites")[1].split("## ")[0]
    assert section.strip().splitlines() == [
        "| # | headline | sites | carried by | agencies |",
        "|---:|---|---:|---|---|",
        (
            "| 1 | Floods force \\<thousands\\> from homes | 3 "
            "| a.example, b.example, c.example | AFP, Reuters |"
        ),
        "| 2 | Central bank holds rates | 1 | a.example |  |",
    ]
    assert "**4 articles** from 2 sites: **2 stories** across sites." in markdown


def test_html_lists_the_days_stories_across_sites_with_their_site_counts():
    page = render_html(_report([FLOODS, RATES]))
    table = page.split('<table id="top-stories-across-sites">')[1].split("</table>")[0]
    assert (
        "<tr><td>1</td><td>Floods force &lt;thousands&gt; from homes</td><td>3</td>"
        "<td>a.example, b.example, c.example</td><td>AFP, Reuters</td></tr>"
    ) in table
    assert "<tr><td>2</td><td>Central bank holds rates</td><td>1</td>" in table
    assert "<b>2</b> stories across sites" in page


def test_a_day_without_stories_says_so_in_both():
    data = _report([], stories_today=0)
    assert "## Top stories across sites\n\nNo stories that day." in render_markdown(data)
    assert '<td colspan="5">No stories that day.</td>' in render_html(data)


def test_null_values_in_a_top_story_row_still_make_a_row():
    data = _report([(None, None, None, None, None), (None, " ", None, ["b.example", None], [None])])
    assert [(t.rank, t.headline, t.sites, t.site_list, t.agencies) for t in data.top_stories] == [
        (1, "(no headline)", 0, [], []),
        (2, "(no headline)", 2, ["b.example", "(no site)"], []),
    ]
    assert "| 2 | (no headline) | 2 | b.example, (no site) |  |" in render_markdown(data)


def test_the_report_lists_at_most_the_top_stories_it_is_given_room_for():
    rows = [(k, f"Story {k}", 1, ["a.example"], []) for k in range(1, TOP_STORIES + 3)]
    data = _report(rows, stories_today=len(rows))
    assert [t.rank for t in data.top_stories] == list(range(1, TOP_STORIES + 1))
    assert data.stories_today == TOP_STORIES + 2
