"""Sums and products written out with dots, rewritten in sigma or pi notation (Levin's
Discrete Mathematics, Exercise 4.1.7.10): read, solved, checked term by term."""

from __future__ import annotations

import dataclasses
import random

import pytest
import sympy as sp

from exercises.families.textbook_sigma import K, N
from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import OWN_REDRAW
from tests.book_items import solved

FAMILY = "sequences.sigma_notation"
ASK = "Use summation $(\\sum)$ or product $(\\prod)$ notation to rewrite the following."


@pytest.mark.parametrize(("part", "expected"), [  # the book's answers, Discrete 4.1.7.10(a)-(e)
    ("$2+4+6+8+\\dots+2n$.", sp.Sum(2 * K, (K, 1, N))),
    ("$1+5+9+13+\\dots+425$.", sp.Sum(1 + 4 * (K - 1), (K, 1, 107))),
    ("$1+\\frac{1}{2}+\\frac{1}{3}+\\frac{1}{4}+\\dots+\\frac{1}{50}$.", sp.Sum(1 / K, (K, 1, 50))),
    ("$2\\cdot4\\cdot6\\cdot\\dots\\cdot2n$.", sp.Product(2 * K, (K, 1, N))),
    ("$(\\frac{1}{2})(\\frac{2}{3})(\\frac{3}{4})\\dots(\\frac{100}{101})$.",
     sp.Product(K / (K + 1), (K, 1, 100))),
])
def test_parts_are_rewritten_as_the_book_does(part, expected) -> None:
    task, problem = solved(part, context=f"{ASK} (a) {part}")
    assert task.family == FAMILY
    assert type(problem.answer) is type(expected)
    assert problem.answer.limits == expected.limits
    assert sp.simplify(problem.answer.function - expected.function) == 0
    code = {}
    exec(problem.code, code)  # noqa: S102 - the family's own solve() program
    assert code["solve"]() == problem.answer


def test_the_notation_may_be_named_by_its_symbol() -> None:
    """Discrete Example 4.1.10: "Use $\\sum$ notation", the last term an expression in n."""
    _, problem = solved("Use $\\sum$ notation to rewrite the sums: 1. $1+2+4+8+\\dots+2^{50}$ "
                        "2. $6+10+14+\\dots+(4n-2)$.")
    first, second = problem.answer
    assert first == sp.Sum(2 ** (K - 1), (K, 1, 51))
    assert second.limits[0][2] == N - 1 and second.function == 4 * K + 2


@pytest.mark.parametrize("text", [
    f"{ASK} Then find the value of $1+5+9+13+\\dots+425$.",  # asks for the value as well
    f"{ASK} $1+2+4+7+\\dots+100$.",  # no general term of the shapes read fits 1, 2, 4, 7
    "Find $1+5+9+13+\\dots+425$.",  # the sum's value, not the notation
])
def test_items_asking_something_else_are_not_read(text) -> None:
    assert read_task("item", text).family != FAMILY


def test_the_check_rejects_a_wrong_limit_and_variants_verify() -> None:
    _, problem = solved(f"{ASK} $1+5+9+13+\\dots+425$.")
    family = FAMILIES[FAMILY]
    wrong = dataclasses.replace(problem, answer=sp.Sum(4 * K - 3, (K, 1, 106)))
    assert not all(c.passed for c in family.verify(wrong))
    varied = family.pose(OWN_REDRAW[FAMILY](problem.params, random.Random(2)))
    assert varied.params != problem.params and all(c.passed for c in family.verify(varied))
    for seed in range(3):
        drawn = family.generate(random.Random(seed), 3)
        assert all(c.passed for c in family.verify(drawn)), drawn.params


def test_the_books_answer_verifies_in_its_own_symbols() -> None:
    """The book's answer to Discrete 4.1.7.10(d), ``\\prod_{k=1}^n 2k``, is checked in place of
    the computed one (formalize.agreement): SymPy reads its k and n without the family's
    assumptions, and the check is the same. By hand: 2*4*6*...*2n is the product of 2k for
    k = 1..n; 2^k at k = 1, 2, 3 gives 2, 4, 8, not the written 6, so that one is refused."""
    _, problem = solved("$2\\cdot4\\cdot6\\cdot\\dots\\cdot2n$.",
                        context=f"{ASK} (d) $2\\cdot4\\cdot6\\cdot\\dots\\cdot2n$.")
    family = FAMILIES[FAMILY]
    k, n = sp.symbols("k n")  # as parse_latex gives them
    book = dataclasses.replace(problem, answer=sp.Product(2 * k, (k, 1, n)))
    assert all(c.passed for c in family.verify(book))
    wrong = dataclasses.replace(problem, answer=sp.Product(2 ** k, (k, 1, n)))
    assert not all(c.passed for c in family.verify(wrong))
