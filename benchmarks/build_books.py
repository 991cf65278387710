"""Issue 6's figures: each shared book through ``syllabus build`` with 10 variants per solved item.

For each book: computational items found, read into tasks, solved; of the items the
book answers, how many agree with the computed answer; variants made; wall time
and peak memory of the whole build (ingest, extract, formalize, solve, verify,
write), measured in a fresh process so earlier books do not count.

    python benchmarks/build_books.py                  # all four books, 2 workers
    python benchmarks/build_books.py --books trig --variants 10 --workers 2
    python benchmarks/build_books.py --books fcla-source --variants 0   # from the PreTeXt source
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOOKS = {
    "primer": ROOT / "samples" / "primer.pdf",
    "trig": ROOT.parent / "shared/textbooks/trig/corral-trigonometry.pdf",
    "diffyqs": ROOT.parent / "shared/textbooks/diffyqs/lebl-diffyqs.pdf",
    "discrete": ROOT.parent / "shared/textbooks/discrete/levin-discrete-math.pdf",
    "fcla": ROOT.parent / "shared/textbooks/fcla/beezer-fcla.pdf",
    # The same books from their sources (LaTeX, PreTeXt): what a user with the source builds.
    "trig-source": ROOT.parent / "shared/textbooks/trig/source/trigbook.tex",
    "diffyqs-source": ROOT.parent / "shared/textbooks/diffyqs/source/diffyqs.tex",
    "discrete-source": ROOT.parent / "shared/textbooks/discrete/source/source/dmoi.ptx",
    "fcla-source": ROOT.parent / "shared/textbooks/fcla/source/src2/fcla.xml",
}


def build_once(book: Path, variants: int, workers: int) -> dict:
    """Run one build in a child process; return its coverage, seconds and peak memory (MB)."""
    out = Path(tempfile.mkdtemp()) / "pack"
    code = (
        "import json, sys; from syllabus.build import build; "
        f"m = build({str(book)!r}, {str(out)!r}, variants={variants}, workers={workers}); "
        "print(json.dumps(m['coverage']))"
    )
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest child so far
    shutil.rmtree(out.parent, ignore_errors=True)
    if result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1:]}
    return {**json.loads(result.stdout.strip().splitlines()[-1]),
            "seconds": round(seconds, 1), "peak_mb_any_process": round(peak)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", nargs="*", default=["primer", "trig", "diffyqs", "discrete", "fcla"],
                        choices=sorted(BOOKS))
    parser.add_argument("--variants", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for name in args.books:
        figures = build_once(BOOKS[name], args.variants, args.workers)
        if "error" in figures:
            print(f"{name}: failed: {figures['error']}")
            continue
        computational = figures["computational"] or 1
        compared = figures["book_answers_compared"] or 1
        readable = (figures["book_answers_matching"] + figures["book_answers_differing"]) or 1
        print(
            f"{name}: {figures['computational']} computational items, "
            f"{figures['read_into_tasks']} read into tasks, {figures['solved']} solved "
            f"({figures['solved'] / computational:.0%}); book answers "
            f"{figures['book_answers_matching']}/{figures['book_answers_compared']} agree "
            f"({figures['book_answers_matching'] / compared:.0%}; "
            f"{figures['book_answers_matching'] / readable:.0%} of the "
            f"{figures['book_answers_matching'] + figures['book_answers_differing']} readable, "
            f"{figures['book_answers_unreadable']} unreadable); "
            f"{figures['variants_made']} variants; {figures['seconds']} s; "
            f"peak {figures['peak_mb_any_process']} MB"
        )
        print("  not read:", figures["not_read"], " not solved:", figures["not_solved"])


if __name__ == "__main__":
    main()
