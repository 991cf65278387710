"""Images and inverse images of functions the book describes in words (Levin's Discrete
Mathematics, Exercises 5.2.4.13-15): read from the exercise's definition, walked, checked by
generating polynomials."""

from __future__ import annotations

import dataclasses
import random

import sympy as sp

from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import OWN_REDRAW
from tests.book_items import solved

FAMILY = "functions.described_images"
SIZES = ("Let $A=\\{1,2,3,\\dots,10\\}$. Consider the function $f:\\mathcal{P}(A)\\to\\mathbb{N}$ "
         "given by\n\n$f(B)=|B|$. That is, $f$ takes a subset of $A$ as an input and outputs the "
         "cardinality of that set.\n\n")
DIGITS = ("Let $X=\\{n\\in\\mathbb{N}:0\\leq n\\leq999\\}$ be the set of all numbers with three or "
          "fewer digits. Define the function $f:X\\to\\mathbb{N}$ by $f(abc)=a+b+c$, where $a$, "
          "$b$, and $c$ are the digits of the number in $X$ (write numbers less than $100$ with "
          "leading 0's to make them three digits).\n\n")
PAIRS = ("Consider the set $\\mathbb{N}^{2}=\\mathbb{N}\\times\\mathbb{N}$, the set of all ordered "
         "pairs $(a,b)$ where $a$ and $b$ are natural numbers. Consider a function "
         "$f:\\mathbb{N}^{2}\\to\\mathbb{N}$ given by $f((a,b))=a+b$.\n\n")


def _part(setup: str, part: str):
    return solved(part, context=f"{setup}(c) {part}")


def test_inverse_images_and_images_are_found() -> None:
    _, singletons = _part(SIZES, "Find $f^{-1}(1)$.")
    assert singletons.answer == sp.FiniteSet(*[sp.FiniteSet(k) for k in range(1, 11)])
    _, empty = _part(SIZES, "Find $f^{-1}(0)$.")
    assert empty.answer == sp.FiniteSet(sp.S.EmptySet)  # the book: {emptyset}, not emptyset
    _, two = _part(DIGITS, "Find $f^{-1}(2)$.")
    assert two.answer == sp.FiniteSet(2, 11, 20, 101, 110, 200)
    _, counts = _part(PAIRS, "Find $|f^{-1}(8)|$ and $|f^{-1}(\\{0,1,\\dots,8\\})|$.")
    assert counts.answer == sp.Tuple(9, 45)
    _, box = _part(PAIRS, "Let $A=\\{(a,b)\\in\\mathbb{N}^{2}:a,b\\leq10\\}$. Find $f(A)$.")
    assert box.answer == sp.FiniteSet(*range(21))
    code = {}
    exec(box.code, code)  # noqa: S102 - the family's own solve() program
    assert code["solve"]() == box.answer


def test_parts_asking_for_proofs_or_descriptions_are_not_read() -> None:
    for setup, part in ((SIZES, "Is $f$ injective? Prove your answer."),
                        (PAIRS, ("Give geometric descriptions of $f^{-1}(n)$ and "
                                "$f^{-1}(\\{0,1,\\dots,n\\})$ for any $n\\geq1$."))):
        assert read_task("item", part, context=f"{setup}(a) {part}").family != FAMILY
    # no definition read: a rule given only as words
    assert read_task("item", "Find $f^{-1}(2)$.", context="Let $f$ double its input. "
                     "Find $f^{-1}(2)$.").family != FAMILY


def test_the_check_rejects_a_missing_input_and_variants_verify() -> None:
    _, problem = _part(DIGITS, "Find $f^{-1}(2)$.")
    family = FAMILIES[FAMILY]
    wrong = dataclasses.replace(problem, answer=sp.FiniteSet(2, 11, 20, 101, 110))
    assert not all(c.passed for c in family.verify(wrong))
    varied = family.pose(OWN_REDRAW[FAMILY](problem.params, random.Random(6)))
    assert all(c.passed for c in family.verify(varied))
    for seed in range(3):
        assert all(c.passed for c in family.verify(family.generate(random.Random(seed), 2)))


def test_the_source_reads_as_the_pdf() -> None:
    """The PreTeXt source writes ``f\\inv(1)``, ``\\card{...}``, ``\\N``; the ingest expands the
    book's macros, and the parts read as the PDF's do. By hand: f^{-1}(1) for f(B) = |B| on
    the subsets of {1..10} is the 10 singletons; the numbers 0..999 whose digits sum to 1 are
    1, 10, 100 and to 3 are 3, 12, 21, 30, 102, 111, 120, 201, 210, 300; a + b = 8 has the 9
    solutions (0,8) ... (8,0), and a + b <= 8 has 1 + 2 + ... + 9 = 45."""
    sizes = ("Let $A = \\{1,2,3,\\ldots,10\\}$. Consider the function "
             "$f:\\mathcal{P}(A) \\to \\mathbb{N}$ given by $f(B) = |B|$. That is, $f$ takes a "
             "subset of $A$ as an input and outputs the cardinality of that set.\n\n")
    digits = ("Let $X = \\{n \\in \\mathbb{N} : 0 \\le n \\le 999\\}$ be the set of all numbers "
              "with three or fewer digits. Define the function $f:X \\to \\mathbb{N}$ by "
              "$f(abc) = a+b+c$, where $a$, $b$, and $c$ are the digits of the number in $X$ "
              "(write numbers less than $100$ with leading $0$'s to make them three digits).\n\n")
    pairs = ("Consider the set $\\mathbb{N}^2 = \\mathbb{N} \\times \\mathbb{N}$, the set of all "
             "ordered pairs $(a,b)$ where $a$ and $b$ are natural numbers. Consider a function "
             "$f: \\mathbb{N}^2 \\to \\mathbb{N}$ given by $f((a,b)) =a+b$ .\n\n")
    _, singletons = _part(sizes, "Find $f^{-1}(1)$.")
    assert singletons.answer == sp.FiniteSet(*[sp.FiniteSet(k) for k in range(1, 11)])
    _, ones_threes = _part(digits, "Find $f^{-1}(\\{1,3\\})$.")
    assert ones_threes.answer == sp.FiniteSet(1, 10, 100, 3, 12, 21, 30, 102, 111, 120, 201,
                                              210, 300)
    _, counts = _part(pairs, "Find $|f^{-1}(8)|$ and $|f^{-1}(\\{0,1, \\ldots, 8\\})|$.")
    assert counts.answer == sp.Tuple(9, 45)
