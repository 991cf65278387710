"""Compare a computed answer with the answer the book prints, by SymPy equivalence.

The book's answer is prose with math ("$x = 3$ or $x = 4$.", "$2x^3 + x^2 + C$").
Its formulas are parsed; a solution set is compared as a set of values, an
antiderivative up to its constant (by differentiating the difference), anything
else by exact algebra first and, failing that, at random points to 30 digits.
The result names the method, so a person can see how agreement was decided.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import mpmath
import sympy as sp

from formalize.latex import to_sympy
from formalize.tasks import formulas_of

X = sp.Symbol("x")
_CONSTANT = re.compile(r"\s*\+\s*(?:C|c|K)\s*$")
# The "=" of a chain a = b = c (not the = in \sum_{i=1}, not <=, >=, !=).
_EQUALS = re.compile(r"(?<![<>!\\])=(?![^{]*})")


@dataclass
class Agreement:
    """Whether the computed answer matches the book's, and how that was decided."""

    status: str  # "match", "differs" or "unreadable"
    method: str
    book_value: str | None = None


def compare_with_book(answer: sp.Basic, book_text: str, *, up_to_constant: bool = False) -> Agreement:
    """Decide whether ``answer`` (the verified one) equals what ``book_text`` says."""
    # A chain "(x+3)(x-5) = x^2 - 5x + 3x - 15 = x^2 - 2x - 15" ends with the answer.
    formulas = [_CONSTANT.sub("", _EQUALS.split(f)[-1]) for f in formulas_of(book_text)]
    values = [v for v in (to_sympy(f) for f in formulas) if v is not None]
    if not values:
        return Agreement("unreadable", "no formula in the book's answer parses")
    if isinstance(answer, sp.FiniteSet):
        book = sp.FiniteSet(*values)
        same = len(book) == len(answer) and all(
            any(_equal(a, b)[0] for b in book) for a in answer
        )
        return Agreement("match" if same else "differs", "the same set of values", sp.sstr(book))
    book = values[-1]
    if up_to_constant:
        same, how = _equal(sp.diff(book, X), sp.diff(answer, X))
        return Agreement("match" if same else "differs", f"derivatives agree ({how})", sp.sstr(book))
    same, how = _equal(book, answer)
    return Agreement("match" if same else "differs", how, sp.sstr(book))


def _equal(a: sp.Basic, b: sp.Basic) -> tuple[bool, str]:
    """Exact comparison first; random points at 30 digits as a second opinion only."""
    if not isinstance(a, sp.Expr) or not isinstance(b, sp.Expr):
        return a == b, "structural equality"
    difference = sp.expand(a - b)
    if difference == 0:
        return True, "exact (expand)"
    if sp.count_ops(difference) < 40 and sp.simplify(difference) == 0:
        return True, "exact (simplify)"
    symbols = sorted(difference.free_symbols, key=str)
    rng = random.Random(sp.sstr(difference))
    function = sp.lambdify(symbols, difference, modules="mpmath")
    with mpmath.workdps(30):
        for _ in range(5):
            value = function(*[mpmath.mpf(rng.randint(300, 2300)) / 1000 for _ in symbols])
            if abs(value) > mpmath.mpf("1e-20"):
                return False, "differs at a random point"
    return True, "numeric (5 random points, 30 digits)"
