"""Corral's Trigonometry: its items read into the trigonometry families, solved, verified, compared.

Item texts are quoted from the book (its LaTeX source or the PDF's text layer),
with the group instruction they sit under as context; expected values were worked
out by hand (or with ``math`` from the laws of sines and cosines), and the book's
printed answers are quoted from its appendix.
"""

from __future__ import annotations

import math
import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved as _solved

SOLVE = "solve the triangle $\\triangle\\,ABC$"
I = sp.I


def _degrees(x: float) -> float:
    return math.degrees(x)


def test_aas_triangle_by_the_law_of_sines_and_the_books_answer() -> None:
    task, problem = _solved(r"$a = 10$, $A = 35\Degrees$, $B = 25\Degrees$", SOLVE)
    assert task.params["given"] == {"a": "10", "A": "35", "B": "25"}
    b = 10 * math.sin(math.radians(25)) / math.sin(math.radians(35))
    assert abs(float(problem.answer[sp.Symbol("b")]) - b) < 1e-9
    assert float(problem.answer[sp.Symbol("C")]) == pytest.approx(120)
    book = r"$b = 7.4$, $c = 15.1$, $C = 120\Degrees$"
    assert compare_with_book(problem.answer, book).status == "match"
    assert compare_with_book(problem.answer, r"$b = 7.9$, $c = 15.1$, $C = 120\Degrees$").status \
        == "differs"


def test_ssa_gives_two_triangles_and_both_must_match() -> None:
    _, problem = _solved(r"$a=22$, $A=50^{\circ}$, $c=27$", SOLVE)  # the PDF's text layer
    assert isinstance(problem.answer, sp.Tuple) and len(problem.answer) == 2
    c_angle = math.asin(27 * math.sin(math.radians(50)) / 22)
    assert {round(float(t[sp.Symbol("C")]), 6) for t in problem.answer} == {
        round(_degrees(c_angle), 6), round(180 - _degrees(c_angle), 6)}
    both = (r"$b = 24.9$, $B = 59.9\Degrees$, $C = 70.1\Degrees$; "
            r"$b = 9.9$, $B = 20.1\Degrees$, $C = 109.9\Degrees$")
    assert compare_with_book(problem.answer, both).status == "match"
    one = r"$b = 24.9$, $B = 59.9\Degrees$, $C = 70.1\Degrees$"
    assert compare_with_book(problem.answer, one).status == "differs"


def test_no_triangle_fits_and_the_book_says_so() -> None:
    _, problem = _solved(r"$a = 12$, $A = 94\Degrees$, $b = 15$", SOLVE)
    assert problem.answer == sp.Tuple()
    assert compare_with_book(problem.answer, "No solution").status == "match"
    _, sss = _solved(r"$a = 6$, $b = 4$, $c = 1$", SOLVE)  # 6 > 4 + 1
    assert sss.answer == sp.Tuple()


def test_two_parts_are_a_right_triangle_and_area_and_radii_follow_the_instruction() -> None:
    _, right = _solved(r"$c = 2$, $A = 45\Degrees$")
    assert float(right.answer[sp.Symbol("a")]) == pytest.approx(math.sqrt(2))
    assert compare_with_book(right.answer, r"$a=\sqrt{2}$, $b=\sqrt{2}$, $B=45\Degrees$").status \
        == "match"
    _, area = _solved(r"$A = 70\Degrees$, $b = 4$, $c = 12$", "find the area of the triangle")
    assert float(area.answer) == pytest.approx(0.5 * 4 * 12 * math.sin(math.radians(70)))
    _, radii = _solved(r"$a = 3$, $b = 4$, $c = 5$",
                       "find the radii $R$ and $r$ of the circumscribed and inscribed circles")
    assert radii.answer == sp.Dict({sp.Symbol("R"): 2.5, sp.Symbol("r"): 1.0})


def test_a_worked_examples_solution_is_not_read_as_given_parts() -> None:
    text = (r"Solve the triangle $\triangle\,ABC$ given $a = 10$, $A = 41\Degrees$, and "
            "$C = 75\\Degrees$.\n\nSolution: We find $B = 64\\Degrees$ and $b = 13.7$.")
    task, _ = _solved(text)
    assert task.params["given"] == {"a": "10", "A": "41", "C": "75"}


