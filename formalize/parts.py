"""What a part of an exercise owns: its own formulas and the words that ask its question.

A part ("(b) Find $A \\cup B$.") is read with its exercise's text after its own
(:data:`formalize.OWN_END` marks where its words end), since the exercise's first words may
give what the part needs ("Let $A = \\{1,2,3\\}$ ..."). Its siblings' questions and formulas
must not become its own: the exercise's text it is read with is :func:`context_of`'s, the
setup and this part only; a reader takes the question from :func:`own_formulas` and
:func:`asked`.
"""

from __future__ import annotations

import re

from extract.patterns import label_run, text_part_labels
from formalize import OWN_END
from ingest.document import formulas_in, prose_of

_FIRST_PART = re.compile(r"\(a\)|(?:^|\s)a\.\s|(?:^|\s)1\.\s")

# The labels :func:`context_of` leaves of the parts it cuts out: "a. b. ", "(a) (b) ", "a) ";
# a label stands alone ("e.g." is none).
SIBLING_LABELS = r"(?:(?:^|\s+)(?:\([a-z]\)|[a-z][.)])(?=\s|$))*\s*"


def context_of(exercise: str, parts: list[str], own: int) -> str | None:
    """The exercise's text as its part number ``own`` (of ``parts``, in book order) reads it:
    the setup its parts share and this part, every other part cut out ("Let $x' = 2t$. a)
    Approximate ... b) Solve exactly": b) must not take a)'s Euler's method, nor a)'s
    formulas), but for the matrices and sets an earlier part names and this one uses, and an
    earlier part that sets up the parts after it ("(a) For $f(n)=n^2$, what are each of the
    following sets? (a) $f^{-1}(\\{1,4,9\\})$ (b) ...": parts within a part), every earlier part
    of a part that goes on with the graph they drew ("(b) Now add a single edge to your graph",
    "(b) Was the resulting graph you found a tree?"), and the closing instruction the PDF puts into the last part (:func:`_instruction`). None when the
    parts are not found in order in the exercise's text; the whole text when the PDF ran its
    parts' formulas together (:func:`merged`: no part is read)."""
    if merged(formulas_in(exercise)):
        return exercise
    kept, at = [], 0
    for index, part in enumerate(parts):
        start = exercise.find(part, at)
        if start < 0:
            return None
        kept.append(exercise[at:start] + (
            part if index == own or index < own and (_SETUP_PART.search(part)
                                                     or _GOES_ON.match(parts[own]))
            else _definitions(part, parts[own], index == own - 1) if index < own
            else _instruction(part) if index == len(parts) - 1 else ""))
        at = start + len(part)
    return "".join(kept) + exercise[at:]


# "(f) $R_6 = \{...\}$,\n\nFor each of the relations, determine whether it is ...": the PDF
# text layer puts an exercise's closing instruction into its last part.
_FOR_EACH = re.compile(r"\n\s*\n\s*(For each of the\b.*)$", re.DOTALL)


def _instruction(last: str) -> str:
    """The instruction to every part that closes the exercise's last part, if any."""
    found = _FOR_EACH.search(last)
    return found.group(1) if found else ""


# "$A = \begin{bmatrix} ... \end{bmatrix}$", "$A=\{1,2,3\}$": a part that names a matrix or a
# listed set for its later siblings ("(b) Now find $A\cup B$").
_DEFINITION = re.compile(r"^\s*([A-Z])\s*=\s*(?:(?:\\left\s*[\[(]\s*)?\\begin\{|\\\{)")
# A part that ends asking about "the following": the parts after it are its own.
_SETUP_PART = re.compile(r"\bthe following\b[^.?!$]*[?:]\s*$", re.IGNORECASE)
# "(b) Now add a single edge to your graph, ...", "(d) Was the resulting graph you found a
# tree?", "... for the graph in part (a)?": a part that goes on with the graph the parts before
# it drew or gave.
_GOES_ON = re.compile(r"\s*(?:now add\b[^.?]*\b(?:your|the) graph\b|was the resulting graph you "
                      r"found\b|[^.?]*\bfor the graph in part \([a-h]\))", re.IGNORECASE)


