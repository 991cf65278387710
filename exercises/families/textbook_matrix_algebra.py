"""Posed families for matrix algebra beyond one operation on numbers: powers of a matrix, the
values of a parameter that make a matrix singular, and a polynomial of a matrix.

``linear_algebra.matrix_powers``: "Find A^2, A^3, A^4 and a general formula for A^n".
SymPy multiplies and computes ``A**n`` for a symbolic positive integer n (through
the Jordan form); the check multiplies in Python Fractions by hand and compares
both the listed powers and the general formula at n = 1 ... 6, and checks the
recurrence A^(n+1) = A A^n symbolically.

``linear_algebra.singular_parameter``: "Find all x with det(B) = 0" for a matrix whose
entries hold one parameter. SymPy's determinant and ``roots`` answer; the check
expands the determinant by cofactors (written here), substitutes every value, and
counts the distinct roots of that polynomial.

``linear_algebra.matrix_polynomial``: "Let p(x) = 14 + 19x - 3x^2 - 7x^3 + x^4; compute
p(D)". SymPy sums c_k A^k with its matrix powers; the check evaluates p by Horner's rule
in Python Fractions.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.families.textbook_matrices import fractions_of, unimodular
from exercises.family import Check, Problem, family

N = sp.Symbol("n", integer=True, positive=True)
POWER_WORDINGS = [
    ("For the matrix A = {p}, find {k}, and a general formula for A^n.",
     "For the matrix $A = {l}$, find ${t}$, and a general formula for $A^n$."),
    ("Compute {k} for A = {p}; then give A^n for every positive integer n.",
     "Compute ${t}$ for $A = {l}$; then give $A^n$ for every positive integer $n$."),
    ("Let A = {p}. What are {k}, and what is A^n in general?",
     "Let $A = {l}$. What are ${t}$, and what is $A^n$ in general?"),
]
GENERAL_WORDINGS = [
    ("For the matrix A = {p}, find a formula for A^n, for any positive integer n.",
     "For the matrix $A = {l}$, find a formula for $A^n$, for any positive integer $n$."),
    ("Give A^n for every positive integer n, where A = {p}.",
     "Give $A^n$ for every positive integer $n$, where $A = {l}$."),
    ("Let A = {p}. What is A^n in general?", "Let $A = {l}$. What is $A^n$ in general?"),
]
SINGULAR_WORDINGS = [
    ("Find all values of {v} for which the matrix {p} is singular (det = 0).",
     "Find all values of ${v}$ for which ${l}$ is singular ($\\det = 0$)."),
    ("For which {v} is det({p}) = 0?", "For which ${v}$ is $\\det{l} = 0$?"),
    ("Find every {v} that makes the determinant of {p} zero.",
     "Find every ${v}$ that makes the determinant of ${l}$ zero."),
]


def _matrix(params: dict[str, Any], names: dict[str, sp.Symbol] | None = None
            ) -> sp.ImmutableMatrix:
    return sp.ImmutableMatrix([[sp.sympify(v, locals=names or {}) for v in row]
                               for row in params["matrix"]])


# ---------------------------------------------------------------- powers


def _pose_powers(params: dict[str, Any]) -> Problem:
    """``params``: ``matrix`` (rows of rational strings, square), ``powers`` (small integers)
    and ``general`` (also A^n for a symbolic n)."""
    a = _matrix(params)
    if not a.is_square:
        raise ValueError("powers need a square matrix")
    found = [sp.ImmutableMatrix(a ** k) for k in params["powers"]]
    if params.get("general"):
        found.append(sp.ImmutableMatrix((sp.Matrix(a) ** N).applyfunc(sp.simplify)))
    # "find a formula for A^n" alone: the one matrix, as the book prints it
    answer = found[0] if len(found) == 1 and params.get("general") else sp.Tuple(*found)
    names = ", ".join(f"A^{k}" for k in params["powers"])
    plain, tex = worded(params, POWER_WORDINGS if names else GENERAL_WORDINGS,
                        p=sp.sstr(a.tolist()), l=latex(a), k=names,
                        t=", ".join(f"A^{{{k}}}" for k in params["powers"]))
    steps = [f"$A^{{{k}}} = {latex(m)}$ (multiplying by $A$ once more each time)."
             for k, m in zip(params["powers"], found, strict=False)]
    if params.get("general"):
        steps.append(f"The pattern (SymPy's $A^n$ from the Jordan form of $A$): "
                     f"$A^n = {latex(found[-1])}$ for every positive integer $n$.")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    a = sympy.Matrix([[sympy.Rational(v) for v in r] for r in {params['matrix']!r}])\n"
              f"    out = [sympy.ImmutableMatrix(a ** k) for k in {params['powers']!r}]\n"
              + ("    n = sympy.Symbol('n', integer=True, positive=True)\n"
                 "    out.append(sympy.ImmutableMatrix((a ** n).applyfunc(sympy.simplify)))\n"
                 if params.get("general") else "")
              + ("    return out[0]\n" if len(found) == 1 and params.get("general")
                 else "    return sympy.Tuple(*out)\n")),
        params=params, answer_text=sp.sstr(answer.tolist() if isinstance(answer, sp.MatrixBase)
                                           else [m.tolist() for m in found]))


def _fraction_power(a: list[list[Fraction]], k: int) -> list[list[Fraction]]:
    size = len(a)
    result = [[Fraction(int(i == j)) for j in range(size)] for i in range(size)]
    for _ in range(k):
        result = [[sum((result[i][m] * a[m][j] for m in range(size)), Fraction(0))
                   for j in range(size)] for i in range(size)]
    return result


def _verify_powers(problem: Problem) -> list[Check]:
    params = problem.params
    a = _matrix(params)
    rows = fractions_of(a)
    found = list(problem.answer) if isinstance(problem.answer, sp.Tuple) else [problem.answer]
    listed = found[:len(params["powers"])]
    checks = [Check("each listed power by repeated multiplication in Python Fractions",
                    all(fractions_of(m) == _fraction_power(rows, k)
                        for k, m in zip(params["powers"], listed, strict=True)))]
    if params.get("general"):
        general = found[-1]
        at = [fractions_of(general.subs(N, k).applyfunc(sp.simplify)) == _fraction_power(rows, k)
              for k in range(1, 7)]
        far = fractions_of(general.subs(N, 20).applyfunc(sp.simplify)) == _fraction_power(rows, 20)
        checks.append(Check("the general formula at n = 1 ... 6 and n = 20 equals the powers "
                            "multiplied out in Fractions", all(at) and far))
    return checks


@family("linear_algebra.matrix_powers", verify=_verify_powers, pose=_pose_powers)
def matrix_powers(rng: random.Random, difficulty: int) -> Problem:
    """A^2, A^3, A^4 and A^n for a small triangular or diagonal matrix."""
    return _pose_powers({**_vary_powers({"matrix": [["1", "2"], ["0", "1"]]}, rng),
                         "powers": [2, 3, 4], "general": True,
                         "template": rng.randrange(WORDINGS)})


def _vary_powers(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same zero pattern above, on and below the diagonal, with new small entries: a
    triangular matrix keeps a closed form for A^n; the diagonal keeps its repeated values.
    A full matrix with distinct integer eigenvalues gets new ones, P D P^-1 with an integer P
    of determinant 1 (new entries alone would give A^n in surds)."""
    rows = params["matrix"]
    a = _matrix(params)
    values = a.eigenvals()
    if not (a.is_upper or a.is_lower) and len(values) == a.rows and all(
            v.is_integer for v in values):
        drawn = rng.sample([v for v in range(-3, 5) if v != 0], a.rows)
        p = unimodular(rng, a.rows)
        varied = p * sp.diag(*drawn) * p.inv()
        return {**params, "matrix": [[sp.sstr(v) for v in row] for row in varied.tolist()]}
    diagonal: dict[str, str] = {}
    varied = []
    for i, row in enumerate(rows):
        new = []
        for j, value in enumerate(row):
            if value == "0":
                new.append("0")
            elif i == j:  # equal diagonal entries stay equal (a Jordan block stays one)
                diagonal.setdefault(value, str(rng.choice([1, 2, 3, -1])))
                new.append(diagonal[value])
            else:
                new.append(str(rng.choice([-3, -2, -1, 1, 2, 3])))
        varied.append(new)
    return {**params, "matrix": varied}


