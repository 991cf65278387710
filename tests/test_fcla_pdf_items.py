"""FCLA items as the PDF's text layer gives them (sets of columns in tall braces, N(A) = <S>,
a lost ``&`` or ^{-1}, worked solutions run into the statement) and preimages, numbered parts
and diagonalisation: read into the problem the book asks, solved and verified independently;
what a worked example only shows as a step is not read."""

from __future__ import annotations

import dataclasses
import random

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.tasks import read_task
from formalize.variants import vary

# The book's items, as the FCLA PDF build extracts them (beezer-fcla.pdf).
SPAN_MEMBER = (r"Working within the vector space $\mathbb{C}^{3}$, determine if $\mathbf{b}="
               r"\begin{bmatrix}4 \\ 3 \\ 1\end{bmatrix}$ is in the subspace $W$," "\n\n"
               r"$$W=\begin{bmatrix}\{ \\ \begin{bmatrix}3 \\ 2 \\ 3\end{bmatrix},\begin{bmatrix}1 "
               r"\\ 0 \\ 3\end{bmatrix},\begin{bmatrix}1 \\ 1 \\ 0\end{bmatrix},\begin{bmatrix}2 \\ 1"
               r" \\ 3\end{bmatrix}\end{bmatrix}\rangle.$$")
NULL_SPACE = ("Let $A$ be the matrix below.\n\n"
              r"1. Find a set $S$ so that $\mathcal{N}(A)=\langle S\rangle$." "\n\n"
              r"2. If $\mathbf{z}=\begin{bmatrix}3 \\ -5 \\ 1 \\ 2\end{bmatrix}$, then show directly "
              r"that $\mathbf{z}\in\mathcal{N}(A)$." "\n\n"
              r"3. Write $\mathbf{z}$ as a linear combination of the vectors in $S$." "\n\n"
              r"$$A=\begin{bmatrix}2 & 3 & 1 & 4 \\ 1 & 2 & 1 & 3 \\ -1 & 0 & 1 & 1\end{bmatrix}$$")
WORKED_COLUMN_SPACE = (
    r"The coefficient matrix in Archetype A is $A$, which row-reduces to $B$." "\n\n"
    r"$$A=\begin{bmatrix}1 & -1 & 2 \\ 2 & 1 & 1 \\ 1 & 1 & 0\end{bmatrix}B=\begin{bmatrix}"
    r"\frac{\overline{1}}{0} & 1 \\ \frac{\frac{0}{1}}{0} & -1 \\ 0 & 0\end{bmatrix}$$" "\n\n"
    r"Columns $1$ and $2$ are pivot columns, so by Theorem BCS we can write" "\n\n"
    r"$$\mathcal{C}(A)=\langle\{\mathbf{A}_{1},\mathbf{A}_{2}\}\rangle=\begin{bmatrix}\{ \\ "
    r"\begin{bmatrix}1 \\ 2 \\ 1\end{bmatrix},\begin{bmatrix}-1 \\ 1 \\ 1\end{bmatrix}\end{bmatrix}"
    r"\rangle.$$" "\n\n"
    r"We want to show in this example that $\mathcal{C}(A)\not=\mathbb{C}^{3}$.")
# IVLT.C20: the PDF runs the solution's parts (b) and (c) into the statement.
PROPERTIES = (r"Determine if the linear transformation $T:P_{2}\to M_{22}$ is (a) injective, (b) "
              "surjective, (c)\n\ninvertible.\n\n"
              r"$$T(a+bx+cx^{2})=\begin{bmatrix}a+2b-2c & 2a+2b \\ -a+b-4c & 3a+2b+2c\end{bmatrix}$$"
              "\n\n"
              r"(b) Since $3=\dim(P_{2})<\dim(M_{22})=4$, by Theorem SLTD $T$ is not surjective."
              "\n\n(c) Since $T$ is not surjective, it is not invertible by Theorem ILTIS.")
INVERSE_M12 = (r"The linear transformation $R:M_{12}\to M_{21}$ is invertible. Determine a formula "
               "for the\n\n"
               r"inverse linear transformation $R^{-1}:M_{21}\to M_{12}$." "\n\n"
               r"$$R([ab])=\begin{bmatrix}a+3b \\ 4a+11b\end{bmatrix}$$")
