"""A posed family: what the sizes of two sets say about their intersection, union and product.

"Suppose you have sets A and B with |A| = 9 and |B| = 19. (a) What is the largest possible value
for |A ∩ B|? (b) What is the smallest possible value for |A ∩ B|? (c) What are the possible values
for |A ∪ B|?" and "If |A| = 5 and |B| = 2, what is |A ∪ B| + |A ∩ B|?" are read by
:mod:`formalize.counting_setups` into ``{"a": 9, "b": 19, "want": ...}``. Nothing else is known of
the sets, so the intersection runs from 0 (disjoint) to the smaller size (one inside the other),
the union from the larger size to the sum, and |A ∪ B| + |A ∩ B| = |A| + |B| always
(inclusion-exclusion). "Let $A = \\{2, 4, 6, 8\\}$. Suppose $B$ is a set with $|B| = 5$. What are
the smallest and largest possible values of $|A \\cup B|$?" asks the extremes as a pair (``want``
``union_extremes``, ``intersection_extremes``, ``product_extremes``): A's listed elements fix only
its size when nothing else is known of B, and |A × B| = |A| |B| is the same for every B. The
check builds two sets of the sizes overlapping in each possible way and measures them (the
product by listing its pairs), and lists every pair of subsets of a small universe that could
hold them.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

ASKED = {"largest_intersection": "the largest possible value of |A ∩ B|",
         "smallest_intersection": "the smallest possible value of |A ∩ B|",
         "union_values": "the possible values of |A ∪ B|",
         "union_plus_intersection": "|A ∪ B| + |A ∩ B|",
         "union_extremes": "the smallest and largest possible values of |A ∪ B|",
         "intersection_extremes": "the smallest and largest possible values of |A ∩ B|",
         "product_extremes": "the smallest and largest possible values of |A × B|"}
LISTED_UP_TO = 4  # the sizes of the shrunken instance whose pairs of subsets are all listed


def two_sets(a: int, b: int, want: str) -> sympy.Basic:
    """By the sizes alone: the intersection from 0 to min(a, b), the union from max(a, b) to
    a + b, their sum a + b, the product a b; extremes as the pair (smallest, largest)."""
    if want == "largest_intersection":
        return sympy.Integer(min(a, b))
    if want == "smallest_intersection":
        return sympy.Integer(0)
    if want == "union_values":
        return sympy.FiniteSet(*range(max(a, b), a + b + 1))
    if want == "union_extremes":
        return sympy.Tuple(max(a, b), a + b)
    if want == "intersection_extremes":
        return sympy.Tuple(0, min(a, b))
    if want == "product_extremes":
        return sympy.Tuple(a * b, a * b)
    return sympy.Integer(a + b)


def _measured(pairs: list[tuple[set, set]], want: str) -> sympy.Basic:
    """The answer read off actual pairs of sets: the extremes of their intersections, the values
    their unions take, or the value the sum takes (all its values, when it varies); the extremes
    of the union, the intersection or the product listed pair by pair."""
    meets = [len(x & y) for x, y in pairs]
    measure = {"union_extremes": lambda x, y: len(x | y), "intersection_extremes": lambda x, y:
               len(x & y), "product_extremes": lambda x, y: len(list(itertools.product(x, y)))}
    if want in measure:
        sizes = [measure[want](x, y) for x, y in pairs]
        return sympy.Tuple(min(sizes), max(sizes))
    if want == "largest_intersection":
        return sympy.Integer(max(meets))
    if want == "smallest_intersection":
        return sympy.Integer(min(meets))
    if want == "union_values":
        return sympy.FiniteSet(*{len(x | y) for x, y in pairs})
    sums = {len(x | y) + len(x & y) for x, y in pairs}
    return sympy.Integer(sums.pop()) if len(sums) == 1 else sympy.FiniteSet(*sums)


def _built(a: int, b: int) -> list[tuple[set, set]]:
    """Two sets of sizes a and b sharing each number of elements they can: A = {0..a-1} and B
    slid along from after A to inside it (or around it)."""
    return [(set(range(a)), set(range(a - shared, a - shared + b))) for shared in
            range(min(a, b) + 1)]


def _every_pair(a: int, b: int) -> list[tuple[set, set]]:
    """Every pair of subsets of sizes a and b of a universe of a + b elements (room for them to
    be disjoint)."""
    universe = range(a + b)
    return [(set(x), set(y)) for x in itertools.combinations(universe, a)
            for y in itertools.combinations(universe, b)]


def _verify(problem: Problem) -> list[Check]:
    a, b, want = (problem.params[key] for key in ("a", "b", "want"))
    small = (min(a, LISTED_UP_TO), min(b, LISTED_UP_TO + 1))
    return [Check("build two sets of the sizes overlapping in each possible way and measure them",
                  _measured(_built(a, b), want) == problem.answer, ""),
            Check(f"list every pair of subsets of sizes {small} of a {sum(small)}-element universe "
                  "against the formula (a shrunken instance)",
                  _measured(_every_pair(*small), want) == two_sets(*small, want), "")]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``a``, ``b`` (the sizes of A and B), ``want`` (a key of ASKED)."""
    a, b, want = int(params["a"]), int(params["b"]), params["want"]
    if want not in ASKED or min(a, b) < 0:
        raise ValueError("two sizes and a known question")
    answer = two_sets(a, b, want)
    statement = ["Suppose |A| = {a} and |B| = {b}. What is {w}?",
                 "Sets A and B have |A| = {a} and |B| = {b}. Find {w}.",
                 "Given |A| = {a} and |B| = {b}, what is {w}?"][
        params.get("template", 0) % WORDINGS].format(a=a, b=b, w=ASKED[want])
    steps = [(f"$A \\cap B$ is inside both sets: at most $\\min({a},{b}) = {min(a, b)}$ elements, "
              "and none when the sets are disjoint."),
             (f"$|A \\cup B| = |A| + |B| - |A \\cap B|$ runs from ${max(a, b)}$ to ${a + b}$, and "
              f"$|A \\cup B| + |A \\cap B| = |A| + |B| = {a + b}$."),
             f"$|A \\times B| = |A| \\cdot |B| = {a * b}$ whatever the sets hold.",
             f"So the answer is ${sympy.latex(answer)}$."]
    latex = statement.replace("∩", "$\\cap$").replace("∪", "$\\cup$").replace("×", "$\\times$")
    return Problem(statement=statement, statement_latex=latex, answer=answer, steps=steps,
                   code=_code(two_sets, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Other sizes nearby (the same question)."""
    return {**params, "a": max(1, params["a"] + rng.choice([-3, -2, -1, 1, 2, 3])),
            "b": max(1, params["b"] + rng.choice([-3, -2, -1, 1, 2, 3]))}


@family("counting.two_sets", verify=_verify, pose=_pose)
def sets(rng: random.Random, difficulty: int) -> Problem:
    """The extremes of the intersection, the union or the product, the union's values, or the
    sum, from two sizes."""
    return _pose({"a": rng.randint(1, 5 * difficulty), "b": rng.randint(1, 5 * difficulty + 5),
                  "want": rng.choice(sorted(ASKED)), "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.two_sets": vary}
