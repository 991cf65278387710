r"""Read a propositional statement to simplify: "Simplify $\neg(P \to \neg Q)$ (so that negation
only appears right before variables)".

The posed family is :mod:`exercises.families.textbook_logic`. Strict: the item (or part) holds
exactly one formula, a statement in capital letters and connectives (no quantifier, no
predicate), and its words (or its exercise's instruction) ask to simplify it. The book's answer
is compared as logic, not as text: every statement it prints must be equivalent to ours.
"""

from __future__ import annotations

import random
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_discrete import _rows, _truth
from formalize import discrete
from formalize.parts import asked, own_formulas
from ingest.document import formulas_in

Task = tuple[str, dict[str, Any]]
_SIMPLIFY = re.compile(r"\bsimplify\b")
# Words that ask something besides the simplified statement.
_OTHER = re.compile(r"\btruth table|\btranslate|\bequivalent to each other|\bprove|\bexplain")


def read(formulas: list[str], prose: str, intent: str | None) -> Task | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    words = asked(prose)
    own = own_formulas(formulas, prose)
    if not _SIMPLIFY.search(words) or _OTHER.search(words) or len(own) != 1:
        return None
    parsed = discrete.proposition(own[0])
    if parsed is None or isinstance(parsed, sp.Symbol):
        return None
    return "logic.negation_normal_form", {"formula": sp.sstr(parsed)}


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same connectives; the letters permuted and some of them negated."""
    drawn = discrete.REDRAW["logic.propositional"]({"formulas": [params["formula"]]}, rng)
    return {**params, "formula": drawn["formulas"][0]}


def is_statement(answer: Any) -> bool:
    """A propositional statement in capital letters (not a bare truth value, not a condition
    on numbers)."""
    return (isinstance(answer, sp.logic.boolalg.BooleanFunction) and bool(answer.free_symbols)
            and not answer.atoms(sp.core.relational.Relational)  # x > 1 & x < 3: numbers
            and all(re.fullmatch(r"[A-Z]", s.name) for s in answer.free_symbols))


def compare_statements(answer: sp.Basic, text: str) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: each statement the book's answer prints against ours,
    row by row of the truth table; all must agree (a book that offers two forms, one with a
    misprint, differs)."""
    book = [f for f in map(discrete.proposition, formulas_in(text))
            if f is not None and not isinstance(f, sp.Symbol)]
    if not book:
        return "unreadable", "no statement in the book's answer parses", None
    method = "logically equivalent (every row of the truth table)"
    for formula in book:
        rows = _rows([answer, formula])
        if not all(_truth(answer, r) == _truth(formula, r) for r in rows):
            return "differs", method, sp.sstr(formula)
    return "match", method, sp.sstr(book[-1])


# Families whose parameters formalize.variants re-draws through this module.
REDRAW = {"logic.negation_normal_form": vary}
