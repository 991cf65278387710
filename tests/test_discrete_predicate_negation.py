"""Statements of predicate logic to simplify "so negation appears only directly next to
predicates" (Levin's Discrete Mathematics 1.3.8.16, 1.3.8.17, 1.6.8 as the PDF and the PreTeXt
source print them): read, solved (the negation passed inward), checked in every small model,
and compared with the book's answers as logic. An exercise whose parts are partly in words
stays unread."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.families.textbook_logic import equivalent, parse_formula
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

FAMILY = "logic.negation_normal_form"
EXERCISE_16 = (
    "We can simplify statements in predicate logic using our rules for passing  negations over "
    "quantifiers before applying logical equivalence to the “inside” propositional part. "
    "Simplify the statements below (so negation appears only directly next to predicates).\n\n"
    "(a) $\\neg\\exists x\\forall y(\\neg O(x)\\vee E(y))$.\n\n(b) $\\neg\\forall x\\neg\\forall "
    "y\\neg(x<y\\wedge\\exists z(x<z\\vee y<z))$.\n\n(c) There is a number $n$ for which no other "
    "number is less than or equal to $n$.\n\n(d) It is false that for every number $n$ there are "
    "two other numbers which $n$ is between.")
EXERCISE_17 = ("Simplify the statements below to the point that negation symbols occur only  "
               "directly next to predicates.\n\n(a) $\\neg\\forall x\\forall y(x<y\\vee y<x)$.\n\n"
               "(b) $\\neg(\\exists xP(x)\\to\\forall yP(y))$.")
EXERCISE_17_SOURCE = ("Simplify the statements below to the point that negation symbols occur "
                      "only directly next to predicates.  $\\neg \\forall x \\forall y (x \\lt y "
                      "\\vee y \\lt x)$.  $\\neg(\\exists x P(x) \\imp \\forall y P(y))$.")
REVIEW_8 = ("Simplify the following.\n\n(a) $\\neg(\\neg(P\\wedge\\neg Q)\\to\\neg(\\neg R\\vee"
            "\\neg(P\\to R)))$.\n\n(b) $\\neg\\exists x\\neg\\forall y\\neg\\exists z(z=x+y\\to"
            "\\exists w(x-y=w))$.")
REVIEW_8_ANSWER = ("(a) $(\\neg P\\vee Q)\\wedge(\\neg R\\vee(P\\wedge\\neg R))$.\n\n(b) $\\forall "
                   "x\\forall y\\forall z(z=x+y\\wedge\\forall w(x-y\\neq w))$.")

# (part, exercise, the answer worked by hand, the book's printed answer or None)
PARTS = [
    # not-exists-forall is forall-exists-not; not(not O or E) is O and not E
    ("$\\neg\\exists x\\forall y(\\neg O(x)\\vee E(y))$.", EXERCISE_16,
     "\\forall x \\exists y (O(x) \\wedge \\neg E(y))",
     "$\\forall x\\exists y(O(x)\\wedge\\neg E(y))$."),
    # exists x (two negations cancel) forall y not(x<y and exists z(...)): x>=y or forall z(..)
    ("$\\neg\\forall x\\neg\\forall y\\neg(x<y\\wedge\\exists z(x<z\\vee y<z))$.", EXERCISE_16,
     "\\exists x \\forall y (x \\geq y \\vee \\forall z (x \\geq z \\wedge y \\geq z))",
     "$\\exists x\\forall y(x\\geq y\\vee\\forall z(x\\geq z\\wedge y\\geq z))$."),
    # exists x exists y not(x<y or y<x): x>=y and y>=x
    ("$\\neg\\forall x\\forall y(x<y\\vee y<x)$.", EXERCISE_17,
     "\\exists x \\exists y (x \\geq y \\wedge y \\geq x)", None),
    # not(A -> B) is A and not B; not forall y P(y) is exists y not P(y)
    ("$\\neg(\\exists xP(x)\\to\\forall yP(y))$.", EXERCISE_17,
     "\\exists x P(x) \\wedge \\exists y \\neg P(y)", None),
    # forall x forall y forall z not(z=x+y -> exists w(x-y=w)): z=x+y and forall w x-y != w
    ("$\\neg\\exists x\\neg\\forall y\\neg\\exists z(z=x+y\\to\\exists w(x-y=w))$.", REVIEW_8,
     "\\forall x \\forall y \\forall z (z = x+y \\wedge \\forall w (x-y \\neq w))",
     "$\\forall x\\forall y\\forall z(z=x+y\\wedge\\forall w(x-y\\neq w))$."),
]


@pytest.mark.parametrize("part,exercise,expected,book", PARTS)
def test_parts_are_simplified_checked_and_compared(part, exercise, expected, book) -> None:
    task, problem = solved(part, exercise)
    assert task.family == FAMILY
    assert problem.answer == sp.Symbol(expected)
    if book:
        assert compare_with_book(problem.answer, book).status == "match"


def test_an_exercise_of_statements_is_read_whole() -> None:
    expected = sp.Tuple(sp.Symbol(PARTS[2][2]), sp.Symbol(PARTS[3][2]))
    assert solved(EXERCISE_17)[1].answer == expected
    assert solved(EXERCISE_17_SOURCE)[1].answer == expected
    # (a) is propositional: not(A -> B) is A and not B, De Morgan inside.
    _task, problem = solved(REVIEW_8)
    assert problem.answer == sp.Tuple(
        sp.Symbol("(\\neg P \\vee Q) \\wedge (\\neg R \\vee (P \\wedge \\neg R))"),
        sp.Symbol(PARTS[4][2]))
    assert compare_with_book(problem.answer, REVIEW_8_ANSWER).status == "match"


def test_a_wrong_book_statement_differs() -> None:
    problem = solved(*PARTS[0][:2])[1]
    # exists-exists instead of forall-exists: false where some x is odd and every y is even
    assert compare_with_book(problem.answer, "$\\exists x\\exists y(O(x)\\wedge\\neg E(y))$."
                             ).status == "differs"


def test_statements_in_words_leave_the_exercise_unread() -> None:
    assert read_task("16", EXERCISE_16).family is None  # (c) and (d) are words
    translate = ("Suppose we claim that there is no smallest number. We can translate this into "
                 "symbols as $$\\neg\\exists x\\forall y(x\\leq y).$$")
    assert read_task("e", translate).family is None


def test_the_check_finds_a_wrong_answer() -> None:
    family = FAMILIES[FAMILY]
    problem = solved(*PARTS[1][:2])[1]
    problem.answer = sp.Symbol("\\exists x \\forall y (x > y \\vee \\forall z (x > z \\wedge y > z))")
    assert not all(c.passed for c in family.verify(problem))
    problem.answer = sp.Symbol("\\neg \\forall x \\exists y \\neg (x \\geq y)")
    assert [c.passed for c in family.verify(problem)][1] is False


def test_the_models_tell_inequivalent_statements_apart() -> None:
    # forall-exists and exists-forall differ on a two-element domain
    assert not equivalent(parse_formula("\\forall x\\exists yP(x,y)"),
                          parse_formula("\\exists y\\forall xP(x,y)"))
    assert equivalent(parse_formula("\\neg\\forall x P(x)"), parse_formula("\\exists x\\neg P(x)"))


def test_variants_switch_quantifiers_and_verify() -> None:
    family = FAMILIES[FAMILY]
    params = read_task("a", PARTS[1][0], context=PARTS[1][1]).params
    drawn = [vary(FAMILY, params, random.Random(seed)) for seed in range(4)]
    assert any(new != params for new in drawn)
    for new in drawn:
        assert all(c.passed for c in family.verify(family.pose(new)))


LAWS_PDF = ("Which of the following statements is a law of logic? That is, which of the following "
            "are true no matter what your domain of discourse is and no matter what you interpret "
            "the predicates as meaning? Select all that apply.\n\n$$A.\\forall x(P(x)\\vee\\neg "
            "P(x)). \\\\ B.\\exists xP(x)\\to\\forall xP(x). \\\\ C.\\neg\\forall xP(x)\\to\\exists "
            "xP(x). \\\\ D.\\forall x\\exists yP(x,y)\\leftrightarrow\\exists y\\forall xP(x,y).$$")
LAWS_SOURCE = ("Which of the following statements is a law of logic? That is, which of the "
               "following are true no matter what your domain of discourse is and no matter what "
               "you interpret the predicates as meaning? Select all that apply.\n\nA. $\\forall x "
               "(P(x) \\vee \\neg P(x))$.\n\nB. $\\exists x P(x) \\imp \\forall x P(x)$.\n\nC. "
               "$\\neg\\forall x P(x) \\imp \\exists x P(x)$.\n\nD. $\\forall x \\exists y P(x,y) "
               "\\iff \\exists y \\forall x P(x,y)$.")
LAWS_ANSWER = "A. Correct.\n\nB. Incorrect.\n\nC. Incorrect.\n\nD. Incorrect."


@pytest.mark.parametrize("text", [LAWS_PDF, LAWS_SOURCE])
def test_laws_of_logic_are_told_from_statements_with_a_counterexample(text) -> None:
    # A: excluded middle. B fails where P holds of 0 but not 1; C fails where P holds of
    # nothing; D: on {0, 1} with P(x, y) meaning x = y, every x has a y, no y serves every x.
    task, problem = solved(text)
    assert task.family == "logic.laws_of_logic"
    assert problem.answer == sp.Tuple(sp.true, sp.false, sp.false, sp.false)
    assert compare_with_book(problem.answer, LAWS_ANSWER).status == "match"
    assert compare_with_book(problem.answer, LAWS_ANSWER.replace("B. Incorrect", "B. Correct")
                             ).status == "differs"


def test_a_law_is_claimed_only_where_small_domains_prove_it() -> None:
    # no counterexample to "forall x exists y P(x,y) -> exists x exists y P(x,y)" on small
    # domains, but a two-place predicate: small domains prove nothing, not read
    binary = LAWS_SOURCE.replace("$\\forall x (P(x) \\vee \\neg P(x))$",
                                 "$\\forall x \\exists y P(x,y) \\imp \\exists x \\exists y P(x,y)$")
    assert read_task("a", binary).family is None
    family = FAMILIES["logic.laws_of_logic"]
    problem = solved(LAWS_SOURCE)[1]
    problem.answer = sp.Tuple(sp.true, sp.true, sp.false, sp.false)
    assert not all(c.passed for c in family.verify(problem))
