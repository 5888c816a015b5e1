"""Guest-book entries that no element holds (issue #13): runs of text between `<hr>` rules,
each signed by a dated line, read as comments; a page's own dated notes between rules are not."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.times import find_machine_date
from tests.support.comment_pages import comments_on_a_bare_page

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


def _script_entry(text: str, name: str, mail: str, when: str) -> str:
    return f"""<b>{text}</b><br>
    {name} &lt;<a href="mailto:{mail}">{mail}</a>&gt;<br>
    Springfield, IL USA - {when}<hr>"""


def test_runs_between_rules_signed_by_a_name_line_and_a_dated_place_line_are_entries():
    markup = f"""<table><tr><td><h1>Guestbook</h1>Please add to my guestbook!<hr>
    {
        _script_entry(
            "Nice pages, see you soon.",
            "Ada Byron",
            "ada@example.org",
            "Saturday, May 23, 1998 at 17:18:44 (CDT)",
        )
    }
    {
        _script_entry(
            "Like the new layout.",
            "Bob Small, Captain Of Nothing Much",
            "bob@example.org",
            "Friday, April 10, 1998 at 09:02:11 (CDT)",
        )
    }
    <b>Just a test</b><br>Cy<br> USA - Thursday, April 9, 1998 at 08:00:00 (CDT)<hr>
    Guestbook script by somebody</td></tr></table>"""
    assert [(c.author, c.text, c.posted_at) for c in comments_on_a_bare_page(markup)] == [
        ("Ada Byron", "Nice pages, see you soon.", datetime(1998, 5, 23, 22, 18, 44, tzinfo=UTC)),
        (
            "Bob Small, Captain Of Nothing Much",
            "Like the new layout.",
            datetime(1998, 4, 10, 14, 2, 11, tzinfo=UTC),
        ),
        ("Cy", "Just a test", datetime(1998, 4, 9, 13, 0, tzinfo=UTC)),
    ]


def _submitted(text: str, name: str, when: str) -> str:
    return f"""<!-- TIME: {when} --><br><table width=550><tr><td><img src="/i.gif"></td>
    <td><font size=3>{text}</font></td></tr></table><br clear=all><br>
    <font size=4>submitted by <a href="mailto:x@example.org">{name}</a> at {when}</font>
    <br clear=all><hr size=1>"""


def test_a_message_table_and_a_submitted_by_line_between_rules_are_one_entry():
    markup = f"""<center><h2>The Guestbook</h2>
    {_submitted("Thank you for the old magazines.", "Russ", "Thu Aug 15 21:19:43 2002")}
    {_submitted("Yes! I do read this.<br>Thanks", "Lister", "Thu Aug 15 16:09:35 2002")}
    {_submitted("Just a test", "Nick", "Sun Jul 28 16:26:33 2002")}
    </center>"""
    assert [(c.author, c.text, c.posted_text) for c in comments_on_a_bare_page(markup)] == [
        ("Russ", "Thank you for the old magazines.", "Thu Aug 15 21:19:43 2002"),
        ("Lister", "Yes! I do read this.\nThanks", "Thu Aug 15 16:09:35 2002"),
        ("Nick", "Just a test", "Sun Jul 28 16:26:33 2002"),
    ]


def test_one_writers_dated_notes_between_rules_are_no_entries():
    markup = """<div><h1>What's new</h1>
    <p>Added the photo gallery.</p>Posted by Ada on 3 May 2024<hr>
    <p>Fixed the links page.</p>Posted by Ada on 1 May 2024<hr>
    <p>Site opened.</p>Posted by Ada on 20 April 2024<hr></div>"""
    assert comments_on_a_bare_page(markup) == []


def test_two_signed_runs_between_rules_are_no_guest_book():
    markup = """<div><p>Hello there.</p>Posted by Ada on 3 May 2024<hr>
    <p>Hi back.</p>Posted by Bob on 4 May 2024<hr><p>Links</p><hr></div>"""
    assert comments_on_a_bare_page(markup) == []


def test_a_ctime_date_and_a_mail_header_date_are_read_from_a_signature_line():
    assert find_machine_date("submitted by Russ at Thu Aug 15 21:19:43 2002", NOW) == (
        21,
        45,
        datetime(2002, 8, 15, 21, 19, 43, tzinfo=UTC),
    )
    assert find_machine_date("submitted by Nick on Mon, 14 Sep 98, go to", NOW) == (
        21,
        35,
        datetime(1998, 9, 14, tzinfo=UTC),
    )
    assert find_machine_date("posted in 2002 by Ada", NOW) is None


def test_a_signature_set_as_a_heading_stays_in_its_entry_and_the_page_title_does_not():
    entries = "".join(
        f"<br><table><tr><td>{text}</td></tr></table><h4>submitted by {name} on {when}</h4><hr>"
        for text, name, when in (
            ("Wow! I remember all this stuff.", "Adam", "Tue, 22 Sep 98"),
            ("Like it!!! Speccy forever.", "John", "Fri, 18 Sep 98"),
            ("The first comment. Yay!", "Nick", "Mon, 14 Sep 98"),
        )
    )
    markup = f"<center><h2>The Guestbook</h2>{entries}</center>"
    assert [(c.author, c.text) for c in comments_on_a_bare_page(markup)] == [
        ("Adam", "Wow! I remember all this stuff."),
        ("John", "Like it!!! Speccy forever."),
        ("Nick", "The first comment. Yay!"),
    ]


def test_headlines_over_teasers_between_rules_are_no_entries():
    markup = "".join(
        f'<p><a href="/news/{n}">{title}</a></p><p>Teaser words of the story.</p>'
        f"By {name} on {day} May 2024<hr>"
        for n, (title, name, day) in enumerate(
            (("Rates go up", "Ada", 3), ("Rain all week", "Bob", 2), ("Road closed", "Cy", 1))
        )
    )
    assert comments_on_a_bare_page(f"<div>{markup}<p>More news</p></div>") == []


def test_rules_around_a_pages_sections_with_a_few_signed_ones_are_no_guest_book():
    sections = [
        "<p>Hello there.</p>Posted by Ada on 3 May 2024",
        "<p>Opening hours: nine to five.</p>",
        "<p>Hi back.</p>Posted by Bob on 4 May 2024",
        "<p>Directions: take the bus.</p>",
        "<p>Nice.</p>Posted by Cy on 5 May 2024",
        "<p>Prices on request.</p>",
    ]
    assert comments_on_a_bare_page("<div>" + "<hr>".join(sections) + "<hr></div>") == []


def test_a_bracketed_word_after_a_name_is_the_mail_field_not_part_of_the_name():
    markup = f"""<table><tr><td><h1>Guestbook</h1>Please add to my guestbook!<hr>
    {_script_entry("Nice pages, see you soon.", "Ada Byron", "ada", "Saturday, May 23, 1998")}
    {_script_entry("Like the new layout.", "BOB SMALL", "LOVEITALL", "Friday, April 10, 1998")}
    {_script_entry("Just a test.", "Cy", "cy@example.org", "Thursday, April 9, 1998")}
    Guestbook script by somebody</td></tr></table>"""
    assert [c.author for c in comments_on_a_bare_page(markup)] == ["Ada Byron", "BOB SMALL", "Cy"]


def _labelled_entry(when: str, name: str, mail: str, text: str) -> str:
    return f"""<hr><i>Posted: {when}</i><br><b>Name:</b>{name}<br><b>Email:</b>{mail}<br>
    <b>Url:</b>http://<br><br><b>Comment:</b>{text}"""


