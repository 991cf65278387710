"""Posed families for a trigonometry book: triangles, the six functions, graphs, angles, circles.

The formalize stage (:mod:`formalize.trig`) reads "$a = 10$, $A = 35^\\circ$, $B = 25^\\circ$"
under "solve the triangle" into ``{"given": {"a": "10", "A": "35", "B": "25"}}`` (angles in
degrees, as books print them); these families solve it and say what they found as named
values (``{b: 7.4, c: 15.1, C: 120}``), which is how the book prints its answers.

Each solver is a pure SymPy function whose source is also the exercise's ``solve()``
program, so the program and the family cannot drift apart. Each verifier works another
way: a triangle is rebuilt from coordinates (its sides measured as distances, its angles
from dot products) and its area found by Heron's formula; function values are checked
against 30-digit mpmath at the angle itself; a period is checked by shifting the graph.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, X, latex, worded
from exercises.family import Check, Problem, family

SIDES, ANGLES = "abc", "ABC"
TOLERANCE = mpmath.mpf("1e-10")


def _program(functions: list[Callable[..., Any]], call: str) -> str:
    """A ``solve()`` program: the pure solvers' own source, then ``return call``."""
    sources = "\n\n".join(inspect.getsource(f) for f in functions)
    return (f"import sympy as sp\nfrom typing import Any\n\n\n{sources}\n\n"
            f"def solve():\n    return {call}\n")


def exact(text: str) -> Any:
    """A parameter as an exact number: "3.5" is 7/2, "13*pi/20" stays as it is."""
    return sp.sympify(text, rational=True)


# ---------------------------------------------------------------- triangles


def triangles(given: dict[str, str]) -> list[dict[str, Any]]:
    """Every triangle with the ``given`` parts (sides; angles in degrees), exactly, by the laws
    of sines and cosines: all six parts, angles in radians; none, one, or two (SSA)."""
    parts = {k: sp.nsimplify(v) for k, v in given.items()}
    side = {k: parts[k] for k in "abc" if k in parts}
    angle = {k: parts[k] * sp.pi / 180 for k in "ABC" if k in parts}
    opposite = {"a": "A", "b": "B", "c": "C", "A": "a", "B": "b", "C": "c"}
    if len(angle) >= 2 and side:  # two angles and a side: the third angle, then the law of sines
        for name in "ABC":
            angle.setdefault(name, sp.pi - sum(angle.values()))
        if not all(angle[k].is_positive for k in "ABC"):
            return []
        known = next(iter(side))
        ratio = side[known] / sp.sin(angle[opposite[known]])
        return [{**{k: ratio * sp.sin(angle[opposite[k]]) for k in "abc"}, **angle}]
    if len(side) == 2 and len(angle) == 1 and opposite[next(iter(angle))] not in side:
        (name, value), = angle.items()  # two sides and the angle between them
        p, q = side.values()
        side[opposite[name]] = sp.sqrt(p**2 + q**2 - 2 * p * q * sp.cos(value))
    if len(side) == 3:  # three sides: the law of cosines
        a, b, c = side["a"], side["b"], side["c"]
        if not (a + b > c and b + c > a and a + c > b):
            return []
        big_a = sp.acos((b**2 + c**2 - a**2) / (2 * b * c))
        big_b = sp.acos((a**2 + c**2 - b**2) / (2 * a * c))
        return [{**side, "A": big_a, "B": big_b, "C": sp.pi - big_a - big_b}]
    if len(side) != 2 or len(angle) != 1:
        raise ValueError("these parts do not determine a triangle")
    (name, value), = angle.items()  # two sides and an angle opposite one: 0, 1 or 2 triangles
    s = side[opposite[name]]
    t = next(k for k in side if k != opposite[name])
    ratio = side[t] * sp.sin(value) / s
    if ratio > 1:
        return []
    found = []
    for t_angle in sorted({sp.asin(ratio), sp.pi - sp.asin(ratio)}, key=float):
        rest = next(k for k in "ABC" if k not in (name, opposite[t]))
        third = sp.pi - value - t_angle
        if third.is_positive:
            found.append({**side, name: value, opposite[t]: t_angle, rest: third,
                          opposite[rest]: s * sp.sin(third) / sp.sin(value)})
    return found


def report_triangles(found: list[dict[str, Any]], given: dict[str, str], wanted: str) -> Any:
    """The triangles as the item asks: "parts" (the unknown parts, angles in degrees; a tuple
    of those when there are two triangles, an empty one when none), "area", "radii", or one
    radius: "R" (circumscribed circle) or "r" (inscribed circle)."""
    def number(name: str, value: Any) -> Any:
        return sp.Float(sp.N(value * 180 / sp.pi if name in "ABC" else value, 30), 15)

    if wanted in ("area", "radii", "R", "r"):
        if len(found) != 1:
            raise ValueError(f"{len(found)} triangles have these parts; no single {wanted}")
        t = found[0]
        area = t["b"] * t["c"] * sp.sin(t["A"]) / 2
        if wanted == "area":
            return number("K", area)
        half = (t["a"] + t["b"] + t["c"]) / 2
        radii = {"R": number("R", t["a"] / (2 * sp.sin(t["A"]))), "r": number("r", area / half)}
        if wanted in radii:
            return radii[wanted]
        return sp.Dict({sp.Symbol(k): v for k, v in radii.items()})
    answers = [sp.Dict({sp.Symbol(k): number(k, t[k]) for k in "abcABC" if k not in given})
               for t in found]
    return answers[0] if len(answers) == 1 else sp.Tuple(*answers)


def _parts_text(given: dict[str, str]) -> str:
    return ", ".join(f"{k} = {v}" + ("°" if k in ANGLES else "") for k, v in given.items())


def _parts_latex(given: dict[str, str]) -> str:
    return ", ".join(f"${k} = {v}" + ("^\\circ" if k in ANGLES else "") + "$"
                     for k, v in given.items())


def _pose_triangle(params: dict[str, Any]) -> Problem:
    """``params``: ``given`` (name -> number; angles in degrees), ``wanted`` ("parts", "area",
    "radii", "R", "r"). A right triangle is one whose given parts include ``C = 90``."""
    given, wanted = params["given"], params.get("wanted", "parts")
    found = triangles(given)
    answer = report_triangles(found, given, wanted)
    asked = {"parts": "Solve the triangle ABC", "area": "Find the area of the triangle ABC",
             "radii": "Find the radii R and r of the circumscribed and inscribed circles of "
                      "the triangle ABC",
             "R": "Find the radius R of the circumscribed circle of the triangle ABC",
             "r": "Find the radius r of the inscribed circle of the triangle ABC"}[wanted]
    plain, tex = worded(params, [
        ("{a} given {p}.", "{a} given {l}."),
        ("In the triangle ABC, {p}. {a2}.", "In the triangle $ABC$, {l}. {a2}."),
        ("{a} with {p}.", "{a} with {l}."),
    ], a=asked, a2=asked.replace(" of the triangle ABC", "").replace(" the triangle ABC", " it"),
        p=_parts_text(given), l=_parts_latex(given))
    angles = [k for k in ANGLES if k in given]
    law = ("the Law of Sines" if len(angles) >= 2
           else "the Law of Cosines" if len(angles) == 0 or angles[0].lower() not in given
           else "the Law of Sines (two sides and an opposite angle: 0, 1 or 2 triangles)")
    steps = [f"The given parts are {_parts_latex(given)}; use {law}.",
             f"{len(found)} {'triangle has' if len(found) == 1 else 'triangles have'} these parts."]
    if found:
        steps.append(f"Result: ${latex(answer)}$ (angles in degrees).")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=_program([triangles, report_triangles],
                                 f"report_triangles(triangles({given!r}), {given!r}, {wanted!r})"), params=params,
                   answer_text=str(answer) if found else "no triangle has these parts")