def test_other_functions_from_one_value() -> None:
    context = ("find the exact values of $\\sin\\;\\theta$ and $\\tan\\;\\theta$ when "
               "$\\cos\\;\\theta$ has the indicated value")
    _, problem = _solved(r"$\cos\;\theta = -\frac{1}{2}$", context)
    theta = sp.Symbol("theta")
    assert {(s[sp.sin(theta)], s[sp.tan(theta)]) for s in problem.answer} == {
        (sp.sqrt(3) / 2, -sp.sqrt(3)), (-sp.sqrt(3) / 2, sp.sqrt(3))}
    book = (r"$\sin\;\theta = \sqrt{3}/2$ and $\tan\;\theta = -\sqrt{3}$; "
            r"$\sin\;\theta = -\sqrt{3}/2$ and $\tan\;\theta = \sqrt{3}$")
    assert compare_with_book(problem.answer, book).status == "match"
    # The PDF runs both groups into one display, joined by "and", ";" and row breaks.
    pdf = (r"$$\sin\theta=\sqrt{3}/2 \\ \text{and}\tan\theta=-\sqrt{3};\sin\theta=-\sqrt{3}/2"
           r"\text{and} \\ \tan\theta=\sqrt{3} \\$$")
    assert compare_with_book(problem.answer, pdf).status == "match"
    assert compare_with_book(problem.answer, pdf.replace("-\\sqrt{3};", "\\sqrt{3};")
                             ).status == "differs"
    _, zero = _solved(r"$\sin\;\theta = 0$", context.replace("cos", "sin"))
    assert compare_with_book(zero.answer, r"$\cos\;\theta = \pm 1$ and $\tan\;\theta = 0$"
                             ).status == "match"
    acute = "find the values of the other five trigonometric functions of the acute angle $A$"
    _, sec = _solved(r"$\sec\;A = \frac{7}{3}$", acute)
    assert sec.answer[sp.sin(sp.Symbol("A"))] == 2 * sp.sqrt(10) / 7  # sqrt(49 - 9) / 7


def test_six_functions_of_a_right_triangle_from_two_sides() -> None:
    context = "find the values of all six trigonometric functions of angles $A$ and $B$"
    _, problem = _solved(r"$a = 5$, $c = 6$", context)
    a_angle = sp.Symbol("A")
    assert problem.answer[sp.tan(a_angle)] == 5 / sp.sqrt(11)
    book = r"$\sin\;A = 5/6$, $\cos\;A = \sqrt{11}/6$, $\tan\;A = 5/\sqrt{11}$"
    assert compare_with_book(problem.answer, book).status == "match"


@pytest.mark.parametrize("text, context, book", [
    (r"$y=-\sin\;(5x + 3)$", "find the amplitude, period, and phase shift of the given function",
     r"amplitude $= 1$, period $= 2\pi/5$, phase shift = $-3/5$"),
    (r"$y=1-\cos\;(3\pi - 2x)$", "find the amplitude, period, and phase shift",
     r"amplitude $= 1$, period $= \pi$, phase shift = $3\pi/2$"),
    (r"$y=3\,\sin\;\pi x \;-\; 5\,\cos\;\pi x$", "find the amplitude and period",
     r"amplitude $= \sqrt{34}$, period $= 2$"),
    (r"$y=2\,\sin\;\pi x \;+\; 3\,\cos\;\frac{\pi}{3}x$", "find the period", r"$6$"),
])
def test_graph_properties_as_written(text: str, context: str, book: str) -> None:
    _, problem = _solved(text, context)
    assert compare_with_book(problem.answer, book).status == "match"


@pytest.mark.parametrize("text, context, book", [
    (r"$130\Degrees$", "convert the given angle to radians", r"$13\pi/18$"),
    (r"$\dfrac{29\pi}{30}$ rad", "convert the given angle to degrees", r"$174\Degrees$"),
    (r"$\theta=0.8$ rad, $r=12$ cm", "find the length of the arc cut off", r"$9.6$ cm"),
    (r"$\theta = 78\Degrees$, $r = 6$ m", "find the area of the sector", r"$24.5~\text{m}^2$"),
    (r"$(2+3i)/(-3-2i)$", "calculate the given expression", r"$-\frac{12}{13} - \frac{5}{13}i$"),
    (r"$\lbrack 3\,(\cos\;14\Degrees \;+\; i\,\sin\;14\Degrees )\rbrack^4$",
     "calculate the given expression", r"$81\,\text{cis}\;56\Degrees$"),
    (r"$(-1,405\Degrees)$", "convert the given point from polar coordinates to Cartesian",
     r"$(-1/\sqrt{2},-1/\sqrt{2})$"),
    (r"$(-1,-3)$", "convert the given point from Cartesian coordinates to polar",
     r"$(\sqrt{10},251.6\Degrees)$"),
    (r"Find $A$ and $B$ if $C = 24\Degrees$, $A = \alpha$, and $B = 2\alpha$.",
     "find the numeric value of the indicated angle(s) for the triangle",
     r"$A=52\Degrees$, $B=104\Degrees$"),
    (r"Find $B$ if $A = 45\Degrees$.", ("find the numeric value of the indicated angle(s) for "
     "the right triangle"), r"$45\Degrees$"),
    ("Find the three cube roots of $i$.", None,
     r"$\text{cis}\;30\Degrees$, $\text{cis}\;150\Degrees$, $\text{cis}\;270\Degrees$"),
])
def test_angles_circles_and_complex_numbers_agree_with_the_book(text, context, book) -> None:
    _, problem = _solved(text, context)
    assert compare_with_book(problem.answer, book).status == "match"