# ---------------------------------------------------------------- singular for which values


def _cofactor_determinant(m: sp.MatrixBase) -> sp.Expr:
    """Expansion along the first row, by hand (the check's own determinant)."""
    if m.rows == 1:
        return m[0, 0]
    return sp.expand(sum((-1) ** j * m[0, j] * _cofactor_determinant(m.minor_submatrix(0, j))
                         for j in range(m.cols) if m[0, j] != 0))


def _pose_singular(params: dict[str, Any]) -> Problem:
    """``params``: ``matrix`` (rows of SymPy strings in one parameter) and ``variable``."""
    v = sp.Symbol(params["variable"])
    a = _matrix(params, {params["variable"]: v})
    if not a.is_square or a.free_symbols != {v}:
        raise ValueError("a square matrix in exactly the one parameter")
    determinant = sp.expand(a.det())
    if determinant == 0:
        answer: sp.Basic = sp.S.Complexes
    else:
        answer = sp.FiniteSet(*sp.roots(sp.Poly(determinant, v)).keys()) \
            if determinant.free_symbols else sp.EmptySet
    plain, tex = worded(params, SINGULAR_WORDINGS, v=params["variable"],
                        p=sp.sstr(a.tolist()), l=latex(a))
    return Problem(
        statement=plain, statement_latex=tex, answer=answer,
        steps=[f"$\\det = {latex(sp.factor(determinant))}$.",
               f"It is zero exactly for ${params['variable']} \\in {latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              f"    v = sympy.Symbol({params['variable']!r})\n"
              f"    a = sympy.Matrix([[sympy.sympify(e, locals={{{params['variable']!r}: v}}) "
              f"for e in r] for r in {params['matrix']!r}])\n"
              "    d = sympy.expand(a.det())\n"
              "    if d == 0:\n        return sympy.S.Complexes\n"
              "    if not d.free_symbols:\n        return sympy.EmptySet\n"
              "    return sympy.FiniteSet(*sympy.roots(sympy.Poly(d, v)).keys())\n"),
        params=params, answer_text=sp.sstr(answer))


