"""The diffyqs families added for issue 6: each reads items as the book prints them (LaTeX
source or PDF text), its answer is the book's, its verification rejects a wrong answer, and
items that ask something else are left unread."""

from __future__ import annotations

import random

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from exercises.sandbox import Sandbox
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary

x, t = sp.symbols("x t")


def _read(text: str, context: str | None = None) -> tuple[str | None, dict]:
    task = read_task("item", text, context=context)
    return task.family, task.params


def _solved(text: str, context: str | None = None) -> tuple[str, dict, sp.Basic]:
    family, params = _read(text, context)
    assert family is not None, text
    problem = FAMILIES[family].pose(params)
    checks = FAMILIES[family].verify(problem)
    assert all(check.passed is True for check in checks)  # a bool, as the pack's JSON needs
    return family, params, problem.answer


def _rejects(family: str, params: dict, wrong: sp.Basic) -> bool:
    problem = FAMILIES[family].pose(params)
    problem.answer = wrong
    return not all(check.passed for check in FAMILIES[family].verify(problem))


def test_system_with_its_matrix_named_in_the_exercise() -> None:
    family, params = _read(r"Find the general solution of ${\vec{x}}' = A \vec{x}$.",
                           r"Let $A = \left[ \begin{smallmatrix} 5 & -3 \\ 3 & -1 \end{smallmatrix}"
                           r" \right]$. Find the general solution of ${\vec{x}}' = A \vec{x}$.")
    assert family == "differential_equations.solve_linear_system"
    assert params["matrix"] == [["5", "-3"], ["3", "-1"]]
    # The PDF lost A's matrix: x' = Ax of a system is not the scalar equation y' = A y.
    assert _read(r"Solve the system $x'=Ax$.", r"a) Compute eigenvalues and eigenvectors of "
                 r"$A=[_{-10}^{11}]$. b) Solve the system $x'=Ax$.")[0] is None


def test_matrix_exponential_is_the_books() -> None:
    family, params, answer = _solved(
        r"Find $e^{tA}$ for the matrix $A = \left[ \begin{smallmatrix} 2 & 3 \\ 0 & 2 "
        r"\end{smallmatrix} \right]$.")
    assert family == "differential_equations.matrix_exponential"
    book = sp.Matrix([[sp.exp(2 * t), 3 * t * sp.exp(2 * t)], [0, sp.exp(2 * t)]])
    assert sp.simplify(sp.Matrix(answer) - book) == sp.zeros(2, 2)
    assert _rejects(family, params, sp.ImmutableMatrix(book.T))
    variant = vary(family, params, random.Random(0))  # still defective: a Jordan block
    a = sp.Matrix([[sp.Rational(v) for v in row] for row in variant["matrix"]])
    assert len(a.eigenvals()) == 1 and len(a.eigenvects()[0][2]) == 1
    assert _read(r"Let $A=\begin{bmatrix}1 & 2 \\ 3 & 4\end{bmatrix}$. Approximate $e^{tA}$ by "
                 r"expanding the power series up to the third order.")[0] \
        == "differential_equations.exponential_taylor"  # a Taylor polynomial, not e^{tA}


def test_eigenvalue_variants_keep_the_books_rational_repeated_eigenvalues() -> None:
    # Exercise 3.7.5's matrix: eigenvalues 3 (twice) and -1. Fresh random entries would give
    # cubic-formula eigenvalues; the variants keep them rational, one of them double.
    family, params, answer = _solved(
        r"Find the eigenvalues of the matrix $A=\begin{bmatrix}0 & 1 & 2 \\ -1 & -2 & -2 \\ "
        r"-4 & 4 & 7\end{bmatrix}$.")
    assert family == "linear_algebra.matrix_operation" and answer == sp.FiniteSet(-1, 3)
    rng = random.Random(0)
    variants = [vary(family, params, rng) for _ in range(10)]
    assert len({str(v["matrix"]) for v in variants}) >= 8
    for variant in variants:
        eigenvalues = sp.Matrix(variant["matrix"]).eigenvals()
        assert sorted(eigenvalues.values()) == [1, 2]
        assert all(value.is_rational for value in eigenvalues)
    # A determinant does not care: its variant just has new entries in the same places.
    determinant = vary(family, {**params, "op": "determinant"}, rng)["matrix"]
    assert [[v == "0" for v in row] for row in determinant] == [
        [v == "0" for v in row] for row in params["matrix"]]


