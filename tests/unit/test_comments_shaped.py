"""Comments found by the template their blocks share, on markup whose class names say
nothing (made-up words, as on a page nobody here has seen) and with no heading over them."""

from __future__ import annotations

from datetime import UTC, datetime

from selectolax.lexbor import LexborHTMLParser

from flows.contracts import Comment
from flows.parse.comments.extract import FoundComments, _or_shaped
from flows.parse.comments.shaped import LINEAR_FROM, _thirds, shaped_comments
from flows.parse.nodes import Scan
from tests.support.comment_pages import FETCHED, comments_of, rows


def _block(name: str, date: str, text: str, extra: str = "") -> str:
    return f"""<div class="qa zu">
      <div class="kv"><img src="a.png" alt=""><span class="wy">{name}</span>
        <span class="jx">{date}</span></div>
      <div class="vo"><p>{text}</p></div>{extra}</div>"""


def test_three_blocks_showing_a_name_a_date_and_a_text_in_the_same_places_are_comments():
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _block("Ada Lane", "3 May 2024", "Lovely recipe, I made it twice."),
                _block("Bo", "4 May 2024", "Too much salt for my taste."),
                _block("Cy Marsh", "5 May 2024", "Works with oat milk as well."),
            ]
        )
        + "</div>"
    )
    found = comments_of(markup)
    assert rows(found) == [
        ("Ada Lane", "Lovely recipe, I made it twice.", None),
        ("Bo", "Too much salt for my taste.", None),
        ("Cy Marsh", "Works with oat milk as well.", None),
    ]
    assert found[1].posted_at == datetime(2024, 5, 4, tzinfo=UTC)


def test_replies_nested_in_a_block_of_the_same_shape_answer_it():
    reply = _block("Bo", "4 May 2024", "Thanks, will try.")
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _block(
                    "Ada Lane", "3 May 2024", "Lovely recipe.", f"<div class='rr'>{reply}</div>"
                ),
                _block("Cy Marsh", "5 May 2024", "Works with oat milk."),
                _block("Di", "6 May 2024", "Baked it for a party."),
            ]
        )
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("Ada Lane", "Lovely recipe.", None),
        ("Bo", "Thanks, will try.", 0),
        ("Cy Marsh", "Works with oat milk.", None),
        ("Di", "Baked it for a party.", None),
    ]


def test_two_blocks_alike_are_not_enough():
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _block("Ada Lane", "3 May 2024", "Lovely recipe, I made it twice."),
                _block("Bo", "4 May 2024", "Too much salt for my taste."),
            ]
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_blocks_all_signed_by_one_name_are_a_feed_not_a_discussion():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block("Newsdesk", f"{day} May 2024", f"Bulletin number {day} of the week.")
            for day in (3, 4, 5)
        )
        + "</div>"
    )
    assert comments_of(markup) == []


_PEOPLE = (("Ada Lane", 3), ("Bo", 4), ("Cy Marsh", 5))


