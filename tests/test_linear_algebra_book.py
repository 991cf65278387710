"""A linear algebra book's items: systems, vector sets, products and matrix operations are read,
solved, verified independently, and compared with the answers such a book prints."""

from __future__ import annotations

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.linear_systems import read as read_linear
from formalize.matrices import read as read_matrix
from formalize.notation import expand
from formalize.tasks import read_task

SYSTEM = r"""$$2x_1+4x_2+5x_3+7x_4&=-26 \\
x_1+2x_2+x_3-x_4&=-4 \\
-2x_1-4x_2+x_3+11x_4&=-10$$"""
X2, X4 = sp.Symbol("x_{2}"), sp.Symbol("x_{4}")


def _solve(name: str, params: dict) -> tuple:
    family = FAMILIES[name]
    problem = family.pose(params)
    return problem, family.verify(problem)


def _passes(name: str, problem) -> bool:
    return all(check.passed for check in FAMILIES[name].verify(problem))


def test_notation_macros_expand_nested() -> None:
    text = expand(r"\set{\colvector{1\\{\frac{2}{3}}},\,\colvector{\leading{1}\\0}}")
    assert text == r"\{\begin{bmatrix}1\\{\frac{2}{3}}\end{bmatrix},\,\begin{bmatrix}1\\0\end{bmatrix}\}"
    assert expand(r"\unknownmacro{x}") == r"\unknownmacro{x}"


def test_a_display_of_equations_is_read_as_a_system_and_solved_parametrically() -> None:
    task = read_task("i", SYSTEM)  # no words at all: the system is the question
    assert task.family == "linear_algebra.solve_linear_system"
    assert task.params["variables"] == ["x_{1}", "x_{2}", "x_{3}", "x_{4}"]
    assert task.params["augmented"][0] == ["2", "4", "5", "7", "-26"]
    problem, checks = _solve(task.family, task.params)
    assert all(c.passed for c in checks)
    expected = sp.Matrix([2 - 2 * X2 + 4 * X4, X2, -6 - 3 * X4, X4])
    assert (problem.answer - expected).expand() == sp.zeros(4, 1)


def test_separate_equations_unique_and_inconsistent_systems() -> None:
    found = read_linear(["2x+3y=-8", "x-y=6"], "find all solutions", None)
    assert found == ("linear_algebra.solve_linear_system",
                     {"variables": ["x", "y"], "augmented": [["2", "3", "-8"], ["1", "-1", "6"]]})
    problem, checks = _solve(*found)
    assert problem.answer == sp.Matrix([2, -4]) and all(c.passed for c in checks)
    empty, checks = _solve("linear_algebra.solve_linear_system", {
        "variables": ["x", "y"], "augmented": [["1", "1", "1"], ["2", "2", "3"]]})
    assert empty.answer == sp.EmptySet and all(c.passed for c in checks)


def test_what_is_not_a_linear_system_is_not_read() -> None:
    assert read_linear([r"x^2+y^2&=1 \\ -x+\sqrt{3}y&=0"], "solve", None) is None
    assert read_linear(["x_1=3", "x_2=-1"], "the solution is", None) is None  # a solution
    assert read_linear([SYSTEM.strip("$")], "prove that the system is consistent", None) is None


def test_wrong_solution_sets_fail_verification() -> None:
    params = {"variables": ["x", "y"], "augmented": [["1", "1", "3"], ["1", "-1", "1"]]}
    problem, _ = _solve("linear_algebra.solve_linear_system", params)
    problem.answer = sp.ImmutableMatrix([1, 2])
    assert not _passes("linear_algebra.solve_linear_system", problem)
    problem.answer = sp.EmptySet
    assert not _passes("linear_algebra.solve_linear_system", problem)
    problem.answer = sp.ImmutableMatrix([3 - sp.Symbol("y"), sp.Symbol("y")])  # too many free
    assert not _passes("linear_algebra.solve_linear_system", problem)


def test_independence_and_span_membership() -> None:
    statement = (r"Is the set $S=\set{\colvector{1\\2\\-1},\,\colvector{3\\-4\\2},\,"
                 r"\colvector{4\\-2\\1}}$ linearly independent?")
    task = read_task("i", statement)
    assert task.family == "linear_algebra.vector_set" and task.params["op"] == "independent"
    problem, checks = _solve(task.family, task.params)
    assert problem.answer == sp.false and all(c.passed for c in checks)
    problem.answer = sp.true
    assert not _passes(task.family, problem)
    member = read_task("j", r"Is $\vect{y}=\colvector{5\\-2\\1}$ in $\spn{S}$, "
                            r"$S=\set{\colvector{1\\2\\-1},\,\colvector{3\\-4\\2}}$?")
    assert member.params["target"] == ["5", "-2", "1"] and len(member.params["vectors"]) == 2
    problem, checks = _solve(member.family, member.params)
    assert problem.answer == sp.true and all(c.passed for c in checks)  # 7/5 u + 6/5 v
    problem.answer = sp.false
    assert not _passes(member.family, problem)


