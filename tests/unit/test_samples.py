"""The sample pages in data/raw/ parse to the ground truth in data/raw/MANIFEST.md.

The seed page is checked field by field in both its forms (plain-text dump and our
HTML rendering), and one page of every sample site field by field.
"""

from datetime import UTC, datetime

import pytest

from flows.lake.rows import page_rows
from flows.readers.files import discover, read_page, source_ref
from tests.support.pages import RAW

SEED_URL = "https://www.arise.tv/north-koreas-kim-meets-putin-in-russia-as-missiles-launched-from-pyongyang/"
SEED_TITLE = "North Korea’s Kim Meets Putin in Russia As Missiles Launched From Pyongyang"
RECENT_POSTS = [
    ("Iran’s Supreme Leader Threatens ‘Crushing Response’ To US And Israeli Actions Amid Ongoing Tensions", "35 mins ago"),
    ("Kemi Badenoch Wins Conservative Leadership, Vows Party Renewal, A Return to Traditional Values", "6 hours ago"),
    ("Peter Obi Criticises Court Ruling Halting Rivers State Funds, Calls for Reversal", "11 hours ago"),
    ("AGF Fagbemi Takes Over Prosecution of #EndBadGovernance Protesters Amidst Allegations of Treason", "11 hours ago"),
    ("NNPC, ONHYM Advance African Atlantic Gas Pipeline Project Amid Regional Collaboration", "11 hours ago"),
    ("TCN Restores Power Supply Through Gombe-Damaturu-Maiduguri Line", "11 hours ago"),
]  # fmt: skip


def rows(relative: str) -> dict[str, list[dict]]:
    path = RAW / relative
    assert path.is_file(), f"sample page {path} is missing from the repository"
    return page_rows(read_page(source_ref(path, relative)), run_id="test").tables


def related(tables: dict[str, list[dict]]) -> list[tuple[str, str | None, datetime | None]]:
    return [
        (link["anchor_text"], link["label_time_text"], link["label_time"])
        for link in tables["links"]
        if link["region"] == "related" and link["label_time_text"]
    ]


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_seed_text_dump_reads_title_agency_body_comment_and_recent_posts():
    tables = rows("arise/kim-meets-putin.txt")
    page, article = tables["pages"][0], tables["articles"][0]
    assert page["status"] == "parsed" and page["kind"] == "text"
    assert page["url"] == SEED_URL and page["site"] == "arise.tv"
    assert page["fetched_at"] == utc(2024, 11, 3, 10, 5)
    assert article["title"] == SEED_TITLE
    assert article["section"] == "Top Stories"
    assert article["source_agency"] == "Reuters"
    assert article["authors"] == [] and article["published_at"] is None
    assert article["body"].startswith(
        "Russian President Vladimir Putin said he and North Korean leader"
    )
    assert article["body"].endswith("pooling efforts”.\n\nReuters")
    assert "BALLISTIC MISSILES LAUNCHED IN KIM’S ABSENCE" in article["body"]
    for outside in ("Follow us on", "View Comments", "Toyota", "Recent Posts", "35 mins ago"):
        assert outside not in article["body"]
    assert article["word_count"] == 831

    [comment] = tables["comments"]
    assert comment["text"].startswith(
        "📞📞📞📞📞📞Some Auction Vehicles/Cars For Sale\nMama Africa #17,000"
    )
    assert comment["text"].endswith("Pequot 607=650,000\n.....\n((09156089111) (+234_915_608_9111)")
    assert comment["author"] is None and comment["parent_id"] is None

    late = utc(2024, 11, 2, 23, 5)  # 11 hours before the 10:05 fetch
    expected_times = [utc(2024, 11, 3, 9, 30), utc(2024, 11, 3, 4, 5), late, late, late, late]
    assert related(tables) == [
        (title, label, moment)
        for (title, label), moment in zip(RECENT_POSTS, expected_times, strict=True)
    ]
    assert all(link["url"] is None for link in tables["links"])


def test_seed_html_rendering_matches_the_dump_and_adds_its_metadata():
    text, html = rows("arise/kim-meets-putin.txt"), rows("arise/kim-meets-putin.html")
    article = html["articles"][0]
    assert html["pages"][0]["kind"] == "html"
    assert article["body"] == text["articles"][0]["body"]
    assert article["title"] == SEED_TITLE
    assert article["canonical_url"] == SEED_URL
    assert article["authors"] == ["Arise News Staff"]
    assert article["published_at"] == utc(2023, 9, 13, 12, 45)
    assert article["modified_at"] == utc(2023, 9, 13, 13, 2)
    assert article["section"] == "Top Stories"
    assert article["tags"] == [
        "Kim Jong Un",
        "Vladimir Putin",
        "North Korea",
        "Russia",
        "Vostochny Cosmodrome",
    ]
    assert article["language"] == "en-GB"
    assert article["source_agency"] == "Reuters"

    [comment] = html["comments"]
    assert comment["author"] == "Auto Deals Lagos"
    assert comment["posted_at"] == utc(2024, 11, 3, 7, 12)
    assert comment["text"] == text["comments"][0]["text"]

    assert [(title, label) for title, label, _ in related(html)] == RECENT_POSTS
    assert related(html)[0][2] == utc(2024, 11, 3, 9, 45)
    assert related(html)[1][2] == utc(2024, 11, 3, 4, 20)
    assert {moment for _, _, moment in related(html)[2:]} == {utc(2024, 11, 2, 23, 20)}
    assert html["pages"][0]["fetched_at"] == utc(2024, 11, 3, 10, 20)
    regions = {link["region"] for link in html["links"]}
    assert {"nav", "related", "footer"} <= regions


