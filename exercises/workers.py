"""Parallel, ordered maps over worker processes, each with its own sandbox.

Generation and ``syllabus verify`` both map a function over many items. The
results come back in item order whatever the worker count, which is what keeps
packs byte-identical across ``--workers``. Workers are spawned (not forked),
so that a parent's threads (the progress bar) never leak into them; each
imports the families once and keeps a one-worker :class:`Sandbox`.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from exercises.sandbox import Sandbox

T = TypeVar("T")
R = TypeVar("R")

_sandboxes: dict[int, Sandbox] = {}  # by process id: a forked worker must not use its parent's


def worker_sandbox() -> Sandbox:
    """This process's sandbox, started on first use and closed at exit."""
    pid = os.getpid()
    if pid not in _sandboxes:
        _sandboxes[pid] = Sandbox(workers=1)
        atexit.register(_sandboxes[pid].close)
    return _sandboxes[pid]


def ordered_map(function: Callable[[T], R], items: Iterable[T], workers: int,
                chunk: int = 8) -> Iterator[R]:
    """``map(function, items)`` in order, in ``workers`` processes (in this one when 1)."""
    if workers <= 1:
        yield from map(function, items)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(function, items, chunksize=chunk)
