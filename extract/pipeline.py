"""The extract stage: an ingested document becomes a :class:`ConceptSet`.

Order of work: delimit items (:mod:`extract.items`), give them stable ids and
their section paths, attach inline answers and appendix answers
(:mod:`extract.answers`), resolve references (:mod:`extract.refs`), tag topics
(:mod:`extract.topics`).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from extract import answers as ans
from extract import patterns as pat
from extract.concepts import Answer, Concept, ConceptSet
from extract.items import AnswerEntry, Item, delimit
from extract.refs import resolve_refs
from extract.topics import (
    Instruction,
    group_instructions,
    is_computational,
    tag,
    theoretical_prefixes,
)
from ingest.document import SCHEMA as DOCUMENT_SCHEMA
from ingest.document import Block, Document, Heading, load_document
from syllabus.errors import UserError
from syllabus.progress import Advance

_EQUATION_TAG = re.compile(r"\((\d+(?:\.\d+)*)\)\s*$")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9.\-]+")


def load_input(path: str | Path, progress: Advance | None = None) -> Document:
    """A document JSON as it is, or a book (PDF, LaTeX, PreTeXt, Markdown) ingested first."""
    source = Path(path)
    if source.suffix.lower() == ".json":
        try:
            with open(source, encoding="utf-8") as handle:
                head = handle.read(200)
        except (OSError, UnicodeDecodeError):
            head = ""
        if source.is_file() and DOCUMENT_SCHEMA not in head and '"schema"' not in head:
            raise UserError(f"{source}: not a syllabus.document file; run syllabus ingest first")
        return load_document(source)
    from ingest.book import ingest_book

    return ingest_book(source, progress=progress)


class _Outline:
    """Section paths and the numbered ancestors of each heading."""

    def __init__(self, outline: list[Heading]) -> None:
        self.headings = {h.id: h for h in outline}

    def chain(self, section: str | None) -> list[Heading]:
        """The heading and its ancestors, outermost first."""
        chain, node = [], self.headings.get(section or "")
        while node is not None:
            chain.append(node)
            node = self.headings.get(node.parent or "")
        return chain[::-1]

    def path(self, section: str | None) -> list[str]:
        return [f"{h.number} {h.title}" if h.number else h.title for h in self.chain(section)]

    def numbers(self, section: str | None) -> list[str]:
        """Numbers of the enclosing numbered headings, innermost first.

        A number is one token; where a reader glued a page number to it ("11 1.2"), the
        last token is the heading's own.
        """
        return [h.number.split()[-1] for h in reversed(self.chain(section)) if h.number]


def _block_text(block: Block) -> str:
    """A block's text as printed: a display in ``$$``, a part's label before its words. A
    source's list item keeps its label apart (``lead``, "(b)"), where a PDF's text holds it:
    without it an exercise's text runs its parts together unlabelled, and neither
    :func:`formalize.parts.context_of`'s reader nor a reader of the whole exercise can tell
    the parts from its setup."""
    if block.kind == "display_math":
        return f"$${block.text}$$"
    if block.kind == "list_item" and block.lead and pat.PART_LEAD.fullmatch(block.lead) \
            and not block.text.lstrip().startswith(block.lead):
        return f"{block.lead} {block.text}"
    return block.text


def _text(blocks: list[Block], lead: str | None = None) -> str:
    parts = [_block_text(b) for b in _unique(blocks)]
    if parts and lead and parts[0].lstrip().startswith(lead):
        parts[0] = parts[0].lstrip()[len(lead) :].lstrip(" .:")
    return "\n\n".join(p for p in parts if p.strip()).strip()


def _unique(blocks: list[Block]) -> list[Block]:
    seen: set[int] = set()
    return [b for b in blocks if not (id(b) in seen or seen.add(id(b)))]  # type: ignore[func-returns-value]


class _Ids:
    """Stable ids: the book's hash, the kind and the number (or section and ordinal)."""

    def __init__(self, sha: str) -> None:
        self.prefix = sha[:8] or "book"
        self.used: Counter[str] = Counter()
        self.unnumbered: Counter[tuple[str, str]] = Counter()

    def make(self, kind: str, qualified: str | None, section: str | None) -> str:
        if not qualified:
            self.unnumbered[(kind, section or "")] += 1
            qualified = f"{section or 'front'}~{self.unnumbered[(kind, section or '')]}"
        base = f"{self.prefix}:{kind}:{_ID_UNSAFE.sub('-', qualified)}"
        self.used[base] += 1
        return base if self.used[base] == 1 else f"{base}#{self.used[base]}"


