import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from flows.times import (
    _UNITS,
    MONTHS,
    TZ_OFFSETS,
    _prefix_tree,
    find_datetime,
    looks_like_relative_time,
    parse_datetime,
    resolve_relative,
    short_year_date,
    shows_short_year,
    year_first_date,
)

NOW = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09-13T13:45:00+01:00", datetime(2023, 9, 13, 12, 45, tzinfo=UTC)),
        ("2024-11-02T07:30:00Z", datetime(2024, 11, 2, 7, 30, tzinfo=UTC)),
        ("2024-11-02", datetime(2024, 11, 2, tzinfo=UTC)),
        ("Wed, 13 Sep 2023 12:45:00 GMT", datetime(2023, 9, 13, 12, 45, tzinfo=UTC)),
        ("27 November 2026, 10:15 WAT", datetime(2026, 11, 27, 9, 15, tzinfo=UTC)),
        ("Nov. 27, 2026 3:04 p.m. ET", datetime(2026, 11, 27, 20, 4, tzinfo=UTC)),
        ("November 27, 2026", datetime(2026, 11, 27, tzinfo=UTC)),
        ("23. Juni 2016 um 17:21 Uhr", datetime(2016, 6, 23, 17, 21, tzinfo=UTC)),
        ("13/09/2023", datetime(2023, 9, 13, tzinfo=UTC)),
        ("03-05-2024", datetime(2024, 5, 3, tzinfo=UTC)),
        ("04-09-2005, 06:46 PM", datetime(2005, 4, 9, 18, 46, tzinfo=UTC)),
        ("9/21/2016", datetime(2016, 9, 21, tzinfo=UTC)),
        ("2019年4月2日 14:05", datetime(2019, 4, 2, 14, 5, tzinfo=UTC)),
        ("最終更新日：2019年04月02日", datetime(2019, 4, 2, tzinfo=UTC)),
        ("2019년 4월 2일", datetime(2019, 4, 2, tzinfo=UTC)),
        ("Παρασκευή 30 Δεκέμβρη 2011", datetime(2011, 12, 30, tzinfo=UTC)),
        ("Monday , January 16 , 2012", datetime(2012, 1, 16, tzinfo=UTC)),
        ("16 January , 2012", datetime(2012, 1, 16, tzinfo=UTC)),
    ],
)
def test_parse_datetime_reads_absolute_formats_as_utc(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 Agustus 2023", datetime(2023, 8, 17, tzinfo=UTC)),  # Indonesian
        ("12 Disember 2023", datetime(2023, 12, 12, tzinfo=UTC)),  # Malay
        ("3. marec 2024", datetime(2024, 3, 3, tzinfo=UTC)),  # Slovenian, Slovak
        ("3. junija 2024", datetime(2024, 6, 3, tzinfo=UTC)),  # Slovenian
        ("3. marta 2024", datetime(2024, 3, 3, tzinfo=UTC)),  # Serbian, Bosnian
        ("3. ožujka 2024", datetime(2024, 3, 3, tzinfo=UTC)),  # Croatian
        ("3 de març de 2024", datetime(2024, 3, 3, tzinfo=UTC)),  # Catalan
        ("3. märts 2024", datetime(2024, 3, 3, tzinfo=UTC)),  # Estonian
        ("3 септември 2024 г.", datetime(2024, 9, 3, tzinfo=UTC)),  # Bulgarian
        ("Ноябрь 13, 2017, 08:47:35 pm", datetime(2017, 11, 13, 20, 47, 35, tzinfo=UTC)),  # Russian
    ],
)
def test_month_names_of_more_languages_are_read(text, expected):
    assert parse_datetime(text) == expected


def test_a_month_name_two_languages_share_keeps_its_first_meaning():
    assert MONTHS["listopada"] == 11  # Polish November, though Croatian October


@pytest.mark.parametrize(
    "text",
    ["", "random words", "2024-13-45", "2019-13-01", "13/13/2020", "31 February 2024", "x" * 500],
)
def test_parse_datetime_returns_none_for_impossible_or_unreadable(text):
    assert parse_datetime(text, now=NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("35 mins ago", datetime(2024, 11, 3, 9, 45, tzinfo=UTC)),
        ("6 hours ago", datetime(2024, 11, 3, 4, 20, tzinfo=UTC)),
        ("an hour ago", datetime(2024, 11, 3, 9, 20, tzinfo=UTC)),
        ("3 days ago", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("2 weeks ago", datetime(2024, 10, 20, 10, 20, tzinfo=UTC)),
        ("yesterday", datetime(2024, 11, 2, 10, 20, tzinfo=UTC)),
        ("Yesterday at 9:15 pm", datetime(2024, 11, 2, 21, 15, tzinfo=UTC)),
    ],
)
def test_relative_times_resolve_against_fetch_time(text, expected):
    assert resolve_relative(text, NOW) == expected
    assert parse_datetime(text, now=NOW) == expected


