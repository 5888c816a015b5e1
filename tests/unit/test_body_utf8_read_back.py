"""An article's text that holds UTF-8 read as latin-1 or windows-1252 ("Ã©" for "é") is read
back as UTF-8; text without it is left as it stands."""

import pytest
from selectolax.lexbor import LexborHTMLParser

from flows.parse.body.extract import extract_body
from flows.parse.decode import decode, read_back_utf8

STORY = ["Le café d’été — une naïve idée.", "Il a dit « très bien » à 10 h."]


def _encoded_twice(text: str, charset: str) -> str:
    """`text`'s UTF-8 bytes read as `charset`, as a server that encodes an already encoded
    story sends it."""
    return text.encode().decode(charset)


@pytest.mark.parametrize("charset", ["latin-1", "cp1252"])
def test_utf8_encoded_twice_is_read_back(charset):
    assert read_back_utf8([_encoded_twice(line, charset) for line in STORY]) == STORY


def test_utf8_pasted_into_a_windows_1252_page_is_read_back():
    page = b'<meta charset="windows-1252"><p>caf\xe9, ' + "“quoted” — é".encode() + b"</p>"
    assert read_back_utf8([decode(page)])[0].endswith("<p>café, “quoted” — é</p>")


def test_a_no_break_space_or_an_a_grave_read_as_a_space_is_read_back_beside_mojibake():
    assert read_back_utf8(["Ã©tÃ© Ã Paris, 10Â km"]) == ["été à Paris, 10\xa0km"]


@pytest.mark.parametrize(
    "texts",
    [
        ["SÃO PAULO — NÃO, disse a IRMÃ DE ÂNGELA."],  # Portuguese capitals
        ["Ça a été à « Paris » l’été.", "Plain ASCII text."],
        ["LE CHÂTEAU — « très » cher, dit-il.", "ÎNVĂȚĂMÂNT ȘI ÎNVĂȚĂTORI"],
    ],
)
def test_text_without_mojibake_stays(texts):
    assert read_back_utf8(texts) == texts


def test_the_article_body_is_read_back():
    paragraphs = "".join(f"<p>{_encoded_twice(line * 3, 'cp1252')}</p>" for line in STORY)
    html = f"<html><body><article><h1>Un titre</h1>{paragraphs}</article></body></html>"
    assert extract_body(LexborHTMLParser(html)) == [line * 3 for line in STORY]
