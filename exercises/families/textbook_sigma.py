"""Posed family: a sum or product written out with dots, rewritten in sigma or pi notation.

"Use summation or product notation to rewrite $1+5+9+13+\\dots+425$" is answered
$\\sum_{k=1}^{107}(4k-3)$: the general term is found from the terms written out (a polynomial
in k of the least degree through them, or one over such a polynomial, or a quotient of two,
or a geometric term), then the number of terms from the last one ($4k-3 = 425$ at
$k = 107$; $2k = 2n$ at $k = n$). The sum is not evaluated: the notation is the answer.

The solver interpolates (SymPy's ``interpolate`` on the first terms) and solves for the last
index; the check is independent: it evaluates the answer's general term at k = 1, 2, ... in
exact fractions and compares with every term written out, and at the upper limit with the
last term.
"""

from __future__ import annotations

import inspect
import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

K = sp.Symbol("k", integer=True, positive=True)
N = sp.Symbol("n", integer=True, positive=True)
SHAPES = ("polynomial", "reciprocal", "quotient", "geometric")


def _least_polynomial(values: list[sp.Expr]) -> sp.Expr | None:
    """The polynomial in k of least degree through (1, v1), (2, v2), ..., confirmed by at
    least one value more than its degree needs."""
    for degree in range(len(values) - 1):
        poly = sp.expand(sp.interpolate(list(enumerate(values[:degree + 1], 1)), K))
        if all(sp.simplify(poly.subs(K, i) - v) == 0 for i, v in enumerate(values, 1)):
            return poly
    return None


def general_term(terms: list[list[str]]) -> sp.Expr | None:
    """The k-th term (k from 1) of the terms written out, each [numerator, denominator] as
    written ("2/3" stays 2 over 3, so k/(k+1) is seen), or None."""
    tops = [sp.Rational(a) for a, _ in terms]
    bottoms = [sp.Rational(b) for _, b in terms]
    values = [t / b for t, b in zip(tops, bottoms, strict=True)]
    if set(bottoms) == {1}:
        found = _least_polynomial(values)
        if found is not None:
            return found
    if all(v != 0 for v in values):
        inverse = _least_polynomial([1 / v for v in values])
        if inverse is not None and inverse.free_symbols:
            return 1 / inverse
        top, bottom = _least_polynomial(tops), _least_polynomial(bottoms)
        if top is not None and bottom is not None and bottom.free_symbols:
            return top / bottom
        ratios = {values[i + 1] / values[i] for i in range(len(values) - 1)}
        if len(ratios) == 1 and len(values) >= 3 and ratios != {1}:
            return values[0] * ratios.pop() ** (K - 1)
    return None


def upper_limit(term: sp.Expr, last: sp.Expr) -> sp.Expr | None:
    """The k at which ``term`` is ``last``: a positive integer, or an expression in n."""
    found = [s for s in sp.solve(sp.Eq(term, last), K) if not last.free_symbols and s.is_Integer
             and s > 0 or last.free_symbols and s.free_symbols == {N}]
    return found[0] if len(found) == 1 else None


def rewritten(item: dict[str, Any]) -> sp.Basic:
    """The item in sigma or pi notation, unevaluated."""
    term = general_term(item["terms"])
    last = sp.sympify(item["last"], locals={"n": N})
    top = upper_limit(term, last) if term is not None else None
    if top is None:
        raise ValueError(f"no general term found for {item}")
    kind = sp.Sum if item["kind"] == "sum" else sp.Product
    return kind(term, (K, 1, top))


def _answer(params: dict[str, Any]) -> sp.Basic:
    found = [rewritten(item) for item in params["items"]]
    return found[0] if len(found) == 1 else sp.Tuple(*found)


