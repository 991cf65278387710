"""Items of the diffyqs book read by the classification, A^n, symbolic-inverse and word readers:
read as the build reads them (cut from the LaTeX source, each part with its context), posed,
verified, run in the sandbox, and compared with the book's printed answers."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from formalize.agreement import compare_with_book
from formalize.classify import read_equations
from formalize.tasks import FormalTask, read_task
from tests.book_items import source_items

# 0.2.105, 0.3.101, 0.3.1 (its system part), 2.3.5, 2.3.102, 3.2.104, 3.4.5, 3.8.105, A.1.11,
# A.6.4, A.1.7, A.6.6, A.6.7
MARKERS = {
    "ch-intro.tex": ["Solve $\\frac{d\\varphi}{ds}", "\\frac{\\partial^2 v}{\\partial x^2}",
                     "$\\displaystyle y''+3y+5x=0"],
    "ch-higher-order-ode.tex": ["a fourth-order equation has a solution",
                                "the characteristic equation of a third-order"],
    "ch-systems.tex": ["Suppose $a, b, c$ are nonzero numbers.", "with an eigenvalue of 3 and a",
                       "7 & 4 \\\\ -5 & -2"],
    "ap-linear-algebra.tex": ["takes $(1,0,0)$ to $(2,1)$", "Let $A = LU$.",
                              "are added together", "and $S$ is invertible.",
                              "Compute $\\det(x A)$"],
}


@pytest.fixture(scope="module")
def items(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FormalTask]:
    return source_items(textbooks / "diffyqs" / "source", MARKERS, tmp_path_factory.mktemp("diffyqs"))


@pytest.fixture(scope="module")
def box():
    with Sandbox(workers=1) as sandbox:
        yield sandbox


def _task(items: dict[str, FormalTask], start: str) -> FormalTask:
    found = [task for text, task in items.items()
             if " ".join(text.split()).startswith(" ".join(start.split()))]
    assert len(found) == 1, (start, len(found))
    return found[0]


def _solved(task: FormalTask, box: Sandbox | None = None) -> sp.Basic:
    """Pose and verify; the solve() program, when run, gives the same answer."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(check.passed is True for check in checks), checks
    if box is not None:
        assert box.run(problem.code, sp.srepr(problem.answer)).equal is True
    return problem.answer


def test_classified_equations_agree_with_the_book(items, box) -> None:
    # 0.3.101: every part read, solved, and each the book's printed verdicts
    starts = ["$\\displaystyle \\frac{\\partial^2 v}", "$\\displaystyle \\frac{d x}{dt}",
              "$\\displaystyle \\frac{d^7 F}", "$\\displaystyle y''+8y'=1$",
              "$\\displaystyle x''+tyx'=0", "$\\displaystyle \\frac{\\partial u}{\\partial t}"]
    for k, start in enumerate(starts):
        task = _task(items, start)
        assert task.family == "differential_equations.classify_equation"
        answer = _solved(task, box if k == 0 else None)
        assert compare_with_book(answer, task.book_answer).status == "match", task.book_answer
    # 0.3.1 c): two equations in x(t), y(t), second order, linear, homogeneous, autonomous
    system = _solved(_task(items, "$\\displaystyle y''+3y+5x=0"))
    assert [str(v) for v in system] == ["ODE", "system", "2", "linear", "homogeneous",
                                        "constant-coefficient", "autonomous"]


def test_a_wrong_verdict_differs_from_the_book() -> None:
    task = read_task("t", "$\\displaystyle x''+tx^2=t$",
                     context="Classify the following equations. Are they ODEs or PDEs?")
    answer = _solved(task)
    assert "nonlinear" in [str(v) for v in answer]
    found = compare_with_book(answer, "ODE, equation, $2^{\\text{nd}}$-order, linear.")
    assert found.status == "differs"


def test_only_differential_equations_are_classified() -> None:
    # an unknown function inside another (F(y', y) = 0) and critical points are something else
    assert read_equations("F(y',y) = 0") is None
    task = read_task("t", "Classify the critical points of $x' = x^2 - 1$.")
    assert task.family != "differential_equations.classify_equation"


def test_a_to_the_n_matches_the_book(items, box) -> None:
    for start in ["$\\begin{bmatrix} 7 & 4", "$\\begin{bmatrix} -3 & 4"]:
        task = _task(items, start)
        assert task.family == "linear_algebra.matrix_powers" and task.params["powers"] == []
        answer = _solved(task, box if "7" in start else None)
        assert compare_with_book(answer, task.book_answer).status == "match"
    # the even/odd answer in words is not read as a formula in n
    task = _task(items, "$\\begin{bmatrix} 0 & 1")
    assert compare_with_book(_solved(task), task.book_answer).status == "unreadable"


def test_inverse_of_a_matrix_of_letters(items, box) -> None:
    for start in ["Compute $M^{-1}$.", "Compute $N^{-1}$."]:
        task = _task(items, start)
        assert task.family == "linear_algebra.symbolic_inverse"
        answer = _solved(task, box if "M" in start else None)
        assert compare_with_book(answer, task.book_answer).status == "match"
    # a matrix whose determinant a - 1 can be 0 is not read, nonzero letters or not
    assert read_task("t", "Compute $M^{-1}$.", context="Suppose $a$ is nonzero. Let $M=\\left[ "
                     "\\begin{smallmatrix} a & 1 \\\\ 1 & 1 \\end{smallmatrix}\\right]$."
                     ).family != "linear_algebra.symbolic_inverse"


def test_greek_unknown_and_equations_from_roots(items) -> None:
    task = _task(items, "Solve $\\frac{d\\varphi}{ds}")
    assert compare_with_book(_solved(task), task.book_answer,
                             variable=sp.Symbol("s")).status == "match"
    general = _task(items, "Find the general solution.")  # 2.3.102 c): roots +-2i and 3
    solution = _solved(general)
    x = sp.Symbol("x")
    for basis in (sp.exp(3 * x), sp.sin(2 * x), sp.cos(2 * x)):
        assert any(sp.simplify(solution.coeff(c) - basis) == 0 for c in solution.free_symbols)
    # 2.3.5 b): y = 2 e^{4x} x cos x at 0, by hand: y = 0, y' = 2, y'' = 16, y''' = 90
    values = _solved(_task(items, "Find the initial conditions that the given"))
    assert list(values) == [0, 2, 16, 90]


def test_linear_algebra_in_words(items) -> None:
    eigen = _task(items, "Let $A$ be a $3 \\times 3$ matrix")
    assert list(_solved(eigen)) == [3, -3, 9]  # 3 times (1, -1, 3)
    mapping = _task(items, "Suppose a linear mapping $F \\colon {\\mathbb R}^3")
    assert _solved(mapping) == sp.Matrix([[2, 3, 5], [1, 4, 6]])  # the images as columns
    product = _task(items, "Suppose $$L")  # A.6.4: det(L) = 1, det(U) = 5 * 1 * 1 * 1
    assert product.family == "linear_algebra.product_determinant"
    assert _solved(product) == 5


def test_sums_and_rules_of_determinants(items) -> None:
    summand = _task(items, "If $\\vec{x} = (1,2)$")
    assert list(_solved(summand)) == [-1, 0]  # (0, 2) - (1, 2)
    similar = _task(items, "Suppose $A$ and $S$ are")
    assert list(_solved(similar)) == [3, 3]  # det(S^-1) det(A) det(S) = det(A)
    scaled = _task(items, "Let $A$ be an $n \\times n$ matrix such that")
    assert _solved(scaled) == sp.Symbol("x") ** sp.Symbol("n", integer=True, positive=True)
