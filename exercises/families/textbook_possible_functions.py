"""A posed family: can a function f: X -> Y be injective or not, surjective or not, when its sets
have the same size, or are finite?

"Suppose $f:X \\to Y$ is a function. Which of the following are possible? (e) $|X| = |Y|$, $X$ and
$Y$ are finite, and $f$ is injective but not surjective." is read by
:mod:`formalize.counting_setups` into ``{"injective": True, "surjective": False, "same_size":
True, "finite": True}``. The answer: between finite sets of one size, injective and surjective
go together (an injection hits |X| = |Y| elements, all of Y; a surjection needs |Y| distinct
images of |X| inputs), so it is possible exactly when both or neither hold; otherwise every
combination happens (sets of other sizes, or infinite sets of one size: n + 1 and floor(n/2) on
the natural numbers).

The check looks for a function with the properties: among every function between sets of up to
4 elements (of one size when asked), and, for infinite sets of one size, among the rules n + 1,
floor(n/2), n and 0 on the natural numbers, each decided on a window of inputs with its outputs
read exactly (an output below the window's least is missed, a rule that never decreases and
hits each of 0..100 from inputs below 201 is onto them); "impossible" is none found among the
finite ones.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

# Rules on the natural numbers: (how they are written, the rule, onto N, one-to-one) as their
# definitions say; the check tests the last two on a window.
RULES = {"n + 1": lambda n: n + 1, "floor(n/2)": lambda n: n // 2, "n": lambda n: n,
         "0": lambda n: 0}


def possible(injective: bool, surjective: bool, same_size: bool, finite: bool) -> sympy.Basic:
    """Between finite sets of one size injective and surjective coincide; else anything goes."""
    return sympy.sympify(not (same_size and finite) or injective == surjective)


def _finite_witness(injective: bool, surjective: bool, same_size: bool) -> str | None:
    """A function between sets of up to 4 elements with the properties, by listing them all."""
    for a, b in itertools.product(range(1, 5), repeat=2):
        if same_size and a != b:
            continue
        for images in itertools.product(range(b), repeat=a):
            if (len(set(images)) == a) == injective and (len(set(images)) == b) == surjective:
                return f"{{0..{a - 1}}} -> {{0..{b - 1}}}: {images}"
    return None


def _infinite_witness(injective: bool, surjective: bool) -> str | None:
    """A rule on the natural numbers with the properties, decided on a window: one-to-one when
    no two of the inputs 0..200 share an output; onto when 0..100 are all outputs of them; not
    onto when 0 is no output (the rules never decrease, so no later input reaches it either)."""
    window = range(201)
    for name, rule in RULES.items():
        outputs = [rule(n) for n in window]
        if any(b < a for a, b in itertools.pairwise(outputs)):
            continue  # the window says nothing of a rule that can come back down
        one_to_one = len(set(outputs)) == len(outputs)
        onto = set(range(101)) <= set(outputs)
        missed = outputs[0] > 0
        if one_to_one == injective and (onto if surjective else missed):
            return f"f(n) = {name} on the natural numbers"
    return None


def _verify(problem: Problem) -> list[Check]:
    injective, surjective, same_size, finite = (problem.params[k] for k in (
        "injective", "surjective", "same_size", "finite"))
    witness = _finite_witness(injective, surjective, same_size)
    if witness is None and same_size and not finite:
        witness = _infinite_witness(injective, surjective)
    found = sympy.sympify(witness is not None)
    return [Check("a function with the properties looked for among all between sets of up to 4 "
                  "elements (and among rules on the natural numbers, for infinite sets of one "
                  "size)", found == problem.answer, witness or "none found")]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``injective``, ``surjective`` (whether f is), ``same_size`` (|X| = |Y|),
    ``finite`` (X and Y finite)."""
    injective, surjective, same_size, finite = (bool(params[k]) for k in (
        "injective", "surjective", "same_size", "finite"))
    answer = possible(injective, surjective, same_size, finite)
    said = (f"f is {'' if injective else 'not '}injective and "
            f"{'' if surjective else 'not '}surjective")
    given = ", ".join(([] if not same_size else ["|X| = |Y|"])
                      + ([] if not finite else ["X and Y are finite"]))
    statement = ["Suppose f: X -> Y is a function{g}. Is it possible that {s}?",
                 "Can a function f: X -> Y{g} be such that {s}?",
                 "For a function f: X -> Y{g}, decide whether it is possible that {s}."][
        params.get("template", 0) % WORDINGS].format(g=f" with {given}" if given else "", s=said)
    steps = [("Between finite sets of one size, an injection hits |X| = |Y| elements, all of Y, "
              "and a surjection needs |Y| distinct images of |X| inputs: injective and "
              "surjective coincide."),
             ("Otherwise every combination happens: sets of other sizes, or the natural numbers "
              "with n + 1 (injective, 0 missed) and floor(n/2) (onto, 0 and 1 share 0)."),
             f"So it is {'possible' if answer else 'impossible'}."]
    return Problem(statement=statement, statement_latex=statement.replace("->", "$\\to$"),
                   answer=answer, steps=steps,
                   code=_code(possible, {"injective": injective, "surjective": surjective,
                                         "same_size": same_size, "finite": finite}),
                   params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same sets with the properties turned around, or other conditions on the sets."""
    while True:
        new = {**params, **{k: rng.random() < 0.5 for k in ("injective", "surjective")}}
        if rng.random() < 0.5:
            new["same_size"], new["finite"] = rng.random() < 0.5, rng.random() < 0.5
        if new != params:
            return new


@family("functions.possible_kinds", verify=_verify, pose=_pose)
def possible_kinds(rng: random.Random, difficulty: int) -> Problem:
    """Is a function with these properties between such sets possible?"""
    return _pose({k: rng.random() < 0.5 for k in ("injective", "surjective", "same_size",
                                                  "finite")} | {"template": rng.randrange(3)})


REDRAW = {"functions.possible_kinds": vary}
