"""Is every chapter and section of each shared book in the outline with the right number, title, page?

Ground truth comes from each book's source, independent of the PDF reader:
- FCLA and Discrete: the PreTeXt-generated LaTeX (``chapterptx``/``sectionptx``
  environments); FCLA numbers by acronym ("SLE"), Discrete from chapter 0.
- Trigonometry and Diffy Qs: ``\\chapter``/``\\section`` in the source files in the
  order the main file inputs them; Diffy Qs' starred introduction is chapter 0
  (its sections print as 0.1, ...).
Only the main matter counts (up to ``\\appendix``): FCLA's appendix sections
(Proof Techniques, Archetypes) have no bookmarks and are a known gap.
The true page is the page of the PDF bookmark with that title (the PDF's own
record of where the heading sits). Titles compare after dropping TeX markup,
case and punctuation.

    python benchmarks/outline.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pymupdf
from pylatexenc.latex2text import LatexNodes2Text

from ingest.pdf import read_outline
from ingest.pdf_outline import normalize
from tests.conftest import BOOK_PDFS, TEXTBOOKS

Truth = tuple[str, str, str]  # (kind: "chapter" | "section", number, title)
PTX = re.compile(r"\\begin\{(chapter|section)ptx\}(\{Chapter\}|\{Section\})?\{([^}]*)\}")
TEX = re.compile(r"^\\(chapter|section)(\*?)(?:\[[^\]]*\])?\{(.*)\}", re.MULTILINE)
INPUT = re.compile(r"^\\(?:input|include)\{([^}]+)\}", re.MULTILINE)


def plain(title: str) -> str:
    return " ".join(LatexNodes2Text().latex_to_text(title).split())


def pretext_truth(tex: Path, acronyms: bool) -> list[Truth]:
    truth: list[Truth] = []
    chapter, section = -1, 0
    text = tex.read_text(encoding="utf-8")
    main_matter = text[: text.find("\\appendix%")]
    for kind, _name, title in PTX.findall(main_matter):
        title = plain(title)
        if acronyms:
            number, title = title.split(" ", 1)
        elif kind == "chapter":
            chapter, section = chapter + 1, 0
            number = str(chapter)
        else:
            section += 1
            number = f"{chapter}.{section}"
        truth.append((kind, number, title))
    return truth


def latex_truth(main: Path) -> list[Truth]:
    """Chapters and sections in input order, numbered as LaTeX numbers them."""
    text = main.read_text(encoding="utf-8", errors="replace")
    text = re.sub(r"(?<!\\)%.*", "", text)
    appendix_at = text.find("\\appendix")
    truth: list[Truth] = []
    chapter, section = 0, 0
    for match in INPUT.finditer(text):
        name = match.group(1)
        path = main.parent / (name if name.endswith(".tex") else name + ".tex")
        body = re.sub(r"(?<!\\)%.*", "", path.read_text(encoding="utf-8", errors="replace"))
        if 0 <= appendix_at < match.start():
            break
        for kind, star, title in TEX.findall(body):
            if kind == "chapter":
                section = 0
                if star:
                    continue  # unnumbered; its sections count under the current chapter (0 here)
                chapter += 1
                truth.append(("chapter", str(chapter), plain(title)))
            elif not star:
                section += 1
                truth.append(("section", f"{chapter}.{section}", plain(title)))
    return truth


def bookmarks(pdf: Path) -> list[tuple[str, int]]:
    """(normalized title, page) of every bookmark, TeX box arguments ("[3.5em][l]") dropped."""
    with pymupdf.open(pdf) as doc:
        return [(normalize(re.sub(r"^(\[[^\]]*\])+", "", t)), p) for _lv, t, p in doc.get_toc()]


def true_pages(pdf: Path, truth: list[Truth], marks: list[tuple[str, int]]) -> list[int | None]:
    """Each heading's page: where its title is printed as a heading, from its bookmark's page on.

    Bookmarks are taken in order so repeated titles pair up (a bookmark may carry
    the number or acronym before the title, or not). hyperref anchors can land a
    page or more before the heading (PreTeXt books; in FCLA up to 13 pages),
    so the truth is the first page,
    from the bookmark's on, with a PyMuPDF line that ends with the title in a font
    larger than the page's body text.
    """
    pages: list[int | None] = []
    at = 0
    with pymupdf.open(pdf) as doc:
        for _kind, number, title in truth:
            keys = {normalize(title), normalize(number + title)}
            hit = next((i for i in range(at, len(marks)) if marks[i][0] in keys), None)
            if hit is None:
                pages.append(None)
                continue
            at = hit + 1
            start = marks[hit][1]
            printed = (p for p in range(start, min(start + 30, len(doc) + 1)) if _prints(doc[p - 1], title))
            pages.append(next(printed, start))
    return pages


def _prints(page: pymupdf.Page, title: str) -> bool:
    """A line, or two lines of a title wrapped (and hyphenated), in a font larger than the
    body text, ends with ``title``."""
    lines = [line for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])]
    sizes = sorted(span["size"] for line in lines for span in line["spans"])
    body = sizes[len(sizes) // 2] if sizes else 0
    large = ["".join(span["text"] for span in line["spans"]).strip() for line in lines
             if line["spans"] and max(s["size"] for s in line["spans"]) > 1.1 * body]
    wrapped = [a[:-1] + b if a.endswith("-") else f"{a} {b}" for a, b in pairwise(large)]
    return any(normalize(text).endswith(normalize(title)) for text in large + wrapped)


def truth_for(book: str) -> list[Truth]:
    if book == "fcla":
        return pretext_truth(TEXTBOOKS / "fcla" / "latex-generated" / "fcla.tex", acronyms=True)
    if book == "discrete":
        return pretext_truth(TEXTBOOKS / "discrete" / "latex-generated" / "dmoi.tex", acronyms=False)
    if book == "trig":
        return latex_truth(TEXTBOOKS / "trig" / "source" / "trigbook.tex")
    return latex_truth(TEXTBOOKS / "diffyqs" / "source" / "diffyqs.tex")


def check(book: str) -> dict:
    pdf = BOOK_PDFS[book]
    outline = read_outline(pdf)
    found = {(normalize(h.title), h.number): h for h in outline}
    misses = []
    truth = truth_for(book)
    for (kind, number, title), page in zip(truth, true_pages(pdf, truth, bookmarks(pdf))):
        heading = found.get((normalize(title), number))
        if heading is None:
            near = [h for h in outline if normalize(h.title) == normalize(title)]
            got = f"got number {near[0].number!r}" if near else "not in outline"
            misses.append(f"{kind} {number} {title!r}: {got}")
        elif page is None or heading.page != page:
            misses.append(f"{kind} {number} {title!r}: page {heading.page}, printed on {page}")
    return {"book": book, "total": len(truth), "found": len(truth) - len(misses), "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = [check(book) for book in BOOK_PDFS]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        print(f"{r['book']:10} {r['found']:>4}/{r['total']:<4} chapters and sections right")
        for miss in r["misses"]:
            print(f"    miss: {miss}")


if __name__ == "__main__":
    main()
