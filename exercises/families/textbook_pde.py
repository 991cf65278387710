"""Posed family for a book's first-order linear PDEs: a u_x + b u_t + c(x,t) u = g(x,t), u(x,0) = f(x).

The formalize stage reads the coefficients (a, b constants, b not 0) and the data f. The
answer is found by the method of characteristics the books teach: along the line
x = xi + (a/b) t the equation is the linear ODE b v' + c v = g in t, solved with an
integrating factor from v(0) = f(xi); then xi = x - (a/b) t. The verifier is
independent of that: it differentiates the answer and substitutes it into the equation
at random points (30 digits), and checks u(x, 0) = f(x) at random x.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

X, T = sp.Symbol("x"), sp.Symbol("t")
NAMES = {"x": X, "t": T, "E": sp.E, "e": sp.E}


def characteristics_solution(a, b, c, g, f, x, t):
    """u(x, t) for a u_x + b u_t + c u = g, u(x, 0) = f, along the characteristics."""
    import sympy

    xi, tau, sigma = sympy.symbols("xi tau sigma")
    along = {x: xi + a / b * tau, t: tau}
    rate = sympy.integrate(c.subs(along) / b, (tau, 0, sigma))  # int_0^sigma c/b
    factor = sympy.exp(rate)
    source = sympy.integrate(sympy.expand(g.subs(along).subs(tau, sigma) / b * factor),
                             (sigma, 0, tau))
    v = (f.subs(x, xi) + source) / factor.subs(sigma, tau)
    return sympy.simplify(v.subs({xi: x - a / b * t, tau: t}))


def _parts(params: dict[str, Any]) -> list[sp.Expr]:
    return [sp.sympify(params[k], locals=NAMES) for k in ("a", "b", "c", "g", "f")]


def _pose(params: dict[str, Any]) -> Problem:
    a, b, c, g, f = _parts(params)
    if b == 0 or a.free_symbols or b.free_symbols:
        raise ValueError("the derivatives' coefficients must be constants, u_t's not zero")
    answer = characteristics_solution(a, b, c, g, f, X, T)
    if answer.has(sp.Integral):
        raise ValueError("an integral along the characteristics has no closed form")
    u, ux, ut = sp.symbols("u u_x u_t")
    equation = f"{sp.sstr(a * ux + b * ut + c * u)} = {sp.sstr(g)}"
    tex_equation = f"{latex(a * ux + b * ut + c * u)} = {latex(g)}"
    plain, tex = worded(params, [
        ("Solve {p}, u(x,0) = {f}.", "Solve ${e}$, $u(x,0) = {lf}$."),
        ("Find u(x,t) with {p} and u(x,0) = {f}.", "Find $u(x,t)$ with ${e}$ and $u(x,0) = {lf}$."),
        ("Use characteristics to solve {p}, u(x,0) = {f}.",
         "Use characteristics to solve ${e}$, $u(x,0) = {lf}$."),
    ], p=equation, e=tex_equation, f=sp.sstr(f), lf=latex(f))
    steps = [(f"Along the characteristic lines $x = \\xi + {latex(a / b)} t$ the equation becomes "
             f"an ODE in $t$: ${latex(b)} v' + {latex(c)} v = {latex(g)}$ with $v(0) = f(\\xi)$."),
             ("Solve it with an integrating factor, then put back $\\xi = x - "
             f"{latex(a / b)} t$: $u(x,t) = {latex(answer)}$.")]
    code = ("import sympy\n\n\n" + inspect.getsource(characteristics_solution) + "\n\n"
            "def solve():\n"
            "    x, t = sympy.Symbol('x'), sympy.Symbol('t')\n"
            "    a, b, c, g, f = (sympy.sympify(v, locals={'x': x, 't': t}) for v in "
            f"{[params[k] for k in ('a', 'b', 'c', 'g', 'f')]!r})\n"
            "    return characteristics_solution(a, b, c, g, f, x, t)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    a, b, c, g, f = _parts(problem.params)
    u = problem.answer
    residual = a * u.diff(X) + b * u.diff(T) + c * u - g
    rng = random.Random(problem.params["f"] + problem.params["c"])
    solves, starts = True, True
    for _ in range(3):
        at = {X: sp.Rational(rng.randint(-1500, 1500), 1000),
              T: sp.Rational(rng.randint(100, 1500), 1000)}
        scale = 1 + abs(sp.N(u.subs(at), 30))
        solves = solves and abs(sp.N(residual.subs(at), 30)) < 1e-15 * scale
        starts = starts and abs(sp.N((u.subs(T, 0) - f).subs(X, at[X]), 30)) < 1e-20
    return [Check("a u_x + b u_t + c u - g vanishes at random (x, t) (30 digits)", bool(solves)),
            Check("u(x, 0) = f(x) at random x", bool(starts))]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New constant speeds a and b (b not 0), the same c, g and data f."""
    speeds = [s for s in range(-9, 10) if s]
    return {**params, "a": str(rng.choice(speeds)), "b": str(rng.choice([1, 1, 2, 3]))}