@pytest.mark.parametrize(
    "text", ["Yesterday at 25:70", "today 13:05 pm", "99999999999 years ago", "Yesterday 9:99"]
)
def test_relative_times_out_of_range_give_no_moment_rather_than_an_error(text):
    assert resolve_relative(text, NOW) is None
    assert parse_datetime(text, now=NOW) is None


def test_relative_times_need_a_reference_time():
    assert parse_datetime("35 mins ago") is None
    assert looks_like_relative_time("35 mins ago")
    assert not looks_like_relative_time("35 minutes of fame")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 mars 2024 à 14h30", datetime(2024, 3, 3, 14, 30, tzinfo=UTC)),
        ("3 de marzo de 2024 a las 14:30", datetime(2024, 3, 3, 14, 30, tzinfo=UTC)),
        ("3 de março de 2024 às 14:30", datetime(2024, 3, 3, 14, 30, tzinfo=UTC)),
        ("3 maart 2024 om 14:05", datetime(2024, 3, 3, 14, 5, tzinfo=UTC)),
        ("May 3, 2024 @ 10:15 am", datetime(2024, 5, 3, 10, 15, tzinfo=UTC)),
        ("Samstag, 2. November 2024 - 14:05", datetime(2024, 11, 2, 14, 5, tzinfo=UTC)),
        ("20 augusti, 2017 at 15:34", datetime(2017, 8, 20, 15, 34, tzinfo=UTC)),
        ("5. januára 2018 o 23:18", datetime(2018, 1, 5, 23, 18, tzinfo=UTC)),
        ("12. března 2024", datetime(2024, 3, 12, tzinfo=UTC)),
        ("3 октября 2023, 09:15", datetime(2023, 10, 3, 9, 15, tzinfo=UTC)),
        ("14. syyskuuta 2022", datetime(2022, 9, 14, tzinfo=UTC)),
        ("Παρασκευή, 30 Δεκ 2011 11:36", datetime(2011, 12, 30, 11, 36, tzinfo=UTC)),
        ("14 ΙΑΝΟΥΑΡΙΟΥ 2012", datetime(2012, 1, 14, tzinfo=UTC)),
        ("5 січня 2012", datetime(2012, 1, 5, tzinfo=UTC)),
    ],
)
def test_dates_are_read_in_several_languages(text, expected):
    assert parse_datetime(text) == expected


