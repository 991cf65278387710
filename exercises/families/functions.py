"""Function families: evaluation, composition, inverses and natural domains.

Functions are polynomials or simple rational functions given by integer coefficients. Verifiers
take a different route from the generator: evaluate term by term instead of by Horner's rule,
compose the coefficient lists instead of composing values, compose the claimed inverse with the
function at rational points, and test the claimed domain at sample points.
"""

from __future__ import annotations

import random
from fractions import Fraction

import sympy as sp

from exercises.families._exact import (
    SAMPLE_POINTS,
    X,
    bound,
    check,
    distinct,
    evaluate,
    frac,
    guarded,
    horner,
    nonzero,
    num_text,
    pick_text,
    poly_add,
    poly_expr,
    poly_mul,
    poly_text,
    rat,
    set_agrees,
    set_text,
    texts,
)
from exercises.family import Check, Problem, family
from exercises.kit import program

NAMES = ("f", "g", "h", "p", "q")


def _random_poly(rng: random.Random, degree: int, b: int) -> list[int]:
    return [nonzero(rng, -b, b)] + [rng.randint(-b, b) for _ in range(degree)]


def _power_sum(coeffs: list, t: Fraction) -> Fraction:
    """Evaluate term by term, sum of c_k * t**k (a second route besides Horner's rule)."""
    n = len(coeffs) - 1
    return sum((Fraction(c) * t ** (n - i) for i, c in enumerate(coeffs)), Fraction(0))


def _compose(outer: list, inner: list) -> list:
    """The coefficients of outer(inner(x)), by Horner's rule on coefficient lists."""
    out: list = [0]
    for c in outer:
        out = poly_add(poly_mul(out, inner), [c])
    return out


def _definition(name: str, coeffs: list) -> tuple[str, str]:
    """``f(x) = 3*x + 1`` as (plain, latex)."""
    return f"{name}(x) = {poly_text(coeffs)}", f"{name}(x) = {poly_text(coeffs, 'latex')}"


def _rational_text(num: list, den: list, style: str) -> str:
    """``num/den`` as a fraction; a constant denominator of 1 is left out."""
    while len(den) > 1 and den[0] == 0:
        den = den[1:]
    if den == [1]:
        return poly_text(num, style)
    if style == "latex":
        return f"\\frac{{{poly_text(num, 'latex')}}}{{{poly_text(den, 'latex')}}}"
    return f"({poly_text(num)})/({poly_text(den)})"


# ============================================================================= evaluation
def verify_evaluate(p: Problem) -> list[Check]:
    t = Fraction(p.params["point"])
    num, den = p.params["numerator"], p.params["denominator"]
    expected = _power_sum(num, t) / _power_sum(den, t)
    return [check("evaluate term by term with exact fractions", frac(p.answer) == expected,
                  f"expected {expected}")]


