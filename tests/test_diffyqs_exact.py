"""Diffyqs items read in session 7: exact equations, inverse Laplace transforms with an impulse,
Gram-Schmidt and orthogonality, Taylor polynomials of e^{tA}, and an Euler's-method answer the
book states with \\approx. Each item is cut from the book's LaTeX source and read as the build
reads it (parts with their exercise); the computed answer is compared with the book's."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.exact import differential
from formalize.tasks import FormalTask
from syllabus.build import _agreement
from tests.book_items import book_source, read_items


@pytest.fixture(scope="module")
def source(textbooks: Path) -> dict[str, str]:
    folder = textbooks / "diffyqs" / "source"
    return {path.stem: path.read_text(encoding="utf-8") for path in folder.glob("*.tex")}


def _tasks(source: dict[str, str], chapter: str, markers: list[str], scratch: Path
           ) -> list[FormalTask]:
    tasks = read_items([book_source(source[chapter], m) for m in markers], scratch)
    return list(tasks.values())


def _solve(task: FormalTask) -> tuple[object, str]:
    """The posed problem (all checks pass) and its agreement with the book's answer, compared
    as the build compares it."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed for check in family.verify(problem)), task.label
    return problem, _agreement(task, {"answer": sp.srepr(problem.answer)}, problem).status


def _rejects(task: FormalTask, wrong: sp.Basic) -> bool:
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    problem.answer = wrong
    return not all(check.passed for check in family.verify(problem))


def test_exact_equations_match_the_book(source: dict[str, str], tmp_path: Path) -> None:
    # Exercise 1.8.101: a) e^{xy} + sin x = C, b) x^2 + xy - 2y^2 = C, c) e^x + e^y = C, ...
    tasks = _tasks(source, "ch-first-order-ode", ["$(2x+y)\\, dx + (x-4y) \\, dy = 0$"], tmp_path)
    parts = [t for t in tasks if t.label and "(" in t.label]
    assert len(parts) == 4
    assert all(t.family == "differential_equations.exact_equation" for t in parts)
    assert [_solve(t)[1] for t in parts] == ["match"] * 4
    whole = next(t for t in tasks if t not in parts)  # four equations: not one exact equation
    assert whole.family != "differential_equations.exact_equation"
    x, y, c = sp.symbols("x y C")
    assert _rejects(parts[1], sp.Eq(x**2 + x * y - 3 * y**2, c))
    assert compare_with_book(sp.Eq(x**2 - y**2, c), parts[1].book_answer).status == "differs"


def test_exact_equation_through_a_point_and_a_potential(source: dict[str, str]) -> None:
    from tests.book_items import solved

    example = book_source(source["ch-first-order-ode"], "\\frac{x}{x^2+y^2} dy = 0", "example")
    task, problem = solved(example)
    assert task.params["ics"] == {"x": "1", "y": "2"}
    x, y = sp.symbols("x y")
    assert sp.simplify(problem.answer.lhs.subs({x: 1, y: 2}) - problem.answer.rhs) == 0
    text = "Find the potential function $F(x,y)$ of the exact equation " \
           "$\\frac{1+xy}{x}\\, dx + \\left(\\frac{1}{y} + x \\right) \\, dy = 0$."
    task, problem = solved(text)
    assert task.params["ask"] == "potential"
    assert sp.simplify(problem.answer - (x * y + sp.log(x) + sp.log(y))) == 0
    assert _rejects(task, x * y + sp.log(x))


def test_inverse_laplace_transform_keeps_the_impulse(source: dict[str, str], tmp_path: Path
                                                     ) -> None:
    # Exercises 6.4.104 and 6.4.105: delta(t) - sin(t) and 3 delta(t-1) + 2t.
    tasks = _tasks(source, "ch-laplace", ["\\frac{s^2}{s^2+1} \\right\\}$.",
                                          "\\frac{3 s^2 e^{-s} + 2}{s^2}"], tmp_path)
    assert [_solve(t)[1] for t in tasks] == ["match", "match"]
    t = sp.Symbol("t")
    assert _rejects(tasks[0], -sp.sin(t))  # the impulse dropped
    assert _rejects(tasks[1], 2 * t + 3 * sp.DiracDelta(t - 2))


