"""A posed family for the designs of a 1 x n strip tiled with colored squares and dominoes.

"Let $a_n$ be the number of $1\\times n$ tile designs you can make using $1\\times1$ squares
available in 4 colors and $1\\times2$ dominoes available in 5 colors. (a) Find a recurrence
relation ... (b) Write out the first 6 terms of the sequence $a_1, a_2, \\dots$. (c) Find a
closed formula for $a_n$." is read (by :mod:`formalize.recurrences`) into the two numbers of
colors and what is asked. A design ends in a square (c colors, after any design of n - 1) or in
a domino (d colors, after any design of n - 2): a_n = c a_{n-1} + d a_{n-2}, a_0 = 1 (the empty
strip) and a_1 = c; SymPy's rsolve gives the closed formula. The check builds every design,
tile by tile, and counts them: the counts must be the terms, satisfy the recurrence and be the
closed formula's values.

"Let $t_n$ denote the number of ways to tile a $2\times n$ chessboard using $1\times 2$
dominoes." is the same count with one color each (``board`` 2): a tiling starts with a vertical
domino (then 2 x (n-1)) or two horizontal ones (then 2 x (n-2)); its check fills the board's
cells one by one with dominoes and counts the tilings, no strip of squares in sight.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import latex
from exercises.family import Check, Problem, family

N = sp.Symbol("n")
ASKS = ("recurrence", "definition", "terms", "closed")
# The book's names for the terms (as formalize.latex reads $a_{n}=4a_{n-1}+5a_{n-2}$).
TERM, BEFORE, TWO_BEFORE = sp.Symbol("a_{n}"), sp.Symbol("a_{n - 1}"), sp.Symbol("a_{n - 2}")
_BUILT = 100_000  # the check builds designs of each length up to this many
_LENGTHS = 12  # and of no length beyond this


def _colors(params: dict[str, Any]) -> tuple[int, int]:
    squares, dominoes = int(params["squares"]), int(params["dominoes"])
    if squares < 1 or dominoes < 1:
        raise ValueError("squares and dominoes come in at least one color each")
    if params.get("board") and (params["board"] != 2 or (squares, dominoes) != (1, 1)):
        raise ValueError("a board is 2 x n, tiled with dominoes of one color")
    return squares, dominoes


def _terms(squares: int, dominoes: int, upto: int) -> list[int]:
    """a_0 .. a_upto by the recurrence."""
    terms = [1, squares]
    while len(terms) <= upto:
        terms.append(squares * terms[-1] + dominoes * terms[-2])
    return terms[:upto + 1]


def _answers(params: dict[str, Any]) -> dict[str, sp.Basic]:
    squares, dominoes = _colors(params)
    recurrence = sp.Eq(TERM, squares * BEFORE + dominoes * TWO_BEFORE)
    first = _terms(squares, dominoes, max(2, int(params.get("count", 0))))
    a = sp.Function("a")
    closed = sp.rsolve(a(N) - squares * a(N - 1) - dominoes * a(N - 2), a(N),
                       {a(0): 1, a(1): squares})
    return {"recurrence": recurrence,
            "definition": sp.Tuple(recurrence, sp.Eq(sp.Symbol("a_{1}"), first[1]),
                                   sp.Eq(sp.Symbol("a_{2}"), first[2])),
            "terms": sp.Tuple(*first[1:int(params.get("count", 0)) + 1]),
            "closed": sp.simplify(closed)}


def _pose_tilings(params: dict[str, Any]) -> Problem:
    """``params``: ``squares``, ``dominoes`` (how many colors each comes in), ``asks`` (some of
    :data:`ASKS`, in the item's order), ``count`` (how many terms from a_1, when asked);
    ``board`` 2 for the tilings of a 2 x n board by dominoes (one color each)."""
    asks = params["asks"]
    if not asks or any(a not in ASKS for a in asks) or ("terms" in asks) != ("count" in params):
        raise ValueError(f"asks must name some of {ASKS}, and terms with a count")
    squares, dominoes = _colors(params)
    found = _answers(params)
    questions = {"recurrence": "Find a recurrence relation for a_n.",
                 "definition": "Find a recursive definition for a_n.",
                 "terms": f"Write out the first {params.get('count')} terms a_1, a_2, ....",
                 "closed": "Find a closed formula for a_n."}
    setup = ("Let a_n be the number of ways to tile a 2 x n board with 1 x 2 dominoes. "
             if params.get("board") else
             f"Let a_n be the number of 1 x n tile designs using 1 x 1 squares in {squares} "
             f"colors and 1 x 2 dominoes in {dominoes} colors. ")
    statement = setup + " ".join(questions[a] for a in asks)
    values = [found[a] for a in asks]
    return Problem(
        statement=statement,
        statement_latex=statement.replace("a_n", "$a_n$").replace("1 x ", "$1\\times$ ").replace(
            "2 x n", "$2\\times n$"),
        answer=values[0] if len(values) == 1 else sp.Tuple(*values),
        steps=[("A tiling ends in a vertical domino after a tiling of 2 x (n - 1), or in two "
                "horizontal dominoes after one of 2 x (n - 2): " if params.get("board") else
                f"A design ends in a square ({squares} colors) after a design of length n - 1, or "
                f"in a domino ({dominoes} colors) after one of length n - 2: ")
               + f"${latex(found['recurrence'])}$, with $a_0 = 1$ (the empty "
               f"{'board' if params.get('board') else 'strip'}) and $a_1 = {squares}$.",
               f"Characteristic roots, fitted to $a_0$ and $a_1$: $a_n = {latex(found['closed'])}$."],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n"
              f"    c, d, asks, count = {squares}, {dominoes}, {asks!r}, {int(params.get('count', 0))}\n"
              "    a = sympy.Function('a')\n"
              "    terms = [1, c]\n"
              "    while len(terms) <= max(2, count):\n"
              "        terms.append(c * terms[-1] + d * terms[-2])\n"
              "    rule = sympy.Eq(sympy.Symbol('a_{n}'), c * sympy.Symbol('a_{n - 1}')\n"
              "                    + d * sympy.Symbol('a_{n - 2}'))\n"
              "    found = {'recurrence': rule,\n"
              "             'definition': sympy.Tuple(rule, sympy.Eq(sympy.Symbol('a_{1}'), terms[1]),\n"
              "                                       sympy.Eq(sympy.Symbol('a_{2}'), terms[2])),\n"
              "             'terms': sympy.Tuple(*terms[1:count + 1]),\n"
              "             'closed': sympy.simplify(sympy.rsolve(a(n) - c * a(n - 1) - d * a(n - 2),\n"
              "                                                   a(n), {a(0): 1, a(1): c}))}\n"
              "    values = [found[ask] for ask in asks]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"),
        params=params,
    )


def _designs(squares: int, dominoes: int, length: int) -> list[tuple[tuple[int, int], ...]]:
    """Every design of the given length, each a tuple of (tile size, color), built tile by tile."""
    built: list[list[tuple[tuple[int, int], ...]]] = [[()]]
    for size in range(1, length + 1):
        built.append([design + ((1, color),) for design in built[size - 1]
                      for color in range(squares)]
                     + ([design + ((2, color),) for design in built[size - 2]
                         for color in range(dominoes)] if size >= 2 else []))
    return built[length]


def _board_tilings(length: int) -> int:
    """The domino tilings of a 2 x length board: the first empty cell (column by column) is
    covered by a domino lying along its row or, from the top row, down its column."""
    def fill(filled: frozenset[tuple[int, int]]) -> int:
        empty = next(((c, r) for c in range(length) for r in range(2) if (r, c) not in filled), None)
        if empty is None:
            return 1
        column, row = empty
        ways = 0
        if column + 1 < length and (row, column + 1) not in filled:
            ways += fill(filled | {(row, column), (row, column + 1)})
        if row == 0 and (1, column) not in filled:
            ways += fill(filled | {(0, column), (1, column)})
        return ways
    return fill(frozenset())


def _verify_tilings(problem: Problem) -> list[Check]:
    params = problem.params
    squares, dominoes = _colors(params)
    asks = params["asks"]
    values = list(problem.answer) if len(asks) > 1 else [problem.answer]
    counts = [1]  # the designs (or board tilings) built and counted, length by length
    while len(counts) < 3 or (len(counts) <= _LENGTHS
                              and squares * counts[-1] + dominoes * counts[-2] <= _BUILT):
        counts.append(_board_tilings(len(counts)) if params.get("board")
                      else len(set(_designs(squares, dominoes, len(counts)))))
    checks = []
    for ask, value in zip(asks, values, strict=True):
        if ask in ("recurrence", "definition"):
            rule = value if ask == "recurrence" else value[0]
            ok = all(rule.subs({TERM: counts[n], BEFORE: counts[n - 1], TWO_BEFORE: counts[n - 2]})
                     is sp.true for n in range(2, len(counts)))
            if ask == "definition":
                ok = ok and [v.rhs for v in value[1:]] == counts[1:3]
            checks.append(Check("the designs built and counted satisfy the recurrence", ok))
        elif ask == "terms":
            seen = min(len(value), len(counts) - 1)
            checks.append(Check(f"the first {seen} terms are the numbers of designs built",
                                list(value[:seen]) == counts[1:seen + 1] and seen >= 3))
        else:
            ok = all(sp.simplify(sp.expand(value.subs(N, n)) - c) == 0
                     for n, c in enumerate(counts))
            checks.append(Check(f"the formula gives the numbers of designs of lengths 0 to "
                                f"{len(counts) - 1}, built and counted", ok))
    return checks


@family("sequences.colored_tilings", verify=_verify_tilings, pose=_pose_tilings)
def colored_tilings(rng: random.Random, difficulty: int) -> Problem:
    """The recurrence, first terms or closed formula for designs with colored tiles."""
    asks = rng.sample(ASKS, 1 + min(difficulty, 2))
    params: dict[str, Any] = {"squares": rng.randint(1, 5), "dominoes": rng.randint(1, 6),
                              "asks": [a for a in ASKS if a in asks]}
    if "terms" in asks:
        params["count"] = rng.randint(4, 6)
    return _pose_tilings(params)


def vary_tilings(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers of colors, the same questions (a board's tilings: the strip's designs)."""
    params = {k: v for k, v in params.items() if k != "board"}
    squares, dominoes = _colors(params)
    while (new := (rng.randint(1, 6), rng.randint(1, 6))) == (squares, dominoes):
        pass
    return {**params, "squares": new[0], "dominoes": new[1]}
