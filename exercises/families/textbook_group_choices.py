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


# ---------------------------------------------------------------- a group with a leader


def with_leader(n: int, k: int) -> sympy.Integer:
    """Groups of k of n people with one of them the leader: the group, then its leader."""
    return k * sympy.binomial(n, k)


def _verify_leader(problem: Problem) -> list[Check]:
    """Choose the leader first, then the rest of the group from the others, listing each."""
    n, k = problem.params["n"], problem.params["k"]
    count = sum(1 for leader in range(n)
                for _ in itertools.combinations([p for p in range(n) if p != leader], k - 1))
    return [Check("list the leader, then the others of the group", problem.answer == count,
                  str(count))]


def _pose_leader(params: dict[str, Any]) -> Problem:
    """``params``: ``n`` people, ``k`` of them in the group, one of those its leader."""
    n, k = int(params["n"]), int(params["k"])
    if not 1 <= k <= n:
        raise ValueError("a group of 1 to n people")
    answer = with_leader(n, k)
    statement = [(f"In how many ways can a group of {k} be chosen from {n} people, one of the {k} "
                 "named its leader?"),
                 f"Count the ways to pick {k} of {n} people and a leader among them.",
                 (f"How many ways are there to choose {k} of {n} people with one of them in "
                 "charge?")][params.get("template", 0) % WORDINGS]
    steps = [f"Choose the group: $\\binom{{{n}}}{{{k}}}$ ways; then its leader: ${k}$ ways.",
             f"That is ${answer}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(with_leader, params), params=params)


def _vary_leader(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    n = max(2, params["n"] + rng.choice([-2, -1, 1, 2]))
    return {**params, "n": n, "k": min(n, max(1, params["k"] + rng.choice([-1, 0, 1])))}


@family("counting.with_leader", verify=_verify_leader, pose=_pose_leader)
def leader(rng: random.Random, difficulty: int) -> Problem:
    """A group chosen from a crowd, one of its members the leader."""
    n = rng.randint(4, 8 + 2 * difficulty)
    return _pose_leader({"n": n, "k": rng.randint(1, min(n, 6)),
                         "template": rng.randrange(WORDINGS)})


REDRAW["counting.with_leader"] = _vary_leader


# ---------------------------------------------------------------- everyone into numbered groups


def numbered_groups(people: int, size: int, leaders: int = 0) -> sympy.Integer:
    """Everyone into a first, second, ... group of ``size`` each: people! / (size!)^groups; with
    as many ``leaders`` as groups, one in each: the leaders' order, then the others in groups of
    size - 1."""
    groups = people // size
    if leaders:
        return (sympy.factorial(groups) * sympy.factorial(people - groups)
                / sympy.factorial(size - 1) ** groups)
    return sympy.factorial(people) / sympy.factorial(size) ** groups


def _by_choices(people: int, size: int, leaders: int) -> sympy.Integer:
    """The book's way: choose the first group from everyone, the second from those left, ...;
    with leaders, each group's leader from those left of them first."""
    total, left, chiefs = sympy.Integer(1), people - leaders, leaders
    for _ in range(people // size):
        if leaders:
            total *= chiefs * sympy.binomial(left, size - 1)
            chiefs, left = chiefs - 1, left - (size - 1)
        else:
            total *= sympy.binomial(left, size)
            left -= size
    return total


def _listed_groups(people: int, size: int, leaders: int) -> int:
    """Every assignment of each person to a group number, kept when each group has ``size``
    people (and exactly one of the first ``leaders`` people, when there are leaders)."""
    groups = people // size
    count = 0
    for assignment in itertools.product(range(groups), repeat=people):
        if all(assignment.count(g) == size for g in range(groups)) and (
                not leaders or sorted(assignment[:leaders]) == list(range(groups))):
            count += 1
    return count


def _verify_numbered(problem: Problem) -> list[Check]:
    p = problem.params
    people, size, leaders = p["people"], p["size"], p.get("leaders", 0)
    shrunk = (3 * 2, 2, 3 if leaders else 0)  # six people in three pairs: 3^6 assignments
    return [Check("choose the groups one after another (a product of binomial coefficients)",
                  _by_choices(people, size, leaders) == problem.answer, ""),
            Check("the formula against a listing of every assignment of six people to three "
                  "numbered pairs (a shrunken instance)",
                  numbered_groups(*shrunk) == _listed_groups(*shrunk), "")]


def _pose_numbered(params: dict[str, Any]) -> Problem:
    """``params``: ``people``, ``size`` (of each numbered group, dividing people), ``leaders``
    (0, or one for each group: each group gets exactly one)."""
    people, size, leaders = int(params["people"]), int(params["size"]), int(params.get("leaders", 0))
    if size < 1 or people % size or leaders not in (0, people // size):
        raise ValueError("groups of equal size, and none or one leader each")
    answer = numbered_groups(people, size, leaders)
    groups = people // size
    led = (f", each group with exactly one of the {leaders} leaders among them" if leaders else "")
    statement = [(f"In how many ways can {people} people be split into a first, second, ... "
                  f"group of {size} each{led}?"),
                 (f"Count the ways to divide {people} people into {groups} numbered groups of "
                  f"{size}{led}."),
                 (f"How many ways are there to put {people} people into {groups} numbered groups "
                  f"of {size} people{led}?")][params.get("template", 0) % WORDINGS]
    steps = ([f"Order the {leaders} leaders into the groups: ${leaders}!$ ways.",
              (f"Split the other {people - leaders} into groups of {size - 1}: "
               f"${people - leaders}!/({size - 1}!)^{{{groups}}}$ ways.")] if leaders else
             [(f"Line everyone up and cut the line into groups: ${people}!/({size}!)^{{{groups}}}$ "
               "(the order inside each group does not matter).")]) + [f"That is ${answer}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(numbered_groups, params), params=params)


def _vary_numbered(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another number of groups of the same size (the leaders, if any, one per group again)."""
    groups = max(1, params["people"] // params["size"] + rng.choice([-3, -2, -1, 1, 2]))
    return {**params, "people": groups * params["size"],
            "leaders": groups if params.get("leaders") else 0}


@family("counting.numbered_groups", verify=_verify_numbered, pose=_pose_numbered)
def numbered(rng: random.Random, difficulty: int) -> Problem:
    """Everyone split into numbered groups of one size, perhaps a leader in each."""
    size, groups = rng.randint(2, 4), rng.randint(2, 2 + 2 * difficulty)
    return _pose_numbered({"people": size * groups, "size": size,
                           "leaders": rng.choice([0, groups]), "template": rng.randrange(WORDINGS)})


REDRAW["counting.numbered_groups"] = _vary_numbered
