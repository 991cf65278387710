"""The extracted concepts: the data type stage 2 produces and later stages read.

A concepts file is JSON Lines: the first line is a header object
(``schema: "syllabus.concepts"``, ``version``, the book it came from, the
warnings raised while extracting), then one :class:`Concept` per line in
reading order. JSON Lines because a book holds thousands of items and later
stages stream them; the header keeps the file self-describing and versioned.
Bump :data:`VERSION` whenever a field changes meaning; readers refuse other versions.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from syllabus.errors import UserError
from syllabus.files import atomic_write

SCHEMA = "syllabus.concepts"
VERSION = 1

KINDS = (
    "definition",
    "theorem",
    "lemma",
    "proposition",
    "corollary",
    "proof",
    "remark",
    "example",
    "exercise",
    "solution",
    "formula",
)
# Where a linked answer was found.
ANSWER_SOURCES = ("inline", "appendix", "hint")


@dataclass
class Answer:
    """The answer text linked to an exercise or example, and where it came from."""

    text: str
    source: str  # one of ANSWER_SOURCES
    page: int | None = None


@dataclass
class Concept:
    """One labelled item of the book: a definition, a theorem, an exercise, ..."""

    id: str  # stable: same book, same id
    kind: str  # one of KINDS
    label: str  # as printed: "Theorem 2.3", "Exercise 17", "Example IS"
    number: str | None  # as printed: "2.3", "17", "IS"; None when unnumbered
    text: str  # full text, inline math as $...$
    title: str | None = None
    formulas: list[str] = field(default_factory=list)  # LaTeX of the formulas it holds
    section_path: list[str] = field(default_factory=list)  # "2 Limits", "2.3 Continuity"
    section_number: str | None = None  # number of the innermost numbered heading
    page_first: int | None = None
    page_last: int | None = None
    parent: str | None = None  # id of the exercise a part belongs to, the theorem a proof proves
    answer: Answer | None = None
    refs: list[str] = field(default_factory=list)  # ids of the concepts it cites
    topics: list[dict[str, Any]] = field(default_factory=list)  # [{"topic", "family", "score"}]
    computational: bool = False  # asks for a value, an expression, a set, a matrix
    source_label: str | None = None  # the source's own label (\label, xml:id) when known
    # The words of its group's instruction ("For Exercises 1-10, find ..."): what a bare
    # "$a = 5$, $b = 12$" asks.
    instruction: str | None = None

    @classmethod
    def from_dict(cls, obj: dict[str, Any]) -> Concept:
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in obj.items() if k in known}
        if data.get("answer"):
            data["answer"] = Answer(**data["answer"])
        return cls(**data)


@dataclass
class ConceptSet:
    """All concepts of one book, with the book's identity and the extraction warnings."""

    book: dict[str, Any]  # title, source_path, source_sha256, source_format, page_count
    concepts: list[Concept] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)  # [{"page", "message"}]

    def header(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "version": VERSION, "book": self.book, "warnings": self.warnings}

    def to_jsonl(self) -> str:
        lines = [json.dumps(self.header(), ensure_ascii=False)]
        lines += [json.dumps(asdict(c), ensure_ascii=False) for c in self.concepts]
        return "\n".join(lines) + "\n"

    def save(self, path: str | Path) -> None:
        """Write the concepts atomically as versioned JSON Lines."""
        atomic_write(path, self.to_jsonl())


def load_concepts(path: str | Path) -> ConceptSet:
    """Read a file written by :meth:`ConceptSet.save`, refusing other schemas and versions."""
    source = Path(path)
    if not source.is_file():
        raise UserError(f"{source}: no such file; check the path")
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0]) if lines else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        header = None
    if not isinstance(header, dict) or header.get("schema") != SCHEMA:
        raise UserError(f"{source}: not a {SCHEMA} file; pass a file written by syllabus extract")
    if header.get("version") != VERSION:
        raise UserError(
            f"{source}: {SCHEMA} version {header.get('version')!r}, this syllabus reads version "
            f"{VERSION}; regenerate it with syllabus extract"
        )
    try:
        concepts = [Concept.from_dict(json.loads(line)) for line in lines[1:] if line.strip()]
    except (json.JSONDecodeError, TypeError) as exc:
        raise UserError(
            f"{source}: a concept line is damaged ({exc}); regenerate the file"
        ) from None
    return ConceptSet(header.get("book", {}), concepts, header.get("warnings", []))
