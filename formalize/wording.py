"""An item's text as its shape: the words in lower case with each formula a placeholder.

A word problem reader that matches whole sentences ("consider the sequence §. how many terms
are there in the sequence?") needs the words with the formulas in place, and the formulas
apart: :func:`shape` gives both, so that every word and every formula of an item is accounted
for by the phrasing it matches, or the item is left unread.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.document import MATH_SPAN

FORMULA = "§"  # a formula's place in the words
# Part labels a PDF keeps in the text: "(a) ", "b. " at the start of a sentence.
_LABEL = re.compile(r"(?:(?<=[\s.?:])|^)(?:\([a-h]\)|[a-h]\.)\s")


def shape(text: str) -> tuple[str, list[str]]:
    """(the words, lower case, one space between them, each formula written ``§``; a bare
    letter or whole number such as $n$ or $0$ stays as it is) and the formulas, without a
    closing full stop."""
    formulas: list[str] = []

    def mark(match: re.Match) -> str:
        latex = (match.group(1) or match.group(2)).strip()
        latex = re.sub(r"(?:\\text\s*\{\s*[.,]\s*\}|[.,])\s*$", "", latex).strip()
        if re.fullmatch(r"[a-zA-Z]|\d+", latex):
            return f" {latex} "
        formulas.append(latex)
        return f" {FORMULA} "

    words = " ".join(MATH_SPAN.sub(mark, unicodedata.normalize("NFKC", text)).split()).lower()
    return re.sub(r"\s+([?.,;:])", r"\1", words), formulas


def sentences(words: str) -> list[str]:
    """The sentences of shaped words, part labels dropped: "a. How many ...?" is the question."""
    return [s for s in re.split(r"(?<=[.?!])\s+", _LABEL.sub("", words)) if s]
