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


OTHER_SETS = ("Since the modulus is a function, each number has exactly one modulus  when divided "
              "by $7$. This means that the moduli partition the numbers from $1$ to $31$: every "
              "number belongs to exactly one of the sets of numbers with a particular modulus. We "
              "have already found the set for modulus $5$. Find the other sets.  • a $\\%7=0$: | ; "
              "• a $\\%7=1$: | ; • a $\\%7=2$: | ; • a $\\%7=3$: | ; • a $\\%7=4$: | ; • a "
              "$\\%7=6$: | .")
RELATED = ("We will say that two numbers between 1 and 31 are related, written $a \\sim b$ if their "
           "difference is a multiple of 7. So for example, $3 \\sim 24$, since $24-3 = 3\\cdot 7$, "
           "but $3 \\not\\sim 15$ since $15-3 = 12$ which is not a multiple of 7.\n\n")
CLASSES = ("We will write $[a]$ for the set of all numbers related to $a$. For example, $[7] = "
           "\\{7, 14, 21, 28\\}$. Find each of the following:\n\n$[1] =$ ;\n\n$[2] =$ ;\n\n"
           "$[3] =$ ;\n\n$[4] =$ ;\n\n$[5] =$ ;\n\n$[6] =$ .")
OVERLAP = " Are there any numbers that are in more than one of the sets $[a]$ above?"
# 1..31 by remainder mod 7: r, r + 7, ... up to 31
BY_REMAINDER = {r: sp.FiniteSet(*range(r or 7, 32, 7)) for r in range(7)}


@pytest.mark.parametrize(("text", "context", "answer"), [
    # Exercise 2.6.1.2(b): every remainder but 5: {7,14,21,28}, {1,8,...,29}, ..., {6,13,20,27}
    (OTHER_SETS, None, sp.Tuple(*(BY_REMAINDER[r] for r in (0, 1, 2, 3, 4, 6)))),
    (OTHER_SETS.replace("$\\%7=", "% 7 = ").replace("$: | ", ": ").replace("$: |", ":")
     .replace("• ", "").replace("$7$", "7").replace("$1$", "1").replace("$31$", "31")
     .replace("$5$", "5"), None, sp.Tuple(*(BY_REMAINDER[r] for r in (0, 1, 2, 3, 4, 6)))),
    # Exercise 2.6.1.1(c), a part: [a] is a's remainder class, [1] = {1,8,15,22,29}, ...,
    # [6] = {6,13,20,27} (its example [7] = {7,14,21,28} follows the same rule)
    (CLASSES, RELATED + CLASSES + "\n\n", sp.Tuple(*(BY_REMAINDER[r] for r in range(1, 7)))),    # the source's part goes on: "Are there any numbers ... in more than one of the sets [a]
    # above?" No: each number has one remainder mod 7 (the example [7] the remainder 0 too).
    (CLASSES + OVERLAP, RELATED + CLASSES + OVERLAP + "\n\n",
     sp.Tuple(*(BY_REMAINDER[r] for r in range(1, 7)), sp.false)),
])
def test_the_sets_of_each_remainder(text, context, answer):
    task, problem = solved(text, context)
    assert task.family == "relations.classes"
    assert problem.answer == answer
    with Sandbox() as box:
        run = box.run(problem.code, expected=sp.srepr(problem.answer))
    assert run.status == "ok" and run.equal, run


def test_remainder_sets_that_do_not_fit_their_words_are_not_read():
    # the set for 5 asked again though found already
    assert read_task("a", OTHER_SETS.replace("%7=6", "%7=5")).family is None
    # an example class the rule does not give
    wrong = CLASSES.replace("21, 28", "21, 29")
    assert read_task("b", wrong, context=RELATED + wrong).family is None
