"""Matching the entries of an answer appendix back to their exercises.

Appendices number answers in several styles: the exercise's full number
("1.2.5.3.", "Exercise 1.1.2:"), or a short number under a context line
("Section 1.2" then "3."). Both become one key, the full dotted number, and an
exercise is looked up under its own full number, then under its number qualified
by each enclosing numbered section, innermost first.
"""

from __future__ import annotations

from extract import patterns as pat
from extract.items import AnswerEntry


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


def answer_parts(text: str) -> dict[str, str]:
    """The pieces of an answer printed in parts ("a) $0$, $8$ b) $x(4)=16$ ..."), by label.

    Labels inside math do not count, and the labels must run a, b, c, ... in one style from
    the start of the answer, so that "the value of a. Then" or an "(e)" in a sentence does
    not split it. Fewer than two parts: ``{}``.
    """
    labels = pat.text_part_labels(text)
    if not labels or labels[0].letter != "a" or text[:labels[0].start].strip():
        return {}
    run = pat.label_run(labels, "a")
    if len(run) < 2:
        return {}
    ends = [label.start for label in run[1:]] + [len(text)]
    return {label.letter: text[label.end:end].strip() for label, end in zip(run, ends)}
