"""Posed family for a book's critical points (equilibria) of an autonomous system x' = f(x, y), ...

The formalize stage reads "Find the critical points of $x' = -x + x^2$, $y' = y$" into
``names`` (the unknowns) and ``sides`` (the right-hand sides). SymPy solves f = 0
(all equations at once) over the reals; a solution set that is not finite (x' = sin x)
is refused. The answer is the set of points (numbers for one equation). The steps
give the Jacobian's eigenvalues at each point. The verifier substitutes each point
into every right-hand side (exact), and runs Newton's method (mpmath) from a grid of
starting points: every real root it converges to must be one of the answer's points.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family


def _system(params: dict[str, Any]) -> tuple[list[sp.Symbol], list[sp.Expr]]:
    unknowns = [sp.Symbol(n, real=True) for n in params["names"]]
    names = {n: u for n, u in zip(params["names"], unknowns)}
    return unknowns, [sp.sympify(side, locals=names) for side in params["sides"]]


def critical_points(names, sides):
    """The real solutions of sides = 0, as a set of points (of numbers for one unknown)."""
    import sympy

    unknowns = [sympy.Symbol(n, real=True) for n in names]
    local = dict(zip(names, unknowns))
    equations = [sympy.sympify(side, locals=local) for side in sides]
    if len(unknowns) == 1:
        found = sympy.solveset(equations[0], unknowns[0], sympy.S.Reals)
        if not isinstance(found, (sympy.FiniteSet, type(sympy.S.EmptySet))):
            raise ValueError("the critical points are not a finite set")
        return found
    solutions = sympy.solve(equations, unknowns, dict=True)
    points = []
    for solution in solutions:
        point = tuple(solution.get(u, u) for u in unknowns)
        if any(not sympy.sympify(v).is_number for v in point):
            raise ValueError("the critical points are not isolated")
        if all(sympy.sympify(v).is_real for v in point):
            points.append(sympy.Tuple(*point))
    return sympy.FiniteSet(*points)


def _pose(params: dict[str, Any]) -> Problem:
    unknowns, sides = _system(params)
    answer = critical_points(params["names"], params["sides"])
    system = ", ".join(f"{n}' = {sp.sstr(s)}" for n, s in zip(params["names"], sides))
    system_tex = ", ".join(f"{latex(u)}' = {latex(s)}" for u, s in zip(unknowns, sides))
    plain, tex = worded(params, [
        ("Find the critical points of {p}.", "Find the critical points of ${l}$."),
        ("Find all equilibria of the autonomous system {p}.",
         "Find all equilibria of the autonomous system ${l}$."),
        ("Where is {p} at rest (all derivatives zero)?", "Where is ${l}$ at rest?"),
    ], p=system, l=system_tex)
    jacobian = sp.Matrix(sides).jacobian(unknowns)
    steps = [(f"Set every right-hand side to zero and solve: the critical points are "
             f"${latex(answer)}$.")]
    for point in answer:
        values = dict(zip(unknowns, point if isinstance(point, sp.Tuple) else (point,)))
        eigen = list(jacobian.subs(values).eigenvals())
        steps.append(f"At ${latex(point)}$ the Jacobian ${latex(jacobian.subs(values))}$ has "
                     f"eigenvalues ${latex(eigen)}$.")
    code = ("import sympy\n\n\n" + _SOURCE + "\n\n"
            "def solve():\n"
            f"    return critical_points({params['names']!r}, {params['sides']!r})\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    unknowns, sides = _system(problem.params)
    points = [tuple(p) if isinstance(p, sp.Tuple) else (p,) for p in problem.answer]
    zero = all(sp.simplify(side.subs(dict(zip(unknowns, p)))) == 0 for p in points for side in sides)
    functions = [sp.lambdify(unknowns, side, modules="mpmath") for side in sides]
    grid = [mpmath.mpf(v) / 2 for v in range(-7, 8, 2)]
    missing = []
    with mpmath.workdps(30):
        for start in itertools.product(grid, repeat=len(unknowns)):
            try:
                root = mpmath.findroot(functions if len(functions) > 1 else functions[0],
                                       start if len(start) > 1 else start[0], tol=1e-25)
            except (ValueError, ZeroDivisionError, OverflowError):
                continue
            root = list(root) if hasattr(root, "__len__") else [root]
            if any(abs(mpmath.im(v)) > 1e-12 for v in root):
                continue
            # Newton converges slowly to a multiple root: a match within 1e-5 is the same point.
            if not any(all(abs(mpmath.re(r) - complex(sp.N(v, 30))) < 1e-5 for r, v in zip(root, p))
                       for p in points):
                missing.append([float(mpmath.re(r)) for r in root])
    return [
        Check("each point makes every right-hand side zero (exact)", zero),
        Check("Newton's method from a grid of starts finds no other real critical point",
              not missing, f"also found {missing[:3]}" if missing else ""),
    ]


_SOURCE = __import__("inspect").getsource(critical_points)


@family("differential_equations.critical_points", verify=_verify, pose=_pose)
def find_critical_points(rng: random.Random, difficulty: int) -> Problem:
    """x' = (x - a)(x - b)... for one equation, or x' = y - p(x), y' = x - q for a system."""
    if difficulty <= 2:
        roots = rng.sample(range(-3, 4), 2 + difficulty // 2)
        side = sp.Mul(*[sp.Symbol("x") - r for r in roots])
        params = {"names": ["x"], "sides": [sp.sstr(sp.expand(side))]}
    else:
        x, y = sp.symbols("x y")
        a, b = rng.randint(-3, 3), rng.randint(1, 3)
        params = {"names": ["x", "y"], "sides": [sp.sstr(y - x**2 + a), sp.sstr(x - y + b)]}
    return _pose({**params, "template": rng.randrange(WORDINGS)})
