"""Whether SymPy's LaTeX parser reads each formula of a document: checked for real, within a budget.

The check is SymPy's own parser (through :func:`formalize.latex.to_sympy`, the
one parser every stage uses). It costs ~20 ms a formula and a book holds ~10^4,
so a document checks its first :data:`SYMPY_CHECKS` distinct formulas in reading
order (a count, not a time, so output is deterministic); the rest keep
``sympy_parses=None``, which means *not checked*, never a guessed answer.
"""

from __future__ import annotations

import re

from ingest.document import Block

SYMPY_CHECKS = 500
SYMPY_MAX_CHARS = 200  # longer formulas are not worth a parse attempt of up to a second
# Formulas SymPy's LaTeX grammar cannot take (matrices, alignments, text): known without parsing.
_HOPELESS = re.compile(r"\\begin|\\end|&|\\\\|\\text|\\mbox|\\label|\\tag|\\quad|\\qquad")


def sympy_parses(latex: str) -> bool:
    """Whether SymPy's LaTeX parser accepts ``latex`` (cached in :func:`to_sympy`)."""
    text = latex.strip()
    if not text or len(text) > SYMPY_MAX_CHARS or _HOPELESS.search(text):
        return False
    from formalize.latex import to_sympy

    return to_sympy(text, definition_rhs=False) is not None


def mark_sympy_parses(blocks: list[Block], limit: int = SYMPY_CHECKS) -> int:
    """Set ``sympy_parses`` on every formula whose text is among the first ``limit`` distinct
    ones in reading order (None on the rest); return how many distinct formulas were checked."""
    verdicts: dict[str, bool] = {}
    for block in blocks:
        for formula in block.formulas:
            if formula.latex not in verdicts and len(verdicts) < limit:
                verdicts[formula.latex] = sympy_parses(formula.latex)
            formula.sympy_parses = verdicts.get(formula.latex)
    return len(verdicts)