def test_product_of_named_matrices() -> None:
    formulas = [r"A=\begin{bmatrix}1&2\\0&1\end{bmatrix} && B=\begin{bmatrix}3\\4\end{bmatrix}",
                "AB"]
    found = read_matrix(formulas, "compute the product of the two matrices below", None)
    assert found is not None and found[0] == "linear_algebra.matrix_product"
    problem, checks = _solve(*found)
    assert problem.answer == sp.Matrix([11, 4]) and all(c.passed for c in checks)
    problem.answer = sp.ImmutableMatrix([11, 5])
    assert not _passes(found[0], problem)


def test_new_matrix_operations_are_checked_independently() -> None:
    matrix = [["1", "2", "3"], ["2", "4", "6"], ["1", "0", "1"]]
    for op in ("column_space", "row_space", "transpose", "characteristic_polynomial"):
        problem, checks = _solve("linear_algebra.matrix_operation", {"op": op, "matrix": matrix})
        assert all(c.passed for c in checks), op
    x = sp.Symbol("x")
    problem.answer = problem.answer + x  # a wrong characteristic polynomial
    assert not _passes("linear_algebra.matrix_operation", problem)
    basis, _ = _solve("linear_algebra.matrix_operation", {"op": "column_space", "matrix": matrix})
    basis.answer = sp.Tuple(basis.answer[0])  # too few vectors
    assert not _passes("linear_algebra.matrix_operation", basis)


def test_operation_named_by_the_books_notation_uses_the_first_matrix() -> None:
    formulas = [r"\nsp{A}=\spn{S}", r"\vect{z}=\colvector{3\\-5\\1\\2}",
                r"A=\begin{bmatrix}2&3&1&4\\1&2&1&3\\-1&0&1&1\end{bmatrix}"]
    found = read_matrix(formulas, "find a set s so that", None)
    assert found == ("linear_algebra.matrix_operation",
                     {"op": "null_space", "matrix": [["2", "3", "1", "4"], ["1", "2", "1", "3"],
                                                     ["-1", "0", "1", "1"]]})


def test_book_solution_sets_agree_in_the_books_notation() -> None:
    answer = sp.ImmutableMatrix([2 - 2 * X2 + 4 * X4, X2, -6 - 3 * X4, X4])
    book = (r"As a set, we write $$\setparts{\colvector{2-2x_2+4x_4\\x_2\\-6-3x_4\\x_4}}"
            r"{x_2,\,x_4\in\complexes}$$")
    assert compare_with_book(answer, book).status == "match"
    shifted = book.replace("-6-3x_4", "-7-3x_4")
    assert compare_with_book(answer, shifted).status == "differs"
    # The same set with other parameters (x_4 -> x_4 + 1) still agrees.
    other = (r"$$\setparts{\colvector{6-2x_2+4x_4\\x_2\\-9-3x_4\\1+x_4}}{x_2,\,x_4\in\complexes}$$")
    assert compare_with_book(answer, other).status == "match"
    unique = sp.ImmutableMatrix([1, -3])
    assert compare_with_book(unique, "so $x_1=1$, $x_2=-3$.").status == "match"
    assert compare_with_book(sp.EmptySet, r"no solutions, $\emptyset$").status == "match"


def test_book_answers_for_yes_no_eigenvalues_and_determinant_chains() -> None:
    assert compare_with_book(sp.false, "so the set is linearly dependent.").status == "match"
    assert compare_with_book(sp.true, r"so $\vect{y}\notin\spn{R}$.").status == "differs"
    eigen = (r"Eigenvalue: $\lambda = 0$ $\algmult{A}{0} = 1$ Eigenvalue: $\lambda = 2$ "
             r"$\geomult{A}{2} = 1$")
    assert compare_with_book(sp.FiniteSet(0, 2), eigen).status == "match"
    chain = r"$$\begin{vmatrix}1 & 3 \\ 6 & 2 \end{vmatrix} &= 1 \cdot 2 - 6 \cdot 3 = -16$$"
    assert compare_with_book(sp.Integer(-16), chain).status == "match"


def test_variants_keep_the_structure_and_verify() -> None:
    import random

    from formalize.variants import vary

    name = "linear_algebra.solve_linear_system"
    params = {"variables": ["x", "y", "z"],
              "augmented": [["1", "2", "3", "4"], ["2", "4", "6", "8"], ["1", "0", "1", "2"]]}
    original = FAMILIES[name].pose(params).answer
    for seed in range(3):
        problem, checks = _solve(name, vary(name, params, random.Random(seed)))
        assert all(c.passed for c in checks)
        assert len(problem.answer.free_symbols) == len(original.free_symbols) == 1
    sets = {"op": "span_member", "vectors": [["1", "0", "2"], ["0", "1", "1"]],
            "target": ["1", "1", "4"]}  # not in the span: 1*(1,0,2) + 1*(0,1,1) = (1,1,3)
    problem, checks = _solve("linear_algebra.vector_set",
                             vary("linear_algebra.vector_set", sets, random.Random(0)))
    assert problem.answer == sp.false and all(c.passed for c in checks)


