"""Read "P(x,y) is true or false according to the following table (x values are rows, y values
are columns) ... decide whether the following statements are true or false. (a) $\\forall
y\\exists xP(x,y)$" into :mod:`exercises.families.textbook_quantifiers`.

A word reader (:data:`formalize.tasks.WORD_READERS`): the table is words and numbers ("1 2 3 4
$1$ T F F F $2$ F T T F ..."), read from the item's exercise when the item is a part. Strict:
the table must be square with its row labels equal to its column labels, the text must say
which variable the rows hold, and every statement must be quantifiers binding both letters of
one predicate applied to them; a statement of any other form leaves the item unread.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.counting import plain
from ingest.document import formulas_in

Task = tuple[str, dict[str, Any]]
_ASK = re.compile(r"\b(?:decide|determine)\b[^.?]*\bwhether\b[^.?]*\btrue or false\b")
_ROWS = re.compile(r"\b([a-z]) values are rows, ([a-z]) values are columns\b")
_STATEMENT = re.compile(r"^((?:\\(?:forall|exists)\s*[a-z]\s*)+)([A-Z])\(([a-z]),([a-z])\)\.?$")
_OTHER = re.compile(r"\bexplain|\bprove|\bwhy\b|\btranslate|\bnegat"
                    r"|\b(?:give|find|provide) an? (?:\w+ )?example")


def table(words: str) -> tuple[list[int], list[list[bool]]] | None:
    """The first square table of T/F written out as header, then rows led by their labels."""
    tokens = words.replace("$", " ").split()
    for start in range(len(tokens)):
        header = []
        for token in tokens[start:]:
            if not re.fullmatch(r"-?\d+", token):
                break
            header.append(int(token))
        for size in range(2, min(len(header), 8) + 1):  # the header runs into row 1's label
            at = start + size
            rows, ok = [], True
            for label in header[:size]:
                row = tokens[at:at + size + 1]
                if len(row) != size + 1 or row[0] != str(label) or \
                        any(v not in ("t", "f") for v in row[1:]):
                    ok = False
                    break
                rows.append([v == "t" for v in row[1:]])
                at += size + 1
            if ok:
                return header[:size], rows
    return None


def statement(latex: str, letters: tuple[str, str]) -> dict[str, Any] | None:
    """"\\forall y\\exists xP(x,y)" as quantifiers and the predicate's arguments."""
    found = _STATEMENT.match(re.sub(r"\\[,;: ]", "", latex).strip())
    if not found:
        return None
    quantifiers = [[kind, name] for kind, name in
                   re.findall(r"\\(forall|exists)\s*([a-z])", found.group(1))]
    arguments = [found.group(3), found.group(4)]
    names = [name for _, name in quantifiers]
    if sorted(names) != sorted(set(arguments)) or len(set(names)) != len(names) or \
            set(arguments) != set(letters):
        return None
    return {"quantifiers": quantifiers, "arguments": arguments}


def read(text: str, context: str | None) -> Task | None:
    """The word reader: the statements in the item, the table and the ask in its exercise."""
    if "\\forall" not in text and "\\exists" not in text:
        return None
    words = plain((context or "") + " " + text)
    rows = _ROWS.search(words)
    found = table(words)
    if not _ASK.search(words) or _OTHER.search(words) or rows is None or found is None:
        return None
    letters = (rows.group(1), rows.group(2))
    quantified = [f for f in formulas_in(text) if "\\forall" in f or "\\exists" in f]
    statements = [statement(f, letters) for f in quantified]
    if not statements or None in statements:
        return None
    if any(s["arguments"] != list(letters) for s in statements):
        return None  # P(y,x): the table's orientation would be turned; not read
    domain, entries = found
    return "logic.quantified_table", {"domain": domain, "table": entries,
                                      "statements": statements}
