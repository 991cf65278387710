"""Ordinary differential equation families: separable, linear first order, constant-
coefficient second order (distinct, repeated and complex roots; undetermined
coefficients) and initial value problems.

Equations are built from their solutions (roots of the characteristic polynomial, a
chosen particular solution), so no ``dsolve`` runs in the hot path. The answer is the
right-hand side of ``y = ...``: the general solution with constants ``C1``, ``C2``, or the
particular solution of an initial value problem. The verifier substitutes the answer
back into the equation numerically, at several points and for several values of the
constants, and checks the initial conditions; it also checks that a general solution
really has its free constants.
"""

from __future__ import annotations

import random

import mpmath
import sympy as sp

from exercises.families._sympy_kit import (
    C1,
    C2,
    POINTS,
    X,
    check,
    close,
    derivative,
    nonzero,
    num,
    program,
    statement,
    tex,
)
from exercises.family import Check, Problem, family

TOL = mpmath.mpf(10) ** -15
CONSTANT_VALUES = ((1, 0), (0, 1), (2, -3))


def _lhs_text(coeffs: list[sp.Expr]) -> tuple[str, str]:
    """'a*y'' + b*y' + c*y' for coefficients [a, b, c] (plain and LaTeX); zero terms omitted."""
    plain_parts, latex_parts = [], []
    for c, name in zip(coeffs, ("y''", "y'", "y")):
        if c == 0:
            continue
        sign = "-" if c.could_extract_minus_sign() else "+"
        size = -c if sign == "-" else c
        plain_parts.append((sign, name if size == 1 else f"{size}*{name}"))
        latex_parts.append((sign, name if size == 1 else f"{tex(size)} {name}"))

    def join(parts: list[tuple[str, str]]) -> str:
        first_sign, first = parts[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {sign} {term}" for sign, term in parts[1:])

    return join(plain_parts), join(latex_parts)


def _verify_ode(problem: Problem) -> list[Check]:
    """Substitute y into a*y'' + b*y' + c*y = g at sample points, for several constants."""
    a, b, c = (sp.S(v) for v in problem.params["coeffs"])
    g = sp.S(problem.params["rhs"])
    y = problem.answer
    dy = derivative(y, X)
    residual = a * derivative(dy, X) + b * dy + c * y - g
    initial = problem.params["initial"]
    bad = []
    for c1, c2 in ((0, 0),) if initial else CONSTANT_VALUES:
        for p in POINTS[:3]:
            value = num(residual, {X: mpmath.mpf(p), C1: mpmath.mpf(c1), C2: mpmath.mpf(c2)})
            if not close(value, 0, TOL * max(1, abs(num(g, {X: mpmath.mpf(p)})))):
                bad.append(f"x={p}, C1={c1}, C2={c2}: residual {mpmath.nstr(value, 5)}")
    checks = [check("substitute y into the equation at sample points", not bad, "; ".join(bad))]
    if initial:
        got = [num(f, {X: mpmath.mpf(0)}) for f in (y, dy)][: len(initial)]
        ok = all(close(u, v) for u, v in zip(got, initial)) and not y.free_symbols - {X}
        checks.append(check("initial conditions at x = 0", ok, f"y(0), y'(0) = {got}"))
    else:
        wanted = {C1, C2} if a != 0 else {C1}
        checks.append(check("the general solution has its free constants",
                            wanted <= y.free_symbols, f"needs {sorted(map(str, wanted))}"))
    return checks


def _ode_problem(
    rng: random.Random, coeffs: list[sp.Expr], rhs: sp.Expr, answer: sp.Expr,
    steps: list[str], code: str, initial: list[int] | None = None,
) -> Problem:
    """The problem for a*y'' + b*y' + c*y = rhs (a = 0 for first order)."""
    lhs_plain, lhs_latex = _lhs_text(coeffs)
    equation = (f"{lhs_plain} = {rhs}", f"${lhs_latex} = {tex(rhs)}$")
    if initial:
        conditions = [f"y(0) = {initial[0]}", f"y'(0) = {initial[1]}"][: len(initial)]
        cond = (", ".join(conditions), "$" + r",\ ".join(conditions) + "$")
        text, latex = statement(
            rng, ["Solve the initial value problem {e}, {c}.",
                  "Find the solution of {e} that satisfies {c}.",
                  "Solve {e} subject to {c}."],
            e=equation, c=cond)
    else:
        text, latex = statement(
            rng, ["Find the general solution of {e}.", "Solve the differential equation {e}.",
                  "Solve {e} for y(x); use C1, C2 for the arbitrary constants.",
                  "What is the general solution y(x) of {e}?"],
            e=equation)
    params = {"coeffs": [str(c) for c in coeffs], "rhs": str(rhs), "initial": initial or []}
    steps = [*steps, f"So $y = {tex(answer)}$."]
    return Problem(text, latex, answer, steps, code, params, answer_text=f"y = {answer}")


def _verify_separable(problem: Problem) -> list[Check]:
    """Substitute: y' - F(x, y) must vanish at sample points for several values of C1."""
    y = sp.Symbol("y")
    rhs = sp.S(problem.params["rhs_y"]).subs(y, problem.answer)
    residual = derivative(problem.answer, X) - rhs
    bad = [f"x={p}, C1={c}" for c in (1, -2, 5) for p in POINTS[:3]
           if not close(num(residual, {X: mpmath.mpf(p), C1: mpmath.mpf(c)}), 0, TOL)]
    return [check("substitute y into y' = F(x, y) at sample points", not bad, "; ".join(bad)),
            check("the general solution has its free constant", C1 in problem.answer.free_symbols)]


@family("differential_equations.separable", verify=_verify_separable)
def separable(rng: random.Random, difficulty: int) -> Problem:
    """A separable first-order equation y' = p(x)*y or y' = p(x)*y**2."""
    degree = rng.randint(0, difficulty // 2 + 1)
    p = nonzero(rng, 1 + difficulty) * (degree + 1) * X**degree
    P = sp.integrate(p, X)
    y = sp.Symbol("y")
    linear = rng.random() < 0.5
    if linear:
        answer, rhs_y = C1 * sp.exp(P), p * y
        steps = [f"Separate: $\\frac{{dy}}{{y}} = {tex(p)}\\,dx$.",
                 f"Integrate: $\\ln|y| = {tex(P)} + c$.",
                 f"Exponentiate, with $C_1 = \\pm e^c$: $y = C_1 e^{{{tex(P)}}}$."]
    else:
        answer, rhs_y = -1 / (P + C1), p * y**2
        steps = [f"Separate: $\\frac{{dy}}{{y^2}} = {tex(p)}\\,dx$.",
                 f"Integrate: $-\\frac{{1}}{{y}} = {tex(P)} + C_1$.",
                 f"Solve for $y$: $y = {tex(answer)}$."]
    equation = (f"y' = {rhs_y}", f"$y' = {tex(rhs_y)}$")
    text, latex = statement(
        rng, ["Solve the separable equation {e}.", "Find the general solution of {e}.",
              "Solve {e} by separating variables (use C1 for the constant)."],
        e=equation)
    code = program(
        """
        from sympy import S, exp, integrate, symbols

        x, C1 = symbols("x C1")


        def solve():
            P = integrate(S({p}), x)
            if {linear}:
                return C1 * exp(P)  # dy/y = p dx
            return -1 / (P + C1)  # dy/y**2 = p dx
        """,
        p=str(p), linear=linear,
    )
    params = {"rhs_y": str(rhs_y)}
    return Problem(text, latex, answer, steps, code, params, answer_text=f"y = {answer}")


@family("differential_equations.linear_first_order", verify=_verify_ode)
def linear_first_order(rng: random.Random, difficulty: int) -> Problem:
    """A linear first-order equation solved with an integrating factor."""
    if difficulty >= 4 and rng.random() < 0.5:
        k = rng.randint(1, 3)
        coeffs = [sp.Integer(0), X, sp.Integer(k)]  # x y' + k y = g
        particular = sum(rng.randint(-4, 4) * X**j for j in range(3)) + X
        homogeneous = C1 * X ** (-k)
        mu, p_text = X**k, f"\\frac{{{k}}}{{x}}"
    else:
        a = nonzero(rng, 1 + difficulty)
        coeffs = [sp.Integer(0), sp.Integer(1), sp.Integer(a)]
        if rng.random() < 0.5:
            particular = sum(rng.randint(-4, 4) * X**j for j in range(1 + difficulty // 2)) + X
        else:
            b = rng.choice([v for v in range(-3, 4) if v not in (0, -a)])
            particular = nonzero(rng, 4) * sp.exp(b * X)
        homogeneous = C1 * sp.exp(-a * X)
        mu, p_text = sp.exp(a * X), str(a)
    rhs = sp.expand(coeffs[1] * derivative(particular, X) + coeffs[2] * particular)
    answer = particular + homogeneous
    steps = [
        f"In the form $y' + p(x) y = q(x)$: $p(x) = {p_text}$.",
        f"Integrating factor $\\mu = e^{{\\int p\\,dx}} = {tex(mu)}$; then $(\\mu y)' = \\mu q$.",
        f"Integrate: $\\mu y = {tex(sp.expand(mu * particular))} + C_1$.",
        "Divide by $\\mu$.",
    ]
    code = program(
        """
        from sympy import S, exp, expand, integrate, symbols

        x, C1 = symbols("x C1")


        def solve():
            lead, c, g = S({lead}), S({c}), S({g})
            p, q = c / lead, g / lead  # y' + p y = q
            mu = exp(integrate(p, x))  # integrating factor
            return (integrate(expand(mu * q), x) + C1) / mu
        """,
        lead=str(coeffs[1]), c=str(coeffs[2]), g=str(rhs),
    )
    return _ode_problem(rng, coeffs, rhs, answer, steps, code)


# Second order, constant coefficients. One program serves every family below: it finds
# the characteristic roots, builds the homogeneous solution in the standard form (C1 on
# the smaller root, or on the cosine), finds a particular solution by undetermined
# coefficients and fits initial conditions when there are any.
SECOND_ORDER_CODE = """
from sympy import (Poly, S, cos, exp, expand, im, re, roots, sin, solve as solve_eqs,
                   symbols)

x, r, C1, C2 = symbols("x r C1 C2")


def solve():
    a, b, c = {a}, {b}, {c}
    g = S({g})
    initial = {initial}
    found = roots(Poly(a * r**2 + b * r + c, r))
    if len(found) == 1:  # repeated root
        (root,) = found
        y = (C1 + C2 * x) * exp(root * x)
    elif all(z.is_real for z in found):
        r1, r2 = sorted(found)
        y = C1 * exp(r1 * x) + C2 * exp(r2 * x)
    else:
        z = next(iter(found))
        alpha, beta = re(z), abs(im(z))
        y = exp(alpha * x) * (C1 * cos(beta * x) + C2 * sin(beta * x))
    if g != 0:  # undetermined coefficients (the forcing never resonates here)
        basis = sorted(g.atoms(exp, sin, cos), key=str)
        if basis and basis[0].func in (sin, cos):
            w = basis[0].args[0]
            basis = [sin(w), cos(w)]
            trial_terms = basis
        elif basis:
            trial_terms = basis
        else:
            trial_terms = [x**k for k in range(Poly(g, x).degree() + 1)]
        unknowns = symbols(f"A0:{{len(trial_terms)}}")
        trial = sum(u * t for u, t in zip(unknowns, trial_terms))
        residual = expand(a * trial.diff(x, 2) + b * trial.diff(x) + c * trial - g)
        if basis:  # match the coefficients of exp(kx), or of sin(wx) and cos(wx)
            equations = [residual.coeff(t) for t in basis]
        else:  # match the coefficients of each power of x
            equations = Poly(residual, x).coeffs()
        values = solve_eqs(equations, unknowns)
        y += trial.subs(values)
    if initial:
        values = solve_eqs([y.subs(x, 0) - initial[0], y.diff(x).subs(x, 0) - initial[1]],
                           [C1, C2])
        y = y.subs(values)
    return y
"""


def _homogeneous(rng: random.Random, difficulty: int, case: str) -> tuple[list[int], sp.Expr, str]:
    """Characteristic coefficients [a, b, c], the general solution, and a step describing it."""
    bound = 2 + difficulty
    lead = rng.choice([1, 1, 2]) if difficulty >= 4 else 1
    if case == "distinct":
        r1, r2 = sorted(rng.sample([v for v in range(-bound, bound + 1)], 2))
        coeffs = [1, -(r1 + r2), r1 * r2]
        y = C1 * sp.exp(r1 * X) + C2 * sp.exp(r2 * X)
        roots = f"two real roots $r = {r1}, {r2}$"
    elif case == "repeated":
        r0 = rng.randint(-bound, bound)
        coeffs = [1, -2 * r0, r0 * r0]
        y = (C1 + C2 * X) * sp.exp(r0 * X)
        roots = f"a repeated root $r = {r0}$, so use $e^{{rx}}$ and $x e^{{rx}}$"
    else:
        alpha, beta = rng.randint(-bound // 2 - 1, bound // 2 + 1), rng.randint(1, bound)
        coeffs = [1, -2 * alpha, alpha * alpha + beta * beta]
        y = sp.exp(alpha * X) * (C1 * sp.cos(beta * X) + C2 * sp.sin(beta * X))
        roots = f"complex roots $r = {alpha} \\pm {beta}i$, giving $e^{{{alpha}x}}\\cos {beta}x$ " \
                f"and $e^{{{alpha}x}}\\sin {beta}x$"
    r = sp.Symbol("r")
    poly = sp.Add(*(c * r**k for c, k in zip(coeffs, (2, 1, 0))))
    step = f"Characteristic equation ${tex(lead * poly)} = 0$ has {roots}."
    return [lead * c for c in coeffs], y, step


def _second_order_code(coeffs: list[int], rhs: sp.Expr, initial: list[int] | None) -> str:
    a, b, c = coeffs
    return program(SECOND_ORDER_CODE, a=a, b=b, c=c, g=str(rhs), initial=initial or [])


def _homogeneous_family(case: str) -> None:
    """Register the homogeneous second-order family for one kind of characteristic roots."""

    def generate(rng: random.Random, difficulty: int) -> Problem:
        coeffs, y, step = _homogeneous(rng, difficulty, case)
        steps = [("Try $y = e^{rx}$: it solves the equation when $r$ solves the characteristic "
                 "equation."), step]
        code = _second_order_code(coeffs, sp.Integer(0), None)
        return _ode_problem(rng, list(map(sp.Integer, coeffs)), sp.Integer(0), y, steps, code)

    generate.__doc__ = (f"A homogeneous constant-coefficient second-order equation whose "
                        f"characteristic roots are {case.replace('_', ' ')}.")
    generate.__name__ = f"second_order_{case}"
    family(f"differential_equations.second_order_{case}", verify=_verify_ode)(generate)


for _case in ("distinct", "repeated", "complex"):
    _homogeneous_family(_case)


@family("differential_equations.second_order_nonhomogeneous", verify=_verify_ode)
def second_order_nonhomogeneous(rng: random.Random, difficulty: int) -> Problem:
    """A second-order equation with polynomial, exponential or sinusoidal forcing."""
    case = rng.choice(["distinct", "complex"] + (["repeated"] if difficulty >= 3 else []))
    coeffs, homogeneous, step = _homogeneous(rng, difficulty, case)
    while coeffs[2] == 0:  # y itself must appear, or a polynomial forcing changes degree
        coeffs, homogeneous, step = _homogeneous(rng, difficulty, case)
    a, b, c = coeffs
    r = sp.Symbol("r")
    characteristic = sp.Poly(a * r**2 + b * r + c, r)
    kind = rng.choice(["poly", "exp", "trig"])
    if kind == "poly":
        particular = sp.Add(*(rng.randint(-3, 3) * X**k for k in range(1 + difficulty // 2))) + 1
        trial = "a polynomial of the same degree"
    elif kind == "exp":
        k = rng.choice([v for v in range(-3, 4) if v and characteristic.eval(v) != 0])
        particular = nonzero(rng, 3) * sp.exp(k * X)
        trial = f"$A e^{{{k}x}}$"
    else:
        w = rng.randint(1, 3)
        while characteristic.eval(sp.I * w) == 0:
            w += 1
        particular = nonzero(rng, 3) * sp.cos(w * X) + rng.randint(-3, 3) * sp.sin(w * X)
        trial = f"$A \\cos {w}x + B \\sin {w}x$"
    dp = derivative(particular, X)
    rhs = sp.expand(a * derivative(dp, X) + b * dp + c * particular)
    answer = homogeneous + particular
    steps = [
        step, f"Homogeneous solution: $y_h = {tex(homogeneous)}$.",
        (f"Try {trial} for a particular solution; matching coefficients gives "
        f"$y_p = {tex(particular)}$."),
        "The general solution is $y = y_h + y_p$.",
    ]
    code = _second_order_code(coeffs, rhs, None)
    return _ode_problem(rng, list(map(sp.Integer, coeffs)), rhs, answer, steps, code)


@family("differential_equations.initial_value_problem", verify=_verify_ode)
def initial_value_problem(rng: random.Random, difficulty: int) -> Problem:
    """A homogeneous second-order initial value problem with y(0) and y'(0) given."""
    case = rng.choice(["distinct", "repeated", "complex"])
    coeffs, general, step = _homogeneous(rng, difficulty, case)
    c1, c2 = rng.randint(-5, 5), rng.randint(-5, 5)
    answer = general.subs({C1: c1, C2: c2})
    initial = [int(general.subs({C1: c1, C2: c2, X: 0})),
               int(derivative(general, X).subs({C1: c1, C2: c2, X: 0}))]
    steps = [
        step, f"General solution: $y = {tex(general)}$.",
        (f"Impose $y(0) = {initial[0]}$ and $y'(0) = {initial[1]}$: a linear system in "
        f"$C_1, C_2$ with solution $C_1 = {c1}$, $C_2 = {c2}$."),
    ]
    code = _second_order_code(coeffs, sp.Integer(0), initial)
    return _ode_problem(rng, list(map(sp.Integer, coeffs)), sp.Integer(0), answer, steps, code,
                        initial)
