"""Read "Compute $e^{tA}$ where $A = [...]$" (or $e^{A}$) from a book item.

The exponent is a formula ``e^{tA}``, ``e^{At}`` or ``e^{A}``; the matrix is the one the
item (or its exercise) names ``A``, or a matrix written in the exponent itself. Items that
ask for an approximation (a truncated power series, Taylor terms) are not this exercise.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.latex import tidy
from formalize.matrices import bmatrix
from formalize.odes import named_matrix

_EXPONENT = re.compile(r"^\s*e\s*\^\s*\{\s*(t\s*([A-Z])|([A-Z])\s*t|([A-Z]))\s*\}\s*$")
_ASKED = re.compile(r"\bcompute\b|\bfind\b|\bmatrix exponential|\bwhat is\b")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")
_NOT_ASKED = re.compile(r"\bapproximat|\btaylor|\bpower series|\bterms\b|\bshow\b|\bverify|\bprove")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    lead = " ".join(_SENTENCE.split(prose.strip())[:2])  # a worked example goes on to use e^{tA}
    if not _ASKED.search(lead) or _NOT_ASKED.search(prose):
        return None
    for latex in formulas:
        match = _EXPONENT.match(tidy(latex))
        if not match:
            continue
        name = match.group(2) or match.group(3) or match.group(4)
        found = named_matrix(name, [bmatrix(f) for f in formulas])
        if found and len(found[0]) == len(found[0][0]) >= 2:
            return "differential_equations.matrix_exponential", {
                "matrix": found[0], "at": "1" if match.group(4) else "t"}
    return None