def test_laplace_ivp_with_a_step_matches_the_book() -> None:
    text = (r"Solve $x''-x = (t^2-1) u(t-1)$ for initial conditions $x(0)=1$, $x'(0) = 2$ "
            r"using the Laplace transform.")
    family, params, answer = _solved(text)
    assert family == "differential_equations.laplace_ivp"
    book = r"$x(t) = (2e^{t-1}-t^2-1) u(t-1) -\frac{1}{2}e^{-t}+\frac{3}{2}e^t$"
    assert compare_with_book(answer, book, variable=t).status == "match"
    assert compare_with_book(answer, book.replace("3}{2}e^t", "5}{2}e^t"),
                             variable=t).status == "differs"
    assert _rejects(family, params, answer + sp.Heaviside(x - 1) * (x - 1) ** 2 / 100)


def test_impulse_response_jumps_at_zero() -> None:
    family, params, answer = _solved(
        r"Solve (find the impulse response) $x'' + 2 x' + x = \delta(t)$, $x(0) = 0$, $x'(0)=0$.")
    assert sp.simplify(answer - x * sp.exp(-x)) == 0
    assert _rejects(family, params, sp.Integer(0))  # y' does not jump by 1 at 0
    assert _read(r"Find the transfer function for $x'+x=f(t)$, $x(0)=0$.")[0] is None


def test_first_order_pde_by_characteristics() -> None:
    family, params, answer = _solved(r"Solve $u_x+u_t = 5$, $u(x,0) = x$.")
    assert family == "differential_equations.first_order_pde"
    assert compare_with_book(answer, "$u = x + 4t$").status == "match"
    _, _, answer = _solved(r"Solve $u_{x}+u_{t}+tu=0$, $u(x,0)=\cos(x)$.")  # the PDF's form
    assert sp.simplify(answer - sp.cos(x - t) * sp.exp(-t**2 / 2)) == 0
    assert _rejects(family, params, x + 5 * t)
    # On a half line with a boundary value: another problem (the quarter plane's).
    assert _read(r"Solve $$y_{t}+y_{x}=1,0<x<\infty,t>0, \\ y(0,t)=1,y(x,0)=0.$$")[0] \
        == "differential_equations.transport_half_line"


def _rows(*rows: str) -> str:
    return "$$\\begin{array}{ll} " + r" \\ ".join(rows) + r" \end{array}$$"


def test_heat_and_wave_equations_by_separation_of_variables() -> None:
    family, params, answer = _solved("Find a series solution of " + _rows(
        r"u_t =  0.1 u_{xx} & \qquad \text{for } \; 0 < x < \pi \text{ and } t > 0,",
        r"u_x(0,t) = u_x(\pi,t) = 0 &  \qquad \text{for } \; t > 0,",
        r"u(x,0) = 1 + 2\cos (x) & \qquad \text{for } \; 0 < x < \pi ."))
    assert family == "differential_equations.heat_wave_series" and params["ends"] == "neumann"
    book = r"$u(x,t) = 1 + 2 \cos (x) \, e^{-0.1 t}$"
    assert compare_with_book(answer, book).status == "match"
    assert _rejects(family, params, 1 + 2 * sp.cos(x) * sp.exp(-t))
    _, _, answer = _solved("Solve " + _rows(
        r"y_{tt} = y_{xx}  & \qquad \text{for } \; 0 < x < \pi, t > 0,",
        r"y(0,t) = y(\pi,t) = 0 & \qquad \text{for } \; t > 0,",
        r"y(x,0) = \sin(x) & \qquad \text{for } \; 0 < x < \pi ,",
        r"y_t(x,0) = \sin(x) & \qquad \text{for } \; 0 < x < \pi ."))
    assert compare_with_book(answer, r"$y(x,t) = \sin(x) \bigl(\sin(t) + \cos(t)\bigr)$"
                             ).status == "match"
    # A nonzero end value is another problem (a steady state to subtract first).
    assert _read("Find a series solution of " + _rows(
        r"u_t =  u_{xx} & \text{for } 0 < x < 1,", r"u(0,t) = 0 , \quad u(1,t) = 100 & ,",
        r"u(x,0) = \sin (\pi x) & .")) == (None, {})


