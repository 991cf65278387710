"""References between items: "by Theorem 2.3", "see Example 4", source \\ref and xref.

Printed references are resolved through the numbers items carry (as printed, and
qualified by their section); source references through the items' source labels.
The result is the concept graph: an edge from an item to each item it cites.
"""

from __future__ import annotations

from extract import patterns as pat
from extract.concepts import Concept


def _index(concepts: list[Concept]) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_number: dict[tuple[str, str], str] = {}
    by_label: dict[str, str] = {}
    for concept in concepts:
        if concept.source_label:
            by_label.setdefault(concept.source_label, concept.id)
        if concept.number and concept.parent is None:
            keys = [concept.number]
            if concept.section_number:
                keys.append(f"{concept.section_number}.{concept.number}")
            for key in keys:
                by_number.setdefault((concept.kind, key), concept.id)
                by_number.setdefault(("*", key), concept.id)
    return by_number, by_label


def resolve_refs(concepts: list[Concept]) -> None:
    """Fill each concept's ``refs`` with the ids of the concepts its text cites."""
    by_number, by_label = _index(concepts)
    for concept in concepts:
        found: list[str] = []
        for match in pat.REFERENCE.finditer(concept.text):
            kind = pat.kind_of_word(match.group("word")) or "*"
            number = match.group("number")
            target = by_number.get((kind, number))
            if target is None and kind in pat.THEOREM_LIKE:  # "Theorem 2.3" printed for a lemma
                target = by_number.get(("*", number))
            if target:
                found.append(target)
        for match in pat.SOURCE_REF.finditer(concept.text):
            target = by_label.get(match.group("label") or match.group("xref"))
            if target:
                found.append(target)
        concept.refs = [t for t in dict.fromkeys(found) if t != concept.id]
