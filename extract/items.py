"""Delimiting items: which blocks of the document make up each theorem, example, exercise ...

Two sources of truth, used in this order:
- the source environment (``Block.env`` and ``Block.group``) that LaTeX, PreTeXt and
  Markdown readers keep: an item is the run of blocks of one environment;
- the typography of a PDF (``Block.lead``, the bold opening run, or failing that the
  opening words): an item starts at a lead such as "Theorem 2.3." or, inside an
  exercises section, "3." and runs until the next lead, a heading, or a proof box.

Blocks under an answer appendix ("Answers to Selected Exercises", "Solutions",
"Hints") are cut into :class:`AnswerEntry` records keyed by number and section,
linked back to exercises by :mod:`extract.answers`. Anything that looks like an
item but cannot be delimited becomes a warning with its page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract import patterns as pat
from ingest.document import Block, Document, Heading


@dataclass
class Item:
    """The blocks of one item, before it becomes a :class:`~extract.concepts.Concept`."""

    kind: str
    number: str | None
    title: str | None
    word: str  # the word printed before the number: "Theorem", "Exercise", "" for "3."
    section: str | None  # heading id
    blocks: list[Block] = field(default_factory=list)
    lead: str | None = None  # opening text to strip from the first block
    group: int | None = None
    source_label: str | None = None
    parent: Item | None = None  # the exercise of a part, the theorem of a proof
    answers: list[tuple[str, list[Block]]] = field(default_factory=list)  # inline (source, blocks)


@dataclass
class AnswerEntry:
    """One answer in an answer appendix: "1.2.5.3. ..." under "Section 1.2"."""

    number: str
    context: str | None  # section number given by the appendix's own headings
    source: str  # "appendix" or "hint"
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Delimited:
    items: list[Item] = field(default_factory=list)
    answers: list[AnswerEntry] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)


@dataclass
class _Start:
    kind: str  # a kind, or "part"
    number: str | None
    title: str | None
    word: str
    lead: str | None


# Unmistakably an answer appendix, even when printed as a paragraph.
_APPENDIX_TITLE = re.compile(
    r"^(answers|solutions|hints)\b.*\b(exercises|problems)\b|\bselected (answers|solutions|hints)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*$|\$\$$")
_MULTI_ANSWER = re.compile(r"(?:^|(?<=\s))(\d+(?:\.\d+)*)[.:)]\s")


def _heading_zone(block: Block) -> str | None:
    """ "exercise"/"answer" for a heading the reader left as a paragraph ("1.2.3 Exercises")."""
    text = block.text.strip()
    if block.kind not in ("paragraph", "heading") or len(text) > 60 or _SENTENCE_END.search(text):
        return None
    if block.lead is not None and block.lead.strip() != text:
        return None
    title = re.sub(r"^[\dA-Z]+(?:\.\d+)*\s+", "", text)
    if _APPENDIX_TITLE.search(title):
        return "answer"
    return "exercise" if pat.is_exercise_heading(title) and len(title.split()) <= 4 else None


def _last_int(number: str | None) -> int | None:
    match = re.search(r"(\d+)[a-z]?$", number or "")
    return int(match.group(1)) if match else None


class _Delimiter:
    """Walks the blocks once, keeping the open item, part and answer."""

    def __init__(self, document: Document) -> None:
        self.headings: dict[str, Heading] = {h.id: h for h in document.outline}
        self.from_source = document.source_format != "pdf"
        self.out = Delimited()
        self.item: Item | None = None  # the open top-level item
        self.part: Item | None = None
        self.answer: list[Block] | None = None  # blocks of the open inline answer
        self.groups: set[int | None] = set()  # source groups of the open item, parts, answer
        self.entry: AnswerEntry | None = None
        self.context: str | None = None  # section number inside an answer appendix
        self.last_number: dict[str | None, str] = {}  # section -> last exercise number
        self._zones: dict[str | None, str | None] = {}
        self.pseudo: str | None = None  # zone opened by a heading printed as a paragraph

    # -- outline -----------------------------------------------------------------
    def zone(self, section: str | None) -> str | None:
        """ "answer", "exercise" or None for the heading and its ancestors."""
        if self.pseudo is not None:
            return self.pseudo
        if section not in self._zones:
            zone, node = None, self.headings.get(section) if section else None
            while node is not None and zone is None:
                if pat.is_answer_heading(node.title) and (
                    node.level <= 1 or node.kind == "appendix"
                ):
                    zone = "answer"
                elif pat.is_exercise_heading(node.title):
                    zone = "exercise"
                node = self.headings.get(node.parent) if node.parent else None
            self._zones[section] = zone
        return self._zones[section]

    # -- the walk ------------------------------------------------------------------
    def run(self, blocks: list[Block]) -> Delimited:
        for block in blocks:
            pseudo = _heading_zone(block)
            if block.kind == "heading" or pseudo:
                self.close()
                self.entry = None
                self.pseudo = pseudo
                if self.zone(block.section) == "answer":
                    match = re.match(r"\s*(\d+(?:\.\d+)*)\b", block.text)
                    heading = self.headings.get(block.section or "")
                    self.context = (heading.number if heading and heading.number else None) or (
                        match.group(1) if match else self.context
                    )
                continue
            if self.zone(block.section) == "answer" and block.env is None:
                self.answer_block(block)
            else:
                self.body_block(block)
        self.close()
        return self.out

    def close(self) -> None:
        self.item = self.part = self.answer = None
        self.groups = set()

    def warn(self, block: Block, message: str) -> None:
        self.out.warnings.append({"page": block.page, "section": block.section, "message": message})

    # -- items -------------------------------------------------------------------------
    def body_block(self, block: Block) -> None:
        start = self.start_of(block)
        if start is None:
            self.continue_with(block)
        elif start.kind in ("solution", "hint"):
            self.open_answer(block, start)
        elif start.kind == "part":
            self.open_part(block, start)
        else:
            self.open_item(block, start)
        if self.item is not None and self.item.kind == "proof" and pat.ends_item(block.text):
            self.close()

    def open_item(self, block: Block, start: _Start) -> None:
        previous = self.item
        if previous and previous.kind == start.kind and not self.body_text(previous):
            self.out.items.remove(previous)  # a margin tag "Example" just before "Example IS:"
        parent = None
        if start.kind == "proof" and self.out.items:
            last = self.out.items[-1]
            if last.kind in pat.THEOREM_LIKE and last.section == block.section:
                parent = last
        item = Item(
            start.kind,
            start.number,
            start.title,
            start.word,
            block.section,
            lead=start.lead,
            group=block.group,
            source_label=block.label,
            parent=parent,
        )
        item.blocks.append(block)
        self.out.items.append(item)
        self.item, self.part, self.answer = item, None, None
        self.groups = {block.group} if block.group is not None else set()
        if start.kind == "exercise" and start.number:
            self.last_number[block.section] = start.number

    def open_part(self, block: Block, start: _Start) -> None:
        assert self.item is not None
        part = Item(
            "exercise",
            start.number,
            None,
            self.item.word,
            block.section,
            lead=start.lead,
            group=block.group,
            source_label=block.label,
            parent=self.item,
        )
        part.blocks.append(block)
        self.item.blocks.append(block)
        self.out.items.append(part)
        self.part, self.answer = part, None
        self.groups.add(block.group)

    def open_answer(self, block: Block, start: _Start) -> None:
        target = self.item if self.item and self.item.kind in ("exercise", "example") else None
        if target is None and self.out.items and not self.from_source:
            last = self.out.items[-1]
            target = last.parent or last if last.section == block.section else None
            target = target if target and target.kind in ("exercise", "example") else None
        if target is None:  # an answer with no question before it: keep it as its own item
            self.open_item(block, _Start("solution", start.number, None, start.word, start.lead))
            return
        self.answer = [block]
        source = "hint" if start.kind == "hint" else "inline"
        (self.part if self.item is target and self.part else target).answers.append(
            (source, self.answer)
        )
        self.item = target
        self.groups.add(block.group)
        if start.lead and block.text.lstrip().startswith(start.lead):
            block = Block(**{**block.__dict__, "text": block.text.lstrip()[len(start.lead) :]})
            self.answer[0] = block
        if target.kind == "example":
            target.blocks.append(block)

    def continue_with(self, block: Block) -> None:
        if self.item is None:
            return
        if self.from_source:
            belongs = block.group is not None and block.group in self.groups
        elif self.answer is not None:
            belongs = True
        else:
            belongs = self.continues(self.item, block)
        if not belongs:
            self.close()
            return
        if self.answer is not None:
            self.answer.append(block)
            if self.item.kind != "example":
                return
        self.item.blocks.append(block)
        if self.part is not None:
            self.part.blocks.append(block)

    def continues(self, item: Item, block: Block) -> bool:
        """PDF only: whether an unlabelled block still belongs to the open item."""
        open_ended = item.kind in ("example", "proof", "solution") or (
            item.kind == "exercise" and self.zone(item.section) == "exercise"
        )
        if open_ended or block.kind in ("display_math", "list_item"):
            return True
        if block.text[:1].islower():  # "where ...", "then ..." after a display or a break
            return True
        last = item.blocks[-1]
        return last.kind != "display_math" and not _SENTENCE_END.search(last.text.rstrip())

    def body_text(self, item: Item) -> str:
        return " ".join(b.text for b in item.blocks).strip()[len(item.lead or "") :].strip()

    # -- recognising a start -------------------------------------------------------------
    def start_of(self, block: Block) -> _Start | None:
        if self.from_source:
            return self.source_start(block)
        return self.lead_start(block, block.lead, strong=True) or self.lead_start(
            block, block.text, strong=False
        )

    def source_start(self, block: Block) -> _Start | None:
        env = (block.env or "").lower()
        if not env or (self.item is not None and block.group in self.groups):
            return None
        if env in pat.PART_ENVS:
            if self.item is None or self.item.kind != "exercise":
                return None
            return _Start("part", block.number, block.title, "", None)
        kind = pat.kind_of_word(env)
        if kind is None:
            return None
        return _Start(kind, block.number, block.title, kind.capitalize(), None)

    def lead_start(self, block: Block, lead: str | None, strong: bool) -> _Start | None:
        """A start read from a bold lead (strong) or from the block's opening words."""
        if not lead:
            return None
        head = lead[:160]
        match = pat.KIND_LEAD.match(head)
        kind = pat.kind_of_word(match.group("word")) if match else None
        if kind and match:
            number, title, punct = match.group("number"), match.group("title"), match.group("punct")
            if not strong:
                after = head[match.end() :]
                numbered_needed = kind not in ("proof", "solution", "hint")
                if numbered_needed and not number:
                    return None
                if not (punct or title or not after.strip() or after.lstrip()[:1].isupper()):
                    return None
                if not numbered_needed and not punct:
                    return None
            if strong and punct == ":" and not title:
                rest = lead[match.end() :].strip().rstrip(".")
                title = rest or None
            end = match.end() if not (strong and title and punct == ":") else len(lead)
            return _Start(kind, number, title, match.group("word"), head[:end].strip())
        number_match = pat.NUMBER_LEAD.match(head)
        if number_match and self.zone(block.section) == "exercise":
            number = number_match.group("number")
            if strong or self.in_sequence(block.section, number):
                return _Start("exercise", number, None, "", number_match.group(0).strip())
            if _last_int(number) is not None and self.item is None:
                self.warn(block, f"numbered paragraph {number!r} breaks the exercise sequence")
        part_match = pat.PART_LEAD.match(head)
        if part_match and self.item is not None and self.item.kind == "exercise":
            letter = part_match.group("p1") or part_match.group("p2")
            return _Start("part", letter, None, "", part_match.group(0).strip())
        return None

    def in_sequence(self, section: str | None, number: str) -> bool:
        """Whether a bare number continues the section's exercise numbering (1, 2, 3 ...)."""
        last, this = _last_int(self.last_number.get(section)), _last_int(number)
        if this is None:
            return False
        return this == (last + 1 if last is not None else 1)

    # -- answer appendices ----------------------------------------------------------------------
    def answer_block(self, block: Block) -> None:
        text = block.text.strip()
        context = pat.ANSWER_CONTEXT.match(text)
        if context and len(text) < 90:
            self.context = context.group("a") or context.group("b")
            self.entry = None
            return
        heading = self.headings.get(block.section or "")
        source = (
            "hint"
            if heading
            and re.search(r"\bhints?\b", heading.title, re.IGNORECASE)
            and not re.search(r"\b(answers?|solutions?)\b", heading.title, re.IGNORECASE)
            else "appendix"
        )
        pieces = self.split_answers(block.lead or text, text)
        if not pieces:
            if self.entry is not None:
                self.entry.blocks.append(block)
            else:
                self.warn(block, "text in an answer section that follows no answer number")
            return
        for number, piece in pieces:
            self.entry = AnswerEntry(number, self.context, source)
            self.entry.blocks.append(Block(**{**block.__dict__, "text": piece}))
            self.out.answers.append(self.entry)

    @staticmethod
    def split_answers(lead: str, text: str) -> list[tuple[str, str]]:
        """Cut "1. 5  3. 7  5. 12" into numbered answers; numbers must ascend at one depth."""
        match = pat.KIND_LEAD.match(lead)
        if match and pat.kind_of_word(match.group("word")) == "exercise" and match.group("number"):
            start = text.find(match.group("number"))
            return [
                (match.group("number"), text[start + len(match.group("number")) :].lstrip(".: "))
            ]
        first = pat.NUMBER_LEAD.match(text)
        if not first:
            return []
        depth = first.group("number").count(".")
        cuts: list[tuple[int, int, str]] = []
        for found in _MULTI_ANSWER.finditer(text):
            number = found.group(1)
            if number.count(".") != depth:
                continue
            if cuts and _last_int(number) <= _last_int(cuts[-1][2]):  # type: ignore[operator]
                continue
            cuts.append((found.start(), found.end(), number))
        if not cuts or cuts[0][0] > first.start() + 2:
            cuts.insert(0, (first.start(), first.end(), first.group("number")))
        pieces = []
        for index, (_, end, number) in enumerate(cuts):
            stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
            pieces.append((number, text[end:stop].strip()))
        return pieces


def delimit(document: Document) -> Delimited:
    """Cut the document's blocks into items, inline answers and appendix answers."""
    return _Delimiter(document).run(document.blocks)