def test_forced_system_with_initial_values() -> None:
    family, params, answer = _solved(
        r"Solve $x_1' = x_2 + t$, $x_2' = x_1 +t$ with initial conditions $x_1(0) = 1$, "
        r"$x_2(0) = 2$ using eigenvector decomposition.")
    assert family == "differential_equations.solve_forced_system"
    book = (sp.Matrix([1, 1]) * (sp.Rational(5, 2) * sp.exp(t) - t - 1)
            + sp.Matrix([1, -1]) * (-sp.exp(-t) / 2))
    assert sp.simplify(sp.Matrix(answer) - book) == sp.zeros(2, 1)
    assert _rejects(family, params, sp.ImmutableMatrix(book + sp.Matrix([t / 100, 0])))


def test_euler_step_sizes_written_in_words() -> None:
    family, params = _read(r"Approximate $x(4)$ using Euler's method with step sizes 4, 2, and 1.",
                           r"Let $x' = 2t$, and $x(0)=0$. Approximate $x(4)$ using Euler's "
                           r"method with step sizes 4, 2, and 1.")
    assert family == "differential_equations.euler_method" and params["steps"] == ["4", "2", "1"]


def test_book_answers_the_pdf_damaged_are_not_disagreements() -> None:
    answer = sp.cos(x - t) * sp.exp(-t**2 / 2)
    assert compare_with_book(answer, r"$u=\cos(x-t)e^{-t2/2}$").status == "unreadable"
    vector = sp.ImmutableMatrix([(1 - t) * sp.exp(2 * t), (2 - t) * sp.exp(2 * t)])
    book = (r"$$b)\vec{x}=\begin{bmatrix}(1-t)e^{2t} \\ (2-t)e^{2t}\end{bmatrix}$$")
    assert compare_with_book(vector, book).status == "unreadable"
    # Exercise 1.7.102 (source): part a)'s values are printed outside the math.
    text = r"a) 0, 8, 12 b) $x(4) = 16$, so errors are: 16, 8, 4. c) Factors are 0.5 and 0.5."
    assert compare_with_book(sp.FiniteSet(0, 8, 12), text).status == "unreadable"
    # A whole exercise equal to part b) alone was read as one of its questions: not confirmed.
    assert compare_with_book(sp.Integer(16), text).status == "unreadable"


def test_a_condition_at_a_singular_point_fixes_no_constant() -> None:
    from exercises.families.textbook_odes import integrating_factor_solution

    x, y = sp.Symbol("x"), sp.Function("y")
    ode = x * y(x).diff(x) - 1  # y = log(x) + C: y(0) = 2 cannot fix C
    assert integrating_factor_solution(ode, y, x, {y(0): 2}) is None
    assert integrating_factor_solution(ode, y, x, {y(1): 2}) == sp.log(x) + 2


def test_bernoulli_equations_by_substitution_match_the_book() -> None:
    # Exercise 1.5.103: v = y^3 makes it linear, v' - 3v = -9x; dsolve ran out its 5 CPU-s
    family, params, answer = _solved("Solve $y^2y' = y^3-3x$, $y(0)=2$.")
    assert family == "differential_equations.solve_ode"
    book = r"$y = {\bigl(7 e^{3x} + 3x + 1 \bigr)}^{1/3}$"
    assert compare_with_book(answer, book).status == "match"
    assert _rejects(family, params, (8 * sp.exp(3 * x) + 3 * x) ** sp.Rational(1, 3))
    with Sandbox() as sandbox:  # its solve() program repeats the substitution, and may run
        run = sandbox.run(FAMILIES[family].pose(params).code, sp.srepr(answer))
    assert run.status == "ok" and run.equal, run
    _, _, answer = _solved("Solve $y' + xy = y^4$, with $y(0)=1$.")  # Exercise 1.5.3, by erf
    assert answer.has(sp.erf)


def test_bernoulli_needs_a_positive_initial_value_to_pick_its_root() -> None:
    from exercises.families.textbook_odes import bernoulli_solution

    y = sp.Function("y")
    ode = y(x).diff(x) - y(x) - x * y(x) ** 3  # y' = y + x y^3: v = y^-2
    assert bernoulli_solution(ode, y, x, {y(0): 1}) is not None
    assert bernoulli_solution(ode, y, x, {y(0): -1}) is None  # the negative root: not chosen
    assert bernoulli_solution(ode, y, x, {}) is None  # a general solution needs both roots
    assert bernoulli_solution(y(x).diff(x) - y(x), y, x, {y(0): 1}) is None  # linear: not his


