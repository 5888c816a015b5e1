"""Per-page limits: shape checked before lexbor parses, time enforced while parsing."""

import threading
import time
from datetime import UTC, datetime

import pytest

from flows.contracts import RawPage
from flows.lake.rows import page_rows
from flows.parse.limits import (
    MAX_ELEMENTS,
    MAX_NESTING,
    PageOverLimit,
    _count_tag_marks,
    check_shape,
    within_time_limit,
)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<ul>" + "<li>item, unclosed" * 20_000 + "</ul></body></html>",
        "<table>" + "<tr><td>cell<td>cell" * 5_000 + "</table>",
        "<script>" + "document.write('<div>');" * 5_000 + "</script><p>text</p>",
        "<!--" + "<div>" * 5_000 + "--><p>text</p>",
        "<div>" * MAX_NESTING + "</div>" * MAX_NESTING,
    ],
)
def test_check_shape_accepts_sloppy_but_ordinary_pages(html):
    check_shape(html)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<div>" * 200_000, "nested too deeply"),
        ("<table><tr><td>" * 50_000, "nested too deeply"),
        ("<p>para <b>bold <i>italic " * 20_000, "nested too deeply"),
        ("<br>" * (MAX_ELEMENTS + 1), "too complex"),
    ],
)
def test_check_shape_refuses_what_would_stall_the_parser(html, reason):
    with pytest.raises(PageOverLimit, match=reason):
        check_shape(html)


def test_deep_nesting_is_a_rejected_page_in_well_under_a_second():
    started = time.monotonic()
    rows = page_rows(
        RawPage(data=b"<html><body>" + b"<div>" * 200_000, source="deep.html",
                fetched_at=datetime(2024, 11, 1, tzinfo=UTC)),
        run_id="test",
    )  # fmt: skip
    page = rows.tables["pages"][0]
    assert (page["status"], page["error"]) == (
        "rejected",
        f"page nested too deeply: over {MAX_NESTING} elements open at once",
    )
    assert time.monotonic() - started < 5


def test_within_time_limit_stops_python_work_that_overruns():
    def spin() -> int:
        while True:
            time.sleep(0.001)

    started = time.monotonic()
    with pytest.raises(PageOverLimit, match=r"over 0.2 s"):
        within_time_limit(spin, seconds=0.2)
    assert time.monotonic() - started < 2
    assert within_time_limit(lambda: 42, seconds=0.2) == 42
    time.sleep(0.3)  # the cancelled watchdog must not fire later into this thread


def _spin() -> int:
    while True:
        time.sleep(0.001)


def test_a_short_time_limit_after_a_long_one_still_fires_on_time():
    assert within_time_limit(lambda: 1, seconds=30) == 1  # the watchdog now sleeps for 30 s
    started = time.monotonic()
    with pytest.raises(PageOverLimit, match=r"over 0.2 s"):
        within_time_limit(_spin, seconds=0.2)
    assert time.monotonic() - started < 2


def test_time_limits_in_several_threads_stop_only_the_thread_that_overruns():
    results: dict[str, object] = {}

    def overrun() -> None:
        try:
            within_time_limit(_spin, seconds=0.2)
        except PageOverLimit as error:
            results["overrun"] = error

    def quick() -> None:
        results["quick"] = [within_time_limit(lambda n=n: n, seconds=5) for n in range(200)]

    threads = [threading.Thread(target=overrun), threading.Thread(target=quick)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert isinstance(results["overrun"], PageOverLimit)
    assert results["quick"] == list(range(200))


def test_check_shape_reads_the_same_limits_from_the_pages_utf8_bytes():
    deep = "<p>naïve — ünïcödé <b>" * 20_000
    with pytest.raises(PageOverLimit, match="nested too deeply"):
        check_shape(deep, deep.encode())
    many = "<br>€" * 5_000  # over the count that starts the scan, within every limit
    check_shape(many, many.encode())
    check_shape("<p>— ok</p>" * 100, ("<p>— ok</p>" * 100).encode())
    for page in (deep, many, "", "no tags", "<😀<<é>"):
        assert _count_tag_marks(page, page.encode()) == page.count("<")


def _most_open(html: str) -> int:
    """The most elements open at once, counted as `check_shape` counts them, each tag's name
    folded on every tag."""
    from flows.parse.limits import _NOT_NESTING, _TAGS

    open_now = most = 0
    for match in _TAGS.finditer(html):
        _raw_text, closing, name, rest = match.groups()
        if name is None:
            continue
        if closing:
            open_now = max(open_now - 1, 0) if name.lower() not in _NOT_NESTING else open_now
        elif not rest.endswith("/") and name.lower() not in _NOT_NESTING:
            open_now += 1
            most = max(most, open_now)
    return most


@pytest.mark.parametrize(
    "unit",
    [
        "<DIV><Div><div/></DIV>",  # a name in any case, one closing itself
        "</div></P></span><div>",  # closings past the last open element
        "<LI><li><P><p><TD>",  # end tags HTML lets pages leave out, in any case
        "<SCRIPT>'<div>'</script><!-- <div> --><Span>",  # raw text and comments
        "<my-widget><My-Widget></MY-WIDGET><svg:g>",
    ],
)
def test_each_tag_name_is_folded_once_with_the_same_limits(unit):
    for repeat in (1_100, 2_100, 5_000):  # more `<` than the cheap count, around the limit
        html = unit * repeat
        assert _count_tag_marks(html, None) > 4_096
        if _most_open(html) > MAX_NESTING:
            with pytest.raises(PageOverLimit, match="nested too deeply"):
                check_shape(html)
        else:
            check_shape(html)
