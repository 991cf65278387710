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
from ingest.pdf import read_pdf
from tests.conftest import BOOK_PDFS

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


def test_a_matrix_inline_in_a_prose_line_is_read_whole_from_the_pdf() -> None:
    # FCLA p. 312 (PDF page 328): "C17. If it exists, find the inverse of A = [3x3], and check
    # your answer." Each matrix row sits on its own baseline; the middle one on the prose line.
    document = read_pdf(BOOK_PDFS["fcla"], pages=range(327, 328))
    (item,) = [b.text for b in document.blocks if b.text.startswith("C17.")]
    assert r"A=\begin{bmatrix}2 & -1 & 1 \\ 1 & 2 & 1 \\ 3 & 1 & 2\end{bmatrix}" in item
    task = read_task("i", item.removeprefix("C17."))
    assert task.params == {"op": "inverse", "if_exists": True,
                           "matrix": [["2", "-1", "1"], ["1", "2", "1"], ["3", "1", "2"]]}
    assert _solved(task).answer == sp.EmptySet  # the book: A is not invertible


def test_a_map_given_by_inline_columns_is_read_from_the_pdf() -> None:
    # FCLA ILT.C27 (PDF page 692): T([x; y; z]) = [2x+y+z; x-y+2z; x+2y-z], inline.
    document = read_pdf(BOOK_PDFS["fcla"], pages=range(691, 692))
    (item,) = [b.text for b in document.blocks if b.text.startswith("C27.")]
    task = read_task("i", item.removeprefix("C27."))
    assert task.params["outputs"] == ["2*x + y + z", "x - y + 2*z", "x + 2*y - z"]
    assert task.params["ops"] == ["kernel", "injective"]
    kernel, injective = _solved(task).answer
    assert len(kernel) == 1 and injective == sp.false


# Lebl's diffyqs (PDF ingest), Appendix A and chapter 3: one display listing labelled parts.
INVERSES = (r"Compute the inverse of the given matrices $$a)\begin{bmatrix}1 & 0 & 0 \\ 0 & 0 & 1 \\"
            r" 0 & 1 & 0\end{bmatrix}b)\begin{bmatrix}1 & 1 & 1 \\ 0 & 2 & 1 \\ 0 & 0 & 1"
            r"\end{bmatrix}c)\begin{bmatrix}1 & 2 & 3 \\ 2 & 0 & 1 \\ 0 & 2 & 1\end{bmatrix}$$")
BY_INVERSE = (r"By computing the inverse, solve the following systems for $\vec{x}$. $$a)\begin{bmatrix}"
              r"4 & 1 \\ -1 & 3\end{bmatrix}\vec{x}=\begin{bmatrix}13 \\ 26\end{bmatrix}b)\begin{bmatrix}"
              r"3 & 3 \\ 3 & 4\end{bmatrix}\vec{x}=\begin{bmatrix}2 \\ -1\end{bmatrix}$$")
SINGULAR_FOR = (r"For which $x$ are the following matrices singular (not invertible). $$a)\begin{bmatrix}"
                r"2 & 3 \\ 2 & x\end{bmatrix}b)\begin{bmatrix}2 & x \\ 1 & 2\end{bmatrix}c)"
                r"\begin{bmatrix}x & 1 \\ 4 & x\end{bmatrix}$$")
POWERS_OF_EACH = (r"For any positive integer $n$, find a formula (or a recipe) for $A^{n}$ for the "
                  r"following matrices: $$a)\begin{bmatrix}7 & 4 \\ -5 & -2\end{bmatrix}b)"
                  r"\begin{bmatrix}-3 & 4 \\ -6 & 7\end{bmatrix}$$")
SOLVE = (r"Solve $\begin{bmatrix}9 & -2 & -6 \\ -8 & 3 & 6 \\ 10 & -2 & -6\end{bmatrix}\vec{x}="
         r"\begin{bmatrix}1 \\ 2 \\ 3\end{bmatrix}$.")
NOT_INVERTIBLE = (r"For which $h$ is $\begin{bmatrix}1 & 2 & 3 \\ 4 & 5 & 6 \\ 7 & 8 & h\end{bmatrix}$ "
                  r"not invertible? Is there only one such $h$? Are there several? Infinitely many?")


