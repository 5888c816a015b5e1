import pytest

from flows.parse.agency import agency_named, credited_agency

LEAD = "The central bank raised its main rate on Thursday."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["LAGOS (Reuters) - " + LEAD, "More."], "Reuters"),
        (["WASHINGTON (AP) — " + LEAD], "AP"),
        (["27 November 2026", "PARIS (AFP) – " + LEAD], "AFP"),
        ([LEAD, "More text.", "— Agence France-Presse"], "AFP"),
        ([LEAD, "Additional reporting by Reuters; editing by Ada Obi."], "Reuters"),
        ([LEAD, "Source: News Agency of Nigeria"], "NAN"),
        ([LEAD, "More text."], None),
        (["APPLE shares rose. " + LEAD], None),
        ([], None),
    ],
)
def test_credited_agency_from_datelines_and_credit_lines(paragraphs, expected):
    assert credited_agency(paragraphs) == expected


def test_a_long_sentence_of_credit_phrases_is_read_in_one_pass():
    """Each phrase looked for an agency to its sentence's end: 100,000 characters took minutes."""
    credits = "Reporting by" + " reporting by" * 8_000
    assert credited_agency([LEAD, credits + " x"]) is None
    assert credited_agency([LEAD, credits + " Ada Obi and Reuters."]) == "Reuters"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By AFP", "AFP"),
        ("Associated Press", "AP"),
        ("Reuters", "Reuters"),
        ("Ada Obi", None),
        (None, None),
    ],
)
def test_agency_named_in_a_byline(byline, expected):
    assert agency_named(byline) == expected
