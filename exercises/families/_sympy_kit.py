"""Shared pieces for the SymPy-based families (calculus, linear algebra, ODEs, counting, data).

Why a kit: every family needs the same four things – a statement rendered twice (plain
text and LaTeX) from one randomly chosen phrasing, a ``solve()`` program embedding the
drawn data, a fast high-precision numeric evaluator for the independent checks, and a
way to record a check. Writing them once keeps the family modules about mathematics.

The numeric evaluator walks the SymPy tree with mpmath instead of calling ``evalf`` or
``lambdify``: those cost about a millisecond per call, the walk a few microseconds,
and the verifiers evaluate dozens of points.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import Any

import mpmath
import symengine
import sympy as sp

from exercises.family import Check

X, Y = sp.symbols("x y")
C1, C2 = sp.symbols("C1 C2")
DPS = 40  # working precision of the numeric checks, in decimal digits
TOL = mpmath.mpf(10) ** -20  # relative agreement demanded of two exact values evaluated
mpmath.mp.dps = DPS

# Sample points for the numeric checks: positive (logs, roots stay real), not
# integers or simple fractions (families put poles at those), spread over two units.
POINTS = (0.3711, 0.8293, 1.2467, 1.6121, 2.3539)

Value = sp.Basic | str | tuple[str, str]
Statement = tuple[str, str]


def tex(value: Value) -> str:
    """LaTeX for a SymPy object; a string is taken as LaTeX already."""
    return value if isinstance(value, str) else sp.latex(value)


def plain(value: Value) -> str:
    """Plain text for a SymPy object, as SymPy's ``str`` writes it (``x**2*sin(x)``)."""
    return value if isinstance(value, str) else str(value)


def statement(rng: random.Random, templates: Sequence[str], **values: Value) -> Statement:
    """One phrasing, chosen by ``rng``, rendered as plain text and as LaTeX.

    Templates name their values ``{f}``; the plain rendering inserts ``str(value)``, the
    LaTeX one ``$latex(value)$``. A ``(plain, latex)`` pair is used as is, and a string is
    ordinary words, the same in both.
    """
    template = rng.choice(templates)
    text, latex = {}, {}
    for name, value in values.items():
        if isinstance(value, tuple):
            text[name], latex[name] = value
        elif isinstance(value, str):
            text[name] = latex[name] = value
        else:
            text[name], latex[name] = plain(value), f"${tex(value)}$"
    return template.format(**text), template.format(**latex)


def program(source: str, **data: Any) -> str:
    """The ``solve()`` program: ``source`` (indented freely) with ``{name}`` filled by repr.

    Data go in as Python literals (``repr``), expressions as strings parsed by ``S()``
    inside the program, so the program recomputes the answer from the problem's data.
    """
    filled = textwrap.dedent(source).strip("\n").format(
        **{name: repr(value) for name, value in data.items()}
    )
    return filled + "\n"


def check(method: str, passed: bool, detail: str = "") -> Check:
    """A :class:`Check`; ``passed`` coerced to a real bool (SymPy returns its own)."""
    return Check(method, bool(passed), detail)


def derivative(expr: sp.Basic, *variables: sp.Symbol) -> sp.Expr:
    """``diff(expr, *variables)`` computed by SymEngine and returned as SymPy.

    SymPy's own ``diff`` spends 10-40 ms per new expression in its assumptions system;
    SymEngine takes about one, conversions included. Repeat a variable for higher orders.
    """
    variables = variables or (X,)
    return symengine.diff(symengine.sympify(expr), *map(symengine.sympify, variables))._sympy_()


# --- numeric evaluation --------------------------------------------------------------

_FUNCTIONS: dict[type, Callable[..., Any]] = {
    sp.sin: mpmath.sin,
    sp.cos: mpmath.cos,
    sp.tan: mpmath.tan,
    sp.sec: mpmath.sec,
    sp.csc: mpmath.csc,
    sp.cot: mpmath.cot,
    sp.exp: mpmath.exp,
    sp.log: mpmath.log,
    sp.atan: mpmath.atan,
    sp.asin: mpmath.asin,
    sp.sinh: mpmath.sinh,
    sp.cosh: mpmath.cosh,
    sp.factorial: mpmath.factorial,
}


def num(expr: sp.Basic, env: dict[sp.Symbol, Any]) -> Any:
    """Evaluate ``expr`` with mpmath at the symbol values in ``env`` (complex where needed)."""
    if expr.is_Symbol:
        return env[expr]
    if expr.is_Integer:
        return mpmath.mpf(int(expr))
    if expr.is_Rational:
        return mpmath.mpf(int(expr.p)) / int(expr.q)
    if expr.is_Add:
        return mpmath.fsum(num(a, env) for a in expr.args)
    if expr.is_Mul:
        return mpmath.fprod(num(a, env) for a in expr.args)
    if expr.is_Pow:
        base, exponent = expr.args
        if exponent.is_Integer:
            return num(base, env) ** int(exponent)
        b, e = num(base, env), num(exponent, env)
        if isinstance(e, mpmath.mpf) and e == int(e):
            return b ** int(e)
        if isinstance(b, mpmath.mpf) and b >= 0:
            return mpmath.power(b, e)
        return mpmath.power(mpmath.mpc(b), e)
    if expr is sp.E:
        return mpmath.e
    if expr is sp.pi:
        return mpmath.pi
    if expr.is_Float:
        return mpmath.mpf(expr)
    if type(expr) in _FUNCTIONS:
        return _FUNCTIONS[type(expr)](*(num(a, env) for a in expr.args))
    raise ValueError(f"no numeric rule for {expr.func}")


def mp_function(expr: sp.Basic, *variables: sp.Symbol) -> Callable[..., Any]:
    """``expr`` compiled to an mpmath function: ~2 ms once, then far cheaper per point than
    :func:`num`, so quadrature and series sums (hundreds of points) use this."""
    return sp.lambdify(variables, expr, modules="mpmath")


def close(a: Any, b: Any, tol: Any = TOL) -> bool:
    """``a`` and ``b`` agree to ``tol``, relatively for large values, absolutely near 0.

    Either may be a SymPy number: both are converted to mpmath first.
    """
    a, b = mpmath.mpmathify(a), mpmath.mpmathify(b)
    return bool(abs(a - b) <= tol * max(1, abs(a), abs(b)))


def fd_derivative(f: sp.Basic, var: sp.Symbol, at: Any, order: int = 1) -> Any:
    """The ``order``-th derivative of ``f`` at ``at`` by mpmath's finite differences."""
    return mpmath.diff(lambda t: num(f, {var: t}), mpmath.mpf(at), order)


def to_number(value: Any) -> Any:
    """A SymPy number as an mpmath number."""
    return num(sp.sympify(value), {})


# --- small random helpers ------------------------------------------------------------


def nonzero(rng: random.Random, bound: int) -> int:
    """A random integer in ``[-bound, bound]`` other than 0."""
    return rng.choice([k for k in range(-bound, bound + 1) if k])


def fraction(value: Fraction) -> sp.Rational:
    """A :class:`fractions.Fraction` as a SymPy Rational."""
    return sp.Rational(value.numerator, value.denominator)
