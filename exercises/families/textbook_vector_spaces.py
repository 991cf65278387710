"""Posed family for linear maps between the vector spaces a linear algebra book works in.

A book defines ``T: M_22 -> P_2`` by a formula (``T([a b; c d]) = (a + b) + (a + c)x``)
and asks for its kernel, its range, whether it is injective, surjective or
invertible, its matrix, or the preimage of an element. The formalize stage reads the
definition into ``inputs`` (the domain's coordinate names, standard basis order) and
``outputs`` (one linear form per coordinate of the codomain); a space is named
``C3`` (column vectors), ``P2`` (polynomials of degree at most 2, coefficients of
1, x, x^2) or ``M2x2`` (matrices, entries row by row).

SymPy's ``linear_eq_to_matrix`` turns the forms into the matrix and its null space,
column space, rank and ``linsolve`` answer; the answer speaks in the spaces' own
elements (polynomials, matrices). The verification evaluates the forms at the
domain's standard basis in Python Fractions, row-reduces by hand
(:func:`reduce_rows`) and checks each answer against that: kernel elements map to
zero, range elements lie in the column space, counts are rank and nullity.
"""

from __future__ import annotations

import random
import re
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_matrices import fractions_of, reduce_rows, unimodular
from exercises.family import Check, Problem, family

X = sp.Symbol("x")
_SPACE = re.compile(r"^(C|P|M)(\d+)(?:x(\d+))?$")
OPERATIONS = {
    "kernel": "a basis of the kernel of {name}",
    "range": "a basis of the range of {name}",
    "injective": "whether {name} is injective",
    "surjective": "whether {name} is surjective",
    "invertible": "whether {name} is invertible",
    "matrix": "the matrix of {name} relative to the standard bases",
    "preimage": "the preimage under {name} of {target}",
    "rank": "the rank of {name}",
    "nullity": "the nullity of {name}",
    "inverse": "a formula for the inverse of {name}, at {image} (coordinates y_1, y_2, ...)",
}
MAP_WORDINGS = [
    ("Let {name}: {dom} -> {cod} be given by {name}({inp}) = {out}. Find {what}.",
     "Let ${name}\\colon {domt} \\to {codt}$ be given by ${name}({inpt}) = {outt}$. Find {what}."),
    ("For the linear map {name}({inp}) = {out} from {dom} to {cod}, find {what}.",
     "For the linear map ${name}({inpt}) = {outt}$ from ${domt}$ to ${codt}$, find {what}."),
    ("{name}: {dom} -> {cod}, {name}({inp}) = {out}. Determine {what}.",
     "${name}\\colon {domt} \\to {codt}$, ${name}({inpt}) = {outt}$. Determine {what}."),
]


# ---------------------------------------------------------------- spaces and their elements


def shape(space: str) -> tuple[str, int, int]:
    """``("C", n, 1)``, ``("P", degree, 1)`` or ``("M", m, n)`` for a space's name."""
    match = _SPACE.match(space)
    if not match:
        raise ValueError(f"unknown space {space!r}")
    kind, first, second = match.group(1), int(match.group(2)), match.group(3)
    if (kind == "M") != (second is not None):
        raise ValueError(f"unknown space {space!r}")
    return kind, first, int(second or 1)


def dimension(space: str) -> int:
    kind, first, second = shape(space)
    return first + 1 if kind == "P" else first * second


def element(space: str, coordinates: list[sp.Expr]) -> sp.Basic:
    """The element with these coordinates in the standard basis: a column, a polynomial in x
    or a matrix."""
    kind, first, second = shape(space)
    if kind == "P":
        return sp.expand(sum(c * X**k for k, c in enumerate(coordinates)))
    return sp.ImmutableMatrix(first, second, list(coordinates))


def coordinates(space: str, value: sp.Basic) -> list[sp.Expr]:
    """The inverse of :func:`element` (for the checks): coefficients, or entries row by row."""
    kind, first, _ = shape(space)
    if kind == "P":
        coefficients = sp.Poly(value, X).all_coeffs()[::-1] if value != 0 else []
        return [*coefficients, *[sp.Integer(0)] * (first + 1 - len(coefficients))]
    return list(value)


