"""FCLA's items as its PDF gives them: the archetype appendix laid out as labelled entries,
questions that name a step ("we transpose A and row-reduce") rather than ask for it, and
worked examples whose later vectors are not the set asked about. Statements are the PDF
ingest's own text of the book's items."""

from __future__ import annotations

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.references import build_references, cited
from formalize.tasks import read_task
from ingest.document import Block, Document

# The appendix as the PDF ingest gives it: each entry's label, then its display.
SQUARE = r"$\square$ "
PDF_ARCHETYPES = Document(title="t", source_path="t", source_sha256="0", source_format="pdf", blocks=[
    Block("heading", "A Archetype A"),
    Block("paragraph", SQUARE),
    Block("paragraph", "System with singular coefficient matrix " + SQUARE + "Summary Linear system "
                       "of three equations, three unknowns."),
    Block("paragraph", SQUARE + "Definition A system of linear equations (Definition SLE)."),
    Block("display_math", r"x_{1}-x_{2}+2x_{3}=1 \\ 2x_{1}+x_{2}+x_{3}=8"),
    Block("display_math", r"x_{1}+x_{2}=5"),
    Block("paragraph", SQUARE + "Augmented Matrix Augmented matrix of the linear system of "
                       "equations (Definition AM):"),
    Block("display_math", r"\begin{bmatrix}1 & -1 & 2 & 1 \\ 2 & 1 & 1 & 8 \\ 1 & 1 & 0 & 5"
                          r"\end{bmatrix}"),
    Block("paragraph", SQUARE + "Coefficient Matrix For any system of equations we can isolate "
                       "the coefficient matrix."),
    Block("display_math", r"\begin{bmatrix}1 & -1 & 2 \\ 2 & 1 & 1 \\ 1 & 1 & 0\end{bmatrix}"),
    Block("heading", "K Archetype K"),
    Block("paragraph", SQUARE + "Definition A square matrix (Definition SQM)."),
    Block("display_math", r"\begin{bmatrix}10 & 18 \\ 12 & -2\end{bmatrix}"),
    Block("heading", "M Archetype M"),
    Block("paragraph", SQUARE + "Definition A linear transformation (Definition LT)."),
    Block("display_math", r"() \\ T:\mathbb{C}^{3}\to\mathbb{C}^{2},T\begin{bmatrix}x_{1} \\ "
                          r"x_{2} \\ x_{3}\end{bmatrix}=\begin{bmatrix}x_{1}+2x_{2} \\ "
                          r"x_{1}-x_{3}\end{bmatrix}"),
    Block("heading", "W Archetype W"),  # the PDF lost this one's definition
    Block("paragraph", SQUARE + "Summary Domain is polynomials, codomain is polynomials."),
])


def _solved(task):
    family = FAMILIES[task.family]
    problem = family.pose(task.params)
    checks = family.verify(problem)
    assert checks and all(c.passed for c in checks), checks
    namespace: dict = {}
    exec(problem.code, namespace)  # noqa: S102 - the family's own solve() program
    assert namespace["solve"]() == problem.answer
    return problem


def test_the_pdf_appendix_entries_give_each_archetype() -> None:
    index = build_references(PDF_ARCHETYPES)
    assert {name: r.kind for name, r in index.items()} == {
        "Archetype A": "system", "Archetype K": "matrix", "Archetype M": "map"}
    text = ("Each of the archetypes below is a system of equations with a square coefficient "
            "matrix, or is a square matrix itself. Compute the determinant of each matrix. "
            "Archetype A, Archetype K")
    task = read_task("i", text, cited=cited(text, index))
    assert task.family == "linear_algebra.each"
    assert _solved(task).answer == sp.Tuple(0, 10 * -2 - 18 * 12)  # A's coefficient matrix
    kernel = "Each archetype below is a linear transformation. Compute the kernel for each. " \
             "Archetype M"
    task = read_task("i", kernel, cited=cited(kernel, index))
    assert task.family == "linear_algebra.linear_map"
    (basis,) = _solved(task).answer  # x_1 + 2x_2 = x_1 - x_3 = 0: a multiple of (-2, 1, -2)
    assert basis != sp.zeros(3, 1) and sp.Matrix([-2, 1, -2]).cross(basis) == sp.zeros(3, 1)


def test_an_item_naming_an_archetype_the_pdf_lost_is_not_read_without_it() -> None:
    index = build_references(PDF_ARCHETYPES)
    text = "Each archetype below is a linear transformation. Compute the kernel for each. " \
           "Archetype M, Archetype W"
    assert cited(text, index) == {}
    assert read_task("i", text, cited=cited(text, index)).family is None


