"""Small helpers family modules share: writing ``solve()`` programs and checks."""

from __future__ import annotations

import textwrap
from typing import Any

import sympy

from exercises.family import Check


def program(body: str, imports: str = "") -> str:
    """A complete ``solve()`` program: optional import lines, then the function."""
    head = f"{imports.strip()}\n\n\n" if imports.strip() else ""
    return f"{head}def solve():\n{textwrap.indent(textwrap.dedent(body).strip(), '    ')}\n"


def same(method: str, got: Any, want: Any) -> Check:
    """A check that an independently computed value equals the answer, exactly."""
    equal = bool(sympy.sympify(got) == sympy.sympify(want))
    return Check(method, equal, f"{got} vs {want}" if not equal else f"both {want}")


def tex(value: Any) -> str:
    """LaTeX for a number or expression."""
    return sympy.latex(sympy.sympify(value))