def test_runs_between_rules_opening_with_the_same_labels_are_entries_with_the_last_label_as_text():
    markup = f"""<table><tr><td><h1>Guest Book</h1><p>Please leave a note.
    {_labelled_entry("1/5/2006 12:32:51 PM", "Ada Byron", "a@example.org", "Hi,<br>nice site.")}
    {_labelled_entry("2/8/2006 9:01:00 AM", "Bob Small", "", "Keep it up")}
    {_labelled_entry("3/1/2006 7:15:20 PM", "Cy", "c@example.org", "Hello from Pune")}
    </td></tr></table>"""
    assert [(c.author, c.text, c.posted_at) for c in comments_on_a_bare_page(markup)] == [
        ("Ada Byron", "Hi,\nnice site.", datetime(2006, 1, 5, 12, 32, 51, tzinfo=UTC)),
        ("Bob Small", "Keep it up", datetime(2006, 2, 8, 9, 1, tzinfo=UTC)),
        ("Cy", "Hello from Pune", datetime(2006, 3, 1, 19, 15, 20, tzinfo=UTC)),
    ]


def test_runs_between_rules_opening_with_labels_of_one_writer_are_no_entries():
    entries = "".join(
        f"<hr>Date: {day}/5/2006<br>Author: Ada Byron<br>Release: {day}<br>Fixed the menu."
        for day in (1, 2, 3, 4)
    )
    assert comments_on_a_bare_page(f"<div><h1>Changes</h1>{entries}</div>") == []
