"""Posed family for a book's Euler's method: approximate y(b) from y' = f(x, y), y(a) = y0.

The formalize stage reads the equation (``ode``, ``lhs - rhs`` in y(x), first order),
``start``, ``value``, ``end`` and the step sizes ``steps``. The answer is the
approximation of y(end) for each step size (one number, or the set of them),
exact where f is a rational function and the steps are few, else to 30 digits.
The verifier recomputes every approximation independently, as a plain mpmath
loop at 50 digits over the solved-for slope f(x, y), and compares.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
Y = sp.Function("y")
EXACT_STEPS = 64  # beyond this many steps (or with sin, exp, ...) work to 30 digits


def slope(ode, y, x):
    """f(x, y) of y' = f(x, y), from ``ode`` (an expression equal to zero), in a symbol y."""
    import sympy

    v, p = sympy.Dummy("v"), sympy.Dummy("p")
    found = sympy.solve(ode.subs(y(x).diff(x), p).subs(y(x), v), p)
    if len(found) != 1:
        raise ValueError("the equation is not y' = f(x, y)")
    return found[0].subs(v, sympy.Symbol("y"))


def euler(f, start, value, end, h):
    """y(end) by Euler's method with step h: y_{k+1} = y_k + h f(x_k, y_k)."""
    import sympy

    x, y = sympy.Symbol("x"), sympy.Symbol("y")
    count = int((end - start) / h)
    exact = count <= 64 and f.is_rational_function(x, y)
    xk, yk = start, value
    for _ in range(count):
        step = f.subs({x: xk, y: yk})
        yk = yk + h * (step if exact else sympy.N(step, 30))
        xk = xk + h
    return sympy.nsimplify(yk) if exact else sympy.Float(yk, 15)


def _values(params: dict[str, Any]) -> tuple[sp.Expr, ...]:
    return tuple(sp.sympify(params[k]) for k in ("start", "value", "end"))


def _pose(params: dict[str, Any]) -> Problem:
    ode = sp.sympify(params["ode"], locals={"x": X, "y": Y})
    if max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0) != 1:
        raise ValueError("Euler's method here is for first-order equations")
    f = slope(ode, Y, X)
    start, value, end = _values(params)
    steps = [sp.sympify(h) for h in params["steps"]]
    results = [euler(f, start, value, end, h) for h in steps]
    answer = results[0] if len(results) == 1 else sp.FiniteSet(*results)
    sizes = ", ".join(sp.sstr(h) for h in steps)
    plain, tex = worded(params, [
        (("Use Euler's method with step size h = {h} to approximate y({b}) for y' = {f}, "
         "y({a}) = {v}."), ("Use Euler's method with $h = {h}$ to approximate $y({b})$ for "
         "$y' = {lf}$, $y({a}) = {v}$.")),
        ("Approximate y({b}) by Euler's method (h = {h}) where y' = {f} and y({a}) = {v}.",
         "Approximate $y({b})$ by Euler's method ($h = {h}$) where $y' = {lf}$, $y({a}) = {v}$."),
        (("Starting from y({a}) = {v}, take Euler steps of size {h} along y' = {f} up to x = {b}: "
         "what is y({b})?"), ("Starting from $y({a}) = {v}$, take Euler steps of size ${h}$ along "
         "$y' = {lf}$: what is $y({b})$?")),
    ], h=sizes, b=sp.sstr(end), a=sp.sstr(start), v=sp.sstr(value), f=sp.sstr(f), lf=latex(f))
    steps_text = [(f"$f(x, y) = {latex(f)}$; repeat $y_{{k+1}} = y_k + h f(x_k, y_k)$, "
                  f"$x_{{k+1}} = x_k + h$ from $({latex(start)}, {latex(value)})$.")]
    steps_text += [f"With $h = {latex(h)}$ ({int((end - start) / h)} steps): "
                   f"$y({latex(end)}) \\approx {latex(r)}$." for h, r in zip(steps, results)]
    code = (
        "import sympy\n\n\n" + inspect.getsource(slope) + "\n\n" + inspect.getsource(euler)
        + "\n\ndef solve():\n"
        "    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
        f"    f = slope(sympy.sympify({params['ode']!r}, locals={{'x': x, 'y': y}}), y, x)\n"
        f"    results = [euler(f, sympy.sympify({params['start']!r}), "
        f"sympy.sympify({params['value']!r}), sympy.sympify({params['end']!r}), "
        f"sympy.sympify(h)) for h in {params['steps']!r}]\n"
        "    return results[0] if len(results) == 1 else sympy.FiniteSet(*results)\n"
    )
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps_text,
                   code=code, params=params)


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    ode = sp.sympify(params["ode"], locals={"x": X, "y": Y})
    f = sp.lambdify((X, sp.Symbol("y")), slope(ode, Y, X), modules="mpmath")
    start, value, end = (mpmath.mpf(sp.N(v, 60)) for v in _values(params))
    answers = [problem.answer] if not isinstance(problem.answer, sp.FiniteSet) \
        else list(problem.answer)
    with mpmath.workdps(50):
        expected = []
        for text in params["steps"]:
            h = mpmath.mpf(sp.N(sp.sympify(text), 60))
            xk, yk = start, value
            for _ in range(int(mpmath.nint((end - start) / h))):
                xk, yk = xk + h, yk + h * f(xk, yk)
            expected.append(yk)
        found = all(any(abs(complex(sp.N(a, 30)) - complex(e)) <= 1e-12 * (1 + abs(e))
                        for a in answers) for e in expected)
    return [Check("an independent Euler loop (mpmath, 50 digits) gives the same approximations",
                  found and len(set(map(str, answers))) == len({mpmath.nstr(e, 12) for e in expected}),
                  f"expected {[mpmath.nstr(e, 10) for e in expected]}")]


@family("differential_equations.euler_method", verify=_verify, pose=_pose)
def euler_method(rng: random.Random, difficulty: int) -> Problem:
    """y' = a y + b x (or a polynomial in x and y) with one or two step sizes."""
    y = Y(X)
    f = rng.randint(-3, 3) * y + rng.randint(-2, 2) * X ** rng.randint(0, min(difficulty, 2))
    steps = ["1/2"] if difficulty <= 2 else ["1/2", "1/4"]
    return _pose({"ode": sp.sstr(y.diff(X) - f), "start": "0", "value": str(rng.randint(-2, 3)),
                  "end": "1", "steps": steps, "template": rng.randrange(WORDINGS)})
