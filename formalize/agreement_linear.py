"""Compare a linear algebra answer with the book's: solution sets, yes/no answers about vectors.

A book prints a linear system's solution set as a vector in set braces
(``\\{[1, -3, -4, 1]\\}``), a parametrised vector in set-builder form
(``\\{[2 - 2x_2 + 4x_4, x_2, ...] \\mid x_2, x_4 \\in C\\}``), assignments
(``x_1 = 1``, ``x_2 = -3``), or the words "no solutions" / the empty set. A
parametrised vector agrees when it describes the same set: its value with the
free variables at zero solves the computed system's particular solution's space,
and its direction vectors span the same space as the computed ones.

Whether vectors are linearly independent, or one is in a span, the book says in
words; the last such statement in the text is its answer.

Each function returns ``(status, method, book value)`` or None when the answer
is not of its form; :mod:`formalize.agreement` wraps it.
"""

from __future__ import annotations

import re

import sympy as sp

from formalize.latex import to_sympy
from formalize.matrices import MATRIX
from ingest.document import formulas_in

Verdict = tuple[str, str, str | None]
_EMPTY = re.compile(r"\\emptyset|\\varnothing|\bno solutions?\b|\binconsistent\b")
_ASSIGNMENT = re.compile(r"^\s*([a-zA-Z])(?:_\{?(\d+)\}?)?\s*=\s*([^=]+?)\s*$")
_INDEPENDENCE = re.compile(r"\b(not linearly independent|linearly independent|linearly dependent)\b")
_MEMBERSHIP = re.compile(r"\\notin|\bnot in\b|\bnot an element\b|\binconsistent\b|\\in(?![a-z])"
                         r"|\bis in\b|\bis an element\b|\bconsistent\b")
_NEGATIVE = ("\\notin", "not in", "not an element", "inconsistent")


def compare_linear(answer: sp.Basic, book_text: str, worked: bool) -> Verdict | None:
    """The verdict for a solution set or a yes/no answer, or None for other answers."""
    if answer == sp.EmptySet or (isinstance(answer, sp.MatrixBase) and answer.cols == 1
                                 and answer.rows > 1):
        return _solution_set(answer, book_text, worked)
    if answer in (sp.true, sp.false):
        return _yes_no(bool(answer), book_text, worked)
    if isinstance(answer, sp.Tuple) and answer and all(
            isinstance(v, sp.MatrixBase) and v.cols == 1 for v in answer):
        return _basis_as_solutions(answer, book_text)
    return None


def _basis_as_solutions(basis: sp.Tuple, text: str) -> Verdict | None:
    """A null space written as the solutions of a homogeneous system, a vector in its free
    variables: it agrees when its directions span what the basis spans (else: no verdict,
    the general comparison of vectors follows)."""
    columns = sp.Matrix.hstack(*basis)
    for vector in _book_vectors(text, basis[0].rows):
        free = sorted(vector.free_symbols, key=str)
        if not free or any(vector.subs({s: 0 for s in free})):
            continue
        directions = sp.Matrix.hstack(*[vector.diff(s) for s in free])
        rank = columns.rank()
        if not directions.free_symbols and directions.rank() == rank == \
                columns.row_join(directions).rank():
            return "match", "the book's solution vector spans the same space", \
                sp.sstr(list(vector))
    return None


def _unsure(worked: bool) -> str:
    """A mismatch in a worked solution may be an intermediate step: not a disagreement."""
    return "unreadable" if worked else "differs"


def _solution_set(answer: sp.Basic, text: str, worked: bool) -> Verdict:
    vectors = _book_vectors(text, answer.rows if answer != sp.EmptySet else None)
    says_empty = bool(_EMPTY.search(text))
    if answer == sp.EmptySet:
        if says_empty:
            return "match", "the book says the system has no solutions", "EmptySet"
        status = _unsure(worked) if vectors else "unreadable"
        return status, "the book gives no empty set", None
    for vector in vectors:
        if _same_affine_set(answer, vector):
            return "match", "the same solution set (particular solution and directions)", \
                sp.sstr(list(vector))
    if not vectors:
        return "unreadable", "no solution vector or assignments in the book's answer", None
    return _unsure(worked), "a different solution set", sp.sstr(list(vectors[-1]))


