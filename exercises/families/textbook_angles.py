"""Posed families for where an angle lies: its quadrant, reference and coterminal angles, its
reflections, the six functions at an angle in degrees, the signs of the functions by quadrant,
and a complex number in trigonometric form.

The formalize stage (:mod:`formalize.trig_words`) reads "$127^\\circ$" under "state in which
quadrant or on which axis the given angle lies" into ``{"angle": "127", "wanted": ["quadrant"]}``
(angles in degrees, as the book prints them). The solvers count in whole turns and quadrants
(exact rational arithmetic); the verifiers look at the angle's point on the unit circle in
30-digit mpmath instead: the signs of its coordinates, the angle its point makes with the x-axis.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_trigonometry import (
    FUNCTIONS,
    MP_FUNCTIONS,
    _near,
    _program,
    exact,
)
from exercises.family import Check, Problem, family

QUADRANTS = ("QI", "QII", "QIII", "QIV")
AXES = ("positive x-axis", "positive y-axis", "negative x-axis", "negative y-axis")
POSITIONS = ("quadrant", "reference", "coterminal", "reflect_x", "reflect_y", "reflect_origin")
_ASKED = {"quadrant": "the quadrant (or axis) it lies in", "reference": "its reference angle",
          "coterminal": "the angle in [0°, 360°) with the same terminal side",
          "reflect_x": "its reflection around the x-axis (in [0°, 360°))",
          "reflect_y": "its reflection around the y-axis (in [0°, 360°))",
          "reflect_origin": "its reflection around the origin (in [0°, 360°))"}


def _mp_point(degrees: Any) -> tuple[mpmath.mpf, mpmath.mpf]:
    """The angle's point on the unit circle, 30 digits."""
    t = mpmath.mpf(sp.N(exact(degrees) * sp.pi / 180, 40))
    return mpmath.cos(t), mpmath.sin(t)


# ---------------------------------------------------------------- where an angle lies


def angle_position(angle: str, wanted: list[str]) -> Any:
    """Where the angle (degrees) lies, by whole turns and quarter turns: its quadrant or axis
    (a name), its reference angle, the coterminal angle in [0, 360), or a reflection of it
    (degrees in [0, 360)); a Dict by name when several are wanted."""
    turned = exact(angle) % 360  # the coterminal angle in [0, 360)
    quarter, rest = divmod(turned, 90)
    found = {
        "quadrant": sp.Symbol(("positive x-axis", "positive y-axis", "negative x-axis",
                               "negative y-axis")[int(quarter)] if rest == 0
                              else ("QI", "QII", "QIII", "QIV")[int(quarter)]),
        "reference": min(turned % 180, 180 - turned % 180),
        "coterminal": turned,
        "reflect_x": (-turned) % 360,
        "reflect_y": (180 - turned) % 360,
        "reflect_origin": (turned + 180) % 360,
    }
    if len(wanted) == 1:
        return found[wanted[0]]
    return sp.Dict({sp.Symbol(name): found[name] for name in wanted})


def _pose_position(params: dict[str, Any]) -> Problem:
    """``params``: ``angle`` (degrees), ``wanted`` (some of :data:`POSITIONS`)."""
    angle, wanted = params["angle"], params["wanted"]
    answer = angle_position(angle, wanted)
    asked = " and ".join(_ASKED[w] for w in wanted)
    plain, tex = worded(params, [
        ("For the angle {a}°, find {w}.", "For the angle ${a}^\\circ$, find {w}."),
        ("Let theta = {a}°. What is {w}?", "Let $\\theta = {a}^\\circ$. What is {w}?"),
        ("Given the angle {a}°, determine {w}.", "Given the angle ${a}^\\circ$, determine {w}."),
    ], a=angle, w=asked)
    turned = exact(angle) % 360
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[(f"Take away whole turns: ${angle}^\\circ$ has the terminal side of "
               f"${latex(turned)}^\\circ$ in $[0^\\circ, 360^\\circ)$."),
               ("Count quarter turns for the quadrant; the reference angle is the acute angle to "
               "the x-axis; a reflection around the x-axis, y-axis, origin is "
               "$-\\theta$, $180^\\circ - \\theta$, $\\theta + 180^\\circ$."),
               f"Result: ${latex(answer)}$."],
        code=_program([exact, angle_position], f"angle_position({angle!r}, {wanted!r})"), params=params)


