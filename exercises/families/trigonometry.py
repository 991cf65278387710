"""Trigonometry families: exact values, degree/radian conversion, identities, equations.

Exact values come from the reference-angle table and the quadrant signs, not from SymPy's own
evaluation; verifiers compare with floating-point ``math`` at the same angles (a second opinion on
an exact answer, never the other way round), evaluate both sides of identities at several points,
and find all solutions of an equation by brute force over the grid of special angles on which every
solution must lie.
"""

from __future__ import annotations

import math
import random
import re
from fractions import Fraction

import sympy as sp

from exercises.families._exact import (
    X,
    check,
    frac,
    guarded,
    num_text,
    pick_text,
    rat,
    sum_text,
)
from exercises.family import Check, Problem, family
from exercises.kit import program

FUNCTIONS = {"sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "sec": sp.sec, "csc": sp.csc,
             "cot": sp.cot}
FLOAT_FUNCTIONS = {
    "sin": math.sin, "cos": math.cos, "tan": math.tan,
    "sec": lambda v: 1 / math.cos(v), "csc": lambda v: 1 / math.sin(v),
    "cot": lambda v: math.cos(v) / math.sin(v),
}
SQRT2, SQRT3 = sp.sqrt(2), sp.sqrt(3)
# sin of the reference angles 0, 30, 45, 60, 90 degrees; cos(t) = sin(90 - t)
SIN_TABLE = {0: sp.Integer(0), 30: sp.Rational(1, 2), 45: SQRT2 / 2, 60: SQRT3 / 2,
             90: sp.Integer(1)}
TOLERANCE = 1e-9


def _float_value(expr: sp.Expr, x: float = 0.0) -> float:
    """A SymPy expression in x evaluated in floating point by walking its tree."""
    if expr.is_Number:
        return float(expr)
    if expr == sp.pi:
        return math.pi
    if expr == X:
        return x
    if isinstance(expr, sp.Add):
        return sum(_float_value(a, x) for a in expr.args)
    if isinstance(expr, sp.Mul):
        return math.prod(_float_value(a, x) for a in expr.args)
    if isinstance(expr, sp.Pow):
        return _float_value(expr.base, x) ** _float_value(expr.exp, x)
    name = type(expr).__name__
    if name in FLOAT_FUNCTIONS:
        return FLOAT_FUNCTIONS[name](_float_value(expr.args[0], x))
    raise TypeError(f"cannot evaluate {expr}")


def _float_text(plain: str, x: float) -> float:
    """Evaluate a plain-text statement expression ("3*sin(2*x)**2 + ...") with ``math``."""
    return eval(plain, {"__builtins__": {}, "pi": math.pi, "sqrt": math.sqrt, "x": x},
                FLOAT_FUNCTIONS)


def _sin_cos(degrees: int) -> tuple[sp.Expr, sp.Expr]:
    """Exact sin and cos of a multiple of 30 or 45 degrees, by reference angle and quadrant."""
    t = degrees % 360
    if t <= 90:
        ref, signs = t, (1, 1)
    elif t <= 180:
        ref, signs = 180 - t, (1, -1)
    elif t <= 270:
        ref, signs = t - 180, (-1, -1)
    else:
        ref, signs = 360 - t, (-1, 1)
    return signs[0] * SIN_TABLE[ref], signs[1] * SIN_TABLE[90 - ref]


def _angle_text(degrees: Fraction, unit: str) -> tuple[str, str]:
    """An angle as (plain, latex): ``150 degrees``, ``150^\\circ``; or ``5*pi/6``, its fraction."""
    if unit == "degrees":
        return f"{num_text(degrees, 'plain')} degrees", f"{num_text(degrees, 'latex')}^\\circ"
    r = Fraction(degrees) / 180
    if r == 0:
        return "0", "0"
    sign = "-" if r < 0 else ""
    p, q = abs(r.numerator), r.denominator
    top = "pi" if p == 1 else f"{p}*pi"
    top_tex = "\\pi" if p == 1 else f"{p}\\pi"
    if q == 1:
        return sign + top, sign + top_tex
    return f"{sign}{top}/{q}", f"{sign}\\frac{{{top_tex}}}{{{q}}}"


def _radians(degrees: Fraction) -> sp.Expr:
    return rat(Fraction(degrees) / 180) * sp.pi


