"""Read "Starting with $(1,2,3)$, $(1,1,1)$, $(2,2,0)$, follow the Gram–Schmidt process to find
an orthogonal basis" and "Find the $s$ that makes the following vectors orthogonal:
$(1,2,3)$, $(1,1,s)$" from a book item (word readers: the vectors are read in place).

Gram-Schmidt: the vectors are the tuples of numbers written before the end of the sentence
that names the process (a worked example's own computation comes after it), two or more,
all of one size. The unknown entry: the two tuples right after the question, one of them
holding the named letter.
"""

from __future__ import annotations

import random
import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy
from ingest.document import formulas_in

_PROCESS = re.compile(r"gram\s*[-–—]\s*schmidt", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.:](?=\s|$)")
_TUPLE = re.compile(r"^\s*\(\s*([^()]+)\s*\)\s*[.,]?\s*$")
_NOT_ASKED = re.compile(r"\bsuch that\b|\bnormali[sz]|\borthonormal|\bshow\b|\bprove", re.IGNORECASE)
_UNKNOWN = re.compile(r"find the \$\s*([a-z])\s*\$ that makes the (?:following )?vectors "
                      r"orthogonal:?\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _tuple(latex: str) -> list[str] | None:
    """The entries of a written tuple "(1, -2, 3)" as strings, or None."""
    match = _TUPLE.match(latex.replace("\\bigl", "").replace("\\bigr", ""))
    if match is None:
        return None
    entries = [to_sympy(e) for e in match.group(1).split(",")]
    if len(entries) < 2 or not all(e is not None and e.is_number for e in entries):
        return None
    return [str(e) for e in entries]


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """A word reader for :data:`formalize.tasks.WORD_READERS`."""
    unknown = _UNKNOWN.search(text)
    if unknown is not None:
        return _orthogonal_value(unknown.group(1), unknown.group(2))
    named = _PROCESS.search(text)
    if named is None or _NOT_ASKED.search(text[:named.end() + 80]):
        return None
    end = _SENTENCE_END.search(text, named.end())
    before = text[:end.start() if end else len(text)]
    vectors = [v for v in map(_tuple, formulas_in(before)) if v]
    if len(vectors) < 2 or len({len(v) for v in vectors}) != 1 or len(vectors) > len(vectors[0]):
        return None
    return "linear_algebra.gram_schmidt", {"vectors": vectors}


def _orthogonal_value(name: str, rest: str) -> tuple[str, dict[str, Any]] | None:
    written = formulas_in(rest)[:2]
    vectors = []
    for latex in written:
        match = _TUPLE.match(latex)
        entries = [to_sympy(e) for e in match.group(1).split(",")] if match else []
        if not entries or any(e is None or e.free_symbols - {to_sympy(name)} for e in entries):
            return None
        vectors.append([str(e) for e in entries])
    if len(vectors) != 2 or len(vectors[0]) != len(vectors[1]):
        return None
    return "linear_algebra.orthogonal_parameter", {"u": vectors[0], "v": vectors[1], "name": name}


def compare_basis(answer: Any, book_text: str) -> tuple[str, str] | None:
    """Vectors in order (a Gram-Schmidt basis) against the book's written tuples: each of the
    book's a nonzero multiple of the answer's in the same place (a book may clear fractions).
    None when the answer is no such list or the book prints another number of tuples."""
    if not (isinstance(answer, sp.Tuple) and len(answer) > 1 and all(
            isinstance(w, sp.MatrixBase) and w.cols == 1 and not w.free_symbols for w in answer)):
        return None
    if any(w.rows != z.rows or w.dot(z) != 0 for k, w in enumerate(answer) for z in answer[k + 1:]) \
            or any(w.is_zero_matrix for w in answer):
        return None  # not an orthogonal basis (projections, say): each vector is itself
    written = [v for v in map(_tuple, formulas_in(book_text)) if v]
    if len(written) != len(answer) or any(len(v) != w.rows for v, w in zip(written, answer)):
        return None
    same = all(sp.Matrix.hstack(sp.Matrix(w), sp.Matrix([sp.sympify(e) for e in v])).rank() == 1
               and any(sp.sympify(e) != 0 for e in v) for v, w in zip(written, answer))
    return ("match" if same else "differs"), "each vector a multiple of the book's in its place"


def _redraw_vectors(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """As many new independent integer vectors of the same size."""
    count, size = len(params["vectors"]), len(params["vectors"][0])
    while True:
        vectors = [[rng.randint(-3, 3) for _ in range(size)] for _ in range(count)]
        if sp.Matrix(vectors).rank() == count:
            return {**params, "vectors": [[str(v) for v in row] for row in vectors]}


def _redraw_entries(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New small integers for the known entries; the unknown keeps its place, and its
    partner entry stays nonzero (the dot product keeps depending on it)."""
    name = params["name"]
    at = next(k for k, e in enumerate(params["u"] + params["v"]) if e == name) % len(params["u"])

    def draw(vector: list[str], other: list[str]) -> list[str]:
        return [e if e == name else str(rng.choice([-3, -2, -1, 1, 2, 3]) if k == at and
                                        other[k] == name else rng.randint(-4, 4))
                for k, e in enumerate(vector)]
    return {**params, "u": draw(params["u"], params["v"]), "v": draw(params["v"], params["u"])}


REDRAW = {"linear_algebra.gram_schmidt": _redraw_vectors,
          "linear_algebra.orthogonal_parameter": _redraw_entries}