@family("functions.evaluate", verify=guarded(verify_evaluate))
def evaluate_function(rng: random.Random, difficulty: int) -> Problem:
    """Evaluate a polynomial or rational function at a point."""
    name = rng.choice(NAMES)
    b = bound(difficulty, (5, 6, 9, 9, 12))
    degree = (1, 2, 3, 2, 3)[difficulty - 1]
    num = _random_poly(rng, degree, b)
    den = [1]
    if difficulty >= 4:
        den = [1, rng.randint(-b, b)]
    while True:
        point = Fraction(rng.randint(-b, b))
        if difficulty == 5 and rng.random() < 0.5:
            point = Fraction(nonzero(rng, -b, b), rng.randint(2, 4))
        if horner(den, point):
            break
    value = horner(num, point) / horner(den, point)
    f_text = texts(num) if den == [1] else (_rational_text(num, den, "plain"),
                                             _rational_text(num, den, "latex"))
    plain, latex = pick_text(rng, [
        "Let {f}. What is {v}?",
        "Let {f}. Find {v}.",
        "Given {f}, evaluate {v}.",
        "Compute {v} for {f}.",
    ], f=(f"{name}(x) = {f_text[0]}", f"{name}(x) = {f_text[1]}"),
        v=(f"{name}({num_text(point, 'plain')})",
           f"{name}\\left({num_text(point, 'latex')}\\right)"))
    steps = [
        f"Substitute $x = {num_text(point, 'latex')}$ into ${name}(x) = {f_text[1]}$.",
        f"The numerator is ${num_text(horner(num, point), 'latex')}$"
        + (f" and the denominator ${num_text(horner(den, point), 'latex')}$."
           if den != [1] else "."),
        f"So ${name}({num_text(point, 'latex')}) = {num_text(value, 'latex')}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        {name} = sp.Poly({num}, x).as_expr() / sp.Poly({den}, x).as_expr()
        return {name}.subs(x, sp.Rational({point.numerator}, {point.denominator}))
        """)
    return Problem(plain, latex, rat(value), steps, code,
                   {"numerator": num, "denominator": den, "point": str(point), "name": name},
                   exports={"value": rat(value)})


# ============================================================================= composition
def _draw_pair(rng: random.Random, difficulty: int) -> tuple[list[int], list[int]]:
    b = bound(difficulty, (4, 5, 6, 7, 9))
    deg_f, deg_g = [(1, 1), (2, 1), (1, 2), (2, 2), (3, 2)][difficulty - 1]
    return _random_poly(rng, deg_f, b), _random_poly(rng, deg_g, b)


def verify_composition_value(p: Problem) -> list[Check]:
    f, g, t = p.params["f"], p.params["g"], Fraction(p.params["point"])
    composed = _compose(f, g)
    return [check("compose the coefficient lists, then evaluate term by term",
                  frac(p.answer) == _power_sum(composed, t))]


@family("functions.composition_value", verify=guarded(verify_composition_value))
def composition_value(rng: random.Random, difficulty: int) -> Problem:
    """Evaluate a composition f(g(a)) of two polynomials at a number."""
    f, g = _draw_pair(rng, difficulty)
    t = rng.randint(-bound(difficulty, (3, 4, 4, 4, 3)), bound(difficulty, (3, 4, 4, 4, 3)))
    inner = horner(g, t)
    value = horner(f, inner)
    plain, latex = pick_text(rng, [
        "Let {f} and {g}. What is {c}?",
        "Given {f} and {g}, compute {o}.",
        "Let {f} and {g}. Find {c}.",
        "If {f} and {g}, evaluate {c}.",
    ], f=_definition("f", f), g=_definition("g", g), c=(f"f(g({t}))",) * 2,
        o=(f"(f o g)({t})", f"(f \\circ g)({t})"))
    steps = [
        f"First the inner function: $g({t}) = {inner}$.",
        f"Then $f({inner}) = {value}$.",
        f"So $f(g({t})) = {value}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        f = sp.Poly({f}, x).as_expr()
        g = sp.Poly({g}, x).as_expr()
        return f.subs(x, g.subs(x, {t}))
        """)
    return Problem(plain, latex, sp.Integer(value), steps, code,
                   {"f": f, "g": g, "point": t}, exports={"value": sp.Integer(value)})


def verify_composition_expr(p: Problem) -> list[Check]:
    f, g = p.params["f"], p.params["g"]
    outer, inner = (f, g) if p.params["order"] == "fg" else (g, f)
    agree = all(evaluate(p.answer, {X: t}) == _power_sum(outer, _power_sum(inner, t))
                for t in SAMPLE_POINTS)
    return [check("evaluate f(g(t)) value by value and the answer at rational points", agree)]


