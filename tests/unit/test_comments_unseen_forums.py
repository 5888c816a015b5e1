"""Forum and feed markups no rule names, read by their structure, from small pages written
here: posts whose parts are numbered alike, menus among numbered lists, links to users'
pages, cards that link away, authors answering another user."""

from __future__ import annotations

from flows.parse.comments.roles import profile_link


def test_a_script_named_for_users_asked_by_id_links_to_a_profile():
    assert profile_link("user_info.pl?id=2436")
    assert profile_link("/forum/member.php?u=2")
    assert profile_link("member.php?107175-Crazyguy&s=bf4de")
    assert not profile_link("/forum/topic.php?u=2")
