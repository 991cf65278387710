"""Compare named values with the book's: "$b = 7.4$, $c = 15.1$, $C = 120^\\circ$".

A trigonometry book answers "solve the triangle" with the unknown parts by name,
two such groups when two triangles fit ("...; $b = 9.9$, ..."), or "No solution";
and "find the amplitude, period and phase shift" with "amplitude $= 1$, period
$= 2\\pi/5$, ...". A computed answer of that kind is a SymPy ``Dict`` (name -> value),
a ``Tuple`` of them, or an empty ``Tuple``. The book's pairs are read in order; a
name seen again starts the next group. Each group must match a different computed
solution on every name both give. A value printed with a degree mark is compared in
degrees (the families give angles in degrees); a decimal within half a unit of its
last printed digit or 0.5% (books round as they go); anything else exactly.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import DECIMALS, DEGREE_MARK, to_sympy
from ingest.document import formulas_in

_EQUALS = re.compile(r"(?<![<>!\\])=(?![^{]*})")
_NONE = re.compile(r"\bno (?:solution|triangle|such triangle)", re.IGNORECASE)
# "phase shift = $-3/5$": a name in words just before an equals sign.
_WORD_NAME = re.compile(r"([a-z][a-z ]*?)\s*=?\s*$")
RELATIVE = sp.Rational(5, 1000)
# Assignments run together in one formula (a PDF display: "A=9^{\circ},B=81^{\circ}") part at a
# comma or a row break before the next name; any other row break is a stray line break.
_NEXT_NAME = re.compile(r"(?:,|(?<!\\);|\\\\)(?=(?:[^,;=\\]|\\[a-zA-Z]+|\\[,;:! ])*=)")
# "\sin\theta=\sqrt{3}/2 \text{and} \tan\theta=-\sqrt{3}": words that join two named values
_JOINING_WORD = re.compile(r"\\text\s*\{\s*and\s*\}")


def is_named(answer: Any) -> bool:
    """Is ``answer`` named values (a Dict), or a tuple of such solutions (maybe none)?"""
    return isinstance(answer, sp.Dict) or (
        isinstance(answer, sp.Tuple) and all(isinstance(a, sp.Dict) for a in answer))


def compare_named(answer: Any, text: str, worked: bool) -> tuple[str, str]:
    """("match" | "differs" | "unreadable", how) for a named answer against the book's text."""
    solutions = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    groups = _groups(text)
    if not groups:
        if _NONE.search(text):
            return ("match" if not solutions else "differs"), "the book says no triangle fits"
        return "unreadable", "no named value in the book's answer"
    if worked:  # a worked solution: every computed value must appear under its name
        pairs = [p for g in groups for p in g]
        found = all(any(_agree(v, p) for p in pairs if p[0] == k)
                    for s in solutions for k, v in s.items())
        return ("match" if found else "unreadable"), "each named value appears in the solution"
    if not any(k in s for s in solutions for g in groups for k, *_ in g):
        return "unreadable", "the book names none of the computed values"
    unmatched = list(solutions)
    for group in groups:
        match = next((s for s in unmatched if _group_agrees(s, group)), None)
        if match is None:
            return "differs", "a group of the book's values matches no computed solution"
        unmatched.remove(match)
    same = not unmatched
    return ("match" if same else "differs"), ("the same named values (degrees and decimals " \
        "to the book's printed digits)")


def compare_point(answer: sp.Tuple, text: str) -> tuple[str, str]:
    """A point "(x, y)" or "(r, theta)" against the book's last point, coordinate by coordinate
    (an angle printed in degrees compared in degrees)."""
    points = []
    for formula in formulas_in(text):
        inner = formula.strip().rstrip(".,;")
        if inner.startswith("(") and inner.endswith(")") and inner.count(",") == 1:
            coordinates = [_values(None, part) for part in inner[1:-1].split(",")]
            if all(len(c) == 1 for c in coordinates):
                points.append([c[0] for c in coordinates])
    if not points:
        return "unreadable", "no point in the book's answer"
    same = len(answer) == 2 and all(_agree(a, p) for a, p in zip(answer, points[-1], strict=True))
    return ("match" if same else "differs"), "the same point, coordinate by coordinate"


def _group_agrees(solution: sp.Dict, group: list[tuple[Any, ...]]) -> bool:
    shared = [p for p in group if p[0] in solution]
    return bool(shared) and all(_agree(solution[p[0]], p) for p in shared)


def _agree(value: Any, pair: tuple[Any, ...]) -> bool:
    _, book, tolerance = pair
    if tolerance is None:
        return sp.simplify(value - book) == 0 if not value.has(sp.Float) else \
            abs(sp.N(value - book, 30)) <= 1e-9 * (1 + abs(sp.N(book, 30)))
    return bool(abs(sp.N(value - book, 30)) <= max(tolerance, RELATIVE * abs(sp.N(book, 30))))


def _groups(text: str) -> list[list[tuple[Any, ...]]]:
    """The book's (name, value, tolerance) triples, split into groups at a repeated name."""
    groups: list[list[tuple[Any, ...]]] = [[]]
    for pair in _pairs(text):
        if any(pair[0] == p[0] for p in groups[-1]):
            groups.append([])
        groups[-1].append(pair)
    return [g for g in groups if g]


def _pairs(text: str) -> list[tuple[Any, ...]]:
    cursor, found = 0, []
    for formula in formulas_in(text):
        at = text.find(formula, cursor)
        before, cursor = text[cursor:max(at, cursor)], max(at, cursor) + len(formula)
        for piece in _NEXT_NAME.split(_JOINING_WORD.sub(";", formula)):
            found += _named_values(piece.replace("\\\\", " "), before)
    return found


def _named_values(formula: str, before: str) -> list[tuple[Any, ...]]:
    """The values of one ``name = value`` formula; the name may be the words ``before`` it."""
    chain = _EQUALS.split(formula)
    name_text = chain[0] if len(chain) > 1 else ""
    if not name_text.strip():  # "amplitude $= 1$" or "period = $\pi$": the name is words
        words = _WORD_NAME.search(before.replace("$", "").rstrip())
        if not words or (len(chain) == 1 and not before.rstrip(" $").endswith("=")):
            return []
        name: Any = sp.Symbol(words.group(1).strip().split(",")[-1].strip().replace(" ", "_"))
    else:
        name = to_sympy(name_text, definition_rhs=False)
    return [] if name is None else _values(name, chain[-1])


def _values(name: Any, latex: str) -> list[tuple[Any, ...]]:
    """One (name, value, tolerance) per value ``latex`` gives: two for "\\pm 1"."""
    signs = ("+", "-") if "\\pm" in latex else ("",)
    found = []
    for sign in signs:
        value = to_sympy(latex.replace("\\pm", sign, 1) if sign else latex)
        if not isinstance(value, sp.Expr) or not value.is_number:
            continue
        digits = DECIMALS.findall(latex)
        tolerance = sp.Rational(5, 10 ** (max(len(d) for d in digits) + 1)) if digits else None
        if DEGREE_MARK.search(latex):
            value = value * 180 / sp.pi
        found.append((name, value, tolerance))
    return found
