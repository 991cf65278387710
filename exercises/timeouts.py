"""Wall-clock bounds for CAS work, so a slow SymPy call can never hang generation.

SymPy's ``simplify`` (and friends) can run for minutes on unlucky inputs. The
bound is a ``SIGALRM`` timer: cheap, and it interrupts pure-Python loops, which
is where SymPy spends its time. Signals reach only the main thread, so
generation runs families in worker *processes* (each its own main thread), and
the sandbox compares answers in its worker's main thread too.

:class:`TimeLimit` derives from ``BaseException`` and the timer keeps firing
every few milliseconds after the deadline, because SymPy has ``except
Exception:`` blocks that would otherwise swallow a single alarm and carry on.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

REFIRE_SECONDS = 0.02  # after the deadline, the alarm repeats until the block has exited


class TimeLimit(BaseException):
    """Raised inside a :func:`time_limit` block whose time ran out."""


_deadlines: list[float] = []  # monotonic deadlines of the active blocks, innermost last


def _on_alarm(signum: int, frame: object) -> None:
    if _deadlines and time.monotonic() >= min(_deadlines) - 1e-3:
        raise TimeLimit("time limit reached")


def _arm() -> None:
    """Point the timer at the nearest active deadline (or switch it off)."""
    if not _deadlines:
        signal.setitimer(signal.ITIMER_REAL, 0)
        return
    left = max(min(_deadlines) - time.monotonic(), 1e-4)
    signal.setitimer(signal.ITIMER_REAL, left, REFIRE_SECONDS)


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimit` in the block after ``seconds`` of wall-clock time.

    Blocks nest: the nearest deadline wins. Off the main thread no alarm can be
    delivered, so the block runs unbounded; callers that need a hard bound
    there must use a killable process (the sandbox does).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if not _deadlines:
        signal.signal(signal.SIGALRM, _on_alarm)
    _deadlines.append(time.monotonic() + seconds)
    _arm()
    try:
        yield
    finally:
        # No alarm may interrupt the bookkeeping, or a stale deadline would outlive its block.
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        try:
            _deadlines.pop()
            _arm()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])