# "(d) Find the closed formula for this second sequence.": the sequence the part before defined.
_THIS_SEQUENCE = re.compile(r"\bthis (?:second |third |new )?sequence\b", re.IGNORECASE)
_FIRST_TERM = re.compile(r"^\s*[a-zA-Z]_\{?\d+\}?\s*=\s*-?\d+\s*$")


def _definitions(earlier: str, part: str, previous: bool = False) -> str:
    """The matrices an earlier part names ("a) Find the eigenvalues of $A = [...]$") that
    ``part`` uses by name ("b) Solve $\\vec{x}' = A\\vec{x}$"): the name, not the question.
    When ``earlier`` is the part just before and ``part`` asks about "this sequence" ("(c) ...
    this time with initial condition $a_0 = 1$. (d) Find the closed formula for this second
    sequence."), the first terms that part gave (``a_0 = 1``): they say which sequence it is."""
    used = " ".join(formulas_in(part))
    kept = [latex for latex in formulas_in(earlier)
            if (name := _DEFINITION.match(latex))
            and re.search(rf"(?<![a-zA-Z\\]){name.group(1)}(?![a-zA-Z])", used)]
    if previous and _THIS_SEQUENCE.search(prose_of(part)):
        kept += [latex for latex in formulas_in(earlier) if _FIRST_TERM.match(latex)]
    return " ".join(f"${latex}$" for latex in kept)


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


def has_parts(prose: str) -> bool:
    """Is the item itself (its words before :data:`formalize.OWN_END`) an exercise with labelled
    parts? A reader that answers one question must not stand for all of them."""
    return bool(_FIRST_PART.search(prose.partition(OWN_END)[0]))


def asked(prose: str) -> str:
    """The words that ask a part's question: its own and its exercise's instruction (the
    exercise's words before its first part label), not its sibling parts'."""
    own, _, context = prose.partition(OWN_END)
    return own + " " + _FIRST_PART.split(context, 1)[0]


def merged(formulas: list[str]) -> bool:
    """Is a part's label inside a formula ("5x+6x=4b)6x+8y+6z=-1": a letter a-h and a ")" that
    closes no bracket)? The PDF text layer ran the parts' formulas together, so which formula
    is which part's cannot be told."""
    for formula in formulas:
        depth = 0
        for at, char in enumerate(formula):
            if char in "([":
                depth += 1
            elif char == ")" and depth:
                depth -= 1
            elif char == ")" and formula[at - 1:at] in list("abcdefgh") \
                    and not formula[at - 2:at - 1].isalpha():
                return True
    return False


# A part that is one matrix or vector: "$\\begin{bmatrix}...$", "$3\\begin{bmatrix}...$", "$(1,3,-4)$".
_ARRAY = re.compile(r"[-\d\s]*(?:\\begin\{|[(\[])")


def listed_formulas(text: str) -> list[str] | None:
    """The formulas of an exercise that lists its parts one matrix or vector each ("Compute the
    rank of a) $[..]$ b) $[..]$"), its parts' formulas as one display labelled a), b), ...: the
    shape :mod:`formalize.labelled_parts` reads into one task over every part, where reading the
    first matrix would answer a smaller question than the exercise asks. None for any other."""
    run = label_run(text_part_labels(text), "a")
    ends = [label.start for label in run[1:]] + [len(text)]
    pieces = [text[label.end:end] for label, end in zip(run, ends)]
    listed = [formulas_in(piece) for piece in pieces]
    if len(run) < 2 or any(len(found) != 1 or not _ARRAY.match(found[0]) or
                           re.search(r"[A-Za-z]", prose_of(piece)) for found, piece in zip(listed, pieces)):
        return None
    return formulas_in(text[:run[0].start]) + [
        " ".join(f"{label.letter}){found[0]}" for label, found in zip(run, listed))]
