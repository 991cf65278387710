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

from formalize import OWN_END
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


# The quarter plane x > 0, t > 0: "Solve $y_t + y_x = 1$, $0 < x < \infty$, $t > 0$, $y(0,t) = 1$,
# $y(x,0) = 0$" (the Laplace-transform chapter's transport equations), whose constants may be
# named ("For an $\alpha > 0$, solve $y_t + \alpha y_x + y = 0$ ...").
_HALF_ROWS = re.compile(r",(?![^(]*\))|\\\\|&|\\q?quad(?![a-zA-Z])|\\enspace")
_HALF_ASKED = re.compile(r"^(?:for an? ,? )?solve\b")
_REGION = {"0<x<\\infty", "t>0"}
_NAMED = re.compile(r"^\\?([a-z]+)>0$")  # "\alpha > 0": a constant the item names
_EDGE = re.compile(r"^([uy])\((0,t|x,0)\)=(.+)$")
_SPACE = re.compile(r"(?<![a-zA-Z])\s+|\s+(?![a-zA-Z])")  # not the space in \alpha y_x


def read_half_line(formulas: list[str]) -> dict[str, Any] | None:
    """``{"a", "b", "c", "g", "f", "h"}`` for a u_x + b u_t + c u = g on x > 0, t > 0 with
    u(x, 0) = f and u(0, t) = h, or None."""
    rows = [_SPACE.sub("", piece).rstrip(".") for f in formulas
            for piece in _HALF_ROWS.split(tidy(f))]
    rows = [row for row in rows if row]
    # alpha: the books' speed, positive for the problem to be posed (the waves enter at x = 0)
    named = {sp.Symbol(m.group(1)) for m in map(_NAMED.match, rows) if m} | {sp.Symbol("alpha")}
    equation, edges, region = None, {}, set()
    for row in rows:
        edge = _EDGE.match(row)
        if row in _REGION or _NAMED.match(row):
            region.add(row)
        elif edge:
            value = to_sympy(edge.group(3))
            if not isinstance(value, sp.Expr) or edge.group(2) in edges:
                return None
            edges[edge.group(2)] = (edge.group(1), value)
        elif equation is None and _PARTIAL.search(row):
            equation = _equation_with(row, named)
        else:
            return None
    if equation is None or not _REGION <= region or set(edges) != {"0,t", "x,0"} \
            or {name for name, _ in edges.values()} != {equation[0]}:
        return None
    poly = sp.Poly(sp.expand(equation[1]), DX, DT, U)
    if poly.total_degree() != 1:
        return None
    a, b, c = (poly.coeff_monomial(v) for v in (DX, DT, U))
    g, f, h = -poly.coeff_monomial(1), edges["x,0"][1], edges["0,t"][1]
    if a.free_symbols - named or b.free_symbols - named or c.has(X, T) and c.free_symbols - named \
            or not f.free_symbols <= {X} or not h.free_symbols <= {T} or b == 0 or a == 0:
        return None
    return {"a": sp.sstr(a), "b": sp.sstr(b), "c": sp.sstr(c), "g": sp.sstr(g),
            "f": sp.sstr(f), "h": sp.sstr(h)}


def _equation_with(row: str, named: set[sp.Symbol]) -> tuple[str, sp.Expr] | None:
    """:func:`_equation` letting the item's named constants through."""
    found = _PARTIAL.findall(row)
    if len({name for name, _ in found}) != 1:
        return None
    name = found[0][0]
    parsed = to_sympy(_PARTIAL.sub(lambda m: _STAND_IN[m.group(2)], row), definition_rhs=False)
    if not isinstance(parsed, sp.Eq):
        return None
    expr = (parsed.lhs - parsed.rhs).subs({sp.Symbol("Xi"): DX, sp.Symbol("Theta"): DT,
                                           sp.Symbol(name): U})
    return (name, expr) if expr.free_symbols <= {X, T, DX, DT, U} | named else None


def read_quarter_plane(formulas: list[str], prose: str, intent: str | None
                       ) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: the quarter plane's problems."""
    if not _HALF_ASKED.search(prose.split(OWN_END)[0].strip()):
        return None
    task = read_half_line(formulas)
    return None if task is None else ("differential_equations.transport_half_line", task)
