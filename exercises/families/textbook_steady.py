"""Posed family for a book's steady periodic solutions: m x'' + c x' + k x = F(t), F a Fourier
series (a constant, a few modes, or a series with its general term in n).

The formalize stage reads "Let $F(t) = \\frac12 + \\sum_{n=1}^\\infty \\frac{1}{n^2} \\cos(n \\pi t)$.
Find the steady periodic solution to $x'' + 2x = F(t)$." into ``m``, ``c``, ``k`` and ``forcing``
(a SymPy expression in t, a series as ``Sum(..., (n, 1, oo))``). The solver tries
x = A cos(wt) + B sin(wt) for each mode and solves the two linear equations in A and B
(a constant term gives a constant). The verifier substitutes the answer's general term into the
equation (derivatives, not the linear solve) and checks it equals the forcing's term, and that
no mode resonates (k - m w^2 and c w not both zero) for n up to 200.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

T, N = sp.Symbol("t"), sp.Symbol("n", integer=True, positive=True)


def _forcing(params: dict[str, Any]) -> sp.Expr:
    return sp.sympify(params["forcing"], locals={"t": T, "n": N})


def _coefficients(params: dict[str, Any]) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
    m, c, k = (sp.sympify(params[key]) for key in ("m", "c", "k"))
    return m, c, k


def _modes(term: sp.Expr) -> list[tuple[sp.Expr, sp.Expr, sp.Expr]] | None:
    """``term`` as (cos coefficient, sin coefficient, angular frequency) per frequency, or None
    when it is not a sum of a cos(w t) + b sin(w t)."""
    modes: dict[sp.Expr, list[sp.Expr]] = {}
    for piece in sp.Add.make_args(sp.expand(term)):
        trig = [f for f in piece.atoms(sp.cos, sp.sin) if f.has(T)]
        if len(trig) != 1:
            return None
        (wave,) = trig
        frequency = sp.simplify(wave.args[0] / T)
        amplitude = sp.simplify(piece / wave)
        if frequency.has(T) or amplitude.has(T):
            return None
        pair = modes.setdefault(frequency, [sp.Integer(0), sp.Integer(0)])
        pair[0 if isinstance(wave, sp.cos) else 1] += amplitude
    return [(a, b, w) for w, (a, b) in modes.items()]


def _mode_solution(a: sp.Expr, b: sp.Expr, w: sp.Expr, m: sp.Expr, c: sp.Expr,
                   k: sp.Expr) -> sp.Expr:
    """x = A cos(wt) + B sin(wt) with m x'' + c x' + k x = a cos(wt) + b sin(wt)."""
    big_a, big_b = sp.symbols("A B")
    # cos: (k - m w^2) A + c w B = a;  sin: (k - m w^2) B - c w A = b
    found = sp.solve([(k - m * w ** 2) * big_a + c * w * big_b - a,
                      (k - m * w ** 2) * big_b - c * w * big_a - b], [big_a, big_b], dict=True)
    if not found:
        raise ValueError("a mode resonates: no periodic solution of this form")
    return sp.simplify(found[0][big_a]) * sp.cos(w * T) + sp.simplify(found[0][big_b]) * sp.sin(w * T)


def _part(term: sp.Expr, m: sp.Expr, c: sp.Expr, k: sp.Expr) -> sp.Expr:
    """The steady periodic response to one additive piece of the forcing."""
    if isinstance(term, sp.Sum):
        (index, low, high), = term.limits
        general = term.function.subs(index, N)
        return sp.Sum(_part(general, m, c, k), (N, low, high))
    if not term.has(T):
        if k == 0:
            raise ValueError("a constant forcing with k = 0 has no periodic response")
        return term / k
    modes = _modes(term)
    if modes is None:
        raise ValueError(f"not a Fourier series term: {term}")
    return sp.Add(*[_mode_solution(a, b, w, m, c, k) for a, b, w in modes])


def steady(forcing: sp.Expr, m: sp.Expr, c: sp.Expr, k: sp.Expr) -> sp.Expr:
    """The steady periodic solution, mode by mode (a series stays a series in n)."""
    return sp.Add(*[_part(term, m, c, k) for term in sp.Add.make_args(forcing)])


