"""``syllabus build``: a book in, a verified exercise pack grounded in it out (all stages)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.progress import progress_bar, show_progress


@click.command()
@click.argument("book", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The pack folder to write.")
@click.option("--variants", default=10, show_default=True, type=int, help="Verified variants made from each solved item.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Processes solving and verifying in parallel.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for variants and splits.")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest's coverage as JSON.")
@click.pass_context
def build(ctx: click.Context, book: Path, output: Path, variants: int, workers: int, seed: int,
          as_json: bool) -> None:
    """Compile BOOK into a verified exercise pack at OUTPUT.

    Ingests, extracts, reads each computational exercise and worked example into a
    formal task, solves and verifies it, checks it against the book's printed
    answer, and grows verified variants from it. Stages are cached in
    OUTPUT.cache, so a re-run redoes only what changed.
    """
    from syllabus.build import build as build_pack

    enabled = show_progress(ctx)
    manifest = build_pack(book, output, variants=variants, workers=workers, seed=seed,
                          stages=lambda name: progress_bar(name, enabled))
    for warning in manifest["ingest_warnings"]:  # content the pack is built without
        click.echo(f"warning: {warning}", err=True)
    coverage = manifest["coverage"]
    if as_json:
        click.echo(json.dumps({"output": str(output), "coverage": coverage,
                               "splits": manifest["splits"], "run": manifest["run"]}))
        return
    click.echo(
        f"{book.name}: {coverage['items']} items, {coverage['computational']} computational, "
        f"{coverage['read_into_tasks']} read into tasks, {coverage['solved']} solved; "
        f"book answers {coverage['book_answers_matching']}/{coverage['book_answers_compared']} "
        f"matching; {coverage['variants_made']} variants -> {output} "
        f"({sum(manifest['run']['seconds'].values()):.0f} s)"
    )
