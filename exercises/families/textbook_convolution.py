"""Posed families for a book's convolutions and Volterra integral equations.

The formalize stage reads "Let $f(t) = t^2$ and $g(t) = u(t-1)$. Compute $f*g$." into ``f``
and ``g`` (functions of t, ``u`` the Heaviside step), and "Solve $x(t) = e^{-t} +
\\int_0^t \\cos(t-\\tau) x(\\tau) d\\tau$." into ``f`` and ``kernel``: x = f + k * x.
SymPy's Laplace tables solve both (the transform of a convolution is the product of the
transforms; X = F / (1 - K)). The verifier does not transform: it integrates the
convolution's definition numerically (mpmath) at three times and compares with the answer
(for an integral equation, it checks x(t) - f(t) - (k * x)(t) = 0 so).
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_laplace import transform
from exercises.family import Check, Problem, family

T, S = sp.Symbol("t", positive=True), sp.Symbol("s", positive=True)
_NAMES = {"t": T, "u": sp.Heaviside, "e": sp.E, "E": sp.E}
_TIMES = (0.7, 1.6, 2.9)  # beyond a step at t = 1 or 2, where the books put them


def _function(text: str) -> sp.Expr:
    return sp.sympify(text, locals=_NAMES)


def convolve(f: sp.Expr, g: sp.Expr, t: sp.Symbol, s: sp.Symbol) -> sp.Expr:
    """(f * g)(t), the integral of f(tau) g(t - tau) over [0, t], as the inverse transform of
    F(s) G(s)."""
    import sympy

    product = (transform(f, False, t, s) * transform(g, False, t, s)).subs(sympy.Symbol("s"), s)
    return sympy.simplify(transform(sympy.simplify(product), True, t, s))


def resolve(f: sp.Expr, kernel: sp.Expr, t: sp.Symbol, s: sp.Symbol) -> sp.Expr:
    """x(t) with x = f + kernel * x: X(s) = F(s) / (1 - K(s))."""
    import sympy

    big_x = (transform(f, False, t, s) / (1 - transform(kernel, False, t, s))).subs(
        sympy.Symbol("s"), s)
    return sympy.simplify(transform(sympy.simplify(big_x), True, t, s))


def _positive(expr: sp.Expr) -> sp.Expr:
    return expr.subs({v: T for v in expr.free_symbols if v.name == "t"})


def _solved(answer: sp.Expr) -> sp.Expr:
    if answer.has(sp.LaplaceTransform, sp.InverseLaplaceTransform, sp.Integral) or \
            {v.name for v in answer.free_symbols} - {"t"}:
        raise ValueError("SymPy's tables leave the transform unevaluated")
    return answer


def _code(function: Callable, call: str, params: dict[str, Any]) -> str:
    return ("import sympy\n\n\n" + inspect.getsource(transform) + "\n\n"
            + inspect.getsource(function) + "\n\n"
            "def solve():\n"
            "    t, s = sympy.Symbol('t', positive=True), sympy.Symbol('s', positive=True)\n"
            "    names = {'t': t, 'u': sympy.Heaviside, 'e': sympy.E, 'E': sympy.E}\n"
            + "".join(f"    {key} = sympy.sympify({params[key]!r}, locals=names)\n"
                      for key in ("f", "g", "kernel") if key in params)
            + f"    return {call}\n")


def _numeric_convolution(f: sp.Expr, g: sp.Expr, t: float) -> mpmath.mpf:
    """The definition, the integral of f(tau) g(t - tau) over [0, t], by quadrature (split
    where tau or t - tau is a whole number: a book's steps jump there)."""
    first, second = (sp.lambdify(T, _positive(h), modules="mpmath") for h in (f, g))
    whole = range(1, int(t) + 1)
    points = sorted({0, t, *whole, *(t - k for k in whole)})
    return mpmath.quad(lambda tau: first(tau) * second(t - tau), points)


def _agree(residual: Callable[[float], Any], what: str) -> Check:
    worst = 0.0
    try:
        with mpmath.workdps(20):
            for t in _TIMES:
                worst = max(worst, float(abs(residual(t))))
    except (TypeError, ValueError):  # an answer with another variable than t has no value
        return Check(what, False, "the answer is no function of t alone")
    return Check(what, worst < 1e-8, f"largest error {worst:.1e}")


def _value(expr: sp.Expr, t: float) -> complex:
    return complex(sp.N(_positive(expr).subs(T, sp.Float(str(t), 20)), 20))


def _pose_convolution(params: dict[str, Any]) -> Problem:
    f, g = _function(params["f"]), _function(params["g"])
    answer = _solved(convolve(f, g, T, S))
    plain, tex = worded(params, [
        ("Let f(t) = {f} and g(t) = {g} for t >= 0. Compute the convolution f * g.",
         "Let $f(t) = {lf}$ and $g(t) = {lg}$ for $t \\geq 0$. Compute $f * g$."),
        ("Find (f * g)(t) for f(t) = {f}, g(t) = {g}.",
         "Find $(f * g)(t)$ for $f(t) = {lf}$, $g(t) = {lg}$."),
        ("Compute the convolution of f(t) = {f} with g(t) = {g}.",
         "Compute the convolution of $f(t) = {lf}$ with $g(t) = {lg}$."),
    ], f=sp.sstr(f), g=sp.sstr(g), lf=latex(f), lg=latex(g))
    product = sp.simplify(transform(f, False, T, S) * transform(g, False, T, S))
    steps = [("$(f * g)(t) = \\int_0^t f(\\tau) g(t - \\tau) \\, d\\tau$, whose transform is "
              f"$F(s) G(s) = {latex(product)}$."),
             f"The inverse transform: $(f * g)(t) = {latex(answer)}$."]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=_code(convolve, "convolve(f, g, t, s)", params), params=params)