def _pose(params: dict[str, Any]) -> Problem:
    forcing = _forcing(params)
    m, c, k = _coefficients(params)
    answer = steady(forcing, m, c, k)
    x = sp.Function("x")(T)
    lhs = m * x.diff(T, 2) + c * x.diff(T) + k * x
    plain, tex = worded(params, [
        ("Let F(t) = {f}. Find the steady periodic solution to {p} = F(t).",
         "Let $F(t) = {lf}$. Find the steady periodic solution to ${l} = F(t)$."),
        ("Find the steady periodic solution of {p} = {f} as a Fourier series.",
         "Find the steady periodic solution of ${l} = {lf}$ as a Fourier series."),
        ("The forcing is F(t) = {f}. What is the steady periodic solution of {p} = F(t)?",
         "The forcing is $F(t) = {lf}$. What is the steady periodic solution of ${l} = F(t)$?"),
    ], f=sp.sstr(forcing), lf=latex(forcing), p=sp.sstr(lhs), l=latex(lhs))
    steps = [("Each mode $a \\cos(\\omega t) + b \\sin(\\omega t)$ of $F$ gets the response "
             "$A \\cos(\\omega t) + B \\sin(\\omega t)$: $(k - m\\omega^2) A + c \\omega B = a$, "
             "$(k - m\\omega^2) B - c \\omega A = b$; a constant $a_0/2$ gets $a_0 / (2k)$."),
             f"So $x_{{sp}}(t) = {latex(answer)}$."]
    code = ("import sympy\n\n\n"
            "def solve():\n"
            "    t, n = sympy.Symbol('t'), sympy.Symbol('n', integer=True, positive=True)\n"
            f"    m, c, k = sympy.sympify({params['m']!r}), sympy.sympify({params['c']!r}), "
            f"sympy.sympify({params['k']!r})\n"
            f"    forcing = sympy.sympify({params['forcing']!r}, locals={{'t': t, 'n': n}})\n"
            "    A, B = sympy.symbols('A B')\n\n"
            "    def mode(a, b, w):\n"
            "        s = sympy.solve([(k - m * w**2) * A + c * w * B - a,\n"
            "                         (k - m * w**2) * B - c * w * A - b], [A, B], dict=True)[0]\n"
            "        return sympy.simplify(s[A]) * sympy.cos(w * t) + "
            "sympy.simplify(s[B]) * sympy.sin(w * t)\n\n"
            "    def part(term):\n"
            "        if isinstance(term, sympy.Sum):\n"
            "            (i, low, high), = term.limits\n"
            "            return sympy.Sum(part(term.function.subs(i, n)), (n, low, high))\n"
            "        if not term.has(t):\n"
            "            return term / k\n"
            "        modes = {}\n"
            "        for piece in sympy.Add.make_args(sympy.expand(term)):\n"
            "            (wave,) = [f for f in piece.atoms(sympy.cos, sympy.sin) if f.has(t)]\n"
            "            pair = modes.setdefault(sympy.simplify(wave.args[0] / t), [0, 0])\n"
            "            pair[0 if isinstance(wave, sympy.cos) else 1] += "
            "sympy.simplify(piece / wave)\n"
            "        return sympy.Add(*[mode(sympy.sympify(a), sympy.sympify(b), w) "
            "for w, (a, b) in modes.items()])\n\n"
            "    return sympy.Add(*[part(term) for term in sympy.Add.make_args(forcing)])\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _general_terms(expr: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """(the finite part, the series' general term in n) of an expression."""
    series = [term for term in sp.Add.make_args(expr) if isinstance(term, sp.Sum)]
    finite = sp.Add(*[term for term in sp.Add.make_args(expr) if not isinstance(term, sp.Sum)])
    general = sp.Add(*[term.function.subs(term.limits[0][0], N) for term in series])
    return finite, general


def _verify(problem: Problem) -> list[Check]:
    m, c, k = _coefficients(problem.params)
    forcing = _forcing(problem.params)

    def residual(x: sp.Expr, f: sp.Expr) -> sp.Expr:
        return sp.simplify(m * x.diff(T, 2) + c * x.diff(T) + k * x - f)

    (x_finite, x_general), (f_finite, f_general) = map(_general_terms, (problem.answer, forcing))
    satisfied = residual(x_finite, f_finite) == 0 and residual(x_general, f_general) == 0
    frequencies = [sp.simplify(w.args[0] / T) for w in forcing.atoms(sp.cos, sp.sin) if w.has(T)]
    resonant = [w for w in frequencies for n in range(1, 201)
                if (k - m * w.subs(N, n) ** 2) == 0 and c * w.subs(N, n) == 0]
    periodic = not problem.answer.has(T * sp.cos(sp.Wild("u")), T * sp.sin(sp.Wild("v")))
    return [Check("m x'' + c x' + k x equals F, term by term and for the general term n "
                  "(differentiated, not solved)", satisfied),
            Check("no mode resonates for n = 1..200, so each response is periodic",
                  not resonant and periodic, f"{len(frequencies)} frequencies")]


@family("differential_equations.steady_periodic", verify=_verify, pose=_pose)
def steady_periodic(rng: random.Random, difficulty: int) -> Problem:
    """m x'' + c x' + k x = F(t), F a series with coefficients 1/n^p in cos(n pi t) or sin(n pi t)
    (a constant term sometimes), k not a resonant multiple of pi^2."""
    n, t = sp.Symbol("n"), sp.Symbol("t")
    wave = rng.choice([sp.cos, sp.sin])
    term = wave(n * sp.pi * t) / n ** rng.randint(2, 3)
    forcing = sp.Sum(term, (n, 1, sp.oo)) + (sp.Rational(1, rng.randint(2, 4))
                                             if difficulty >= 2 else 0)
    c = rng.randint(1, 2) if difficulty >= 3 else 0
    return _pose({"m": "1", "c": str(c), "k": str(rng.randint(1, 5)),
                  "forcing": sp.sstr(forcing), "template": rng.randrange(WORDINGS)})