PREIMAGES = ("For the linear transformation $S$ compute the preimages.\n\n"
             r"$$() \\ S:\mathbb{C}^{3}\to\mathbb{C}^{3},S\begin{bmatrix}a \\ b \\ c\end{bmatrix}="
             r"\begin{bmatrix}a-2b-c \\ 3a-b+2c \\ a+b+2c\end{bmatrix}$$" "\n\n"
             r"$$()() \\ S^{-1}\begin{bmatrix}-2 \\ 5 \\ 3\end{bmatrix}S^{-1}\begin{bmatrix}-5 \\ 5"
             r" \\ 7\end{bmatrix}$$")
PREIMAGE_LOST_INVERSE = (r"Define $T:M_{22}\to\mathbb{C}$ by $T(\begin{bmatrix}a & b \\ c & d"
                         r"\end{bmatrix})=a+b+c-d$. Find the preimage $T(3)$.")
PREIMAGE_OF_ZERO = (r"Define $T:P_{3}\to P_{2}$ by $T(a+bx+cx^{2}+dx^{3})=b+2cx+3dx^{2}$. Find the "
                    "preimage of\n\n"
                    r"$\mathbf{0}$. Does this linear transformation seem familiar?")
# The source's notation (PreTeXt), LT.C31's second preimage.
PREIMAGE_SOURCE = (r"For the linear transformation $S$ compute the preimages. $$\ltdefn{S}{\complex{3}}"
                   r"{\complex{3}},\quad \lteval{S}{\colvector{a\\b\\c}}= \colvector{a-2b-c\\3a-b+2c\\"
                   r"a+b+2c }$$ $$\preimage{S}{\colvector{-5\\5\\7}}$$")
FOUR_SPACES = (r"Given the matrix $A$ below, use the extended echelon form of $A$ to answer each part "
               "of\n\nthis problem. In each part, find a linearly independent set of vectors, $S$, so "
               r"that the span of $S$, $\langle S\rangle$, equals the specified set of vectors." "\n\n"
               r"1. The row space of $A$, $\mathcal{R}(A)$." "\n\n"
               r"2. The column space of $A$, $\mathcal{C}(A)$." "\n\n"
               r"3. The null space of $A$, $\mathcal{N}(A)$." "\n\n"
               r"4. The left null space of $A$, $\mathcal{L}(A)$." "\n\n"
               r"$$A=\begin{bmatrix}-5 & 3 & -1 \\ -1 & 1 & 1 \\ -8 & 5 & -1 \\ 3 & -2 & 0\end{bmatrix}$$")
DIAGONAL = ("Calculate a Diagonalization. Find a diagonal matrix similar to\n\n"
            r"$$A=\begin{bmatrix}-5 & 8 \\ -4 & 7\end{bmatrix}.$$")
DIAGONALIZABLE = (r"Determine if the matrix $A$ below is diagonalizable. If the matrix is diagonalizable, "
                  "then\n\nfind a diagonal matrix $D$ that is similar to $A$, and provide the invertible "
                  "matrix $S$ that performs the similarity transformation. You should use your "
                  "calculator to find the eigenvalues of the matrix, but try only using the row-"
                  "reducing function of your\n\ncalculator to assist with finding eigenvectors.\n\n"
                  r"$$A=\begin{bmatrix}1 & 9 & 9 & 24 \\ -3 & -27 & -29 & -68 \\ 1 & 11 & 13 & 26 \\ "
                  r"1 & 7 & 7 & 18\end{bmatrix}$$")
GIVENS = (r"Archetype G and Archetype H are both systems of $m=5$ equations in $n=2$ variables. They "
          r"have identical coefficient matrices. The first $n=2$ columns contain $r=2$ leading 1's, "
          r"so we extract $L$ from the final $m-r=3$ rows in the final $m=5$ columns.")
BASIS_ELEMENTS = (r"Consider the linear transformation $S:M_{22}\to M_{22}$ defined by" "\n\n"
                  r"$$S(\begin{bmatrix}a & b \\ c & d\end{bmatrix})=\begin{bmatrix}-b-c-3d & "
                  r"-14a-15b-13c+d \\ 18a+21b+19c+3d & -6a-7b-7c-3d\end{bmatrix}.$$" "\n\n"
                  "To find the eigenvalues and eigenvectors of $S$ we will build a matrix "
                  "representation and analyze the matrix. Since Theorem EER places no restriction "
                  "on the choice of the basis $B$, we may as well use a basis that is easy to work "
                  "with. So set\n\n"
                  r"$$B=\{\begin{bmatrix}1 & 0 \\ 0 & 0\end{bmatrix},\begin{bmatrix}0 & 1 \\ 0 & 0"
                  r"\end{bmatrix},\begin{bmatrix}0 & 0 \\ 1 & 0\end{bmatrix},\begin{bmatrix}0 & 0 "
                  r"\\ 0 & 1\end{bmatrix}\}.$$" "\n\nThen to build the matrix representation of $S$ "
                  "relative to $B$ compute,")
