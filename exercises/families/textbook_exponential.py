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


def nice_eigenvalues(a: sp.Matrix) -> bool:
    """Rational eigenvalues, or complex pairs with rational real and imaginary parts: the
    matrices books choose (irrational ones make e^{tA} huge and slow)."""
    eigenvalues = a.eigenvals()
    return sum(eigenvalues.values()) == a.rows and all(
        sp.re(v).is_rational and sp.im(v).is_rational for v in eigenvalues)


def _matrix(params: dict[str, Any]) -> sp.Matrix:
    return sp.Matrix([[sp.Rational(v) for v in row] for row in params["matrix"]])


def _pose(params: dict[str, Any]) -> Problem:
    a = _matrix(params)
    if not a.is_square or a.rows < 2:
        raise ValueError("a matrix exponential needs a square matrix of size 2 or more")
    if not nice_eigenvalues(a):
        raise ValueError("the eigenvalues are irrational: not a book's exercise")
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
        Check("d/dt e^{tA} = A e^{tA} at random t, and e^{0} = I (30 digits)", bool(solves and starts)),
        Check(f"agrees with mpmath's matrix exponential at t = {at_time}", bool(close)),
    ]


def similar_redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new matrix P B P^-1 of the same size and eigenvalue structure: B has new integer
    eigenvalues (equal ones stay equal, a defective one keeps its Jordan block, a complex pair
    becomes a new pair a +- bi), P is unit lower triangular with small integers."""
    a = _matrix(params)
    blocks, used = [], set()
    _, jordan = a.jordan_form()
    sizes, at = [], 0
    while at < a.rows:  # the Jordan blocks: runs of equal diagonal entries joined by 1s
        size = 1
        while at + size < a.rows and jordan[at + size - 1, at + size] == 1:
            size += 1
        sizes.append((jordan[at, at], size))
        at += size
    new_value: dict[sp.Expr, sp.Expr] = {}
    for value, size in sizes:
        if sp.im(value).is_negative:
            continue  # drawn with its conjugate
        if value not in new_value:
            draw = rng.choice([v for v in range(-4, 5) if v not in used])
            used.add(draw)
            new_value[value] = (sp.Integer(draw) if sp.im(value) == 0
                                else sp.Integer(draw) + sp.I * rng.randint(1, 3))
        new = new_value[value]
        if sp.im(new) == 0:
            blocks.append(new * sp.eye(size) + sp.Matrix(size, size, lambda i, j: int(j == i + 1)))
        else:
            blocks.append(sp.Matrix([[sp.re(new), sp.im(new)], [-sp.im(new), sp.re(new)]]))
    p = sp.Matrix(a.rows, a.rows, lambda i, j: 1 if i == j else (rng.randint(-2, 2) if i > j else 0))
    rows = p * sp.diag(*blocks) * p.inv()
    return {**params, "matrix": [[sp.sstr(v) for v in row] for row in rows.tolist()]}


REDRAW = {"differential_equations.matrix_exponential": similar_redraw,
          "differential_equations.solve_forced_system": similar_redraw}


@family("differential_equations.matrix_exponential", verify=_verify, pose=_pose)
def matrix_exponential(rng: random.Random, difficulty: int) -> Problem:
    """e^{tA} for a 2x2 integer matrix P D P^-1 with integer eigenvalues (P unit triangular)."""
    p = sp.Matrix([[1, 0], [rng.randint(-2, 2), 1]])
    d = sp.diag(*rng.sample(range(-3, 4), 2))
    rows = [[str(v) for v in row] for row in (p * d * p.inv()).tolist()]
    return _pose({"matrix": rows, "at": "t", "template": rng.randrange(WORDINGS)})
