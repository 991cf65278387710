"""Read a linear combination of vectors or matrices: to evaluate, or to solve for scalars.

"Compute $4[2, -3, 4] + (-2)[1, 2, -5] + [-1, 3, 0]$" is a combination to evaluate
(``linear_algebra.linear_combination``). "Solve $3[1, 2, -1] + 4[2, 0, x] = [11, 6, 17]$
for $x$", "Find $\\alpha$ and $\\beta$ with $\\alpha A + \\beta B = C$" are linear
systems, one equation per entry (``linear_algebra.solve_linear_system``). Each term is
an optional scalar (a number, or one unknown) times a matrix whose entries are numbers
or one unknown; a product of two unknowns is not linear and is left alone.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from formalize.notation import expand

_MATRIX = re.compile(r"\\begin\{([bp]matrix)\}(.*?)\\end\{\1\}", re.DOTALL)
_SCALAR = re.compile(r"\s*([+-]?)\s*(?:\(\s*([+-]?\d+(?:/\d+)?)\s*\)|(\d+(?:/\d+)?)"
                     r"|\\frac\{(\d+)\}\{(\d+)\}|\\?([a-zA-Z]+))?\s*(?:\\cdot\s*)?$")
_UNKNOWN = re.compile(r"^(?:alpha|beta|gamma|delta|[a-z])$")
_NUMBER = re.compile(r"^[+-]?\s*\d+(?:/\d+)?$")
_SOLVE = re.compile(r"\bsolve\b|\bfind\b")
_EVALUATE = re.compile(r"\bcompute\b|\bperform\b|\bcalculate\b|\bevaluate\b")
Form = dict[str, Fraction]  # unknown -> coefficient; "" -> the constant


def _entry(cell: str) -> Form | None:
    cell = cell.strip().strip("{}").strip()
    if _NUMBER.match(cell):
        return {"": Fraction(cell.replace(" ", ""))}
    name = cell.lstrip("\\")
    return {name: Fraction(1)} if _UNKNOWN.match(name) else None


def _scalar(text: str) -> Form | None:
    """The coefficient before a matrix: its sign and a number or one unknown."""
    match = _SCALAR.fullmatch(text)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    number, plain, top, bottom, name = match.group(2, 3, 4, 5, 6)
    if name:
        return {name: Fraction(sign)} if _UNKNOWN.match(name) else None
    value = Fraction(number or plain or "1") if not top else Fraction(int(top), int(bottom))
    return {"": sign * value}


def _times(scalar: Form, entry: Form) -> Form | None:
    if len([k for k in scalar if k]) + len([k for k in entry if k]) > 1:
        return None  # unknown times unknown: not linear
    product: Form = {}
    for a, x in scalar.items():
        for b, y in entry.items():
            product[a or b] = product.get(a or b, Fraction(0)) + x * y
    return product


Term = tuple[Form, list[list[Form]]]  # a scalar and a matrix of entries


def _terms(text: str) -> list[Term] | None:
    """A sum of scalar-times-matrix terms of one shape, or None."""
    terms: list[Term] = []
    position = 0
    for match in _MATRIX.finditer(text):
        scalar = _scalar(text[position:match.start()])
        rows = [r for r in re.split(r"\\\\", match.group(2)) if r.strip()]
        cells = [[_entry(c) for c in r.split("&")] for r in rows]
        if scalar is None or len({len(r) for r in cells}) != 1 or \
                any(c is None for r in cells for c in r):
            return None
        if terms and (len(cells), len(cells[0])) != (len(terms[0][1]), len(terms[0][1][0])):
            return None
        terms.append((scalar, cells))
        position = match.end()
    return terms if terms and not text[position:].strip(" .,\n\t") else None


def _entries(terms: list[Term]) -> list[Form] | None:
    """The sum, entry by entry (row-major); None when a product is not linear."""
    total: list[Form] = []
    for scalar, cells in terms:
        products = [_times(scalar, c) for row in cells for c in row]
        if any(p is None for p in products):
            return None
        total = products if not total else [
            {k: s.get(k, 0) + t.get(k, 0) for k in {*s, *t}} for s, t in zip(total, products,
                                                                             strict=True)]
    return total


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    found = []
    for formula in formulas:
        sides = [_terms(side) for side in expand(formula).split("=")]
        if len(sides) <= 2 and all(sides):
            found.append(sides)
    if len(found) != 1:
        return None
    sides = found[0]
    if len(sides) == 1:
        left = sides[0]
        if not _EVALUATE.search(prose) or len(left) < 2 or \
                any(k for scalar, cells in left for f in [scalar, *(c for r in cells for c in r)]
                    for k in f):
            return None
        return "linear_algebra.linear_combination", {
            "coefficients": [str(scalar[""]) for scalar, _ in left],
            "matrices": [[[str(c[""]) for c in row] for row in cells] for _, cells in left]}
    left, right = _entries(sides[0]), _entries(sides[1])
    if left is None or right is None or len(left) != len(right) or not _SOLVE.search(prose):
        return None
    unknowns = sorted({k for e in left + right for k in e if k and e[k]})
    if not unknowns:
        return None
    rows = []
    for lhs, rhs in zip(left, right, strict=True):
        form = {k: lhs.get(k, 0) - rhs.get(k, 0) for k in {*lhs, *rhs}}
        rows.append([str(form.get(u, 0)) for u in unknowns] + [str(-form.get("", 0))])
    return "linear_algebra.solve_linear_system", {"variables": unknowns, "augmented": rows}
