"""Compare eigenvalues with their eigenspaces (``linear_algebra.matrix_operation``, op
``eigenspaces``) with the answer a book prints.

A basis of an eigenspace is not unique (FCLA scales its free variables to 1, Lebl clears
denominators, a worked solution shows both), so the book's vectors for an eigenvalue agree
when they span the same space as the computed basis: the ranks of the two sets and of their
union are equal. The book writes its answer in one of two forms:

* FCLA: ``\\mathcal{E}_{A}(2) = \\langle\\{[2, 1]\\}\\rangle`` for each eigenvalue (its
  vectors run to the next eigenspace or ``\\lambda =``), with ``\\alpha_{A}(2) = 1`` and
  ``\\gamma_{A}(2) = 1`` for the multiplicities, compared when the answer carries them;
* Lebl: "Eigenvalues: $4, 0, -1$ Eigenvectors: $[..]$, $[..]$, $[..]$", the vectors in the
  order of the values, one each (read only when every eigenspace is a line).

Anything else, or an eigenvalue whose vectors the PDF text layer lost, is "unreadable".
"""

from __future__ import annotations

import re

import sympy as sp

from exercises.families.textbook_matrices import exact_rank
from formalize.latex import split_list, to_sympy
from ingest.document import MATH_SPAN, formulas_in, prose_of

Verdict = tuple[str, str, str | None]
_EIGENSPACE = re.compile(r"\\mathcal\s*\{\s*E\s*\}\s*_\s*\{?\s*[A-Za-z]\w*\s*\}?\s*\(([^()]+)\)\s*&?\s*=")
# Where one eigenspace's vectors end: the next eigenspace, or the next "\lambda =" of a worked one.
_NEXT = re.compile(r"\\mathcal\s*\{\s*E\s*\}|\\lambda\s*=")
_INNERMOST = re.compile(r"\\begin\{([bpv]?matrix)\}((?:(?!\\begin).)*?)\\end\{\1\}", re.DOTALL)
_MULTIPLICITY = re.compile(r"\\(alpha|gamma)\s*_\s*\{?\s*[A-Za-z]\w*\s*\}?\s*\(([^()]+)\)\s*&?\s*=\s*(\d+)")
_LISTS = re.compile(r"\beigenvalues?\s*:?\s*$|\beigenvectors?\s*:?\s*$", re.IGNORECASE)
I = sp.Symbol("i")


def is_eigenspaces(answer: object) -> bool:
    """``((lambda, (v, ...)), ...)`` or ``((lambda, (v, ...), algebraic, geometric), ...)``."""
    return isinstance(answer, sp.Tuple) and bool(answer) and all(
        isinstance(pair, sp.Tuple) and len(pair) in (2, 4) and isinstance(pair[1], sp.Tuple)
        and pair[1] and all(isinstance(v, sp.MatrixBase) and v.cols == 1 for v in pair[1])
        for pair in answer)


def compare_eigenspaces(answer: sp.Tuple, text: str, worked: bool) -> Verdict:
    """The book's eigenvalues, each eigenspace as a span, and the multiplicities it prints."""
    size = answer[0][1][0].rows
    spaces = _fcla_spaces(text, size)
    book = spaces or _listed_pairs(text, size)
    if book is None:
        return "unreadable", "no eigenspace or eigenvalue-eigenvector list in the book's answer", None
    shown = "; ".join(f"{sp.sstr(v)}: {[list(u) for u in vs]}" for v, vs in book)
    if any(not vectors for _, vectors in book):
        return "unreadable", "an eigenvalue's vectors were lost in the book's text", shown
    ours = {sp.nsimplify(pair[0]): list(pair[1]) for pair in answer}
    theirs: dict[sp.Expr, list[sp.MatrixBase]] = {}
    for value, vectors in book:
        key = next((v for v in ours if sp.simplify(v - value) == 0), value)
        theirs.setdefault(key, []).extend(vectors)
    # (a list gives one vector an eigenvalue: it answers only where the eigenspace is a line)
    same = set(theirs) == set(ours) and all(
        (spaces or len(ours[v]) == 1) and _same_span(ours[v], theirs[v]) for v in ours)
    printed = _multiplicities(text)
    counted = all(printed.get((kind, v), count) == count for pair in answer if len(pair) == 4
                  for kind, v, count in (("alpha", sp.nsimplify(pair[0]), pair[2]),
                                         ("gamma", sp.nsimplify(pair[0]), pair[3])))
    how = "the same eigenvalues, each eigenspace the same span (ranks of the bases and of " \
          "their union)" + (", the multiplicities the book prints" if len(answer[0]) == 4 else "")
    if same and counted:
        return "match", how, shown
    return ("unreadable" if worked else "differs"), f"not {how}", shown


