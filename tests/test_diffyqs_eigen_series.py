"""Eigenvalue problems and power series solutions, read from diffyqs items as the book prints
them (PDF text and LaTeX source): the answers are the book's, the verifications reject a
wrong answer, and items that ask something else are left unread."""

from __future__ import annotations

import random

import sympy as sp

from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import vary
from tests.book_items import solved

x = sp.Symbol("x")
n = sp.Symbol("n", integer=True, positive=True)
a0, a1 = sp.symbols("a_0 a_1")
EIGEN = "differential_equations.eigenvalue_problem"
SERIES = "differential_equations.power_series_solution"


def _rejects(family: str, params: dict, wrong: sp.Basic) -> bool:
    problem = FAMILIES[family].pose(params)
    problem.answer = wrong
    return not all(check.passed for check in FAMILIES[family].verify(problem))


def test_dirichlet_eigenvalues_from_the_pdf_example() -> None:
    task, problem = solved("Find the eigenvalues and eigenfunctions of\n\n"
                           "$$x''+\\lambda x=0,x(0)=0,x(\\pi)=0.$$\n\nWe have to handle the cases "
                           "$\\lambda>0$, $\\lambda=0$, and $\\lambda<0$ separately.")
    assert task.family == EIGEN
    assert problem.answer == sp.Tuple(sp.Tuple(n**2, sp.Tuple(sp.sin(n * x))))
    # lambda = 0 (constant eigenfunction) is not an eigenvalue here: the count rejects it.
    assert _rejects(EIGEN, task.params, sp.Tuple(sp.Tuple(0, sp.Tuple(1)), *problem.answer))


def test_periodic_eigenvalues_from_the_source_count_both_eigenfunctions() -> None:
    task, problem = solved(r"Compute the eigenvalues and eigenfunctions of $$x'' + \lambda x = 0, "
                           r"\quad x(-\pi) = x(\pi), \quad x'(-\pi) = x'(\pi) .$$")
    assert problem.answer == sp.Tuple(sp.Tuple(0, sp.Tuple(1)),
                                      sp.Tuple(n**2, sp.Tuple(sp.cos(n * x), sp.sin(n * x))))
    # Missing sin(nx): the argument principle counts two zeros at each n^2.
    wrong = sp.Tuple(sp.Tuple(0, sp.Tuple(1)), sp.Tuple(n**2, sp.Tuple(sp.cos(n * x))))
    assert _rejects(EIGEN, task.params, wrong)


def test_symbolic_ends_and_the_books_second_interval() -> None:
    task, problem = solved("Compute all eigenvalues and eigenfunctions of $x''+\\lambda x=0$, "
                           "$x'(a)=0$, $x(b)=0$ (assume $a<b$).")
    a, b = sp.Symbol("a", real=True), sp.Symbol("b", real=True)
    ((value, (function,)),) = problem.answer
    assert sp.simplify(value - ((2 * n - 1) * sp.pi / (2 * (b - a)))**2) == 0
    assert sp.simplify(function - sp.cos((2 * n - 1) * sp.pi * (x - a) / (2 * (b - a)))) == 0
    # Exercise 5.1.101 (answer printed in the book): lambda_n = n^2 pi^2 / 4.
    task, problem = solved(r"Find eigenvalues and eigenfunctions of $$y'' + \lambda y = 0, "
                           r"\quad y(-1) = 0, \quad y(1) = 0 .$$")
    assert problem.answer[0][0] == n**2 * sp.pi**2 / 4
    variant = vary(EIGEN, task.params, random.Random(1))
    problem = FAMILIES[EIGEN].pose(variant)
    assert all(c.passed for c in FAMILIES[EIGEN].verify(problem))


