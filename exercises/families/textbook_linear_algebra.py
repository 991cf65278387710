"""Posed families for a linear algebra book: linear systems, sets of vectors, matrix products.

``linear_algebra.solve_linear_system`` takes a system as its augmented matrix and
the names of its unknowns. The answer is the solution set: the empty set when the
system is inconsistent, else one column vector whose entries may hold the free
variables (``[2 - 2x_2 + 4x_4, x_2, -6 - 3x_4, x_4]``), the form linear algebra
books print it in. SymPy's ``linsolve`` finds it; the verification substitutes the
vector into every equation (an identity in the free variables) and counts, by
Gauss-Jordan elimination in Python Fractions, that the ranks make the system
consistent and leave exactly as many free variables as the answer has.

``linear_algebra.vector_set`` asks whether a set of vectors is linearly
independent, or whether a vector is in its span: SymPy's rank answers, Fraction
elimination checks, and a "yes, in the span" is re-checked by building the
vector from the coefficients that elimination finds.

``linear_algebra.matrix_product`` multiplies two given matrices; the check recomputes
every entry as a sum of products in Python Fractions.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_matrices import fractions_of, reduce_rows, unimodular
from exercises.families.textbook_vector_spaces import element, space_latex
from exercises.family import Check, Problem, family

SYSTEM_WORDINGS = [
    ("Find all solutions of the linear system {p}.",
     "Find all solutions of the linear system ${l}$."),
    ("Solve the system of equations {p}; describe the solution set.",
     "Solve the system ${l}$ and describe its solution set."),
    ("What is the solution set of {p}?", "What is the solution set of ${l}$?"),
]
INDEPENDENCE_WORDINGS = [
    ("Is the set {p} linearly independent?", "Is the set $\\{{{l}\\}}$ linearly independent?"),
    ("Decide whether the vectors {p} are linearly independent.",
     "Decide whether the vectors ${l}$ are linearly independent."),
    ("Are the vectors {p} linearly independent?", "Are the vectors ${l}$ linearly independent?"),
]
SPANS_WORDINGS = [
    ("Does the set {p} span {s}?", "Does the set $\\{{{l}\\}}$ span ${t}$?"),
    ("Decide whether {p} spans the space {s}.", "Decide whether ${l}$ spans ${t}$."),
    ("Is the span of {p} all of {s}?", "Is the span of $\\{{{l}\\}}$ all of ${t}$?"),
]
MEMBERSHIP_WORDINGS = [
    ("Is {t} in the span of {p}?", "Is ${m}$ in the span of $\\{{{l}\\}}$?"),
    ("Decide whether {t} is a linear combination of {p}.",
     "Decide whether ${m}$ is a linear combination of ${l}$."),
    ("Does the span of {p} contain {t}?", "Does the span of $\\{{{l}\\}}$ contain ${m}$?"),
]
PRODUCT_WORDINGS = [
    ("Compute the product {a}{b} for {a} = {p} and {b} = {q}.",
     "Compute the product ${a}{b}$ for ${a} = {l}$ and ${b} = {r}$."),
    ("Multiply {a} = {p} by {b} = {q} ({a} on the left).",
     "Multiply ${a} = {l}$ by ${b} = {r}$ (${a}$ on the left)."),
    ("What is {a}{b} when {a} = {p} and {b} = {q}?", "What is ${a}{b}$ when ${a} = {l}$ and ${b} = {r}$?"),
]

# ---------------------------------------------------------------- linear systems


def _system(params: dict[str, Any]) -> tuple[sp.ImmutableMatrix, list[sp.Symbol]]:
    augmented = sp.ImmutableMatrix([[sp.Rational(v) for v in row] for row in params["augmented"]])
    return augmented, [sp.Symbol(name) for name in params["variables"]]


def _equations_latex(augmented: sp.MatrixBase, unknowns: list[sp.Symbol]) -> list[str]:
    lhs = augmented[:, :-1] * sp.Matrix(unknowns)
    return [f"{latex(lhs[i])} = {latex(augmented[i, -1])}" for i in range(augmented.rows)]


def solution_set(augmented: sp.MatrixBase, unknowns: list[sp.Symbol]) -> sp.Basic:
    """The empty set, or the solution vector in the free unknowns (SymPy's ``linsolve``)."""
    found = sp.linsolve((augmented[:, :-1], augmented[:, -1]), unknowns)
    if found == sp.EmptySet:
        return sp.EmptySet
    (vector,) = found.args
    return sp.ImmutableMatrix(list(vector))


def _pose_system(params: dict[str, Any]) -> Problem:
    """``params``: ``variables`` (names) and ``augmented`` (rows of rational strings)."""
    augmented, unknowns = _system(params)
    if augmented.cols != len(unknowns) + 1:
        raise ValueError("the augmented matrix needs one column per unknown and one more")
    answer = solution_set(augmented, unknowns)
    equations = _equations_latex(augmented, unknowns)
    plain, tex = worded(params, SYSTEM_WORDINGS, p="; ".join(sp.sstr(sp.Eq(augmented[i, :-1].dot(unknowns), augmented[i, -1]))
                   for i in range(augmented.rows)),
        l=r",\quad ".join(equations))
    reduced, pivots = augmented.rref()
    free = [v for j, v in enumerate(unknowns) if j not in pivots]
    pivot_columns = ", ".join(str(p + 1) for p in pivots)
    steps = [f"The augmented matrix is ${latex(augmented)}$.",
             f"It row-reduces to ${latex(reduced)}$, with pivot columns {pivot_columns}."]
    if answer == sp.EmptySet:
        steps.append("The last column is a pivot column (a row $0 = 1$): the system is "
                     "inconsistent and its solution set is empty.")
    else:
        steps.append("Free variables: " + (", ".join(f"${latex(v)}$" for v in free) or "none")
                     + f"; solving each pivot row for its variable gives ${latex(answer)}$.")
    names = [v.name for v in unknowns]
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=(
            "import sympy\n\n\ndef solve():\n"
            f"    x = [sympy.Symbol(n) for n in {names!r}]\n"
            f"    m = sympy.Matrix([[sympy.Rational(e) for e in row] for row in "
            f"{params['augmented']!r}])\n"
            "    found = sympy.linsolve((m[:, :-1], m[:, -1]), x)\n"
            "    if found == sympy.EmptySet:\n        return sympy.EmptySet\n"
            "    return sympy.ImmutableMatrix(list(found.args[0]))\n"
        ),
        params=params,
        answer_text="no solution (empty set)" if answer == sp.EmptySet else sp.sstr(list(answer)),
    )


