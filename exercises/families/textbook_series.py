"""Posed family for a book's power series solutions of a linear second-order ODE.

The formalize stage reads "Use power series methods to solve $y'' + 4xy = 0$ at the point
$x_0 = 0$" (``kind`` "ordinary") or "Find a particular (Frobenius-type) solution of
$x^2 y'' + x y' + (1 + x) y = 0$" (``kind`` "frobenius", at 0) into ``ode`` (lhs - rhs in
y(x)) and ``point``. The answer is the series through (x - x0)^7, as books write it:
a_0 (...) + a_1 (...) + O((x - x0)^8) with a_0 = y(x0) and a_1 = y'(x0) free at an
ordinary point; x^r (1 + c_1 x + ...) for the larger real root r of the indicial
equation at a regular singular point (a complex root and the item is not posed).

The solver runs the recurrence for the coefficients (the Cauchy product of the
normalised coefficients' Taylor series with the unknown series); the verifier
substitutes the truncated series into the equation as the book wrote it and checks
that what is left starts at the order the truncation allows (exact), and that the
leading coefficients are the free ones (a_0, a_1; or x^r exactly).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
Y = sp.Function("y")
DEGREE = 7  # the answer's last power of x - x0
PARAMETER_NAMES = ("p", "k", "m", "n", "a", "b", "c")


def _parameters() -> dict[str, Any]:
    return {"x": X, "y": Y, **{name: sp.Symbol(name) for name in PARAMETER_NAMES}}


def series_solution(ode, point, kind, degree, x):
    """The power series solution of the linear ODE ``ode`` = 0 (in y(x)) about ``point``,
    through (x - point)^degree, by the recurrence for its coefficients."""
    import sympy

    y = sympy.Function("y")
    t = x - point
    d2, d1, d0 = sympy.symbols("d2 d1 d0")
    flat = sympy.expand(ode.subs({y(x).diff(x, 2): d2}).subs({y(x).diff(x): d1}).subs(y(x), d0))
    p2, p1, p0 = (flat.coeff(d) for d in (d2, d1, d0))
    forcing = -flat.subs({d2: 0, d1: 0, d0: 0})
    if sympy.expand(flat - p2 * d2 - p1 * d1 - p0 * d0 + forcing) != 0 or any(
            c.has(d2, d1, d0) for c in (p2, p1, p0, forcing)):
        raise ValueError("the equation is not linear")

    def taylor(f, count):
        """The first ``count`` Taylor coefficients of f at the point."""
        expansion = sympy.series(f, x, point, count).removeO() if f.has(x) else f
        expansion = sympy.expand(expansion.subs(x, x + point))
        return [sympy.simplify(expansion.coeff(x, j)) for j in range(count)]

    if kind == "ordinary":
        if sympy.simplify(p2.subs(x, point)) == 0:
            raise ValueError("the point is singular: the method of ordinary points does not apply")
        q1, q0, g = (taylor(sympy.cancel(f / p2), degree) for f in (p1, p0, forcing))
        c = [sympy.Symbol("a_0"), sympy.Symbol("a_1")]
        for m in range(degree - 1):
            total = g[m] - sum(q1[j] * (m - j + 1) * c[m - j + 1] + q0[j] * c[m - j]
                               for j in range(m + 1))
            c.append(sympy.factor(total / ((m + 2) * (m + 1))))
        terms = sum(sympy.collect(sympy.expand(c[k]), c[:2]) * t**k for k in range(degree + 1))
        return terms + sympy.Order(t ** (degree + 1), (x, point))
    if point != 0 or forcing != 0:
        raise ValueError("Frobenius solutions are posed at 0, for homogeneous equations")
    p, q = (taylor(sympy.cancel(f), degree + 1) for f in (x * p1 / p2, x**2 * p0 / p2))
    s = sympy.Symbol("s")
    indicial = s * (s - 1) + p[0] * s + q[0]
    roots = sympy.solve(indicial, s)
    if not all(r.is_real for r in roots):
        raise ValueError("the indicial equation has complex roots")
    r = max(roots)
    c = [sympy.Integer(1)]
    for k in range(1, degree + 1):
        total = -sum(((k - j + r) * p[j] + q[j]) * c[k - j] for j in range(1, k + 1))
        c.append(sympy.simplify(total / indicial.subs(s, r + k)))
    return x**r * (sum(c[k] * x**k for k in range(degree + 1)) + sympy.Order(x ** (degree + 1)))


def _ode(params: dict[str, Any]) -> sp.Expr:
    return sp.sympify(params["ode"], locals=_parameters())


def _pose(params: dict[str, Any]) -> Problem:
    ode, point, kind = _ode(params), sp.sympify(params["point"]), params["kind"]
    answer = series_solution(ode, point, kind, DEGREE, X)
    equation = sp.Eq(ode, 0)
    if kind == "ordinary":
        plain, tex = worded(params, [
            ("Use power series methods to solve {e} at the point x0 = {p}.",
             "Use power series methods to solve ${t}$ at the point $x_0 = {tp}$."),
            ("Find the power series solution of {e} about x0 = {p} (terms through degree 7).",
             "Find the power series solution of ${t}$ about $x_0 = {tp}$ (terms through degree 7)."),
            ("Solve {e} by a power series centred at {p}.",
             "Solve ${t}$ by a power series centred at ${tp}$."),
        ], e=sp.sstr(equation), t=latex(equation), p=sp.sstr(point), tp=latex(point))
        steps = [(f"Write $y = \\sum_k a_k (x - {latex(point)})^k$, expand the coefficients about "
                 f"${latex(point)}$ and collect powers: each power gives $a_{{k+2}}$ from the "
                 "earlier coefficients, with $a_0$ and $a_1$ free."),
                 f"$y = {latex(answer)}$."]
    else:
        plain, tex = worded(params, [
            ("Find a particular (Frobenius-type) solution of {e}.",
             "Find a particular (Frobenius-type) solution of ${t}$."),
            ("Find a Frobenius series solution of {e} about x = 0.",
             "Find a Frobenius series solution of ${t}$ about $x = 0$."),
            ("Solve {e} near the regular singular point 0 by the method of Frobenius.",
             "Solve ${t}$ near the regular singular point $0$ by the method of Frobenius."),
        ], e=sp.sstr(equation), t=latex(equation))
        steps = [("Try $y = x^r \\sum_k a_k x^k$: the lowest power gives the indicial equation; "
                 "take its larger root."),
                 "Each higher power gives $a_k$ from the earlier coefficients ($a_0 = 1$).",
                 f"$y = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(series_solution) + "\n\n"
            "def solve():\n"
            "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
            f"    names = {{n: sympy.Symbol(n) for n in {PARAMETER_NAMES!r}}}\n"
            f"    ode = sympy.sympify({params['ode']!r}, locals={{'x': x, 'y': y, **names}})\n"
            f"    return series_solution(ode, sympy.sympify({params['point']!r}), {kind!r}, "
            f"{DEGREE}, x)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    ode, point = _ode(problem.params), sp.sympify(problem.params["point"])
    answer = problem.answer
    if problem.params["kind"] == "ordinary":
        r, truncated = sp.Integer(0), answer.removeO()
    else:  # x**r * (1 + ... + O(x**8))
        powers = [f for f in sp.Mul.make_args(answer) if f == X or (f.is_Pow and f.base == X)]
        r = powers[0].as_base_exp()[1] if powers else sp.Integer(0)
        truncated = X**r * sp.expand(answer / X**r).removeO()
    residual = sp.expand(ode.subs(Y(X), truncated).doit())
    t = sp.Symbol("t")
    shifted = sp.expand(residual.subs(X, t + point))
    # The equation as written; a coefficient or forcing that is not a polynomial is expanded.
    lowest = sp.series(sp.expand(shifted * t**-r), t, 0, DEGREE - 1).removeO()
    starts = sp.expand(truncated.subs(X, t + point) * t**-r)
    if problem.params["kind"] == "ordinary":
        leading = starts.coeff(t, 0) == sp.Symbol("a_0") and starts.coeff(t, 1) == sp.Symbol("a_1")
    else:
        leading = starts.subs(t, 0) == 1
    order = DEGREE - 1
    return [Check(f"the truncated series substituted into the equation leaves only terms of "
                  f"order {order} and up (exact)", sp.simplify(lowest) == 0,
                  sp.sstr(lowest)[:200]),
            Check("the leading coefficients are the free ones (a_0 = y(x0), a_1 = y'(x0); or "
                  "x^r times 1)", bool(leading))]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New coefficients in the equation (not its powers of x), the same point; an equation
    whose coefficients are all 1 gets a new multiple of its y term."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    ode = _ode(params)
    new = redraw_constants(ode, rng)
    if new == ode:
        zeroth = sp.expand(ode).coeff(Y(X))
        new = ode + rng.choice([1, 2, 3, -2]) * zeroth * Y(X)
    return {**params, "ode": sp.sstr(new)}


REDRAW = {"differential_equations.power_series_solution": _redraw}


@family("differential_equations.power_series_solution", verify=_verify, pose=_pose)
def power_series_solution(rng: random.Random, difficulty: int) -> Problem:
    """y'' + c x^k y = 0 (Airy-like) about 0 or 1."""
    c, k = rng.choice([-4, -2, -1, 1, 2, 3]), rng.randint(0, 1 + difficulty // 2)
    ode = Y(X).diff(X, 2) + c * X**k * Y(X)
    return _pose({"ode": sp.sstr(ode), "point": str(rng.choice([0, 0, 1])), "kind": "ordinary",
                  "template": rng.randrange(WORDINGS)})
