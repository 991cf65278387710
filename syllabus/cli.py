"""The ``syllabus`` command: a thin click layer over the stages' Python APIs.

Each subcommand lives in :mod:`syllabus.commands` and only parses options,
calls a stage function and prints. Bad input surfaces as one ``Error:`` line and
a non-zero exit; the stages signal it by raising :class:`syllabus.errors.UserError`.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from syllabus import __version__
from syllabus.commands import COMMANDS
from syllabus.errors import UserError


class SyllabusGroup(click.Group):
    """A click group that turns :class:`UserError` into a one-line error and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("Interrupted; outputs were left as they were. Re-run to resume.", err=True)
            sys.exit(130)


@click.group(cls=SyllabusGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="syllabus")
@click.option("-v", "--verbose", count=True, help="Say more (repeat for more detail).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and results; no progress bars.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Compile a math textbook into verified exercise packs.

    The stages run in order, each reading the previous one's file:
    ingest (book -> document), extract (document -> concepts),
    generate (families -> verified exercise pack), build (book -> pack, all stages),
    train and eval (packs -> a small model, judged by running its code).
    """
    ctx.obj = {"verbose": 0 if quiet else verbose, "quiet": quiet}


for _command in COMMANDS:
    cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="syllabus")


if __name__ == "__main__":
    main()
