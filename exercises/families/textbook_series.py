"""Posed families for a book's power series: solutions of a linear second-order ODE, the kind
of a point (ordinary, regular singular), and the radius of convergence of a power series.

The formalize stage reads "Use power series methods to solve $y'' + 4xy = 0$ at the point
$x_0 = 0$" (``kind`` "ordinary") or "Find a particular (Frobenius-type) solution of
$x^2 y'' + x y' + (1 + x) y = 0$" (``kind`` "frobenius", at 0) into ``ode`` (lhs - rhs in
y(x)) and ``point``. The answer is the series through (x - x0)^7: at an ordinary point the
pair (y_1, y_2) with y(x0), y'(x0) = (1, 0) and (0, 1), and y_p with (0, 0) when the
equation is not homogeneous (the general solution a_0 y_1 + a_1 y_2 + y_p); at a regular
singular point x^r (1 + c_1 x + ...) for the larger real root r of the indicial
equation (for complex roots a +- bi, r = a + bi: a complex solution).

The solver runs the recurrence for the coefficients (the Cauchy product of the
normalised coefficients' Taylor series with the unknown series); the verifier
substitutes the truncated series into the equation as the book wrote it and checks
that what is left starts at the order the truncation allows (exact), and that the
leading coefficients are y(x0) and y'(x0) as claimed (or x^r exactly).

The kind of a point is decided by series expansion (poles of p = P1/P2, q = P0/P2 and of
(x - x0) p, (x - x0)^2 q) and checked by limits. The radius of convergence comes from the
ratio test and is checked by the root test, numerically.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
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
        # y = a_0 y_1 + a_1 y_2 (+ y_p): the pair of solutions with y(x0), y'(x0) = (1, 0), (0, 1)
        series = sum(sympy.expand(c[k]) * t**k for k in range(degree + 1))
        particular = series.subs({c[0]: 0, c[1]: 0})
        pieces = [series.subs({c[0]: 1, c[1]: 0}) - particular,
                  series.subs({c[0]: 0, c[1]: 1}) - particular] + (
                      [particular] if particular != 0 else [])
        return sympy.Tuple(*[piece + sympy.Order(t ** (degree + 1), (x, point)) for piece in pieces])
    if point != 0 or forcing != 0:
        raise ValueError("Frobenius solutions are posed at 0, for homogeneous equations")
    p, q = (taylor(sympy.cancel(f), degree + 1) for f in (x * p1 / p2, x**2 * p0 / p2))
    s = sympy.Symbol("s")
    indicial = s * (s - 1) + p[0] * s + q[0]
    roots = sympy.solve(indicial, s)
    # The larger real root; of complex roots r = a +- bi, the one with b > 0 (x^r = x^a e^{ib ln x}).
    r = max(roots) if all(r.is_real for r in roots) else next(r for r in roots if sympy.im(r) > 0)
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
                 ("Collect the terms with $a_0$, with $a_1$ and with neither: "
                 f"$y = a_0 y_1 + a_1 y_2{' + y_p' if len(answer) > 2 else ''}$ with "
                 f"${latex(list(answer))}$.")]
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
    text = None
    if kind == "ordinary":
        names = ["a_0", "a_1", "1"]
        text = "y = " + " + ".join(f"{name}*({sp.sstr(piece)})" for name, piece in zip(names, answer))
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params, answer_text=text)


def _residual_starts(ode: sp.Expr, piece: sp.Expr, point: sp.Expr, r: sp.Expr) -> sp.Expr:
    """The terms below order 6 (in x - x0, after x^r) left when ``piece``, truncated, is
    substituted into ``ode`` as the book wrote it (non-polynomial coefficients expanded)."""
    t = sp.Symbol("t")
    residual = sp.expand(ode.subs(Y(X), piece).doit()).subs(X, t + point)
    return sp.simplify(sp.series(sp.expand(residual * t**-r), t, 0, DEGREE - 1).removeO())


def _verify(problem: Problem) -> list[Check]:
    ode, point = _ode(problem.params), sp.sympify(problem.params["point"])
    t = sp.Symbol("t")
    if problem.params["kind"] == "ordinary":
        homogeneous = ode - ode.subs(Y(X), 0).doit()
        pieces = [piece.removeO() for piece in problem.answer]
        equations = [homogeneous, homogeneous, ode][:len(pieces)]
        left = [_residual_starts(e, p, point, 0) for e, p in zip(equations, pieces)]
        starts = [sp.expand(p.subs(X, t + point)) for p in pieces]
        leading = [(s.coeff(t, 0), s.coeff(t, 1)) for s in starts] == [(1, 0), (0, 1), (0, 0)][
            :len(pieces)] and len(pieces) == (2 if homogeneous == ode else 3)
    else:  # x**r * (1 + ... + O(x**8))
        answer = problem.answer
        powers = [f for f in sp.Mul.make_args(answer) if f == X or (f.is_Pow and f.base == X)]
        r = powers[0].as_base_exp()[1] if powers else sp.Integer(0)
        piece = X**r * sp.expand(answer / X**r).removeO()
        left = [_residual_starts(ode, piece, 0, r)]
        leading = sp.expand(piece * X**-r).subs(X, 0) == 1
    return [Check(f"each truncated series substituted into the equation (homogeneous for y_1, "
                  f"y_2) leaves only terms of order {DEGREE - 1} and up (exact)",
                  all(v == 0 for v in left), sp.sstr(left)[:200]),
            Check("y(x0), y'(x0) of the pieces are (1, 0), (0, 1) (and (0, 0) for y_p); or the "
                  "Frobenius series is x^r times 1 + ...", bool(leading))]


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


REDRAW = {"differential_equations.power_series_solution": _redraw,
          "differential_equations.classify_point": _redraw}


@family("differential_equations.power_series_solution", verify=_verify, pose=_pose)
def power_series_solution(rng: random.Random, difficulty: int) -> Problem:
    """y'' + c x^k y = 0 (Airy-like) about 0 or 1."""
    c, k = rng.choice([-4, -2, -1, 1, 2, 3]), rng.randint(0, 1 + difficulty // 2)
    ode = Y(X).diff(X, 2) + c * X**k * Y(X)
    return _pose({"ode": sp.sstr(ode), "point": str(rng.choice([0, 0, 1])), "kind": "ordinary",
                  "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- the kind of a point

KINDS = ("ordinary", "regular singular", "singular but not regular singular")


def point_kind(ode, point, x):
    """Ordinary, regular singular, or singular but not regular singular: is the point a
    pole of y'/y'' and y/y'' coefficients, and of their products with (x - p), (x - p)^2?"""
    import sympy

    y = sympy.Function("y")
    flat = sympy.expand(ode.subs({y(x).diff(x, 2): sympy.Symbol("d2")}).subs(
        {y(x).diff(x): sympy.Symbol("d1")}).subs(y(x), sympy.Symbol("d0")))
    p2, p1, p0 = (flat.coeff(sympy.Symbol(d)) for d in ("d2", "d1", "d0"))

    def analytic(f):
        expansion = sympy.series(sympy.cancel(f), x, point, 1).removeO().subs(x, x + point)
        powers = [term.as_coeff_exponent(x)[1] for term in sympy.Add.make_args(expansion)]
        return all(e.is_integer and e >= 0 for e in powers) and not expansion.has(sympy.log)

    p, q = p1 / p2, p0 / p2
    if analytic(p) and analytic(q):
        return sympy.Symbol("ordinary")
    if analytic((x - point) * p) and analytic((x - point)**2 * q):
        return sympy.Symbol("regular singular")
    return sympy.Symbol("singular but not regular singular")