def space_latex(space: str) -> str:
    kind, first, second = shape(space)
    return {"C": f"\\mathbb{{C}}^{{{first}}}", "P": f"P_{{{first}}}",
            "M": f"M_{{{first}{second}}}"}[kind]


def _plain(value: sp.Basic) -> str:
    """One line: a matrix as its rows, a polynomial collected by powers of x."""
    if isinstance(value, sp.MatrixBase):
        return sp.sstr(value.tolist())
    if isinstance(value, sp.Tuple):
        return "(" + ", ".join(_plain(v) for v in value) + ")"
    return sp.sstr(sp.collect(value, X)) if isinstance(value, sp.Expr) else sp.sstr(value)


def _latex(value: sp.Basic) -> str:
    if isinstance(value, sp.Tuple):
        return "\\left(" + ", ".join(_latex(v) for v in value) + "\\right)"
    if isinstance(value, sp.Expr) and not isinstance(value, sp.MatrixBase):
        value = sp.collect(value, X)
    return latex(value)


# ---------------------------------------------------------------- linear maps


def _images(params: dict[str, Any]) -> list[sp.Symbol]:
    """Names for the coordinates of a generic element of the codomain (for an inverse)."""
    return list(sp.symbols(f"y_1:{len(params['outputs']) + 1}"))


def _symbols(params: dict[str, Any]) -> list[sp.Symbol]:
    return [sp.Symbol(name) for name in params["inputs"]]


def _forms(params: dict[str, Any]) -> list[sp.Expr]:
    names = {name: sp.Symbol(name) for name in params["inputs"]}
    return [sp.sympify(form, locals=names) for form in params["outputs"]]


def map_matrix(params: dict[str, Any]) -> sp.ImmutableMatrix:
    """The matrix of the map in the standard bases (SymPy's ``linear_eq_to_matrix``)."""
    matrix, constant = sp.linear_eq_to_matrix(_forms(params), _symbols(params))
    if any(constant):
        raise ValueError("the outputs are not linear forms in the inputs")
    return sp.ImmutableMatrix(matrix)


def _answers(params: dict[str, Any], matrix: sp.ImmutableMatrix) -> list[sp.Basic]:
    domain, codomain = params["domain"], params["codomain"]
    rank = matrix.rank()
    found: list[sp.Basic] = []
    for op in params["ops"]:
        if op == "kernel":
            found.append(sp.Tuple(*[element(domain, list(v)) for v in matrix.nullspace()]))
        elif op == "range":
            found.append(sp.Tuple(*[element(codomain, list(v)) for v in matrix.columnspace()]))
        elif op in ("injective", "surjective", "invertible"):
            full = {"injective": rank == matrix.cols, "surjective": rank == matrix.rows}
            found.append(sp.true if full.get(op, rank == matrix.cols == matrix.rows) else sp.false)
        elif op == "matrix":
            found.append(matrix)
        elif op == "rank":
            found.append(sp.Integer(rank))
        elif op == "nullity":
            found.append(sp.Integer(matrix.cols - rank))
        elif op == "inverse":
            if not rank == matrix.rows == matrix.cols:
                raise ValueError("the map is not invertible")
            found.append(element(domain, list(matrix.inv() * sp.Matrix(_images(params)))))
        elif op == "preimage":
            target = sp.Matrix([sp.Rational(v) for v in params["target"]])
            free = sp.symbols(f"t_1:{matrix.cols + 1}")
            solved = sp.linsolve((matrix, target), *free)
            found.append(sp.EmptySet if solved == sp.EmptySet
                         else element(domain, list(solved.args[0])))
        else:
            raise ValueError(f"unknown operation {op!r}")
    return found