def test_a_number_of_more_than_two_digits_after_a_date_is_no_hour():
    assert parse_datetime("11:52, 6 января 2012 2664") == datetime(2012, 1, 6, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vor 3 Stunden", datetime(2024, 11, 3, 7, 20, tzinfo=UTC)),
        ("il y a 2 jours", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
        ("hace un día", datetime(2024, 11, 2, 10, 20, tzinfo=UTC)),
        ("há 2 dias", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
        ("3 uur geleden", datetime(2024, 11, 3, 7, 20, tzinfo=UTC)),
        ("2 giorni fa", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
        ("gestern um 9:15", datetime(2024, 11, 2, 9, 15, tzinfo=UTC)),
        ("hier à 14h30", datetime(2024, 11, 2, 14, 30, tzinfo=UTC)),
        ("Heute, 14:05", datetime(2024, 11, 3, 14, 5, tzinfo=UTC)),
        ("10 часов назад", datetime(2024, 11, 3, 0, 20, tzinfo=UTC)),
        ("2 дня назад", datetime(2024, 11, 1, 10, 20, tzinfo=UTC)),
        ("3 godziny temu", datetime(2024, 11, 3, 7, 20, tzinfo=UTC)),
        ("день назад", datetime(2024, 11, 2, 10, 20, tzinfo=UTC)),
        ("вчера в 12:30", datetime(2024, 11, 2, 12, 30, tzinfo=UTC)),
        ("Сегодня, 14:05", datetime(2024, 11, 3, 14, 5, tzinfo=UTC)),
        ("Только что", datetime(2024, 11, 3, 10, 20, tzinfo=UTC)),
        ("wczoraj", datetime(2024, 11, 2, 10, 20, tzinfo=UTC)),
        ("5 小时 7 分钟前", datetime(2024, 11, 3, 5, 20, tzinfo=UTC)),
        ("3日前", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("2시간 전", datetime(2024, 11, 3, 8, 20, tzinfo=UTC)),
        ("godzinę temu", datetime(2024, 11, 3, 9, 20, tzinfo=UTC)),
    ],
)
def test_relative_times_in_several_languages_resolve_against_fetch_time(text, expected):
    assert parse_datetime(text, now=NOW) == expected


def test_the_german_word_hier_is_not_yesterday():
    assert parse_datetime("Hier ist der Link", now=NOW) is None


def test_find_datetime_gives_the_span_of_the_first_date_in_a_line():
    from flows.times import find_datetime

    line = "Ada | Saturday, 2 November 2024 - 14:05 | Reply"
    start, end, moment = find_datetime(line, NOW)
    assert line[start:end] == "2 November 2024 - 14:05"
    assert moment == datetime(2024, 11, 2, 14, 5, tzinfo=UTC)
    assert find_datetime("I know it now", NOW) is None


def test_a_two_digit_year_is_read_beside_a_clock_time_only() -> None:
    now = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
    assert find_datetime("09:02 PM 10/28/10", now) == (
        0,
        17,
        datetime(2010, 10, 28, 21, 2, tzinfo=UTC),
    )
    found = find_datetime("respondida 12/02/19 às 6:33", now)
    assert found is not None and found[2] == datetime(2019, 2, 12, 6, 33, tzinfo=UTC)
    found = find_datetime("3.5.99 12:00", now)
    assert found is not None and found[2].year == 1999
    assert find_datetime("version 1.2.10", now) is None
    assert find_datetime("Posted 10/28/10", now) is None


def test_arabic_month_names_are_read() -> None:
    now = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
    found = find_datetime("22:51، 21 أبريل 2020 (ت ع م)", now)
    assert found is not None and found[2] == datetime(2020, 4, 21, tzinfo=UTC)
    found = find_datetime("3 تشرين الأول 2019", now)
    assert found is not None and found[2] == datetime(2019, 10, 3, tzinfo=UTC)


def test_a_month_s_name_between_dashes_is_a_date_with_any_year() -> None:
    now = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
    found = find_datetime("11-Ноя-16 19:34", now)
    assert found is not None and found[2] == datetime(2016, 11, 11, 19, 34, tzinfo=UTC)
    found = find_datetime("posted 3-Mar-2009", now)
    assert found is not None and found[2] == datetime(2009, 3, 3, tzinfo=UTC)
    assert parse_datetime("11-Nov-16") is None  # no `now`, no century for "16"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mon Aug 03 12:45:00 EDT 2015", datetime(2015, 8, 3, 16, 45, tzinfo=UTC)),
        ("Tue Aug  4 09:00:00 2015", datetime(2015, 8, 4, 9, 0, tzinfo=UTC)),
        ("Wed Aug 05 14:51:16 +0200 2015", datetime(2015, 8, 5, 12, 51, 16, tzinfo=UTC)),
    ],
)
def test_a_machine_time_with_the_clock_before_the_year_is_read(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize("words", [MONTHS, _UNITS, TZ_OFFSETS], ids=["months", "units", "zones"])
def test_word_trees_match_as_the_longest_first_list_of_the_words_does(words):
    """Month names, time units and zones are alternations in a tree of shared beginnings, for
    speed; at any place the tree picks the word the plain list, longest words first, picks
    ("Juni" not "Jun", "minutes" not "min")."""
    listed = re.compile(
        r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")", re.IGNORECASE
    )
    tree = re.compile(r"\b(?:" + _prefix_tree(list(words)) + r")", re.IGNORECASE)
    for word in words:
        for text in (word, word.upper(), word.title(), f"{word}x", f"3 {word}. 2024"):
            expected = listed.search(text)
            found = tree.search(text)
            assert (found and found.span()) == (expected and expected.span()), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 gün önce", datetime(2024, 10, 31, 10, 20, tzinfo=UTC)),
        ("2 saat önce", datetime(2024, 11, 3, 8, 20, tzinfo=UTC)),
        ("bir yıl önce", datetime(2023, 11, 4, 10, 20, tzinfo=UTC)),
    ],
)
def test_turkish_relative_times_resolve_against_fetch_time(text, expected):
    assert parse_datetime(text, now=NOW) == expected


