"""Posed family for a book's nonlinear autonomous system in the plane: its critical points, the
linearization at each, and what kind of critical point each is.

The formalize stage reads "Find the critical points and linearizations of $x' = x^2 - y^2$,
$y' = x^2 + y^2 - 1$" (or "find and classify the critical points", or a conservative equation
$x'' + f(x) = 0$, written as x' = y, y' = -f(x)) into ``names``, ``sides`` and ``ask``:

- "linearize": the answer is the set of (point, Jacobian matrix at the point);
- "classify": the set of (point, kind), kind one of saddle, source, sink, spiral source, spiral
  sink (the linearization decides), or center where the system is conservative
  (``energy`` given: a stable center); a linear center of a non-conservative system, or a zero
  eigenvalue, is not decided by the linearization and the item is refused.

With ``energy`` the answer is (the trajectories' implicit equation E(x, y) = C, the set).
SymPy solves for the points, differentiates for the Jacobian and takes its eigenvalues (the
energy: y^2/2 plus an antiderivative of f). The verifier is independent: the critical points
by exact substitution and Newton's method from a grid (as the critical points family); each
Jacobian by numerical differentiation (mpmath); each kind by the trace-determinant test on
that numerical Jacobian; the energy by checking that it is constant along the flow.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families import textbook_equilibria
from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

KINDS = ("saddle", "source", "sink", "spiral source", "spiral sink", "center")


def critical_point_kinds(names, sides, ask, energy=None):
    """The critical points with their Jacobian ("linearize") or their kind ("classify"), and
    the trajectories' equation E(x, y) = C first when the system is conservative."""
    import sympy

    unknowns = [sympy.Symbol(n, real=True) for n in names]
    local = dict(zip(names, unknowns))
    fields = sympy.Matrix([sympy.sympify(side, locals=local) for side in sides])
    jacobian = fields.jacobian(unknowns)
    points = sympy.solve(list(fields), unknowns, dict=True)
    found = []
    for solution in points:
        point = sympy.Tuple(*[solution.get(u, u) for u in unknowns])
        if not all(v.is_number for v in point):
            raise ValueError("the critical points are not isolated")
        if not all(v.is_real for v in point):
            continue
        at = sympy.ImmutableMatrix(sympy.simplify(jacobian.subs(dict(zip(unknowns, point)))))
        if ask == "linearize":
            found.append(sympy.Tuple(point, at))
            continue
        eigen = [sympy.simplify(e) for e in at.eigenvals(multiple=True)]
        real = [sympy.re(e) for e in eigen]
        if any(e == 0 for e in eigen):
            raise ValueError("a zero eigenvalue: the linearization does not decide")
        if all(e.is_real for e in eigen):
            kind = ("saddle" if real[0] * real[1] < 0 else "source" if real[0] > 0 else "sink")
        elif real[0] != 0:
            kind = "spiral source" if real[0] > 0 else "spiral sink"
        elif energy is not None:
            kind = "center"
        else:
            raise ValueError("a linear center of a system that is not conservative")
        found.append(sympy.Tuple(point, sympy.Symbol(kind)))
    answer = sympy.FiniteSet(*found)
    if energy is None:
        return answer
    return sympy.Tuple(sympy.Eq(sympy.sympify(energy, locals=local), sympy.Symbol("C")), answer)


def conservative_energy(name: str, force: str) -> str:
    """E(x, y) = y^2/2 + F(x) for x'' + f(x) = 0 (F' = f): constant along x' = y, y' = -f(x)."""
    x = sp.Symbol(name, real=True)
    f = sp.sympify(force, locals={name: x})
    return sp.sstr(sp.Symbol("y", real=True) ** 2 / 2 + sp.integrate(f, x))


def _system(params: dict[str, Any]) -> tuple[list[sp.Symbol], list[sp.Expr]]:
    return textbook_equilibria._system(params)


