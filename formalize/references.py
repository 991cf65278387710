"""A book-wide index of the objects a book names once and asks about later.

Beezer's FCLA defines 24 "archetypes" in an appendix (systems A-J, matrices K-L,
linear transformations M-X) and its exercises ask "Compute the determinant of each
matrix: Archetype A, Archetype B, Archetype F, Archetype K". An item alone has no
matrix; the index, built once per document, supplies each referent as the LaTeX the
domain readers already read (``A = \\begin{bmatrix}...\\end{bmatrix}``, a map's
``\\ltdefn``/``\\lteval`` definition), so no reader learns about archetypes.

A system's referent is its coefficient matrix: the book asks about "the coefficient
matrix of each archetype that is a system"; an item about the augmented matrix or the
solutions the appendix lists is left alone.

The source keeps an archetype in one block below its heading; the PDF splits it into
labelled entries ("□ Definition A linear transformation", "□ Coefficient Matrix For any
system ...") each followed by its display, so there the referent is the display below its
entry: the coefficient matrix of a system, the definition of a matrix or a map.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from formalize.matrices import MATRIX, matrices_of
from formalize.notation import expand
from ingest.document import Block, Document

_HEADING = re.compile(r"^(?:[A-Z]\s+)?Archetype ([A-Z])\s*$")
_NAME = re.compile(r"\bArchetypes? ([A-Z])\b")
# A PDF entry's label: "$\square$ Definition A square matrix", "$\square$ Coefficient Matrix For".
_ENTRY = re.compile(r"^\$\\square\$\s*(Definition|Coefficient Matrix For)\b")
# A map's definition in the PDF: "() \\ T:\mathbb{C}^{5}\to\mathbb{C}^{3},T\begin{bmatrix}...".
_DECLARATION = re.compile(r"(?<![A-Za-z\\])[A-Z]\s*:\s*\S.*?\\to\b.*$", re.DOTALL)
_MAP = re.compile(r"\\ltdefn\{[A-Z]\}.*?(?=\s\\set\{|\s(?:Yes|No)\.|$)", re.DOTALL)
# Items the index cannot answer: the appendix's listed solutions, the augmented matrix,
# a question to answer "without doing any computations", a proof.
_NOT_FOR_INDEX = re.compile(r"\baugmented\b|\blisted\b|\bwithout doing\b|\bprove\b|\b(?:a|new|alternate) proof\b"
                            r"|\bspirit of\b|\bcheck that\b|\bexpress\b|\bextended echelon\b|\bas follows\b")


# Words that ask for a computation ("Compute the determinant", "(check this!)").
_ASKS = re.compile(r"\b(?:compute|find|calculate|determine|check|what is)\b|\?")


@dataclass(frozen=True)
class Referent:
    """A named object: its kind ("system", "matrix" or "map") and LaTeX the readers read."""

    name: str
    kind: str
    formulas: tuple[str, ...]


def build_references(document: Document) -> dict[str, Referent]:
    """Every archetype the document defines: a heading "Archetype X" and the paragraph below."""
    found: dict[str, Referent] = {}
    blocks = document.blocks
    for at, (heading, body) in enumerate(itertools.pairwise(blocks)):
        match = _HEADING.match(heading.text.strip()) if heading.kind == "heading" else None
        if not match or body.kind == "heading":
            continue
        name = f"Archetype {match.group(1)}"
        section = list(itertools.takewhile(lambda b: b.kind != "heading", blocks[at + 1:]))
        referent = _entries_referent(name, section) or _referent(name, body.text)
        if referent is not None:
            found[referent.name] = referent
    return found


def _entries_referent(name: str, section: list[Block]) -> Referent | None:
    """The referent of a section laid out as labelled entries (the PDF), or None."""
    entries: dict[str, str] = {}
    for label, display in itertools.pairwise(section):
        match = _ENTRY.match(label.text)
        if match and display.kind == "display_math":
            entries.setdefault(match.group(1), display.text)
    coefficients = entries.get("Coefficient Matrix For", "")
    if matrices_of(coefficients) and MATRIX.fullmatch(coefficients.strip()):
        return Referent(name, "system", (f"A = {coefficients.strip()}",))
    definition = entries.get("Definition", "")
    declaration = _DECLARATION.search(definition)
    if declaration:
        return Referent(name, "map", (declaration.group(0).strip().rstrip(",."),))
    if matrices_of(definition) and MATRIX.fullmatch(definition.strip()):
        return Referent(name, "matrix", (f"A = {definition.strip()}",))
    return None


def _referent(name: str, text: str) -> Referent | None:
    definition = _MAP.search(text)
    if definition:
        return Referent(name, "map", (definition.group(0).strip().rstrip(",."),))
    first = MATRIX.search(text)
    matrix = matrices_of(first.group(0)) if first else []
    if not matrix:
        return None
    rows = matrix[0]
    if re.match(r"\s*\$?\s*\d+\s*\\times\s*\d+\s*\$?.*matrix|\s*square matrix", text, re.IGNORECASE):
        kind = "matrix"
    elif re.search(r"\bsystem\b", text[:200], re.IGNORECASE):
        kind, rows = "system", [row[:-1] for row in rows]  # the augmented matrix comes first
    else:
        return None
    body = r" \\ ".join(" & ".join(row) for row in rows)
    return Referent(name, kind, (f"A = \\begin{{bmatrix}}{body}\\end{{bmatrix}}",))


def cited(text: str, references: Mapping[str, Referent]) -> dict[str, Referent]:
    """The referents an item's text names, in the order it names them; none when the index
    lacks one of them (the PDF lost a heading): the item asks about all it names."""
    names = [f"Archetype {letter}" for letter in _NAME.findall(text)]
    if any(n not in references for n in names):
        return {}
    return {n: references[n] for n in dict.fromkeys(names)}


Reader = Callable[[list[str], str, str | None], tuple[str, dict[str, Any]] | None]


def read(references: Mapping[str, Referent], prose: str, intent: str | None,
         readers: list[Reader]) -> tuple[str, dict[str, Any]] | None:
    """The item's question asked of each referent it names: the readers read each one's
    LaTeX with the item's words; one referent gives that task, several the
    ``linear_algebra.each`` task (all must read into the same family)."""
    if not references or _NOT_FOR_INDEX.search(prose) or not _ASKS.search(prose):
        return None  # an example that only tells what an archetype is asks for nothing
    tasks = []
    for referent in references.values():
        formulas = [expand(f) for f in referent.formulas]
        found = next((t for t in (r(formulas, prose, intent) for r in readers) if t), None)
        if found is None:
            return None
        tasks.append(found)
    if len({family for family, _ in tasks}) != 1:
        return None
    if len(tasks) == 1:
        return tasks[0]
    return "linear_algebra.each", {"family": tasks[0][0], "items": [p for _, p in tasks],
                                   "names": list(references)}
