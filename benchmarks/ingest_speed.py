"""Pages per second of ``read_pdf`` beside pymupdf4llm on the same pages, and peak memory.

For each shared book, ``--pages`` consecutive pages from a third of the way in are
saved as a sample PDF (so neither reader pays for the rest of the book: pymupdf4llm
scans the whole document for header sizes), then read by syllabus
(``ingest.pdf.read_pdf``) and by pymupdf4llm's ``to_markdown`` in its default
(layout) mode, its legacy mode, and legacy without table detection ("lean": the
least pymupdf4llm does), after one untimed warm-up each, ``--repeats``
times interleaved so machine load hits all alike. Printed: the medians in pages
per second and the ratios (>1: syllabus faster). Peak memory is the high-water
mark (VmHWM) of a fresh subprocess that runs ``read_pdf`` on the whole 1026-page
FCLA book (``--memory-pages`` limits it).

    python benchmarks/ingest_speed.py --pages 20 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pymupdf
import pymupdf4llm
from pymupdf4llm.helpers import pymupdf_rag

from ingest.pdf import read_pdf
from tests.conftest import BOOK_PDFS

# VmHWM, not getrusage: ru_maxrss survives exec on Linux, so a child would report the parent's peak.
MEMORY_SCRIPT = """
import re, sys
sys.path.insert(0, {root!r})
from ingest.pdf import read_pdf
pages = {pages}
document = read_pdf({book!r}, pages=range(pages) if pages else None)
status = open("/proc/self/status").read()
print(len(document.blocks), re.search(r"VmHWM:\\s+(\\d+)", status).group(1))
"""


def sample(book: Path, count: int, folder: Path) -> tuple[Path, str]:
    """A PDF of ``count`` consecutive pages a third of the way in: body text, not front matter."""
    with pymupdf.open(book) as doc:
        total = doc.page_count
        start = min(total // 3, max(0, total - count))
        doc.select(range(start, min(total, start + count)))
        path = folder / f"{book.stem}-sample.pdf"
        doc.save(path)
        return path, f"{start + 1}-{min(total, start + count)}"


def time_once(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def speed(book: Path, repeats: int) -> dict[str, float]:
    """Median seconds per page of each reader over ``repeats`` interleaved runs, after a warm-up."""
    with pymupdf.open(book) as doc:
        count = doc.page_count
    readers = {
        "syllabus": lambda: read_pdf(book),
        "pymupdf4llm": lambda: pymupdf4llm.to_markdown(str(book), show_progress=False),
        "pymupdf4llm_legacy": lambda: pymupdf_rag.to_markdown(str(book), show_progress=False),
        "pymupdf4llm_lean": lambda: pymupdf_rag.to_markdown(str(book), show_progress=False,
                                                            table_strategy=None),
    }
    for run in readers.values():
        run()
    times: dict[str, list[float]] = {name: [] for name in readers}
    for _ in range(repeats):
        for name, run in readers.items():
            times[name].append(time_once(run))
    return {name: statistics.median(ts) / count for name, ts in times.items()}


def peak_memory(book: Path, pages: int) -> dict[str, float]:
    """Peak resident memory (MiB) of a fresh Python process that ingests ``book``."""
    script = MEMORY_SCRIPT.format(root=str(ROOT), book=str(book), pages=pages)
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    blocks, peak_kib = out.stdout.split()
    return {
        "book": book.name,
        "pages": pages or pymupdf.open(book).page_count,
        "blocks": int(blocks),
        "peak_mib": round(int(peak_kib) / 1024, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }


def figures(per_page: dict[str, float]) -> dict[str, float]:
    return {
        **{f"{k}_pages_per_s": round(1 / v, 1) for k, v in per_page.items()},
        "ratio_vs_pymupdf4llm": round(per_page["pymupdf4llm"] / per_page["syllabus"], 2),
        "ratio_vs_legacy": round(per_page["pymupdf4llm_legacy"] / per_page["syllabus"], 2),
        "ratio_vs_lean": round(per_page["pymupdf4llm_lean"] / per_page["syllabus"], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20, help="consecutive pages sampled per book")
    parser.add_argument("--repeats", type=int, default=3, help="runs per reader; the median counts")
    parser.add_argument("--memory-pages", type=int, default=0,
                        help="pages of FCLA for the memory run (0: the whole book)")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory run")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, book in BOOK_PDFS.items():
            path, pages = sample(book, args.pages, Path(folder))
            rows.append({"book": name, "pages": pages, **figures(speed(path, args.repeats))})
    memory = None if args.no_memory else peak_memory(BOOK_PDFS["fcla"], args.memory_pages)

    if args.json:
        print(json.dumps({"speed": rows, "memory": memory}, indent=2))
        return
    print(f"pages/s, median of {args.repeats} (ratio > 1: syllabus faster)")
    print(f"{'book':10} {'pages':>9} {'syllabus':>9} {'4llm':>6} {'legacy':>6} {'lean':>6} "
          f"{'x 4llm':>7} {'x legacy':>8} {'x lean':>7}")
    for r in rows:
        print(f"{r['book']:10} {r['pages']:>9} {r['syllabus_pages_per_s']:>9} "
              f"{r['pymupdf4llm_pages_per_s']:>6} {r['pymupdf4llm_legacy_pages_per_s']:>6} "
              f"{r['pymupdf4llm_lean_pages_per_s']:>6} {r['ratio_vs_pymupdf4llm']:>7} "
              f"{r['ratio_vs_legacy']:>8} {r['ratio_vs_lean']:>7}")
    if memory:
        print(f"peak memory of read_pdf on {memory['book']} ({memory['pages']} pages, "
              f"{memory['blocks']} blocks): {memory['peak_mib']} MiB in {memory['seconds']} s")


if __name__ == "__main__":
    main()
