"""The `<meta>` tags (OpenGraph, Dublin Core, Parse.ly, link-preview labels) as one lookup by
lower-case name."""

from __future__ import annotations

import json
import re

from flows.parse.nodes import Scan


def meta_tags(scanned: Scan) -> dict[str, str]:
    """name/property/itemprop/http-equiv → content; repeated tags (article:tag) are joined by
    commas. An `itemprop` stated with different contents (`datePublished` of every story a
    list shows) is left empty: which is the page's own is not said."""
    found: dict[str, str] = {}
    items: set[str] = set()  # keys read from `itemprop` alone
    for node in scanned.of("meta"):  # a <meta> without content is skipped below
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("http-equiv")
        content = attrs.get("content")
        itemprop = attrs.get("itemprop")
        if not key and itemprop and content:
            key = itemprop.lower()
            if found.get(key, content) != content and key in items:
                found[key] = ""  # one per item of a list of stories: none is the page's
            items.add(key)
        if not key or not content:
            continue
        key = key.lower()
        if key.startswith("twitter:misc:") and _WRITTEN_BY.fullmatch(key[13:]):
            found.setdefault("twitter:written-by", content)  # a label pair in one tag
            continue
        if key == "parsely-page":  # Parse.ly's JSON: {"pub_date": …, "author": …}
            for name, value in _parsely(content).items():
                found.setdefault(name, value)
            continue
        if key in found and key in ("article:tag", "article:author"):
            found[key] += "," + content
        else:
            found.setdefault(key, content)
    if "twitter:label1" in found:  # link-preview label pairs: "Written by" → the author
        for index in "1234":
            label = found.get(f"twitter:label{index}", "")
            if _WRITTEN_BY.fullmatch(label.strip()) and f"twitter:data{index}" in found:
                found.setdefault("twitter:written-by", found[f"twitter:data{index}"])
    return found


_WRITTEN_BY = re.compile(
    r"written by|author|verfasst von|geschrieben von|autor(?:in)?|geschreven door|auteur|"
    r"skrevet a[fv]|écrit par|escrito por|scritto da|napisane przez|autore|forfatter",
    re.IGNORECASE,
)


def _parsely(content: str) -> dict[str, str]:
    try:
        data = json.loads(content)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    fields = {"pub_date": "parsely-pub-date", "author": "parsely-author", "title": "parsely-title"}
    return {key: data[name] for name, key in fields.items() if isinstance(data.get(name), str)}