def _verify_system(problem: Problem) -> list[Check]:
    augmented, unknowns = _system(problem.params)
    _, rank, _ = reduce_rows(fractions_of(augmented[:, :-1]))
    _, rank_augmented, _ = reduce_rows(fractions_of(augmented))
    answer = problem.answer
    if answer == sp.EmptySet:
        return [Check("inconsistent: rank [A|b] > rank A (Fraction elimination)",
                      rank_augmented > rank, f"ranks {rank}, {rank_augmented}")]
    if not isinstance(answer, sp.MatrixBase) or answer.shape != (len(unknowns), 1):
        return [Check("one entry per unknown", False, str(answer))]
    residual = augmented[:, :-1] * answer - augmented[:, -1]
    parameters = answer.free_symbols
    return [
        Check("substituted into every equation, an identity in the free variables",
              all(sp.expand(r) == 0 for r in residual)),
        Check("consistent: rank [A|b] = rank A (Fraction elimination)",
              rank_augmented == rank, f"ranks {rank}, {rank_augmented}"),
        Check("as many free variables as unknowns minus rank, each free in its own entry",
              parameters <= set(unknowns) and len(parameters) == len(unknowns) - rank
              and all(answer[unknowns.index(v)] == v for v in parameters),
              f"{sorted(map(str, parameters))}, rank {rank}"),
    ]


