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
from collections.abc import Callable
from dataclasses import dataclass, field

from extract import patterns as pat
from ingest.document import MATH_SPAN, Block, Document, Formula, Heading, prose_of


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
    bare: bool = False  # opened by a bare label ("Definition CV" alone on its line)
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
    bare: bool = False  # a label alone on its line, with no punctuation: maybe a citation


# Unmistakably an answer appendix, even when printed as a paragraph.
_APPENDIX_TITLE = re.compile(
    r"^(answers|solutions|hints)\b.*\b(exercises|problems)\b|\bselected (answers|solutions|hints)\b",
    re.IGNORECASE,
)
# A heading inside an answer appendix that names one of the book's sections: "1.2 · Implications".
_RELISTED = re.compile(r"\s*\d+(?:\.\d+)*\s*[·•:]?\s")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*$|\$\$$")
_MULTI_ANSWER = re.compile(r"(?:^|(?<=\s))((?:[A-Z]\.)?\d+(?:\.\d+)*)[.:)](?:\s|$)")  # "5." may end a line
# In a display the reader took for math, "2.a=8,b=15" hides exercise 2: no space after the dot.
# Side-by-side exercises run together: "... and4. Find A" holds exercise 4.
_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,])(\d+)\.\s|(?<=[a-z])(\d+)\.\s(?=[A-Z])")
_NUMBER_IN_MATH = re.compile(r"(?<![\d.])(\d+)\.(?!\d)")


def _heading_zone(block: Block) -> str | None:
    """ "exercise"/"answer" for a heading the reader left as a paragraph ("1.2.3 Exercises")."""
    text = block.text.strip()
    if block.kind not in ("paragraph", "heading") or len(text) > 60 or _SENTENCE_END.search(text):
        return None
    if block.lead is not None and block.lead.strip() != text:
        return None
    title = re.sub(r"^[\dA-Z]+(?:\.\d+)*\s+", "", text)
    label = pat.KIND_LEAD.match(_drop_margin_tag(text))
    if label and label.group("number") and label.group("punct"):  # "$dx$ Exercise 1.3.3: Solve"
        return None
    if _APPENDIX_TITLE.search(title):
        return "answer"
    return "exercise" if pat.is_exercise_heading(title) and len(title.split()) <= 4 else None


# "Defniition MRLS: Matrix Representation." after a bare tag: a (maybe garbled) word, a label.
_TAGGED_TEXT = re.compile(
    r"\s*[A-Z][a-z]+\s+(?P<number>[A-Z][A-Z0-9]{0,7}|\d+(?:\.\d+)*)\s*:\s*(?P<title>[^.]{1,80})\."
)
# Before a label: a margin glyph read as a letter, or a fraction's numerator set above the line.
_STRAY_LETTER = re.compile(r"\s*(?:[A-Z]|\$[^$]{1,12}\$)\s+(?=[A-Z][a-z]+\s)")
_GROUP_WORD = re.compile(r"\s*(?:group|set)\b", re.IGNORECASE)
_TAGGED = re.compile(r"\s*(?P<tag>[A-Za-z]+)\s+(?=[A-Z][a-z]+\.?\s+[A-Z]{0,6}\d*[.:\s(])")


def _drop_margin_tag(lead: str) -> str:
    """ "Example Example TMP: ..." -> "Example TMP: ...": a margin tag run into the lead.

    The second word is kept even when the PDF garbles it ("Defniition"): the tag names the
    kind, and the number follows the second word.
    """
    stray = _STRAY_LETTER.match(lead)  # "L Example Example IS:", "$dx$ Exercise 1.3.3:"
    if stray and pat.kind_of_word(lead[stray.end() :].split(None, 1)[0].rstrip(".:")):
        lead = lead[stray.end() :]
    match = _TAGGED.match(lead)
    if not match or pat.kind_of_word(match.group("tag")) is None:
        return lead
    rest = lead[match.end() :]
    second = rest.split(None, 1)
    if pat.kind_of_word(second[0].rstrip(".")) is None and second[0][:1] == match.group("tag")[:1]:
        rest = match.group("tag") + rest[len(second[0]) :]  # the garbled copy gets the tag's spelling
    return rest if pat.kind_of_word(rest.split(None, 1)[0].rstrip(".")) else lead


