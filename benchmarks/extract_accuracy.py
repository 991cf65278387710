"""Extract accuracy and speed on the shared books, from the PDF and from the source.

For each book and each input (the PDF, the source) this ingests the book once
(cached under ``out/docs/``, gitignored: ingesting whole books takes minutes),
extracts concepts (timed: median of ``--repeats`` runs), and matches the found
exercises, examples, definitions and theorems to the ground truth of
:mod:`benchmarks.extract_truth` by kind and source label where the source gives
ids (PreTeXt), else by kind and number (qualified by section), not by count. It prints precision and recall per kind, the share of answered exercises
linked to an answer, and seconds per book.

    python benchmarks/extract_accuracy.py [--books fcla,trig] [--inputs pdf,source] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.extract_truth import BOOKS, KINDS, TEXTBOOKS, Truth
from extract.concepts import Concept
from extract.pipeline import extract_concepts
from ingest.book import ingest_book
from ingest.document import Document, load_document

CACHE = Path(__file__).resolve().parents[1] / "out" / "docs"
INPUTS = {
    "fcla": {"pdf": "fcla/beezer-fcla.pdf", "source": "fcla/source/src2/fcla.xml"},
    "discrete": {"pdf": "discrete/levin-discrete-math.pdf", "source": "discrete/source/source/dmoi.ptx"},
    "trig": {"pdf": "trig/corral-trigonometry.pdf", "source": "trig/source/trigbook.tex"},
    "diffyqs": {"pdf": "diffyqs/lebl-diffyqs.pdf", "source": "diffyqs/source/diffyqs.tex"},
}
_NUMBERISH = re.compile(r"^(?:[A-Z]{1,6}|[\dA-Z]+(?:\.\d+)*)$")


def document(book: str, kind: str) -> Document:
    """The ingested document, from the cache when the book has not changed since."""
    source = TEXTBOOKS / INPUTS[book][kind]
    cached = CACHE / f"{book}.{kind}.json"
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return load_document(cached)
    doc = ingest_book(source)
    doc.save(cached)
    return doc


def _sections(concept: Concept) -> list[str]:
    """Numbers (or acronyms) of the enclosing sections, innermost first."""
    found = [concept.section_number] if concept.section_number else []
    for part in reversed(concept.section_path):
        for word in part.split()[:2]:
            if _NUMBERISH.match(word) and word not in found:
                found.append(word)
    return found


def _keys(concept: Concept) -> list[str]:
    number = concept.number or ""
    if "." in number:  # printed in full ("1.2.5.3", "RREF.M40")
        return [number]
    return [number] + [f"{s}.{number}" for s in _sections(concept)] if number else []


def match(concepts: list[Concept], truth: list[Truth]) -> dict[str, dict[str, float]]:
    """Precision, recall and answer linking per kind; each truth item matches one concept."""
    found = [c for c in concepts if c.kind in KINDS and not c.parent]
    by_number = {(t.kind, t.number): t for t in truth if t.number}
    by_rank = {(t.kind, t.section, t.ordinal): t for t in truth if not t.number}
    matched: dict[Truth, Concept] = {}
    ranks: dict[tuple[str, str], int] = {}
    by_label = {(t.kind, t.label): t for t in truth if t.label}
    ranked = {key[:2] for key in by_rank}
    for concept in found:
        # the truth's ordinals count every item of the kind in its section, labelled or not
        section = next((s for s in _sections(concept) if (concept.kind, s) in ranked), None)
        if section is not None:
            ranks[(concept.kind, section)] = ranks.get((concept.kind, section), 0) + 1
        hit = by_label.get((concept.kind, concept.source_label))
        if hit is not None and hit not in matched:
            matched[hit] = concept
            continue
        hit = next((by_number[(concept.kind, k)] for k in _keys(concept)
                    if (concept.kind, k) in by_number and by_number[(concept.kind, k)] not in matched), None)
        if hit is None and section is not None:
            hit = by_rank.get((concept.kind, section, ranks[(concept.kind, section)]))
        if hit is not None and hit not in matched:
            matched[hit] = concept
    report: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        true = [t for t in truth if t.kind == kind]
        if not true:
            continue
        got = [c for c in found if c.kind == kind]
        hits = sum(1 for t in true if t in matched)
        report[kind] = {
            "truth": len(true), "found": len(got), "matched": hits,
            "precision": round(hits / len(got), 4) if got else 0.0,
            "recall": round(hits / len(true), 4),
        }
    answered = [t for t in truth if t.kind == "exercise" and t.answered]
    linked = sum(1 for t in answered if t in matched and matched[t].answer is not None)
    spurious = sum(1 for t, c in matched.items() if t.kind == "exercise" and not t.answered and c.answer)
    if answered:
        report["answers"] = {"answered": len(answered), "linked": linked,
                             "share": round(linked / len(answered), 4), "linked_unanswered": spurious}
    return report


def run(book: str, kind: str, repeats: int) -> dict:
    doc = document(book, kind)
    timings, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = extract_concepts(doc)
        timings.append(time.perf_counter() - started)
    assert result is not None
    return {"book": book, "input": kind, "pages": doc.page_count, "blocks": len(doc.blocks),
            "extract_seconds": round(statistics.median(timings), 2), "warnings": len(result.warnings),
            **match(result.concepts, BOOKS[book]())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", default=",".join(INPUTS))
    parser.add_argument("--inputs", default="pdf,source")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = []
    for book in args.books.split(","):
        for kind in args.inputs.split(","):
            try:
                rows.append(run(book, kind, args.repeats))
            except Exception as exc:  # noqa: BLE001 - report a reader that is not there yet and go on
                rows.append({"book": book, "input": kind, "error": f"{type(exc).__name__}: {exc}"[:200]})
            row = rows[-1]
            if args.json:
                continue
            if "error" in row:
                print(f"{book:9} {kind:6} ERROR {row['error']}")
                continue
            cells = " ".join(f"{k} P{row[k]['precision']:.3f} R{row[k]['recall']:.3f} ({row[k]['truth']})"
                             for k in KINDS if k in row)
            answers = row.get("answers", {})
            print(f"{book:9} {kind:6} {cells} | answers {answers.get('share', '-')} of "
                  f"{answers.get('answered', 0)} | extract {row['extract_seconds']} s "
                  f"({row['pages'] or '-'} pages) | warnings {row['warnings']}")
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
