"""Posed family for "Suppose that a fourth-order equation has a solution $y = 2 e^{4x} x \\cos x$.
Find the initial conditions that the given solution satisfies." (Lebl 2.3.5 b).

The formalize stage (:mod:`formalize.construct`) reads the ``function`` (in x), the ``order``
n and the ``point`` (0). The answer is (y(0), y'(0), ..., y^(n-1)(0)): the initial
conditions an n-th order equation takes. The solver differentiates n - 1 times and
substitutes; the check reads the same numbers off the Taylor series at the point instead
(k! times the coefficient of (x - point)^k).
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
WORDS = [
    (("An equation of order {n} has the solution y = {p}. Find the initial conditions "
     "y(a), y'(a), ... at a = {a} that this solution satisfies."),
     ("An equation of order ${n}$ has the solution $y = {l}$. Find the initial conditions "
     "$y({a}), y'({a}), \\ldots$ that this solution satisfies.")),
    ("Give y({a}), y'({a}), ..., up to the derivative of order {m}, for y = {p}.",
     "Give $y({a}), y'({a}), \\ldots, y^{{({m})}}({a})$ for $y = {l}$."),
    ("y = {p} solves an order-{n} equation: what initial conditions at x = {a} does it meet?",
     ("$y = {l}$ solves an equation of order ${n}$: what initial conditions at $x = {a}$ does "
     "it meet?")),
]


def initial_values(function: str, order: int, point: str) -> Any:
    """(y(a), y'(a), ..., y^(order-1)(a)) for y = function of x, at a = point."""
    import sympy

    x = sympy.Symbol("x")
    y, a = sympy.sympify(function, locals={"x": x}), sympy.sympify(point)
    values = []
    for _ in range(order):
        values.append(sympy.simplify(y.subs(x, a)))
        y = sympy.diff(y, x)
    return sympy.Tuple(*values)


def _pose(params: dict[str, Any]) -> Problem:
    f = sp.sympify(params["function"], locals={"x": X})
    n, a = int(params["order"]), sp.sympify(params["point"])
    answer = initial_values(params["function"], n, params["point"])
    plain, tex = worded(params, WORDS, p=sp.sstr(f), l=latex(f), n=n, m=n - 1, a=a)
    steps = [(f"An equation of order {n} takes the {n} values $y({a}), \\ldots, "
             f"y^{{({n - 1})}}({a})$ as its initial conditions.")]
    derivative = f
    for k, value in enumerate(answer):
        steps.append(f"$y^{{({k})}}(x) = {latex(derivative)}$, so $y^{{({k})}}({latex(a)}) = "
                     f"{latex(value)}$.")
        derivative = sp.diff(derivative, X)
    call = f"initial_values({params['function']!r}, {n}, {params['point']!r})"
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([initial_values], call), params=params,
                   answer_text=", ".join(f"y^({k})({a}) = {sp.sstr(v)}"
                                         for k, v in enumerate(answer)))


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    f = sp.sympify(params["function"], locals={"x": X})
    n, a = int(params["order"]), sp.sympify(params["point"])
    h = sp.Symbol("h")
    series = sp.series(f.subs(X, a + h), h, 0, n).removeO()
    expected = [sp.factorial(k) * series.coeff(h, k) for k in range(n)]
    same = len(problem.answer) == n and all(
        sp.simplify(v - e) == 0 for v, e in zip(problem.answer, expected, strict=True))
    return [Check("k! times the Taylor coefficients at the point", same,
                  f"series gives {expected}")]


@family("differential_equations.initial_values", verify=_verify, pose=_pose)
def initial_values_family(rng: random.Random, difficulty: int) -> Problem:
    """c x^k e^(ax) cos(bx) (or sin) and the order 2 + difficulty."""
    c, a, b = rng.randint(1, 4), rng.randint(-3, 4), rng.randint(1, 3)
    f = c * X ** rng.randint(0, 1) * sp.exp(a * X) * rng.choice([sp.cos, sp.sin])(b * X)
    return _pose({"function": sp.sstr(f), "order": 2 + min(difficulty, 3), "point": "0",
                  "template": rng.randrange(WORDINGS)})


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each integer of the function other than 0 and 1 (a coefficient, a rate, a power)
    re-drawn: the same shape, the same order."""
    f = sp.sympify(params["function"], locals={"x": X})
    numbers = {v for v in f.atoms(sp.Integer) if abs(v) > 1}
    drawn = {v: sp.Integer(rng.choice([2, 3, 4, 5]) * (1 if v > 0 else -1)) for v in numbers}
    return {**params, "function": sp.sstr(f.xreplace(drawn))}


REDRAW = {"differential_equations.initial_values": _vary}
