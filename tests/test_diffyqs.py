"""Differential equations book items: read into tasks, solved, verified, compared with the book.

Each reader is fed the forms the diffyqs book prints (PDF and LaTeX source); each
family's verification must pass on its answer and fail on a wrong one.
"""

from __future__ import annotations

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from extract.answers import answer_parts
from formalize.agreement import compare_with_book
from formalize.tasks import read_task

t, n = sp.Symbol("t"), sp.Symbol("n", integer=True, positive=True)


def _read(text: str, context: str | None = None) -> tuple[str | None, dict]:
    task = read_task("item", text, context=context)
    return task.family, task.params


def _passes(family: str, params: dict, answer: sp.Basic | None = None) -> bool:
    """The family's verification of its own answer, or of ``answer`` put in its place."""
    problem = FAMILIES[family].pose(params)
    if answer is not None:
        problem.answer = answer
    return all(check.passed for check in FAMILIES[family].verify(problem))


def test_ode_reader_reads_the_books_notations() -> None:
    family, params = _read(r"Find the general solution to $y^{(4)}-y=0$.")
    assert family == "differential_equations.solve_ode"
    assert params["ode"] == "-y(x) + Derivative(y(x), (x, 4))"
    _, params = _read(r"Solve $\dfrac{dx}{dt} = (x^2-1)\,t$, for $x(0) = 0$.")
    assert params["variable"] == "t" and params["ics"] == {"y(0)": "0"}
    _, params = _read(r"Solve $y'+2\sin(2x)y=2\sin(2x)$, $y(\pi/2)=3$.")
    assert params["ics"] == {"y(pi/2)": "3"}
    _, params = _read(r"Find the general solution of $y''+k^{2}y=0$, for a constant $k>0$.")
    assert params["parameters"] == ["k"]
    assert _read(r"Find a particular solution to $y''-y'+y=2\sin(3x)$.")[1]["particular"]
    assert _read(r"Sketch the slope field for $y'=y^{2}$.")[0] is None
    # A homogeneous equation's "particular solution" is not y = 0: not read as particular.
    assert "particular" not in _read(r"Find a particular solution of $xy''-y=0$.")[1]


def test_ode_with_named_constant_is_solved_by_characteristic_roots() -> None:
    family, params = _read(r"Find the general solution of $y''+k^{2}y=0$, for a constant $k>0$.")
    problem = FAMILIES[family].pose(params)
    k, c1, c2, x = sp.symbols("k C1 C2 x")
    assert sp.expand(problem.answer - (c1 * sp.cos(k * x) + c2 * sp.sin(k * x))) == 0
    assert not _passes(family, params, c1 * sp.cos(k * x))  # one constant short
    assert not _passes(family, params, c1 * sp.cos(2 * k * x) + c2 * sp.sin(k * x))


def test_particular_solution_and_initial_values() -> None:
    family, params = _read(r"Find a particular solution to $y''-y'+y=2\sin(3x)$.")
    x = sp.Symbol("x")
    assert sp.simplify(FAMILIES[family].pose(params).answer
                       - (-16 * sp.sin(3 * x) + 6 * sp.cos(3 * x)) / 73) == 0
    family, params = _read(r"Find the solution of $y''-6y'+13y=0$, $y(0)=0$, $y'(0)=10$.")
    assert sp.simplify(FAMILIES[family].pose(params).answer - 5 * sp.exp(3 * x) * sp.sin(2 * x)) == 0
    assert not _passes(family, params, 5 * sp.exp(3 * x) * sp.cos(2 * x))


