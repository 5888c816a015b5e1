"""Words for comments searched in a text: only the stems that hold no other, with the same
answer as a search for every stem."""

from flows.parse.body.boilerplate import _innermost
from flows.parse.comments.meta_line import COMMENT_STEMS


def test_innermost_stems_leave_out_those_holding_another() -> None:
    assert _innermost(("commentaire", "comment", "komentarz", "komentar", "yorum")) == (
        "comment",
        "komentar",
        "yorum",
    )


def test_a_text_holds_an_innermost_stem_when_it_holds_any_stem() -> None:
    innermost = _innermost(COMMENT_STEMS)
    for text in (*COMMENT_STEMS, "les commentaires", "komentarze", "no such word", ""):
        lowered = text.lower()
        assert any(stem in lowered for stem in innermost) == any(
            stem in lowered for stem in COMMENT_STEMS
        )
