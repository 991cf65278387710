"""``syllabus eval``: run the code a trained model writes and score it against verified answers."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.progress import progress_bar, show_progress


@click.command(name="eval")
@click.argument("run", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--samples", type=click.IntRange(min=0), help="Samples per problem for pass@k (0: greedy only).")
@click.option("-k", type=click.IntRange(min=1), help="k of pass@k (at most --samples).")
@click.option("--temperature", type=click.FloatRange(min=0.01), help="Sampling temperature for pass@k.")
@click.option("--limit", type=click.IntRange(min=1), help="Evaluate only the first N problems.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Folder for report.json and failures.md (default: MODEL/eval/TARGET-NAME/).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def eval_command(ctx: click.Context, run: Path, target: Path, samples: int | None, k: int | None,
                 temperature: float | None, limit: int | None, output: Path | None,
                 as_json: bool) -> None:
    """Score the model in RUN on TARGET: a pack's test split, or a JSONL of {"question", "answer"}.

    Each program runs in the exercise engine's sandbox; its solve() result must
    equal the verified answer (SymPy equality). Reports pass@1 (greedy) and
    pass@k (sampled), overall and per family; failures go to failures.md.
    """
    from syllabus.errors import UserError
    from train.evaluate import evaluate, run_recipe_eval

    config = run_recipe_eval(run)
    config.samples = config.samples if samples is None else samples
    config.k = config.k if k is None else k
    config.temperature = config.temperature if temperature is None else temperature
    if config.samples and config.k > config.samples:
        raise UserError(f"-k {config.k} is more than --samples {config.samples}; raise --samples")
    with progress_bar("eval", show_progress(ctx)) as advance:
        report = evaluate(run, target, config, output=output, limit=limit, progress=advance)
    if as_json:
        click.echo(json.dumps(report))
        return
    overall = report["overall"]
    line = f"{overall['problems']} problems: pass@1 {overall['pass@1']:.3f}"
    if f"pass@{config.k}" in overall:
        line += f", pass@{config.k} {overall[f'pass@{config.k}']:.3f}"
    click.echo(f"{line}; failures -> {report['failures']}")
    for family, entry in report["families"].items():
        click.echo(f"  {family}: {entry['problems']} problems, pass@1 {entry['pass@1']:.3f}")