def _where(degrees: Any) -> str:
    """The quadrant or half-axis of the angle's point, from the signs of its coordinates."""
    x, y = _mp_point(degrees)
    tiny = mpmath.mpf("1e-25")
    if abs(y) < tiny:
        return "positive x-axis" if x > 0 else "negative x-axis"
    if abs(x) < tiny:
        return "positive y-axis" if y > 0 else "negative y-axis"
    return {(True, True): "QI", (False, True): "QII", (False, False): "QIII",
            (True, False): "QIV"}[(bool(x > 0), bool(y > 0))]


def _verify_position(problem: Problem) -> list[Check]:
    """On the unit circle (30-digit mpmath): the quadrant from the signs of the point's
    coordinates; the reference angle as atan(|y| / |x|); the coterminal angle and the
    reflections by their points: (x, y), (x, -y), (-x, y), (-x, -y)."""
    p = problem.params
    answer = problem.answer
    values = {p["wanted"][0]: answer} if len(p["wanted"]) == 1 else \
        {str(k): v for k, v in answer.items()}
    x, y = _mp_point(p["angle"])
    expected = {"coterminal": (x, y), "reflect_x": (x, -y), "reflect_y": (-x, y),
                "reflect_origin": (-x, -y)}
    checks = []
    with mpmath.workdps(30):
        for name, value in values.items():
            if name == "quadrant":
                ok = str(value) == _where(p["angle"])
                how = "the signs of the coordinates of the angle's point on the unit circle"
            elif name == "reference":
                degrees = mpmath.degrees(mpmath.atan2(abs(y), abs(x)))
                ok = _near(degrees, value)
                how = "the reference angle as atan2(|y|, |x|) of the angle's point"
            else:
                u, v = _mp_point(value)
                ok = 0 <= value < 360 and _near(u, expected[name][0]) and _near(v, expected[name][1])
                how = f"the {name.replace('_', ' ')} angle's point on the unit circle"
            checks.append(Check(how, bool(ok)))
    return checks


@family("trigonometry.angle_position", verify=_verify_position, pose=_pose_position)
def angle_position_family(rng: random.Random, difficulty: int) -> Problem:
    """The quadrant, reference angle, coterminal angle or a reflection of an angle in degrees."""
    angle = rng.choice([-1, 1]) * rng.randint(1, 360 * difficulty)
    return _pose_position({"angle": str(angle), "wanted": [rng.choice(POSITIONS)],
                           "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- signs by quadrant

def sign_quadrants(functions: list[str], same: bool) -> Any:
    """The quadrants where two functions have the same (or the opposite) sign, from the
    table of signs by quadrant (all, sine, tangent, cosine positive in QI ... QIV)."""
    signs = {"sin": (1, 1, -1, -1), "cos": (1, -1, -1, 1), "tan": (1, -1, 1, -1),
             "csc": (1, 1, -1, -1), "sec": (1, -1, -1, 1), "cot": (1, -1, 1, -1)}
    f, g = functions
    return sp.FiniteSet(*[sp.Symbol(("QI", "QII", "QIII", "QIV")[k]) for k in range(4)
                          if (signs[f][k] == signs[g][k]) == same])


def _pose_signs(params: dict[str, Any]) -> Problem:
    """``params``: ``functions`` (two of sin ... cot), ``same`` (or opposite signs)."""
    (f, g), same = params["functions"], params["same"]
    answer = sign_quadrants([f, g], same)
    names = {"sin": "sine", "cos": "cosine", "tan": "tangent", "csc": "cosecant",
             "sec": "secant", "cot": "cotangent"}
    plain, tex = worded(params, [
        ("In which quadrant(s) do {f} and {g} have the {s} sign?",) * 2,
        ("Name the quadrants where {f} and {g} have the {s} sign.",) * 2,
        ("Where (which quadrants) are the signs of {f} and {g} the {s}?",) * 2,
    ], f=names[f], g=names[g], s="same" if same else "opposite")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("The signs by quadrant: all functions are positive in QI, sine and cosecant in "
               "QII, tangent and cotangent in QIII, cosine and secant in QIV."),
               f"Compare the two rows: ${latex(answer)}$."],
        code=_program([sign_quadrants], f"sign_quadrants({[f, g]!r}, {same!r})"), params=params,
        answer_text=", ".join(sorted(map(str, answer), key=QUADRANTS.index)))


