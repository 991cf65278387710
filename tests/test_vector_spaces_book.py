"""FCLA's items about polynomial and matrix spaces, linear maps, vector equations, matrix powers,
singular parameters and named archetypes: read from the book's own statements, solved,
verified independently, re-drawn into variants that still verify."""

from __future__ import annotations

import random

import pytest
import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.references import build_references, cited
from formalize.tasks import read_task
from formalize.variants import vary
from ingest.document import Block, Document

X = sp.Symbol("x")
# The book's own statements (FCLA, PreTeXt source), math as the source writes it.
KERNEL_M22_P2 = (r"Let $T : M_{22} \rightarrow P_2$ be given by $T\left(\begin{bmatrix} a & b \\ c & d "
                 r"\end{bmatrix}\right) = (a + b) + (a + c)x + (a + d)x^2$. Is $T$ injective? "
                 r"Find $\krn{T}$.")
SURJECTIVE_P3_C5 = (r"Determine whether or not the linear transformation $\ltdefn{T}{P_3}{\complex{5}}$ "
                    r"below is surjective: $$\lteval{T}{a + bx + cx^2 + dx^3} &= \colvector{a + b \\ "
                    r"b + c \\ c + d \\ a + c\\ b + d}$$ .")
RANGE_X2P = (r"Let $\ltdefn{T}{P_2}{P_4}$ be given by $\lteval{T}{p(x)} = x^2 p(x)$. Find a basis of "
             r"$\rng{T}$. Is $T$ surjective?")
NOT_INJECTIVE = (r"The linear transformation $\ltdefn{T}{\complex{4}}{\complex{3}}$ is not injective. "
                 r"Find two inputs $\vect{x},\,\vect{y}\in\complex{4}$ that yield the same output. "
                 r"$$\lteval{T}{\colvector{x_1\\x_2\\x_3\\x_4}}=\colvector{2x_1 + x_2 + x_3\\ "
                 r"-x_1 + 3x_2 + x_3 - x_4\\ 3x_1 + x_2 + 2x_3 - 2x_4}$$")
INDEPENDENT_P3 = (r"In the vector space of polynomials $P_3$, determine if the set $S$ is linearly "
                  r"independent or linearly dependent. $$S=\set{2 +x -3x^2 -8x^3,\, 1+ x + x^2 "
                  r"+5x^3,\, 3 -4x^2 -7x^3}$$")
SPANS_P4 = (r"Determine if the set $T=\set{x^2-x+5,\,4x^3-x^2+5x,\,3x+2}$ spans the vector space of "
            r"polynomials with degree 4 or less, $P_4$.")
MEMBER_P3 = (r"Working within the vector space $P_3$ of polynomials of degree 3 or less, determine if "
             r"$p(x)=x^3+6x+4$ is in the subspace $W$ below. $$W=\spn{\set{x^3+x^2+x,\,x^3+2x-6,"
             r"\,x^2-5}}$$")
VECTOR_EQUATION = (r"Solve the given vector equation for $x$, or explain why no solution exists. "
                   r"$$3\colvector{1\\2\\-1}+ 4\colvector{2\\0\\x}= \colvector{11\\6\\17}$$")
MATRIX_EQUATION = (r"Solve the given matrix equation for $\alpha$, or explain why no solution exists. "
                   r"$$\alpha \begin{bmatrix} 3 & 1 \\ 2 & 0 \\ 1 & 4\end{bmatrix} - \begin{bmatrix} "
                   r"4 & 1 \\ 3 & 2 \\ 0 & 1 \end{bmatrix} = \begin{bmatrix} 2 & 1 \\ 1 & -2 \\ 2 & 6 "
                   r"\end{bmatrix}$$")
COMBINATION = (r"Compute $$4\colvector{2\\-3\\4\\1\\0}+ (-2)\colvector{1\\2\\-5\\2\\4}+ "
               r"\colvector{-1\\3\\0\\1\\2}$$ .")
POWERS = (r"For the matrix $A$, find $A^2$, $A^3$, $A^4$. Find a general formula for $A^n$ for any "
          r"positive integer $n$. $$A = \begin{bmatrix} 0 & 1 & 2 \\ 0 & 0 & 1 \\ 0 & 0 & 0 "
          r"\end{bmatrix}$$")
SINGULAR = (r"Given the matrix $$B =\begin{bmatrix} 4 - x & -4 & -4\\ 2 & -2 - x & -4\\ 3 & -3 & -4 -x "
            r"\end{bmatrix}$$ , find all values of $x$ that are solutions of $\det(B) = 0$.")