def _pose_point(params: dict[str, Any]) -> Problem:
    ode, point = _ode(params), sp.sympify(params["point"])
    if sp.expand(ode.subs(Y(X), 0).doit()) != 0:
        raise ValueError("the equation is not homogeneous")
    answer = point_kind(ode, point, X)
    equation = sp.Eq(ode, 0)
    plain, tex = worded(params, [
        (("Classify the point x = {p} of {e} as ordinary, regular singular, or singular but not "
         "regular singular."), ("Classify the point $x = {tp}$ of ${t}$ as ordinary, regular "
         "singular, or singular but not regular singular.")),
        (("Is x = {p} an ordinary point, a regular singular point, or an irregular singular "
         "point of {e}?"), ("Is $x = {tp}$ an ordinary point, a regular singular point, or an "
         "irregular singular point of ${t}$?")),
    ], e=sp.sstr(equation), t=latex(equation), p=sp.sstr(point), tp=latex(point))
    steps = ["Divide by the coefficient of $y''$: $y'' + p(x) y' + q(x) y = 0$.",
             (f"At $x = {latex(point)}$: $p$ and $q$ analytic makes the point ordinary; else "
             f"$(x - {latex(point)}) p$ and $(x - {latex(point)})^2 q$ analytic makes it regular "
             "singular."), f"The point is {answer}."]
    code = ("import sympy\n\n\n" + inspect.getsource(point_kind) + "\n\n"
            "def solve():\n"
            "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
            f"    ode = sympy.sympify({params['ode']!r}, locals={{'x': x, 'y': y}})\n"
            f"    return point_kind(ode, sympy.sympify({params['point']!r}), x)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params, answer_text=str(answer))


def _verify_point(problem: Problem) -> list[Check]:
    """Limits, not series: a meromorphic coefficient is analytic at the point exactly when
    its limit there is finite."""
    ode, point = _ode(problem.params), sp.sympify(problem.params["point"])
    flat = sp.expand(ode.subs(Y(X).diff(X, 2), sp.Symbol("d2")).subs(
        Y(X).diff(X), sp.Symbol("d1")).subs(Y(X), sp.Symbol("d0")))
    p2, p1, p0 = (flat.coeff(sp.Symbol(d)) for d in ("d2", "d1", "d0"))

    def finite(f: sp.Expr) -> bool:
        return all(sp.limit(f, X, point, side).is_finite for side in ("+", "-"))

    if finite(p1 / p2) and finite(p0 / p2):
        kind = KINDS[0]
    elif finite((X - point) * p1 / p2) and finite((X - point)**2 * p0 / p2):
        kind = KINDS[1]
    else:
        kind = KINDS[2]
    return [Check("the limits of p, q (and (x - x0) p, (x - x0)^2 q) at the point are finite "
                  "exactly as the answer says", str(problem.answer) == kind, kind)]


@family("differential_equations.classify_point", verify=_verify_point, pose=_pose_point)
def classify_point(rng: random.Random, difficulty: int) -> Problem:
    """x^j y'' + x^k y' + y = 0 at 0: ordinary, regular or irregular singular by j and k."""
    j, k = rng.randint(0, 3), rng.randint(0, 3)
    ode = X**j * Y(X).diff(X, 2) + X**k * Y(X).diff(X) + rng.choice([1, -1, 2]) * Y(X)
    return _pose_point({"ode": sp.sstr(ode), "point": "0", "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- radius of convergence

K = sp.Symbol("k", integer=True, positive=True)


def radius(coefficient, k):
    """The radius of convergence of sum a_k (x - x0)^k by the ratio test: lim |a_k / a_{k+1}|."""
    import sympy

    ratio = sympy.combsimp(sympy.simplify(coefficient / coefficient.subs(k, k + 1)))
    found = sympy.limit(sympy.Abs(ratio), k, sympy.oo)
    if found.has(sympy.Limit, sympy.AccumBounds) or not (found.is_nonnegative or found == sympy.oo):
        raise ValueError("the ratio test has no limit here")
    return found


def _coefficient(params: dict[str, Any]) -> sp.Expr:
    return sp.sympify(params["coefficient"], locals={"k": K, "E": sp.E})


def _pose_radius(params: dict[str, Any]) -> Problem:
    a, center = _coefficient(params), sp.sympify(params.get("center", "0"))
    answer = radius(a, K)
    series = sp.Sum(a * (X - center)**K, (K, int(params.get("start", 0)), sp.oo))
    plain, tex = worded(params, [
        ("Is {s} a convergent power series? If so, find the radius of convergence.",
         "Is ${t}$ a convergent power series? If so, find the radius of convergence."),
        ("Find the radius of convergence of {s}.", "Find the radius of convergence of ${t}$."),
    ], s=sp.sstr(series), t=latex(series))
    ratio = sp.combsimp(sp.simplify(a / a.subs(K, K + 1)))
    verdict = ("it converges only at its center" if answer == 0 else
               "it converges everywhere" if answer == sp.oo else
               f"it converges for $|x - {latex(center)}| < {latex(answer)}$")
    steps = [f"Ratio test: $\\left|\\frac{{a_k}}{{a_{{k+1}}}}\\right| = {latex(ratio)}$.",
             f"Its limit is $R = {latex(answer)}$: {verdict}."]
    code = ("import sympy\n\n\n" + inspect.getsource(radius) + "\n\n"
            "def solve():\n"
            "    k = sympy.Symbol('k', integer=True, positive=True)\n"
            f"    return radius(sympy.sympify({params['coefficient']!r}, locals={{'k': k}}), k)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify_radius(problem: Problem) -> list[Check]:
    """The root test, numerically: |a_k|^(-1/k) at k = 10^4, 10^5, 10^6 (logs, 30 digits)."""
    a, answer = _coefficient(problem.params), problem.answer
    size = sp.lambdify(K, sp.expand_log(sp.log(sp.Abs(a.rewrite(sp.gamma))), force=True),
                       modules="mpmath")
    with mpmath.workdps(30):
        roots = [mpmath.exp(-mpmath.re(size(mpmath.mpf(10) ** e)) / mpmath.mpf(10) ** e)
                 for e in (4, 5, 6)]
    if answer == sp.oo:
        fits = roots[0] < roots[1] < roots[2] and roots[2] > 1000
    elif answer == 0:
        fits = roots[0] > roots[1] > roots[2] and roots[2] < 1e-3
    else:
        fits = abs(roots[2] - mpmath.mpf(sp.N(answer, 30))) < 1e-3 * abs(roots[2])
    return [Check("the root test, numerically: |a_k|^(-1/k) at k = 10^4, 10^5, 10^6 tends to "
                  "the radius", bool(fits), ", ".join(mpmath.nstr(r, 8) for r in roots))]


def _redraw_radius(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers in the coefficient and a new center."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    return {**params, "coefficient": sp.sstr(redraw_constants(_coefficient(params), rng)),
            "center": str(rng.randint(-5, 5))}


REDRAW["calculus.radius_of_convergence"] = _redraw_radius


@family("calculus.radius_of_convergence", verify=_verify_radius, pose=_pose_radius)
def radius_of_convergence(rng: random.Random, difficulty: int) -> Problem:
    """c^k x^k / k^j or c^k x^k k!/k^k-like coefficients with a finite radius."""
    c, j = rng.choice(["2", "3", "1/2", "1/5"]), rng.randint(0, 2)
    coefficient = rng.choice([f"({c})**k/k**{j}", f"({c})**k*k**{j}", f"({c})**k*factorial(k)/k**k"])
    return _pose_radius({"coefficient": coefficient, "center": str(rng.randint(-3, 3)),
                         "template": rng.randrange(WORDINGS)})