def test_pdf_damaged_or_ambiguous_book_answers_are_unreadable_not_differing() -> None:
    product = sp.ImmutableMatrix([[13, 3, 15], [1, 0, 5], [1, 0, 1]])
    assert compare_with_book(product, ". $AB=1$ $0$ $5$ .  $$101$$").status == "unreadable"
    lost = r"$$|13| \\ ||||=1\cdot6-2\cdot3=6-6=0. \\ |26|$$"
    assert compare_with_book(sp.Integer(0), lost).status == "unreadable"
    rank = "The rank of $A$ is $5$, and the nullity is $0$."
    assert compare_with_book(sp.Integer(5), rank).status == "unreadable"


def test_null_space_written_as_solutions_and_partial_assignments() -> None:
    book = (r"so $$\nsp{A}=\setparts{\colvector{-2x_2-5x_5\\x_2\\8x_5\\-2x_5\\x_5}}"
            r"{x_2,\,x_5\in\complexes}$$")
    basis = sp.Tuple(sp.ImmutableMatrix([-2, 1, 0, 0, 0]), sp.ImmutableMatrix([-5, 0, 8, -2, 1]))
    assert compare_with_book(basis, book, worked=True).status == "match"
    system = r"for any scalar $x_{2}$: $$x_{1}&=3+2x_{2} \\ x_{3}&=-2 \\ x_{4}&=-2.$$, $n=4$"
    answer = sp.ImmutableMatrix([2 * X2 + 3, X2, -2, -2])
    assert compare_with_book(answer, system, worked=True).status == "match"
    assert compare_with_book(answer + sp.ImmutableMatrix([1, 0, 0, 0]), system).status == "differs"


@pytest.mark.parametrize(("text", "context"), [
    # Discrete 2.6.7.6(a): a relation's rule, not a system to solve
    ("$x\\sim y$ if and only if $x+y=0$.", ("For the following relations on the set of all "
     "integers, determine whether the relation is any of reflexive, irreflexive, symmetric, "
     "antisymmetric, and transitive.")),
    # Trigonometry 4.2 Exercise 8: a sector's radius and arc length
    ("$r=a$, $s=a$", "find the area of the sector for the given radius $r$ and arc length $s$"),
])
def test_linear_equations_that_are_not_a_system_to_solve_are_not_read_as_one(text, context):
    assert read_task("i", text, context=context).family != "linear_algebra.solve_linear_system"


def test_a_bare_system_under_its_groups_instruction_is_read():
    """FCLA's C10: the display alone; "Find all solutions to the system" is the group's."""
    task = read_task("C10", "$$x_{1}+2x_{2}=3 \\\\ 2x_{1}-x_{2}=1$$",
                     context="Find all solutions to the system of linear equations.")
    assert task.family == "linear_algebra.solve_linear_system"


def test_eigenvalues_alone_never_answer_a_question_about_eigenvectors() -> None:
    """diffyqs 3.4.102(a) asks eigenvalues and eigenvectors, FCLA C19 eigenspaces and
    multiplicities too: the eigenvalues alone would ship half an answer as verified, so such an
    item reads as its eigenspaces (tests/test_eigenspaces.py), never as its eigenvalues."""
    matrix = r"$A=\begin{bmatrix}1 & 1 \\ -1 & 0\end{bmatrix}$"
    for asked in (f"Compute eigenvalues and eigenvectors of {matrix}.",
                  f"Find an eigenvector of {matrix}."):
        task = read_task("x", asked)
        assert (task.family, task.params["op"]) == ("linear_algebra.matrix_operation",
                                                    "eigenspaces")
    asked = read_task("x", f"Find the eigenvalues of {matrix}.")
    assert (asked.family, asked.params["op"]) == ("linear_algebra.matrix_operation", "eigenvalues")


def test_eigenvalues_alone_never_answer_a_question_about_multiplicities() -> None:
    """FCLA C21 (section EE) asks a geometric multiplicity, the dimension of an eigenspace:
    the matrix's eigenvalues had shipped as its verified answer. It stays unread; so does a
    worked example that computes multiplicities and eigenvectors past its opening (FCLA CEMS6)."""
    matrix = (r"$$A=\begin{bmatrix}18 & -15 & 33 & -15 \\ -4 & 8 & -6 & 6 \\ -9 & 9 & -16 & 9 \\"
              r" 5 & -6 & 9 & -4\end{bmatrix}$$")
    task = read_task("C21", "The matrix $A$ below has $\\lambda=2$ as an eigenvalue. Find the "
                     "geometric multiplicity of $\\lambda=2$ using your calculator only for "
                     f"row-reducing matrices.\n\n{matrix}")
    assert task.family is None
    asked = read_task("x", "Find the eigenvalues of $A$ and their algebraic multiplicities. "
                      + matrix)
    assert asked.family is None  # the eigenvalues alone do not say their multiplicities