def test_stories_whose_blocks_link_a_headline_before_their_text_are_not_comments():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><a href="/story-{day}">Council approves bridge plan {day}</a>
              <div class="kv"><span class="wy">{name}</span> <span class="jx">{day} May 2024</span></div>
              <div class="vo"><p>The council met on the {day}th and decided at length.</p></div></div>"""
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_links_of_several_words_after_the_text_are_a_signature_not_a_headline():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(
                name,
                f"{day} May 2024",
                f"My answer number {day}.",
                f"<div class='sg'><a href='/quests/{day}'>Quests: Verdant Dreams and more</a></div>",
            )
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert [c.text for c in comments_of(markup)] == [
        "My answer number 3.",
        "My answer number 4.",
        "My answer number 5.",
    ]


def test_blocks_that_are_cards_inside_links_are_not_comments():
    markup = (
        "<a href='/top-stories'><div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Rescue crews search the club, day {day}.")
            for name, day in (("Sky News", 3), ("BBC", 4), ("MailOnline", 5))
        )
        + "</div></a>"
    )
    assert comments_of(markup) == []


def test_reviews_showing_a_score_are_not_comments():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(
                name,
                f"{day} May 2024",
                f"Friendly staff, {day} courses.",
                "<div class='sc'>7.5</div>",
            )
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_blocks_under_a_heading_that_names_reviews_are_not_comments():
    markup = (
        "<section><h2>Beoordeling</h2><div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Friendly staff, {day} courses.")
            for name, day in _PEOPLE
        )
        + "</div></section>"
    )
    assert comments_of(markup) == []


_REPLY_LINK = "<div class='rb'><a href='#r'>Reply</a></div>"


def test_blocks_under_a_heading_that_names_reviews_each_offering_a_reply_are_comments():
    markup = (
        "<section><h2>Reviews</h2><div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Can I bake it {day} minutes less?", _REPLY_LINK)
            for name, day in _PEOPLE
        )
        + "</div></section>"
    )
    assert [comment.text for comment in comments_of(markup)] == [
        f"Can I bake it {day} minutes less?" for _, day in _PEOPLE
    ]


def test_a_region_named_reviews_whose_blocks_each_offer_a_reply_holds_comments():
    markup = (
        "<div class='reviews'><div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Kann ich {day} Eier nehmen?", _REPLY_LINK)
            for name, day in _PEOPLE
        )
        + "</div></div>"
    )
    assert len(comments_of(markup)) == len(_PEOPLE)


def test_blocks_under_a_heading_that_names_reviews_holding_a_nested_answer_are_comments():
    answer = _block("Cook Dee", "6 May 2024", "Yes, ten minutes less works.")
    blocks = [
        _block(name, f"{day} May 2024", f"Can I bake it {day} minutes less?", answer * (day == 3))
        for name, day in _PEOPLE
    ]
    markup = "<section><h2>14 Reviews</h2><div class='mm'>" + "".join(blocks) + "</div></section>"
    found = comments_of(markup)
    assert [comment.text for comment in found] == [
        "Can I bake it 3 minutes less?",
        "Yes, ten minutes less works.",
        *(f"Can I bake it {day} minutes less?" for _, day in _PEOPLE[1:]),
    ]
    assert found[1].parent == 0


def test_reviews_where_only_some_blocks_offer_a_reply_are_not_comments():
    blocks = [
        _block(name, f"{day} May 2024", f"Friendly staff, {day} courses.", _REPLY_LINK * (day % 2))
        for name, day in _PEOPLE
    ]
    markup = "<section><h2>Reviews</h2><div class='mm'>" + "".join(blocks) + "</div></section>"
    assert comments_of(markup) == []


def test_the_last_replies_of_several_threads_on_an_index_are_not_comments():
    thread = (
        "<div class='th'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Reply {day} in the thread.") for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert comments_of(f"<div class='all'>{thread}{thread}</div>") == []


def test_a_subject_heading_in_the_text_and_spacer_rows_between_blocks_are_left_out():
    spacer = "<div class='qa sp'>&nbsp;</div>"
    markup = (
        "<div class='mm'>"
        + spacer.join(
            _block(name, f"{day} May 2024", f"<h4>Re: the bridge</h4>Answer number {day}.")
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert [c.text for c in comments_of(markup)] == [
        "Answer number 3.",
        "Answer number 4.",
        "Answer number 5.",
    ]


def test_a_place_whose_text_opens_with_a_name_and_date_is_a_box_of_replies_not_the_text():
    reply = """<div class="ch"><div class="kv"><span>Host</span><span>9 May 2024</span></div>
      <p>Thank you so much for trying it, reader {}, and for the kind words.</p></div>"""
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"Words of reader {day}.", reply.format(day))
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    thanks = "Thank you so much for trying it, reader {}, and for the kind words."
    assert [(c.text, c.author, c.parent) for c in comments_of(markup)] == [
        ("Words of reader 3.", "Ada Lane", None),
        (thanks.format(3), "Host", 0),
        ("Words of reader 4.", "Bo", None),
        (thanks.format(4), "Host", 2),
        ("Words of reader 5.", "Cy Marsh", None),
        (thanks.format(5), "Host", 4),
    ]


def test_a_reply_subject_linked_before_the_text_is_no_headline():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><a href="/topic/9/post/{day}">Re: What did you dream about</a>
              <div class="kv"><span class="wy">{name}</span> <span class="jx">{day} May 2024</span></div>
              <div class="vo"><p>My dream number {day}.</p></div></div>"""
            for name, day in _PEOPLE
        )
        + "</div>"
    )
    assert len(comments_of(markup)) == 3


def test_one_commenter_whose_linked_name_reads_like_a_title_does_not_refuse_the_list():
    names = ("Ada Lane", "Bo", "Cy Marsh", "Mary Ann Smith Jones")
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><h4><a href="/u/{day}">{name}</a></h4>
              <div class="jx">{day} May 2024</div><div class="vo"><p>Words of reader {day}, with thanks.</p></div></div>"""
            for day, name in enumerate(names, start=3)
        )
        + "</div>"
    )
    assert [c.author for c in comments_of(markup)] == list(names)


def test_blocks_with_no_class_inside_a_layout_block_with_no_class_are_no_replies():
    markup = (
        "<div><div>"
        + "".join(
            f"""<div><div><b>{name}</b> <i>{day} May 2024</i></div>
              <p>Reader {day} says the bridge is too narrow.</p></div>"""
            for name, day in _PEOPLE
        )
        + "</div></div>"
    )
    assert [c.author for c in comments_of(markup)] == ["Ada Lane", "Bo", "Cy Marsh"]


def test_reply_subjects_leave_the_text_and_the_post_they_answer_is_the_topic():
    subjects = ("Bridge plans", "Re: Bridge plans", "Re: Bridge plans", "Re: Bridge plans")
    names = ("Ada Lane", "Bo", "Cy Marsh", "Di")
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", f"<b>{subject}</b><br>Post number {day} on the plans.")
            for day, (name, subject) in enumerate(zip(names, subjects, strict=True), start=3)
        )
        + "</div>"
    )
    assert [(c.author, c.text) for c in comments_of(markup)] == [
        ("Bo", "Post number 4 on the plans."),
        ("Cy Marsh", "Post number 5 on the plans."),
        ("Di", "Post number 6 on the plans."),
    ]


def test_a_name_linking_to_a_user_page_is_the_author_before_a_place_in_the_user_column():
    places = ("Central Virginia", "Quebec", "Central Virginia")
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><div class="pl"><a href="/search?loc={day}">{place}</a></div>
              <div class="nm"><a href="/users/{day}">{name}</a></div><span class="jx">{day} May 2024</span>
              <div class="vo"><p>Dream number {day}, told at length.</p></div></div>"""
            for (name, day), place in zip(_PEOPLE, places, strict=True)
        )
        + "</div>"
    )
    assert [c.author for c in comments_of(markup)] == ["Ada Lane", "Bo", "Cy Marsh"]


