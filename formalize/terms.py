r"""A book's answer that lists a sequence's first terms ("$0, 4, 4, 4, 4, \dots$") against the
first terms computed: equal where both give terms (at least three), part by part when an item
asks for several sequences."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

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