def test_wordpress_classic_site_with_threads_and_site_time():
    tables = rows("lagoscourier/lekki-petrochem-delta-marketers-diesel-row.html")
    article = tables["articles"][0]
    assert (
        article["title"]
        == 'Lekki Petrochem & Delta Marketers Trade Blows Over "Substandard" Diesel Claims'
    )
    assert article["authors"] == ["Chinedu Okafor", "Funmilayo Adebayo"]
    assert article["published_at"] == utc(2024, 11, 1, 7, 30)
    assert article["modified_at"] == utc(2024, 11, 1, 14, 10)
    assert article["section"] == "Business"
    assert article["tags"] == ["Diesel", "Lekki Petrochem", "Oil and Gas", "Downstream"]
    assert article["language"] == "en-US"
    assert article["source_agency"] is None
    assert article["word_count"] == 465
    assert article["body"].endswith("was updated at 3:10 pm to include the regulator’s statement.")
    comments = tables["comments"]
    assert [c["author"] for c in comments] == [
        "Tonye Briggs", "Ifeanyi", "Tonye Briggs", "Grace Loans Nig", "Bola A.", "Mike Investment",
    ]  # fmt: skip
    # Shown as "November 1, 2024 at 9:12 am" in the site's own zone (+01:00, from datePublished).
    assert comments[0]["posted_at"] == utc(2024, 11, 1, 8, 12)
    assert [c["parent_id"] for c in comments[:3]] == [
        None, comments[0]["comment_id"], comments[1]["comment_id"],
    ]  # fmt: skip
    assert comments[5]["text"].startswith("Contact me on Wh\u0430ts\u0410pp +234 815 220 4471")
    assert [(t[:20], label) for t, label, _ in related(tables) if t] == [
        ("Tax Reform Bills: Go", "October 31, 2024"),
        ("Third Mainland Bridg", "October 31, 2024"),
        ("CNG Buses: Lagos Tak", "October 30, 2024"),
        ("Aviation Fuel Price ", "October 29, 2024"),
    ]


def test_drupal_site_with_metadata_only_in_meta_tags():
    tables = rows("abujaobserver/senate-passes-coastal-erosion-agency-bill.html")
    article = tables["articles"][0]
    assert (
        article["title"]
        == "Senate Passes Bill to Establish National Coastal Erosion Management Agency"
    )
    assert article["authors"] == ["Aisha Bello", "Emmanuel Ojo"]
    assert article["published_at"] == utc(2024, 11, 1, 8, 20)
    assert article["modified_at"] is None
    assert (article["section"], article["language"]) == ("Politics", "en")
    assert article["tags"] == ["Senate", "Coastal Erosion", "Environment", "Legislation"]
    assert article["body"].startswith("The Senate on Thursday passed a bill seeking to establish a")
    comments = tables["comments"]
    assert len(comments) == 6
    assert comments[0]["author"] == "Tamunoemi"
    assert comments[0]["posted_text"] == "1 November 2024, 09:48 WAT"
    assert comments[0]["posted_at"] == utc(2024, 11, 1, 8, 48)
    # The subject line Drupal puts above each comment is a truncated copy, not the comment.
    assert comments[0]["text"].startswith("Finally! My village near Brass has lost")
    assert "…" not in comments[0]["text"].split("\n")[0]
    assert comments[1]["parent_id"] == comments[0]["comment_id"]
    assert comments[2]["parent_id"] == comments[1]["comment_id"]
    assert "In reply to" not in comments[1]["text"]


