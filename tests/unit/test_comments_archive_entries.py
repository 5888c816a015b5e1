"""An archive page's entries, each a linked headline on a line of its own over a dated byline
and an excerpt, are no posts of a thread; a reader's post that opens with a linked title from
another site stays a post."""

from __future__ import annotations

from tests.support.comment_pages import comments_of, comments_on_a_bare_page

_ENTRY = """<article class="index-post" id="post-{number}">
  <div class="post-title"><a href="../../2015/0{month}/{slug}/index.html">{headline}</a></div>
  <p class="post-author">{day}. marts 2015 af <a href="../../author/{writer}/">{writer}</a></p>
  <span class="excerpt"><p>{excerpt}</p></span></article>"""

_ENTRIES = [
    (
        1196,
        3,
        "big-brother",
        "Big Brother lives inside your head",
        20,
        "ada",
        "Orwell's novel is one of the most important books of the century and still worth a read today.",
    ),
    (
        1144,
        2,
        "free-speech",
        "Free speech is under threat, but not from where you think",
        19,
        "bo",
        "Without strong protection of privacy, free speech is close to useless, or so the argument goes here.",
    ),
    (
        801,
        1,
        "facebook",
        "What is wrong with Facebook after all these years",
        9,
        "cy",
        "Read the talk on Facebook from the latest episode of our radio programme on internet politics.",
    ),
    (
        246,
        3,
        "distortion",
        "A reply to Eskil: the street party is a social network",
        15,
        "di",
        "Eskil argues that the street party is one radical step from a utopia, but it is not one at all.",
    ),
]


def _archive(entries: list[tuple[int, int, str, str, int, str, str]]) -> str:
    return "<h1>Archive of the category Theory</h1>" + "".join(
        _ENTRY.format(
            number=number,
            month=month,
            slug=slug,
            headline=headline,
            day=day,
            writer=writer,
            excerpt=excerpt,
        )
        for number, month, slug, headline, day, writer, excerpt in entries
    )


def test_an_archives_entries_headed_by_linked_headlines_are_no_comments():
    assert comments_on_a_bare_page(_archive(_ENTRIES)) == []


def test_posts_that_open_with_a_linked_title_from_another_site_are_kept():
    page = _archive(_ENTRIES).replace("../../2015/0", "https://news.example.com/2015/0")
    found = comments_on_a_bare_page(page)
    assert [(c.author or "").rsplit(" ", 1)[-1] for c in found] == ["bo", "cy", "di"]


def test_posts_that_open_with_a_linked_title_under_their_byline_are_kept():
    posts = "".join(
        f"""<li class="comment" id="comment-{n}"><span class="comment-author">{who}</span>
        <time datetime="2024-11-0{n}T08:00:00Z">{n} Nov</time>
        <div class="comment-text"><p><a href="/threads/{slug}/">{title}</a></p>
        <p>{words}</p></div></li>"""
        for n, who, slug, title, words in [
            (1, "ada", "pumps", "Which pump for a small pond", "That thread answers it."),
            (2, "bo", "filters", "Cleaning the filter every week", "See the second post there."),
            (3, "cy", "fish", "Fish that stay small in winter", "Mine did well in the cold."),
        ]
    )
    found = comments_of(f'<ol class="comment-list">{posts}</ol>')
    assert [c.author for c in found] == ["ada", "bo", "cy"]
