"""A posed family: pairing two rows of people where each may pair only with their own position
or a neighbouring one.

"The first family has 10 sons, the second has 10 girls. The ages of the kids in the two families
match up. ... each child must marry someone either their own age, or someone one position
younger or older. (a) How many marriage arrangements are possible if we insist that there are
exactly 6 boys who marry girls not their own age?" is read by :mod:`formalize.counting` into
``{"pairs": 10, "moved": 6}`` (``moved`` absent: every arrangement). Such an arrangement is a
permutation moving each position by at most one, so the moved ones come in swapped neighbours:
moved = 2j is a choice of j disjoint neighbouring pairs among n in a row, C(n - j, j) ways, and
all arrangements add up to the Fibonacci number F(n + 1). The check builds every arrangement,
boy by boy, among the girls still free within one position of him.
"""

from __future__ import annotations

import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family


def near_matchings(pairs: int, moved: int | None = None) -> sympy.Integer:
    """Arrangements with ``moved`` people paired off their own position (swapped neighbours:
    C(pairs - j, j) for j = moved / 2 swaps), or all of them (the sum over j)."""
    if moved is not None:
        return sympy.binomial(pairs - moved // 2, moved // 2) if moved % 2 == 0 else sympy.Integer(0)
    return sum((sympy.binomial(pairs - j, j) for j in range(pairs // 2 + 1)), sympy.Integer(0))


def _built(pairs: int) -> list[int]:
    """How many people each arrangement moves, for every arrangement: boy i takes a free girl
    among i - 1, i, i + 1, one boy after another."""
    moves: list[int] = []

    def place(boy: int, free: frozenset[int], moved: int) -> None:
        if boy == pairs:
            moves.append(moved)
            return
        for girl in (boy - 1, boy, boy + 1):
            if girl in free:
                place(boy + 1, free - {girl}, moved + (girl != boy))

    place(0, frozenset(range(pairs)), 0)
    return moves


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    moves = _built(p["pairs"])
    count = len(moves) if p.get("moved") is None else moves.count(p["moved"])
    return [Check("build every arrangement, boy by boy among the free girls within one position",
                  problem.answer == count, str(count))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``pairs`` (boys, and as many girls, in order of age), ``moved`` (how many boys
    pair off their own age; absent: every arrangement)."""
    pairs, moved = int(params["pairs"]), params.get("moved")
    if pairs < 1 or moved is not None and not 0 <= moved <= pairs:
        raise ValueError("some pairs, and at most that many moved")
    answer = near_matchings(pairs, moved)
    who = (f"{pairs} boys and {pairs} girls, of matching ages, pair up; each may pair only with "
           "someone of their own age or one position younger or older.")
    off = f" with exactly {moved} boys paired with a girl not their own age" if moved is not None else ""
    asked = [f" How many arrangements pair everyone{off}?", f" Count the arrangements{off}.",
             f" In how many ways can everyone be paired{off}?"][params.get("template", 0) % WORDINGS]
    statement = who + asked
    steps = [("A boy paired off his age takes a neighbour's girl, and that neighbour must take his: "
              "the moved boys come in swapped neighbouring pairs.")]
    if moved is not None:
        steps.append(f"{moved} moved boys are {moved // 2} disjoint neighbouring pairs among "
                     f"{pairs} in a row: $\\binom{{{pairs - moved // 2}}}{{{moved // 2}}} = {answer}$."
                     if moved % 2 == 0 else "An odd number cannot be moved: 0.")
    else:
        steps.append(f"Add $\\binom{{n-j}}{{j}}$ over the numbers j of swaps: ${answer}$ (a "
                     "Fibonacci number).")
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(near_matchings, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another number of pairs (and of moved boys, even, when given)."""
    pairs = max(2, params["pairs"] + rng.choice([-3, -2, -1, 1, 2]))
    varied = {**params, "pairs": pairs}
    if params.get("moved") is not None:
        varied["moved"] = 2 * rng.randint(0, pairs // 2)
    return varied


@family("counting.near_matchings", verify=_verify, pose=_pose)
def near(rng: random.Random, difficulty: int) -> Problem:
    """Pairings of two rows in which each moves at most one position."""
    pairs = rng.randint(3, 4 + 2 * difficulty)
    params: dict[str, Any] = {"pairs": pairs, "template": rng.randrange(WORDINGS)}
    if rng.random() < 0.5:
        params["moved"] = 2 * rng.randint(0, pairs // 2)
    return _pose(params)


REDRAW = {"counting.near_matchings": vary}