GIVEN_DETERMINANT = (r"Consider the two matrices below, and suppose you already have computed "
                     r"$\detname{A}=-120$. What is $\detname{B}$? Why? $$A= \begin{bmatrix} 0 & 8 "
                     r"\\ -1 & 2 \end{bmatrix}$$ $$B= \begin{bmatrix} -1 & 2 \\ 0 & 8 \end{bmatrix}$$")


def _solved(task):
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(c.passed for c in checks), [c for c in checks if not c.passed]
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer
    return problem


def test_a_map_from_matrices_to_polynomials_is_read_with_what_is_asked_in_order() -> None:
    task = read_task("i", KERNEL_M22_P2)
    assert task.family == "linear_algebra.linear_map"
    assert (task.params["domain"], task.params["codomain"]) == ("M2x2", "P2")
    assert task.params["outputs"] == ["a + b", "a + c", "a + d"]
    assert task.params["ops"] == ["injective", "kernel"]
    injective, kernel = _solved(task).answer
    assert injective == sp.false
    # the kernel is spanned by one matrix, killed by T: a + b = a + c = a + d = 0
    (basis,) = kernel
    a, b, c, d = basis
    assert a + b == a + c == a + d == 0 and basis != sp.zeros(2, 2)


def test_maps_on_polynomials_and_on_p_of_x() -> None:
    surjective = read_task("i", SURJECTIVE_P3_C5)
    assert surjective.params["ops"] == ["surjective"]
    assert _solved(surjective).answer == sp.false  # four dimensions cannot fill C^5
    shifted = read_task("i", RANGE_X2P)
    assert shifted.params["outputs"] == ["0", "0", "a_0", "a_1", "a_2"]
    basis, is_onto = _solved(shifted).answer  # asked in this order: range, then surjective
    assert is_onto == sp.false and set(basis) == {X**2, X**3, X**4}


def test_a_stated_property_is_not_read_as_the_question() -> None:
    task = read_task("i", NOT_INJECTIVE)  # asks for two inputs, not whether T is injective
    assert task.family != "linear_algebra.linear_map"


def test_sets_of_polynomials_keep_their_space() -> None:
    independent = read_task("i", INDEPENDENT_P3)
    assert independent.params == {"op": "independent", "space": "P3", "vectors": [
        ["2", "1", "-3", "-8"], ["1", "1", "1", "5"], ["3", "0", "-4", "-7"]]}
    problem = _solved(independent)
    assert "x^{3}" in problem.statement_latex and problem.answer == sp.true
    spans = read_task("i", SPANS_P4)
    assert spans.params["op"] == "spans" and spans.params["space"] == "P4"
    assert _solved(spans).answer == sp.false  # three polynomials cannot span five dimensions
    member = read_task("i", MEMBER_P3)
    assert member.params["target"] == ["4", "6", "0", "1"]
    assert _solved(member).answer == sp.false


def test_vector_and_matrix_equations_are_linear_systems_in_their_scalars() -> None:
    vector = read_task("i", VECTOR_EQUATION)
    assert vector.params["variables"] == ["x"]
    assert _solved(vector).answer == sp.Matrix([5])
    matrix = read_task("i", MATRIX_EQUATION)
    assert matrix.params["variables"] == ["alpha"]
    assert _solved(matrix).answer == sp.EmptySet  # 3 alpha - 4 = 2 but 2 alpha - 3 = 1
    combination = read_task("i", COMBINATION)
    assert combination.family == "linear_algebra.linear_combination"
    assert _solved(combination).answer == sp.Matrix([5, -13, 26, 1, -6])


def test_powers_and_singular_parameters() -> None:
    powers = _solved(read_task("i", POWERS))
    assert powers.answer[1] == sp.zeros(3, 3)  # A^3 = 0
    n = sp.Symbol("n", integer=True, positive=True)
    assert powers.answer[-1].subs(n, 2) == powers.answer[0]
    singular = read_task("i", SINGULAR)
    assert singular.params["variable"] == "x"
    assert _solved(singular).answer == sp.FiniteSet(0, 2, -4)
    assert read_task("i", GIVEN_DETERMINANT).family is None  # det B is asked, not det A