def _verify_signs(problem: Problem) -> list[Check]:
    """Evaluate both functions at 30°, 60° past each quarter turn (mpmath) and compare signs."""
    (f, g), same = problem.params["functions"], problem.params["same"]
    found = set()
    for k in range(4):
        agree = [MP_FUNCTIONS[f](t) * MP_FUNCTIONS[g](t) > 0
                 for t in (mpmath.radians(90 * k + 30), mpmath.radians(90 * k + 60))]
        if all(a == same for a in agree):
            found.add(QUADRANTS[k])
    return [Check("the signs of both functions at two angles in each quadrant (mpmath)",
                  found == {str(q) for q in problem.answer}, ", ".join(sorted(found)))]


@family("trigonometry.sign_quadrants", verify=_verify_signs, pose=_pose_signs)
def sign_quadrants_family(rng: random.Random, difficulty: int) -> Problem:
    """The quadrants where two trigonometric functions have the same or opposite signs."""
    functions = rng.sample(["sin", "cos", "tan"] + ["csc", "sec", "cot"] * (difficulty > 2), 2)
    return _pose_signs({"functions": functions, "same": rng.random() < 0.5,
                        "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- functions at an angle


def angle_functions(angle: str, functions: list[str]) -> Any:
    """The exact values of the functions at the angle (degrees); a function undefined there
    (tan 90°) has the value ``undefined``."""
    t = exact(angle) * sp.pi / 180
    theta = sp.Symbol("theta")
    named = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "csc": sp.csc, "sec": sp.sec,
             "cot": sp.cot}
    values = {}
    for name in functions:
        value = sp.radsimp(sp.simplify(named[name](t)))
        values[named[name](theta)] = value if value.is_finite else sp.Symbol("undefined")
    return sp.Dict(values)


def _pose_functions(params: dict[str, Any]) -> Problem:
    """``params``: ``angle`` (degrees), ``functions`` (which of the six)."""
    angle, functions = params["angle"], params["functions"]
    answer = angle_functions(angle, functions)
    names = "all six trigonometric functions" if len(functions) == 6 else ", ".join(functions)
    plain, tex = worded(params, [
        ("Find the exact values of {n} of theta = {a}°.",
         "Find the exact values of {n} of $\\theta = {a}^\\circ$."),
        ("What are the exact values of {n} at theta = {a}°?",
         "What are the exact values of {n} at $\\theta = {a}^\\circ$?"),
        ("Give {n} of the angle theta = {a}° exactly.",
         "Give {n} of the angle $\\theta = {a}^\\circ$ exactly."),
    ], n=names, a=angle)
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[(f"Place ${angle}^\\circ$ in standard position and use its reference angle's "
               "special right triangle, with the signs of its quadrant."),
               f"${latex(answer)}$."],
        code=_program([exact, angle_functions], f"angle_functions({angle!r}, {functions!r})"),
        params=params)


def _verify_functions(problem: Problem) -> list[Check]:
    """Each value against the function in 30-digit mpmath at the angle's point (x, y):
    sin = y, cos = x, tan = y/x, ...; undefined exactly where the denominator is 0."""
    x, y = _mp_point(problem.params["angle"])
    ratios = {"sin": (y, 1), "cos": (x, 1), "tan": (y, x), "csc": (1, y), "sec": (1, x),
              "cot": (x, y)}
    ok = True
    with mpmath.workdps(30):
        for key, value in problem.answer.items():
            top, bottom = ratios[str(key.func)]
            if value == sp.Symbol("undefined"):
                ok &= abs(bottom) < mpmath.mpf("1e-25")
            else:
                ok &= abs(bottom) > mpmath.mpf("1e-25") and _near(top / bottom, value)
    return [Check("the coordinates of the angle's point on the unit circle (30-digit mpmath)",
                  bool(ok))]


