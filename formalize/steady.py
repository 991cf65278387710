"""Read "Let $F(t) = \\sum_{n=1}^\\infty \\frac{1}{n^2}\\cos(n\\pi t)$. Find the steady periodic
solution to $x'' + 2x = F(t)$." from a book item: the equation's coefficients and the forcing,
a Fourier series written out (a constant, modes, or a series in n).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy

_ASKED = re.compile(r"\bsteady periodic solution")
_FORCING = re.compile(r"^\s*F\s*\(\s*t\s*\)\s*=")
_RESPONSE = [sp.Symbol("x''"), sp.Symbol("x'"), sp.Symbol("x")]
T, N = sp.Symbol("t"), sp.Symbol("n")


def _equation(latex: str) -> tuple[sp.Expr, sp.Expr, sp.Expr] | None:
    """(m, c, k) of ``m x'' + c x' + k x = F(t)`` (the right side may be the next formula)."""
    lhs, equals, rhs = latex.partition("=")
    if not equals or "x''" not in lhs.replace(" ", "") or \
            re.sub(r"[\s$.,]", "", rhs) not in ("", "F(t)"):
        return None
    expr = to_sympy(lhs)
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= set(_RESPONSE):
        return None
    # x + (x' + x''), as parsed, is nested and unevaluated: substituting evaluates it
    names = sp.symbols("x2 x1 x0")
    expr = expr.subs(dict(zip(_RESPONSE, names, strict=True)))
    coefficients = [expr.coeff(symbol) for symbol in names]
    if sp.expand(expr - sum(c * s for c, s in zip(coefficients, names, strict=True))) != 0 \
            or not all(c.is_number and c.is_real for c in coefficients) or coefficients[0] == 0:
        return None
    m, c, k = (sp.nsimplify(v, rational=True) if v.has(sp.Float) else v for v in coefficients)
    return m, c, k


def _forcing(latex: str) -> sp.Expr | None:
    """A Fourier series in t: sines and cosines (a series of them in n), maybe a constant."""
    expr = to_sympy(latex)
    if not isinstance(expr, sp.Expr) or not expr.has(sp.sin, sp.cos) or \
            expr.has(sp.Abs, sp.Piecewise, sp.Heaviside) or not expr.free_symbols <= {T, N} \
            or expr.atoms(sp.core.function.AppliedUndef):
        return None
    return sp.nsimplify(expr, rational=True) if expr.has(sp.Float) else expr


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose):
        return None
    forcings = [_forcing(f) for f in formulas if _FORCING.match(f)]
    equations = [e for e in map(_equation, formulas) if e is not None]
    if len(forcings) != 1 or forcings[0] is None or len(equations) != 1:
        return None
    m, c, k = equations[0]
    return "differential_equations.steady_periodic", {
        "m": sp.sstr(m), "c": sp.sstr(c), "k": sp.sstr(k), "forcing": sp.sstr(forcings[0])}
