"""Posed family for a book's matrices: determinant, inverse, rank, RREF, eigenvalues, null space,
left null space, column and row space, transpose, characteristic polynomial, eigenvalue defects,
eigenspaces (each eigenvalue with a basis of its eigenspace, and its multiplicities when asked).

The formalize stage reads "Compute the determinant of $\\begin{bmatrix}...\\end{bmatrix}$"
into ``op`` and ``matrix`` (rows of entries as strings). SymPy computes the
answer; the verifier uses exact rational row reduction written here (not
SymPy's), multiplies by the inverse, substitutes eigenvalues into
det(A - lambda I), multiplies the null space basis by the matrix, checks that a
column or row space basis is independent and spans every column (row),
checks the characteristic polynomial by Cayley-Hamilton in Fractions, and an
eigenvalue's defect by the ranks of A - vI and its n-th power. An eigenspace's basis
is checked vector by vector (A v = lambda v exactly, v != 0), for independence, and
for its size against the nullity of A - lambda I by a separate elimination; the
eigenvalues are the roots of the Berkowitz characteristic polynomial, counted with
their multiplicities (which must sum to n).
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, program, worded
from exercises.family import Check, Problem, family

OPERATIONS = {
    "nonsingular": ("whether it is nonsingular:", lambda m: sp.true if m.det() != 0 else sp.false),
    "determinant": ("the determinant of", lambda m: m.det()),
    "inverse": ("the inverse of", lambda m: m.inv()),
    "rank": ("the rank of", lambda m: sp.Integer(m.rank())),
    "rref": ("the reduced row-echelon form of", lambda m: m.rref()[0]),
    "eigenvalues": ("the eigenvalues of", lambda m: sp.FiniteSet(*m.eigenvals())),
    "null_space": ("a basis of the null space of", lambda m: sp.Tuple(*m.nullspace())),
    "left_null_space": ("a basis of the left null space of", lambda m: sp.Tuple(*m.T.nullspace())),
    "column_space": ("a basis of the column space of", lambda m: sp.Tuple(*m.columnspace())),
    "row_space": ("a basis of the row space of", lambda m: _row_space(m)),
    "transpose": ("the transpose of", lambda m: m.T),
    "characteristic_polynomial": ("the characteristic polynomial det(A - xI) of",
                                  lambda m: sp.expand((-1) ** m.rows * m.charpoly(X).as_expr())),
    # (eigenvalue, algebraic minus geometric multiplicity) for each defective eigenvalue, in
    # order, as books list them ("eigenvalue 1 has a defect of 1"); none: the empty tuple
    "defect": ("the defective eigenvalues, each with its defect, of",
               lambda m: sp.Tuple(*sorted((sp.Tuple(v, k - len(vs)) for v, k, vs in m.eigenvects()
                                           if k > len(vs)), key=lambda pair: pair[0]))),
    # "Find a diagonal matrix similar to A": the eigenvalues on the diagonal, in increasing
    # order (each as often as its multiplicity); not diagonalizable: the empty set
    # each eigenvalue with a basis of its eigenspace (see eigenspaces; posed by _pose_eigenspaces)
    "eigenspaces": ("the eigenvalues and a basis of each eigenspace of",
                    lambda m: eigenspaces(m.tolist())),
    "diagonalize": ("a diagonal matrix similar to (or the empty set if there is none)",
                    lambda m: sp.ImmutableMatrix(m.diagonalize(sort=True)[1])
                    if m.is_diagonalizable() else sp.EmptySet),
}
X = sp.Symbol("x")
SQUARE = ("nonsingular", "determinant", "inverse", "eigenvalues", "characteristic_polynomial",
          "defect", "diagonalize", "eigenspaces")
RATIONAL_EIGENVALUES = ("defect", "diagonalize")


def eigenspaces(rows, eigenvalue=None, multiplicities=False):
    """Each eigenvalue of the matrix ``rows`` (rational strings) with a basis of its eigenspace,
    in increasing order (complex ones by real, then imaginary part): ``(lambda, basis)``, or
    ``(lambda, basis, algebraic, geometric multiplicity)`` when ``multiplicities`` is asked; only
    ``eigenvalue``'s when one is given ("an eigenvector for lambda = 3"). Every eigenvalue must
    be rational or a root of a rational quadratic: a book writes no cubic formula's roots."""
    import sympy

    m = sympy.Matrix([[sympy.Rational(v) for v in row] for row in rows])
    _, factors = m.charpoly().factor_list()
    if any(base.degree() > 2 for base, _ in factors):
        raise ValueError("an eigenvalue solves an irreducible cubic or worse")
    found = []
    for value, algebraic, basis in m.eigenvects():
        value = sympy.expand(value)
        vectors = sympy.Tuple(*[sympy.ImmutableMatrix(sympy.expand(v)) for v in basis])
        extra = (sympy.Integer(algebraic), sympy.Integer(len(basis))) if multiplicities else ()
        found.append(sympy.Tuple(value, vectors, *extra))
    found.sort(key=lambda pair: (sympy.re(pair[0]), sympy.im(pair[0])))
    if eigenvalue is not None:
        found = [pair for pair in found if pair[0] == sympy.Rational(eigenvalue)]
        if not found:
            raise ValueError(f"{eigenvalue} is not an eigenvalue of the matrix")
    return sympy.Tuple(*found)