def test_linear_systems_from_components_and_matrices() -> None:
    family, params = _read(r"Solve $y'=2x$, $x'=x+y$, $x(0)=1$, $y(0)=3$.")
    assert family == "differential_equations.solve_linear_system"
    assert params == {"matrix": [["0", "2"], ["1", "1"]], "ics": ["3", "1"], "names": ["y", "x"]}
    expected = sp.Matrix([5 * sp.exp(2 * t) / 3 + 4 * sp.exp(-t) / 3,
                          5 * sp.exp(2 * t) / 3 - 2 * sp.exp(-t) / 3])
    assert sp.simplify(sp.Matrix(FAMILIES[family].pose(params).answer) - expected) == sp.zeros(2, 1)
    assert not _passes(family, params, sp.ImmutableMatrix([expected[1], expected[0]]))
    family, params = _read(
        r"Find the general solution of ${\vec{x}}' = \left[ \begin{smallmatrix} 1 & -2 \\ 2 & 1 "
        r"\end{smallmatrix} \right] \vec{x}$.")
    assert params["matrix"] == [["1", "-2"], ["2", "1"]]
    answer = FAMILIES[family].pose(params).answer
    assert not answer.has(sp.I) and len(answer.free_symbols - {t}) == 2  # real, 2 constants
    assert not _passes(family, params, answer.subs(sp.Symbol("C2"), 0))


def test_laplace_transforms_checked_against_the_definition() -> None:
    family, params = _read(r"Find the Laplace transform of $t\sin(\omega t)$.")
    assert family == "differential_equations.laplace_transform"
    s, omega = sp.symbols("s omega")
    answer = FAMILIES[family].pose(params).answer
    assert sp.simplify(answer - 2 * omega * s / (s**2 + omega**2) ** 2) == 0
    assert not _passes(family, params, omega / (s**2 + omega**2))
    family, params = _read(r"Find the inverse Laplace transform of $\frac{8}{s^3(s+2)}$.")
    assert params["inverse"]
    assert sp.expand(FAMILIES[family].pose(params).answer
                     - (2 * t**2 - 2 * t + 1 - sp.exp(-2 * t))) == 0
    assert not _passes(family, params, 2 * t**2 - 2 * t + 1)
    assert _read(r"Use the Laplace transform to solve $y_{tt}=y_{xx}$, $y(0,t)=t$.")[0] is None


def test_fourier_series_of_a_piecewise_function() -> None:
    family, params = _read(
        r"Suppose $f(t)$ is defined on $(-\pi,\pi]$ as $$f(t)=\begin{cases}-1 & if-\pi<t\leq0, "
        r"\\ 1 & if & 0<t\leq\pi.\end{cases}$$ Extend periodically and compute the Fourier series.")
    assert family == "differential_equations.fourier_series"
    assert params == {"pieces": [["-1", "-pi", "0"], ["1", "0", "pi"]], "kind": "full"}
    answer = FAMILIES[family].pose(params).answer
    expected = sp.Sum(2 * (1 - (-1) ** n) * sp.sin(n * t) / (sp.pi * n), (n, 1, sp.oo))
    assert isinstance(answer, sp.Sum) and sp.simplify(answer.function - expected.function) == 0
    assert not _passes(family, params, sp.Sum(4 * sp.sin(n * t) / (sp.pi * n), (n, 1, sp.oo)))


def test_fourier_reads_the_latex_sources_forms() -> None:
    family, params = _read(
        r"Let $$f(t) = \lvert t \rvert \qquad \text{for } \; {-1} < t \leq 1,$$ extended "
        r"periodically. Compute the Fourier series of $f(t)$.")
    assert family == "differential_equations.fourier_series"
    assert params["pieces"] == [["Abs(t)", "-1", "1"]]
    _, params = _read(
        r"Let $$f(t) = \begin{cases} 0 & \text{if } \; {-1} < t \leq 0 , \\ t & \text{if } "
        r"\; \phantom{-}0 < t \leq  1 , \end{cases}$$ extended periodically. Compute the "
        r"Fourier series for $f(t)$.")
    assert params["pieces"] == [["0", "-1", "0"], ["t", "0", "1"]]


def test_fourier_part_reads_its_exercise_and_its_extension() -> None:
    context = (r"Let $f(t)=t/3$ on $0\leq t<3$.  a) Find the Fourier series of the even periodic "
               r"extension.  b) Find the Fourier series of the odd periodic extension.")
    family, params = _read("Find the Fourier series of the odd periodic extension.", context)
    assert family == "differential_equations.fourier_series"
    assert params == {"pieces": [["t/3", "0", "3"]], "kind": "sine"}


