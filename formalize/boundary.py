"""Read a heat or wave equation on 0 < x < L with zero end conditions and its initial data.

Books set the problem in rows (an ``array`` in the LaTeX source; separate display formulas in
the PDF): ``u_t = k u_{xx}`` or ``y_{tt} = k y_{xx}``, ``0 < x < L``, ``u(0,t) = u(L,t) = 0``
(or ``u_x(0,t) = u_x(L,t) = 0``, insulated ends), ``u(x,0) = f(x)`` and for a wave
``y_t(x,0) = g(x)``. Anything else among the rows (a nonzero end value, another
condition) and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from formalize.latex import as_products, rejoined, tidy, to_sympy

_ASKED = re.compile(r"\bsolve\b|\bsolution\b")
# (also "the solution ... for a fixed t = 0.5 ... Do not use the sine series": not the series;
# "Using the d'Alembert solution solve <the whole problem>" asks for the same unique solution)
_NOT_ASKED = re.compile(r"\bd['’]alembert(?! solution solve\b)|\bsteady|\bshow\b|\bverify|\bcheck\b|\bfixed\b"
                        r"|\bdo not use\b")
_ROWS = re.compile(r"\\\\|&|\\q?quad(?![a-zA-Z])|\\text\s*\{[^}]*\}|,(?![^(]*\))")
_EQUATION = re.compile(r"^([uy])_\{?(tt?)\}?=(.*?)\1_\{?xx\}?$")
_BETWEEN = re.compile(r"^0<x<(.+)$")
_END = re.compile(r"^([uy])(_\{?x\}?)?\((0|[^,]+),t\)(?:=\1(?:_\{?x\}?)?\(([^,]+),t\))?=0$")
_START = re.compile(r"^([uy])(_\{?t\}?)?\(x,0\)=(.+)$")
_SPACE = re.compile(r"(?<![a-zA-Z])\s+|\s+(?![a-zA-Z])")  # not the space in \\pi x
X = sp.Symbol("x")


def _rows(formulas: list[str]) -> list[str]:
    return [row for f in rejoined(formulas) for row in (_SPACE.sub("", piece) for piece in _ROWS.split(
        tidy(re.sub(r"\\(?:begin|end)\{array\}(?:\{[a-z]*\})?", "", f)))) if row]


def read_problem(formulas: list[str]) -> dict[str, Any] | None:
    """``{"kind", "k", "length", "ends", "f", "g"}`` for the family, or None."""
    rows = _rows(formulas)
    equations = [m for m in map(_EQUATION.match, rows) if m]
    if len(equations) != 1:
        return None
    name, order, factor = equations[0].groups()
    k = to_sympy(factor) if factor else sp.Integer(1)
    lengths = [to_sympy(m.group(1)) for m in map(_BETWEEN.match, rows) if m]
    if not isinstance(k, sp.Expr) or not k.is_number or k <= 0 or lengths and (
            not isinstance(lengths[0], sp.Expr) or not lengths[0].is_positive):
        return None
    ends, points, data = set(), set(), {}
    for row in rows:
        end, start = _END.match(row), _START.match(row)
        if end and end.group(1) == name:
            ends.add("neumann" if end.group(2) else "dirichlet")
            points |= {to_sympy(p) for p in end.group(3, 4) if p}
        elif start and start.group(1) == name:
            value = as_products(to_sympy(start.group(3)), X)  # "50x(1-x)"
            if not isinstance(value, sp.Expr) or not value.free_symbols <= {X} \
                    or value.atoms(AppliedUndef):
                return None
            data["g" if start.group(2) else "f"] = sp.sstr(value)
        elif re.match(rf"^{name}(_\{{?\w+\}}?)?\(", row):  # another condition: not this problem
            return None
    kind = "heat" if order == "t" else "wave"
    # Without "0 < x < L" the far end's condition u(L,t) = 0 says where the wire ends.
    length = lengths[0] if lengths else max((p for p in points if isinstance(p, sp.Expr)
                                              and p.is_positive), default=None, key=sp.N)
    if length is None or len(ends) != 1 or points != {0, length} or "f" not in data or (kind == "wave") != ("g" in data):
        return None
    return {"kind": kind, "k": sp.sstr(sp.nsimplify(k)), "length": sp.sstr(length), "ends": ends.pop(),
            "f": data["f"], "g": data.get("g", "0")}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose):
        return None
    task = read_problem(formulas)
    return None if task is None else ("differential_equations.heat_wave_series", task)