def _verify_convolution(problem: Problem) -> list[Check]:
    f, g = _function(problem.params["f"]), _function(problem.params["g"])
    return [_agree(lambda t: _numeric_convolution(f, g, t) - _value(problem.answer, t),
                   "the definition integrated numerically (mpmath, at three times) agrees")]


@family("differential_equations.convolution", verify=_verify_convolution, pose=_pose_convolution)
def convolution(rng: random.Random, difficulty: int) -> Problem:
    """(f * g)(t) for f, g among t^n, e^{at}, sin(bt), cos(bt) and a step u(t - a)."""
    t = sp.Symbol("t")
    pool = [t ** rng.randint(1, 2 + difficulty), sp.exp(rng.choice([-3, -2, -1, 1, 2]) * t),
            rng.choice([sp.sin, sp.cos])(rng.randint(1, 3) * t),
            sp.Function("u")(t - rng.randint(1, 2))]
    f, g = rng.sample(pool[:3] if difficulty < 3 else pool, 2)
    return _pose_convolution({"f": sp.sstr(f), "g": sp.sstr(g),
                              "template": rng.randrange(WORDINGS)})


def _pose_integral_equation(params: dict[str, Any]) -> Problem:
    f, kernel = _function(params["f"]), _function(params["kernel"])
    answer = _solved(resolve(f, kernel, T, S))
    tau = sp.Symbol("tau")
    integral = sp.Integral(kernel.subs(T, T - tau) * sp.Function("x")(tau), (tau, 0, T))
    equation = sp.Eq(sp.Function("x")(T), f + integral)
    plain, tex = worded(params, [
        ("Solve the integral equation {p} for x(t).", "Solve ${l}$ for $x(t)$."),
        ("Find x(t) such that {p}.", "Find $x(t)$ such that ${l}$."),
        ("Solve {p}.", "Solve ${l}$."),
    ], p=sp.sstr(equation), l=latex(equation))
    steps = [(f"The integral is the convolution of ${latex(kernel)}$ with $x$, so "
              "$X(s) = F(s) + K(s) X(s)$ and $X(s) = F(s) / (1 - K(s))$."),
             f"The inverse transform: $x(t) = {latex(answer)}$."]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=_code(resolve, "resolve(f, kernel, t, s)", params), params=params)


