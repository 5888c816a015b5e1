"""One predicate for a link to a person's page, read by the bylines and the comments alike."""

import pytest

from flows.parse.people import PROFILE_HINTS, profile_link

PEOPLE = [
    "/author/ada-obi",
    "/autor-ada-obi-100.html",
    "https://forum.example/members/heron/",
    "/profiles/ada",
    "/~ada",
    "profile-470.html",
    "/memberlist.php?mode=viewprofile&u=5",
]


@pytest.mark.parametrize("href", PEOPLE)
def test_profile_link_takes_every_shape_of_a_person_s_page(href):
    assert profile_link(href)


@pytest.mark.parametrize(
    "href", ["/users/Login.aspx", "/members/?filter_type=group&filter_name=10", "/news/israel"]
)
def test_profile_link_is_no_sign_in_nor_a_group_nor_a_topic(href):
    assert not profile_link(href)


@pytest.mark.parametrize("href", ["/writers/ada-obi", "/journalists/ada-obi/", "/u/EvilSpark"])
def test_profile_link_takes_a_writer_s_page_only_for_a_byline(href):
    """A page of the site's staff names a byline's author; a reader who comments has none."""
    assert not profile_link(href)
    assert profile_link(href, byline=True)


def test_profile_link_is_no_list_of_people():
    assert not profile_link("/writers", byline=True)


@pytest.mark.parametrize("href", [*PEOPLE, "/writers/ada-obi", "/journalists/ada-obi/", "/u/ada"])
def test_every_person_s_page_holds_a_hint_of_it(href):
    """The comments' selector of candidate links (`PROFILE_HINTS`) misses none."""
    assert any(hint in href.lower() for hint in PROFILE_HINTS)