def test_an_example_that_only_tells_about_an_archetype_asks_nothing() -> None:
    index = build_references(PDF_ARCHETYPES)
    text = ("The coefficient matrix in Archetype A, call it $A$ here, is known to be singular. "
            "Theorem CSCS then says that the column space is not all of $\\mathbb{C}^{3}$.")
    assert read_task("i", text, cited=cited(text, index)).family is None


LEFT_NULL_SPACE = (r"We will find the left null space of $$A=\begin{bmatrix}1 & -3 & 1 \\ -2 & 1 & 1"
                   r" \\ 1 & 5 & 1 \\ 9 & -4 & 0\end{bmatrix}.$$ We transpose $A$ and row-reduce, "
                   r"$$A^{t}=\begin{bmatrix}1 & -2 & 1 & 9 \\ -3 & 1 & 5 & -4 \\ 1 & 1 & 1 & 0"
                   r"\end{bmatrix}$$")
ELEMENT_OF_LEFT = (r"Calculate element of left null space. Find a nontrivial element of the left "
                   r"null space of $A$. $$A=\begin{bmatrix}2 & 1 & -3 & 4 \\ -1 & -1 & 2 & -1 \\ "
                   r"0 & -1 & 1 & 2\end{bmatrix}$$")


def test_the_left_null_space_is_asked_not_the_transpose_on_the_way() -> None:
    task = read_task("i", LEFT_NULL_SPACE)
    assert task.params["op"] == "left_null_space"
    (vector,) = _solved(task).answer
    assert list(vector) == [-2, 3, -1, 1]  # the book's basis vector
    other = read_task("i", ELEMENT_OF_LEFT)
    assert other.params["op"] == "left_null_space"  # not the null space of A
    problem = _solved(other)
    a = sp.Matrix([[2, 1, -3, 4], [-1, -1, 2, -1], [0, -1, 1, 2]])
    assert all(v.T * a == sp.zeros(1, 4) for v in problem.answer) and len(problem.answer) == 1
    problem.answer = sp.Tuple(sp.ImmutableMatrix([1, 0, 0]))
    assert not all(c.passed for c in FAMILIES[other.family].verify(problem))


INDEPENDENCE = (r"$\mathbb{C}^{5}$. Consider the set of $n=4$ vectors from $\mathbb{C}^{5}$, $$\{\} \\ "
                r"T=\begin{bmatrix}2 \\ -1 \\ 3 \\ 1 \\ 2\end{bmatrix},\begin{bmatrix}1 \\ 2 \\ -1 "
                r"\\ 5 \\ 2\end{bmatrix},\begin{bmatrix}2 \\ 1 \\ -3 \\ 6 \\ 1\end{bmatrix},"
                r"\begin{bmatrix}-6 \\ 7 \\ -1 \\ 1 \\ 1\end{bmatrix}.$$ To determine linear "
                r"independence we first form a relation of linear dependence, $$\alpha_{1}"
                r"\begin{bmatrix}2 \\ -1 \\ 3 \\ 1 \\ 2\end{bmatrix}+\alpha_{2}\begin{bmatrix}1 \\"
                r" 2 \\ -1 \\ 5 \\ 2\end{bmatrix}+\alpha_{3}\begin{bmatrix}2 \\ 1 \\ -3 \\ 6 \\ 1"
                r"\end{bmatrix}+\alpha_{4}\begin{bmatrix}-6 \\ 7 \\ -1 \\ 1 \\ 1\end{bmatrix}="
                r"\mathbf{0}.$$ In this situation we say that the set, $T$, is linearly independent.")
REPRESENTATIONS = (r"$\mathbb{C}^{4}$. Consider the vector $\mathbf{y}\in\mathbb{C}^{4}$ $$\mathbf{y}="
                   r"\begin{bmatrix}6 \\ 14 \\ 6 \\ 7\end{bmatrix}.$$ We will find several vector "
                   r"representations of $\mathbf{y}$ in this example. One basis for "
                   r"$\mathbb{C}^{4}$ is $$B=\begin{bmatrix}-2 \\ 1 \\ 2 \\ -3\end{bmatrix},"
                   r"\begin{bmatrix}3 \\ -6 \\ 2 \\ -4\end{bmatrix},\begin{bmatrix}1 \\ 0 \\ 0 \\ 1"
                   r"\end{bmatrix},\begin{bmatrix}4 \\ 1 \\ 1 \\ 3\end{bmatrix}$$")


def test_a_set_written_again_in_the_working_is_still_the_set() -> None:
    task = read_task("i", INDEPENDENCE)
    assert task.params["op"] == "independent" and len(task.params["vectors"]) == 4
    assert _solved(task).answer == sp.true  # the book: T is linearly independent


def test_vectors_of_several_displays_are_no_single_set_to_find_a_basis_of() -> None:
    assert read_task("i", REPRESENTATIONS).family is None  # coordinates, not a column space