def _verify_integral_equation(problem: Problem) -> list[Check]:
    f, kernel = _function(problem.params["f"]), _function(problem.params["kernel"])
    return [_agree(lambda t: _value(problem.answer, t) - _value(f, t)
                   - _numeric_convolution(kernel, problem.answer, t),
                   "x(t) - f(t) - (k * x)(t) = 0, the integral by quadrature (mpmath, three times)")]


@family("differential_equations.integral_equation", verify=_verify_integral_equation,
        pose=_pose_integral_equation)
def integral_equation(rng: random.Random, difficulty: int) -> Problem:
    """x(t) = f(t) + the integral of k(t - tau) x(tau) over [0, t], with f and k among
    1, t, e^{at}, sin t, cos t (Volterra, solved by the Laplace transform)."""
    t = sp.Symbol("t")
    pool = [sp.Integer(rng.randint(1, 3)), t, sp.exp(rng.choice([-2, -1, 1]) * t), sp.sin(t),
            sp.cos(t)]
    f, kernel = rng.sample(pool[:3 + (difficulty >= 2) * 2], 2)
    return _pose_integral_equation({"f": sp.sstr(f), "kernel": sp.sstr(kernel),
                                    "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- transfer functions


def transfer(f, x, g, t, s):
    """For L x = f with zero initial conditions whose output for the input ``f`` is ``x``:
    (F(s), X(s), H(s) = X/F); or, with a new input ``g``, the new output L^{-1}{H(s) G(s)}."""
    import sympy

    big_f, big_x = (sympy.simplify(transform(h, False, t, s).subs(sympy.Symbol("s"), s))
                    for h in (f, x))
    h = sympy.factor(sympy.simplify(big_x / big_f))
    if g is None:  # in the s books write (no assumptions)
        return sympy.Tuple(big_f, big_x, h).subs(s, sympy.Symbol("s"))
    product = sympy.simplify(h * transform(g, False, t, s).subs(sympy.Symbol("s"), s))
    return sympy.simplify(transform(product, True, t, s))


def _pose_transfer(params: dict[str, Any]) -> Problem:
    f, x = _function(params["f"]), _function(params["x"])
    g = _function(params["g"]) if params.get("g") else None
    answer = transfer(f, x, g, T, S)
    if g is not None:
        answer = _solved(answer)
    elif answer.has(sp.LaplaceTransform):
        raise ValueError("SymPy's tables leave the transform unevaluated")
    opening = ["Suppose", "Assume", "If"][params.get("template", 0) % WORDINGS]
    tex = (f"{opening} $Lx = f(t)$, $x(0) = 0$, $x'(0) = 0$ for the input function "
           f"$f(t) = {latex(f)}$ gives the output $x(t) = {latex(x)}$. " +
           (f"If the input is instead $f(t) = {latex(g)}$, find the new output $x(t)$."
            if g is not None else "Find $F(s)$, $X(s)$, and the transfer function $H(s)$."))
    big_f, big_x, h = transfer(f, x, None, T, S)
    steps = [f"Transform input and output: $F(s) = {latex(big_f)}$, $X(s) = {latex(big_x)}$.",
             f"The transfer function is $H(s) = X(s)/F(s) = {latex(h)}$."]
    if g is not None:
        steps.append(f"The new output is the inverse transform of $H(s) G(s)$: "
                     f"$x(t) = {latex(answer)}$.")
    code = ("import sympy\n\n\n" + inspect.getsource(transform) + "\n\n"
            + inspect.getsource(transfer) + "\n\n"
            "def solve():\n"
            "    t, s = sympy.Symbol('t', positive=True), sympy.Symbol('s', positive=True)\n"
            "    names = {'t': t, 'u': sympy.Heaviside, 'e': sympy.E, 'E': sympy.E}\n"
            + "".join(f"    {key} = sympy.sympify({params[key]!r}, locals=names)\n"
                      for key in ("f", "x"))
            + (f"    g = sympy.sympify({params['g']!r}, locals=names)\n" if g is not None
               else "    g = None\n")
            + "    return transfer(f, x, g, t, s)\n")
    return Problem(statement=tex.replace("$", ""), statement_latex=tex, answer=answer,
                   steps=steps, code=code, params=params)


def _verify_transfer(problem: Problem) -> list[Check]:
    """F and X against the definition integrated numerically; then H = Q/P read as the
    operator P(D) x = Q(D) f, which the book's output and the new output must both solve."""
    from exercises.families.textbook_laplace import _numeric_transform

    f, x = _function(problem.params["f"]), _function(problem.params["x"])
    if {v.name for v in problem.answer.free_symbols} - {"t", "s"}:
        return [Check("the answer is in t (an output) or s (the transforms) alone", False)]
    big_f, big_x, h = transfer(f, x, None, T, S).subs(sp.Symbol("s"), S)
    with mpmath.workdps(20):
        transforms = all(abs(_numeric_transform(expr, s, {}) - sp.N(big.subs(S, s), 20)) < 1e-8
                         for expr, big in ((f, big_f), (x, big_x)) for s in (1.5, 2.5, 4))
    numerator, denominator = sp.fraction(sp.together(h))
    if not (numerator.is_polynomial(S) and denominator.is_polynomial(S)):
        return [Check("H(s) is a ratio of polynomials", False)]

    def operator(polynomial: sp.Expr, y: sp.Expr) -> sp.Expr:
        return sum(c * sp.diff(y, T, k) for (k,), c in sp.Poly(polynomial, S).terms())

    def solves(y: sp.Expr, given: sp.Expr) -> bool:
        residual = operator(denominator, y) - operator(numerator, given)
        return all(abs(sp.N(residual.subs(T, t), 30)) < 1e-15 for t in (0.7, 1.6, 2.9))

    checks = [Check("F(s) and X(s) equal the definition integrated numerically (s = 1.5, 2.5, 4)",
                    bool(transforms)),
              Check("the output solves P(D) x = Q(D) f for H = Q/P (three times)",
                    bool(solves(x, f)))]
    if problem.params.get("g"):
        g = _function(problem.params["g"])
        output = _positive(problem.answer)
        starts = all(abs(sp.N(sp.diff(output, T, k).subs(T, 0), 30)) < 1e-15
                     for k in range(sp.degree(denominator, S) - sp.degree(numerator, S)))
        checks.append(Check("the new output solves P(D) x = Q(D) g and starts at rest",
                            bool(solves(output, g) and starts)))
    elif isinstance(problem.answer, sp.Tuple):
        checks.append(Check("the answer is (F, X, H)",
                            problem.answer.subs(sp.Symbol("s"), S) == sp.Tuple(big_f, big_x, h)))
    return checks


def _redraw_transfer(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same system: the input and output scaled together (it is linear); a new input's
    numbers redrawn."""
    from formalize.variants import redraw_constants  # (variants imports this module)

    c = rng.choice([2, 3, 5, -1, sp.Rational(1, 2)])
    new = {**params, "f": sp.sstr(c * _function(params["f"])),
           "x": sp.sstr(c * _function(params["x"]))}
    if params.get("g"):
        new["g"] = sp.sstr(redraw_constants(_function(params["g"]), rng))
    return new


REDRAW = {"differential_equations.transfer_function": _redraw_transfer}


@family("differential_equations.transfer_function", verify=_verify_transfer, pose=_pose_transfer)
def transfer_function(rng: random.Random, difficulty: int) -> Problem:
    """x'' + b x' + c x = f at rest, the output for a step input 1 given; a new input at times."""
    t = sp.Symbol("t")
    k = rng.choice([1, 4, 9])
    x = (1 - sp.cos(sp.sqrt(k) * t)) / k
    return _pose_transfer({"f": "1", "x": sp.sstr(x),
                           "g": rng.choice(["", "sin(t)", "t", "exp(-t)"]),
                           "template": rng.randrange(WORDINGS)})