@family("trigonometry.angle_functions", verify=_verify_functions, pose=_pose_functions)
def angle_functions_family(rng: random.Random, difficulty: int) -> Problem:
    """The exact values of the six trigonometric functions of a special angle in degrees."""
    angle = rng.choice([0, 30, 45, 60, 90]) + 90 * rng.randint(0, 3) + 360 * (difficulty > 3)
    return _pose_functions({"angle": str(angle), "functions": list(FUNCTIONS),
                            "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- trigonometric form


def trig_form(number: str) -> Any:
    """(r, theta) with z = r (cos theta + i sin theta), r = |z| and theta in degrees in
    [0, 360): exact when theta is a whole number of degrees, else to 15 digits."""
    z = exact(number)
    x, y = sp.re(z), sp.im(z)
    angle = sp.atan2(y, x) * 180 / sp.pi
    angle = sp.simplify(angle + 360 if angle < 0 else angle)
    return sp.Tuple(sp.sqrt(x**2 + y**2),
                    angle if angle.is_Rational else sp.Float(sp.N(angle, 30), 15))


def _pose_trig_form(params: dict[str, Any]) -> Problem:
    """``params``: ``number``, a complex number with I."""
    z = exact(params["number"])
    answer = trig_form(params["number"])
    plain, tex = worded(params, [
        ("Put {p} in trigonometric form r (cos theta + i sin theta) (theta in degrees).",
         "Put ${l}$ in trigonometric form $r(\\cos\\theta + i\\sin\\theta)$ ($\\theta$ in degrees)."),
        ("Write {p} as r cis theta, theta in degrees.", ("Write ${l}$ as $r\\,\\text{{cis}}\\,\\theta$, "
         "$\\theta$ in degrees.")),
        ("What are the modulus r and the argument theta (degrees, in [0, 360)) of {p}?",
         "What are the modulus $r$ and the argument $\\theta$ (degrees, in $[0, 360)$) of ${l}$?"),
    ], p=sp.sstr(z), l=latex(z))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("$r = |z| = \\sqrt{x^2 + y^2}$ and $\\theta$ is the angle of the point $(x, y)$, "
               "in the quadrant of its signs."), f"$(r, \\theta) = {latex(answer)}$."],
        code=_program([exact, trig_form], f"trig_form({params['number']!r})"), params=params,
        answer_text=f"{answer[0]} cis {answer[1]} degrees")


def _verify_trig_form(problem: Problem) -> list[Check]:
    """Multiply back out: r (cos theta + i sin theta) in 30-digit mpmath is the number."""
    z = complex(sp.N(exact(problem.params["number"]), 30))
    r, theta = (mpmath.mpf(sp.N(v, 30)) for v in problem.answer)
    with mpmath.workdps(30):
        back = r * mpmath.expj(mpmath.radians(theta))
        ok = abs(back - mpmath.mpc(z)) < 1e-12 * max(1, abs(z)) and 0 <= theta < 360 and r >= 0
    return [Check("r (cos theta + i sin theta) gives the number back (30-digit mpmath)", bool(ok))]


