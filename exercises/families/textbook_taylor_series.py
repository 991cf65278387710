"""Posed family for a book's "Find the Taylor series for $\\ln x$ around the point $x_0 = 1$, and
the radius of convergence" (``calculus.taylor_series``).

``params``: ``f`` (a function of x), ``center`` x0, ``radius`` ("yes" when the item asks for the
radius of convergence too). The answer is the series with its general term, sum_n a_n (x - x0)^n
(only the nonzero terms: sin's odd powers are summed over n with (x - x0)^(2n + 1)), and with
the radius a tuple (series, R). The solver takes SymPy's formal power series (a recurrence for
the coefficients, solved), writes its terms as one sum over the nonzero powers, and finds R by
the ratio test on that sum's coefficients.

Verified independently: the series summed numerically (mpmath, 30 digits) equals f at two
points inside the disc of convergence (at an entire function's, two points a distance 1 and
2 from x0); its first ten terms equal the derivatives' f^(n)(x0)/n!; and R equals the distance
from x0 to f's nearest singular point (a zero of a denominator, a log's branch point), found
from f itself, not from the series.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.families.textbook_series import radius
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
N = sp.Symbol("n", integer=True, nonnegative=True)
NAMES = {"x": X, "E": sp.E, "e": sp.E}
TERMS = 10  # terms compared with the derivatives


def taylor_series(f, x0, x, n):
    """sum_n a_n (x - x0)^p(n) over f's nonzero terms only, from SymPy's formal power series."""
    import sympy
    from sympy.series.formal import FormalPowerSeries

    k, u = sympy.Dummy("k", integer=True, nonnegative=True), sympy.Dummy("u")
    if f.is_polynomial(x):  # a finite sum: its terms in powers of x - x0
        shifted = sympy.Poly(sympy.expand(f.subs(x, u + x0)), u)
        return sympy.Add(*[sympy.Mul(c, (x - x0)**j, evaluate=False) if j and c != 1
                           else c * (x - x0)**j
                           for (j,), c in shifted.terms()], evaluate=False)
    found = sympy.fps(f, x, x0)
    if not isinstance(found, FormalPowerSeries):
        raise ValueError(  # noqa: TRY004 - f has no series of this kind, not a wrong type
            "no formal power series with a general term")
    outside = sympy.expand(found.ind)
    sums = [t for t in sympy.Add.make_args(found.infinite) if isinstance(t, sympy.Sum)]
    if len(sums) != 1:
        raise ValueError("the formal power series is not one sum")
    summand, (index, start, _) = sums[0].function, sums[0].limits[0]
    summand = summand.subs(index, k)
    step, offset = 1, 0
    if isinstance(summand, sympy.Piecewise):  # a_k only for k = r (mod q): k = q m + r
        (value, condition), (other, _) = summand.args
        residue = condition.args[0] if isinstance(condition.args[0], sympy.Mod) else None
        if other != 0 or residue is None or condition.args[1] < 0:
            raise ValueError("the coefficients are given case by case")
        step, offset, summand = int(residue.args[1]), int(condition.args[1]), value
    for parity in (0, 1):  # the terms of one parity vanish (x / (4 - x^2)): sum the others
        if step == 1 and all(sympy.simplify(summand.subs(k, 2 * j + parity)) == 0
                             for j in range(8)):
            step, offset = 2, 1 - parity
    first = -((offset - start) // step)  # the least m with step m + offset >= start
    summand = summand.subs(k, step * k + offset)
    coefficient = sympy.simplify(sympy.combsimp(sympy.gammasimp(summand.subs(x, x0 + 1))))
    power = step * k + offset
    while first > 0 and outside != 0:  # fold the terms SymPy kept outside the sum back in
        below = power.subs(k, first - 1)
        kept = sympy.Poly(sympy.expand(outside.subs(x, u + x0)), u)
        if sympy.simplify(kept.coeff_monomial(u**below) - coefficient.subs(k, first - 1)) != 0:
            break
        outside, first = sympy.expand(outside - kept.coeff_monomial(u**below) * (x - x0)**below), \
            first - 1
    series = sympy.Sum(coefficient.subs(k, n) * (x - x0)**power.subs(k, n), (n, first, sympy.oo))
    return outside + series if outside != 0 else series


def series_radius(series, n):
    """The ratio test on the sum's coefficients: lim |a_n / a_(n+1)|, over the power's step."""
    import sympy

    found = [t for t in sympy.Add.make_args(series) if isinstance(t, sympy.Sum)]
    if not found:
        return sympy.oo  # a polynomial
    total = found[0]
    power = next(p for p in total.function.atoms(sympy.Pow) if p.exp.has(n) and p.base.free_symbols)
    coefficient = sympy.simplify(total.function / power)
    step = sympy.Poly(power.exp, n).LC()
    return sympy.simplify(radius(coefficient, n) ** sympy.Rational(1, step))


def _function(params: dict[str, Any]) -> tuple[sp.Expr, sp.Expr]:
    return sp.sympify(params["f"], locals=NAMES), sp.sympify(params.get("center", "0"))


def _pose(params: dict[str, Any]) -> Problem:
    f, x0 = _function(params)
    series = taylor_series(f, x0, X, N)
    asks_radius = params.get("radius") == "yes"
    answer = sp.Tuple(series, series_radius(series, N)) if asks_radius else series
    plain, tex = worded(params, [
        ("Find the Taylor series for {f} around x0 = {c}{r}.",
         "Find the Taylor series for ${lf}$ around $x_0 = {lc}${r}."),
        ("Expand {f} in a power series about x0 = {c}{r}.",
         "Expand ${lf}$ in a power series about $x_0 = {lc}${r}."),
        ("Determine the Taylor series of {f} at x0 = {c}{r}.",
         "Determine the Taylor series of ${lf}$ at $x_0 = {lc}${r}."),
    ], f=sp.sstr(f), lf=latex(f), c=sp.sstr(x0), lc=latex(x0),
        r=", and its radius of convergence" if asks_radius else "")
    steps = [(f"The coefficients $a_n = f^{{(n)}}({latex(x0)})/n!$ follow a pattern: "
              f"${latex(f)} = {latex(series)}$.")]
    if asks_radius:
        steps.append(f"The ratio test on the coefficients gives $R = {latex(answer[1])}$.")
    call = (f"taylor_series(sympy.sympify({params['f']!r}, locals={{'x': sympy.Symbol('x')}}), "
            f"sympy.sympify({sp.sstr(x0)!r}), sympy.Symbol('x'), "
            "sympy.Symbol('n', integer=True, nonnegative=True))")
    if asks_radius:
        call = (f"(lambda s: sympy.Tuple(s, series_radius(s, sympy.Symbol('n', integer=True, "
                f"nonnegative=True))))({call})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([taylor_series, radius, series_radius], call), params=params)


def _singular_distance(f: sp.Expr, x0: sp.Expr) -> sp.Expr:
    """The distance from x0 to f's nearest singular point in the complex plane: zeros of its
    denominators, points where a log's or a root's argument vanishes."""
    points: set[sp.Expr] = set()
    for piece in sp.preorder_traversal(f):
        if isinstance(piece, sp.Pow) and (piece.exp.is_negative or not piece.exp.is_integer):
            points |= set(sp.roots(sp.Poly(piece.base, X)).keys()) if piece.base.is_polynomial(X) \
                else {sp.nan}
        elif isinstance(piece, sp.log):
            points |= set(sp.roots(sp.Poly(piece.args[0], X)).keys()) \
                if piece.args[0].is_polynomial(X) else {sp.nan}
        elif isinstance(piece, (sp.tan, sp.sec, sp.csc, sp.cot)):
            points.add(sp.nan)
    if sp.nan in points:
        raise ValueError("singular points this check does not locate")
    return min((sp.Abs(p - x0) for p in points), key=lambda d: sp.N(d), default=sp.oo)


def _verify(problem: Problem) -> list[Check]:
    f, x0 = _function(problem.params)
    answer = problem.answer
    series = answer[0] if isinstance(answer, sp.Tuple) else answer
    far = _singular_distance(f, x0)
    points = [x0 + 1, x0 - 2] if far == sp.oo else [x0 + far / 3, x0 - far / 2]
    total = [t for t in sp.Add.make_args(series) if isinstance(t, sp.Sum)]
    if len(total) > 1:
        raise ValueError("more than one sum")
    outside = series - total[0] if total else series
    start = int(total[0].limits[0][1]) if total else TERMS
    sums = True
    with mpmath.workdps(30):
        for point in points:
            value = mpmath.mpf(sp.N(outside.subs(X, point), 30))
            if total:
                term = sp.lambdify(N, total[0].function.subs(X, point), modules="mpmath")
                value += mpmath.nsum(term, [start, mpmath.inf])
            sums = sums and abs(value - mpmath.mpf(sp.N(f.subs(X, point), 30))) < 1e-20
    taylor = sum(sp.diff(f, X, j).subs(X, x0) / sp.factorial(j) * (X - x0)**j
                 for j in range(TERMS))
    first = outside + sum(total[0].function.subs(N, j) for j in range(start, TERMS)) if total \
        else outside
    head = sp.expand(first.subs(X, X + x0))
    head = sum(t for t in sp.Add.make_args(head) if sp.degree(t, X) < TERMS)
    checks = [Check("the series summed numerically (30 digits) equals f at two points inside "
                    "its disc of convergence", bool(sums)),
              Check(f"its terms of degree below {TERMS} are f^(n)(x0)/n! (x - x0)^n",
                    sp.expand(head - sp.expand(taylor.subs(X, X + x0))) == 0)]
    if isinstance(answer, sp.Tuple):
        checks.append(Check("R is the distance from x0 to f's nearest singular point",
                            sp.simplify(answer[1] - far) == 0 if far != sp.oo
                            else answer[1] == sp.oo, sp.sstr(far)))
    return checks


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers in f; an f without any (sin x, ln x) gets a new factor in x instead."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    f, _ = _function(params)
    new = redraw_constants(f, rng)
    if new == f:
        new = f.subs(X, rng.choice([2, 3, -2, sp.Rational(1, 2)]) * X)
    return {**params, "f": sp.sstr(new)}


REDRAW = {"calculus.taylor_series": _redraw}


@family("calculus.taylor_series", verify=_verify, pose=_pose)
def taylor_series_family(rng: random.Random, difficulty: int) -> Problem:
    """e^(ax), sin(ax), cos(ax), 1/(1 - ax), ln(1 + ax) around 0, the radius asked at times."""
    a = rng.choice([2, 3, -2, sp.Rational(1, 2)])
    f = rng.choice([sp.exp(a * X), sp.sin(a * X), sp.cos(a * X), 1 / (1 - a * X),
                    sp.log(1 + a * X), X**rng.randint(1, 3) * sp.exp(X)])
    return _pose({"f": sp.sstr(f), "center": "0", "radius": rng.choice(["yes", "no"]),
                  "template": rng.randrange(WORDINGS)})
