"""Book coverage: real items from the shared books read, solved, verified, compared and varied.

Each item's text is quoted from a shared book (the PDF's text layer, or its LaTeX
source); the expected answer was worked out by hand.
"""

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary
from syllabus.build import _book_solution_check

x = sp.Symbol("x")
pi = sp.pi

# (book, item, its text, family, hand-computed answer)
ITEMS = [
    ("trig", "Example 6.1", r"Solve the equation $2\sin\theta+1=0$.",
     "trigonometry.solve_equation_interval", sp.FiniteSet(7 * pi / 6, 11 * pi / 6)),
    ("trig", "Example 6.6", r"Solve the equation $\cos3\theta=\frac{1}{2}$.",
     "trigonometry.solve_equation_interval", sp.FiniteSet(*[k * pi / 9 for k in (1, 5, 7, 11, 13, 17)])),
    ("trig", "Example 6.7", r"Solve the equation $\sin2\theta=\sin\theta$.",
     "trigonometry.solve_equation_interval", sp.FiniteSet(0, pi / 3, pi, 5 * pi / 3)),
    ("trig", "Example 5.18", r"Find $\tan^{-1}(\tan\pi)$.", "arithmetic.evaluate_expression", sp.Integer(0)),
    ("trig", "Exercise 1.3.24(d)", r"Use Figure 1.3.5 to calculate the exact value of $\tan7.5^{\circ}$.",
     "arithmetic.evaluate_expression", sp.sqrt(6) - sp.sqrt(3) + sp.sqrt(2) - 2),
    ("trig", "Example 3.1", r"Simplify $\cos^{2}\theta\tan^{2}\theta$.", "algebra.simplify_expression",
     sp.sin(x) ** 2),
    ("trig", "Example 3.2", r"Simplify $5\sin^{2}\theta+4\cos^{2}\theta$.", "algebra.simplify_expression",
     sp.sin(x) ** 2 + 4),
    ("diffyqs", "Exercise 1.1.2", r"Solve $\frac{dy}{dx}=x^{2}+x$ for $y(1)=3$.",
     "differential_equations.solve_ode", x**3 / 3 + x**2 / 2 + sp.Rational(13, 6)),
    ("diffyqs", "Exercise 1.1.8", r"(harder): Solve $y''=\sin x$ for $y(0)=0,y'(0)=2$.",
     "differential_equations.solve_ode", 3 * x - sp.sin(x)),
    ("diffyqs", "Exercise 1.1.102", r"Solve $x'=\frac{1}{x^{2}},x(1)=1$.",
     "differential_equations.solve_ode", (3 * x - 2) ** sp.Rational(1, 3)),
]


@pytest.mark.parametrize("book, label, text, family, expected", ITEMS)
def test_book_items_are_read_solved_and_verified(book, label, text, family, expected) -> None:
    task = read_task(label, text)
    assert task.family == family, task.reason
    problem = FAMILIES[family].pose(task.params)
    assert all(check.passed for check in FAMILIES[family].verify(problem))
    if isinstance(expected, sp.FiniteSet):
        assert problem.answer == expected
    else:
        assert sp.N(problem.answer - expected, 30).subs(x, sp.Rational(7, 5)) == 0 or \
            abs(sp.N((problem.answer - expected).subs(x, sp.Rational(7, 5)), 30)) < 1e-25


def test_decimal_equation_on_a_degree_interval_matches_the_books_degrees() -> None:
    # trig Example 1.27; the book's boxed answer is 223 and 317 degrees.
    task = read_task("1.27", r"Find all angles $0^{\circ}\leq\theta<360^{\circ}$ such that "
                             r"$\sin\theta=-0.682$.")
    problem = FAMILIES[task.family].pose(task.params)
    assert all(check.passed for check in FAMILIES[task.family].verify(problem))
    book = r"the only angles are $\boxed{\theta = 223\Degrees ~\text{and}~ 317\Degrees}$."
    assert compare_with_book(problem.answer, book, worked=True).status == "match"
    # 307 degrees is 3.5% off: outside the stated tolerance.
    assert compare_with_book(problem.answer, r"$\theta = 223^\circ$ and $\theta = 307^\circ$"
                             ).status == "differs"


