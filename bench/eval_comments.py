"""Score comment extraction on ../shared/benchmarks/comments/ and on our set bench/devsets/comments.

Each page goes through `flows.parse.parse_page`, the same entry point the pipeline uses; a rejected
page counts as "no comments". For the shared set: the benchmark's own report (its score.py) and the
median extraction time per page. For our set (pages fetched into ../devsets/comments by
`make devsets`): bench/comment_score.py's figures on the tune half, the test half, both together
("all"), and the fresh splits added later (`fresh`, `fresh2` … `fresh34`: `FRESH_SPLITS`),
each by half and whole, then one line per markup, worst first, of the halves that may be read. A
line per half counts page outcomes (all, part, wrong items, none found; false items on pages
without) and the found items that match no comment, with how many of those share text with one (cut
wrong, not from elsewhere): counts that name no page, so they are printed for held-out halves too.
The test halves still held out (`HELD_OUT`) show only as aggregate lines, so that a plain run does
not put their markups in front of whoever tunes the parser; `--show-held-out` adds their per-markup
blocks. Then the article dev sets as a yardstick of look-alikes (most of their pages have no
comments): on their tune halves, the pages where comments are found against the verdicts a person
gave in `bench/devsets/lookalikes.json` (false pages named, with what was found; pages judged to
have comments kept), on their test halves only how many pages give comments. Each part is skipped
with a message when its pages are absent.

`--scrambled` gives our set's report alone on copies of its pages whose class, id and data-*
words are replaced by pseudo-words (`bench.scramble`), read in memory: how much of the finding
rests on the shape of the markup rather than on its vocabulary (issue #13); the look-alikes'
yardstick follows, on scrambled pages too.

usage: python -m bench.eval_comments [--show-held-out] [--scrambled] [score.py options]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from selectolax.lexbor import LexborHTMLParser

from bench import devset
from bench.article_scores import split_of
from bench.comment_score import PageRow, page_rows, summary
from bench.eval_articles import _fetched
from bench.paths import BENCHMARKS
from bench.scramble import scramble
from flows.parse.comments import extract_comments
from flows.parse.decode import decode, unpack
from flows.parse.page import PageRejected, parse_page

BENCH = BENCHMARKS / "comments"
FETCHED = datetime(2024, 11, 3, 10, 20, tzinfo=UTC)
LOOKALIKES = devset.SETS / "lookalikes.json"
"""Set → page id → {"verdict", "note"}: a person's verdict on each tune-half page of the
article sets where comments were found, "comments" (the page's own user comments, found at
least in part) or "none" (what was found is not user comments), and what was found."""
ARTICLE_SETS = ("daniel", "fundus", "mercury", "newspaper", "recipes", "chaos")
TIMING_ROUNDS = 5


def predictions(
    pages: Path | list[Path],
    crashed: set[str] | None = None,
    transform: Callable[[bytes], bytes] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """file name → [{"author", "text", "parent"}] as newsflow parses the page (PAGES: a
    folder of .html files or a list of page files, gzipped or not), each page's bytes passed
    through TRANSFORM first when given. A page whose parse raises counts as "no comments", as
    the pipeline records it (flows/lake/rows.py), and its name goes into CRASHED."""
    found: dict[str, list[dict[str, Any]]] = {}
    paths = sorted(pages.glob("*.html")) if isinstance(pages, Path) else pages
    for path in paths:
        try:
            data = path.read_bytes()
            page = parse_page(
                transform(data) if transform else data, fetched_at=FETCHED, name=path.name
            )
        except PageRejected:
            found[path.name] = []
            continue
        except Exception:  # noqa: BLE001 - a parser bug costs one page, never the report
            found[path.name] = []
            if crashed is not None:
                crashed.add(path.name)
            continue
        found[path.name] = [
            {"author": c.author, "text": c.text, "parent": c.parent} for c in page.comments
        ]
    return found


def parent_accuracy(truth: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> str:
    """score.py does not score threads: the share of right parents on the pages whose comment
    count is right (there the i-th comment found is the i-th true one)."""
    right, total = parent_counts(truth, found)
    return f"reply parents right: {right}/{total} on pages with the right count"


def parent_counts(
    truth: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]
) -> tuple[int, int]:
    right = total = 0
    for page in truth:
        predicted = found.get(page["file"], [])
        if page["comments"] and len(predicted) == len(page["comments"]):
            total += len(predicted)
            right += sum(
                p.get("parent") == t["parent"]
                for p, t in zip(predicted, page["comments"], strict=True)
            )
    return right, total


def comment_ms_per_page(pages: Path) -> list[float]:
    """Per page, the median over rounds of the time `extract_comments` takes (parse excluded)."""
    trees = [LexborHTMLParser(decode(unpack(p.read_bytes()))) for p in sorted(pages.glob("*.html"))]
    times = []
    for tree in trees:
        rounds = []
        for _ in range(TIMING_ROUNDS):
            start = time.perf_counter()
            extract_comments(tree, FETCHED)
            rounds.append((time.perf_counter() - start) * 1000)
        times.append(statistics.median(rounds))
    return times


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _line(name: str, rows: list[PageRow]) -> str:
    s = summary(rows)
    return (
        f"  {name:<6} pages {s['pages']:3d} ({s['zero_comment_pages']:2d} without)  "
        f"comments {s['true_comments']:4d}  found {s['predicted_comments']:4d}  "
        f"P {_figure(s['precision'])}  R {_figure(s['recall'])}  F1 {_figure(s['f1'])}  "
        f"count {_figure(s['count_accuracy'])}  author {_figure(s['author_accuracy'])}"
    )


OUTCOMES = ("all found", "part found", "wrong items", "none found", "false items")
"""Page outcomes (`PageRow.outcome`) in the order the report gives them; "quiet" (a page
without comments given none) is left out, being the rest of the pages without."""


def _outcome_line(name: str, rows: list[PageRow]) -> str:
    """Where a half's errors come from, in counts that name no page or markup (so fit for
    held-out halves): whole pages missed, wrong regions, items cut wrong."""
    counts = Counter(row.outcome for row in rows)
    unmatched = sum(row.pred - row.matched for row in rows)
    near = sum(row.near for row in rows)
    return (
        f"    {name:<11} "
        + "  ".join(f"{outcome} {counts[outcome]:2d}" for outcome in OUTCOMES)
        + f"  | unmatched found items {unmatched:3d}: sharing text with a comment {near:3d}"
    )


DEV_SPLITS = ("tune", "test")
"""The dev halves; "all" is these two together, so its figure does not move as the set grows."""
FRESH_SPLITS = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
)
"""Splits made later, of markups the dev halves lack: `fresh` after the parser was tuned on
`tune`, `fresh2` after `fresh` had been read, `fresh3` after `fresh2`'s tune half had been
read, `fresh4` after `fresh3`'s tune half had been read, `fresh5` after `fresh4`'s tune half
had been read, `fresh6` after `fresh5` had been read, `fresh7` after `fresh6-test` had shown that
rules fitted to read pages did not travel, `fresh8` as a yardstick of news and blog comments,
`fresh9` as a second unread yardstick once `fresh7-test` had been read (news comment systems of
2013-2015, Russian and look-alikes in five more languages), `fresh10` as another unread yardstick
once `fresh8` had been read, with more languages (Chinese, Russian, Hebrew and Japanese comments
beside English ones) and markups the set lacked, `fresh11` as a further unread yardstick of
markups and languages the set lacked (forum engines and news comment teasers in French,
Hungarian, Russian, German and Croatian, look-alikes in Chinese and Japanese), `fresh12` as a
further unread yardstick once fresh10 had been read, with forum engines, microformats responses,
news comment systems of 2008 and look-alikes in Russian, Portuguese and Japanese beside English
ones, `fresh13` as a split anyone may read, of forum-like pages (long threads with quotes in
Russian, English and Portuguese, and look-alikes), made to find why `fresh11`'s tune half scored
lower than its scrambled copy, `fresh14` as a second split anyone may read, of markups the set
lacked (Q&A engines and their answers, rendered Discourse, MetaFilter, Habrahabr of 2012,
LiveJournal's comments of 2024, Chinese boards built on Vue component kits, look-alikes in
Japanese, Turkish, Russian and English), `fresh15` as a third split anyone may read, of sites the
set lacked (ModDB's comments kept in recorded responses, Finnish boards, Reddit's web components,
WordPress forum and Q&A plugins, look-alikes in Finnish, Portuguese, French and Chinese), `fresh16`
as a fourth split anyone may read, of sites no set had used (Telerik's forums, Askbot, XenForo 1
and vBulletin 4 boards, WordPress comments in Italian, product reviews and empty comment sections
in Polish, Russian, Bengali and Italian as look-alikes), `fresh17` as a fifth split anyone may
read, of repositories no set had used (recipe community comments in German, French, Portuguese
and Italian, food blogs, a news blog's spam comments, look-alikes of news sites in Russian,
Romanian, Spanish, Italian and Portuguese), `fresh18` as a sixth split anyone may read, of a
repository no set had used (news sites' own comment systems of 2008-2010 in English and German,
Drupal, Slashdot and vBulletin threads, blogs, look-alikes in Dutch, Polish, Italian, Spanish,
Czech and Portuguese), `fresh19` as a seventh split anyone may read, mostly of look-alikes from
repositories no set had used (business sites' testimonials and reviews, blog indexes with
recent-comments widgets, empty comment sections and closed forms, forum board pages, job pages, a
news section in Azerbaijani, a Facebook timeline, a guest book in Chinese) beside phpBB, SMF and
Baidu Tieba threads and a guest book with entries, `fresh20` as an eighth split anyone may read, of
repositories no set had used (comments on Facebook posts in Arabic and Swahili, Movable Type
comments in Chinese, Japanese and English, a PHPWind thread, a Russian guest book, SMF topic and
uCoz news, forum and catalogue comments, Forem and Drupal forum topics, look-alikes: front pages,
board indexes of PunBB, Vanilla, Invision and XenForo, Discuz pages without replies, a blog of
quoted forum posts), `fresh21` as a ninth split anyone may read, of repositories no set had used
(forum pages of Godville in Russian, a vBulletin 2 thread, Discourse crawler topics in Hebrew,
Vanilla discussions, XenForo 2 threads and an Invision topic in Russian, look-alikes: a thread list,
a single-message view, Q&A home pages, a Spanish board index, a Japanese shop page, a mailing-list
message page, a topic list), `fresh22` as a split anyone may read, of guest books from repositories
no set had used (Matt's guestbook.pl, Perl, uCoz, Yahoo! GeoCities Japan and Drupal guest books,
hand-made books in English and Chinese, a Big5 shop book and a Chinese company book with the
owners' answers; look-alikes: empty books and sign forms in Chinese, Dutch, English and Russian,
a Polish list of guests, a German post about a guest book), `fresh23` as a split anyone may read,
of old-web comment pages from repositories no set had used (guest books of one table per entry, a
clan site's guest book of link spam and its picture comments, a visitors' book of letters signed
at their end or dated first, Movable Type comments with the byline after the text, Ziggo,
@Home and Japanese @NetHome WebSpace books; look-alikes: sign and comment forms, an empty comment
block, a guest-speaker page, quotes in a news item, replies quoted in a post, a Blogger updates
list, a link-only guest book), `fresh24` as a split anyone may read, of news and blog articles
with reader comments from repositories no set had used (a French collection of saved articles: a
news site's own reaction system, Over-blog comments with replies, themed and default WordPress
and Blogger comment lists with pingbacks among them; German magazine articles with their comment
lists; look-alikes: pingback-only comment sections, Tumblr notes, an empty comment container, a
comment count without comments, a Q&A interview, recent-comments widgets, a 404 page, a section
page of teasers with comment counts), `fresh25` as a split anyone may read, of repositories no set
had used (a vBulletin 3.8 thread in Vietnamese saved as a forum client's fixture, Disqus's
server-side comment lists with nested replies and pingbacks in a Spanish blog's wget mirror, phpBB
3 threads of a band's board; look-alikes: a vBulletin board page and forum index, a guest book's
sign form, a list of bands with descriptions, a guest book kept in an iframe), `fresh26` as a split
anyone may read, of repositories no set had used (Discuz! 7 threads of a Chinese board saved before
it closed, SMF 2 topics kept as a scraper's test pages, TypePad comments and ExpressionEngine
comments of a group blog with the byline after the text; look-alikes: the SMF board's thread list,
an empty and closed TypePad comment section, Persian SPIP article and section pages, a Polish SMF
board index, a post whose only comment lines are a recent-comments widget), `fresh27` as a split
anyone may read, of repositories no set had used (a Japanese Kent-web WebForum board in Shift_JIS
with nested replies and its newest-posts page, TorrentPier release topics in Russian kept as a
parser's fixtures, Russian advertising pages dressed as news with fabricated reader comments in
copied widgets; look-alikes: the board's thread tree, a TorrentPier board page, Mailman and
Hypermail message pages and a thread index), `fresh28` as a split anyone may read, of
repositories no set had used (blog comments kept in static copies of sites: a Polish photo blog's
theme with replies in a list after their parent, WordPress lists in Polish, Romanian and Swedish,
Disqus and Cackle server-side lists in Finnish and Russian, a hand-made page of details elements,
Drupal 6 condolences; look-alikes: a post with only an author box and a form, a blog index with a
recent-comments block, a Greek board index, an empty Cackle list), `fresh29` as a split anyone may
read, of repositories no set had used (blog comments kept in static copies of sites: a vegan food
blog's custom theme with the date before the name, a Quebec band's guest book and news in French,
WordPress lists of an Australian baking blog, of a student's OpenCL blog with pingbacks among the
comments, of a Spanish blog on emigrating to Canada with the webmaster's answers nested, of an
Italian open-data project's contact page and of an Italian association's Astra theme with approved
spam; look-alikes: a band's news teasers with comment counts, a Turkish post with an author box, a
Spanish post with a recent-comments widget, an Indonesian post without a comment section), `fresh30`
as a split anyone may read, of repositories no set had used and of no WordPress (Drupal 7 comments
of two conference sites in Polish and English with replies and subject lines, a MyBB forum's archive
mode, Discourse topics exported by an archiver without dates, a Vanilla 2 thread of 2004, Blogger
classic comments showing only the hour with a removed-comment placeholder; look-alikes: a MyBB
archive thread list, a Discourse topic with only its opening post, a Vanilla category page with
comment counts, a Chinese post moved from Blogger without its comments), `fresh31` as a split
anyone may read, of repositories no set had used, mostly in languages the set lacked (Discourse
crawler topics of an Arabic forum whose replies open with a quote of the post they answer, of a
Greek scuba-diving forum,
Discourse crawler topics of a Chinese forum with a deleted user and a hidden-post placeholder,
Blogger comments of a Tamil blog saved from the Wayback Machine; look-alikes: an Arabic category
page with reply counts, a Chinese topic with only its opening post, blog posts whose only comment
elements are code comments, a Japanese post without a comment section), `fresh32` as a split
anyone may read, of repositories no set had used, in languages the set lacked (Drupal 6 forum
topics of a Spanish Jabber community and a Spanish personal blog, MyBB 1.8 threads of a French
fan forum, Drupal 7 comments of a Russian poetry site, Drupal 8 comments of a Russian company
blog whose staff answers show no author, Drupal forum topics of the Czech Drupal community, all
Drupal ones with replies nested in div.indented; look-alikes: a Spanish forum's topic list with
reply counts, a Turkish post whose comment section is only a log-in link, a Russian list of
dated post teasers), `fresh33` as a split anyone may read, of repositories no set had used, in
languages the set still lacked (Drupal 7 comments of an Italian open-data community with replies
nested in div.indented, WordPress comments of a Swiss recruit's blog in Swiss German with the byline
after the text and replies nested in their parent, Drupal 7 comments of a Brazilian
digital-culture project with imported pingbacks among them, Pebble responses of a Japanese
developer's diary threaded only by indentation, with a hidden comment-form preview, Movable Type
comments of a Japanese developer's blog with trackbacks in the same markup; look-alikes:
an Italian blog list with comment counts, a German comment page that is only a form, a Portuguese
post whose comment list holds only pingbacks, a Japanese entry whose recent-responses widget quotes
other entries' comments, a German post with an empty comment section), `fresh34` as a split
anyone may read, of repositories no set had used, mostly in Turkish (WordPress default-theme
comments of a developer's blog with replies nested three deep and a pingback, a custom theme of an
SEO entrepreneur's blog whose comment items carry a broken class attribute and whose reply list
follows its parent's closed item, Discy Q&A answers of a question site ordered by votes, a
researcher's custom theme with a "name, date" line, date-only times, MATLAB code in comments and
pingbacks among them, a page whose comments are the site's guest book; a Swedish dealer's news with
an unrendered PHP class and one approved spam comment; look-alikes: a Turkish home page with
comment counts, two Swedish guest books that are only a form, a Persian post with an unloaded
Disqus embed, a Turkish sample page with a recent-comments widget).
Each is cut in two by site, like the article sets (`bench.article_scores.split_of`): its tune half may
be read to change the parser, its test half only as a held-out measurement while it is in `HELD_OUT`
(`fresh13` to `fresh20` never were)."""
HELD_OUT = (
    "fresh11",
    "fresh12",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
)
"""The fresh splits whose test half nobody has read yet (of fresh21 to fresh34, only the
per-markup lines of their first measure were seen, no page); the test halves of the others were
read to change the parser (fresh2 to fresh5 on 2026-12-04, fresh6 on 2026-12-04 after
three sessions as a yardstick, fresh7 on 2026-12-05 after four, fresh8, both halves, on
2026-12-05 after three, fresh9, both halves, on 2026-12-05 after three, fresh10, both halves,
on 2026-12-05 after three) or may be (fresh13 to fresh20) and are reported with the tune
halves."""
UNREAD_TUNE = ("fresh11", "fresh12")
"""The held-out splits whose tune half nobody has read either: their per-markup lines are
held out too (the tune halves of fresh9 and fresh10 were read with their test halves)."""
SHOW_HELD_OUT = "--show-held-out"
"""The option that prints the per-markup blocks of the held-out test halves."""
SCRAMBLED = "--scrambled"
"""The option that reports our set alone, on pages whose class and id words are scrambled."""


def split_options(argv: list[str]) -> tuple[bool, list[str]]:
    """Whether SHOW_HELD_OUT was given, and the other options (SCRAMBLED, score.py's)."""
    return SHOW_HELD_OUT in argv, [arg for arg in argv if arg != SHOW_HELD_OUT]


def fresh_half(page: dict[str, Any]) -> str:
    """The half of a fresh split a page is in: by the host of its URL, else by the
    repository it comes from ("fresh-tune", "fresh2-test" …)."""
    site = urlparse(page.get("url") or "").hostname or page["source"].split("@")[0]
    return f"{page['split']}-{split_of(site.removeprefix('www.'))}"


def held_out_half(page: dict[str, Any]) -> str | None:
    """The held-out half a page of our set is in ("fresh12-tune", "fresh29-test" …), or None
    when the page may be read."""
    if page.get("split") not in FRESH_SPLITS:
        return None
    half = fresh_half(page)
    if page["split"] in UNREAD_TUNE or (page["split"] in HELD_OUT and half.endswith("-test")):
        return half
    return None


def _badness(part: list[PageRow]) -> tuple[float, float, str]:
    """Sort key putting the worst markup first: F1, then recall (pages without comments by
    how few comments were found on them)."""
    s = summary(part)
    return (
        s["f1"] if s["true_comments"] else 1.0 - s["predicted_comments"] / 1e6,
        s["recall"] or 0.0,
        part[0].markup,
    )


def _markup_lines(rows: list[PageRow]) -> list[str]:
    by_markup: dict[str, list[PageRow]] = {}
    for row in rows:
        by_markup.setdefault(row.markup, []).append(row)
    lines = []
    for part in sorted(by_markup.values(), key=_badness):
        s = summary(part)
        lines.append(
            f"    {part[0].split:<10} F1 {_figure(s['f1'] if s['true_comments'] else None)}  "
            f"{len(part)}p  true {s['true_comments']:3d}  found {s['predicted_comments']:3d}  "
            f"matched {s['matched']:3d}  authors {sum(r.author_ok for r in part):3d}  {part[0].markup[:90]}"
        )
    return lines


def devset_report(
    name: str = "comments", *, show_held_out: bool = False, scrambled: bool = False
) -> list[str]:
    """Our set's figures: tune, test, all (tune and test), each fresh split by half and whole,
    the readable and the held-out halves each pooled (the held-out line is the figure nearest to
    pages nobody tuned on), reply parents, then per markup worst first (F1, then recall) of the readable halves; the
    held-out halves per markup in blocks of their own only when SHOW_HELD_OUT asks. SCRAMBLED
    parses copies whose class, id and data-* words are pseudo-words (`bench.scramble`)."""
    present = devset.present(name)
    if not present:
        return [f"devset {name}: skipped: run make devsets (no pages in {devset.pages_dir(name)})"]
    on_disk = {path.name for _, path in present}
    truth = [
        {**p, "split": fresh_half(p)} if p.get("split") in FRESH_SPLITS else p
        for p in devset.truth(name)  # type: ignore[attr-defined]
        if p["file"] in on_disk
    ]
    crashed: set[str] = set()
    found = predictions([path for _, path in present], crashed, scramble if scrambled else None)
    rows = page_rows(truth, found)
    dev = [r for r in rows if r.split in DEV_SPLITS]
    what = f"{name}, class and id words scrambled" if scrambled else name
    lines = [
        f"devset {what} ({len(rows)}/{len(devset.sources(name))} pages present, bench/comment_score.py):"
    ]
    lines += [_line(split, [r for r in rows if r.split == split]) for split in DEV_SPLITS]
    lines.append(_line("all", dev))
    readable = list(dev)
    held_out: list[tuple[str, list[PageRow]]] = []
    splits = list(DEV_SPLITS)
    for fresh in FRESH_SPLITS:
        halves = (f"{fresh}-tune", f"{fresh}-test")
        parts = [[r for r in rows if r.split == half] for half in halves]
        if not any(parts):
            continue
        lines += [_line(half, part) for half, part in zip(halves, parts, strict=True)]
        lines.append(_line(fresh, parts[0] + parts[1]))
        if fresh in UNREAD_TUNE:
            held_out += zip(halves, parts, strict=True)
        elif fresh in HELD_OUT:
            readable += parts[0]
            held_out.append((halves[1], parts[1]))
        else:
            readable += parts[0] + parts[1]
        splits += halves
    lines.append(_line("readable halves pooled", readable))
    lines.append(_line("held-out halves pooled", [row for _, part in held_out for row in part]))
    parents = [
        (split, *parent_counts([p for p in truth if p.get("split") == split], found))
        for split in splits
    ]
    lines.append(
        "  reply parents right on pages with the right count: "
        + ", ".join(f"{split} {right}/{total}" for split, right, total in parents if total)
    )
    lines.append(
        "  page outcomes by half (pages with comments: all / part / wrong items / none found; "
        "pages without: false items), then found items matching no comment:"
    )
    lines += [
        _outcome_line(split, part)
        for split in splits
        if (part := [r for r in rows if r.split == split])
    ]
    if crashed:
        by_half = Counter(p["split"] for p in truth if p["file"] in crashed)
        lines.append(
            f"  pages whose parse raised (counted as no comments): {len(crashed)}, in "
            + ", ".join(f"{half} {count}" for half, count in sorted(by_half.items()))
        )
    lines.append("  per markup, worst first (split, pages, true, found, matched, right authors):")
    lines += _markup_lines(readable)
    for half, part in held_out if show_held_out else []:
        if part:
            lines.append(f"  per markup of {half} (held out: a measurement, not for tuning):")
            lines += _markup_lines(part)
    return lines


Found = dict[tuple[str, str], list[str]]
"""(set, page id) → the first words of each comment found, on the pages where some are."""


def article_set_finds(transform: Callable[[bytes], bytes] | None = None) -> tuple[Found, Found]:
    """The comments `parse_page` finds on the article sets' pages, split by half (tune, test),
    each page as `bench.eval_articles` reads it (its URL, its crawl time); a page whose parse
    raises gives none."""
    halves: tuple[Found, Found] = ({}, {})
    for name in ARTICLE_SETS:
        truth: dict[str, dict[str, Any]] = devset.truth(name)  # type: ignore[assignment]
        for source, path in devset.present(name):
            item = truth[source.id]
            data = devset.read_page(source, path)
            try:
                comments = parse_page(
                    transform(data) if transform else data,
                    fetched_at=_fetched(item),
                    url=item["url"],
                ).comments
            except Exception:  # noqa: BLE001 - a rejected or crashed page gives no comments
                comments = []
            if comments:
                half = halves[0] if split_of(item["site"]) == "tune" else halves[1]
                half[name, source.id] = [" ".join(c.text.split()[:8]) for c in comments]
    return halves


def _what(texts: list[str]) -> str:
    return f"{len(texts)} found: {texts[0][:60]!r}"


def lookalike_lines(
    tune: Found, test: Found, verdicts: dict[str, dict[str, dict[str, str]]]
) -> list[str]:
    """The yardstick's lines: on the tune halves, the pages where comments are found that were
    judged "none" (false pages, each named with what was found), the pages judged "comments"
    still given some (of all so judged, those lost named), and pages found but never judged
    (to judge); on the test halves only the count of pages where comments are found."""
    verdict = {
        (name, page): v["verdict"] for name, pages in verdicts.items() for page, v in pages.items()
    }
    false = sorted(key for key in tune if verdict.get(key) == "none")
    unjudged = sorted(key for key in tune if key not in verdict)
    real = sorted(key for key, v in verdict.items() if v == "comments")
    lost = [key for key in real if key not in tune]
    head = (
        f"  tune  comments found on {len(tune)} pages: judged none {len(false)}, "
        f"judged comments kept {len(real) - len(lost)}/{len(real)}, not judged {len(unjudged)}"
    )
    lines = [head]
    lines += [f"    false page {page} ({_what(tune[name, page])})" for name, page in false]
    lines += [f"    judged comments, none found {page}" for _, page in lost]
    lines += [f"    not judged {page} ({_what(tune[name, page])})" for name, page in unjudged]
    lines.append(f"  test  comments found on {len(test)} pages (held out: the count only)")
    return lines


def lookalike_report(*, scrambled: bool = False) -> list[str]:
    """The look-alikes' yardstick on the article sets (see `lookalike_lines`); SCRAMBLED parses
    copies whose class, id and data-* words are pseudo-words."""
    absent = [name for name in ARTICLE_SETS if not devset.present(name)]
    if len(absent) == len(ARTICLE_SETS):
        return [
            f"article sets' look-alikes: skipped: run make devsets (no pages in {devset.pages_dir('')})"
        ]
    verdicts = json.loads(LOOKALIKES.read_text("utf-8"))
    tune, test = article_set_finds(scramble if scrambled else None)
    what = ", class and id words scrambled" if scrambled else ""
    lines = [f"article sets' look-alikes{what} (tune pages judged by hand, {LOOKALIKES.name}):"]
    lines += [f"  {name}: skipped: run make devsets (no pages)" for name in absent]
    return lines + lookalike_lines(tune, test, verdicts)


def main() -> int:
    show_held_out, options = split_options(sys.argv[1:])
    if SCRAMBLED in options:
        print("\n".join(devset_report(show_held_out=show_held_out, scrambled=True)))
        print("\n".join(lookalike_report(scrambled=True)))
        return 0
    if not (BENCH / "score.py").is_file():
        print(f"comments benchmark not found at {BENCH}: skipped")
        print("\n".join(devset_report(show_held_out=show_held_out)))
        print("\n".join(lookalike_report()))
        return 0
    found = predictions(BENCH / "pages")
    with tempfile.TemporaryDirectory() as tmp:
        pred_file = Path(tmp) / "comments.json"
        pred_file.write_text(json.dumps(found, ensure_ascii=False), "utf-8")
        args = [sys.executable, str(BENCH / "score.py"), str(pred_file), *options]
        done = subprocess.run(args, check=False)
    print(parent_accuracy(json.loads((BENCH / "truth.json").read_text("utf-8")), found))
    times = comment_ms_per_page(BENCH / "pages")
    print(
        f"comment extraction ms per page: median {statistics.median(times):.3f}, "
        f"mean {statistics.mean(times):.3f}, max {max(times):.3f} "
        f"({len(times)} pages, {TIMING_ROUNDS} rounds each)"
    )
    print("\n".join(devset_report(show_held_out=show_held_out)))
    print("\n".join(lookalike_report()))
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