def _label(item: Item, parent: Concept | None) -> str:
    if parent is not None and item.kind == "exercise":
        return f"{parent.label}({item.number})"
    word = item.word.capitalize() if item.word else item.kind.capitalize()
    return f"{word} {item.number}" if item.number else word


def _concept(item: Item, ids: _Ids, outline: _Outline, parents: dict[int, Concept]) -> Concept:
    parent = parents.get(id(item.parent)) if item.parent is not None else None
    numbers = outline.numbers(item.section)
    if parent is not None and item.kind == "exercise":
        cid = ids.make(item.kind, f"{parent.id.split(':', 2)[2]}.{item.number}", item.section)
    elif parent is not None:  # a proof: named after what it proves
        cid = ids.make(item.kind, parent.id.split(":", 2)[2], item.section)
    else:
        qualified = item.number
        if item.number and "." not in item.number and numbers:
            qualified = f"{numbers[0]}.{item.number}"
        cid = ids.make(item.kind, qualified, item.section)
    blocks = _unique(item.blocks)
    pages = [b.page for b in blocks if b.page is not None]
    text = _text(blocks, item.lead)
    concept = Concept(
        id=cid,
        kind=item.kind,
        label=_label(item, parent),
        number=item.number,
        title=item.title,
        text=text,
        formulas=[f.latex for b in blocks for f in b.formulas],
        section_path=outline.path(item.section),
        section_number=numbers[0] if numbers else None,
        page_first=min(pages) if pages else None,
        page_last=max(pages) if pages else None,
        parent=parent.id if parent else None,
        source_label=item.source_label,
    )
    for source, answer_blocks in item.answers:
        answer_text = _text(answer_blocks)
        if answer_text and (concept.answer is None or concept.answer.source == "hint"):
            page = next((b.page for b in answer_blocks if b.page is not None), None)
            concept.answer = Answer(answer_text, source, page)
    return concept


def _formula_concepts(document: Document, ids: _Ids, outline: _Outline) -> list[Concept]:
    """Numbered display formulas ("(1.4)", or a source number/label) as formula concepts."""
    found = []
    for block in document.blocks:
        if block.kind != "display_math" or block.env not in (None, "equation", "formula"):
            continue
        tag_match = _EQUATION_TAG.search(block.text) if document.source_format == "pdf" else None
        number = block.number or (tag_match.group(1) if tag_match else None)
        if not (number or block.label):
            continue
        numbers = outline.numbers(block.section)
        found.append(
            Concept(
                id=ids.make("formula", number or block.label, block.section),
                kind="formula",
                label=f"({number})" if number else (block.label or "formula"),
                number=number,
                text=f"$${block.text}$$",
                formulas=[f.latex for f in block.formulas] or [block.text],
                section_path=outline.path(block.section),
                section_number=numbers[0] if numbers else None,
                page_first=block.page,
                page_last=block.page,
                source_label=block.label,
            )
        )
    return found


def _instructions(document: Document) -> dict[str | None, list[Instruction]]:
    """Group instructions ("For Exercises 1-10, find ...") by the section that prints them."""
    found: dict[str | None, list[Instruction]] = {}
    for block in document.blocks:
        if block.text:
            found.setdefault(block.section, []).extend(group_instructions(block.text))
    return found


def _labelled_theoretical(concept: Concept, prefixes: set[str]) -> bool:
    """Whether an exercise's label carries a letter its book declares theoretical ("T10")."""
    match = re.fullmatch(r"(?:.*\.)?([A-Z])\d+", concept.number or "")
    return concept.kind == "exercise" and match is not None and match.group(1) in prefixes


def _drop_next_instruction(concept: Concept) -> None:
    """Cut off the instruction of the next group where a PDF ran it into the exercise before
    it ("$275^\\circ$ For Exercises 22-26, find ..."): it is not part of what the exercise asks."""
    after = [i for i in group_instructions(concept.text) if i.at and not i.covers(concept.number)]
    if after:
        concept.text = concept.text[:after[0].at].rstrip()
        concept.formulas = [f for f in concept.formulas if f in concept.text]


