"""Read a trigonometry book's items: triangles from their given parts, and what is asked of them.

Corral's exercises are often nothing but given values, "$a = 10$, $A = 35^\\circ$,
$B = 25^\\circ$", under a group instruction ("For Exercises 1-9, solve the
triangle"). The parts of a triangle are the sides a, b, c and the angles A, B, C
opposite them; the instruction's words say whether to solve it, find its area or
the radii of its circles. Two parts alone fix no triangle, so an item that gives
two is about a right triangle, with the right angle at C as the book draws it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

import sympy as sp

from formalize.latex import DEGREE_MARK, to_sympy

PARTS = {sp.Symbol(name): name for name in "abcABC"}
_FUNCTIONS = (sp.sin, sp.cos, sp.tan, sp.csc, sp.sec, sp.cot)
_NEXT_GROUP = re.compile(r"\bfor exercises \d+\s*(?:-|–|and|to)\s*\d+\b[^.?!]*")
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
    # "Find the radius R ... Then draw the triangle and the circle": the drawing is extra
    blocked = [w for w in _NOT_SOLVING if w in prose and (w != "draw" or "find" not in prose)]
    if blocked:
        return None
    if "area" in prose:
        return "area"
    circles = ("circumscribed" in prose, re.search(r"\binscribed", prose) is not None)
    if "radii" in prose or all(circles):
        return "radii"
    if any(circles):
        return "R" if circles[0] else "r"
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
    """The task reader for :data:`formalize.tasks.READERS`: a triangle given by its parts,
    the trigonometric functions asked from a triangle's sides or from one value, or the
    amplitude, period and phase shift of a graph, an angle to convert, or an arc, a sector or
    a speed on a circle, a complex number to calculate or take the roots of, or a point to
    convert between polar and Cartesian coordinates, or the angles of a triangle, or sin, cos
    and tan of A + B from those of A and B. (Word problems, whose numbers stand among the
    words, are :mod:`formalize.trig_words`'.)"""
    # A PDF's ligatures ("ﬁnd") as letters; another group's instruction that the item's text ran
    # into ("... $c=9$ For Exercises 4-6, check if it is possible ...") is not the item's.
    prose = _NEXT_GROUP.sub(" ", unicodedata.normalize("NFKC", prose))
    found = (_sums(formulas, prose) or _functions(formulas, prose, intent) or _graph(formulas, prose)
             or _convert(formulas, prose) or _circle(formulas, prose) or _roots(formulas, prose)
             or _complex(formulas, prose) or _point(formulas, prose) or _angles(formulas, prose))
    if found is not None:
        return found
    parts = given_parts(formulas)
    sides = sum(name.islower() for name in parts)
    wanted = _wanted(prose)
    if not sides or wanted is None or len(parts) < 2:
        return None
    wordless = not re.search(r"[a-z]{3,}", prose)
    if len(parts) == 2 and "C" not in parts and ("right" in prose or wordless):
        parts["C"] = "90"  # two parts: a right triangle, right-angled at C
    if len(parts) < 3:
        return None
    return "trigonometry.solve_triangle", {"given": parts, "wanted": wanted}


_GRAPH_WORDS = (("amplitude", "amplitude"), ("period", "period"), ("phase shift", "phase_shift"))


_A, _B = sp.Symbol("A"), sp.Symbol("B")


def _sums(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$\\sin A = \\frac{4}{5}$, $\\cos A = \\frac{3}{5}$, $\\sin B = ...$, $\\cos B = ...$" and
    "find the exact values of $\\sin(A+B)$, $\\cos(A+B)$, and $\\tan(A+B)$"."""
    given, wanted = {}, []
    for latex in formulas:
        expr = to_sympy(latex, definition_rhs=False)
        if isinstance(expr, sp.Eq) and isinstance(expr.lhs, (sp.sin, sp.cos)) \
                and expr.lhs.args[0] in (_A, _B) and expr.rhs.is_number:
            given[sp.sstr(expr.lhs)] = sp.sstr(expr.rhs)
        elif isinstance(expr, (sp.sin, sp.cos, sp.tan)) and expr.args[0] in (_A + _B, _A - _B):
            wanted.append(sp.sstr(expr))
    if len(given) != 4 or not wanted or "exact value" not in prose:
        return None
    return "trigonometry.sum_values", {"given": given, "wanted": list(dict.fromkeys(wanted))}


def _graph(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$y = 2 + \\cos(5x + \\pi)$" under "find the amplitude, period, and phase shift"."""
    wanted = [name for words, name in _GRAPH_WORDS if words in prose]
    if not wanted or "draw" in prose or "graph the" in prose:
        return None
    for latex in formulas:
        expr = to_sympy(latex, evaluate=False)
        if isinstance(expr, sp.Expr) and expr.free_symbols == {sp.Symbol("x")} \
                and expr.has(*_FUNCTIONS):
            return "trigonometry.graph_properties", {"expr": sp.sstr(expr), "wanted": wanted}
    return None


def _convert(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$275^\\circ$" under "convert the given angle to radians", or back to degrees."""
    to = "radians" if "to radians" in prose else "degrees" if "to degrees" in prose else None
    values = [to_sympy(f) for f in formulas]
    if to is None or "convert" not in prose or len(values) != 1:
        return None
    (value,) = values
    if not isinstance(value, sp.Expr) or not value.is_number:
        return None
    degrees = DEGREE_MARK.search(formulas[0]) is not None
    if degrees != (to == "radians"):
        return None
    shown = value * 180 / sp.pi if degrees else value
    return "trigonometry.convert_angle", {"value": sp.sstr(sp.nsimplify(shown)), "to": to}


_CIRCLE = {sp.Symbol(name): name for name in ("r", "s", "t")} | {sp.Symbol("theta"): "theta"}
_LENGTHS = re.compile(r"\b(?:m|cm|mm|km|ft|in|mi|yd)\b")


def _circle(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$\\theta = 0.8$ rad, $r = 12$ cm" under "find the length of the arc", "the area of the
    sector", or "the linear and angular speed"."""
    wanted = ("arc" if "arc" in prose and "length" in prose and "sector" not in prose
              else "sector" if "sector" in prose and "segment" not in prose
              else "speed" if "angular speed" in prose else None)
    given = {}
    for latex in formulas:
        expr = to_sympy(latex, definition_rhs=False)
        if isinstance(expr, sp.Eq) and expr.lhs in _CIRCLE and expr.rhs.is_number:
            given[_CIRCLE[expr.lhs]] = sp.sstr(sp.nsimplify(expr.rhs))
    if wanted is None or "r" not in given or not ({"theta", "s"} & set(given)):
        return None
    if len(set(_LENGTHS.findall(prose))) > 1 or (wanted == "speed" and "t" not in given):
        return None  # lengths in two units ("$r = 1.5$ ft, $s = 4$ in"): not converted here
    return "trigonometry.circle_measure", {"given": given, "wanted": wanted}


# What SymPy's parser does not know in a complex number: \abs{z}, \lbrack ... \rbrack.
_ABS = re.compile(r"\\abs\s*\{([^{}]*)\}")
_COMPLEX_WORDS = ("calculate", "find", "compute", "evaluate", "simplify", "given number")
_NOT_COMPLEX_WORDS = ("trigonometric form", "root", "polar", "prove", "show")


def _balanced(latex: str) -> bool:
    """Do the parentheses pair up in order?"""
    depth = 0
    for char in latex:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _complex(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$(2+3i)/(-3-2i)$" under "calculate the given expression": its value a + bi."""
    if not any(w in prose for w in _COMPLEX_WORDS) or any(w in prose for w in _NOT_COMPLEX_WORDS):
        return None
    i = sp.Symbol("i")
    found = []
    for latex in formulas:
        latex = _ABS.sub(r"|\1|", latex).replace("\\lbrack", "(").replace("\\rbrack", ")")
        if not _balanced(latex):
            continue  # "($1+i)/(1-$ i)": a PDF cut the expression
        expr = to_sympy(re.sub(r"\\phantom\s*\{.*\}", "", latex), evaluate=False)
        if isinstance(expr, sp.Expr) and expr.free_symbols == {i} and expr != i:  # "row $i$": an index
            with sp.evaluate(False):  # |-3+2i| stays the modulus to take, not sqrt(13)
                found.append(expr.xreplace({i: sp.I}))
    if len(found) != 1:
        return None
    return "trigonometry.complex_number", {"expr": sp.sstr(found[0])}


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ROOTS = re.compile(r"\b(two|three|four|five|six) (?:square|cube|fourth|fifth|sixth) roots of")


def _roots(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"Find the three cube roots of $1+i$": De Moivre's n roots."""
    count = _ROOTS.search(prose)
    values = [to_sympy(f) for f in formulas]
    if count is None or len(values) != 1 or not isinstance(values[0], sp.Expr):
        return None
    number = values[0].xreplace({sp.Symbol("i"): sp.I})
    if not number.is_number:
        return None
    return "trigonometry.complex_roots", {"number": sp.sstr(number), "n": _COUNTS[count.group(1)]}


def point_of(latex: str) -> list[str] | None:
    """``["6", "7*pi/6"]`` from "(6,210^\\circ)": a point's two numbers (angles in radians)."""
    text = latex.strip().rstrip(".,;")
    if not (text.startswith("(") and text.endswith(")")) or text.count(",") != 1:
        return None
    values = [to_sympy(part) for part in text[1:-1].split(",")]
    if not all(isinstance(v, sp.Expr) and v.is_number and v.is_real for v in values):
        return None
    return [sp.sstr(v) for v in values]


def _point(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"$(-1,405^\\circ)$" under "convert the given point from polar coordinates to Cartesian"."""
    to = ("cartesian" if re.search(r"from polar coordinates to cartesian", prose)
          else "polar" if re.search(r"from cartesian coordinates to polar", prose) else None)
    points = [p for p in map(point_of, formulas) if p is not None]
    if to is None or not points or (len(points) > 1 and "following points" not in prose):
        return None
    if len(points) > 1:  # "Convert the following points ...: (a) $(2,30^\\circ)$; (b) ..."
        return "trigonometry.convert_point", {"points": points, "to": to}
    return "trigonometry.convert_point", {"point": points[0], "to": to}


def _angles(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"Find $B$ if $A = 15^\\circ$ and $C = 50^\\circ$" under "find the indicated angle(s)"."""
    if "indicated angle" not in prose:
        return None
    wanted, equations = [], []
    for latex in formulas:
        sides = [to_sympy(part, definition_rhs=False) for part in latex.split("=")]
        if any(not isinstance(s, sp.Expr) for s in sides):
            return None
        if len(sides) == 1:
            if sides[0] in PARTS and PARTS[sides[0]].isupper():
                wanted.append(PARTS[sides[0]])
            continue
        sides = [s * 180 / sp.pi if s.is_number else s for s in sides]  # degrees, as printed
        equations += [f"{sp.sstr(p)} = {sp.sstr(q)}" for p, q in itertools.pairwise(sides)]
    if not wanted or not equations:
        return None
    return "trigonometry.triangle_angles", {"equations": equations, "wanted": wanted,
                                            "right": "right triangle" in prose}
