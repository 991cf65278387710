"""Read an ODE whose forcing the item names and gives apart: "Consider $x''(t) + 4x(t) = f(t)$,
where $f(t) = 1$ on $0 < t < 1$. a) Solve for the Dirichlet conditions $x(0) = 0, x(1) = 0$."

The one definition ``f(t) = expression`` is put in place of f(t) in the equation, and the
item is read as :mod:`formalize.odes` reads an ODE with its conditions. A forcing given
piece by piece (cases), as a series, or extended periodically is not read here, nor an
exercise whose parts ask for several sets of conditions ("a) Solve ... b) Solve ...").
"""

from __future__ import annotations

import re
from typing import Any

from formalize import OWN_END, odes
from formalize.latex import tidy

_DEFINITION = re.compile(r"^\s*f\s*\(\s*t\s*\)\s*=\s*(.+?)\s*[,.]?\s*$")
_USE = re.compile(r"f\s*\(\s*t\s*\)")
_ARGUMENT = re.compile(r"(?<![a-zA-Z\\])([a-eg-z]'*)\s*\(\s*t\s*\)")
_PIECES = re.compile(r"\\begin|\\\{|\\sum|\\cdots|\\dots|\bif\b|f\s*\(")
_NOT_HERE = re.compile(r"\bperiodic|\bextended|\bseries|\btransfer|\bconvolution|\blaplace")
_SOLVE = re.compile(r"\bsolve\b")
_LABELS = re.compile(r"(?:^|\s)[ab]\)")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own = prose.partition(OWN_END)[0]
    if _NOT_HERE.search(prose) or len(_LABELS.findall(own)) > 1 or len(_SOLVE.findall(own)) > 1:
        return None
    values = {m.group(1) for f in formulas if (m := _DEFINITION.match(tidy(f)))}
    if len(values) != 1:
        return None
    value = values.pop()
    if _PIECES.search(value):
        return None
    equations = [f for f in formulas if _USE.search(f) and not _DEFINITION.match(tidy(f))]
    if not equations:
        return None
    # the equation first: odes reads the conditions that follow it (a part's own come first)
    rest = [f for f in formulas if f not in equations and not _DEFINITION.match(tidy(f))]
    # x''(t) + 4x(t) = f(t) as x'' + 4x = (value): odes reads x(t) beside the value's
    # sin(2 pi t) as a product
    given = [_USE.sub(lambda _: f"({value})", _ARGUMENT.sub(r"\1", f)) for f in equations] + rest
    found = odes.read(given, prose, intent)
    return found if found and found[0] == "differential_equations.solve_ode" else None