def _pose_map(params: dict[str, Any]) -> Problem:
    """``params``: ``domain``, ``codomain`` (space names), ``inputs`` (coordinate names),
    ``outputs`` (linear forms, one per codomain coordinate), ``ops`` (keys of OPERATIONS),
    optionally ``target`` (codomain coordinates, for a preimage) and ``name``."""
    domain, codomain = params["domain"], params["codomain"]
    if len(params["inputs"]) != dimension(domain) or len(params["outputs"]) != dimension(codomain):
        raise ValueError("inputs and outputs must match the spaces' dimensions")
    matrix = map_matrix(params)
    found = _answers(params, matrix)
    answer = found[0] if len(found) == 1 else sp.Tuple(*found)
    name = params.get("name", "T")
    generic = element(domain, _symbols(params))
    image = element(codomain, _forms(params))
    target = element(codomain, [sp.Rational(v) for v in params.get("target", [])]) \
        if "target" in params else None
    codomain_generic = element(codomain, _images(params))
    what = "; ".join(OPERATIONS[op].format(name=name, target=_plain(target),
                                           image=_plain(codomain_generic))
                     for op in params["ops"])
    plain, tex = worded(params, MAP_WORDINGS, name=name, dom=domain, cod=codomain,
                        domt=space_latex(domain), codt=space_latex(codomain),
                        inp=_plain(generic), out=_plain(image), inpt=_latex(generic),
                        outt=_latex(image), what=what)
    reduced, pivots = matrix.rref()
    steps = [(f"In the standard bases, ${name}$ is multiplication by ${latex(matrix)}$ "
             "(column $j$: the coordinates of the image of the $j$-th basis element)."),
             (f"It row-reduces to ${latex(reduced)}$: rank {len(pivots)}, nullity "
             f"{matrix.cols - len(pivots)}.")]
    for op, value in zip(params["ops"], found, strict=True):
        steps.append(OPERATIONS[op].format(name=f"${name}$", target=f"${_latex(target)}$",
                                           image=f"${_latex(codomain_generic)}$")
                     .capitalize() + f": ${_latex(value)}$.")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=_code(params), params=params,
        answer_text=_plain(answer),
    )


def _code(params: dict[str, Any]) -> str:
    """A self-contained ``solve()``: the same computation in plain SymPy."""
    kind, first, second = shape(params["domain"])
    target_kind, target_first, target_second = shape(params["codomain"])
    return (
        "import sympy\n\n\n"
        "def _element(kind, first, second, values):\n"
        "    if kind == 'P':\n"
        "        x = sympy.Symbol('x')\n"
        "        return sympy.expand(sum(c * x**k for k, c in enumerate(values)))\n"
        "    return sympy.ImmutableMatrix(first, second, list(values))\n\n\n"
        "def solve():\n"
        f"    names = {params['inputs']!r}\n"
        "    symbols = [sympy.Symbol(n) for n in names]\n"
        f"    forms = [sympy.sympify(f, locals=dict(zip(names, symbols))) for f in "
        f"{params['outputs']!r}]\n"
        "    a = sympy.ImmutableMatrix(sympy.linear_eq_to_matrix(forms, symbols)[0])\n"
        "    rank, out = a.rank(), []\n"
        f"    dom, cod = {(kind, first, second)!r}, {(target_kind, target_first, target_second)!r}\n"
        f"    for op in {params['ops']!r}:\n"
        "        if op == 'kernel':\n"
        "            out.append(sympy.Tuple(*[_element(*dom, v) for v in a.nullspace()]))\n"
        "        elif op == 'range':\n"
        "            out.append(sympy.Tuple(*[_element(*cod, v) for v in a.columnspace()]))\n"
        "        elif op == 'injective':\n"
        "            out.append(sympy.true if rank == a.cols else sympy.false)\n"
        "        elif op == 'surjective':\n"
        "            out.append(sympy.true if rank == a.rows else sympy.false)\n"
        "        elif op == 'invertible':\n"
        "            out.append(sympy.true if rank == a.rows == a.cols else sympy.false)\n"
        "        elif op == 'matrix':\n"
        "            out.append(a)\n"
        "        elif op == 'rank':\n"
        "            out.append(sympy.Integer(rank))\n"
        "        elif op == 'nullity':\n"
        "            out.append(sympy.Integer(a.cols - rank))\n"
        "        elif op == 'inverse':\n"
        "            y = sympy.symbols('y_1:%d' % (a.rows + 1))\n"
        "            out.append(_element(*dom, list(a.inv() * sympy.Matrix(y))))\n"
        "        else:\n"
        f"            b = sympy.Matrix([sympy.Rational(v) for v in {params.get('target')!r}])\n"
        "            t = sympy.symbols('t_1:%d' % (a.cols + 1))\n"
        "            s = sympy.linsolve((a, b), *t)\n"
        "            out.append(sympy.EmptySet if s == sympy.EmptySet "
        "else _element(*dom, list(s.args[0])))\n"
        "    return out[0] if len(out) == 1 else sympy.Tuple(*out)\n"
    )


