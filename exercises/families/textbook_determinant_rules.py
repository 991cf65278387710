"""Posed family for determinants of products of n x n matrices known by their determinants:
"Suppose that $\\det(A) = 3$. Compute $\\det(S^{-1}AS)$ and $\\det(SAS^{-1})$", "Suppose
$\\det(A) = 1$. Compute $\\det(xA)$ given a number $x$." (Lebl A.6.6, A.6.7).

``linear_algebra.determinant_rules``: ``params``: ``given`` (matrix name -> determinant) and
``asked`` (each a product, factor by factor: ``"S**-1"``, ``"A"``, a scalar ``"x"``). The
solver uses the rules det(MN) = det(M) det(N), det(M^-1) = 1/det(M), det(cM) = c^n det(M),
through SymPy's matrix expressions of size n. The check takes concrete matrices instead, of
sizes 2, 3 and 4: the given determinant by a diagonal matrix conjugated by an integer matrix
of determinant 1, any other matrix invertible at random, and multiplies them out.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, program, worded
from exercises.families.textbook_matrices import unimodular
from exercises.family import Check, Problem, family

N = sp.Symbol("n", integer=True, positive=True)
WORDS = [
    ("Suppose the n x n matrices satisfy {g} (any others invertible). Compute {a}.",
     "Suppose the $n \\times n$ matrices satisfy ${lg}$ (any others invertible). Compute ${la}$."),
    ("Given {g} for n x n matrices, what is {a}?",
     "Given ${lg}$ for $n \\times n$ matrices, what is ${la}$?"),
    ("Use the rules of determinants: {g}; find {a}.",
     "Use the rules of determinants: ${lg}$; find ${la}$."),
]


def determinants(given: dict[str, str], asked: list[list[str]]) -> Any:
    """Each asked product's determinant from the givens, by det(MN) = det(M) det(N),
    det(M^-1) = 1/det(M) and det(cM) = c^n det(M), for n x n matrices."""
    import sympy

    n = sympy.Symbol("n", integer=True, positive=True)
    values = []
    for factors in asked:
        value = sympy.Integer(1)
        for factor in factors:
            name, power = (factor[:-4], -1) if factor.endswith("**-1") else (factor, 1)
            if name[0].isupper():
                det = sympy.sympify(given[name]) if name in given else sympy.Symbol(f"det_{name}")
                value *= det ** power
            else:
                value *= sympy.sympify(name) ** n  # a scalar multiplies each of the n rows
        values.append(sympy.simplify(value))
    return values[0] if len(values) == 1 else sympy.Tuple(*values)


def _shown(params: dict[str, Any]) -> tuple[str, str, str, str]:
    def product(factors: list[str], tex: bool) -> str:
        pieces = [f"{f[:-4]}^{{-1}}" if tex and f.endswith("**-1") else f for f in factors]
        return ("" if tex else "*").join(pieces)

    given = ", ".join(f"det({m}) = {v}" for m, v in params["given"].items())
    lgiven = ", ".join(f"\\det({m}) = {v}" for m, v in params["given"].items())
    asked = " and ".join(f"det({product(f, False)})" for f in params["asked"])
    lasked = "$ and $".join(f"\\det({product(f, True)})" for f in params["asked"])
    return given, lgiven, asked, lasked


def _pose(params: dict[str, Any]) -> Problem:
    answer = determinants(params["given"], params["asked"])
    g, lg, a, la = _shown(params)
    plain, tex = worded(params, WORDS, g=g, lg=lg, a=a, la=la)
    values = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    steps = [("$\\det(MN) = \\det(M)\\det(N)$, $\\det(M^{-1}) = 1/\\det(M)$, and a number $c$ "
             "multiplies each of the $n$ rows: $\\det(cM) = c^n \\det(M)$.")]
    steps += [f"${piece} = {sp.latex(v)}$." for piece, v in zip(la.split("$ and $"), values,
                                                                  strict=True)]
    call = f"determinants({params['given']!r}, {params['asked']!r})"
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([determinants], call), params=params,
                   answer_text=", ".join(sp.sstr(v) for v in values))


def _concrete(name: str, size: int, given: dict[str, str], rng: random.Random) -> sp.Matrix:
    if name in given:
        p = unimodular(rng, size)
        return p * sp.diag(sp.Rational(given[name]), *[1] * (size - 1)) * p.inv()
    while True:
        m = sp.Matrix(size, size, lambda i, j: rng.randint(-3, 3))
        if m.det() != 0:
            return m


def _verify(problem: Problem) -> list[Check]:
    params, rng = problem.params, random.Random(3)
    values = list(problem.answer) if isinstance(problem.answer, sp.Tuple) else [problem.answer]
    ok = True
    for size in (2, 3, 4):
        names = {f.removesuffix("**-1") for fs in params["asked"] for f in fs if f[0].isupper()}
        matrices = {m: _concrete(m, size, params["given"], rng) for m in names}
        for factors, value in zip(params["asked"], values, strict=True):
            product = sp.eye(size)
            for f in factors:
                name = f.removesuffix("**-1")
                if name in matrices:
                    product = product * (matrices[name].inv() if f.endswith("**-1")
                                         else matrices[name])
                else:
                    product = product * sp.sympify(name)
            ok = ok and sp.simplify(product.det() - value.subs(N, size)) == 0
    return [Check("concrete matrices of sizes 2, 3, 4 with the given determinants, multiplied "
                  "out", ok)]


@family("linear_algebra.determinant_rules", verify=_verify, pose=_pose)
def determinant_rules(rng: random.Random, difficulty: int) -> Problem:
    """det(A) given; a similarity, an inverse or a scalar multiple asked."""
    return _pose(_vary({"given": {"A": "2"}, "asked": [["S**-1", "A", "S"], ["x", "A"]],
                        "template": rng.randrange(WORDINGS)}, rng))


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New given determinants (nonzero), the same products asked."""
    return {**params, "given": {m: str(rng.choice([-3, -2, -1, 2, 3, 4, 5]))
                                for m in params["given"]}}


REDRAW = {"linear_algebra.determinant_rules": _vary}
