"""Posed family for a book's long-time behaviour of an autonomous equation: lim x(t) as t -> oo
for x' = f(x) and x(0) = x0 (or for any x0 when f has no zero).

The formalize stage reads "Consider $x' = x^2$. Find $\\lim_{t\\to\\infty} x(t)$ for the solution
with the initial condition $x(0) = -1$." into ``f`` (in x) and ``x0``. The solver reads the
phase line: the critical points (real zeros of f) and the sign of f at x0 say which way x
moves and where it stops: at the next critical point that way, or at +-oo past all of them.
The verifier integrates the equation numerically instead (RK4 to t = 200) and checks x(t)
approaches the limit, or keeps moving past every critical point towards +-oo.
"""

from __future__ import annotations

import math
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X = sp.Symbol("x", real=True)


def _f(params: dict[str, Any]) -> sp.Expr:
    return sp.sympify(params["f"], locals={"x": X})


def long_time_limit(f: sp.Expr, x: sp.Symbol, x0: sp.Expr | None) -> sp.Expr:
    """The phase line's answer: x0 at a critical point, else the nearest critical point in the
    direction sign(f(x0)), else +-oo. With no x0, f must have no real zero."""
    import sympy

    if x0 is None:
        if sympy.solveset(f, x, sympy.S.Reals) != sympy.S.EmptySet:
            raise ValueError("the answer depends on the initial condition")
        return sympy.oo if f.subs(x, 0) > 0 else -sympy.oo
    speed = f.subs(x, x0)
    if speed == 0:
        return x0
    way = 1 if speed > 0 else -1
    # the critical points within 1000 that way (a periodic f has infinitely many beyond)
    near = sympy.solveset(f, x, sympy.Interval.open(*sorted([x0, x0 + 1000 * way])))
    if isinstance(near, sympy.FiniteSet) and near != sympy.S.EmptySet:
        return min(near) if way > 0 else max(near)
    beyond = sympy.Interval.open(x0, sympy.oo) if way > 0 else sympy.Interval.open(-sympy.oo, x0)
    if near == sympy.S.EmptySet and sympy.solveset(f, x, beyond) == sympy.S.EmptySet:
        return sympy.oo * way
    raise ValueError(f"cannot list the critical points: {near}")


