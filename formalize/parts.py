"""What a part of an exercise owns: its own formulas and the words that ask its question.

A part ("(b) Find $A \\cup B$.") is read with its exercise's text after its own
(:data:`formalize.OWN_END` marks where its words end), since the exercise's first words may
give what the part needs ("Let $A = \\{1,2,3\\}$ ..."). Its siblings' questions must not
become its own: a reader takes the question from these two functions.
"""

from __future__ import annotations

import re

from formalize import OWN_END

_FIRST_PART = re.compile(r"\(a\)|(?:^|\s)a\.\s|(?:^|\s)1\.\s")


def own_formulas(formulas: list[str], prose: str) -> list[str]:
    """The item's own formulas. A part's formulas come before its exercise's, and recur among
    them: the longest prefix that recurs later; none recurs when the part has none of its own
    (or is read without its exercise's formulas: it is read again with them). An item that is
    not a part owns all its formulas."""
    if not prose.partition(OWN_END)[2].strip():
        return formulas
    for size in range(len(formulas) // 2, 0, -1):
        head = formulas[:size]
        if any(formulas[at:at + size] == head for at in range(size, len(formulas) - size + 1)):
            return head
    return []


def asked(prose: str) -> str:
    """The words that ask a part's question: its own and its exercise's instruction (the
    exercise's words before its first part label), not its sibling parts'."""
    own, _, context = prose.partition(OWN_END)
    return own + " " + _FIRST_PART.split(context, 1)[0]
