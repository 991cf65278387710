"""Items that ask a matrix's eigenvectors or eigenspaces (FCLA C19-C27, Lebl 3.4) are read as
each eigenvalue with a basis of its eigenspace, verified without SymPy's eigenvects, and
compared with the book's answer eigenspace by eigenspace, as spans."""

from __future__ import annotations

import random

import sympy as sp

import exercises.families  # noqa: F401  (registers the families)
from exercises.family import FAMILIES
from formalize.agreement import compare_with_book
from formalize.tasks import read_task
from formalize.variants import vary

FAMILY = "linear_algebra.matrix_operation"
# FCLA C24 as the source prints it, and its printed answer.
C24 = r"""Find the eigenvalues, eigenspaces, algebraic and geometric multiplicities for
$$A = \begin{bmatrix}
1 & -1 & 1\\
-1 & 1 & -1\\
1 & -1 & 1
\end{bmatrix}$$."""
C24_ANSWER = r"""Eigenvalue: $\lambda = 0$ $\eigenspace{A}{0} = \spn{\set{\colvector{1\\1\\0},\colvector{-1\\0\\1}}}$, $\algmult{A}{0} = 2$, $\geomult{A}{0} = 2$ Eigenvalue: $\lambda = 3$ $\eigenspace{A}{3} =\spn{\set{\colvector{1\\-1\\1}}}$, $\algmult{A}{3} = 1$, $\geomult{A}{3} = 1$"""
# Lebl 3.4.102 (PDF text) and part (a)'s printed answer.
LEBL_102 = (r"a) Compute eigenvalues and eigenvectors of $A=\begin{bmatrix}1 & 1 \\ -1 & 0"
            r"\end{bmatrix}$.  b) Solve the system $\vec{x}'=A\vec{x}$.")
LEBL_102A = r"Compute eigenvalues and eigenvectors of $A=\begin{bmatrix}1 & 1 \\ -1 & 0\end{bmatrix}$."
LEBL_102A_ANSWER = (r"Eigenvalues: $\frac{1+\sqrt{3}i}{2},\frac{1-\sqrt{3}i}{2}$, Eigenvectors: "
                    r"$\begin{bmatrix}-2 \\ 1-\sqrt{3}i\end{bmatrix}$, "
                    r"$\begin{bmatrix}-2 \\ 1+\sqrt{3}i\end{bmatrix}$")


def _posed(params: dict) -> tuple:
    problem = FAMILIES[FAMILY].pose(params)
    return problem, all(check.passed for check in FAMILIES[FAMILY].verify(problem))


def test_fcla_c24_eigenspaces_with_multiplicities() -> None:
    task = read_task("C24", C24)
    assert task.params == {"op": "eigenspaces", "multiplicities": True,
                           "matrix": [["1", "-1", "1"], ["-1", "1", "-1"], ["1", "-1", "1"]]}
    problem, verified = _posed(task.params)
    # By hand: every row is +-(1, -1, 1), rank 1, so lambda = 0 has nullity 2: x1 = x2 - x3
    # gives (1, 1, 0) and (-1, 0, 1); the trace 3 is the other eigenvalue, and A (1, -1, 1) =
    # (3, -3, 3). The characteristic polynomial is -x^2 (x - 3): multiplicities 2, 2 and 1, 1.
    v = sp.ImmutableMatrix
    assert problem.answer == sp.Tuple(sp.Tuple(0, sp.Tuple(v([1, 1, 0]), v([-1, 0, 1])), 2, 2),
                                      sp.Tuple(3, sp.Tuple(v([1, -1, 1])), 1, 1))
    assert verified
    assert compare_with_book(problem.answer, C24_ANSWER).status == "match"


def test_a_basis_is_compared_as_a_span() -> None:
    """Another basis of the same eigenspace agrees; a vector outside it, a wrong multiplicity,
    a missing eigenvalue differ; an eigenspace whose vectors the PDF lost is unreadable."""
    problem, _ = _posed({"op": "eigenspaces", "multiplicities": True,
                         "matrix": [["1", "-1", "1"], ["-1", "1", "-1"], ["1", "-1", "1"]]})
    other = C24_ANSWER.replace(r"\colvector{1\\1\\0},\colvector{-1\\0\\1}",
                               r"\colvector{0\\1\\1},\colvector{2\\1\\-1}")  # sums of the two
    assert compare_with_book(problem.answer, other).status == "match"
    outside = C24_ANSWER.replace(r"\colvector{1\\1\\0},", r"\colvector{1\\0\\0},")
    assert compare_with_book(problem.answer, outside).status == "differs"
    geometric = C24_ANSWER.replace(r"\geomult{A}{0} = 2", r"\geomult{A}{0} = 1")
    assert compare_with_book(problem.answer, geometric).status == "differs"
    lost = r"$$\mathcal{E}_{A}(0)=\langle \\ \begin{cases}\} \\ \rangle\end{cases} \\ \mathcal{E}_{A}(3)=\langle$$"
    assert compare_with_book(problem.answer, lost).status == "unreadable"


