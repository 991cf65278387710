"""Posed family for a linear map known by its values on a basis: "If T([2; 1]) = [3; 4] and
T([1; 1]) = [-1; 2], find T([4; 3])" or "... find the matrix representation of T".

``linear_algebra.map_from_values``: ``params``: ``inputs`` (n basis vectors of size n, rational
strings), ``outputs`` (their images, each of size m), ``op`` ("matrix" or "evaluate") and, to
evaluate, ``at`` (the vector). SymPy solves for the matrix A = [T(b_1) ... T(b_n)] B^-1; the
checks are independent: A sends each b_j to T(b_j) (exact products), and T(at) is rebuilt as
the combination of the given images with the coefficients of ``at`` in the basis, found by
Fraction elimination.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_linear_algebra import _combination
from exercises.family import Check, Problem, family

MAP_WORDINGS = {
    "matrix": [("If {pairs}, find the matrix of T.", "If ${lpairs}$, find the matrix of $T$."),
               ("T is linear with {pairs}. What is its matrix representation?",
                "$T$ is linear with ${lpairs}$. What is its matrix representation?"),
               ("Find the matrix A with A x = T(x), given {pairs}.",
                "Find the matrix $A$ with $A x = T(x)$, given ${lpairs}$.")],
    "evaluate": [("If {pairs}, find T({at}).", "If ${lpairs}$, find $T({lat})$."),
                 ("T is linear with {pairs}. What is T({at})?",
                  "$T$ is linear with ${lpairs}$. What is $T({lat})$?"),
                 ("Given the linear map with {pairs}, compute T({at}).",
                  "Given the linear map with ${lpairs}$, compute $T({lat})$.")],
}


def _columns(vectors: list[list[str]]) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([[sp.Rational(v) for v in vector] for vector in vectors]).T


def _pose(params: dict[str, Any]) -> Problem:
    basis, images = _columns(params["inputs"]), _columns(params["outputs"])
    if not basis.is_square or basis.det() == 0 or images.cols != basis.cols:
        raise ValueError("the inputs must be a basis: n independent vectors of size n")
    matrix = sp.ImmutableMatrix(images * basis.inv())
    op = params["op"]
    answer = matrix if op == "matrix" else sp.ImmutableMatrix(matrix * _columns([params["at"]]))
    shown = [(sp.sstr(list(basis[:, j])), sp.sstr(list(images[:, j]))) for j in range(basis.cols)]
    pairs = "; ".join(f"T({b}) = {i}" for b, i in shown)
    lpairs = ",\\ ".join(f"T({latex(basis[:, j])}) = {latex(images[:, j])}"
                         for j in range(basis.cols))
    at = params.get("at", [])
    plain, tex = worded(params, MAP_WORDINGS[op], pairs=pairs, lpairs=lpairs,
                        at=sp.sstr(at), lat=latex(_columns([at])) if at else "")
    steps = [(f"Put the basis in the columns of $B = {latex(basis)}$ and the images in "
             f"$C = {latex(images)}$; then $A B = C$."),
             f"So $A = C B^{{-1}} = {latex(matrix)}$."]
    if op == "evaluate":
        steps.append(f"$T({latex(_columns([at]))}) = A {latex(_columns([at]))} = {latex(answer)}$.")
    code_at = (f"    return sympy.ImmutableMatrix(a * sympy.Matrix([sympy.Rational(v) for v in "
               f"{at!r}]))\n" if op == "evaluate" else "    return a\n")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    b = sympy.Matrix([[sympy.Rational(v) for v in u] for u in {params['inputs']!r}]).T\n"
              f"    c = sympy.Matrix([[sympy.Rational(v) for v in u] for u in {params['outputs']!r}]).T\n"
              "    a = sympy.ImmutableMatrix(c * b.inv())\n" + code_at),
        params=params)


def _verify(problem: Problem) -> list[Check]:
    params, answer = problem.params, problem.answer
    basis = [[Fraction(v) for v in u] for u in params["inputs"]]
    images = [[Fraction(v) for v in u] for u in params["outputs"]]
    if params["op"] == "matrix":
        rows = [[Fraction(str(answer[i, j])) for j in range(answer.cols)] for i in range(answer.rows)]
        sends = all([sum((r[k] * b[k] for k in range(len(b))), Fraction(0)) for r in rows] == image
                    for b, image in zip(basis, images, strict=True))
        return [Check("the matrix sends each basis vector to its given image (Fractions)", sends)]
    columns = [list(row) for row in zip(*basis, strict=True)]
    coefficients = _combination(columns, [Fraction(v) for v in params["at"]])
    if coefficients is None:
        return [Check("the vector is a combination of the basis", False)]
    built = [sum((c * image[i] for c, image in zip(coefficients, images, strict=True)), Fraction(0))
             for i in range(len(images[0]))]
    return [Check("T(at) = the combination of the images with at's coefficients (Fractions)",
                  [Fraction(str(v)) for v in answer] == built, str(coefficients))]


@family("linear_algebra.map_from_values", verify=_verify, pose=_pose)
def map_from_values(rng: random.Random, difficulty: int) -> Problem:
    """A linear map on C^2 or C^3 given on a basis: its matrix, or its value at a vector."""
    size = 2 + (difficulty >= 3)
    params = {"inputs": [["1"] * size] * size, "outputs": [["1"] * size] * size,
              "op": rng.choice(["matrix", "evaluate"]), "at": ["1"] * size,
              "template": rng.randrange(WORDINGS)}
    return _pose(_redraw(params, rng))


def _redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new basis (an integer matrix of determinant 1, so the matrix stays simple), new
    images and a new vector of the same sizes."""
    size = len(params["inputs"])
    while True:
        basis = [[str(rng.randint(-3, 3)) for _ in range(size)] for _ in range(size)]
        if sp.Matrix(basis).det() in (1, -1):
            break
    images = [[str(rng.randint(-4, 4)) for _ in image] for image in params["outputs"]]
    varied = {**params, "inputs": basis, "outputs": images}
    if "at" in params:  # a nonzero vector: T(0) = 0 asks nothing
        varied["at"] = [str(rng.randint(1, 4) * rng.choice([-1, 1]))] + \
            [str(rng.randint(-4, 4)) for _ in params["at"][1:]]
    return varied


REDRAW = {"linear_algebra.map_from_values": _redraw}