def _pose(params: dict[str, Any]) -> Problem:
    unknowns, sides = _system(params)
    ask, energy = params["ask"], params.get("energy")
    if ask not in ("linearize", "classify"):
        raise ValueError(f"unknown question {ask!r}")
    answer = critical_point_kinds(params["names"], params["sides"], ask, energy)
    points = answer.args[1] if energy else answer
    if not points and not energy:
        raise ValueError("no critical point to linearize or classify")
    system = ", ".join(f"{n}' = {sp.sstr(s)}" for n, s in zip(params["names"], sides))
    system_tex = ", ".join(f"{latex(u)}' = {latex(s)}" for u, s in zip(unknowns, sides))
    what = {"linearize": "the critical points and the linearization at each",
            "classify": "the critical points and classify each (saddle, source, sink, "
                        "spiral source, spiral sink, center)"}[ask]
    if energy:
        what = "the trajectories' implicit equation, " + what
    plain, tex = worded(params, [
        ("Find {w} of {p}.", "Find {w} of ${l}$."),
        ("For the system {p}, find {w}.", "For the system ${l}$, find {w}."),
        ("Take {p}. Find {w}.", "Take ${l}$. Find {w}."),
    ], w=what, p=system, l=system_tex)
    jacobian = sp.Matrix(sides).jacobian(unknowns)
    steps = [f"The Jacobian matrix is ${latex(jacobian)}$."]
    if energy:
        steps.insert(0, f"Multiply $y' = {latex(sides[1])}$ by $y = x'$ and integrate: the "
                        f"trajectories are ${latex(answer.args[0])}$.")
    for point, value in points:
        at = jacobian.subs(dict(zip(unknowns, point)))
        steps.append(f"At ${latex(point)}$ the Jacobian is ${latex(at)}$ with eigenvalues "
                     f"${latex(list(at.eigenvals(multiple=True)))}$"
                     + ("." if ask == "linearize" else f": a {value}."))
    code = program([critical_point_kinds], f"critical_point_kinds({params['names']!r}, "
                   f"{params['sides']!r}, {ask!r}, {energy!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _numeric_jacobian(unknowns: list[sp.Symbol], sides: list[sp.Expr], point: tuple) -> Any:
    """The Jacobian at ``point`` by numerical differentiation (mpmath), not by SymPy's diff."""
    functions = [sp.lambdify(unknowns, side, modules="mpmath") for side in sides]
    at = [mpmath.mpf(sp.N(v, 30)) for v in point]
    return mpmath.matrix([[mpmath.diff(f, at, tuple(int(i == j) for i in range(len(at))))
                           for j in range(len(at))] for f in functions])


def _kind(numeric: Any) -> str:
    """The trace-determinant test (no eigenvalues) on a numerical 2 by 2 Jacobian."""
    trace, det = numeric[0, 0] + numeric[1, 1], mpmath.det(numeric)
    tiny = mpmath.mpf(10) ** -12
    if det < -tiny:
        return "saddle"
    if abs(trace) < tiny:
        return "center"
    if trace ** 2 - 4 * det < -tiny:
        return "spiral source" if trace > 0 else "spiral sink"
    return "source" if trace > 0 else "sink"


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    unknowns, sides = _system(params)
    answer = problem.answer
    checks = []
    if params.get("energy"):
        if not isinstance(answer, sp.Tuple) or len(answer) != 2:
            return [Check("the answer is (trajectories, critical points)", False)]
        energy = answer.args[0].lhs
        flow = sp.diff(energy, unknowns[0]) * sides[0] + sp.diff(energy, unknowns[1]) * sides[1]
        checks.append(Check("the trajectories' E(x, y) is constant along the flow "
                            "(dE/dt = E_x x' + E_y y' = 0)",
                            energy.free_symbols <= set(unknowns) and sp.simplify(flow) == 0))
        answer = answer.args[1]
    pairs = [tuple(p) for p in answer]
    points = sp.FiniteSet(*[point for point, _ in pairs])
    inner = dataclasses.replace(problem, answer=points,
                                params={"names": params["names"], "sides": params["sides"]})
    checks += textbook_equilibria._verify(inner)
    wrong = []
    with mpmath.workdps(30):
        for point, value in pairs:
            numeric = _numeric_jacobian(unknowns, sides, point)
            if params["ask"] == "linearize":
                good = all(abs(numeric[i, j] - complex(sp.N(value[i, j], 30))) < 1e-15
                           for i in range(len(unknowns)) for j in range(len(unknowns)))
            else:
                good = _kind(numeric) == str(value)
            if not good:
                wrong.append(sp.sstr(point))
    method = ("each Jacobian agrees with numerical differentiation (mpmath)"
              if params["ask"] == "linearize" else
              "each kind agrees with the trace-determinant test on a numerically "
              "differentiated Jacobian")
    return checks + [Check(method, not wrong, f"differs at {wrong}" if wrong else "")]


@family("differential_equations.critical_point_kinds", verify=_verify, pose=_pose)
def critical_point_kinds_family(rng: random.Random, difficulty: int) -> Problem:
    """x' = x^2 - a^2, y' = b(y - x): a source and a saddle (or two sinks' mirror) to linearize or
    classify; or a conservative x'' + x - c x^2 = 0 (a center and a saddle)."""
    template = rng.randrange(WORDINGS)
    if difficulty >= 3:
        c = rng.randint(1, 3)
        force = sp.sstr(sp.Symbol("x") - c * sp.Symbol("x") ** 2)
        return _pose({"names": ["x", "y"], "sides": ["y", f"-({force})"], "ask": "classify",
                      "energy": conservative_energy("x", force), "template": template})
    a, b = rng.randint(1, 3), rng.choice([-2, -1, 1, 2])
    x, y = sp.symbols("x y")
    return _pose({"names": ["x", "y"], "sides": [sp.sstr(x**2 - a**2), sp.sstr(b * (y - x))],
                  "ask": rng.choice(["linearize", "classify"]), "template": template})
