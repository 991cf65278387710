"""Read a differential equation and its initial conditions from a book item's formulas.

Books write ``y' = 3x^2``, ``\\frac{dy}{dx} = x^2 + x``, ``x'' + 4x = 0``, ``\\frac{dx}{dt} = kx``,
with conditions ``y(0) = 1``, ``y'(0) = 2`` in the same or another formula. The
unknown function (the letter with primes or on top of ``d/d``) and the variable
(below ``d/d``, or t when the unknown is x, else x) are renamed to the
posed family's ``y(x)``, so ``P' = kP`` is the same exercise as ``y' = ky``.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy

# \frac{d^{2}y}{dx^{2}} -> y'' and \frac{dy}{dx} -> y' (the variable is kept aside).
_LEIBNIZ = re.compile(
    r"\\frac\s*\{\s*d\s*(?:\^\s*\{?\s*(\d)\s*\}?)?\s*([a-zA-Z])\s*\}\s*\{\s*d\s*([a-zA-Z])\s*"
    r"(?:\^\s*\{?\s*\d\s*\}?)?\s*\}")
_PRIMED = re.compile(r"([a-zA-Z])('+)")
_CONDITION = re.compile(r"([a-zA-Z])('*)\s*\(\s*([-+]?\d+(?:\.\d+)?)\s*\)\s*=\s*([^,;]+)")
X = sp.Symbol("x")
Y = sp.Function("y")


def read_ode(formulas: list[str]) -> dict[str, Any] | None:
    """``{"ode": ..., "ics": {...}}`` for the posed ODE family, or None when there is no ODE."""
    for latex in formulas:
        unknown, variable, equation = _equation(latex)
        if equation is None:
            continue
        ics = {}
        for other in formulas:
            for name, primes, point, value in _CONDITION.findall(other):
                parsed = to_sympy(value)
                if name != unknown or parsed is None or parsed.free_symbols:
                    continue
                key = f"y({point})" if not primes else \
                    f"Subs(Derivative(y(x), (x, {len(primes)})), x, {point})"
                ics[key] = sp.sstr(parsed)
        return {"ode": sp.sstr(equation), "ics": ics, "variable": variable, "unknown": unknown}
    return None


def _equation(latex: str) -> tuple[str | None, str | None, sp.Expr | None]:
    """The unknown's letter, the variable's letter, and ``lhs - rhs`` in y(x), or Nones."""
    text = _CONDITION.sub("", latex).strip().rstrip(",;.")
    variable = None
    leibniz = _LEIBNIZ.search(text)
    if leibniz:
        variable = leibniz.group(3)
        text = _LEIBNIZ.sub(lambda m: m.group(2) + "'" * int(m.group(1) or 1), text)
    primed = _PRIMED.search(text)
    if not primed or "=" not in text:
        return None, None, None
    unknown = primed.group(1)
    variable = variable or ("t" if unknown == "x" else "x")
    parsed = to_sympy(text, definition_rhs=False)  # SymPy reads y'' as one symbol named y
    if not isinstance(parsed, sp.Eq):
        return None, None, None
    t = sp.Symbol(variable)
    replacements = {sp.Symbol(unknown + "'" * k): Y(t).diff(t, k) for k in range(1, 5)}
    replacements[sp.Symbol(unknown)] = Y(t)
    expr = (parsed.lhs - parsed.rhs).subs(replacements).subs(t, X)
    if expr.free_symbols - {X} or not expr.has(sp.Derivative):
        return None, None, None
    return unknown, variable, expr


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: an ODE the item asks to solve."""
    task = read_ode(formulas) if intent == "solve" else None
    return None if task is None else ("differential_equations.solve_ode", task)
