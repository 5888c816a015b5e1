"""Old-web entry pages (issue #13): a clan site's or guest-book script's entries, one table
each, read as comments; teaser lists of the same shape are not."""

from __future__ import annotations

from tests.support.comment_pages import comments_on_a_bare_page

_WORDS = [
    "Great shot, the light on the hills is just right.",
    "Where was this taken? Looks like the old quarry.",
    "Next time bring me along, I want to see that place.",
    "The colours are a bit off but the idea is nice.",
]


def _entry(link: str, href: str, day: int, words: str) -> str:
    return f"""<table width="400"><tr><td><table><tr>
    <td align="left"><span class="f8"><a href="{href}"><b>{link}</b></a> (M)</span></td>
    <td align="right"><span class="f8"><b>{day:02d}.02.2009</b> at <b>12:{day:02d}</b></span></td>
    </tr></table></td></tr>
    <tr><td><table><tr><td><span class="f10">{words}</span></td></tr></table></td></tr></table><br>"""


def test_a_profile_link_beside_the_date_is_a_byline_though_its_name_has_no_space():
    names = ["#clan.tag|Soulblade", "#clan.tag|StrangeRider", "#clan.tag|Scratcher", "Uncle Enzo"]
    entries = "".join(
        _entry(name, f"./member_details.{n}.html", n + 1, words)
        for n, (name, words) in enumerate(zip(names, _WORDS, strict=True))
    )
    markup = f"<div><h1>Picture of the month</h1><p>Comments</p>{entries}</div>"
    assert [c.author for c in comments_on_a_bare_page(markup)] == names


def test_a_files_link_beside_the_date_is_no_byline():
    files = [f"163854379854{n}.gif" for n in range(4)]
    entries = "".join(
        _entry(name, f"/src/{name}", n + 1, words)
        for n, (name, words) in enumerate(zip(files, _WORDS, strict=True))
    )
    markup = f"<div><h1>Board</h1>{entries}</div>"
    assert comments_on_a_bare_page(markup) == []


def test_a_link_to_another_site_beside_the_date_is_no_byline():
    titles = [
        "市议会就新桥建设方案进行投票表决",
        "河边公路因洪水再次封闭一周以上时间",
        "学校义卖活动为修缮屋顶筹集大量资金",
        "市场大厅将从下个月起每个周日也开放",
    ]
    entries = "".join(
        _entry(title, f"https://news.example.com/{n}.html", n + 1, words)
        for n, (title, words) in enumerate(zip(titles, _WORDS, strict=True))
    )
    markup = f"<div><h1>Latest</h1>{entries}</div>"
    assert comments_on_a_bare_page(markup) == []


def test_headline_links_of_several_words_beside_dates_stay_a_teaser_list():
    titles = [
        "Council votes on the new bridge",
        "Floods close the river road again",
        "School fete raises money for the roof",
        "Market hall to open on Sundays",
    ]
    entries = "".join(
        _entry(title, f"./story.{n}.html", n + 1, words)
        for n, (title, words) in enumerate(zip(titles, _WORDS, strict=True))
    )
    markup = f"<div><h1>Latest</h1>{entries}</div>"
    assert comments_on_a_bare_page(markup) == []


def _rows_entry(rows: list[tuple[str, str]], foot: str) -> str:
    cells = "".join(
        f"<tr><td align=right><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows
    )
    return f"""<table border=0>{cells}<tr><td></td><td><font size=2>{foot}</font></td></tr>
    </table><br><hr size=2 width=80%><br>"""


_INTRO = """<table width="80%"><tr><td>Guest Book</td></tr><tr><td><p>Dear visitor, please
write to the webmaster to sign the book.</p></td></tr></table><hr>"""


def test_tables_of_labelled_rows_are_entries_whose_labels_name_the_fields():
    signers = [("Ada Byron", "London"), ("win myint", ""), ("Bob Small", "Springfield, IL")]
    entries = "".join(
        _rows_entry(
            [("Name:", name), ("Where are<br>you from:", place), ("Comments:", words)],
            f"0{day}-Dec-2006 04:3{day}",
        )
        for day, ((name, place), words) in enumerate(zip(signers, _WORDS, strict=False), 1)
    )
    found = comments_on_a_bare_page(f"<body>{_INTRO}{entries}</body>")
    assert [(c.author, c.text, c.posted_text) for c in found] == [
        ("Ada Byron", _WORDS[0], "01-Dec-2006 04:31"),
        ("win myint", _WORDS[1], "02-Dec-2006 04:32"),
        ("Bob Small", _WORDS[2], "03-Dec-2006 04:33"),
    ]


def test_undated_tables_of_labelled_rows_are_a_directory_not_entries():
    members = [("Ada Byron", "12 High Street, London"), ("Bob Small", "3 Elm Road, Leeds")]
    entries = "".join(
        _rows_entry([("Name:", name), ("Address:", place), ("Notes:", _WORDS[0])], "member")
        for name, place in [*members, ("Cy Young", "9 Mill Lane, York")]
    )
    assert comments_on_a_bare_page(f"<body>{_INTRO}{entries}</body>") == []


def test_dated_tables_of_labelled_rows_with_a_rating_are_reviews_not_entries():
    entries = "".join(
        _rows_entry([("Name:", name), ("Rating:", "4/5"), ("Review:", words)], "01-Dec-2006")
        for name, words in zip(["Ada Byron", "Bob Small", "Cy Young"], _WORDS, strict=False)
    )
    assert comments_on_a_bare_page(f"<body>{_INTRO}{entries}</body>") == []


def test_one_writers_dated_tables_of_labelled_rows_are_no_entries():
    entries = "".join(
        _rows_entry([("By:", "Webmaster"), ("Change:", words)], f"0{day}-Dec-2006")
        for day, words in enumerate(_WORDS, 1)
    )
    assert comments_on_a_bare_page(f"<body>{_INTRO}{entries}</body>") == []


def _book_entry(name: str, day: int, words: str, *, site: bool) -> str:
    links = '[ <a href="https://shop.example.com/">Homepage</a> ]' if site else ""
    return f"""<table width="450"><tr><td><table class="top"><tr><td><span class="f8">&nbsp;</span></td>
    <td><span class="info">Entry by <b>{name}</b> written on {day:02d}.04.2012 at 05:{day:02d}</span></td>
    <td><span class="info">{links} [ <a href="mailto:x@example.org">E-Mail</a> ]</span></td>
    </tr></table></td></tr>
    <tr><td><table><tr><td class="body"><span class="f10">{words}</span></td></tr></table></td></tr>
    </table><br>"""


def test_a_byline_names_the_writer_its_element_marks_and_contact_buttons_name_no_one():
    names = ["ghrty", "Jordan Retro 8", "Authentic Jordans for Sale", "eryer", "Ada Byron"]
    words = [*_WORDS, "Thanks for the pictures of the last match."]
    entries = "".join(
        _book_entry(name, day, text, site=day != 1)
        for day, (name, text) in enumerate(zip(names, words, strict=True), 1)
    )
    markup = f"<div><h1>Guest book</h1><p>166 visitors signed</p>{entries}</div>"
    found = comments_on_a_bare_page(markup)
    assert [(c.author, c.posted_text) for c in found] == [
        (name, f"{day:02d}.04.2012 at 05:{day:02d}") for day, name in enumerate(names, 1)
    ]
