"""A posed family for the birthday problem of the discrete book.

"There are 365 days in a year. (c) What is the probability that 30 people have no repeated
birthdays?", "... (e) What is the smallest number of people you would need to have a greater
than 90% chance that at least two share a birthday?" are read by :mod:`formalize.counting` into
``{"days": 365, "people": 30, "want": "distinct"}`` or ``{"days": 365, "chance": 90, "want":
"fewest"}``. SymPy counts: P(days, people) / days^people sequences with no repeat (its falling
factorial); the check multiplies the chances person by person in Python fractions, and for the
fewest people checks that one person fewer falls short of the chance.
"""

from __future__ import annotations

import random
import re
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family


def distinct_chance(days: int, people: int) -> sp.Rational:
    """The probability that ``people`` birthdays, each of ``days`` equally likely, all differ."""
    return sp.Rational(sp.ff(days, people), sp.Integer(days) ** people)


def fewest_people(days: int, chance: int) -> sp.Integer:
    """The fewest people for which two share a birthday with probability above chance/100."""
    people = 1
    while 1 - distinct_chance(days, people) <= sp.Rational(chance, 100):
        people += 1
    return sp.Integer(people)


def _opening(params: dict[str, Any], days: int) -> str:
    """The statement's first words, in the wording ``params["template"]`` picks (0 for books)."""
    return [f"With {days} equally likely birthdays, ",
            f"A year has {days} days, each as likely a birthday as any other: ",
            f"If every one of {days} days is an equally likely birthday, "][
        params.get("template", 0) % 3]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``days``; ``want`` "distinct" or "shared" with ``people``, or "fewest" with
    ``chance`` (a percentage the probability of a shared birthday must exceed)."""
    days, want = int(params["days"]), params["want"]
    if want == "fewest":
        chance = int(params["chance"])
        if not 0 < chance < 100 or days < 2:
            raise ValueError("a chance strictly between 0% and 100%")
        answer = fewest_people(days, chance)
        statement = _opening(params, days) + (f"what is the smallest number of people for a greater "
                                              f"than {chance}% chance that at least two share a "
                                              "birthday?")
        steps = ["Two share a birthday with probability $1 - P(d, n)/d^n$.",
                 f"It first exceeds ${chance}\\%$ at $n = {answer}$."]
        code = f"def solve():\n    return fewest_people({days}, {chance})\n"
    else:
        people = int(params["people"])
        if not 1 <= people <= days:
            raise ValueError("no more people than days")
        distinct = distinct_chance(days, people)
        answer = distinct if want == "distinct" else 1 - distinct
        what = (f"{people} people have no repeated birthdays" if want == "distinct"
                else f"at least two of {people} people share a birthday")
        statement = _opening(params, days) + f"what is the probability that {what}?"
        steps = [(f"Sequences of birthdays: ${days}^{{{people}}}$; with no repeat: "
                 f"$P({days},{people})$."),
                 "No repeat: their ratio" + ("." if want == "distinct" else "; a shared birthday: "
                                            "one minus it.")]
        code = f"def solve():\n    return answer_for({days}, {people}, {want!r})\n"
    return Problem(
        statement=statement,
        statement_latex=re.sub(r"\d+", r"$\g<0>$", statement).replace("%", "\\%"), answer=answer,
        steps=steps,
        code=("import sympy\n\n\n"
              "def distinct_chance(days, people):\n"
              "    return sympy.Rational(sympy.ff(days, people), sympy.Integer(days) ** people)\n\n\n"
              "def answer_for(days, people, want):\n"
              "    distinct = distinct_chance(days, people)\n"
              "    return distinct if want == 'distinct' else 1 - distinct\n\n\n"
              "def fewest_people(days, chance):\n"
              "    people = 1\n"
              "    while 1 - distinct_chance(days, people) <= sympy.Rational(chance, 100):\n"
              "        people += 1\n"
              "    return sympy.Integer(people)\n\n\n" + code),
        params=params,
    )


def _all_differ(days: int, people: int) -> Fraction:
    """Person by person: the k-th misses the k - 1 birthdays before, (days - k + 1)/days."""
    chance = Fraction(1)
    for k in range(people):
        chance *= Fraction(days - k, days)
    return chance


def _verify(problem: Problem) -> list[Check]:
    params, days = problem.params, int(problem.params["days"])
    if params["want"] == "fewest":
        n, above = int(problem.answer), Fraction(int(params["chance"]), 100)
        ok = 1 - _all_differ(days, n) > above and 1 - _all_differ(days, n - 1) <= above
        return [Check("person by person in fractions: n people exceed the chance, n - 1 do not",
                      ok)]
    distinct = _all_differ(days, int(params["people"]))
    expected = distinct if params["want"] == "distinct" else 1 - distinct
    return [Check("the chances multiplied person by person in fractions",
                  problem.answer == sp.Rational(expected.numerator, expected.denominator))]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another number of people, or another chance."""
    if params["want"] == "fewest":
        return {**params, "chance": rng.choice([c for c in (25, 50, 75, 90, 95, 99)
                                                if c != int(params["chance"])])}
    return {**params, "people": rng.choice([p for p in range(10, 61, 5) if p != int(params["people"])])}


@family("probability.birthdays", verify=_verify, pose=_pose)
def birthdays(rng: random.Random, difficulty: int) -> Problem:
    """The birthday problem: no repeat among so many people, a shared one, the fewest people."""
    want, template = rng.choice(["distinct", "shared", "fewest"]), rng.randrange(3)
    if want == "fewest":
        return _pose({"days": 365, "want": want, "chance": rng.choice([50, 75, 90]),
                      "template": template})
    return _pose({"days": 365, "want": want, "people": rng.randint(5, 10 + 10 * difficulty),
                  "template": template})
