"""Posed family for a book's forced linear systems x' = Ax + f(t) with constant A.

The formalize stage reads ``x' = x + 2y + 2t``, ``y' = 3x + 2y - 4`` into ``matrix``,
``forcing`` (f(t), one per component), ``names``, maybe ``ics`` (x(0)) or ``particular``
("find a particular solution"). The answer is the integrating-factor formula the books
derive, x(t) = e^{tA} c + int_0^t e^{(t-s)A} f(s) ds, with e^{tA} by the eigenvalue method
(:mod:`exercises.families.textbook_exponential`); c is x(0), or C1..Cn for the general
solution, or 0 for a particular one. The verifier is independent of that: it
differentiates the answer and substitutes it into x' - Ax - f at random times with random
constants (30 digits), checks x(0), and counts the constants (the Jacobian of x(0) by them
is invertible).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_exponential import exponential, nice_eigenvalues
from exercises.families.textbook_systems import (
    constants,
    eigenvalue_solution,
    solves_system,
)
from exercises.family import Check, Problem, family

T = sp.Symbol("t")


def forced_solution(rows, forcing, ics, particular, t):
    """x(t) = e^{tA} c + int_0^t e^{(t - s)A} f(s) ds (c = x(0), C1..Cn, or 0)."""
    import sympy

    s = sympy.Dummy("s")
    flow = exponential(rows, "t", t)
    f = sympy.Matrix([sympy.sympify(v, locals={"t": t}) for v in forcing])
    kernel = (flow.subs(t, t - s) * f.subs(t, s)).applyfunc(sympy.expand)
    response = kernel.applyfunc(lambda e: sympy.integrate(e, (s, 0, t)))
    if ics is not None:
        start = sympy.Matrix([sympy.Rational(v) for v in ics])
    elif particular:
        start = sympy.zeros(len(rows), 1)
    else:
        start = sympy.Matrix(sympy.symbols(f"C1:{len(rows) + 1}"))
    return sympy.ImmutableMatrix((flow * start + response).applyfunc(sympy.expand))


def _pose(params: dict[str, Any]) -> Problem:
    a = sp.Matrix([[sp.Rational(v) for v in row] for row in params["matrix"]])
    if not a.is_square or a.rows < 2 or not nice_eigenvalues(a):
        raise ValueError("a square matrix of size 2 or more with rational (or complex rational) "
                         "eigenvalues is needed")
    ics, particular = params.get("ics"), bool(params.get("particular"))
    answer = forced_solution(params["matrix"], params["forcing"], ics, particular, T)
    if answer.has(sp.Integral):
        raise ValueError("the forcing term does not integrate in closed form")
    names = params.get("names") or [f"x_{k + 1}" for k in range(a.rows)]
    unknowns = sp.Matrix([sp.Symbol(n) for n in names])
    forcing = sp.Matrix([sp.sympify(v, locals={"t": T}) for v in params["forcing"]])
    sides = a * unknowns + forcing
    plain_eq = ", ".join(f"{n}' = {sp.sstr(e)}" for n, e in zip(names, sides))
    tex_eq = ", ".join(f"{latex(sp.Symbol(n))}' = {latex(e)}" for n, e in zip(names, sides))
    kind = "a particular solution" if particular else "the solution" if ics else "the general solution"
    start = "" if ics is None else ", ".join(f"{n}(0) = {v}" for n, v in zip(names, ics))
    plain, tex = worded(params, [
        ("Find {k} of {p}{s}.", "Find {k} of ${e}${ts}."),
        ("Solve the system {p}{s} ({k}).", "Solve the system ${e}${ts} ({k})."),
        ("Use the integrating factor e^(-tA) to find {k} of {p}{s}.",
         "Use the integrating factor $e^{{-tA}}$ to find {k} of ${e}${ts}."),
    ], k=kind, p=plain_eq, e=tex_eq, s=f" with {start}" if start else "",
        ts=f" with ${start}$" if start else "")
    steps = [(f"Write it as $\\vec{{x}}' = A\\vec{{x}} + \\vec{{f}}$ with $A = {latex(a)}$ and "
             f"$\\vec{{f}} = {latex(forcing)}$."),
             ("Multiply by the integrating factor $e^{-tA}$: $(e^{-tA}\\vec{x})' = e^{-tA}"
             "\\vec{f}$, so $\\vec{x} = e^{tA}\\vec{c} + \\int_0^t e^{(t-s)A}\\vec{f}(s)\\,ds$."),
             f"$\\vec{{x}}(t) = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + "".join(inspect.getsource(m) + "\n\n" for m in (
        eigenvalue_solution, exponential, forced_solution)) +
            "def solve():\n"
            f"    return forced_solution({params['matrix']!r}, {params['forcing']!r}, {ics!r}, "
            f"{particular!r}, sympy.Symbol('t'))\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    a = sp.Matrix([[sp.Rational(v) for v in row] for row in params["matrix"]])
    forcing = sp.Matrix([sp.sympify(v, locals={"t": T}) for v in params["forcing"]])
    answer = sp.Matrix(problem.answer)
    free = constants(answer)
    holds = solves_system(answer, answer.diff(T) - a * answer - forcing,
                          str(params["matrix"]) + str(params["forcing"]))
    checks = [Check("substitute x(t) into x' - Ax - f (30 digits, random t and constants)", bool(holds))]
    ics = params.get("ics")
    if ics is not None:
        checks.append(Check("x(0) is the given initial value", all(
            sp.simplify(s - sp.Rational(v)) == 0 for s, v in zip(answer.subs(T, 0), ics))))
    elif params.get("particular"):
        checks.append(Check("a particular solution has no arbitrary constants", not free))
    else:
        reach = answer.subs(T, 0).jacobian(free) if free else sp.zeros(a.rows, 0)
        checks.append(Check(f"{a.rows} constants reach every initial value", reach.shape ==
                            (a.rows, a.rows) and reach.det() != 0))
    return checks


@family("differential_equations.solve_forced_system", verify=_verify, pose=_pose)
def solve_forced_system(rng: random.Random, difficulty: int) -> Problem:
    """x' = Ax + f(t) for a 2x2 integer matrix with integer eigenvalues, f polynomial or e^t."""
    p = sp.Matrix([[1, 0], [rng.randint(-2, 2), 1]])
    d = sp.diag(*rng.sample(range(-3, 4), 2))
    rows = [[str(v) for v in row] for row in (p * d * p.inv()).tolist()]
    forcing = [rng.choice(["t", "1", "exp(t)", "0", "2*t - 1"]) for _ in range(2)]
    if forcing == ["0", "0"]:
        forcing[0] = "1"
    return _pose({"matrix": rows, "forcing": forcing, "names": ["x", "y"],
                  "particular": rng.random() < 0.3, "template": rng.randrange(WORDINGS)})