def _book_wide(kind: str, number: str | None) -> bool:
    """Whether a label names one item in the whole book: "Theorem 2.3", "Definition CV".

    Exercise numbers restart in every section, and "Example 4" may restart in every chapter,
    so only numbers printed in full (with a dot or letters) of non-exercise kinds qualify.
    """
    return bool(number) and kind != "exercise" and bool(re.search(r"[.A-Z]", number or ""))


def _last_int(number: str | None) -> int | None:
    match = re.search(r"(\d+)[a-z]?$", number or "")
    return int(match.group(1)) if match else None


class _Delimiter:
    """Walks the blocks once, keeping the open item, part and answer."""

    def __init__(self, document: Document) -> None:
        self.headings: dict[str, Heading] = {h.id: h for h in document.outline}
        # Items come from source environments when the reader kept them (LaTeX, PreTeXt),
        # else from typography: leads and numbering (PDF, Markdown).
        self.from_source = any(b.env for b in document.blocks)
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
        self.last_block: Block | None = None
        self.pseudo_level: int | None = None  # outline level the pseudo zone was opened at
        self.in_answers = False  # the last heading opened or continued an answer appendix
        self.answered: set[tuple[str | None, str]] = set()  # (context, number) of answer entries
        self.labels: set[tuple[str, str]] = set()  # (kind, number) of the book-wide labels seen
        self.by_group: dict[int, Item] = {}  # source group -> the item it opened
        self.parts: list[Item] = []  # the parts of the open item
        self.inline: list[Item] = []  # those of them cut out of a block (:meth:`inline_parts`)

    # -- outline -----------------------------------------------------------------
    def zone(self, section: str | None) -> str | None:
        """ "answer", "exercise" or None for the heading and its ancestors."""
        if section not in self._zones:
            zone, node = None, self.headings.get(section) if section else None
            while node is not None and zone is None:
                top = node.level <= 1 or node.kind == "appendix"
                if _APPENDIX_TITLE.search(node.title) or (pat.is_answer_heading(node.title) and top):
                    zone = "answer"
                elif pat.is_exercise_heading(node.title):
                    zone = "exercise"
                node = self.headings.get(node.parent) if node.parent else None
            self._zones[section] = zone
        if self._zones[section] == "answer":  # "1.2.5 · Practice Problems" inside the answers
            return "answer"
        return self.pseudo or self._zones[section]

    # -- the walk ------------------------------------------------------------------
    def run(self, blocks: list[Block]) -> Delimited:
        for block in blocks:
            pseudo = _heading_zone(block)
            if block.kind == "heading" or pseudo:
                self.close()
                self.entry = None
                heading = self.headings.get(block.section or "")
                level = heading.level if heading else 0
                if self.in_answers and (_RELISTED.match(block.text) or pseudo == "exercise"):
                    # an answer appendix re-lists the book's sections ("1.1.5 · Practice Problems")
                    pseudo = "answer"
                elif pseudo or self.pseudo_level is None or level <= self.pseudo_level:
                    # "Answers and Hints ..." printed under "Appendix A" holds its subsections
                    self.pseudo, self.pseudo_level = pseudo, level if pseudo else None
                if pseudo == "answer":
                    self.pseudo = pseudo
                self.in_answers = self.zone(block.section) == "answer"
                if self.zone(block.section) == "answer":
                    match = re.match(r"\s*(\d+(?:\.\d+)*)\b", block.text) or pat.ANSWER_CONTEXT.match(
                        block.text
                    )
                    found = match.group(match.lastindex or 1) if match else None
                    self.context = (heading.number if heading and heading.number else None) or (
                        found or self.context
                    )
                continue
            if self.zone(block.section) == "answer" and block.env is None:
                self.answer_block(block)
            else:
                self.body_block(block)
        self.close()
        return self.out

    def close(self) -> None:
        """End the open item; a bare label that got no body was a citation, not an item."""
        if self.item is not None and self.item.bare and not self.body_text(self.item):
            self.out.items.remove(self.item)
        self.settle_parts()
        self.item = self.part = self.answer = None
        self.groups = set()

    def warn(self, block: Block, message: str) -> None:
        self.out.warnings.append({"page": block.page, "section": block.section, "message": message})

    # -- items -------------------------------------------------------------------------
    def body_block(self, block: Block) -> None:
        if not self.from_source and self.zone(block.section) == "exercise":  # typographic
            for piece in self.embedded_exercises(block):
                self.one_block(piece)
        else:
            self.one_block(block)

    def embedded_exercises(self, block: Block) -> list[Block]:
        """A block that holds several exercises ("3. ... 4. ..." side by side) cut into one each."""
        text = _flat(block)
        last = self.last_number.get(block.section)
        own = pat.NUMBER_LEAD.match(block.lead or "")
        if own and self.in_sequence(block.section, own.group("number")):
            last = None  # the block's own lead starts the sequence here
        in_math = block.kind == "display_math"
        text = _unbold_numbers(text).strip()
        pattern = _NUMBER_IN_MATH if in_math else _NUMBER_IN_TEXT
        head, pieces = numbered_pieces(text, last, strict=True, pattern=pattern)
        if not pieces or (len(pieces) == 1 and not head.strip() and block.kind == "paragraph"):
            return [block]
        out = [_piece(block, head, block.lead if own else None)] if head.strip() else []
        for number, rest in pieces:
            piece = _piece(block, f"{number}. " + (f"${rest}$" if in_math else rest), f"{number}.")
            piece.kind = "paragraph" if in_math else piece.kind
            out.append(piece)
        return out

    def one_block(self, block: Block) -> None:
        self.handle(block)
        self.last_block = block

    def handle(self, block: Block) -> None:
        if self.from_source and self.resume(block):
            return
        start = self.start_of(block)
        split = None if self.from_source else self.inline_parts(block, start)
        if split is None:
            self.dispatch(block, start)
        else:
            head, parts = split
            if head is not None:
                self.dispatch(head, start)
            for letter, piece in parts:
                self.open_part(piece, _Start("part", letter, None, "", piece.lead))
                self.inline.append(self.parts[-1])
        if self.item is not None and self.item.kind == "proof" and pat.ends_item(block.text):
            self.close()

    def dispatch(self, block: Block, start: _Start | None) -> None:
        if start is None:
            self.continue_with(block)
        elif start.kind in ("solution", "hint"):
            self.open_answer(block, start)
        elif start.kind == "part":
            self.open_part(block, start)
        else:
            self.open_item(block, start)

    def inline_parts(self, block: Block, start: _Start | None
                     ) -> tuple[Block | None, list[tuple[str, Block]]] | None:
        """PDF only: a block that prints several parts of an exercise on one line ("a) $x'=x$ |
        b) $x'=2x$", "a. How many ...? b. How many ...?", a display "a)\\begin{bmatrix}...
        \\end{bmatrix}b)[-3]") cut into the head that opens or continues the item and one piece
        per part, as the source's list items are. The labels must run on from the open part
        (a, b, c ... in one style, outside math); None when they do not, or when a part's
        words stop mid-sentence where the next label begins: two columns of parts interleaved
        ("c) How many years will it take d) How many years ..."), whose words cannot be told
        apart."""
        opens_part = start is not None and start.kind == "part"
        if opens_part:
            first, style = start.number or "", None
        elif start is not None:
            if start.kind != "exercise":
                return None
            first, style = "a", None
        elif self.item is None or self.item.kind != "exercise" or self.answer is not None \
                or not self.continues(self.item, block):
            return None
        elif self.part is not None and len(self.part.number or "") == 1:
            first = chr(ord(self.part.number or "a") + 1)
            style = next((label.style for label in pat.text_part_labels(f"{self.part.lead} ")), None)
        else:
            first, style = "a", None
        display = block.kind == "display_math"
        text = block.text
        labels = pat.display_part_labels(text) if display else pat.text_part_labels(text)
        run = pat.label_run(labels, first, style)
        at_start = bool(run) and not text[:run[0].start].strip()
        # A part led by its label, and a display of parts, open with the run; one label is a
        # part only where it opens the block ("a. $A \\cup B$." after the exercise's words).
        if not run or (opens_part or display) and not at_start \
                or len(run) < (1 if at_start and start is None else 2):
            return None
        ends = [label.start for label in run[1:]] + [len(text)]
        words = [text[label.end:end] for label, end in zip(run, ends)]
        closed = words[:-1]  # the parts whose words the next label ends, and the open part's
        if not at_start and (opens_part or start is None and self.part is not None):
            closed.append(text[:run[0].start])
        if not all(map(_trim, words)) or not display and not all(map(_closes_part, closed)):
            return None
        head = None if at_start else _cut(block, 0, run[0].start, block.lead)
        if display:
            return head, [(label.letter, _display_piece(block, label, end))
                          for label, end in zip(run, ends)]
        return head, [(label.letter, _cut(block, label.start, end, text[label.start:label.end]))
                      for label, end in zip(run, ends)]

    def resume(self, block: Block) -> bool:
        """Source only: a block of an item interrupted by a nested one (an example that goes on
        after the exercise inside it) continues that item instead of opening a second one."""
        item = self.by_group.get(block.group) if block.group is not None else None
        if item is None or item is self.item:
            return False
        self.close()
        self.item, self.groups = item, {block.group}
        item.blocks.append(block)
        return True

    def open_item(self, block: Block, start: _Start) -> None:
        previous = self.item
        if previous and previous.bare and not self.body_text(previous):
            self.close()
            previous = None
        if previous and previous.kind == start.kind and not self.body_text(previous):
            self.out.items.remove(previous)  # a margin tag "Example" just before "Example IS:"
        elif (
            previous
            and previous.kind == start.kind
            and start.number is None
            and previous.number
            and previous.blocks[-1] is self.last_block
        ):  # a margin tag just after "Definition M:"
            self.continue_with(block)
            return
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
            source_label=block.label,
            parent=parent,
            bare=start.bare,
        )
        item.blocks.append(block)
        self.out.items.append(item)
        if self.from_source and block.group is not None:
            self.by_group[block.group] = item
        if _book_wide(start.kind, start.number):
            self.labels.add((start.kind, start.number or ""))
        self.settle_parts()
        self.item, self.part, self.answer = item, None, None
        self.groups = {block.group} if block.group is not None else set()
        if start.kind == "exercise" and start.number:
            self.last_number[block.section] = start.number
        first = self.source_part(block) if self.from_source else None
        if first is not None:  # an exercise whose statement opens with its part (a), no setup
            item.blocks.pop()
            self.open_part(block, first)

    def settle_parts(self) -> None:
        """Drop the parts cut out of blocks where they were a list the exercise's text holds, not
        its parts: a lone "a." ("... to work? a. Now suppose ..."), or a list the exercise's
        labelled parts follow ("two definitions: a. ... b. ..." then "(a) Let $B = ...$")."""
        if len(self.parts) == 1 and self.parts == self.inline:
            self.drop_inline()
        self.parts, self.inline = [], []

    def drop_inline(self) -> None:
        for part in self.inline:
            self.out.items.remove(part)
            self.parts.remove(part)
        self.inline = []

    def open_part(self, block: Block, start: _Start) -> None:
        assert self.item is not None
        if any(part.number == start.number for part in self.inline):
            self.drop_inline()
        part = Item(
            "exercise",
            start.number,
            None,
            self.item.word,
            block.section,
            lead=start.lead,
            source_label=block.label,
            parent=self.item,
        )
        part.blocks.append(block)
        self.item.blocks.append(block)
        self.out.items.append(part)
        self.parts.append(part)
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
        # An answer inside a part (PreTeXt's <task>) is the part's; one after a LaTeX exercise
        # whose parts are list items (\exsol after \task ...) answers the whole exercise.
        listed = self.from_source and self.part and self.part.blocks[0].kind == "list_item"
        in_part = self.item is target and self.part and not listed
        (self.part if in_part else target).answers.append(
            (source, self.answer)
        )
        self.item = target
        self.groups.add(block.group)
        if start.lead and block.text.lstrip().startswith(start.lead):
            text = block.text.lstrip()[len(start.lead) :].lstrip(" .:")  # "Solution" + ". ..."
            block = Block(**{**block.__dict__, "text": text})
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
        if self.item is not None and block.group in self.groups:
            return self.source_part(block)
        if not env:
            return None
        if env in pat.PART_ENVS:
            if self.item is None or self.item.kind != "exercise":
                return None
            return _Start("part", block.number, block.title, "", None)
        kind = pat.kind_of_word(env)
        if kind is None:
            return None
        return _Start(kind, block.number, block.title, kind.capitalize(), None)

    def source_part(self, block: Block) -> _Start | None:
        """The part a source's block of the open exercise opens: a list item led "a)" or "(a)"
        (diffyqs' \\task, an enumerate, a PreTeXt <task>)."""
        part = pat.PART_LEAD.match(block.lead or "") if block.kind == "list_item" else None
        if part and self.item is not None and self.item.kind == "exercise":
            return _Start("part", part.group("p1") or part.group("p2"), None, "", block.lead)
        return None

    def lead_start(self, block: Block, lead: str | None, strong: bool) -> _Start | None:
        """A start read from a bold lead (strong) or from the block's opening words."""
        if not lead:
            return None
        head = _drop_margin_tag(lead[:160])
        match = pat.KIND_LEAD.match(head)
        kind = pat.kind_of_word(match.group("word")) if match else None
        if kind == "exercise" and _GROUP_WORD.match(head[match.end() if match else 0 :]):
            return None  # "Exercise Group. For problems C30-C33, ...": the group's instruction
        if kind and match:
            number, title, punct = match.group("number"), match.group("title"), match.group("punct")
            if not strong and kind == "proof" and self.item and self.item.kind in ("exercise", "example"):
                return None  # "Proof: ..." set in plain type: a proof the exercise quotes, or its answer
            if not strong:
                after = head[match.end() :]
                numbered_needed = kind not in ("proof", "solution", "hint")
                if numbered_needed and not number:
                    return None
                # A bare "Example 1.1.3" heads an item; a citation in the reason column of a
                # proof ("Definition CV" beside a display) names an item seen before (below).
                bare = not after.strip()
                if not (punct or title or bare or after.lstrip()[:1].isupper()):
                    return None
                if not numbered_needed and not punct:
                    return None
            if strong and punct == ":" and not title:
                rest = lead[match.end() :].strip().rstrip(".")
                title = rest or None
            whole = strong and ((title and punct == ":") or head != lead[:160])
            # the opening as printed, with whatever margin text came before the label
            strip = lead.strip() if whole else lead[: len(lead[:160]) - len(head) + match.end()].strip()
            if strong and number is None and kind not in ("proof", "solution", "hint"):
                tagged = _TAGGED_TEXT.match(block.text[len(strip) :])
                if tagged:  # a bare margin tag; the label follows in the text ("Defniition MRLS:")
                    number, title = tagged.group("number"), tagged.group("title")
                    strip = block.text[: len(strip) + tagged.end()].strip()
            if (kind, number or "") in self.labels:
                return None  # "Definition CV" again: a citation of an item already delimited
            bare_label = not strong and not (punct or title) and not head[match.end() :].strip()
            return _Start(kind, number, title, match.group("word"), strip, bare_label)
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
    def unanswered(self, number: str) -> bool:
        """Whether no entry of the current appendix section has this number yet."""
        return (self.context, number) not in self.answered

    def answer_block(self, block: Block) -> None:
        text = _flat(block)
        context = pat.ANSWER_CONTEXT.match(text)
        if context and len(text) < 90:
            self.context = context.group("a") or context.group("b")
            self.entry = None
            return
        heading = self.headings.get(block.section or "")
        hints_only = heading and re.search(r"\bhints?\b", heading.title, re.IGNORECASE) and not (
            re.search(r"\b(answers?|solutions?)\b", heading.title, re.IGNORECASE)
        )
        named = pat.KIND_LEAD.match(block.lead or text)
        if named and pat.kind_of_word(named.group("word")) == "exercise" and named.group("number"):
            text = f"{named.group('number')}. {text[named.end():]}"  # "Exercise 1.1.2:" -> "1.1.2."
        text = _unbold_numbers(text)  # "\mathbf{1}.\mathbf{5}.\mathbf{1}\mathbf{0}\mathbf{1}:y=..."
        if block.kind == "display_math":
            numbered = re.match(r"\s*((?:[A-Z]\.)?\d+(?:\.\d+)+)[:.]", text)
            if numbered and not block.lead:
                block = _piece(block, text, numbered.group(1) + ":")
        lead = pat.NUMBER_LEAD.match(block.lead or "")
        if lead:  # the reader saw the number as a lead: trust it even where math swallowed it
            number = lead.group("number")
            at = text.find(number)
            rest = text[at + len(number) :].lstrip(".:) ") if at >= 0 else text
            reopen = "$" if text[: max(at, 0)].count("$") % 2 else ""  # "$0.2.103:y=x^{r}$"
            text = f"{number}. {reopen}{rest}"
        last = self.entry.number if self.entry else None
        head, pieces = numbered_pieces(
            text, None if lead else last, strict=False, unseen=self.unanswered
        )
        if head.strip():
            if self.entry is not None:
                self.entry.blocks.append(_piece(block, head))
            elif not pieces:
                self.warn(block, "text in an answer section that follows no answer number")
        for number, piece in pieces:
            self.answered.add((self.context, number))
            self.entry = AnswerEntry(number, self.context, "hint" if hints_only else "appendix")
            self.entry.blocks.append(_piece(block, piece))
            self.out.answers.append(self.entry)


