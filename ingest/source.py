"""Shared machinery of the source readers (LaTeX, PreTeXt, Markdown).

Each source reader walks its own syntax tree and hands what it finds to a
:class:`DocumentBuilder`, which keeps the outline (ids, parents), gives
environments their group ids and turns inline ``$...$`` into :class:`Formula`
records. Keeping this in one place means the three readers agree on every
convention of :mod:`ingest.document`.
"""

from __future__ import annotations

import re
import time
import warnings
from functools import lru_cache
from pathlib import Path

from ingest.document import HEADING_KINDS, Block, Document, Formula, Heading
from syllabus.files import sha256_file

# ``$...$`` in prose; a literal dollar is written ``\$`` and never opens math.
INLINE_MATH = re.compile(r"(?<!\\)\$(.+?)(?<!\\)\$", re.DOTALL)

# Formulas sympy's LaTeX grammar cannot take (matrices, alignments, text): skip the slow parser.
_SYMPY_HOPELESS = re.compile(r"\\begin|\\end|&|\\\\|\\text|\\mbox|\\label|\\tag|\\quad|\\qquad")
SYMPY_MAX_CHARS = 200  # longer formulas are not worth a parse attempt of up to a second
# sympy's parser takes ~0.07 s a formula and a book has ~10^4 of them: each document checks at
# most this many distinct formulas, in reading order (a count, not a time, so that output is
# deterministic); the rest keep ``sympy_parses=False`` and ``stats`` says how many were checked.
SYMPY_CHECKS = 150


@lru_cache(maxsize=65536)
def sympy_parses(latex: str) -> bool:
    """Whether sympy's LaTeX parser accepts ``latex`` (cached: books repeat formulas a lot).

    sympy's default ANTLR backend needs antlr4-python3-runtime 4.11 exactly and refuses
    other versions, so the Lark backend (pure Python, no pinned runtime) is used.
    """
    text = latex.strip()
    if not text or len(text) > SYMPY_MAX_CHARS or _SYMPY_HOPELESS.search(text):
        return False
    from sympy.parsing.latex import parse_latex

    try:
        with warnings.catch_warnings():  # sympy warns about deprecated forms it still accepts
            warnings.simplefilter("ignore")
            parse_latex(text, backend="lark")
    except Exception:  # noqa: BLE001 - any parser failure simply means "does not parse"
        return False
    return True


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
        self._checked: set[str] = set()
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
            formulas = [self.formula(m.group(1), display=False) for m in INLINE_MATH.finditer(text)]
        block = Block(kind, text, section=self.section, formulas=formulas, **fields)  # type: ignore[arg-type]
        self.blocks.append(block)
        return block

    def formula(self, latex: str, display: bool) -> Formula:
        if latex not in self._checked and len(self._checked) < self.sympy_checks:
            self._checked.add(latex)
        parses = latex in self._checked and sympy_parses(latex)
        return Formula(latex=latex, display=display, confidence=1.0, sympy_parses=parses)

    def build(self, title: str, **stats: object) -> Document:
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
                "formulas_sympy_checked": len(self._checked),
                "formulas_sympy_parse": sum(f.sympy_parses for f in formulas),
                **stats,
            },
        )