def extract_concepts(document: Document) -> ConceptSet:
    """Find the labelled items of a document, their answers, references and topics."""
    delimited = delimit(document)
    outline = _Outline(document.outline)
    ids = _Ids(document.source_sha256)
    parents: dict[int, Concept] = {}
    concepts: list[Concept] = []
    sections: dict[str, list[str]] = {}  # concept id -> enclosing section numbers
    instructions = _instructions(document)
    instructed: dict[str, bool] = {}  # exercise id -> what its group instruction asks
    for item in delimited.items:
        concept = _concept(item, ids, outline, parents)
        parents[id(item)] = concept
        sections[concept.id] = outline.numbers(item.section)
        concepts.append(concept)
        given = [i for i in instructions.get(item.section, []) if i.covers(concept.number)]
        if given and concept.kind == "exercise" and not concept.parent:
            instructed[concept.id] = given[-1].computational
            concept.instruction = given[-1].text or None
        if concept.kind == "exercise":
            _drop_next_instruction(concept)
            if concept.parent:  # a part of an exercise under a group instruction is under it too
                concept.instruction = parents[id(item.parent)].instruction
    warnings = list(delimited.warnings)
    _link_appendix(concepts, sections, delimited.answers, warnings)
    _answer_parts(concepts)
    concepts += _formula_concepts(document, ids, outline)
    resolve_refs(concepts)
    by_id = {c.id: c for c in concepts}
    theoretical = theoretical_prefixes(b.text for b in document.blocks)
    for concept in concepts:  # parents come before their parts, so a part can inherit
        concept.topics = tag(concept.text, concept.formulas)
        parent = by_id.get(concept.parent or "")
        if parent is not None and concept.kind == "exercise":  # a part: its exercise instructs
            concept.computational = is_computational(concept.kind, concept.text, parent.computational)
        else:
            concept.computational = is_computational(
                concept.kind, concept.text, instructed.get(concept.id)
            )
        if _labelled_theoretical(parent or concept, theoretical):
            concept.computational = False
        if not concept.text:
            warnings.append(
                {
                    "page": concept.page_first,
                    "section": None,
                    "message": f"{concept.label}: no text could be delimited",
                }
            )
    book = {
        "title": document.title,
        "source_path": document.source_path,
        "source_sha256": document.source_sha256,
        "source_format": document.source_format,
        "page_count": document.page_count,
    }
    return ConceptSet(book, concepts, warnings)


def _link_appendix(
    concepts: list[Concept],
    sections: dict[str, list[str]],
    entries: list[AnswerEntry],
    warnings: list[dict],
) -> None:
    """Attach appendix answers to exercises; warn about answers that match no exercise."""
    index = ans.index_answers(entries)
    used: set[int] = set()
    for concept in concepts:
        if concept.kind != "exercise" or concept.parent or not concept.number:
            continue
        found = ans.find_answer(index, concept.number, sections[concept.id])
        if found and (concept.answer is None or concept.answer.source == "hint"):
            entry = found[0]
            text = _text(entry.blocks)
            page = next((b.page for b in entry.blocks if b.page is not None), None)
            concept.answer = Answer(text, entry.source, page)
        used.update(id(e) for e in found)
    for entry in entries:
        if id(entry) not in used:
            page = next((b.page for b in entry.blocks if b.page is not None), None)
            warnings.append(
                {
                    "page": page,
                    "section": None,
                    "message": f"answer {ans.answer_key(entry)!r} matches no exercise",
                }
            )


def _answer_parts(concepts: list[Concept]) -> None:
    """Give each part of an exercise its piece of the exercise's answer, where that is printed
    in parts ("a) $0$, $8$ b) $16$"): part (b) is answered by "b) ...", not the whole."""
    by_id = {c.id: c for c in concepts}
    for concept in concepts:
        parent = by_id.get(concept.parent or "")
        if concept.kind != "exercise" or concept.answer or not parent or not parent.answer:
            continue
        piece = ans.answer_parts(parent.answer.text).get(concept.number or "")
        if piece:
            concept.answer = Answer(piece, parent.answer.source, parent.answer.page)


def dump_warnings(concept_set: ConceptSet) -> str:
    """Warnings as lines for stderr: "page 12: ..."."""
    return "\n".join(f"page {w.get('page') or '-'}: {w['message']}" for w in concept_set.warnings)
