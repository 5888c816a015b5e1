"""A forum's user column beside a post: a count of the user's posts ("22 Posts") is one of its
fields, so the name over it is the author; a rank's badge linking to the members of a group
is no link to a user's page; a name shown with its own handle glued on ("Ada@ada") is the
name. A count of posts below a title and a name makes no column of the title."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.parse.comments.lines import meta_in
from flows.parse.comments.meta_line import clean_author
from flows.parse.people import profile_link

FETCHED = datetime(2025, 9, 1, 10, 0, tzinfo=UTC)


def test_a_post_count_under_a_name_makes_a_user_column_above_the_date():
    lines = ["heron", "22 Posts", "Member", "#2 · March 29, 2025, 11:07 am", "Soft rubber lugs."]
    found = meta_in(lines, FETCHED)
    assert found is not None
    assert found[2] == "heron"
    assert [line for number, line in enumerate(lines) if number not in found[1]] == [
        "Soft rubber lugs."
    ]


def test_a_count_of_other_things_is_no_field():
    lines = ["heron", "22 Likes", "Member", "#2 · March 29, 2025, 11:07 am", "Soft rubber lugs."]
    found = meta_in(lines, FETCHED)
    assert found is None or found[2] != "heron"


def test_a_link_to_a_groups_members_is_no_users_page():
    assert not profile_link("https://forum.example/members/?filter_type=group&filter_name=10")
    assert not profile_link("/memberlist.php?mode=group&g=5")
    assert profile_link("https://forum.example/members/heron/")
    assert profile_link("/memberlist.php?mode=viewprofile&u=5")
    assert profile_link("/user/heron?tab=groups")


def test_a_name_with_its_own_handle_glued_on_is_the_name():
    assert clean_author("Heron@heron") == "Heron"
    assert clean_author("Grey Heron@greyheron") == "Grey Heron"
    assert clean_author("Heron@home") == "Heron@home"
    assert clean_author("heron@example.org") == "heron@example.org"


def test_a_post_count_below_a_title_and_a_name_makes_no_column_of_the_title():
    lines = [
        "Keeper of the upper path (mostly dry!)",
        "heron",
        "Registered",
        "5,401 posts",
        "Posted 07 December 2015 - 01:13 AM",
        "Soft rubber lugs.",
    ]
    found = meta_in(lines, FETCHED)
    assert found is None or found[2] != "Keeper of the upper path (mostly dry!)"
