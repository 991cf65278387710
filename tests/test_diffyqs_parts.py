"""Parts of the diffyqs book's exercises, read as the build reads them: a part reads its own
formulas and question and its exercise's setup, never a sibling part's; implicit answers and
answers the PDF text layer damaged are compared as such.

The exercises are cut from the book's LaTeX source and extracted like the whole book."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.parts import merged
from formalize.tasks import FormalTask, read_task
from tests.book_items import item_starting, source_items

# The first words of each exercise (book numbers 1.3.107, 1.7.102, 1.8.101, 2.5.102, 7.3.103).
MARKERS = {
    "ch-first-order-ode.tex": ["A population $x$ of rabbits", "Let $x' = 2t$, and $x(0)=0$.",
                               "$e^x + e^y \\frac{dy}{dx} = 0$"],
    "ch-higher-order-ode.tex": ["\\task Find a particular solution to $y''+2y=e^x + x^3$."],
    "ch-power-ser.tex": ["Find a particular solution of $x^2 y'' +(x-\\nicefrac{3}{4})y = 0$."],
}


@pytest.fixture(scope="module")
def items(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FormalTask]:
    """Every exercise and part read into a task, by its text."""
    return source_items(textbooks / "diffyqs" / "source", MARKERS, tmp_path_factory.mktemp("diffyqs"))



def test_a_part_reads_the_setup_but_never_a_sibling(items: dict[str, FormalTask]) -> None:
    # "Let x' = 2t, x(0) = 0" is the setup: a) reads it with its own step sizes.
    euler = item_starting(items, "Approximate $x(4)$ using Euler's method w")
    assert euler.family == "differential_equations.euler_method"
    assert euler.params["value"] == "0" and euler.params["steps"] == ["4", "2", "1"]
    # c) asks a factor of a)'s errors: a)'s words (Euler's method) are not its own.
    assert item_starting(items, "Compute the factor by which the errors ch").family is None
    # b) asks the errors beside the solution: not a plain solve.
    assert item_starting(items, "Solve exactly, and compute the errors.").family is None
    # b) in differentials is its own exact equation, never a)'s.
    differential = item_starting(items, "$(2x+y)\\, dx + (x-4y) \\, dy = 0$")
    assert (differential.family, differential.params["m"]) == (
        "differential_equations.exact_equation", "2*x + y")


def test_a_parts_own_words_say_which_solution(items: dict[str, FormalTask]) -> None:
    # 2.5.102: a) asks a particular solution of its equation; b) "Find the general solution."
    # names no equation of its own, and a part never reads a sibling's: b) stays unread.
    particular = item_starting(items, "Find a particular solution to $y''+2y")
    assert particular.family == "differential_equations.solve_ode"
    assert particular.params["particular"] is True
    assert item_starting(items, "Find the general solution.").family is None
    # "with the initial condition", given in words only (40 rabbits at t = 0): not read.
    assert item_starting(items, "Find the solution to the equation with t").family is None
    # "a particular solution" of a homogeneous equation is any one solution: not read.
    assert item_starting(items, "Find a particular solution of $x^2 y'' +").family is None


def test_implicit_answer_is_compared_by_its_level_sets(items: dict[str, FormalTask]) -> None:
    task = item_starting(items, "$e^x + e^y \\frac{dy}{dx} = 0$")
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed for check in family.verify(problem))
    book = task.book_answer
    assert book == "$e^x+e^y=C$"
    found = compare_with_book(problem.answer, book, passes=lambda value: False)
    assert found.status == "match", found
    c1, x = sp.Symbol("C1"), sp.Symbol("x")
    wrong = compare_with_book(sp.log(c1 + sp.exp(x)), book, passes=lambda value: False)
    assert wrong.status == "differs"
    level = compare_with_book(sp.log(c1 - sp.exp(x)), "$e^x+e^y=1$", passes=lambda value: False)
    assert level.status != "match"  # one level set is not the general solution


def test_answers_the_pdf_text_layer_damaged() -> None:
    # Exercise A.3.103 as the PDF text layer gives it: the parts' equations run together.
    assert merged([r"5x+6x=4b)6x+8y+6z=-1 \\ 125x+2y+5z=2"])
    assert not merged([r"S([ab])=(3a+b)+(5a+2b)x", r"[0, a)"])
    task = read_task("c", "$$a+5b+6c=-1$$", context="Solve (find all solutions) $$4x_{1}+3x_{2}"
                     "=-15x+6y+5z=7$$ a) $$5x+6x=4b)6x+8y+6z=-1$$ c) $$a+5b+6c=-1$$")
    assert task.family is None and "part label inside a formula" in task.reason
    # Exercise 2.5.104's answer, a piece of the display the PDF rebuilt from the answer list,
    # lost an x (2xe^x) and a 2 (e^{2x}): unreadable, not a disagreement.
    x = sp.Symbol("x")
    ours = (x * sp.exp(x) * 2 - (sp.exp(x) + sp.exp(-x)) * sp.log(sp.exp(2 * x) + 1)) / 4
    printed = r"$$y=\frac{2e^{x}-(e^{x}+e^{-x})\ln(e^{x}+1)}{4} \\$$"
    assert compare_with_book(ours, printed).status == "unreadable"
    assert compare_with_book(ours, printed.replace(r" \\", "")).status == "differs"
    source = r"$y = \frac{2xe^x-(e^x+e^{-x})\ln(e^{2x}+1)}{4}$"
    assert compare_with_book(ours, source).status == "match"


def test_a_series_written_out_is_not_an_equation_in_x() -> None:
    # Exercise 4.3.10(b) of the source: its sibling a) has the function; the dots are no unknown.
    task = read_task("b", r"By plugging in $t=0$, evaluate $\displaystyle \sum_{n=1}^\infty "
                     r"\frac{{(-1)}^n}{n^2} = -1 + \frac{1}{4} - \frac{1}{9} + \cdots$.",
                     context="[2] Let $$f(t) = t^2 \\qquad \\text{for } \\; {-1} < t \\leq 1$$\n\n"
                     "extended periodically.\n\nBy plugging in $t=0$, evaluate ...")
    assert task.family is None
