"""Posed family for a book's differential equations: solve y' = f(x, y), y'' + p y' + q y = g, IVPs.

The formalize stage reads "Solve $y' = 3x^2$, $y(0) = 1$" into ``ode`` (the
equation as ``lhs - rhs`` in ``y(x)``) and ``ics`` (``{"y(0)": "1"}``); books
that write ``x(t)`` or ``P(t)`` are renamed to ``y(x)`` when read. SymPy's
``dsolve`` finds the solution; the verifier substitutes it back into the
equation numerically at random points with random values of the arbitrary
constants, checks the initial conditions, and checks that a general solution
has as many arbitrary constants as the equation's order.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, X, latex, worded
from exercises.family import Check, Problem, family

Y = sp.Function("y")
LOCALS = {"x": X, "y": Y, "E": sp.E, "e": sp.E}


def read_ode(params: dict[str, Any]) -> tuple[sp.Expr, dict[sp.Expr, sp.Expr]]:
    """The equation (an expression equal to zero) and the initial conditions from ``params``."""
    ode = sp.sympify(params["ode"], locals=LOCALS)
    ics = {sp.sympify(k, locals={**LOCALS, "Subs": sp.Subs}): sp.sympify(v, locals=LOCALS)
           for k, v in params.get("ics", {}).items()}
    return ode, ics


def _order(ode: sp.Expr) -> int:
    return max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0)


def constants(expr: sp.Expr) -> set[sp.Symbol]:
    """The arbitrary constants of a solution: every symbol other than x."""
    return {s for s in expr.free_symbols if s != X}


def _condition_text(key: sp.Expr, value: sp.Expr) -> str:
    """y(0) = 1, y'(0) = 2 (not SymPy's Subs(Derivative(y(x), x), x, 0))."""
    if isinstance(key, sp.Subs):
        derivative, _, point = key.args
        return f"y{chr(39) * derivative.derivative_count}({sp.sstr(point[0])}) = {sp.sstr(value)}"
    return f"{sp.sstr(key)} = {sp.sstr(value)}"


def _pose_ode(params: dict[str, Any]) -> Problem:
    ode, ics = read_ode(params)
    order = _order(ode)
    if order == 0:
        raise ValueError("no derivative of y in the equation")
    solution = sp.dsolve(ode, Y(X), ics=ics or None)
    if isinstance(solution, list) or solution.lhs != Y(X) or solution.rhs.has(sp.Integral):
        raise ValueError("no single explicit solution y(x)")
    answer = solution.rhs
    equation = f"{latex(ode)} = 0"
    conditions = ", ".join(f"{latex(k)} = {latex(v)}" for k, v in ics.items())
    given = f"{sp.sstr(ode)} = 0" + (f", {', '.join(_condition_text(k, v) for k, v in ics.items())}"
                                     if ics else "")
    plain, tex = worded(params, [
        ("Solve the differential equation {p} for y(x).", "Solve ${e}${c} for $y(x)$."),
        ("Find {kind} of {p}.", "Find {kind} of ${e}${c}."),
        ("What function y(x) satisfies {p}?", "What function $y(x)$ satisfies ${e}${c}?"),
    ], p=given, e=equation, c=f" with ${conditions}$" if ics else "",
        kind="the solution" if ics else "the general solution")
    steps = [f"The equation has order {order}; solve it for $y(x)$: $y = {latex(answer)}$."]
    if ics:
        steps.append(f"The initial conditions ${conditions}$ fix the constants.")
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=steps,
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
            f"    ode = sympy.sympify({params['ode']!r}, locals={{'x': x, 'y': y}})\n"
            f"    ics = {{sympy.sympify(k, locals={{'x': x, 'y': y}}): sympy.sympify(v) "
            f"for k, v in {params.get('ics', {})!r}.items()}}\n"
            "    return sympy.dsolve(ode, y(x), ics=ics or None).rhs\n"
        ),
        params=params,
    )


def satisfies(ode: sp.Expr, answer: sp.Expr, seed: str) -> bool:
    """``answer`` makes the equation zero at 3 random points, with random constant values
    (30 digits): substitution, not the method that found it."""
    rng = random.Random(seed)
    free = sorted(constants(answer), key=str)
    substituted = ode.subs(Y(X), answer).doit()
    for _ in range(3):
        values = {c: sp.Rational(rng.randint(-20, 20), rng.randint(1, 5)) for c in free}
        point = sp.Rational(rng.randint(300, 2300), 1000)
        value = sp.N(substituted.subs(values).subs(X, point), 30)
        scale = 1 + abs(sp.N(answer.subs(values).subs(X, point), 30))
        if not value.is_number or abs(value) > 1e-15 * scale:
            return False
    return True


def _condition_values(ics: dict[sp.Expr, sp.Expr], answer: sp.Expr) -> dict[sp.Expr, sp.Expr]:
    """Each condition's left side evaluated at ``answer``: y(0) -> answer(0), y'(0) -> answer'(0)."""
    result = {}
    for key, value in ics.items():
        if isinstance(key, sp.Subs):  # y'(a) is Subs(Derivative(y(x), x), x, a)
            derivative, _, point = key.args
            result[derivative.subs(Y(X), answer).doit().subs(X, point[0])] = value
        else:
            result[answer.subs(X, key.args[0])] = value
    return result


def _verify_ode(problem: Problem) -> list[Check]:
    ode, ics = read_ode(problem.params)
    values = _condition_values(ics, problem.answer)
    conditions = all(abs(sp.N(k - v, 30)) < 1e-15 for k, v in values.items())
    wanted = 0 if ics else _order(ode)
    free = constants(problem.answer)
    return [
        Check("substitute the solution into the equation (30 digits, random constants)",
              satisfies(ode, problem.answer, problem.params["ode"])),
        Check("the initial conditions hold", conditions),
        Check(f"as many arbitrary constants as the order needs ({wanted})", len(free) == wanted,
              f"found {sorted(map(str, free))}"),
    ]


@family("differential_equations.solve_ode", verify=_verify_ode, pose=_pose_ode)
def solve_ode(rng: random.Random, difficulty: int) -> Problem:
    """Solve y' = k y + g(x), or a constant-coefficient second-order equation, maybe with y(0)."""
    y = Y(X)
    if difficulty <= 2:
        ode = y.diff(X) - rng.randint(-3, 3) * y - rng.choice([0, X, sp.exp(X), 1])
    else:
        r1, r2 = rng.sample(range(-4, 5), 2)
        ode = y.diff(X, 2) - (r1 + r2) * y.diff(X) + r1 * r2 * y
    ics = {"y(0)": str(rng.randint(-3, 3))} if rng.random() < 0.5 else {}
    if ics and difficulty > 2:
        ics["Subs(Derivative(y(x), x), x, 0)"] = str(rng.randint(-3, 3))
    return _pose_ode({"ode": sp.sstr(ode), "ics": ics, "template": rng.randrange(WORDINGS)})
