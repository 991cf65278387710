"""Posed family for a book's rank-nullity question: "Suppose the column space of a $9 \\times 5$
matrix $A$ is of dimension 3. Find the nullity of $A$" (Lebl A.4.103; A.4.3).

The formalize stage (:mod:`formalize.rank_nullity`) reads the matrix's size (``rows``,
``cols``), the dimension it gives (``rank``: the column space's, the row space's, the rank)
and what is ``asked``: "rank" (the rank, the column or row space's dimension, the most
independent rows or columns) or "nullity" (the nullity, the null space's dimension). The
solver uses rank + nullity = number of columns. The verifier builds a concrete matrix of
that size and rank (ones on a diagonal) and computes its rank and null space with SymPy.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, worded
from exercises.family import Check, Problem, family

ASKED = {"rank": "the rank", "nullity": "the nullity"}


def _sizes(params: dict[str, Any]) -> tuple[int, int, int]:
    rows, cols, rank = (int(params[k]) for k in ("rows", "cols", "rank"))
    if not 0 <= rank <= min(rows, cols) or rows < 1 or cols < 1 or params["asked"] not in ASKED:
        raise ValueError("no such matrix: the rank is at most the number of rows and columns")
    return rows, cols, rank


def _pose(params: dict[str, Any]) -> Problem:
    rows, cols, rank = _sizes(params)
    asked = params["asked"]
    answer = sp.Integer(rank if asked == "rank" else cols - rank)
    plain, tex = worded(params, [
        ("A {m} x {n} matrix A has rank {r}. What is {a} of A?",
         "A ${m} \\times {n}$ matrix $A$ has rank ${r}$. What is {a} of $A$?"),
        ("The column space of a {m} x {n} matrix A has dimension {r}. Find {a} of A.",
         "The column space of a ${m} \\times {n}$ matrix $A$ has dimension ${r}$. Find {a} of $A$."),
        ("Suppose the {m} x {n} matrix A has {r} pivot columns. Find {a} of A.",
         "Suppose the ${m} \\times {n}$ matrix $A$ has ${r}$ pivot columns. Find {a} of $A$."),
    ], m=rows, n=cols, r=rank, a=ASKED[asked])
    steps = [f"The rank is the dimension of the column space (and of the row space): {rank}.",
             f"Rank + nullity = the number of columns, {cols}: the nullity is {cols - rank}.",
             f"So {ASKED[asked]} is {answer}."]
    code = ("import sympy\n\n\n"
            "def solve():\n"
            f"    rows, cols, rank = {rows}, {cols}, {rank}\n"
            f"    return sympy.Integer(rank if {asked!r} == 'rank' else cols - rank)\n")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify(problem: Problem) -> list[Check]:
    rows, cols, rank = _sizes(problem.params)
    matrix = sp.zeros(rows, cols)
    for k in range(rank):
        matrix[k, k] = 1
    for j in range(rank, cols if rank else 0):  # the other columns repeat the first
        matrix[:, j] = matrix[:, 0]
    value = matrix.rank() if problem.params["asked"] == "rank" else len(matrix.nullspace())
    return [Check("a concrete matrix of that size and rank: SymPy's rank or null space basis",
                  matrix.rank() == rank and value == problem.answer, f"{value}")]


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new size and rank; the same quantity asked."""
    rows, cols = rng.randint(2, 9), rng.randint(2, 9)
    return {**params, "rows": str(rows), "cols": str(cols),
            "rank": str(rng.randint(1, min(rows, cols)))}


REDRAW = {"linear_algebra.rank_nullity": _redraw}


@family("linear_algebra.rank_nullity", verify=_verify, pose=_pose)
def rank_nullity(rng: random.Random, difficulty: int) -> Problem:
    """The rank or the nullity of a matrix of a given size and rank."""
    rows, cols = rng.randint(2, 3 + 2 * difficulty), rng.randint(2, 3 + 2 * difficulty)
    return _pose({"rows": str(rows), "cols": str(cols), "rank": str(rng.randint(1, min(rows, cols))),
                  "asked": rng.choice(sorted(ASKED)), "template": rng.randrange(WORDINGS)})