def test_blogger_site_with_microdata_comments_and_relative_times():
    tables = rows("ekogist/nollywood-actress-kemi-ladipo-opens-up.html")
    article = tables["articles"][0]
    assert article["title"] == (
        "Nollywood Actress Kemi Ladipo Opens Up on Quitting Social Media: ‘It Was Eating Me Alive’"
    )
    assert article["authors"] == ["Tolu Bankole"]
    assert article["published_at"] == utc(2024, 11, 1, 13, 5)
    assert article["section"] == "Entertainment"
    assert article["body"].endswith("but only with strict limits on the time she spends online.")
    comments = tables["comments"]
    assert [c["author"] for c in comments] == [
        "Adunni", "Tolu Bankole", "Chi Chi", "Mrs Patience Odia", "Agent Bimbo", "Kelvin", "Seun",
    ]  # fmt: skip
    assert comments[0]["posted_at"] == utc(2024, 11, 1, 13, 38)  # machine time beats the label
    assert comments[1]["posted_text"] == "5 hours ago"
    assert comments[1]["posted_at"] == utc(2024, 11, 1, 14, 45)  # 19:45 fetch − 5 h
    assert comments[1]["parent_id"] == comments[0]["comment_id"]
    assert all("Reply" not in c["text"] and "Delete" not in c["text"] for c in comments)
    assert ("yesterday", utc(2024, 10, 31, 19, 45)) in [
        (label, t) for _, label, t in related(tables)
    ]


def test_blogger_site_lists_several_microdata_authors():
    article = rows("ekogist/police-warn-fake-loan-apps.html.gz")["articles"][0]
    assert article["authors"] == ["Femi Adeoye", "Tolu Bankole"]


def test_custom_cms_in_windows_1252_with_json_ld_graph():
    tables = rows("nairobipost/coffee-farmers-cheer-record-aa-grade-prices.html")
    article = tables["articles"][0]
    assert (
        article["title"]
        == "Coffee Farmers Cheer as AA Grade Fetches Record $9.10 a Kilo at Nairobi Exchange"
    )
    assert article["authors"] == ["Wanjiru Kamau"]
    assert article["published_at"] == utc(2024, 11, 1, 6, 0)
    assert article["section"] == "Business"
    assert article["tags"] == ["Coffee", "Agriculture", "Nyeri", "Exports"]
    comments = tables["comments"]
    assert [(c["author"], c["posted_at"]) for c in comments] == [
        ("Kamau Njoroge", utc(2024, 11, 1, 6, 24)),  # "9:24 AM" in the site's zone, +03:00
        ("Mzee wa Kahawa", utc(2024, 11, 1, 7, 37)),
        ("Achieng O.", utc(2024, 11, 1, 6, 41)),
        ("Quick Mkopo", utc(2024, 11, 1, 7, 5)),
    ]
    assert "café" in comments[0]["text"]  # decoded from windows-1252
    assert comments[1]["parent_id"] == comments[0]["comment_id"]
    assert not any(c["text"].startswith(("KN", "Like", "Reply")) for c in comments)


def test_text_dump_with_named_comments_and_an_agency_credit():
    tables = rows("dailytrumpet/floods-force-thousands-from-homes-northern-cameroon.txt")
    article = tables["articles"][0]
    assert article["title"] == "Floods Force Thousands From Their Homes in Northern Cameroon"
    assert article["authors"] == ["Chinonso Eze"]
    assert article["published_at"] == utc(2024, 11, 3)
    assert article["section"] == "World"
    assert article["source_agency"] == "AFP"
    assert [(c["author"], c["posted_text"]) for c in tables["comments"]] == [
        ("Emeka O.", "3 hours ago"),
        ("Hadiza", "1 hour ago"),
        ("Ibrahim K.", "25 mins ago"),
    ]
    assert len(related(tables)) == 4


def _manifest() -> dict[str, list[str]]:
    lines = (RAW / "MANIFEST.md").read_text(encoding="utf-8").splitlines()
    table = [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in lines
        if line.startswith("| `")
    ]
    return {cells[0].strip("`"): cells for cells in table}


MANIFEST = _manifest()


@pytest.mark.parametrize("source", sorted(s for s, cells in MANIFEST.items() if cells[9] != "–"))
def test_every_sample_page_has_the_manifest_comment_count_and_authors(source):
    cells = MANIFEST[source]
    tables = rows(source)
    assert tables["pages"][0]["status"] == "parsed"
    assert len(tables["comments"]) == int(cells[9])
    expected_authors = [] if cells[7] == "none" else [a.strip() for a in cells[7].split(",")]
    assert tables["articles"][0]["authors"] == expected_authors


def test_the_broken_sample_is_a_rejected_page_with_a_reason():
    tables = rows("broken/empty-download.html")
    assert tables["pages"][0]["status"] == "rejected"
    assert tables["pages"][0]["error"] == "empty page: no bytes"
    assert tables["articles"] == []


def test_discovery_finds_every_manifest_file_and_nothing_else():
    found = discover(RAW)
    assert sorted(ref.source for ref in found.pages) == sorted(MANIFEST)
    assert found.skipped == ["MANIFEST.md"]
    assert {ref.fetched_at.date().isoformat() for ref in found.pages} == {
        "2024-11-01", "2024-11-02", "2024-11-03", "2024-11-04",
    }  # fmt: skip
