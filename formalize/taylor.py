"""Read "Approximate $e^{tA}$ by expanding the power series up to the third order" and
"Compute the first 3 terms (up to the second degree) of the Taylor expansion of $e^{tA}$
... then use it to approximate $e^{0.1A}$" from a book item.

The matrix is the one the item names A (as for :mod:`formalize.exponential`, which reads
the exact e^{tA}); the degree is the words' "up to the n-th order/degree", or "the first
k terms" (degree k - 1); a value the item asks for is its ``e^{0.1A}``.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import tidy
from formalize.matrices import bmatrix
from formalize.odes import named_matrix

_ASKED = re.compile(r"\bapproximat|\btaylor|\bpower series")
_EXPONENT = re.compile(r"^\s*e\s*\^\s*\{\s*(?:t\s*([A-Z])|([A-Z])\s*t)\s*\}\s*$")
_AT = re.compile(r"^\s*e\s*\^\s*\{\s*(\d*\.?\d+)\s*([A-Z])\s*\}\s*[.,]?\s*$")
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_DEGREE = re.compile(r"\bup to (?:the )?(first|second|third|fourth|fifth|\d)(?:st|nd|rd|th)? "
                     r"(?:order|degree)")
_TERMS = re.compile(r"\bfirst (\d) terms\b")
_NOT_ASKED = re.compile(r"\bshow\b|\bverify|\bprove|\berror")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose):
        return None
    degree = _DEGREE.search(prose)
    terms = _TERMS.search(prose)
    if degree:
        n = int(_WORDS.get(degree.group(1), degree.group(1) if degree.group(1).isdigit() else 0))
    elif terms:
        n = int(terms.group(1)) - 1
    else:
        return None
    if terms and degree and int(terms.group(1)) - 1 != n:
        return None  # the words disagree
    name = next((m.group(1) or m.group(2) for m in map(_EXPONENT.match, map(tidy, formulas))
                 if m), None)
    if name is None or not 1 <= n <= 5:
        return None
    found = named_matrix(name, [bmatrix(f) for f in formulas])
    if not found or len(found[0]) != len(found[0][0]) or len(found[0]) < 2:
        return None
    params: dict[str, Any] = {"matrix": found[0], "degree": str(n)}
    points = [m.group(1) for m in map(_AT.match, map(tidy, formulas)) if m and m.group(2) == name]
    if len(points) > 1:
        return None
    if points:
        params["at"] = sp.sstr(sp.Rational(points[0]))
    return "differential_equations.exponential_taylor", params
