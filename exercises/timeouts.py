"""CPU-time bounds for CAS work, so a slow SymPy call can never hang generation.

SymPy's ``simplify`` (and friends) can run for minutes on unlucky inputs. The
bound is a ``SIGPROF`` timer on the process's CPU time (``ITIMER_PROF``): cheap,
it interrupts pure-Python loops, which is where SymPy spends its time, and it
counts the work done, not the clock. On a machine shared with other jobs a
wall-clock budget would drop whatever happened to run while the machine was busy;
a CPU budget drops the same exercises on a busy machine as on an idle one, so
coverage figures are reproducible. (Code that waits instead of computing is not
bounded here: the sandbox, which runs programs that might sleep, keeps its own
wall-clock deadlines.) Signals reach only the main thread, so generation runs
families in worker *processes* (each its own main thread), and the sandbox
compares answers in its worker's main thread too.

:class:`TimeLimit` derives from ``BaseException`` and the timer keeps firing
every few milliseconds after the deadline, because SymPy has ``except
Exception:`` blocks that would otherwise swallow a single alarm and carry on.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")

REFIRE_SECONDS = 0.02  # after the deadline, the alarm repeats until the block has exited


class TimeLimit(BaseException):
    """Raised inside a :func:`time_limit` block whose time ran out."""


_deadlines: list[float] = []  # CPU-time deadlines of the active blocks, innermost last


def cpu_seconds() -> float:
    """This process's CPU seconds (user and system, all threads): the clock the limits use."""
    return time.process_time()


def _on_alarm(signum: int, frame: object) -> None:
    if _deadlines and cpu_seconds() >= min(_deadlines) - 1e-3:
        raise TimeLimit("time limit reached")


def _arm() -> None:
    """Point the timer at the nearest active deadline (or switch it off)."""
    if not _deadlines:
        signal.setitimer(signal.ITIMER_PROF, 0)
        return
    left = max(min(_deadlines) - cpu_seconds(), 1e-4)
    signal.setitimer(signal.ITIMER_PROF, left, REFIRE_SECONDS)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimit` in the block after it has used ``seconds`` of CPU time.

    Blocks nest: the nearest deadline wins. Off the main thread no alarm can be
    delivered, so the block runs unbounded; callers that need a hard bound
    there must use a killable process (the sandbox does).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if not _deadlines:
        signal.signal(signal.SIGPROF, _on_alarm)
    _deadlines.append(cpu_seconds() + seconds)
    _arm()
    try:
        yield
    finally:
        # No alarm may interrupt the bookkeeping, or a stale deadline would outlive its block.
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGPROF])
        try:
            _deadlines.pop()
            _arm()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGPROF])


def bounded(seconds: float, work: Callable[[], T]) -> T | None:
    """``work()``, or None if it alone uses more than ``seconds`` of CPU time: for one step
    that may give up (and let the caller try another way) inside a larger budget. An
    enclosing :func:`time_limit` that runs out meanwhile still raises :class:`TimeLimit`."""
    try:
        with time_limit(seconds):
            return work()
    except TimeLimit:
        if _deadlines and cpu_seconds() >= min(_deadlines) - 1e-3:
            raise  # the enclosing budget is spent too: not this step's to absorb
        return None
