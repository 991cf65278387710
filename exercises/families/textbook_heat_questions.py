"""Posed family for the questions a book asks about one heat problem with finite trigonometric
data: "Consider a wire insulated on both ends, $L=1$, $k=1$, and $u(x,0) = \\cos^2(\\pi x)$.
a) Find the solution. b) Find the average temperature. c) ... Find the time when the variation
is 1/2" (``differential_equations.heat_question``).

``params``: ``ends`` ("dirichlet": u = 0 at both ends; "neumann": insulated), ``k``, ``length``,
``f`` (a finite sum of the ends' modes, after trig identities) and ``question``:
"solution" u(x, t); "average" (1/L) int_0^L u dx; "value" u at x = ``at``, a function of t;
"extremes" (the maximum, the minimum) of u(x, 0) on [0, L]; "variation time" the t at which
max u - min u equals ``at``; "maximum time" the t at which max u is ``at`` times its initial
maximum. The times need one decaying mode (the variation or the maximum then decays like
e^{-n^2 pi^2 k t / L^2}). The solution is :func:`separated_solution`'s finite sum.

Verified independently, numerically (mpmath, 30 digits): the solution satisfies the equation,
the end conditions and the data at random points; an average is the quadrature of u at two
times; a value is u there at three times; extremes are a fine grid's; a time is where a fine
grid's variation (maximum) reaches the target, and not yet at 0.9 of that time.
"""

from __future__ import annotations

import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program
from exercises.families.textbook_boundary import separated_solution
from exercises.family import Check, Problem, family

X, T = sp.Symbol("x"), sp.Symbol("t")
N = sp.Symbol("n", integer=True, positive=True)
NAMES = {"x": X, "t": T, "E": sp.E, "e": sp.E}
QUESTIONS = ("solution", "average", "value", "extremes", "variation time", "maximum time")
GRID = 2000  # points of [0, L] for the numeric extremes


def heat_answer(ends, k, length, f, question, at, x, t, n):
    """The answer to ``question`` about u_t = k u_xx on [0, L] with these ends and u(x, 0) = f."""
    import sympy

    u = separated_solution("heat", ends, k, length, f, sympy.Integer(0), x, t, n)
    if u is None or u.has(sympy.Sum):
        raise ValueError("the data is not a finite sum of the modes")
    if question == "solution":
        return u
    if question == "average":
        return sympy.simplify(sympy.integrate(u, (x, 0, length)) / length)
    if question == "value":
        return sympy.simplify(u.subs(x, at))
    interval = sympy.Interval(0, length)
    start = u.subs(t, 0)
    top, bottom = sympy.maximum(start, x, interval), sympy.minimum(start, x, interval)
    if question == "extremes":
        return sympy.Tuple(top, bottom)
    rates = {sympy.simplify(-e.args[0] / t) for e in u.atoms(sympy.exp)}
    if len(rates) != 1:
        raise ValueError("not one decaying mode: no single rate")
    rate = rates.pop()
    if question == "variation time":  # max - min decays like the one mode
        return sympy.simplify(sympy.log((top - bottom) / at) / rate)
    if question == "maximum time":  # the mode alone: its maximum decays with it
        if sympy.simplify(u.diff(t) + rate * u) != 0:
            raise ValueError("a constant beside the mode: the maximum does not scale")
        return sympy.simplify(sympy.log(1 / at) / rate)
    raise ValueError(f"unknown question {question}")


def _data(params: dict[str, Any]) -> tuple[sp.Expr, ...]:
    k, length = (sp.nsimplify(sp.sympify(params[key])) for key in ("k", "length"))
    f = sp.sympify(params["f"], locals=NAMES)
    at = sp.sympify(params.get("at", "0"))
    return k, length, f, at


_ASKED = {
    "solution": "Find the solution $u(x,t)$.",
    "average": "Find the average temperature.",
    "value": "What is the temperature at $x = {a}$ at any time?",
    "extremes": "What is the maximum and the minimum temperature on the wire at $t=0$?",
    "variation time": "Find the time when the variation (maximum minus minimum) is ${a}$.",
    "maximum time": "At what time is the maximum temperature on the wire exactly ${a}$ of the "
                    "initial maximum at $t=0$?",
}


def _pose(params: dict[str, Any]) -> Problem:
    k, length, f, at = _data(params)
    question = params["question"]
    answer = heat_answer(params["ends"], k, length, f, question, at, X, T, N)
    wire = ("a wire insulated on both ends" if params["ends"] == "neumann" else
            "a wire whose ends are kept at temperature 0")
    opening = ["Consider", "Take", "Suppose we have"][params.get("template", 0) % WORDINGS]
    tex = (f"{opening} {wire}, $L={latex(length)}$, $k={latex(k)}$, and "
           f"$u(x,0) = {latex(f)}$ ($u_t = k u_{{xx}}$). " + _ASKED[question].format(a=latex(at)))
    plain = tex.replace("$", "")
    u = separated_solution("heat", params["ends"], k, length, f, sp.Integer(0), X, T, N)
    steps = [(f"Write the data as a sum of the modes (trig identities): $u(x,0) = {latex(f)}$; "
              f"each mode decays on its own: $u(x,t) = {latex(u)}$."),
             f"Then the question: ${latex(answer)}$."]
    call = (f"heat_answer({params['ends']!r}, sympy.nsimplify({sp.sstr(k)!r}), "
            f"sympy.nsimplify({sp.sstr(length)!r}), sympy.sympify({params['f']!r}, "
            f"locals={{'x': sympy.Symbol('x')}}), {question!r}, sympy.sympify("
            f"{sp.sstr(at)!r}), sympy.Symbol('x'), sympy.Symbol('t'), "
            "sympy.Symbol('n', integer=True, positive=True))")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([separated_solution, heat_answer], call), params=params)


