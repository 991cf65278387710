"""Exact helpers shared by the algebra, functions, sequences and trigonometry families.

Why this exists: speed and independence. Problems are built backwards from their answers with
integer and :class:`~fractions.Fraction` arithmetic on coefficient lists (microseconds), and
rendered to plain text, LaTeX and Lean by the small printers below (SymPy's ``latex`` costs about
a millisecond per polynomial). Verifiers re-derive facts from a problem's ``params`` with the same
plain arithmetic, so they share no code path with the SymPy calls a ``solve()`` program makes.

Polynomials are lists of coefficients, highest degree first (as ``sympy.Poly.all_coeffs``).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterable
from fractions import Fraction
from functools import wraps
from typing import Any

import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

from exercises.family import Check, Problem

X = sp.Symbol("x")
Number = int | Fraction

# Fixed rational sample points for "evaluate both sides" checks: deterministic, varied in sign and
# size, and non-integers so that an identity cannot hold at them by an accident of small integers.
SAMPLE_POINTS = tuple(
    Fraction(p, q) for p, q in ((-7, 3), (5, 2), (-1, 4), (13, 5), (2, 7), (-17, 6), (9, 4))
)


# ----------------------------------------------------------------------------- random draws
def bound(difficulty: int, table: tuple[int, ...] = (4, 6, 9, 12, 20)) -> int:
    """The coefficient bound for a difficulty (1..5): the digits grow with it."""
    return table[difficulty - 1]


def nonzero(rng: random.Random, lo: int, hi: int) -> int:
    """A uniform integer in ``[lo, hi]`` other than zero."""
    while True:
        value = rng.randint(lo, hi)
        if value:
            return value


def distinct(rng: random.Random, k: int, lo: int, hi: int) -> list[int]:
    """``k`` distinct integers from ``[lo, hi]``, in draw order."""
    return rng.sample(range(lo, hi + 1), k)


def pick_text(rng: random.Random, templates: list[str],
              **values: tuple[str, str]) -> tuple[str, str]:
    """One phrasing, filled twice: with the plain forms and with the ``$...$`` LaTeX forms.

    ``values`` maps a placeholder to ``(plain, latex)``; the LaTeX side is wrapped in ``$``.
    """
    template = rng.choice(templates)
    # a value ending in "..." before a closing full stop would read "...."
    plain = template.format(**{k: v[0] for k, v in values.items()}).replace("....", "...")
    latex = template.format(**{k: f"${v[1]}$" for k, v in values.items()})
    return plain, latex


# ----------------------------------------------------------------------------- polynomials
def poly_mul(p: list[Number], q: list[Number]) -> list[Number]:
    """The product of two coefficient lists."""
    out: list[Number] = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out


def poly_add(p: list[Number], q: list[Number]) -> list[Number]:
    """The sum of two coefficient lists (aligned at the constant term)."""
    n = max(len(p), len(q))
    p = [0] * (n - len(p)) + list(p)
    q = [0] * (n - len(q)) + list(q)
    out = [a + b for a, b in zip(p, q)]
    while len(out) > 1 and out[0] == 0:
        out.pop(0)
    return out


def poly_pow(p: list[Number], n: int) -> list[Number]:
    """``p`` to the power ``n`` (n >= 0)."""
    out: list[Number] = [1]
    for _ in range(n):
        out = poly_mul(out, p)
    return out


def poly_from_factors(factors: Iterable[tuple[int, int]], lead: int = 1) -> list[Number]:
    """Expand ``lead * prod(a*x + b)`` from its linear factors ``(a, b)``."""
    out: list[Number] = [lead]
    for a, b in factors:
        out = poly_mul(out, [a, b])
    return out


def horner(coeffs: list[Number], x: Number) -> Number:
    """The value of the polynomial at ``x``, exactly."""
    value: Number = 0
    for c in coeffs:
        value = value * x + c
    return value


def divide_root(coeffs: list[Number], root: Number) -> tuple[list[Number], Number]:
    """Synthetic division by ``(x - root)``: the quotient and the remainder."""
    out: list[Number] = []
    acc: Number = 0
    for c in coeffs:
        acc = acc * root + c
        out.append(acc)
    return out[:-1], out[-1]


def poly_expr(coeffs: list[Number], var: sp.Symbol = X) -> sp.Expr:
    """The SymPy expression of a coefficient list."""
    n = len(coeffs) - 1
    return sp.Add(*(sp.Rational(c) * var ** (n - i) for i, c in enumerate(coeffs) if c))


def monomial(var: str, power: int, style: str) -> str:
    """``x**2`` / ``x^{2}`` / ``x ^ 2``; ``x`` for power 1 and ``""`` for power 0."""
    if power == 0:
        return ""
    if power == 1:
        return var
    return {"plain": f"{var}**{power}", "latex": f"{var}^{{{power}}}", "lean": f"{var} ^ {power}"}[
        style
    ]


def num_text(c: Number, style: str) -> str:
    """A number as text: ``3/4`` / ``\\frac{3}{4}``; integers as themselves."""
    c = Fraction(c)
    if c.denominator == 1:
        return str(c.numerator)
    if style == "latex":
        sign = "-" if c < 0 else ""
        return f"{sign}\\frac{{{abs(c.numerator)}}}{{{c.denominator}}}"
    return f"{c.numerator}/{c.denominator}"


def frac_tex(top: str, bottom: str) -> str:
    """``\\frac{top}{bottom}`` from two LaTeX strings."""
    return f"\\frac{{{top}}}{{{bottom}}}"


def sum_text(terms: list[tuple[Number, str]], style: str) -> str:
    """A signed sum of ``coefficient * monomial`` terms in the given order, zeros left out.

    ``monomial`` is already written in ``style`` (``""`` for a constant term). In Lean a leading
    ``-1`` stays explicit (``-1 * x ^ 2``) so that the minus sign cannot be read as applying
    before the power.
    """
    joint = {"plain": "*", "latex": " ", "lean": " * "}[style]
    out = ""
    for c, mono in terms:
        if not c:
            continue
        size = abs(Fraction(c))
        if not mono:
            body = num_text(size, style)
        elif size == 1 and not (style == "lean" and not out and c < 0):
            body = mono
        else:
            body = f"{num_text(size, style)}{joint}{mono}"
        if not out:
            out = f"-{body}" if c < 0 else body
        else:
            out += f" - {body}" if c < 0 else f" + {body}"
    return out or "0"


def poly_text(coeffs: list[Number], style: str = "plain", var: str = "x") -> str:
    """A polynomial as plain text, LaTeX or Lean, highest degree first."""
    n = len(coeffs) - 1
    return sum_text([(c, monomial(var, n - i, style)) for i, c in enumerate(coeffs)], style)


def texts(coeffs: list[Number], var: str = "x") -> tuple[str, str]:
    """``(plain, latex)`` of a polynomial, the pair :func:`pick_text` takes."""
    return poly_text(coeffs, "plain", var), poly_text(coeffs, "latex", var)


def factor_text(factors: list[tuple[int, int]], lead: int, style: str) -> str:
    """``lead * prod(a*x + b)`` written as a product, repeated factors as powers."""
    counts: dict[tuple[int, int], int] = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    parts = []
    for (a, b), m in counts.items():
        body = poly_text([a, b], style)
        if (a, b) != (1, 0):  # a lone x needs no brackets
            body = f"({body})"
        if m > 1:
            body += {"plain": f"**{m}", "latex": f"^{{{m}}}", "lean": f" ^ {m}"}[style]
        parts.append(body)
    joint = {"plain": "*", "latex": "", "lean": " * "}[style]
    prefix = "" if lead == 1 else "-" if lead == -1 else num_text(lead, style) + joint
    if style == "lean" and lead == -1:
        prefix = "-1 * "
    return prefix + joint.join(parts)


# ----------------------------------------------------------------------------- conversions
def frac(value: Any) -> Fraction:
    """A SymPy rational (or int) as a Fraction; raises TypeError for anything else."""
    if isinstance(value, int | Fraction):
        return Fraction(value)
    if isinstance(value, sp.Rational):
        return Fraction(int(value.p), int(value.q))
    raise TypeError(f"not a rational number: {value!r}")


def rat(value: Number) -> sp.Rational:
    """A Fraction or int as a SymPy Rational."""
    value = Fraction(value)
    return sp.Rational(value.numerator, value.denominator)


def evaluate(expr: Any, values: dict[sp.Symbol, Number]) -> Fraction:
    """A rational expression evaluated exactly at a rational point, by walking its tree.

    Independent of SymPy's simplifier and about a hundred times faster than ``xreplace``; raises
    TypeError for anything but sums, products and integer powers of rationals and symbols.
    """
    if isinstance(expr, sp.Rational | int):
        return frac(expr)
    if isinstance(expr, sp.Symbol):
        return Fraction(values[expr])
    if isinstance(expr, sp.Add):
        return sum((evaluate(a, values) for a in expr.args), Fraction(0))
    if isinstance(expr, sp.Mul):
        out = Fraction(1)
        for a in expr.args:
            out *= evaluate(a, values)
        return out
    if isinstance(expr, sp.Pow) and expr.exp.is_Integer:
        return evaluate(expr.base, values) ** int(expr.exp)
    raise TypeError(f"not a rational expression: {expr}")


def linear_coeffs(expr: Any, var: sp.Symbol = X) -> tuple[Fraction, Fraction]:
    """``(a, b)`` for an expression written as ``a*var + b``; TypeError if it is not one."""
    a, b = Fraction(0), Fraction(0)
    for term in sp.Add.make_args(expr):
        c, rest = term.as_coeff_Mul()
        if rest == 1:
            b += frac(c)
        elif rest == var:
            a += frac(c)
        else:
            raise TypeError(f"not linear in {var}: {expr}")
    return a, b


def lean_theorem(name: str, variables: str, claim: str, tactic: str) -> str:
    """A core Lean 4 theorem (no Mathlib) with its one-tactic proof."""
    return f"theorem {name} ({variables} : Int) :\n    {claim} := by\n  {tactic}\n"


# ----------------------------------------------------------------------------- checks
def check(method: str, passed: bool, detail: str = "") -> Check:
    """A :class:`Check` record (shorthand)."""
    return Check(method, bool(passed), detail)


def guarded(verify: Callable[[Problem], list[Check]]) -> Callable[[Problem], list[Check]]:
    """Turn a verifier's crash on an ill-formed answer (wrong type or shape) into a failed check.

    A verifier reads the answer as the form its family promises (a FiniteSet of rationals, an
    Interval ...); an answer of another form is wrong, and must be reported, not raised.
    """

    @wraps(verify)
    def run(problem: Problem) -> list[Check]:
        try:
            return verify(problem)
        except (TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError,
                BasePolynomialError) as e:
            return [check("read the answer in the family's form", False,
                          f"{type(e).__name__}: {e}")]

    return run


def finite_fractions(answer: Any) -> list[Fraction]:
    """The elements of a FiniteSet of rationals (or the empty set), as sorted Fractions."""
    if answer == sp.S.EmptySet:
        return []
    if not isinstance(answer, sp.FiniteSet):
        raise TypeError(f"expected a FiniteSet, got {type(answer).__name__}")
    return sorted(frac(v) for v in answer)


def membership(answer: Any) -> Callable[[Fraction], bool]:
    """Membership in a union of intervals and points, read into plain Fraction comparisons.

    SymPy's ``Set.contains`` costs milliseconds per point; this reads the set once. Raises
    TypeError for anything that is not a union of intervals and finite sets of rationals.
    """
    tests: list[Callable[[Fraction], bool]] = []
    for part in (answer.args if isinstance(answer, sp.Union) else (answer,)):
        if isinstance(part, sp.FiniteSet):
            points = {frac(v) for v in part}
            tests.append(points.__contains__)
        elif isinstance(part, sp.Interval):
            lo = None if part.start == -sp.oo else frac(part.start)
            hi = None if part.end == sp.oo else frac(part.end)
            lo_open, hi_open = part.left_open, part.right_open
            tests.append(lambda t, lo=lo, hi=hi, lo_open=lo_open, hi_open=hi_open: (
                (lo is None or (t > lo if lo_open else t >= lo))
                and (hi is None or (t < hi if hi_open else t <= hi))))
        elif part != sp.S.EmptySet:
            raise TypeError(f"not a union of intervals and points: {part}")
    return lambda t: any(test(t) for test in tests)


def set_text(answer: sp.Set, style: str) -> str:
    """A union of intervals and points in interval notation: ``(-oo, 2] U {5}``."""
    if answer == sp.S.EmptySet:
        return "\\emptyset" if style == "latex" else "no solution (empty set)"
    if answer == sp.S.Reals:
        return "\\mathbb{R}" if style == "latex" else "all real numbers"
    inf = "\\infty" if style == "latex" else "oo"
    pieces = []
    for part in (answer.args if isinstance(answer, sp.Union) else (answer,)):
        if isinstance(part, sp.FiniteSet):
            inner = ", ".join(num_text(frac(v), style) for v in part)
            pieces.append(f"\\{{{inner}\\}}" if style == "latex" else f"{{{inner}}}")
            continue
        lo = f"-{inf}" if part.start == -sp.oo else num_text(frac(part.start), style)
        hi = inf if part.end == sp.oo else num_text(frac(part.end), style)
        left, right = "(" if part.left_open else "[", ")" if part.right_open else "]"
        pieces.append(f"{left}{lo}, {hi}{right}")
    return (" \\cup " if style == "latex" else " U ").join(pieces)


def set_agrees(answer: Any, holds: Callable[[Fraction], bool], critical: list[Fraction]) -> Check:
    """Compare a solution set of reals with a predicate at test points.

    The points are the critical values themselves, midpoints between consecutive ones and points
    beyond both ends: a union of intervals with endpoints among ``critical`` is fixed by these.
    """
    pts = sorted(set(critical))
    tests = list(pts) + [pts[0] - 1, pts[-1] + 1, pts[0] - Fraction(1, 3), pts[-1] + 7]
    tests += [(a + b) / 2 for a, b in itertools.pairwise(pts)]
    member = membership(answer)
    bad = [t for t in tests if member(t) != holds(t)]
    detail = f"disagree at {', '.join(map(str, bad))}" if bad else f"{len(tests)} points agree"
    return check("test endpoints and sample points of each region against the inequality",
                 not bad, detail)
