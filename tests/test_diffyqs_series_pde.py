"""Chapters 4-7 of diffyqs, read from the book's LaTeX source as the build reads it: Taylor
series with their general term, heat-problem questions, a disk's data defined in a part,
transport equations on the quarter plane, transfer functions and impulse responses. Each
answer is compared with the book's where it prints one, and each verification rejects a
wrong answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from tests.book_items import book_source, read_items, solved

x, t, r, theta = sp.symbols("x t r theta")
n = sp.Symbol("n", integer=True, nonnegative=True)


@pytest.fixture(scope="module")
def source(textbooks: Path) -> dict[str, str]:
    folder = textbooks / "diffyqs" / "source"
    return {p.name: p.read_text(encoding="utf-8") for p in folder.glob("ch-*.tex")}


def _exercise(text: str, marker: str) -> str:
    """The book's exercise holding ``marker``, with its \\exsol answer when it has one."""
    end = text.index("\\end{exercise}", text.index(marker)) + len("\\end{exercise}")
    if text[end:].lstrip().startswith("\\exsol"):
        return book_source(text, marker)
    return text[text.rindex("\\begin{exercise}", 0, end):end]


def _passes(family: str, params: dict, answer: sp.Basic) -> bool:
    problem = FAMILIES[family].pose(params)
    problem.answer = answer
    return all(check.passed for check in FAMILIES[family].verify(problem))


def _task(tasks: dict, start: str):
    return next(task for text, task in tasks.items() if text.startswith(start))


def test_taylor_series_with_general_term_and_radius(source: dict[str, str],
                                                    tmp_path: Path) -> None:
    power = source["ch-power-ser.tex"]
    tasks = read_items([_exercise(power, "Taylor series for $x^7 e^x$"),
                        _exercise(power, "$\\dfrac{x}{4-x^2}$"),
                        _exercise(power, "Taylor series for $\\sin x$"),
                        _exercise(power, "Expand $x^5+5x+1$")], tmp_path)
    task = _task(tasks, "Find the Taylor series for $x^7 e^x$")
    problem = FAMILIES[task.family].pose(task.params)
    assert compare_with_book(problem.answer, task.book_answer).status == "match"  # \sum\limits
    task = _task(tasks, "Determine the Taylor series and its radius")
    series, radius = FAMILIES[task.family].pose(task.params).answer
    assert radius == 2 and series.limits[0][1:] == (0, sp.oo)
    assert sp.simplify(series.function.subs(n, 1) - x**3 / 16) == 0
    # A wrong radius, or a general term off by one power, fails the checks.
    assert not _passes(task.family, task.params, sp.Tuple(series, 1))
    assert not _passes(task.family, task.params,
                       sp.Tuple(sp.Sum(x**(2 * n + 1) / 4**n, (n, 0, sp.oo)), 2))
    # sin x about pi: only the odd powers of (x - pi), one sum.
    task = _task(tasks, "Determine the Taylor series for $\\sin x$")
    assert FAMILIES[task.family].pose(task.params).answer.function.subs(n, 0) == -(x - sp.pi)
    # "Expand ... around $x_0 = 5$": a polynomial in powers of x - 5, not x^5 + 5x + 1 again.
    task = _task(tasks, "Expand $x^5+5x+1$")
    answer = FAMILIES[task.family].pose(task.params).answer
    assert sp.expand(answer - (x**5 + 5 * x + 1)) == 0 and answer.has(x - 5)
    assert read_task("a", r"Compute the first 3 terms of the Taylor series of $e^x$ around "
                          r"$x_0 = 0$.").family != task.family


def test_heat_questions_match_the_books_answers(source: dict[str, str], tmp_path: Path) -> None:
    pde = source["ch-fourier-and-pde.tex"]
    tasks = read_items([_exercise(pde, r"u(x,0) = 100\sin(2 \pi x)"),
                        _exercise(pde, r"u(x,0) = \cos^2(\pi x)")], tmp_path)
    value = _task(tasks, "What is the temperature at")
    extremes = _task(tasks, "What is the maximum and the minimum")
    half = _task(tasks, "At what time is the maximum")
    for task in (value, half):
        problem = FAMILIES[task.family].pose(task.params)
        assert compare_with_book(problem.answer, task.book_answer).status == "match"
    problem = FAMILIES[extremes.family].pose(extremes.params)
    assert problem.answer == sp.Tuple(100, -100)
    assert not _passes(extremes.family, extremes.params, sp.Tuple(100, 0))
    average = _task(tasks, "Find the average temperature")
    assert FAMILIES[average.family].pose(average.params).answer == sp.Rational(1, 2)
    variation = _task(tasks, "Initially the temperature variation")
    assert FAMILIES[variation.family].pose(variation.params).answer == sp.log(2) / (4 * sp.pi**2)
    assert not _passes(variation.family, variation.params, sp.log(2) / (2 * sp.pi**2))


