"""Diffyqs items that fell to "several variables" (no reader took them), read as the build
reads them and checked against the book's printed answers: a part that uses the matrix an
earlier part names, matrices written as smallmatrix, a guessed (particular) solution, the
source's inverse Laplace transforms and projections; and worked examples whose working
names an operation they do not ask.

The items are cut from the book's LaTeX source and extracted like the whole book."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import FormalTask
from tests.book_items import book_source, item_starting, read_items

# The first words of each item (book numbers 2.1.103, 3.7.101, 3.8.103, 6.3.102, A.5.104;
# Examples 2.3.3, 8.2.1).
EXERCISES = {
    "ch-higher-order-ode.tex": ["Guess a solution to $y'' + y' + y= 5$."],
    "ch-systems.tex": ["1 & 1 & 1 \\\\\n1 & 1 & 1 \\\\", "Solve $\\vec{x}\\,' = A \\vec{x}$\nfor"],
    "ch-laplace.tex": ["Compute ${\\mathcal{L}}^{-1} \\left\\{ \\frac{5}{s^4+s^2} \\right\\}$"],
    "ap-linear-algebra.tex": ["Suppose $\\vec{v} = (1,0,-1)$.  Find"],
}
EXAMPLES = {"ch-higher-order-ode.tex": ["\\label{hol:cceq1}"],
            "ch-nonlin-systems.tex": ["Consider\n$x'=-y-x^2$,"]}


@pytest.fixture(scope="module")
def items(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FormalTask]:
    folder = textbooks / "diffyqs" / "source"
    snippets = [book_source((folder / name).read_text(encoding="utf-8"), marker, kind)
                for kind, found in (("exercise", EXERCISES), ("example", EXAMPLES))
                for name, markers in found.items() for marker in markers]
    return read_items(snippets, tmp_path_factory.mktemp("diffyqs"))



def _solved(task: FormalTask) -> sp.Basic:
    """Pose and verify the task; its answer."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed is True for check in family.verify(problem))
    return problem.answer


def _agrees(task: FormalTask) -> sp.Basic:
    """Pose and verify the task; its answer, which must match the book's."""
    answer = _solved(task)
    found = compare_with_book(answer, task.book_answer or "")
    assert found.status == "match", (found, answer, task.book_answer)
    return answer


def test_a_part_solves_with_the_matrix_an_earlier_part_names(items) -> None:
    # 3.8.103: a) Compute e^{tA} where A = [...]; b) Solve x' = Ax for x(0) = [1, 2].
    task = item_starting(items, "Solve $\\vec{x}\\,' = A \\vec{x}$")
    assert task.family == "differential_equations.solve_linear_system"
    assert task.params == {"matrix": [["3", "-1"], ["1", "1"]], "ics": ["1", "2"]}
    t = sp.Symbol("t")
    answer = _solved(task)  # (agreement does not read the book's vectors of functions)
    assert sp.simplify(answer - sp.Matrix([(1 - t) * sp.exp(2 * t), (2 - t) * sp.exp(2 * t)])) \
        == sp.zeros(2, 1)


def test_smallmatrix_eigenvalues_of_the_exercise_setup(items) -> None:
    # 3.7.101: Let A = [1 1 1; 1 1 1; 1 1 1]. a) What are the eigenvalues? (book: 3, 0, 0)
    task = item_starting(items, "What are the eigenvalues?")
    assert task.params == {"op": "eigenvalues", "matrix": [["1", "1", "1"]] * 3}
    _agrees(task)
    # b) asks the defects, its own question; the book's "No defects." is words agreement
    # does not read, and our empty answer says the same.
    defects = item_starting(items, "What is/are the defect(s)")
    assert defects.params == {"op": "defect", "matrix": [["1", "1", "1"]] * 3}
    assert _solved(defects) == sp.Tuple()
    assert compare_with_book(sp.Tuple(), defects.book_answer).status == "unreadable"


def test_a_guessed_solution_is_the_particular_one(items) -> None:
    task = item_starting(items, "Guess a solution to")
    assert task.family == "differential_equations.solve_ode" and task.params["particular"]
    assert _agrees(task) == 5


def test_source_inverse_laplace_and_projections(items) -> None:
    task = item_starting(items, "Compute ${\\mathcal{L}}^{-1}")
    assert task.params == {"expr": "5/(s**4 + s**2)", "inverse": True, "parameters": []}
    _agrees(task)
    # A.5.104 a) proj_v((0,2,1)) with v = (1,0,-1) given in the exercise's setup; the book
    # prints the tuple (\\nicefrac{-1}{2},0,\\nicefrac{1}{2}).
    part = item_starting(items, "$\\operatorname{proj}_{\\vec{v}}\\bigl( (0,2,1) \\bigr)$")
    assert part.params == {"op": "projection", "u": ["0", "2", "1"], "v": ["1", "0", "-1"]}
    assert list(_agrees(part)) == [sp.Rational(-1, 2), 0, sp.Rational(1, 2)]
    wrong = compare_with_book(sp.Matrix([sp.Rational(1, 2), 0, sp.Rational(1, 2)]),
                              part.book_answer)
    assert wrong.status == "differs"
    # The whole exercise asks three projections: read as all three of its parts, never its first.
    whole = item_starting(items, "Suppose $\\vec{v} = (1,0,-1)$.")
    assert whole.family == "linear_algebra.each"
    assert [p["u"] for p in whole.params["items"]] == [["0", "2", "1"], ["1", "0", "1"],
                                                      ["4", "-1", "0"]]


def test_examples_read_what_they_ask(items) -> None:
    # Example 2.3.3: the display's \label is no part of the equation.
    task = item_starting(items, "Find the general solution to")
    x, y = sp.Symbol("x"), sp.Function("y")
    ode = sp.sympify(task.params["ode"], locals={"y": y, "x": x})
    assert sp.expand(ode - (y(x).diff(x, 3) - 3 * y(x).diff(x, 2) - y(x).diff(x) + 3 * y(x))) == 0
    # Example 8.2.1 finds critical points; its working takes a Jacobian's eigenvalues.
    assert item_starting(items, "Consider $x'=-y-x^2$").family != "linear_algebra.matrix_operation"
