"""Read "Suppose the column space of a $9 \\times 5$ matrix $A$ is of dimension 3. Find ... b)
Nullity of $A$." (Lebl A.4.103) and "Suppose a $5 \\times 5$ matrix $A$ has rank 3. What is
the nullity?" (A.4.3) into ``linear_algebra.rank_nullity``.

The setup (the part's exercise, or the item) gives the matrix's size and its rank, in words
(the rank, the column or row space's dimension); the item's own words ask one quantity. An
item that asks for entries ("fill in the question marks") or gives anything else is not read.
"""

from __future__ import annotations

import re
from typing import Any

from formalize import OWN_END

_SIZE = re.compile(r"\$\s*(\d+)\s*\\times\s*(\d+)\s*\$\s*matri(?:x|ces)\b")
_GIVEN = re.compile(r"\b(?:has rank|(?:column|row) space of [^.]*?\bis of dimension|"
                    r"(?:column|row) space of [^.]*?\bhas dimension)\s*\$?\s*(\d+)\s*\$?")
# The quantity the item's own words ask, by the name the family answers with.
_ASKED = [("nullity", re.compile(r"\bnullity\b|\bdimension of the (?:null ?space|kernel)\b")),
          ("rank", re.compile(r"\brank of\b|\bdimension of the (?:row|column) space\b|"
                              r"\bmaximum (?:subset|number) of linearly independent "
                              r"(?:rows|columns)\b"))]
_NOT_ASKED = re.compile(r"\bfill in\b|\bquestion marks?\b|\bfind a basis\b|\?\s*&|\bprove\b|\bshow\b"
                        r"|\bexplain\b|\bwhy\b")


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    own = " ".join(text.split(OWN_END)[0].split())
    setup = " ".join((context or own).split())
    size, given = _SIZE.search(setup), _GIVEN.search(setup)
    if size is None or given is None or _NOT_ASKED.search(setup):
        return None
    asked_words = own[given.end():] if context is None else own
    asked = [name for name, words in _ASKED if words.search(asked_words.lower())]
    if len(asked) != 1:
        return None  # nothing asked, or the whole exercise's several questions
    rows, cols = size.groups()
    return "linear_algebra.rank_nullity", {"rows": rows, "cols": cols, "rank": given.group(1),
                                           "asked": asked[0]}