def test_critical_points_of_a_system_and_of_one_equation() -> None:
    family, params = _read(r"$x'=-x+x^{2}$, $y'=y$",
                           context="For the systems below, find the critical points.")
    assert family == "differential_equations.critical_points"
    # asked to classify them too: the critical points family answers only half (their kinds
    # are differential_equations.critical_point_kinds')
    assert _read(r"$x'=-x+x^{2}$, $y'=y$", context="For the systems below, find and classify "
                 "the critical points.")[0] == "differential_equations.critical_point_kinds"
    answer = FAMILIES[family].pose(params).answer
    assert answer == sp.FiniteSet(sp.Tuple(0, 0), sp.Tuple(1, 0))
    assert not _passes(family, params, sp.FiniteSet(sp.Tuple(0, 0)))  # a point missing
    family, params = _read("Sketch the phase diagram and find critical points.",
                           context=r"Let $x'=(x-1)(x-2)x^{2}$.")
    assert FAMILIES[family].pose(params).answer == sp.FiniteSet(0, 1, 2)


def test_series_agreement_with_the_book() -> None:
    ours = sp.Sum(16 * (-1) ** n * sp.cos(sp.pi * n * t / 2) / (sp.pi**2 * n**2),
                  (n, 1, sp.oo)) + sp.Rational(4, 3)
    book = r"$\frac{8}{6}+\sum_{n=1}^{\infty}\frac{16(-1)^{n}}{\pi^{2}n^{2}}\cos(\frac{n\pi}{2}t)$"
    assert compare_with_book(ours, book).status == "match"
    assert compare_with_book(ours, book.replace("16(", "15(")).status == "differs"
    damaged = r"$$\frac{\pi^{4}}{5}+_{n}\sum_{=1}^{\infty}\frac{(-1)^{n}}{n^{4}}\cos(nt)$$"
    assert compare_with_book(ours, damaged).status == "unreadable"
    vector = sp.ImmutableMatrix([sp.exp(t), sp.exp(-t)])
    assert compare_with_book(vector, r"$x = e^{t}$, $y = e^{-t}$").status == "unreadable"


def test_euler_method_with_several_step_sizes() -> None:
    family, params = _read(
        r"Approximate $x(4)$ using Euler’s method with step sizes $4$, $2$, and $1$.",
        context=r"Let $x'=2t$, and $x(0)=0$.  a) Approximate $x(4)$ using Euler’s method.")
    assert family == "differential_equations.euler_method"
    assert params["steps"] == ["4", "2", "1"]
    assert FAMILIES[family].pose(params).answer == sp.FiniteSet(0, 8, 12)
    assert not _passes(family, params, sp.FiniteSet(0, 8, 16))
    assert compare_with_book(sp.FiniteSet(0, 8, 12), r"a) $0$, $8$, $12$").status == "match"


def test_agreement_with_an_answer_printed_part_by_part() -> None:
    x = sp.Symbol("x")
    book = (r"a) $0$, $8$, $12$ b) $x(4)=16$, so errors are: $16$, $8$, $4$. "
            r"c) Factors are $0.5$ and $0.5$.")
    # Part (a) is compared with its own piece (extract gives a part its piece of the answer) ...
    part_a = answer_parts(book)["a"]
    assert compare_with_book(sp.FiniteSet(0, 8, 12), part_a).status == "match"
    assert compare_with_book(sp.FiniteSet(0, 8, 16), part_a).status == "differs"
    # ... and a whole exercise with all its parts: matching part (a) alone is no agreement.
    assert compare_with_book(sp.FiniteSet(0, 8, 12), book).status == "unreadable"
    one_formula = r"$$a)y=\frac{2e^{x}+3x^{3}-9x}{6}b)y=C_{1}\cos(x)+\frac{2e^{x}+3x^{3}-9x}{6}$$"
    assert compare_with_book(x**3 / 2 - 3 * x / 2 + sp.exp(x) / 3, one_formula).status == "unreadable"
    assert compare_with_book(x**3 / 2, one_formula).status == "differs"