def test_a_dotted_two_digit_year_before_a_russian_at_and_a_clock_is_a_date():
    from flows.times import find_datetime

    line = "22.04.18 в 23:19"
    assert find_datetime(line, NOW) == (0, len(line), datetime(2018, 4, 22, 23, 19, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("answered Sep 16 at 11:28", "Sep 16 at 11:28"),
        ("on Sunday December 02, @02:32PM (#21553515)", "December 02, @02:32PM"),
        ("01/12 21:52", "01/12 21:52"),
        ("10.2. 19:34", "10.2. 19:34"),
        ("吉林网友5月19日", "5月19日"),
        ("version 1/12", None),
        ("version 1.2.3 19:34", None),
        ("10.2.2015 19:34", None),
    ],
)
def test_a_day_and_month_without_the_year_is_found_where_it_stands(text, date):
    from flows.times import find_yearless_date

    span = find_yearless_date(text)
    assert (text[span[0] : span[1]] if span else None) == date


def test_a_compact_age_is_so_long_before_now_and_a_month_and_year_is_a_date():
    from flows.times import compact_age, shows_month_and_year

    now = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
    assert compact_age("16h", now) == datetime(2024, 11, 2, 18, 20, tzinfo=UTC)
    assert compact_age("16 hours of rain", now) is None
    assert shows_month_and_year("Март 2018") and shows_month_and_year("March 2018")
    assert not shows_month_and_year("Marching band 2018")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 дек 11 13:07", datetime(2011, 12, 25, 13, 7, tzinfo=UTC)),
        ("Ноя 27th 11 17:46", datetime(2011, 11, 27, 17, 46, tzinfo=UTC)),
        ("17/01/12 at 03:13pm", datetime(2012, 1, 17, 15, 13, tzinfo=UTC)),
        ("28.10.98, 21:02", datetime(1998, 10, 28, 21, 2, tzinfo=UTC)),
    ],
)
def test_a_two_digit_year_before_a_clock_takes_the_century_of_the_fetch(text, expected):
    assert shows_short_year(text)
    assert short_year_date(text, datetime(2026, 1, 1, tzinfo=UTC)) == expected


@pytest.mark.parametrize("text", ["Version 1.2.10", "3 March 12:30", "Room 12 at 10:30"])
def test_no_two_digit_year_date_without_a_year_before_the_clock(text):
    assert short_year_date(text, datetime(2026, 1, 1, tzinfo=UTC)) is None


def test_a_chinese_or_korean_today_or_yesterday_before_a_clock_is_that_days_time():
    assert resolve_relative("今天20:58", NOW) == datetime(2024, 11, 3, 20, 58, tzinfo=UTC)
    assert resolve_relative("昨天 08:05", NOW) == datetime(2024, 11, 2, 8, 5, tzinfo=UTC)
    assert find_datetime("오늘 14:05", NOW) == (
        0,
        8,
        datetime(2024, 11, 3, 14, 5, tzinfo=UTC),
    )


def test_a_chinese_word_for_today_without_a_clock_is_no_date_in_a_line():
    assert find_datetime("今日头条新闻", NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Submitted by Ada on 2012, January 17 - 12:54", datetime(2012, 1, 17, 12, 54, tzinfo=UTC)),
        ("2012. január 17., 12:54", datetime(2012, 1, 17, 12, 54, tzinfo=UTC)),
        ("2012. jan. 17.", datetime(2012, 1, 17, tzinfo=UTC)),
        ("2012, Month 17", None),
    ],
)
def test_a_year_written_before_the_month_s_name_is_read_on_a_date_line(text, expected):
    assert year_first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("( Ada | 2009. március 3., kedd - 10:15 )", datetime(2009, 3, 3, 10, 15, tzinfo=UTC)),
        ("Bob, 2020. máj. 12. 14:05", datetime(2020, 5, 12, 14, 5, tzinfo=UTC)),
        ("Submitted by Ada on 2012, January 17 - 12:54", None),
    ],
)
def test_the_dotted_year_first_form_is_read_in_any_line_and_the_comma_form_is_not(text, expected):
    found = find_datetime(text, NOW)
    assert (found[2] if found else None) == expected


def test_find_datetime_reads_a_remembered_line_in_the_zone_of_each_now():
    line = "Ada | 3 May 2024, 10:15"
    instant = datetime(2024, 6, 1, 12, tzinfo=UTC)
    named = timezone(timedelta(hours=2), "CEST")
    for zone in (UTC, timezone(timedelta(hours=2)), named, UTC, named):
        found = find_datetime(line, instant.astimezone(zone))
        assert found is not None
        assert found[2].tzinfo == zone and found[2].tzname() == zone.tzname(None)
        assert found[2].isoformat() == datetime(2024, 5, 3, 10, 15, tzinfo=zone).isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08 / 11 / 2015", datetime(2015, 11, 8, tzinfo=UTC)),
        ("Escrito el 01 / 04 /2013", datetime(2013, 4, 1, tzinfo=UTC)),
        ("08 . 11 . 2015", datetime(2015, 11, 8, tzinfo=UTC)),
        ("12 / 25 / 2015, 3:00 PM", datetime(2015, 12, 25, 15, tzinfo=UTC)),
    ],
)
def test_a_hand_typed_date_with_spaces_around_its_separators_is_read(text, expected):
    found = find_datetime(text, NOW)
    assert found is not None and found[2] == expected


