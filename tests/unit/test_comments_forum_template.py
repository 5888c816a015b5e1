"""Forum rows found by their numbered ids, whose classes name only the text: the template the
rows share gives each row the name that changes from row to row, not the word of the
"Posted: DATE" line that reads as a name."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, rows


def _row(number: int, name: str, date: str, text: str) -> str:
    return f"""<div id="post-{number}" class="qx1 kz"><div class="qx2">
      <div class="qx3"><div class="qx4">{name}</div><div class="qx5">Membro</div></div>
      <div class="qx6"><div class="qx7">Postado : {date}</div>
        <div class="qx8 post-content"><p>{text}</p></div></div></div></div>"""


def test_forum_rows_take_the_name_their_template_varies_not_the_posted_line():
    markup = (
        "<main><h1>Detectores</h1><div class='qx0'>"
        + "".join(
            [
                _row(11, "Ana Lima", "12/05/2024 10:12", "Qual a diferença entre os dois?"),
                _row(12, "Rui Costa", "13/05/2024 11:40", "Um amigo testou o primeiro."),
                _row(13, "Bia Reis", "14/05/2024 21:05", "Os dois servem para ouro."),
            ]
        )
        + "</div></main>"
    )
    assert rows(comments_of(markup)) == [
        ("Ana Lima", "Qual a diferença entre os dois?", None),
        ("Rui Costa", "Um amigo testou o primeiro.", None),
        ("Bia Reis", "Os dois servem para ouro.", None),
    ]
