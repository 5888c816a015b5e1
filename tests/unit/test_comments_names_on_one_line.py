"""An author's name is shown on one line: the line breaks and indents of the markup around a
name written as a bare text node ("-\\n\\t\\tCharlie\\n <abbr>…") are no part of it."""

from __future__ import annotations

from tests.support.comment_pages import comments_of


def _post(number: int, name: str, iso: str, shown: str, text: str) -> str:
    return f"""<div id="jy{number}"><div class="vy" id="vy{number}"><div class="ku">
      <div class="wy"><div class="qj">
        <p>{text}</p>
        <span class="ky">
          -
              {name}
           <abbr class="wz" title="{iso}">{shown}</abbr>
           <span><a href="/flag?id={number}">Flag</a></span>
        </span></div></div></div></div></div>"""


def test_a_name_written_between_line_breaks_before_the_date_is_one_line():
    markup = (
        "<div class='mm'>"
        + _post(3411, "Charlie", "2008-05-31T01:12:00Z", "May 31, 2008", "Was this a phone screen?")
        + _post(3412, "usafzz", "2008-05-20T09:36:16Z", "May 20, 2008", "Sort the list in place.")
        + _post(
            3413, "lens bo", "2008-06-02T10:00:00Z", "June 2, 2008", "A heap of size k is enough."
        )
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == ["Charlie", "usafzz", "lens bo"]