def _random_system(rng: random.Random, difficulty: int) -> dict[str, Any]:
    """A system with an integer solution; at difficulty 3 and up a dependent equation (free
    variables), and sometimes an inconsistent one."""
    n = 2 + min(difficulty, 3) // 2 + (difficulty >= 4)
    m = n if difficulty < 3 else n - 1 + rng.randint(0, 1)
    solution = [rng.randint(-4, 4) for _ in range(n)]
    rows = [[rng.randint(-4, 4) for _ in range(n)] for _ in range(m)]
    if difficulty >= 3:  # the last equation a sum of two others: rank drops
        rows[-1] = [a + b for a, b in zip(rows[0], rows[1 % m], strict=True)]
    augmented = [[*row, sum(a * x for a, x in zip(row, solution, strict=True))] for row in rows]
    if difficulty >= 4 and rng.random() < 0.3:
        augmented[-1][-1] += 1  # the dependent equation contradicts the others
    variables = [f"x_{{{j + 1}}}" for j in range(n)]
    return {"variables": variables, "augmented": [[str(v) for v in row] for row in augmented],
            "template": rng.randrange(WORDINGS)}


@family("linear_algebra.solve_linear_system", verify=_verify_system, pose=_pose_system)
def solve_linear_system(rng: random.Random, difficulty: int) -> Problem:
    """The solution set of a linear system: unique, parametrised by free variables, or empty."""
    return _pose_system(_random_system(rng, difficulty))


# ---------------------------------------------------------------- sets of vectors


def _columns(params: dict[str, Any]) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([[sp.Rational(v) for v in vector] for vector in params["vectors"]]).T


def _shown(params: dict[str, Any], vector: list[sp.Expr]) -> tuple[str, str]:
    """A vector as the element it stands for: a column, or (with ``space``) the polynomial or
    matrix with these coordinates; plain text and LaTeX."""
    value = element(params["space"], vector) if "space" in params else sp.ImmutableMatrix(vector)
    plain = sp.sstr(value.tolist() if isinstance(value, sp.MatrixBase) else value)
    return (sp.sstr(list(vector)) if "space" not in params else plain), latex(value)


def _pose_vector_set(params: dict[str, Any]) -> Problem:
    """``params``: ``op`` ("independent", "span_member" or "spans"), ``vectors`` (each a list
    of rational strings, coordinates when ``space`` names a space of polynomials or
    matrices) and, for membership, ``target``."""
    columns = _columns(params)
    shown = [_shown(params, list(columns[:, j])) for j in range(columns.cols)]
    plain_set, vectors = "[" + ", ".join(p for p, _ in shown) + "]", ", ".join(t for _, t in shown)
    if params["op"] in ("independent", "spans"):
        full = columns.rank() == (columns.cols if params["op"] == "independent" else columns.rows)
        answer = sp.true if full else sp.false
        space = params.get("space", f"C{columns.rows}")
        plain, tex = worded(params, INDEPENDENCE_WORDINGS if params["op"] == "independent" else
                            SPANS_WORDINGS, p=plain_set, l=vectors, s=space,
                            t=space_latex(space))
        reduced = latex(columns.rref()[0])
        steps = [(f"Put the coordinate vectors in the columns of ${latex(columns)}$; it row-reduces"
                 f" to ${reduced}$.")]
        if params["op"] == "independent":
            steps.append(f"The rank is {columns.rank()} for {columns.cols} vectors, so they are "
                         + ("linearly independent." if answer else "linearly dependent."))
            code_call = "sympy.true if m.rank() == m.cols else sympy.false"
        else:
            steps.append(f"The rank is {columns.rank()} in a space of dimension {columns.rows}, "
                         "so the set " + ("spans it." if answer else "does not span it."))
            code_call = "sympy.true if m.rank() == m.rows else sympy.false"
    else:
        target = sp.ImmutableMatrix([sp.Rational(v) for v in params["target"]])
        augmented = columns.row_join(target)
        answer = sp.true if augmented.rank() == columns.rank() else sp.false
        shown_target = _shown(params, list(target))
        plain, tex = worded(params, MEMBERSHIP_WORDINGS, p=plain_set, t=shown_target[0],
                            m=shown_target[1], l=vectors)
        reduced = latex(augmented.rref()[0])
        steps = [f"Row-reduce the augmented matrix ${latex(augmented)}$ to ${reduced}$.",
                 "The last column is " + ("not a pivot column: the system is consistent, so the "
                                          "vector is in the span." if answer else
                                          "a pivot column: no combination gives the vector.")]
        code_call = "sympy.true if m.row_join(t).rank() == m.rank() else sympy.false"
    target_line = (f"    t = sympy.Matrix([sympy.Rational(e) for e in {params['target']!r}])\n"
                   if params["op"] == "span_member" else "")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    m = sympy.Matrix([[sympy.Rational(e) for e in v] for v in "
              f"{params['vectors']!r}]).T\n{target_line}    return {code_call}\n"),
        params=params,
        answer_text="yes" if answer else "no",
    )