def _full(given: dict[str, str], part: Any) -> dict[str, mpmath.mpf]:
    """A solution's six parts in mpmath: the given ones and the computed ones (angles in rad)."""
    values = {k: mpmath.mpf(sp.N(sp.nsimplify(v), 30)) for k, v in given.items()}
    values.update({str(k): mpmath.mpf(sp.N(v, 30)) for k, v in part.items()})
    return {k: v * mpmath.pi / 180 if k in ANGLES else v for k, v in values.items()}


def _rebuilt(t: dict[str, mpmath.mpf]) -> bool:
    """Place A at the origin, C at (b, 0), B at distance c on the ray at angle A: the distance
    BC must be a, and the angles at B and C (from dot products) must be B and C."""
    ax, ay, bx, by, cx, cy = 0, 0, t["c"] * mpmath.cos(t["A"]), t["c"] * mpmath.sin(t["A"]), t["b"], 0

    def angle(px: Any, py: Any, qx: Any, qy: Any, rx: Any, ry: Any) -> Any:
        u, v = (qx - px, qy - py), (rx - px, ry - py)
        return mpmath.acos((u[0] * v[0] + u[1] * v[1]) / (mpmath.hypot(*u) * mpmath.hypot(*v)))

    return all(abs(x - y) < TOLERANCE * max(1, abs(y)) for x, y in [
        (mpmath.hypot(bx - cx, by - cy), t["a"]),
        (angle(bx, by, ax, ay, cx, cy), t["B"]), (angle(cx, cy, ax, ay, bx, by), t["C"])])


def _count(given: dict[str, str]) -> int:
    """How many triangles the parts allow, by congruence cases; SSA by the positive roots of
    the quadratic for the unknown side next to the given angle (coordinates, not sines)."""
    value = {k: mpmath.mpf(sp.N(sp.nsimplify(v), 30)) for k, v in given.items()}
    angles = [value[k] * mpmath.pi / 180 for k in ANGLES if k in value]
    sides = [value[k] for k in SIDES if k in value]
    if len(angles) >= 2:
        return int(sum(angles[:2]) < mpmath.pi - TOLERANCE if len(angles) == 2
                   else abs(sum(angles) - mpmath.pi) < TOLERANCE)
    if len(sides) == 3:
        a, b, c = sorted(sides)
        return int(a + b > c)
    name = next(k for k in ANGLES if k in value)
    if name.lower() not in value:
        return 1  # SAS
    s, t = value[name.lower()], next(value[k] for k in SIDES if k in value and k != name.lower())
    g = value[name] * mpmath.pi / 180  # u^2 - 2 t cos(g) u + t^2 - s^2 = 0, u > 0
    roots = mpmath.polyroots([1, -2 * t * mpmath.cos(g), t**2 - s**2])
    real = {mpmath.nstr(mpmath.re(r), 12) for r in roots
            if abs(mpmath.im(r)) < TOLERANCE and mpmath.re(r) > TOLERANCE}
    return len(real)


def _solutions(answer: Any) -> list[Any]:
    return list(answer) if isinstance(answer, sp.Tuple) else [answer]


def _verify_triangle(problem: Problem) -> list[Check]:
    given, wanted = problem.params["given"], problem.params.get("wanted", "parts")
    with mpmath.workdps(30):
        if wanted != "parts":
            return _verify_measure(given, wanted, problem.answer)
        found = [_full(given, part) for part in _solutions(problem.answer)]
        return [
            Check("rebuild each triangle from coordinates: side a as a distance, angles B and C "
                  "from dot products (30 digits)", all(_rebuilt(t) for t in found)),
            Check("count the triangles by congruence case (SSA: positive roots of the side's "
                  "quadratic)", len(found) == _count(given), f"{_count(given)} expected"),
        ]


def _verify_measure(given: dict[str, str], wanted: str, answer: Any) -> list[Check]:
    """Area by Heron's formula; R = abc/(4K) and r = (s - a) tan(A/2), from the rebuilt sides."""
    (t,) = [_full(given, {sp.Symbol(k): v for k, v in whole.items()})
            for whole in _exact_parts(given)]
    half = (t["a"] + t["b"] + t["c"]) / 2
    heron = mpmath.sqrt(half * (half - t["a"]) * (half - t["b"]) * (half - t["c"]))
    if wanted == "area":
        return [Check("Heron's formula from the three sides", _near(heron, answer))]
    radius_r = (half - t["a"]) * mpmath.tan(t["A"] / 2)
    big_r = t["a"] * t["b"] * t["c"] / (4 * heron)
    if wanted in ("R", "r"):
        expected, how = (big_r, "R = abc / (4K) with Heron's area") if wanted == "R" else \
            (radius_r, "r = (s - a) tan(A/2)")
        return [Check(how, _near(expected, answer))]
    return [Check("R = abc / (4K) with Heron's area", _near(big_r, answer[sp.Symbol("R")])),
            Check("r = (s - a) tan(A/2)", _near(radius_r, answer[sp.Symbol("r")]))]


def _exact_parts(given: dict[str, str]) -> list[dict[str, Any]]:
    """The whole triangles (angles back in degrees), for checks that need every side."""
    return [{k: v * 180 / sp.pi if k in ANGLES else v for k, v in t.items() if k not in given}
            for t in triangles(given)]


def _near(expected: Any, claimed: Any) -> bool:
    return abs(expected - mpmath.mpf(sp.N(claimed, 30))) < mpmath.mpf("1e-9") * max(1, abs(expected))


