"""Posed family for a book's questions about vectors of numbers: the magnitude, the unit vector
in a direction, the angle between two vectors, the projection of one onto another.

``linear_algebra.vector_geometry``: ``params``: ``op`` ("norm", "unit", "angle" or
"projection"), ``u`` (the vector, rational strings) and, for an angle or a projection,
``v`` (the second vector; a projection is of u onto v). SymPy answers exactly
(``Matrix.norm``, ``acos``, ``dot``); the checks are independent: the square of a norm
equals the sum of squares added in Fractions, a unit vector has norm 1 and points the
way u does, the cosine of the angle equals the dot product (summed in Fractions) over
the lengths, and a projection lies along v with u minus it orthogonal to v.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

WORDINGS_BY_OP = {
    "norm": [("Compute the magnitude of {u}.", "Compute the magnitude of ${lu}$."),
             ("What is the length of {u}?", "What is the length of ${lu}$?"),
             ("Find ||{u}||.", "Find $\\lVert {lu} \\rVert$.")],
    "unit": [("Find the unit vector in the direction of {u}.",
              "Find the unit vector in the direction of ${lu}$."),
             ("Normalise {u}.", "Normalise ${lu}$."),
             ("Which vector of length 1 points the way {u} does?",
              "Which vector of length $1$ points the way ${lu}$ does?")],
    "angle": [("Find the angle between {u} and {v}.", "Find the angle between ${lu}$ and ${lv}$."),
              ("What angle do {u} and {v} make?", "What angle do ${lu}$ and ${lv}$ make?"),
              ("Compute the angle theta between {u} and {v}.",
               "Compute the angle $\\theta$ between ${lu}$ and ${lv}$.")],
    "projection": [("Find the projection of {u} onto {v}.",
                    "Find $\\operatorname{{proj}}_{{{lv}}}({lu})$."),
                   ("Project {u} onto {v}.", "Project ${lu}$ onto ${lv}$."),
                   ("What is the orthogonal projection of {u} on {v}?",
                    "What is the orthogonal projection of ${lu}$ on ${lv}$?")],
}
# What SymPy computes, and the same as the solve() program's source.
COMPUTE = {
    "norm": (lambda u, v: u.norm(), "u.norm()"),
    "unit": (lambda u, v: sp.ImmutableMatrix(u / u.norm()), "sympy.ImmutableMatrix(u / u.norm())"),
    "angle": (lambda u, v: sp.acos(u.dot(v) / (u.norm() * v.norm())),
              "sympy.acos(u.dot(v) / (u.norm() * v.norm()))"),
    "projection": (lambda u, v: sp.ImmutableMatrix(u.dot(v) / v.dot(v) * v),
                   "sympy.ImmutableMatrix(u.dot(v) / v.dot(v) * v)"),
}


def _vector(values: list[str]) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([sp.Rational(v) for v in values])


def _pose(params: dict[str, Any]) -> Problem:
    op = params["op"]
    u = _vector(params["u"])
    v = _vector(params["v"]) if op in ("angle", "projection") else None
    if (v is not None and len(v) != len(u)) or not any(u) or (v is not None and not any(v)):
        raise ValueError("two nonzero vectors of one size")
    compute, source = COMPUTE[op]
    answer = compute(u, v)
    plain, tex = worded(params, WORDINGS_BY_OP[op], u=sp.sstr(list(u)), lu=latex(u),
                        v=sp.sstr(list(v)) if v is not None else "",
                        lv=latex(v) if v is not None else "")
    if op == "norm":
        steps = [f"Add the squares of the entries: ${latex(u.dot(u))}$.",
                 f"The magnitude is the square root: ${latex(answer)}$."]
    elif op == "unit":
        steps = [f"The magnitude is ${latex(u.norm())}$.",
                 f"Divide each entry by it: ${latex(answer)}$."]
    elif op == "angle":
        steps = [(f"$\\cos\\theta = \\frac{{{latex(u.dot(v))}}}{{{latex(u.norm())} \\cdot "
                 f"{latex(v.norm())}}}$."), f"So $\\theta = {latex(answer)}$."]
    else:
        steps = [(f"$\\langle u, v\\rangle = {latex(u.dot(v))}$ and $\\langle v, v\\rangle = "
                 f"{latex(v.dot(v))}$."),
                 (f"The projection is $\\frac{{\\langle u, v\\rangle}}{{\\langle v, v\\rangle}} v = "
                 f"{latex(answer)}$.")]
    second = f"    v = sympy.Matrix([sympy.Rational(x) for x in {params['v']!r}])\n" \
        if v is not None else ""
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    u = sympy.Matrix([sympy.Rational(x) for x in {params['u']!r}])\n{second}"
              f"    return {source}\n"),
        params=params)


def _fractions(values: list[str]) -> list[Fraction]:
    return [Fraction(v) for v in values]


def _dot(a: list[Fraction], b: list[Fraction]) -> Fraction:
    return sum((x * y for x, y in zip(a, b, strict=True)), Fraction(0))


def _verify(problem: Problem) -> list[Check]:
    params, answer = problem.params, problem.answer
    u = _fractions(params["u"])
    uu = _dot(u, u)
    if params["op"] == "norm":
        ok = answer.is_nonnegative and sp.expand(answer**2) == sp.Rational(uu.numerator, uu.denominator)
        return [Check("nonnegative, its square the sum of squares added in Fractions", bool(ok))]
    if params["op"] == "unit":
        entries = list(answer)
        length = sp.simplify(sum(e**2 for e in entries))
        ratios = {sp.simplify(e / sp.Rational(x.numerator, x.denominator))
                  for e, x in zip(entries, u, strict=True) if x}
        along = len(ratios) == 1 and next(iter(ratios)).is_positive and \
            all(e == 0 for e, x in zip(entries, u, strict=True) if not x)
        return [Check("length 1 and a positive multiple of u, entry by entry", length == 1 and along)]
    v = _fractions(params["v"])
    uv, vv = _dot(u, v), _dot(v, v)
    if params["op"] == "angle":
        cosine = sp.Rational(uv.numerator, uv.denominator) / sp.sqrt(
            sp.Rational(uu.numerator, uu.denominator) * sp.Rational(vv.numerator, vv.denominator))
        ok = sp.simplify(sp.cos(answer) - cosine) == 0 and 0 <= float(answer) <= float(sp.pi)
        return [Check("cos(theta) is the Fraction dot product over the lengths, 0 <= theta <= pi", ok)]
    p = [sp.Rational(e) for e in answer]
    rest = [sp.Rational(x.numerator, x.denominator) - e for x, e in zip(u, p, strict=True)]
    scale = Fraction(uv, vv)
    along = all(e == sp.Rational(scale.numerator, scale.denominator) * sp.Rational(y.numerator,
                                                                                   y.denominator)
                for e, y in zip(p, v, strict=True))
    orthogonal = sum(r * sp.Rational(y.numerator, y.denominator) for r, y in zip(rest, v, strict=True)) == 0
    return [Check("a multiple of v, with u minus it orthogonal to v (Fractions)", along and orthogonal)]


@family("linear_algebra.vector_geometry", verify=_verify, pose=_pose)
def vector_geometry(rng: random.Random, difficulty: int) -> Problem:
    """The magnitude, unit vector, angle or projection for small integer vectors."""
    size = 2 + (difficulty >= 3)
    op = rng.choice(sorted(COMPUTE))
    return _pose(_redraw({"op": op, "u": ["1"] * size, "v": ["1"] * size,
                          "template": rng.randrange(WORDINGS)}, rng))


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New small nonzero integer vectors of the same sizes."""
    def draw(size: int) -> list[str]:
        while True:
            values = [str(rng.randint(-5, 5)) for _ in range(size)]
            if any(v != "0" for v in values):
                return values

    varied = {**params, "u": draw(len(params["u"]))}
    if "v" in params:
        varied["v"] = draw(len(params["v"]))
    return varied


REDRAW = {"linear_algebra.vector_geometry": _redraw}
