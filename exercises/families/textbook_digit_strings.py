"""A posed family: strings of digits from a set, counted by the parity of their digits.

"Consider numbers ... with n digits, each digit from the set {1,2,3,4,5,6,7,8}. Let n=11. b. How
many such numbers are there for which the sum of the digits is even? c. How many such numbers
contain more even digits than odd digits?" are read by :mod:`formalize.counting_setups` into
``{"digits": [1, ..., 8], "length": 11, "condition": "even_sum" | "more_even"}``. The answer is a
closed formula over the E even and O odd digits ((E+O)^n + (E-O)^n)/2 strings with an even sum,
the sum of C(n,k) E^k O^(n-k) over k > n/2 with more even digits); the check builds the strings
digit by digit, keeping only the parity of the sum or the number of even digits so far.
"""

from __future__ import annotations

import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

CONDITIONS = {"even_sum": "the sum of the digits is even",
              "more_even": "there are more even digits than odd digits"}


def digit_strings(digits: list, length: int, condition: str) -> sympy.Integer:
    """Strings of ``length`` digits from ``digits`` meeting the condition, by formula."""
    even = sum(1 for d in digits if d % 2 == 0)
    odd = len(digits) - even
    if condition == "even_sum":
        return sympy.Integer(((even + odd) ** length + (even - odd) ** length) // 2)
    return sum((sympy.binomial(length, k) * sympy.Integer(even) ** k * odd ** (length - k)
                for k in range(length // 2 + 1, length + 1)), sympy.Integer(0))


def _digit_by_digit(digits: list[int], length: int, condition: str) -> int:
    """Grow the strings one digit at a time; a state is the sum's parity (or the count of even
    digits so far), with the number of strings in it."""
    states = {0: 1}
    for _ in range(length):
        grown: dict[int, int] = {}
        for state, ways in states.items():
            for d in digits:
                new = (state + d) % 2 if condition == "even_sum" else state + (d % 2 == 0)
                grown[new] = grown.get(new, 0) + ways
        states = grown
    if condition == "even_sum":
        return states.get(0, 0)
    return sum(ways for evens, ways in states.items() if evens > length - evens)


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    count = _digit_by_digit(p["digits"], p["length"], p["condition"])
    return [Check("build the strings digit by digit, keeping the parity that matters",
                  problem.answer == count, str(count))]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``digits`` (the allowed digits), ``length``, ``condition`` (a key of
    CONDITIONS)."""
    digits, length, condition = params["digits"], int(params["length"]), params["condition"]
    if condition not in CONDITIONS or length < 1 or not digits or len(set(digits)) != len(digits):
        raise ValueError("distinct digits, a length and a known condition")
    answer = digit_strings(digits, length, condition)
    listed = "{" + ",".join(map(str, digits)) + "}"
    opening = ["How many strings of {n} digits from {s} are there in which {c}?",
               "Count the {n}-digit strings with digits from {s} in which {c}.",
               "In how many strings of {n} digits, each from {s}, is it so that {c}?"][
        params.get("template", 0) % WORDINGS]
    statement = opening.format(n=length, s=listed, c=CONDITIONS[condition])
    even = sum(1 for d in digits if d % 2 == 0)
    steps = [f"There are {even} even and {len(digits) - even} odd digits to use.",
             ("Half the difference trick: $((E+O)^n + (E-O)^n)/2$ strings have an even sum."
              if condition == "even_sum" else
              "Choose the places of the even digits, more than half of them: "
              "$\\sum_{k>n/2} \\binom{n}{k} E^k O^{n-k}$."),
             f"That is ${answer}$."]
    return Problem(statement=statement, statement_latex=statement.replace("{", "\\{").replace(
        "}", "\\}"), answer=answer, steps=steps, code=_code(digit_strings, params), params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby length and a nearby top digit (the digits stay 1..m)."""
    top = max(2, min(9, max(params["digits"]) + rng.choice([-2, -1, 1])))
    return {**params, "digits": list(range(1, top + 1)),
            "length": max(2, params["length"] + rng.choice([-3, -2, -1, 1, 2]))}


@family("counting.digit_strings", verify=_verify, pose=_pose)
def strings(rng: random.Random, difficulty: int) -> Problem:
    """Digit strings with an even digit sum, or with more even than odd digits."""
    return _pose({"digits": list(range(rng.randint(0, 1), rng.randint(4, 9) + 1)),
                  "length": rng.randint(3, 4 + 3 * difficulty),
                  "condition": rng.choice(sorted(CONDITIONS)), "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.digit_strings": vary}