def _verify_singular(problem: Problem) -> list[Check]:
    v = sp.Symbol(problem.params["variable"])
    a = _matrix(problem.params, {problem.params["variable"]: v})
    determinant = _cofactor_determinant(a)
    answer = problem.answer
    if answer == sp.S.Complexes:
        return [Check("the cofactor expansion is identically zero", determinant == 0)]
    if answer == sp.EmptySet:
        return [Check("the cofactor expansion is a nonzero constant",
                      determinant != 0 and not determinant.free_symbols)]
    distinct = sp.degree(sp.sqf_part(determinant), v)
    return [Check("each value makes the cofactor expansion zero",
                  all(sp.simplify(determinant.subs(v, r)) == 0 for r in answer)),
            Check("as many values as distinct roots of the cofactor expansion",
                  len(answer) == distinct, f"{distinct}")]


@family("linear_algebra.singular_parameter", verify=_verify_singular, pose=_pose_singular)
def singular_parameter(rng: random.Random, difficulty: int) -> Problem:
    """The values of a parameter k that make a small matrix singular."""
    base = {"matrix": [["1", "2"], ["3", "k"]], "variable": "k"} if difficulty < 3 else \
        {"matrix": [["2", "1", "0"], ["1", "k", "1"], ["0", "1", "2"]], "variable": "k"}
    return _pose_singular({**_vary_singular(base, rng), "template": rng.randrange(WORDINGS)})


