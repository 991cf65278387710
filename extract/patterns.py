"""How books announce their items: the words, numbering schemes and headings extract looks for.

Kept in one place so that supporting a new book's wording means adding a word
here, not touching the delimiting logic. Everything is matched case-insensitively
and generically: "Theorem 2.3.", "Exercise 3.2.1:", "Example IS:", "M11.", "3.", "(a)".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ingest.document import MATH_SPAN

# Words (singular, lower case) that open an item, and the kind each means. Source
# environment names (thm, exmp, divisionexercise, ...) are looked up here too.
KIND_WORDS = {
    "definition": "definition",
    "defn": "definition",
    "def": "definition",
    "theorem": "theorem",
    "thm": "theorem",
    "principle": "theorem",
    "lemma": "lemma",
    "lem": "lemma",
    "proposition": "proposition",
    "prop": "proposition",
    "corollary": "corollary",
    "cor": "corollary",
    "proof": "proof",
    "remark": "remark",
    "rem": "remark",
    "note": "remark",
    "observation": "remark",
    "warning": "remark",
    "example": "example",
    "exmp": "example",
    "exam": "example",
    "exercise": "exercise",
    "exer": "exercise",
    "divisionexercise": "exercise",
    "divisionexerciseeg": "exercise",
    "inlineexercise": "exercise",
    "problem": "exercise",
    "activity": "exercise",
    "question": "exercise",
    "checkpoint": "exercise",
    "try it": "exercise",
    "solution": "solution",
    "sol": "solution",
    "exsol": "solution",
    "divisionsolution": "solution",
    "answer": "solution",
    "hint": "hint",  # a solution-like block whose answer source is "hint"
    "formula": "formula",
    "equation": "formula",
}
# Environments that are parts of the enclosing exercise (PreTeXt <task>, ...).
PART_ENVS = {"task", "part", "subexercise"}
STATEMENT_KINDS = {"definition", "theorem", "lemma", "proposition", "corollary"}
THEOREM_LIKE = {"theorem", "lemma", "proposition", "corollary"}

# "Theorem 2.3 (Pythagoras).", "Example IS: Three equations.", "Exercise 1.2.7 (challenging):"
_NUMBER = r"(?:[A-Z]{1,4}\.)?[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?|[A-Z][A-Z0-9]{0,7}"
KIND_LEAD = re.compile(
    rf"\s*(?P<word>Try it|[A-Za-z]+)\b\.?\s*(?P<number>{_NUMBER})?\b\s*"
    r"(?:\((?P<title>[^()]{1,80})\))?\s*(?P<punct>[.:])?"
)
# Bare numbers that open an exercise or an answer: "3.", "1.2.5.1.", "M11.", "2)", "1.1.2:".
NUMBER_LEAD = re.compile(
    r"\s*\(?(?P<number>(?:[A-Z]\.)?[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?)(?:[.:]|\))(?=\s|$)"
)
# Exercise parts: "(a)", "a)", "(iii)".
PART_LEAD = re.compile(r"\s*(?:\((?P<p1>[a-z]|[ivx]{1,4})\)|(?P<p2>[a-z])\))(?=\s|$)")
# A part's label in running text: "a) ...", "(a) ...", "a. ..." (a run a, b, c of one style).
PART_LABEL = re.compile(r"(?:^|(?<=\s))(\()?([a-h])((?(1)\)|[).]))(?=\s)")


class PartLabel(NamedTuple):
    """A part's label found in a text: where it is, its letter, and how it is printed."""

    start: int
    end: int
    letter: str
    style: str  # the label with its letter as "a": "a)", "(a)", "a."


def text_part_labels(text: str) -> list[PartLabel]:
    """Every part label of ``text`` that stands outside its math (``$f(a) = 1$`` holds none)."""
    masked = MATH_SPAN.sub(lambda m: "$" + "x" * (len(m.group(0)) - 2) + "$", text)
    return [PartLabel(m.start(), m.end(), m.group(2), f"{m.group(1) or ''}a{m.group(3)}")
            for m in PART_LABEL.finditer(masked)]


# A row break that starts the display's next row of parts: "... \\\\ e)\\begin{bmatrix}".
_ROW_OF_PARTS = re.compile(r"\\\\\s*[a-h]\)")