@pytest.mark.parametrize(
    "text", ["Score 3 / 4", "Page 1 / 23", "Seite 1 / 2 / 2015 / 3", "2 / 1 / 12 / 2015"]
)
def test_a_fraction_a_score_or_a_page_count_with_spaced_slashes_is_no_date(text):
    assert find_datetime(text, NOW) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("投稿日：2018/09/03(Mon) 15:22:19", datetime(2018, 9, 3, 15, 22, 19, tzinfo=UTC)),
        ("2021/12/03(五) 14:22:16.015", datetime(2021, 12, 3, 14, 22, 16, tzinfo=UTC)),
        ("am 03.05.2024 (Mo) 10:15", datetime(2024, 5, 3, 10, 15, tzinfo=UTC)),
    ],
)
def test_a_clock_after_a_bracketed_weekday_is_the_date_s(text, expected):
    found = find_datetime(text, NOW)
    assert found is not None and found[2] == expected


def test_a_bracketed_word_without_a_clock_after_it_is_left_to_the_words():
    text = "2018/09/03 (Mon) first post"
    assert find_datetime(text, NOW) == (0, 10, datetime(2018, 9, 3, tzinfo=UTC))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thu, 09/01/2011 - 14:05", datetime(2011, 9, 1, 14, 5, tzinfo=UTC)),
        ("Thursday 03/04/2021", datetime(2021, 3, 4, tzinfo=UTC)),
        ("Sun, 09/01/2011", datetime(2011, 1, 9, tzinfo=UTC)),
        ("09/01/2011", datetime(2011, 1, 9, tzinfo=UTC)),
        ("Fri, 09/01/2011", datetime(2011, 1, 9, tzinfo=UTC)),
    ],
)
def test_a_date_that_reads_both_ways_is_month_first_only_where_its_weekday_says_so(text, expected):
    found = find_datetime(text, NOW)
    assert found is not None and found[2] == expected


def test_a_long_number_before_an_asian_ago_is_read_in_one_pass():
    """Its unit was looked for from each digit: 100,000 digits took half an hour."""
    found = find_datetime("1" * 100_000 + " 3 小时前", NOW)
    assert found is not None
    assert found[2] == NOW - timedelta(hours=3)
    assert find_datetime("1" * 100_000 + "前", NOW) is None


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2017 6:04 pm estimated by the clerk",
        "le 3 mars 2017 à 18h04 etc.",
        "Cet article a été publié le 3 mars 2017 à 18:04 et est classé dans Nouvelles",
    ],
)
def test_a_word_after_the_clock_is_no_zone_unless_it_is_one_whole(text):
    found = find_datetime(text, datetime(2026, 1, 1, tzinfo=UTC))
    assert found is not None
    assert found[2] == datetime(2017, 3, 3, 18, 4, tzinfo=UTC)


def test_a_two_letter_zone_in_capitals_is_still_read():
    found = find_datetime("Nov. 27, 2017 3:04 p.m. ET", datetime(2026, 1, 1, tzinfo=UTC))
    assert found is not None
    assert found[2] == datetime(2017, 11, 27, 20, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["October 31, 2007, 3 comments", "31.10.2007, 3 Kommentare", "2007-10-31 12 replies"],
)
def test_a_count_after_a_date_is_no_hour(text):
    found = find_datetime(text, datetime(2026, 1, 1, tzinfo=UTC))
    assert found is not None
    assert (found[2].hour, found[2].minute) == (0, 0)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("Ср, 2007-10-31, 20:59", 20, 59),
        ("October 31, 2007 at 3 pm", 15, 0),
        ("31. Oktober 2007, 15 Uhr", 15, 0),
        ("31 octobre 2007 à 15h", 15, 0),
    ],
)
def test_an_hour_after_a_date_is_read_with_its_minutes_or_its_mark(text, hour, minute):
    found = find_datetime(text, datetime(2026, 1, 1, tzinfo=UTC))
    assert found is not None
    assert (found[2].day, found[2].hour, found[2].minute) == (31, hour, minute)
