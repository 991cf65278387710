"""Relations on the integers given by a condition (Levin's Discrete Mathematics, 2.6 exercises):
read, decided exactly, checked by a walk over [-40, 40], compared with the book's words."""

from __future__ import annotations

import dataclasses
import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import OWN_REDRAW
from tests.book_items import solved

FAMILY = "relations.predicate_properties"
REFLEXIVE = "Which of the following relations on the integers are reflexive?"
TRANSITIVE = "Which of the following relations on the integers are transitive?"
EVERY = ("For the following relations on the set of all integers, determine whether the relation "
         "is any of reflexive, irreflexive, symmetric, antisymmetric, and transitive:")


def _part(condition: str) -> str:
    return f"$x\\sim y$ if and only if {condition}."


# (the exercise's instruction, a part's condition, the book's answer: Discrete 2.6.7.1, 2.6.7.3)
BOOK = [
    (REFLEXIVE, "$x+y$ is odd", "Not reflexive, since, for example, $0+0=0$ is not odd."),
    (REFLEXIVE, "$x+y$ is positive", ("Not reflexive, since, for example, $(-1)+(-1)$ is not "
     "positive.")),
    (REFLEXIVE, "$xy$ is positive", "Not reflexive. $0\\cdot0$ is not positive."),
    (TRANSITIVE, "$x+y$ is odd", "Not transitive. For example, $1\\sim2$ and $2\\sim3$, but $1/3$."),
    (TRANSITIVE, "$xy\\geq0$", ("Not transitive. For example, $-1\\sim0$ and $0\\sim1$, but "
     "$-1\\sim1$.")),
]


@pytest.mark.parametrize(("instruction", "condition", "answer"), BOOK)
def test_parts_are_decided_as_the_book_answers(instruction, condition, answer) -> None:
    part = _part(condition)
    task, problem = solved(part, context=f"{instruction} (a) {part}")
    assert task.family == FAMILY
    assert compare_with_book(problem.answer, answer).status == "match"


def test_what_holds_is_proved_and_what_fails_has_a_counterexample() -> None:
    """2.6.7.6 as the source prints it (no part labels): four conditions, five properties."""
    text = EVERY + "\n\n" + "\n\n".join(
        f"$x \\sim y$ if and only if {c}." for c in
        ("$x+y = 0$", "$x - y$ is an integer", "$x=2y$", "$xy \\gt 1$"))
    _, problem = solved(text)
    said = [{s.name for s in found} for found in problem.answer]
    assert said[1] == {"reflexive", "not irreflexive", "symmetric", "not antisymmetric",
                       "transitive"}  # x - y is always an integer: an equivalence
    assert said[2] == {"not reflexive", "not irreflexive", "not symmetric", "antisymmetric",
                       "not transitive"}  # x = 2y and y = 2x only at 0: antisymmetric
    assert {"symmetric", "not transitive"} <= said[3]  # 1*2 > 1, 2*1 > 1, but 1*1 = 1
    code = {}
    exec(problem.code, code)  # noqa: S102 - the family's own solve() program
    assert code["solve"]() == problem.answer


@pytest.mark.parametrize("text", [
    # on people: no condition to decide (Discrete 2.6.7.5(a))
    ("For each of the following relations on the set of all people, determine whether the "
    "relation is any of reflexive, irreflexive, symmetric, anitsymmetric, and transitive. "
    "$a\\sim b$ if and only if $a$ is older than $b$."),
    # transitive (|x| <= |y| <= |z|), but only a proof SymPy does not give would say so
    f"{TRANSITIVE} $x\\sim y$ if and only if $x^2\\leq y^2$.",
    # asks for a proof as well
    f"{TRANSITIVE} Prove your answer. $x\\sim y$ if and only if $x+y$ is even.",
])
def test_items_that_cannot_be_decided_or_ask_more_are_not_read(text) -> None:
    assert read_task("item", text).family != FAMILY


def test_the_check_rejects_a_wrong_verdict_and_variants_verify() -> None:
    _, problem = solved(f"{TRANSITIVE} $x\\sim y$ if and only if $y-x$ is a multiple of $10$.")
    family = FAMILIES[FAMILY]
    wrong = dataclasses.replace(problem, answer=sp.FiniteSet(sp.Symbol("not transitive")))
    assert not all(c.passed for c in family.verify(wrong))
    varied = family.pose(OWN_REDRAW[FAMILY](problem.params, random.Random(3)))
    assert all(c.passed for c in family.verify(varied))
    drawn = family.generate(random.Random(5), 3)
    assert all(c.passed for c in family.verify(drawn))


# Exercise 2.6.6.1 as the PDF prints it (the source: "$b-a \\ge 4$", "$(2,7) \\in R$")
GAP = ("Consider the relation $R$ defined on the integers that holds of $a$ and $b$ precisely if "
       "$b-a\\geq4$. So for example, $(2,7)\\in R$ but $(8,6)\\notin R$. Which of the following "
       "properties of relations does $R$ have?\n\nA. $R$ is reflexive.\n\nB. $R$ is "
       "irreflexive.\n\nC. $R$ is symmetric.\n\nD. $R$ is antisymmetric.\n\nE. $R$ is "
       "transitive.")


@pytest.mark.parametrize("text", [GAP, GAP.replace("\\geq4", " \\ge 4").replace(
    ")\\in", ") \\in").replace(")\\notin", ") \\notin")])
def test_a_condition_on_the_gap_b_minus_a(text) -> None:
    """The book: "A. Incorrect. ... $2-2 = 0$, which is not greater than or equal to $4$. B.
    Correct." By hand: a - a = 0 < 4, so irreflexive, not reflexive; 7 - 2 >= 4 but 2 - 7 < 4,
    not symmetric; b - a >= 4 and a - b >= 4 would sum to 0 >= 8, antisymmetric; b - a >= 4 and
    c - b >= 4 give c - a >= 8 >= 4, transitive."""
    task, problem = solved(text)
    assert task.family == FAMILY
    assert {s.name for s in problem.answer} == {"not reflexive", "irreflexive", "not symmetric",
                                               "antisymmetric", "transitive"}
    code = {}
    exec(problem.code, code)  # noqa: S102 - the family's own solve() program
    assert code["solve"]() == problem.answer
    # examples that do not fit the condition as read: not read
    assert read_task("item", text.replace("(8,6)", "(2,9)")).family != FAMILY
