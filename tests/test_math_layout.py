"""A formula reads the same however its author spaced it (:func:`formalize.latex.laid_out`).

The PDF's rebuilt math has no white space ("$|A|=13$", "$f:A\\to B$"); a source's author writes
"$|A| = 13$", "$f: A \\to B$", "$f(1) \\ne 1$", and WeBWorK sets "${27}$". Readers written
against the PDF read the source's spelling too. The items are Levin's Discrete Mathematics as
its PreTeXt LaTeX (``dmoi.tex``) writes them; the answers are worked by hand in the comments.
"""

from __future__ import annotations

import math

import pytest

from formalize.latex import laid_out
from formalize.parts import context_of
from tests.book_items import solved


@pytest.mark.parametrize(("written", "laid"), [
    ("with $|A| = 13$ and $|B| = 22$", "with $|A|=13$ and $|B|=22$"),
    ("functions $f: A \\to B$", "functions $f:A\\to B$"),  # \to B: a command's name ends at B
    ("$f(1) \\ne 1$ or $a \\lt b$", "$f(1)\\neq1$ or $a<b$"),
    ("starts $3, {27}, {243},\\ldots$", "starts $3,27,243,\\dots$"),  # WeBWorK's groups
    ("$\\frac{1}{2}$ and $\\binom{5}{2}$", "$\\frac{1}{2}$ and $\\binom{5}{2}$"),  # arguments
    ("$a_1a_2 \\dots a_n$", "$a_1a_2\\dots a_n$"),  # scripts as written
    ("$x = 1 \\text{ and } y$", "$x=1\\text{ and }y$"),  # words in \text kept
    ("$1 \\quad 6 \\quad 15$", "$1\\quad6\\quad15$"),
    ("$12 34$", "$12 34$"),  # two numbers stay two
    ("$2 \\\\ a$", "$2 \\\\ a$"),  # a row's end
    # a PDF's dollar sign opened math over words: left alone
    ("Your group has $17 to spend (and will spend all of it). $4$",
     "Your group has $17 to spend (and will spend all of it). $4$"),
])
def test_math_is_laid_out_one_way(written: str, laid: str) -> None:
    assert laid_out(written) == laid


# Exercise 10, 3.4.6 Practice Problems, as dmoi.tex writes it (line 13105)
FUNCTIONS = ("Consider sets $A$ and $B$ with $|A| = 13$ and $|B| = 22$.\n\n(a) How many functions "
             "$f: A \\to B$ are there?\n\n(b) How many functions $f: A \\to B$ are injective?")
FUNCTION_PARTS = ["How many functions $f: A \\to B$ are there?",
                  "How many functions $f: A \\to B$ are injective?"]


@pytest.mark.parametrize(("own", "expected"), [
    (0, 22**13),  # each of the 13 elements of A goes to any of the 22 of B
    (1, math.perm(22, 13)),  # 22 * 21 * ... * 10: no two to the same element
])
def test_source_spacing_reads_as_the_pdf(own: int, expected: int) -> None:
    task, problem = solved(FUNCTION_PARTS[own], context_of(FUNCTIONS, FUNCTION_PARTS, own))
    assert task.family == "combinatorics.count_functions_subsets"
    assert problem.answer == expected
    assert task.statement == FUNCTION_PARTS[own]  # the task keeps the item's own text


def test_surjections_in_source_spacing() -> None:
    """Exercise 3.8.5.10: surjections from 8 elements onto 5, by inclusion-exclusion
    sum_k (-1)^k C(5,k) (5-k)^8 = 390625 - 5*65536 + 10*6561 - 10*256 + 5*1 = 126000
    (= 5! S(8,5) = 120 * 1050)."""
    task, problem = solved("Consider sets $A$ and $B$ with $|A| = 8$ and $|B| = 5$. How many "
                           "functions $f: A \\to B$ are surjective?")
    assert task.family == "combinatorics.count_functions_subsets"
    assert problem.answer == 126000 == sum((-1)**k * math.comb(5, k) * (5 - k)**8 for k in range(6))
