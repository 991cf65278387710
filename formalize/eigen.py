"""Read "Find the eigenvalues and eigenfunctions of $x'' + \\lambda x = 0$, $x(0) = 0$, $x(\\pi) = 0$".

The equation must be exactly ``y'' + \\lambda y = 0`` (any letter for the unknown); its two
conditions follow it, in its own formula (``x''+\\lambda x=0,x(0)=0,x(\\pi)=0``) or in the
formulas right after it. A condition is a homogeneous linear relation between the unknown
and its derivative at the ends: ``x(0) = 0``, ``x'(\\pi) = 0``, ``x(a) = x(b)``,
``y(0) - y'(0) = 0``. Ends are numbers, or the letters a and b when the item says a < b.
A named constant in a condition (``hy(0) - y'(0) = 0``), a nonzero right-hand side, a
third condition, or words asking for more (identify p, q, r; expand a function in the
eigenfunctions) and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy

_ASKED = re.compile(r"\beigenvalues?\b.*\beigenfunctions?\b")
_NOT_ASKED = re.compile(r"\bidentify|\bexpand|\bseries\b|\bshow\b|\bverify|\bmore than one")
_ROWS = re.compile(r",(?![^(]*\))|\\\\|&|\\q?quad(?![a-zA-Z])|\\text\s*\{[^}]*\}")
_EQUATION = re.compile(r"^([a-z])''\+\\lambda\1=0$")
_RANGE = re.compile(r"^-?[\w\\{}]+<[a-z]<[\w\\{}]+$")
LEAD = 200  # characters of the item's words that say what it asks
A, B = sp.Symbol("a"), sp.Symbol("b")


def _rows(latex: str) -> list[str]:
    return [row for row in (re.sub(r"\s+", "", piece) for piece in _ROWS.split(tidy(latex)))
            if row]


def _condition(row: str, unknown: str) -> list[list[str | int]] | None:
    """``[[coefficient, order, point], ...]`` of a homogeneous condition, or None."""
    values = re.compile(rf"(?<![a-zA-Z\\]){unknown}('*)\(([^()]+)\)")
    found = values.findall(row)
    if not found or "=" not in row:
        return None
    marks = [sp.Symbol(f"Z_{{{i}}}") for i in range(len(found))]
    text = row
    for i in range(len(found)):
        text = values.sub(f"Z_{{{i}}}", text, count=1)
    parsed = to_sympy(text, definition_rhs=False)
    if not isinstance(parsed, sp.Eq):
        return None
    expr = sp.expand(parsed.lhs - parsed.rhs)
    if expr.free_symbols - set(marks) or expr.subs({m: 0 for m in marks}) != 0:
        return None  # a named constant (h y(0) - y'(0) = 0) or a nonzero value: not read
    terms = []
    for mark, (primes, point) in zip(marks, found):
        at = to_sympy(point)
        coefficient = expr.coeff(mark)
        if not isinstance(at, sp.Expr) or at.free_symbols - {A, B} or len(primes) > 1 \
                or not coefficient.is_number or coefficient == 0:
            return None
        terms.append([sp.sstr(coefficient), len(primes), sp.sstr(at)])
    return terms


def read_problem(formulas: list[str]) -> dict[str, Any] | None:
    """``{"conditions", "unknown"}`` for the eigenvalue family, or None."""
    for at, latex in enumerate(formulas):
        rows = _rows(latex)
        equations = [m for m in map(_EQUATION.match, rows) if m]
        if not equations:
            continue
        unknown = equations[0].group(1)
        conditions = []
        for row in rows:
            if _EQUATION.match(row) or _RANGE.match(row):
                continue
            condition = _condition(row, unknown)
            if condition is None:
                return None
            conditions.append(condition)
        for following in formulas[at + 1:] if not conditions else []:  # conditions in own $...$
            condition = _condition(re.sub(r"\s+", "", tidy(following)), unknown)
            if condition is None:
                break
            conditions.append(condition)
        lettered = any(p in ("a", "b") for c in conditions for _, _, p in c)
        if len(conditions) != 2 or (lettered and not any(
                re.sub(r"\s+", "", tidy(f)) == "a<b" for f in formulas)):
            return None
        return {"conditions": conditions, "unknown": unknown}
    return None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    lead = prose.split(OWN_END)[0][:LEAD]  # the item's own words, not its exercise's
    if not _ASKED.search(lead) or _NOT_ASKED.search(lead):
        return None
    task = read_problem(formulas)
    return None if task is None else ("differential_equations.eigenvalue_problem", task)
