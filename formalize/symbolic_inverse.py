"""Read "Suppose $a, b, c$ are nonzero numbers. Let $M = [a\\ 0; 0\\ b]$ ... Compute $M^{-1}$."
(Lebl 3.2.104): the inverse of a matrix whose entries hold letters.

The item must say its letters are nonzero, and the determinant must be a constant times a
product of the letters: then the inverse exists for every value the item allows (a
matrix such as [a 1; 1 b] is singular for ab = 1, which the item would have to exclude).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy
from formalize.matrices import MATRIX
from formalize.notation import expand

_INVERSE = re.compile(r"^\s*([A-Z])\s*\^\s*\{\s*-\s*1\s*\}\s*[.,]?\s*$")
_NAMED = r"(?<![a-zA-Z\\]){}\s*=\s*(\\begin\{{([bp]?matrix)\}}.*?\\end\{{\2\}})"
_NONZERO = re.compile(r"\bnonzero\b|\bnon-zero\b")
_ASKED = re.compile(r"\b(?:compute|find|what is)\b")


def _cells(latex: str) -> list[list[sp.Expr]] | None:
    match = MATRIX.search(latex)
    if match is None:
        return None
    rows = [r for r in re.split(r"\\\\", match.group(2)) if r.strip()]
    cells = [[to_sympy(c) for c in r.split("&")] for r in rows]
    if len({len(r) for r in cells}) != 1 or len(cells) != len(cells[0]) or not all(
            isinstance(c, sp.Expr) for r in cells for c in r):
        return None
    return cells


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    asked = {m.group(1) for m in map(_INVERSE.match, formulas) if m}
    if len(asked) != 1 or not _NONZERO.search(prose) or not _ASKED.search(prose):
        return None
    name = asked.pop()
    found = [m.group(1) for f in formulas for m in re.finditer(_NAMED.format(name), expand(f),
                                                              re.DOTALL)]
    cells = _cells(found[0]) if len(set(found)) == 1 else None
    if cells is None:
        return None
    matrix = sp.Matrix(cells)
    letters = matrix.free_symbols
    determinant = sp.factor(matrix.det())
    constant, rest = determinant.as_independent(*letters, as_Add=False) if letters else (0, 1)
    if not letters or constant == 0 or any(not (isinstance(f.as_base_exp()[0], sp.Symbol))
                                           for f in sp.Mul.make_args(rest)):
        return None  # no letters (a numeric matrix is another reader's), or a det that can be 0
    return "linear_algebra.symbolic_inverse", {
        "matrix": [[sp.sstr(c) for c in row] for row in cells],
        "nonzero": sorted(s.name for s in letters)}
