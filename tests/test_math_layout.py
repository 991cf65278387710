"""A formula reads the same however its author spaced it (:func:`formalize.latex.laid_out`).

The PDF's rebuilt math has no white space ("$|A|=13$", "$f:A\\to B$"); a source's author writes
"$|A| = 13$", "$f: A \\to B$", "$f(1) \\ne 1$", and WeBWorK sets "${27}$". Readers written
against the PDF read the source's spelling too. The items are Levin's Discrete Mathematics as
its PreTeXt LaTeX (``dmoi.tex``) writes them; the answers are worked by hand in the comments.
"""

from __future__ import annotations

import math

import pytest
import sympy as sp

from formalize.agreement import compare_with_book
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
    ("$a_2 =$ ____, $a_3 =$ ____", "$a_2=$, $a_3=$"),  # answer blanks, printed as empty boxes
    # an align's column marks (Discrete 2.4.5.3(a)), not a matrix's, nor an escaped ampersand
    ("$$V = & \\{a,b\\} \\\\\nE = & \\{ab\\}$$", "$$V=\\{a,b\\} \\\\ E=\\{ab\\}$$"),
    ("$\\begin{bmatrix}1 & 2\\end{bmatrix}$", "$\\begin{bmatrix}1 & 2\\end{bmatrix}$"),
    ("$a \\& b$", "$a\\&b$"),
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


def test_webwork_groups_and_blanks() -> None:
    """Exercise 4.4.5.4 as dmoi.tex writes it: WeBWorK sets each value in a group ("${2}$") and
    an answer blank after the question. By hand: x^2 = 2x + 24 has roots 6 and -4, so
    a_n = A 6^n + B (-4)^n with A + B = 2, 6A - 4B = 2: A = 1, B = 1."""
    task, problem = solved("Find the solution to the recurrence relation $a_n = 2a_{n-1} + "
                           "24a_{n-2}$ with initial terms $a_0 = {2}$ and $a_1 = {2}$.\n\n"
                           "$a_n =$ ____")
    assert task.family == "sequences.solve_recurrence"
    n = sp.Symbol("n")
    assert sp.simplify(sp.sympify(str(problem.answer)).subs("n", n) - (6**n + (-4)**n)) == 0


def test_digits_non_decreasing_in_source_spelling() -> None:
    """Exercise 3.5.5.2(b), its rule spelled "non-decreasing" twice in the source (the PDF
    prints "nondecreasing" the second time). By hand: a non-decreasing 5-digit number from the
    6 digits 2-7 is a multiset of 5 of them, C(6+5-1, 5) = C(10, 5) = 252."""
    setup = ("Using the digits $2$ through $7$, find the number of different 5-digit numbers such "
             "that:")
    parts = [("Digits cannot be repeated and must be written in increasing order. (Increasing "
              "means strictly increasing. For example, the digits of $134$ are increasing, but "
              "the digits of $133$ are not.)"),
             ("Digits can be repeated and must be written in non-decreasing order. (Now the "
              "digits don't need to be strictly increasing; $133$ has digits non-decreasing.)")]
    text = f"{setup}\n\n(a) {parts[0]}\n\n(b) {parts[1]}"
    task, problem = solved(parts[1], context_of(text, parts, 1))
    assert task.family == "counting.selections"
    assert problem.answer == math.comb(10, 5) == 252


def test_an_unbraced_script_of_two_digits_is_no_answer_to_compare() -> None:
    """Exercise 3.9.7(a)'s solution, as the source writes it: "$2^10$ strings." LaTeX sets
    2 to the 1, then 0, not the 2^10 = 1024 ten-bit strings it means: unreadable, not a
    disagreement. Braced, it agrees."""
    assert compare_with_book(sp.Integer(2**10), "$2^10$ strings.").status == "unreadable"
    assert compare_with_book(sp.Integer(2**10), "$2^{10}$ strings.").status == "match"
    assert compare_with_book(sp.Integer(1023), "$2^{10}$ strings.").status == "differs"