def _fraction(value: sp.Expr) -> Fraction:
    rational = sp.Rational(value)
    return Fraction(int(rational.p), int(rational.q))


def _standard_images(params: dict[str, Any]) -> list[list[Fraction]]:
    """The matrix, column j the forms evaluated at the j-th standard basis vector (Fractions)."""
    symbols, forms = _symbols(params), _forms(params)
    columns = [[_fraction(f.subs({s: int(s == basis) for s in symbols})) for f in forms]
               for basis in symbols]
    return [list(row) for row in zip(*columns, strict=True)]


def _times(rows: list[list[Fraction]], vector: list[sp.Expr]) -> list[sp.Expr]:
    return [sp.expand(sum(sp.Rational(v.numerator, v.denominator) * c
                          for v, c in zip(row, vector, strict=True))) for row in rows]


def _verify_map(problem: Problem) -> list[Check]:
    params = problem.params
    rows = _standard_images(params)
    reduced, rank, _ = reduce_rows([list(r) for r in rows])
    pivots = [next(j for j, v in enumerate(row) if v) for row in reduced if any(row)]
    n, m = len(params["inputs"]), len(params["outputs"])
    found = [problem.answer] if len(params["ops"]) == 1 else list(problem.answer)
    checks = []
    for op, value in zip(params["ops"], found, strict=True):
        if op == "kernel":
            vectors = [coordinates(params["domain"], v) for v in value]
            killed = all(all(e == 0 for e in _times(rows, v)) for v in vectors)
            independent = not vectors or reduce_rows(
                [[_fraction(v[i]) for v in vectors] for i in range(n)])[1] == len(vectors)
            checks.append(Check("each kernel element maps to zero; n - rank of them, independent "
                                "(forms at the standard basis, Fraction elimination)",
                                killed and independent and len(vectors) == n - rank,
                                f"rank {rank}"))
            free = [j for j in range(n) if j not in pivots]
            checks.append(Check("the book's basis: element k is 1 at the k-th free coordinate "
                                "and 0 at the others (Theorem BNS)",
                                all(v[j] == int(j == f) for v, f in zip(vectors, free, strict=False)
                                    for j in free)))
        elif op == "range":
            vectors = [[_fraction(c) for c in coordinates(params["codomain"], v)] for v in value]
            together = [[*row, *[v[i] for v in vectors]] for i, row in enumerate(rows)]
            alone = [[v[i] for v in vectors] for i in range(m)] if vectors else [[]]
            checks.append(Check("rank-many independent elements inside the column space "
                                "(Fraction elimination)",
                                len(vectors) == rank == reduce_rows(together)[1]
                                and (not vectors or reduce_rows(alone)[1] == rank),
                                f"rank {rank}"))
            checks.append(Check("the images of the basis elements at the pivot columns "
                                "(the book's basis of a column space)",
                                vectors == [[row[j] for row in rows] for j in pivots]))
        elif op in ("injective", "surjective", "invertible"):
            expected = {"injective": rank == n, "surjective": rank == m,
                        "invertible": rank == n == m}[op]
            checks.append(Check(f"{op} exactly when the Fraction rank is full", bool(value) ==
                                expected, f"rank {rank}, {n} -> {m}"))
        elif op == "matrix":
            checks.append(Check("column j is the image of the j-th standard basis element",
                                fractions_of(value) == rows))
        elif op == "inverse":
            images = _images(params)
            symbols = _symbols(params)
            back = coordinates(params["domain"], value)
            composed = [sp.expand(f.subs(dict(zip(symbols, back, strict=True)), simultaneous=True))
                        for f in _forms(params)]
            checks.append(Check("T applied to the formula gives back every element "
                                "(T(T^-1(y)) = y, substituted into the definition)",
                                composed == images and rank == n == m))
        elif op in ("rank", "nullity"):
            checks.append(Check(f"{op} by Fraction elimination",
                                value == (rank if op == "rank" else n - rank)))
        else:
            checks.append(_check_preimage(params, rows, rank, value))
    return checks