MATRIX_POLYNOMIAL = ("Let\n\n"
                     r"$$p(x)=14+19x-3x^{2}-7x^{3}+x^{4}D=\begin{bmatrix}-1 & 3 & 2 \\ 1 & 0 & -2 \\ "
                     r"-3 & 1 & 1\end{bmatrix}$$" "\n\nand we will compute $p(D)$.")


def _solved(task):
    """The task's problem, every check passing and its solve() program agreeing."""
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(c.passed is True for c in checks), [c for c in checks if not c.passed]
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer
    return problem


def _column(*values: int) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([[v] for v in values])


def test_a_set_of_columns_in_the_pdfs_tall_braces_is_the_span_asked_about() -> None:
    task = read_task("S.C15", SPAN_MEMBER)
    assert task.family == "linear_algebra.vector_set"
    assert task.params["op"] == "span_member" and task.params["target"] == ["4", "3", "1"]
    assert len(task.params["vectors"]) == 4
    assert _solved(task).answer_text == "no"  # the book: LS(A, b) is inconsistent


def test_the_pdfs_n_of_a_equals_span_asks_the_null_space_but_working_does_not() -> None:
    task = read_task("SS.C50", NULL_SPACE)
    assert (task.family, task.params["op"]) == ("linear_algebra.matrix_operation", "null_space")
    # the book: N(A) = <{[1, -1, 1, 0], [1, -2, 0, 1]}>, and z = [3, -5, 1, 2] lies in it
    assert set(_solved(task).answer) == {_column(1, -1, 1, 0), _column(1, -2, 0, 1)}
    assert read_task("CRS.CSAA", WORKED_COLUMN_SPACE).family is None


def test_properties_the_solution_states_after_the_question_do_not_hide_it() -> None:
    task = read_task("IVLT.C20", PROPERTIES)
    assert task.family == "linear_algebra.linear_map"
    assert task.params["ops"] == ["injective", "surjective", "invertible"]
    assert _solved(task).answer == sp.Tuple(sp.false, sp.false, sp.false)  # as the book finds
    # the solution's part (b), extracted as a part of its own, asks nothing
    part = r"Since $3=\dim(P_{2})<\dim(M_{22})=4$, by Theorem SLTD $T$ is not surjective."
    assert read_task("IVLT.C20(b)", part, context=PROPERTIES).family is None


def test_a_row_whose_ampersand_the_pdf_lost_is_the_declared_spaces_generic_element() -> None:
    task = read_task("IVLT.M31", INVERSE_M12)
    assert (task.params["domain"], task.params["inputs"]) == ("M1x2", ["a", "b"])
    y1, y2 = sp.symbols("y_1 y_2")
    # the book: R^{-1}([x; y]) = [-11x + 3y, 4x - y]
    assert _solved(task).answer == sp.ImmutableMatrix([[-11 * y1 + 3 * y2, 4 * y1 - y2]])


def test_preimages_of_a_map_given_by_its_formula() -> None:
    task = read_task("LT.C31", PREIMAGES)
    assert (task.family, task.params["family"]) == ("linear_algebra.each", "linear_algebra.linear_map")
    assert [item["target"] for item in task.params["items"]] == [["-2", "5", "3"], ["-5", "5", "7"]]
    empty, line = _solved(task).answer
    assert empty == sp.EmptySet  # the book: no solution, the preimage is empty
    free = line[2]  # the book: [3, 4, 0] + c[-1, -1, 1]
    assert line.free_symbols == {free} and line == _column(3, 4, 0) + free * _column(-1, -1, 1)
    source = read_task("LT.C31", PREIMAGE_SOURCE)
    assert source.params["target"] == ["-5", "5", "7"]
    assert _solved(source).answer == line
    lost = read_task("LT.C42", PREIMAGE_LOST_INVERSE)  # the PDF printed T^{-1}(3) as T(3)
    assert lost.params["ops"] == ["preimage"] and lost.params["target"] == ["3"]
    a, b, c, d = _solved(lost).answer
    assert sp.expand(a + b + c - d) == 3
    zero = read_task("LT.C43", PREIMAGE_OF_ZERO)
    assert zero.params["target"] == ["0", "0", "0"]
    constant = _solved(zero).answer  # the book: the constant polynomials
    assert constant.free_symbols and sp.diff(constant, sp.Symbol("x")) == 0