def test_an_avatars_initial_drawn_as_text_is_not_the_name():
    def block(name: str, date: str, text: str) -> str:
        return f"""<div class="qa zu"><div class="kv"><span class="av">{name[0]}</span>
          <span class="wy">{name}</span> <span class="jx">{date}</span></div>
          <div class="vo"><p>{text}</p></div></div>"""

    markup = (
        "<div class='mm'>"
        + block("Ada Lane", "3 May 2024", "Lovely recipe, I made it twice.")
        + block("Bo Finch", "4 May 2024", "Too much salt for my taste.")
        + block("Cy Marsh", "5 May 2024", "Works with oat milk as well.")
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Ada Lane",
        "Bo Finch",
        "Cy Marsh",
    ]


def test_a_name_before_the_date_on_its_line_is_the_author():
    def block(line: str, text: str) -> str:
        return f"""<div class="qa"><div class="kv"><span class="jx">{line}</span></div>
          <div class="vo"><p>{text}</p></div></div>"""

    markup = (
        "<div class='mm'>"
        + block("Ada Lane - 2 years ago", "Lovely recipe, I made it twice.")
        + block("Bo Finch - 3 years ago", "Too much salt for my taste.")
        + block("Cy Marsh - 3 years ago", "Works with oat milk as well.")
        + "</div>"
    )
    assert [comment.author for comment in comments_of(markup)] == [
        "Ada Lane",
        "Bo Finch",
        "Cy Marsh",
    ]


def test_a_quote_s_expand_control_that_most_blocks_show_is_no_part_of_their_words():
    quote = "<blockquote>{} said: ↑<br>{}<div>Click to expand...</div></blockquote>"
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _block("Ada Lane", "3 May 2024", quote.format("Bo", "Too salty") + "Not for me."),
                _block("Bo", "4 May 2024", quote.format("Ada Lane", "Not for me") + "Why not?"),
                _block("Cy Marsh", "5 May 2024", quote.format("Bo", "Why not?") + "Oat milk."),
            ]
        )
        + "</div>"
    )
    assert [c.text for c in comments_of(markup)] == [
        "Bo said: ↑\nToo salty\nNot for me.",
        "Ada Lane said: ↑\nNot for me\nWhy not?",
        "Bo said: ↑\nWhy not?\nOat milk.",
    ]


def test_blocks_dated_by_a_compact_age_are_comments():
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _block("Ada Lane", "16h", "Lovely recipe, I made it twice."),
                _block("Bo", "2y", "Too much salt for my taste."),
                _block("Cy Marsh", "11m", "Works with oat milk as well."),
            ]
        )
        + "</div>"
    )
    found = comments_of(markup)
    assert [c.author for c in found] == ["Ada Lane", "Bo", "Cy Marsh"]
    assert found[0].posted_at == datetime(2024, 11, 2, 18, 20, tzinfo=UTC)


def test_blocks_dated_by_a_day_and_month_without_the_year_are_comments():
    dates = ["answered Sep 16 at 11:28", "on Sunday December 02, @02:32PM (#21553)", "5月19日"]
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, date, text)
            for name, date, text in zip(
                ["Ada Lane", "Bo", "Cy Marsh"],
                dates,
                [
                    "Lovely recipe, I made it twice.",
                    "Too much salt for me.",
                    "Works with oat milk.",
                ],
                strict=True,
            )
        )
        + "</div>"
    )
    found = comments_of(markup)
    assert [c.author for c in found] == ["Ada Lane", "Bo", "Cy Marsh"]
    assert [c.posted_text for c in found] == ["Sep 16 at 11:28", "December 02, @02:32PM", "5月19日"]
    assert found[0].posted_at is None


