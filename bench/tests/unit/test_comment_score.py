"""bench/comment_score.py: the per-comment metric our dev set is scored with."""

from bench.comment_score import page_rows, score, shares_text, text_matches

TRUE = {"text80": "Danke für das Rezept, ich habe es gestern gebacken und es war sehr lecker"}


def page(file: str, *comments: tuple[str | None, str]) -> dict[str, object]:
    return {"file": file, "comments": [{"author": a, "text80": t} for a, t in comments]}


def test_a_prediction_matches_when_it_starts_with_the_true_prefix() -> None:
    assert text_matches(TRUE["text80"] + " Antworten", TRUE)


def test_a_prediction_missing_the_space_between_paragraphs_still_matches() -> None:
    assert text_matches(TRUE["text80"].replace("Rezept, ich", "Rezept,ich"), TRUE)


def test_a_truncated_prediction_matches_only_when_it_keeps_most_of_the_prefix() -> None:
    assert text_matches(TRUE["text80"][:65], TRUE)
    assert not text_matches(TRUE["text80"][:20], TRUE)


def test_the_alternative_reading_is_accepted() -> None:
    assert text_matches(
        "Other reading", {"text80": "Quoted text first", "alt_text80": "Other reading"}
    )


def test_two_identical_predictions_match_one_true_comment_once() -> None:
    result = score(
        [page("a.html", ("Ann", "Same words here"))], {"a.html": [{"text": "Same words here"}] * 2}
    )
    assert (result["matched"], result["precision"], result["recall"]) == (1, 0.5, 1.0)


def test_authors_are_compared_without_case_at_sign_or_punctuation() -> None:
    truth = [page("a.html", ("Ann B.", "First comment"), (None, "Second comment"))]
    found = {
        "a.html": [
            {"author": "@ann b", "text": "First comment"},
            {"author": "", "text": "Second comment"},
        ]
    }
    assert score(truth, found)["author_accuracy"] == 1.0


def test_comments_found_on_a_page_without_comments_are_false_positives() -> None:
    truth = [page("a.html", ("Ann", "A comment")), page("b.html")]
    result = score(truth, {"a.html": [{"text": "A comment"}], "b.html": [{"text": "Related post"}]})
    assert result["precision"] == 0.5
    assert result["zero_pages_with_false_positives"] == 1
    assert result["count_accuracy"] == 0.5


def test_a_page_missing_from_the_predictions_counts_as_no_comments() -> None:
    result = score([page("a.html", ("Ann", "A comment"))], {})
    assert (result["recall"], result["f1"], result["per_page"][0]["count_ok"]) == (0.0, 0.0, False)


def test_an_unmatched_prediction_holding_a_comment_after_other_text_shares_its_text() -> None:
    assert shares_text("Ann wrote on Monday at noon: " + TRUE["text80"], TRUE)


def test_an_unmatched_prediction_that_is_a_piece_of_a_comment_shares_its_text() -> None:
    assert shares_text(TRUE["text80"][25:], TRUE)


def test_text_from_elsewhere_on_the_page_shares_nothing() -> None:
    assert not shares_text("Related posts: ten ways to bake bread at home this winter", TRUE)


def test_a_page_outcome_tells_whole_misses_from_wrong_regions_and_partial_finds() -> None:
    truth = [
        page("all.html", ("Ann", "First comment")),
        page("none.html", ("Ann", "First comment")),
        page("wrong.html", ("Ann", "First comment")),
        page("part.html", ("Ann", "First comment"), ("Bob", "Second comment")),
        page("quiet.html"),
        page("false.html"),
    ]
    found = {
        "all.html": [{"text": "First comment"}],
        "wrong.html": [{"text": "Latest posts"}],
        "part.html": [{"text": "First comment"}],
        "false.html": [{"text": "Latest posts"}],
    }
    rows = page_rows(truth, found)
    assert [row.outcome for row in rows] == [
        "all found",
        "none found",
        "wrong items",
        "part found",
        "quiet",
        "false items",
    ]
