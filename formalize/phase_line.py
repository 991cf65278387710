"""Read "Consider $x' = x^2$. Find $\\lim_{t\\to\\infty} x(t)$ for the solution with the initial
condition $x(0) = -1$." from a book item: an autonomous equation, its initial value (or "any
initial condition"), and the long-time limit asked.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.odes import components

_LIMIT = re.compile(r"\\lim\s*_\s*\{\s*t\s*\\to\s*\\?infty\s*\}\s*x\s*\(\s*t\s*\)")
_START = re.compile(r"^\s*x\s*\(\s*0\s*\)\s*=\s*(.+?)\s*[.,]?\s*$")
_ANY = re.compile(r"\bany initial condition")
# The whole exercise also asks for (and to classify) the critical points: not the limit alone.
_MORE = re.compile(r"\bcritical points?\b|\bclassify\b|\bsketch\b|\bdraw\b")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not any(_LIMIT.search(f) for f in formulas) or _MORE.search(prose.partition(OWN_END)[0]):
        return None
    starts = {m.group(1) for m in map(_START.match, formulas) if m}
    if len(starts) > 1 or (not starts and not _ANY.search(prose.partition(OWN_END)[0])):
        return None
    found = components(formulas, least=1)
    if found is None or found[0] != ["x"]:
        return None
    f = found[1][0]
    x = sp.Symbol("x")
    if not f.free_symbols <= {x} or f.atoms(sp.core.function.AppliedUndef):
        return None
    x0 = to_sympy(starts.pop()) if starts else None
    if starts and x0 is None or x0 is not None and not (isinstance(x0, sp.Expr) and x0.is_number):
        return None
    if isinstance(x0, sp.Float):  # x(0) = 0.5: the decimal the book wrote
        x0 = sp.nsimplify(x0, rational=True)
    return "differential_equations.long_time_limit", {
        "f": sp.sstr(f), "x0": sp.sstr(x0) if x0 is not None else None}