def test_a_line_with_a_yearless_date_among_many_words_is_no_date():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, f"Meet us at the market stall on Sep {day} at 10:00", text)
            for name, day, text in [
                ("Ada Lane", 16, "Lovely recipe, I made it twice."),
                ("Bo", 17, "Too much salt for my taste."),
                ("Cy Marsh", 18, "Works with oat milk as well."),
            ]
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def _post(number: int, name: str, title: str, text: str, folded: str = "") -> str:
    return f"""<li id="qa_{number}" class="qa"><div class="kv">
      <h4><a href="//example.org/comments.pl?sid=9&amp;cid={number}">{title}</a></h4>
      <span class="wy"><a href="/~{name}">{name}</a></span>
      <span class="jx">on Sunday December 02 2007, @02:32PM (#{number})</span></div>
      <div class="vo">{text}</div><ul class="zz">{folded}</ul></li>"""


def _shaped(markup: str) -> list[tuple[str | None, str]]:
    """What the template finder alone reads (numbered ids also let the forum finder in)."""
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    return [(c.author, c.text) for c in shaped_comments(Scan(tree), {}, FETCHED)[0]]


def test_a_post_title_linking_to_the_post_itself_is_no_headline():
    markup = (
        "<ul class='mm'>"
        + "".join(
            _post(21553500 + n, name, f"My own thoughts on this release {n}", text)
            for n, name, text in [
                (1, "TBerben", "Sounds like the Vista launch all over again."),
                (2, "jotok", "Most of them are invisible to the common user."),
                (3, "Kjella", "The rendering times should have improved."),
            ]
        )
        + "</ul>"
    )
    assert _shaped(markup) == [
        ("TBerben", "Sounds like the Vista launch all over again."),
        ("jotok", "Most of them are invisible to the common user."),
        ("Kjella", "The rendering times should have improved."),
    ]


def test_folded_reply_rows_each_with_a_date_are_not_the_post_text():
    def folded(post: int) -> str:
        return "".join(
            f"<li><a href='#'>Re: thoughts</a> by Someone{post}{n} (Score:{n})"
            f" Monday December 03 2007, @0{n}:15PM</li>"
            for n in range(1, 5)
        )

    markup = (
        "<ul class='mm'>"
        + "".join(
            _post(21553500 + n, name, "Re: thoughts", text, folded(n))
            for n, name, text in [
                (1, "TBerben", "Sounds like the Vista launch."),
                (2, "jotok", "Invisible to the common user."),
                (3, "Kjella", "Rendering should have improved."),
            ]
        )
        + "</ul>"
    )
    assert [text for _, text in _shaped(markup)] == [
        "Sounds like the Vista launch.",
        "Invisible to the common user.",
        "Rendering should have improved.",
    ]


