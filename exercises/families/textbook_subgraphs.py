"""A posed family: the longest path or cycle inside a complete graph, as a subgraph or as an
induced subgraph.

"What is the largest $n$ such that $P_n$ is an induced subgraph of $K_5$?" is read by
:mod:`formalize.graph_words` into ``{"shape": "path", "induced": true, "m": 5}``. The book's
$P_n$ is the path with n edges (n + 1 vertices), $C_n$ the cycle on n vertices. The answer is
the law (a path through all m vertices has m - 1 edges, a cycle m; any three vertices of K_m are
a triangle, so an induced path has one edge and an induced cycle three vertices); the check
searches K_m's vertex orders for the shape, as a subgraph (its edges present) or induced (no
other edge among its vertices), and finds it for the answer and not for one more.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

SHAPES = {"path": ("P", "the path with {n} edges"), "cycle": ("C", "the cycle on {n} vertices")}


def largest(shape: str, induced: bool, m: int) -> sp.Integer:
    """The largest n with P_n (or C_n) a (induced) subgraph of K_m."""
    if shape == "path":
        return sp.Integer(min(1, m - 1) if induced else m - 1)
    if m < 3:
        raise ValueError("K_m has a cycle only when m >= 3")
    return sp.Integer(3 if induced else m)


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``shape`` ("path" or "cycle"), ``induced`` (bool), ``m`` (K_m)."""
    shape, induced, m = params["shape"], bool(params["induced"]), int(params["m"])
    if not 2 <= m <= 8:
        raise ValueError("a small complete graph")
    answer = largest(shape, induced, m)
    letter = SHAPES[shape][0]
    kind = "an induced subgraph" if induced else "a subgraph"
    why = {("path", False): f"A path through all {m} vertices has {m - 1} edges.",
           ("cycle", False): f"A cycle through all {m} vertices: $C_{{{m}}}$.",
           ("path", True): ("Any two vertices of a path with 3 or more vertices are adjacent in "
                            "$K_m$, so an induced path has one edge."),
           ("cycle", True): "Any 3 vertices of $K_m$ induce a triangle, and no more."}[shape, induced]
    statement = f"What is the largest n such that {letter}_n is {kind} of K_{m}?"
    return Problem(
        statement=statement + f" ({letter}_n is {SHAPES[shape][1].format(n='n')}.)",
        statement_latex=(f"What is the largest $n$ such that ${letter}_n$ is {kind} of $K_{{{m}}}$? "
                         f"(${letter}_n$ is {SHAPES[shape][1].format(n='$n$')}.)"),
        answer=answer,
        steps=[why, f"So $n = {answer}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    shape, induced, m = {shape!r}, {induced!r}, {m}\n"
              "    if shape == 'path':\n"
              "        return sympy.Integer(min(1, m - 1) if induced else m - 1)\n"
              "    return sympy.Integer(3 if induced else m)\n"),
        params=params,
    )


def _found(shape: str, induced: bool, m: int, n: int) -> bool:
    """Is there an order of vertices of K_m that traces P_n (n + 1 vertices) or C_n (n vertices),
    with, when induced, no edge of K_m among them besides the shape's own?"""
    size = n + 1 if shape == "path" else n
    if size > m or (shape == "cycle" and n < 3) or n < 1:
        return False
    for order in itertools.permutations(range(m), size):
        edges = {frozenset(p) for p in itertools.pairwise(order)}
        if shape == "cycle":
            edges.add(frozenset((order[-1], order[0])))
        among = {frozenset(p) for p in itertools.combinations(order, 2)}  # K_m: all adjacent
        if edges <= among and (not induced or among == edges):
            return True
    return False


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    n = int(problem.answer)
    ok = _found(p["shape"], bool(p["induced"]), int(p["m"]), n) and not _found(
        p["shape"], bool(p["induced"]), int(p["m"]), n + 1)
    return [Check("searched K_m's vertex orders: the shape fits at n, not at n + 1", ok)]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another complete graph."""
    return {**params, "m": rng.choice([m for m in range(4, 8) if m != int(params["m"])])}


@family("graphs.largest_subgraph", verify=_verify, pose=_pose)
def largest_subgraph(rng: random.Random, difficulty: int) -> Problem:
    """The longest path or cycle that is a (induced) subgraph of a small complete graph."""
    return _pose({"shape": rng.choice(list(SHAPES)), "induced": rng.random() < 0.5,
                  "m": rng.randint(4, 4 + min(difficulty, 3))})
