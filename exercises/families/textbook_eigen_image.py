"""Posed family for "Let $A$ be a $3 \\times 3$ matrix with an eigenvalue of 3 and a corresponding
eigenvector $\\vec{v} = [1; -1; 3]$. Find $A\\vec{v}$." (Lebl 3.4.5).

``linear_algebra.eigen_image``: ``params``: ``eigenvalue`` and ``vector`` (rational strings).
The answer is lambda v, by the definition of an eigenvector. The check builds matrices that
have this eigenpair, A = lambda I + w u^T with u orthogonal to v (so (w u^T) v = 0), for
several w and u, and multiplies each by v.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

WORDS = [
    (("Let A be a {n}x{n} matrix with an eigenvalue of {e} and a corresponding eigenvector "
     "v = {p}. Find A v."),
     ("Let $A$ be a ${n} \\times {n}$ matrix with an eigenvalue of ${e}$ and a corresponding "
     "eigenvector $\\vec{{v}} = {l}$. Find $A\\vec{{v}}$.")),
    ("The vector {p} is an eigenvector of A for the eigenvalue {e}. What is A times it?",
     "The vector ${l}$ is an eigenvector of $A$ for the eigenvalue ${e}$. What is $A {l}$?"),
    ("A has the eigenvalue {e} with eigenvector v = {p}. Compute A v.",
     "$A$ has the eigenvalue ${e}$ with eigenvector $\\vec{{v}} = {l}$. Compute $A\\vec{{v}}$."),
]


def eigen_image(eigenvalue: str, vector: list[str]) -> Any:
    """A v = lambda v for an eigenvector v of A with eigenvalue lambda."""
    import sympy

    return sympy.ImmutableMatrix([sympy.Rational(eigenvalue) * sympy.Rational(v) for v in vector])


def _pose(params: dict[str, Any]) -> Problem:
    v = sp.Matrix([sp.Rational(x) for x in params["vector"]])
    e = sp.Rational(params["eigenvalue"])
    answer = eigen_image(params["eigenvalue"], params["vector"])
    plain, tex = worded(params, WORDS, n=v.rows, e=e, p=sp.sstr(list(v)), l=latex(v))
    steps = [(f"An eigenvector satisfies $A\\vec{{v}} = \\lambda \\vec{{v}}$, so "
             f"$A\\vec{{v}} = {latex(e)} {latex(v)} = {latex(answer)}$.")]
    call = f"eigen_image({params['eigenvalue']!r}, {params['vector']!r})"
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([eigen_image], call), params=params,
                   answer_text=sp.sstr(list(answer)))


def _verify(problem: Problem) -> list[Check]:
    v = sp.Matrix([sp.Rational(x) for x in problem.params["vector"]])
    e = sp.Rational(problem.params["eigenvalue"])
    n, rng = v.rows, random.Random(5)
    normals = [u for u in sp.Matrix([list(v)]).nullspace()] or [sp.zeros(n, 1)]
    same = v != sp.zeros(n, 1)
    for _ in range(3):
        u = sum((rng.randint(-3, 3) * w for w in normals), sp.zeros(n, 1))
        w = sp.Matrix([rng.randint(-4, 4) for _ in range(n)])
        a = e * sp.eye(n) + w * u.T
        same = same and a * v == sp.Matrix(problem.answer)
    return [Check("three matrices with this eigenpair (lambda I + w u^T, u orthogonal to v) "
                  "send v to the answer", same)]


@family("linear_algebra.eigen_image", verify=_verify, pose=_pose)
def eigen_image_family(rng: random.Random, difficulty: int) -> Problem:
    """A small integer eigenpair in R^2 ... R^4."""
    return _pose(_vary({"eigenvalue": "1", "vector": ["1"] * (1 + min(difficulty, 3)),
                        "template": rng.randrange(WORDINGS)}, rng))


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new eigenvalue and a new nonzero eigenvector of the same size."""
    size = len(params["vector"])
    vector = [str(rng.randint(-4, 4)) for _ in range(size)]
    vector[rng.randrange(size)] = str(rng.choice([-3, -2, -1, 1, 2, 3]))
    return {**params, "eigenvalue": str(rng.choice([-4, -3, -2, -1, 2, 3, 4, 5])),
            "vector": vector}


REDRAW = {"linear_algebra.eigen_image": _vary}
