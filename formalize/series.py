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


_RADIUS = re.compile(r"\bradius of convergence\b")
_NOT_RADIUS = re.compile(r"\btaylor|\bexpand|\bfor what x|\binterval|\bshow\b|\bverify")
# \sum_{k=0}^\infty a_k (x - x0)^k, or the PDF's "Is\sum ..." whose limits fell to another line.
_SUM = re.compile(r"^\s*(?:Is\s*)?\\sum\s*(?:\\limits\s*)?(?:_\s*\{\s*([kn])\s*=\s*(\d+)\s*\})?"
                  r"\s*(?:\^\s*\{?\s*\\infty\s*\}?)?\s*(.+?)\s*$", re.DOTALL)


def read_radius(formulas: list[str], prose: str, intent: str | None
                ) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: "Is $\\sum_{k=0}^\\infty k x^k$ a
    convergent power series? If so, find the radius of convergence." (and the worked
    examples that compute one). The summand must be a_k (x - x0)^k, a_k free of x."""
    own = prose.split(OWN_END)[0]
    if not _RADIUS.search(own) or _NOT_RADIUS.search(own[:LEAD]):
        return None
    for latex in formulas:
        match = _SUM.match(tidy(latex))
        if match is None:
            continue
        summand = to_sympy(match.group(3))
        index = {s for s in getattr(summand, "free_symbols", ()) if s.name in ("k", "n")}
        if not isinstance(summand, sp.Expr) or len(index) != 1 \
                or summand.free_symbols - index - {sp.Symbol("x")}:
            return None
        k = index.pop()
        powers = [p for p in summand.atoms(sp.Pow) if p.exp == k and p.base.has(sp.Symbol("x"))]
        base = powers[0].base if len(powers) == 1 else None
        if base is None or sp.Poly(base, sp.Symbol("x")).degree() != 1 \
                or sp.Poly(base, sp.Symbol("x")).LC() != 1:
            return None
        coefficient = sp.nsimplify(sp.simplify(summand / base**k))
        if coefficient.has(sp.Symbol("x")):
            return None
        return "calculus.radius_of_convergence", {
            "coefficient": sp.sstr(coefficient.subs(k, sp.Symbol("k"))),
            "center": sp.sstr(-base.subs(sp.Symbol("x"), 0)), "start": match.group(2) or "0"}
    return None