def test_a_separable_equation_with_no_single_explicit_solution_is_solved_implicitly() -> None:
    # Exercise 1.3.105: the book's answer is implicit; dsolve gives y = asin(...) twice
    family, params, answer = _solved(r"Find an implicit solution to $y' = \dfrac{\sin(x)}{\cos(y)}$.")
    assert family == "differential_equations.solve_ode" and isinstance(answer, sp.Equality)
    assert compare_with_book(answer, r"$\sin(y) = -\cos(x) + C$").status == "match"
    assert compare_with_book(answer, r"$\sin(y) = \cos(x) + C$").status == "differs"
    y, c = sp.symbols("y C")
    assert _rejects(family, params, sp.Eq(sp.sin(y) - sp.cos(x), c))  # its slope is not the ODE's
    with Sandbox() as sandbox:
        run = sandbox.run(FAMILIES[family].pose(params).code, sp.srepr(answer))
    assert run.status == "ok" and run.equal, run
    # Exercise 1.3.1: y' = x/y is y = +-sqrt(x^2 + C), two solutions; implicitly one curve
    _, params, answer = _solved(r"Solve $y' = \dfrac{x}{y}$.")
    assert sp.simplify(sp.diff(answer.lhs, x) * y + sp.diff(answer.lhs, y) * x) == 0
    assert _rejects(family, params, sp.Eq(answer.lhs, 2))  # a general solution keeps C


def test_a_separable_solution_through_a_point_where_a_log_is_negative_takes_its_absolute_value(
) -> None:
    # Exercise 1.3.3: dx/dt = (x^2 - 1) t, x(0) = 0; dsolve finds two branches, and the
    # integral of dy/(y^2 - 1), (log(y - 1) - log(y + 1))/2, is complex at y = 0.
    family, params, answer = _solved(r"Solve $\dfrac{dx}{dt} = (x^2-1)\,t$, for $x(0) = 0$.")
    y = sp.Symbol("y")
    assert isinstance(answer, sp.Equality) and answer.subs({x: 0, y: 0}) is sp.true
    explicit = (1 - sp.exp(x**2)) / (1 + sp.exp(x**2))  # the solution, by hand: -tanh(x^2 / 2)
    assert all(abs(sp.N((answer.lhs - answer.rhs).subs(y, explicit).subs(x, v))) < 1e-12
               for v in (sp.Rational(1, 3), 1, 2))
    assert _rejects(family, params, sp.Eq(answer.lhs, 1))  # not through the initial point
    with Sandbox() as sandbox:
        run = sandbox.run(FAMILIES[family].pose(params).code, sp.srepr(answer))
    assert run.status == "ok" and run.equal, run


def test_an_equation_made_exact_by_an_integrating_factor_is_solved_implicitly() -> None:
    # Example 1.8.6: u = x + 1 makes it exact; the book: y = +-sqrt((C - x^3/3) / (x + 1))
    family, _, answer = _solved(r"Solve $$\frac{x^2+y^2}{x+1} + 2y \frac{dy}{dx} = 0 .$$")
    assert family == "differential_equations.solve_ode" and isinstance(answer, sp.Equality)
    y = sp.Symbol("y")
    book = sp.sqrt((5 - x**3 / 3) / (x + 1))  # the book's solution, C = 5
    assert sp.simplify(sp.diff(answer.lhs.subs(y, book), x)) == 0  # on one level curve
    assert answer.rhs == sp.Symbol("C")


def test_a_linear_equation_whose_integral_has_no_closed_form_keeps_a_definite_integral() -> None:
    # Exercise 1.4.8: u = e^{x^4/4 + x^2/2}; the book leaves such integrals as definite ones
    family, params = _read(r"Solve $\frac{1}{x^2+1} \, y' + x y = 3$, with $y(0) = 0$.")
    problem = FAMILIES[family].pose(params)  # posed once: dsolve and the rest run out first
    answer = problem.answer
    assert answer.has(sp.Integral) and all(c.passed for c in FAMILIES[family].verify(problem))
    for wrong in (answer * (1 + sp.Rational(1, 10**6)), answer + sp.exp(-x**4 / 4 - x**2 / 2)):
        problem.answer = wrong  # off by a millionth; through y(0) = 1 instead
        assert not all(c.passed for c in FAMILIES[family].verify(problem))
    with Sandbox() as sandbox:
        run = sandbox.run(problem.code, sp.srepr(answer))
    assert run.status == "ok" and run.equal, run