def _row_space(m: sp.MatrixBase) -> sp.Tuple:
    """The nonzero rows of the reduced row-echelon form, as column vectors (a basis)."""
    reduced = m.rref()[0]
    return sp.Tuple(*[sp.ImmutableMatrix(reduced[i, :].T) for i in range(reduced.rows)
                      if any(reduced[i, :])])


def matrix_of(params: dict[str, Any]) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([[sp.Rational(entry) for entry in row] for row in params["matrix"]])


def _pose_matrix(params: dict[str, Any]) -> Problem:
    """``params``: ``op`` (a key of OPERATIONS) and ``matrix`` (rows of rational strings);
    ``if_exists`` for "if it exists, find the inverse" (no inverse: the empty set)."""
    matrix = matrix_of(params)
    what, compute = OPERATIONS[params["op"]]
    if params["op"] in SQUARE and not matrix.is_square:
        raise ValueError(f"{params['op']} needs a square matrix")
    if params["op"] == "eigenspaces":
        return _pose_eigenspaces(params, matrix)
    if params["op"] in RATIONAL_EIGENVALUES and not all(v.is_Rational for v in matrix.eigenvals()):
        raise ValueError(f"{params['op']} is posed for rational eigenvalues only")
    singular = params["op"] == "inverse" and matrix.is_square and matrix.det() == 0
    if singular and not params.get("if_exists"):
        raise ValueError("the matrix is singular")
    # "If it exists, find the inverse": a singular matrix has none, the empty set.
    answer = sp.EmptySet if singular else compute(matrix)
    if isinstance(answer, sp.MatrixBase):
        answer = sp.ImmutableMatrix(answer)
    plain, tex = worded(params, [
        ("Find {what} A = {p}.", "Find {what} $A = {l}$."),
        ("Compute {what} the matrix {p}.", "Compute {what} ${l}$."),
        ("What is {what} {p}?", "What is {what} ${l}$?"),
    ], what=what, p=sp.sstr(matrix.tolist()), l=latex(matrix))
    code_call = {
        "nonsingular": "sympy.true if m.det() != 0 else sympy.false",
        "determinant": "m.det()", "inverse": "m.inv()", "rank": "sympy.Integer(m.rank())",
        "rref": "m.rref()[0]", "eigenvalues": "sympy.FiniteSet(*m.eigenvals())",
        "null_space": "sympy.Tuple(*[sympy.ImmutableMatrix(v) for v in m.nullspace()])",
        "left_null_space": "sympy.Tuple(*[sympy.ImmutableMatrix(v) for v in m.T.nullspace()])",
        "column_space": "sympy.Tuple(*[sympy.ImmutableMatrix(v) for v in m.columnspace()])",
        "row_space": "sympy.Tuple(*[sympy.ImmutableMatrix(m.rref()[0][i, :].T) "
                     "for i in range(m.rows) if any(m.rref()[0][i, :])])",
        "transpose": "m.T",
        "characteristic_polynomial": "sympy.expand((-1) ** m.rows * "
                                     "m.charpoly(sympy.Symbol('x')).as_expr())",
        "defect": "sympy.Tuple(*sorted((sympy.Tuple(v, k - len(vs)) for v, k, vs in "
                  "m.eigenvects() if k > len(vs)), key=lambda pair: pair[0]))",
        "diagonalize": "sympy.ImmutableMatrix(m.diagonalize(sort=True)[1]) "
                       "if m.is_diagonalizable() else sympy.EmptySet",
    }[params["op"]]
    if params.get("if_exists") and params["op"] == "inverse":
        code_call = "sympy.EmptySet if m.det() == 0 else m.inv()"
    steps = [f"Row-reduce ${latex(matrix)}$ exactly.", f"The answer is ${latex(answer)}$."]
    if params["op"] == "nonsingular":
        reduced = matrix.rref()[0]
        steps = [f"Row-reduce ${latex(matrix)}$ to ${latex(reduced)}$.",
                 "It is the identity matrix, so the matrix is nonsingular." if answer else
                 "It is not the identity matrix, so the matrix is singular."]
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=steps,
        code=(
            "import sympy\n\n\ndef solve():\n"
            f"    m = sympy.ImmutableMatrix([[sympy.Rational(e) for e in row] for row in {params['matrix']!r}])\n"
            f"    return {code_call}\n"
        ),
        params=params,
        answer_text=({sp.true: "nonsingular", sp.false: "singular"}[answer]
                     if params["op"] == "nonsingular" else None),
    )


