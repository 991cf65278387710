"""Posed family for the Taylor polynomial of a matrix exponential: "Approximate $e^{tA}$ by
expanding the power series up to the third order", "... then use it to approximate
$e^{0.1A}$".

``matrix`` (rows of rational strings), ``degree`` n, and optionally ``at`` (a number t0).
The answer is P(t) = I + tA + t^2 A^2/2 + ... + t^n A^n/n!, one matrix of polynomials (with
P(t0) beside it, as a pair, when ``at`` is given). The verifier is numeric and independent
of the power series: against mpmath's matrix exponential (Pade), the error at t = h and 2h
(h = 1e-3, 40 digits) must grow like t^(n+1), a ratio of 2^(n+1) (a wrong coefficient of
degree k <= n leaves an error of order t^k); P has degree n; P(t0) is P at t0.
"""

from __future__ import annotations

import math
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

T = sp.Symbol("t")
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def exponential_polynomial(rows, degree, at=None):
    """I + tA + t^2 A^2 / 2! + ... + t^n A^n / n!, and its value at t = ``at`` if given."""
    import sympy

    t = sympy.Symbol("t")
    a = sympy.Matrix([[sympy.Rational(v) for v in row] for row in rows])
    power, total = sympy.eye(a.rows), sympy.zeros(a.rows)
    for k in range(degree + 1):
        total += t**k / sympy.factorial(k) * power
        power = power * a
    total = sympy.ImmutableMatrix(total.applyfunc(sympy.expand))
    if at is None:
        return total
    return sympy.Tuple(total, sympy.ImmutableMatrix(total.subs(t, sympy.Rational(at))))


def _pose(params: dict[str, Any]) -> Problem:
    rows, degree, at = params["matrix"], int(params["degree"]), params.get("at")
    a = sp.Matrix([[sp.Rational(v) for v in row] for row in rows])
    if not a.is_square or a.rows < 2 or not 1 <= degree <= 5:
        raise ValueError("a square matrix of size 2 or more, degree 1 to 5")
    answer = exponential_polynomial(rows, degree, at)
    order = _ORDINALS[degree]
    value = f" Then use it to approximate e^({at}A)." if at else ""
    value_tex = f" Then use it to approximate $e^{{{at}A}}$." if at else ""
    plain, tex = worded(params, [
        ("Let A = {m}. Approximate e^(tA) by expanding the power series up to the {o} order.{v}",
         ("Let $A = {lm}$. Approximate $e^{{tA}}$ by expanding the power series up to the {o} "
         "order.{vt}")),
        ("Write the Taylor polynomial of degree {n} of e^(tA), A = {m}, as one matrix.{v}",
         ("Write the Taylor polynomial of degree {n} of $e^{{tA}}$, $A = {lm}$, as one "
         "matrix.{vt}")),
        ("Compute the terms up to degree {n} of the series of e^(tA) for A = {m}.{v}",
         "Compute the terms up to degree {n} of the series of $e^{{tA}}$ for $A = {lm}$.{vt}"),
    ], m=sp.sstr(a.tolist()), lm=latex(a), o=order, n=degree, v=value, vt=value_tex)
    polynomial = answer[0] if at else answer
    steps = [("$e^{tA} = I + tA + \\frac{t^2}{2}A^2 + \\frac{t^3}{6}A^3 + \\cdots$; keep the "
             f"terms up to $t^{{{degree}}}$.")]
    steps += [f"$A^{{{k}}} = {latex(a**k)}$." for k in range(2, degree + 1)]
    steps.append(f"Adding entry by entry: ${latex(polynomial)}$.")
    if at:
        steps.append(f"At $t = {at}$: $e^{{{at}A}} \\approx {latex(answer[1])}$.")
    code = program([exponential_polynomial], f"exponential_polynomial({rows!r}, {degree}, {at!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _error(polynomial: sp.Matrix, a: mpmath.matrix, h: mpmath.mpf) -> mpmath.mpf:
    exact = mpmath.expm(a * h)
    return max(abs(exact[i, j] - mpmath.mpf(sp.N(polynomial[i, j].subs(T, sp.Float(str(h), 40)),
                                                  40)))
               for i in range(a.rows) for j in range(a.cols))


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    degree, at = int(params["degree"]), params.get("at")
    answer = problem.answer
    polynomial = sp.Matrix(answer[0] if at else answer)
    checks = [Check(f"a matrix of polynomials in t of degree {degree}",
                    all(sp.Poly(e, T).degree() <= degree for e in polynomial)
                    and polynomial.subs(T, 0) == sp.eye(polynomial.rows))]
    with mpmath.workdps(40):
        a = mpmath.matrix([[mpmath.mpf(sp.Rational(v).p) / sp.Rational(v).q for v in row]
                           for row in params["matrix"]])
        h = mpmath.mpf("0.001")
        small, double = _error(polynomial, a, h), _error(polynomial, a, 2 * h)
        ratio = double / small if small else mpmath.inf
        order = abs(mpmath.log(ratio, 2) - (degree + 1)) < 0.2
    checks.append(Check("the error against mpmath's expm grows like t^(n+1) (t = 0.001, 0.002)",
                        bool(order), f"error ratio {float(ratio):.3f}, expected "
                                     f"{math.pow(2, degree + 1):g}"))
    if at:
        checks.append(Check("the approximation is the polynomial at the given t",
                            sp.Matrix(answer[1]) == polynomial.subs(T, sp.Rational(at))))
    return checks


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New small integer entries, the same size, degree and point."""
    size = len(params["matrix"])
    return {**params, "matrix": [[str(rng.randint(-3, 4)) for _ in range(size)]
                                 for _ in range(size)]}


REDRAW = {"differential_equations.exponential_taylor": _redraw}


@family("differential_equations.exponential_taylor", verify=_verify, pose=_pose)
def exponential_taylor(rng: random.Random, difficulty: int) -> Problem:
    """A 2x2 integer matrix, degree 2 or 3, sometimes with a value at t = 0.1."""
    params = _redraw({"matrix": [["0"] * 2] * 2, "degree": str(rng.choice([2, 3])),
                      "template": rng.randrange(WORDINGS)}, rng)
    if rng.random() < 0.5:
        params["at"] = "1/10"
    return _pose(params)