def test_eigen_items_that_ask_more_or_other_things_are_not_read() -> None:
    for text in [
        # Named constant h in a condition; identify p, q, r; expand f; x''' (not this equation).
        ("Find eigenvalues and eigenfunctions of the problem $$y''+\\lambda y=0,0<x<1, \\\\ "
        "hy(0)-y'(0)=0,y'(1)=0,h>0.$$"),
        ("Find eigenvalues and eigenfunctions for $$y''+\\lambda y=0,y'(0)=0,y'(1)=0.$$ Identify "
        "the $p,q,r,\\alpha_{j},\\beta_{j}$."),
        ("Expand the function $f(x)=x$ on $0\\leq x\\leq1$ using eigenfunctions of the system "
        "$$y''+\\lambda y=0,y'(0)=0,y(1)=0.$$"),
        ("Suppose $x''+\\lambda x=0$ and $x(0)=1$, $x(1)=1$. Find all $\\lambda$ for which there "
        "is more than one solution."),
        "Compute all eigenvalues and eigenfunctions of $x''+\\lambda x=0$, $x(a)=0$, $x(b)=0$.",
    ]:
        assert read_task("item", text).family != EIGEN, text


def test_power_series_at_an_ordinary_point_is_the_books() -> None:
    task, problem = solved("Use power series methods to solve $y''+2x^{3}y=0$ at the point "
                           "$x_{0}=0$.")
    assert task.family == SERIES
    # The book: y = a0 + a1 x - a0/10 x^5 - a1/15 x^6 + ...: the pair (y_1, y_2) of a0 and a1.
    first, second = (piece.removeO() for piece in problem.answer)
    assert (first, second) == (1 - x**5 / 10, x - x**6 / 15)
    wrong = sp.Tuple(1 - x**5 / 10 + sp.O(x**8), x - x**6 / 16 + sp.O(x**8))
    assert _rejects(SERIES, task.params, wrong)
    task, problem = solved(r"Use power series methods to solve $y''+y = 0$ at the point $x_0 = 1$.")
    cosine, sine = (sp.series(f(x - 1), x, 1, 8).removeO() for f in (sp.cos, sp.sin))
    assert [sp.expand(p.removeO() - f) for p, f in zip(problem.answer, (cosine, sine))] == [0, 0]


def test_nonhomogeneous_and_frobenius_series() -> None:
    task, problem = solved(r"Use power series methods to solve $y'' - x y = \frac{1}{1-x}$ at the "
                           r"point $x_0 = 0$. Hint: Recall the geometric series.")
    # The book: ... + (a0 + 1)/6 x^3 + (a1 + 1)/12 x^4 + 3/40 x^5 + (a0 + 7)/180 x^6 + ...
    general = sum(c * p.removeO() for c, p in zip((a0, a1, 1), problem.answer))
    coefficients = sp.Poly(general, x).all_coeffs()[::-1]
    assert coefficients[3:7] == [(a0 + 1) / 6, (a1 + 1) / 12, sp.Rational(3, 40), (a0 + 7) / 180]
    task, problem = solved(r"Find a particular (Frobenius-type) solution of $x y'' - y = 0$.")
    assert sp.expand(problem.answer.removeO()).coeff(x, 2) == sp.Rational(1, 2)
    assert _rejects(SERIES, task.params, x * (1 + x / 3 + sp.O(x**8)))


def test_series_items_that_ask_something_else_are_not_read() -> None:
    for text, context in [
        ("Find a polynomial solution to $(x^{2}+1)y''-2xy'+2y=0$ using power series methods.",
         None),
        (("Use the solution to part a) to find a solution for $xy''+y=0$ around the point "
         "$x_{0}=1$."), None),
        (("Attempt to solve $x^{2}y''-y=0$ at $x_{0}=0$ using the power series method of this "
         "section ($x_{0}$ is a singular point)."), None),
    ]:
        assert read_task("item", text, context=context).family != SERIES, text
    # A part reads its own words, not its exercise's other part.
    part = "Use power series methods to solve $(1-x)y''+y=0$ at the point $x_{0}=0$."
    whole = f"a) {part}\n\nb) Use the solution to part a) to find a solution for $xy''+y=0$."
    assert read_task("item", part, context=whole).family == SERIES
    assert read_task("item", whole).family != SERIES

