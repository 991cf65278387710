"""``syllabus ingest``: a book becomes a structured document (JSON, optionally Markdown)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from syllabus.progress import progress_bar, show_progress


@click.command()
@click.argument("book", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Where to write the document JSON.")
@click.option("--markdown", "markdown_path", type=click.Path(path_type=Path), help="Also write a readable Markdown rendering here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a summary line.")
@click.pass_context
def ingest(ctx: click.Context, book: Path, output: Path, markdown_path: Path | None, as_json: bool) -> None:
    """Read BOOK (PDF, LaTeX, PreTeXt or Markdown) into a structured document.

    The document holds the outline, the blocks in reading order with their pages,
    and every formula as LaTeX with a confidence score.
    """
    from ingest.book import ingest_book
    from ingest.render import to_markdown
    from syllabus.files import atomic_write

    with progress_bar(f"ingest {book.name}", show_progress(ctx)) as advance:
        document = ingest_book(book, progress=advance)
    document.save(output)
    for warning in document.warnings:  # content the document is read without
        click.echo(f"warning: {warning}", err=True)
    if markdown_path:
        atomic_write(markdown_path, to_markdown(document))
    formulas = [f for block in document.blocks for f in block.formulas]
    figures = {
        "book": str(book),
        "format": document.source_format,
        "pages": document.page_count,
        "headings": len(document.outline),
        "blocks": len(document.blocks),
        "formulas_inline": sum(not f.display for f in formulas),
        "formulas_display": sum(f.display for f in formulas),
        "formulas_sympy_parse": sum(bool(f.sympy_parses) for f in formulas),
        "output": str(output),
    }
    if as_json:
        click.echo(json.dumps(figures))
    else:
        click.echo(
            f"{book.name}: {figures['pages'] or '-'} pages, {figures['headings']} headings, "
            f"{figures['blocks']} blocks, {len(formulas)} formulas -> {output}"
        )
