"""A posed family for a puzzle the discrete book counts: the Towers of Hanoi.

"Towers of Hanoi data. (a) What is the smallest number of moves required to transport $3$ disks
to another pillar?" is read by :mod:`formalize.counting` into ``{"disks": 3}``. SymPy solves the
recurrence a_n = 2 a_{n-1} + 1, a_0 = 0 (move the n - 1 smaller disks away, the largest across,
the smaller ones back on top); the check searches the puzzle itself, breadth first over every
placement of the disks, for the fewest legal moves to another pillar.
"""

from __future__ import annotations

import itertools
import random
from collections import deque
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

N = sp.Symbol("n")
SEARCHED_UP_TO = 8  # 3^8 placements: the breadth-first check stays quick


def hanoi_moves(disks: int) -> sp.Integer:
    """a_n = 2 a_{n-1} + 1 with a_0 = 0, solved by SymPy and evaluated at the number of disks."""
    a = sp.Function("a")
    closed = sp.rsolve(a(N) - 2 * a(N - 1) - 1, a(N), {a(0): 0})
    return sp.Integer(closed.subs(N, disks))


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``disks``, how many disks start on one pillar."""
    disks = int(params["disks"])
    if not 1 <= disks <= 60:
        raise ValueError("the puzzle needs one disk or more")
    answer = hanoi_moves(disks)
    return Problem(
        statement=(f"In the Towers of Hanoi, what is the smallest number of moves required to "
                   f"transport {disks} disks to another pillar?"),
        statement_latex=(f"In the Towers of Hanoi, what is the smallest number of moves required "
                         f"to transport ${disks}$ disks to another pillar?"),
        answer=answer,
        steps=[("To move the largest disk, the other $n-1$ must sit on the third pillar: move them "
               "there, move the largest, move them back on top, so $a_n = 2a_{n-1} + 1$, $a_0 = 0$."),
               "The recurrence gives $a_n = 2^n - 1$.",
               f"For ${disks}$ disks: ${answer}$ moves."],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n    a = sympy.Function('a')\n"
              "    closed = sympy.rsolve(a(n) - 2 * a(n - 1) - 1, a(n), {a(0): 0})\n"
              f"    return sympy.Integer(closed.subs(n, {disks}))\n"),
        params=params,
    )


def _fewest_moves(disks: int) -> int:
    """Breadth-first search over placements (pillar of each disk, smallest first) for the fewest
    legal moves from all on pillar 0 to all on another pillar."""
    start = (0,) * disks
    seen, queue = {start: 0}, deque([start])
    while queue:
        placement = queue.popleft()
        if len(set(placement)) == 1 and placement[0] != 0:
            return seen[placement]
        for source, target in itertools.permutations(range(3), 2):
            on_source = [d for d in range(disks) if placement[d] == source]
            if not on_source:
                continue
            top = on_source[0]  # the smallest disk on the pillar is on top
            if any(placement[d] == target for d in range(top)):
                continue  # a smaller disk lies on the target
            moved = placement[:top] + (target,) + placement[top + 1:]
            if moved not in seen:
                seen[moved] = seen[placement] + 1
                queue.append(moved)
    raise ValueError("no way to another pillar")


def _verify(problem: Problem) -> list[Check]:
    disks = int(problem.params["disks"])
    if disks > SEARCHED_UP_TO:
        return [Check("a_n = 2 a_(n-1) + 1 iterated from a_0 = 0",
                      problem.answer == sum(2**k for k in range(disks)))]
    fewest = _fewest_moves(disks)
    return [Check("breadth-first search of the puzzle's placements", problem.answer == fewest,
                  str(fewest))]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another small number of disks."""
    return {**params, "disks": rng.choice([d for d in range(2, 9) if d != int(params["disks"])])}


@family("sequences.hanoi_moves", verify=_verify, pose=_pose)
def hanoi(rng: random.Random, difficulty: int) -> Problem:
    """The fewest moves of the Towers of Hanoi with a few disks."""
    return _pose({"disks": rng.randint(2, 3 + difficulty)})
