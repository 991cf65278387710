"""Read "Solve $9u_x + u_t = 0$, $u(x,0) = \\sin(x)$" (a first-order linear PDE) from a book item.

The equation is ``a u_x + b u_t + c(x, t) u = g(x, t)`` with constant a and b (b not 0),
written with subscripts for the partial derivatives (``u_{x}``, ``y_t``); its one
condition gives the unknown on the line t = 0, ``u(x,0) = f(x)``. An item with a
boundary condition too (``u(0,t) = ...``: a problem on a half line), or with
coefficients in x and t in front of the derivatives, is not this exercise.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import tidy, to_sympy

_ASKED = re.compile(r"\bsolve\b|\bsolution\b")
_NOT_ASKED = re.compile(r"\bcharacteristic coordinates|\bshow\b|\bverify|\bcheck\b|\bclassify")
X, T = sp.Symbol("x"), sp.Symbol("t")
DX, DT, U = sp.Symbol("u_x"), sp.Symbol("u_t"), sp.Symbol("u")
_PARTIAL = re.compile(r"(?<![a-zA-Z\\])([uy])\s*_\s*\{?\s*([xt])\s*\}?")
_STAND_IN = {"x": " \\Xi ", "t": " \\Theta "}  # one symbol each for SymPy's parser
_INITIAL = re.compile(r"^\s*([uy])\s*\(\s*x\s*,\s*0\s*\)\s*=\s*(.+)$")
_BOUNDARY = re.compile(r"[uy]\s*\(\s*[^x,()]+,\s*t\s*\)")


def _equation(latex: str) -> tuple[str, sp.Expr] | None:
    """The unknown's letter and ``lhs - rhs`` in u, u_x, u_t, x, t, or None."""
    text = tidy(latex)
    found = _PARTIAL.findall(text)
    if not found or "=" not in text or len({name for name, _ in found}) != 1:
        return None
    name = found[0][0]
    text = _PARTIAL.sub(lambda m: _STAND_IN[m.group(2)], text)
    parsed = to_sympy(text, definition_rhs=False)
    if not isinstance(parsed, sp.Eq):
        return None
    expr = (parsed.lhs - parsed.rhs).subs({sp.Symbol("Xi"): DX, sp.Symbol("Theta"): DT,
                                           sp.Symbol(name): U})
    return (name, expr) if expr.free_symbols <= {X, T, DX, DT, U} else None


def read_pde(formulas: list[str]) -> dict[str, Any] | None:
    """``{"a", "b", "c", "g", "f"}`` (SymPy strings) for a u_x + b u_t + c u = g, u(x, 0) = f."""
    if any(_BOUNDARY.search(tidy(f)) for f in formulas):
        return None
    for at, latex in enumerate(formulas):
        found = _equation(latex)
        if found is None:
            continue
        name, expr = found
        poly = sp.Poly(sp.expand(expr), DX, DT, U)
        if poly.total_degree() != 1:
            return None
        a, b, c = (poly.coeff_monomial(v) for v in (DX, DT, U))
        g = -poly.coeff_monomial(1)
        if a.free_symbols or b.free_symbols or b == 0:
            return None
        for other in formulas[at + 1:at + 3]:
            initial = _INITIAL.match(tidy(other))
            value = to_sympy(initial.group(2)) if initial and initial.group(1) == name else None
            if isinstance(value, sp.Expr) and value.free_symbols <= {X}:
                return {"a": sp.sstr(a), "b": sp.sstr(b), "c": sp.sstr(c), "g": sp.sstr(g),
                        "f": sp.sstr(value), "unknown": name}
        return None
    return None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose):
        return None
    task = read_pde(formulas)
    return None if task is None else ("differential_equations.first_order_pde", task)
