"""More of the diffyqs book read and solved: the source's inline matrices (smallmatrix), an
eigenvalue's defect, convolutions, Volterra integral equations, steady periodic solutions and
worked Fourier series examples. The items are cut from the book's LaTeX source; each answer
is compared with the one the book prints, and items that ask something else stay unread."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sympy as sp

from exercises.family import FAMILIES
from formalize.tasks import read_task
from tests.book_items import solved

t = sp.Symbol("t")
n = sp.Symbol("n", integer=True, positive=True)


@pytest.fixture(scope="module")
def source(textbooks: Path) -> dict[str, str]:
    folder = textbooks / "diffyqs" / "source"
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.tex")}


def _item(source: dict[str, str], name: str, marker: str, kind: str = "exercise") -> str:
    """The book's exercise (or example) holding ``marker``: its text, displays as $$...$$."""
    text = source[name]
    at = text.index(marker)
    start = text.rindex(f"\\begin{{{kind}}}", 0, at) + len(f"\\begin{{{kind}}}")
    body = text[start:text.index(f"\\end{{{kind}}}", at)]
    return re.sub(r"\\(?:begin|end)\{equation\*\}", "$$", body).strip()


def _same(a: sp.Expr, b: sp.Expr) -> bool:
    return sp.simplify(a - b) == 0


def _rejects(family: str, params: dict, wrong: sp.Basic) -> bool:
    problem = FAMILIES[family].pose(params)
    problem.answer = wrong
    return not all(check.passed for check in FAMILIES[family].verify(problem))


def test_inline_smallmatrix_is_a_matrix(source: dict[str, str]) -> None:
    # Exercise 3.2.101: the book's answer is -15.
    text = _item(source, "ch-systems.tex", r"2 & 3 & -5 \\")
    task, problem = solved(text)
    assert task.params["op"] == "determinant" and problem.answer == -15


def test_defect_of_each_eigenvalue(source: dict[str, str]) -> None:
    # Exercise 3.7.102: "b) Eigenvalue 1 has a defect of 1" (and 2 is a simple eigenvalue).
    exercise = _item(source, "ch-systems.tex", r"-1 & 1 & 2 \\" + "\n\\end{smallmatrix}")
    parts = [p.strip() for p in exercise.split("\\task")[1:]]
    context = exercise.split("\\begin{tasks}")[0]
    task, problem = solved(parts[1], context)
    assert task.params["op"] == "defect" and problem.answer == sp.Tuple(sp.Tuple(1, 1))
    assert read_task("a", parts[0], context=context).params["op"] == "eigenvalues"
    # c) solves x' = Ax: its exercise's matrix is no eigenvalue question
    assert read_task("c", parts[2], context=context).family != "linear_algebra.matrix_operation"
    assert _rejects(task.family, task.params, sp.Tuple(sp.Tuple(1, 1), sp.Tuple(2, 0)))


def test_jacobian_eigenvalues_are_a_step(source: dict[str, str]) -> None:
    # Example 8.2.3 linearises at its critical point; its Jacobian's eigenvalues are a step.
    text = _item(source, "ch-nonlin-systems.tex", "y' = -x+y^3", kind="example")
    assert read_task("e", text).family != "linear_algebra.matrix_operation"


def test_convolutions(source: dict[str, str]) -> None:
    # Exercise 6.3.101, book: (cos t + sin t - e^{-t}) / 2; Exercise 6.3.1 convolves with a step.
    text = _item(source, "ch-laplace.tex", r"Let $f(t) = \cos t$ for $t \geq 0$, and $g(t) = e^{-t}$")
    task, problem = solved(text)
    assert _same(problem.answer.subs(problem.answer.free_symbols.pop(), t),
                 (sp.cos(t) + sp.sin(t) - sp.exp(-t)) / 2)
    step = _item(source, "ch-laplace.tex", "and $g(t) = u(t-1)$")
    _, problem = solved(step)
    at = problem.answer.free_symbols.pop()
    assert problem.answer.subs(at, sp.Rational(1, 2)) == 0
    assert _same(problem.answer.subs(at, 3), sp.Rational(8, 3))  # the integral of tau^2 on [0, 2]
    assert _rejects(task.family, task.params, sp.sin(t))


def test_integral_equations(source: dict[str, str]) -> None:
    # Example 6.2.5: x(t) - t = int_0^t x, the book's x(t) = e^t - 1.
    text = _item(source, "ch-laplace.tex", r"x(t) - t = \int_0^t x(\tau)", kind="example")
    task, problem = solved(text)
    assert task.params == {"f": "t", "kernel": "1"}
    assert _same(problem.answer.subs(problem.answer.free_symbols.pop(), t), sp.exp(t) - 1)
    exercise = _item(source, "ch-laplace.tex", r"x(t) =  \cos t + \int_0^t \cos(t-\tau)")
    task, _ = solved(exercise)
    assert task.params == {"f": "cos(t)", "kernel": "cos(t)"}
    assert _rejects(task.family, task.params, sp.cos(t))


