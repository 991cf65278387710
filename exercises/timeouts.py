"""Wall-clock bounds for CAS work, so a slow SymPy call can never hang generation.

SymPy's ``simplify`` (and friends) can run for minutes on unlucky inputs. The
bound is a ``SIGALRM`` timer: cheap, and it interrupts pure-Python loops, which
is where SymPy spends its time. Signals reach only the main thread, so
generation runs families in worker *processes* (each its own main thread), and
the sandbox compares answers in its worker's main thread too.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class TimeLimit(Exception):
    """Raised inside a :func:`time_limit` block whose time ran out."""


def _on_alarm(signum: int, frame: object) -> None:
    raise TimeLimit("time limit reached")


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimit` in the block after ``seconds`` of wall-clock time.

    Nested limits keep the tighter outer deadline: the inner block gets
    ``min(seconds, what the outer block has left)``. Off the main thread no
    alarm can be delivered, so the block runs unbounded; callers that need a
    hard bound there must use a killable process (the sandbox does).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outer_left, _ = signal.getitimer(signal.ITIMER_REAL)
    budget = min(seconds, outer_left) if outer_left > 0 else seconds
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(budget, 1e-3))
    try:
        yield
    finally:
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left > 0:
            # Give the outer block back its own deadline, minus the time spent here.
            spent = budget - left if left > 0 else budget
            signal.setitimer(signal.ITIMER_REAL, max(outer_left - spent, 1e-3))
