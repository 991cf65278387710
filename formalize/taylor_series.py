"""Read "Find the Taylor series for $\\ln x$ around the point $x_0 = 1$, and the radius of
convergence" and "Expand $x^5+5x+1$ as a power series around $x_0 = 5$" from a book item.

The function is the item's first formula (a function of x alone), the center its second,
``x_0 = c`` ("around the origin" is 0); "radius of convergence" in the question asks for the
radius too. Words asking for something else about the series (its first few terms, an
approximation, a polynomial, an error, a verification) and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy

_ASKED = re.compile(r"^(?:\(challenging\): )?(?:find|determine) the taylor series\b"
                    r"|^expand .{0,3}as a power series (?:around|about)\b")
_NOT_ASKED = re.compile(r"\bfirst (?:\w+ )?terms\b|\bapproximat|\bpolynomial\b|\berror\b|\bshow\b"
                        r"|\bverify|\bprove")
_RADIUS = re.compile(r"\bradius of convergence\b")
_ORIGIN = re.compile(r"\baround the origin\b")
_CENTER = re.compile(r"^\(?x_\{?0\}?=(.+?)\)?$")
LEAD = 160  # characters of the item's words that state the question
X = sp.Symbol("x")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    lead = prose.split(OWN_END)[0][:LEAD]
    if not _ASKED.search(lead) or _NOT_ASKED.search(lead) or len(formulas) < 2:
        return None
    f = to_sympy(formulas[0])
    center = _CENTER.match(re.sub(r"\s+", "", tidy(formulas[1])))
    x0 = to_sympy(center.group(1)) if center else None
    if not isinstance(f, sp.Expr) or isinstance(f, sp.Eq) or f.free_symbols != {X} \
            or not isinstance(x0, sp.Expr) or not x0.is_number \
            or (_ORIGIN.search(lead) and x0 != 0):
        return None
    return "calculus.taylor_series", {"f": sp.sstr(f), "center": sp.sstr(x0),
                                      "radius": "yes" if _RADIUS.search(lead) else "no"}