def _combination(columns: list[list[Fraction]], target: list[Fraction]) -> list[Fraction] | None:
    """Coefficients c with sum c_j v_j = target, by Fraction elimination, or None."""
    rows = [[*row, t] for row, t in zip(columns, target, strict=True)]
    reduced, _, _ = reduce_rows(rows)
    width = len(rows[0]) - 1
    coefficients = [Fraction(0)] * width
    for row in reduced:
        lead = next((j for j, v in enumerate(row) if v != 0), None)
        if lead is None:
            continue
        if lead == width:
            return None  # 0 = 1
        coefficients[lead] = row[-1]
    return coefficients


def _verify_vector_set(problem: Problem) -> list[Check]:
    columns = fractions_of(_columns(problem.params))
    count = len(problem.params["vectors"])
    if problem.params["op"] == "spans":
        _, rank, _ = reduce_rows(columns)
        return [Check("spans exactly when the rank (Fraction elimination) is the dimension",
                      bool(problem.answer) == (rank == len(columns)), f"rank {rank}")]
    if problem.params["op"] == "independent":
        _, rank, _ = reduce_rows(columns)
        return [Check("independent exactly when the rank (Fraction elimination) is the count",
                      bool(problem.answer) == (rank == count), f"rank {rank} of {count}")]
    target = [Fraction(v) for v in problem.params["target"]]
    coefficients = _combination(columns, target)
    if coefficients is None:
        return [Check("no combination: elimination of [v_1 ... v_k | y] gives 0 = 1",
                      problem.answer == sp.false)]
    built = [sum(c * v for c, v in zip(coefficients, row, strict=True)) for row in columns]
    return [Check("the combination found by Fraction elimination builds the vector",
                  problem.answer == sp.true and built == target, str(coefficients))]


@family("linear_algebra.vector_set", verify=_verify_vector_set, pose=_pose_vector_set)
def vector_set(rng: random.Random, difficulty: int) -> Problem:
    """Is a set of vectors linearly independent; is a vector in their span?"""
    size, count = 3 + (difficulty >= 4), 2 + (difficulty >= 3)
    vectors = [[rng.randint(-4, 4) for _ in range(size)] for _ in range(count)]
    if rng.random() < 0.5:  # a dependent one: the last vector a combination of the others
        vectors[-1] = [a - 2 * b for a, b in zip(vectors[0], vectors[1], strict=True)]
    params: dict[str, Any] = {"op": rng.choice(["independent", "span_member"]),
                              "template": rng.randrange(WORDINGS)}
    if params["op"] == "span_member":
        inside = rng.random() < 0.5
        target = [sum(v[i] * (k + 1) for k, v in enumerate(vectors)) + (0 if inside else i == 0)
                  for i in range(size)]
        params["target"] = [str(v) for v in target]
    params["vectors"] = [[str(v) for v in vector] for vector in vectors]
    return _pose_vector_set(params)


# ---------------------------------------------------------------- matrix products


def _factors(params: dict[str, Any]) -> tuple[sp.ImmutableMatrix, sp.ImmutableMatrix]:
    def matrix(rows: list[list[str]]) -> sp.ImmutableMatrix:
        return sp.ImmutableMatrix([[sp.Rational(v) for v in row] for row in rows])

    return matrix(params["left"]), matrix(params["right"])