@family("trigonometry.complex_trig_form", verify=_verify_trig_form, pose=_pose_trig_form)
def complex_trig_form_family(rng: random.Random, difficulty: int) -> Problem:
    """A complex number in trigonometric form r cis theta."""
    number = rng.randint(-3 * difficulty, 3 * difficulty) + rng.randint(-4, 4) * sp.I
    if number == 0:
        number = sp.I
    return _pose_trig_form({"number": sp.sstr(number), "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- variants


def _vary_position(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new angle of the same sign and about the same size; one on an axis stays on one."""
    angle = int(exact(params["angle"]))
    size = rng.randint(max(1, abs(angle) // 2), 2 * abs(angle) + 90)
    if angle % 90 == 0:
        size = 90 * max(1, round(size / 90))
    elif size % 90 == 0:
        size += 1
    return {**params, "angle": str(size if angle >= 0 else -size)}


def _vary_signs(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    return {**params, "functions": rng.sample(["sin", "cos", "tan"], 2),
            "same": rng.random() < 0.5}


def _vary_functions(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another angle with exact values: a multiple of 15 degrees in [0, 360)."""
    return {**params, "angle": str(15 * rng.randint(0, 23))}


def _vary_trig_form(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New parts of the same signs (a real or imaginary number stays one)."""
    z = exact(params["number"])
    parts = [int(sp.sign(p)) * rng.randint(1, 6) for p in (sp.re(z), sp.im(z))]
    return {**params, "number": sp.sstr(parts[0] + parts[1] * sp.I)}


REDRAW = {"trigonometry.angle_position": _vary_position, "trigonometry.sign_quadrants": _vary_signs,
          "trigonometry.angle_functions": _vary_functions,
          "trigonometry.complex_trig_form": _vary_trig_form}


# ---------------------------------------------------------------- sums of two angles


def sum_values(given: dict[str, str], wanted: list[str]) -> Any:
    """sin, cos, tan of A + B or A - B by the addition formulas, from sin A, cos A, sin B,
    cos B: sin(A +- B) = sin A cos B +- cos A sin B, cos(A +- B) = cos A cos B -+ sin A sin B."""
    a, b = sp.Symbol("A"), sp.Symbol("B")
    v = {k: exact(x) for k, x in given.items()}
    s_a, c_a, s_b, c_b = v["sin(A)"], v["cos(A)"], v["sin(B)"], v["cos(B)"]
    found = {}
    for name in wanted:
        target = sp.sympify(name, locals={"A": a, "B": b})
        sign = 1 if target.args[0] == a + b else -1
        sine = s_a * c_b + sign * c_a * s_b
        cosine = c_a * c_b - sign * s_a * s_b
        found[target] = sp.radsimp({sp.sin: sine, sp.cos: cosine, sp.tan: sine / cosine}[
            target.func])
    return sp.Dict(found)


def _pose_sum(params: dict[str, Any]) -> Problem:
    """``params``: ``given`` ("sin(A)", "cos(A)", "sin(B)", "cos(B)" -> value), ``wanted``
    (some of sin, cos, tan of A + B or A - B, as SymPy writes them)."""
    given, wanted = params["given"], params["wanted"]
    a, b = sp.Symbol("A"), sp.Symbol("B")
    for angle in (a, b):
        if exact(given[f"sin({angle})"]) ** 2 + exact(given[f"cos({angle})"]) ** 2 != 1:
            raise ValueError(f"sin and cos of {angle} do not satisfy sin^2 + cos^2 = 1")
    answer = sum_values(given, wanted)
    names = {"A": a, "B": b}
    shown = [sp.Eq(sp.sympify(k, locals=names), exact(x), evaluate=False)
             for k, x in given.items()]
    asks = [sp.sympify(w, locals=names) for w in wanted]
    plain, tex = worded(params, [
        ("Given angles A and B such that {p}, find the exact values of {w}.",
         "Given angles $A$ and $B$ such that {l}, find the exact values of {t}."),
        ("If {p}, what are {w}?", "If {l}, what are {t}?"),
        ("Find {w} exactly when {p}.", "Find {t} exactly when {l}."),
    ], p=", ".join(map(sp.sstr, shown)), l=", ".join(f"${latex(e)}$" for e in shown),
        w=", ".join(map(sp.sstr, asks)), t=", ".join(f"${latex(e)}$" for e in asks))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[("Use the addition formulas $\\sin(A \\pm B) = \\sin A\\cos B \\pm \\cos A\\sin B$ "
               "and $\\cos(A \\pm B) = \\cos A\\cos B \\mp \\sin A\\sin B$; tangent is their ratio."),
               f"${latex(answer)}$."],
        code=_program([exact, sum_values], f"sum_values({given!r}, {wanted!r})"), params=params)


def _verify_sum(problem: Problem) -> list[Check]:
    """Find the angles themselves (atan2 of sin and cos, 30-digit mpmath) and evaluate the
    functions at their sum or difference directly."""
    g = {k: mpmath.mpf(sp.N(exact(x), 30)) for k, x in problem.params["given"].items()}
    a, b = sp.Symbol("A"), sp.Symbol("B")
    ok = True
    with mpmath.workdps(30):
        angle_a, angle_b = mpmath.atan2(g["sin(A)"], g["cos(A)"]), mpmath.atan2(g["sin(B)"],
                                                                               g["cos(B)"])
        for key, claimed in problem.answer.items():
            at = angle_a + angle_b if key.args[0] == a + b else angle_a - angle_b
            ok &= _near(MP_FUNCTIONS[str(key.func)](at), claimed)
    return [Check("the functions at A +- B, with A and B found by atan2 (30-digit mpmath)",
                  bool(ok))]


@family("trigonometry.sum_values", verify=_verify_sum, pose=_pose_sum)
def sum_values_family(rng: random.Random, difficulty: int) -> Problem:
    """sin, cos and tan of A + B (or A - B) from the sines and cosines of A and B."""
    triples = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41)]
    given = {}
    for angle in ("A", "B"):
        p, q, h = rng.choice(triples)
        given[f"sin({angle})"], given[f"cos({angle})"] = f"{p}/{h}", f"{q}/{h}"
    sign = "+" if rng.random() < 0.5 or difficulty < 3 else "-"
    return _pose_sum({"given": given, "wanted": [f"{f}(A {sign} B)" for f in ("sin", "cos", "tan")],
                      "template": rng.randrange(WORDINGS)})


def _vary_sum(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New Pythagorean triples for A and B (signs kept), the same functions asked."""
    triples = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41)]
    given = {}
    for angle in ("A", "B"):
        p, q, h = rng.choice(triples)
        for name, part in (("sin", p), ("cos", q)):
            sign = -1 if exact(params["given"][f"{name}({angle})"]) < 0 else 1
            given[f"{name}({angle})"] = sp.sstr(sp.Rational(sign * part, h))
    return {**params, "given": given}


REDRAW["trigonometry.sum_values"] = _vary_sum