def written_latex(item: dict[str, Any]) -> str:
    """The terms written out again: "1 + 5 + 9 + \\dots + 425"."""
    glue = " + " if item["kind"] == "sum" else " \\cdot "
    shown = [a if b == "1" else f"\\frac{{{a}}}{{{b}}}" for a, b in item["terms"]]
    return glue.join([*shown, "\\dots", sp.latex(sp.sympify(item["last"], locals={"n": N}))])


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``items``, each ``kind`` ("sum" or "product"), ``terms`` (the terms written
    out before the dots, each [numerator, denominator] as written) and ``last`` (the last term,
    a number or an expression in n)."""
    answer = _answer(params)
    shown = [written_latex(item) for item in params["items"]]
    values = [answer] if len(shown) == 1 else list(answer)
    latex = "Use summation or product notation to rewrite " + "; ".join(f"${s}$" for s in shown)
    return Problem(
        statement=latex.replace("$", "") + ".",
        statement_latex=latex + ".",
        answer=answer,
        answer_text="; ".join(sp.sstr(v) for v in values),
        steps=[("Find the k-th term from the terms written out (k = 1, 2, ...): a polynomial in "
               "k of least degree through them, one over such a polynomial, a quotient of two "
               "(numerators and denominators as written), or a geometric term."),
               "Solve for the k at which the general term equals the last term: the upper limit.",
               *[f"${s} = {sp.latex(v)}$" for s, v in zip(shown, values, strict=True)]],
        code=("import sympy\n\nK = sympy.Symbol('k', integer=True, positive=True)\n"
              "N = sympy.Symbol('n', integer=True, positive=True)\n\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (
                  _least_polynomial, general_term, upper_limit, rewritten))
              + f"\n\ndef solve():\n    items = {params['items']!r}\n"
              "    found = [rewritten(item) for item in items]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"
              ).replace("sp.", "sympy.").replace("dict[str, Any]", "dict"),
        params=params,
    )


def _exact(expr: sp.Expr, k: int) -> Fraction:
    value = sp.nsimplify(expr.subs(K, k))
    return Fraction(int(value.p), int(value.q))


def _verify(problem: Problem) -> list[Check]:
    """The answer's general term at k = 1, 2, ... against every term written out, and at the
    upper limit against the last term (n = 7 and 12 when the limit is an expression in n)."""
    values = [problem.answer] if len(problem.params["items"]) == 1 else list(problem.answer)
    checks = []
    for item, value in zip(problem.params["items"], values, strict=True):
        kind = sp.Sum if item["kind"] == "sum" else sp.Product
        if not isinstance(value, kind) or value.limits[0][1] != 1:
            return [Check("a sum or product from k = 1", False, sp.sstr(value))]
        # in the family's own k and n: a book's answer checked in place of the computed one
        # (formalize.agreement) writes its index and bound without their assumptions
        index, _, top = value.limits[0]
        term = value.function.subs(index, K)
        top = top.subs({s: N for s in top.free_symbols if s.name == N.name})
        written = all(_exact(term, i) == Fraction(int(a), int(b))
                      for i, (a, b) in enumerate(item["terms"], 1))
        last = sp.sympify(item["last"], locals={"n": N})
        ends = all(_exact(term.subs(K, top.subs(N, n)), 1) ==
                   _exact(last.subs(N, n), 1) for n in (7, 12))
        checks.append(Check("the general term gives every term written out (exact fractions) "
                            "and the last term at the upper limit", written and ends))
    return checks


_DRAWN = [("polynomial", lambda a, b: a * K + b), ("reciprocal", lambda a, b: 1 / (a * K + b)),
          ("geometric", lambda a, b: a * (b + 1) ** (K - 1))]


def redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New terms of the same shape and count, the last one at a new number of terms."""
    items = []
    for item in params["items"]:
        term = rewritten(item).function
        poly = sp.Poly(term, K) if term.is_polynomial(K) else None
        if poly is not None and poly.degree() == 1:
            a, b = rng.randint(2, 7), rng.randint(-3, 5)
            new_term = a * K + b
        else:
            items.append(item)
            continue
        count = len(item["terms"])
        last = new_term.subs(K, rng.randint(count + 3, 60)) if not sp.sympify(
            item["last"]).free_symbols else new_term.subs(K, N)
        items.append({**item, "terms": [[str(new_term.subs(K, i)), "1"]
                                        for i in range(1, count + 1)], "last": sp.sstr(last)})
    return {**params, "items": items}


REDRAW = {"sequences.sigma_notation": redraw}


@family("sequences.sigma_notation", verify=_verify, pose=_pose)
def sigma_notation(rng: random.Random, difficulty: int) -> Problem:
    """Rewrite a sum or product written out with dots in sigma or pi notation."""
    shape, make = rng.choice(_DRAWN)
    term = make(rng.randint(1, 4), rng.randint(1, 3))
    count = 60 if shape != "geometric" else 10
    last = term.subs(K, rng.randint(5, count))
    terms = []
    for i in range(1, 4):
        value = sp.Rational(term.subs(K, i))
        terms.append([str(value.p), str(value.q)])
    kind = "sum" if difficulty < 3 or shape == "reciprocal" else "product"
    return _pose({"items": [{"kind": kind, "terms": terms, "last": sp.sstr(last)}]})