def _book_vectors(text: str, size: int | None) -> list[sp.Matrix]:
    """Column vectors the book writes (entries may hold free variables), and the vector of
    its assignments x_1 = ..., x_2 = ... when it assigns every unknown."""
    vectors = []
    for formula in formulas_in(text):
        for _, body in MATRIX.findall(formula):
            cells = [c.strip() for c in re.split(r"\\\\", body) if c.strip()]
            if size is not None and len(cells) != size or any("&" in c for c in cells):
                continue
            entries = [to_sympy(c.strip("{}")) for c in cells]
            if all(isinstance(e, sp.Expr) for e in entries):
                vectors.append(sp.Matrix(entries))
    if size:
        vectors += _assignments(text, size)
    return vectors


def _assignments(text: str, size: int) -> list[sp.Matrix]:
    """``x_1 = 3 + 2x_2``, ``x_3 = -2``, ...: the vector of the unknowns x_1 ... x_size, an
    unassigned one free (itself); or plain letters ``x = 8/3``, ``y = 7/3`` in order."""
    assigned: dict[tuple[str, int], sp.Expr] = {}
    for formula in formulas_in(text):
        for part in re.split(r",|\\q?quad|\\\\", formula.replace("&", "")):
            match = _ASSIGNMENT.match(part)
            value = to_sympy(match.group(3)) if match else None
            if isinstance(value, sp.Expr):
                assigned[match.group(1), int(match.group(2) or 0)] = value
    indexed = sorted(k for k in assigned if k[1])
    if indexed:  # x_1 = 1, x_2 = -3 beside n = 2, r = 2: the indexed ones
        letter = indexed[0][0]
        unknowns = [sp.Symbol(f"{letter}_{{{i}}}") for i in range(1, size + 1)]
        entries = [assigned.get((letter, i), unknowns[i - 1]) for i in range(1, size + 1)]
        free = {u for u, e in zip(unknowns, entries, strict=True) if u == e}
        if {k for k in indexed if k[0] == letter} <= {(letter, i) for i in range(1, size + 1)} \
                and len(free) < size and all(e.free_symbols <= free for e in entries):
            return [sp.Matrix(entries)]
        return []
    plain = sorted(k for k, v in assigned.items() if v.is_number)  # x < y < z, as the family
    return [sp.Matrix([assigned[k] for k in plain])] if len(plain) == size else []


def _same_affine_set(answer: sp.MatrixBase, book: sp.MatrixBase) -> bool:
    """Do ``answer`` and ``book`` (each a vector in its free variables) describe one set?"""
    if book.shape != answer.shape:
        return False
    if all(sp.expand(a - b) == 0 for a, b in zip(answer, book, strict=True)):
        return True
    mine, theirs = sorted(answer.free_symbols, key=str), sorted(book.free_symbols, key=str)
    base = answer.subs({s: 0 for s in mine})
    offset = book.subs({s: 0 for s in theirs}) - base
    directions = [answer.diff(s) for s in mine]
    other = [book.diff(s) for s in theirs]
    if any(d.free_symbols for d in directions + other):
        return False  # not affine in its parameters
    span = sp.Matrix.hstack(*directions) if directions else sp.zeros(answer.rows, 0)
    rank = span.rank()
    return (len(other) == len(directions)
            and sp.Matrix.hstack(span, *other).rank() == rank
            and sp.Matrix.hstack(span, offset).rank() == rank
            and (not other or sp.Matrix.hstack(*other).rank() == rank))


def _yes_no(answer: bool, text: str, worked: bool) -> Verdict:
    """The last statement of independence, or of membership, in the book's words."""
    prose = text.lower()
    found = _INDEPENDENCE.findall(prose)
    if found:
        book = found[-1] == "linearly independent"
        method = "the book's last statement of (in)dependence"
    else:
        marks = _MEMBERSHIP.findall(text)
        if not marks:
            return "unreadable", "the book's answer states no yes or no", None
        book = marks[-1].lower() not in _NEGATIVE
        method = "the book's last statement of membership (in, not in, (in)consistent)"
    if book == answer:
        return "match", method, "yes" if book else "no"
    return _unsure(worked), method, "yes" if book else "no"
