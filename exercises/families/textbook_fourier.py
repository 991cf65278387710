"""Posed family for a book's Fourier series: of a periodic extension, or its sine or cosine series.

The formalize stage reads "Let $f(t) = |t|$ for $-1 < t \\leq 1$, extended periodically.
Compute the Fourier series" into ``pieces`` ([f, low, high] rows: the function on
one period, piece by piece) and ``kind`` ("full", "sine" for the odd extension,
"cosine" for the even one). SymPy integrates the coefficient formulas with n a
positive integer; the answer is the series a_0/2 + sum (a_n cos + b_n sin)(n pi t/L).
The verifier computes a_0 and the first four a_n, b_n by numerical quadrature
(mpmath) of the defining integrals and compares them with the formulas at n = 1..4.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import mpmath
import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

T = sp.Symbol("t")
N = sp.Symbol("n", integer=True, positive=True)


def fourier_coefficients(pieces, kind, t, n):
    """(a_0, a_n, b_n, L): the coefficients of f, given on one period by ``pieces`` (rows
    [f, low, high]), with half period L; for "sine"/"cosine" f is given on [0, L] and
    extended oddly/evenly."""
    import sympy

    rows = [(sympy.sympify(f, locals={"t": t}), sympy.sympify(a), sympy.sympify(b))
            for f, a, b in pieces]
    low, high = rows[0][1], rows[-1][2]
    half = (high - low) if kind != "full" else (high - low) / 2
    weight = 2 / half if kind != "full" else 1 / half

    def integral(kernel):
        total = 0
        for f, a, b in rows:
            for piece, lo, hi in _split_at_zero(f, a, b, t):
                total += sympy.integrate(sympy.expand(piece * kernel), (t, lo, hi))
        return sympy.simplify(weight * total)

    angle = n * sympy.pi * t / half
    a0 = integral(1) if kind != "sine" else sympy.Integer(0)
    an = integral(sympy.cos(angle)) if kind != "sine" else sympy.Integer(0)
    bn = integral(sympy.sin(angle)) if kind != "cosine" else sympy.Integer(0)
    return a0, an, bn, half


def _split_at_zero(f, a, b, t):
    """|t| as -t and t on either side of 0, so that each piece integrates in closed form."""
    import sympy

    if not f.has(sympy.Abs) or not (a < 0 < b):
        return [(f, a, b)]
    return [(f.subs(sympy.Abs(t), -t), a, 0), (f.subs(sympy.Abs(t), t), 0, b)]


def series(pieces, kind, t, n, coefficients=None, harmonics=None):
    """The Fourier series as a SymPy expression (an unevaluated sum over n >= 1), from the
    ``coefficients`` (a_0, a_n, b_n, L) when they are already computed; written out up to the
    ``harmonics``-th harmonic when that is given. Coefficients that SymPy gives case by case
    in n (sin(5t) + cos(3t): zero except at n = 3, 5) are a finite sum, written out; when the
    general case is not zero (sin t's cosine series: a_1 apart), the exceptional harmonics are
    written out and the series goes on from the next n."""
    import sympy

    a0, an, bn, half = coefficients or fourier_coefficients(pieces, kind, t, n)
    angle = n * sympy.pi * t / half
    term = an * sympy.cos(angle) + bn * sympy.sin(angle)
    if harmonics is None and any(c.has(sympy.Piecewise) for c in (a0, an, bn)):
        # Each condition compares n with a constant: beyond the largest, one branch holds.
        last = max([int(sympy.ceiling(v)) for c in (an, bn) for pw in c.atoms(sympy.Piecewise)
                    for _, cond in pw.args for v in cond.atoms(sympy.Number)] + [0])
        generic = [next(e for e, cond in pw.args if cond.subs(n, last + 1) == sympy.true)
                   for c in (an, bn) for pw in c.atoms(sympy.Piecewise)]
        if a0.has(sympy.Piecewise):
            raise ValueError("a_0 depends on n case by case")
        if any(sympy.simplify(e) != 0 for e in generic):
            beyond = term.replace(lambda e: isinstance(e, sympy.Piecewise),
                                  lambda e: next(v for v, cond in e.args
                                                 if cond.subs(n, last + 1) == sympy.true))
            return a0 / 2 + sum(term.subs(n, k) for k in range(1, last + 1)) + sympy.Sum(
                sympy.simplify(beyond), (n, last + 1, sympy.oo))
        harmonics = last
    if harmonics is not None:
        return a0 / 2 + sum(term.subs(n, k) for k in range(1, harmonics + 1))
    return a0 / 2 + sympy.Sum(term, (n, 1, sympy.oo))


def _pose(params: dict[str, Any]) -> Problem:
    pieces, kind = params["pieces"], params.get("kind", "full")
    harmonics = params.get("harmonics")
    a0, an, bn, half = coefficients = fourier_coefficients(pieces, kind, T, N)
    answer = series(pieces, kind, T, N, coefficients, harmonics)
    f = sp.Piecewise(*[(sp.sympify(e, locals={"t": T}), (T > sp.sympify(a)) & (T <= sp.sympify(b)))
                       for e, a, b in pieces])
    low, high = sp.sympify(pieces[0][1]), sp.sympify(pieces[-1][2])
    what = {"full": "the Fourier series of the periodic extension of",
            "sine": "the sine series (odd periodic extension) of",
            "cosine": "the cosine series (even periodic extension) of"}[kind]
    if harmonics:
        what = f"up to the {_ordinal(harmonics)} harmonic, " + what
    plain, tex = worded(params, [
        ("Compute {what} f(t) = {p} on [{a}, {b}].", "Compute {what} $f(t) = {l}$ on $[{la}, {lb}]$."),
        ("Find {what} f(t) = {p}, given on [{a}, {b}].", "Find {what} $f(t) = {l}$, given on $[{la}, {lb}]$."),
        ("What is {what} f(t) = {p} on [{a}, {b}]?", "What is {what} $f(t) = {l}$ on $[{la}, {lb}]$?"),
    ], what=what, p=sp.sstr(f), l=latex(f), a=sp.sstr(low), b=sp.sstr(high), la=latex(low),
        lb=latex(high))
    steps = [(f"The half period is $L = {latex(half)}$; integrate against $\\cos(n\\pi t/L)$ and "
             f"$\\sin(n\\pi t/L)$ with $n$ a positive integer."),
             f"$a_0 = {latex(a0)}$, $a_n = {latex(an)}$, $b_n = {latex(bn)}$.",
             f"$f(t) \\sim {latex(answer)}$."]
    code = (
        "import sympy\n\n\n" + "".join(inspect.getsource(m) + "\n\n" for m in
                                     (fourier_coefficients, _split_at_zero, series)) +
        "def solve():\n"
        "    t, n = sympy.Symbol('t'), sympy.Symbol('n', integer=True, positive=True)\n"
        f"    return series({pieces!r}, {kind!r}, t, n, harmonics={harmonics!r})\n"
    )
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _numeric_coefficients(params: dict[str, Any], count: int) -> list[tuple[mpmath.mpf, ...]]:
    """[(a_k, b_k) for k = 0..count] by quadrature of the definitions over the given interval."""
    kind = params.get("kind", "full")
    rows = [(sp.lambdify(T, sp.sympify(e, locals={"t": T}), modules="mpmath"),
             mpmath.mpf(sp.N(sp.sympify(a), 30)), mpmath.mpf(sp.N(sp.sympify(b), 30)))
            for e, a, b in params["pieces"]]
    low, high = rows[0][1], rows[-1][2]
    half = (high - low) if kind != "full" else (high - low) / 2
    weight = 2 / half if kind != "full" else 1 / half
    def coefficient(trig: Any, k: int) -> mpmath.mpf:
        total = mpmath.mpf(0)
        for f, a, b in rows:
            total += mpmath.quad(lambda t, f=f: f(t) * trig(k * mpmath.pi * t / half),
                                 [a, 0, b] if a < 0 < b else [a, b])
        return weight * total

    return [(coefficient(mpmath.cos, k) if kind != "sine" else mpmath.mpf(0),
             coefficient(mpmath.sin, k) if kind != "cosine" else mpmath.mpf(0))
            for k in range(count + 1)]


def _verify(problem: Problem) -> list[Check]:
    answer = problem.answer
    sums = list(answer.atoms(sp.Sum))
    half = _half(problem.params)
    if len(sums) > 1:
        return [Check("the answer is a constant plus one series over n", False)]
    if sums:  # harmonics before the sum's first n are written out beside it
        rest, start = sp.expand(answer - sums[0]), int(sums[0].limits[0][1])
        count = max(4, start + 2)
        constant = rest.subs({f(k * sp.pi * T / half): 0 for k in range(1, start)
                              for f in (sp.cos, sp.sin)})
        if constant.free_symbols:
            return [Check("the answer is a constant, harmonics and one series over n", False,
                          sp.sstr(constant))]
        terms = [rest if k < start else sp.expand(sums[0].function).subs(N, k)
                 for k in range(1, count + 1)]
    else:  # a finite sum, written out: its harmonics, and two beyond the last, must agree
        written = sp.expand(answer)
        count = problem.params.get("harmonics") or 2 + max(
            [int(sp.simplify(a.args[0] * half / (sp.pi * T))) for a in written.atoms(sp.sin, sp.cos)]
            + [0])
        trig = [f(k * sp.pi * T / half) for k in range(1, count + 1) for f in (sp.cos, sp.sin)]
        constant = written.subs({f: 0 for f in trig})
        if constant.free_symbols:
            return [Check("the answer is a constant plus harmonics of the period", False,
                          sp.sstr(constant))]
        terms = [written] * count
    with mpmath.workdps(25):
        numeric = _numeric_coefficients(problem.params, count)
        ok = abs(mpmath.mpf(sp.N(2 * constant, 25)) - numeric[0][0]) < 1e-12
        for k, expr in enumerate(terms, start=1):
            a = sp.N(expr.coeff(sp.cos(k * sp.pi * T / half)), 25)
            b = sp.N(expr.coeff(sp.sin(k * sp.pi * T / half)), 25)
            ok = ok and abs(complex(a) - complex(numeric[k][0])) < 1e-12 \
                and abs(complex(b) - complex(numeric[k][1])) < 1e-12
    return [Check(f"a_0 and a_n, b_n for n = 1..{count} agree with the defining integrals "
                  "computed by quadrature (mpmath, 25 digits)", bool(ok))]


def _ordinal(k: int) -> str:
    return f"{k}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(k if k < 20 else k % 10, 'th')}"


def _half(params: dict[str, Any]) -> sp.Expr:
    low, high = sp.sympify(params["pieces"][0][1]), sp.sympify(params["pieces"][-1][2])
    return (high - low) if params.get("kind", "full") != "full" else (high - low) / 2


@family("differential_equations.fourier_series", verify=_verify, pose=_pose)
def fourier_series(rng: random.Random, difficulty: int) -> Problem:
    """A polynomial (or a two-piece step) on (-L, L], or its sine/cosine series on [0, L]."""
    half = rng.choice([1, 2, 3, "pi"])
    kind = rng.choice(["full", "full", "sine", "cosine"])
    low = "0" if kind != "full" else f"-{half}"
    f = sp.sstr(rng.randint(1, 4) * T ** rng.randint(1, 1 + min(difficulty, 3)))
    pieces = [[f, low, str(half)]]
    if kind == "full" and difficulty >= 3:
        pieces = [["0", low, "0"], [f, "0", str(half)]]
    return _pose({"pieces": pieces, "kind": kind, "template": rng.randrange(WORDINGS)})
