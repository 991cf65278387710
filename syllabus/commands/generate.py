"""``syllabus generate``: families -> a verified exercise pack."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.errors import UserError
from syllabus.progress import progress_bar, show_progress


def positive_int(text: str, what: str) -> int:
    """Parse a positive integer option, as a one-line error when it is not one."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise UserError(f"{what} {text!r}: give a positive whole number")
    return value


@click.command()
@click.option("--families", "patterns", required=True,
              help="Comma-separated family names or globs, e.g. 'arithmetic.*,number_theory.gcd'; "
                   "a topic name selects the whole topic.")
@click.option("--count", required=True, help="Exercises to attempt per family.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed: same seed, same pack.")
@click.option("--difficulty", default="1-5", show_default=True, help="A level 1-5 or a range.")
@click.option("--workers", default="1", show_default=True, help="Worker processes.")
@click.option("--decontaminate", type=click.Path(path_type=Path),
              help="Drop exercises overlapping this evaluation set (JSON Lines or text lines).")
@click.option("--property-examples", default="8", show_default=True,
              help="Hypothesis examples per family property test.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Pack folder to write (new, or an existing pack to replace).")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest figures as JSON.")
@click.pass_context
def generate(ctx: click.Context, patterns: str, count: str, seed: int, difficulty: str,
             workers: str, decontaminate: Path | None, property_examples: str, output: Path,
             as_json: bool) -> None:
    """Generate verified exercises from FAMILIES into a pack folder.

    Every shipped exercise passed its family's independent checks, its code ran
    in the sandbox and computed the answer, and its family's property test passed.
    """
    from exercises.generate import generate as run_generate
    from exercises.generate import parse_difficulty

    with progress_bar("generate", show_progress(ctx)) as advance:
        manifest = run_generate(
            output, patterns.split(","), positive_int(count, "count"), seed,
            parse_difficulty(difficulty), positive_int(workers, "workers"), decontaminate,
            positive_int(property_examples, "property examples"), progress=advance)
    if as_json:
        keys = ("seed", "counts", "splits", "verification", "drops", "decontamination", "run")
        click.echo(json.dumps({k: manifest[k] for k in keys}))
        return
    figures, run = manifest["verification"], manifest["run"]
    dropped = sum(d["dropped"] for d in manifest["drops"].values())
    click.echo(f"{figures['exercises']} exercises shipped, {dropped} dropped of {run['attempted']}"
               f" attempted, in {run['seconds']:.1f} s ({run['shipped_per_second']:.1f}/s, "
               f"{run['workers']} workers) -> {output}")
    for fam, d in manifest["drops"].items():
        if d["dropped"]:
            causes = ", ".join(f"{c}: {n}" for c, n in d["causes"].items())
            click.echo(f"  {fam}: dropped {d['dropped']}/{d['attempted']} ({causes})")
