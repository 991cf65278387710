"""Discrete Exercise 5.2.4.19: which combinations of injective and surjective a function can have,
with sets of one size or finite. Read part by part from the book's text (source and PDF), each
answer worked by hand and checked by the family's search for a function with the properties."""

import random

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.parts import context_of
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

POSSIBLE = (r"Suppose $f:X \to Y$ is a function. Which of the following are possible? Explain."
            "\n\n(a) $f$ is injective but not surjective.\n\n(b) $f$ is surjective but not "
            "injective.\n\n(c) $|X| = |Y|$ and $f$ is injective but not surjective.\n\n(d) "
            "$|X| = |Y|$ and $f$ is surjective but not injective.\n\n(e) $|X| = |Y|$, $X$ and $Y$ "
            "are finite, and $f$ is injective but not surjective.\n\n(f) $|X| = |Y|$, $X$ and $Y$ "
            "are finite, and $f$ is surjective but not injective.")
POSSIBLE_PDF = POSSIBLE.replace(" = ", "=").replace(":X \\to Y", ":X\\to Y")
# By hand: (a) {1} -> {1, 2}; (b) {1, 2} -> {1}; (c) n + 1 on the natural numbers misses 0; (d)
# floor(n/2) hits every n (at 2n) and sends 0 and 1 to 0; (e), (f) between finite sets of one
# size an injection hits all of Y and a surjection needs distinct images: impossible.
ANSWERS = [True, True, True, True, False, False]


@pytest.mark.parametrize("whole", [POSSIBLE, POSSIBLE_PDF])
@pytest.mark.parametrize("index", range(6))
def test_which_combinations_are_possible(whole, index) -> None:
    parts = [part.split(" ", 1)[1] for part in whole.split("\n\n")[1:]]
    task, problem = solved(parts[index], context_of(whole, parts, index))
    assert task.family == "functions.possible_kinds"
    assert problem.answer == sp.sympify(ANSWERS[index])


def test_what_stays_unread() -> None:
    parts = [part.split(" ", 1)[1] for part in POSSIBLE.split("\n\n")[1:]]
    # "injective but not injective" asks nothing; the same part under another instruction
    same = parts[0].replace("not surjective", "not injective")
    assert read_task("item", same, context=POSSIBLE.replace(parts[0], same)).family is None
    other = POSSIBLE.replace("Which of the following are possible? Explain.",
                             "Prove that none of the following happen.")
    assert read_task("item", parts[4], context=context_of(other, parts, 4)).family is None


def test_drawn_problems_and_variants_pass_their_checks() -> None:
    family, rng = FAMILIES["functions.possible_kinds"], random.Random(3)
    for seed in range(8):
        assert all(c.passed for c in family.verify(family.make(seed, 1)))
    varied = vary("functions.possible_kinds", {"injective": True, "surjective": False,
                                               "same_size": True, "finite": True}, rng)
    assert all(c.passed for c in family.verify(family.pose(varied)))