def _value(latex: str) -> sp.Expr | None:
    value = to_sympy(latex)
    if isinstance(value, sp.Expr):
        value = value.subs(I, sp.I)
        if value.is_number:
            return sp.nsimplify(sp.expand(value))
    return None


def _vectors(latex: str, size: int) -> list[sp.MatrixBase]:
    """The column vectors of ``size`` entries in ``latex`` (innermost matrices: the PDF nests
    a set's braces into a matrix of their own)."""
    found = []
    for _, body in _INNERMOST.findall(latex):
        cells = [c.strip() for c in re.split(r"\\\\", body) if c.strip()]
        if len(cells) != size or any("&" in c for c in cells):
            continue
        entries = [_cell(c) for c in cells]
        if all(e is not None for e in entries):
            found.append(sp.Matrix(entries))
    return found


def _cell(latex: str) -> sp.Expr | None:
    """An entry, or one the PDF wrapped in braces ("{-1}"; not \\frac{3}{2}'s own)."""
    value = _value(latex)
    return value if value is not None else _value(latex.strip("{}"))


def _fcla_spaces(text: str, size: int) -> list[tuple[sp.Expr, list[sp.MatrixBase]]] | None:
    """Each ``\\mathcal{E}_{A}(v) = ...`` with the vectors written up to the next one."""
    found = []
    for formula in formulas_in(text):
        for match in _EIGENSPACE.finditer(formula):
            value = _value(match.group(1))
            if value is None:
                return None
            end = _NEXT.search(formula, match.end())
            found.append((value, _vectors(formula[match.end():end.start() if end else None],
                                          size)))
    return found or None


def _listed_pairs(text: str, size: int) -> list[tuple[sp.Expr, list[sp.MatrixBase]]] | None:
    """"Eigenvalues: $4,0,-1$ Eigenvectors: $[..]$, $[..]$, $[..]$": the k-th vector for the
    k-th value; None unless both lists are there and as long as each other."""
    values: list[sp.Expr] = []
    vectors: list[sp.MatrixBase] = []
    at, heading = 0, None
    for span in MATH_SPAN.finditer(text):
        words = prose_of(text[at:span.start()]).strip().lower()
        at = span.end()
        if words and (heading_match := _LISTS.search(words)):
            heading = heading_match.group(0).rstrip(": ").rstrip("s")
        elif words.strip(" ,") and words.strip(" ,") != "and":
            heading = None  # other words between formulas end a list
        formula = span.group(0).strip("$")
        if heading == "eigenvalue":
            listed = [_value(piece) for piece in split_list(formula)]
            if any(v is None for v in listed):
                return None
            values += listed
        elif heading == "eigenvector":
            vectors += _vectors(formula, size)
    if not values or len(values) != len(vectors):
        return None
    return [(value, [vector]) for value, vector in zip(values, vectors, strict=True)]


def _multiplicities(text: str) -> dict[tuple[str, sp.Expr], int]:
    """``\\alpha_{A}(2) = 1``, ``\\gamma_{A}(2) = 1`` wherever the book states them."""
    found = {}
    for formula in formulas_in(text):
        for kind, at, count in _MULTIPLICITY.findall(formula):
            value = _value(at)
            if value is not None:
                found[kind, value] = int(count)
    return found


def _same_span(ours: list[sp.MatrixBase], theirs: list[sp.MatrixBase]) -> bool:
    """The two sets and their union have one rank."""
    return len({exact_rank(sp.Matrix.hstack(*vs)) for vs in (ours, theirs, ours + theirs)}) == 1
