"""Matching the entries of an answer appendix back to their exercises.

Appendices number answers in several styles: the exercise's full number
("1.2.5.3.", "Exercise 1.1.2:"), or a short number under a context line
("Section 1.2" then "3."). Both become one key, the full dotted number, and an
exercise is looked up under its own full number, then under its number qualified
by each enclosing numbered section, innermost first.
"""

from __future__ import annotations

import re

from extract.items import AnswerEntry
from ingest.document import MATH_SPAN


def answer_key(entry: AnswerEntry) -> str:
    """The full number an appendix entry answers."""
    if "." in entry.number or not entry.context:
        return entry.number
    return f"{entry.context}.{entry.number}"


def exercise_keys(number: str, sections: list[str]) -> list[str]:
    """The keys an exercise may be answered under; ``sections`` innermost first."""
    if "." in number:
        return [number] + [f"{s}.{number}" for s in sections]
    return [f"{s}.{number}" for s in sections] + [number]


def index_answers(entries: list[AnswerEntry]) -> dict[str, list[AnswerEntry]]:
    """Answers by key; a key can carry an answer and a hint."""
    index: dict[str, list[AnswerEntry]] = {}
    for entry in entries:
        index.setdefault(answer_key(entry), []).append(entry)
    return index


def find_answer(
    index: dict[str, list[AnswerEntry]], number: str, sections: list[str]
) -> list[AnswerEntry]:
    """The appendix entries for an exercise, answers before hints; [] when none."""
    for key in exercise_keys(number, sections):
        if key in index:
            return sorted(index[key], key=lambda e: e.source == "hint")
    return []


# A part's label opening a piece of an answer: "a) ...", "(a) ...", "a. ...".
_PART_LABEL = re.compile(r"(?:^|(?<=\s))(\()?([a-h])((?(1)\)|[).]))(?=\s)")


def answer_parts(text: str) -> dict[str, str]:
    """The pieces of an answer printed in parts ("a) $0$, $8$ b) $x(4)=16$ ..."), by label.

    Labels inside math do not count, and the labels must run a, b, c, ... in one style from
    the start of the answer, so that "the value of a. Then" or an "(e)" in a sentence does
    not split it. Fewer than two parts: ``{}``.
    """
    masked = MATH_SPAN.sub(lambda m: "$" + "x" * (len(m.group(0)) - 2) + "$", text)
    labels = list(_PART_LABEL.finditer(masked))
    if not labels or labels[0].group(2) != "a" or masked[:labels[0].start()].strip():
        return {}
    style = (labels[0].group(1), labels[0].group(3))
    run = [labels[0]]
    for label in labels[1:]:
        if (label.group(1), label.group(3)) == style and label.group(2) == chr(
                ord(run[-1].group(2)) + 1):
            run.append(label)
    if len(run) < 2:
        return {}
    ends = [label.start() for label in run[1:]] + [len(text)]
    return {label.group(2): text[label.end():end].strip() for label, end in zip(run, ends)}