def _follows(number: str, previous: str, strict: bool) -> bool:
    """Whether ``number`` can come after ``previous`` in a list (by one when ``strict``)."""
    prefix, before = number.rpartition(".")[0], previous.rpartition(".")[0]
    if prefix != before:
        return not strict  # a new subsection in a list of full numbers: 1.2.5.3 then 1.2.6.1
    step = (_last_int(number) or 0) - (_last_int(previous) or 0)
    return step == 1 if strict else step >= 1


_BOLD_RUN = r"(\\mathbf\{[\dA-Z]\}(?:\.?\\mathbf\{\d\})+|\\mathbf\{\d\})"  # "A.1.101", "7"
_BOLD_NUMBER = re.compile(_BOLD_RUN + r"([.:])")
# A bold number swallowed by the end of a formula, closing brackets before, after or inside it.
_BOLD_NUMBER_INLINE = re.compile(r"((?:\\mathbf\{\d\}|[)\]])*\\mathbf\{\d\}[)\]]*)\$(?=[.:])")


def _unbold_numbers(text: str) -> str:
    """Bold item numbers the reader set in math, as text: "\\mathbf{1}.\\mathbf{2}:" -> " 1.2: ".

    Two-column exercise and answer lists printed in math fonts arrive as one display
    ("\\mathbf{1}.a=5\\mathbf{2}.a=8"), or with the next number swallowed by the end of
    an inline formula ("$x+1\\mathbf{2}$. $x-1$"); spaced out, their numbers cut the
    text like prose numbers.
    """
    text = _BOLD_NUMBER_INLINE.sub(_brackets_first, text)  # "$(x+1\mathbf{2})$." -> "$(x+1)$\mathbf{2}."
    return _BOLD_NUMBER.sub(
        lambda m: " " + re.sub(r"\\mathbf\{(\w)\}", r"\1", m.group(1)) + m.group(2) + " ", text
    )