# ============================================================================= exact values
def verify_exact_value(p: Problem) -> list[Check]:
    f, degrees = p.params["function"], p.params["degrees"]
    expected = FLOAT_FUNCTIONS[f](math.radians(degrees))
    got = _float_value(p.answer)
    return [
        check("compare with the floating-point math library at the angle",
              abs(got - expected) < TOLERANCE, f"{got} vs {expected}"),
        check("the answer is exact (no floating-point numbers)", not p.answer.has(sp.Float)),
    ]


@family("trigonometry.exact_value", verify=guarded(verify_exact_value), composable=True)
def exact_value(rng: random.Random, difficulty: int) -> Problem:
    """Find the exact value of a trigonometric function at a special angle (degrees or radians)."""
    names = ["sin", "cos", "tan"] + (["sec", "csc", "cot"] if difficulty >= 4 else [])
    while True:
        f = rng.choice(names)
        step = rng.choice([30, 45])
        if difficulty == 1:
            degrees = rng.choice([0, 30, 45, 60, 90])
        elif difficulty <= 3:
            degrees = step * rng.randint(0, 360 // step - 1)
        else:
            degrees = step * rng.randint(-720 // step, 720 // step)
        s, c = _sin_cos(degrees)
        denominator = {"tan": c, "sec": c, "csc": s, "cot": s}.get(f, 1)
        if denominator != 0:
            break
    value = {"sin": s, "cos": c, "tan": s / c if c else None, "sec": 1 / c if c else None,
             "csc": 1 / s if s else None, "cot": c / s if s else None}[f]
    unit = "degrees" if rng.random() < (0.7 if difficulty <= 2 else 0.3) else "radians"
    angle = _angle_text(Fraction(degrees), unit)
    expr = (f"{f}({angle[0]})", f"\\{f}\\left({angle[1]}\\right)")
    plain, latex = pick_text(rng, [
        "Find the exact value of {e}.",
        "Evaluate {e} exactly.",
        "What is {e}? Give an exact answer.",
        "Compute {e} without a calculator.",
    ], e=expr)
    t = degrees % 360
    ref = min(t % 180, 180 - t % 180)
    quadrant = 1 + t // 90 if t % 90 else None
    steps = []
    if degrees != t:
        steps.append(f"Reduce the angle modulo $360^\\circ$: ${degrees}^\\circ$ is coterminal with "
                     f"${t}^\\circ$.")
    if quadrant and quadrant > 1:
        steps.append(f"${t}^\\circ$ lies in quadrant {quadrant}, with reference angle "
                     f"${ref}^\\circ$; there sin is {'positive' if quadrant <= 2 else 'negative'} "
                     f"and cos is {'positive' if quadrant in (1, 4) else 'negative'}.")
    steps.append(f"$\\sin {t}^\\circ = {sp.latex(s)}$ and $\\cos {t}^\\circ = {sp.latex(c)}$.")
    if f not in ("sin", "cos"):
        rule = {"tan": "\\sin/\\cos", "sec": "1/\\cos", "csc": "1/\\sin", "cot": "\\cos/\\sin"}[f]
        steps.append(f"$\\{f} = {rule}$, so the value is ${sp.latex(value)}$.")
    else:
        steps.append(f"So the value is ${sp.latex(value)}$.")
    code = program(f"""
        import sympy as sp
        angle = sp.pi * sp.Rational({degrees}, 180)  # {angle[0]}
        return sp.{f}(angle)
        """)
    return Problem(plain, latex, value, steps, code,
                   {"function": f, "degrees": degrees, "unit": unit},
                   answer_text=str(value), exports={"value": value},
                   definition=f"the exact value of {expr[0]}")


# ============================================================================= conversions
def verify_conversion(p: Problem) -> list[Check]:
    degrees = Fraction(p.params["degrees"])
    if p.params["direction"] == "to_radians":
        numeric = abs(_float_value(p.answer) - math.radians(degrees)) < TOLERANCE
        exact = frac(sp.expand(p.answer / sp.pi)) == degrees / 180
    else:
        numeric = abs(_float_value(p.answer) - math.degrees(math.pi * degrees / 180)) < 1e-7
        exact = frac(p.answer) == degrees
    return [check("compare with math.radians / math.degrees", numeric),
            check("exact: the answer is a rational multiple (of pi) with the right factor", exact)]


@family("trigonometry.degrees_to_radians", verify=guarded(verify_conversion))
def degrees_to_radians(rng: random.Random, difficulty: int) -> Problem:
    """Convert an angle from degrees to radians, as an exact multiple of pi."""
    choices = [[30, 45, 60, 90, 120, 135, 150, 180, 270, 360],
               [15 * k for k in range(1, 25)], [5 * k for k in range(1, 73)],
               [5 * k for k in range(-72, 145) if k], list(range(-720, 721))]
    degrees = rng.choice(choices[difficulty - 1]) or 1
    answer = _radians(Fraction(degrees))
    plain, latex = pick_text(rng, [
        "Convert {a} to radians.",
        "Express {a} in radians, as an exact multiple of pi.",
        "What is {a} in radians?",
    ], a=_angle_text(Fraction(degrees), "degrees"))
    latex = latex.replace("multiple of pi", "multiple of $\\pi$")
    result = _angle_text(Fraction(degrees), "radians")
    steps = [(f"Multiply by $\\frac{{\\pi}}{{180^\\circ}}$: "
             f"${degrees} \\cdot \\frac{{\\pi}}{{180}}$."),
             f"Reduce the fraction: ${result[1]}$."]
    code = program(f"""
        import sympy as sp
        return sp.Rational({degrees}, 180) * sp.pi
        """)
    return Problem(plain, latex, answer, steps, code,
                   {"degrees": degrees, "direction": "to_radians"}, answer_text=result[0])


@family("trigonometry.radians_to_degrees", verify=guarded(verify_conversion), composable=True)
def radians_to_degrees(rng: random.Random, difficulty: int) -> Problem:
    """Convert an angle given as a rational multiple of pi from radians to degrees."""
    q = rng.choice([[2, 3, 4, 6], [2, 3, 4, 6, 12], [3, 4, 5, 6, 9, 10, 12],
                    [5, 8, 9, 10, 12, 18, 36], [7, 8, 9, 11, 12, 16, 18, 36, 60]][difficulty - 1])
    k = rng.randint(1, (2 if difficulty == 1 else 4) * q) * (rng.choice([1, -1])
                                                            if difficulty >= 3 else 1)
    degrees = Fraction(180 * k, q)
    angle = _angle_text(degrees, "radians")
    plain, latex = pick_text(rng, [
        "Convert {a} radians to degrees.",
        "Express the angle {a} (in radians) in degrees.",
        "How many degrees is {a} radians?",
    ], a=angle)
    steps = [(f"Multiply by $\\frac{{180^\\circ}}{{\\pi}}$: ${angle[1]} \\cdot "
             f"\\frac{{180^\\circ}}{{\\pi}} = {num_text(degrees, 'latex')}^\\circ$.")]
    code = program(f"""
        import sympy as sp
        radians = sp.Rational({k}, {q}) * sp.pi
        return radians * 180 / sp.pi
        """)
    return Problem(plain, latex, rat(degrees), steps, code,
                   {"degrees": str(degrees), "direction": "to_degrees"},
                   answer_text=f"{num_text(degrees, 'plain')} degrees",
                   definition=f"the number of degrees in an angle of {angle[0]} radians")


# ============================================================================= identities
# (plain, latex, simplified form, the identity used): "@" is the argument u = k*x, "#" is 2u.
IDENTITIES = [
    ("sin(@)**2 + cos(@)**2", "\\sin^{2}(@) + \\cos^{2}(@)", lambda u: sp.Integer(1),
     "the Pythagorean identity $\\sin^2 u + \\cos^2 u = 1$"),
    ("tan(@)*cos(@)", "\\tan(@)\\cos(@)", sp.sin,
     "$\\tan u = \\sin u / \\cos u$"),
    ("sin(@)*cot(@)", "\\sin(@)\\cot(@)", sp.cos,
     "$\\cot u = \\cos u / \\sin u$"),
    ("sec(@)**2 - tan(@)**2", "\\sec^{2}(@) - \\tan^{2}(@)", lambda u: sp.Integer(1),
     "$1 + \\tan^2 u = \\sec^2 u$"),
    ("sin(pi - @)", "\\sin(\\pi - @)", sp.sin,
     "$\\sin(\\pi - u) = \\sin u$"),
    ("cos(pi - @)", "\\cos(\\pi - @)", lambda u: -sp.cos(u),
     "$\\cos(\\pi - u) = -\\cos u$"),
    ("sin(@ + pi)", "\\sin(@ + \\pi)", lambda u: -sp.sin(u),
     "$\\sin(u + \\pi) = -\\sin u$"),
    ("cos(pi/2 - @)", "\\cos\\left(\\frac{\\pi}{2} - @\\right)", sp.sin,
     "the cofunction identity $\\cos(\\pi/2 - u) = \\sin u$"),
    # the first eight are for difficulty 1
    ("(1 - cos(@)**2)/sin(@)", "\\frac{1 - \\cos^{2}(@)}{\\sin(@)}", sp.sin,
     "$1 - \\cos^2 u = \\sin^2 u$, then cancel"),
    ("(1 - sin(@)**2)/cos(@)", "\\frac{1 - \\sin^{2}(@)}{\\cos(@)}", sp.cos,
     "$1 - \\sin^2 u = \\cos^2 u$, then cancel"),
    ("(1 + tan(@)**2)*cos(@)**2", "(1 + \\tan^{2}(@))\\cos^{2}(@)", lambda u: sp.Integer(1),
     "$1 + \\tan^2 u = \\sec^2 u = 1/\\cos^2 u$"),
    ("csc(@)**2 - cot(@)**2", "\\csc^{2}(@) - \\cot^{2}(@)", lambda u: sp.Integer(1),
     "$1 + \\cot^2 u = \\csc^2 u$"),
    ("cos(@)**4 - sin(@)**4", "\\cos^{4}(@) - \\sin^{4}(@)", lambda u: sp.cos(2 * u),
     ("difference of squares, then $\\sin^2 u + \\cos^2 u = 1$ and "
     "$\\cos^2 u - \\sin^2 u = \\cos 2u$")),
    ("2*sin(@)*cos(@)", "2\\sin(@)\\cos(@)", lambda u: sp.sin(2 * u),
     "the double-angle formula $\\sin 2u = 2\\sin u\\cos u$"),
    ("1 - 2*sin(@)**2", "1 - 2\\sin^{2}(@)", lambda u: sp.cos(2 * u),
     "the double-angle formula $\\cos 2u = 1 - 2\\sin^2 u$"),
    ("2*cos(@)**2 - 1", "2\\cos^{2}(@) - 1", lambda u: sp.cos(2 * u),
     "the double-angle formula $\\cos 2u = 2\\cos^2 u - 1$"),
    ("sin(#)/(2*sin(@))", "\\frac{\\sin(#)}{2\\sin(@)}", sp.cos,
     "$\\sin 2u = 2\\sin u\\cos u$, then cancel"),
    ("(sin(@) + cos(@))**2 - 1", "(\\sin(@) + \\cos(@))^{2} - 1", lambda u: sp.sin(2 * u),
     "expand, use $\\sin^2 u + \\cos^2 u = 1$ and $2\\sin u\\cos u = \\sin 2u$"),
    ("sin(@)**2/(1 - cos(@))", "\\frac{\\sin^{2}(@)}{1 - \\cos(@)}", lambda u: 1 + sp.cos(u),
     "$\\sin^2 u = (1 - \\cos u)(1 + \\cos u)$, then cancel"),
    ("cos(#) + 2*sin(@)**2", "\\cos(#) + 2\\sin^{2}(@)", lambda u: sp.Integer(1),
     "$\\cos 2u = 1 - 2\\sin^2 u$"),
]
IDENTITY_POINTS = (0.37, 1.13, 2.71, -0.83)


def _draw_identity(rng: random.Random, difficulty: int) -> tuple[str, str, sp.Expr, dict]:
    """An identity's left side (plain, latex) with its argument and factor, and its simple form."""
    index = rng.randrange(8 if difficulty == 1 else len(IDENTITIES))
    plain, latex, rhs, hint = IDENTITIES[index]
    k = 1 if difficulty <= 2 else rng.randint(1, difficulty - 1)
    m = rng.choice([1, 2, 3, -1, -2, 5] if difficulty >= 4 else [1, 1, 2, 3])
    arg = ("x", "x") if k == 1 else (f"{k}*x", f"{k}x")
    double = (f"{2 * k}*x", f"{2 * k}x")
    plain = plain.replace("#", double[0]).replace("@", arg[0])
    latex = latex.replace("#", double[1]).replace("@", arg[1])
    if m != 1:
        plain, latex = f"{m}*({plain})", f"{m}\\left({latex}\\right)".replace("-1\\left", "-\\left")
    return plain, latex, m * rhs(k * X), {"identity": index, "k": k, "factor": m, "lhs": plain,
                                          "hint": hint}


def _rhs_latex(expr: sp.Expr) -> str:
    """A short simplified form in the same LaTeX style as the identity table."""
    text = re.sub(r"(sin|cos|tan)\(", r"\\\1(", sp.sstr(expr))
    return text.replace("*x", "x").replace("*", " ")


def _agree_numerically(plain: str, expr: sp.Expr) -> list[bool]:
    """Compare the statement's expression and ``expr`` at the test points where both exist."""
    out = []
    for t in IDENTITY_POINTS:
        try:
            out.append(abs(_float_text(plain, t) - _float_value(expr, t)) < 1e-9)
        except ZeroDivisionError:
            continue
    return out


def verify_identity_simplify(p: Problem) -> list[Check]:
    agree = _agree_numerically(p.params["lhs"], p.answer)
    functions = [a for a in p.answer.atoms(sp.Function)]
    return [check("evaluate the given expression and the answer at several points",
                  len(agree) >= 3 and all(agree)),
            check("the answer is a known simple form (at most one trigonometric function)",
                  len(functions) <= 1 and sp.count_ops(p.answer) <= 5, str(p.answer))]


@family("trigonometry.identity_simplify", verify=guarded(verify_identity_simplify))
def identity_simplify(rng: random.Random, difficulty: int) -> Problem:
    """Simplify a trigonometric expression to a single function or constant using identities."""
    plain, latex, answer, params = _draw_identity(rng, difficulty)
    statement, statement_latex = pick_text(rng, [
        "Simplify {e}.",
        "Use trigonometric identities to simplify {e}.",
        "Write {e} in its simplest form.",
        "Simplify {e} to a single trigonometric function or a constant.",
    ], e=(plain, latex))
    u = "x" if params["k"] == 1 else f"{params['k']}x"
    steps = [f"Use {params.pop('hint')}, with $u = {u}$.",
             f"${latex} = {_rhs_latex(answer)}$."]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        return sp.fu(sp.sympify("{plain}"))  # Fu's trigonometric simplification
        """)
    return Problem(statement, statement_latex, answer, steps, code, params,
                   answer_text=sp.sstr(answer))


def verify_identity_check(p: Problem) -> list[Check]:
    rhs = sp.sympify(p.params["rhs"], locals={"x": X})
    agree = _agree_numerically(p.params["lhs"], rhs)
    is_identity = len(agree) >= 3 and all(agree)
    return [check("evaluate both sides at several points: equal everywhere iff an identity",
                  p.answer == sp.true if is_identity else p.answer == sp.false,
                  f"agreement {agree}")]


@family("trigonometry.identity_check", verify=guarded(verify_identity_check))
def identity_check(rng: random.Random, difficulty: int) -> Problem:
    """Decide whether a proposed trigonometric equation is an identity."""
    plain, latex, rhs, params = _draw_identity(rng, difficulty)
    holds = rng.random() < 0.5
    if not holds:  # a plausible slip: wrong sign, wrong function, lost factor, extra term
        options = [-rhs, rhs + 1, rhs.replace(sp.sin, sp.tan).replace(sp.cos, sp.sin), 2 * rhs]
        rhs = rng.choice([o for o in options if o != rhs])
    params["rhs"] = sp.sstr(rhs)
    claim = (f"{plain} = {sp.sstr(rhs)}", f"{latex} = {_rhs_latex(rhs)}")
    statement, statement_latex = pick_text(rng, [
        "Is {c} an identity (true for every x where both sides are defined)?",
        "True or false: {c} for all x where both sides are defined.",
        "Decide whether {c} holds for all admissible x.",
    ], c=claim)
    simple = IDENTITIES[params["identity"]][2](params["k"] * X) * params["factor"]
    steps = [f"Simplify the left side with {params.pop('hint')}: ${latex} = {_rhs_latex(simple)}$."]
    if holds:
        steps.append("This is exactly the right side, so the equation is an identity.")
    else:
        steps.append(f"This differs from ${_rhs_latex(rhs)}$; for example at $x = 0.37$ the two "
                     "sides have different values, so it is not an identity.")
    code = program(f"""
        import sympy as sp
        x, t = sp.symbols("x t")
        difference = sp.sympify("{plain}") - sp.sympify("{sp.sstr(rhs)}")
        # expand multiple angles, then substitute t = tan(x/2): a rational function of t that is
        # identically zero exactly when the equation is an identity
        s, c = 2 * t / (1 + t**2), (1 - t**2) / (1 + t**2)
        half_angle = {{sp.sin(x): s, sp.cos(x): c, sp.tan(x): s / c, sp.sec(x): 1 / c,
                      sp.csc(x): 1 / s, sp.cot(x): c / s}}
        rational = sp.cancel(sp.expand_trig(difference).xreplace(half_angle))
        return sp.true if rational == 0 else sp.false
        """)
    return Problem(statement, statement_latex, sp.true if holds else sp.false, steps, code,
                   params, answer_text="yes, an identity" if holds else "no, not an identity")


# ============================================================================= equations
# special values v with the angles (degrees) where sin, cos or tan equals v: principal values
PRINCIPAL = {
    "sin": {"0": 0, "1/2": 30, "sqrt(2)/2": 45, "sqrt(3)/2": 60, "1": 90, "-1/2": -30,
            "-sqrt(2)/2": -45, "-sqrt(3)/2": -60, "-1": -90},
    "cos": {"1": 0, "sqrt(3)/2": 30, "sqrt(2)/2": 45, "1/2": 60, "0": 90, "-1/2": 120,
            "-sqrt(2)/2": 135, "-sqrt(3)/2": 150, "-1": 180},
    "tan": {"0": 0, "sqrt(3)/3": 30, "1": 45, "sqrt(3)": 60, "-sqrt(3)/3": -30, "-1": -45,
            "-sqrt(3)": -60},
}


def _solutions(f: str, value: str, k: int) -> set[Fraction]:
    """Degrees x in [0, 360) with f(k x) = value, from the principal value and the period."""
    alpha = PRINCIPAL[f][value]
    base = {"sin": [alpha, 180 - alpha], "cos": [alpha, -alpha], "tan": [alpha]}[f]
    period = 180 if f == "tan" else 360
    out = set()
    for theta in base:
        for n in range(-2, 2 * k + 2):
            x = Fraction(theta + n * period, k)
            if 0 <= x < 360:
                out.add(x)
    return out


def _equation_value(params: dict, degrees: Fraction) -> float:
    """The left side minus the right side of the equation at an angle, in floating point."""
    inner = FLOAT_FUNCTIONS[params["function"]](params["k"] * math.radians(degrees))
    return sum(c * inner ** (len(params["poly"]) - 1 - i) for i, c in enumerate(params["poly"]))


def verify_trig_equation(p: Problem) -> list[Check]:
    params = p.params
    k = params["k"]
    grid = [Fraction(15 * m, k) for m in range(24 * k)]  # every solution is a multiple of 15/k
    expected = {d for d in grid if abs(_equation_value(params, d)) < TOLERANCE}
    scale = 1 if params["unit"] == "degrees" else 180
    got = {frac(v / sp.pi if scale == 180 else v) * scale for v in p.answer}
    satisfied = all(abs(_equation_value(params, d)) < TOLERANCE for d in got)
    return [check("brute force over all multiples of 15/k degrees in [0, 360)", got == expected,
                  f"grid {sorted(expected)}, answer {sorted(got)}"),
            check("substitute each solution (floating point)", satisfied)]


@family("trigonometry.equation", verify=guarded(verify_trig_equation))
def trig_equation(rng: random.Random, difficulty: int) -> Problem:
    """Solve a trigonometric equation on one full turn, in degrees or radians."""
    unit = rng.choice(["degrees", "radians"])
    k = 1 if difficulty <= 2 else rng.randint(1, min(difficulty - 1, 3))
    arg = ("x", "x") if k == 1 else (f"{k}*x", f"{k}x")
    if difficulty == 5 and rng.random() < 0.6:  # quadratic in sin or cos with rational roots
        f = rng.choice(["sin", "cos"])
        v1, v2 = rng.sample(["0", "1/2", "-1/2", "1", "-1"], 2)
        r1, r2 = Fraction(v1), Fraction(v2)
        # (q1 s - p1)(q2 s - p2) with integer coefficients
        poly = [r1.denominator * r2.denominator,
                -(r1.numerator * r2.denominator + r2.numerator * r1.denominator),
                r1.numerator * r2.numerator]
        values = [v1, v2]
        eq = tuple(
            sum_text(list(zip(poly, monos)), style) + " = 0"
            for style, monos in (("plain", [f"{f}({arg[0]})**2", f"{f}({arg[0]})", ""]),
                                 ("latex", [f"\\{f}^{{2}}({arg[1]})", f"\\{f}({arg[1]})", ""]))
        )
        steps = [(f"This is a quadratic in $\\{f}({arg[1]})$; it factors with roots "
                 f"${', '.join(values)}$ for $\\{f}({arg[1]})$.")]
    else:
        f = rng.choice(["sin", "cos", "tan"] if difficulty >= 2 else ["sin", "cos"])
        values = [rng.choice(list(PRINCIPAL[f]))]
        poly = None
        v_expr = sp.sympify(values[0])
        a = rng.choice([1, 2, 3]) if difficulty >= 3 else 1
        # a f(u) - a v = 0 written with the constant on the right, or moved left
        rhs = a * v_expr
        eq = (f"{'' if a == 1 else f'{a}*'}{f}({arg[0]}) = {sp.sstr(rhs)}",
              f"{'' if a == 1 else a}\\{f}({arg[1]}) = {sp.latex(rhs)}")
        steps = [f"Isolate the function: $\\{f}({arg[1]}) = {sp.latex(v_expr)}$."] if a != 1 else []
    solutions: set[Fraction] = set()
    for v in values:
        solutions |= _solutions(f, v, k)
    ordered = sorted(solutions)
    if unit == "degrees":
        interval = ("0 <= x < 360 (degrees)", "0^\\circ \\le x < 360^\\circ")
        answer = sp.FiniteSet(*(rat(d) for d in ordered))
    else:
        interval = ("0 <= x < 2*pi", "0 \\le x < 2\\pi")
        answer = sp.FiniteSet(*(_radians(d) for d in ordered))
    plain, latex = pick_text(rng, [
        "Solve {e} for {i}.",
        "Find all solutions of {e} with {i}.",
        "Solve {e} on the interval {i}.",
    ], e=eq, i=interval)
    shown = ", ".join(_angle_text(d, unit)[1] for d in ordered) or "\\text{none}"
    u = "u" if k > 1 else "x"
    if k > 1:
        steps.append(f"Let $u = {arg[1]}$; as $x$ runs over one turn, $u$ runs over {k} turns.")
    period = 180 if f == "tan" else 360
    for v in values:
        first = sorted(_solutions(f, v, 1))
        steps.append(
            f"$\\{f} {u} = {sp.latex(sp.sympify(v))}$ at ${u} = "
            + ", ".join(_angle_text(d, unit)[1] for d in first)
            + f"$ in the first turn, and $\\{f}$ repeats every "
            + f"${_angle_text(Fraction(period), unit)[1]}$.")
    if k > 1:
        steps.append(f"Add multiples of the period up to {k} turns and divide each $u$ by {k}.")
    steps.append(f"The solutions in the interval are ${shown}$.")
    scale = "1" if unit == "degrees" else "sp.pi / 180"
    code = program(f"""
        import sympy as sp
        f, k, scale = "{f}", {k}, {scale}
        values = [sp.sympify(v) for v in {values}]
        found = set()
        for v in values:
            # principal angles in degrees (exact rationals: asin(1/2) = pi/6 gives 30)
            if f == "sin":
                base = [sp.asin(v), sp.pi - sp.asin(v)]
            elif f == "cos":
                base = [sp.acos(v), -sp.acos(v)]
            else:
                base = [sp.atan(v)]
            period = 180 if f == "tan" else 360
            for theta in base:
                theta = theta * 180 / sp.pi
                for n in range(-2, 2 * k + 2):  # every solution of f(k x) = v, x in one turn
                    x = (theta + n * period) / k
                    if 0 <= x < 360:
                        found.add(x * scale)
        return sp.FiniteSet(*found)
        """)
    params = {"function": f, "k": k, "unit": unit, "values": values,
              "poly": poly or [1, -float(sp.sympify(values[0]))]}
    return Problem(plain, latex, answer, steps, code, params,
                   answer_text=", ".join(_angle_text(d, unit)[0] for d in ordered))

