"""The classes of a relation on a set of whole numbers, as Levin's section 2.6 asks for them
(PDF and PreTeXt wording), answered, checked pair by pair, run as programs, varied."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

MULTIPLE = ("Find the relation classes for the “is a multiple of” relation on the set $A=$ "
            "$\\{1,2,3,4,5,6\\}$.")
FIVE_MOD_SEVEN = ("Find all the numbers $a$ between $1$ and $31$ that are $5\\mod7$. That is, find  "
                  "all $a$ such that a $\\%7=5$.")


@pytest.mark.parametrize(("text", "answer"), [
    # Example 2.6.18: [a] holds the b that a is a multiple of, its divisors (the book: [1]={1},
    # [2]={1,2}, [3]={1,3}, [4]={1,2,4}, [5]={1,5}, [6]={1,2,3,6})
    (MULTIPLE, sp.Tuple(*(sp.FiniteSet(*s) for s in ([1], [1, 2], [1, 3], [1, 2, 4], [1, 5],
                                                     [1, 2, 3, 6])))),
    (MULTIPLE.replace("$A=$ $", "$A = ").replace("$\\{1", "\\{1"), None),
    # Exercise 2.6.1.2(a): 5, then + 7 while at most 31: 5, 12, 19, 26
    (FIVE_MOD_SEVEN, sp.FiniteSet(5, 12, 19, 26)),
    (("Find all the numbers $a$ between 1 and 31 that are $5 \\mod 7$. That is, find all $a$ "
      "such that a % 7 = 5."), sp.FiniteSet(5, 12, 19, 26)),
])
def test_relation_classes_are_read_solved_and_checked(text, answer):
    task, problem = solved(text)
    assert task.family == "relations.classes"
    expected = answer if answer is not None else solved(MULTIPLE)[1].answer
    assert problem.answer == expected
    with Sandbox() as box:
        run = box.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run
    family = FAMILIES["relations.classes"]
    problem.answer = sp.FiniteSet(5, 12, 19) if problem.answer == answer and not isinstance(
        answer, sp.Tuple) else sp.Tuple(*[sp.FiniteSet(1)] * 6)
    assert not any(c.passed for c in family.verify(problem))
    for seed in range(3):
        params = vary(task.family, task.params, random.Random(seed))
        assert all(c.passed for c in family.verify(family.pose(params)))


def test_remainders_stated_two_ways_must_agree():
    assert read_task("a", FIVE_MOD_SEVEN.replace("%7=5", "%7=4")).family is None
