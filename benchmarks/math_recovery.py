"""Math recovery from the shared books' PDFs, scored against their LaTeX sources.

Run from the project root::

    python -m benchmarks.math_recovery --pages 40        # a sample of sections, ~40 pages a book
    python -m benchmarks.math_recovery                   # whole books

For each book, the PDF goes through the real reader (``ingest.pdf.read_pdf``) and
every recovered formula is normalised (:func:`benchmarks.math_truth.normalise`);
the true formulas are those of the book's source sections whose pages were read.
The score is multiset recall: the share of true formulas (normalised) found among
the recovered ones, separately for inline formulas and display rows. A true formula
counts as found whichever block kind the reader gave it (deciding what is a display
is the page reader's job, measured elsewhere; here we measure the LaTeX).
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pymupdf

from benchmarks.math_truth import BOOKS, Section, display_rows, normalise, read_book
from ingest.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
TEXTBOOKS = ROOT.parent / "shared" / "textbooks"
PDFTEX_BOOKS = ("discrete", "diffyqs", "trig")


def _key(title: str) -> str:
    """Letters and digits only: FCLA's bookmarks glue its acronyms to the title ("WILAWhat is...")."""
    return "".join(re.findall(r"[a-z0-9]+", title.lower()))


def section_pages(doc: pymupdf.Document, sections: list[Section]) -> list[tuple[Section, range]]:
    """Each source section found in the PDF bookmarks, with the pages it spans."""
    toc = doc.get_toc()
    used: set[int] = set()
    found: list[tuple[Section, range]] = []
    for sec in sections:
        key = _key(sec.title)
        if not key:
            continue
        for k, (level, title, page) in enumerate(toc):
            if k in used or not _key(title).endswith(key) or page < 1:
                continue
            used.add(k)
            end = next((p for lv, _, p in toc[k + 1:] if lv <= level and p >= page), doc.page_count)
            found.append((sec, range(page, end + 1)))
            break
    return found


def recovered(pdf: Path) -> tuple[list[str], list[str], float, int]:
    """Inline formulas and display rows that the reader recovers, seconds, pages."""
    started = time.perf_counter()
    doc = read_pdf(pdf)
    seconds = time.perf_counter() - started
    inline: list[str] = []
    display: list[str] = []
    for block in doc.blocks:
        for f in block.formulas:
            if f.display:
                display.extend(display_rows(f.latex))
            else:
                inline.append(f.latex)
    return inline, display, seconds, doc.page_count or 0


def score(truth: list[str], found: list[str], macros: dict) -> tuple[float, int, list[str]]:
    want = Counter(normalise(t, macros) for t in truth)
    want.pop("", None)
    have = Counter(normalise(f) for f in found)
    hit = want & have
    total = sum(want.values())
    missed = list((want - hit).elements())
    return (sum(hit.values()) / total if total else 1.0), total, missed


def run_book(book: str, pages: int | None, seed: int) -> dict:
    sections, macros = read_book(TEXTBOOKS, book)
    pdf_path = TEXTBOOKS / BOOKS[book][0]
    doc = pymupdf.open(pdf_path)
    spans = section_pages(doc, sections)
    if pages:
        random.Random(seed).shuffle(spans)
        chosen, count = [], 0
        for sec, span in spans:
            if count >= pages:
                break
            chosen.append((sec, span))
            count += len(span)
        spans = chosen
    truth_inline = [f for sec, _ in spans for f in sec.inline]
    truth_display = [r for sec, _ in spans for d in sec.display for r in display_rows(d)]
    if pages:
        keep = sorted({p - 1 for _, span in spans for p in span})
        doc.select(keep)
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "sample.pdf"
            doc.save(sample)
            inline, display, seconds, npages = recovered(sample)
    else:
        inline, display, seconds, npages = recovered(pdf_path)
    everything = inline + display  # a formula counts wherever the reader put it
    r_in, n_in, miss_in = score(truth_inline, everything, macros)
    r_d, n_d, miss_d = score(truth_display, everything, macros)
    return {
        "book": book, "pages": npages, "sections": len(spans), "seconds": round(seconds, 1),
        "ms_per_page": round(1000 * seconds / max(npages, 1), 1),
        "inline_recall": round(r_in, 4), "inline_true": n_in, "inline_found": len(inline),
        "display_recall": round(r_d, 4), "display_true": n_d, "display_found": len(display),
        "missed_inline": miss_in, "missed_display": miss_d,
        "have_inline": inline, "have_display": display,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--books", nargs="*", default=list(BOOKS), choices=list(BOOKS))
    parser.add_argument("--pages", type=int, default=None, help="sample whole sections up to ~N pages a book")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print N missed formulas of each kind")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    results = [run_book(b, args.pages, args.seed) for b in args.books]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if not k.startswith(("missed", "have"))}
                          for r in results], indent=2))
        return 0
    print(f"{'book':9} {'pages':>5} {'ms/pg':>6}  {'inline':>14}  {'display rows':>14}")
    for r in results:
        tag = "" if r["book"] in PDFTEX_BOOKS else "  (XeTeX)"
        print(f"{r['book']:9} {r['pages']:5d} {r['ms_per_page']:6.1f}  "
              f"{100 * r['inline_recall']:5.1f}% of {r['inline_true']:5d}  "
              f"{100 * r['display_recall']:5.1f}% of {r['display_true']:5d}{tag}")
        for kind in ("inline", "display"):
            missed = r[f"missed_{kind}"]
            if args.show and missed:
                random.Random(1).shuffle(missed)
                have = sorted({normalise(f) for f in r["have_inline"] + r["have_display"]})
                print(f"  missed {kind} (true | closest recovered):")
                for m in missed[: args.show]:
                    close = difflib.get_close_matches(m, have, n=1, cutoff=0.5)
                    print(f"    {m}  |  {close[0] if close else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
