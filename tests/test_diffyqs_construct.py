"""Constant-coefficient equations from their solutions, linear independence, Laplace's
equation with Dirichlet data, the kind of a point and radii of convergence, read from
diffyqs items as the book prints them: the answers are the book's, the verifications reject
a wrong answer, and items that ask something else are left unread."""

from __future__ import annotations

import sympy as sp

from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from tests.book_items import solved

x, y = sp.symbols("x y")


EQUATION = "differential_equations.equation_from_solutions"
INDEPENDENCE = "differential_equations.linear_independence"


def test_equation_from_a_general_solution_agrees_with_the_book() -> None:
    task, problem = solved(r"Construct an equation such that $y = C_1 e^{3x} + C_2 e^{-2x}$ is "
                           r"the general solution.")
    assert task.family == EQUATION and task.params["general"]
    y = sp.Function("y")(x)
    assert problem.answer == sp.Eq(y.diff(x, 2) - y.diff(x) - 6 * y, 0)
    assert compare_with_book(problem.answer, r"$y'' -y'-6y=0$").status == "match"
    assert compare_with_book(problem.answer, r"$y'' +y'-6y=0$").status == "differs"
    # Order 3 is not least: the rank of the solutions' derivatives says 2.
    assert _rejects(EQUATION, task.params, sp.Eq(y.diff(x, 3) - 7 * y.diff(x) + 6 * y, 0))


def test_characteristic_roots_from_the_exercise_read_by_each_part() -> None:
    whole = ("Suppose that the characteristic equation of a third-order differential equation has "
             "roots $\\pm2i$ and $3$.\n\na) What is the characteristic equation?\n\nb) Find the "
             "corresponding differential equation.\n\nc) Find the general solution.")
    task, problem = solved("What is the characteristic equation?", whole)
    r = sp.Symbol("r")
    assert problem.answer == sp.Eq(r**3 - 3 * r**2 + 4 * r - 12, 0)
    task, problem = solved("Find the corresponding differential equation.", whole)
    y = sp.Function("y")(x)
    assert problem.answer == sp.Eq(y.diff(x, 3) - 3 * y.diff(x, 2) + 4 * y.diff(x) - 12 * y, 0)
    assert read_task("item", whole).family is None  # the whole exercise asks three things
    # The source prints the 3 outside the math: the roots read must make a third order.
    source = ("Suppose that the characteristic equation of a third-order differential equation "
              "has roots $\\pm 2i$ and 3.\n\nWhat is the characteristic equation?")
    assert solved("What is the characteristic equation?", source)[1].answer == problem.answer.func(
        r**3 - 3 * r**2 + 4 * r - 12, 0)
    task, problem = solved("Find such an equation.", "Suppose that a fourth-order equation has a "
                           "solution $y=2e^{4x}x\\cos x$.\n\na) Find such an equation.")
    assert task.params["order"] == 4 and problem.answer.lhs.has(y.diff(x, 4))


def test_linear_independence_of_the_books_functions() -> None:
    task, problem = solved(r"Let $f(x) = e^x - \cos x$, $g(x) = e^x + \cos x$, and $h(x) = \cos x$."
                           r" Are $f(x)$, $g(x)$, and $h(x)$ linearly independent? If so, show "
                           r"it, if not, find a linear combination that works.")
    assert task.family == INDEPENDENCE and problem.answer == sp.Tuple(1, -1, 2)
    assert _rejects(INDEPENDENCE, task.params, sp.Tuple(1, 1, 2))
    task, problem = solved(r"Are $\sin(x)$, $x$, $x\sin(x)$ linearly independent? If so, show it,"
                           r" if not find a linear combination that gives $0$.")
    assert problem.answer == sp.true
    task, problem = solved(r"Are $e^{x}$, $e^{x+1}$, $e^{2x}$, $\sin(x)$ linearly independent? "
                           r"If so, show it, if not find a linear combination that gives $0$.")
    assert problem.answer == sp.Tuple(1, -sp.exp(-1), 0, 0)
    assert _rejects(INDEPENDENCE, task.params, sp.true)


LAPLACE = "differential_equations.laplace_dirichlet"


def _rejects(family: str, params: dict, wrong: sp.Basic) -> bool:
    problem = FAMILIES[family].pose(params)
    problem.answer = wrong
    return not all(check.passed for check in FAMILIES[family].verify(problem))


