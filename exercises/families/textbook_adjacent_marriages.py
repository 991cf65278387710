"""A posed family: perfect matchings of two rows of n, each matched to its own position or a
neighbouring one (the discrete book's marriages of n sons and n daughters of matching ages, each
marrying someone their own age or one position younger or older).

"How many marriage arrangements are possible if we insist that there are exactly 6 boys who
marry girls not their own age?" and "... the total number of marriage arrangements?" are read by
:mod:`formalize.counting_setups` into ``{"n": 10, "displaced": 6}`` (``displaced`` None for the
total). Whoever marries out of their own age swaps with a neighbour, so an arrangement is a set
of non-overlapping adjacent swaps: k displaced boys are k/2 swaps, placed in C(n - k/2, k/2)
ways (each swap a domino on a row of n, the rest squares), none for odd k; the total sums these,
the Fibonacci number F(n + 1). The check lists every arrangement (each boy's wife his own
position or a neighbour's, no wife twice) and counts the displaced boys of each.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family


def arrangements(n: int, displaced: int | None) -> sympy.Integer:
    """Sets of non-overlapping adjacent swaps: k/2 of them in C(n - k/2, k/2) ways."""
    if displaced is None:
        return sympy.Integer(sum(math.comb(n - j, j) for j in range(n // 2 + 1)))
    if displaced % 2:
        return sympy.Integer(0)
    return sympy.Integer(math.comb(n - displaced // 2, displaced // 2))


def _listed(n: int) -> Counter[int]:
    """Every arrangement, by its number of displaced boys: each boy in turn takes his own
    position's wife or a neighbour's not yet taken."""
    counts: Counter[int] = Counter()

    def marry(boy: int, taken: set[int], displaced: int) -> None:
        if boy == n:
            counts[displaced] += 1
            return
        for wife in (boy - 1, boy, boy + 1):
            if 0 <= wife < n and wife not in taken:
                marry(boy + 1, taken | {wife}, displaced + (wife != boy))

    marry(0, set(), 0)
    return counts


def _verify(problem: Problem) -> list[Check]:
    n, displaced = problem.params["n"], problem.params["displaced"]
    counts = _listed(n)
    counted = sum(counts.values()) if displaced is None else counts[displaced]
    return [Check("every arrangement listed, boy by boy, and counted", counted == problem.answer,
                  str(counted))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``n`` (the couples' positions) and ``displaced`` (the boys marrying out of
    their own age, or None for every arrangement)."""
    n, displaced = int(params["n"]), params["displaced"]
    if n < 1 or (displaced is not None and not 0 <= int(displaced) <= n):
        raise ValueError("a row of couples and a number of them")
    answer = arrangements(n, displaced)
    which = ("in all" if displaced is None else
             f"with exactly {displaced} boys marrying a girl not their own age")
    statement = [("{n} boys and {n} girls of the same {n} ages marry, each someone their own age or "
                  "one position younger or older. How many arrangements are there {w}?"),
                 ("Boys and girls of ages 1 to {n} (one of each) pair off, each with someone of "
                  "their own age or an adjacent one. Count the pairings {w}."),
                 ("Each of {n} boys marries one of {n} girls, the girls' ages matching the boys', "
                  "a boy's wife his own age or a neighbouring one. How many ways {w}?")][
        params.get("template", 0) % WORDINGS].format(n=n, w=which)
    steps = ["A boy who marries out of his age swaps with a neighbour: an arrangement is a set of "
             "non-overlapping adjacent swaps.",
             "j swaps on a row of n: C(n - j, j) (each a domino, the rest squares)."
             + (" In all: the sum over j, a Fibonacci number." if displaced is None else
                f" Here j = {displaced}/2." if displaced % 2 == 0 else " An odd count: none."),
             f"So {answer}."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(arrangements, {"n": n, "displaced": displaced}), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another number of couples (and of displaced boys, kept even)."""
    n = max(2, params["n"] + rng.choice([-3, -2, -1, 1, 2, 3]))
    if params["displaced"] is None:
        return {**params, "n": n}
    return {**params, "n": n, "displaced": 2 * rng.randint(1, n // 2)}


@family("counting.adjacent_marriages", verify=_verify, pose=_pose)
def adjacent_marriages(rng: random.Random, difficulty: int) -> Problem:
    """Marriages of n couples of ages in a row, each within one position of their own age."""
    n = rng.randint(4, 6 + 3 * difficulty)
    displaced = rng.choice([None, 2 * rng.randint(1, n // 2)])
    return _pose({"n": n, "displaced": displaced, "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.adjacent_marriages": vary}
