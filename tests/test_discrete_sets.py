"""Sets, generating functions, degree sequences and deduction rules from Levin's discrete book:
items as the book prints them, read, solved, verified and compared with the book's answers."""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary

x = sp.Symbol("x")


def finite(*elements) -> sp.FiniteSet:
    return sp.FiniteSet(*elements)


# (item text as the book prints it, family, the answer worked out by hand)
ITEMS = [
    ((r"$A=\{2,4,5,6,7\}$ and $B=\{2,4,5,6,8\}$ Find each of the following sets. Your answers "
     r"should include the curly braces a. $A\cup B$. b. $A\cap B$. c. $A\setminus B$. d. $B\setminus A$."),
     "sets.set_operations", sp.Tuple(finite(2, 4, 5, 6, 7, 8), finite(2, 4, 5, 6), finite(7), finite(8))),
    ((r"$$\text{Let}A=\{2,3,4,5,6\},B=\{4,5,6,7,8\},\text{and}C=\{3,6,8\}.$$ a. Find $A\cap B$. "
     r"b. Find $A\cup B$. c. Find $A\setminus B$. d. Find $A\cap\overline{(B\cup C)}$."),
     "sets.set_operations", sp.Tuple(finite(4, 5, 6), finite(2, 3, 4, 5, 6, 7, 8), finite(2, 3), finite(2))),
    (r"Let $A = \{1,2,3\}$. Find $\pow(A)$.", "sets.set_operations",
     finite(sp.S.EmptySet, finite(1), finite(2), finite(3), finite(1, 2), finite(1, 3), finite(2, 3),
            finite(1, 2, 3))),
    (r"Let $A=\{x\in\mathbb{N}:2\leq x<6\}$ and $B = \{1, 2, \dots, 4\}$. Find $A \setminus B$ and $|A \times B|$.",
     "sets.set_operations", sp.Tuple(finite(5), sp.Integer(16))),
    (r"Find the generating function for the sequence $1, -2, 4, -8, 16, \ldots$.",
     "sequences.generating_function", 1 / (1 + 2 * x)),
    (r"Find the generating function for the sequence $1, 1, 1, 2, 3, 4, 5, 6, \ldots$.",
     "sequences.generating_function", x**3 / (1 - x) ** 2 + 1 / (1 - x)),
    (r"Suppose a graph has degree sequence $(8,7,7,6,6,6,5,4,4,3)$. How many edges must the graph have?",
     "graphs.degree_sequence", sp.Integer(28)),
    ("How many vertices and edges must a graph have if its degree sequence is\n\n$$(4,4,3,3,3,2,1)?$$",
     "graphs.degree_sequence", sp.Tuple(7, 10)),
    (r"Determine if the following is a valid deduction rule: $$P\to Q \\ P\wedge\neg Q \\ \therefore R$$",
     "logic.propositional", sp.true),
    ((r"Determine if the following is a valid deduction rule: $$(P\wedge Q)\to R \\ \neg P\vee\neg Q "
     r"\\ \therefore\neg R$$"), "logic.propositional", sp.false),
    (("Find $x$ and $y$ such that $4,x,y,31$ is part of an arithmetic sequence.\n\n$$x=,y=$$\n\nThen "
     "find $x$ and $y$ so that the sequence is part of a geometric sequence.\n\n$$x=,y=$$"),
     "sequences.fill_progression", sp.Tuple(13, 22, 4 * sp.cbrt(sp.Rational(31, 4)),
                                            4 * sp.cbrt(sp.Rational(31, 4)) ** 2)),
    (r"Find a formula for the sequence $3,7,14,24,\dots$. Assume $a_{1}=3$.",
     "sequences.listed_sequence", sp.Rational(3, 2) * sp.Symbol("n") ** 2 - sp.Symbol("n") / 2 + 2),
    ("If a graph has 10 vertices, each with degree 4, how many edges does it have?",
     "graphs.graph_counts", sp.Integer(20)),
    (("A forest contains $30$ vertices and $21$ edges. How many connected components does the graph "
     "have?"), "graphs.graph_counts", sp.Integer(9)),
    (("Suppose $G$ is a planar connected graph. It has $15$ edges, and $6$ faces. How many vertices "
     "does $G$ have?"), "graphs.graph_counts", sp.Integer(11)),
    (("What is the smallest number of colors you need to properly color the vertices of $K_{4,5}$? "
     "That is, find the chromatic number of the graph."), "graphs.graph_counts", sp.Integer(2)),
    ((r"Consider the function $f:\mathbb{N}\to\mathbb{N}$ given by $f(0)=0$ and $f(n+1)=f(n)+2n+1$. "
     r"Find $f(6)$."), "sequences.solve_recurrence", sp.Integer(36)),
]