@family("trigonometry.solve_triangle", verify=_verify_triangle, pose=_pose_triangle)
def solve_triangle(rng: random.Random, difficulty: int) -> Problem:
    """Solve a triangle from three parts (ASA, AAS, SAS, SSS, SSA), or find its area or radii."""
    a_deg, b_deg = rng.randint(20, 80), rng.randint(20, 80)
    sides = [rng.randint(3, 9 + 3 * difficulty) for _ in range(2)]
    case = rng.choice(["AAS", "SAS", "SSS", "SSA"][: 2 + min(difficulty, 2)])
    given = {"AAS": {"a": str(sides[0]), "A": str(a_deg), "B": str(b_deg)},
             "SAS": {"a": str(sides[0]), "b": str(sides[1]), "C": str(a_deg + b_deg)},
             "SSS": {"a": str(sides[0]), "b": str(sides[1]),
                     "c": str(rng.randint(abs(sides[0] - sides[1]) + 1, sum(sides) - 1))},
             "SSA": {"a": str(sides[0]), "A": str(a_deg), "b": str(sides[1])}}[case]
    wanted = rng.choice(["parts", "parts", "area", "radii"]) if case != "SSA" else "parts"
    return _pose_triangle({"given": given, "wanted": wanted, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- the six functions

FUNCTIONS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "csc": sp.csc, "sec": sp.sec,
             "cot": sp.cot}
MP_FUNCTIONS = {"sin": mpmath.sin, "cos": mpmath.cos, "tan": mpmath.tan, "csc": mpmath.csc,
                "sec": mpmath.sec, "cot": mpmath.cot}


def other_functions(function: str, value: str, angle: str, acute: bool) -> Any:
    """The other five functions' exact values at every angle in [0, 2 pi) (only the acute one
    when ``acute``) where ``function`` has ``value``: one Dict per distinct set of values."""
    v = sp.nsimplify(value)
    reciprocal = {"csc": "sin", "sec": "cos", "cot": "tan"}
    base = reciprocal.get(function, function)
    w = (1 / v if v != 0 else sp.oo) if function in reciprocal else v
    if w == sp.oo:  # cot = 0: tan is infinite
        candidates = [sp.pi / 2, 3 * sp.pi / 2]
    else:
        first = {"sin": sp.asin, "cos": sp.acos, "tan": sp.atan}[base](w)
        candidates = {"sin": [first, sp.pi - first], "cos": [first, 2 * sp.pi - first],
                      "tan": [first, first + sp.pi]}[base]
    x = sp.Symbol(angle)
    found: list[Any] = []
    for t in candidates:
        if not t.is_real or (acute and not 0 < t < sp.pi / 2):
            continue
        values = {}
        for name, g in {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "csc": sp.csc,
                        "sec": sp.sec, "cot": sp.cot}.items():
            exact = sp.radsimp(sp.simplify(g(t)))
            if name != function and exact.is_finite:
                values[g(x)] = exact
        if sp.Dict(values) not in found:
            found.append(sp.Dict(values))
    return found[0] if len(found) == 1 else sp.Tuple(*found)


def _pose_other(params: dict[str, Any]) -> Problem:
    """``params``: ``function`` (sin ... cot), ``value``, ``angle`` (its letter), ``acute``."""
    f, value, angle = params["function"], params["value"], params["angle"]
    answer = other_functions(f, value, angle, params.get("acute", False))
    given = f"{f} {angle} = {value}"
    where = "the acute angle" if params.get("acute") else "an angle"
    plain, tex = worded(params, [
        ("Find the values of the other trigonometric functions of {w} {a} if {g}.",
         "Find the values of the other trigonometric functions of {w} ${a}$ if ${t}$."),
        ("If {g} for {w} {a}, what are the other five trigonometric functions of {a}?",
         "If ${t}$ for {w} ${a}$, what are the other five trigonometric functions of ${a}$?"),
        ("Given {g} ({w} {a}), find its other trigonometric function values.",
         "Given ${t}$ ({w} ${a}$), find its other trigonometric function values."),
    ], w=where, a=angle, g=given, t=latex(sp.Eq(FUNCTIONS[f](sp.Symbol(angle)),
                                                 sp.nsimplify(value), evaluate=False)))
    count = len(answer) if isinstance(answer, sp.Tuple) else 1
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[(f"Draw the reference triangle for ${tex.split('$')[-2]}$ and use the Pythagorean "
               "identity for the missing side."),
               (f"{count} angle{'s' if count != 1 else ''} in $[0, 2\\pi)$ fit; the values: "
               f"${latex(answer)}$.")],
        code=_program([other_functions],
                      f"other_functions({f!r}, {value!r}, {angle!r}, {params.get('acute', False)!r})"),
        params=params)


def _verify_other(problem: Problem) -> list[Check]:
    """Scan [0, 2 pi) for the angles where the function has the value (sign changes, refined);
    the other functions at those angles, in 30-digit mpmath, must be the claimed solutions."""
    from exercises.families.textbook_values import _numeric_roots

    p = problem.params
    v = mpmath.mpf(sp.N(sp.nsimplify(p["value"]), 30))
    smooth = {"sin": lambda t: mpmath.sin(t) - v, "cos": lambda t: mpmath.cos(t) - v,
              "tan": lambda t: mpmath.sin(t) - v * mpmath.cos(t),
              "cot": lambda t: mpmath.cos(t) - v * mpmath.sin(t),
              "csc": lambda t: v * mpmath.sin(t) - 1, "sec": lambda t: v * mpmath.cos(t) - 1}
    equation = smooth[p["function"]]
    if p["function"] in ("sin", "csc", "cos", "sec") and abs(v) == 1:
        # sin = +-1 is a double root; the same angles are where cos = 0 with sin of that sign
        other, same = (mpmath.cos, mpmath.sin) if p["function"] in ("sin", "csc") else \
            (mpmath.sin, mpmath.cos)
        equation = other
    x = sp.Symbol(p["angle"])
    with mpmath.workdps(30):
        start = mpmath.mpf("-0.01")  # a period, with 0 inside the scanned interval
        scanned = [t for t in _numeric_roots(equation, start, 2 * mpmath.pi + start)
                   if not p.get("acute") or 0 < t < mpmath.pi / 2]
        if equation is not smooth[p["function"]]:
            scanned = [t for t in scanned if same(t) * v > 0]
        claimed = _solutions(problem.answer)
        matched = all(any(all(abs(MP_FUNCTIONS[str(k.func)](t) - mpmath.mpf(sp.N(val, 30)))
                              < 1e-6 * (1 + abs(val)) for k, val in s.items() if k.args == (x,))
                          for t in scanned) for s in claimed)
        # (a double root, as of sin = 1, is found to about 1e-8 only: compare to 1e-6)
        distinct = {tuple(mpmath.nstr(MP_FUNCTIONS[n](t), 6) for n in ("sin", "cos"))
                    for t in scanned}
    return [Check("each solution's values are the functions at an angle found by scanning "
                  "[0, 2 pi) (30-digit mpmath)", matched),
            Check("as many solutions as distinct angles found", len(claimed) == len(distinct),
                  f"{len(distinct)} angles")]


@family("trigonometry.other_functions", verify=_verify_other, pose=_pose_other)
def other_trig_functions(rng: random.Random, difficulty: int) -> Problem:
    """From one trigonometric function's value, the other five (acute angle, or any angle)."""
    a, b = rng.randint(1, 6 + difficulty), rng.randint(1, 6 + difficulty)
    function = rng.choice(list(FUNCTIONS))
    value = sp.Rational(a, a + b) if function in ("sin", "cos") else \
        sp.Rational(a + b, a) if function in ("csc", "sec") else sp.Rational(a, b)
    if difficulty > 2 and rng.random() < 0.5:
        value = -value
    return _pose_other({"function": function, "value": sp.sstr(value), "angle": "A",
                        "acute": difficulty <= 2 and value > 0, "template": rng.randrange(WORDINGS)})


def triangle_functions(given: dict[str, str]) -> Any:
    """All six functions of the acute angles A and B of a right triangle (right angle at C)
    from two or three of its sides: sin A = a/c, cos A = b/c, ..., the third side by Pythagoras."""
    side = {k: sp.nsimplify(v) for k, v in given.items()}
    if "c" not in side:
        side["c"] = sp.sqrt(side["a"] ** 2 + side["b"] ** 2)
    for leg, other in (("a", "b"), ("b", "a")):
        if leg not in side:
            side[leg] = sp.sqrt(side["c"] ** 2 - side[other] ** 2)
    values = {}
    for angle, near, far in (("A", "a", "b"), ("B", "b", "a")):
        x, o, h, n = sp.Symbol(angle), side[near], side["c"], side[far]
        for g, ratio in ((sp.sin, o / h), (sp.cos, n / h), (sp.tan, o / n), (sp.csc, h / o),
                         (sp.sec, h / n), (sp.cot, n / o)):
            values[g(x)] = sp.radsimp(ratio)
    return sp.Dict(values)


def _pose_triangle_functions(params: dict[str, Any]) -> Problem:
    """``params``: ``given``, two or three of the sides a, b, c of a right triangle."""
    given = params["given"]
    answer = triangle_functions(given)
    plain, tex = worded(params, [
        (("Find all six trigonometric functions of the angles A and B of the right triangle ABC "
         "(right angle at C) with {p}."), ("Find all six trigonometric functions of the angles $A$ "
         "and $B$ of the right triangle $ABC$ (right angle at $C$) with {l}.")),
        (("In the right triangle ABC, C = 90° and {p}. Find sin, cos, tan, csc, sec and cot of A "
         "and B."), ("In the right triangle $ABC$, $C = 90^\\circ$ and {l}. Find the six "
         "trigonometric functions of $A$ and $B$.")),
        (("A right triangle ABC (C = 90°) has {p}. What are the six trigonometric functions of "
         "its acute angles?"), ("A right triangle $ABC$ ($C = 90^\\circ$) has {l}. What are the "
         "six trigonometric functions of its acute angles?")),
    ], p=_parts_text(given), l=_parts_latex(given))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=["Find any missing side by the Pythagorean Theorem $a^2 + b^2 = c^2$.",
               ("Opposite over hypotenuse, adjacent over hypotenuse, opposite over adjacent, and "
               f"their reciprocals: ${latex(answer)}$.")],
        code=_program([triangle_functions], f"triangle_functions({given!r})"), params=params)


