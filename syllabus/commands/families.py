"""``syllabus families``: list the exercise families, with a sample of each."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the samples.")
@click.option("--difficulty", type=click.IntRange(1, 5), default=2, show_default=True,
              help="Difficulty of the samples.")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
def families(seed: int, difficulty: int, as_json: bool) -> None:
    """List every exercise family with a sample problem and its answer."""
    from exercises.generate import sample_families

    listing = sample_families(seed, difficulty)
    if as_json:
        click.echo(json.dumps(listing))
        return
    for row in listing:
        click.echo(f"{row['family']}: {row['description']}")
        click.echo(f"    {row['sample']}  ->  {row['answer']}")
    click.echo(f"{len(listing)} families")