def test_laplace_on_a_rectangle_with_polynomial_and_mode_data() -> None:
    task, problem = solved(r"Use the solution of 4.9.4 to solve $$\Delta u = 0, \quad u(x,0) = "
                           r"\sin x, \quad u(x,\pi) = \pi, \quad u(0,y) = y, \quad u(\pi,y) = y"
                           r" .$$ Hint: Use superposition.")
    assert task.family == LAPLACE
    book = y + sp.sin(x) * sp.sinh(sp.pi - y) / sp.sinh(sp.pi)
    assert sp.simplify(problem.answer - book) == 0
    assert _rejects(LAPLACE, task.params, y + sp.sin(x) * sp.sinh(y) / sp.sinh(sp.pi))
    task, problem = solved("In the region described by $0<x<1$ and $0<y<2$, solve the problem "
                           "$$\\Delta u=0,u(x,0)=0.1\\sin(\\pi x),u(x,2)=0,u(0,y)=0,u(1,y)=0.$$")
    assert task.params["h"] == "2"
    # "Using only your intuition find u(1/2,1/2)": a value, not the solution.
    assert read_task("item", r"Using only your intuition find $u(\nicefrac{1}{2},\nicefrac{1}{2})$,"
                     r" for the problem $\Delta u = 0$, where $u(0,y) = u(1,y) = 100$ for "
                     r"$0 < y < 1$, and $u(x,0) = u(x,1) = 0$ for $0 < x < 1$.").family is None


def test_laplace_on_the_disk_in_cartesian_coordinates() -> None:
    task, problem = solved(r"Using the series solution find the solution to $\Delta u = 0$, "
                           r"$u(1,\theta) = 1- \cos(\theta)$. Express the solution in Cartesian "
                           r"coordinates (that is, using $x$ and $y$).")
    assert problem.answer == 1 - x
    assert compare_with_book(problem.answer, "$u = 1-x$").status == "match"
    assert _rejects(LAPLACE, task.params, 1 - x**2)
    # The PDF's sum lost its limits: the data is not read as 1.
    assert read_task("item", "Using series solve $\\Delta u=0$, $u(1,\\theta)=1+\\sum\\frac"
                     "{1}{n^{2}}\\sin(n\\theta)$. $$n=1$$").family is None


def test_kind_of_a_point_from_the_exercises_parts() -> None:
    context = ("In the following equations classify the point $x=0$ as ordinary, regular singular,"
               " or singular but not regular singular.\n\n(2)\n\n$y''+y=0$\n\n"
               "$x^3y''+(1+x)y=0$\n\n$xy''+x^5y'+y=0$")
    kinds = [solved(text, context)[1].answer.name
             for text in ("$y''+y=0$", "$x^3y''+(1+x)y=0$", "$xy''+x^5y'+y=0$",
                          "$\\sin(x)y''-y=0$")]
    assert kinds == ["ordinary", "singular but not regular singular", "regular singular",
                     "regular singular"]  # the book's answers a) to d)
    task, _ = solved("$x^3y''+(1+x)y=0$", context)
    assert _rejects(task.family, task.params, sp.Symbol("regular singular"))
    # The PDF runs the parts together: one part with several equations is not read.
    assert read_task("item", "$y''+y=0$ | b) $x^{3}y''+(1+x)y=0$", context=context).family is None


def test_radius_of_convergence() -> None:
    task, problem = solved(r"Is $\displaystyle \sum_{n=1}^\infty \frac{n!}{n^n} x^n$ a convergent "
                           r"power series? If so, find the radius of convergence.")
    assert task.family == "calculus.radius_of_convergence" and problem.answer == sp.E
    assert compare_with_book(problem.answer, r"Yes. Radius of convergence is $e$.").status == "match"
    assert _rejects(task.family, task.params, sp.Integer(1))
    task, problem = solved(r"$Is\sum\frac{1}{(2k)!}(x-10)^{k}$ a convergent power series? If so, "
                           "find the radius of convergence.\n\n$$k=0$$")
    assert (problem.answer, task.params["center"]) == (sp.oo, "10")
    assert _rejects(task.family, task.params, sp.Integer(0))
