"""Which errors of a run are a stop by signal (exit 128 + signal) and which are failures."""

import signal
import sys

import pytest

from flows.cli.main import _stop_signal
from flows.cli.stopping import Stopped, stop_on_signals


def _raised_while_handling(first: Stopped | KeyError, then: ValueError) -> ValueError:
    """`then` raised inside the handler of `first`, as Prefect's crash handler does."""
    try:
        try:
            raise first
        except (Stopped, KeyError):
            raise then  # noqa: B904 - the implicit context is the point
    except ValueError as error:
        return error


def test_the_stop_itself_names_its_signal():
    assert _stop_signal(Stopped(signal.SIGINT)) == signal.SIGINT


def test_an_error_raised_while_prefect_records_the_stop_is_still_the_stop():
    error = _raised_while_handling(Stopped(signal.SIGTERM), ValueError("Task run is not set"))
    assert _stop_signal(error) == signal.SIGTERM


@pytest.mark.parametrize(
    "error",
    [ValueError("bad page"), _raised_while_handling(KeyError("x"), ValueError("bad page"))],
)
def test_a_failure_with_no_stop_in_its_chain_is_no_stop(error):
    assert _stop_signal(error) is None


class _RaisesWhenCollected:
    """Raises in `__del__`, as a signal handler does when the signal lands in a finaliser."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __del__(self) -> None:
        raise self.error


def test_a_stop_lost_in_a_finaliser_prints_no_traceback(monkeypatch):
    seen: list[BaseException | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: seen.append(unraisable.exc_value))
    with stop_on_signals():
        _RaisesWhenCollected(Stopped(signal.SIGTERM))
        _RaisesWhenCollected(KeyboardInterrupt())
        bug = ValueError("a real bug in a finaliser")
        _RaisesWhenCollected(bug)
    assert seen == [bug]


def test_the_signal_is_recorded_before_its_stop_can_be_lost():
    """A library may turn the `Stopped` raised in its code into an error of its own (pydantic
    does) before the watcher thread has read the signal: the list says it at once."""
    with stop_on_signals() as received:
        with pytest.raises(Stopped):
            signal.raise_signal(signal.SIGTERM)
        assert received == [signal.SIGTERM]
