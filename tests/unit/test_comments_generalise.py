"""Comment rules that let the parser read markups it has never seen: items of one list agree
on where their text is; a topic's opening post is found by its number, its mark or its
subject. Small pages written here."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from flows.parse.comments import extract_comments
from tests.support.comment_pages import FETCHED, comments_of


def _post(name: str, place: str, text: str) -> str:
    return f"""<article class="message message--post">
      <div class="message-cell message-cell--user">
        <h4 class="message-name"><a href="/members/{name}" class="username">{name}</a></h4>
        <div class="message-userExtras"><dl><dd>{place}</dd></dl></div>
      </div>
      <div class="message-cell message-cell--main">
        <header><time class="u-dt" datetime="2020-04-23T10:00:00+0200">Apr 23, 2020</time></header>
        <div class="message-userContent"><div class="bbWrapper">{text}</div></div>
      </div></article>"""


def test_a_short_post_takes_its_text_where_the_other_posts_of_the_list_have_theirs() -> None:
    posts = [
        ("Ada", "Lagos", "I would say it is the same word in both languages, really."),
        ("Bo", "Leeds", "Not quite: the second one is only used in the spoken language."),
        ("Cy", "Paris/Hastings UK, English UK/French", "C'est ça !"),
        ("Di", "Rome", "Thanks to both of you, this clears it up for my translation."),
    ]
    page = '<div class="block-body">' + "".join(_post(*post) for post in posts) + "</div>"
    found = [(c.author, c.text) for c in comments_of(page)]
    assert found == [(name, text) for name, _, text in posts]


def test_two_blocks_in_one_place_leave_each_item_its_own_choice() -> None:
    post = """<div class="post"><span class="name"><b>{name}</b></span>
      <span class="date">Posted: Tue May 06, 2003 1:23 am</span>
      <span class="postbody">{text}</span><span class="postbody">_________________<br>{sig}</span>
      </div>"""
    posts = [
        ("Ada", "The tiles are 8 by 8 pixels, so the size is the count times 64.", "Ada's tools"),
        ("Bo", "And in 16 bits each pixel takes two bytes, so count times 128.", "Bo's page"),
        ("Ada", "Thanks, it works now.", "-- Where is he? -- Who? -- You know, the human."),
    ]
    page = (
        '<div id="posts">'
        + "".join(post.format(name=n, text=t, sig=s) for n, t, s in posts)
        + "</div>"
    )
    assert [c.text for c in comments_of(page)] == [text for _, text, _ in posts]


def _forum(posts: str, title: str = "Forum") -> list[tuple[str | None, str]]:
    html = f"<html><head><title>{title}</title></head><body>{posts}</body></html>"
    return [(c.author, c.text) for c in extract_comments(LexborHTMLParser(html), FETCHED)]


_TOPIC = [
    ("Ada", "Any one got a crystal ball? I can sell both cars and buy one dream car instead."),
    ("Bo", "I'm not sure financing a third toy makes sense when you have two track cars."),
    ("Cy", "Buy the one whose noise you love; the depreciation is the same for all three."),
]


def test_a_topic_whose_post_ids_count_from_one_opens_with_its_opening_post() -> None:
    post = """<div id="message{n}" class="topic-reply"><div class="msg-header">
      <p class="author"><a href="/profile/{name}">{name}</a></p>
      <p class="date">Sunday 8th March 2020</p></div>
      <div class="msg-body">{text}</div></div>"""
    posts = "".join(
        post.format(n=n, name=name, text=text) for n, (name, text) in enumerate(_TOPIC, 1)
    )
    assert _forum(f'<div class="topic">{posts}</div>') == _TOPIC[1:]


def test_comments_whose_ids_count_from_one_keep_the_first_comment() -> None:
    comment = """<li id="comment-{n}" class="comment"><span class="comment-author">{name}</span>
      <time datetime="2011-03-0{n}T10:00">March {n}, 2011</time><p>{text}</p></li>"""
    items = "".join(
        comment.format(n=n, name=name, text=text) for n, (name, text) in enumerate(_TOPIC, 1)
    )
    assert _forum(f"<article><h1>Story</h1><p>The story.</p></article><ol>{items}</ol>") == _TOPIC


def test_a_topic_whose_first_post_is_marked_first_opens_with_its_opening_post() -> None:
    post = """<div class="post" id="9174255{n}"><div class="bar">
      <a class="nickname" href="/profile/{name}">{name}</a>
      <span class="post_time">Thu 21-Nov-19 11:07:27</span></div>
      <div class="talk-post {mark} message"><p>{text}</p></div></div>"""
    posts = "".join(
        post.format(n=n, name=name, text=text, mark="original-first-post" if n == 0 else "")
        for n, (name, text) in enumerate(_TOPIC)
    )
    assert _forum(f'<div id="posts">{posts}</div>') == _TOPIC[1:]


def _listing(posts: list[tuple[str, str]]) -> str:
    """A forum posting's JSON-LD: the opening post's text, and the posts as its comments."""
    listed = ", ".join(
        f'{{"@type": "Comment", "author": {{"@type": "Person", "name": "{name}"}}, "text": "{text}"}}'
        for name, text in posts
    )
    return f"""<script type="application/ld+json">{{"@context": "http://schema.org",
      "@type": "DiscussionForumPosting", "author": {{"@type": "Person", "name": "Ada"}},
      "text": "{_TOPIC[0][1]}", "comment": [{listed}]}}</script>"""


def test_a_topic_whose_json_ld_lists_the_posts_after_the_first_opens_with_its_opening_post():
    post = """<article class="cPost"><aside><h3 class="cAuthor"><a href="/profile/{name}">{name}</a>
      </h3></aside><div class="cPostContent"><time datetime="2024-05-2{n}T10:00:00Z">May 2{n}</time>
      <div class="cPostText"><p>{text}</p></div></div></article>"""
    posts = "".join(
        post.format(n=n, name=name, text=text) for n, (name, text) in enumerate(_TOPIC, 1)
    )
    script = _listing(_TOPIC[1:])
    assert _forum(f"{script}<div class='cTopic'>{posts}</div>") == _TOPIC[1:]
    assert _forum(f"<div class='cTopic'>{posts}</div>") == _TOPIC


def test_a_json_ld_comment_repeating_its_posting_s_text_is_the_opening_post_not_a_reply():
    assert _forum(_listing(_TOPIC)) == _TOPIC[1:]


def test_names_shown_with_a_badge_match_the_names_json_ld_lists():
    item = """<div class="comment"><div class="author"><span><b>+</b>{name}</span></div>
      <time datetime="2024-05-2{n}T10:00:00Z">May 2{n}</time><p>{text}</p></div>"""
    items = "".join(
        item.format(n=n, name=name, text=text) for n, (name, text) in enumerate(_TOPIC, 1)
    )
    intro = "<h1>Cars</h1><p>Three cars, one garage: the club's forum on what to keep.</p>"
    page = f"{intro}<div class='thread'>{items}</div>"
    assert [name for name, _ in _forum(page)] == ["+Ada", "+Bo", "+Cy"]
    assert _forum(_listing(_TOPIC[1:]) + page) == [(f"+{n}", text) for n, text in _TOPIC[1:]]


def _subject_post(name: str, subject: str, text: str) -> str:
    return f"""<tr><td class="row1"><span class="name"><b>{name}</b></span><br>
      <span class="postdetails">Joined: 03 Apr 2003<br>Posts: 18</span></td>
      <td class="row1"><span class="postdetails">Posted: Tue May 06, 2003 1:23 am
      Post subject: {subject}</span><div class="postbody">{text}</div></td></tr>"""


def test_the_post_whose_subject_is_the_page_title_opens_the_topic() -> None:
    subjects = ["What is that song?", "so you know it", ""]
    rows = "".join(
        _subject_post(name, subject, text)
        for (name, text), subject in zip(_TOPIC, subjects, strict=True)
    )
    page = f'<table class="forumline">{rows}</table>'
    assert _forum(page, "Forum :: View topic - What is that song?") == _TOPIC[1:]
    assert _forum(page, "Forum :: View topic - Something else") == _TOPIC


def test_a_comment_does_not_open_with_its_authors_name_or_a_separator_line() -> None:
    item = """<div class="comment"><a class="comment-author" href="/u/{name}">{name}</a>
      <time datetime="2024-05-09T05:49:00Z">May 9th, 2024</time>
      <div class="comment-body"><div>{first}</div><div>{text}</div></div></div>"""
    page = "".join(
        item.format(name=name, first=first, text=text)
        for name, first, text in [
            ("Bo", "Bo", "？？？？？"),
            ("Ada", "・", "Hey! I've not tested this, but add the property."),
            ("Cy", "Hi Ada.", "That worked for me."),
        ]
    )
    assert [(c.author, c.text) for c in comments_of(f'<div class="comments">{page}</div>')] == [
        ("Bo", "？？？？？"),
        ("Ada", "Hey! I've not tested this, but add the property."),
        ("Cy", "Hi Ada.\nThat worked for me."),
    ]


def test_a_place_whose_text_is_the_same_in_each_post_of_its_author_is_no_posts_text() -> None:
    post = """<div class="postrow"><div class="left"><a class="name" href="/u/{name}">{name}</a>
      <div class="message-extras"><div>{about}</div></div></div>
      <div class="right"><span class="stamp">Posted 3 May 2024, 10:{n}5</span>
      <div class="message-content">{text}</div></div></div>"""
    about = {
        "Ada": "Lagos, Nigeria. Interests: old cars, long rides and repairing engines",
        "Bo": "Leeds, England. Interests: rally driving, photography and gardening too",
    }
    posts = [
        ("Ada", "Which oil do you use?"),
        ("Bo", "The thin one, always."),
        ("Ada", "Even in winter?"),
        ("Bo", "Yes, even then."),
        ("Ada", "Thanks, will try."),
    ]
    page = "".join(
        post.format(n=n, name=name, about=about[name], text=text)
        for n, (name, text) in enumerate(posts)
    )
    assert [(c.author, c.text) for c in comments_of(f'<div id="thread">{page}</div>')] == posts


_REACTED = """<div class="cx" id="{id}">
  <div>
    <h3><a class="cz bg" href="/{name}">{name}</a></h3>
    <div class="da">{text}</div>
    <div class="dc dd de">
      <span class="df" id="like_{id}"><span class="dg bm">
        <a aria-label="{count} reactions" href="/ufi/reaction/profile/browser/">{count}</a>
        <span aria-hidden="true"> · </span>
        <a href="/a/comment.php">Like</a>
      </span></span>
      <span aria-hidden="true"> · </span>
      <a href="/comment/replies/">Reply</a>
      <span aria-hidden="true"> · </span>
      <abbr>{day}</abbr>
    </div>
  </div>
</div>
"""


def test_a_reactions_count_is_no_author_and_trailing_separators_are_no_text() -> None:
    posts = [("777", "Alice", "What...the...?", 1, "Jun 14"), ("888", "Bob", "Wat", 2, "Jun 15")]
    page = "".join(
        _REACTED.format(id=id_, name=name, text=text, count=count, day=day)
        for id_, name, text, count, day in posts
    )
    found = comments_of(f'<div class="cw bt">{page}</div>')
    assert [(c.author, c.text) for c in found] == [
        ("Alice", "What...the...?"),
        ("Bob", "Wat"),
    ]
