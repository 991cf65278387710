"""Read "approximate y(1) by Euler's method with step sizes h = 1, 1/2" from a book item (or by
the improved Euler's method, or Runge-Kutta: the one method the item's own words name).

The equation and its initial condition come from :func:`formalize.odes.read_ode`
(first order, y' = f(x, y)); the point to approximate is a formula such as
``x(4)`` naming the unknown; the step sizes are the item's number formulas
(``h = 1, 1/2`` or ``$4$, $2$, and $1$``) that divide the interval into whole steps.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.odes import read_ode

_ASKED = re.compile(r"\beuler['’]?s? method|\brunge[-–— ]+kutta\b")
_NOT_ASKED = re.compile(r"\bcomputer|\bplot|\bsoftware")
# Which method the words name: exactly one of them, or the item is not read.
_METHODS = [("improved", re.compile(r"\bimproved euler")),
            ("runge-kutta", re.compile(r"\brunge[-–— ]+kutta\b")),
            ("euler", re.compile(r"(?<!improved )\beuler['’]?s? method"))]
_TARGET = re.compile(r"^\s*([a-zA-Z])\s*\(\s*([-+]?[\d./]+)\s*\)\s*\.?$")
_IN_WORDS = re.compile(r"\bstep sizes?\s+((?:\d+(?:\.\d+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)")
MAX_STEPS = 1000


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose):
        return None
    own = prose.partition(OWN_END)[0]
    named = [name for name, words in _METHODS if words.search(own if _ASKED.search(own) else prose)]
    if len(named) != 1:
        return None  # "improved Euler ... then Euler's method": an exercise's parts together
    ode = read_ode(formulas)
    if ode is None or len(ode["ics"]) != 1 or ode.get("parameters"):
        return None
    (start, value), = ode["ics"].items()
    targets = [m for m in (_TARGET.match(f) for f in formulas) if m and m.group(1) == ode["unknown"]]
    if not targets or not start.startswith("y("):
        return None
    x0, end = sp.sympify(start[2:-1]), to_sympy(targets[0].group(2))
    steps = []
    written = _IN_WORDS.search(prose)  # "with step sizes 4, 2, and 1" outside the math
    for latex in formulas + ([written.group(1)] if written else []):
        for part in re.sub(r"^\s*h\s*=|\band\b", "", latex).split(","):
            h = to_sympy(part.strip(" .")) if not _TARGET.match(latex) else None
            h = sp.nsimplify(h) if isinstance(h, sp.Expr) and h.is_number else None
            if h is not None and h > 0 and h not in steps:  # (a part's formulas recur)
                count = (end - x0) / h
                if count.is_integer and 0 < count <= MAX_STEPS:
                    steps.append(h)
    if not steps:
        return None
    return "differential_equations.euler_method", {
        "ode": ode["ode"], "start": sp.sstr(x0), "value": value, "end": sp.sstr(end),
        "steps": [sp.sstr(h) for h in steps], **({"method": named[0]} if named[0] != "euler" else {})}
