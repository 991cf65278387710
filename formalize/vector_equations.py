"""Read a linear combination of vectors or matrices: to evaluate, or to solve for scalars; and
the magnitude, direction, angle or projection of vectors of numbers.

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

import sympy as sp

from formalize.latex import to_sympy
from formalize.matrices import matrices_of
from formalize.notation import expand
from formalize.parts import own_formulas
from ingest.document import formulas_in

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


_TUPLE = re.compile(r"\(\s*(-?\d+(?:/\d+)?(?:\s*,\s*-?\d+(?:/\d+)?)+)\s*\)")
_PROJECTION = re.compile(r"\\operatorname\{proj\}_\{?\\vec\{([a-z])\}\}?\s*\(\s*\(([^()]*)\)\s*\)")
_SIZED = re.compile(r"\\[bB]igg?[lr]?(?![a-zA-Z])")  # the source's \bigl( (1,0,0) \bigr)
_GEOMETRY = [("norm", re.compile(r"\b(?:magnitude|length) of\b")),
             ("unit", re.compile(r"\bunit vector in the direction of\b")),
             ("angle", re.compile(r"\bangle\b(?: \\?theta)? between\b"))]


def _vectors_in(formula: str) -> list[list[str]]:
    """The vectors of numbers a formula writes: columns, or tuples such as (1,3,-4)."""
    columns = [[row[0] for row in m] for m in matrices_of(formula) if len(m[0]) == 1 and len(m) > 1]
    tuples = [[v.strip() for v in t.split(",")] for t in _TUPLE.findall(_MATRIX.sub(" ", formula))]
    return columns + tuples


def read_geometry(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"op", "u"[, "v"]}`` for a magnitude, unit vector, angle or projection, or None."""
    expanded = [_SIZED.sub("", expand(f)) for f in formulas]
    own = [_SIZED.sub("", expand(f)) for f in own_formulas(formulas, prose)]
    if len({m.group(0) for f in own for m in _PROJECTION.finditer(f)}) > 1:
        return None  # "Find a) proj(..) b) proj(..)": the whole exercise, its parts read apart
    for formula in expanded:  # proj_v((1,0,0)) with v = (1,1,-1) given beside it
        match = _PROJECTION.search(formula)
        if match:
            given = [t for f in expanded for t in re.findall(
                rf"\\vec\{{{match.group(1)}\}}\s*=\s*{_TUPLE.pattern}", f)]
            if len(given) != 1:
                return None
            return {"op": "projection", "u": [v.strip() for v in match.group(2).split(",")],
                    "v": [v.strip() for v in given[0].split(",")]}
    asked = [op for op, words in _GEOMETRY if words.search(prose)]
    vectors = [v for f in expanded for v in _vectors_in(f)]
    if len(asked) != 1 or not all(_NUMBER.match(x) for v in vectors for x in v):
        return None
    if asked[0] in ("norm", "unit") and len(vectors) == 1:
        return {"op": asked[0], "u": vectors[0]}
    if asked[0] == "angle" and len(vectors) == 2 and len(vectors[0]) == len(vectors[1]):
        return {"op": "angle", "u": vectors[0], "v": vectors[1]}
    return None


_WRITTEN_TUPLE = re.compile(r"^\s*\(([^()]*)\)\s*[.,]?\s*$")


def compare_tuple(answer: Any, book_text: str) -> tuple[str, str] | None:
    """A vector of numbers against the book's one printed tuple "$(-1/2,0,1/2)$" (a projection,
    a unit vector): ("match" | "differs", how), or None when the book prints no single tuple
    of numbers of the answer's size."""
    if not isinstance(answer, sp.MatrixBase) or answer.cols != 1 or answer.free_symbols:
        return None
    written = [m for m in map(_WRITTEN_TUPLE.match, formulas_in(book_text)) if m]
    entries = [to_sympy(v) for v in written[0].group(1).split(",")] if len(written) == 1 else []
    if len(entries) != answer.rows or not all(isinstance(v, sp.Expr) and v.is_number
                                              for v in entries):
        return None
    same = all(sp.simplify(a - b) == 0 for a, b in zip(answer, entries, strict=True))
    return ("match" if same else "differs"), "the vector against the book's tuple, entry by entry"


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    geometry = read_geometry(formulas, prose)
    if geometry is not None:
        return "linear_algebra.vector_geometry", geometry
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
        if not _EVALUATE.search(prose) or (len(left) < 2 and left[0][0].get("") == 1) or \
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
