"""Read a trigonometry book's items: triangles from their given parts, and what is asked of them.

Corral's exercises are often nothing but given values, "$a = 10$, $A = 35^\\circ$,
$B = 25^\\circ$", under a group instruction ("For Exercises 1-9, solve the
triangle"). The parts of a triangle are the sides a, b, c and the angles A, B, C
opposite them; the instruction's words say whether to solve it, find its area or
the radii of its circles. Two parts alone fix no triangle, so an item that gives
two is about a right triangle, with the right angle at C as the book draws it.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from formalize.latex import to_sympy

PARTS = {sp.Symbol(name): name for name in "abcABC"}
_FUNCTIONS = (sp.sin, sp.cos, sp.tan, sp.csc, sp.sec, sp.cot)
# Words that ask something else of a triangle's parts than its unknown parts.
_NOT_SOLVING = ("possible", "trigonometric functions", "draw", "prove", "show")


def given_parts(formulas: list[str]) -> dict[str, str]:
    """``{"a": "10", "A": "35"}`` from the formulas that give a triangle's part a number
    (angles in degrees, as printed)."""
    parts = {}
    for latex in formulas:
        expr = to_sympy(latex, definition_rhs=False)
        if not isinstance(expr, sp.Eq) or expr.lhs not in PARTS or not expr.rhs.is_number:
            continue
        name = PARTS[expr.lhs]
        value = expr.rhs * 180 / sp.pi if name.isupper() else expr.rhs
        if name.isupper() and value.has(sp.pi) or not value.is_positive:
            return {}  # an angle printed without a degree mark, or a part that is no length
        parts[name] = sp.sstr(sp.nsimplify(value))
    return parts


def _wanted(prose: str) -> str | None:
    if any(word in prose for word in _NOT_SOLVING):
        return None
    if "area" in prose:
        return "area"
    if "radii" in prose or "circumscribed" in prose or "inscribed" in prose:
        return "radii"
    return "parts"


def function_value(formulas: list[str]) -> tuple[str, str, str] | None:
    """``("cos", "-1/2", "theta")`` from the one formula that gives a function's value."""
    found = [expr for expr in (to_sympy(f, definition_rhs=False) for f in formulas)
             if isinstance(expr, sp.Eq) and isinstance(expr.lhs, _FUNCTIONS)
             and isinstance(expr.lhs.args[0], sp.Symbol) and expr.rhs.is_number
             and expr.rhs.is_real]
    if len(found) != 1:
        return None
    (expr,) = found
    return type(expr.lhs).__name__, sp.sstr(expr.rhs), str(expr.lhs.args[0])


def _functions(formulas: list[str], prose: str, intent: str | None
               ) -> tuple[str, dict[str, Any]] | None:
    """"$\\cos\\theta = -\\frac12$" under "find the exact values of ... when": the others."""
    if intent == "solve" or "all angles" in prose or "equation" in prose:
        return None
    if "trigonometric functions" not in prose and "exact values of" not in prose:
        return None
    parts = given_parts(formulas)
    if parts and all(name.islower() for name in parts) and "six" in prose:
        return "trigonometry.right_triangle_functions", {"given": parts}
    found = function_value(formulas)
    if found is None:
        return None
    function, value, angle = found
    return "trigonometry.other_functions", {"function": function, "value": value,
                                            "angle": angle, "acute": "acute" in prose}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: a triangle given by its parts, or
    the values of the trigonometric functions asked from a triangle's sides or one value."""
    functions = _functions(formulas, prose, intent)
    if functions is not None:
        return functions
    parts = given_parts(formulas)
    sides = sum(name.islower() for name in parts)
    wanted = _wanted(prose)
    if not sides or wanted is None or len(parts) < 2:
        return None
    if len(parts) == 2 and "C" not in parts and ("right" in prose or not prose.strip()):
        parts["C"] = "90"  # two parts: a right triangle, right-angled at C
    if len(parts) < 3:
        return None
    return "trigonometry.solve_triangle", {"given": parts, "wanted": wanted}
