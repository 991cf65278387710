"""Lebl's exercises read whole through their parts, and the questions added for chapters 0-2
and appendix A: magnitudes of multiples, integrating factors, trial solutions, the improved
Euler's method and Runge-Kutta, systems printed in ``aligned``.

The exercises are cut from the book's LaTeX source and read as the build reads them; their
answers are compared with the book's as the build compares them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.tasks import FormalTask, read_task
from syllabus.build import _agreement
from tests.book_items import item_starting, solved, source_items

# The first words of each exercise (book numbers 0.2.103, 0.2.106, 1.7.104, 1.8.102, A.1.104,
# A.4.103, A.3.103), each with the book's printed answer.
MARKERS = {
    "ch-intro.tex": ["Let $xy'' - y' = 0$.", "\\task $\\dfrac{dx}{dt} = -4x, \\quad x(0)=9$"],
    "ch-first-order-ode.tex": ["Consider $\\dfrac{dy}{dx} = x+y$, $y(0)=1$.",
                               "Find the integrating factor for the following equations making"],
    "ap-linear-algebra.tex": ["If the magnitude of $\\vec{x}$ is 5,",
                              "Suppose the column space of a $9 \\times 5$ matrix",
                              "\\task\n$\\begin{aligned}\n4x_1+3x_2 & = -1"],
}


@pytest.fixture(scope="module")
def items(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FormalTask]:
    return source_items(textbooks / "diffyqs" / "source", MARKERS, tmp_path_factory.mktemp("wholes"))



def _answer_and_agreement(task: FormalTask) -> tuple[sp.Basic, str]:
    """The verified answer and the build's verdict on it against the book's answer."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed is True for check in family.verify(problem))
    return problem.answer, _agreement(task, {"answer": sp.srepr(problem.answer)}, problem).status


def test_magnitudes_of_multiples_part_by_part_and_whole(items: dict[str, FormalTask]) -> None:
    # A.1.104: ||x|| = 5; the magnitudes of 4x, -2x, -4x are 20, 10, 20 (the book's answers).
    for part, value in (("$4\\vec{x}$", 20), ("$-2\\vec{x}$", 10), ("$-4\\vec{x}$", 20)):
        task = item_starting(items, part)
        assert task.family == "linear_algebra.scaled_magnitude"
        assert _answer_and_agreement(task) == (value, "match")
    whole = item_starting(items, "If the magnitude of $\\vec{x}$ is 5")
    assert (whole.family, whole.params["family"]) == ("linear_algebra.each",
                                                      "linear_algebra.scaled_magnitude")
    assert _answer_and_agreement(whole) == (sp.Tuple(20, 10, 20), "match")


def test_a_whole_read_as_its_first_system_is_read_as_all_four(items: dict[str, FormalTask]) -> None:
    # A.3.103: four systems in aligned rows (\phantom for a missing term); read alone, the
    # exercise would be its first system only.
    whole = item_starting(items, "Solve (find all solutions), or show no solution exists")
    assert whole.family == "linear_algebra.each" and len(whole.params["items"]) == 4
    answer, status = _answer_and_agreement(whole)
    assert answer[1] == sp.EmptySet and status == "match"  # b) has no solution, as the book says
    first = item_starting(items, "$\\begin{aligned} 4x_1+3x_2 & = -1")
    assert first.params["augmented"] == [["4", "3", "-1"], ["5", "6", "4"]]


def test_a_whole_compares_each_part_in_its_own_variables(items: dict[str, FormalTask]) -> None:
    # 0.2.106: x(t), x(t), p(q), T(x): the whole agrees with the book part by part.
    whole = item_starting(items, "Solve:")
    assert whole.family == "differential_equations.several"
    assert _answer_and_agreement(whole)[1] == "match"


