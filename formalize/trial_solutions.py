"""Read "Let $y'' + 2y' - 8y = 0$. Now try a solution of the form $y = e^{rx}$ ... If so, find
all such $r$" (Lebl 0.2.7, 0.2.103) into ``differential_equations.trial_exponent``.

The words try a solution "of the form" y = e^{rx} or y = x^r and ask for the r; the item's
equation (:func:`formalize.odes.read_ode`) has no initial condition and no other constant.
"Hint: Try $y = x^r$" under "find the general solution" asks for the solution, not the r,
and is left to the ODE readers.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from exercises.families.textbook_trial_solutions import trial_exponents
from formalize.odes import read_ode

_TRY = re.compile(r"\btry a solution of the form\b")
# (the words without their math: "find all such $r$" reads "find all such")
_ASKED = re.compile(r"\bfind all such\s*[.?]|\bis this a solution for some\b")
_FORMS = [("exp", re.compile(r"^\s*y\s*=\s*e\^\{\s*r\s*x\s*\}\s*$")),
          ("power", re.compile(r"^\s*y\s*=\s*x\^\{?\s*r\s*\}?\s*$"))]


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not (_TRY.search(prose) and _ASKED.search(prose)):
        return None
    forms = [name for name, form in _FORMS for latex in formulas if form.match(latex)]
    ode = read_ode([f for f in formulas if not any(form.match(f) for _, form in _FORMS)])
    if len(forms) != 1 or ode is None or ode["ics"] or ode.get("parameters") \
            or (ode["unknown"], ode["variable"]) != ("y", "x"):
        return None
    x, y = sp.Symbol("x"), sp.Function("y")
    try:
        trial_exponents(sp.sympify(ode["ode"], locals={"x": x, "y": y}), forms[0])
    except (ValueError, sp.PolynomialError):
        return None
    return "differential_equations.trial_exponent", {"ode": ode["ode"], "trial": forms[0]}
