"""A posed family: identical things shared among recipients so that at least one of some named
recipients gets more than a bound.

"Using the Principle of Inclusion/Exclusion for two sets, how many ways can we distribute the
cookies if at least one of Albie or Bertie gets more than 3 cookies?" is read by
:mod:`formalize.counting_setups` into ``{"total": 10, "parts": 3, "named": 2, "more_than": 3}``.
The answer is inclusion-exclusion over the named recipients that get too many (give each of j of
them more_than + 1 first, share the rest by sticks and stones); the check lists every share.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family


def exceeding_shares(total: int, parts: int, named: int, more_than: int) -> sympy.Integer:
    """Shares of ``total`` among ``parts`` in which one or more of the first ``named``
    recipients get more than ``more_than``: inclusion-exclusion over which of them do."""
    return sum(((-1) ** (j + 1) * sympy.binomial(named, j)
                * sympy.binomial(total - j * (more_than + 1) + parts - 1, parts - 1)
                for j in range(1, named + 1) if total - j * (more_than + 1) >= 0),
               sympy.Integer(0))


def _listed(total: int, parts: int, named: int, more_than: int) -> int:
    """Every share (a cut of the total into ``parts`` amounts), tested one by one."""
    count = 0
    for cuts in itertools.combinations(range(total + parts - 1), parts - 1):
        bounds = (-1, *cuts, total + parts - 1)
        share = [b - a - 1 for a, b in itertools.pairwise(bounds)]
        count += any(amount > more_than for amount in share[:named])
    return count


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    count = _listed(p["total"], p["parts"], p["named"], p["more_than"])
    return [Check("list every share and test the named recipients", problem.answer == count,
                  str(count))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``total`` identical things, ``parts`` recipients, the first ``named`` of
    them watched, ``more_than`` the bound one of those must pass."""
    total, parts, named, more_than = (int(params[k]) for k in ("total", "parts", "named",
                                                               "more_than"))
    if not 1 <= named <= parts or total < 0 or more_than < 0:
        raise ValueError("some of the recipients named, a bound, a total")
    answer = exceeding_shares(total, parts, named, more_than)
    statement = [(f"In how many ways can {total} identical cookies be shared among {parts} children "
                 f"so that at least one of the first {named} gets more than {more_than}?"),
                 (f"Count the ways to give {total} identical cookies to {parts} children with one "
                 f"or more of the first {named} getting more than {more_than}."),
                 (f"How many ways are there to hand {total} identical cookies to {parts} children "
                 f"so that some child among the first {named} gets over {more_than}?")][
        params.get("template", 0) % WORDINGS]
    steps = [(f"Give each of j chosen children among the first {named} ${more_than + 1}$ cookies "
              "first, then share the rest by sticks and stones."),
             f"Inclusion-exclusion over j = 1..{named}: ${answer}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(exceeding_shares, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby total and bound."""
    return {**params, "total": max(1, params["total"] + rng.choice([-2, -1, 1, 2])),
            "more_than": max(0, params["more_than"] + rng.choice([-1, 1]))}


@family("counting.exceeding_shares", verify=_verify, pose=_pose)
def shares(rng: random.Random, difficulty: int) -> Problem:
    """Cookies shared so that one of some children gets more than a bound."""
    parts = rng.randint(2, 3 + (difficulty > 2))
    return _pose({"total": rng.randint(4, 8 + 2 * difficulty), "parts": parts,
                  "named": rng.randint(1, parts), "more_than": rng.randint(1, 4),
                  "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.exceeding_shares": vary}