def test_a_place_whose_texts_differ_only_in_their_numbers_is_no_text():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><span class="wy">{name}</span><span class="jx">{day} May 2024</span>
            <div class="vo"><span>Reply</span> <span>Share</span> <span>{likes} Likes</span>
            <span>{likes // 2} Dislikes</span></div></div>"""
            for name, day, likes in [("Ada Lane", 3, 67), ("Bo", 4, 110), ("Cy Marsh", 5, 72)]
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_a_time_element_showing_only_a_compact_age_dates_the_block():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<section class="qa"><span class="wy">{name}</span> <time class="jx">{age}</time>
            <p class="vo">{text}</p></section>"""
            for name, age, text in [
                ("Ada Lane", "6y", "Lovely piece, I shared it twice."),
                ("Bo", "5y", "Too long for my taste."),
                ("Cy Marsh", "6y", "Works for our team as well."),
            ]
        )
        + "</div>"
    )
    assert [c.author for c in comments_of(markup)] == ["Ada Lane", "Bo", "Cy Marsh"]


def test_bars_and_spacers_before_the_posts_in_their_box_do_not_hide_them():
    posts = "".join(
        _block(name, f"{day} May 2024", text) + "<a name='x'></a>"
        for name, day, text in [
            ("Ada Lane", 3, "Lovely recipe, I made it twice."),
            ("Bo", 4, "Too much salt for my taste."),
            ("Cy Marsh", 5, "Works with oat milk as well."),
        ]
    )
    markup = f"""<div class='mm'><div class='nv'>Forum index</div><div></div><div></div>
        <div class='tb'>New topic</div>{posts}</div>"""
    assert [c.author for c in comments_of(markup)] == ["Ada Lane", "Bo", "Cy Marsh"]


def test_a_score_in_the_name_place_is_a_rating_not_an_author():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(f"{stars}.0 star rating", f"{day} May 2024", text)
            for stars, day, text in [
                (5, 3, "Lovely recipe, I made it twice."),
                (4, 4, "Too much salt for my taste."),
                (5, 5, "Works with oat milk as well."),
            ]
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_blocks_whose_user_column_counts_reviews_are_reviews():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", text, f"<div class='uc'>{day} отзыва</div>")
            for name, day, text in [
                ("Ada Lane", 3, "Все вкусно, обстановка романтичная."),
                ("Bo", 4, "Маленький ресторанчик вдали от шумных улиц."),
                ("Cy Marsh", 5, "Очень тихий ресторан, рыба и закуски."),
            ]
        )
        + "</div>"
    )
    assert comments_of(markup) == []


def test_blocks_dated_by_a_month_and_a_year_are_comments():
    markup = (
        "<ol class='mm'>"
        + "".join(
            f"""<li class="qa"><p class="kv"><cite>{name} пишет:</cite><br>
            <small class="jx">{month} 2018</small></p><div class="vo"><p>{text}</p></div></li>"""
            for name, month, text in [
                ("Andrew", "Март", "Спасибо, всё работает."),
                ("Ольга", "Апрель", "Хорошая статья, пригодилась."),
                ("Иван", "Май", "А как быть со старой версией?"),
            ]
        )
        + "</ol>"
    )
    found = comments_of(markup)
    assert [(c.author, c.posted_text) for c in found] == [
        ("Andrew", "Март 2018"),
        ("Ольга", "Апрель 2018"),
        ("Иван", "Май 2018"),
    ]


def test_a_page_of_many_elements_counts_the_same_third_siblings_in_one_pass():
    markup = (
        "<div><ul>"
        + "<li>a</li>" * 5
        + "</ul>"
        + "<div><p>x</p></div>" * 8
        + "<table>"
        + "<tr><td>1</td></tr>" * 4
        + "</table><section></section>" * 3
        + "</div>"
    )
    tree = LexborHTMLParser(markup)
    by_selector = [node.mem_id for node in _thirds(tree, 0)]
    counted = [node.mem_id for node in _thirds(tree, LINEAR_FROM)]
    assert len(by_selector) == 5  # li, div, tr, section and the seventh div
    assert counted == by_selector


def test_blocks_folded_to_their_name_and_date_leave_the_others_their_text():
    def block(name: str, day: int, text: str) -> str:
        words = f'<div class="vo">{text}</div>' if text else ""
        return f"""<article class="qa"><header class="kv"><span class="wy">{name}</span>
            <time class="jx">{day} May 2024</time></header>{words}
            <footer class="zz"><a href="#">Reply</a></footer></article>"""

    markup = (
        "<div class='mm'>"
        + "".join(
            block(name, day, text)
            for name, day, text in [
                ("Ada Lane", 3, "Lovely piece, I shared it twice."),
                ("Bo", 4, ""),
                ("Cy Marsh", 5, ""),
                ("Di", 6, "Too long for my taste, sorry."),
                ("Ed Oak", 7, ""),
                ("Flo", 8, "Works for our team as well."),
            ]
        )
        + "</div>"
    )
    assert _shaped(markup) == [
        ("Ada Lane", "Lovely piece, I shared it twice."),
        ("Di", "Too long for my taste, sorry."),
        ("Flo", "Works for our team as well."),
    ]


def test_a_place_few_blocks_hold_is_no_text_when_its_texts_repeat():
    def block(name: str, day: int, votes: int) -> str:
        return f"""<article class="qa"><header class="kv"><span class="wy">{name}</span>
            <time class="jx">{day} May 2024</time></header>
            <div class="vo">This reply was deleted.</div>
            <footer class="zz"><a href="#">Reply</a> <a href="#">Quote</a> <b>{votes}</b></footer>
            </article>"""

    markup = (
        "<div class='mm'>"
        + "".join(
            block(name, day, votes)
            for name, day, votes in [
                ("Ada Lane", 3, 1),
                ("Bo", 4, 1),
                ("Cy Marsh", 5, 2),
                ("Di", 6, 1),
                ("Ed Oak", 7, 3),
                ("Flo", 8, 1),
            ]
        )
        + "</div>"
    )
    assert _shaped(markup) == []


def test_a_date_element_showing_more_lines_is_dated_by_its_first_line_with_a_digit():
    markup = (
        "<ul class='mm'>"
        + "".join(
            f"""<li class="qa"><div class="kv"><a href="/~{name}">{name}</a>
            <span class="jx">{extra}
              on Sunday July {day}, @12:4{day}PM (#2003{day}){more}
            </span></div><div class="vo">{text}</div></li>"""
            for name, day, text, extra, more in [
                ("Ada", 1, "Sounds like the Vista launch.", "", ""),
                ("Bo", 2, "Invisible to the common user.", "&lt;bo@example.org&gt;", ""),
                (
                    "Cy",
                    3,
                    "Rendering should have improved.",
                    "",
                    "\n (http://example.org/~cy/ | Last Journal: Thursday February 15, @08:40PM)",
                ),
            ]
        )
        + "</ul>"
    )
    assert _shaped(markup) == [
        ("Ada", "Sounds like the Vista launch."),
        ("Bo", "Invisible to the common user."),
        ("Cy", "Rendering should have improved."),
    ]


def test_controls_that_run_a_script_are_no_links_away_from_short_comments():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><p><a href="/u/{name}" class="wy">{name}</a>
            <a href="/gag/a1#c{age}" class="jx">{age}h</a></p><div class="vo">{text}</div>
            <a href="javascript:void(0);">Reply</a> <a href="javascript:void(0);">Upvote</a>
            <a href="javascript:void(0);">Downvote</a> <a href="#">Report comment</a></div>"""
            for name, age, text in [
                ("ada_lane", 2, "So true, every word."),
                ("bo", 3, "Never again, I promise."),
                ("cy_marsh", 4, "The future is now, grandpa."),
            ]
        )
        + "</div>"
    )
    assert _shaped(markup) == [
        ("ada_lane", "So true, every word."),
        ("bo", "Never again, I promise."),
        ("cy_marsh", "The future is now, grandpa."),
    ]