def test_lebl_complex_eigenvectors_and_the_whole_exercise() -> None:
    part = read_task("3.4.102.a", LEBL_102A, context=LEBL_102)
    assert part.params == {"op": "eigenspaces", "matrix": [["1", "1"], ["-1", "0"]]}
    problem, verified = _posed(part.params)
    # By hand: det(A - x I) = x^2 - x + 1, x = (1 +- sqrt(3) i)/2; the first row of A - x I is
    # (1 - x, 1), so (-1, 1 - x) is an eigenvector: the book's (-2, 1 -+ sqrt(3) i) for
    # (1 +- sqrt(3) i)/2, twice that vector.
    root = sp.sqrt(3) * sp.I / 2
    assert [pair[0] for pair in problem.answer] == [sp.Rational(1, 2) - root,
                                                     sp.Rational(1, 2) + root]
    assert verified
    assert compare_with_book(problem.answer, LEBL_102A_ANSWER).status == "match"
    swapped = LEBL_102A_ANSWER.replace(r"1-\sqrt{3}i\end", "X").replace(
        r"1+\sqrt{3}i\end", r"1-\sqrt{3}i\end").replace("X", r"1+\sqrt{3}i\end")
    assert compare_with_book(problem.answer, swapped).status == "differs"
    whole = read_task("3.4.102", LEBL_102)  # (b) solves x' = Ax: not the eigenspaces alone
    assert (whole.params or {}).get("op") != "eigenspaces"


def test_one_eigenvalue_named_and_a_demonstration() -> None:
    """Lebl 3.4.3 names the eigenvalue: that eigenspace alone. 3.4.1 shows an eigenvector
    ("has an eigenvalue 2 with a corresponding eigenvector, because ..."): it asks nothing."""
    named = read_task("3.4.3", r"Find an eigenvector of $\begin{bmatrix}2 & 1 & 1 \\ 1 & 2 & 0 "
                               r"\\ 0 & 0 & 2\end{bmatrix}$ corresponding to the eigenvalue "
                               r"$\lambda=3$.")
    assert named.params["eigenvalue"] == "3"
    problem, verified = _posed(named.params)
    # By hand: A - 3I = [[-1, 1, 1], [1, -1, 0], [0, 0, -1]]: v3 = 0, v1 = v2, so (1, 1, 0).
    assert problem.answer == sp.Tuple(sp.Tuple(3, sp.Tuple(sp.ImmutableMatrix([1, 1, 0]))))
    assert verified
    shown = read_task("3.4.1", r"The matrix $\begin{bmatrix}2 & 1 \\ 0 & 1\end{bmatrix}$ has an "
                               r"eigenvalue $\lambda=2$ with a corresponding eigenvector "
                               r"$\begin{bmatrix}1 \\ 0\end{bmatrix}$, because $$\begin{bmatrix}2 "
                               r"& 1 \\ 0 & 1\end{bmatrix}\begin{bmatrix}1 \\ 0\end{bmatrix}=2"
                               r"\begin{bmatrix}1 \\ 0\end{bmatrix}.$$ Let us compute eigenvalues "
                               r"for any matrix.")
    assert shown.family is None


def test_wrong_eigenspaces_fail_verification() -> None:
    problem, _ = _posed({"op": "eigenspaces", "multiplicities": True,
                         "matrix": [["3", "1"], ["0", "3"]]})  # defective: 3 twice, one vector
    assert problem.answer == sp.Tuple(sp.Tuple(3, sp.Tuple(sp.ImmutableMatrix([1, 0])), 2, 1))
    family = FAMILIES[FAMILY]
    for wrong in (sp.Tuple(sp.Tuple(3, sp.Tuple(sp.ImmutableMatrix([0, 1])), 2, 1)),  # A v != 3 v
                  sp.Tuple(sp.Tuple(3, sp.Tuple(sp.ImmutableMatrix([1, 0])), 2, 2)),  # geometric
                  sp.Tuple(sp.Tuple(3, sp.Tuple(sp.ImmutableMatrix([1, 0]),
                                                sp.ImmutableMatrix([2, 0])), 2, 2))):  # dependent
        problem.answer = wrong
        assert not all(check.passed for check in family.verify(problem))