def display_part_labels(latex: str) -> list[PartLabel]:
    """The labels "a)", "b)" of a display that prints one formula per part side by side
    ("a)\\begin{bmatrix}...\\end{bmatrix}b)[-3]"): a letter and a ")" that closes no bracket, outside
    every brace and environment, with no letter or command before it. None in a display whose
    rows break anywhere but before a part's label: columns of parts run into each other."""
    found, depth, env = [], 0, 0
    for at, char in enumerate(latex):
        if char in "([{":
            depth += 1
        elif char in ")]}" and depth:
            depth -= 1
        elif char == ")" and not depth and not env and at and latex[at - 1] in "abcdefgh" \
                and not re.match(r"[A-Za-z\\]", latex[at - 2:at - 1]):
            found.append(PartLabel(at - 1, at + 1, latex[at - 1], "a)"))
        elif latex.startswith("\\\\", at) and not env and not _ROW_OF_PARTS.match(latex, at):
            return []  # rows outside a matrix: the PDF ran two columns of parts into one display
        if latex.startswith("\\begin{", at):
            env += 1
        elif latex.startswith("\\end{", at):
            env -= 1
    return found


def label_run(labels: list[PartLabel], first: str, style: str | None = None) -> list[PartLabel]:
    """The labels that run ``first``, the next letter, ... in one style (``style``, or that of
    the first): "a) ... see b) ... c)" is a run a, b, c; "a) ... c)" stops at a."""
    run: list[PartLabel] = []
    for label in labels:
        want = chr(ord(run[-1].letter) + 1) if run else first
        if label.letter == want and label.style == (run[0].style if run else style or label.style):
            run.append(label)
    return run


# Proof ends.
END_MARKS = ("∎", "□", "■", "◻", "\\qed", "\\blacksquare", "\\square", "Q.E.D.")

EXERCISE_HEADING = re.compile(
    r"\b(exercises?|problems?|questions|review|activity|activities|homework|problem set)\b",
    re.IGNORECASE,
)
ANSWER_HEADING = re.compile(
    r"^\W*(answers?|solutions?|hints?)\b|\b(answers?|solutions?|hints?) (to|for)\b|"
    r"\bselected (answers|solutions|hints|exercises)\b",
    re.IGNORECASE,
)
# Context lines inside an answer appendix: "Section 1.2", "Chapter 3", "1.2 · Implications".
ANSWER_CONTEXT = re.compile(
    r"^\s*(?:(?:chapter|section|§)\s*(?P<a>\d+(?:\.\d+)*)|(?P<b>\d+(?:\.\d+)*)\s*[·•]\s*\S)",
    re.IGNORECASE,
)
# References in prose: "by Theorem 2.3", "see Example 4", "Exercise RREF.M40", "Theorems 2.3".
REFERENCE = re.compile(
    r"\b(?P<word>Definition|Theorem|Lemma|Proposition|Corollary|Example|Exercise|Problem|"
    r"Remark|Activity)s?\s+(?P<number>(?:[A-Z]{1,6}\.)?[A-Z]{0,2}\d+(?:\.\d+)*[a-z]?|"
    r"[A-Z][A-Z0-9]{1,7})\b"
)
# Source cross-references kept in block text by a source reader.
SOURCE_REF = re.compile(r"\\(?:c|C|auto|eq)?ref\{(?P<label>[^}]+)\}|<xref ref=\"(?P<xref>[^\"]+)\"")


def kind_of_word(word: str | None) -> str | None:
    """The item kind a lead word or environment name means, or None."""
    if not word:
        return None
    word = word.lower().rstrip("*")
    return KIND_WORDS.get(word) or (KIND_WORDS.get(word[:-1]) if word.endswith("s") else None)


def is_exercise_heading(title: str) -> bool:
    return bool(EXERCISE_HEADING.search(title)) and not ANSWER_HEADING.search(title)


def is_answer_heading(title: str) -> bool:
    return bool(ANSWER_HEADING.search(title))


def ends_item(text: str) -> bool:
    """Whether a block closes the item it belongs to (a proof box at its end)."""
    tail = text.rstrip()[-16:]  # room for "$\\blacksquare$"
    return any(mark in tail for mark in END_MARKS)