def _pose_product(params: dict[str, Any]) -> Problem:
    """``params``: ``left`` and ``right`` (rows of rational strings), optionally their ``names``."""
    left, right = _factors(params)
    if left.cols != right.rows:
        raise ValueError(f"a {left.shape} matrix cannot multiply a {right.shape} one")
    answer = left * right
    a, b = params.get("names", ["A", "B"])
    plain, tex = worded(params, PRODUCT_WORDINGS, a=a, b=b, p=sp.sstr(left.tolist()),
                        q=sp.sstr(right.tolist()), l=latex(left), r=latex(right))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[f"Entry $(i, j)$ of ${a}{b}$ is row $i$ of ${a}$ times column $j$ of ${b}$.",
               f"${a}{b} = {latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    a = sympy.ImmutableMatrix([[sympy.Rational(e) for e in r] for r in "
              f"{params['left']!r}])\n"
              f"    b = sympy.ImmutableMatrix([[sympy.Rational(e) for e in r] for r in "
              f"{params['right']!r}])\n"
              "    return a * b\n"),
        params=params,
    )


def _verify_product(problem: Problem) -> list[Check]:
    left = [[Fraction(v) for v in row] for row in problem.params["left"]]
    right = [[Fraction(v) for v in row] for row in problem.params["right"]]
    expected = [[sum((row[k] * right[k][j] for k in range(len(right))), Fraction(0))
                 for j in range(len(right[0]))] for row in left]
    return [Check("every entry as a sum of products in Python Fractions",
                  fractions_of(problem.answer) == expected)]


@family("linear_algebra.matrix_product", verify=_verify_product, pose=_pose_product)
def matrix_product(rng: random.Random, difficulty: int) -> Problem:
    """The product AB of two small integer matrices of compatible sizes."""
    m, n, p = (rng.randint(1, 2 + difficulty // 2) + 1 for _ in range(3))
    bound = 3 + difficulty

    def draw(rows: int, cols: int) -> list[list[str]]:
        return [[str(rng.randint(-bound, bound)) for _ in range(cols)] for _ in range(rows)]

    return _pose_product({"left": draw(m, n), "right": draw(n, p),
                          "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- variants


# Variants keep the structure that makes each item what it is.
def _strings(matrix: sp.MatrixBase) -> list[list[str]]:
    return [[sp.sstr(v) for v in row] for row in matrix.tolist()]


def _vary_system(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Same rank and kind of solution set: the solution shifts, row operations reshuffle the
    equations."""
    augmented, unknowns = _system(params)
    a, b = augmented[:, :-1], augmented[:, -1]
    shift = sp.Matrix([rng.randint(-4, 4) for _ in unknowns])
    e = unimodular(rng, a.rows)
    return {**params, "augmented": _strings((e * a).row_join(e * (b + a * shift)))}


def _vary_vectors(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Same (in)dependence and membership: an invertible map is applied to every vector."""
    size = len(params["vectors"][0])
    e = unimodular(rng, size).T * unimodular(rng, size)

    def mapped(vector: list[str]) -> list[str]:
        return [sp.sstr(x) for x in e * sp.Matrix([sp.Rational(x) for x in vector])]

    varied = {**params, "vectors": [mapped(v) for v in params["vectors"]]}
    if "target" in params:
        varied["target"] = mapped(params["target"])
    return varied


def _vary_product(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Same sizes, new entries."""
    def redraw(rows: list[list[str]]) -> list[list[str]]:
        return [[str(rng.randint(-6, 6)) for _ in row] for row in rows]
    return {**params, "left": redraw(params["left"]), "right": redraw(params["right"])}


# Each family's own re-draw, for formalize.variants.
REDRAW = {"linear_algebra.solve_linear_system": _vary_system,
          "linear_algebra.vector_set": _vary_vectors,
          "linear_algebra.matrix_product": _vary_product}
