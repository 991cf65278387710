"""Posed family for a book's integrating factor that makes an equation exact: "Find the
integrating factor for $\\frac{1}{y}\\,dx + 3y\\,dy = 0$ making it into an exact equation"
(Lebl 1.8.102).

The formalize stage (:mod:`formalize.integrating_factors`) reads M(x, y) dx + N(x, y) dy = 0
into ``m`` and ``n``. The solver follows the book (Lebl 1.8.3): when P = (M_y - N_x)/N
depends on x alone, u(x) = e^{int P dx}; else when Q = (M_y - N_x)/M depends on y alone,
u(y) = e^{-int Q dy} (the constant of integration taken 0, as the book does). An equation
with neither (or one that is exact already) is not posed. The verifier checks the answer
itself instead: u M dx + u N dy = 0 is exact ((u M)_y = (u N)_x, symbolically, else at
sample points) and u is not zero.
"""

from __future__ import annotations

import functools
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

X, Y = sp.symbols("x y")
POINTS = [(sp.Rational(3, 2), sp.Rational(7, 5)), (sp.Rational(12, 5), sp.Rational(2, 3)),
          (sp.Rational(7, 10), sp.Rational(11, 4))]


def integrating_factor(m, n):
    """u(x) = exp(int P dx) when P = (M_y - N_x)/N has no y; else u(y) = exp(-int Q dy)
    when Q = (M_y - N_x)/M has no x. x and y positive (e^{ln x} = x, as the book writes)."""
    import sympy

    x, y = sympy.symbols("x y", positive=True)
    plain = {x: sympy.Symbol("x"), y: sympy.Symbol("y")}
    m, n = (sympy.sympify(side, locals={"x": x, "y": y}) for side in (m, n))
    gap = sympy.simplify(sympy.diff(m, y) - sympy.diff(n, x))
    if gap == 0:
        raise ValueError("the equation is exact already")
    p = sympy.simplify(gap / n)
    if not p.has(y):
        return sympy.simplify(sympy.exp(sympy.integrate(p, x))).subs(plain)
    q = sympy.simplify(gap / m)
    if not q.has(x):
        return sympy.simplify(sympy.exp(-sympy.integrate(q, y))).subs(plain)
    raise ValueError("no integrating factor of x alone or of y alone")


def _sides(params: dict[str, Any]) -> tuple[sp.Expr, sp.Expr]:
    return sp.sympify(params["m"], locals={"x": X, "y": Y}), \
        sp.sympify(params["n"], locals={"x": X, "y": Y})


def _pose(params: dict[str, Any]) -> Problem:
    m, n = _sides(params)
    answer = integrating_factor(params["m"], params["n"])
    if answer.has(sp.Integral):
        raise ValueError("no closed-form integrating factor")
    equation = f"({sp.sstr(m)}) dx + ({sp.sstr(n)}) dy = 0"
    tex = f"\\left({latex(m)}\\right)\\,dx + \\left({latex(n)}\\right)\\,dy = 0"
    plain, tex_statement = worded(params, [
        ("Find the integrating factor that makes {e} exact.",
         "Find the integrating factor that makes ${t}$ exact."),
        ("Multiply {e} by a function of one variable to make it exact. What function?",
         "Multiply ${t}$ by a function of one variable to make it exact. What function?"),
        ("Find an integrating factor u for {e}.", "Find an integrating factor $u$ for ${t}$."),
    ], e=equation, t=tex)
    gap = sp.simplify(sp.diff(m, Y) - sp.diff(n, X))
    alone = "x" if not answer.has(Y) else "y"
    ratio = f"(M_y - N_x)/N = {sp.sstr(sp.simplify(gap / n))}" if alone == "x" else \
        f"(M_y - N_x)/M = {sp.sstr(sp.simplify(gap / m))}"
    steps = [(f"M = {sp.sstr(m)}, N = {sp.sstr(n)}; M_y - N_x = {sp.sstr(gap)} is not 0: "
             "the equation is not exact."),
             f"{ratio} depends on {alone} alone.",
             (f"The integrating factor is u = {sp.sstr(answer)}: "
             f"({sp.sstr(sp.simplify(answer * m))}) dx + ({sp.sstr(sp.simplify(answer * n))}) dy"
             " = 0 is exact.")]
    code = program([integrating_factor], f"integrating_factor({params['m']!r}, {params['n']!r})")
    return Problem(statement=plain, statement_latex=tex_statement, answer=answer, steps=steps,
                   code=code, params=params)


def _verify(problem: Problem) -> list[Check]:
    m, n = _sides(problem.params)
    u = problem.answer
    if not isinstance(u, sp.Expr) or u.free_symbols - {X, Y} or u == 0:
        return [Check("u M dx + u N dy = 0 is exact", False, f"not a factor: {u}")]
    gap = sp.diff(u * m, Y) - sp.diff(u * n, X)
    exact = sp.simplify(gap) == 0 or all(
        abs(complex(gap.subs({X: a, Y: b}).evalf(30))) < 1e-20 for a, b in POINTS)
    nonzero = all(u.subs({X: a, Y: b}) != 0 for a, b in POINTS)
    return [Check("(u M)_y = (u N)_x: the multiplied equation is exact (symbolically, else at "
                  "three points to 30 digits)", exact, sp.sstr(gap)[:200]),
            Check("u is not zero at the sample points", nonzero)]


@functools.lru_cache(maxsize=64)
def _factor_and_potential(m: str, n: str) -> tuple[sp.Expr, sp.Expr]:
    """The item's factor u and the potential F of u M dx + u N dy = 0: the same for each of
    its variants and each draw of one (a tenth of a second or more of simplifying and
    integrating), so worked out once per item."""
    from exercises.families.textbook_exact import potential

    u = integrating_factor(m, n)
    um, un = (sp.sstr(sp.simplify(u * side)) for side in _sides({"m": m, "n": n}))
    return u, potential(um, un)


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same factor u: new constants in the potential F of the exact u M dx + u N dy = 0,
    then M = F_x / u and N = F_y / u; a potential with no constant to change gains k x y."""
    from formalize.variants import redraw_constants

    u, f = _factor_and_potential(params["m"], params["n"])
    new = redraw_constants(f, rng)
    if new == f:
        new = f + rng.randint(2, 5) * X * Y
    return {**params, "m": sp.sstr(sp.simplify(sp.diff(new, X) / u)),
            "n": sp.sstr(sp.simplify(sp.diff(new, Y) / u))}


REDRAW = {"differential_equations.integrating_factor": _redraw}


@family("differential_equations.integrating_factor", verify=_verify, pose=_pose)
def find_integrating_factor(rng: random.Random, difficulty: int) -> Problem:
    """An exact equation F_x dx + F_y dy = 0 divided by x^k or y^k (or e^{ax}): the factor
    undoes the division."""
    a, b = rng.randint(1, 4), rng.randint(1, 3)
    f = a * X**2 * Y + b * X * Y**rng.randint(2, 3) + rng.randint(1, 5) * X
    divisor = rng.choice([X**rng.randint(1, difficulty + 1), Y**rng.randint(1, difficulty + 1),
                          sp.exp(rng.randint(1, 2) * X)])
    m, n = sp.simplify(sp.diff(f, X) / divisor), sp.simplify(sp.diff(f, Y) / divisor)
    return _pose({"m": sp.sstr(m), "n": sp.sstr(n), "template": rng.randrange(WORDINGS)})
