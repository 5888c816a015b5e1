"""Hide a page's class and id vocabulary, keeping its shape: the scrambled mode of
`bench.eval_comments` (issue #13: find comment lists by their shape, not their names).

Every letters-only word in a `class` or `id` value, in the name of a `data-*` attribute and
in a `data-*` value made of words alone becomes a pseudo-word, the same one for the same word
throughout the page, so repeated and shared classes stay repeated and shared; digits and
separators stay. A link's fragment that names an id on the page is scrambled as that id, so
it still names the id's place (a page whose class and id words are obfuscated keeps its links
to its own places working). Tags, text and every other attribute (itemprop, role, aria-*,
datetime, the rest of href …) are left as they are.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser

from flows.parse.decode import NotAPage, closed_empty_elements, decode, unpack

_WORD = re.compile(r"[^\W\d_]+")
_WORDS_ONLY = re.compile(r"[\w\- ]+")
_CONSONANTS = "qzxjvkw"
_VOWELS = "uy"
"""Pseudo-words are built of these letters, so that they spell no word a parser might look for."""
_SYLLABLES = [c + v for c in _CONSONANTS for v in _VOWELS]
_SCRAMBLED = ("class", "id")
_DATA = "data-"


class _Words:
    """Word → pseudo-word for one page, handed out in order of first sight, distinct words
    getting distinct pseudo-words."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def word(self, match: re.Match[str]) -> str:
        word = match.group()
        if word not in self.seen:
            n = len(self.seen)
            syllables = []
            while True:
                n, digit = divmod(n, len(_SYLLABLES))
                syllables.append(_SYLLABLES[digit])
                if not n and len(syllables) > 1:
                    break
            self.seen[word] = "".join(syllables)
        return self.seen[word]

    def value(self, value: str) -> str:
        return _WORD.sub(self.word, value)


def scramble(html: bytes) -> bytes:
    """The page with its class, id and data-* words replaced by pseudo-words, as UTF-8 with a
    byte order mark (so its declared charset no longer applies); a page that cannot be read as
    text comes back unchanged. Its tree is serialised back, so it is read first as
    `flows.parse.page.parse_html` reads pages (self-closed elements of XML serialisations
    closed): the serialisation writes every element open and closed."""
    try:
        text = decode(unpack(html))
    except NotAPage:
        return html
    tree = LexborHTMLParser(closed_empty_elements(text, None))  # read as `parse_page` reads it
    words = _Words()
    nodes = list(tree.root.traverse()) if tree.root else []
    ids = {node.attributes.get("id") for node in nodes} - {None, ""}
    for node in nodes:
        attrs = node.attributes
        for name, value in attrs.items():
            if name in _SCRAMBLED and value:
                node.attrs[name] = words.value(value)
            elif name == "href" and value and value.partition("#")[2] in ids:
                page, _, place = value.partition("#")
                node.attrs[name] = f"{page}#{words.value(place)}"  # still the id's place
            elif name.startswith(_DATA):
                if value and _WORDS_ONLY.fullmatch(value):
                    value = words.value(value)
                del node.attrs[name]
                node.attrs[_DATA + words.value(name.removeprefix(_DATA))] = value or ""
    return codecs.BOM_UTF8 + (tree.html or "").encode("utf-8")
