"""Progress bars for long jobs, silent under ``--quiet`` and when output is not a terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

# A stage reports progress by calling ``advance(done, total)``; it never imports rich itself.
Advance = Callable[[int, int], None]


@contextlib.contextmanager
def progress_bar(description: str, enabled: bool = True) -> Iterator[Advance]:
    """Yield an ``advance(done, total)`` callback drawing a rich bar on stderr."""
    if not enabled:
        yield lambda done, total: None
        return
    console_progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
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
