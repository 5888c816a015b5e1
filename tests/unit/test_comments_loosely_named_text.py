"""A class that only says text or content (`floor_content`) may name any box in an item: where
the list's other items show their words in one place no class names, that place competes with
the box, and the items agree on it (`_unnamed_text_blocks`, `_agree_on_text_slot`)."""

from __future__ import annotations

from tests.support.comment_pages import comments_of

ITEM = """<div class="qa" id="c8{n}31"><div class="qe"><a href="/u?id={n}"><img src="/a.png"></a></div>
  <div class="qi"><h3><a href="/u?id={n}">{name}</a> <span>{n} May 2024</span></h3>
  {floors}<div class="qo">{text}</div><div class="qu"><a href="#">{n}</a> | <a href="#">Reply</a></div>
  </div></div>"""
FLOOR = """<div class="qy"><h3><a href="/u?id=9{k}">{name}</a> <span>{k}F</span></h3>
  <div class="qz">{text}</div></div>"""
OWN = [
    ("ada", "The fares doubled in a month and nobody said why, which is what annoys me most."),
    ("bola", "Carry your own battery pack, it costs less than two weeks of renting one."),
    ("chi", "A deposit I understand, but the hourly price now beats a taxi across town."),
    ("dayo", "I stopped using them last year and have not missed them once since then."),
    ("eke", "They will lower the price again once enough people walk away from them."),
]
QUOTED = [
    ("femi", "Earlier floor one, quoted above the reply with its own name and its own words."),
    ("gbenga", "Earlier floor two, also quoted, longer than the reply that answers the thread."),
]


def test_a_box_a_class_calls_content_holding_a_quoted_thread_is_not_the_reply_s_text():
    items = []
    for n, (name, text) in enumerate(OWN, 1):
        floors = ""
        if n == 4:
            floors = '<div class="floor_content">{}</div>'.format(
                "".join(
                    FLOOR.format(k=k, name=who, text=said)
                    for k, (who, said) in enumerate(QUOTED, 1)
                )
            )
        items.append(ITEM.format(n=n, name=name, text=text, floors=floors))
    markup = '<div id="comments"><h2>Comments</h2><div class="ql">{}</div></div>'.format(
        "".join(items)
    )
    found = comments_of(markup)
    assert [(c.author, c.text) for c in found] == OWN