def test_a_disks_data_defined_in_its_part(source: dict[str, str], tmp_path: Path) -> None:
    pde = source["ch-fourier-and-pde.tex"]
    tasks = read_items([_exercise(pde, r"g(\theta) = 2 \cos(\theta+1)")], tmp_path)
    part = _task(tasks, r"$g(\theta) = \sin^2(\theta)$")
    problem = FAMILIES[part.family].pose(part.params)
    assert sp.simplify(problem.answer - (sp.Rational(1, 2) - r**2 * sp.cos(2 * theta) / 2)) == 0
    assert not _passes(part.family, part.params, sp.Rational(1, 2) - r * sp.cos(2 * theta) / 2)


def test_quarter_plane_transport_and_systems_match_the_book(source: dict[str, str],
                                                            tmp_path: Path) -> None:
    laplace = source["ch-laplace.tex"]
    markers = ["y_t + y_x + c y = 0", "Find (in closed form) the solution",
               "$x(t) = 1 - \\cos(2 t)$"]
    tasks = read_items([_exercise(laplace, m) for m in [*markers, "y_t + 2 y_x = x+t"]], tmp_path)
    answered = [task for task in tasks.values() if task.book_answer]
    assert len(answered) == len(markers)
    for task in answered:
        problem = FAMILIES[task.family].pose(task.params)
        assert compare_with_book(problem.answer, task.book_answer).status == "match", task.label
    # The step's side matters: the solution without its Heaviside factor fails.
    task = next(task for task in tasks.values() if not task.book_answer)
    assert task.family == "differential_equations.transport_half_line"
    assert not _passes(task.family, task.params, x * t - t**2 / 2)


def test_new_families_programs_run_in_the_sandbox() -> None:
    items = [(r"Find the Taylor series for $\ln x$ around the point $x_0 = 1$, and the radius of "
              r"convergence."),
             (r"For a $c > 0$, solve $$y_t + y_x + c y = 0, \qquad 0 < x < \infty, \enspace t > 0,"
              r" \\ y(0,t) = \sin(t), \quad y(x,0) = 0 .$$"),
             (r"Suppose $Lx = f(t)$, $x(0)=0$, $x'(0)=0$ for the input function $f(t) = 4$ gives "
              r"the output $x(t) = 1 - \cos(2 t)$. Find $F(s)$, $X(s)$, and the transfer "
              r"function $H(s)$.")]
    with Sandbox() as sandbox:
        for text in items:
            _, problem = solved(text)
            run = sandbox.run(problem.code, sp.srepr(problem.answer))
            assert run.status == "ok" and run.equal, (text, run)


def test_cosine_series_with_an_exceptional_harmonic(source: dict[str, str], tmp_path: Path) -> None:
    # Exercise 4.4.102 b) (book: the sum over odd n of 4n / (pi n^2 - 4 pi) sin(nt)): b_2 = 0
    # is SymPy's special case; the answer writes n = 1 out and sums from n = 3.
    pde = source["ch-fourier-and-pde.tex"]
    tasks = read_items([_exercise(pde, "f(t) = \\cos(2t)$ on $0 \\leq t < \\pi$")], tmp_path)
    task = _task(tasks, "Find the Fourier series of the odd periodic extension")
    answer = FAMILIES[task.family].pose(task.params).answer
    odd = sum(4 * k / (sp.pi * k**2 - 4 * sp.pi) * sp.sin(k * t) for k in (1, 3, 5))
    (total,) = answer.atoms(sp.Sum)
    partial = answer - total + sum(total.function.subs(total.limits[0][0], k) for k in (3, 4, 5))
    assert sp.simplify(partial - odd) == 0
    assert not _passes(task.family, task.params, answer - sp.sin(t))


def test_heat_words_and_an_impulse_response(source: dict[str, str], tmp_path: Path) -> None:
    pde, laplace = source["ch-fourier-and-pde.tex"], source["ch-laplace.tex"]
    tasks = read_items([_exercise(pde, "Consider a wire of length 2, with $k=0.001$"),
                        _exercise(laplace, "$x(t) = t e^{-t}$ for $t > 0$.  Find")], tmp_path)
    wire = _task(tasks, "Consider a wire of length 2")
    assert (wire.params["length"], wire.params["k"], wire.params["ends"]) == ("2", "1/1000",
                                                                              "dirichlet")
    impulse = _task(tasks, "Suppose that $L x = \\delta(t)$")
    answer = FAMILIES[impulse.family].pose(impulse.params).answer
    # x = (t e^{-t}) * t^2: X(s) = 2 / (s^3 (s+1)^2), so x ~ t^4/12 near 0.
    assert sp.series(answer, t, 0, 5).removeO() == t**4 / 12