def test_steady_periodic_solutions(source: dict[str, str]) -> None:
    # Exercise 4.5.102, book: the sum of e^{-n} cos(2nt) / (3 - (2n)^2).
    text = _item(source, "ch-fourier-and-pde.tex", r"F(t) = \sum_{n=1}^\infty e^{-n} \cos(2 n t)")
    task, problem = solved(text)
    (series,) = problem.answer.atoms(sp.Sum)
    term = series.function.subs(series.limits[0][0], n)
    assert _same(term, sp.exp(-n) * sp.cos(2 * n * sp.Symbol("t")) / (3 - (2 * n) ** 2))
    # Exercise 4.5.101, book: sin(2 pi t) / (sqrt 2 - 4 pi^2) + 0.1 cos(10 pi t) / (sqrt 2 - 100 pi^2)
    modes = _item(source, "ch-fourier-and-pde.tex", r"F(t) = \sin(2\pi t) + 0.1 \cos(10 \pi t)")
    _, problem = solved(modes)
    s = sp.Symbol("t")
    book = sp.sin(2 * sp.pi * s) / (sp.sqrt(2) - 4 * sp.pi ** 2) \
        + sp.Rational(1, 10) * sp.cos(10 * sp.pi * s) / (sp.sqrt(2) - 100 * sp.pi ** 2)
    assert _same(problem.answer, book)
    assert _rejects(task.family, task.params, sp.Integer(0))
    # Exercise 4.5.103: F = |t| extended periodically is no series written out: not read so.
    absolute = _item(source, "ch-fourier-and-pde.tex", r"$x'' + \sqrt{3}\, x = F(t)$")
    assert read_task("e", absolute).family != "differential_equations.steady_periodic"


def test_worked_fourier_examples() -> None:
    # Example 4.2.3 as the PDF prints it: the series of the sawtooth t on (-pi, pi], plotted.
    sawtooth = (r"Take the function $$f(t)=t$$ for $t$ in $(-\pi,\pi]$. Extend $f(t)$ periodically "
                r"and write it as a Fourier series. This function is called the sawtooth. The plot "
                r"of the extended periodic function is given in Figure 4.4. Let us compute the "
                r"coefficients. We start with $a_{0}$, $$a_{0}=\frac{1}{\pi}\int_{-\pi}^{\pi}tdt=0.$$ "
                r"In Figure 4.5 we plot the first few terms of the series. $-2$ $2$")
    task = read_task("e", sawtooth)
    assert task.family == "differential_equations.fourier_series"
    assert task.params == {"pieces": [["t", "-pi", "pi"]], "kind": "full"}
    # Example 4.4.1 writes both the sine and the cosine series: not one of them alone; and
    # t(1 - t) is a product (the figure's tick labels $-2$ are no function).
    both = (r"Take the function $f(t)=t(1-t)$ defined on $[0,1]$. Figure 4.12 shows the plots of "
            r"the odd and even periodic extensions of $f(t)$. $-2$ $-1$ $0$ Let us write the "
            r"sine and cosine series.")
    assert read_task("e", both).family is None
    one = read_task("e", both.replace("the odd and even periodic extensions", "the odd "
                                      "periodic extension").replace("sine and cosine", "sine"))
    assert one.params["pieces"] == [["t*(1 - t)", "0", "1"]]


def test_inner_product_algebra(source: dict[str, str]) -> None:
    # Exercise A.5.103, book: a) -15  b) -1  c) 28; the whole exercise asks three: not one.
    exercise = _item(source, "ap-linear-algebra.tex", r"\lVert \vec{v} \rVert = 3")
    context, *parts = exercise.split("\\task")
    answers = [solved(part.split("\\end{tasks}")[0], context)[1].answer for part in parts]
    assert answers == [-15, -1, 28]
    assert read_task("w", exercise.replace("\\task", "")).family is None
    task, _ = solved(parts[0].split("\\end{tasks}")[0], context)
    assert _rejects(task.family, task.params, sp.Integer(-14))


def test_long_time_limit_on_the_phase_line(source: dict[str, str]) -> None:
    # Exercise 1.6.102: x' = e^{-x}, book: b) infinity; 1.6.3 c) x' = x^2 from x(0) = -1 tends to 0.
    exercise = _item(source, "ch-first-order-ode.tex", "Let $x'=e^{-x}$.")
    context, *parts = exercise.split("\\task")
    task, problem = solved(parts[1].split("\\end{tasks}")[0], context)
    assert task.params["x0"] is None and problem.answer == sp.oo
    assert read_task("w", exercise.replace("\\task", "")).family is None  # asks more
    task, problem = solved(r"Find $\lim_{t\to\infty}x(t)$ for the solution with the initial "
                           r"condition $x(0)=-1$.", r"Consider $x'=x^{2}$.")
    assert problem.answer == 0 and _rejects(task.family, task.params, sp.Integer(-1))