@pytest.mark.parametrize("text, params", [
    # "17." ends a sentence: the initial term is 17
    (("Find the solution to the recurrence relation $a_{n}=a_{n-1}+2a_{n-2}$ with initial terms\n\n"
     r"$$a_{0}=4\text{and}a_{1}=17. \\ a_{n}=$$"),
     {"expr": "a1 + 2*a2", "want": "closed", "initial": [[0, "4"], [1, "17"]]}),
    # a function given recursively is the sequence f_n = 3 f_{n-1}
    ((r"Consider the function $f:\mathbb{N}\to\mathbb{N}$ given recursively by $$f(0)=1\text{and}"
     r"f(n+1)=3\cdot f(n).$$ Find $f(12)$."), {"expr": "3*a1", "want": [12], "initial": [[0, "1"]]}),
])
def test_recurrences_in_other_notations_are_read(text, params) -> None:
    task = read_task("item", text)
    assert (task.family, task.params) == ("sequences.solve_recurrence", params)


def _posed(text: str, context: str | None = None):
    task = read_task("item", text, context=context)
    assert task.family is not None, task.reason
    return task, FAMILIES[task.family].pose(task.params)


@pytest.mark.parametrize("text, family, expected", ITEMS)
def test_items_are_read_solved_and_verified(text, family, expected) -> None:
    task, problem = _posed(text)
    assert task.family == family
    if isinstance(expected, sp.Expr) and expected.free_symbols:
        assert sp.simplify(problem.answer - expected) == 0
    else:
        assert problem.answer == expected
    assert all(check.passed for check in FAMILIES[family].verify(problem))
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert sp.simplify(sp.sympify(namespace["solve"]()) - problem.answer) == 0 \
        if isinstance(problem.answer, sp.Expr) and problem.answer.free_symbols \
        else namespace["solve"]() == problem.answer


@pytest.mark.parametrize("index, wrong", [
    (0, sp.Tuple(finite(2, 4, 5, 6, 7, 8), finite(2, 4, 5, 6), finite(7), finite(7))),
    (2, finite(finite(1), finite(2), finite(3))),
    (4, 1 / (1 - 2 * x)),
    (6, sp.Integer(29)),  # the book prints 29; the degrees add up to 56
    (10, sp.Tuple(13, 22, 8, 16)),
])
def test_verifiers_reject_a_wrong_answer(index, wrong) -> None:
    task, problem = _posed(ITEMS[index][0])
    problem.answer = wrong
    assert not all(check.passed for check in FAMILIES[task.family].verify(problem))


@pytest.mark.parametrize("text", [
    r"Let $A=\{1,2,3,4,5,6\}$, $B=\{2,4,6\}$. Determine which are true: $A\subset B$. $B\subset A$.",
    r"Find an example of sets $A$ and $B$ such that $A\cap B=\{3,5\}$ and $A\cup B=\{2,3,5,7,8\}$.",
    r"Let $A=\{1,2,3\}$ and $B=\{3,4\}$. Find $\overline{A \cup B}$.",  # no universe named
    r"Let $A=\{1,2\}$, $B=\{3\}$, $C=\{4\}$. Find $A \cup B \cap C$.",  # ambiguous without brackets
    (r"Find the cardinality of $A=\{23,24,\dots,37,38\}$. Find the cardinality of $B=\{1,2\}$. "
     r"If $C=\{1,2,3\}$, what is the cardinality of $\mathcal{P}(C)$?"),  # not each one read
    r"Find the generating function for $1, 4, 9, 16, \ldots$.",  # no term to spare for (1+x)/(1-x)^3
    (r"Starting with the generating function for $1,2,3,4, \ldots$, find a generating function for "
     r"$1, 0, 2, 0, 3, 0, 4,\ldots$."),  # the first sequence is given, not asked
    r"Could a graph with degree sequence $(3,3,2,2)$ be a tree? How many edges does it have?",
    # the sizes are WeBWorK blanks in the PreTeXt source: nothing to count with
    "Suppose $G$ is a planar connected graph. It has edges, and faces. How many vertices does $G$ have?",
    "If a planar graph $G$ with $7$ vertices divides the plane into 8 regions, how many edges must $G$ have?",
])
def test_items_asking_something_else_are_not_read(text) -> None:
    assert read_task("item", text).family is None


