"""Read a matrix and the operation asked for from a book item (linear algebra books).

``\\begin{bmatrix} 2 & 1 \\\\ -3 & 4 \\end{bmatrix}`` (also pmatrix, vmatrix, array)
becomes rows of exact numbers; the words choose the operation ("determinant",
"inverse", "rank", "row-reduce", "eigenvalues", "null space").
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy

MATRIX = re.compile(
    r"\\begin\{([bpvBV]?matrix|array)\}(?:\{[^}]*\})?(.*?)\\end\{\1\}", re.DOTALL)
# Checked in order: "inverse" before "determinant" ("use the determinant to find the inverse").
_OPERATIONS = [
    ("eigenvalues", re.compile(r"\beigenvalue")),
    ("null_space", re.compile(r"\bnull ?space|\bkernel\b")),
    ("inverse", re.compile(r"\binverse\b")),
    ("determinant", re.compile(r"\bdeterminant")),
    ("rref", re.compile(r"\brow[- ]reduc|\breduced row[- ]echelon")),
    ("rank", re.compile(r"\brank\b")),
]


def matrices_of(latex: str) -> list[list[list[str]]]:
    """Every matrix of exact numbers in ``latex``, as rows of SymPy strings."""
    found = []
    for _, body in MATRIX.findall(latex):
        rows = [row for row in re.split(r"\\\\", body) if row.strip()]
        cells = [[_number(cell) for cell in row.split("&")] for row in rows]
        if not cells or len({len(row) for row in cells}) != 1:
            continue
        if all(v is not None for row in cells for v in row):
            found.append([[sp.sstr(v) for v in row] for row in cells])
    return found


def _number(cell: str) -> sp.Rational | None:
    value = to_sympy(cell)
    if isinstance(value, sp.Expr) and value.is_number and value.is_rational:
        return sp.Rational(sp.simplify(value))
    return None


def read_matrix_task(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"op": ..., "matrix": ...}`` when the item names an operation and gives one matrix."""
    op = next((name for name, words in _OPERATIONS if words.search(prose)), None)
    if op is None:
        return None
    matrices = [m for f in formulas for m in matrices_of(f)]
    if len(matrices) != 1:  # several matrices: a product, a system, a comparison ... not these
        return None
    return {"op": op, "matrix": matrices[0]}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    task = read_matrix_task(formulas, prose)
    return None if task is None else ("linear_algebra.matrix_operation", task)