def _brackets_first(match: re.Match[str]) -> str:
    """The brackets of a swallowed number's run close the formula; its digits follow it."""
    run = match.group(1)
    return re.sub(r"\\mathbf\{\d\}", "", run) + "$" + "".join(re.findall(r"\\mathbf\{\d\}", run))


def _flat(block: Block) -> str:
    """Block text on one line; table cells (multi-column exercise lists) become runs of text."""
    text = block.text.strip()
    return re.sub(r"\s*\|\s*|\n", "  ", text) if block.kind == "table" else text


_ENDS_CLAUSE = re.compile(r"[.?!:;$)\]}]$")


def _closes_part(text: str) -> bool:
    """Whether a part's words can end here, before the next part's label: at the end of a
    sentence, a clause or a formula; at a comma only after formulas alone ("$x'=x$, $x(0)=1$,"),
    since words and a comma are a list in one sentence ("is (a) injective, (b) surjective")."""
    text = _trim(text)
    if text.endswith(","):
        return not re.search(r"[A-Za-z]", prose_of(text))
    return bool(_ENDS_CLAUSE.search(text))


def _trim(text: str) -> str:
    """A piece of a block without the spaces and column rules ("|") around it."""
    return text.strip().strip("|").strip()


def _cut(block: Block, start: int, end: int, lead: str | None) -> Block:
    """The piece ``block.text[start:end]`` as a block of its own, with the formulas it holds."""
    spans = list(MATH_SPAN.finditer(block.text))
    text = block.text[start:end]
    if len(spans) == len(block.formulas):
        formulas = [f for span, f in zip(spans, block.formulas) if start <= span.start() < end]
    else:
        formulas = [f for f in block.formulas if f"${f.latex}$" in text]
    return Block(**{**block.__dict__, "text": _trim(text), "lead": lead, "formulas": formulas})


