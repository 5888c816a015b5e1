"""Answers a count line counts in Hebrew with ads between them, and the comments an item's
schema.org `comment` property marks under each answer."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _answer(name: str, text: str) -> str:
    return (
        f"<div class='pa'><div class='tw'><div class='tx'>{text}</div></div>"
        f"<div class='n'><div class='ip'><div class='name'>"
        f"<a class='pl' href='/profile.asp?id=7'>{name}</a></div></div></div></div>"
    )


def test_answers_a_hebrew_count_line_counts_are_comments_with_ads_between_them():
    ad = "<div class='pa ad'><ins class='x'></ins><p>Advertisement 300x250</p></div>"
    markup = (
        "<div class='art'><div class='at'>3 תשובות</div>"
        + _answer("Ada", "זו תשובה ראשונה וארוכה למדי")
        + ad
        + _answer("Bo", "וזו התשובה השנייה לשאלה")
        + _answer("Cy", "ושלישית, קצרה יותר מעט")
        + ad
        + "<div class='btns'><a href='/ask'>שאל שאלה</a></div></div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Ada", "זו תשובה ראשונה וארוכה למדי"),
        ("Bo", "וזו התשובה השנייה לשאלה"),
        ("Cy", "ושלישית, קצרה יותר מעט"),
    ]


def _remark(name: str, text: str, when: str) -> str:
    return (
        f"<div itemprop='comment' class='pk'><p class='ct'><span class='tx'>{text}</span> – "
        f"<span itemprop='author'><a itemprop='name' href='/users/{name}'>{name}</a></span> "
        f"<span itemprop='dateCreated'>{when}</span></p></div>"
    )


def test_blocks_an_answer_marks_as_its_comment_property_are_replies_to_it():
    answers = "".join(
        f"<div itemscope itemtype='http://schema.org/Answer' class='ab'>"
        f"<div itemprop='text'>Answer {n}: use a pending intent with a unique action.</div>"
        f"<span itemprop='author'>Writer{n}</span> <span>2014-04-1{n} 07:53:01</span>"
        f"<div class='cs'>{_remark(f'Reader{n}', f'Thanks, answer {n} worked.', '2014-04-15')}"
        "</div></div>"
        for n in (1, 2, 3)
    )
    found = comments_of(f"<div class='al'>{answers}</div>")
    assert [(c.author, c.parent) for c in found] == [
        ("Writer1", None),
        ("Reader1", 0),
        ("Writer2", None),
        ("Reader2", 2),
        ("Writer3", None),
        ("Reader3", 4),
    ]
    assert found[3].text.startswith("Thanks, answer 2 worked.")
