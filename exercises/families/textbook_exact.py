"""Posed family for a book's exact equations: "Solve $(2x+y)\\,dx + (x-4y)\\,dy = 0$".

The formalize stage reads M(x, y) dx + N(x, y) dy = 0 (or M + N y' = 0) into ``m`` and
``n``, with ``ics`` (a point (x0, y0) the solution passes through) and ``ask``: "solve"
(the implicit general solution F(x, y) = C, or F(x, y) = F(x0, y0) through the point) or
"potential" (the potential function F itself). The solver integrates the way the book
teaches: F = integral of M in x, then the part of N that F does not give, integrated in y.
The verifier differentiates instead: F_x = M and F_y = N (exact), and F takes the stated
level at the point.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

X, Y, C = sp.symbols("x y C")


def potential(m, n):
    """F(x, y) with F_x = M and F_y = N: integrate M in x, then add the integral in y of
    what N still lacks (a function of y alone when the equation is exact). x and y are
    real (arctangents, not complex logarithms), a generic y (no case y = 0)."""
    import sympy

    x, y = sympy.symbols("x y", real=True)
    plain = {x: sympy.Symbol("x"), y: sympy.Symbol("y")}
    m, n = (sympy.sympify(side, locals={"x": x, "y": y}) for side in (m, n))
    if sympy.simplify(sympy.diff(m, y) - sympy.diff(n, x)) != 0:
        raise ValueError("the equation is not exact (M_y differs from N_x)")
    first = sympy.integrate(m, x, conds="none")
    rest = sympy.simplify(n - sympy.diff(first, y))
    if rest.has(x) or first.has(sympy.Integral):
        raise ValueError("no closed-form potential")
    result = first + sympy.integrate(rest, y, conds="none")
    if result.has(sympy.Integral):
        raise ValueError("no closed-form potential")
    return sympy.simplify(result).subs(plain)


def exact_answer(m, n, ics, ask):
    """The potential F, or the solution F(x, y) = C (= F(x0, y0) through the given point)."""
    import sympy

    f = potential(m, n)
    if ask == "potential":
        return f
    if not ics:
        return sympy.Eq(f, sympy.Symbol("C"))
    x, y = sympy.symbols("x y")
    level = sympy.simplify(f.subs({x: sympy.sympify(ics["x"]), y: sympy.sympify(ics["y"])}))
    return sympy.Eq(f, level)


def _sides(params: dict[str, Any]) -> tuple[sp.Expr, sp.Expr]:
    names = {"x": X, "y": Y}
    return sp.sympify(params["m"], locals=names), sp.sympify(params["n"], locals=names)


def _pose(params: dict[str, Any]) -> Problem:
    m, n = _sides(params)
    ics, ask = params.get("ics") or {}, params.get("ask", "solve")
    answer = exact_answer(params["m"], params["n"], ics, ask)
    equation = f"({sp.sstr(m)}) dx + ({sp.sstr(n)}) dy = 0"
    tex = f"\\left({latex(m)}\\right)dx + \\left({latex(n)}\\right)dy = 0"
    at = f", y({ics['x']}) = {ics['y']}" if ics else ""
    at_tex = f", $y({latex(sp.sympify(ics['x']))}) = {latex(sp.sympify(ics['y']))}$" if ics else ""
    if ask == "potential":
        wordings = [("Find the potential function F(x, y) of the exact equation {p}.",
                     "Find the potential function $F(x,y)$ of the exact equation ${l}$."),
                    ("The equation {p} is exact. Find F with F_x = M and F_y = N.",
                     "The equation ${l}$ is exact. Find $F$ with $F_x = M$ and $F_y = N$."),
                    ("Compute a potential F(x, y) for {p}.", "Compute a potential $F(x,y)$ for ${l}$.")]
    else:
        wordings = [("Solve the exact equation {p}{a}.", "Solve the exact equation ${l}${at}."),
                     ("Find the solution of {p}{a} in implicit form.",
                      "Find the solution of ${l}${at} in implicit form."),
                     ("Check that {p} is exact and solve it{a}.",
                      "Check that ${l}$ is exact and solve it{at}.")]
    plain, statement = worded(params, wordings, p=equation, l=tex, a=at, at=at_tex)
    first = sp.integrate(m, X)
    steps = [(f"$M_y = {latex(sp.diff(m, Y))}$ and $N_x = {latex(sp.diff(n, X))}$ agree: the "
             "equation is exact."),
             f"Integrate $M$ in $x$: $F = {latex(first)} + g(y)$.",
             (f"$F_y = N$ gives $g'(y) = {latex(sp.simplify(n - sp.diff(first, Y)))}$; integrate "
             "it in $y$."),
             f"{'$F = ' if ask == 'potential' else 'The solution is $'}{latex(answer)}$."]
    code = program([potential, exact_answer],
                   f"exact_answer({params['m']!r}, {params['n']!r}, {ics!r}, {ask!r})")
    return Problem(statement=plain, statement_latex=statement, answer=answer, steps=steps,
                   code=code, params=params)


def _verify(problem: Problem) -> list[Check]:
    m, n = _sides(problem.params)
    answer, ics = problem.answer, problem.params.get("ics") or {}
    f = answer.lhs - answer.rhs if isinstance(answer, sp.Equality) else answer
    if not isinstance(f, sp.Expr) or f.free_symbols - {X, Y, C}:
        return [Check("the answer is a function of x and y", False)]
    gradient = all(sp.simplify(d) == 0 for d in (sp.diff(f, X) - m, sp.diff(f, Y) - n))
    checks = [Check("F_x = M and F_y = N (differentiated, exact)", bool(gradient))]
    if isinstance(answer, sp.Equality) and ics:
        point = {X: sp.sympify(ics["x"]), Y: sp.sympify(ics["y"])}
        checks.append(Check("the solution passes through the given point",
                            sp.simplify(f.subs(point)) == 0))
    elif isinstance(answer, sp.Equality):
        checks.append(Check("an arbitrary level C (the general solution)", answer.rhs == C))
    return checks


@family("differential_equations.exact_equation", verify=_verify, pose=_pose)
def exact_equation(rng: random.Random, difficulty: int) -> Problem:
    """An exact equation from a polynomial potential F(x, y) with small coefficients."""
    terms = [X**2, Y**2, X * Y, X**2 * Y, X * Y**2, X**3, Y**3, sp.exp(X) * Y, sp.sin(X) * Y]
    f = sum(rng.choice([-3, -2, -1, 1, 2, 3]) * t for t in rng.sample(terms, 2 + min(difficulty, 3)))
    return _pose({"m": sp.sstr(sp.diff(f, X)), "n": sp.sstr(sp.diff(f, Y)), "ask": "solve",
                  "template": rng.randrange(WORDINGS)})