def _pose(params: dict[str, Any]) -> Problem:
    f = _f(params)
    x0 = sp.sympify(params["x0"]) if params.get("x0") is not None else None
    answer = long_time_limit(f, X, x0)
    start = f"x(0) = {x0}" if x0 is not None else "any initial condition"
    tex_start = f"$x(0) = {latex(x0)}$" if x0 is not None else "any initial condition"
    plain, tex = worded(params, [
        ("Consider x' = {p}. Find lim x(t) as t -> oo for the solution with {s}.",
         "Consider $x' = {l}$. Find $\\lim_{{t\\to\\infty}} x(t)$ for the solution with {ts}."),
        ("For x' = {p} and {s}, what does x(t) tend to as t -> oo?",
         "For $x' = {l}$ and {ts}, what does $x(t)$ tend to as $t \\to \\infty$?"),
        ("Use the phase line of x' = {p}: where does the solution with {s} go as t -> oo?",
         ("Use the phase line of $x' = {l}$: where does the solution with {ts} go as "
          "$t \\to \\infty$?")),
    ], p=sp.sstr(f), l=latex(f), s=start, ts=tex_start)
    zeros = sp.solveset(f, X, sp.S.Reals)
    steps = [f"The critical points are the real zeros of ${latex(f)}$: ${latex(zeros)}$.",
             (f"$f({latex(x0)}) = {latex(f.subs(X, x0))}$, so $x$ moves "
              f"{'up' if f.subs(X, x0) > 0 else 'down' if f.subs(X, x0) < 0 else 'nowhere'}."
              if x0 is not None else f"${latex(f)}$ has one sign, so $x$ moves one way forever."),
             f"So $\\lim_{{t \\to \\infty}} x(t) = {latex(answer)}$."]
    code = ("import sympy\n\n\n"
            "def solve():\n"
            "    x = sympy.Symbol('x', real=True)\n"
            f"    f = sympy.sympify({params['f']!r}, locals={{'x': x}})\n"
            f"    x0 = {('sympy.sympify(' + repr(params['x0']) + ')') if x0 is not None else 'None'}\n"
            "    if x0 is None:\n"
            "        return sympy.oo if f.subs(x, 0) > 0 else -sympy.oo\n"
            "    speed = f.subs(x, x0)\n"
            "    if speed == 0:\n"
            "        return x0\n"
            "    way = 1 if speed > 0 else -1\n"
            "    near = sympy.solveset(f, x, sympy.Interval.open(*sorted([x0, x0 + 1000 * way])))\n"
            "    if isinstance(near, sympy.FiniteSet) and near != sympy.S.EmptySet:\n"
            "        return min(near) if way > 0 else max(near)\n"
            "    return sympy.oo * way\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _trajectory(f: sp.Expr, x0: float, until: float = 200.0, h: float = 0.01) -> list[float]:
    """x at t = 50, 100, 200 by classical Runge-Kutta (stops growing past 1e6)."""
    g = sp.lambdify(X, f, modules="math")
    x, t, marks = x0, 0.0, []
    for step in range(1, int(until / h) + 1):
        k1 = g(x)
        k2 = g(x + h * k1 / 2)
        k3 = g(x + h * k2 / 2)
        k4 = g(x + h * k3)
        x += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
        t = step * h
        if abs(x) > 1e6:
            return [x, x, x]
        if any(math.isclose(t, mark) for mark in (50, 100, 200)):
            marks.append(x)
    return marks


def _verify(problem: Problem) -> list[Check]:
    f = _f(problem.params)
    x0 = problem.params.get("x0")
    starts = [float(sp.sympify(x0))] if x0 is not None else [-3.0, 0.0, 3.0]
    answer = problem.answer
    if not (answer.is_number or answer in (sp.oo, -sp.oo)):
        return [Check("RK4 to t = 200 approaches the limit", False, "the answer is no number")]
    ok, seen = True, []
    for start in starts:
        marks = _trajectory(f, start)
        seen.append(round(marks[-1], 4))
        if answer in (sp.oo, -sp.oo):
            sign = 1 if answer == sp.oo else -1
            if sign * marks[2] > 1e6:  # blew up that way
                continue
            ahead = [float(z) for z in sp.solveset(f, X, sp.Interval(-50, 50))
                     if sign * (float(z) - start) > 0]
            ok = ok and sign * (marks[2] - marks[1]) > 0 and sign * (marks[1] - marks[0]) > 0 \
                and all(sign * (marks[2] - z) > 0 for z in ahead)
        else:
            ok = ok and abs(marks[2] - float(answer)) < 0.02
    return [Check("RK4 to t = 200 approaches the limit (or moves past every critical point "
                  "towards it)", ok, f"x(200) = {seen}")]


@family("differential_equations.long_time_limit", verify=_verify, pose=_pose)
def phase_line_limit(rng: random.Random, difficulty: int) -> Problem:
    """x' = +-(x - a)(x - b) with x(0) between the critical points or beyond the stable one
    (a finite limit: the stable point)."""
    a, b = sorted(rng.sample(range(-4, 5), 2))
    x = sp.Symbol("x")
    sign = rng.choice([1, -1])
    f = sign * (x - a) * (x - b)
    beyond = a - 1 if sign == 1 else b + 1  # past the stable critical point, coming back
    x0 = rng.choice([beyond, sp.Rational(a + b, 2)] if difficulty > 1 else [sp.Rational(a + b, 2)])
    return _pose({"f": sp.sstr(sp.expand(f)), "x0": sp.sstr(x0),
                  "template": rng.randrange(WORDINGS)})
