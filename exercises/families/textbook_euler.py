"""Posed family for a book's Euler's method: approximate y(b) from y' = f(x, y), y(a) = y0
(``method``: "euler", or the book's "improved" Euler's method or "runge-kutta").

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


def euler(f, start, value, end, h, method="euler"):
    """y(end) with step h by Euler's method, y_{k+1} = y_k + h f(x_k, y_k); or by the
    improved Euler's method (the mean of the slopes k1 = f(x_k, y_k) and
    k2 = f(x_k + h, y_k + h k1)); or by Runge-Kutta (k1..k4, weights 1, 2, 2, 1 over 6)."""
    import sympy

    x, y = sympy.Symbol("x"), sympy.Symbol("y")
    count = int((end - start) / h)
    exact = count <= 64 and f.is_rational_function(x, y)

    def slope_at(xk, yk):
        found = f.subs({x: xk, y: yk})
        return found if exact else sympy.N(found, 30)

    xk, yk = start, value
    for _ in range(count):
        k1 = slope_at(xk, yk)
        if method == "improved":
            step = (k1 + slope_at(xk + h, yk + h * k1)) / 2
        elif method == "runge-kutta":
            k2 = slope_at(xk + h / 2, yk + k1 * h / 2)
            k3 = slope_at(xk + h / 2, yk + k2 * h / 2)
            step = (k1 + 2 * k2 + 2 * k3 + slope_at(xk + h, yk + k3 * h)) / 6
        else:
            step = k1
        yk = yk + h * step
        xk = xk + h
    return sympy.nsimplify(yk) if exact else sympy.Float(yk, 15)


# The method's name in a statement and its step, as the book writes them.
METHODS = {
    "euler": ("Euler's method", "$y_{k+1} = y_k + h f(x_k, y_k)$"),
    "improved": ("the improved Euler's method",
                 ("$k_1 = f(x_k, y_k)$, $k_2 = f(x_k + h, y_k + h k_1)$, "
                 "$y_{k+1} = y_k + h (k_1 + k_2)/2$")),
    "runge-kutta": ("the Runge-Kutta method",
                    ("$k_1 = f(x_k, y_k)$, $k_2 = f(x_k + h/2, y_k + k_1 h/2)$, "
                    "$k_3 = f(x_k + h/2, y_k + k_2 h/2)$, $k_4 = f(x_k + h, y_k + k_3 h)$, "
                    "$y_{k+1} = y_k + h (k_1 + 2k_2 + 2k_3 + k_4)/6$")),
}


def _heun(f: Any, x: Any, y: Any, h: Any) -> Any:
    """One improved Euler step: Euler's predictor, then the trapezoid rule's corrector."""
    predicted = y + h * f(x, y)
    return y + h / 2 * (f(x, y) + f(x + h, predicted))


def _rk4(f: Any, x: Any, y: Any, h: Any) -> Any:
    """One classical Runge-Kutta step (Simpson's weights on the midpoint slopes)."""
    a = f(x, y)
    b = f(x + h / 2, y + h / 2 * a)
    c = f(x + h / 2, y + h / 2 * b)
    d = f(x + h, y + h * c)
    return y + h * (a + 2 * b + 2 * c + d) / 6


# The verifier's own step for each method (plain mpmath arithmetic, not the solver's SymPy).
_STEPPERS = {"euler": lambda f, x, y, h: y + h * f(x, y), "improved": _heun, "runge-kutta": _rk4}


def _values(params: dict[str, Any]) -> tuple[sp.Expr, ...]:
    return tuple(sp.sympify(params[k]) for k in ("start", "value", "end"))


def _pose(params: dict[str, Any]) -> Problem:
    ode = sp.sympify(params["ode"], locals={"x": X, "y": Y})
    if max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0) != 1:
        raise ValueError("Euler's method here is for first-order equations")
    f = slope(ode, Y, X)
    start, value, end = _values(params)
    steps = [sp.sympify(h) for h in params["steps"]]
    method = params.get("method", "euler")
    if method not in METHODS:
        raise ValueError(f"no method {method!r}")
    results = [euler(f, start, value, end, h, method) for h in steps]
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
    name = METHODS[method][0]
    if method != "euler":
        plain, tex = (text.replace("Euler's method", name).replace(
            "Euler steps of size", f"steps of {name} of size") for text in (plain, tex))
    steps_text = [(f"$f(x, y) = {latex(f)}$; repeat {METHODS[method][1]}, "
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
        f"sympy.sympify(h), {method!r}) for h in {params['steps']!r}]\n"
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
    advance = _STEPPERS[params.get("method", "euler")]
    with mpmath.workdps(50):
        expected = []
        for text in params["steps"]:
            h = mpmath.mpf(sp.N(sp.sympify(text), 60))
            xk, yk = start, value
            for _ in range(int(mpmath.nint((end - start) / h))):
                xk, yk = xk + h, advance(f, xk, yk, h)
            expected.append(yk)
        found = all(any(abs(complex(sp.N(a, 30)) - complex(e)) <= 1e-12 * (1 + abs(e))
                        for a in answers) for e in expected)
    return [Check("an independent loop of the method (mpmath, 50 digits) gives the same "
                  "approximations",
                  found and len(set(map(str, answers))) == len({mpmath.nstr(e, 12) for e in expected}),
                  f"expected {[mpmath.nstr(e, 10) for e in expected]}")]


@family("differential_equations.euler_method", verify=_verify, pose=_pose)
def euler_method(rng: random.Random, difficulty: int) -> Problem:
    """y' = a y + b x (or a polynomial in x and y) with one or two step sizes."""
    y = Y(X)
    f = rng.randint(-3, 3) * y + rng.randint(-2, 2) * X ** rng.randint(0, min(difficulty, 2))
    steps = ["1/2"] if difficulty <= 2 else ["1/2", "1/4"]
    method = "euler" if difficulty <= 1 else rng.choice(sorted(METHODS))
    return _pose({"ode": sp.sstr(y.diff(X) - f), "start": "0", "value": str(rng.randint(-2, 3)),
                  "end": "1", "steps": steps, "method": method,
                  "template": rng.randrange(WORDINGS)})
