"""A block holding a permalink (`rel="bookmark"`) to another page is a post in a list of posts
(an archive's entry, a blog's front page), not a reader's comment: a comment's own permalink
names its place on the page (`#comment-3`)."""

from __future__ import annotations

from tests.support.comment_pages import comments_on_a_bare_page

_POST = """<div class="post" id="post-43{n}">
  <h2><a rel="bookmark" href="archives/2006/1{n}/0{n}/{slug}/index.html">{headline}</a></h2>
  <p class="postmeta"><a href="archives/2006/1{n}/index.html">{n} December 2006</a> by
    <a href="mailto:{who}@example.org">{who}</a></p>
  <div class="entry"><p>{words}</p></div>
</div>"""

_POSTS = [
    (1, "new-blog", "New home", "Rose", "I have started a new blog and will write there."),
    (2, "jacket", "Bell-sleeved Jacket", "Steven", "Here is some knitting I did to pass the time."),
    (3, "reading", "September Reading", "Rose", "The good news: I am already on the next list."),
    (4, "august", "August Reading", "Rose", "August was not a big month for reading."),
]


def _front_page(post: str) -> str:
    return "<h1>Peiratikos</h1>" + "".join(
        post.format(n=n, slug=slug, headline=headline, who=who, words=words)
        for n, slug, headline, who, words in _POSTS
    )


def test_posts_holding_their_permalinks_are_no_comments():
    assert comments_on_a_bare_page(_front_page(_POST)) == []


def test_comments_whose_permalinks_name_their_place_are_kept():
    comment = _POST.replace("archives/2006/1{n}/0{n}/{slug}/index.html", "#comment-{n}")
    found = comments_on_a_bare_page(_front_page(comment))
    assert found
    assert {c.author for c in found} <= {"Rose", "Steven"}
