"""Duplicate, near-duplicate and contamination filters for exercise records.

Why not plain n-gram similarity for near duplicates: exercises of one family
share their template word for word and differ only in their numbers, so two
different problems look alike to n-grams. Two exercises are *near* duplicates
when they pose the same mathematics: the same math in the statement (the
``$...$`` parts of the LaTeX, spacing removed and single-letter variables
renamed in order of appearance) and the same answer, whatever the wording
("Find ..." / "What is ...?") or the variable names.

Decontamination is the opposite question - does an exercise overlap a text
someone evaluates on? - and there n-gram overlap is the standard measure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from syllabus.errors import UserError

NGRAM = 8  # tokens per n-gram for decontamination
OVERLAP = 0.5  # share of an exercise's n-grams found in the evaluation set that contaminates
_TOKEN = re.compile(r"\d+|[A-Za-z]+|[^\sA-Za-z\d]")


def normalise(text: str) -> str:
    """Lower case, single spaces, no trailing punctuation: the exact-duplicate key."""
    return re.sub(r"\s+", " ", text.lower()).strip().rstrip(".?!")


def math_key(record: dict[str, Any]) -> str:
    """The near-duplicate key: canonical statement math plus the answer, variables renamed."""
    math = "".join(re.findall(r"\$([^$]*)\$", record["statement_latex"]))
    text = re.sub(r"\s+", "", math) + "=>" + record["answer_text"].replace(" ", "")
    names: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0), f"v{len(names)}")

    # single letters not part of a LaTeX command or a longer word
    canonical = re.sub(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z])", rename, text)
    return f"{record['family'].split('.')[0]}|{canonical}"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def ngrams(text: str, n: int = NGRAM) -> set[tuple[str, ...]]:
    """Token n-grams; a text shorter than n is one gram of its own tokens."""
    words = tokens(text)
    if len(words) <= n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def read_eval_texts(path: Path) -> list[str]:
    """Questions of a user's evaluation set: JSON Lines (question/problem/statement/text) or text."""
    if not path.is_file():
        raise UserError(f"{path}: no such file; pass the evaluation set to decontaminate against")
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                obj = None
            if isinstance(obj, dict):
                fields = ("question", "problem", "statement", "text", "prompt")
                texts += [str(obj[k]) for k in fields if k in obj]
                continue
        texts.append(line)
    return texts


class Contamination:
    """An evaluation set's n-grams, and the test of whether an exercise overlaps them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.grams: set[tuple[str, ...]] = set()
        for text in texts:
            self.grams |= ngrams(text)

    def overlaps(self, statement: str) -> bool:
        grams = ngrams(statement)
        if not grams:
            return False
        return len(grams & self.grams) / len(grams) >= OVERLAP
