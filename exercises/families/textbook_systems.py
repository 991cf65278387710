"""Posed family for a book's linear systems x' = Ax with constant coefficients, maybe x(0) given.

The formalize stage reads ``x_1' = 3x_1 + x_2``, ``x_2' = 2x_1 + 4x_2`` (or
``\\vec{x}' = A\\vec{x}``) into ``matrix`` (rows of rational strings) and, when
every component has one, ``ics`` (x(0) as a list). The solution is found by the
eigenvalue method the books teach: ``v e^{\\lambda t}`` for each eigenvector, the
real and imaginary parts of ``v e^{(a + bi) t}`` for a complex pair, and the
columns of ``e^{At}`` when an eigenvalue is defective. The verifier is
independent of that: it differentiates the answer and substitutes it into
x' - Ax at random times with random constants (30 digits), checks x(0), and for a
general solution checks that its n constants reach every initial value (the
matrix of the answer's derivatives by the constants at t = 0 is invertible).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

T = sp.Symbol("t")


def eigenvalue_solution(rows, ics, t):
    """x(t) for x' = Ax by the eigenvalue method: a column of expressions in ``t`` with
    constants C1..Cn, or with x(0) = ``ics`` when given; None when x(0) cannot be met."""
    import sympy

    a = sympy.Matrix([[sympy.Rational(v) for v in row] for row in rows])
    columns = []
    for value, multiplicity, vectors in sorted(a.eigenvects(), key=lambda e: sympy.default_sort_key(e[0])):
        if len(vectors) < multiplicity:  # defective: the columns of the matrix exponential
            columns = [(a * t).exp().col(k) for k in range(a.rows)]
            break
        real, imaginary = sympy.re(value), sympy.im(value)
        for v in vectors:
            if imaginary == 0:
                columns.append(v * sympy.exp(value * t))
            elif imaginary.is_positive:  # the conjugate eigenvalue gives nothing new
                vr, vi = v.applyfunc(sympy.re), v.applyfunc(sympy.im)
                grow = sympy.exp(real * t)
                columns.append(grow * (vr * sympy.cos(imaginary * t) - vi * sympy.sin(imaginary * t)))
                columns.append(grow * (vr * sympy.sin(imaginary * t) + vi * sympy.cos(imaginary * t)))
    fundamental = sympy.Matrix.hstack(*columns).applyfunc(sympy.expand)
    if ics is None:
        constants = sympy.Matrix(sympy.symbols(f"C1:{a.rows + 1}"))
    else:
        start = fundamental.subs(t, 0)
        if start.det() == 0:
            return None
        constants = start.inv() * sympy.Matrix([sympy.Rational(v) for v in ics])
    return sympy.ImmutableMatrix((fundamental * constants).applyfunc(sympy.expand))


def _matrix(params: dict[str, Any]) -> sp.Matrix:
    return sp.Matrix([[sp.Rational(v) for v in row] for row in params["matrix"]])


def _pose_system(params: dict[str, Any]) -> Problem:
    a = _matrix(params)
    if not a.is_square or a.rows < 2:
        raise ValueError("a system needs a square matrix of size 2 or more")
    factors = sp.factor_list(a.charpoly().as_expr())[1]
    if any(sp.degree(f) > 2 for f, _ in factors):  # Cardano's roots: not a book's exercise
        raise ValueError("the characteristic polynomial has an irreducible factor of degree > 2")
    ics = params.get("ics")
    answer = eigenvalue_solution(params["matrix"], ics, T)
    if answer is None:
        raise ValueError("the solutions do not reach the initial value")
    names = params.get("names") or [f"x_{k + 1}" for k in range(a.rows)]
    unknowns = sp.Matrix([sp.Symbol(n) for n in names])
    plain_eq = ", ".join(f"{n}' = {sp.sstr(e)}" for n, e in zip(names, a * unknowns))
    tex_eq = ", ".join(f"{latex(sp.Symbol(n))}' = {latex(e)}" for n, e in zip(names, a * unknowns))
    start = "" if ics is None else ", ".join(f"{n}(0) = {v}" for n, v in zip(names, ics))
    plain, tex = worded(params, [
        ("Solve the system {p}{s}.", "Solve the system ${e}${ts}."),
        ("Find {kind} of the system {p}{s}.", "Find {kind} of ${e}${ts}."),
        ("Use the eigenvalue method to solve {p}{s}.", "Use the eigenvalue method to solve ${e}${ts}."),
    ], p=plain_eq, e=tex_eq, s=f" with {start}" if start else "",
        ts=f" with ${start}$" if start else "",
        kind="the solution" if ics else "the general solution")
    eigen = ", ".join(f"{latex(k)}" + (f" (multiplicity {m})" if m > 1 else "")
                      for k, m in a.eigenvals().items())
    steps = [(f"Write it as $\\vec{{x}}' = A\\vec{{x}}$ with $A = {latex(a)}$; "
              f"its eigenvalues are ${eigen}$."),
             ("Each eigenvector $v$ of $\\lambda$ gives a solution $v e^{\\lambda t}$ (for a "
              "complex pair, its real and imaginary parts; for a defective eigenvalue, $e^{At}$)."),
             f"$\\vec{{x}}(t) = {latex(answer)}$."]
    if ics:
        steps.insert(2, "The initial values fix the constants: solve $X(0)\\,c = \\vec{x}(0)$.")
    code = (
        "import sympy\n\n\n" + inspect.getsource(eigenvalue_solution) + "\n\n"
        "def solve():\n"
        f"    return eigenvalue_solution({params['matrix']!r}, {ics!r}, sympy.Symbol('t'))\n"
    )
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def constants(answer: sp.Matrix) -> list[sp.Symbol]:
    """The arbitrary constants of a system's solution x(t), in name order."""
    return sorted(answer.free_symbols - {T}, key=str)


