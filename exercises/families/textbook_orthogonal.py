"""Posed families for orthogonality with the dot product: the Gram-Schmidt process, and the
value of an unknown entry that makes two vectors orthogonal.

``linear_algebra.gram_schmidt``: ``vectors`` (rows of rational strings, in the book's
order). The answer is the orthogonal basis w_1, ..., w_k the process gives (w_k is v_k
less its projections on w_1, ..., w_{k-1}; not normalised, as the book leaves it). The
verifier checks what makes it that basis, not how it was computed: the w are pairwise
orthogonal, each w_k - v_k lies in the span of v_1, ..., v_{k-1} (ranks), and the w span
the same space as the v.

``linear_algebra.orthogonal_parameter``: ``u`` and ``v`` (entries as strings, one of them
holding the unknown ``name``). The answer is the value that makes the dot product zero;
the verifier substitutes it (exact) and checks the dot product is not constant in the
unknown (so no other value works).
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family


def gram_schmidt(vectors):
    """w_k = v_k - sum over j < k of (<v_k, w_j> / <w_j, w_j>) w_j, as columns."""
    import sympy

    basis = []
    for vector in vectors:
        v = sympy.Matrix([sympy.Rational(entry) for entry in vector])
        w = v - sum((v.dot(b) / b.dot(b) * b for b in basis), sympy.zeros(len(vector), 1))
        if w == sympy.zeros(len(vector), 1):
            raise ValueError("the vectors are linearly dependent")
        basis.append(sympy.ImmutableMatrix(w))
    return sympy.Tuple(*basis)


def _columns(vectors: list[list[str]]) -> list[sp.Matrix]:
    return [sp.Matrix([sp.Rational(entry) for entry in vector]) for vector in vectors]


def _tuple(vector: Any) -> str:
    return "(" + ", ".join(sp.sstr(v) for v in vector) + ")"


def _pose_gram_schmidt(params: dict[str, Any]) -> Problem:
    vectors = params["vectors"]
    if len(vectors) < 2 or len({len(v) for v in vectors}) != 1:
        raise ValueError("two or more vectors of one size")
    answer = gram_schmidt(vectors)
    listed = ", ".join(_tuple(v) for v in vectors)
    plain, tex = worded(params, [
        ("Starting with {v}, follow the Gram-Schmidt process to find an orthogonal basis.",
         "Starting with ${v}$, follow the Gram–Schmidt process to find an orthogonal basis."),
        ("Use the Gram-Schmidt process on {v} (in this order) to get an orthogonal basis.",
         "Use the Gram–Schmidt process on ${v}$ (in this order) to get an orthogonal basis."),
        ("Let S be spanned by {v}. Find an orthogonal basis of S by Gram-Schmidt.",
         "Let $S$ be spanned by ${v}$. Find an orthogonal basis of $S$ by Gram–Schmidt."),
    ], v=listed)
    steps = [f"$\\vec{{w}}_1 = {_tuple(answer[0])}$."]
    for k in range(1, len(vectors)):
        steps.append(f"$\\vec{{w}}_{k + 1} = {_tuple(vectors[k])} - \\sum_{{j \\le {k}}} "
                     f"\\frac{{\\langle \\vec{{v}}_{k + 1}, \\vec{{w}}_j \\rangle}}{{\\langle "
                     f"\\vec{{w}}_j, \\vec{{w}}_j \\rangle}} \\vec{{w}}_j = {_tuple(answer[k])}$.")
    code = program([gram_schmidt], f"gram_schmidt({vectors!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify_gram_schmidt(problem: Problem) -> list[Check]:
    vs = _columns(problem.params["vectors"])
    ws = [sp.Matrix(w) for w in problem.answer]
    if len(ws) != len(vs) or any(w.shape != vs[0].shape for w in ws):
        return [Check("one vector of the right size for each given vector", False)]
    orthogonal = all(ws[i].dot(ws[j]) == 0 for i in range(len(ws)) for j in range(i))
    triangular = all(sp.Matrix.hstack(*vs[:k], ws[k] - vs[k]).rank() == k if k else ws[0] == vs[0]
                     for k in range(len(vs)))
    rank = sp.Matrix.hstack(*vs).rank()
    same_span = sp.Matrix.hstack(*ws).rank() == rank == sp.Matrix.hstack(*vs, *ws).rank()
    return [Check("the vectors are pairwise orthogonal (exact dot products)", orthogonal),
            Check("w_k - v_k lies in the span of v_1, ..., v_(k-1) (ranks): the process's basis",
                  bool(triangular)),
            Check("the same span as the given vectors (ranks)", bool(same_span))]


@family("linear_algebra.gram_schmidt", verify=_verify_gram_schmidt, pose=_pose_gram_schmidt)
def gram_schmidt_basis(rng: random.Random, difficulty: int) -> Problem:
    """Two or three independent integer vectors in R^3."""
    while True:
        vectors = [[rng.randint(-3, 3) for _ in range(3)] for _ in range(2 + (difficulty > 2))]
        if sp.Matrix(vectors).rank() == len(vectors):
            break
    return _pose_gram_schmidt({"vectors": [[str(v) for v in row] for row in vectors],
                               "template": rng.randrange(WORDINGS)})


def orthogonal_value(u, v, name):
    """The value of the unknown that makes the dot product of u and v zero."""
    import sympy

    unknown = sympy.Symbol(name)
    dot = sum(sympy.sympify(a, locals={name: unknown}) * sympy.sympify(b, locals={name: unknown})
              for a, b in zip(u, v))
    (value,) = sympy.solve(dot, unknown)
    return value


def _vectors(params: dict[str, Any]) -> tuple[sp.Symbol, sp.Matrix, sp.Matrix]:
    unknown = sp.Symbol(params["name"])
    names = {params["name"]: unknown}
    u, v = (sp.Matrix([sp.sympify(e, locals=names) for e in params[k]]) for k in ("u", "v"))
    return unknown, u, v


def _pose_parameter(params: dict[str, Any]) -> Problem:
    unknown, u, v = _vectors(params)
    if len(u) != len(v):
        raise ValueError("two vectors of one size")
    dot = sp.expand(u.dot(v))
    if sp.degree(dot, unknown) != 1:
        raise ValueError("the dot product must be linear in the unknown")
    answer = orthogonal_value(params["u"], params["v"], params["name"])
    plain, tex = worded(params, [
        ("Find the {n} that makes {u} and {v} orthogonal.",
         "Find the ${n}$ that makes ${u}$ and ${v}$ orthogonal."),
        ("For which {n} are {u} and {v} perpendicular?",
         "For which ${n}$ are ${u}$ and ${v}$ perpendicular?"),
        ("Choose {n} so that the dot product of {u} and {v} is zero.",
         "Choose ${n}$ so that the dot product of ${u}$ and ${v}$ is zero."),
    ], n=params["name"], u=_tuple(u), v=_tuple(v))
    steps = [f"$\\langle {_tuple(u)}, {_tuple(v)} \\rangle = {latex(dot)}$.",
             f"Set it to zero: ${latex(unknown)} = {latex(answer)}$."]
    code = program([orthogonal_value],
                   f"orthogonal_value({params['u']!r}, {params['v']!r}, {params['name']!r})")
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps, code=code,
                   params=params)


def _verify_parameter(problem: Problem) -> list[Check]:
    unknown, u, v = _vectors(problem.params)
    dot = u.dot(v)
    return [Check("the dot product is zero at the answer (exact)",
                  sp.simplify(dot.subs(unknown, problem.answer)) == 0),
            Check("the dot product changes with the unknown (no other value works)",
                  sp.diff(dot, unknown) != 0 and not sp.diff(dot, unknown).has(unknown))]


@family("linear_algebra.orthogonal_parameter", verify=_verify_parameter, pose=_pose_parameter)
def orthogonal_parameter(rng: random.Random, difficulty: int) -> Problem:
    """(a, b, c) and (d, e, s) with d, e, c small integers and c nonzero."""
    u = [str(rng.randint(-4, 4)) for _ in range(2)] + [str(rng.choice([-3, -2, -1, 1, 2, 3]))]
    v = [str(rng.randint(-4, 4)) for _ in range(2)] + ["s"]
    return _pose_parameter({"u": u, "v": v, "name": "s", "template": rng.randrange(WORDINGS)})
