"""A list of items named as comments whose class words rank the wrong element first (a
styling class on the name's line, a wrapper around a notice, a hidden placeholder name): the
template the items share places the text and the name where the words change from item to
item."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _styled(number: int, name: str, age: str, text: str) -> str:
    return f"""<div class="ui-stack x1" role="group" id="comment_{number}">
      <img src="a.png" alt="">
      <div class="ui-stack x2">
        <div class="ui-stack x3"><p class="ui-text x4">{name}</p>
          <div><span class="ui-text x5">{age}</span></div>
          <button type="button">Options</button></div>
        <div><div class="viewer"><div class="editor"><p>{text}</p></div></div></div>
        <div class="ui-stack x6"><button type="button">Reply</button></div>
      </div></div>"""


def test_a_styling_class_on_the_name_and_the_age_does_not_make_the_name_the_text():
    markup = "".join(
        [
            _styled(11, "Ada Lane", "2 years", "Lovely shot, which lens was it?"),
            _styled(12, "Bo Peep", "3 years", "The colours at the end are great."),
            _styled(13, "Cy Marsh", "6 years", "Watched it twice in a row."),
        ]
    )
    assert rows(comments_of(markup)) == [
        ("Ada Lane", "Lovely shot, which lens was it?", None),
        ("Bo Peep", "The colours at the end are great.", None),
        ("Cy Marsh", "Watched it twice in a row.", None),
    ]


def _wrapped(name: str, date: str, text: str) -> str:
    return f"""<div class="cm-single-comment">
      <div class="cm-comment-content">
        <h4 class="cm-username cm-username-withheld"><span>Name withheld</span></h4>
        <h4 class="cm-username cm-username-shown"><a href="/profile/?u={name}">{name}</a></h4>
        <p class="cm-timestamp">wrote on {date}</p>
        <p class="cm-ignored"><em>This comment is hidden because you ignore {name}.</em></p>
        <p class="cm-words">{text}</p>
      </div></div>"""


def test_a_content_wrapper_around_a_notice_and_a_placeholder_name_yields_to_the_template():
    markup = (
        "<div id='comments'>"
        + "".join(
            [
                _wrapped(
                    "tmt220",
                    "October 28, 2010 @ 3:29 PM",
                    "We met at a bar one random night, and it ended happily ever after.",
                ),
                _wrapped(
                    "Besito86",
                    "October 28, 2010 @ 3:40 PM",
                    "Same here: he was celebrating his birthday and I just walked up to him.",
                ),
                _wrapped(
                    "Tudor",
                    "October 28, 2010 @ 4:02 PM",
                    "Cute story, but was there no more flattering picture of her out there?",
                ),
            ]
        )
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("tmt220", "We met at a bar one random night, and it ended happily ever after.", None),
        (
            "Besito86",
            "Same here: he was celebrating his birthday and I just walked up to him.",
            None,
        ),
        ("Tudor", "Cute story, but was there no more flattering picture of her out there?", None),
    ]


def _plain(name: str, date: str, text: str) -> str:
    return f"""<li class="comment"><div class="comment-body">
      <div class="comment-meta"><span class="comment-author">{name}</span>
        <time datetime="{date}">{date}</time></div>
      <div class="comment-content"><p>{text}</p><p>Second line of {name}.</p></div>
    </div></li>"""


def test_items_whose_named_parts_agree_with_the_template_read_as_named():
    markup = (
        "<ol class='comment-list'>"
        + "".join(
            [
                _plain("Ada", "2024-05-03", "First words here."),
                _plain("Bo", "2024-05-04", "Other words there."),
                _plain("Cy", "2024-05-05", "More words again."),
            ]
        )
        + "</ol>"
    )
    assert rows(comments_of(markup)) == [
        ("Ada", "First words here.\nSecond line of Ada.", None),
        ("Bo", "Other words there.\nSecond line of Bo.", None),
        ("Cy", "More words again.\nSecond line of Cy.", None),
    ]


def _headed(number: int, name: str, note: str, when: str, text: str) -> str:
    return f"""<div class="item comment-item" data-cid="5165{number}">
      <div class="author-avatar"><a href="/people/{number}7/"><img src="a.png" alt=""></a></div>
      <div class="meta-header"><a href="/people/{number}7/">{name}</a><span>{note}</span>
        <time datetime="{when}">{when}</time></div>
      <div class="comment-content"><span>{text}</span></div></div>"""


def test_a_name_read_from_the_date_line_yields_to_the_template_s_name_inside_it():
    markup = '<div id="comments" class="comment-list">{}</div>'.format(
        "".join(
            [
                _headed(1, "yj", "", "2017-11-09 10:01:00", "Loved the moon in this one."),
                _headed(2, "cope", "(time is fixed)", "2017-11-10 19:35:15", "Three stories."),
                _headed(3, "moth", "(; ))", "2017-11-11 05:46:28", "Wonderful."),
            ]
        )
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("yj", "Loved the moon in this one."),
        ("cope", "Three stories."),
        ("moth", "Wonderful."),
    ]