def solves_system(answer: sp.Matrix, residual: sp.Matrix, seed: str) -> bool:
    """Whether ``residual`` (x' - Ax - f with x = ``answer``) vanishes to 30 digits at three
    random t and random values of the answer's constants, relative to the answer's size."""
    free = constants(answer)
    rng = random.Random(seed)
    holds = True
    for _ in range(3):
        values = {c: sp.Rational(rng.randint(-20, 20), rng.randint(1, 5)) for c in free}
        values[T] = sp.Rational(rng.randint(-1500, 1500), 1000)
        scale = 1 + max(abs(sp.N(v, 30)) for v in answer.subs(values))
        holds = holds and all(abs(sp.N(v, 30)) < 1e-15 * scale for v in residual.subs(values))
    return holds


def _verify_system(problem: Problem) -> list[Check]:
    a = _matrix(problem.params)
    answer = sp.Matrix(problem.answer)
    free = constants(answer)
    holds = solves_system(answer, answer.diff(T) - a * answer, str(problem.params["matrix"]))
    ics = problem.params.get("ics")
    checks = [Check("substitute x(t) into x' - Ax (30 digits, random t and constants)", holds)]
    if ics is not None:
        start = answer.subs(T, 0)
        checks.append(Check("x(0) is the given initial value",
                            all(sp.simplify(s - sp.Rational(v)) == 0 for s, v in zip(start, ics))))
    else:
        reach = answer.subs(T, 0).jacobian(free) if free else sp.zeros(a.rows, 0)
        checks.append(Check(f"{a.rows} constants reach every initial value (the Jacobian of x(0) "
                            "by the constants is invertible)",
                            reach.shape == (a.rows, a.rows) and reach.det() != 0,
                            f"constants {[str(c) for c in free]}"))
    return checks


@family("differential_equations.solve_linear_system", verify=_verify_system, pose=_pose_system)
def solve_linear_system(rng: random.Random, difficulty: int) -> Problem:
    """x' = Ax for a 2x2 (3x3 from difficulty 4) integer matrix P D P^-1 with integer
    eigenvalues (P unit triangular, so A is integral), x(0) given half the time."""
    size = 2 if difficulty < 4 else 3
    p = sp.Matrix(size, size, lambda i, j: 1 if i == j else (rng.randint(-2, 2) if i > j else 0))
    d = sp.diag(*[rng.randint(-3, 3) for _ in range(size)])
    rows = [[str(v) for v in row] for row in (p * d * p.inv()).tolist()]
    params: dict[str, Any] = {"matrix": rows, "template": rng.randrange(WORDINGS)}
    if rng.random() < 0.5:
        params["ics"] = [str(rng.randint(-3, 3)) for _ in range(size)]
    return _pose_system(params)