def test_integrating_factors_are_the_books(items: dict[str, FormalTask]) -> None:
    # 1.8.102: the book's factors y, e^x, y^2, x (a function of one variable each).
    x, y = sp.symbols("x y")
    for part, factor in (("$\\frac{1}{y}\\, dx + 3y \\, dy = 0$", y),
                         ("$dx - e^{-x-y} \\, dy = 0$", sp.exp(x)),
                         ("$\\left( \\frac{\\cos(x)}{y^2}", y**2),
                         ("$\\left( 2y + \\frac{y^2}{x} \\right)", x)):
        task = item_starting(items, part)
        assert task.family == "differential_equations.integrating_factor"
        assert _answer_and_agreement(task)[0] == factor
    # e^{xy} dx + (y/x) e^{xy} dy = 0 (1.8.3 a) has no factor of x or of y alone: not read.
    context = "Find the integrating factors for the following equations making them into exact " \
              "equations: $e^{xy} \\, dx + \\frac{y}{x} e^{xy} \\, dy = 0$"
    assert read_task("a", "$e^{xy} \\, dx + \\frac{y}{x} e^{xy} \\, dy = 0$",
                     context=context).family != "differential_equations.integrating_factor"


def test_trial_exponents(items: dict[str, FormalTask]) -> None:
    # 0.2.103: y = x^r solves x y'' - y' = 0 for r = 0 and 2 (the book's answer).
    task = item_starting(items, "Let $xy'' - y' = 0$.")
    assert task.family == "differential_equations.trial_exponent"
    assert _answer_and_agreement(task) == (sp.FiniteSet(0, 2), "match")
    # 0.2.7 (no printed answer): r^2 + 2r - 8 = (r + 4)(r - 2).
    _, problem = solved("Let $y'' + 2y' - 8y = 0$.  Now try a solution of the form $y = e^{rx}$ "
                        "for some (unknown) constant $r$.  Is this a solution for some $r$?  If "
                        "so, find all such $r$.")
    assert problem.answer == sp.FiniteSet(-4, 2)


def test_improved_euler_and_runge_kutta(items: dict[str, FormalTask]) -> None:
    # 1.7.104 a): the book's 3.3897 and 3.4237; the whole names two methods and is not read
    # as either (its parts c), d) are not read, so neither is the whole).
    task = item_starting(items, "Approximate $y(1)$ using the improved Euler's method")
    assert task.params["method"] == "improved"
    assert _answer_and_agreement(task)[1] == "match"
    assert item_starting(items, "Consider $\\dfrac{dy}{dx} = x+y$").family is None
    # 1.7.7 a): one Runge-Kutta step from (0, 1) along y' = y x^2: k = 0, 1/4, 9/32, 41/32.
    _, problem = solved("Approximate $y(1)$ using Runge--Kutta (see above) with step sizes $h=1$.",
                        context="Consider $\\dfrac{dy}{dx} = yx^2$, $y(0)=1$. Approximate $y(1)$ "
                                "using Runge--Kutta (see above) with step sizes $h=1$.")
    assert problem.answer == sp.Rational(89, 64)


def test_a_part_the_pdf_ran_together_is_not_read() -> None:
    context = "If the magnitude of $\\vec{x}$ is $4$, what is the magnitude of a) $0\\vec{x}$ " \
              "b) $3\\vec{x}$"
    assert read_task("a", "$0\\vec{x}$ b) $3\\vec{x}$", context=context).family is None


def test_rank_and_nullity_from_the_size_and_the_rank(items: dict[str, FormalTask]) -> None:
    # A.4.103: a 9 x 5 matrix whose column space has dimension 3; the book: 3, 2, 3, 2, 3.
    asked = ["Rank of $A$.", "Nullity of $A$.", "Dimension of the row space of $A$.",
             "Dimension of the nullspace of $A$.", "Size of the maximum subset of"]
    for start, value in zip(asked, [3, 2, 3, 2, 3], strict=True):
        task = item_starting(items, start)
        assert task.family == "linear_algebra.rank_nullity"
        assert _answer_and_agreement(task)[0] == value
    _, problem = solved("Suppose a $5 \\times 5$ matrix $A$ has rank 3.  What is the nullity?")
    assert problem.answer == 2  # A.4.3
    # A.4.6 asks for entries that make the nullity 2: not a nullity to compute.
    assert read_task("a", "Consider $M$, a $3 \\times 3$ matrix. If the nullity of this matrix is 2, "
                     "fill in the question marks.").family is None