def _vary_singular(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The parameter stays where it is; the numbers are mixed by row operations that avoid the
    parameter's row and column, so the determinant keeps its degree in the parameter."""
    v = sp.Symbol(params["variable"])
    a = sp.Matrix(_matrix(params, {params["variable"]: v}))
    constant = a + v * sp.eye(a.rows)
    if a.is_square and not constant.free_symbols:  # C - xI: the values are C's eigenvalues
        e = unimodular(rng, a.rows)
        shifted = e * (constant + rng.randint(-2, 2) * sp.eye(a.rows)) * e.inv() - v * sp.eye(a.rows)
        return {**params, "matrix": [[sp.sstr(x) for x in shifted.row(i)] for i in range(a.rows)]}
    fixed = {i for i in range(a.rows) if any(e.free_symbols for e in a[i, :])}
    others = [i for i in range(a.rows) if i not in fixed]
    if len(others) >= 2:
        e = unimodular(rng, len(others))
        block = e * a.extract(others, list(range(a.cols)))
        for k, i in enumerate(others):
            a[i, :] = block[k, :]
    else:
        for i in others:
            a[i, :] = a[i, :] * rng.choice([-1, 1])
    return {**params, "matrix": [[sp.sstr(e) for e in a.row(i)] for i in range(a.rows)]}


# ---------------------------------------------------------------- a polynomial of a matrix

X = sp.Symbol("x")
POLYNOMIAL_WORDINGS = [
    ("Let p(x) = {q} and A = {p}. Compute p(A).", "Let $p(x) = {t}$ and $A = {l}$. Compute $p(A)$."),
    ("For A = {p}, find the matrix p(A), where p(x) = {q}.",
     "For $A = {l}$, find the matrix $p(A)$, where $p(x) = {t}$."),
    ("Evaluate the polynomial p(x) = {q} at the matrix {p}.",
     "Evaluate the polynomial $p(x) = {t}$ at the matrix ${l}$."),
]


def _pose_polynomial(params: dict[str, Any]) -> Problem:
    """``params``: ``matrix`` (square, rows of rational strings) and ``polynomial`` (in x, a
    SymPy string): the matrix c_0 I + c_1 A + ... + c_k A^k."""
    a, polynomial = _matrix(params), sp.Poly(sp.sympify(params["polynomial"]), X)
    if not a.is_square or polynomial.free_symbols != {X}:
        raise ValueError("a polynomial in x of a square matrix")
    terms = list(reversed(polynomial.all_coeffs()))
    answer = sp.ImmutableMatrix(sum((c * a**k for k, c in enumerate(terms)),
                                    sp.zeros(a.rows, a.cols)))
    plain, tex = worded(params, POLYNOMIAL_WORDINGS, q=sp.sstr(polynomial.as_expr()),
                        t=sp.latex(polynomial.as_expr()), p=sp.sstr(a.tolist()), l=latex(a))
    steps = [f"$A^{k} = {latex(a**k)}$." for k in range(2, len(terms))]
    combination = " + ".join(f"({sp.latex(c)}) A^{{{k}}}" for k, c in enumerate(terms))
    steps.append(f"$p(A) = {combination} = {latex(answer)}$ (with $A^0 = I$).")
    return Problem(
        statement=plain, statement_latex=tex, answer=answer, steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    a = sympy.Matrix({params['matrix']!r}).applyfunc(sympy.Rational)\n"
              f"    p = sympy.Poly(sympy.sympify({params['polynomial']!r}), sympy.Symbol('x'))\n"
              "    terms = list(reversed(p.all_coeffs()))\n"
              "    return sympy.ImmutableMatrix(sum((c * a**k for k, c in enumerate(terms)), "
              "sympy.zeros(a.rows, a.cols)))\n"),
        params=params, answer_text=sp.sstr(answer.tolist()))


def _verify_polynomial(problem: Problem) -> list[Check]:
    """Horner's rule in Python Fractions (p(A) = (...(c_k A + c_(k-1) I) A + ...) + c_0 I),
    not SymPy's powers; and A commutes with p(A)."""
    a = fractions_of(_matrix(problem.params))
    n = len(a)
    value = [[Fraction(0)] * n for _ in range(n)]
    for c in sp.Poly(sp.sympify(problem.params["polynomial"]), X).all_coeffs():
        c = Fraction(int(c.p), int(c.q))
        value = [[sum((value[i][k] * a[k][j] for k in range(n)), Fraction(0)) + (c if i == j else 0)
                  for j in range(n)] for i in range(n)]
    answer = problem.answer
    ok = isinstance(answer, sp.MatrixBase) and answer.shape == (n, n) and fractions_of(answer) == value
    commutes = ok and _matrix(problem.params) * answer == answer * _matrix(problem.params)
    return [Check("equals p(A) by Horner's rule in Python Fractions", ok),
            Check("commutes with A", commutes)]


@family("linear_algebra.matrix_polynomial", verify=_verify_polynomial, pose=_pose_polynomial)
def matrix_polynomial(rng: random.Random, difficulty: int) -> Problem:
    """p(A) for a quadratic or cubic p and a 2x2 or 3x3 integer matrix."""
    n = 2 + (difficulty >= 3)
    coefficients = [rng.randint(-4, 4) for _ in range(2 + (difficulty >= 2))] + [1]
    return _pose_polynomial({
        "matrix": [[str(rng.randint(-3, 3)) for _ in range(n)] for _ in range(n)],
        "polynomial": sp.sstr(sum(c * X**k for k, c in enumerate(coefficients))),
        "template": rng.randrange(WORDINGS)})


def _vary_polynomial(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same polynomial of a new matrix of the same size and zero pattern."""
    return {**params, "matrix": [[v if v == "0" else str(rng.choice([-3, -2, -1, 1, 2, 3]))
                                  for v in row] for row in params["matrix"]]}


REDRAW = {"linear_algebra.matrix_powers": _vary_powers,
          "linear_algebra.singular_parameter": _vary_singular,
          "linear_algebra.matrix_polynomial": _vary_polynomial}
