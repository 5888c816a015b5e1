"""Links to a person's page: a byline's author's, a commenter's profile. One predicate, so the
metadata and the comments agree on what a person's address looks like."""

from __future__ import annotations

import re

AUTHOR_PAGE = re.compile(r"/(?:author|autor|auteur)(?:s|es|en|e|i)?[/_-][^/?#\s]", re.IGNORECASE)
"""A link to an author's page: "/author/ada-obi", "/authors/", "/autoren/", "/autores/",
"/auteur/", "/toireporter/author-Ada-Obi-1.cms", "/autor-ada-obi-100.html"; with a name after
it, not a list of authors ("/autoren") nor a login's "/authorize"."""

_USER_WORDS = r"users?|profiles?|profil|members?|authors?|aut(?:or|eur)(?:en|es|s)?"
_BYLINE_WORDS = r"u|writers?|contributors?|journalists?"
PEOPLE_FOLDER = re.compile(f"{_USER_WORDS}|{_BYLINE_WORDS}", re.IGNORECASE)
"""The folder of a site's pages of people: "/u/EvilSpark", "/profile/adaobi", "/writers/ada",
not a topic's ("/news/Israel")."""

_PERSON_PATH = r"/~[^/?#]+/?$|(?:^|/)(?:user|profile|member)-\d+\.html?$"
_USER_PATH = re.compile(rf"/(?:{_USER_WORDS})/|{_PERSON_PATH}", re.IGNORECASE)
_BYLINE_PATH = re.compile(rf"/(?:{_USER_WORDS}|{_BYLINE_WORDS})/|{_PERSON_PATH}", re.IGNORECASE)
"""A path with a folder of people (`/members/ada.51/`, `/user/ada`; for a byline also the
site's staff's, `/writers/ada`, and `/u/ada`), a home page (`/~ada`, Launchpad's and
universities'), or a user's page by number in a forum's static addresses (`profile-470.html`,
`user-12.html`: what a saved copy or a forum's search-engine-friendly links give
`profile.php?id=470`)."""

_PROFILE_QUERY = re.compile(
    r"(?:^|/)(?:user|users|profil|profile|member|members)(?:[-_]?info)?(?:\.\w+)?"
    r"\?(?:\w*id\w*=|u=|\d)"
    r"|[?&;](?:action|mode|do)=(?:view)?profile[;&]",
    re.IGNORECASE,
)
"""A user's page asked for by id (`user.php3?idUser=828804`, `user?id=ada`, `user_info.pl?id=7`,
vBulletin's `member.php?u=2` and `member.php?107175-Ada`) or by the page's
action (`index.php?action=profile;u=114944`, `memberlist.php?mode=viewprofile&u=2`)."""

_GROUP_QUERY = re.compile(
    r"[?&;](?:\w*group\w*|g)=|[?&;](?:\w*type|mode)=(?:user)?groups?\b", re.IGNORECASE
)
"""A query asking for a group of users (`?group=10`, `?filter_type=group`, `mode=group&g=5`)."""

_SIGN_IN = re.compile(
    r"log-?in|log-?on|sign-?in|sign-?up|register|returnurl|create-?account", re.IGNORECASE
)

_SITE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*", re.IGNORECASE)
"""The scheme and host an address opens with."""

PROFILE_HINTS = (
    *("user", "profil", "member", "author", "autor", "auteur", "writer", "contributor"),
    *("journalist", "/u/", "~"),
)
"""What every address `profile_link` accepts holds (case aside): a selector of links finds the
few candidates without reading every link's address."""


def profile_link(href: str, *, byline: bool = False) -> bool:
    """A link to a person's page (`AUTHOR_PAGE`, `_USER_PATH`, `_PROFILE_QUERY`; for a
    `byline`, `_BYLINE_PATH`'s folders too: the staff's, which no reader has, and `/u/`,
    where the comments would also take a forum's closing notice by `/u/system`), not to the
    page where one signs in (`/users/Login.aspx`; a site's own name may hold the words:
    `theregister.co.uk/user/8804/`), nor to the members of a group
    (`/members/?filter_type=group&filter_name=10`: a rank's badge beside the name).

    >>> profile_link("/user/ada"), profile_link("profile-470.html"), profile_link("/news/x")
    (True, True, False)
    >>> profile_link("/writers/ada"), profile_link("/writers/ada", byline=True)
    (False, True)
    """
    local = _SITE.sub("", href, count=1)
    path = local.split("?", 1)[0].split("#", 1)[0]
    return (
        bool(
            AUTHOR_PAGE.search(path)
            or (_BYLINE_PATH if byline else _USER_PATH).search(path)
            or ("?" in href and _PROFILE_QUERY.search(href))
        )
        and not _SIGN_IN.search(local)
        and not ("?" in href and _GROUP_QUERY.search(href))
    )
