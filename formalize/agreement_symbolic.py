"""Compare a matrix of formulas with the book's: ``A^n`` for a symbolic n, an inverse in letters.

The book prints ``\\begin{bmatrix} 5 (3^n)-2^{n+2} & ... \\end{bmatrix}`` or
``\\left[\\begin{smallmatrix} 1/a & 0 \\\\ 0 & 1/b \\end{smallmatrix}\\right]``; the number
readers of :mod:`formalize.matrices` skip such cells. Here each cell is parsed, the book's
letters are taken as the answer's symbols of the same name (n a positive integer, a, b
nonzero), and the two matrices agree when every difference simplifies to zero.

A book's text with no matrix of letters of the answer's shape, or with several, is not
read (None): which one answers is not marked, and "I if n is even" is no formula in n.
"""

from __future__ import annotations

import re

import sympy as sp

from formalize.latex import to_sympy
from formalize.matrices import MATRIX

Verdict = tuple[str, str, str | None]


def _cells(body: str) -> list[list[sp.Basic | None]]:
    rows = [row for row in re.split(r"\\\\", body) if row.strip()]
    return [[to_sympy(cell) for cell in row.split("&")] for row in rows]


def compare_symbolic_matrix(answer: sp.MatrixBase, book_text: str, worked: bool = False
                            ) -> Verdict | None:
    """The verdict for a matrix answer with symbols against the book's one matrix of the same
    shape with letters in it, or None when the book prints no such matrix (or several). In a
    worked solution a different matrix may be a step, not the result: unreadable, not differs."""
    names = {s.name: s for s in answer.free_symbols}
    found = []
    for _, body in MATRIX.findall(book_text):
        cells = _cells(body)
        if len(cells) != answer.rows or any(len(row) != answer.cols for row in cells) or not all(
                isinstance(c, sp.Expr) for row in cells for c in row):
            continue
        letters = set().union(*[c.free_symbols for row in cells for c in row])
        if letters:
            found.append((cells, letters))
    if len(found) != 1:
        return None
    cells, letters = found[0]
    if not {s.name for s in letters} <= set(names):
        return "unreadable", "the book's matrix names letters the answer does not have", None
    book = sp.Matrix(cells).subs({s: names[s.name] for s in letters})
    same = all(sp.simplify(sp.expand(a - b)) == 0 for a, b in zip(answer, book, strict=True))
    status = "match" if same else ("unreadable" if worked else "differs")
    return status, "the same matrix, cell by cell (SymPy simplify)", sp.sstr(book.tolist())
