"""The at-a-glance summary of a concepts file: counts per kind, per chapter, per topic."""

from __future__ import annotations

from collections import Counter
from typing import Any

from extract.concepts import ConceptSet


def summarize(concept_set: ConceptSet) -> dict[str, Any]:
    """Counts a user reads to see what the book holds (top-level items; parts counted apart)."""
    concepts = concept_set.concepts
    top = [c for c in concepts if not (c.parent and c.kind == "exercise")]
    exercises = [c for c in top if c.kind == "exercise"]
    chapters: dict[str, Counter[str]] = {}
    for c in top:
        chapter = c.section_path[0] if c.section_path else "(front matter)"
        chapters.setdefault(chapter, Counter())[c.kind] += 1
    topics = Counter(t["topic"] for c in top for t in c.topics[:1])
    return {
        "book": concept_set.book.get("title"),
        "concepts": len(concepts),
        "per_kind": dict(Counter(c.kind for c in top).most_common()),
        "exercise_parts": sum(1 for c in concepts if c.parent and c.kind == "exercise"),
        "exercises_answered": sum(1 for c in exercises if c.answer),
        "answers_by_source": dict(Counter(c.answer.source for c in exercises if c.answer)),
        "computational_exercises": sum(1 for c in exercises if c.computational),
        "references": sum(len(c.refs) for c in concepts),
        "per_chapter": {k: dict(v) for k, v in chapters.items()},
        "per_topic": dict(topics.most_common()),
        "warnings": len(concept_set.warnings),
    }


def format_summary(summary: dict[str, Any]) -> str:
    """The summary as a few readable lines."""

    def counts(mapping: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in mapping.items()) or "-"

    lines = [
        (
            f"{summary['book']}: {summary['concepts']} concepts, {summary['references']} references, "
            f"{summary['warnings']} warnings"
        ),
        f"  kinds: {counts(summary['per_kind'])}; exercise parts {summary['exercise_parts']}",
        (
            f"  exercises answered: {summary['exercises_answered']} ({counts(summary['answers_by_source'])}),"
            f" computational: {summary['computational_exercises']}"
        ),
        "  per chapter:",
        *[f"    {name[:50]}: {counts(kinds)}" for name, kinds in summary["per_chapter"].items()],
        f"  topics (main topic per item): {counts(summary['per_topic'])}",
    ]
    return "\n".join(lines)