def test_a_wrong_answer_fails_the_independent_checks() -> None:
    for text in (KERNEL_M22_P2, INDEPENDENT_P3, SINGULAR, POWERS, COMBINATION):
        task = read_task("i", text)
        family = FAMILIES[task.family]
        problem = family.pose(task.params)
        wrong = {sp.true: sp.false, sp.false: sp.true}.get(problem.answer)
        if wrong is None and isinstance(problem.answer, sp.Tuple) and \
                problem.answer[0] in (sp.true, sp.false):
            wrong = sp.Tuple(~problem.answer[0], *problem.answer[1:])
        elif wrong is None and isinstance(problem.answer, sp.FiniteSet):
            wrong = sp.FiniteSet(*problem.answer, 7)
        elif wrong is None and isinstance(problem.answer, sp.Tuple):
            wrong = sp.Tuple(problem.answer[1], *problem.answer[1:])
        elif wrong is None:
            wrong = problem.answer * 2
        problem.answer = wrong
        assert not all(c.passed for c in family.verify(problem)), text


@pytest.mark.parametrize("text", [KERNEL_M22_P2, MEMBER_P3, SINGULAR, POWERS, COMBINATION])
def test_variants_keep_the_structure_and_verify(text: str) -> None:
    task = read_task("i", text)
    family = FAMILIES[task.family]
    original = family.pose(task.params)
    varied = vary(task.family, task.params, random.Random(5))
    assert varied != task.params
    problem = family.pose(varied)
    assert all(c.passed for c in family.verify(problem))
    if isinstance(original.answer, sp.Tuple) and original.answer[0] in (sp.true, sp.false):
        assert problem.answer[0] == original.answer[0]  # injectivity survives the redraw


ARCHETYPES = Document(title="t", source_path="t", source_sha256="0", source_format="pretext",
                      blocks=[
    Block("heading", "K Archetype K"),
    Block("paragraph", r"$2\times 2$ nonsingular matrix Square matrix of size 2. "
                       r"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} \begin{bmatrix} 1 & 0 \\ 0 & 1"
                       r"\end{bmatrix}"),
    Block("heading", "A Archetype A"),
    Block("paragraph", r"System with singular coefficient matrix Linear system of two equations. "
                       r"x_1 + x_2 & = 3 \begin{bmatrix} 1 & 1 & 3\\ 2 & 2 & 6 \end{bmatrix}"),
    Block("heading", "S Archetype S"),
    Block("paragraph", r"Linear transformation, abstract vector spaces. \ltdefn{T}{\complex{2}}{P_1},"
                       r"\quad \lteval{T}{\colvector{a\\b}}= (a+b) + (a-b)x \set{\ } No."),
])


def test_the_index_of_named_objects_answers_each_of_them() -> None:
    index = build_references(ARCHETYPES)
    assert {r.kind for r in index.values()} == {"matrix", "system", "map"}
    assert "1 & 1" in index["Archetype A"].formulas[0]  # the coefficient matrix, not augmented
    text = ("Compute the determinant of each matrix. Archetype K, Archetype A")
    task = read_task("i", text, cited=cited(text, index))
    assert task.family == "linear_algebra.each"
    assert task.params["names"] == ["Archetype K", "Archetype A"]
    assert _solved(task).answer == sp.Tuple(-2, 0)
    single = "Compute the kernel of the linear transformation in Archetype S."
    task = read_task("i", single, cited=cited(single, index))
    assert task.family == "linear_algebra.linear_map" and _solved(task).answer == sp.Tuple()
    listed = "Express the vector of constants of Archetype A using the solutions listed."
    assert read_task("i", listed, cited=cited(listed, index)).family is None


INVERSE = (r"The linear transformation $\ltdefn{R}{M_{12}}{M_{21}}$ is invertible. Determine a formula "
           r"for the inverse linear transformation $\ltdefn{\ltinverse{R}}{M_{21}}{M_{12}}$. "
           r"$$\lteval{R}{\begin{bmatrix}a & b\end{bmatrix}} = \begin{bmatrix} a+3b\\ 4a+11b "
           r"\end{bmatrix}$$")
SUBSPACE = (r"Find the dimension of the subspace $W = \setparts{\begin{bmatrix} a & b\\c & d "
            r"\end{bmatrix}}{a + b = c, b + c = d, c + d = a}$ of $M_{22}$.")


def test_an_inverse_formula_and_a_subspace_cut_out_by_equations() -> None:
    inverse = read_task("i", INVERSE)
    assert (inverse.params["domain"], inverse.params["codomain"]) == ("M1x2", "M2x1")
    y_1, y_2 = sp.symbols("y_1 y_2")
    assert _solved(inverse).answer == sp.Matrix([[-11 * y_1 + 3 * y_2, 4 * y_1 - y_2]])
    subspace = read_task("i", SUBSPACE)
    assert subspace.params["ops"] == ["nullity"]
    assert _solved(subspace).answer == 1
