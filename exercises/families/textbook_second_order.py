"""Posed family for a book's second-order system x'' = A x + f(t) (carts on springs, section 3.6;
eigenvector decomposition and undetermined coefficients, section 3.9).

The formalize stage reads "Find the general solution to $x_1'' = -6x_1 + 3x_2 + \\cos(t)$,
$x_2'' = 2x_1 - 7x_2 + 3\\cos(t)$" (or "$\\vec{x}'' = [A] \\vec{x} + [F] \\cos(2t)$") into
``matrix`` (A's rows), ``forcing`` (f's components, in t), and ``ask``: "particular", "general"
or "ivp" (then ``positions`` x(0) and ``velocities`` x'(0)).

By construction, no dsolve: the particular solution by undetermined coefficients term by term
(a polynomial's coefficients by a linear solve; F cos wt, F sin wt, F e^{at} in A's eigenvector
coordinates, each xi_i'' = l_i xi_i + g_i cos wt solved alone, with a factor t at resonance), the
homogeneous one by A's eigenvectors (v (a cos wt +
b sin wt) for an eigenvalue -w^2 < 0, v (a e^{st} + b e^{-st}) for s^2 > 0, v (a + b t) for 0),
and the initial values by a linear solve. The verifier substitutes the answer into
x'' - A x - f at random t and random constants (30 digits), checks the initial values, and
for a general solution that its 2n constants reach every (x(0), x'(0)).
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.families.textbook_systems import constants, solves_system
from exercises.family import Check, Problem, family

T = sp.Symbol("t")


def second_order_solution(rows, forcing, ask, positions=None, velocities=None):
    """x(t) for x'' = A x + f(t): a particular solution, the general one (constants a_k, b_k),
    or the one with x(0) = positions, x'(0) = velocities."""
    import sympy

    t = sympy.Symbol("t")
    a = sympy.Matrix([[sympy.sympify(v) for v in row] for row in rows])
    n = a.rows
    f = sympy.Matrix([sympy.sympify(v, locals={"t": t}) for v in forcing])
    # Undetermined coefficients: f's terms grouped by shape (a polynomial, cos, sin, exp).
    shapes = {}
    for i in range(n):
        for term in sympy.Add.make_args(sympy.expand(f[i])):
            if term == 0:
                continue
            coefficient, rest = term.as_independent(t)
            if rest.is_polynomial(t):
                key, value = ("poly", None), term
            elif isinstance(rest, (sympy.cos, sympy.sin, sympy.exp)) and \
                    (rest.args[0] / t).is_number and rest.args[0].is_polynomial(t):
                kind = "cos" if isinstance(rest, sympy.cos) else \
                    "sin" if isinstance(rest, sympy.sin) else "exp"
                key, value = (kind, rest.args[0] / t), coefficient
            else:
                raise ValueError(f"no undetermined coefficients for the forcing term {term}")
            shapes.setdefault(key, sympy.zeros(n, 1))
            shapes[key][i] += value
    eigen = a.eigenvects()
    if any(not value.is_real or len(vectors) != multiplicity
           for value, multiplicity, vectors in eigen):
        raise ValueError("A needs n real eigenvectors")
    values = [value for value, _, vectors in eigen for _ in vectors]
    eigenbasis = sympy.Matrix.hstack(*[v for _, _, vectors in eigen for v in vectors])
    particular = sympy.zeros(n, 1)
    for (kind, rate), vector in shapes.items():
        if kind == "poly":
            degree = max(sympy.degree(v, t) for v in vector if v != 0)
            unknown = sympy.Matrix(n, degree + 1, lambda i, k: sympy.Symbol(f"c_{i}_{k}"))
            guess = sympy.Matrix([sum(unknown[i, k] * t**k for k in range(degree + 1))
                                  for i in range(n)])
            residual = sympy.expand(guess.diff(t, 2) - a * guess - vector)
            equations = [c for v in residual for c in sympy.Poly(v, t).all_coeffs()]
            found = sympy.solve(equations, list(unknown), dict=True)
            if len(found) != 1 or set(unknown) - set(found[0]):
                raise ValueError("no unique polynomial particular solution (A is singular)")
            particular += guess.subs(found[0])
            continue
        # cos, sin, exp terms in A's eigenvector coordinates (x = P xi): each xi_i'' =
        # l_i xi_i + g_i h(t), with h'' = s h; at resonance (l_i = s) a factor t.
        s = -rate**2 if kind != "exp" else rate**2
        h = {"cos": sympy.cos, "sin": sympy.sin, "exp": sympy.exp}[kind](rate * t)
        g = eigenbasis.solve(vector)
        resonant = {"cos": t * sympy.sin(rate * t) / (2 * rate),
                    "sin": -t * sympy.cos(rate * t) / (2 * rate), "exp": t * h / (2 * rate)}[kind]
        xi = [g[i] * (resonant if values[i] == s else h / (s - values[i])) for i in range(n)]
        particular += eigenbasis * sympy.Matrix(xi)
    particular = sympy.simplify(particular)
    if ask == "particular":
        return sympy.ImmutableMatrix(particular)
    homogeneous, k = sympy.zeros(n, 1), 0
    for value, _, vectors in eigen:
        for v in vectors:
            k += 1
            first, second = sympy.Symbol(f"a_{k}"), sympy.Symbol(f"b_{k}")
            if value < 0:
                w = sympy.sqrt(-value)
                shape = first * sympy.cos(w * t) + second * sympy.sin(w * t)
            elif value > 0:
                s = sympy.sqrt(value)
                shape = first * sympy.exp(s * t) + second * sympy.exp(-s * t)
            else:
                shape = first + second * t
            homogeneous += v * shape
    general = homogeneous + particular
    if ask == "general":
        return sympy.ImmutableMatrix(general)
    free = sorted(general.free_symbols - {t}, key=str)
    start = list(general.subs(t, 0)) + list(general.diff(t).subs(t, 0))
    given = [sympy.sympify(v) for v in list(positions) + list(velocities)]
    found = sympy.solve([s - g for s, g in zip(start, given)], free, dict=True)
    if len(found) != 1:
        raise ValueError("the initial values do not fix the constants")
    return sympy.ImmutableMatrix(general.subs(found[0]).applyfunc(sympy.expand))


