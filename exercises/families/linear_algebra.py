"""Linear-algebra families: matrix arithmetic, determinant, inverse, rank, null space,
eigenvalues and eigenvectors, and linear systems.

Matrices are built backwards so that answers stay small integers or simple fractions:
an invertible matrix is a product of integer row operations (determinant +-1, integer
inverse), a matrix with given eigenvalues is P D P^-1 with such a P. Verifiers work with
Python ``Fraction`` lists and from-scratch formulas (cofactor expansion, Gaussian
elimination, Freivalds' random-vector test), never with the SymPy routine that made the
answer.
"""

from __future__ import annotations

import random
from fractions import Fraction

import sympy as sp

from exercises.families._sympy_kit import check, nonzero, program, statement
from exercises.family import Check, Problem, family

Rows = list[list[int]]
FRows = list[list[Fraction]]


# --- from-scratch arithmetic for the verifiers -----------------------------------------


def _rows(matrix: sp.MatrixBase) -> FRows:
    """A SymPy matrix as a list of rows of Fractions (raises if an entry is not rational)."""
    return [[Fraction(int(e.p), int(e.q)) for e in matrix.row(i)] for i in range(matrix.rows)]


def _mul(a: FRows | Rows, b: FRows | Rows) -> FRows:
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Fraction(0))
             for j in range(len(b[0]))] for i in range(len(a))]


def _cofactor_det(a: FRows | Rows) -> Fraction:
    """Determinant by Laplace expansion along the first row (fine up to 5x5)."""
    if len(a) == 1:
        return Fraction(a[0][0])
    return sum((((-1) ** j) * a[0][j] * _cofactor_det([row[:j] + row[j + 1:] for row in a[1:]])
                for j in range(len(a)) if a[0][j]), Fraction(0))


def _rank(a: FRows | Rows) -> int:
    """Rank by Gaussian elimination over the rationals."""
    rows = [[Fraction(e) for e in row] for row in a]
    rank, cols = 0, len(rows[0]) if rows else 0
    for c in range(cols):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][c]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][c]:
                factor = rows[r][c] / rows[rank][c]
                rows[r] = [x - factor * y for x, y in zip(rows[r], rows[rank])]
        rank += 1
    return rank


def _as_ints(matrix: sp.MatrixBase) -> Rows:
    """An integer matrix as plain nested lists (JSON-serialisable, readable in programs)."""
    return [[int(e) for e in row] for row in matrix.tolist()]


def _matrix_params(**matrices: sp.MatrixBase) -> dict[str, Rows]:
    return {name: _as_ints(m) for name, m in matrices.items()}


# --- random matrices -------------------------------------------------------------------


def _random_matrix(rng: random.Random, rows: int, cols: int, bound: int) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix(rows, cols, lambda i, j: rng.randint(-bound, bound))


def _unimodular(rng: random.Random, n: int, moves: int) -> sp.Matrix:
    """An integer matrix of determinant +-1 (so its inverse is an integer matrix)."""
    m = sp.eye(n)
    for _ in range(moves):
        i, j = rng.sample(range(n), 2)
        m = m.elementary_row_op("n->n+km", row=i, k=nonzero(rng, 2), row2=j)
    if rng.random() < 0.5:
        i, j = rng.sample(range(n), 2)
        m = m.elementary_row_op("n<->m", row1=i, row2=j)
    return m


def _size(difficulty: int) -> int:
    return 2 if difficulty <= 2 else 3 if difficulty <= 4 else 4


def _mtext(matrix: sp.MatrixBase) -> str:
    """Plain text for a matrix: its rows as nested lists."""
    return str(matrix.tolist())


def _named(name: str, matrix: sp.MatrixBase) -> tuple[str, str]:
    return f"{name} = {_mtext(matrix)}", f"${name} = {sp.latex(matrix)}$"


def _matrix_problem(
    text: str, latex: str, answer: sp.Basic, steps: list[str], code: str, params: dict
) -> Problem:
    answer_text = _mtext(answer) if isinstance(answer, sp.MatrixBase) else None
    return Problem(text, latex, answer, steps, code, params, answer_text=answer_text)


