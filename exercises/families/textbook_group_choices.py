"""A posed family: choosing some things from each of a few groups, a condition on each group.

"If you want to wear at least one regular tie and one bow tie, but are willing to wear up to
all your ties, how many choices do you have?", "... if you wear exactly 3 of the 9 regular ties
and 2 of the 5 bow ties?" are read by :mod:`formalize.counting_setups` into ``{"groups": [[name,
size, [relation, k]], ...]}`` (relation "=" or ">="; [">=", 0] is any number). The answer is the
product over the groups of the sums of binomial coefficients; the check lists every subset of
all the things together and tests each group's condition.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

LISTED_UP_TO = 1 << 18  # list every subset of the things when there are at most this many


def group_choices(groups: list) -> sympy.Integer:
    """The product, over the groups, of the ways to choose from each: C(n, k) for exactly k,
    the sum of C(n, j) for j >= k for at least k."""
    total = sympy.Integer(1)
    for _, size, (relation, k) in groups:
        total *= (sympy.binomial(size, k) if relation == "="
                  else sum(sympy.binomial(size, j) for j in range(k, size + 1)))
    return total


def _listed(groups: list[list[Any]]) -> int:
    """Every subset of all the things (a bit per thing), kept when each group's count fits."""
    spans, at = [], 0
    for _, size, _ in groups:
        spans.append((at, at + size))
        at += size
    count = 0
    for chosen in itertools.product((0, 1), repeat=at):
        count += all(sum(chosen[a:b]) == k if relation == "=" else sum(chosen[a:b]) >= k
                     for (a, b), (_, _, (relation, k)) in zip(spans, groups, strict=True))
    return count


def _verify(problem: Problem) -> list[Check]:
    groups = problem.params["groups"]
    if 2 ** sum(size for _, size, _ in groups) > LISTED_UP_TO:
        return [Check("list every subset", False, "too many subsets to list")]
    count = _listed(groups)
    return [Check("list every subset of the things and test each group's count",
                  problem.answer == count, str(count))]


def _phrase(name: str, size: int, relation: str, k: int) -> str:
    if relation == "=":
        return f"exactly {k} of the {size} {name}"
    return f"any number of the {size} {name}" if k == 0 else f"at least {k} of the {size} {name}"


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``groups``, each [name, size, [relation, k]] (relation "=" or ">=")."""
    groups = params["groups"]
    if not groups or any(relation not in ("=", ">=") or not 0 <= k <= size
                         for _, size, (relation, k) in groups):
        raise ValueError("groups of things, each with 'exactly k' or 'at least k' of them")
    answer = group_choices(groups)
    said = " and ".join(_phrase(name, size, *pick) for name, size, pick in groups)
    opening = ["How many ways are there to choose ", "In how many ways can you pick ",
               "Count the ways to select "][params.get("template", 0) % WORDINGS]
    statement = opening + said + "?"
    steps = [f"Choose from each group on its own: {_phrase(name, size, *pick)} in "
             f"${sympy.latex(group_choices([[name, size, pick]]))}$ ways."
             for name, size, pick in groups] + [f"Multiply: ${answer}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(group_choices, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Groups of nearby sizes, the same kind of condition (k kept inside the group)."""
    groups = []
    for name, size, (relation, k) in params["groups"]:
        size = max(1, size + rng.choice([-2, -1, 1, 2]))
        groups.append([name, size, [relation, min(k, size)]])
    return {**params, "groups": groups}


@family("counting.group_choices", verify=_verify, pose=_pose)
def choices(rng: random.Random, difficulty: int) -> Problem:
    """Choices from two or three groups, exactly or at least so many of each."""
    groups = []
    for name in rng.sample(["shirts", "ties", "hats", "books", "songs"], 2 + (difficulty > 3)):
        size = rng.randint(2, min(6, 3 + difficulty))  # at most 18 things: all listed
        groups.append([name, size, [rng.choice(["=", ">="]), rng.randint(0, size)]])
    return _pose({"groups": groups, "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.group_choices": vary}
