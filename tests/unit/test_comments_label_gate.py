"""The labelled posts' gate (`holds_a_label`) answers as the search for a label does
(`_LABELLED`), read from the colons instead of at every character."""

from __future__ import annotations

from flows.parse.comments.labelled import _LABELLED, holds_a_label

TEXTS = [
    "Lähettäjä: Ada",
    "at 12:30",
    "a: b",
    "x1y: z",
    "Nimi \xa0:\tAda",
    "Nimi:  ",
    "AB:C",
    "ab::x",
    "ab: :x",
    "::ab:x",
    "ab:\nx",
    "_ab: x",
    "a_b: x",
    "é1: x",
    "ñé   :   y",
    "Рус:x",
    "名前:太郎",
    "ab \n: x",
    ":ab",
    "",
    "no colon here",
    "x" * 3 + " " * 50 + ":" + " " * 50 + "!",
    '{"a":1, "b": 2} then Name: Ada',
    "1:2 3:4 ab",
]


def test_the_label_gate_answers_as_the_label_search_does():
    assert [holds_a_label(text) for text in TEXTS] == [
        _LABELLED.search(text) is not None for text in TEXTS
    ]


def test_the_label_gate_finds_a_label_after_colons_that_open_none():
    assert holds_a_label('{"a":1, "b": 2} then Name: Ada')
    assert not holds_a_label('{"a":1, "b": 2} at 12:30')
