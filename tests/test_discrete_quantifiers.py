"""Quantified statements about a predicate given by its table (Levin's Discrete Mathematics,
Exercise 1.1.5.10): read from the PDF's words, walked, checked by a SymPy expansion."""

from __future__ import annotations

import dataclasses
import random

import sympy as sp

from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import OWN_REDRAW
from tests.book_items import solved

FAMILY = "logic.quantified_table"
# The exercise as the PDF's text layer gives it: the table is words and numbers.
SETUP = ("Suppose $P(x,y)$ is some binary predicate defined on a very small domain of discourse: "
         "just the integers $1$, $2$, $3$, and $4$. For each of the $16$ pairs of these numbers, "
         "$P(x,y)$ is either true or false, according to the following table ($x$ values are "
         "rows, $y$ values are columns).\n\n1 2 3 4 $1$ T F F F $2$ F T T F $3$ T T T T $4$ F F "
         "F F\n\nFor example, $P(1,3)$ is false, as indicated by the F in the first row, third "
         "column.\n\nUse the table to decide whether the following statements are true or "
         "false.")


def test_each_part_is_decided_from_the_table() -> None:
    """Row 3 is all T, row 4 all F, every column has a T, no column is all T."""
    expected = {"\\forall y\\exists xP(x,y)": sp.true, "\\exists x\\forall yP(x,y)": sp.true,
                "\\forall x\\exists yP(x,y)": sp.false, "\\exists y\\forall xP(x,y)": sp.false}
    for latex, value in expected.items():
        part = f"${latex}$."
        task, problem = solved(part, context=f"{SETUP}\n\n(a) {part}")
        assert task.family == FAMILY and problem.answer == value, latex
    code = {}
    exec(problem.code, code)  # noqa: S102 - the family's own solve() program
    assert code["solve"]() == problem.answer


def test_statements_of_other_forms_and_other_asks_are_not_read() -> None:
    swapped = f"{SETUP}\n\n(a) $\\forall x\\exists yP(y,x)$."  # the table turned: not read
    negated = f"{SETUP} Then negate each statement.\n\n(a) $\\forall x\\exists yP(x,y)$."
    no_rows = SETUP.replace("($x$ values are rows, $y$ values are columns)", "") + \
        "\n\n(a) $\\forall x\\exists yP(x,y)$."
    for text in (swapped, negated, no_rows):
        assert read_task("item", text).family != FAMILY


def test_the_check_rejects_a_wrong_value_and_variants_verify() -> None:
    _, problem = solved(f"{SETUP}\n\n(a) $\\forall x\\exists yP(x,y)$.")
    family = FAMILIES[FAMILY]
    assert not all(c.passed for c in family.verify(dataclasses.replace(problem, answer=sp.true)))
    varied = family.pose(OWN_REDRAW[FAMILY](problem.params, random.Random(4)))
    assert all(c.passed for c in family.verify(varied))
    assert all(c.passed for c in family.verify(family.generate(random.Random(1), 2)))