def _parts(params: dict[str, Any]) -> tuple[sp.Matrix, sp.Matrix]:
    a = sp.Matrix([[sp.sympify(v) for v in row] for row in params["matrix"]])
    return a, sp.Matrix([sp.sympify(v, locals={"t": T}) for v in params["forcing"]])


def _pose(params: dict[str, Any]) -> Problem:
    a, f = _parts(params)
    ask = params["ask"]
    if ask not in ("particular", "general", "ivp") or a.rows != a.cols or a.rows != f.rows:
        raise ValueError("a square A, one forcing term per row, and a known question")
    positions, velocities = params.get("positions"), params.get("velocities")
    answer = second_order_solution(params["matrix"], params["forcing"], ask, positions,
                                   velocities)
    x = sp.Matrix(sp.symbols(f"x_1:{a.rows + 1}"))
    system = ", ".join(f"{v}'' = {sp.sstr(e)}" for v, e in zip(x, a * x + f))
    system_tex = ", ".join(f"{latex(v)}'' = {latex(e)}" for v, e in zip(x, a * x + f))
    what = {"particular": "a particular solution", "general": "the general solution",
            "ivp": "the solution"}[ask]
    condition = "" if ask != "ivp" else (f" with x(0) = {list(positions)}, "
                                         f"x'(0) = {list(velocities)}")
    plain, tex = worded(params, [
        ("Find {w} of {p}{c}.", "Find {w} of ${l}${c}."),
        ("Solve the second-order system {p}{c}: give {w}.",
         "Solve the second-order system ${l}${c}: give {w}."),
        ("For {p}{c}, find {w}.", "For ${l}${c}, find {w}."),
    ], w=what, p=system, l=system_tex, c=condition)
    steps = [(f"The eigenvalues of $A = {latex(a)}$ are ${latex(list(a.eigenvals()))}$; a "
              "negative eigenvalue $-\\omega^2$ gives $\\cos \\omega t$ and $\\sin \\omega t$."),
             ("Undetermined coefficients in the eigenvector coordinates $\\xi = P^{-1} x$: each "
              "$\\xi_i'' = \\lambda_i \\xi_i + g_i \\cos \\omega t$ takes $c \\cos \\omega t$ "
              "(times $t$ at resonance); a polynomial forcing, a polynomial of the same degree."),
             f"$\\vec{{x}} = {latex(answer)}$."]
    code = program([second_order_solution], f"second_order_solution({params['matrix']!r}, "
                   f"{params['forcing']!r}, {ask!r}, {positions!r}, {velocities!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    a, f = _parts(params)
    answer = sp.Matrix(problem.answer)
    free = constants(answer)
    holds = solves_system(answer, answer.diff(T, 2) - a * answer - f, str(params))
    checks = [Check("substitute x(t) into x'' - Ax - f (30 digits, random t and constants)",
                    holds)]
    if params["ask"] == "ivp":
        given = [sp.sympify(v) for v in params["positions"] + params["velocities"]]
        start = list(answer.subs(T, 0)) + list(answer.diff(T).subs(T, 0))
        checks.append(Check("x(0) and x'(0) are the given values",
                            all(sp.simplify(s - g) == 0 for s, g in zip(start, given))))
    elif params["ask"] == "general":
        start = sp.Matrix(list(answer.subs(T, 0)) + list(answer.diff(T).subs(T, 0)))
        reach = start.jacobian(free) if free else sp.zeros(2 * a.rows, 0)
        checks.append(Check(f"{2 * a.rows} constants reach every x(0), x'(0) (the Jacobian by "
                            "the constants is invertible)",
                            reach.shape == (2 * a.rows, 2 * a.rows) and reach.det() != 0))
    else:
        checks.append(Check("a particular solution has no arbitrary constant", not free))
    return checks


@family("differential_equations.second_order_system", verify=_verify, pose=_pose)
def second_order_system(rng: random.Random, difficulty: int) -> Problem:
    """x'' = A x + [0, F] cos(w t) with A = P diag(-w1^2, -w2^2) P^-1, P = [[1, 1], [1, -1]]
    (natural frequencies w1, w2 whole numbers), and w another whole number."""
    w1, w2 = rng.choice([(1, 3), (2, 4), (1, 5), (3, 5)])
    half_sum, half_difference = -(w1**2 + w2**2) // 2, -(w1**2 - w2**2) // 2
    rows = [[str(half_sum), str(half_difference)], [str(half_difference), str(half_sum)]]
    w = rng.choice([w for w in range(1, 7) if w not in (w1, w2)])
    forcing = ["0", sp.sstr(rng.randint(1, 4) * sp.cos(w * T))]
    ask = ["particular", "general", "ivp"][min(difficulty, 3) - 1]
    params: dict[str, Any] = {"matrix": rows, "forcing": forcing, "ask": ask,
                              "template": rng.randrange(WORDINGS)}
    if ask == "ivp":
        params.update(positions=["0", "1"], velocities=["0", "0"])
    return _pose(params)