def _pose_eigenspaces(params: dict[str, Any], matrix: sp.ImmutableMatrix) -> Problem:
    """``params``: ``eigenvalue`` (one eigenvalue's eigenvectors are asked) and
    ``multiplicities`` (its algebraic and geometric multiplicities too), both optional."""
    given, counted = params.get("eigenvalue"), bool(params.get("multiplicities"))
    answer = eigenspaces(params["matrix"], given, counted)
    what = (f"a basis of the eigenspace for the eigenvalue {given}" if given else
            "the eigenvalues, a basis of each eigenspace and each eigenvalue's algebraic and "
            "geometric multiplicities" if counted else "the eigenvalues and a basis of each eigenspace")
    plain, tex = worded(params, [
        ("Find {what} of A = {p}.", "Find {what} of $A = {l}$."),
        ("Compute {what} of the matrix {p}.", "Compute {what} of ${l}$."),
        ("What are {what} of {p}?", "What are {what} of ${l}$?"),
    ], what=what, p=sp.sstr(matrix.tolist()), l=latex(matrix))
    lam = sp.Symbol("lambda")
    steps = [(f"The eigenvalues are the roots of $\\det(A - \\lambda I) = "
             f"{latex(sp.factor((matrix - lam * sp.eye(matrix.rows)).det()))}$.")]
    for pair in answer:
        value, basis = pair[0], list(pair[1])
        steps.append(f"For $\\lambda = {latex(value)}$ the null space of $A - \\lambda I$ has the "
                     f"basis ${', '.join(latex(v) for v in basis)}$"
                     + (f"; algebraic multiplicity ${pair[2]}$, geometric ${pair[3]}$."
                        if counted else "."))
    text = "; ".join(f"lambda = {sp.sstr(pair[0])}: "
                     + ", ".join(sp.sstr(list(v)) for v in pair[1])
                     + (f" (algebraic {pair[2]}, geometric {pair[3]})" if counted else "")
                     for pair in answer)
    return Problem(statement=plain, statement_latex=tex, answer=answer, steps=steps,
                   code=program([eigenspaces], f"eigenspaces({params['matrix']!r}, {given!r}, "
                                               f"{counted!r})"),
                   params=params, answer_text=text)