def test_numbered_parts_each_naming_a_space_of_the_one_matrix() -> None:
    task = read_task("FS.C25", FOUR_SPACES)
    assert task.family == "linear_algebra.each"
    assert [item["op"] for item in task.params["items"]] == [
        "row_space", "column_space", "null_space", "left_null_space"]
    rows, _, null, left = _solved(task).answer
    assert rows == sp.Tuple(_column(1, 0, 2), _column(0, 1, 3))  # as the book prints them
    assert null == sp.Tuple(_column(-2, -3, 1))
    book_left = sp.Matrix.hstack(_column(1, 0, -1, -1), _column(0, 1, 1, 3))
    assert sp.Matrix.hstack(book_left, *left).rank() == 2  # the same left null space


def test_a_diagonal_matrix_similar_to_a_and_a_wrong_one_fails() -> None:
    task = read_task("SD.3", DIAGONAL)
    assert task.params["op"] == "diagonalize"
    problem = _solved(task)
    assert problem.answer == sp.ImmutableMatrix([[-1, 0], [0, 3]])
    family = FAMILIES[task.family]
    for wrong in (sp.ImmutableMatrix([[-1, 0], [0, 2]]), sp.EmptySet):
        assert not all(c.passed for c in family.verify(dataclasses.replace(problem, answer=wrong)))
    task = read_task("SD.C21", DIAGONALIZABLE)  # its eigenvalues, a step, come after
    assert task.params["op"] == "diagonalize"
    assert list(_solved(task).answer.diagonal()) == [0, 1, 2, 2]  # the book: 2, 2, 1, 0
    jordan = {"op": "diagonalize", "matrix": [["2", "1"], ["0", "2"]]}
    not_diagonalizable = family.pose(jordan)
    assert not_diagonalizable.answer == sp.EmptySet
    assert all(c.passed for c in family.verify(not_diagonalizable))
    assert not all(c.passed for c in family.verify(dataclasses.replace(
        not_diagonalizable, answer=sp.ImmutableMatrix([[2, 0], [0, 2]]))))
    varied = vary(task.family, task.params, random.Random(3))
    assert all(c.passed for c in family.verify(family.pose(varied)))


def test_stated_sizes_and_a_maps_inputs_are_not_what_is_asked() -> None:
    assert read_task("FS.FSAG", GIVENS).family is None  # m = 5, n = 2: no system in m, n, r
    # CB.ELTT: the 2x2 matrices are inputs of S: M_22 -> M_22, not the matrix asked about
    assert read_task("CB.ELTT", BASIS_ELEMENTS).family != "linear_algebra.matrix_operation"


def test_a_polynomial_of_a_matrix_not_expand_p_of_x() -> None:
    task = read_task("EE.PM", MATRIX_POLYNOMIAL)
    assert task.family == "linear_algebra.matrix_polynomial"
    problem = _solved(task)
    book = sp.ImmutableMatrix([[-139, 193, 166], [27, -98, -124], [-193, 118, 20]])
    assert problem.answer == book
    family = FAMILIES[task.family]
    assert not all(c.passed for c in family.verify(dataclasses.replace(problem, answer=book.T)))
    assert all(c.passed for c in family.verify(family.pose(vary(task.family, task.params,
                                                                 random.Random(5)))))
    # PEE.M20: (b) asks r(C), the same form in two ways; (c) asks r(C)'s eigenvalues
    context = (r"In Example ESMS4 the $4\times4$ symmetric matrix $$C=\begin{bmatrix}1 & 0 & 1 & 1 "
               r"\\ 0 & 1 & 1 & 1 \\ 1 & 1 & 1 & 0 \\ 1 & 1 & 0 & 1\end{bmatrix}$$ is shown to "
               r"have the three eigenvalues. In this example we can use $$r(x)=\frac{1}{4}(x^{2}+4x-5)"
               r"=\frac{1}{4}x^{2}+x-\frac{5}{4}.$$")
    part = read_task("PEE.M20(b)", "In the style of Example PM, compute the matrix $r(C)$.",
                     context=context)
    assert part.params["polynomial"] == "x**2/4 + x - 5/4"
    assert _solved(part).answer == sp.ImmutableMatrix([[1, 1, 3, 3], [1, 1, 3, 3],
                                                       [3, 3, 1, 1], [3, 3, 1, 1]]) / 2
    other = read_task("PEE.M20(c)", "Compute the eigenvalues of $r(C)$ directly and verify that "
                      "they are as expected.", context=context)
    assert other.family != "linear_algebra.matrix_polynomial"
