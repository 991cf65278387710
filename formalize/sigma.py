"""Read "Use summation or product notation to rewrite the following. $2+4+6+8+\\dots+2n$" into
:mod:`exercises.families.textbook_sigma`.

A domain reader (:data:`formalize.tasks.READERS`): the words must ask to rewrite in summation
(sigma) or product notation, by name or by its symbol ("Use $\\sum$ notation"), and nothing else (no value to find); every formula but the
notation's own symbols must be a sum or product written out with dots, at least three terms
before them and one after.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from exercises.families.textbook_sigma import N, general_term, upper_limit
from formalize.latex import squeezed, to_sympy

Task = tuple[str, dict[str, Any]]
_ASK = re.compile(r"\b(?:use|using|write|rewrite|express)\b.{0,40}\bnotation\b")
_NAMED = re.compile(r"\b(?:summation|sigma|product)\b.{0,30}\bnotation\b")
_OTHER = re.compile(r"\b(?:find|compute|evaluate|value|simplify|closed|formula|prove|explain)\b")
_NOTATION = re.compile(r"^\(?\\(?:sum|prod|Sigma|Pi)\)?$")
_DOTS = re.compile(r"\\[lc]?dots|\.\.\.")
_FRACTION = re.compile(r"^\(?\\frac\{(-?\d+)\}\{(\d+)\}\)?$")


def _pieces(latex: str) -> tuple[str, list[str]] | None:
    """("sum" or "product", the pieces between its + or \\cdot signs, dots included as "...")."""
    text = _DOTS.sub("...", latex)
    if "+" in text and "\\cdot" not in text:
        return "sum", text.split("+")
    if "\\cdot" in text:
        return "product", text.split("\\cdot")
    groups = re.findall(r"\((?:[^()]|\{[^{}]*\})*\)|\.\.\.", text)
    if "".join(groups) == text:  # (1/2)(2/3)(3/4)...(100/101)
        return "product", groups
    return None


def _term(piece: str) -> list[str] | None:
    """A term as written: [numerator, denominator]."""
    fraction = _FRACTION.match(piece)
    if fraction:
        return [fraction.group(1), fraction.group(2)]
    if re.fullmatch(r"\(?-?\d+\)?", piece):
        return [piece.strip("()"), "1"]
    return None


def written_out(latex: str) -> dict[str, Any] | None:
    """A sum or product written out with dots as the family's item, or None."""
    found = _pieces(squeezed(latex))
    if found is None:
        return None
    kind, pieces = found
    if pieces.count("...") != 1 or pieces[-2] != "..." or len(pieces) < 5:
        return None
    terms = [_term(p) for p in pieces[:-2]]
    last = to_sympy(pieces[-1].strip("()"))
    if None in terms or not isinstance(last, sp.Expr) or not last.free_symbols <= {sp.Symbol("n")}:
        return None
    last = last.subs(sp.Symbol("n"), N)
    term = general_term(terms)  # type: ignore[arg-type]
    if term is None or upper_limit(term, last) is None:
        return None
    return {"kind": kind, "terms": terms, "last": sp.sstr(last)}


def read(formulas: list[str], prose: str, intent: str | None) -> Task | None:
    """The reader for :data:`formalize.tasks.READERS`."""
    if not _ASK.search(prose) or _OTHER.search(prose):
        return None
    written = [f for f in formulas if not _NOTATION.match(squeezed(f))]
    if not _NAMED.search(prose) and len(written) == len(formulas):  # "Use $\sum$ notation"
        return None
    items = [written_out(f) for f in written]
    if not items or None in items:
        return None
    return "sequences.sigma_notation", {"items": items}
