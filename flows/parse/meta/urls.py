"""Hosts and addresses, compared without scheme and "www.": which JSON-LD object is the page's
own, which author is the site itself."""

from __future__ import annotations

import re


def host_of(url: str | None) -> str:
    """The host of a URL without "www." ("mdr.de"), or "" when there is none."""
    match = _HOST.match(url or "")
    return match.group(1).lower().removeprefix("www.") if match else ""


_HOST = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/?#]*@)?([^:/?#]+)")


def host_name(host: str) -> str:
    """The name a host is registered under: "sky" for news.sky.com, "bbc" for bbc.co.uk."""
    labels = host.split(".")[:-1]
    if len(labels) > 1 and len(labels[-1]) <= 3:  # co.uk, com.au, ne.jp
        labels.pop()
    return labels[-1] if labels else ""


def address_key(url: str) -> str:
    """A URL without scheme, "www.", query, fragment and trailing slash, to compare."""
    match = _HOST.match(url)
    if match is None:
        return ""
    rest = url[match.end() :].split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return match.group(1).lower().removeprefix("www.") + rest
