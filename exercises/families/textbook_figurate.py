"""A posed family: things stacked in a triangular pyramid, layer on triangular layer.

"How many cannonballs do they need to make a pyramid 15 layers high?" (a tetrahedron of
cannonballs), "How many gifts did my true love give me all together during the twelve days?"
(day d brings d + ... + 2 + 1 gifts) are read by :mod:`formalize.figurate` into ``{"layers":
15}``; "Calculate P(3), P(4), and P(5)" into ``{"layers": [3, 4, 5]}``, "find a closed formula
for P(n)" into ``{"want": "formula"}``. Layer k is a triangle of 1 + 2 + ... + k things, and
the pyramid of n layers holds n(n+1)(n+2)/6 of them (the binomial coefficient C(n+2, 3)). The
check counts the things one by one, row by row of each layer; a formula is checked against
those counts for the first pyramids (a cubic through more points than it needs).
"""

from __future__ import annotations

import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

N = sympy.Symbol("n")
CHECKED_UP_TO = 12  # a formula is compared with the counted pyramids of 1 to 12 layers


def pyramid(layers: int | list[int] | None = None, want: str = "total") -> sympy.Basic:
    """The things in a triangular pyramid of ``layers`` layers (each of a list of heights, as
    a tuple), or (``want`` "formula") the closed formula in n."""
    def total(n: sympy.Expr) -> sympy.Expr:
        return n * (n + 1) * (n + 2) / 6

    if want == "formula":
        return sympy.factor(total(sympy.Symbol("n")))
    if isinstance(layers, list):
        return sympy.Tuple(*(sympy.Integer(total(sympy.Integer(n))) for n in layers))
    return sympy.Integer(total(sympy.Integer(layers)))


def _counted(layers: int) -> int:
    """Count the things one at a time: layer k has rows of 1, 2, ..., k."""
    count = 0
    for layer in range(1, layers + 1):
        for row in range(1, layer + 1):
            for _ in range(row):
                count += 1
    return count


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    if p.get("want") == "formula":
        wrong = [n for n in range(1, CHECKED_UP_TO + 1)
                 if problem.answer.subs(N, n) != _counted(n)]
        return [Check(f"the formula at n = 1..{CHECKED_UP_TO} against the pyramids counted ball by "
                      "ball", not wrong, str(wrong))]
    heights = p["layers"] if isinstance(p["layers"], list) else [p["layers"]]
    counted = [_counted(n) for n in heights]
    answer = list(problem.answer) if isinstance(p["layers"], list) else [problem.answer]
    return [Check("count the things one by one, row by row of each layer", answer == counted,
                  str(counted))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``layers`` (a height, or a list of them) or ``want`` "formula"; ``things``
    (what is stacked: "cannonballs", "gifts")."""
    want, layers, things = params.get("want", "total"), params.get("layers"), params.get(
        "things", "balls")
    heights = layers if isinstance(layers, list) else [layers]
    if want not in ("total", "formula") or want == "total" and not all(
            isinstance(n, int) and n >= 1 for n in heights):
        raise ValueError("a height of at least one layer, or the formula")
    answer = pyramid(layers, want)
    if want == "formula":
        statement = (f"{things.capitalize()} are stacked in a triangular pyramid, layer k a "
                     f"triangle of 1 + 2 + ... + k {things}. Find a closed formula for the number "
                     f"of {things} in a pyramid n layers high.")
        steps = [("Layer k holds k(k+1)/2; add the layers k = 1..n: "
                  "$\\sum_{k=1}^n \\binom{k+1}{2} = \\binom{n+2}{3}$ (the hockey stick)."),
                 f"$P(n) = {sympy.latex(answer)}$."]
    else:
        said = " and ".join(str(n) for n in heights)
        statement = [f"How many {things} are in a triangular pyramid {said} layers high?",
                     f"Count the {things} in a triangular pyramid of {said} layers.",
                     (f"{things.capitalize()} are stacked in a triangular pyramid {said} layers "
                      f"high. How many are there?")][params.get("template", 0) % WORDINGS]
        steps = ["Layer k is a triangle of $1 + 2 + \\dots + k = k(k+1)/2$.",
                 "A pyramid of n layers holds $\\sum_{k=1}^n k(k+1)/2 = n(n+1)(n+2)/6$.",
                 f"So ${sympy.latex(answer)}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(pyramid, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Other heights (the formula stays the formula)."""
    layers = params.get("layers")
    if layers is None:
        return dict(params)
    if isinstance(layers, list):
        start = rng.randint(2, 6)
        return {**params, "layers": list(range(start, start + len(layers)))}
    return {**params, "layers": max(2, layers + rng.choice([-4, -3, -2, 2, 3, 4]))}


@family("sequences.tetrahedral", verify=_verify, pose=_pose)
def tetrahedral(rng: random.Random, difficulty: int) -> Problem:
    """The things in a triangular pyramid of some layers."""
    return _pose({"layers": rng.randint(2, 4 + 4 * difficulty),
                  "things": rng.choice(["cannonballs", "oranges", "marbles"]),
                  "template": rng.randrange(WORDINGS)})


REDRAW = {"sequences.tetrahedral": vary}