def test_general_solution_in_k_is_compared_over_the_interval() -> None:
    # trig Example 6.6's boxed general solution, theta = +-pi/9 + 2 pi k / 3.
    answer = sp.FiniteSet(*[k * pi / 9 for k in (1, 5, 7, 11, 13, 17)])
    interval = sp.Interval.Ropen(0, 2 * pi)
    book = r"$\theta ~=~ \pm\,\frac{\pi}{9} \;+\; \frac{2\pi}{3} k$"
    assert compare_with_book(answer, book, interval=interval).status == "match"
    wrong = r"$\theta ~=~ \pm\,\frac{\pi}{9} \;+\; \frac{\pi}{3} k$"
    assert compare_with_book(answer, wrong, interval=interval).status == "differs"


def test_general_solution_with_the_books_constant_is_checked_by_substitution() -> None:
    # diffyqs Example 1.1.1: "Elementary calculus tells us that the general solution must be y=x^3+C."
    task = read_task("1.1.1", r"Find the general solution of $y'=3x^{2}$.")
    problem = FAMILIES[task.family].pose(task.params)
    record = {"answer": sp.srepr(problem.answer)}
    check = _book_solution_check(task, record)
    assert compare_with_book(problem.answer, "$y=x^{3}+C$", passes=check).status == "match"
    assert compare_with_book(problem.answer, "$y=x^{3}$", passes=check).status == "differs"
    assert compare_with_book(problem.answer, "$y=3x^{2}+C$", passes=check).status == "differs"


def test_a_worked_solution_without_the_answer_is_never_a_match() -> None:
    verdict = compare_with_book(sp.Integer(5), "So $a = 3$ and then $b = 4$.", worked=True)
    assert verdict.status == "unreadable"


@pytest.mark.parametrize("family, answer", [
    ("trigonometry.solve_equation_interval", sp.FiniteSet(7 * pi / 6)),  # one solution missing
    ("arithmetic.evaluate_expression", sp.Integer(1)),
    ("differential_equations.solve_ode", x**3 / 3 + x**2 / 2 + 3),  # wrong constant
])
def test_wrong_answers_are_caught(family, answer) -> None:
    text = {"trigonometry.solve_equation_interval": r"Solve the equation $2\sin\theta+1=0$.",
            "arithmetic.evaluate_expression": r"Find $\tan^{-1}(\tan\pi)$.",
            "differential_equations.solve_ode": r"Solve $\frac{dy}{dx}=x^{2}+x$ for $y(1)=3$."}[family]
    task = read_task("item", text)
    problem = FAMILIES[family].pose(task.params)
    problem.answer = answer
    assert not all(check.passed for check in FAMILIES[family].verify(problem))


@pytest.mark.parametrize("text", [r"Solve the equation $2\sin\theta+1=0$.",
                                  r"(harder): Solve $y''=\sin x$ for $y(0)=0,y'(0)=2$.",
                                  r"Solve $y''+2y'-8y=0$."])
def test_variants_keep_the_shape_and_verify(text) -> None:
    task = read_task("item", text)
    family = FAMILIES[task.family]
    for seed in range(3):
        params = vary(task.family, task.params, random.Random(seed))
        problem = family.pose(params)
        assert all(check.passed for check in family.verify(problem)), params
        assert set(params) == set(task.params)


def test_an_equation_whose_coefficients_are_all_one_still_gets_new_variants() -> None:
    # diffyqs Example 1.3.1, y' = xy, has no constant to re-draw.
    task = read_task("item", r"Solve $y' = xy$.")
    family = FAMILIES[task.family]
    drawn = {vary(task.family, task.params, random.Random(seed))["ode"] for seed in range(10)}
    assert task.params["ode"] not in drawn and len(drawn) >= 4
    for ode in sorted(drawn)[:2]:
        problem = family.pose({**task.params, "ode": ode})
        assert all(check.passed for check in family.verify(problem)), ode


