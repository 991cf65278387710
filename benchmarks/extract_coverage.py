"""What extract hands the formalize stage, per shared book: the items it counts computational,
how many of them carry their group's instruction ("For Exercises 1-9, solve the triangle"),
how many the computational rule turns away (they ask only for a proof, an example, an
explanation, a translation into symbols, a converse; or the book declares their label
theoretical), and how many exercise parts carry their own piece of an answer printed in parts.

It reads the documents :mod:`benchmarks.extract_accuracy` caches (``out/docs/``), ingesting a
book only when it is not cached there.

    python benchmarks/extract_coverage.py [--books fcla,trig] [--inputs pdf,source] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_accuracy import INPUTS, document
from extract.pipeline import extract_concepts
from extract.topics import asks_no_value, theoretical_prefixes
from ingest.document import prose_of


def run(book: str, kind: str) -> dict[str, int]:
    doc = document(book, kind)
    concepts = extract_concepts(doc).concepts
    asked = [c for c in concepts if c.kind in ("exercise", "example")]
    computational = [c for c in asked if c.computational]
    parts = [c for c in asked if c.parent and c.kind == "exercise"]
    return {
        "items": len(asked),
        "computational": len(computational),
        "computational with an instruction": sum(1 for c in computational if c.instruction),
        "asking no value": sum(1 for c in asked if asks_no_value(prose_of(c.text)[:600])),
        "theoretical labels": len(theoretical_prefixes(b.text for b in doc.blocks)),
        "parts with their own answer": sum(1 for c in parts if c.answer),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", default=",".join(INPUTS))
    parser.add_argument("--inputs", default="pdf,source")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {f"{book} {kind}": run(book, kind) for book in args.books.split(",")
               for kind in args.inputs.split(",")}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, figures in results.items():
        print(f"{name:16} " + " | ".join(f"{key} {value}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
