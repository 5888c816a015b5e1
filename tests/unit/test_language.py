from datetime import UTC, datetime

from flows.parse.language import identify_language
from flows.parse.page import parse_page

FETCHED = datetime(2026, 12, 4, tzinfo=UTC)


def test_the_language_of_a_text_is_identified():
    text = "Die Bundesregierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen."
    assert identify_language(text) == "de"


def test_a_text_too_short_to_tell_has_no_language():
    assert identify_language("OK 12 34") is None


def test_a_page_that_declares_no_language_gets_the_language_of_its_text():
    html = (
        "<html><head><title>Elections</title></head><body><article><h1>Elections</h1>"
        "<p>Le gouvernement a annoncé mardi un nouveau calendrier pour les élections "
        "municipales, après plusieurs semaines de débats au Parlement.</p></article></body></html>"
    )
    assert parse_page(html.encode(), fetched_at=FETCHED).article.language == "fr"


def test_a_declared_language_is_kept_whatever_the_text():
    html = (
        '<html lang="en"><head><title>Elections</title></head><body><article><h1>Elections</h1>'
        "<p>Le gouvernement a annoncé mardi un nouveau calendrier pour les élections "
        "municipales, après plusieurs semaines de débats au Parlement.</p></article></body></html>"
    )
    assert parse_page(html.encode(), fetched_at=FETCHED).article.language == "en"
