"""Read "Solve $(2x+y)\\,dx + (x-4y)\\,dy = 0$" (an exact equation) from a book item.

The equation is written in differentials, M dx + N dy = 0, or as M + N y' = 0 with words
that call it exact ("Solve the following exact equations"). It is read when M_y = N_x
(the equation is exact: what the family solves) and the words ask to solve it (the implicit
solution F(x, y) = C) or for its potential function F; a y' equation only when the words
call it exact (y' = f(x, y) is left to the ODE reader, which solves it explicitly). Items that ask for an integrating factor, to
show or verify exactness, or about a general f(x), g(y), are not this exercise; nor is an
item with several equations (an exercise whose parts the PDF ran together).
"""

from __future__ import annotations

import functools
import random
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_exact import potential
from formalize import OWN_END
from formalize.latex import tidy, to_sympy
from formalize.odes import read_ode
from ingest.document import formulas_in

X, Y = sp.symbols("x y")
# M dx + N dy = 0, then maybe ", y(1) = 2".
# (The PDF drops the thin space: "3ydy", "2dx" are 3y dy and 2 dx.)
_D = r"(?:\b|(?<=[xy\d]))d\s*"
_DIFFERENTIAL = re.compile(rf"^(?P<m>.*?){_D}x(?P<n>.*?){_D}y\s*=\s*0\s*(?:[,;]\s*(?P<at>.*))?$")
_SPACING = re.compile(r"\\[,;:! ]|\\q?quad\b")
_POINT = re.compile(r"^y\s*\(\s*([^()=]+?)\s*\)\s*=\s*([^,;=]+?)\s*[.,;]?$")
_POTENTIAL = re.compile(r"\bpotential function")
_SOLVE = re.compile(r"\bsolve\b|\b(?:general|implicit) solutions?\b")
_EXACT = re.compile(r"\bexact\b")
_NOT_ASKED = re.compile(r"\bintegrating factor|\bshow\b|\bverify|\bis (?:this|it|the) equation "
                        r"exact|\bdefinite integral|\brewrite|\bf\s*\(\s*x\s*\)|\bg\s*\(\s*y\s*\)")
Y_OF_X = sp.Function("y")(X)
LEAD = 160  # characters of the item's opening words that say what it asks


def differential(latex: str) -> tuple[sp.Expr, sp.Expr, str | None] | None:
    """(M, N, the text after the equation) of M dx + N dy = 0, or None."""
    text = _SPACING.sub(" ", tidy(latex)).strip().rstrip(".")
    if "\\frac{d" in text.replace(" ", ""):
        return None
    match = _DIFFERENTIAL.match(text)
    if match is None:
        return None
    sides = []
    for part in (match.group("m"), match.group("n")):
        part = part.strip()
        if part in ("", "+", "-"):
            sides.append(sp.Integer(-1 if part == "-" else 1))
            continue
        parsed = to_sympy(part)
        if not isinstance(parsed, sp.Expr) or parsed.free_symbols - {X, Y}:
            return None
        sides.append(parsed)
    return sides[0], sides[1], match.group("at")


def _from_prime(formulas: list[str]) -> tuple[sp.Expr, sp.Expr, dict[str, str]] | None:
    """(M, N, the point) of M + N y' = 0 read by the ODE reader."""
    task = read_ode(formulas)
    if task is None or task["unknown"] != "y" or task["variable"] != "x" or task.get("parameters") \
            or len(task["ics"]) > 1 or any(not k.startswith("y(") for k in task["ics"]):
        return None
    ode = sp.sympify(task["ode"], locals={"y": sp.Function("y"), "x": X})
    slope = Y_OF_X.diff(X)
    if any(d != slope for d in ode.atoms(sp.Derivative)):
        return None  # not first order
    n = sp.expand(ode).coeff(slope)
    m = sp.expand(ode - n * slope)
    if m.has(sp.Derivative) or n.has(sp.Derivative):
        return None
    m, n = m.subs(Y_OF_X, Y), n.subs(Y_OF_X, Y)
    point = {}
    for key, value in task["ics"].items():
        point = {"x": key[2:-1], "y": value}
    return m, n, point