def reduce_rows(rows: list[list[Fraction]]) -> tuple[list[list[Fraction]], int, Fraction]:
    """Gauss-Jordan elimination in Fractions: (reduced rows, rank, determinant if square)."""
    rows = [list(r) for r in rows]
    det, rank = Fraction(1), 0
    for col in range(len(rows[0]) if rows else 0):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            det = Fraction(0)
            continue
        if pivot != rank:
            rows[rank], rows[pivot] = rows[pivot], rows[rank]
            det = -det
        lead = rows[rank][col]
        det *= lead
        rows[rank] = [v / lead for v in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rows, rank, det


def unimodular(rng: random.Random, n: int) -> sp.Matrix:
    """An integer matrix of determinant 1: a few "add k times row i to row j" operations."""
    e = sp.eye(n)
    for _ in range(min(n, 3) if n > 1 else 0):
        i, j = rng.sample(range(n), 2)
        e = e.elementary_row_op("n->n+km", row=j, k=rng.choice([-2, -1, 1, 2]), row2=i)
    return e


def fractions_of(matrix: sp.MatrixBase) -> list[list[Fraction]]:
    return [[Fraction(int(sp.Rational(v).p), int(sp.Rational(v).q)) for v in row]
            for row in matrix.tolist()]


def _verify_matrix(problem: Problem) -> list[Check]:
    matrix, op, answer = matrix_of(problem.params), problem.params["op"], problem.answer
    reduced, rank, det = reduce_rows(fractions_of(matrix))
    n = matrix.rows
    if op == "nonsingular":
        return [Check("nonsingular exactly when Fraction Gauss-Jordan elimination reaches rank n",
                      matrix.is_square and bool(answer) == (rank == n), f"rank {rank}")]
    if op == "determinant":
        ok = matrix.is_square and Fraction(str(answer)) == (det if rank == n else 0)
        return [Check("determinant by Fraction Gauss-Jordan elimination", ok, f"{det}")]
    if op == "inverse" and answer == sp.EmptySet:
        return [Check("no inverse: rank below n by Fraction elimination", rank < n, f"rank {rank}")]
    if op == "inverse":
        return [Check("A times the inverse is the identity (exact)",
                      matrix * answer == sp.eye(n) and answer * matrix == sp.eye(n))]
    if op == "rank":
        return [Check("rank by Fraction Gauss-Jordan elimination", answer == rank, f"{rank}")]
    if op == "rref":
        return [Check("equals the Fraction Gauss-Jordan reduction", fractions_of(answer) == reduced)]
    if op == "eigenvalues":
        lam = sp.Symbol("lambda")
        polynomial = sp.Poly((matrix - lam * sp.eye(n)).det(method="berkowitz"), lam)
        roots_ok = all(sp.simplify(polynomial.as_expr().subs(lam, v)) == 0 for v in answer)
        distinct = sp.degree(sp.sqf_part(polynomial.as_expr()), lam)
        return [Check("each eigenvalue is a root of det(A - lambda I) (Berkowitz)", roots_ok),
                Check("as many as the distinct roots of the characteristic polynomial",
                      len(answer) == distinct, f"{distinct}")]
    if op in ("column_space", "row_space"):
        basis = list(answer)
        # The book's bases: the pivot columns of A; the nonzero rows of its reduced form.
        pivots = [next(j for j, v in enumerate(row) if v) for row in reduced if any(row)]
        canonical = ([fractions_of(matrix[:, j]) for j in pivots] if op == "column_space" else
                     [[[v] for v in row] for row in reduced if any(row)])
        return [*_verify_space(matrix if op == "column_space" else matrix.T, basis, rank),
                Check("the pivot columns of A" if op == "column_space" else
                      "the nonzero rows of the Fraction reduced row-echelon form",
                      [fractions_of(v) for v in basis] == canonical)]
    if op == "transpose":
        return [Check("entry (i, j) is entry (j, i) of A", answer.shape == matrix.T.shape and all(
            answer[i, j] == matrix[j, i] for i in range(answer.rows) for j in range(answer.cols)))]
    if op == "characteristic_polynomial":
        return _verify_characteristic(matrix, answer)
    if op == "defect":
        return _verify_defects(matrix, answer)
    if op == "eigenspaces":
        return _verify_eigenspaces(matrix, problem.params, answer)
    if op == "diagonalize":
        return _verify_diagonal(matrix, answer)
    # The null space of A, or the left null space: the null space of A^t (same rank).
    kernel_of = matrix.T if op == "left_null_space" else matrix
    basis = list(answer)
    killed = all(kernel_of * v == sp.zeros(kernel_of.rows, 1) for v in basis)
    independent = not basis or reduce_rows(fractions_of(sp.Matrix.hstack(*basis)))[1] == len(basis)
    return [Check("A v = 0 (A^t v = 0 for the left null space) for every basis vector (exact)",
                  killed),
            Check("the basis has n - rank independent vectors (Fraction elimination)",
                  independent and len(basis) == kernel_of.cols - rank, f"rank {rank}")]


def _verify_space(matrix: sp.MatrixBase, basis: list[sp.MatrixBase], rank: int) -> list[Check]:
    """A basis of the span of ``matrix``'s columns: rank-many independent vectors that, with
    every column beside them, still have rank ``rank`` (Fraction elimination)."""
    if not basis:
        return [Check("an empty basis for a zero matrix", rank == 0)]
    stacked = fractions_of(sp.Matrix.hstack(*basis))
    together = fractions_of(sp.Matrix.hstack(*basis, matrix))
    return [Check("rank-many independent vectors (Fraction elimination)",
                  len(basis) == rank == reduce_rows(stacked)[1], f"rank {rank}"),
            Check("every column lies in their span (the rank does not grow)",
                  reduce_rows(together)[1] == rank)]


def _verify_characteristic(matrix: sp.MatrixBase, answer: sp.Expr) -> list[Check]:
    """Cayley-Hamilton: p(A) = 0, evaluated by Horner's rule in Fractions; degree n, leading
    coefficient (-1)^n, and the x^(n-1) coefficient (-1)^(n-1) times the trace."""
    n = matrix.rows
    coefficients = [Fraction(str(c)) for c in sp.Poly(answer, X).all_coeffs()]
    a = fractions_of(matrix)
    value = [[Fraction(0)] * n for _ in range(n)]
    for c in coefficients:  # value = value * A + c I
        value = [[sum((value[i][k] * a[k][j] for k in range(n)), Fraction(0)) + (c if i == j else 0)
                  for j in range(n)] for i in range(n)]
    trace = sum(a[i][i] for i in range(n))
    return [Check("p(A) is the zero matrix (Cayley-Hamilton, Fraction Horner)",
                  all(v == 0 for row in value for v in row)),
            Check("degree n, leading coefficient (-1)^n, next (-1)^(n-1) trace(A)",
                  len(coefficients) == n + 1 and coefficients[0] == (-1) ** n
                  and coefficients[1] == (-1) ** (n - 1) * trace)]


def _multiplicities(matrix: sp.MatrixBase) -> list[tuple[sp.Expr, int, int]]:
    """Ranks in Fractions, not eigenvectors: (v, geometric, algebraic multiplicity) for each
    root v of the Berkowitz characteristic polynomial, in increasing order: n - rank(A - vI)
    and n - rank((A - vI)^n)."""
    n, lam = matrix.rows, sp.Symbol("lambda")
    polynomial = (matrix - lam * sp.eye(n)).det(method="berkowitz")
    found = []
    for value in sorted(sp.roots(sp.Poly(polynomial, lam))):
        shifted = matrix - value * sp.eye(n)
        found.append((value, n - reduce_rows(fractions_of(shifted))[1],
                      n - reduce_rows(fractions_of(shifted ** n))[1]))
    return found


def _verify_diagonal(matrix: sp.MatrixBase, answer: sp.Basic) -> list[Check]:
    """Diagonalizable exactly when every eigenvalue's geometric multiplicity is its algebraic
    one (:func:`_multiplicities`); the diagonal then holds each eigenvalue that often."""
    found = _multiplicities(matrix)
    full = all(geometric == algebraic for _, geometric, algebraic in found)
    rational = sum(algebraic for *_, algebraic in found) == matrix.rows
    if answer == sp.EmptySet:
        return [Check("not diagonalizable: an eigenvalue with fewer eigenvectors than its "
                      "multiplicity (Fraction ranks)", rational and not full, f"{found}")]
    expected = [value for value, _, algebraic in found for _ in range(algebraic)]
    return [Check("the diagonal holds each eigenvalue as often as n - rank(A - vI), which is its "
                  "multiplicity n - rank((A - vI)^n) (Fraction ranks)",
                  rational and full and isinstance(answer, sp.MatrixBase) and answer.is_diagonal()
                  and list(answer.diagonal()) == expected, f"{found}")]


def _verify_defects(matrix: sp.MatrixBase, answer: sp.Tuple) -> list[Check]:
    """Each eigenvalue's defect: its algebraic minus its geometric multiplicity
    (:func:`_multiplicities`); the defective ones, with their defects, are the answer."""
    found = _multiplicities(matrix)
    expected = [(value, algebraic - geometric) for value, geometric, algebraic in found
                if algebraic > geometric]
    algebraic = sum(count for *_, count in found)
    listed = [(pair[0], pair[1]) for pair in answer] if isinstance(answer, sp.Tuple) else None
    return [Check("defect = n - rank((A - vI)^n) - (n - rank(A - vI)) for each root v of the "
                  "Berkowitz characteristic polynomial, Fraction elimination", listed == expected,
                  f"{expected}"),
            Check("the algebraic multiplicities sum to n (every eigenvalue rational)",
                  algebraic == matrix.rows, f"{algebraic}")]


def exact_rank(columns: sp.MatrixBase) -> int:
    """The rank by Fraction elimination when every entry is rational, else by SymPy's
    elimination with each pivot candidate simplified (a complex eigenvalue's entries)."""
    if all(v.is_Rational for v in columns):
        return reduce_rows(fractions_of(columns))[1]
    return columns.rank(iszerofunc=lambda v: sp.simplify(sp.expand(v)) == 0)


def _verify_eigenspaces(matrix: sp.MatrixBase, params: dict[str, Any], answer: sp.Tuple
                        ) -> list[Check]:
    """Not SymPy's eigenvects: every basis vector is nonzero and A v = lambda v exactly; each
    basis is independent and as large as the nullity of A - lambda I (a separate elimination);
    the eigenvalues are the roots of the Berkowitz characteristic polynomial (every one when no
    eigenvalue is given), and a claimed algebraic multiplicity is the root's multiplicity."""
    n, lam = matrix.rows, sp.Symbol("lambda")
    polynomial = sp.Poly((matrix - lam * sp.eye(n)).det(method="berkowitz"), lam)
    roots = sp.roots(polynomial)
    eigen, sized, counted = True, True, True
    for pair in answer:
        value, basis = pair[0], list(pair[1])
        shifted = matrix - value * sp.eye(n)
        eigen = eigen and bool(basis) and all(
            any(sp.expand(x) != 0 for x in v)
            and all(sp.simplify(sp.expand(x)) == 0 for x in matrix * v - value * v) for v in basis)
        sized = sized and bool(basis) and exact_rank(sp.Matrix.hstack(*basis)) == len(basis) == \
            n - exact_rank(shifted)
        multiplicity = next((k for root, k in roots.items() if sp.simplify(root - value) == 0), 0)
        counted = counted and multiplicity > 0 and (len(pair) == 2 or (
            pair[2] == multiplicity and pair[3] == len(basis)))
    if params.get("eigenvalue") is None:  # every eigenvalue, each once
        counted = counted and sum(roots.values()) == n and len(answer) == len(roots)
    return [Check("A v = lambda v exactly, v != 0, for every basis vector", eigen),
            Check("each basis is independent, with as many vectors as the nullity of "
                  "A - lambda I (n - rank, a separate elimination)", sized),
            Check("the eigenvalues are the roots of the Berkowitz characteristic polynomial, "
                  "each listed once (with its multiplicity as a root, when asked)", counted,
                  sp.sstr(roots))]


@family("linear_algebra.matrix_operation", verify=_verify_matrix, pose=_pose_matrix)
def matrix_operation(rng: random.Random, difficulty: int) -> Problem:
    """Nonsingular or not, determinant, inverse, rank, RREF, eigenvalues, null/left null/column/
    row space, transpose or characteristic polynomial of a small integer matrix."""
    op = rng.choice(sorted(OPERATIONS))
    n = 2 + (difficulty >= 3)
    while True:
        rows = [[str(rng.randint(-5, 5)) for _ in range(n)] for _ in range(n)]
        if op != "inverse" or sp.Matrix(rows).det() != 0:
            break
    if op in ("null_space", "left_null_space", "rank"):  # a dependent last row: rank < n,
        # a null space (and a left null space) to find
        rows[-1] = [str(int(a) + int(b)) for a, b in zip(rows[0], rows[-2], strict=True)]
    if op in ("eigenvalues", "eigenspaces", *RATIONAL_EIGENVALUES):  # triangular: eigenvalues stay rational
        rows = [[v if j >= i else "0" for j, v in enumerate(row)] for i, row in enumerate(rows)]
    if op == "defect":  # a repeated eigenvalue with one eigenvector: defective
        rows[1][1], rows[0][1] = rows[0][0], str(rng.choice([-2, -1, 1, 2]))
    return _pose_matrix({"op": op, "matrix": rows, "template": rng.randrange(WORDINGS)})