def _display_piece(block: Block, label: pat.PartLabel, end: int) -> Block:
    """One part's formula of a display that prints several side by side, as a paragraph led
    by its label: "a) $\\begin{bmatrix}...\\end{bmatrix}$"."""
    latex = re.sub(r"(?:\s|\\\\)+$", "", block.text[label.end:end]).strip()  # and its row break
    confidence = block.formulas[0].confidence if block.formulas else 1.0
    lead = block.text[label.start:label.end]
    return Block(**{**block.__dict__, "kind": "paragraph", "text": f"{lead} ${latex}$",
                    "lead": lead, "formulas": [Formula(latex, True, confidence)]})


def _piece(block: Block, text: str, lead: str | None = None) -> Block:
    return Block(**{**block.__dict__, "text": text.strip(), "lead": lead})


def numbered_pieces(
    text: str,
    last: str | None,
    strict: bool,
    pattern: re.Pattern[str] = _MULTI_ANSWER,
    unseen: Callable[[str], bool] | None = None,
) -> tuple[str, list[tuple[str, str]]]:
    """Cut "3. ... 4. ... 6. ..." into numbered pieces; the text before the first number apart.

    Numbers must ascend at one depth after ``last`` (the number of the open item), by
    exactly one when ``strict`` (exercises, where prose holds stray numbers), or by any
    step (answer lists skip the unanswered exercises). A number that ``unseen`` accepts
    may also step back: the reader interleaved the columns of a multi-column answer list.
    """
    cuts: list[tuple[int, int, str]] = []
    previous, depth = last, last.count(".") if last else None
    for found in pattern.finditer(text):
        number = found.group(1) or found.group(2)
        if depth is not None and number.count(".") != depth:
            continue
        if previous is None:
            if strict and found.start() > 0:
                continue  # an exercise list starts at the start of its block
        elif not _follows(number, previous, strict) and not (unseen and unseen(number)):
            continue
        cuts.append((found.start(), found.end(), number))
        previous, depth = number, number.count(".")
    head = text[: cuts[0][0]] if cuts else text
    pieces = [
        (number, text[end : cuts[k + 1][0] if k + 1 < len(cuts) else len(text)].strip())
        for k, (_, end, number) in enumerate(cuts)
    ]
    return head, pieces


def delimit(document: Document) -> Delimited:
    """Cut the document's blocks into items, inline answers and appendix answers."""
    return _Delimiter(document).run(document.blocks)
