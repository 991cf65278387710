"""A posed family for strings that never contain one symbol followed immediately by another.

"A ternary string is a sequence of 0's, 1's, and 2's ... call a ternary string good provided it
never contains a 2 followed immediately by a 0. Let G_n be the number of good strings of length
n ... Find, with justification, a recursive formula for G_n, and use it to compute G_5." is read
(by :mod:`formalize.recurrences`) into the alphabet's size, the pair and the length asked. A good
string of length n is a good string of length n - 1 with any of the k symbols added, less those
that end in the pair: a good string of length n - 2 followed by it, so G_n = k G_{n-1} - G_{n-2}
(G_0 = 1, G_1 = k). The check writes out every string of each length and counts the good ones.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy as sp

from exercises.families.textbook import latex
from exercises.family import Check, Problem, family

# G_n, G_{n-1}, G_{n-2} as formalize.latex reads the book's names
TERM, BEFORE, TWO_BEFORE = sp.Symbol("G_{n}"), sp.Symbol("G_{n - 1}"), sp.Symbol("G_{n - 2}")
_WRITTEN_OUT = 9  # the check writes out every string up to this length (3^9 of them)


def _counts(size: int, length: int) -> list[int]:
    """G_0 .. G_length by the recurrence G_n = k G_{n-1} - G_{n-2}."""
    counts = [1, size]
    while len(counts) <= length:
        counts.append(size * counts[-1] - counts[-2])
    return counts[:length + 1]


def _pose_avoiding(params: dict[str, Any]) -> Problem:
    """``params``: ``size`` (the alphabet 0 .. k-1), ``pair`` (two different symbols the strings
    never contain in a row), ``length`` (the count asked)."""
    size, pair, length = int(params["size"]), [int(s) for s in params["pair"]], int(params["length"])
    if not (2 <= size <= 9 and len(pair) == 2 and pair[0] != pair[1]
            and all(0 <= s < size for s in pair) and 1 <= length <= 40):
        raise ValueError("two different symbols of an alphabet of 2 to 9, a length from 1 to 40")
    rule = sp.Eq(TERM, size * BEFORE - TWO_BEFORE)
    count = sp.Integer(_counts(size, length)[-1])
    pattern = f"{pair[0]} followed immediately by a {pair[1]}"
    statement = (f"Call a string of the symbols 0 to {size - 1} good if it never contains a "
                 f"{pattern}. Let G_n be the number of good strings of length n. Find a recursive "
                 f"formula for G_n and use it to compute G_{length}.")
    return Problem(
        statement=statement,
        statement_latex=statement.replace("G_n", "$G_n$").replace(f"G_{length}.", f"$G_{{{length}}}$."),
        answer=sp.Tuple(rule, count),
        steps=[(f"Add any of the {size} symbols to a good string of length n - 1, and take away "
                f"those that end in {pair[0]}{pair[1]}: a good string of length n - 2 followed by "
                f"the pair. So ${latex(rule)}$ with $G_0 = 1$, $G_1 = {size}$."),
               f"Then $G_{{{length}}} = {count}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    counts = [1, {size}]\n"
              f"    while len(counts) <= {length}:\n"
              f"        counts.append({size} * counts[-1] - counts[-2])\n"
              "    rule = sympy.Eq(sympy.Symbol('G_{n}'), "
              f"{size} * sympy.Symbol('G_{{n - 1}}') - sympy.Symbol('G_{{n - 2}}'))\n"
              f"    return sympy.Tuple(rule, sympy.Integer(counts[{length}]))\n"),
        params=params,
    )


def _written_out(size: int, pair: list[int], length: int) -> int:
    """The good strings of a length, counted one by one."""
    return sum(all((a, b) != tuple(pair) for a, b in itertools.pairwise(string))
               for string in itertools.product(range(size), repeat=length))


def _verify_avoiding(problem: Problem) -> list[Check]:
    """Every string of each length up to 9 (or the size's 100,000 strings) written out: the good
    ones' counts follow the answer's recurrence, and the count asked, when it is that short."""
    size, pair, length = int(problem.params["size"]), [int(s) for s in problem.params["pair"]], \
        int(problem.params["length"])
    rule, count = problem.answer
    longest = max(n for n in range(2, _WRITTEN_OUT + 1) if size ** n <= 100_000 or n == 2)
    found = [_written_out(size, pair, n) for n in range(longest + 1)]
    follows = all(rule.rhs.subs({BEFORE: found[n - 1], TWO_BEFORE: found[n - 2]}) == found[n]
                  for n in range(2, longest + 1))
    checks = [Check("the good strings written out follow the recurrence", follows, str(found))]
    if length <= longest:
        checks.append(Check("the good strings of the length asked, counted one by one",
                            count == found[length], str(found[length])))
    else:  # beyond, step the recurrence that was just checked from the written-out counts
        stepped = found[:2]
        while len(stepped) <= length:
            stepped.append(int(rule.rhs.subs({BEFORE: stepped[-1], TWO_BEFORE: stepped[-2]})))
        checks.append(Check("the recurrence stepped from the written-out counts", count == stepped[-1]))
    return checks


@family("counting.avoiding_strings", verify=_verify_avoiding, pose=_pose_avoiding)
def avoiding_strings(rng: random.Random, difficulty: int) -> Problem:
    """Strings that never contain one symbol followed by another: recurrence and a count."""
    size = rng.randint(2, 3 + difficulty)
    pair = rng.sample(range(size), 2)
    return _pose_avoiding({"size": size, "pair": pair, "length": rng.randint(4, 6 + difficulty)})


def vary_avoiding(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another pair of the same alphabet, another length."""
    size, length = int(params["size"]), int(params["length"])
    return {**params, "pair": rng.sample(range(size), 2),
            "length": rng.choice([n for n in range(4, 9) if n != length])}
