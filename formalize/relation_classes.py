"""Read the classes of a relation on a set of whole numbers into
:mod:`exercises.families.textbook_relation_classes`.

"Find the relation classes for the “is a multiple of” relation on the set $A = \\{1,2,3,4,5,6\\}$."
and "Find all the numbers $a$ between 1 and 31 that are $5 \\mod 7$. That is, find all $a$ such
that a % 7 = 5." (the PDF writes "a $\\%7=5$"): a word reader that matches each whole item;
the two ways a remainder item states its remainder must agree.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.counting import plain

Task = tuple[str, dict[str, Any]]

_MULTIPLE = re.compile(r'find the relation classes for the "is a multiple of" relation on the set '
                       r"(?:\$a=\$|a =) \{(\d+(?:,\d+)*)\}\.")
_REMAINDER = re.compile(r"find all the numbers a between (\d+) and (\d+) that are \$(\d+) ?\\mod ?"
                        r"(\d+)\$\. that is, find all a such that a (?:\$\\%|%) ?(\d+) ?= ?(\d+)\$?\.")


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    own = plain(text)
    if found := _MULTIPLE.fullmatch(own):
        return "relations.classes", {"relation": "multiple",
                                     "domain": [int(a) for a in found[1].split(",")]}
    if found := _REMAINDER.fullmatch(own):
        low, high, residue, modulus, again_modulus, again_residue = map(int, found.groups())
        if (modulus, residue) != (again_modulus, again_residue) or low > high:
            return None
        return "relations.classes", {"relation": "remainder", "modulus": modulus,
                                     "residue": residue, "domain": list(range(low, high + 1))}
    return None

