r"""A book's answer that lists a sequence's first terms ("$0, 4, 4, 4, 4, \dots$") against the
first terms computed: equal where both give terms (at least three), part by part when an item
asks for several sequences. A recursive definition or a term's place ("$a_n = a_{n-1} + 3$;
$a_1 = 10$", "Yes, $1555 = a_{516}$") against the book's equations for the same terms."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy
from ingest.document import formulas_in

_NUMBER = r"-?\d+(?:/\d+)?"
_SEQUENCE = re.compile(rf"^\s*(?:\(?[a-z]\)\s*)?({_NUMBER}(?:\s*,\s*{_NUMBER}){{2,}})\s*,\s*"
                       r"(?:\\[lc]?dots|\.\s*\.\s*\.|\\ldots)\s*[.,]?\s*$")


def is_terms(answer: Any) -> bool:
    """First terms of one sequence (three or more numbers) or of several."""
    rows = list(answer) if isinstance(answer, sp.Tuple) and answer and all(
        isinstance(a, sp.Tuple) for a in answer) else [answer]
    return all(isinstance(r, sp.Tuple) and len(r) >= 3 and all(
        isinstance(v, sp.Rational) for v in r) for r in rows)


def book_sequences(text: str) -> list[list[sp.Rational]]:
    """Every sequence the book lists by its first terms, ending with dots."""
    return [[sp.Rational(t.strip()) for t in match.group(1).split(",")]
            for formula in formulas_in(text) if (match := _SEQUENCE.match(formula))]


def compare_terms(answer: sp.Tuple, text: str) -> tuple[str, str, str | None] | None:
    """``(status, method, book value)``, or None when the book lists no sequence (another
    comparison may read it)."""
    theirs = book_sequences(text)
    if not theirs:
        return None
    ours = list(answer) if all(isinstance(a, sp.Tuple) for a in answer) else [answer]
    shown = "; ".join(", ".join(map(str, t)) for t in theirs)
    if len(theirs) != len(ours):
        return "unreadable", f"the book lists {len(theirs)} sequences for {len(ours)}", shown
    same = all(list(o[:len(t)]) == t[:len(o)] for o, t in zip(ours, theirs, strict=True))
    return ("match" if same else "differs"), "the same first terms as the book lists", shown


_TERM = re.compile(r"^a_\{[^{}]+\}$")  # a_{n}, a_{n - 1}, a_{516} as formalize.latex reads them


def _equations(answer: Any) -> list[sp.Equality] | None:
    """The answer as equations for terms of a sequence: ``a_n = a_{n-1} + 3`` with ``a_1 = 10``,
    ``a_{516} = 1555``; a recursive definition with a closed formula (its ``a_n = ...`` too)."""
    if isinstance(answer, sp.Tuple) and len(answer) == 2 and isinstance(answer[0], sp.Tuple) \
            and isinstance(answer[1], sp.Expr) and not isinstance(answer[1], sp.Tuple):
        found = _equations(answer[0])
        return found + [sp.Eq(found[0].lhs, answer[1], evaluate=False)] if found else None
    equations = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    ok = bool(equations) and all(isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Symbol)
                                 and _TERM.match(e.lhs.name) for e in equations)
    return equations if ok else None


def is_definition(answer: Any) -> bool:
    """Equations for terms of a sequence (:func:`_equations`)."""
    return _equations(answer) is not None


def _book_terms(text: str) -> dict[str, list[sp.Basic]]:
    """What the book's equations set each term to: each side of ``a = b = c`` that is a term,
    against each other side."""
    said: dict[str, list[sp.Basic]] = {}
    for formula in formulas_in(text):
        sides = [to_sympy(side) for side in formula.split("=")]
        for side in sides:
            if isinstance(side, sp.Symbol) and _TERM.match(side.name):
                said.setdefault(side.name, []).extend(
                    other for other in sides if other is not side and other is not None)
    return said


def compare_definition(answer: Any, text: str) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: each of our equations against the book's for the same
    term; unreadable when the book sets some term we do not name (or none at all), or when only
    a recurrence differs from the book's (another recurrence may define the same sequence)."""
    said = _book_terms(text)
    equations = _equations(answer) or []
    method = "the book's equation for each term"
    if not all(e.lhs.name in said for e in equations):
        return "unreadable", "the book does not set every term the answer does", None

    def equal(value: sp.Basic, ours: sp.Expr) -> bool:
        return isinstance(value, sp.Expr) and sp.expand(value - ours) == 0

    found = [next((v for v in said[e.lhs.name] if equal(v, e.rhs)), None) for e in equations]
    shown = "; ".join(f"{e.lhs} = {v if v is not None else said[e.lhs.name]}"
                      for e, v in zip(equations, found, strict=True))
    if None not in found:
        return "match", method, shown
    unmatched = [e for e, v in zip(equations, found, strict=True) if v is None]
    if all(any(_TERM.match(x.name) for x in e.rhs.free_symbols) for e in unmatched):
        # only a recurrence differs: another recurrence (a_n = 2a_{n-1} - a_{n-2} for a_n = a_{n-1}
        # + 2) may define the same sequence
        return "unreadable", "the book's recurrence is another one (maybe for the same sequence)", shown
    return "differs", method, shown
