"""A posed family for the classes of a relation on a listed set of whole numbers.

"Find the relation classes for the “is a multiple of” relation on the set $A = \\{1,...,6\\}$"
and "Find all the numbers $a$ between 1 and 31 that are $5 \\mod 7$" (or the sets for several
remainders) are read by :mod:`formalize.relation_classes`. The class of a is {b in A : a R b}: for "is a multiple of",
the b that divide a; for a remainder, the numbers of the range that leave it. SymPy's
``divisors`` (or the progression r, r + m, r + 2m, ...) gives the answer; the check walks every
pair of the set with the relation's own definition. "Are there any numbers that are in more than
one of the sets [a] above?" (``overlap``: the remainder of the exercise's example class, whose
class counts among them) adds whether any number lies in two of the classes: the check counts
each number's classes.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

RELATIONS = ("multiple", "remainder")


def _classes(params: dict[str, Any]) -> list[set[int]]:
    """By divisors, or by the arithmetic progression of a remainder."""
    domain = [int(a) for a in params["domain"]]
    if params["relation"] == "multiple":
        return [set(sp.divisors(a)) & set(domain) if a else {0} for a in domain]
    m = int(params["modulus"])
    return [set(range(min(domain) + (r - min(domain)) % m, max(domain) + 1, m)) & set(domain)
            for r in map(int, params["residues"])]


def _walked(params: dict[str, Any]) -> list[set[int]]:
    """Every pair tried against the definition."""
    domain = [int(a) for a in params["domain"]]
    if params["relation"] == "multiple":  # a is a multiple of b: a = k b for a whole k
        return [{b for b in domain if any(a == k * b for k in range(-abs(a), abs(a) + 1))}
                for a in domain]
    m = int(params["modulus"])
    return [{b for b in domain if (b - r) % m == 0} for r in map(int, params["residues"])]


def _answer(found: list[set[int]], params: dict[str, Any], method: Any) -> sp.Basic:
    """The classes asked, then (``overlap``) whether a number lies in two of them or of the
    example's class."""
    sets = [sp.FiniteSet(*sorted(s)) for s in found]
    if "overlap" in params:
        among = found + method({**params, "residues": [params["overlap"]]})
        shared = any(sum(n in s for s in among) > 1 for n in params["domain"])
        sets.append(sp.sympify(shared))
    return sets[0] if len(sets) == 1 else sp.Tuple(*sets)


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``domain`` (whole numbers), ``relation`` ("multiple": the classes of every
    element; "remainder": with ``modulus`` and ``residues``, the numbers that leave each)."""
    domain = [int(a) for a in params["domain"]]
    if params["relation"] not in RELATIONS or len(set(domain)) != len(domain) or not domain:
        raise ValueError("a relation on a listed set of whole numbers")
    if params["relation"] == "multiple" and min(domain) < 1:
        raise ValueError("positive numbers")
    if params["relation"] == "remainder" and not all(
            0 <= int(r) < int(params["modulus"]) for r in [*params["residues"],
                                                            *([params["overlap"]] if "overlap"
                                                              in params else [])]):
        raise ValueError("remainders below the modulus")
    found = _classes(params)
    shown = "\\{" + ",".join(map(str, domain)) + "\\}" if len(domain) < 12 else \
        f"\\{{{min(domain)},\\dots,{max(domain)}\\}}"
    if params["relation"] == "multiple":
        statement = (f"Find the relation classes $[a] = \\{{b : a \\text{{ is a multiple of }} "
                     f"b\\}}$ for the set ${shown}$.")
        steps = ["[a] holds the elements that divide a."] + [
            f"$[{a}] = \\{{{','.join(map(str, sorted(s)))}\\}}$" for a, s in zip(domain, found,
                                                                               strict=True)]
    else:
        statement = "; ".join(f"Find all $a \\in {shown}$ with $a \\bmod {params['modulus']} = "
                              f"{r}$" for r in params["residues"]) + "." + (
            f" Is any number in two of these sets, or in one of them and the set with remainder "
            f"{params['overlap']}?" if "overlap" in params else "")
        steps = [(f"Start at the first such number and add {params['modulus']} until past "
                 f"{max(domain)}.")]
    return Problem(
        statement=statement.replace("$", "").replace("\\", ""),
        statement_latex=statement,
        answer=_answer(found, params, _classes),
        steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    domain, params = {domain!r}, {params!r}\n"
              "    if params['relation'] == 'multiple':\n"
              "        found = [[b for b in domain if a % b == 0] for a in domain]\n"
              "    else:\n"
              "        m = int(params['modulus'])\n"
              "        found = [[b for b in domain if b % m == int(r)] for r in params['residues']]\n"
              "    sets = [sympy.FiniteSet(*f) for f in found]\n"
              "    if 'overlap' in params:\n"
              "        among = found + [[b for b in domain if b % m == int(params['overlap'])]]\n"
              "        sets.append(sympy.sympify(any(sum(n in f for f in among) > 1 "
              "for n in domain)))\n"
              "    return sets[0] if len(sets) == 1 else sympy.Tuple(*sets)\n"),
        params=params,
    )


def _verify(problem: Problem) -> list[Check]:
    return [Check("every pair of the set tried against the relation's definition",
                  problem.answer == _answer(_walked(problem.params), problem.params, _walked))]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A set of another size (1..n), or another modulus and remainder."""
    if params["relation"] == "multiple":
        return {**params, "domain": list(range(1, rng.randint(5, 12)))}
    m = rng.randint(3, 9)
    return {**params, "modulus": m,
            "residues": sorted(rng.sample(range(m), min(m, len(params.get("residues", [0]))))),
            "domain": list(range(1, rng.randint(20, 40)))}


@family("relations.classes", verify=_verify, pose=_pose)
def relation_classes(rng: random.Random, difficulty: int) -> Problem:
    """The classes of "is a multiple of", or the numbers with a given remainder."""
    return _pose(vary({"relation": rng.choice(RELATIONS), "domain": []}, rng))


REDRAW = {"relations.classes": vary}