def _check_preimage(params: dict[str, Any], rows: list[list[Fraction]], rank: int,
                    value: sp.Basic) -> Check:
    target = [Fraction(v) for v in params["target"]]
    _, rank_augmented, _ = reduce_rows([[*row, t] for row, t in zip(rows, target, strict=True)])
    if value == sp.EmptySet:
        return Check("empty: rank [A|b] > rank A (Fraction elimination)", rank_augmented > rank)
    vector = coordinates(params["domain"], value)
    free = set().union(*[sp.sympify(v).free_symbols for v in vector]) - {X}
    images = _times(rows, vector)
    return Check("the preimage's elements all map to the target; as many parameters as the nullity",
                 all(sp.expand(i - sp.Rational(t.numerator, t.denominator)) == 0
                     for i, t in zip(images, target, strict=True))
                 and len(free) == len(params["inputs"]) - rank)


def _random_map(rng: random.Random, difficulty: int) -> dict[str, Any]:
    """A map between two small spaces of different kinds, with a chosen rank."""
    spaces = ["C2", "C3", "P1", "P2", "M2x2", "P3", "C4"][: 3 + min(difficulty, 4)]
    domain, codomain = rng.sample(spaces, 2)
    n, m = dimension(domain), dimension(codomain)
    rank = rng.randint(1, min(n, m))
    left = [[rng.randint(-2, 2) for _ in range(rank)] for _ in range(m)]
    right = [[rng.randint(-2, 2) for _ in range(n)] for _ in range(rank)]
    names = [f"x_{j + 1}" for j in range(n)] if domain.startswith("C") else list("abcdefgh"[:n])
    outputs = [sp.sstr(sum(left[i][k] * right[k][j] * sp.Symbol(names[j])
                           for k in range(rank) for j in range(n))) for i in range(m)]
    ops = [rng.choice(["kernel", "range", "injective", "surjective", "matrix"])]
    if ops == ["kernel"] and rank == n:
        ops = ["range"]  # a trivial kernel has an empty basis: ask for the range instead
    return {"domain": domain, "codomain": codomain, "inputs": names, "outputs": outputs,
            "ops": ops, "template": rng.randrange(WORDINGS)}


@family("linear_algebra.linear_map", verify=_verify_map, pose=_pose_map)
def linear_map(rng: random.Random, difficulty: int) -> Problem:
    """Kernel, range, injectivity, surjectivity, invertibility, matrix or a preimage of a
    linear map between column vectors, polynomials and matrices."""
    return _pose_map(_random_map(rng, difficulty))


