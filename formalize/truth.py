r"""Read "which of these statements about numbers are true?" into
:mod:`exercises.families.textbook_truth`.

"Using the truth conditions for the logical connectives, determine which statements below are
true and which are false. 1. $17$ is prime, and $17$ is odd. 2. ...", "Decide whether each of
the statements below are true or false. $4|20$ $20|4$ ...", or a part "If $4$ is prime, then
$2\cdot4$ is prime." of an exercise that asks so. This is a word reader: it reads the item's
text with its numbers in place.

Precise: every statement must parse whole in a small grammar (if/then, if and only if, ", and",
", or" over "N is (not) prime/odd/even/composite", "a|b", "my favorite number is N"); one
statement outside it (horses, digits of pi) leaves the item unread. A statement about what the
item says is unknown ("my favorite number") is read only when its truth does not depend on it,
or when the item offers "impossible to determine" as an answer; an item asking for an
explanation is left unread.
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

import sympy as sp

from exercises.families.textbook_truth import Tree, truth_value, vary
from ingest.document import MATH_SPAN

Task = tuple[str, dict[str, Any]]
_ASK = re.compile(r"\b(?:determine|decide)\b[^.?]*\b(?:which|whether)\b[^.?]*\btrue\b[^.?]*"
                  r"\bfalse\b[^.?:]*[.?:]|\bclassify each statement below as true or false"
                  r"(?: \(if possible\))?\.")
_DEMANDS = re.compile(r"\b(?:explain|prove|why|justify|translate|symbols)\b")
_FIRST_PART = re.compile(r"\(a\)|(?:^|\s)a\.\s")
_LABEL = re.compile(r"(?:^|\n|\|)[ \t]*(\d+)\.\s+")
_LETTER = re.compile(r"(?:^|\n|\|)[ \t]*\(([a-z])\)\s+")  # "(a) If $4$ is prime, ..."
# An instruction that offers a third answer besides true and false.
_UNDETERMINED = re.compile(r"\b(?:impossible|not possible|unable) to (?:determine|tell)\b"
                           r"|\bcannot be determined\b|\(if possible\)")
# What an instruction may give as true before it asks: a statement in quotes, and its converse
# (contrapositive, inverse) true or false.
_GIVEN = re.compile(r'suppose the statement,? "(.+?),?" is (true|false)\.')
_RELATED = re.compile(r"assume (?:also )?that (?:the|its) (converse|contrapositive|inverse) is "
                      r"(true|false)\.")
# A statement known only through what is given: "the circle is (not) purple".
_CLAUSE = re.compile(r"(the [a-z]+) is (not )?([a-z]+)")
# The one assumption an instruction may add: that the favorite number is unknown.
_ASSUMED = re.compile(r"\s*assume you do(?: not|n't) know what my favorite number is"
                      r"(?: \(but you do know which numbers are prime\))?\.")
NUMBER = r"(-?\d+)"
_INTEGER = r"(?:0|[1-9]\d*)"  # no leading zero: a bit string such as 01 is no number to evaluate
_ARITHMETIC = re.compile(rf"-?{_INTEGER}(?:[*+-]{_INTEGER})*")
_PROPERTY = re.compile(rf"{NUMBER} is (not )?(?:a )?(prime|odd|even|composite)(?: number)?")
_DIVIDES = re.compile(rf"{NUMBER} ?(?:\||divides) ?{NUMBER}")
_FAVORITE = re.compile(rf"my favorite number is {NUMBER}|{NUMBER} is my favorite number")


def _math(latex: str) -> str:
    """A formula as words read it: ``2\\cdot4`` -> 8, ``4+1`` -> 5, ``4 \\mid 20`` -> 4|20."""
    text = re.sub(r"\s+|\\[,;! ]", "", latex.replace("\\mid", "|").replace("\\cdot", "*"))
    if _ARITHMETIC.fullmatch(text):  # digits and + - * only: safe to evaluate
        return str(sp.sympify(text))
    return text


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("“", '"').replace("”", '"')
    text = MATH_SPAN.sub(lambda m: _math(m.group(1) or m.group(2)), text)
    return re.sub(r"[ \t]+", " ", text).lower()


def statement(text: str, said: set[str] | None = None) -> Tree | None:
    """One statement as a tree, or None when any piece of it is outside the grammar. ``said``:
    the clauses ("the circle is purple") a statement may be built from; an empty set lets any
    such clause in (a given statement's own), None none."""
    text = text.strip().rstrip(".").strip()
    for pattern, head in ((r"if (.+?), then (.+)", "implies"), (r"(.+?) if and only if (.+)", "iff"),
                          (r"(.+?), and (.+)", "and"), (r"(.+?), or (.+)", "or")):
        m = re.fullmatch(pattern, text)
        if m:
            parts = [statement(p, said) for p in m.groups()]
            return None if None in parts else [head, *parts]
    if said is not None and (m := _CLAUSE.fullmatch(text)):
        atom = ["said", f"{m[1]} is {m[3]}"]
        if said and atom[1] not in said:
            return None  # a clause nothing given speaks of
        return ["not", atom] if m[2] else atom
    if m := _PROPERTY.fullmatch(text):
        atom = [m[3], m[1]]
        return ["not", atom] if m[2] else atom
    if m := _DIVIDES.fullmatch(text):
        return ["divides", m[1], m[2]]
    if m := _FAVORITE.fullmatch(text):
        return ["unknown", f"my favorite number is {m[1] or m[2]}"]
    return None


def _statements(listed: str) -> list[str] | None:
    """The statements after the instruction: numbered 1., 2., ... or lettered (a), (b), ...
    (in any layout order, as the PDF's table rows give them) or one a paragraph."""
    for pattern, key in ((_LABEL, int), (_LETTER, lambda c: ord(c) - ord("a") + 1)):
        labels = list(pattern.finditer(listed))
        if not labels:
            continue
        if listed[:labels[0].start()].strip():
            return None
        pieces = {key(m[1]): listed[m.end():n.start() if n else len(listed)].strip(" |\n")
                  for m, n in zip(labels, labels[1:] + [None], strict=True)}
        return [pieces[i] for i in range(1, len(pieces) + 1)] if sorted(pieces) == list(
            range(1, len(pieces) + 1)) else None
    return [p.strip() for p in re.split(r"\n\s*\n", listed) if p.strip()]


def _givens(before: str) -> list[Tree] | None:
    """The statements the words before the ask give as true; None when they suppose or assume
    anything else."""
    given: list[Tree] = []
    quoted = _GIVEN.search(before)
    if quoted:
        tree = statement(quoted[1], set())
        if tree is None:
            return None
        given.append(tree if quoted[2] == "true" else ["not", tree])
        related = _RELATED.search(before, quoted.end())
        if related:
            if tree[0] != "implies":
                return None
            a, b = tree[1:]
            turned = {"converse": ["implies", b, a], "contrapositive": ["implies", ["not", b],
                                                                          ["not", a]],
                      "inverse": ["implies", ["not", a], ["not", b]]}[related[1]]
            given.append(turned if related[2] == "true" else ["not", turned])
            before = before[:related.start()] + before[related.end():]
        before = before[:quoted.start()] + before[quoted.end():]
    if re.search(r"\bsuppose\b|\bassume\b", before):
        return None
    return given


def _clauses(trees: list[Tree]) -> set[str]:
    found: set[str] = set()
    for tree in trees:
        if tree[0] == "said":
            found.add(tree[1])
        found |= _clauses([t for t in tree[1:] if isinstance(t, list)])
    return found


def _after_ask(text: str) -> tuple[str, str] | None:
    """The instruction (the ask and the one assumption it may add) and the text after it."""
    asked = _ASK.search(text)
    if asked is None:
        return None
    assumed = _ASSUMED.match(text, asked.end())
    end = assumed.end() if assumed else asked.end()
    return text[:end], text[end:]


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    own = _plain(text)
    if context:  # a part: its own statement; the question is its exercise's instruction
        found = _after_ask(_FIRST_PART.split(_plain(context), 1)[0])
        if found is None or found[1].strip() or _ASK.search(own):
            return None  # (words after the ask that are not the assumption: a condition unread)
        instruction, pieces = found[0], [own]
    else:
        found = _after_ask(own)
        if found is None:
            return None
        instruction, pieces = found[0], _statements(found[1])
    if _DEMANDS.search(instruction) or not pieces:
        return None
    given = _givens(instruction[:_ASK.search(instruction).start()])
    if given is None:
        return None
    said = _clauses(given) or None
    trees = [statement(p, said) for p in pieces]
    if None in trees:
        return None
    undetermined = bool(_UNDETERMINED.search(instruction))
    try:
        for tree in trees:
            truth_value(tree, undetermined, given)
    except ValueError:
        return None
    return "logic.truth_values", {"statements": trees, **({"undetermined": True} if undetermined
                                                          else {}),
                                  **({"given": given} if given else {})}


_BOOK_VALUE = re.compile(r"(?:^|\n)\s*(?:(?:\d+|[A-H])\.\s*)?(true|false|correct|incorrect"
                         r"|meaningless)\b", re.IGNORECASE)
_SAID = {"true": True, "correct": True, "false": False, "incorrect": False,
         "meaningless": "meaningless"}


def compare_values(answer: sp.Tuple, book_text: str) -> tuple[str, str, str] | None:
    """``(status, method, book value)`` when the book's answer gives a "True."/"False." (a
    choice's "A. Correct."/"B. Incorrect.", a relation's "Meaningless.") at the start of each of
    its paragraphs (or numbered lines), one a statement; else None (also for
    an answer with a statement impossible to determine: the book words that its own way)."""
    ours = [bool(v) if v in (sp.true, sp.false) else str(v) for v in answer]
    if any(v not in (True, False, "meaningless") for v in ours):
        return None
    said = [_SAID[w.lower()] for w in _BOOK_VALUE.findall(book_text)]
    if len(said) != len(answer):
        return None
    status = "match" if said == ours else "differs"
    return status, "the book's True/False for each statement", str(said)


def _vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New numbers until every statement is decided again."""
    for _ in range(100):
        new = vary(params, rng)
        try:
            for tree in new["statements"]:
                truth_value(tree, new.get("undetermined", False), new.get("given", []))
        except ValueError:
            continue
        if new != params:
            return new
    return params


# Families whose parameters formalize.variants re-draws through this module.
REDRAW = {"logic.truth_values": _vary}