def _grid(expr: sp.Expr, length: sp.Expr) -> list[mpmath.mpf]:
    values = sp.lambdify(X, expr, modules="mpmath")
    size = mpmath.mpf(sp.N(length, 30))
    return [values(size * j / GRID) for j in range(GRID + 1)]


def _verify(problem: Problem) -> list[Check]:
    k, length, f, at = _data(problem.params)
    question, answer = problem.params["question"], problem.answer
    if not isinstance(answer, sp.Basic) or answer.free_symbols - {X, T}:
        return [Check("the answer is in x and t alone", False)]
    if question != "solution" and answer.has(X) or question in ("extremes", "variation time",
                                                                 "maximum time") and answer.has(T):
        return [Check("the answer is a number (a function of t for a value)", False)]
    u = separated_solution("heat", problem.params["ends"], k, length, f, sp.Integer(0), X, T, N)
    rng = random.Random(problem.params["f"])
    times = [sp.Rational(rng.randint(1, 400), 1000) for _ in range(3)]
    with mpmath.workdps(30):
        if question == "solution":
            edge = answer.diff(X) if problem.params["ends"] == "neumann" else answer
            points = [{X: sp.Rational(rng.randint(1, 999), 1000) * length, T: t} for t in times]
            holds = all(abs(sp.N((answer.diff(T) - k * answer.diff(X, 2)).subs(p), 30)) < 1e-20
                        and abs(sp.N((answer.subs(T, 0) - f).subs(X, p[X]), 30)) < 1e-20
                        for p in points) and all(
                abs(sp.N(edge.subs({X: end, T: t}), 30)) < 1e-20 for end in (0, length)
                for t in times)
            return [Check("u_t = k u_xx, the end conditions and u(x, 0) = f at random points "
                          "(30 digits)", bool(holds))]
        if question == "average":
            same = all(abs(mpmath.quad(sp.lambdify(X, u.subs(T, t), modules="mpmath"),
                                       [0, sp.N(length, 30)]) / sp.N(length, 30)
                           - sp.N(answer.subs(T, t), 30)) < 1e-20 for t in times[:2])
            return [Check("the quadrature of u over the wire, over L, at two times", bool(same))]
        if question == "value":
            same = all(abs(sp.N(u.subs({X: at, T: t}) - answer.subs(T, t), 30)) < 1e-20
                       for t in times)
            return [Check("u at the point, at three times (30 digits)", bool(same))]
        if question == "extremes":
            grid = _grid(f, length)
            same = abs(max(grid) - sp.N(answer[0], 30)) < 1e-5 and \
                abs(min(grid) - sp.N(answer[1], 30)) < 1e-5
            return [Check(f"the largest and smallest of u(x, 0) on a grid of {GRID} steps",
                          bool(same))]

        def measure(t: sp.Expr) -> mpmath.mpf:
            grid = _grid(u.subs(T, t), length)
            return max(grid) - min(grid) if question == "variation time" else max(grid)

        target = at if question == "variation time" else at * measure(0)
        reached = abs(measure(answer) - target) < 1e-5 * max(1, abs(target))
        before = measure(answer * sp.Rational(9, 10)) > target
    return [Check("at the time, a grid's variation (maximum) is the target; at 0.9 of it, "
                  "still above", bool(reached and before))]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New k, and a new amplitude (a value question's point stays)."""
    k = sp.Rational(rng.choice([1, 2, 3, 5]), rng.choice([1, 1, 10, 100]))
    f = sp.sympify(params["f"], locals=NAMES) * rng.choice([2, 3, 5, sp.Rational(1, 2)])
    new = {**params, "k": sp.sstr(k), "f": sp.sstr(f)}
    if params["question"] == "variation time":
        new["at"] = sp.sstr(sp.sympify(params["at"]) * (f / sp.sympify(params["f"], locals=NAMES)))
    return new


REDRAW = {"differential_equations.heat_question": _redraw}


@family("differential_equations.heat_question", verify=_verify, pose=_pose)
def heat_question(rng: random.Random, difficulty: int) -> Problem:
    """One or two modes (sin^2, cos^2, a sine) with a question about them."""
    ends = rng.choice(["dirichlet", "neumann"])
    m = rng.randint(1, 3)
    f = (rng.randint(1, 9) * 10 * sp.sin(m * sp.pi * X) if ends == "dirichlet"
         else sp.cos(m * sp.pi * X)**2)
    question = rng.choice(["solution", "average", "extremes", "variation time"])
    return _pose({"ends": ends, "k": "1", "length": "1", "f": sp.sstr(f), "question": question,
                  "at": "1/2" if question == "variation time" else "0",
                  "template": rng.randrange(WORDINGS)})