REDRAW = {"differential_equations.first_order_pde": _redraw}


@family("differential_equations.first_order_pde", verify=_verify, pose=_pose)
def first_order_pde(rng: random.Random, difficulty: int) -> Problem:
    """a u_x + u_t + c u = g with constant a, c and g, data sin x, cos x, e^x or x^2."""
    data = rng.choice(["sin(x)", "cos(x)", "exp(x)", "x**2"])
    return _pose({"a": str(rng.choice([-5, -3, -2, 2, 3, 5])), "b": "1",
                  "c": str(rng.randint(0, 2) if difficulty > 2 else 0),
                  "g": str(rng.randint(0, 3) if difficulty > 1 else 0), "f": data,
                  "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- a half line: x > 0, t > 0


def half_line_solution(a, b, c, g, f, h, x, t):
    """u for a u_x + b u_t + c u = g on x > 0, t > 0 (a/b > 0: the waves enter at x = 0) with
    u(x, 0) = f(x) and u(0, t) = h(t): the characteristics from t = 0 below the line
    t = (b/a) x, those from x = 0 above it (the same solver with x and t swapped), joined by
    the Heaviside step (the books' u(t - x))."""
    import sympy

    below = characteristics_solution(a, b, c, g, f, x, t)
    above = characteristics_solution(b, a, c, g, h, t, x)
    return sympy.expand(below) + sympy.factor(sympy.expand(above - below)) * sympy.Heaviside(
        t - b / a * x)


def _half_line_parts(params: dict[str, Any]) -> list[sp.Expr]:
    return [sp.sympify(params[k], locals=NAMES) for k in ("a", "b", "c", "g", "f", "h")]


def _pose_half_line(params: dict[str, Any]) -> Problem:
    a, b, c, g, f, h = _half_line_parts(params)
    if a.free_symbols - _POSITIVE_NAMES or b.free_symbols - _POSITIVE_NAMES or b == 0 or a == 0:
        raise ValueError("the derivatives' coefficients must be constants")
    positive = {s: sp.Symbol(s.name, positive=True) for s in (a / b).free_symbols}
    if not (a / b).subs(positive).is_positive:
        raise ValueError("the characteristics must enter the quarter plane at x = 0")
    answer = half_line_solution(a, b, c, g, f, h, X, T)
    if answer.has(sp.Integral):
        raise ValueError("an integral along the characteristics has no closed form")
    u, ux, ut = sp.symbols("u u_x u_t")
    equation = a * ux + b * ut + c * u
    opening = ["Solve", "Find u(x,t) with", "On the quarter plane, solve"][
        params.get("template", 0) % WORDINGS]
    tex = (f"{opening} ${latex(equation)} = {latex(g)}$ for $0 < x < \\infty$, $t > 0$, with "
           f"$u(0,t) = {latex(h)}$ and $u(x,0) = {latex(f)}$.")
    steps = [(f"Below the line $t = {latex(b / a)} x$ the characteristics start on $t = 0$: "
              f"$u = {latex(characteristics_solution(a, b, c, g, f, X, T))}$."),
             (f"Above it they start on $x = 0$, where $u = {latex(h)}$; joined by the step "
              f"function $H$: $u(x,t) = {latex(answer)}$.")]
    code = program([characteristics_solution, half_line_solution],
                   "half_line_solution(*(sympy.sympify(v, locals={'x': sympy.Symbol('x'), "
                   f"'t': sympy.Symbol('t')}}) for v in {[params[k] for k in 'abcgfh']!r}), "
                   "sympy.Symbol('x'), sympy.Symbol('t'))")
    return Problem(statement=tex.replace("$", ""), statement_latex=tex, answer=answer,
                   steps=steps, code=code, params=params)


def _verify_half_line(problem: Problem) -> list[Check]:
    """Substitution on each side of the line t = (b/a) x, at random points and positive values
    of the item's constants (30 digits), and both conditions."""
    a, b, c, g, f, h = _half_line_parts(problem.params)
    u = problem.answer
    named = (a.free_symbols | b.free_symbols | c.free_symbols | g.free_symbols) - {X, T}
    if not isinstance(u, sp.Expr) or u.free_symbols - {X, T} - named:
        return [Check("the answer is in x, t and the item's constants", False)]
    rng = random.Random(problem.params["h"] + problem.params["c"])
    constants = {s: sp.Rational(rng.randint(300, 2300), 1000) for s in u.free_symbols - {X, T}}
    pieces = [u.subs(sp.Heaviside(T - b / a * X), side) for side in (0, 1)]
    residuals = [a * p.diff(X) + b * p.diff(T) + c * p - g for p in pieces]
    solves, edges = True, True
    for _ in range(3):
        x, s = (sp.Rational(rng.randint(100, 1500), 1000) for _ in range(2))
        for side, t in ((0, s * (b / a) * x), (1, (1 + s) * (b / a) * x)):  # below, above
            at = {X: x, T: t.subs(constants), **constants}
            scale = 1 + abs(sp.N(pieces[side].subs(at), 30))
            solves = solves and abs(sp.N(residuals[side].subs(at), 30)) < 1e-15 * scale
        edges = edges and abs(sp.N((u.subs(T, 0) - f).subs({X: x, **constants}), 30)) < 1e-20 \
            and abs(sp.N((u.subs(X, 0) - h).subs({T: s, **constants}), 30)) < 1e-20
    return [Check("a u_x + b u_t + c u = g on both sides of t = (b/a) x, at random points "
                  "(30 digits)", bool(solves)),
            Check("u(x, 0) = f and u(0, t) = h at random points", bool(edges))]


_POSITIVE_NAMES = {sp.Symbol("alpha"), sp.Symbol("c"), sp.Symbol("a")}


def _redraw_half_line(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new speed (the same sign) and new boundary and source numbers."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    g, h = (redraw_constants(sp.sympify(params[k], locals=NAMES), rng) for k in ("g", "h"))
    a = sp.sympify(params["a"], locals=NAMES)
    new_a = a if a.free_symbols else sp.Integer(rng.choice([1, 2, 3, 4]))
    return {**params, "a": sp.sstr(new_a), "g": sp.sstr(g), "h": sp.sstr(h)}


REDRAW["differential_equations.transport_half_line"] = _redraw_half_line


@family("differential_equations.transport_half_line", verify=_verify_half_line,
        pose=_pose_half_line)
def transport_half_line(rng: random.Random, difficulty: int) -> Problem:
    """a u_x + u_t + c u = g on the quarter plane, u = 0 at t = 0, u(0, t) = sin t, 1 or t."""
    return _pose_half_line({"a": str(rng.choice([1, 2, 3])), "b": "1",
                            "c": str(rng.randint(0, 2) if difficulty > 1 else 0),
                            "g": str(rng.randint(0, 2)), "f": "0",
                            "h": rng.choice(["sin(t)", "1", "t", "exp(-t)"]),
                            "template": rng.randrange(WORDINGS)})