def test_gram_schmidt_and_an_orthogonal_entry(source: dict[str, str], tmp_path: Path) -> None:
    # Exercises A.5.101 (s = -2), A.5.106 and A.5.107 (the bases the book prints).
    tasks = _tasks(source, "ap-linear-algebra", [
        "$(1,1,1)$, $(1,s,1)$", "$(2,-1,1)$, $(2,2,2)$.", "Starting with $(1,1,-1)$"], tmp_path)
    assert [t.family for t in tasks] == ["linear_algebra.orthogonal_parameter"] + [
        "linear_algebra.gram_schmidt"] * 2
    assert [_solve(t)[1] for t in tasks] == ["match"] * 3
    column = sp.ImmutableMatrix
    assert _rejects(tasks[1], sp.Tuple(column([2, -1, 1]), column([2, 2, 2])))  # not orthogonal
    assert _rejects(tasks[1], sp.Tuple(column([1, 1, -1]), column([2, 1, 1])))  # another basis


def test_taylor_polynomial_of_the_matrix_exponential(source: dict[str, str], tmp_path: Path
                                                     ) -> None:
    # Exercise 3.8.104: [[1+2t+5t^2, 3t+6t^2], [2t+4t^2, 1+2t+5t^2]], e^{0.1A} ~ [[1.25, 0.36], ...]
    (task,) = _tasks(source, "ch-systems", ["Compute the first 3 terms (up to the second"],
                     tmp_path)
    assert task.params == {"matrix": [["2", "3"], ["2", "2"]], "degree": "2", "at": "1/10"}
    problem, _ = _solve(task)
    t = sp.Symbol("t")
    book = sp.Matrix([[1 + 2 * t + 5 * t**2, 3 * t + 6 * t**2], [2 * t + 4 * t**2, 1 + 2 * t + 5 * t**2]])
    assert sp.Matrix(problem.answer[0]) == book
    assert sp.Matrix(problem.answer[1]) == sp.Matrix([[1.25, 0.36], [0.24, 1.25]]).applyfunc(
        sp.nsimplify)
    assert _rejects(task, sp.Tuple(sp.ImmutableMatrix(book + sp.Matrix([[0, t**2], [0, 0]])),
                                   problem.answer[1]))


def test_euler_values_stated_with_approx(source: dict[str, str], tmp_path: Path) -> None:
    # Exercise 1.7.104(b): "y(1) \approx 2.8828 for h = 1/4": the h's are the question's steps.
    tasks = _tasks(source, "ch-first-order-ode", ["Consider $\\dfrac{dy}{dx} = x+y$, $y(0)=1$."],
                   tmp_path)
    (euler,) = [t for t in tasks if t.family == "differential_equations.euler_method"
                and "method" not in t.params]  # b) (a) is the improved Euler's method
    problem, status = _solve(euler)
    assert status == "match"
    half = sp.FiniteSet(*[v * sp.Rational(101, 100) for v in problem.answer])
    assert compare_with_book(half, euler.book_answer).status == "differs"


def test_differentials_the_pdf_ran_into_their_coefficient() -> None:
    """Diffy Qs 1.8.3(b), 1.8.102(a) in the PDF: "3xdy", "3ydy" lost the thin space before dy."""
    x, y = sp.symbols("x y")
    assert differential(r"\frac{1}{y}dx+3ydy=0")[:2] == (1 / y, 3 * y)
    assert differential(r"\frac{e^{x}+y^{3}}{y^{2}}dx+3xdy=0")[:2] == ((sp.exp(x) + y**3) / y**2, 3 * x)
    assert differential(r"2dx+x\,dy=0")[:2] == (2, x)
    assert differential(r"\frac{dy}{dx}=0") is None  # a derivative, no differentials