def test_each_labelled_part_of_a_display_is_read_not_only_the_first() -> None:
    inverses = read_task("i", INVERSES)
    assert inverses.family == "linear_algebra.each" and inverses.params["names"] == ["a)", "b)", "c)"]
    first, second, third = _solved(inverses).answer
    assert first == sp.Matrix([[1, 0, 0], [0, 0, 1], [0, 1, 0]])  # a permutation: its own inverse
    assert second * sp.Matrix([[1, 1, 1], [0, 2, 1], [0, 0, 1]]) == sp.eye(3)
    assert third * sp.Matrix([[1, 2, 3], [2, 0, 1], [0, 2, 1]]) == sp.eye(3)
    systems = read_task("i", BY_INVERSE)
    assert systems.params["family"] == "linear_algebra.solve_linear_system"  # not the inverse
    assert _solved(systems).answer[0] == sp.Matrix([1, 9])  # 4 + 9 = 13, -1 + 27 = 26
    singular = _solved(read_task("i", SINGULAR_FOR)).answer
    assert singular == sp.Tuple(sp.FiniteSet(3), sp.FiniteSet(4), sp.FiniteSet(-2, 2))
    powers = read_task("i", POWERS_OF_EACH)
    assert powers.params["family"] == "linear_algebra.matrix_powers"
    n = sp.Symbol("n", integer=True, positive=True)
    general = _solved(powers).answer[0]  # "a formula for A^n" alone: the one matrix
    assert general.subs(n, 3) == sp.Matrix([[7, 4], [-5, -2]]) ** 3


def test_a_matrix_equation_and_a_parameter_making_a_matrix_singular() -> None:
    solve = read_task("i", SOLVE)
    assert solve.family == "linear_algebra.solve_linear_system"
    assert _solved(solve).answer == sp.Matrix([2, 1, sp.Rational(5, 2)])
    assert _solved(read_task("i", NOT_INVERTIBLE)).answer == sp.FiniteSet(9)


# FCLA items as the PDF ingest now gives them (inline columns read whole).
IN_SPAN = (r"Suppose $R=\{\begin{bmatrix}2 \\ -1 \\ 3 \\ 4 \\ 0\end{bmatrix},\begin{bmatrix}1 \\ 1 \\ 2 "
           r"\\ 2 \\ -1\end{bmatrix},\begin{bmatrix}3 \\ -1 \\ 0 \\ 3 \\ -2\end{bmatrix}\}$. Is "
           r"$\mathbf{y}=\begin{bmatrix}1 \\ -1 \\ -8 \\ -4 \\ -3\end{bmatrix}$ in $\langle R\rangle$?")
GARBLED_SET = (r"Working within the vector space $\mathbb{C}^{3}$, determine if $\mathbf{b}=\begin{bmatrix}"
               r"4 \\ 3 \\ 1\end{bmatrix}$ is in the subspace $W$, $$W=\begin{bmatrix}\{ \\ \begin{bmatrix}"
               r"3 \\ 2 \\ 3\end{bmatrix},\begin{bmatrix}1 \\ 0 \\ 3\end{bmatrix},\begin{bmatrix}1 \\ 1 \\ "
               r"0\end{bmatrix},\begin{bmatrix}2 \\ 1 \\ 3\end{bmatrix}\end{bmatrix}$$")
REPRESENTATION = (r"Compute a vector representation relative to a basis. A basis for $\mathbb{C}^{3}$ is "
                  r"$$\{\} \\ B=\begin{bmatrix}1 \\ 2 \\ -1\end{bmatrix},\begin{bmatrix}3 \\ -1 \\ 2"
                  r"\end{bmatrix},\begin{bmatrix}1 \\ 1 \\ 1\end{bmatrix}.$$ Compute $\rho_{B}("
                  r"\begin{bmatrix}5 \\ 8 \\ -1\end{bmatrix})$.")
