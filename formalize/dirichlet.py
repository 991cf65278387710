"""Read "In the region $0 < x < \\pi$ and $0 < y < \\pi$, solve $\\Delta u = 0$, $u(x,0) = \\sin x$,
$u(x,\\pi) = 0$, $u(0,y) = 0$, $u(\\pi,y) = 0$" and "Using series, solve $\\Delta u = 0$,
$u(1,\\theta) = 1 - \\cos(\\theta)$" (Laplace's equation with Dirichlet data) from a book item.

The equation is ``\\Delta u = 0`` or ``u_{xx} + u_{yy} = 0``; the rectangle's four sides each
get one condition (``u(x,0) = u(x,1) = u(0,y) = u(1,y) = C`` chains them), the disk's circle
``u(1,\\theta) = g``, where g may be a function the item (or its part) defines, ``u(1,\\theta) =
g(\\theta)`` with "$g(\\theta) = \\sin^2(\\theta)$" (one definition each). A condition at a point (``u(1/2,1/2)``), a named function as data
(``f(x)``), a series as data, or words asking for something else (the Poisson kernel, a
derivation, intuition) and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy

_ASKED = re.compile(r"\bsolve\b|\bfind the solution\b")
_NOT_ASKED = re.compile(r"\bpoisson|\busing only your intuition|\bderive|\bverify|\bshow\b|\bcompute the series"
                        r"|\bsteady|\bseparation of variables to find")
_ROWS = re.compile(r",(?![^(]*\))|\\\\|&|\\q?quad(?![a-zA-Z])")
_LAPLACE = re.compile(r"^(?:\\Delta ?u|u_\{xx\}\+u_\{yy\})=0$")
_CONDITION = re.compile(r"^u\(([^(),]+),([^(),]+)\)$")
_BETWEEN = re.compile(r"^0<([xy])<(.+)$")
_SPACE = re.compile(r"(?<![a-zA-Z])\s+|\s+(?![a-zA-Z])")  # not the space in \sin x
_DEFINED = re.compile(r"^([a-tv-zA-Z])\(\\theta\)=(.+)$")  # g(\theta) = ..., not u's
_CARTESIAN = re.compile(r"\bcartesian\b")
NAMES = {"x": sp.Symbol("x"), "y": sp.Symbol("y"), "theta": sp.Symbol("theta")}


def _rows(formulas: list[str]) -> list[str]:
    text = [re.sub(r"\\(?:begin|end)\{array\}(?:\{[a-z]*\})?", "", tidy(f)) for f in formulas]
    return [row for f in text for row in (_SPACE.sub("", piece) for piece in _ROWS.split(f))
            if row]


def _value(latex: str) -> sp.Expr | None:
    value = None if "\\sum" in latex else to_sympy(latex)  # (the PDF's sum loses its limits)
    if not isinstance(value, sp.Expr) or value.has(sp.Sum, sp.Abs, sp.Piecewise, sp.Function("f"), sp.Function("g")) \
            or value.atoms(sp.core.function.AppliedUndef):
        return None
    value = value.subs(sp.Symbol("theta"), NAMES["theta"])
    return value if value.free_symbols <= {*NAMES.values(), sp.Symbol("C")} else None


def read_problem(formulas: list[str], cartesian: bool) -> dict[str, Any] | None:
    """The family's parameters for a rectangle or a disk, or None."""
    rows = _rows(formulas)
    if not any(_LAPLACE.match(row) for row in rows):
        return None
    defined: dict[str, set[str]] = {}  # (a part's formula is also in its exercise's text)
    for match in filter(None, map(_DEFINED.match, rows)):
        defined.setdefault(f"{match.group(1)}(\\theta)", set()).add(match.group(2))
    x, y, theta = NAMES["x"], NAMES["y"], NAMES["theta"]
    sides, ends, disk = {}, {}, None
    for row in rows:
        between = _BETWEEN.match(row)
        if between:
            ends[between.group(1)] = to_sympy(between.group(2))
            continue
        if re.match(r"^u\((?:\d[^,]*),(?:\d[^)]*)\)$", row):
            return None  # the item asks for a value of u at a point
        if _LAPLACE.match(row) or "=" not in row or not row.startswith("u(") \
                or re.match(r"^u\((?:x,y|r,\\theta)\)=", row):
            continue  # the equation, a region, a solution or ansatz u(x,y) = X(x) + Y(y)
        *places, data = row.split("=")
        if len(defined.get(data, ())) == 1:
            data = f"({next(iter(defined[data]))})"
        value = _value(data)
        if value is None:
            return None
        for place in places:
            match = _CONDITION.match(place)
            if match is None:
                return None
            first, second = (to_sympy(v) for v in match.groups())
            if first == 1 and second == theta:
                disk = value
            elif first == x and second is not None and second.is_number:
                sides["bottom" if second == 0 else ("top", second)] = value
            elif second == y and first is not None and first.is_number:
                sides["left" if first == 0 else ("right", first)] = value
            else:
                return None  # u at a point, u(rho, theta), ...
    if disk is not None:
        if sides:
            return None
        return {"shape": "disk", "g": sp.sstr(disk.subs({x: sp.cos(theta), y: sp.sin(theta)})),
                "cartesian": cartesian or disk.has(x, y)}  # data in x, y: an answer in x, y
    tops = [k for k in sides if isinstance(k, tuple)]
    if len(sides) != 4 or len(tops) != 2 or {k[0] for k in tops} != {"top", "right"}:
        return None
    h, w = (next(k[1] for k in tops if k[0] == name) for name in ("top", "right"))
    if any(key in ends and ends[key] != value for key, value in (("x", w), ("y", h))):
        return None
    data = {k[0] if isinstance(k, tuple) else k: v for k, v in sides.items()}
    if data["bottom"].has(y) or data["top"].has(y) or data["left"].has(x) or data["right"].has(x):
        return None
    return {"shape": "rectangle", "w": sp.sstr(w), "h": sp.sstr(h),
            **{side: sp.sstr(v) for side, v in data.items()}}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own = prose.split(OWN_END)[0].strip() or prose  # a bare "$g(\\theta) = ...$" part: its exercise's
    if not _ASKED.search(own) or _NOT_ASKED.search(own):
        return None
    task = read_problem(formulas, bool(_CARTESIAN.search(own)))
    return None if task is None else ("differential_equations.laplace_dirichlet", task)
