"""A user's page by number in a forum's static addresses (`profile-470.html`, `user-12.html`,
what a saved copy or search-engine-friendly links make of `profile.php?id=470`) is a link to a
user's page; a page merely named with the word (`/profile-page.html`) is not."""

from __future__ import annotations

from flows.parse.people import profile_link


def test_a_numbered_static_user_page_is_a_profile_link():
    assert profile_link("profile-470.html")
    assert profile_link("https://forum.example/user-12.html")
    assert profile_link("../member-3.htm")


def test_a_page_named_with_the_word_is_no_profile_link():
    assert not profile_link("/profile-page.html")
    assert not profile_link("top-user-5.html")
    assert not profile_link("/users-guide.html")
