"""A discrete mathematics book's items: read into posed families, solved, verified, compared."""

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from extract.topics import is_computational
from formalize.agreement import compare_with_book
from formalize.tasks import read_task

n, k = sp.symbols("n k")


def classes(*pairs: tuple[int, int]) -> sp.Set:
    return sp.Union(*[sp.ImageSet(sp.Lambda(k, m * k + r), sp.S.Integers) for r, m in pairs])


# (item text as the book prints it, family, the answer a person works out by hand)
ITEMS = [
    (r"Solve the recurrence relation $a_{n}=7a_{n-1}-10a_{n-2}$ with $a_{0}=2$ and $a_{1}=3$.",
     "sequences.solve_recurrence", sp.Rational(7, 3) * 2**n - sp.Rational(1, 3) * 5**n),
    (r"Find $a_{6}$ in the sequence defined by $a_{n}=2a_{n-1}-a_{n-2}$ with $a_{0}=3$ and $a_{1}=4$.",
     "sequences.solve_recurrence", sp.Integer(9)),
    (r"For the sequence with closed formula $a_{n}=n^{2}+5n+4$, find the term $a_{7}$.",
     "sequences.solve_recurrence", sp.Integer(88)),
    (r"Solve the congruence: $6x\equiv4(\mod10)$.", "number_theory.solve_congruence", classes((4, 5))),
    (r"Solve $x^{2}\equiv2\pmod{7}$.", "number_theory.solve_congruence", classes((3, 7), (4, 7))),
    ((r"Determine whether the statements $P \rightarrow Q$ and $\neg Q \rightarrow \neg P$ are "
     "logically equivalent."), "logic.propositional", sp.true),
    ((r"Determine if the following is a valid deduction rule: | $P \rightarrow Q$ | $Q$ $\therefore$ "
     r"| $P$"), "logic.propositional", sp.false),
    (r"Construct a truth table for the statement $P \wedge \neg Q$.", "logic.propositional",
     sp.Tuple(sp.false, sp.true, sp.false, sp.false)),
    (r"How many functions $f:\{1,2,3,4,5\}\to\{a,b,c\}$ are surjective?",
     "combinatorics.count_functions_subsets", sp.Integer(150)),
    (r"How many functions $f:\{1,2,\dots,8\}\to\{1,2,\dots,8\}$ are bĳective?",
     "combinatorics.count_functions_subsets", sp.Integer(40320)),
    (r"How many subsets of the set $\{a,b,c,d,e,f,g\}$ have exactly $4$ elements?",
     "combinatorics.count_functions_subsets", sp.Integer(35)),
    (r"Find the sum: $2+5+8+11+14+\dots+470$.", "sequences.progression_sum", sp.Integer(37052)),
    (r"Find a closed formula for $6+10+14+\dots+(4n-2)$.", "sequences.progression_sum", 2 * n**2 - 2),
    (r"What is the coefficient of $x^{14}$ in $(x+3)^{16}$?", "algebra.coefficient_of_power",
     sp.Integer(120 * 9)),
    ((r"Find a closed formula for the sequence that starts $3,27,243,2187,19683,\dots$. Assume "
     r"$a_{0}=3$."), "sequences.listed_sequence", 3 * 9**n),
    (r"Find the next two terms of the sequence $1,4,9,16,25,\dots$.", "sequences.listed_sequence",
     sp.Tuple(36, 49)),
    ((r"The number $735000$ factors as $2^{3}\cdot3\cdot5^{4}\cdot7^{2}$. How many divisors does it "
     "have?"), "number_theory.count_divisors", sp.Integer(4 * 2 * 5 * 3)),
]


@pytest.mark.parametrize("text, family, expected", ITEMS)
def test_items_are_read_solved_and_verified(text, family, expected) -> None:
    task = read_task("item", text)
    assert task.family == family, task.reason
    problem = FAMILIES[family].pose(task.params)
    if isinstance(expected, sp.Expr) and expected.free_symbols:
        assert sp.simplify(problem.answer - expected) == 0
    else:
        assert problem.answer == expected
    assert all(check.passed for check in FAMILIES[family].verify(problem))


@pytest.mark.parametrize("text, wrong", [
    (ITEMS[0][0], 2**n + 1),
    (ITEMS[3][0], classes((4, 10))),
    (ITEMS[5][0], sp.false),
    (ITEMS[8][0], sp.Integer(243)),
    (ITEMS[11][0], sp.Integer(37053)),
    (ITEMS[13][0], sp.Integer(1081)),
    (ITEMS[14][0], 3**n),
])
def test_verifiers_reject_a_wrong_answer(text, wrong) -> None:
    task = read_task("item", text)
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    problem.answer = wrong
    assert not all(check.passed for check in family.verify(problem))


@pytest.mark.parametrize("text", [
    r"Solve $4x\equiv5(\mod6)$ and $6x\equiv3(\mod9)$.",  # two things asked
    r"How many injective functions $f:\{1,2,3\}\to\{1,2,3\}$ have the property that $f(x)\neq x$?",
    r"Give a combinatorial proof for the identity $1+2+3+\dots+n=\binom{n+1}{2}$.",
    r"Find the closed formula for each: $1,3,5,7,\dots$ and $2,4,8,16,\dots$.",
    r"Simplify the congruence $24\equiv39(\mod5)$.",
])
def test_items_asking_something_else_are_not_read(text) -> None:
    assert read_task("item", text).family is None


def test_book_answers_in_a_discrete_book_are_compared() -> None:
    assert compare_with_book(classes((6, 30), (21, 30)), r"$x=6+15k$ for $k\in\mathbb{Z}$.").status == "match"
    assert compare_with_book(classes((5, 22)), r"$x = 6+22k$ for $k \in \Z$.").status == "differs"
    assert compare_with_book(classes((2, 9)), "First reduce each number modulo $9$.").status == "unreadable"
    assert compare_with_book(sp.true, "The statements are logically equivalent.").status == "match"
    assert compare_with_book(sp.true, "These statements are NOT logically equivalent.").status == "differs"
    assert compare_with_book(sp.false, "Make a truth table.").status == "unreadable"
    table = "$P$ | $Q$ | $P \\wedge \\neg Q$ T | T | F T | F | T F | T | F F | F | F"
    column = sp.Tuple(sp.false, sp.true, sp.false, sp.false)
    assert compare_with_book(column, table).status == "match"
    assert compare_with_book(sp.Tuple(sp.true, sp.true, sp.false, sp.false), table).status == "differs"


@pytest.mark.parametrize("text, computational", [
    ("Draw a graph with 5 vertices and 6 edges.", False),
    ("Suppose a graph has 6 vertices. Must the graph be a tree? Prove your answer.", False),
    ("Is $f$ surjective? Explain.", False),
    ("What is wrong with the following proof?", False),
    ("Suppose a graph has degree sequence $(3,3,2,2)$. How many edges does the graph have?", True),
    ("Graph the function $y = x^2$ and find its vertex.", True),
])
def test_drawing_and_explaining_are_not_computational(text, computational) -> None:
    assert is_computational("exercise", text) is computational