def test_variants_keep_a_named_eigenvalue_and_verify() -> None:
    params = {"op": "eigenspaces", "eigenvalue": "3",
              "matrix": [["2", "1", "1"], ["1", "2", "0"], ["0", "0", "2"]]}
    for seed in range(3):
        varied = vary(FAMILY, params, random.Random(seed))
        assert varied["matrix"] != params["matrix"]
        assert _posed(varied)[1]
    complex_pair = vary(FAMILY, {"op": "eigenspaces", "matrix": [["1", "1"], ["-1", "0"]]},
                        random.Random(0))
    assert complex_pair["matrix"] != [["1", "1"], ["-1", "0"]] and _posed(complex_pair)[1]


def test_a_worked_example_computing_eigenvectors_fcla_hmem5() -> None:
    """FCLA Example HMEM5 (PDF text): "So the eigenvalues are ... with algebraic multiplicities
    ... Computing eigenvectors, ... so the eigenspace dimensions yield geometric multiplicities":
    it works the eigenspaces with both multiplicities, and its working agrees."""
    text = (r"Consider the matrix $$E=\begin{bmatrix}29 & 14 & 2 & 6 & -9 \\ -47 & -22 & -1 & -11 & "
            r"13 \\ 19 & 10 & 5 & 4 & -8 \\ -19 & -10 & -3 & -2 & 8 \\ 7 & 4 & 3 & 1 & -3"
            r"\end{bmatrix}$$ then $$p_{E}(x)=-16+16x+8x^{2}-16x^{3}+7x^{4}-x^{5}=-(x-2)^{4}(x+1)."
            r"$$ So the eigenvalues are $\lambda=2,-1$ with algebraic multiplicities "
            r"$\alpha_{E}(2)=4$ and $\alpha_{E}(-1)=1$. Computing eigenvectors, "
            r"$$\mathcal{E}_{E}(2)=\mathcal{N}(E-2I_{5})=\begin{bmatrix}\{ & \} \\ \begin{bmatrix}-1 "
            r"\\ \frac{3}{2} \\ 0 \\ 1 \\ 0\end{bmatrix},\begin{bmatrix}0 \\ \frac{1}{2} \\ 1 \\ 0 \\ 1"
            r"\end{bmatrix}\end{bmatrix} \\ \lambda=-1 \\ \mathcal{E}_{E}(-1)=\mathcal{N}(E+1I_{5})="
            r"\begin{bmatrix}\{ & \} \\ \begin{bmatrix}-2 \\ 4 \\ -1 \\ 1 \\ 0\end{bmatrix}"
            r"\end{bmatrix}$$ so the eigenspace dimensions yield geometric multiplicities "
            r"$\gamma_{E}(2)=2$ and $\gamma_{E}(-1)=1$.")
    task = read_task("HMEM5", text)
    assert task.params["op"] == "eigenspaces" and task.params["multiplicities"]
    problem, verified = _posed(task.params)
    # The book's values: 2 with multiplicities 4 (algebraic) and 2 (geometric), -1 with 1 and 1.
    assert [(pair[0], pair[2], pair[3]) for pair in problem.answer] == [(-1, 1, 1), (2, 4, 2)]
    assert verified
    assert compare_with_book(problem.answer, text, worked=True).status == "match"


def test_eigenvalues_of_a_polynomial_of_the_matrix_stay_unread() -> None:
    """FCLA PEE.M20(c), "Compute the eigenvalues of $r(C)$ directly": its exercise gives C (with
    eigenvalues 3, 1, -1) and r(x) = x^2/4 + x - 5/4; the eigenvalues asked are r's values 4, 0,
    -2, not C's. The matrix reader reads no operation on C from it."""
    context = ("In Example ESMS4 the $4\\times 4$ symmetric matrix\n\n$$C=\n\\begin{bmatrix}\n"
               "1 & 0 & 1 & 1\\\\\n0 & 1 & 1 & 1\\\\\n1 & 1 & 1 & 0\\\\\n1 & 1 & 0 & 1\n"
               "\\end{bmatrix}$$\n\nis shown to have the three eigenvalues "
               "$\\lambda=3,\\,1,\\,-1$. "
               "in this example we can use\n\n$$r(x)=\\frac{1}{4}(x^2+4x-5)$$\n\n(c) Compute the "
               "eigenvalues of $r(C)$ directly and verify that they are as expected.")
    task = read_task("t", "Compute the eigenvalues of $r(C)$ directly and verify that they are "
                     "as expected.", context=context)
    assert task.family != "linear_algebra.matrix_operation"
