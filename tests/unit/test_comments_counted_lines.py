"""A user column's counted lines read alike whatever the count and its word's number
(issue #13): "1 Post" and "536 Posts", "1 Beitrag" and "12 Beiträge" are the same chrome."""

from __future__ import annotations

from flows.contracts import Comment
from flows.parse.comments.shared_chrome import without_shared_chrome
from tests.support.comment_pages import FETCHED


def _kept(texts: list[str]) -> list[str]:
    return [
        c.text for c in without_shared_chrome([Comment(text=t, author="x") for t in texts], FETCHED)
    ]


def test_a_counts_singular_and_plural_lines_are_the_same_chrome():
    posts = [("1", "1", "Reported to be AI171."), ("1,296", "536", "Also a smoke plume.")]
    posts += [("3", "2", "The crash video is online."), ("20", "5", "The track is limited.")]
    texts = [
        f"Join Date: Jun 2012\nPosts: {n}\nReceived {likes} Likes\non\n{n} {'Post' if n == '1' else 'Posts'}\n{text}"
        for likes, n, text in posts
    ]
    assert _kept(texts) == [text for _, _, text in posts]


def test_a_german_columns_counted_lines_go_in_singular_and_plural():
    posts = [("1 Beitrag", "Das Video ist online."), ("12 Beiträge", "Auch eine Rauchwolke.")]
    posts += [("3 Beiträge", "Die Spur ist kurz."), ("1 Beitrag", "Schwer zu sagen.")]
    texts = [f"{count}\n{text}" for count, text in posts]
    assert _kept(texts) == [text for _, text in posts]


def test_a_count_one_comment_opens_with_stays():
    texts = ["3 Gründe, warum ich das glaube.", "Stimmt.", "Sehe ich anders.", "Danke!"]
    assert _kept(texts) == texts
