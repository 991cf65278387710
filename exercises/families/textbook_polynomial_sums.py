"""A posed family: the total of a sequence's first terms, its terms a polynomial in n found from
the listed ones by their differences.

"... a candy machine that gives 4 Skittles to the first customer, 7 to the second, 12 to the
third, 19 to the fourth, etc. How many Skittles has the machine given out in total after 20
quarters are put into the machine? After n quarters?" is read by :mod:`formalize.recurrences`
into ``{"terms": ["4", "7", "12", "19"], "count": "20"}`` (and ``"n"``): the differences of the
listed terms become constant (3, 5, 7; then 2, 2) before the list ends, so the terms are the
polynomial of that degree through them (n^2 + 3), and the total of the first N is its sum (a
polynomial of one degree more in N). The check extends the difference table term by term and
adds the terms up, for the count asked or, for a total in n, for the first counts.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

CHECKED_UP_TO = 10  # a total in n is compared with the running totals of 1 to 10 terms


def settled_degree(terms: list[int]) -> int | None:
    """The degree of the polynomial through the terms: the differences' row that is constant,
    with a term to spare (a degree the list only just determines is no pattern); None if none."""
    row, degree = list(terms), 0
    while len(row) > 1:
        if len(set(row)) == 1:
            return degree
        row = [b - a for a, b in itertools.pairwise(row)]
        degree += 1
    return None


def polynomial_total(terms: list[str], count: str) -> sympy.Expr:
    """The sum of the first ``count`` terms (a number, or n) of the polynomial through ``terms``
    (a_1, a_2, ...): the interpolating polynomial of the least degree, summed."""
    n, k = sympy.Symbol("n"), sympy.Symbol("k", integer=True)
    values = [sympy.Integer(t) for t in terms]
    term = sympy.interpolate(list(zip(range(1, len(values) + 1), values, strict=True)), k)
    total = sympy.factor(sympy.summation(term, (k, 1, n)))
    return total if count == "n" else total.subs(n, sympy.Integer(count))


def _extended(terms: list[int], count: int) -> list[int]:
    """The first ``count`` terms, the difference table's constant row carried on."""
    table = [list(terms)]
    while len(set(table[-1])) > 1:
        table.append([b - a for a, b in itertools.pairwise(table[-1])])
    while len(table[0]) < count:
        table[-1].append(table[-1][-1])
        for row in range(len(table) - 2, -1, -1):
            table[row].append(table[row][-1] + table[row + 1][-1])
    return table[0][:count]


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    terms = [int(t) for t in p["terms"]]
    if p["count"] != "n":
        added = sum(_extended(terms, int(p["count"])))
        return [Check("carry the difference table on term by term and add the terms",
                      problem.answer == added, str(added))]
    n = sympy.Symbol("n")
    running = list(itertools.accumulate(_extended(terms, CHECKED_UP_TO)))
    wrong = [m for m in range(1, CHECKED_UP_TO + 1) if problem.answer.subs(n, m) != running[m - 1]]
    return [Check(f"the total in n at n = 1..{CHECKED_UP_TO} against the terms, carried on by the "
                  "difference table, added up", not wrong, str(wrong))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``terms`` (the first terms listed, as strings), ``count`` (how many terms are
    added: a number, or "n")."""
    terms, count = params["terms"], str(params["count"])
    degree = settled_degree([int(t) for t in terms])
    if degree is None or not (count == "n" or count.isdigit() and int(count) >= 1):
        raise ValueError("listed terms whose differences settle, and a count of terms")
    answer = polynomial_total(terms, count)
    listed = ", ".join(terms)
    said = "n" if count == "n" else count
    statement = [(f"The sequence {listed}, ... continues by its pattern. What is the sum of its "
                  f"first {said} terms?"),
                 f"Add up the first {said} terms of the sequence {listed}, ....",
                 f"Find the total of the first {said} terms of {listed}, ...."][
        params.get("template", 0) % WORDINGS]
    k = sympy.Symbol("k", integer=True)
    term = sympy.expand(sympy.interpolate(
        list(zip(range(1, len(terms) + 1), [sympy.Integer(t) for t in terms], strict=True)), k))
    steps = [f"The differences settle at row {degree}: the k-th term is ${sympy.latex(term)}$.",
             f"Its sum from $k = 1$ to ${said}$ is ${sympy.latex(answer)}$."]
    return Problem(statement=statement, statement_latex=statement, answer=answer, steps=steps,
                   code=_code(polynomial_total, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A quadratic's first terms with other coefficients, the same count."""
    a, b, c = rng.randint(1, 3), rng.randint(-2, 4), rng.randint(0, 6)
    terms = [str(a * i * i + b * i + c) for i in range(1, len(params["terms"]) + 1)]
    return {**params, "terms": terms}


@family("sequences.polynomial_sum", verify=_verify, pose=_pose)
def polynomial_sum(rng: random.Random, difficulty: int) -> Problem:
    """The total of a sequence's first terms, the sequence a polynomial seen in its first terms."""
    degree = 1 + (difficulty > 2)
    coefficients = [rng.randint(1, 4) for _ in range(degree + 1)]
    terms = [str(sum(c * i ** e for e, c in enumerate(coefficients))) for i in range(1, degree + 4)]
    count = "n" if rng.random() < 0.3 else str(rng.randint(5, 10 * difficulty + 5))
    return _pose({"terms": terms, "count": count, "template": rng.randrange(WORDINGS)})


REDRAW = {"sequences.polynomial_sum": vary}