CHANGE_OF_BASIS = (r"Calculate a change-of-basis matrix. Find the change-of-basis matrix, $C_{B,C}$, for "
                   r"the two bases of $\mathbb{C}^{2}$ $$B=\{\begin{bmatrix}2 \\ 3\end{bmatrix},"
                   r"\begin{bmatrix}-1 \\ 2\end{bmatrix}\}C=\{\begin{bmatrix}1 \\ 0\end{bmatrix},"
                   r"\begin{bmatrix}1 \\ 1\end{bmatrix}\}.$$")
BY_MATRIX = (r"Let $$A=\begin{bmatrix}1 & 2 & 1 & 1 \\ 2 & 1 & 1 & 0 \\ 1 & 2 & 1 & 2 \\ 1 & 2 & 1 & 1"
             r"\end{bmatrix}$$ and let $T:\mathbb{C}^{4}\to\mathbb{C}^{4}$ be given by $T(\mathbf{x})="
             r"A\mathbf{x}$. Find $\mathcal{K}(T)$. Is $T$ injective?")
NONSINGULAR = r"$$\begin{bmatrix}2 & 3 & 1 & 4 \\ 1 & 1 & 1 & 0 \\ -1 & 2 & 3 & 5 \\ 1 & 2 & 1 & 3\end{bmatrix}$$"


def test_membership_coordinates_and_a_map_given_by_its_matrix() -> None:
    member = read_task("i", IN_SPAN)
    assert member.params["target"] == ["1", "-1", "-8", "-4", "-3"]
    assert len(member.params["vectors"]) == 3
    assert _solved(member).answer == sp.true  # the book: y is in <R>
    # S.C15: the PDF prints W's braces as a matrix row around its four vectors (the book's four)
    assert len(read_task("i", GARBLED_SET).params["vectors"]) == 4
    coordinates = read_task("i", REPRESENTATION)
    assert coordinates.family == "linear_algebra.solve_linear_system"
    a = _solved(coordinates).answer
    basis = sp.Matrix([[1, 3, 1], [2, -1, 1], [-1, 2, 1]])
    assert basis * sp.Matrix(a) == sp.Matrix([5, 8, -1])
    source = (r"A basis for $\complex{3}$ is $$B=\set{\colvector{1\\2\\-1},\,\colvector{3\\-1\\2},\,"
              r"\colvector{1\\1\\1}}$$. Compute $\vectrep{B}{\colvector{5\\8\\-1}}$.")
    assert read_task("i", source).params == coordinates.params  # the same item in the source
    assert read_task("i", CHANGE_OF_BASIS).family is None  # not a basis of their span
    mapped = read_task("i", BY_MATRIX)
    assert mapped.params["ops"] == ["kernel", "injective"]
    (kernel,), injective = _solved(mapped).answer
    assert injective == sp.false and kernel.T * kernel != sp.zeros(1, 1)


def test_a_bare_matrix_under_the_groups_instruction_asks_if_nonsingular() -> None:
    task = read_task("i", NONSINGULAR, context="determine if the matrix is nonsingular or singular")
    assert task.params["op"] == "nonsingular"
    problem = _solved(task)
    assert problem.answer == sp.false and problem.answer_text == "singular"  # as the book says
    problem.answer = sp.true
    assert not all(c.passed for c in FAMILIES[task.family].verify(problem))
    wide = r"$$\begin{bmatrix}9 & 3 & 2 & 4 \\ 5 & -6 & 1 & 3 \\ 4 & 1 & 3 & -5\end{bmatrix}$$"
    assert read_task("i", wide, context="determine if the matrix is nonsingular or singular"
                     ).family is None  # not square: neither term applies


MAGNITUDES = (r"Compute the magnitude of $$a)\begin{bmatrix}7 \\ 2\end{bmatrix}b)\begin{bmatrix}-2 \\ 3 "
              r"\\ 1\end{bmatrix}c)(1,3,-4)$$")
ANGLE = r"Find the angle $\theta$ between $(1,3,1)$, $(2,1,-1)$."
PROJECTION = r"$\operatorname{proj}_{\vec{v}}((1,2,3))$"
GIVEN_V = (r"Suppose $\vec{v}=(1,1,-1)$. Find a) $\operatorname{proj}_{\vec{v}}((1,0,0))$ "
           r"b) $\operatorname{proj}_{\vec{v}}((1,2,3))$")


