"""Read a matrix and the operation asked for from a book item (linear algebra books).

``\\begin{bmatrix} 2 & 1 \\\\ -3 & 4 \\end{bmatrix}`` (also pmatrix, vmatrix, array)
becomes rows of exact numbers; the words choose the operation ("determinant",
"inverse", "rank", "row-reduce", "eigenvalues", "null space"). An item that asks eigenvectors or
eigenspaces reads as its eigenspaces (with the multiplicities, or one eigenvalue's, where asked),
never as the eigenvalues alone.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.notation import expand

MATRIX = re.compile(
    r"\\begin\{((?:small|[bpvBV])?matrix|array)\}(?:\{[^}]*\})?(.*?)\\end\{\1\}", re.DOTALL)
# Checked in order: "inverse" before "determinant" ("use the determinant to find the inverse").
_OPERATIONS = [
    # "Determine if the matrix is nonsingular or singular" (not "noting when it is singular").
    ("nonsingular", re.compile(r"\b(?:determine|decide) (?:if|whether)\b[^.?]*\b(?:non)?singular\b")),
    ("characteristic_polynomial", re.compile(r"\bcharacteristic polynomial")),
    # "Find a diagonal matrix similar to A", "Determine if A is diagonalizable": before the
    # eigenvalues (a step: "use your calculator to find the eigenvalues").
    ("diagonalize", re.compile(r"\bdiagonal matrix (?:that is )?similar\b"
                               r"|\b(?:determine|decide) (?:if|whether)\b[^.?]*\bdiagonalizable\b")),
    ("eigenvalues", re.compile(r"\beigenvalue")),
    ("column_space", re.compile(r"\bcolumn space")),
    ("row_space", re.compile(r"\brow space")),
    # "Compute the transpose", not "we transpose A and row-reduce" (a step towards another answer).
    ("transpose", re.compile(r"\b(?:compute|find|formulate|write) the transpose\b")),
    ("left_null_space", re.compile(r"\bleft null ?space")),
    ("null_space", re.compile(r"\bnull ?space|\bkernel\b")),
    ("inverse", re.compile(r"\binverse\b")),
    ("determinant", re.compile(r"\bdeterminant")),
    # "Row-reduce A", not "A row-reduces to" or "row-reducing the transpose" (a step shown).
    ("rref", re.compile(r"\brow[- ]reduce\b|\breduced row[- ]echelon")),
    ("rank", re.compile(r"\brank\b")),
]


# The book's notation names the operation too: N(A) as \\nsp{A}, det A, the inverse.
_NOTATION = [
    ("null_space", re.compile(r"\\nsp\{")),
    ("determinant", re.compile(r"\\det(?:name|bars)\{")),
    ("inverse", re.compile(r"\\inverse\{")),
    ("column_space", re.compile(r"\\csp\{")),
    ("row_space", re.compile(r"\\rsp\{")),
    # The PDF's notation, in the question's own form "find S so that N(A) = <S>" (a worked
    # example's working writes N(A) = N(C) or C(A) = <{A_1, A_2}>: a step, not a question).
    ("null_space", re.compile(r"\\mathcal\{N\}\(\s*[A-Z]\s*\)\s*=\s*\\langle\s*[A-Z]\s*\\rangle")),
    ("column_space", re.compile(r"\\mathcal\{C\}\(\s*[A-Z]\s*\)\s*=\s*\\langle\s*[A-Z]\s*\\rangle")),
    ("row_space", re.compile(r"\\mathcal\{R\}\(\s*[A-Z]\s*\)\s*=\s*\\langle\s*[A-Z]\s*\\rangle")),
]
# An eigenvalue's defect, when a question in the item's own first two sentences asks it (a worked
# example goes on to mention defects as a step).
_DEFECT = re.compile(r"\bdefect")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")
# A question in the item's own words: then they, not its exercise's, name the operation.
_ASKS = re.compile(r"\?|\b(?:find|compute|calculate|determine|what|which|solve)\b")
LEAD_SENTENCES = 2  # where an item asks its question: a worked example goes on to its steps
# "(Each archetype has a) homogeneous system ... Compute the set of solutions": the null space
# asked in other words (the PDF hyphenates "homo- geneous"); its name may come later.
_HOMOGENEOUS_SOLUTIONS = re.compile(r"\bhomo-?\s?geneous system\b.*\b(?:compute|find) the "
                                    r"(?:set of solutions|solution sets?)\b")
# A map declared on a space of matrices: T: M_{22} -> ... (its numeric 2x2 matrices are elements).
_ELEMENT_SHAPE = re.compile(r"(?<![A-Za-z\\])[A-Z]\s*(?:\\colon|:)\s*M_\{?(\d)\s*,?\s*(\d)\}?\s*\\to")
_IF_EXISTS = re.compile(r"\bif (?:it|one|the inverse) exists\b|\bor explain why\b")
_GIVEN_DETERMINANT = re.compile(r"\\det\s*\(?\s*[A-Z]\s*\)?\s*=\s*-?\d")
# A part that solves x' = Ax (its exercise's eigenvalues were a step), or an item that linearises
# at critical points (the Jacobian's eigenvalues are a step): not a matrix operation.
# What an item may ask besides (or instead of) a matrix's eigenvalues.
_MORE_THAN_EIGENVALUES = re.compile(r"\beigen(?:vector|space)|\bmultiplicit", re.IGNORECASE)
# A question about them, or a worked example doing them: its verb first ("find an eigenvector",
# "compute its eigenspace", "Computing eigenvectors, ..."; not "has a corresponding eigenvector,
# because ... let us compute eigenvalues").
_ASKS_EIGENVECTORS = re.compile(r"\b(?:find|compute|computing|calculate|determine|what|which)\b"
                                r"[^.?]*\beigen(?:vector|space)")
_MULTIPLICITIES = re.compile(r"\bmultiplicit(?:y|ies)\b")
# Asked beside the eigenspaces in the same sentence: an answer of another kind.
_BESIDES_EIGENSPACES = re.compile(r"\bdiagonali[sz]|\bsimilar\b|\bgeneral solution|\bsolve\b"
                                  r"|\bcharacteristic polynomial|\bdefect|\bbasis\b|\bexplain\b")
# "an eigenvector of A corresponding to the eigenvalue $\lambda = 3$": that eigenvalue's only
# (the words without their math; the value is the item's first formula "\lambda = 3").
_FOR_EIGENVALUE = re.compile(r"\b(?:corresponding to|for|associated with|belonging to) "
                             r"(?:the|an) eigenvalue\b")
_EIGENVALUE_GIVEN = re.compile(r"\s*\\lambda\s*=\s*(-?\d+)\s*[.,]?\s*")
_SYSTEM = re.compile(r"x\}*\s*(?:\\,)?\s*'\s*=")
_SOLVES = re.compile(r"\bsolve\b|\bsolution\b")
_JACOBIAN = re.compile(r"\bjacobian\b")
_PRODUCT = re.compile(r"\bproduct\b|\bmultiply\b")
# "A = \\begin{bmatrix} ... \\end{bmatrix}" (also "A &= ..."): a matrix and its name.
_NAMED = re.compile(r"(?<![a-zA-Z\\])([A-Z])\s*&?\s*=\s*(\\begin\{([bp]?matrix)\}.*?\\end\{\3\})",
                    re.DOTALL)


def bmatrix(latex: str) -> str:
    """Matrices as \\begin{bmatrix}, whatever the book's brackets (smallmatrix in \\left[ ])."""
    text = re.sub(r"\\left\s*[\[(]|\\right\s*[\])]", "", latex)
    return re.sub(r"\\(begin|end)\{(?:small|p|b)?matrix\}", r"\\\1{bmatrix}", text)


