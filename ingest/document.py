"""The ingested document: the data type stage 1 produces and every later stage reads.

It is written as one versioned JSON file (``schema: "syllabus.document"``). Bump
:data:`VERSION` whenever a field changes meaning; readers refuse other versions.

Conventions every reader may rely on:
- ``Block.text`` holds prose with inline math as ``$...$``; a ``display_math``
  block holds the LaTeX of the display without delimiters.
- ``Block.formulas`` lists the block's formulas in order of appearance (inline
  ones in the order their ``$...$`` appear, then or instead the display).
- Pages are 1-based physical page numbers; ``Document.page_labels[p-1]`` is the
  label printed on page ``p`` (roman front matter and so on). Source inputs
  (LaTeX, PreTeXt, Markdown) have no pages: ``page`` is ``None`` there.
- ``Block.section`` is the ``id`` of the innermost outline heading the block falls under.
- ``Block.env`` names the source environment a block belongs to when the input
  says so (``theorem``, ``definition``, ``example``, ``exercise``, ``solution``,
  ``proof``, ...); PDF input leaves it ``None`` and extract infers it from ``lead``,
  the run of bold or small-caps text that opens the block ("Theorem 2.3.").
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from syllabus.files import read_versioned_json, write_json

SCHEMA = "syllabus.document"
VERSION = 1

# Math inside text: ``$$display$$`` (group 1) or ``$inline$`` (group 2). ``\$`` is a literal
# dollar, but ``\\$$`` is a row break that ends a display.
_DOLLAR = r"(?<!(?<!\\)\\)\$"
MATH_SPAN = re.compile(f"{_DOLLAR}{_DOLLAR}(.+?){_DOLLAR}{_DOLLAR}|{_DOLLAR}(.+?){_DOLLAR}", re.DOTALL)


def formulas_in(text: str) -> list[str]:
    """The LaTeX of each ``$...$`` or ``$$...$$`` in ``text``, in order."""
    return [(display or inline).strip() for display, inline in MATH_SPAN.findall(text)]


# What stands in a source's text for a value a WeBWorK problem's PG code draws at random
# (``$d = random(2,10)``): the printed book shows the value its server drew, which the
# source does not hold.
RANDOM_VALUE = "[WeBWorK random value]"


def prose_of(text: str) -> str:
    """``text`` with its math replaced by spaces: the words alone."""
    return MATH_SPAN.sub(" ", text)

BLOCK_KINDS = (
    "heading",
    "paragraph",
    "display_math",
    "list_item",
    "caption",
    "table",
    "code",
    "figure",
)
HEADING_KINDS = ("part", "chapter", "section", "subsection", "subsubsection", "appendix")


@dataclass
class Formula:
    """One formula recovered from the book, inline or display."""

    latex: str
    display: bool
    confidence: float = 1.0  # 1.0 when read from source; a heuristic score for PDF glyphs
    # Whether SymPy's LaTeX parser accepts ``latex``; None when it was not checked (a book
    # has ~10^4 formulas and a check costs ~20 ms, so readers check a bounded number).
    sympy_parses: bool | None = None


@dataclass
class Heading:
    """One node of the outline (a part, chapter, section, ...)."""

    id: str  # stable within the document, e.g. "h12"
    kind: str  # one of HEADING_KINDS
    level: int  # 0 part, 1 chapter, 2 section, 3 subsection, ...
    number: str | None  # as printed: "2", "2.3", "A", None when unnumbered
    title: str
    page: int | None
    parent: str | None = None


@dataclass
class Block:
    """One unit of content in reading order."""

    kind: str  # one of BLOCK_KINDS
    text: str
    page: int | None = None
    bbox: list[float] | None = None  # [x0, y0, x1, y1] in PDF points, top-left origin
    section: str | None = None  # id of the innermost enclosing Heading
    formulas: list[Formula] = field(default_factory=list)
    lead: str | None = None  # bold/small-caps opening run, e.g. "Example 4.2"
    env: str | None = None  # source environment: "theorem", "exercise", ...
    label: str | None = None  # source label (\label{...} or xml:id)
    number: str | None = None  # source number of an environment when known
    title: str | None = None  # source title of an environment, e.g. "Pythagoras"
    group: int | None = None  # blocks of one environment share a group id


@dataclass
class Document:
    """A whole ingested book."""

    title: str
    source_path: str
    source_sha256: str
    source_format: str  # "pdf", "latex", "pretext", "markdown"
    page_count: int | None = None
    page_labels: list[str] = field(default_factory=list)
    outline: list[Heading] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)  # producer's own figures (timings, formula counts)
    # What the reader could not read but went on without, one line each (a LaTeX book's
    # ``\input`` of a file that is not there): the pack is built without that content.
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "version": VERSION, **asdict(self)}

    def save(self, path: str | Path) -> None:
        """Write the document atomically as versioned JSON."""
        write_json(path, self.to_dict())

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Document:
        data = {k: v for k, v in obj.items() if k not in ("schema", "version")}
        data["outline"] = [Heading(**h) for h in data.get("outline", [])]
        data["blocks"] = [
            Block(**{**b, "formulas": [Formula(**f) for f in b.get("formulas", [])]})
            for b in data.get("blocks", [])
        ]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def load_document(path: str | Path) -> Document:
    """Read a document written by :meth:`Document.save`, refusing other schemas and versions."""
    return Document.from_dict(read_versioned_json(path, SCHEMA, VERSION))
