"""Read "find the critical points of x' = f(x, y), y' = g(x, y)" (or of x' = f(x)) from a book item.

The right-hand sides are read with :mod:`formalize.odes`' component reader; the
words must ask for critical points (equilibria). Autonomous systems only: a
right-hand side with t, or with a named constant, is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.odes import components

_ASKED = re.compile(r"\bcritical points?\b|\bequilibri")
_NOT_ASKED = re.compile(r"\bverify|\bshow\b|\bnot isolated|\bany initial condition")
# "Classify the critical points." (a part after "find the critical points") asks only their
# stability, which the points are not.
_CLASSIFY = re.compile(r"\bclassify\b")
_FIND = re.compile(r"\bfind|\bcompute|\bdetermine|\bwhat\b|\blocate")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own = prose.partition(OWN_END)[0]
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose) or (
            _CLASSIFY.search(own) and not _FIND.search(own)):
        return None
    found = components(formulas, least=1)
    if found is None:
        return None
    names, sides = found
    unknowns = {sp.Symbol(n) for n in names}
    sides = [side.subs({s: sp.Symbol(s.name.replace("{", "").replace("}", ""))
                        for s in side.free_symbols}) for side in sides]
    if len(names) > 3 or any(side.free_symbols - unknowns or side.atoms(sp.core.function.AppliedUndef)
                             for side in sides):  # f(x): a function the item does not give
        return None
    return "differential_equations.critical_points", {
        "names": names, "sides": [sp.sstr(side) for side in sides]}