def test_a_part_reads_its_own_question_and_values() -> None:
    parent = ("Consider the recurrence relation $a_{n}=a_{n-1}+7$.\n\n(a) Find the first five terms "
              "of the sequence defined by the recurrence relation and initial condition $a_{0}=17$.\n\n"
              "(b) Find the closed formula for the sequence with initial condition $a_{0}=17$.\n\n"
              "(c) Find the first five terms of another sequence, also defined by the same recurrence "
              "relation but this time with initial condition $a_{0}=1$.\n\n"
              "(d) Find the closed formula for this second sequence.")
    parts = parent.split("\n\n")[1:]
    assert _posed(parts[0][4:], parent)[1].answer == sp.Tuple(17, 24, 31, 38, 45)
    assert sp.simplify(_posed(parts[1][4:], parent)[1].answer - (17 + 7 * sp.Symbol("n"))) == 0
    assert _posed(parts[2][4:], parent)[1].answer == sp.Tuple(1, 8, 15, 22, 29)
    assert read_task("item", parts[3][4:], context=parent).family is None  # which sequence?
    sets = ("Let $A=\\{1,2,3\\}$ and $B=\\{3,4\\}$. (a) Find $A\\cap B$. (b) Find $A\\cup B$.")
    assert _posed("Find $A\\cup B$.", sets)[1].answer == finite(1, 2, 3, 4)


def test_book_answers_are_compared_as_sets_and_parts() -> None:
    answer = sp.Tuple(finite(4, 5, 6), finite(2, 3))
    book = r"a. $A\cap B=\{4,5,6\}$. b. $A\setminus B=\{2,3\}$."
    assert compare_with_book(answer, book).status == "match"
    assert compare_with_book(sp.Tuple(finite(4, 5, 6), finite(3)), book).status == "differs"
    assert compare_with_book(finite(1, 2), "It contains everything in both.").status == "unreadable"
    functions = sp.Tuple(4 / (1 - x), 2 / (1 - x) ** 2)
    assert compare_with_book(functions, r"$\dfrac{4}{1-x}$. $\dfrac{2}{(1-x)^2}$.").status == "match"
    assert compare_with_book(functions, r"$\dfrac{4}{1-x}$. $\dfrac{2}{1-x}$.").status == "differs"
    # a hint where the answer goes is not the book's answer (Exercise 3.2.7.2)
    hint = r"For a simpler example, there are $4$ divisors of $6=2\cdot3$."
    assert compare_with_book(sp.Integer(120), hint).status == "unreadable"
    assert compare_with_book(sp.Integer(28), "The graph must have $29$ edges.").status == "differs"
    # Levin's \d is \displaystyle: "\d\frac{4}{1-x}" is 4/(1-x), not d times it
    assert compare_with_book(4 / (1 - x), r"$\d\frac{4}{1-x}$").status == "match"


@pytest.mark.parametrize("index", [0, 1, 3, 5, 7, 11, 12])
def test_variants_keep_the_shape_and_verify(index) -> None:
    task, problem = _posed(ITEMS[index][0])
    family = FAMILIES[task.family]
    for seed in range(3):
        params = vary(task.family, task.params, random.Random(seed))
        assert params != task.params
        varied = family.pose(params)
        assert type(varied.answer) is type(problem.answer)
        assert all(check.passed for check in family.verify(varied))


@pytest.mark.parametrize("name", ["sets.set_operations", "sequences.generating_function",
                                  "graphs.degree_sequence", "graphs.graph_counts"])
def test_drawn_problems_verify(name) -> None:
    for difficulty in (1, 3, 5):
        problem = FAMILIES[name].make(11, difficulty)
        assert all(check.passed for check in FAMILIES[name].verify(problem))