def matrices_of(latex: str) -> list[list[list[str]]]:
    """Every matrix of exact numbers in ``latex``, as rows of SymPy strings."""
    found = []
    for _, body in MATRIX.findall(latex):
        rows = [row for row in re.split(r"\\\\", body) if row.strip()]
        cells = [[_number(cell) for cell in row.split("&")] for row in rows]
        if not cells or len({len(row) for row in cells}) != 1:
            continue
        if all(v is not None for row in cells for v in row):
            found.append([[sp.sstr(v) for v in row] for row in cells])
    return found


def _number(cell: str) -> sp.Rational | None:
    value = to_sympy(cell)
    if isinstance(value, sp.Float):  # 0.01 is the decimal the book wrote, 1/100
        value = sp.nsimplify(value, rational=True)
    if isinstance(value, sp.Expr) and value.is_number:
        value = value.doit()  # \frac{\frac{0}{1}}{0}, a cell the PDF mangled, is nan
        return value if value.is_Rational else None
    return None


def _bracketed(formulas: list[str]) -> list[list[list[str]]]:
    """A part that is only "[-3]": the PDF's 1x1 matrix, its brackets set as plain text."""
    match = re.fullmatch(r"\s*\[([^\[\]]+)\]\s*[.,]?\s*", formulas[0]) if len(formulas) == 1 else None
    value = _number(match.group(1)) if match else None
    return [[[sp.sstr(value)]]] if value is not None else []


