"""Seconds to read each shared book from its source, beside the bare parse of the same files.

The reference is the parser alone (pylatexenc's LatexWalker over every file for LaTeX,
lxml for PreTeXt), measured in the same run: the ratio says what the walk into a
Document costs on top of parsing. Prints medians of ``--repeats`` runs (CPU seconds,
since the machine is shared), with the sympy checks off and at their default.

    python benchmarks/source_ingest_speed.py [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lxml import etree
from pylatexenc.latexwalker import LatexWalker

from ingest.book import ingest_book
from ingest.latex import read_latex
from ingest.pretext import read_pretext
from ingest.sympycheck import SYMPY_CHECKS

BOOKS = ROOT.parent / "shared" / "textbooks"
SOURCES = {
    "diffyqs (LaTeX)": BOOKS / "diffyqs" / "source" / "diffyqs.tex",
    "trig (LaTeX)": BOOKS / "trig" / "source" / "trigbook.tex",
    "fcla (PreTeXt)": BOOKS / "fcla" / "source" / "src2" / "fcla.xml",
    "discrete (PreTeXt)": BOOKS / "discrete" / "source" / "source" / "dmoi.ptx",
    "fcla (generated LaTeX)": BOOKS / "fcla" / "latex-generated" / "fcla.tex",
}


def cpu(function) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


def bare_parse(path: Path) -> None:
    if path.suffix == ".tex":
        for file in sorted(path.parent.glob("*.tex")) if path.name != "fcla.tex" else [path]:
            LatexWalker(file.read_text(errors="replace")).get_latex_nodes()
    else:  # every XML file of the book (lxml's xinclude stops at a missing WeBWorK file)
        for file in [*path.parent.rglob("*.ptx"), *path.parent.rglob("*.xml")]:
            etree.parse(str(file))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--books", nargs="*", default=list(SOURCES), help="names to measure")
    args = parser.parse_args()
    print(f"{'book':24} {'read s':>8} {f'+sympy({SYMPY_CHECKS}) s':>16} {'parse s':>8} "
          f"{'ratio':>6} {'blocks':>7} {'formulas':>9}")
    for name, path in SOURCES.items():
        if not any(name.startswith(book) for book in args.books):
            continue
        reader = read_latex if path.suffix == ".tex" else read_pretext
        plain = [cpu(partial(reader, path, sympy_checks=0)) for _ in range(args.repeats)]
        checked = [cpu(partial(ingest_book, path)) for _ in range(args.repeats)]
        parse = [cpu(partial(bare_parse, path)) for _ in range(args.repeats)]
        document = reader(path, sympy_checks=0)
        formulas = sum(len(b.formulas) for b in document.blocks)
        read_s, parse_s = statistics.median(plain), statistics.median(parse)
        print(f"{name:24} {read_s:8.1f} {statistics.median(checked):16.1f} {parse_s:8.1f} "
              f"{read_s / parse_s:6.2f} {len(document.blocks):7} {formulas:9}")


if __name__ == "__main__":
    main()
