"""How `newsflow run` stops on SIGINT (Ctrl-C) and SIGTERM.

The first signal raises `Stopped` in the main thread, wherever the run is: the task it
lands in and the flow run end Crashed in Prefect (the CLI then marks the run Cancelled),
the ingest pool kills its workers, staged lake batches stay for the next run's `recover`,
and a model build in progress never replaces the warehouse (it swaps in whole or not at
all). The exit code is 128 + the signal: 130 for SIGINT, 143 for SIGTERM.

The main thread runs Python signal handlers only between bytecodes, so a call into C code
(a DuckDB query) would delay it. A watcher thread therefore reads the signals from a
wakeup fd the moment they arrive: if the run has not stopped `GRACE_SECONDS` after the
first signal, or at a second SIGINT (a second Ctrl-C), it kills the run's children and exits
at once. (A second SIGTERM does not: Prefect's handler sends SIGTERM again itself.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from flows import processes

SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE_SECONDS = 10.0
"""After the first signal, how long the run may take to stop before it is cut short."""
NAMES: dict[int, str] = {int(signal.SIGINT): "SIGINT (Ctrl-C)", int(signal.SIGTERM): "SIGTERM"}


def signal_name(signum: int) -> str:
    return NAMES.get(int(signum), f"signal {signum}")


class Stopped(KeyboardInterrupt):
    """Raised in the main thread by the first SIGINT or SIGTERM. A KeyboardInterrupt, so
    that nothing catching `Exception` swallows it and Prefect records a crash."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"stopped by {signal_name(signum)}")
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return exit_code(self.signum)


def exit_code(signum: int) -> int:
    """The shell's convention: 128 + the signal number."""
    return 128 + int(signum)


def quiet_console_logs() -> None:
    """Mute Prefect's console log handlers (its crash report and traceback), so a stopped run
    prints one line; what Prefect sends to its API is kept."""
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        if not isinstance(logger, logging.Logger):
            continue
        for handler in logger.handlers:
            if type(handler).__name__ == "PrefectConsoleHandler":
                handler.setLevel(logging.CRITICAL + 1)


def exit_now(code: int) -> None:
    """Exit a stopped run without the interpreter's exit handlers (Prefect's would retry an
    API that is gone, for minutes): output flushed, children killed."""
    sys.stdout.flush()
    sys.stderr.flush()
    processes.kill_descendants()
    os._exit(code)


def _quiet_lost_stops(
    previous: Callable[[sys.UnraisableHookArgs], object],
) -> Callable[[sys.UnraisableHookArgs], None]:
    """An unraisable-exception hook that drops a signal's exception (one that is not an
    `Exception`: `Stopped`, Prefect's `TerminationSignal`) raised where it cannot propagate;
    the watcher has recorded the signal, so the run still stops with its exit code. Every
    other unraisable exception goes to `previous`."""

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        error = unraisable.exc_value
        if isinstance(error, BaseException) and not isinstance(error, Exception):
            return
        previous(unraisable)

    return hook


@contextmanager
def stop_on_signals(
    on_cut_short: Callable[[int], None] | None = None, grace: float = GRACE_SECONDS
) -> Iterator[list[int]]:
    """Turn the first SIGINT/SIGTERM into `Stopped`; cut the run short if it does not stop
    within `grace` seconds (`on_cut_short(signum)` runs first, for a last word; it must be
    quick) or at once at a second signal. Must be entered in the main thread.

    Yields the list of signals that arrived (the first one, or none), as the handler records
    it or, where it does not run, the watcher reads it: the exception can be lost on its way up. During a flow run Prefect's own SIGTERM
    handler raises its `TerminationSignal` instead of `Stopped`, and DuckDB turns either,
    raised during a query, into its `InterruptException`, which code expecting query errors
    may catch; the run then goes on to the end. A signal that lands in a finaliser (an
    object's `__del__`) loses its exception the same way: Python prints it as "Exception
    ignored in ...", with a traceback; `_quiet_lost_stops` keeps that off the terminal."""
    arrived: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield arrived  # signals reach the main thread only (an embedding caller handles them)
        return
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    first: list[int] = []

    def handler(signum: int, _frame: FrameType | None) -> None:
        if first:
            return  # the watcher thread handles a second signal
        first.append(signum)
        if not arrived:  # at once: the watcher may read the wakeup fd only after the
            arrived.append(signum)  # `Stopped` raised here was lost (pydantic rewraps it)
        processes.request_stop()
        quiet_console_logs()
        raise Stopped(signum)

    previous = {signum: signal.signal(signum, handler) for signum in SIGNALS}
    old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    done = threading.Event()

    def cut_short(signum: int, why: str, last_word: bool = True) -> None:
        if done.is_set():
            return
        print(
            f"newsflow: stopped by {why}, at once; the next run of this data folder finishes "
            "or undoes what it left (`newsflow run` again)",
            file=sys.stderr,
            flush=True,
        )
        if on_cut_short is not None and last_word:
            with contextlib.suppress(Exception):  # the last word is best effort
                on_cut_short(signum)
        processes.kill_descendants()
        os._exit(exit_code(signum))

    def watch() -> None:
        seen = 0
        while True:
            try:
                data = os.read(read_fd, 64)
            except OSError:
                return
            if not data or done.is_set():
                return
            for signum in data:
                if signum not in SIGNALS:
                    continue  # Prefect's SIGALRM timeouts, for one
                seen += 1
                if seen > 1 and signum != signal.SIGINT:
                    # Prefect's own SIGTERM handler (in a flow run) sends the signal again
                    # once it has recorded the crash: only a second Ctrl-C cuts short.
                    continue
                if seen == 1:
                    if not arrived:
                        arrived.append(signum)
                    processes.request_stop()
                    quiet_console_logs()
                    timer = threading.Timer(
                        grace,
                        cut_short,
                        (signum, f"{signal_name(signum)}: it did not stop within {grace:.0f} s"),
                    )
                    timer.daemon = True
                    timer.start()
                else:
                    cut_short(signum, f"a second {signal_name(signum)}", False)

    watcher = threading.Thread(target=watch, name="newsflow-signals", daemon=True)
    watcher.start()
    previous_unraisable = sys.unraisablehook
    sys.unraisablehook = _quiet_lost_stops(previous_unraisable)
    try:
        yield arrived
    finally:
        done.set()
        sys.unraisablehook = previous_unraisable
        signal.set_wakeup_fd(old_wakeup)
        for signum, old in previous.items():
            signal.signal(signum, old)
        # Wake the watcher so it ends; the two pipe ends are left open (closing one while
        # the watcher reads it could hand a reused fd number to its read).
        os.write(write_fd, b"\0")
