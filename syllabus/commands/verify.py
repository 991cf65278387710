"""``syllabus verify``: re-run every check of a pack and report what fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from syllabus.commands.generate import positive_int
from syllabus.progress import progress_bar, show_progress


@click.command()
@click.argument("pack", type=click.Path(path_type=Path))
@click.option("--workers", default="1", show_default=True, help="Worker processes.")
@click.option("--property-examples", default="8", show_default=True,
              help="Hypothesis examples per family property test.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def verify(ctx: click.Context, pack: Path, workers: str, property_examples: str,
           as_json: bool) -> None:
    """Re-check every exercise in PACK: answer, code, property test, Lean where possible.

    Exits non-zero when anything fails.
    """
    from exercises.verify import verify_pack

    with progress_bar(f"verify {pack.name}", show_progress(ctx)) as advance:
        report = verify_pack(pack, positive_int(workers, "workers"),
                             positive_int(property_examples, "property examples"), advance)
    if as_json:
        click.echo(json.dumps(report))
    else:
        click.echo(f"{report['passed']}/{report['exercises']} exercises pass; property tests: "
                   f"{sum(o == 'passed' for o in report['property_tests'].values())}/"
                   f"{len(report['property_tests'])} pass; Lean: {report['lean']} "
                   f"(checker: {report['lean_checker']})")
        for failure in report["failed"]:
            click.echo(f"  FAIL {failure['id']}: {'; '.join(failure['failures'])}")
        for fam, detail in report["property_failures"].items():
            click.echo(f"  FAIL property test {fam}: {detail}")
        for name in report["checksum_mismatches"]:
            click.echo(f"  FAIL checksum {name}")
    if not report["ok"]:
        sys.exit(1)