def _numbered_post(number: int, name: str, day: int, text: str) -> str:
    return f"""<div class="qa"><div class="kv"><div class="jx">{day} May 2024</div>
        <div class="wy">{name}</div></div>
        <div class="mo"><span class="nu">{number}</span>
        <div class="te"><p>{text}</p></div></div></div>"""


_NUMBERED = (
    "<div class='mm'>"
    + "".join(
        _numbered_post(number, name, 2 + number, text)
        for number, name, text in [
            (1, "Ada Lane", "Lovely piece, I shared it twice with friends."),
            (2, "Bo", "Too long for my taste, but the photos are good."),
            (3, "Cy Marsh", "Works for our team as well, thank you."),
            (4, "Di", "Printed it for my grandmother, she loved it."),
        ]
    )
    + "</div>"
)


def test_a_posts_number_beside_its_words_is_no_part_of_its_text():
    assert _shaped(_NUMBERED) == [
        ("Ada Lane", "Lovely piece, I shared it twice with friends."),
        ("Bo", "Too long for my taste, but the photos are good."),
        ("Cy Marsh", "Works for our team as well, thank you."),
        ("Di", "Printed it for my grandmother, she loved it."),
    ]


def test_blocks_alike_that_give_more_than_the_posts_found_by_their_parts_win():
    tree = LexborHTMLParser(f"<html><body>{_NUMBERED}</body></html>")
    few = [Comment(text=f"words {n}", author="Di") for n in range(3)]
    found = _or_shaped(FoundComments(few, []), Scan(tree), {}, FETCHED)
    assert [c.author for c in found.comments] == ["Ada Lane", "Bo", "Cy Marsh", "Di"]
    many = [Comment(text=f"words {n}", author="Di") for n in range(4)]
    assert _or_shaped(FoundComments(many, []), Scan(tree), {}, FETCHED).comments == many


