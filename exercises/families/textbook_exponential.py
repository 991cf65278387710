"""Posed family for a book's matrix exponentials: "Compute $e^{tA}$ where $A = [...]$".

The formalize stage reads the matrix (rows of rational strings) and whether the book asks
for ``e^{tA}`` or for ``e^{A}`` (``at`` is "t" or "1"). The answer is found the way the
books teach it: column k of ``e^{tA}`` is the solution of x' = Ax with x(0) = e_k, by the
eigenvalue method (:func:`exercises.families.textbook_systems.eigenvalue_solution`). The
verifier is independent of that: ``d/dt e^{tA} = A e^{tA}`` at random times and
``e^{0A} = I`` (30 digits), and the value at a random time against mpmath's own matrix
exponential (a Taylor/Pade computation).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_systems import eigenvalue_solution
from exercises.family import Check, Problem, family

T = sp.Symbol("t")


def exponential(rows, at, t):
    """e^{tA} (``at`` = "t") or e^{A} (``at`` = "1"): its columns solve x' = Ax from the
    unit vectors."""
    import sympy

    size = len(rows)
    columns = [eigenvalue_solution(rows, [str(int(i == k)) for i in range(size)], t)
               for k in range(size)]
    result = sympy.Matrix.hstack(*columns)
    return sympy.ImmutableMatrix(result if at == "t" else result.subs(t, 1))


def _matrix(params: dict[str, Any]) -> sp.Matrix:
    return sp.Matrix([[sp.Rational(v) for v in row] for row in params["matrix"]])


def _pose(params: dict[str, Any]) -> Problem:
    a = _matrix(params)
    if not a.is_square or a.rows < 2:
        raise ValueError("a matrix exponential needs a square matrix of size 2 or more")
    factors = sp.factor_list(a.charpoly().as_expr())[1]
    if any(sp.degree(f) > 2 for f, _ in factors):  # Cardano's roots: not a book's exercise
        raise ValueError("the characteristic polynomial has an irreducible factor of degree > 2")
    at = params.get("at", "t")
    answer = exponential(params["matrix"], at, T)
    power = "tA" if at == "t" else "A"
    plain, tex = worded(params, [
        ("Compute e^({p}) where A = {m}.", "Compute $e^{{{p}}}$ where $A = {lm}$."),
        ("Find the matrix exponential e^({p}) for A = {m}.",
         "Find the matrix exponential $e^{{{p}}}$ for $A = {lm}$."),
        ("What is e^({p}) when A = {m}?", "What is $e^{{{p}}}$ when $A = {lm}$?"),
    ], p=power, m=sp.sstr(a.tolist()), lm=latex(a))
    steps = [(f"The eigenvalues of $A = {latex(a)}$ are "
             f"${', '.join(latex(v) for v in a.eigenvals())}$."),
             ("Column $k$ of $e^{tA}$ is the solution of $\\vec{x}' = A\\vec{x}$ with "
             "$\\vec{x}(0) = \\vec{e}_k$; find each by the eigenvalue method."),
             f"$e^{{{power}}} = {latex(answer)}$."]
    code = ("import sympy\n\n\n" + inspect.getsource(eigenvalue_solution) + "\n\n"
            + inspect.getsource(exponential) + "\n\n"
            "def solve():\n"
            f"    return exponential({params['matrix']!r}, {at!r}, sympy.Symbol('t'))\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    a = _matrix(problem.params)
    answer = sp.Matrix(problem.answer)
    at = problem.params.get("at", "t")
    rng = random.Random(str(problem.params["matrix"]))
    times = [sp.Rational(rng.randint(-1500, 1500), 1000) for _ in range(3)]
    if at == "t":
        residual = answer.diff(T) - a * answer
        scale = [1 + max(abs(sp.N(v, 30)) for v in answer.subs(T, s)) for s in times]
        solves = all(abs(sp.N(v, 30)) < 1e-15 * k for s, k in zip(times, scale)
                     for v in residual.subs(T, s))
        starts = all(sp.N(v, 30) == 0 for v in answer.subs(T, 0) - sp.eye(a.rows))
        value, at_time = answer.subs(T, times[0]), times[0]
    else:
        solves = starts = answer.free_symbols == set()
        value, at_time = answer, 1
    with mpmath.workdps(30):
        reference = mpmath.expm(mpmath.matrix([[mpmath.mpf(sp.Rational(v).p) / sp.Rational(v).q
                                                for v in row] for row in problem.params["matrix"]])
                                * mpmath.mpf(sp.Rational(at_time).p) / sp.Rational(at_time).q)
        close = all(abs(complex(sp.N(value[i, j], 30)) - complex(reference[i, j]))
                    < 1e-12 * (1 + abs(complex(reference[i, j])))
                    for i in range(a.rows) for j in range(a.rows))
    return [
        Check("d/dt e^{tA} = A e^{tA} at random t, and e^{0} = I (30 digits)", solves and starts),
        Check(f"agrees with mpmath's matrix exponential at t = {at_time}", close),
    ]


@family("differential_equations.matrix_exponential", verify=_verify, pose=_pose)
def matrix_exponential(rng: random.Random, difficulty: int) -> Problem:
    """e^{tA} for a 2x2 integer matrix P D P^-1 with integer eigenvalues (P unit triangular)."""
    p = sp.Matrix([[1, 0], [rng.randint(-2, 2), 1]])
    d = sp.diag(*rng.sample(range(-3, 4), 2))
    rows = [[str(v) for v in row] for row in (p * d * p.inv()).tolist()]
    return _pose({"matrix": rows, "at": "t", "template": rng.randrange(WORDINGS)})
