"""Posed families for puzzles the discrete book counts: the Towers of Hanoi, the squares of a
chessboard.

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

from exercises.families.textbook import latex
from exercises.family import Check, Problem, family

N = sp.Symbol("n")
SEARCHED_UP_TO = 8  # 3^8 placements: the breadth-first check stays quick


def hanoi_moves(disks: int) -> sp.Integer:
    """a_n = 2 a_{n-1} + 1 with a_0 = 0, solved by SymPy and evaluated at the number of disks."""
    a = sp.Function("a")
    closed = sp.rsolve(a(N) - 2 * a(N - 1) - 1, a(N), {a(0): 0})
    return sp.Integer(closed.subs(N, disks))


# a_n, a_{n-1} as formalize.latex reads the book's names
TERM, BEFORE = sp.Symbol("a_{n}"), sp.Symbol("a_{n - 1}")


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``disks``, how many disks start on one pillar; ``want``: the fewest moves
    (``moves``, the default), the moves of each step of the recursive way for that many disks
    and their total (``steps``), or ``a_n`` in terms of ``a_{n-1}`` (``recurrence``)."""
    disks, want = int(params.get("disks", 0)), params.get("want", "moves")
    if want == "recurrence":
        rule = sp.Eq(TERM, 2 * BEFORE + 1)
        return Problem(
            statement=("Let a_n be the smallest number of moves required to transport n disks "
                       "to another pillar. Give a formula for a_n in terms of a_{n-1}."),
            statement_latex=("Let $a_n$ be the smallest number of moves required to transport $n$ "
                             "disks to another pillar. Give a formula for $a_n$ in terms of "
                             "$a_{n-1}$."),
            answer=rule,
            steps=[("Move the n - 1 smaller disks away ($a_{n-1}$ moves), the largest across (1), "
                    "the smaller ones back on top ($a_{n-1}$).")],
            code=("import sympy\n\n\ndef solve():\n    before = sympy.Symbol('a_{n - 1}')\n"
                  "    return sympy.Eq(sympy.Symbol('a_{n}'), 2 * before + 1)\n"),
            params=params)
    if not 1 <= disks <= 60 or want not in ("moves", "steps") or (want == "steps" and disks < 2):
        raise ValueError("the puzzle needs one disk or more (two to split it into steps)")
    if want == "steps":
        smaller = hanoi_moves(disks - 1)
        answer = sp.Tuple(smaller, 1, smaller, 2 * smaller + 1)
        return Problem(
            statement=(f"Move the {disks - 1} smallest of {disks} disks to the second pillar, the "
                       "largest disk to the third, the smaller ones onto it: how many moves does "
                       f"each take, and so how many does it take to move {disks} disks?"),
            statement_latex=(f"Move the ${disks - 1}$ smallest of ${disks}$ disks to the second "
                             "pillar, the largest disk to the third, the smaller ones onto it: how "
                             f"many moves does each take, and so how many to move ${disks}$ disks?"),
            answer=answer,
            steps=[(f"{disks - 1} disks take {smaller} moves each way, the largest one: "
                    f"{smaller} + 1 + {smaller} = {2 * smaller + 1}.")],
            code=("import sympy\n\n\ndef solve():\n"
                  "    n = sympy.Symbol('n')\n    a = sympy.Function('a')\n"
                  "    closed = sympy.rsolve(a(n) - 2 * a(n - 1) - 1, a(n), {a(0): 0})\n"
                  f"    smaller = sympy.Integer(closed.subs(n, {disks - 1}))\n"
                  "    return sympy.Tuple(smaller, 1, smaller, 2 * smaller + 1)\n"),
            params=params)
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
    """The fewest moves found by searching the puzzle; for the steps, the search for one disk
    fewer (each way) and for all of them; for the recurrence, the searches' counts follow it."""
    want = problem.params.get("want", "moves")
    if want == "recurrence":
        found = [_fewest_moves(d) for d in range(1, 7)]
        rule = problem.answer.rhs
        return [Check("the fewest moves searched for 1 to 6 disks follow the formula", all(
            rule.subs(BEFORE, before) == after for before, after in itertools.pairwise(found)),
            str(found))]
    disks = int(problem.params["disks"])
    if want == "steps" and disks <= SEARCHED_UP_TO:
        smaller, whole = _fewest_moves(disks - 1), _fewest_moves(disks)
        return [Check("breadth-first search for one disk fewer and for all of them",
                      problem.answer == sp.Tuple(smaller, 1, smaller, whole), f"{smaller}, {whole}")]
    if want == "steps":
        return [Check("a_n = 2 a_(n-1) + 1 iterated from a_0 = 0", problem.answer[3] == sum(
            2**k for k in range(disks)) and problem.answer[0] == sum(2**k for k in range(disks - 1)))]
    if disks > SEARCHED_UP_TO:
        return [Check("a_n = 2 a_(n-1) + 1 iterated from a_0 = 0",
                      problem.answer == sum(2**k for k in range(disks)))]
    fewest = _fewest_moves(disks)
    return [Check("breadth-first search of the puzzle's placements", problem.answer == fewest,
                  str(fewest))]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another small number of disks (the recurrence has nothing to change: the same parameters,
    which a build drops as a duplicate)."""
    if params.get("want") == "recurrence":
        return dict(params)
    return {**params, "disks": rng.choice([d for d in range(3, 9) if d != int(params["disks"])])}


@family("sequences.hanoi_moves", verify=_verify, pose=_pose)
def hanoi(rng: random.Random, difficulty: int) -> Problem:
    """The fewest moves of the Towers of Hanoi with a few disks."""
    return _pose({"disks": rng.randint(2, 3 + difficulty)})


# ---------------------------------------------------------------- squares on a chessboard

COUNTED_UP_TO = 10  # boards the check counts square by square


def board_squares(side: sp.Expr) -> sp.Expr:
    """Squares of every size k on a side x side board: (side - k + 1)^2 places each, summed."""
    k = sp.Symbol("k", integer=True, positive=True)
    return sp.factor(sp.summation((side - k + 1) ** 2, (k, 1, side)))


def _pose_board(params: dict[str, Any]) -> Problem:
    """``params``: ``side`` (a number of squares, or "n" for the closed formula)."""
    side = sp.sympify(params["side"], locals={"n": N})
    if side != N and not (isinstance(side, sp.Integer) and 1 <= side <= 1000):
        raise ValueError("a board of 1 to 1000 squares a side, or n")
    answer = board_squares(side)
    closed = "a closed formula for " if side == N else ""
    return Problem(
        statement=f"Find {closed}the number of squares on an {side} x {side} chessboard.",
        statement_latex=(f"Find {closed}the number of squares on an ${side} \\times {side}$ "
                         "chessboard."),
        answer=answer,
        steps=[("A k x k square has (side - k + 1)^2 places; sum over k = 1, ..., side: "
                f"${latex(answer)}$.")],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n    k = sympy.Symbol('k', integer=True, positive=True)\n"
              f"    side = sympy.sympify({str(params['side'])!r}, locals={{'n': n}})\n"
              "    return sympy.factor(sympy.summation((side - k + 1) ** 2, (k, 1, side)))\n"),
        params=params,
    )


def _counted(side: int) -> int:
    """The squares on a board, each top-left corner and size tried."""
    return sum(1 for row, column, size in itertools.product(range(side), range(side),
                                                            range(1, side + 1))
               if row + size <= side and column + size <= side)


def _verify_board(problem: Problem) -> list[Check]:
    """Boards of 1 to 10 squares a side counted square by square: the formula's values (or the
    count asked, on such a board)."""
    side = sp.sympify(problem.params["side"], locals={"n": N})
    if side == N:
        counts = [_counted(s) for s in range(1, COUNTED_UP_TO + 1)]
        return [Check("the squares counted one by one on boards of 1 to 10 a side",
                      all(problem.answer.subs(N, s) == c for s, c in enumerate(counts, 1)),
                      str(counts))]
    if side <= COUNTED_UP_TO:
        return [Check("the squares counted one by one", problem.answer == _counted(int(side)))]
    return [Check("n(n + 1)(2n + 1)/6 at the side", problem.answer == side * (side + 1) * (2 * side + 1) / 6)]


@family("counting.chessboard_squares", verify=_verify_board, pose=_pose_board)
def chessboard_squares(rng: random.Random, difficulty: int) -> Problem:
    """The squares of every size on a square board."""
    return _pose_board({"side": rng.choice(["n", str(rng.randint(3, 6 + 2 * difficulty))])})


def vary_board(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A board of a given size (the closed formula's item asks a number)."""
    return {**params, "side": str(rng.randint(3, 12))}
