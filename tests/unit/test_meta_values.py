"""The keys and cleaned values metadata compares and stores."""

import random
import re
import sys

from flows.parse.meta.values import SPACES, clean
from flows.parse.nodes import spaced

WHITE = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]


def test_spaced_gives_what_replacing_each_run_of_white_space_with_one_space_gives():
    pieces = ["a", "Bé", "漢", "-", "\u200b", *WHITE]
    chooser = random.Random(24)
    for _ in range(3000):
        text = "".join(chooser.choices(pieces, k=chooser.randint(0, 14)))
        assert spaced(text) == SPACES.sub(" ", text).strip(), repr(text)


def test_spaced_and_the_regex_know_the_same_white_space():
    assert all(re.fullmatch(r"\s", char) for char in WHITE)
    assert spaced("\u2003Ada\u00a0\u00a0Obi\n") == "Ada Obi"


def test_clean_squashes_white_space_and_resolves_entities_left_in():
    assert clean("  Caf&eacute;\t\u3000 society \n") == "Café society"
    assert clean(" \n ") is None
