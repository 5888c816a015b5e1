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


def test_a_declared_language_is_kept_against_a_short_text():
    assert language_of(FRENCH, html_attrs=' lang="en"') == "en"


GERMAN_NEWS = (
    "Am kommenden Samstag lädt der Verein alle Mitglieder zur Jahreshauptversammlung in das "
    "Gemeindehaus ein. Auf der Tagesordnung stehen der Bericht des Vorstands, die Wahl der "
    "Kassenprüfer und die Planung des Sommerfestes, das im Juli wieder auf dem Dorfplatz "
    "stattfinden soll. Wir bitten um zahlreiches und pünktliches Erscheinen."
)


def test_a_declared_language_the_whole_text_contradicts_gives_way_to_the_text():
    assert language_of(GERMAN_NEWS, html_attrs=' lang="en"') == "de"


SWAHILI_NEWS = (
    "Serikali imetangaza mpango mpya wa kuboresha huduma za afya katika vijiji vyote vya mkoa "
    "huo. Waziri wa Afya amesema kwamba zahanati mpya zitajengwa mwaka ujao na wauguzi zaidi "
    "wataajiriwa ili kupunguza msongamano katika hospitali za wilaya. Wananchi wameupokea "
    "mpango huo kwa furaha na kuomba utekelezaji wa haraka."
)


def test_a_text_declared_english_that_holds_no_english_words_gives_way_to_the_text():
    assert language_of(SWAHILI_NEWS, html_attrs=' lang="en"') == "sw"


def test_a_text_declared_english_that_reads_as_english_keeps_it():
    assert language_of(ENGLISH * 3, html_attrs=' lang="en-GB"') == "en-GB"


def test_a_declared_regional_tag_of_the_texts_language_is_kept():
    assert language_of(GERMAN_NEWS, html_attrs=' lang="de-AT"') == "de-AT"


def test_norwegian_bokmal_declared_is_kept_where_the_model_says_norwegian():
    text = (
        "Regjeringen la tirsdag fram et nytt forslag til statsbudsjett for neste år. Forslaget "
        "inneholder flere penger til sykehusene og til kommunene, men også kutt i støtten til "
        "kultur og idrett. Opposisjonen mener at budsjettet ikke gjør nok for familier med "
        "lave inntekter, og varsler at de vil foreslå endringer i Stortinget."
    )
    assert language_of(text, html_attrs=' lang="nb-NO"') == "nb-NO"


def test_a_charset_declared_as_the_language_is_no_language():
    head = '<meta http-equiv="content-language" content="utf-8">'
    assert language_of(ENGLISH, head=head) == "en"


def test_chinese_in_traditional_script_is_named_chinese():
    text = "臺灣電視公司今日宣布，明年起將擴大新聞節目的製作規模，並增加地方新聞的報導時段。"
    assert identify_language(text) == "zh"