def _vary_map(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Same spaces and rank: the matrix is multiplied by unimodular matrices on both sides
    (a preimage's target moves with it, staying inside or outside the range)."""
    matrix = map_matrix(params)
    left, right = unimodular(rng, matrix.rows), unimodular(rng, matrix.cols)
    varied = left * matrix * right
    symbols = _symbols(params)
    outputs = [sp.sstr(sum(varied[i, j] * symbols[j] for j in range(varied.cols)))
               for i in range(varied.rows)]
    new = {**params, "outputs": outputs}
    if "target" in params:
        shift = sp.Matrix([rng.randint(-2, 2) for _ in symbols])
        target = left * (sp.Matrix([sp.Rational(v) for v in params["target"]]) + matrix * shift)
        new["target"] = [sp.sstr(v) for v in target]
    return new


# ---------------------------------------------------------------- linear combinations

COMBINATION_WORDINGS = [
    ("Compute {p}.", "Compute ${l}$."),
    ("Evaluate the linear combination {p}.", "Evaluate the linear combination ${l}$."),
    ("Find the vector (matrix) {p}.", "Find ${l}$."),
]


def _combination_terms(params: dict[str, Any]) -> list[tuple[sp.Rational, sp.ImmutableMatrix]]:
    return [(sp.Rational(c), sp.ImmutableMatrix([[sp.Rational(v) for v in row] for row in m]))
            for c, m in zip(params["coefficients"], params["matrices"], strict=True)]


def _pose_combination(params: dict[str, Any]) -> Problem:
    """``params``: ``coefficients`` (rational strings) and ``matrices`` (rows of rational
    strings, one shape), the combination sum c_i M_i to evaluate."""
    terms = _combination_terms(params)
    if len({m.shape for _, m in terms}) != 1:
        raise ValueError("the matrices of a linear combination must have one shape")
    answer = sp.ImmutableMatrix(sp.Add(*[c * m for c, m in terms]))
    plain = " + ".join(f"({sp.sstr(c)}){sp.sstr(m.tolist())}" for c, m in terms)
    tex = " + ".join(f"\\left({latex(c)}\\right){latex(m)}" for c, m in terms)
    plain, tex = worded(params, COMBINATION_WORDINGS, p=plain, l=tex)
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=["Multiply every entry of each matrix by its scalar: "
               + ", ".join(f"${latex(c * m)}$" for c, m in terms) + ".",
               f"Add them entry by entry: ${latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    terms = zip({params['coefficients']!r}, {params['matrices']!r})\n"
              "    total = [sympy.Rational(c) * sympy.Matrix([[sympy.Rational(v) for v in r] "
              "for r in m]) for c, m in terms]\n"
              "    return sympy.ImmutableMatrix(sum(total[1:], total[0]))\n"),
        params=params, answer_text=sp.sstr(answer.tolist()))


def _verify_combination(problem: Problem) -> list[Check]:
    coefficients = [Fraction(c) for c in problem.params["coefficients"]]
    matrices = [[[Fraction(v) for v in row] for row in m] for m in problem.params["matrices"]]
    expected = [[sum((c * m[i][j] for c, m in zip(coefficients, matrices, strict=True)),
                     Fraction(0)) for j in range(len(matrices[0][0]))]
                for i in range(len(matrices[0]))]
    return [Check("every entry as a sum of scalar multiples in Python Fractions",
                  fractions_of(problem.answer) == expected)]


@family("linear_algebra.linear_combination", verify=_verify_combination, pose=_pose_combination)
def linear_combination(rng: random.Random, difficulty: int) -> Problem:
    """A linear combination of two or three small vectors or matrices of one shape."""
    rows, cols = rng.randint(2, 3 + difficulty // 2), rng.choice([1, 1, 2, 3])
    count = 2 + (difficulty >= 3)
    return _pose_combination({
        "coefficients": [str(rng.choice([-3, -2, -1, 2, 3, 4])) for _ in range(count)],
        "matrices": [[[str(rng.randint(-6, 6)) for _ in range(cols)] for _ in range(rows)]
                     for _ in range(count)],
        "template": rng.randrange(WORDINGS)})


def _vary_combination(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Same shape and number of terms, new scalars and entries."""
    return {**params,
            "coefficients": [str(rng.choice([-3, -2, -1, 2, 3, 4])) for _ in params["coefficients"]],
            "matrices": [[[str(rng.randint(-6, 6)) for _ in row] for row in m]
                         for m in params["matrices"]]}


REDRAW = {"linear_algebra.linear_map": _vary_map,
          "linear_algebra.linear_combination": _vary_combination}
