"""Posed family for a book's inner product algebra: given some inner products of named vectors,
compute the inner product of two combinations of them.

The formalize stage reads "Given $\\langle \\vec{v}, \\vec{w} \\rangle = 3$ and
$\\langle \\vec{v}, \\vec{u} \\rangle = -1$, compute $\\langle \\vec{u}, 2\\vec{v} \\rangle$" into
``given`` ({"v,w": "3", ...}), ``left`` and ``right`` (coefficients of the named vectors).
SymPy expands the product by bilinearity and symmetry, symbolically. The verifier builds
Gram matrices instead: the given entries, every other entry random, twice, and
multiplies coefficient rows by them in Fractions; both must give the answer (it depends
on nothing the item does not give).
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, worded
from exercises.family import Check, Problem, family


def _pair(key: str) -> tuple[str, str]:
    a, b = key.split(",")
    return a, b


def _bracket(a: str, b: str) -> sp.Symbol:
    return sp.Symbol(f"<{min(a, b)},{max(a, b)}>")


def _combination(coefficients: dict[str, str]) -> str:
    return sp.sstr(sum(sp.sympify(c) * sp.Symbol(name) for name, c in coefficients.items()))


def expand(left: dict[str, str], right: dict[str, str], given: dict[str, str]) -> sp.Expr:
    """The inner product of the two combinations, expanded by bilinearity and symmetry, with
    the given products put in."""
    product = sp.expand(sum(sp.sympify(a) * sp.sympify(b) * _bracket(x, y)
                            for x, a in left.items() for y, b in right.items()))
    known = {_bracket(*_pair(key)): sp.sympify(value) for key, value in given.items()}
    result = product.subs(known)
    if result.free_symbols:
        raise ValueError(f"the item does not give {sorted(map(str, result.free_symbols))}")
    return result


def _pose(params: dict[str, Any]) -> Problem:
    left, right, given = params["left"], params["right"], params["given"]
    answer = expand(left, right, given)
    facts = ", ".join(f"<{a}, {b}> = {v}" for a, b, v in
                      ((*_pair(k), v) for k, v in given.items()))
    tex_facts = ", ".join(f"$\\langle \\vec{{{a}}}, \\vec{{{b}}} \\rangle = {v}$" for a, b, v in
                          ((*_pair(k), v) for k, v in given.items()))
    ask = f"<{_combination(left)}, {_combination(right)}>"
    plain, tex = worded(params, [
        ("Given that {f}, compute {a}.", "Given that {tf}, compute ${a}$."),
        ("Suppose {f}. What is {a}?", "Suppose {tf}. What is ${a}$?"),
        ("With {f}, find the inner product {a}.", "With {tf}, find the inner product ${a}$."),
    ], f=facts, tf=tex_facts, a=ask)
    steps = [f"Expand {ask} by linearity in each slot and symmetry <x, y> = <y, x>.",
             f"Put in the given products: the answer is ${sp.latex(answer)}$."]
    code = ("import sympy\n\n\n"
            "def solve():\n"
            f"    left, right, given = {left!r}, {right!r}, {given!r}\n"
            "    def bracket(a, b):\n"
            "        return sympy.Symbol(f'<{min(a, b)},{max(a, b)}>')\n"
            "    product = sympy.expand(sum(sympy.sympify(a) * sympy.sympify(b) * bracket(x, y)\n"
            "                               for x, a in left.items() for y, b in right.items()))\n"
            "    return product.subs({bracket(*k.split(',')): sympy.sympify(v)\n"
            "                         for k, v in given.items()})\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    left, right, given = (problem.params[k] for k in ("left", "right", "given"))
    if not problem.answer.is_Rational:
        return [Check("a^T G b with the given entries of the Gram matrix", False, "no number")]
    names = sorted({*left, *right, *(n for key in given for n in _pair(key))})
    values = []
    for seed in (1, 2):
        rng = random.Random(seed)
        gram = {(a, b): Fraction(rng.randint(-9, 9)) for a in names for b in names if a <= b}
        for key, value in given.items():
            a, b = sorted(_pair(key))
            gram[(a, b)] = Fraction(str(sp.Rational(value)))
        row = [Fraction(str(sp.Rational(left.get(n, "0")))) for n in names]
        column = [Fraction(str(sp.Rational(right.get(n, "0")))) for n in names]
        values.append(sum(row[i] * column[j] * gram[tuple(sorted((names[i], names[j])))]
                          for i in range(len(names)) for j in range(len(names))))
    return [Check("a^T G b with the given entries of the Gram matrix G (Fractions; the others "
                  "random, twice: the answer depends only on what is given)",
                  values[0] == values[1] == Fraction(str(sp.Rational(problem.answer))),
                  f"{values}")]


@family("linear_algebra.inner_product_algebra", verify=_verify, pose=_pose)
def inner_product_algebra(rng: random.Random, difficulty: int) -> Problem:
    """<a u + b v, c v + d w> given <u, v>, <u, w>, <v, v> and <v, w> (small integers)."""
    given = {"u,v": str(rng.randint(-5, 5)), "v,v": str(rng.randint(1, 9)),
             "v,w": str(rng.randint(-5, 5)), "u,w": str(rng.randint(-5, 5))}
    left = {"u": str(rng.randint(1, 4)), "v": str(rng.randint(-3, 3) or 1)}
    right = {"v": str(rng.randint(1, 4)), "w": str(rng.randint(-3, 3) or 2)}
    if difficulty < 2:
        left.pop("u")
    return _pose({"given": given, "left": left, "right": right,
                  "template": rng.randrange(WORDINGS)})
