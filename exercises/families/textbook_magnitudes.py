"""Posed family for a book's magnitude of a multiple of a vector whose magnitude is given: "If the
magnitude of $\\vec{x}$ is 4, what is the magnitude of $-4\\vec{x}$?" (Lebl A.1.9).

The formalize stage (:mod:`formalize.magnitudes`) reads the item into ``name`` (the vector's
letter), ``norm`` (its given magnitude) and ``coefficient`` (the asked vector is that multiple
of it: $\\vec{x} + \\vec{x}$ is 2). SymPy answers with ||c x|| = sqrt(<c x, c x>) = |c| ||x||,
by bilinearity. The verifier takes two concrete vectors of the given magnitude instead (along
an axis, and along the 3-4-5 direction in R^2), scales them and measures their length.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family


def scaled_magnitude(coefficient: sp.Expr, norm: sp.Expr) -> sp.Expr:
    """||c x|| from <c x, c x> = c^2 <x, x> = c^2 ||x||^2."""
    return sp.sqrt(sp.expand(coefficient**2 * norm**2))


def _pose(params: dict[str, Any]) -> Problem:
    name = params["name"]
    c, norm = sp.Rational(params["coefficient"]), sp.Rational(params["norm"])
    if norm < 0:
        raise ValueError("a magnitude is not negative")
    answer = scaled_magnitude(c, norm)
    v = sp.Symbol(name)
    plain, tex = worded(params, [
        ("If the magnitude of the vector {n} is {m}, what is the magnitude of {a}?",
         "If the magnitude of $\\vec{{{n}}}$ is ${m}$, what is the magnitude of ${ta}$?"),
        ("Suppose ||{n}|| = {m}. Find ||{a}||.",
         "Suppose $\\lVert \\vec{{{n}}} \\rVert = {m}$. Find $\\lVert {ta} \\rVert$."),
        ("A vector {n} has length {m}. How long is {a}?",
         "A vector $\\vec{{{n}}}$ has length ${m}$. How long is ${ta}$?"),
    ], n=name, m=latex(norm), a=sp.sstr(c * v),
        ta=latex(c * v).replace(name, f"\\vec{{{name}}}"))
    steps = [(f"{sp.sstr(c * v)} is {c} times {name}; the inner product is bilinear, so "
             f"<{c}{name}, {c}{name}> = {c**2} <{name}, {name}> = {c**2} * {norm**2}."),
             f"The magnitude is the square root: |{c}| * {norm} = {answer}."]
    code = ("import sympy\n\n\n"
            "def solve():\n"
            f"    c, norm = sympy.Rational({str(c)!r}), sympy.Rational({str(norm)!r})\n"
            "    return sympy.sqrt(sympy.expand(c**2 * norm**2))\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    c, norm = sp.Rational(problem.params["coefficient"]), sp.Rational(problem.params["norm"])
    vectors = [sp.Matrix([norm, 0, 0]), sp.Matrix([3 * norm / 5, 4 * norm / 5])]
    lengths = [(c * v).norm() for v in vectors]
    return [Check("scale two concrete vectors of the given magnitude (along an axis, along "
                  "(3, 4)/5) and measure them", all(sp.simplify(n - problem.answer) == 0
                                                  for n in lengths), f"{lengths}")]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new magnitude and a new multiple of the same sign (0 stays 0: x - x)."""
    c = sp.Rational(params["coefficient"])
    sign = int(sp.sign(c))
    return {**params, "norm": str(rng.randint(1, 9)), "coefficient": str(sign * rng.randint(1, 5))}


REDRAW = {"linear_algebra.scaled_magnitude": _redraw}


@family("linear_algebra.scaled_magnitude", verify=_verify, pose=_pose)
def scaled_magnitude_item(rng: random.Random, difficulty: int) -> Problem:
    """||c x|| for a small integer c (0, negative ones too) and a given ||x||."""
    return _pose({"name": rng.choice("xuvw"), "norm": str(rng.randint(1, 5 * difficulty)),
                  "coefficient": str(rng.randint(-3 * difficulty, 3 * difficulty)),
                  "template": rng.randrange(WORDINGS)})
