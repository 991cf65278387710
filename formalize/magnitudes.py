"""Read "If the magnitude of $\\vec{x}$ is 4, what is the magnitude of ... b) $3\\vec{x}$" (a part
of Lebl A.1.9) into ``linear_algebra.scaled_magnitude``.

The setup (the part's exercise, or the item itself) gives one vector's magnitude in words
and asks for a magnitude; the item's own formula is one multiple of that vector
($-\\vec{x}$, $\\vec{x} + \\vec{x}$). A part whose text holds several formulas (parts the
PDF ran together) or a formula with anything but that vector is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import to_sympy
from ingest.document import formulas_in

_GIVEN = re.compile(r"\b(?:magnitude|length|norm) of \$\s*\\vec\{([a-z])\}\s*\$ is "
                    r"\$?\s*(\d+(?:\.\d+)?)\s*\$?")
_ASKED = re.compile(r"\bwhat is the (?:magnitude|length|norm) of\b", re.IGNORECASE)


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    own = text.split(OWN_END)[0]
    setup = context or own
    given = _GIVEN.search(setup)
    if given is None or not _ASKED.search(setup[given.end():]):
        return None
    name, norm = given.groups()
    asked = [f for f in formulas_in(own) if f.strip() != f"\\vec{{{name}}}"]
    if len(asked) != 1 or f"\\vec{{{name}}}" not in asked[0]:
        return None
    vector = sp.Symbol("v")
    expr = to_sympy(asked[0].replace(f"\\vec{{{name}}}", " v "))
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= {vector}:
        return None
    expr = sp.expand(expr.doit())  # x - x is the zero vector: no vector left
    coefficient = expr.coeff(vector)
    if not coefficient.is_Rational or sp.expand(expr - coefficient * vector) != 0:
        return None
    return "linear_algebra.scaled_magnitude", {"name": name, "norm": norm,
                                               "coefficient": str(coefficient)}
