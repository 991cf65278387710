"""Posed family for "Suppose $L = [...]$ and $U = [...]$. Let $A = LU$. Compute $\\det(A)$ in a
simple way, without computing what is $A$." (Lebl A.6.4).

``linear_algebra.product_determinant``: ``params``: ``factors`` (square matrices of the same
size, cells closed SymPy numbers such as ``pi`` or ``-sin(1)``). The solver multiplies the
factors' determinants (det(LU) = det(L) det(U)); the check multiplies the matrices out and
takes the determinant of the product (by cofactor expansion, written here).
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

NAMES = "LUVW"
WORDS = [
    ("Suppose {p}. Let A = {n}. Compute det(A) without computing A.",
     "Suppose ${l}$. Let $A = {n}$. Compute $\\det(A)$ without computing $A$."),
    ("With {p}, what is the determinant of {n}?",
     "With ${l}$, what is $\\det({n})$?"),
    ("Find det({n}) for {p}, using det of a product.",
     "Find $\\det({n})$ for ${l}$, using the determinant of a product."),
]


def product_determinant(factors: list[list[list[str]]]) -> Any:
    """det(M_1 M_2 ...) = det(M_1) det(M_2) ..., simplified."""
    import sympy

    value = sympy.Integer(1)
    for rows in factors:
        value *= sympy.Matrix([[sympy.sympify(c) for c in row] for row in rows]).det()
    return sympy.simplify(value)


def _matrices(params: dict[str, Any]) -> list[sp.Matrix]:
    return [sp.Matrix([[sp.sympify(c) for c in row] for row in rows]) for rows in params["factors"]]


def _pose(params: dict[str, Any]) -> Problem:
    matrices = _matrices(params)
    names = NAMES[:len(matrices)]
    answer = product_determinant(params["factors"])
    plain, tex = worded(params, WORDS, n=names,
                        p=" and ".join(f"{n} = {sp.sstr(m.tolist())}" for n, m in zip(names, matrices)),
                        l=" \\text{ and } ".join(f"{n} = {latex(m)}" for n, m in zip(names, matrices)))
    steps = [f"$\\det({n}) = {latex(m.det())}$" + (" (triangular: the product of the diagonal)"
                                                  if m.is_upper or m.is_lower else "")
             for n, m in zip(names, matrices)]
    steps.append(f"The determinant of a product is the product of the determinants: "
                 f"$\\det(A) = {latex(answer)}$.")
    call = f"product_determinant({params['factors']!r})"
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([product_determinant], call), params=params,
                   answer_text=sp.sstr(answer))


def _cofactor(m: sp.Matrix) -> sp.Expr:
    if m.rows == 1:
        return m[0, 0]
    return sum((-1) ** j * m[0, j] * _cofactor(m.minor_submatrix(0, j)) for j in range(m.cols)
               if m[0, j] != 0)


def _verify(problem: Problem) -> list[Check]:
    product = sp.eye(len(problem.params["factors"][0]))
    for m in _matrices(problem.params):
        product = product * m
    direct = _cofactor(product.applyfunc(sp.expand))
    same = sp.simplify(sp.expand(direct - problem.answer)) == 0
    return [Check("the product multiplied out, its determinant by cofactor expansion", same,
                  f"{sp.sstr(sp.simplify(direct))}")]


@family("linear_algebra.product_determinant", verify=_verify, pose=_pose)
def product_determinant_family(rng: random.Random, difficulty: int) -> Problem:
    """L unit lower triangular times U upper triangular, size 2 + difficulty // 2."""
    size = 2 + difficulty // 2
    lower = [["1" if i == j else (str(rng.randint(-5, 5)) if j < i else "0") for j in range(size)]
             for i in range(size)]
    upper = [[str(rng.randint(1, 5)) if i == j else (str(rng.randint(-5, 5)) if j > i else "0")
              for j in range(size)] for i in range(size)]
    return _pose({"factors": [lower, upper], "template": rng.randrange(WORDINGS)})


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each nonzero cell re-drawn as a small integer (zeros kept: a triangular factor stays
    triangular, a unit diagonal stays unit)."""
    def cell(value: str) -> str:
        number = sp.sympify(value)
        if number == 0 or number == 1:
            return value
        return str(rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]))

    return {**params, "factors": [[[cell(c) for c in row] for row in rows]
                                  for rows in params["factors"]]}


REDRAW = {"linear_algebra.product_determinant": _vary}
