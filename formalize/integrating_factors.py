"""Read "Find the integrating factor for the following equations making them into exact
equations: ... $\\frac{1}{y}\\,dx + 3y\\,dy = 0$" (Lebl 1.8.3, 1.8.102) into
``differential_equations.integrating_factor``.

The item's words ask for the integrating factor (its own, or its exercise's for a part); its
own text holds exactly one equation M dx + N dy = 0 (a part the PDF ran together with its
siblings holds several, and is not read). The equation must not be exact already, and must
have a factor of x alone or of y alone: what the family finds, as the book teaches.
"""

from __future__ import annotations

import re
from typing import Any

from exercises.families.textbook_integrating_factors import integrating_factor
from formalize import OWN_END
from formalize.exact import differential

_ASKED = re.compile(r"\bfind (?:the |an? )?integrating factors?\b")
_NOT_ASKED = re.compile(r"\bshow\b|\bverify\b|\bprove\b")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if not _ASKED.search(prose) or _NOT_ASKED.search(prose.partition(OWN_END)[0]):
        return None
    equations = [found for latex in formulas if (found := differential(latex))]
    if len(equations) != 1 or len(formulas) != 1:
        return None  # several equations: parts the PDF ran together, or the whole exercise
    m, n, after = equations[0]
    if after:
        return None  # a point to pass through: a question the family does not answer
    params = {"m": str(m), "n": str(n)}
    try:
        integrating_factor(params["m"], params["n"])
    except (ValueError, NotImplementedError):
        return None
    return "differential_equations.integrating_factor", params
