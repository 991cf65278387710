"""Read a second-order system x'' = A x + f(t) from a book item: "Find the general solution to
$x_1'' = -6x_1 + 3x_2 + \\cos(t)$, $x_2'' = 2x_1 - 7x_2 + 3\\cos(t)$", "Find a particular
solution to $\\vec{x}'' = [A] \\vec{x} + [F] \\cos(2t)$", "Solve ... with initial conditions
$x_1(0) = 0$, ..., $x_1'(0) = 0$, ...".

The components are read as :mod:`formalize.odes` reads a first-order system (x_1'' as x_1');
every equation must be second order. The question: "a particular solution", "the general
solution", or "solve" with every x_i(0) and x_i'(0) given.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy
from formalize.matrices import bmatrix, matrices_of
from formalize.odes import read_system

_SECOND = re.compile(r"''")
_FIRST = re.compile(r"(?<!')'(?!')")
_NOT_ASKED = re.compile(r"\bcheck\b|\bverify|\bshow\b|\bsketch|\bsuppose\b|\bmass|\bcart")
_PARTICULAR = re.compile(r"\ba particular solution")
_GENERAL = re.compile(r"\bgeneral solution")
_SOLVE = re.compile(r"\bsolve\b")
_VECTOR = r"\{?\s*\\vec\s*\{\s*x\s*\}\s*\}?"
# x'' = [A] x + [F] g(t)
_VECTOR_FORM = re.compile(rf"^\s*{_VECTOR}\s*''\s*=\s*(\\begin\{{bmatrix\}}.*?\\end\{{bmatrix\}})"
                          rf"\s*{_VECTOR}\s*\+\s*(\\begin\{{bmatrix\}}.*?\\end\{{bmatrix\}})"
                          r"\s*(.*?)\s*[.,]?\s*$", re.DOTALL)
_VELOCITY = re.compile(r"^\s*x_\{?(\d)\}?\s*'\s*\(\s*0\s*\)\s*=\s*(.+?)\s*$")
T = sp.Symbol("t")


def _vector_form(formulas: list[str]) -> dict[str, Any] | None:
    for latex in formulas:
        match = _VECTOR_FORM.match(tidy(bmatrix(latex)))
        if not match:
            continue
        a, f = matrices_of(match.group(1)), matrices_of(match.group(2))
        g = to_sympy(match.group(3)) if match.group(3) else sp.Integer(1)
        if not a or not f or not isinstance(g, sp.Expr) or not g.free_symbols <= {T} \
                or len(a[0]) != len(a[0][0]) or len(f[0]) != len(a[0]) or len(f[0][0]) != 1:
            return None
        forcing = [sp.sstr(sp.sympify(row[0]) * g) for row in f[0]]
        return {"matrix": a[0], "forcing": forcing}
    return None


def _velocities(formulas: list[str], count: int) -> list[str] | None:
    values: dict[int, str] = {}
    for latex in formulas:
        for piece in re.split(r",|\\\\|\\q?quad(?![a-zA-Z])", tidy(latex)):
            match = _VELOCITY.match(piece)
            value = to_sympy(match.group(2)) if match else None
            if value is not None and value.is_number:
                values[int(match.group(1))] = sp.sstr(value)
    found = [values.get(k) for k in range(1, count + 1)]
    return found if all(found) and len(values) == count else None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    equations = [f for f in formulas if "=" in f and "(0)" not in f]
    if not any(_SECOND.search(f) for f in equations) or _NOT_ASKED.search(prose):
        return None
    if any(_FIRST.search(f) for f in equations):
        return None  # a first-order equation beside them: not one second-order system
    own = prose.partition(OWN_END)[0]
    words = own if _PARTICULAR.search(own) or _GENERAL.search(own) or _SOLVE.search(own) \
        else prose
    system = _vector_form(formulas)
    if system is None:
        found = read_system([_SECOND.sub("'", f) for f in formulas])
        if found is None or "names" not in found:
            return None
        system = {"matrix": found["matrix"],
                  "forcing": found.get("forcing", ["0"] * len(found["matrix"]))}
        positions = found.get("ics")
    else:
        positions = None
    if not all(sp.sympify(v).is_rational for row in system["matrix"] for v in row):
        return None
    if _PARTICULAR.search(words):
        return "differential_equations.second_order_system", {**system, "ask": "particular"}
    if _GENERAL.search(words):
        return "differential_equations.second_order_system", {**system, "ask": "general"}
    velocities = _velocities(formulas, len(system["matrix"]))
    if _SOLVE.search(words) and positions and velocities:
        return "differential_equations.second_order_system", {
            **system, "ask": "ivp", "positions": positions, "velocities": velocities}
    return None