def _exact(m: sp.Expr, n: sp.Expr) -> bool:
    return sp.simplify(sp.diff(m, Y) - sp.diff(n, X)) == 0


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own, _, parent = prose.partition(OWN_END)
    words = (own if own.strip(" .,;|") else parent)[:LEAD]  # a part that is only its equation
    asks = sorted((m.start(), kind) for kind, pattern in (("potential", _POTENTIAL),
                                                          ("solve", _SOLVE))
                  if (m := pattern.search(words)))
    if not asks or _NOT_ASKED.search(words):
        return None
    ask = asks[0][1]
    equations: list[str] = []  # the item's first run of equations (a worked solution's come later)
    for latex in formulas:
        if differential(latex) or read_ode([latex]):
            equations.append(latex)
        elif equations:
            break
    if len(equations) != 1:
        return None  # several equations: an exercise's parts, or the PDF ran them together
    written = [(latex, found) for latex in equations if (found := differential(latex))]
    point: dict[str, str] = {}
    if written:
        latex, (m, n, after) = written[0]
        rest = [after] if after else formulas[formulas.index(latex) + 1:][:1]
        for text in rest:
            found = _POINT.match(tidy(text).strip())
            values = [to_sympy(v) for v in found.groups()] if found else []
            if values and all(isinstance(v, sp.Expr) and v.is_number for v in values):
                point = {"x": sp.sstr(values[0]), "y": sp.sstr(values[1])}
    elif _EXACT.search(own + parent):
        found = _from_prime(formulas)
        if found is None:
            return None
        m, n, point = found
    else:
        return None
    if not _exact(m, n) or (ask == "potential" and point):
        return None
    params: dict[str, Any] = {"m": sp.sstr(m), "n": sp.sstr(n), "ask": ask}
    if point:
        params["ics"] = point
    return "differential_equations.exact_equation", params


# The item's potential is the same for each of its variants and each draw of one: found once.
_item_potential = functools.lru_cache(maxsize=64)(potential)


def redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new exact equation of the same shape: new constants in the potential F, then
    M = F_x and N = F_y (exact by construction); a point keeps its place."""
    from formalize.variants import redraw_constants

    f = _item_potential(params["m"], params["n"])
    new = redraw_constants(f, rng)
    if new == f:
        new = f + rng.randint(2, 5) * X * Y
    return {**params, "m": sp.sstr(sp.simplify(sp.diff(new, X))),
            "n": sp.sstr(sp.simplify(sp.diff(new, Y)))}


REDRAW = {"differential_equations.exact_equation": redraw}


_LEVEL = frozenset({"C", "c", "K"})


def _curve(equation: sp.Eq) -> sp.Expr | None:
    """G of the book's implicit solution G(x, y) = C, written with its level C anywhere as a
    term ("sin y = -cos x + C" is sin y + cos x = C); None for any other equation."""
    sides = [s for s in (equation.lhs, equation.rhs) if isinstance(s, sp.Expr)]
    if len(sides) != 2:
        return None
    difference = sp.expand(sides[0] - sides[1])
    levels = [s for s in difference.free_symbols if s.name in _LEVEL]
    if len(levels) != 1:
        return None
    weight = difference.coeff(levels[0])
    curve = difference - weight * levels[0]
    if not (weight.is_number and weight != 0) or curve.free_symbols != {X, Y}:
        return None
    return curve


def compare_levels(answer: sp.Basic, book_text: str) -> tuple[str, str, str | None] | None:
    """An implicit general solution F(x, y) = C against the book's G(x, y) = C: the same
    curves when G is a function of F, that is when their gradients are parallel
    (G_x F_y - G_y F_x = 0). None when the answer is no such equation or the book prints
    none (status, method, the book's equation)."""
    if not (isinstance(answer, sp.Equality) and answer.rhs == sp.Symbol("C")
            and answer.lhs.free_symbols == {X, Y}):
        return None
    f, seen = answer.lhs, None
    for latex in formulas_in(book_text):
        parsed = to_sympy(latex, definition_rhs=False)
        if not isinstance(parsed, sp.Eq):
            continue
        g = _curve(parsed)
        if g is None:
            continue
        seen = sp.sstr(parsed)
        if sp.simplify(sp.diff(g, X) * sp.diff(f, Y) - sp.diff(g, Y) * sp.diff(f, X)) == 0:
            return "match", "the same level curves (parallel gradients)", seen
    if seen is None:
        return None
    return "differs", "the book's level curves G(x, y) = C are not the answer's", seen
