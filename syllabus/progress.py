"""Progress bars for long jobs, silent under ``--quiet`` and when output is not a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# A stage reports progress by calling ``advance(done, total)``; it never imports rich itself.
Advance = Callable[[int, int], None]


@contextlib.contextmanager
def progress_bar(description: str, enabled: bool = True) -> Iterator[Advance]:
    """Yield an ``advance(done, total)`` callback drawing a rich bar on stderr.

    Nothing is drawn when stderr is not a terminal (pipes, CI logs, tests).
    """
    if not enabled or not sys.stderr.isatty():
        yield lambda done, total: None
        return
    console_progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with console_progress:
        task = console_progress.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            console_progress.update(task, completed=done, total=total)

        yield advance


def show_progress(ctx: click.Context) -> bool:
    """Whether the command should draw progress bars (not when quiet)."""
    return not (ctx.obj or {}).get("quiet", False)
