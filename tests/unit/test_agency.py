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
