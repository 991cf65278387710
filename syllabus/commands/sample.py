"""``syllabus sample``: the program a trained model writes for one problem, and its result."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("run", type=click.Path(path_type=Path))
@click.argument("problem")
@click.option("--max-new-tokens", default=192, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print code and result as JSON.")
def sample(run: Path, problem: str, max_new_tokens: int, as_json: bool) -> None:
    """Have the model in RUN write a solve() program for PROBLEM; run it in the sandbox."""
    from train.evaluate import sample as write_and_run

    code, result = write_and_run(run, problem, max_new_tokens=max_new_tokens)
    if as_json:
        click.echo(json.dumps({"code": code, "status": result.status, "value": result.value,
                               "error": result.error}))
        return
    click.echo(code.rstrip())
    click.echo(f"# -> {result.value}" if result.status == "ok" else f"# -> {result.status}: {result.error}")