# A function of a matrix named by its letter: "$r(C)$", "$p(A)$".
_APPLIED_TO_MATRIX = re.compile(r"[a-z]\s*\(\s*[A-Z]\s*\)")


def read_matrix_task(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"op": ..., "matrix": ...}`` when the item names an operation and gives a matrix: the
    first one (column vectors beside it, such as a vector to test, do not count)."""
    own = prose.split(OWN_END)[0]
    lead = " ".join(_SENTENCE.split(own)[:LEAD_SENTENCES])
    noted = next((name for name, mark in _NOTATION if any(mark.search(f) for f in formulas)), None)
    if _ASKS.search(lead) and not noted and not any(w.search(lead) for _, w in _OPERATIONS) \
            and not _HOMOGENEOUS_SOLUTIONS.search(lead) and not _ASKS_EIGENVECTORS.search(lead):
        return None  # a part asking its own question ("What is the defect?"), not its exercise's;
        # an example asking one ("Find a particular solution"), its working naming the eigenvalues
    if _JACOBIAN.search(prose):
        return None  # a nonlinear system linearised: the matrix is a step, at one critical point
    if any(_APPLIED_TO_MATRIX.fullmatch(f.strip()) for f in formulas):
        return None  # "the eigenvalues of $r(C)$" (FCLA PEE.M20(c)): a polynomial's value at the
        # matrix is asked about, not the matrix given
    op = next((name for name, words in _OPERATIONS if words.search(prose)), None) or noted
    opening = _SENTENCE.split(own)[:2]
    if any(_DEFECT.search(s) for s in opening):  # "What is/are the defect(s)?": asked; else a step
        op = "defect" if any(_DEFECT.search(s) and _ASKS.search(s) for s in opening) else None
    if _ASKS_EIGENVECTORS.search(lead) and op not in ("eigenvalues", "characteristic_polynomial"):
        op = "eigenspaces"  # "Find an eigenvector of A", whatever else its working names
    if op is None:
        return None
    task: dict[str, Any] = {}
    if op in ("eigenvalues", "eigenspaces", "characteristic_polynomial") and \
            _MORE_THAN_EIGENVALUES.search(lead):
        # "Compute eigenvalues and eigenvectors", "Find an eigenvector": the eigenvalues alone
        # would answer part of the question; the polynomial is given ("the characteristic
        # polynomial of A is ... Find the eigenvalues and corresponding eigenspaces")
        asked = _eigenvectors_asked(lead, formulas)
        if asked is not None and not (_SOLVES.search(own) and any(map(_SYSTEM.search, formulas))):
            op, task = "eigenspaces", asked  # (not "b) Solve x' = Ax": a part asks more)
        elif op != "characteristic_polynomial":
            return None
    if _SOLVES.search(own) and any(map(_SYSTEM.search, formulas)) and not any(
            w.search(own) for _, w in _OPERATIONS):
        return None
    if any(_GIVEN_DETERMINANT.search(expand(f)) for f in formulas):
        return None  # "you already have det A = -120; what is det B?": not A's determinant
    found = [m for f in formulas for m in matrices_of(expand(f))]
    matrices = [m for m in found if len(m[0]) > 1] or [  # a lone [3]: a 1x1 matrix (Lebl A.6.1)
        m for m in found if len(formulas) == len(found) == 1 and len(m) == 1] or _bracketed(formulas)
    if not matrices:
        return None
    shapes = {(int(m), int(n)) for f in formulas for m, n in _ELEMENT_SHAPE.findall(expand(f))}
    if (len(matrices[0]), len(matrices[0][0])) in shapes:
        return None  # "T: M_22 -> M_22 ... its eigenvalues": a 2x2 matrix is an input of T (a
        # basis element), not the matrix asked about
    if op == "nonsingular" and len(matrices[0]) != len(matrices[0][0]):
        return None  # the book: "not square, so neither term is applicable"
    task = {"op": op, "matrix": matrices[0], **task}  # the first: a worked example's later
    # ones are steps
    if op == "inverse" and _IF_EXISTS.search(prose):
        task["if_exists"] = True
    return task


def _eigenvectors_asked(lead: str, formulas: list[str]) -> dict[str, Any] | None:
    """What a sentence that asks eigenvectors or eigenspaces wants besides them: ``eigenvalue``
    (one eigenvalue's, "corresponding to the eigenvalue $\\lambda = 3$"), ``multiplicities``
    ("algebraic and geometric multiplicities"). None when no sentence of ``lead`` asks them
    (a demonstration: "The matrix ... has an eigenvalue 2 with a corresponding eigenvector"),
    or one asks something else too (a diagonal matrix, a basis of eigenvectors of a map)."""
    asking = [s for s in _SENTENCE.split(lead) if _ASKS_EIGENVECTORS.search(s)]
    if not asking or any(_BESIDES_EIGENSPACES.search(s) for s in asking):
        return None
    found: dict[str, Any] = {}
    if any(_FOR_EIGENVALUE.search(s) for s in asking):
        given = next((m.group(1) for m in map(_EIGENVALUE_GIVEN.fullmatch, formulas) if m), None)
        if given is None:
            return None  # an eigenvalue named, but not as "\lambda = 3"
        found["eigenvalue"] = given
    if any(_MULTIPLICITIES.search(s) for s in asking):
        found["multiplicities"] = True
    return found


def read_product(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"left": ..., "right": ...}`` for "Compute the product $AB$" with $A = [...]$, $B = [...]$."""
    if not _PRODUCT.search(prose):
        return None
    named = {name: m for f in formulas for name, body, _ in _NAMED.findall(expand(f))
             for m in matrices_of(body)}
    for formula in formulas:  # "Multiply together the two matrices below": written side by side
        pair = [matrices_of(m.group(0)) for m in MATRIX.finditer(expand(formula))]
        if len(pair) == 2 and all(pair) and not MATRIX.sub("", expand(formula)).strip(" .,\n") \
                and len(pair[0][0][0]) == len(pair[1][0]):
            return {"left": pair[0][0], "right": pair[1][0]}
        match = re.fullmatch(r"\s*([A-Z])\s*([A-Z])\s*[.,]?\s*", formula)
        if match and {match.group(1), match.group(2)} <= named.keys():
            left, right = named[match.group(1)], named[match.group(2)]
            if len(left[0]) == len(right):
                return {"left": left, "right": right, "names": [match.group(1), match.group(2)]}
    return None


_POWER = re.compile(r"^\s*([A-Z])\s*\^\s*\{?\s*(\d+|n)\s*\}?\s*[.,]?\s*$")
_ZERO_DETERMINANT = re.compile(r"\\det\s*\(?\s*\{?[A-Z]\}?\s*\)?\s*=\s*0|\bsingular\b"
                               r"|\bnot invertible\b")
# "Find values of k", "For which h is ... not invertible?", "Find t such that ...".
_WHICH_VALUES = re.compile(r"\bvalues? of\b|\bfor which\b|\bfind (?:all )?(?:[a-z] )?such that\b")


def read_powers(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Find $A^2$, $A^3$, $A^4$ ... a general formula for $A^n$": the powers of the one
    square matrix named A."""
    asked = [m.groups() for m in map(_POWER.match, formulas) if m]
    if not asked or len({name for name, _ in asked}) != 1 or "find" not in prose:
        return None
    named = _named_or_only(formulas, asked[0][0])
    named = [m for k, m in enumerate(named) if m not in named[:k]]  # a part's, also in its context
    if len(named) != 1 or len(named[0]) != len(named[0][0]):
        return None
    powers = sorted({int(k) for _, k in asked if k != "n"})
    return {"matrix": named[0], "powers": powers, "general": any(k == "n" for _, k in asked)}


def _named_or_only(formulas: list[str], name: str) -> list[list[list[str]]]:
    """The matrices named ``name``; else the item's one unnamed matrix ("for the following
    matrices: a) [..]", one part at a time)."""
    named = [m for f in formulas for n, body, _ in _NAMED.findall(expand(f)) if n == name
             for m in matrices_of(body)]
    if named:
        return named
    return [m for f in formulas for m in matrices_of(expand(f))]


def _symbolic(latex: str) -> list[list[str]] | None:
    """A matrix whose entries are polynomials in one letter (``2 - x``, ``k``), as strings."""
    match = MATRIX.search(latex)
    if not match:
        return None
    rows = [r for r in re.split(r"\\\\", match.group(2)) if r.strip()]
    cells = [[to_sympy(c) for c in r.split("&")] for r in rows]
    if len({len(r) for r in cells}) != 1 or len(cells) != len(cells[0]) or \
            not all(isinstance(c, sp.Expr) for r in cells for c in r):
        return None
    letters = set().union(*[c.free_symbols for r in cells for c in r])
    if len(letters) != 1 or not all(c.is_polynomial(*letters) for r in cells for c in r):
        return None
    return [[sp.sstr(sp.expand(c.doit())) for c in r] for r in cells]


def read_singular(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Find (all) values of k so that det(A) = 0" for a matrix with one parameter."""
    if not any(_ZERO_DETERMINANT.search(t) for t in [*map(expand, formulas), prose]) or \
            not _WHICH_VALUES.search(prose):
        return None
    found = [m for m in (_symbolic(expand(f)) for f in formulas if MATRIX.search(expand(f))) if m]
    if len(found) != 1:
        return None
    letter = next(iter(set().union(*[sp.sympify(c).free_symbols for r in found[0] for c in r])))
    return {"matrix": found[0], "variable": letter.name}


_EQUATION = re.compile(r"^\s*(\\begin\{bmatrix\}.*?\\end\{bmatrix\})\s*(?:\\vec\{x\}|\\mathbf\{x\})"
                       r"\s*=\s*(\\begin\{bmatrix\}.*?\\end\{bmatrix\})\s*[.,]?\s*$", re.DOTALL)


def read_matrix_equation(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Solve $A\\vec{x} = b$" with A and b written out: the linear system [A | b]."""
    if not re.search(r"\bsolve\b", prose):
        return None
    found = [m for m in (_EQUATION.match(bmatrix(expand(f))) for f in formulas) if m]
    if len(found) != 1:
        return None
    coefficients, constants = (matrices_of(found[0].group(k)) for k in (1, 2))
    if not coefficients or not constants or len(constants[0][0]) != 1 or \
            len(constants[0]) != len(coefficients[0]):
        return None
    rows, column = coefficients[0], [row[0] for row in constants[0]]
    return {"variables": [f"x_{{{k + 1}}}" for k in range(len(rows[0]))],
            "augmented": [[*row, value] for row, value in zip(rows, column, strict=True)]}


_APPLIED = re.compile(r"^\s*([a-z])\s*\(\s*([A-Z])\s*\)\s*[.,]?\s*$")
# p(x) = 14 + 19x - ..., up to the next named matrix (the PDF runs "D = [...]" on) or gap.
_POLYNOMIAL = r"(?<![A-Za-z\\]){}\s*\(\s*x\s*\)\s*=(.+?)(?=(?<![A-Za-z\\])[A-Z]\s*=\s*\\begin|&&|\\\\|$)"


def read_matrix_polynomial(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Let p(x) = 14 + 19x - 3x^2 - 7x^3 + x^4 and D = [...]; compute p(D)": the polynomial
    of the named matrix. Every form the book writes p(x) in (r(x) = 1/4(x^2 + 4x - 5) =
    1/4 x^2 + x - 5/4) must be the same polynomial."""
    lead = " ".join(_SENTENCE.split(prose.split(OWN_END)[0])[:LEAD_SENTENCES])
    asked = {m.groups() for f in formulas for m in [_APPLIED.match(expand(f))] if m}
    if len(asked) != 1 or not re.search(r"\b(?:compute|find|evaluate|calculate)\b", lead) or \
            any(words.search(lead) for _, words in _OPERATIONS):
        return None  # (not "compute the eigenvalues of r(C)": another question about it)
    (letter, name), = asked
    forms = [side for f in formulas for m in re.finditer(_POLYNOMIAL.format(letter), expand(f))
             for side in m.group(1).split("=")]
    values = [to_sympy(side) for side in forms]
    if not values or not all(isinstance(v, sp.Expr) and v.free_symbols == {sp.Symbol("x")}
                             and v.is_polynomial() for v in values):
        return None
    if any(sp.expand(v - values[0]) != 0 for v in values[1:]):
        return None
    matrices = [m for f in formulas for n, body, _ in _NAMED.findall(expand(f)) if n == name
                for m in matrices_of(body)]
    if len({str(m) for m in matrices}) != 1 or len(matrices[0]) != len(matrices[0][0]):
        return None
    return {"matrix": matrices[0], "polynomial": sp.sstr(sp.expand(values[0]))}


_NUMBERED = re.compile(r"(?:^|\s)(\d)\.\s")


def read_numbered(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Find ... for each part. 1. The row space of A. 2. The column space of A. ...": the
    operations its numbered parts name, asked of the item's one matrix (each part names
    exactly one; parts 1, 2, ... in order)."""
    own = prose.split(OWN_END)[0]
    pieces = _NUMBERED.split(own)
    numbers, texts = pieces[1::2], pieces[2::2]
    if len(texts) < 2 or numbers != [str(k) for k in range(1, len(texts) + 1)] or \
            not _ASKS.search(pieces[0]):
        return None
    ops = []
    for text in texts:
        named = [name for name, words in _OPERATIONS if words.search(text)]
        if "left_null_space" in named:  # "the left null space" names no null space besides
            named.remove("null_space")
        if len(named) != 1:
            return None
        ops.append(named[0])
    matrices = [m for f in formulas for m in matrices_of(expand(f)) if len(m[0]) > 1]
    if len(matrices) != 1:
        return None
    return {"family": "linear_algebra.matrix_operation", "names": numbers,
            "items": [{"op": op, "matrix": matrices[0]} for op in ops]}


# Tried in order, the first reading wins: a polynomial p(A) the book defines, numbered parts
# each naming a space, a system to solve "by using the matrix inverse" (the system is asked),
# powers, a singular parameter, a product, then any other operation on one matrix.
_READINGS = [(read_matrix_polynomial, "linear_algebra.matrix_polynomial"),
             (read_numbered, "linear_algebra.each"),
             (read_matrix_equation, "linear_algebra.solve_linear_system"),
             (read_powers, "linear_algebra.matrix_powers"),
             (read_singular, "linear_algebra.singular_parameter"),
             (read_product, "linear_algebra.matrix_product"),
             (read_matrix_task, "linear_algebra.matrix_operation")]


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    for reading, family in _READINGS:
        params = reading(formulas, prose)
        if params is not None:
            return family, params
    return None