def test_magnitudes_angles_and_projections_of_columns_and_tuples() -> None:
    magnitudes = read_task("i", MAGNITUDES)
    assert [p["u"] for p in magnitudes.params["items"]] == [["7", "2"], ["-2", "3", "1"],
                                                          ["1", "3", "-4"]]
    assert _solved(magnitudes).answer == sp.Tuple(sp.sqrt(53), sp.sqrt(14), sp.sqrt(26))
    angle = _solved(read_task("i", ANGLE))
    assert sp.simplify(sp.cos(angle.answer) - sp.Rational(4, 1) / sp.sqrt(11 * 6)) == 0
    projection = read_task("i", PROJECTION, context=GIVEN_V)
    assert projection.params == {"op": "projection", "u": ["1", "2", "3"], "v": ["1", "1", "-1"]}
    problem = _solved(projection)
    assert problem.answer == sp.Matrix([0, 0, 0])  # (1,2,3) is orthogonal to (1,1,-1)
    problem.answer = sp.ImmutableMatrix([1, 1, -1])
    assert not all(c.passed for c in FAMILIES[projection.family].verify(problem))
    assert read_task("i", GIVEN_V).family is None  # the whole exercise: its parts are read apart


VALUES_AT = (r"If $T:\mathbb{C}^{2}\to\mathbb{C}^{2}$ satisfies $T(\begin{bmatrix}2 \\ 1\end{bmatrix})="
             r"\begin{bmatrix}3 \\ 4\end{bmatrix}$ and $T(\begin{bmatrix}1 \\ 1\end{bmatrix})="
             r"\begin{bmatrix}-1 \\ 2\end{bmatrix}$, find $T(\begin{bmatrix}4 \\ 3\end{bmatrix})$.")
VALUES_MATRIX = (r"If $T:\mathbb{C}^{2}\to\mathbb{C}^{3}$ satisfies $T(\begin{bmatrix}2 \\ 3\end{bmatrix})="
                 r"\begin{bmatrix}2 \\ 2 \\ 1\end{bmatrix}$ and $T(\begin{bmatrix}3 \\ 4\end{bmatrix})="
                 r"\begin{bmatrix}-1 \\ 0 \\ 2\end{bmatrix}$, find the matrix representation of $T$.")


def test_a_map_known_on_a_basis_is_evaluated_and_represented() -> None:
    at = read_task("i", VALUES_AT)
    assert at.params["op"] == "evaluate" and at.params["at"] == ["4", "3"]
    problem = _solved(at)
    assert problem.answer == sp.Matrix([1, 8])  # the book: [4; 3] = [2; 1] + 2 [1; 1]
    problem.answer = sp.ImmutableMatrix([1, 9])
    assert not all(c.passed for c in FAMILIES[at.family].verify(problem))
    matrix = read_task("i", VALUES_MATRIX)
    assert _solved(matrix).answer == sp.Matrix([[-11, 8], [-8, 6], [2, -1]])  # the book's A_T


DEFECTS = (r"Let $A=\begin{bmatrix}1 & 3 & 3 \\ 1 & 1 & 0 \\ -1 & 1 & 2\end{bmatrix}$. a) What are the "
           r"eigenvalues? b) What is/are the defect(s) of the eigenvalue(s)? c) Find the general "
           r"solution of $\vec{x}'=A\vec{x}$.")


def test_a_part_asking_its_own_question_is_not_read_as_its_exercise_operation() -> None:
    # diffyqs 3.7.102: the eigenvalues are part a's question, not part b's (their defects) or c's.
    assert read_task("i", "What are the eigenvalues?", context=DEFECTS).params["op"] == "eigenvalues"
    assert read_task("i", "What is/are the defect(s) of the eigenvalue(s)?",
                     context=DEFECTS).params["op"] == "defect"
    solution = read_task("i", r"Find the general solution of $\vec{x}'=A\vec{x}$.", context=DEFECTS)
    assert solution.family != "linear_algebra.matrix_operation"