def _verify_triangle_functions(problem: Problem) -> list[Check]:
    """The angle A as atan2(a, b) from the legs, B = 90° - A, every function in mpmath."""
    side = {k: mpmath.mpf(sp.N(sp.nsimplify(v), 30)) for k, v in problem.params["given"].items()}
    with mpmath.workdps(30):
        if "a" not in side:
            side["a"] = mpmath.sqrt(side["c"] ** 2 - side["b"] ** 2)
        if "b" not in side:
            side["b"] = mpmath.sqrt(side["c"] ** 2 - side["a"] ** 2)
        angle_a = mpmath.atan2(side["a"], side["b"])
        at = {"A": angle_a, "B": mpmath.pi / 2 - angle_a}
        same = all(_near(MP_FUNCTIONS[str(k.func)](at[str(k.args[0])]), v)
                   for k, v in problem.answer.items())
        right = "c" not in side or _near(mpmath.hypot(side["a"], side["b"]), side["c"])
    return [Check("each function at A = atan2(a, b) and B = pi/2 - A (30-digit mpmath)", same),
            Check("the sides satisfy a^2 + b^2 = c^2", right)]


@family("trigonometry.right_triangle_functions", verify=_verify_triangle_functions,
        pose=_pose_triangle_functions)
def right_triangle_functions(rng: random.Random, difficulty: int) -> Problem:
    """The six trigonometric functions of a right triangle's acute angles from its sides."""
    m, n = sorted(rng.sample(range(1, 4 + difficulty), 2), reverse=True)
    a, b, c = m * m - n * n, 2 * m * n, m * m + n * n  # a Pythagorean triple
    given = rng.choice([{"a": a, "b": b, "c": c}, {"a": a, "b": b}, {"a": a, "c": c}])
    return _pose_triangle_functions({"given": {k: str(v) for k, v in given.items()},
                                     "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- graphs


def graph_properties(expr: str, wanted: list[str]) -> Any:
    """Amplitude, period and phase shift of D + sum of A f(Bx + C), f one of the six functions,
    read from the expression *as written* (1 - cos(3 pi - 2x) has phase shift 3 pi / 2)."""
    x = sp.Symbol("x")
    written = sp.sympify(expr, locals={"x": x}, evaluate=False)
    nodes = sorted(written.atoms(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc), key=sp.srepr)
    marks = [sp.Dummy() for _ in nodes]
    linear = sp.expand(written.xreplace(dict(zip(nodes, marks, strict=True))).doit())
    terms = []
    for node, mark in zip(nodes, marks, strict=True):
        a, (arg,) = sp.simplify(linear.diff(mark)), node.args
        b, c = sp.simplify(arg.diff(x)), sp.simplify(arg.subs(x, 0))
        if a.free_symbols or b.free_symbols or b == 0 or arg.diff(x, 2) != 0:
            raise ValueError("not a sum of A f(Bx + C) terms")
        terms.append((str(node.func), a, b, c))
    if not terms or any(linear.diff(m, 2) != 0 for m in marks):
        raise ValueError("not a sum of A f(Bx + C) terms")
    periods = [(sp.pi if f in ("tan", "cot") else 2 * sp.pi) / abs(b) for f, _, b, _ in terms]
    ratios = [sp.nsimplify(p / periods[0]) for p in periods]
    if not all(r.is_Rational for r in ratios):
        raise ValueError("the terms' periods have no common multiple")
    period = periods[0] * sp.ilcm(1, *[r.p for r in ratios]) / sp.igcd(0, *[r.q for r in ratios])
    found = {"period": sp.simplify(period)}
    if len(terms) == 1:
        f, a, b, c = terms[0]
        found["phase_shift"] = sp.simplify(-c / b)
        if f in ("sin", "cos"):
            found["amplitude"] = abs(a)
    elif all(f in ("sin", "cos") for f, *_ in terms) and len({abs(t[2]) for t in terms}) == 1:
        alpha = beta = sp.Integer(0)  # every term as alpha sin(|B| x) + beta cos(|B| x)
        for f, a, b, c in terms:
            sign, c = (1, c) if b > 0 else ((-1 if f == "sin" else 1), -c)
            alpha += sign * a * (sp.cos(c) if f == "sin" else -sp.sin(c))
            beta += sign * a * (sp.sin(c) if f == "sin" else sp.cos(c))
        found["amplitude"] = sp.sqrt(sp.simplify(alpha**2 + beta**2))
    answer = {sp.Symbol(k): found[k] for k in wanted if k in found}
    if not answer:
        raise ValueError(f"none of {wanted} is defined for this function")
    return answer[sp.Symbol(wanted[0])] if wanted == list(map(str, answer)) and len(answer) == 1 \
        else sp.Dict(answer)


def _pose_graph(params: dict[str, Any]) -> Problem:
    """``params``: ``expr`` (y as written, in x), ``wanted`` (amplitude, period, phase_shift)."""
    wanted = params["wanted"]
    answer = graph_properties(params["expr"], wanted)
    written = sp.sympify(params["expr"], locals={"x": sp.Symbol("x")}, evaluate=False)
    names = ", ".join(w.replace("_", " ") for w in wanted)
    plain, tex = worded(params, [
        ("Find the {n} of y = {p}.", "Find the {n} of $y = {l}$."),
        ("What are the {n} of the graph of y = {p}?", "What are the {n} of the graph of $y = {l}$?"),
        ("For y = {p}, give the {n}.", "For $y = {l}$, give the {n}."),
    ], n=names, p=sp.sstr(written), l=latex(written))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("Write each term as $A f(Bx + C)$: $f$ repeats every $2\\pi/|B|$ ($\\pi/|B|$ for "
               "tangent and cotangent) and is shifted by $-C/B$; sine and cosine swing by $|A|$."),
               f"${latex(answer)}$."],
        code=_program([graph_properties], f"graph_properties({params['expr']!r}, {wanted!r})"),
        params=params)


def _verify_graph(problem: Problem) -> list[Check]:
    """The period shifts the graph onto itself and no fraction P/k (k = 2..6) does; the
    amplitude is half of max - min sampled over a period; the phase shift zeroes the argument."""
    x = sp.Symbol("x")
    written = sp.sympify(problem.params["expr"], locals={"x": x}, evaluate=False)
    answer = problem.answer if isinstance(problem.answer, sp.Dict) else \
        {sp.Symbol(problem.params["wanted"][0]): problem.answer}
    f = sp.lambdify(x, written, modules="mpmath")
    rng = random.Random(problem.params["expr"])
    points = [mpmath.mpf(rng.randint(100, 3000)) / 1000 for _ in range(5)]
    checks = []
    with mpmath.workdps(30):
        if sp.Symbol("period") in answer:
            p = mpmath.mpf(sp.N(answer[sp.Symbol("period")], 30))
            repeats = all(abs(f(t + p) - f(t)) < TOLERANCE * (1 + abs(f(t))) for t in points)
            shorter = any(all(abs(f(t + p / k) - f(t)) < TOLERANCE * (1 + abs(f(t)))
                              for t in points) for k in range(2, 7))
            checks.append(Check("f(x + P) = f(x) at 5 random points, and no P/k with k = 2..6 "
                                "does that", repeats and not shorter))
        if sp.Symbol("amplitude") in answer:
            p = mpmath.mpf(sp.N(graph_properties(problem.params["expr"], ["period"]), 30))
            with mpmath.workdps(15):  # sampling error ~ A (2 pi / 1000)^2 / 8 = 5e-6 A
                values = [f(p * k / 1000) for k in range(1000)]
            half = (max(values) - min(values)) / 2
            claimed = mpmath.mpf(sp.N(answer[sp.Symbol("amplitude")], 30))
            checks.append(Check("half of max - min over a period (1000 samples)",
                                abs(half - claimed) < mpmath.mpf("1e-4") * (1 + claimed)))
        if sp.Symbol("phase_shift") in answer:
            (node,) = written.atoms(sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)
            at = node.args[0].subs(x, answer[sp.Symbol("phase_shift")])
            checks.append(Check("the argument of the function is 0 at the phase shift",
                                bool(abs(sp.N(at, 30)) < 1e-20)))
    return checks