def test_a_clock_before_the_date_on_its_line_dates_the_block():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><div class="kv"><a href="/u/{day}">{name}</a></div>
            <div class="jx">03:2{day} AM on 9/1{day}/2010</div><p class="vo">{text}</p></div>"""
            for name, day, text in [
                ("Ada Lane", 3, "Lovely piece, I shared it twice."),
                ("Bo", 4, "Too long for my taste, sorry."),
                ("Cy Marsh", 5, "Works for our team as well."),
            ]
        )
        + "</div>"
    )
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    found = shaped_comments(Scan(tree), {}, FETCHED)[0]
    assert [c.author for c in found] == ["Ada Lane", "Bo", "Cy Marsh"]
    assert found[0].posted_at == datetime(2010, 9, 13, 3, 23, tzinfo=UTC)


def test_words_written_loose_after_the_date_in_its_box_are_the_text():
    def block(name: str, day: int, text: str) -> str:
        return f"""<div class="qa"><div class="kv"><a href="/u/{name}">{name}</a></div>
            <div class="vo"><div class="jx">{day} May 2024</div>
              {text}</div>
            <div class="zz"><div class="xx">{name}: {text} and more words</div>
              <div class="xy">https://example.org/social/{name}/story_n_99_{day}.html</div>
              <a href="https://example.org/social/{name}/{day}">Permalink</a></div></div>"""

    markup = (
        "<div class='mm'>"
        + "".join(
            block(name, day, text)
            for name, day, text in [
                ("AdaLane", 3, "Lovely piece, I shared it twice."),
                ("Bo", 4, "Too long for my taste, sorry."),
                ("CyMarsh", 5, "Works for our team as well."),
            ]
        )
        + "</div>"
    )
    assert _shaped(markup) == [
        ("AdaLane", "Lovely piece, I shared it twice."),
        ("Bo", "Too long for my taste, sorry."),
        ("CyMarsh", "Works for our team as well."),
    ]


def test_the_date_a_poster_joined_is_no_date_of_the_post():
    markup = (
        "<div class='mm'>"
        + "".join(
            f"""<div class="qa"><dl class="kv"><dt><a href="/u/{day}">{name}</a></dt>
            <dd class="jx">Joined: 0{day} Aug 2011 01:25</dd></dl>
            <div class="mo"><p class="au">by {name} » 1{day} May 2024 10:1{day}</p>
            <div class="vo">{text}</div></div></div>"""
            for name, day, text in [
                ("Ada Lane", 3, "Lovely piece, I shared it twice."),
                ("Bo", 4, "Too long for my taste, sorry."),
                ("Cy Marsh", 5, "Works for our team as well."),
            ]
        )
        + "</div>"
    )
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    found = shaped_comments(Scan(tree), {}, FETCHED)[0]
    assert [(c.author, c.text, c.posted_at) for c in found] == [
        ("Ada Lane", "Lovely piece, I shared it twice.", datetime(2024, 5, 13, 10, 13, tzinfo=UTC)),
        ("Bo", "Too long for my taste, sorry.", datetime(2024, 5, 14, 10, 14, tzinfo=UTC)),
        ("Cy Marsh", "Works for our team as well.", datetime(2024, 5, 15, 10, 15, tzinfo=UTC)),
    ]


def test_blocks_of_a_flat_list_indented_as_replies_answer_the_block_above():
    markup = (
        "<div class='mm'>"
        + "".join(
            _block(name, f"{day} May 2024", text).replace(
                '<div class="qa zu">', f'<div class="qa zu" style="margin-left: {indent}px">'
            )
            for name, day, text, indent in [
                ("Ada Lane", 3, "Lovely piece, I shared it twice.", 0),
                ("Bo", 4, "Too long for my taste, sorry.", 30),
                ("Cy Marsh", 5, "Works for our team as well.", 60),
                ("Di", 6, "Printed it for my grandmother.", 0),
            ]
        )
        + "</div>"
    )
    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>")
    found = shaped_comments(Scan(tree), {}, FETCHED)[0]
    assert [(c.author, c.parent) for c in found] == [
        ("Ada Lane", None),
        ("Bo", 0),
        ("Cy Marsh", 1),
        ("Di", None),
    ]


def test_a_single_thread_whose_replies_are_nested_in_its_first_block_is_read_whole():
    deeper = _block("Di", "6 May 2024", "A reply to a reply.")
    replies = "".join(
        [
            _block("Bo", "4 May 2024", "First answer.", f"<div class='rr'>{deeper}</div>"),
            _block("Cy Marsh", "5 May 2024", "Second answer."),
            _block("Eve", "7 May 2024", "Third answer."),
        ]
    )
    opening = _block("Ada Lane", "3 May 2024", "The words that started it.", replies)
    assert rows(comments_of(f"<div class='mm'>{opening}</div>")) == [
        ("Ada Lane", "The words that started it.", None),
        ("Bo", "First answer.", 0),
        ("Di", "A reply to a reply.", 1),
        ("Cy Marsh", "Second answer.", 0),
        ("Eve", "Third answer.", 0),
    ]


def test_a_thread_of_two_blocks_with_three_replies_each_gives_all_eight():
    def thread(name: str, day: int) -> str:
        replies = "".join(
            _block(f"{reply} {name}", f"{day + n} May 2024", f"Reply {n} to {name}.")
            for n, reply in enumerate(["Bo", "Cy", "Di"], 1)
        )
        return _block(name, f"{day} May 2024", f"Opening words of {name}.", replies)

    found = comments_of(f"<div class='mm'>{thread('Ada', 3)}{thread('Eve', 10)}</div>")
    assert [c.parent for c in found] == [None, 0, 0, 0, None, 4, 4, 4]
    assert found[5].author == "Bo Eve"


def test_blocks_nested_in_one_too_long_to_hold_a_comment_open_no_thread():
    replies = "".join(
        _block(name, f"{day} May 2024", f"Answer number {day}.")
        for name, day in [("Bo", 4), ("Cy Marsh", 5), ("Eve", 7)]
    )
    section = _block("Ada Lane", "3 May 2024", "A page of words. " * 1300, replies)
    tree = LexborHTMLParser(f"<html><body><div class='mm'>{section}</div></body></html>")
    assert shaped_comments(Scan(tree), {}, FETCHED) == ([], [])


def _voted(name: str, date: str, text: str, votes: str) -> str:
    return f"""<div class="qa zu">
      <div class="bt"><a href="/vote"><span class="nn">{votes}</span>
        <span class="sf">{"Vote" if votes == "1" else "Votes"}</span></a></div>
      <div class="kv"><span class="wy">{name}</span><span class="jx">{date}</span></div>
      <div class="vo"><p>{text}</p></div></div>"""


def test_the_unit_of_a_count_of_votes_is_no_name_and_a_masked_address_is_one():
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _voted("ada@...", "3 May 2024", "Lovely recipe, made it twice.", "2"),
                _voted("Bo", "4 May 2024", "Too much salt for my taste.", "1"),
                _voted("Cy Marsh", "5 May 2024", "Works with oat milk as well.", "4"),
            ]
        )
        + "</div>"
    )
    assert [c.author for c in comments_of(markup)] == ["ada@...", "Bo", "Cy Marsh"]


def _permalinked(name: str, day: int, text: str) -> str:
    return f"""<div class="qa zu">
      <div class="dt"><a class="pl" href="/forums/post/{day}">Posted Thursday {day}th June 2013
        13:42 GMT</a></div>
      <div class="au"><a href="/user/{day}">{name}</a></div>
      <div class="bd"><p>{text}</p></div></div>"""


def test_a_date_linking_to_its_post_is_no_headline_before_the_text():
    markup = (
        "<div class='mm'>"
        + "".join(
            [
                _permalinked(
                    "Ada Lane",
                    4,
                    "The law is clear on this point, whatever the posters here imply about it.",
                ),
                _permalinked(
                    "Bo", 5, "Publishers brought it on themselves with their pricing, as ever."
                ),
                _permalinked(
                    "Cy Marsh", 6, "No comment on the article itself, I just wanted to say thanks."
                ),
            ]
        )
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        (
            "Ada Lane",
            "The law is clear on this point, whatever the posters here imply about it.",
            None,
        ),
        ("Bo", "Publishers brought it on themselves with their pricing, as ever.", None),
        ("Cy Marsh", "No comment on the article itself, I just wanted to say thanks.", None),
    ]


def _guest_or_member(name: str, member: bool, date: str, text: str) -> str:
    shown = (
        f'<a class="nk" href="/u/{name}">{name}</a><span class="pl">[Lyon]</span>'
        if member
        else f'<span class="pl">{name}</span><span class="ip">ip: 10.0.*.*</span>'
    )
    return f"""<div class="qa"><div class="kv">{shown}<span class="jx">{date}</span></div>
      <p class="vo">{text}</p></div>"""


def test_a_name_that_opens_the_date_line_in_another_element_per_block_is_the_author():
    markup = (
        "<div class='mm'>"
        + _guest_or_member("ada", True, "2024-05-03 10:15", "Lovely recipe, I made it twice.")
        + _guest_or_member("bo", True, "2024-05-04 11:20", "Too much salt for my taste.")
        + _guest_or_member("Cy Marsh", False, "2024-05-05 09:05", "Works with oat milk too.")
        + "</div>"
    )
    assert rows(comments_of(markup)) == [
        ("ada", "Lovely recipe, I made it twice.", None),
        ("bo", "Too much salt for my taste.", None),
        ("Cy Marsh", "Works with oat milk too.", None),
    ]


def test_a_link_in_the_middle_of_the_words_is_not_the_author():
    def answer(name: str, date: str, words: str, link: str) -> str:
        return f"""<div class="ans">
          <div class="body"><p>{words} <a href="/wiki/{link}">{link}</a> here.</p></div>
          <div class="meta"><a href="/" class="who">{name}</a> <span>{date}</span></div>
        </div>"""

    markup = (
        "<div class='list'>"
        + answer("Ada Lane", "3 May 2024", "Another good tool is", "Kentico")
        + answer("Bo Reyes", "4 May 2024", "I would rather try", "Umbraco")
        + answer("Cy Marsh", "5 May 2024", "You could always look at", "Orchard")
        + "</div>"
    )
    found = comments_of(markup)
    assert [comment.author for comment in found] == ["Ada Lane", "Bo Reyes", "Cy Marsh"]


def _bracketed_date(number: int, name: str, site: str | None, date: str, text: str) -> str:
    shown = f'<a href="{site}" class="tq">{name}</a>' if site else f"<strong>{name}</strong>"
    return f"""<li class="xu xy"><strong class="ju">#{number}</strong>
      <p class="qm">{shown} <span>(<em>{date}</em>)</span></p>
      <div class="qx"></div><p class="vy">{text}</p></li>"""


def test_a_name_that_opens_the_line_of_a_bracketed_date_is_the_author():
    entries = [
        (
            4,
            "Linus",
            None,
            "Freitag, 11 November 2022 21:18",
            "Hallo ihr, schöne Seite habt ihr da.",
        ),
        (
            3,
            "Campe",
            "https://campe.example",
            "4 August 2022",
            "Coole Homepage, weiter so und bis bald!",
        ),
        (
            2,
            "Inga Jopp",
            None,
            "Freitag, 31 Mai 2019 19:56",
            "Wir haben die Patches abgegeben, Grüße.",
        ),
        (
            1,
            "Thomas",
            "https://t.example",
            "27 November 2016",
            "Tolle Homepage habt ihr, gar nicht so alt.",
        ),
    ]
    markup = "<ul class='kk'>" + "".join(_bracketed_date(*entry) for entry in entries) + "</ul>"
    assert [c.author for c in comments_of(markup)] == ["Linus", "Campe", "Inga Jopp", "Thomas"]
