from datetime import UTC, datetime

from flows.parse.language import identify_language
from flows.parse.page import parse_page

FETCHED = datetime(2026, 12, 4, tzinfo=UTC)


def test_the_language_of_a_text_is_identified():
    text = "Die Bundesregierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen."
    assert identify_language(text) == "de"


def test_a_text_too_short_to_tell_has_no_language():
    assert identify_language("OK 12 34") is None


FRENCH = (
    "Le gouvernement a annoncé mardi un nouveau calendrier pour les élections municipales, "
    "après plusieurs semaines de débats au Parlement."
)
ENGLISH = (
    "The government announced a new timetable for the local elections on Tuesday, "
    "after weeks of debate."
)


def language_of(text: str, *, html_attrs: str = "", head: str = "") -> str | None:
    html = (
        f"<html{html_attrs}><head>{head}<title>Elections</title></head><body><article>"
        f"<h1>Elections</h1><p>{text}</p></article></body></html>"
    )
    return parse_page(html.encode(), fetched_at=FETCHED).article.language


def test_a_page_that_declares_no_language_gets_the_language_of_its_text():
    assert language_of(FRENCH) == "fr"


def test_a_declared_language_is_kept_whatever_the_text():
    assert language_of(FRENCH, html_attrs=' lang="en"') == "en"


def test_a_charset_declared_as_the_language_is_no_language():
    head = '<meta http-equiv="content-language" content="utf-8">'
    assert language_of(ENGLISH, head=head) == "en"


def test_chinese_in_traditional_script_is_named_chinese():
    text = "臺灣電視公司今日宣布，明年起將擴大新聞節目的製作規模，並增加地方新聞的報導時段。"
    assert identify_language(text) == "zh"