@family("trigonometry.graph_properties", verify=_verify_graph, pose=_pose_graph)
def graph_properties_family(rng: random.Random, difficulty: int) -> Problem:
    """Amplitude, period and phase shift of y = D + A f(Bx + C)."""
    f = rng.choice([sp.sin, sp.cos] * 2 + [sp.tan, sp.sec])
    a, b = rng.choice([-1, 1]) * rng.randint(1, 5), rng.randint(1, 2 + difficulty)
    c = rng.choice([0, rng.randint(-4, 4), rng.choice([-1, 1]) * sp.pi / rng.randint(1, 4)])
    with sp.evaluate(False):
        expr = rng.randint(-3, 3) + a * f(b * X + c)
    wanted = ["amplitude", "period", "phase_shift"]
    return _pose_graph({"expr": sp.sstr(expr), "wanted": wanted, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- angles and circles


def convert_angle(value: str, to: str) -> Any:
    """An angle in degrees to exact radians (``to="radians"``), or radians to degrees."""
    v = sp.sympify(value, rational=True)
    return v * sp.pi / 180 if to == "radians" else sp.simplify(v * 180 / sp.pi)


def _pose_convert(params: dict[str, Any]) -> Problem:
    """``params``: ``value`` (degrees when converting to radians, else radians), ``to``."""
    value, to = params["value"], params["to"]
    answer = convert_angle(value, to)
    shown = f"{value}°" if to == "radians" else f"{value} rad"
    tex = f"{value}^\\circ" if to == "radians" else f"{latex(exact(value))}\\text{{ rad}}"
    plain, tex_statement = worded(params, [
        ("Convert {p} to {t}.", "Convert ${l}$ to {t}."),
        ("Express {p} in {t}.", "Express ${l}$ in {t}."),
        ("What is {p} in {t}?", "What is ${l}$ in {t}?"),
    ], p=shown, l=tex, t=to)
    factor = "\\frac{\\pi}{180}" if to == "radians" else "\\frac{180}{\\pi}"
    return Problem(statement=plain, statement_latex=tex_statement, answer=answer,
                   steps=[f"Multiply by ${factor}$: ${latex(answer)}$"
                          + ("" if to == "radians" else "$^\\circ$") + "."],
                   code=_program([convert_angle], f"convert_angle({value!r}, {to!r})"),
                   params=params,
                   answer_text=f"{answer} degrees" if to == "degrees" else None)


def _verify_convert(problem: Problem) -> list[Check]:
    """The sine and cosine of the angle agree in both units (mpmath's sin of degrees is
    sin(x pi / 180)), and a full turn is 360 degrees = 2 pi."""
    v, answer = exact(problem.params["value"]), problem.answer
    degrees, radians = (v, answer) if problem.params["to"] == "radians" else (answer, v)
    with mpmath.workdps(30):
        d, r = mpmath.mpf(sp.N(degrees, 30)), mpmath.mpf(sp.N(radians, 30))
        same = all(_near(g(mpmath.radians(d)), g(r)) for g in (mpmath.sin, mpmath.cos))
        ratio = _near(d / 360, r / (2 * mpmath.pi)) if d else abs(r) < TOLERANCE
    return [Check("sin and cos of the angle agree in degrees and radians (30 digits)", same),
            Check("the same fraction of a full turn (360 degrees, 2 pi)", ratio)]


@family("trigonometry.convert_angle", verify=_verify_convert, pose=_pose_convert)
def convert_angle_family(rng: random.Random, difficulty: int) -> Problem:
    """Convert between degrees and radians."""
    if rng.random() < 0.5:
        params = {"value": str(rng.choice([-1, 1]) * rng.randint(1, 36 * difficulty) * 5),
                  "to": "radians"}
    else:
        params = {"value": sp.sstr(sp.Rational(rng.randint(1, 12 * difficulty), rng.choice(
            [2, 3, 4, 5, 6, 9, 12, 18])) * sp.pi), "to": "degrees"}
    return _pose_convert({**params, "template": rng.randrange(WORDINGS)})


def circle_measure(given: dict[str, str], wanted: str) -> Any:
    """Arc length s = r theta, sector area r^2 theta / 2 (= r s / 2), the linear and angular
    speeds s/t and theta/t, the central angle theta = s / r (radians; with its degrees for
    "angle_both"), or the linear speed r omega of a point turning at ``rpm`` revolutions a
    minute (per second), from the given r, theta (radians), s, t, nu (linear speed), rpm."""
    v = {k: exact(x) for k, x in given.items()}
    if "nu" in v:  # a linear speed over a time: the distance
        v["s"] = v["nu"] * v["t"]
    if "rpm" in v:  # revolutions a minute: the angle turned in one second
        v["theta"], v["t"] = 2 * sp.pi * v["rpm"] / 60, sp.Integer(1)
    if "theta" not in v:
        v["theta"] = v["s"] / v["r"]
    if wanted == "arc":
        return v["r"] * v["theta"]
    if wanted == "sector":
        return v["r"] ** 2 * v["theta"] / 2
    if wanted == "angle":
        return v["theta"]
    if wanted == "angle_both":
        return sp.Dict({sp.Symbol("radians"): v["theta"],
                        sp.Symbol("degrees"): v["theta"] * 180 / sp.pi})
    if wanted == "linear_speed":
        return v["r"] * v["theta"] / v["t"]
    return sp.Dict({sp.Symbol("nu"): v["r"] * v["theta"] / v["t"],
                    sp.Symbol("omega"): v["theta"] / v["t"]})


_CIRCLE_ASKED = {"arc": "the length of the arc cut off by the central angle",
                 "sector": "the area of the sector", "speed": "the linear and angular speed",
                 "angle": "the central angle in radians",
                 "angle_both": "the central angle in radians and in degrees",
                 "linear_speed": "the linear speed of a point on the circle (per second)"}
# Each given's name in words and in LaTeX.
_CIRCLE_NAMES = {"r": ("r", "r"), "theta": ("theta", "\\theta"), "s": ("s", "s"), "t": ("t", "t"),
                 "nu": ("nu", "\\nu"), "rpm": ("revolutions per minute", "\\text{rpm}")}


def _pose_circle(params: dict[str, Any]) -> Problem:
    """``params``: ``given`` (r, theta in radians, s, t, nu, rpm), ``wanted`` (a key of
    :data:`_CIRCLE_ASKED`)."""
    given, wanted = params["given"], params["wanted"]
    answer = circle_measure(given, wanted)
    shown = ", ".join(f"{_CIRCLE_NAMES[k][0]} = {v}" for k, v in given.items())
    shown_latex = ", ".join(f"{_CIRCLE_NAMES[k][1]} = {latex(exact(v))}"
                            for k, v in given.items())
    plain, tex = worded(params, [
        ("In a circle, {p} (theta in radians). Find {a}.",
         "In a circle, ${l}$ ($\\theta$ in radians). Find {a}."),
        ("Find {a} given {p} (theta in radians).", "Find {a} given ${l}$ ($\\theta$ in radians)."),
        ("With {p} (theta in radians), what is {a}?",
         "With ${l}$ ($\\theta$ in radians), what is {a}?"),
    ], a=_CIRCLE_ASKED[wanted], p=shown, l=shown_latex)
    formula = {"arc": "s = r\\theta", "sector": "K = \\tfrac{1}{2} r^2 \\theta",
               "speed": "\\nu = s/t,\\ \\omega = \\theta/t", "angle": "\\theta = s/r",
               "angle_both": "\\theta = s/r \\text{ rad} = \\tfrac{180}{\\pi}\\,s/r "
                             "\\text{ degrees}",
               "linear_speed": "\\nu = r\\omega,\\ \\omega = 2\\pi \\cdot "
                               "\\text{rpm}/60"}[wanted]
    return Problem(statement=plain, statement_latex=tex, answer=answer,
                   steps=[f"With the angle in radians, ${formula}$: ${latex(answer)}$."],
                   code=_program([exact, circle_measure], f"circle_measure({given!r}, {wanted!r})"),
                   params=params)


def _verify_circle(problem: Problem) -> list[Check]:
    """Integrate instead of multiplying: the arc as the integral of r d(theta), the sector as
    the double integral of rho d(rho) d(theta); speeds as distance and angle over time; an
    angle by walking the arc: the angle at which the integral of r d(phi) reaches s."""
    v = {k: mpmath.mpf(sp.N(exact(x), 30)) for k, x in problem.params["given"].items()}
    with mpmath.workdps(30):
        t = v.get("t", mpmath.mpf(1))
        if "rpm" in v:  # one second of turning: rpm / 60 of a full turn
            theta, t = mpmath.quad(lambda u: 2 * mpmath.pi, [0, v["rpm"] / 60]), mpmath.mpf(1)
        elif "theta" in v:
            theta = v["theta"]
        else:
            s = v["nu"] * t if "nu" in v else v["s"]
            theta = mpmath.findroot(lambda a: mpmath.quad(lambda u: v["r"], [0, a]) - s, 1)
        arc = mpmath.quad(lambda u: v["r"], [0, theta])
        wanted, answer = problem.params["wanted"], problem.answer
        if wanted == "arc":
            return [Check("the integral of r d(theta) (mpmath quad)", _near(arc, answer))]
        if wanted == "sector":
            area = mpmath.quad(lambda u, rho: rho, [0, theta], [0, v["r"]])
            return [Check("the double integral of rho over the sector", _near(area, answer))]
        if wanted in ("angle", "angle_both"):
            radians = answer if wanted == "angle" else answer[sp.Symbol("radians")]
            ok = _near(theta, radians) and (wanted == "angle" or _near(
                mpmath.degrees(theta), answer[sp.Symbol("degrees")]))
            return [Check("the angle at which the arc's integral reaches s (mpmath findroot)", ok)]
        if wanted == "linear_speed":
            return [Check("the distance (integrated) over the time", _near(arc / t, answer))]
        ok = _near(arc / t, answer[sp.Symbol("nu")]) and _near(theta / t, answer[sp.Symbol("omega")])
        return [Check("distance (integrated) and angle over the time", ok)]


@family("trigonometry.circle_measure", verify=_verify_circle, pose=_pose_circle)
def circle_measure_family(rng: random.Random, difficulty: int) -> Problem:
    """Arc length, sector area, or linear and angular speed on a circle."""
    given = {"r": str(rng.randint(1, 5 * difficulty)),
             "theta": sp.sstr(rng.choice([sp.Rational(rng.randint(1, 30), 10),
                                          sp.pi * sp.Rational(rng.randint(1, 11), 6)]))}
    wanted = rng.choice(["arc", "sector", "speed"])
    if wanted == "speed":
        given["t"] = str(rng.randint(1, 10))
    return _pose_circle({"given": given, "wanted": wanted, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- complex numbers


def complex_value(expr: str) -> Any:
    """A complex expression's value as a + b i: exact, or to 15 digits when it holds angles
    (3 (cos 14 + i sin 14)^4 = 81 cis 56 has no tidy exact form)."""
    value = sp.sympify(expr, evaluate=False).doit()
    if value.has(sp.sin, sp.cos, sp.tan, sp.exp):
        re_part, im_part = (sp.N(part, 30) for part in sp.expand_complex(value).as_real_imag())
        return sp.Float(re_part, 15) + sp.Float(im_part, 15) * sp.I
    return sp.expand(sp.radsimp(sp.expand_complex(value)))


def _pose_complex(params: dict[str, Any]) -> Problem:
    """``params``: ``expr``, a complex expression with I (as written: conjugates, powers, moduli)."""
    written = sp.sympify(params["expr"], evaluate=False)
    answer = complex_value(params["expr"])
    plain, tex = worded(params, [
        ("Calculate {p}.", "Calculate ${l}$."),
        ("Write {p} in the form a + bi.", "Write ${l}$ in the form $a + bi$."),
        ("What is {p}?", "What is ${l}$?"),
    ], p=sp.sstr(written), l=latex(written))
    return Problem(statement=plain, statement_latex=tex, answer=answer,
                   steps=[("Use $i^2 = -1$; divide by multiplying by the conjugate of the "
                          "denominator; multiply trigonometric forms by multiplying moduli and "
                          f"adding arguments: ${latex(answer)}$.")],
                   code=_program([complex_value], f"complex_value({params['expr']!r})"),
                   params=params)


def _verify_complex(problem: Problem) -> list[Check]:
    """Evaluate the expression as written in 30-digit complex mpmath, i as mpc(0, 1)."""
    j = sp.Dummy("j")
    written = sp.sympify(problem.params["expr"], evaluate=False).xreplace({sp.I: j})
    written = written.xreplace({r: sp.Float(r, 30) for r in written.atoms(sp.Rational)})
    with mpmath.workdps(30):
        direct = sp.lambdify([j], written, modules="mpmath")(mpmath.mpc(0, 1))
        claimed = mpmath.mpc(*(sp.N(part, 30) for part in problem.answer.as_real_imag()))
        tolerance = mpmath.mpf("1e-12") if problem.answer.has(sp.Float) else mpmath.mpf("1e-25")
        ok = abs(direct - claimed) <= tolerance * max(1, abs(direct))
    return [Check("evaluate the expression as written in 30-digit complex mpmath", ok,
                  f"mpmath {mpmath.nstr(direct, 15)}")]


@family("trigonometry.complex_number", verify=_verify_complex, pose=_pose_complex)
def complex_number(rng: random.Random, difficulty: int) -> Problem:
    """Arithmetic with complex numbers: sums, products, quotients, conjugates, powers of i."""
    def number() -> sp.Expr:
        return rng.randint(-6, 6) + rng.choice([-1, 1]) * rng.randint(1, 6) * sp.I

    with sp.evaluate(False):
        p, q = number(), number()
        expr = rng.choice([p + q, p - q, p * q, p / q, sp.I ** rng.randint(3, 40 * difficulty),
                           sp.conjugate(p) * q])
    return _pose_complex({"expr": sp.sstr(expr), "template": rng.randrange(WORDINGS)})


def complex_roots(number: str, n: int) -> Any:
    """The n n-th roots of a complex number by De Moivre: |z|^(1/n) cis((arg z + 360 k)/n),
    to 15 digits."""
    z = sp.sympify(number)
    modulus, angle = sp.Abs(z), sp.arg(z)
    roots = []
    for k in range(n):
        root = modulus ** sp.Rational(1, n) * sp.exp(sp.I * (angle + 2 * sp.pi * k) / n)
        re_part, im_part = (sp.N(part, 30) for part in sp.expand_complex(root).as_real_imag())
        roots.append(sp.Float(re_part, 15) + sp.Float(im_part, 15) * sp.I)
    return sp.FiniteSet(*roots)


def _pose_roots(params: dict[str, Any]) -> Problem:
    """``params``: ``number`` (with I), ``n``."""
    z, n = sp.sympify(params["number"]), int(params["n"])
    answer = complex_roots(params["number"], n)
    plain, tex = worded(params, [
        ("Find the {n} roots of {p} of order {n}.", "Find the ${n}$ roots of order ${n}$ of ${l}$."),
        ("What are the complex solutions of w^{n} = {p}?",
         "What are the complex solutions of $w^{{{n}}} = {l}$?"),
        ("Solve w^{n} = {p} over the complex numbers.",
         "Solve $w^{{{n}}} = {l}$ over the complex numbers."),
    ], n=n, p=sp.sstr(z), l=latex(z))
    return Problem(statement=plain, statement_latex=tex, answer=answer,
                   steps=[f"Write ${latex(z)}$ in trigonometric form $r\\,\\text{{cis}}\\,\\theta$.",
                          (f"By De Moivre, the roots are $\\sqrt[{n}]{{r}}\\,\\text{{cis}}"
                          f"\\frac{{\\theta + 360^\\circ k}}{{{n}}}$, $k = 0, \\dots, {n - 1}$.")],
                   code=_program([complex_roots], f"complex_roots({params['number']!r}, {n})"),
                   params=params)


def _verify_roots(problem: Problem) -> list[Check]:
    """Each root to the n-th power is the number (30-digit mpmath), and the roots are n
    different numbers; mpmath's own polyroots of w^n - z finds the same ones."""
    z, n = complex(sp.N(sp.sympify(problem.params["number"]), 30)), int(problem.params["n"])
    with mpmath.workdps(30):
        roots = [mpmath.mpc(*(sp.N(p, 30) for p in r.as_real_imag())) for r in problem.answer]
        powered = all(abs(r**n - z) < 1e-10 * max(1, abs(z)) for r in roots)
        found = mpmath.polyroots([1] + [0] * (n - 1) + [-mpmath.mpc(z)], maxsteps=200)
        same = len(roots) == n and all(min(abs(r - f) for f in found) < 1e-10 for r in roots)
    return [Check("each root to the n-th power gives the number", powered),
            Check("the same n roots as mpmath's polyroots of w^n - z", same)]


@family("trigonometry.complex_roots", verify=_verify_roots, pose=_pose_roots)
def complex_roots_family(rng: random.Random, difficulty: int) -> Problem:
    """The n-th roots of a complex number (De Moivre)."""
    number = rng.choice([1, -1, sp.I, -sp.I, 1 + sp.I, rng.randint(-4, 4) + rng.randint(1, 4) * sp.I])
    return _pose_roots({"number": sp.sstr(number), "n": rng.randint(2, 2 + difficulty),
                        "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- polar coordinates


def convert_point(point: list[str], to: str) -> Any:
    """(r, theta) with theta in radians to exact (x, y), or (x, y) to (r, theta) with
    r >= 0 and theta in degrees in [0, 360), 15 digits."""
    p, q = (sp.sympify(v, rational=True) for v in point)
    if to == "cartesian":
        return sp.Tuple(sp.radsimp(p * sp.cos(q)), sp.radsimp(p * sp.sin(q)))
    angle = sp.atan2(q, p) * 180 / sp.pi
    angle = angle + 360 if angle < 0 else angle
    exact = sp.simplify(angle)
    return sp.Tuple(sp.sqrt(p**2 + q**2),
                    exact if exact.is_Rational else sp.Float(sp.N(angle, 30), 15))


def _pose_point(params: dict[str, Any]) -> Problem:
    """``params``: ``point`` (two numbers; a polar angle in radians) or ``points`` (several,
    answered in order), ``to`` ("cartesian", "polar")."""
    to, points = params["to"], params.get("points") or [params["point"]]
    if len(points) == 1:
        answer = convert_point(points[0], to)
        call = f"convert_point({points[0]!r}, {to!r})"
    else:
        answer = sp.Tuple(*(convert_point(point, to) for point in points))
        call = f"sp.Tuple(*[convert_point(p, {to!r}) for p in {points!r}])"
    shown = ", ".join(f"({p}, {q})" for p, q in points)
    shown_latex = ", ".join(f"${latex(sp.Tuple(*(exact(v) for v in point)))}$" for point in points)
    noun = "point" if len(points) == 1 else "points"
    plain, tex = worded(params, [
        ("Convert the {n} {p} from {f} to {t} coordinates.",
         "Convert the {n} {l} from {f} to {t} coordinates."),
        ("Write the {f} {n} {p} in {t} coordinates.", "Write the {f} {n} {l} in {t} coordinates."),
        ("What are the {t} coordinates of the {f} {n} {p}?",
         "What are the {t} coordinates of the {f} {n} {l}?"),
    ], n=noun, p=shown, l=shown_latex,
        f="polar" if to == "cartesian" else "Cartesian", t="Cartesian" if to == "cartesian" else "polar")
    formula = "x = r\\cos\\theta,\\ y = r\\sin\\theta" if to == "cartesian" else \
        "r = \\sqrt{x^2 + y^2},\\ \\theta = \\operatorname{atan2}(y, x)"
    return Problem(statement=plain, statement_latex=tex, answer=answer,
                   steps=[f"${formula}$: ${latex(answer)}$"
                          + ("" if to == "cartesian" else " (the angle in degrees)") + "."],
                   code=_program([convert_point], call), params=params)


def _verify_point(problem: Problem) -> list[Check]:
    """Go back the other way: the Cartesian point seen from the origin has the polar point's
    distance and direction (same unit vector), in 30-digit mpmath."""
    points = problem.params.get("points") or [problem.params["point"]]
    answers = list(problem.answer) if len(points) > 1 else [problem.answer]
    same = len(answers) == len(points)
    for given, found in zip(points, answers, strict=False):
        point = [mpmath.mpf(sp.N(exact(v), 30)) for v in given]
        answer = [mpmath.mpf(sp.N(v, 30)) for v in found]
        with mpmath.workdps(30):
            if problem.params["to"] == "cartesian":
                (r, t), (x, y) = point, answer
            else:
                (x, y), (r, t) = point, answer
                t = mpmath.radians(t)
            same = same and _near(mpmath.hypot(x, y), abs(r)) and (
                abs(r) < TOLERANCE or (_near(x, r * mpmath.cos(t)) and _near(y, r * mpmath.sin(t))))
    return [Check("the same distance from the origin and the same direction (30 digits)",
                  bool(same))]


@family("trigonometry.convert_point", verify=_verify_point, pose=_pose_point)
def convert_point_family(rng: random.Random, difficulty: int) -> Problem:
    """Convert a point between polar and Cartesian coordinates."""
    if rng.random() < 0.5:
        point = [str(rng.choice([-1, 1]) * rng.randint(1, 6)),
                 sp.sstr(sp.pi * sp.Rational(rng.randint(0, 23), rng.choice([4, 6])))]
        return _pose_point({"point": point, "to": "cartesian", "template": rng.randrange(WORDINGS)})
    point = [str(rng.randint(-6, 6)), str(rng.choice([-1, 1]) * rng.randint(1, 6))]
    return _pose_point({"point": point, "to": "polar", "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- the angles of a triangle


def triangle_angles(equations: list[str], right: bool, wanted: list[str]) -> Any:
    """The wanted angles (degrees) from equations among A, B, C and other unknowns, with
    A + B + C = 180 (and C = 90 in a right triangle): by name, or the number when one is
    wanted; a tuple when several solutions fit."""
    names = {k: sp.Symbol(k) for k in ("A", "B", "C", "alpha", "beta", "gamma", "theta", "phi")}
    system = [sp.sympify(e.replace("=", "-(", 1) + ")", locals=names) for e in equations]
    system.append(names["A"] + names["B"] + names["C"] - 180)
    if right:
        system.append(names["C"] - 90)
    unknowns = sorted(set().union(*(e.free_symbols for e in system)), key=str)
    found = []
    for solution in sp.solve(system, unknowns, dict=True):
        angles = {k: sp.nsimplify(solution.get(names[k], names[k])) for k in "ABC"}
        if all(v.is_number and v.is_positive for v in angles.values()):
            found.append(sp.Dict({names[k]: angles[k] if angles[k].is_Rational
                                  else sp.Float(sp.N(angles[k], 30), 15) for k in wanted}))
    if not found:
        raise ValueError("no triangle has these angles")
    if len(found) == 1:
        return found[0][names[wanted[0]]] if len(wanted) == 1 else found[0]
    return sp.Tuple(*found)


def _pose_angles(params: dict[str, Any]) -> Problem:
    """``params``: ``equations`` ("B = 2*alpha", "C = 24"; degrees), ``right``, ``wanted``."""
    equations, right, wanted = params["equations"], params.get("right", False), params["wanted"]
    answer = triangle_angles(equations, right, wanted)
    kind = "right triangle ABC (right angle C)" if right else "triangle ABC"
    plain, tex = worded(params, [
        ("In the {k}, {e} (degrees). Find {w}.", "In the {k}, ${l}$ (degrees). Find ${w}$."),
        ("Find {w} in the {k} if {e} (degrees).", "Find ${w}$ in the {k} if ${l}$ (degrees)."),
        ("What is {w} in the {k} when {e} (degrees)?", "What is ${w}$ in the {k} when ${l}$ (degrees)?"),
    ], k=kind, e=", ".join(equations), l=",\\ ".join(equations), w=" and ".join(wanted))
    return Problem(statement=plain, statement_latex=tex, answer=answer,
                   steps=["The angles of a triangle add up to $180^\\circ$"
                          + (", and $C = 90^\\circ$" if right else "") + ".",
                          f"Solve the equations together: ${latex(answer)}$ (degrees)."],
                   code=_program([triangle_angles], f"triangle_angles({equations!r}, {right!r}, "
                                                    f"{wanted!r})"),
                   params=params)


def _verify_angles(problem: Problem) -> list[Check]:
    """Put each solution back: with the other unknowns solved from the item's equations, every
    equation holds, and the three angles are positive and add to 180 (C = 90 if right)."""
    p = problem.params
    names = {k: sp.Symbol(k) for k in ("A", "B", "C", "alpha", "beta", "gamma", "theta", "phi")}
    ok = True
    answers = [{names[p["wanted"][0]]: problem.answer}] if len(p["wanted"]) == 1 and not \
        isinstance(problem.answer, sp.Tuple) else _solutions(problem.answer)
    for solution in answers:
        system = [sp.sympify(e.replace("=", "-(", 1) + ")", locals=names).subs(solution)
                  for e in p["equations"]]
        rest = sp.solve(system, sorted(set().union(*(e.free_symbols for e in system)), key=str),
                        dict=True) or [{}]
        angles = {k: sp.sympify(solution.get(names[k], names[k])).subs(rest[0]) for k in "ABC"}
        if p.get("right"):
            angles["C"] = angles["C"].subs(names["C"], 90)
        total = sum(angles.values())
        ok &= all(abs(sp.N(e.subs(rest[0]).subs(angles), 30)) < 1e-9 for e in system if
                  e.subs(rest[0]).subs(angles).is_number) and total.is_number and \
            abs(sp.N(total, 30) - 180) < 1e-9 and all(sp.N(v) > 0 for v in angles.values())
    return [Check("substitute back: every equation holds, angles positive, sum 180", bool(ok))]


@family("trigonometry.triangle_angles", verify=_verify_angles, pose=_pose_angles)
def triangle_angles_family(rng: random.Random, difficulty: int) -> Problem:
    """The angles of a triangle from relations between them (A = alpha, B = 2 alpha, ...)."""
    k, c = rng.randint(2, 2 + difficulty), rng.randint(10, 80)
    if rng.random() < 0.5:
        a = rng.randint(10, 170 - c - 5)
        return _pose_angles({"equations": [f"A = {a}", f"C = {c}"], "wanted": ["B"],
                             "template": rng.randrange(WORDINGS)})
    return _pose_angles({"equations": ["A = alpha", f"B = {k}*alpha", f"C = {c}"],
                         "wanted": ["A", "B"], "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- variants


def _about(value: Any, rng: random.Random) -> int:
    """A whole number of about the size of ``value`` and its sign (never 0 unless it was)."""
    size = abs(int(value))
    if size == 0:
        return 0
    new = rng.randint(max(1, size // 2), 2 * size + 1)
    return new if value > 0 else -new


def _vary_convert(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Degrees: a new whole number of degrees; radians: a new multiple of pi over the same
    denominator (or a new plain number of radians)."""
    v = exact(params["value"])
    if params["to"] == "radians" or not v.has(sp.pi):
        return {**params, "value": str(_about(v, rng) or 1)}
    k = v / sp.pi
    return {**params, "value": sp.sstr(sp.Rational(_about(k.p, rng) or 1, k.q) * sp.pi)}


def _new_point(point: list[str], to: str, rng: random.Random) -> list[str]:
    """New coordinates of the same signs; a polar angle a new multiple of pi over the same
    denominator."""
    p, q = (exact(v) for v in point)
    if to == "cartesian" and q.has(sp.pi):
        k = q / sp.pi
        return [str(_about(p, rng) or 1), sp.sstr(sp.Rational(_about(k.p, rng), k.q) * sp.pi)]
    return [str(_about(p, rng)), str(_about(q, rng))]


def _vary_point(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    if "points" in params:
        return {**params, "points": [_new_point(p, params["to"], rng) for p in params["points"]]}
    return {**params, "point": _new_point(params["point"], params["to"], rng)}


def _vary_roots(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new Gaussian integer with the same signs (a real or imaginary number stays one)."""
    z = exact(params["number"])
    return {**params, "number": sp.sstr(_about(sp.re(z), rng) + _about(sp.im(z), rng) * sp.I)}


def _vary_other(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new value of the same sign that the function can take: |sin|, |cos| < 1, |sec|,
    |csc| > 1, tan and cot anything."""
    v = exact(params["value"])
    if v == 0:
        return params
    q = rng.randint(2, 9)
    p = rng.randint(1, q - 1) if params["function"] in ("sin", "cos", "sec", "csc") else \
        rng.randint(1, 3 * q)
    new = sp.Rational(p, q) if params["function"] not in ("sec", "csc") else sp.Rational(q, p)
    return {**params, "value": sp.sstr(new if v > 0 else -new)}


def _vary_angles(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers in the equations, kept only when the angles still make a triangle."""
    for _ in range(20):
        equations = []
        for equation in params["equations"]:
            name, rhs = (side.strip() for side in equation.split("=", 1))
            value = sp.sympify(rhs)
            equations.append(f"{name} = {_about(value, rng)}" if value.is_Integer else equation)
        try:
            triangle_angles(equations, params.get("right", False), params["wanted"])
        except ValueError:
            continue
        return {**params, "equations": equations}
    return params


def _vary_right_triangle(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new Pythagorean triple, the same sides given."""
    m, n = sorted(rng.sample(range(1, 8), 2), reverse=True)
    sides = {"a": m * m - n * n, "b": 2 * m * n, "c": m * m + n * n}
    return {**params, "given": {k: str(sides[k]) for k in params["given"]}}


REDRAW = {"trigonometry.convert_angle": _vary_convert, "trigonometry.convert_point": _vary_point,
          "trigonometry.complex_roots": _vary_roots, "trigonometry.other_functions": _vary_other,
          "trigonometry.triangle_angles": _vary_angles,
          "trigonometry.right_triangle_functions": _vary_right_triangle}
