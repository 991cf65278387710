"""Posed family for a book's Laplace transforms and inverse transforms.

The formalize stage reads "Find the Laplace transform of $t e^{-t}$" into ``expr``
(a function of t; of s with ``inverse``) and ``parameters`` (the book's named
constants, positive symbols). SymPy's transform tables compute the answer
(t > 0 for an inverse transform, so the Heaviside step at 0 is dropped). The
verifier integrates the definition numerically instead, e^{-st} f(t) from 0 to
infinity at three values of s (and of the constants), with mpmath: for an inverse
transform, of the computed f(t), which must give back the book's F(s).
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

T, S = sp.Symbol("t", positive=True), sp.Symbol("s", positive=True)


def _names(params: dict[str, Any]) -> dict[str, Any]:
    return {"t": T, "s": S, "E": sp.E, "e": sp.E, "u": sp.Heaviside,
            **{n: sp.Symbol(n, positive=True) for n in params.get("parameters", [])}}


def transform(expr: sp.Expr, inverse: bool, t: sp.Symbol, s: sp.Symbol) -> sp.Expr:
    """The Laplace transform of ``expr`` (in t), or the inverse transform (of ``expr`` in s)
    for t > 0, in a real form."""
    import sympy

    if inverse:
        result = sympy.inverse_laplace_transform(expr, s, t).subs(sympy.Heaviside(t), 1)
    else:
        result = sympy.laplace_transform(expr, t, s, noconds=True)
    if result.has(sympy.I):
        result = sympy.simplify(sympy.expand_complex(result))
    return result.subs({v: sympy.Symbol(v.name) for v in result.free_symbols})  # as books write


def _positive(expr: sp.Expr) -> sp.Expr:
    return expr.subs({v: sp.Symbol(v.name, positive=True) for v in expr.free_symbols})


def _pose(params: dict[str, Any]) -> Problem:
    expr = sp.sympify(params["expr"], locals=_names(params))
    inverse = bool(params.get("inverse"))
    answer = transform(expr, inverse, T, S)
    if answer.has(sp.LaplaceTransform, sp.InverseLaplaceTransform, sp.Integral):
        raise ValueError("SymPy's tables leave the transform unevaluated")
    what = "the inverse Laplace transform" if inverse else "the Laplace transform"
    var = "s" if inverse else "t"
    plain, tex = worded(params, [
        ("Find {what} of {p}.", "Find {what} of ${l}$."),
        ("Compute {what} of the function {p} of {v}.", "Compute {what} of ${l}$."),
        ("What is {what} of {p}?", "What is {what} of ${l}$?"),
    ], what=what, p=sp.sstr(expr), l=latex(expr), v=var)
    names = ", ".join(repr(n) for n in params.get("parameters", []))
    code = (
        "import sympy\n\n\n" + inspect.getsource(transform) + "\n\n"
        "def solve():\n"
        "    t, s = sympy.Symbol('t', positive=True), sympy.Symbol('s', positive=True)\n"
        f"    names = {{'t': t, 's': s, 'u': sympy.Heaviside, "
        f"**{{n: sympy.Symbol(n, positive=True) for n in [{names}]}}}}\n"
        f"    f = sympy.sympify({params['expr']!r}, locals=names)\n"
        f"    return transform(f, {inverse}, t, s)\n"
    )
    steps = [(f"Use the table of transforms and linearity (partial fractions for an inverse "
             f"transform): {what} of ${latex(expr)}$ is ${latex(answer)}$.")]
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _numeric_transform(f: sp.Expr, s: float, values: dict[sp.Symbol, Any]) -> mpmath.mpf:
    """The definition, integral of e^{-st} f(t) over (0, infinity), by quadrature."""
    function = sp.lambdify(T, f.subs(values), modules="mpmath")
    return mpmath.quad(lambda t: mpmath.exp(-s * t) * function(t), [0, 1, 4, mpmath.inf])


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    expr = sp.sympify(params["expr"], locals=_names(params))
    inverse = bool(params.get("inverse"))
    answer = _positive(problem.answer)
    f, big_f = (answer, expr) if inverse else (expr, answer)
    rng = random.Random(params["expr"])
    named = sorted((f.free_symbols | big_f.free_symbols) - {T, S}, key=str)
    agree, worst = True, 0.0
    with mpmath.workdps(20):
        for _ in range(3):
            values = {c: sp.Rational(rng.randint(5, 20), 10) for c in named}
            s = mpmath.mpf(rng.randint(4000, 9000)) / 1000  # beyond the usual abscissae
            numeric = _numeric_transform(f, s, values)
            exact = complex(sp.N(big_f.subs(values).subs(S, sp.Float(str(s), 20)), 20))
            error = abs(complex(numeric) - exact) / (1 + abs(exact))
            worst = max(worst, error)
            agree = agree and error < 1e-8
    return [Check("the definition integrated numerically (mpmath, 3 values of s and of the "
                  "constants) agrees", agree, f"largest relative error {worst:.1e}")]


@family("differential_equations.laplace_transform", verify=_verify, pose=_pose)
def laplace_transform(rng: random.Random, difficulty: int) -> Problem:
    """A transform of a sum of t^n, e^{at}, sin, cos terms, or an inverse of a rational F(s)."""
    t = sp.Symbol("t")
    if rng.random() < 0.5:
        terms = [rng.randint(1, 5) * t ** rng.randint(0, 2 + difficulty),
                 rng.randint(1, 4) * rng.choice([sp.sin, sp.cos])(rng.randint(1, 4) * t),
                 t ** rng.randint(0, 2) * sp.exp(rng.randint(-3, 3) * t)]
        expr = sp.Add(*rng.sample(terms, 1 + min(difficulty, 2)))
        params = {"expr": sp.sstr(expr), "inverse": False}
    else:
        s = sp.Symbol("s")
        roots = rng.sample(range(-4, 5), 1 + min(difficulty, 2))
        expr = rng.randint(1, 6) / sp.Mul(*[s - r for r in roots])
        params = {"expr": sp.sstr(expr), "inverse": True}
    return _pose({**params, "parameters": [], "template": rng.randrange(WORDINGS)})
