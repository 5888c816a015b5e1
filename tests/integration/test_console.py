"""The terminal summary of a run shows the marts' values as they are."""

from flows.cli import console
from flows.pipeline.flow import RunSummary


def test_the_summary_shows_a_top_story_whose_title_holds_a_comma_whole(monkeypatch):
    summary = RunSummary(
        run_id="r", raw="raw", lake="lake", warehouse="w.duckdb", pages_found=1, not_pages=0,
        seen_before=0, parsed=1, rejected=[], rows_written={}, model_rows={}, tests_passed=0,
        daily_news=[{"day": "2024-11-01", "site": "a.example", "articles": 1, "words": 9,
                     "source_agencies": ["Reuters", "AFP"],
                     "top_stories": ["Rain, then sun, over Lagos", "Second story"]}],
        daily_spam_rate=[],
    )  # fmt: skip
    monkeypatch.setattr(console.console, "width", 200)  # one line a row, as in a wide terminal
    with console.console.capture() as captured:
        console.print_summary(summary)
    printed = captured.get()
    assert "Rain, then sun, over Lagos" in printed
    assert "Second story" not in printed
    assert "Reuters, AFP" in printed


def test_the_summary_lists_the_last_days_top_stories_across_sites(monkeypatch):
    top = [
        {"day": "2024-11-02", "rank": rank, "headline": f"Story {rank} of the 2nd", "sites": 3,
         "site_list": ["a.example", "b.example", "c.example"]}
        for rank in range(1, console.TOP_STORIES_SHOWN + 2)
    ] + [{"day": "2024-11-01", "rank": 1, "headline": "Story of the 1st", "sites": 2,
          "site_list": ["a.example", "b.example"]}]  # fmt: skip
    summary = RunSummary(
        run_id="r", raw="raw", lake="lake", warehouse="w.duckdb", pages_found=1, not_pages=0,
        seen_before=0, parsed=1, rejected=[], rows_written={}, model_rows={}, tests_passed=0,
        daily_news=[], daily_spam_rate=[], daily_top_stories=top,
    )  # fmt: skip
    monkeypatch.setattr(console.console, "width", 200)
    with console.console.capture() as captured:
        console.print_summary(summary)
    printed = captured.get()
    assert "top stories across sites, 2024-11-02" in printed
    assert "Story 1 of the 2nd" in printed and "a.example, b.example, c.example" in printed
    assert f"Story {console.TOP_STORIES_SHOWN} of the 2nd" in printed
    assert f"Story {console.TOP_STORIES_SHOWN + 1} of the 2nd" not in printed
    assert "Story of the 1st" not in printed
