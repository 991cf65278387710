"""``syllabus extract``: a document (or a book) becomes concepts (JSON Lines), a graph, a summary."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.progress import progress_bar, show_progress


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Where to write the concepts (JSON Lines). Needed unless SOURCE is a concepts file.",
)
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path),
    help="Also write the concept graph: OUT.graphml or OUT.dot, and OUT.svg beside it.",
)
@click.option("--stats", is_flag=True, help="Print counts per kind, per chapter and per topic.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def extract(
    ctx: click.Context,
    source: Path,
    output: Path | None,
    graph_path: Path | None,
    stats: bool,
    as_json: bool,
) -> None:
    """Find the definitions, theorems, examples and exercises of SOURCE.

    SOURCE is a document written by `syllabus ingest` (.json), a book (.pdf, .tex,
    .ptx, .md: ingested first), or a concepts file (.jsonl) to summarise or graph.
    Items that cannot be delimited are listed on stderr with their pages.
    """
    from extract.concepts import load_concepts
    from extract.graph import write_graph
    from extract.pipeline import dump_warnings, extract_concepts, load_input
    from extract.stats import format_summary, summarize
    from syllabus.errors import UserError

    if source.suffix.lower() == ".jsonl":
        concept_set = load_concepts(source)
        if output:
            concept_set.save(output)
    else:
        if output is None:
            raise UserError("extract: name the output with -o CONCEPTS.jsonl")
        with progress_bar(f"ingest {source.name}", show_progress(ctx)) as advance:
            document = load_input(source, progress=advance)
        concept_set = extract_concepts(document)
        concept_set.save(output)
        if concept_set.warnings and show_progress(ctx):
            click.echo(dump_warnings(concept_set), err=True)
    written = write_graph(concept_set, graph_path) if graph_path else []
    summary = summarize(concept_set)
    summary.update(output=str(output) if output else None, graph=[str(p) for p in written])
    if as_json:
        click.echo(
            json.dumps(
                summary
                if stats
                else {k: v for k, v in summary.items() if k not in ("per_chapter", "per_topic")}
            )
        )
    elif stats:
        click.echo(format_summary(summary))
    else:
        click.echo(
            f"{source.name}: {summary['concepts']} concepts ({', '.join(f'{k} {v}' for k, v in summary['per_kind'].items())}), "
            f"{summary['warnings']} warnings" + (f" -> {output}" if output else "")
        )
