"""Shared machinery of the source readers (LaTeX, PreTeXt, Markdown).

Each source reader walks its own syntax tree and hands what it finds to a
:class:`DocumentBuilder`, which keeps the outline (ids, parents), gives
environments their group ids and turns inline ``$...$`` into :class:`Formula`
records. Keeping this in one place means the three readers agree on every
convention of :mod:`ingest.document`.
"""

from __future__ import annotations

import time
from pathlib import Path

from ingest.document import HEADING_KINDS, Block, Document, Formula, Heading, formulas_in
from ingest.sympycheck import SYMPY_CHECKS, mark_sympy_parses
from syllabus.files import sha256_file


def roman(n: int) -> str:
    """Upper-case Roman numeral, as LaTeX and PreTeXt number parts."""
    out = ""
    for value, digits in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                          (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                          (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out



def normalize_space(text: str) -> str:
    """Collapse runs of white space (source line breaks are not meaningful in prose)."""
    return " ".join(text.split())


class DocumentBuilder:
    """Accumulates outline and blocks in reading order, then builds the :class:`Document`."""

    def __init__(self, source: Path, source_format: str, sympy_checks: int = SYMPY_CHECKS) -> None:
        self.source = source
        self.source_format = source_format
        self.sympy_checks = sympy_checks
        self.outline: list[Heading] = []
        self.blocks: list[Block] = []
        self._open: list[Heading] = []  # headings enclosing the current position
        self._groups = 0
        self._started = time.perf_counter()

    @property
    def section(self) -> str | None:
        """Id of the innermost open heading."""
        return self._open[-1].id if self._open else None

    def heading(self, kind: str, level: int, number: str | None, title: str) -> Heading:
        """Open a new outline node (closing those at its level or deeper) and emit its block."""
        assert kind in HEADING_KINDS, kind
        while self._open and self._open[-1].level >= level:
            self._open.pop()
        parent = self._open[-1].id if self._open else None
        node = Heading(f"h{len(self.outline) + 1}", kind, level, number, title, None, parent)
        self.outline.append(node)
        self._open.append(node)
        text = f"{number} {title}" if number else title
        self.add("heading", text)
        return node

    def new_group(self) -> int:
        """A fresh id shared by the blocks of one environment."""
        self._groups += 1
        return self._groups

    def add(self, kind: str, text: str, **fields: object) -> Block | None:
        """Emit one block; inline ``$...$`` (or the whole text of display math) become formulas."""
        text = text.strip()
        if not text:
            return None
        if kind == "display_math":
            formulas = [self.formula(text, display=True)]
        else:
            formulas = [self.formula(latex, display=False) for latex in formulas_in(text)]
        block = Block(kind, text, section=self.section, formulas=formulas, **fields)  # type: ignore[arg-type]
        self.blocks.append(block)
        return block

    def formula(self, latex: str, display: bool) -> Formula:
        return Formula(latex=latex, display=display, confidence=1.0)

    def build(self, title: str, warnings: list[str] | None = None, **stats: object) -> Document:
        checked = mark_sympy_parses(self.blocks, self.sympy_checks)
        formulas = [f for b in self.blocks for f in b.formulas]
        return Document(
            title=title or self.source.stem,
            source_path=str(self.source),
            source_sha256=sha256_file(self.source),
            source_format=self.source_format,
            outline=self.outline,
            blocks=self.blocks,
            stats={
                "seconds": round(time.perf_counter() - self._started, 3),
                "formulas_inline": sum(not f.display for f in formulas),
                "formulas_display": sum(f.display for f in formulas),
                "formulas_sympy_checked": checked,
                "formulas_sympy_parse": sum(bool(f.sympy_parses) for f in formulas),
                **stats,
            },
            warnings=list(warnings or []),
        )
