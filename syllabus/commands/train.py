"""``syllabus train``: packs become a small model, phi-1 style (textbook, then exercises)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.progress import progress_bar, show_progress


@click.command()
@click.argument("packs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Run folder; an interrupted run in it resumes from its last checkpoint.")
@click.option("--recipe", default="tiny-cpu", show_default=True,
              help="A recipe name from train/recipes/ (tiny-cpu, small-gpu, base-gpu, finetune-lora) "
                   "or a .toml file.")
@click.option("--base-model", type=click.Path(path_type=Path),
              help="Fine-tune this local AutoModelForCausalLM folder instead of training from scratch.")
@click.option("--document", "documents", multiple=True, type=click.Path(path_type=Path),
              help="An ingested book (`syllabus ingest` JSON) whose passages join the textbook stage.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def train(ctx: click.Context, packs: tuple[Path, ...], output: Path, recipe: str,
          base_model: Path | None, documents: tuple[Path, ...], as_json: bool) -> None:
    """Train a model on PACK... (folders from `syllabus generate`) with a recipe.

    Stage 1 reads the textbook (book passages and worked examples), stage 2 the
    exercises (problem -> solve() program). Writes RUN/model (from_pretrained
    loads it), RUN/log.jsonl (loss, tokens/s) and resumable checkpoints. On
    several GPUs launch it with `torchrun` or `accelerate launch`.
    """
    from train.config import load_recipe
    from train.loop import train as run_training

    chosen = load_recipe(recipe, base_model=base_model)
    with progress_bar(f"train {chosen.name}", show_progress(ctx)) as advance:
        summary = run_training(list(packs), output, chosen, documents=list(documents), progress=advance)
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(f"{summary['steps']} steps, {summary['tokens']} tokens, "
                   f"{summary['tokens_per_s']} tokens/s, final loss {summary['final_loss']} "
                   f"-> {summary['model']}")
