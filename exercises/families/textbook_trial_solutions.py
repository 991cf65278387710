"""Posed family for a book's trial solution: "Let $y'' + 2y' - 8y = 0$. Try a solution of the
form $y = e^{rx}$ ... find all such $r$" (Lebl 0.2.7; $y = x^r$ in 0.2.103).

The formalize stage (:mod:`formalize.trial_solutions`) reads the linear homogeneous equation
(``ode``, in y(x)) and the ``trial`` form: "exp" (y = e^{rx}) or "power" (y = x^r). The solver
puts the trial into the equation and divides by it: what is left must be a polynomial in r
times a function of x alone (else the form fits no r for every x, and the item is not posed); its real and complex
roots are the answer, a set. The verifier works another way: for each answered r it puts the
concrete function (e^{2x}, x^2) into the equation and evaluates at sample points; and it
rebuilds the polynomial from the equation with r set to a few numbers (interpolation through
order + 2 points) and checks its roots are the answer's.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

X, R = sp.symbols("x r")
Y = sp.Function("y")
FORMS = {"exp": sp.exp(R * X), "power": X**R}
TEXT = {"exp": ("e^(r x)", "e^{rx}"), "power": ("x^r", "x^r")}
POINTS = [sp.Rational(3, 2), sp.Rational(7, 3), sp.Rational(5, 4)]


def trial_exponents(ode, trial):
    """The r for which y = trial(r, x) solves ode = 0: (ode with y = trial) / trial must be a
    polynomial in r with no x left; its roots."""
    import sympy

    x, r = sympy.symbols("x r")
    y = sympy.Function("y")
    form = sympy.exp(r * x) if trial == "exp" else x**r
    left = sympy.simplify(sympy.expand(ode.subs(y(x), form).doit() / form, power_exp=True))
    parts = sympy.separatevars(sympy.powsimp(left, force=True), [x, r], dict=True)
    if not parts or left == 0:  # (x y'' - y' = 0 leaves (r^2 - 2r)/x: a power of x apart)
        raise ValueError("the trial form leaves x tied to r, or fits every r")
    left = sympy.expand(parts["coeff"] * parts[r])
    if not left.is_polynomial(r) or not left.has(r):
        raise ValueError("no polynomial in r is left")
    return sympy.FiniteSet(*sympy.roots(sympy.Poly(left, r)).keys())


def _ode(params: dict[str, Any]) -> sp.Expr:
    return sp.sympify(params["ode"], locals={"x": X, "y": Y})


def _pose(params: dict[str, Any]) -> Problem:
    ode, trial = _ode(params), params["trial"]
    if trial not in FORMS:
        raise ValueError(f"no trial form {trial!r}")
    order = max((d.derivative_count for d in ode.atoms(sp.Derivative)), default=0)
    answer = trial_exponents(ode, trial)
    if answer == sp.S.EmptySet or order == 0:
        raise ValueError("no exponent fits")
    shown = f"{sp.sstr(ode)} = 0"
    plain, tex = worded(params, [
        ("Let {e}. Try a solution of the form y = {t}. Find all r for which it is a solution.",
         ("Let ${le}$. Try a solution of the form $y = {lt}$. Find all $r$ for which it is a "
         "solution.")),
        ("For which constants r does y = {t} solve {e}?",
         "For which constants $r$ does $y = {lt}$ solve ${le}$?"),
        ("Substitute y = {t} into {e}. Which values of r make it a solution?",
         "Substitute $y = {lt}$ into ${le}$. Which values of $r$ make it a solution?"),
    ], e=shown, le=latex(sp.Eq(ode, 0)), t=TEXT[trial][0], lt=TEXT[trial][1])
    left = sp.simplify(sp.expand(_residual(ode, FORMS[trial]) / FORMS[trial], power_exp=True))
    steps = [f"Put y = {TEXT[trial][0]} into the equation and divide by {TEXT[trial][0]}.",
             f"What is left must vanish for every x: {sp.sstr(sp.factor(left))} = 0.",
             f"Its roots: r in {sp.sstr(answer)}."]
    code = ("import sympy\n\n\n" + inspect.getsource(trial_exponents)
            + "\n\ndef solve():\n    x, y = sympy.Symbol('x'), sympy.Function('y')\n"
            f"    ode = sympy.sympify({params['ode']!r}, locals={{'x': x, 'y': y}})\n"
            f"    return trial_exponents(ode, {trial!r})\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _residual(ode: sp.Expr, function: sp.Expr) -> sp.Expr:
    return ode.subs(Y(X), function).doit()


def _verify(problem: Problem) -> list[Check]:
    ode, trial = _ode(problem.params), problem.params["trial"]
    answer = problem.answer
    if not isinstance(answer, sp.FiniteSet):
        return [Check("the answer is a set of exponents", False, sp.sstr(answer))]
    solves = all(abs(complex(_residual(ode, FORMS[trial].subs(R, r)).subs(X, p).evalf(30)))
                 < 1e-20 for r in answer for p in POINTS)
    order = max(d.derivative_count for d in ode.atoms(sp.Derivative))
    samples = [sp.Rational(k, 3) - 2 for k in range(order + 2)]  # r = -2, -5/3, ...
    at = POINTS[0]
    values = [sp.nsimplify(sp.simplify(_residual(ode, FORMS[trial].subs(R, s)).subs(X, at)
                                       / FORMS[trial].subs({R: s, X: at}))) for s in samples]
    rebuilt = sp.interpolate(list(zip(samples, values)), R)
    roots = set(sp.roots(sp.Poly(sp.expand(rebuilt), R)).keys()) if rebuilt != 0 else None
    return [Check("each answered r: the function solves the equation at three points "
                  "(30 digits)", solves),
            Check(f"the polynomial rebuilt from r = {samples} (interpolation at x = {at}) has "
                  "exactly the answer's roots", roots == set(answer), sp.sstr(rebuilt))]


def _equation(trial: str, p: int, q: int) -> sp.Expr:
    """The second-order equation whose trial exponents are p and q: y'' - (p + q) y' + pq y
    for e^{rx}; the Euler equation x^2 y'' + (1 - p - q) x y' + pq y for x^r."""
    y = Y(X)
    if trial == "exp":
        return y.diff(X, 2) - (p + q) * y.diff(X) + p * q * y
    return X**2 * y.diff(X, 2) + (1 - p - q) * X * y.diff(X) + p * q * y


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Two new integer exponents, in the equation of the same trial form."""
    p, q = rng.sample(range(-4, 5), 2)
    return {**params, "ode": sp.sstr(_equation(params["trial"], p, q))}


REDRAW = {"differential_equations.trial_exponent": _redraw}


@family("differential_equations.trial_exponent", verify=_verify, pose=_pose)
def trial_exponent(rng: random.Random, difficulty: int) -> Problem:
    """y'' + b y' + c y = 0 with integer roots (e^{rx}), or x^2 y'' + b x y' + c y = 0 with
    integer roots (x^r, an Euler equation)."""
    p, q = rng.sample(range(-4, 5), 2)
    trial = "exp" if rng.random() < 0.5 or difficulty <= 1 else "power"
    return _pose({"ode": sp.sstr(_equation(trial, p, q)), "trial": trial,
                  "template": rng.randrange(WORDINGS)})
