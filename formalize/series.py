"""Read "Use power series methods to solve $y'' + 4xy = 0$ at the point $x_0 = 0$" and
"Find a particular (Frobenius-type) solution of $x y'' - y = 0$" from a book item.

The equation is read with :func:`formalize.odes.read_ode` (any linear second-order ODE in
the unknown; named constants such as p stay symbols); the point is the item's
``x_0 = ...``. Words that ask for something else about the series (a polynomial
solution, the solution of another part reused, an attempt at a singular point, a
radius of convergence) and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy
from formalize.odes import read_ode
from ingest.document import formulas_in, prose_of

_POWER_SERIES = re.compile(r"\bpower[- ]series methods? to solve\b|\bsolve .{0,80}\busing power "
                           r"series methods?\b")
_FROBENIUS = re.compile(r"\bfind a (?:particular )?\(?frobenius[- ]type\)? solution\b")
_NOT_ASKED = re.compile(r"\bpolynomial solution|\buse the solution|\battempt|\bradius|\bshow\b"
                        r"|\bverify|\binitial condition")
_POINT = re.compile(r"^x_\{?0\}?=(.+)$")
LEAD = 200  # characters of the item's words that say what it asks


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    lead = prose.split(OWN_END)[0][:LEAD]  # the item's own words, not its exercise's
    kind = "ordinary" if _POWER_SERIES.search(lead) else (
        "frobenius" if _FROBENIUS.search(lead) else None)
    if kind is None or _NOT_ASKED.search(lead):
        return None
    points = [to_sympy(m.group(1)) for m in (_POINT.match(re.sub(r"\s+", "", tidy(f)))
                                             for f in formulas) if m]
    point = points[0] if points else (sp.Integer(0) if kind == "frobenius" else None)
    if not isinstance(point, sp.Expr) or not point.is_number or (kind == "frobenius" and point != 0):
        return None
    task = read_ode([f for f in formulas if not _POINT.match(re.sub(r"\s+", "", tidy(f)))])
    if task is None or task["ics"] or task["variable"] != "x":
        return None
    ode = sp.sympify(task["ode"], locals={"y": sp.Function("y"), "x": sp.Symbol("x")})
    if ode.has(sp.Derivative) and max(d.derivative_count for d in ode.atoms(sp.Derivative)) != 2:
        return None
    return "differential_equations.power_series_solution", {
        "ode": task["ode"], "point": sp.sstr(point), "kind": kind}


_CLASSIFY = re.compile(r"classify the point \$\s*x\s*=\s*(-?\d+)\s*\$ as ordinary, regular "
                       r"singular, or singular but not regular singular", re.IGNORECASE)


def read_point(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """A word reader for :data:`formalize.tasks.WORD_READERS`: one part of "classify the point
    $x=0$ as ordinary, regular singular, or singular but not regular singular" (the
    instruction is its exercise's; the part is one equation, alone in the part)."""
    asked = _CLASSIFY.search(context or "")
    formulas = formulas_in(text)
    if asked is None or _CLASSIFY.search(text) or len(formulas) != 1 \
            or prose_of(text).strip(" .,|"):
        return None
    task = read_ode(formulas)
    if task is None or task["ics"] or task["variable"] != "x" or task.get("parameters"):
        return None
    return "differential_equations.classify_point", {"ode": task["ode"],
                                                     "point": asked.group(1)}