def test_parts_take_their_parents_instruction() -> None:
    parent = r"Compute each of the following:"
    assert read_task("a", r"$\binom{7}{3}$", context=parent).family == "arithmetic.evaluate_expression"
    assert read_task("a", r"$\binom{7}{3}$").family is None  # no instruction, no task
    # A number in a true/false statement is not a value to compute (discrete Exercise 1.1.5.3(a)).
    assert read_task("a", r"If $4$ is my favorite number, then $4+1$ is my favorite number.").family is None
    # An inverse function's preimage is no number to evaluate (SymPy reads f^{-1}(0) as 0/f = 0):
    # Discrete Exercise 5.2.4.13(d) without its function.
    assert read_task("d", r"Find $f^{-1}(0)$.").family is None
    assert read_task("d", r"Find $\sin^{-1}(1/2)$.").family == "arithmetic.evaluate_expression"


def test_matrix_item_from_fcla_is_read_solved_and_compared_by_span() -> None:
    # fcla Exercise NM.C31 (PDF text layer).
    text = (r"Find the null space of the matrix $B,\mathcal{N}(B)$.  $$B=\begin{bmatrix}-6 & 4 & -36 & 6"
            r" \\ 2 & -1 & 10 & -1 \\ -3 & 2 & -18 & 3\end{bmatrix}$$")
    task = read_task("NM.C31", text)
    assert task.family == "linear_algebra.matrix_operation" and task.params["op"] == "null_space"
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    assert all(check.passed for check in family.verify(problem))
    # By hand: rank 2, so two vectors; (-2, 6, 1, 0) and (-1, -3, 0, 1) are killed by B.
    book = (r"$\left\{\begin{bmatrix}-2\\6\\1\\0\end{bmatrix},\begin{bmatrix}-1\\-3\\0\\1"
            r"\end{bmatrix}\right\}$")
    assert compare_with_book(problem.answer, book).status == "match"
    other_basis = r"$\begin{bmatrix}-3\\3\\1\\1\end{bmatrix}, \begin{bmatrix}-1\\-3\\0\\1\end{bmatrix}$"
    assert compare_with_book(problem.answer, other_basis).status == "match"
    assert compare_with_book(problem.answer, r"$\begin{bmatrix}-2\\6\\1\\0\end{bmatrix}$").status == "differs"
    problem.answer = sp.Tuple(sp.ImmutableMatrix([-2, 6, 1, 0]))  # one vector short
    assert not all(check.passed for check in family.verify(problem))


def test_matrix_inverse_is_compared_entrywise() -> None:
    task = read_task("a", r"Compute the inverse of $\begin{bmatrix}3 & 1 \\ 2 & 4\end{bmatrix}$.")
    problem = FAMILIES[task.family].pose(task.params)
    assert problem.answer == sp.Matrix([[sp.Rational(2, 5), sp.Rational(-1, 10)],
                                        [sp.Rational(-1, 5), sp.Rational(3, 10)]])
    book = r"$\begin{bmatrix}\frac{2}{5} & -\frac{1}{10} \\ -\frac{1}{5} & \frac{3}{10}\end{bmatrix}$"
    assert compare_with_book(problem.answer, book).status == "match"
    for seed in range(3):
        params = vary(task.family, task.params, random.Random(seed))
        assert all(c.passed for c in FAMILIES[task.family].verify(FAMILIES[task.family].pose(params)))


def test_answers_the_pdf_damaged_are_unreadable_not_differing() -> None:
    # diffyqs Exercise 1.1.103's answer as the PDF text layer gives it: x = sin^{-1}(t + 1/sqrt 2).
    verdict = compare_with_book(sp.asin(x + sp.sqrt(2) / 2), r"$x=\sin t+1/\overline{2}$")
    assert verdict.status == "unreadable"