@family("functions.composition_expr", verify=guarded(verify_composition_expr))
def composition_expr(rng: random.Random, difficulty: int) -> Problem:
    """Find the composed function f(g(x)) as an expanded polynomial."""
    f, g = _draw_pair(rng, min(difficulty, 4))
    order = rng.choice(["fg", "gf"])
    outer, inner = (f, g) if order == "fg" else (g, f)
    composed = _compose(outer, inner)
    target = ("f(g(x))", "f(g(x))") if order == "fg" else ("g(f(x))", "g(f(x))")
    plain, latex = pick_text(rng, [
        "Let {f} and {g}. Find {c}.",
        "Given {f} and {g}, express {c} as a polynomial in {x}.",
        "If {f} and {g}, what is {c}? Expand your answer.",
    ], f=_definition("f", f), g=_definition("g", g), c=target, x=("x", "x"))
    outer_name = "f" if order == "fg" else "g"
    substituted = poly_text(outer, "latex", "(" + poly_text(inner, "latex") + ")")
    steps = [
        (f"Substitute the inner function for $x$ in ${outer_name}$: "
        f"${target[1]} = {substituted}$."),
        f"Expand and collect: ${target[1]} = {poly_text(composed, 'latex')}$.",
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        f = sp.Poly({f}, x).as_expr()
        g = sp.Poly({g}, x).as_expr()
        outer, inner = {'(f, g)' if order == 'fg' else '(g, f)'}
        return sp.expand(outer.subs(x, inner))
        """)
    return Problem(plain, latex, poly_expr(composed), steps, code,
                   {"f": f, "g": g, "order": order}, answer_text=poly_text(composed))


# ============================================================================= inverses
def verify_inverse(p: Problem) -> list[Check]:
    a, b, c, d = p.params["mobius"]  # f(x) = (a*x + b)/(c*x + d)

    def f(t: Fraction) -> Fraction:
        return (a * t + b) / (c * t + d)

    points = [t for t in SAMPLE_POINTS if c * t + d and (c * t - a)]
    there = all(f(evaluate(p.answer, {X: t})) == t for t in points)
    back = all(evaluate(p.answer, {X: f(t)}) == t for t in points)
    return [check("f(f^-1(t)) = t at rational points", there),
            check("f^-1(f(t)) = t at rational points", back)]


@family("functions.inverse", verify=guarded(verify_inverse))
def inverse(rng: random.Random, difficulty: int) -> Problem:
    """Find the inverse of a linear or linear-fractional function."""
    b_ = bound(difficulty, (5, 7, 9, 9, 12))
    if difficulty <= 2:
        a, b, c, d = nonzero(rng, -b_, b_), rng.randint(-b_, b_), 0, rng.randint(1, 3)
        if a == d and b == 0:
            b = 1
    else:
        while True:
            a, b, c, d = (nonzero(rng, -b_, b_), rng.randint(-b_, b_), nonzero(rng, -4, 4),
                          rng.randint(-b_, b_))
            if a * d - b * c:
                break
    if c == 0:
        f_text = (f"({poly_text([a, b])})/{d}" if d != 1 else poly_text([a, b]),
                  f"\\frac{{{poly_text([a, b], 'latex')}}}{{{d}}}" if d != 1
                  else poly_text([a, b], "latex"))
    else:
        f_text = (_rational_text([a, b], [c, d], "plain"), _rational_text([a, b], [c, d], "latex"))
    # y = (a x + b)/(c x + d)  <=>  x = (d y - b)/(-c y + a)
    num, den = [d, -b], [-c, a]
    if den[0] < 0 or (den[0] == 0 and den[1] < 0):
        num, den = [-v for v in num], [-v for v in den]
    answer = poly_expr(num) / poly_expr(den)
    plain, latex = pick_text(rng, [
        "Find the inverse of {f}.",
        "Let {f}. Find {i}.",
        "Given {f}, determine the inverse function {i}.",
        "What is the inverse function of {f}?",
    ], f=(f"f(x) = {f_text[0]}", f"f(x) = {f_text[1]}"), i=("f^(-1)(x)", "f^{-1}(x)"))
    steps = [
        f"Write $y = {f_text[1]}$ and solve for $x$.",
        "Multiply out and collect the $x$ terms: "
        f"$x({poly_text([c, -a], 'latex', 'y')}) = {poly_text([-d, b], 'latex', 'y')}$."
        if c else f"Multiply by ${d}$: ${d} y = {poly_text([a, b], 'latex')}$.",
        (f"So $x = {_rational_text(num, den, 'latex').replace('x', 'y')}$; swapping the names, "
        f"$f^{{-1}}(x) = {_rational_text(num, den, 'latex')}$."),
    ]
    code = program(f"""
        import sympy as sp
        x = sp.Symbol("x")
        a, b, c, d = {a}, {b}, {c}, {d}  # f(x) = (a*x + b)/(c*x + d)
        # y*(c*x + d) = a*x + b  =>  x*(c*y - a) = b - d*y
        return sp.cancel((d * x - b) / (a - c * x))
        """)
    return Problem(plain, latex, answer, steps, code, {"mobius": [a, b, c, d]},
                   answer_text=f"f^(-1)(x) = {_rational_text(num, den, 'plain')}")


def verify_inverse_value(p: Problem) -> list[Check]:
    coeffs, k = p.params["coefficients"], p.params["target"]
    s = frac(p.answer)
    derivative = [c * (len(coeffs) - 1 - i) for i, c in enumerate(coeffs[:-1])]
    # the derivative never vanishes on the reals: constant, or 3a x^2 + p with a*p > 0 or p = 0
    monotone = len(derivative) == 1 or derivative[1] == 0 and derivative[0] * derivative[2] >= 0
    return [check("apply f to the answer: f(answer) equals the target", horner(coeffs, s) == k),
            check("f is strictly monotone (its derivative keeps one sign), so the answer is unique",
                  monotone)]


@family("functions.inverse_value", verify=guarded(verify_inverse_value))
def inverse_value(rng: random.Random, difficulty: int) -> Problem:
    """Find f^(-1)(k) for a strictly monotone linear or cubic function."""
    b_ = bound(difficulty, (5, 7, 6, 7, 8))
    s = rng.randint(-b_, b_)
    a = nonzero(rng, -3, 3) if difficulty >= 3 else nonzero(rng, -b_, b_)
    if difficulty <= 2:
        coeffs = [a, rng.randint(-b_ * 2, b_ * 2)]
    else:
        q = rng.randint(0, 4) * (1 if a > 0 else -1) if difficulty == 5 else 0
        coeffs = [a, 0, q, rng.randint(-b_ * 2, b_ * 2)]
    k = horner(coeffs, s)
    plain, latex = pick_text(rng, [
        "Let {f}. Find {i}.",
        "Given {f}, what is {i}?",
        "For {f}, find the {x} with {e}, that is {i}.",
    ], f=_definition("f", coeffs), i=(f"f^(-1)({k})", f"f^{{-1}}({k})"), x=("x", "x"),
        e=(f"f(x) = {k}",) * 2)
    steps = [
        (f"$f^{{-1}}({k})$ is the number $x$ with $f(x) = {k}$: solve "
        f"${poly_text(coeffs, 'latex')} = {k}$."),
        f"$f$ is strictly {'increasing' if a > 0 else 'decreasing'}, so exactly one $x$ does.",
        f"Trying $x = {s}$: $f({s}) = {k}$, so $f^{{-1}}({k}) = {s}$.",
    ]
    code = program(f"""
        import sympy as sp
        coeffs, target = {coeffs}, {k}  # f is strictly monotone with an integer preimage
        def f(t):
            v = 0
            for c in coeffs:
                v = v * t + c
            return v
        lo, hi = -10**6, 10**6
        increasing = f(hi) > f(lo)
        while lo < hi:  # bisection on the integers
            mid = (lo + hi) // 2
            if (f(mid) < target) if increasing else (f(mid) > target):
                lo = mid + 1
            else:
                hi = mid
        return sp.Integer(lo)
        """)
    return Problem(plain, latex, sp.Integer(s), steps, code, {"coefficients": coeffs, "target": k})


# ============================================================================= domains
def _defined(kind: str, a: int, b: int, roots: list[int], t: Fraction) -> bool:
    """Whether the family's function is defined at ``t``, from its defining data."""
    if kind == "sqrt":
        return a * t + b >= 0
    if kind == "log":
        return a * t + b > 0
    if kind == "sqrt_over":
        return a * t + b >= 0 and t != roots[0]
    return all(t != r for r in roots)  # "reciprocal"


def verify_domain(p: Problem) -> list[Check]:
    kind, (a, b), roots = p.params["kind"], p.params["linear"], p.params["poles"]
    critical = [Fraction(-b, a)] if a else []
    critical += [Fraction(r) for r in roots]
    return [set_agrees(p.answer, lambda t: _defined(kind, a, b, roots, t), critical)]


@family("functions.domain", verify=guarded(verify_domain))
def domain(rng: random.Random, difficulty: int) -> Problem:
    """Find the natural domain of a function with a square root, logarithm or denominator."""
    b_ = bound(difficulty, (5, 6, 8, 9, 10))
    kind = rng.choice([("sqrt", "reciprocal"), ("sqrt", "log", "reciprocal"),
                       ("sqrt", "log", "reciprocal", "sqrt_over")][min(difficulty, 3) - 1])
    a, b = nonzero(rng, -4, 4), rng.randint(-b_, b_)
    roots: list[int] = []
    lin = (poly_text([a, b]), poly_text([a, b], "latex"))
    if kind == "reciprocal":
        roots = sorted(distinct(rng, 2, -b_, b_))
        a, b = 0, 0
        den = [1, -(roots[0] + roots[1]), roots[0] * roots[1]]
        f_text = (f"1/({poly_text(den)})", f"\\frac{{1}}{{{poly_text(den, 'latex')}}}")
    elif kind == "sqrt":
        f_text = (f"sqrt({lin[0]})", f"\\sqrt{{{lin[1]}}}")
    elif kind == "log":
        f_text = (f"ln({lin[0]})", f"\\ln\\left({lin[1]}\\right)")
    else:
        roots = [rng.randint(-b_, b_)]
        f_text = (f"sqrt({lin[0]})/({poly_text([1, -roots[0]])})",
                  f"\\frac{{\\sqrt{{{lin[1]}}}}}{{{poly_text([1, -roots[0]], 'latex')}}}")
    # where a*x + b >= 0 (or > 0), minus the poles
    if kind == "reciprocal":
        base: sp.Set = sp.S.Reals
    else:
        edge = sp.Rational(-b, a)
        strict = kind == "log"
        base = (sp.Interval(edge, sp.oo, strict, True) if a > 0
                else sp.Interval(-sp.oo, edge, True, strict))
    answer = base - sp.FiniteSet(*roots)
    plain, latex = pick_text(rng, [
        "Find the domain of {f}.",
        "What is the natural domain of {f}?",
        "For which real {x} is {f} defined?",
        "Determine the largest set of real numbers on which {f} is defined.",
    ], f=(f"f(x) = {f_text[0]}", f"f(x) = {f_text[1]}"), x=("x", "x"))
    steps = []
    if kind in ("sqrt", "sqrt_over"):
        steps.append(f"A square root needs a non-negative argument: ${lin[1]} \\ge 0$.")
    if kind == "log":
        steps.append(f"A logarithm needs a positive argument: ${lin[1]} > 0$.")
    if a:
        rel = ("\\ge" if kind != "log" else ">") if a > 0 else ("\\le" if kind != "log" else "<")
        steps.append(f"Solving, $x {rel} {num_text(Fraction(-b, a), 'latex')}$"
                     + (" (dividing by a negative number reverses the inequality)."
                        if a < 0 else "."))
    if roots:
        steps.append("The denominator must not vanish: $x \\neq "
                     + "$, $x \\neq ".join(map(str, roots)) + "$.")
    steps.append(f"The domain is ${set_text(answer, 'latex')}$.")
    code = program(f"""
        import sympy as sp
        a, b = {a}, {b}  # the argument a*x + b of the root or logarithm (absent when a = 0)
        poles = {roots}  # zeros of the denominator
        kind = "{kind}"
        if a == 0:
            domain = sp.S.Reals
        else:
            edge, strict = sp.Rational(-b, a), kind == "log"
            domain = (sp.Interval(edge, sp.oo, strict, True) if a > 0
                      else sp.Interval(-sp.oo, edge, True, strict))
        return domain - sp.FiniteSet(*poles)
        """)
    return Problem(plain, latex, answer, steps, code,
                   {"kind": kind, "linear": [a, b], "poles": roots},
                   answer_text=set_text(answer, "plain"))