# --- families --------------------------------------------------------------------------


def _combination_text(s: int, t: int) -> str:
    """'sA + tB' as one writes it: '-A + 3B', 'A - B', '2A - 5B'."""
    first = {1: "A", -1: "-A"}.get(s, f"{s}A")
    second = "B" if abs(t) == 1 else f"{abs(t)}B"
    return f"{first} {'+' if t > 0 else '-'} {second}"


def _verify_combination(problem: Problem) -> list[Check]:
    """Recompute every entry of aA + bB with integer arithmetic."""
    p = problem.params
    a, b, s, t = p["A"], p["B"], p["a"], p["b"]
    want = [[s * x + t * y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]
    got = problem.answer.tolist()
    return [check("entry-by-entry integer recomputation", got == want, f"expected {want}")]


@family("linear_algebra.matrix_add", verify=_verify_combination)
def matrix_add(rng: random.Random, difficulty: int) -> Problem:
    """A linear combination aA + bB of two matrices (plain sums at difficulty 1)."""
    rows, cols = rng.randint(2, 1 + _size(difficulty)), rng.randint(2, 1 + _size(difficulty))
    bound = 3 + 2 * difficulty
    A, B = _random_matrix(rng, rows, cols, bound), _random_matrix(rng, rows, cols, bound)
    s, t = (1, rng.choice([1, -1])) if difficulty == 1 else (nonzero(rng, 4), nonzero(rng, 4))
    answer = s * A + t * B
    expr = _combination_text(s, t)
    text, latex = statement(
        rng, ["Let {A} and {B}. Compute {e}.", "Given {A} and {B}, find {e}.",
              "With {A} and {B}, what is {e}?"],
        A=_named("A", A), B=_named("B", B), e=(expr, f"${expr}$"),
    )
    steps = [
        f"Scale each matrix: ${s} A = {sp.latex(s * A)}$ and ${t} B = {sp.latex(t * B)}$.",
        f"Add entry by entry: ${expr} = {sp.latex(answer)}$.",
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            A, B = Matrix({A}), Matrix({B})
            return {s} * A + {t} * B
        """,
        A=_as_ints(A), B=_as_ints(B), s=s, t=t,
    )
    params = {**_matrix_params(A=A, B=B), "a": s, "b": t}
    return _matrix_problem(text, latex, answer, steps, code, params)


def _verify_product(problem: Problem) -> list[Check]:
    """Freivalds' test: (AB)v must equal A(Bv) for several fixed vectors v."""
    a, b = problem.params["A"], problem.params["B"]
    got = _rows(problem.answer)
    if problem.params.get("transpose"):
        got = [list(col) for col in zip(*got)]  # undo the transpose, compare with AB
    n = len(b[0])
    ok = len(got) == len(a) and len(got[0]) == n
    for v in ([[1]] * n, [[k + 1] for k in range(n)], [[(-2) ** k] for k in range(n)]):
        ok = ok and _mul(got, v) == _mul(a, _mul(b, v))
    return [check("Freivalds test: (AB)v = A(Bv) for three vectors v", ok)]


@family("linear_algebra.matrix_multiply", verify=_verify_product)
def matrix_multiply(rng: random.Random, difficulty: int) -> Problem:
    """The product AB of two compatible integer matrices."""
    size = _size(difficulty)
    m, k, n = (rng.randint(2, size + 1) for _ in range(3))
    bound = 2 + difficulty
    A, B = _random_matrix(rng, m, k, bound), _random_matrix(rng, k, n, bound)
    answer = A * B
    text, latex = statement(
        rng, ["Let {A} and {B}. Compute {e}.", "Find the product {e} where {A} and {B}.",
              "Given {A} and {B}, what is {e}?", "Multiply the matrices: {A}, {B}; find {e}."],
        A=_named("A", A), B=_named("B", B), e=("AB", "$AB$"),
    )
    first = " + ".join(f"({A[0, j]})({B[j, 0]})" for j in range(k))
    steps = [
        f"$A$ is ${m}\\times{k}$ and $B$ is ${k}\\times{n}$, so $AB$ is ${m}\\times{n}$.",
        (f"Entry $(i, j)$ is row $i$ of $A$ dotted with column $j$ of $B$; e.g. "
        f"$(AB)_{{11}} = {first} = {answer[0, 0]}$."),
        f"All entries: $AB = {sp.latex(answer)}$.",
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix({A}) * Matrix({B})
        """,
        A=_as_ints(A), B=_as_ints(B),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A, B=B))


@family("linear_algebra.transpose_product", verify=_verify_product)
def transpose_product(rng: random.Random, difficulty: int) -> Problem:
    """The transpose of a product, (AB)^T, which equals B^T A^T."""
    size = _size(difficulty)
    m, k, n = (rng.randint(2, size + 1) for _ in range(3))
    A, B = _random_matrix(rng, m, k, 2 + difficulty), _random_matrix(rng, k, n, 2 + difficulty)
    answer = (A * B).T
    text, latex = statement(
        rng, ["Let {A} and {B}. Compute {e}.", "Given {A} and {B}, find the transpose of AB.",
              "With {A} and {B}, what is {e}?"],
        A=_named("A", A), B=_named("B", B), e=("(AB)^T", "$(AB)^{T}$"),
    )
    steps = [
        "Use $(AB)^T = B^T A^T$.",
        f"$B^T = {sp.latex(B.T)}$, $A^T = {sp.latex(A.T)}$.",
        f"$B^T A^T = {sp.latex(answer)}$.",
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return (Matrix({A}) * Matrix({B})).T
        """,
        A=_as_ints(A), B=_as_ints(B),
    )
    params = {**_matrix_params(A=A, B=B), "transpose": True}
    return _matrix_problem(text, latex, answer, steps, code, params)


def _verify_det(problem: Problem) -> list[Check]:
    value = _cofactor_det(problem.params["A"])
    return [check("cofactor (Laplace) expansion", value == problem.answer, f"cofactor: {value}")]


@family("linear_algebra.determinant", verify=_verify_det)
def determinant(rng: random.Random, difficulty: int) -> Problem:
    """The determinant of a square integer matrix (2x2 up to 5x5)."""
    n = min(5, 1 + (difficulty + 1) // 2 + (difficulty >= 4))
    A = _random_matrix(rng, n, n, 2 + difficulty)
    answer = A.det(method="bareiss")
    text, latex = statement(
        rng, ["Compute the determinant of {A}.", "Find det(A) for {A}.",
              "What is the determinant of the matrix {A}?", "Evaluate {d}, where {A}."],
        A=_named("A", A), d=("det(A)", r"$\det A$"),
    )
    if n == 2:
        steps = [(f"For a $2\\times2$ matrix, $\\det A = ad - bc = ({A[0, 0]})({A[1, 1]}) - "
                 f"({A[0, 1]})({A[1, 0]}) = {answer}$.")]
    else:
        minors = [A.minor_submatrix(0, j).det() for j in range(n)]
        terms = " + ".join(f"({(-1) ** j * A[0, j]})({minors[j]})" for j in range(n))
        steps = [
            "Expand along the first row: $\\det A = \\sum_j (-1)^{1+j} a_{1j} M_{1j}$.",
            f"Minors $M_{{1j}}$: {', '.join(f'${m}$' for m in minors)}.",
            f"$\\det A = {terms} = {answer}$.",
        ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix({A}).det()
        """,
        A=_as_ints(A),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A))


def _verify_inverse(problem: Problem) -> list[Check]:
    a, inv = problem.params["A"], _rows(problem.answer)
    n = len(a)
    identity = [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]
    ok = len(inv) == n and _mul(a, inv) == identity and _mul(inv, a) == identity
    return [check("multiply A by the inverse on both sides and compare with I", ok)]


@family("linear_algebra.inverse", verify=_verify_inverse)
def inverse(rng: random.Random, difficulty: int) -> Problem:
    """The inverse of an invertible matrix (integer inverse when easy, fractions when harder)."""
    n = _size(difficulty)
    A = _unimodular(rng, n, 2 + difficulty)
    if difficulty >= 3 and rng.random() < 0.5:
        A = A.elementary_row_op("n->kn", row=rng.randrange(n), k=rng.choice([2, 3]))
    A = sp.ImmutableMatrix(A)
    answer = A.inv()
    det = A.det()
    text, latex = statement(
        rng, ["Find the inverse of {A}.", "Compute {inv} for {A}.",
              "What is the inverse of the matrix {A}?", "Given {A}, find {inv}."],
        A=_named("A", A), inv=("A^-1", "$A^{-1}$"),
    )
    steps = [f"$\\det A = {det} \\ne 0$, so $A$ is invertible."]
    if n == 2:
        steps.append("For $2\\times2$: $A^{-1} = \\frac{1}{ad - bc}"
                     "\\begin{pmatrix}d & -b\\\\ -c & a"
                     "\\end{pmatrix}$.")
    else:
        steps.append("Row-reduce $[A \\mid I]$ to $[I \\mid A^{-1}]$ (Gauss-Jordan).")
    steps.append(f"$A^{{-1}} = {sp.latex(answer)}$.")
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix({A}).inv()
        """,
        A=_as_ints(A),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A))


def _low_rank(rng: random.Random, difficulty: int) -> tuple[sp.ImmutableMatrix, int]:
    """An m x n integer matrix built as a product through rank r (so rank <= r)."""
    m, n = rng.randint(2, 1 + _size(difficulty)), rng.randint(3, 2 + _size(difficulty))
    r = rng.randint(1, min(m, n) - (difficulty <= 2))
    left, right = _random_matrix(rng, m, r, 2), _random_matrix(rng, r, n, 2)
    return sp.ImmutableMatrix(left * right), r


def _verify_rank(problem: Problem) -> list[Check]:
    value = _rank(problem.params["A"])
    return [check("Gaussian elimination over the rationals", value == problem.answer,
                  f"elimination: {value}")]


@family("linear_algebra.rank", verify=_verify_rank)
def rank(rng: random.Random, difficulty: int) -> Problem:
    """The rank of an integer matrix with dependent rows."""
    A, _ = _low_rank(rng, difficulty)
    rref, pivots = A.rref()
    answer = sp.Integer(len(pivots))
    text, latex = statement(
        rng, ["Find the rank of {A}.", "What is the rank of the matrix {A}?",
              "Determine rank(A) for {A}.", "How many linearly independent rows does {A} have?"],
        A=_named("A", A),
    )
    steps = [
        f"Row-reduce: the reduced row echelon form is ${sp.latex(rref)}$.",
        (f"It has {len(pivots)} pivot(s) (columns {', '.join(str(c + 1) for c in pivots)}), "
        f"so the rank is ${answer}$."),
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix({A}).rank()
        """,
        A=_as_ints(A),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A))


def _verify_null_space(problem: Problem) -> list[Check]:
    """Each basis vector solves Ax = 0; they are independent; there are n - rank(A) of them."""
    a, basis = problem.params["A"], _rows(problem.answer)
    n, k = len(a[0]), problem.answer.cols
    zero = all(v == 0 for row in _mul(a, basis) for v in row) if k else True
    ok = zero and k == n - _rank(a) and (k == 0 or _rank(basis) == k)
    return [check("A v = 0 for each vector, independence and count n - rank(A) by elimination",
                  ok, f"{k} vectors, n = {n}")]


@family("linear_algebra.null_space", verify=_verify_null_space)
def null_space(rng: random.Random, difficulty: int) -> Problem:
    """A basis of the null space of a matrix (as the columns of the answer)."""
    A, _ = _low_rank(rng, difficulty)
    while A.rank() == A.cols:
        A, _ = _low_rank(rng, difficulty)
    rref, pivots = A.rref()
    basis = A.nullspace()
    answer = sp.ImmutableMatrix.hstack(*basis)
    free = [c + 1 for c in range(A.cols) if c not in pivots]
    text, latex = statement(
        rng, ["Find a basis for the null space of {A}.",
              "Give a basis of the kernel of {A} (basis vectors as columns).",
              "Solve Ax = 0 for {A}; write the solutions as the span of basis vectors."],
        A=_named("A", A),
    )
    steps = [
        f"Row-reduce: $\\operatorname{{rref}}(A) = {sp.latex(rref)}$.",
        (f"Free variables: $x_{{{'}, x_{'.join(map(str, free))}}}$; set each to $1$ in turn "
        "(the others $0$) and solve for the pivot variables."),
        "Basis: " + ", ".join(f"${sp.latex(v)}$" for v in basis) + ".",
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix.hstack(*Matrix({A}).nullspace())  # basis vectors as columns
        """,
        A=_as_ints(A),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A))


def _similar_to_diagonal(
    rng: random.Random, difficulty: int
) -> tuple[sp.ImmutableMatrix, list[int], sp.Matrix]:
    """P D P^-1 with distinct integer eigenvalues and a unimodular P."""
    n = 2 if difficulty <= 3 else 3
    values = rng.sample(range(-3 - difficulty, 4 + difficulty), n)
    P = _unimodular(rng, n, 1 + difficulty // 2)
    A = sp.ImmutableMatrix(P * sp.diag(*values) * P.inv())
    return A, values, P


def _verify_eigenvalues(problem: Problem) -> list[Check]:
    """det(A - lambda I) = 0 at each value (cofactors); distinct values summing to the trace."""
    a = problem.params["A"]
    n = len(a)
    values = list(problem.answer)
    singular = all(
        _cofactor_det([[a[i][j] - (v if i == j else 0) for j in range(n)] for i in range(n)]) == 0
        for v in values)
    trace = sum(a[i][i] for i in range(n))
    ok = singular and len(values) == n and sum(values) == trace
    return [check("det(A - lambda I) = 0 by cofactors for each value; n values; sum = trace",
                  ok, f"values {values}")]


@family("linear_algebra.eigenvalues", verify=_verify_eigenvalues)
def eigenvalues(rng: random.Random, difficulty: int) -> Problem:
    """The eigenvalues of a matrix with distinct integer eigenvalues."""
    A, values, _ = _similar_to_diagonal(rng, difficulty)
    lam = sp.Symbol("lambda")
    charpoly = (A - lam * sp.eye(A.rows)).det(method="berkowitz").expand()
    answer = sp.FiniteSet(*values)
    text, latex = statement(
        rng, ["Find the eigenvalues of {A}.", "What are the eigenvalues of {A}?",
              "Compute all eigenvalues of the matrix {A}.",
              "Determine the values of lambda for which A - lambda I is singular, where {A}."],
        A=_named("A", A),
    )
    steps = [
        f"Characteristic polynomial: $\\det(A - \\lambda I) = {sp.latex(charpoly)}$.",
        f"Factor: ${sp.latex(sp.factor(charpoly))} = 0$.",
        f"Eigenvalues: ${', '.join(map(str, sorted(values)))}$.",
    ]
    code = program(
        """
        from sympy import FiniteSet, Matrix


        def solve():
            return FiniteSet(*Matrix({A}).eigenvals())
        """,
        A=_as_ints(A),
    )
    return _matrix_problem(text, latex, answer, steps, code, _matrix_params(A=A))


def _primitive(vector: sp.Matrix) -> sp.ImmutableMatrix:
    """Scale a rational vector to coprime integers with a positive first nonzero entry."""
    denominators = sp.ilcm(*[sp.fraction(e)[1] for e in vector])
    v = vector * denominators
    g = sp.igcd(*[int(e) for e in v])
    v = v / g
    if next(e for e in v if e != 0) < 0:
        v = -v
    return sp.ImmutableMatrix(v)


def _verify_eigenvectors(problem: Problem) -> list[Check]:
    a = problem.params["A"]
    ok = len(problem.answer) == len(a)
    for pair in problem.answer:
        value, vector = pair
        v = _rows(vector)
        lam = Fraction(int(value))
        ok = ok and any(x[0] for x in v) and _mul(a, v) == [[lam * x[0]] for x in v]
    return [check("A v = lambda v and v != 0 for each pair", ok)]


@family("linear_algebra.eigenvectors", verify=_verify_eigenvectors)
def eigenvectors(rng: random.Random, difficulty: int) -> Problem:
    """Eigenvalues with an eigenvector each (scaled to coprime integers, first entry > 0)."""
    A, values, P = _similar_to_diagonal(rng, difficulty)
    pairs = sorted((v, _primitive(P.col(i))) for i, v in enumerate(values))
    answer = sp.Tuple(*(sp.Tuple(v, vec) for v, vec in pairs))
    text, latex = statement(
        rng, ["Find the eigenvalues of {A} and an eigenvector for each.",
              ("For {A}, find each eigenvalue and a corresponding eigenvector "
              "(scaled to coprime integers with first nonzero entry positive)."),
              "Diagonalise {A}: give the eigenvalue-eigenvector pairs."],
        A=_named("A", A),
    )
    steps = [(f"The eigenvalues (roots of $\\det(A - \\lambda I)$) are "
             f"${', '.join(str(v) for v, _ in pairs)}$.")]
    steps += [f"For $\\lambda = {v}$: solve $(A - {v}I)v = 0$, giving $v = {sp.latex(vec)}$."
              for v, vec in pairs]
    code = program(
        """
        from sympy import Matrix, Tuple, fraction, igcd, ilcm


        def primitive(v):
            v = v * ilcm(*[fraction(e)[1] for e in v])
            v = v / igcd(*[int(e) for e in v])
            return -v if next(e for e in v if e != 0) < 0 else v


        def solve():
            A = Matrix({A})
            pairs = sorted((value, primitive(vectors[0]))
                           for value, _, vectors in A.eigenvects())
            return Tuple(*(Tuple(value, vector) for value, vector in pairs))
        """,
        A=_as_ints(A),
    )
    answer_text = ", ".join(f"{v}: {_mtext(vec)}" for v, vec in pairs)
    return Problem(text, latex, answer, steps, code, _matrix_params(A=A), answer_text=answer_text)


def _verify_system(problem: Problem) -> list[Check]:
    a, b = problem.params["A"], problem.params["b"]
    x = _rows(problem.answer)
    ok = len(x) == len(a[0]) and _mul(a, x) == [[Fraction(v)] for v in b]
    return [check("substitute x back: A x = b", ok)]


@family("linear_algebra.solve_system", verify=_verify_system)
def solve_system(rng: random.Random, difficulty: int) -> Problem:
    """Solve a square linear system Ax = b with a unique (integer or rational) solution."""
    n = _size(difficulty)
    A = _unimodular(rng, n, 1 + difficulty)
    if difficulty >= 4:
        A = A.elementary_row_op("n->kn", row=0, k=2)
    A = sp.ImmutableMatrix(A)
    x = sp.ImmutableMatrix([rng.randint(-5, 5) for _ in range(n)])
    b = A * x
    if difficulty >= 4:
        b = b + sp.ImmutableMatrix([1] + [0] * (n - 1))  # a fractional solution
    answer = sp.ImmutableMatrix(A.LUsolve(b))
    names = sp.symbols(f"x1:{n + 1}")
    equations = [sp.Eq(sum(A[i, j] * names[j] for j in range(n)), b[i]) for i in range(n)]
    system = ("; ".join(f"{e.lhs} = {e.rhs}" for e in equations),
              "$" + r",\quad ".join(sp.latex(e) for e in equations) + "$")
    text, latex = statement(
        rng, ["Solve the system {s}.", "Find {v} satisfying {s}.",
              "Solve Ax = b for {A} and {b}.", "What is the solution of the linear system {s}?"],
        s=system, v=(", ".join(map(str, names)), "$" + ", ".join(map(sp.latex, names)) + "$"),
        A=_named("A", A), b=_named("b", b),
    )
    steps = [
        f"Write the augmented matrix $[A \\mid b] = {sp.latex(A.row_join(b))}$.",
        f"Row-reduce to $[I \\mid x]$: ${sp.latex(A.row_join(b).rref()[0])}$.",
        f"So $x = {sp.latex(answer)}$ (read off the last column).",
    ]
    code = program(
        """
        from sympy import Matrix


        def solve():
            return Matrix({A}).LUsolve(Matrix({b}))
        """,
        A=_as_ints(A), b=_as_ints(b),
    )
    params = {"A": _as_ints(A), "b": [int(v) for v in b]}
    return _matrix_problem(text, latex, answer, steps, code, params)

