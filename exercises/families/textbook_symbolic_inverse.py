"""Posed family for the inverse of a matrix with letters in it, the letters nonzero:
"Suppose $a, b, c$ are nonzero numbers. Let $M = [a\\ 0; 0\\ b]$. Compute $M^{-1}$."

The formalize stage (:mod:`formalize.symbolic_inverse`) reads ``matrix`` (rows of SymPy
strings) and the ``nonzero`` letters. SymPy inverts the matrix (Gauss-Jordan); the check
multiplies the matrix by the answer on both sides (the identity, after simplification) and
compares with the adjugate over the determinant, the cofactors written out here.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

WORDS = [
    ("Suppose {v} are nonzero numbers. Let M = {p}. Compute M^-1.",
     "Suppose ${v}$ are nonzero numbers. Let $M = {l}$. Compute $M^{{-1}}$."),
    ("Find the inverse of {p}, where {v} are nonzero.",
     "Find the inverse of ${l}$, where ${v}$ are nonzero."),
    ("For nonzero {v}, what is the inverse of M = {p}?",
     "For nonzero ${v}$, what is the inverse of $M = {l}$?"),
]


def _matrix(params: dict[str, Any]) -> sp.Matrix:
    names = {n: sp.Symbol(n, nonzero=True) for n in params["nonzero"]}
    return sp.Matrix([[sp.sympify(c, locals=names) for c in row] for row in params["matrix"]])


def inverse(rows: list[list[str]], nonzero: list[str]) -> Any:
    """The inverse by Gauss-Jordan elimination, each entry simplified."""
    import sympy

    names = {n: sympy.Symbol(n, nonzero=True) for n in nonzero}
    m = sympy.Matrix([[sympy.sympify(c, locals=names) for c in row] for row in rows])
    return sympy.ImmutableMatrix(m.inv(method="GE").applyfunc(sympy.simplify))


def _pose(params: dict[str, Any]) -> Problem:
    m = _matrix(params)
    answer = inverse(params["matrix"], params["nonzero"])
    letters = ", ".join(params["nonzero"])
    plain, tex = worded(params, WORDS, p=sp.sstr(m.tolist()), l=latex(m), v=letters)
    steps = [(f"$\\det M = {latex(sp.factor(m.det()))}$, which is not 0 for nonzero ${letters}$: "
             "$M$ is invertible."),
             f"Row-reduce $[M \\mid I]$ to $[I \\mid M^{{-1}}]$: $M^{{-1}} = {latex(answer)}$."]
    call = f"inverse({params['matrix']!r}, {params['nonzero']!r})"
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([inverse], call), params=params,
                   answer_text=sp.sstr(answer.tolist()))


def _cofactor_inverse(m: sp.Matrix) -> sp.Matrix:
    """The adjugate over the determinant, each cofactor a minor's determinant by expansion."""
    def det(a: sp.Matrix) -> sp.Expr:
        if a.rows == 1:
            return a[0, 0]
        return sum((-1) ** j * a[0, j] * det(a.minor_submatrix(0, j)) for j in range(a.cols))

    n = m.rows
    if n == 1:
        return sp.Matrix([[1 / m[0, 0]]])
    cofactors = sp.Matrix(n, n, lambda i, j: (-1) ** (i + j) * det(m.minor_submatrix(i, j)))
    return cofactors.T / det(m)


def _verify(problem: Problem) -> list[Check]:
    m, answer = _matrix(problem.params), sp.Matrix(problem.answer)
    identity = sp.eye(m.rows)
    both = (m * answer).applyfunc(sp.simplify) == identity and \
        (answer * m).applyfunc(sp.simplify) == identity
    adjugate = (_cofactor_inverse(m) - answer).applyfunc(sp.simplify) == sp.zeros(m.rows)
    return [Check("M times the answer, on both sides, is the identity", both),
            Check("the adjugate (cofactors expanded by hand) over the determinant", adjugate)]


@family("linear_algebra.symbolic_inverse", verify=_verify, pose=_pose)
def symbolic_inverse(rng: random.Random, difficulty: int) -> Problem:
    """A diagonal or triangular matrix of letters and small integers."""
    return _pose(_vary({"matrix": [["a", "1"], ["0", "b"]], "nonzero": ["a", "b"],
                        "template": rng.randrange(WORDINGS)}, rng))


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each letter times a new small integer; in an upper triangular matrix each number above
    the diagonal re-drawn too: the determinant stays a constant times a product of letters."""
    names = {n: sp.Symbol(n) for n in params["nonzero"]}
    m = sp.Matrix([[sp.sympify(c, locals=names) for c in row] for row in params["matrix"]])
    upper = m.is_upper

    def drawn(i: int, j: int) -> sp.Expr:
        value = m[i, j]
        if value.free_symbols:
            return value * rng.choice([1, 2, 3, -1])
        if upper and i < j and value != 0:
            return sp.Integer(rng.choice([-3, -2, -1, 1, 2, 3]))
        return value

    return {**params, "matrix": [[sp.sstr(drawn(i, j)) for j in range(m.cols)]
                                 for i in range(m.rows)]}


REDRAW = {"linear_algebra.symbolic_inverse": _vary}