def test_wrong_values_are_caught_by_the_verification() -> None:
    family = FAMILIES["trigonometry.solve_triangle"]
    problem = family.pose({"given": {"a": "10", "A": "35", "B": "25"}})
    problem.answer = sp.Dict({**problem.answer, sp.Symbol("b"): sp.Float(7.4)})
    assert not all(check.passed for check in family.verify(problem))
    problem = family.pose({"given": {"a": "22", "A": "50", "c": "27"}})
    problem.answer = problem.answer[0]  # one of SSA's two triangles only
    assert not all(check.passed for check in family.verify(problem))
    graph = FAMILIES["trigonometry.graph_properties"]
    problem = graph.pose({"expr": "1 - cos(-2*x + 3*pi)", "wanted": ["period"]})
    problem.answer = 2 * sp.pi  # a period, but not the smallest
    assert not all(check.passed for check in graph.verify(problem))
    complex_family = FAMILIES["trigonometry.complex_number"]
    problem = complex_family.pose({"expr": "(2 + 3*I)/(-3 - 2*I)"})
    problem.answer = -sp.Rational(12, 13) + 5 * I / 13
    assert not all(check.passed for check in complex_family.verify(problem))


def test_a_pdf_answer_that_lost_its_fractions_is_unreadable_not_differing() -> None:
    # Exercise 6.3.39 in the PDF's text layer: the book prints 1/2 + (sqrt 3 / 2) i, -1, ...
    _, problem = _solved("Find the three cube roots of $-1$.")
    assert compare_with_book(problem.answer, r"$+i$, $-1$, $-i$").status == "unreadable"
    book = r"$\frac{1}{2} + \frac{\sqrt{3}}{2}\,i$, $-1$, $\frac{1}{2} - \frac{\sqrt{3}}{2}\,i$"
    assert compare_with_book(problem.answer, book).status == "match"


def test_a_triangle_variant_gives_new_parts_of_the_same_names_and_is_solved() -> None:
    given = {"a": "10", "A": "35", "B": "25"}
    rng = random.Random(3)
    variants = [vary("trigonometry.solve_triangle", {"given": given}, rng) for _ in range(5)]
    assert all(v["given"].keys() == given.keys() for v in variants)
    assert any(v["given"] != given for v in variants)
    family = FAMILIES["trigonometry.solve_triangle"]
    for variant in variants:
        problem = family.pose(variant)
        assert all(check.passed for check in family.verify(problem))


def test_a_pdf_answer_of_named_values_in_one_display_agrees_and_a_changed_one_does_not() -> None:
    """The PDF sets "b=7.4, c=15.1, C=120°" as one display with commas (and stray row breaks)."""
    problem = FAMILIES["trigonometry.solve_triangle"].pose({"given": {"a": "10", "A": "35", "B": "25"}})
    parts = {str(name): float(value) for name, value in problem.answer.items()}
    def display(values: dict[str, float]) -> str:
        return "$$" + r", \\ ".join(f"{k}={v:.1f}" for k, v in sorted(values.items())) + "$$"
    assert compare_with_book(problem.answer, display(parts)).status == "match"
    wrong = {**parts, "b": parts["b"] + 1}
    assert compare_with_book(problem.answer, display(wrong)).status == "differs"


def test_an_index_named_i_is_not_a_complex_number() -> None:
    """FCLA Exercise M40(b) (source) names "row $i$" and asks to "find the corresponding three
    scalars": a lone $i$ is an index, not an expression to calculate; it stays unread."""
    text = ("In this example, we would write that entries of $B$ from row $i$ that are in column "
            "$j$ are linearly related to the entries of $C$ in column $j$ from all three rows. "
            r"For each $1\leq i\leq 3$ find the corresponding three scalars in this relationship.")
    assert read_task("x", text, label="Exercise M40(b)").family is None
