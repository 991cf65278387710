"""Diffyqs chapters 3, 4 and 8 items read as the build reads them (cut from the book's LaTeX
source): nonlinear systems' critical points linearized or classified (8.1.101, 8.2.101,
8.2.102), second-order systems x'' = Ax + f (3.9.7 at resonance, 3.9.104), a Fourier series that is a finite trigonometric sum (4.2.103) and a series written
out to its 3rd harmonic (4.3.101 b), each checked against the book's printed answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from formalize.agreement import compare_with_book
from formalize.tasks import FormalTask, read_task
from tests.book_items import item_starting, source_items

EXERCISES = {
    "ch-nonlin-systems.tex": [
        "\\task $x'=\\sin(\\pi y)+(x-1)^2$", "\\task $x'=y-y^2-x$, $y'=-x$", "\\task $x''+ x^2 = 4$"],
    "ch-systems.tex": ["$x_2'' = 2x_1 -7x_2 + 3\\cos (2t)$", "$x_1'' = -3x_1 + x_2 + t$"],
    "ch-fourier-and-pde.tex": ["$f(t) = \\sin^2(t)$", "f(t) = t^2 \\qquad \\text{for } \\; {-2}"],
}
KIND = {"saddle", "source", "sink", "spiral source", "spiral sink", "center"}


@pytest.fixture(scope="module")
def items(textbooks: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, FormalTask]:
    return source_items(textbooks / "diffyqs" / "source", EXERCISES,
                        tmp_path_factory.mktemp("diffyqs"))



@pytest.fixture(scope="module")
def box():
    with Sandbox(workers=1) as sandbox:
        yield sandbox


def _solved(task: FormalTask, box: Sandbox) -> sp.Basic:
    """Pose and verify the task; the family's own solve() program gives the same answer."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed is True for check in family.verify(problem))
    assert box.run(problem.code, sp.srepr(problem.answer)).equal is True
    return problem.answer


def _kinds(answer: sp.Basic) -> dict[tuple, str]:
    return {tuple(point): str(kind) for point, kind in answer}


def test_classified_critical_points_match_the_book(items, box) -> None:
    # 8.2.101 (book: a) (0,0) saddle, (1,0) source; b) (0,0) spiral sink, (0,1) saddle;
    # c) (1,0) saddle, (0,1) source): each part, and the whole exercise as its three parts.
    expected = [{(0, 0): "saddle", (1, 0): "source"}, {(0, 0): "spiral sink", (0, 1): "saddle"},
                {(1, 0): "saddle", (0, 1): "source"}]
    for start, kinds in zip(["$x'=-x+x^2$", "$x'=y-y^2-x$", "$x'=xy$"], expected, strict=True):
        task = item_starting(items, start)
        assert task.family == "differential_equations.critical_point_kinds"
        assert _kinds(_solved(task, box)) == kinds
    whole = item_starting(items, "For the systems below, find and classify")
    assert whole.family == "linear_algebra.each"
    assert [_kinds(a) for a in _solved(whole, box)] == expected


def test_conservative_trajectories_and_centers(items, box) -> None:
    # 8.2.102 a) y^2/2 + x^3/3 - 4x = C, (-2,0) a saddle and (2,0) a center; b) none.
    trajectories, points = _solved(item_starting(items, "$x''+ x^2 = 4$"), box)
    x, y = sp.symbols("x y", real=True)
    assert sp.simplify(trajectories.lhs - (y**2 / 2 + x**3 / 3 - 4 * x)) == 0
    assert _kinds(points) == {(-2, 0): "saddle", (2, 0): "center"}
    assert _solved(item_starting(items, "$x''+ e^x = 0$"), box)[1] == sp.EmptySet


def test_linearizations(items, box) -> None:
    # 8.1.101 a) at (1,0): u' = pi v, v' = -v; at (1,1): u' = -pi v, v' = v.
    task = item_starting(items, "$x'=\\sin(\\pi y)+(x-1)^2$")
    assert task.params["ask"] == "linearize"
    found = {tuple(p): m for p, m in _solved(task, box)}
    assert found == {(1, 0): sp.ImmutableMatrix([[0, sp.pi], [0, -1]]),
                     (1, 1): sp.ImmutableMatrix([[0, -sp.pi], [0, 1]])}


def test_words_that_ask_something_else_are_not_read() -> None:
    for text in [r"Show that $x'=-x+x^2$, $y'=y$ has a saddle. Classify the critical points.",
                 (r"The conservative system $x''+x^3 = 0$ is not almost linear. Classify its "
                  r"critical point(s) nonetheless."),
                 r"Find the critical points of $x'=-x+x^2$, $y'=y$."]:
        assert read_task("e", text).family != "differential_equations.critical_point_kinds"


def test_fourier_finite_sum_and_harmonics(items, box) -> None:
    task = item_starting(items, "Suppose $f(t)$ is defined on $(-\\pi,\\pi]$ as $f(t) = \\sin^2")
    answer = _solved(task, box)
    assert compare_with_book(answer, task.book_answer).status == "match"
    part = item_starting(items, "Write out the series explicitly up to the $3^{\\text{rd}}$ harmonic.")
    assert part.params["harmonics"] == 3
    t = sp.Symbol("t")
    book = sp.Rational(8, 6) - 16 / sp.pi**2 * sp.cos(sp.pi * t / 2) + 4 / sp.pi**2 * sp.cos(
        sp.pi * t) - 16 / (9 * sp.pi**2) * sp.cos(3 * sp.pi * t / 2)
    assert sp.simplify(_solved(part, box) - book) == 0
    # a sum the book breaks off ("+ \cdots") is no value to compare
    assert compare_with_book(_solved(part, box), part.book_answer).status != "differs"


def test_second_order_systems(items, box) -> None:
    t = sp.Symbol("t")
    # 3.9.104, book: [1, 9]((1/140 + 1/(120 sqrt 6)) e^{sqrt 6 t} + (1/140 - 1/(120 sqrt 6))
    # e^{-sqrt 6 t} - t/60 - cos(t)/70) + [1, -1](-9/80 sin 2t + 1/30 cos 2t + 9t/40 - cos(t)/30)
    task = item_starting(items, "Solve $x_1'' = -3x_1 + x_2 + t$")
    assert task.params["ask"] == "ivp"
    r = sp.sqrt(6)
    book = sp.Matrix([1, 9]) * ((sp.Rational(1, 140) + 1 / (120 * r)) * sp.exp(r * t)
                                + (sp.Rational(1, 140) - 1 / (120 * r)) * sp.exp(-r * t)
                                - t / 60 - sp.cos(t) / 70) \
        + sp.Matrix([1, -1]) * (-sp.Rational(9, 80) * sp.sin(2 * t) + sp.cos(2 * t) / 30
                                + 9 * t / 40 - sp.cos(t) / 30)
    difference = sp.Matrix(_solved(task, box)) - book
    assert all(abs(sp.N(v.subs(t, value))) < 1e-20 for v in difference for value in (0.3, 1.7))
    # 3.9.7: cos(2t) forces at the natural frequency 2 (A's eigenvalues -4, -9): t sin(2t)
    resonant = [task for text, task in items.items()
                if text.startswith("Find the general solution") and "3\\cos (2t)" in text]
    general = _solved(resonant[0], box)
    assert general.has(t * sp.sin(2 * t)) and len(general.free_symbols - {t}) == 4
