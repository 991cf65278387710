"""The lines of one page become blocks: paragraphs, display math, list items, captions, ...

Decisions come from typography that TeX books share, not from one book's wording:
a display is a run of lines set apart from the text column and made mostly of math
fonts; a paragraph ends at extra vertical space, an indented or outdented line, a
short line ending a sentence, or a line that opens with a bold run (the block's
``lead``, "Theorem 2.3."); list items start with a marker; a caption starts with
"Figure"/"Table" and a number; code is set in a monospaced font.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ingest.document import Block, Formula
from ingest.glyphs import Glyph
from ingest.mathfonts import is_math_font
from ingest.pdf_lines import Line, plain_text
from ingest.pdfmath import render_display, render_line

Rule = tuple[float, float, float, float]

BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|CMBX|CMB\d|-Bd|-Bol", re.IGNORECASE)
SMALLCAPS_FONT = re.compile(r"CMCSC|smallcaps|-SC\b|Caps", re.IGNORECASE)
MONO_FONT = re.compile(r"mono|courier|CMTT|typewriter|LMTypewriter|Consol|Inconsolata", re.IGNORECASE)
LIST_MARKER = re.compile(r"^(?:[•∙◦▪‣–—\-*]|\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)])\s")
CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Listing)\s+[\dA-Z][\w.\-]*[.:]?", re.IGNORECASE)
EQUATION_TAG = re.compile(r"^\(\s*[\w.\-′']{1,12}\s*\)$")
SENTENCE_END = re.compile(r"[.!?:]['’”)]*$")
NUMBER_LEAD = re.compile(r"^\(?[A-Z]{0,3}\d+(?:\.\d+)*[.)]?\s*$")  # "1.", "1.1.2.", "(3)", "C20."
NAMED_LEAD = re.compile(r"^[A-Z][a-z]+\s+[A-Z]{0,3}\d+(?:\.\d+)*[.:]?\s*$")  # "Exercise 4.3.4:"
# Function names set upright in the text font, followed by their argument: "cos(kx)", "ln 2".
FUNCTION_NAME = re.compile(r"\b(?:(?:arc)?(?:sin|cos|tan|sec|csc|cot)h?|ln|log|exp|lim)(?=[\s(])")


@cache
def _font_traits(font: str) -> tuple[bool, bool, bool]:
    """(bold, small caps, math) for a font name; cached, as a book has few fonts and many glyphs."""
    return bool(BOLD_FONT.search(font)), bool(SMALLCAPS_FONT.search(font)), is_math_font(font)


def is_bold(g: Glyph) -> bool:
    return bool(g.flags & 16) or _font_traits(g.font)[0]


def is_lead_glyph(g: Glyph) -> bool:
    """Bold or small caps: the type that opens a theorem, example or exercise."""
    return is_bold(g) or _font_traits(g.font)[1]


def is_math_glyph(g: Glyph) -> bool:
    return _font_traits(g.font)[2]


@dataclass
class PageFrame:
    """The text column of a page and the body size, the yardsticks of every decision."""

    left: float
    right: float
    body: float  # body font size, points
    pitch: float  # usual distance between the baselines of body lines


@dataclass
class _Draft:
    """A block being assembled from lines."""

    kind: str
    lines: list[Line] = field(default_factory=list)
    lead: list[Glyph] = field(default_factory=list)
    hang: float | None = None  # x where the continuation lines of a list item (or numbered item) start
    section: str | None = None

    @property
    def last(self) -> Line:
        return self.lines[-1]


def math_share(line: Line) -> float:
    """Share of glyphs that belong to a formula: math fonts, digits, operators, function names."""
    gs = line.glyphs
    math = sum(1 for g in gs if is_math_glyph(g) or not g.c.isalpha())
    names = sum(len(m.group()) for m in FUNCTION_NAME.finditer(line.text))
    return min(1.0, (math + names) / len(gs))


def is_display_line(line: Line, frame: PageFrame) -> bool:
    """A line set apart from the column, made mostly of math (or holding a display-size operator)."""
    if not any(is_math_glyph(g) for g in line.glyphs) or opens_with_label(line):
        return False  # no math, or an exercise or answer opening with its bold number: prose
    if LIST_MARKER.match(line.text) and not is_math_glyph(line.glyphs[0]):
        return False  # "a) F(2)   b) F(-2)": items of an exercise, each formula inline
    big = any(is_math_glyph(g) and g.size >= 1.4 * line.size and g.y1 - g.y0 > 1.3 * line.size
              for g in line.glyphs)
    inset = line.x0 - frame.left > 1.5 * frame.body
    short = frame.right - line.x1 > 1.5 * frame.body
    return math_share(line) >= 0.75 and (inset or big) and (short or big)


def opens_with_label(line: Line) -> bool:
    """Whether the line opens with an item's bold number ("3.", "C20."), which no display holds."""
    return bool(NUMBER_LEAD.match(plain_text(lead_glyphs(line))))


def opens_with_named_item(line: Line) -> bool:
    """Whether the line opens with an item's bold name and number ("Exercise 4.3.4:") before
    text in another face: the start of an item, which no running head is."""
    lead = lead_glyphs(line)
    return len(lead) < len(line.glyphs) and bool(NAMED_LEAD.match(plain_text(lead)))


def lead_glyphs(line: Line) -> list[Glyph]:
    """The bold/small-caps run that opens ``line``, when text in another face follows it."""
    run: list[Glyph] = []
    for g in line.glyphs:
        if not is_lead_glyph(g):
            break
        run.append(g)
    if not run or not any(c.isalnum() for c in (g.c for g in run)):
        return []
    return run


def build_blocks(
    lines: list[Line],
    frame: PageFrame,
    rules: list[Rule],
    page: int,
    headings: dict[int, str],
    section: Callable[[Line], str | None],
) -> list[Block]:
    """Blocks of one page in reading order.

    ``headings`` maps the index of a line in ``lines`` to the outline id it prints
    the title of; ``section`` says which outline id a line falls under.
    """
    drafts: list[_Draft] = []
    lines, headings = _cut_labels(lines, headings, frame)
    alone = _lone_labels(lines)
    display = _display_lines(lines, frame, set(headings) | alone)
    table_rows = _table_rows(lines, frame, display)
    for index, line in enumerate(lines):
        current = drafts[-1] if drafts else None
        if index in headings:
            if current and current.kind == "heading" and current.section == headings[index]:
                current.lines.append(line)
            else:
                drafts.append(_Draft("heading", [line], section=headings[index]))
            continue
        if index in display:
            if current and current.kind == "display_math" and _near(current, line, 1.2 * frame.body):
                current.lines.append(line)
            else:
                drafts.append(_Draft("display_math", [line]))
            continue
        beside = index in alone and index + 1 in display and lines[index + 1].row == line.row
        if beside and current and current.kind == "display_math":
            drafts.insert(-1, _start(line))  # "C20." beside a matrix whose top row came first
            continue
        if line.row in table_rows:
            if current and current.kind == "table" and _near(current, line, 1.5 * frame.body):
                current.lines.append(line)
            else:
                drafts.append(_Draft("table", [line]))
            continue
        if current and _continues(current, line, frame):
            if current.kind == "paragraph" and line.row == current.last.row:
                current.hang = line.x0  # "3." then its text: the text's lines hang from here
            current.lines.append(line)
            continue
        drafts.append(_start(line))
    return [_finish(d, rules, page, section) for d in drafts if d.lines]


def _cut_labels(lines: list[Line], headings: dict[int, str], frame: PageFrame
                ) -> tuple[list[Line], dict[int, str]]:
    """Lines that open with an item's bold number and go on with the middle row of a display
    ("C20." then a column of vectors) cut in two: the number opens the item, the math joins
    the display. ``headings`` follows the lines' new indices."""
    out: list[Line] = []
    moved: dict[int, str] = {}
    # a row of several numbered items ("6. ...  7. ...", fractions each) stays whole
    labels = Counter(line.row for line in lines if opens_with_label(line))
    for index, line in enumerate(lines):
        lead = lead_glyphs(line) if index not in headings and labels[line.row] == 1 else []
        rest = line.glyphs[len(lead):]
        if index in headings:
            moved[len(out)] = headings[index]
        numbered = any(is_lead_glyph(g) and g.c.isdigit() for g in rest)  # "8. ... 9. ..."
        part = Line(rest, row=line.row) if lead and rest and opens_with_label(line) else None
        if part is not None and not numbered and _in_display(part, lines, frame):
            out += [Line(lead, row=line.row), part]
        else:
            out.append(line)
    return out, moved


def _lone_labels(lines: list[Line]) -> set[int]:
    """Lines that are only an item's bold number ("C20."), the one on their row: kept out of
    displays. A row of several ("8." and "9." beside their fractions) joins its display whole."""
    labels = Counter(line.row for line in lines if opens_with_label(line))
    return {i for i, line in enumerate(lines)
            if opens_with_label(line) and _all_lead(line) and labels[line.row] == 1}


def _in_display(part: Line, lines: list[Line], frame: PageFrame) -> bool:
    """Math stacked between rows of a display (a matrix's middle row)."""
    return math_share(part) >= 0.75 and any(
        other.row != part.row and _touches(part, other, 0.6 * frame.body) and is_display_line(other, frame)
        for other in lines)


def _display_lines(lines: list[Line], frame: PageFrame, apart: set[int]) -> set[int]:
    """Indices of lines that belong to displays.

    Display lines are found by :func:`is_display_line`; then lines made of math
    and digits that sit right above or below one (a fraction's numerator row, a
    matrix row, a big operator's limits) join them, and so does the equation
    number or a math cell on a display's row. Lines in ``apart`` (headings, lone item
    numbers) never do.
    """
    display = {i for i, ln in enumerate(lines) if i not in apart and is_display_line(ln, frame)}
    grown = True
    while grown:
        grown = False
        for i, line in enumerate(lines):
            if i in display or i in apart:
                continue
            mathy = math_share(line) >= 0.75
            on_display_row = any(lines[j].row == line.row for j in display)
            touching = mathy and any(_touches(line, lines[j], 0.6 * frame.body) for j in display)
            if touching or (on_display_row and (mathy or _is_tag(line))):
                display.add(i)
                grown = True
    return display


def _touches(a: Line, b: Line, gap: float) -> bool:
    """Whether two lines are stacked close together and overlap (or nearly) horizontally."""
    vertical = max(a.y0, b.y0) - min(a.y1, b.y1) < gap
    return vertical and a.x0 < b.x1 + gap and b.x0 < a.x1 + gap


def _table_rows(lines: list[Line], frame: PageFrame, display: set[int]) -> set[int]:
    """Rows cut into several cells, in runs of at least two such rows: an evident table."""
    cells: dict[int, list[Line]] = {}
    for line in lines:
        cells.setdefault(line.row, []).append(line)
    display_rows = {lines[i].row for i in display}
    tabular = [row for row, parts in cells.items()
               if len(parts) >= 2 and row not in display_rows and not is_marker(parts[0])]
    rows = sorted(cells)
    keep: set[int] = set()
    for row in tabular:
        at = rows.index(row)
        neighbours = {rows[at - 1] if at else None, rows[at + 1] if at + 1 < len(rows) else None}
        if neighbours & set(tabular):
            keep.add(row)
    return keep


def is_marker(line: Line) -> bool:
    """A line that is only an item's number or list marker ("3.", "(a)", "•"), set apart from its text."""
    text = line.text.strip()
    return bool(NUMBER_LEAD.match(text) or LIST_MARKER.match(text + " ")) and len(text) <= 6


def _is_tag(line: Line) -> bool:
    return bool(EQUATION_TAG.match(line.text))


def _near(draft: _Draft, line: Line, gap: float) -> bool:
    return line.y0 - max(item.y1 for item in draft.lines) < gap


def _start(line: Line) -> _Draft:
    lead = lead_glyphs(line)
    if MONO_FONT.search(line.glyphs[0].font) and all(MONO_FONT.search(g.font) for g in line.glyphs):
        return _Draft("code", [line])
    if CAPTION.match(line.text):
        return _Draft("caption", [line], lead=lead)
    if not lead and LIST_MARKER.match(line.text):
        marker_end = len(LIST_MARKER.match(line.text).group(0).strip())
        glyphs = [g for g in line.glyphs if not g.c.isspace()]
        after = glyphs[min(marker_end, len(glyphs) - 1)]
        return _Draft("list_item", [line], hang=after.x0)
    return _Draft("paragraph", [line], lead=lead)


def _continues(draft: _Draft, line: Line, frame: PageFrame) -> bool:
    """Whether ``line`` goes on the block being built rather than starting a new one."""
    if draft.kind in ("heading", "display_math"):
        return False
    prev = draft.last
    em = frame.body
    if line.row == prev.row:  # another segment of the same row: a table cell, a column, or
        return draft.kind == "table" or (len(draft.lines) == 1 and is_marker(prev))  # an item's text
    spaced = line.y0 - prev.y1 > 0.6 * line.size and line.baseline - prev.baseline > frame.pitch + 0.45 * em
    if spaced or abs(line.size - prev.size) > 0.15 * prev.size:
        return False  # extra space (not just a tall formula in the line) or another size
    if draft.kind == "code":
        return all(MONO_FONT.search(g.font) for g in line.glyphs)
    if lead_glyphs(line) and not _all_lead(line) and (
        SENTENCE_END.search(prev.text) or frame.right - prev.x1 > 2 * em
    ):
        return False  # "Theorem 2.3." opening a line after a finished one starts a block
    if LIST_MARKER.match(line.text) and (draft.kind == "list_item" or line.x0 > frame.left + em):
        return False
    if opens_with_label(line) and line.x0 < prev.x0 - 0.8 * em:
        return False  # "7." set out left of the line above: the next item
    if draft.kind == "list_item":
        return abs(line.x0 - (draft.hang or prev.x0)) < em
    if len(draft.lines) == 1 and _centred(prev, frame) and not _centred(line, frame):
        return False  # a centred title ("Preview Activity", "Chapter Review") over its text
    if len(draft.lines) == 1 and draft.lead and _all_lead(prev):
        return True  # "Example 4.2" alone on its line: the text below belongs to it
    if line.x0 > prev.x0 + 0.8 * em:
        return False  # an indented line opens a paragraph
    left = draft.hang if draft.hang is not None else min(ln.x0 for ln in draft.lines)
    if (len(draft.lines) > 1 or draft.hang is not None) and line.x0 < left - 0.8 * em:
        return False  # an outdented line ends an indented run (a quotation, a list, an item's text)
    ended = frame.right - prev.x1 > 3 * em and SENTENCE_END.search(prev.text)
    return not ended  # a short line closing a sentence ends its paragraph


def _centred(line: Line, frame: PageFrame) -> bool:
    """Set in the middle of the column, well in from both edges."""
    before, after = line.x0 - frame.left, frame.right - line.x1
    return min(before, after) > 2 * frame.body and abs(before - after) < frame.body


def _all_lead(line: Line) -> bool:
    return all(is_lead_glyph(g) for g in line.glyphs)


def _finish(draft: _Draft, rules: list[Rule], page: int, section: Callable[[Line], str | None]) -> Block:
    lines = draft.lines
    bbox = [
        round(min(ln.x0 for ln in lines), 2),
        round(min(ln.y0 for ln in lines), 2),
        round(max(ln.x1 for ln in lines), 2),
        round(max(ln.y1 for ln in lines), 2),
    ]
    near = [r for r in rules if r[2] >= bbox[0] and r[0] <= bbox[2] and r[3] >= bbox[1] - 2 and r[1] <= bbox[3] + 2]
    block = Block(kind=draft.kind, text="", page=page, bbox=bbox, section=draft.section or section(lines[0]))
    if draft.kind == "display_math":
        tags = [ln for ln in lines if _is_tag(ln)]
        glyphs = [g for ln in lines if ln not in tags for g in ln.glyphs]
        formula = render_display(glyphs, near) if glyphs else Formula("", True, 0.0)
        block.text = formula.latex
        block.formulas = [formula]
        block.number = tags[0].text.strip("() ") if tags else None
        return block
    texts: list[str] = []
    formulas: list[Formula] = []
    for ln in lines:
        text, found = render_line(ln.glyphs, near)
        texts.append(text)
        formulas.extend(found)
    if draft.kind == "table":
        block.text = "\n".join(
            " | ".join(t.strip() for ln, t in zip(lines, texts) if ln.row == row)
            for row in dict.fromkeys(ln.row for ln in lines)
        )
    else:
        block.text = join_lines(texts)
    block.formulas = formulas
    if draft.lead:
        block.lead = plain_text(draft.lead).strip()
    return block


def join_lines(texts: list[str]) -> str:
    """Join a block's lines, mending words hyphenated at a line end ("equa-" + "tion")."""
    out = ""
    for text in texts:
        text = text.strip()
        if not out:
            out = text
        elif re.search(r"[a-z]-$", out) and text[:1].islower():
            out = out[:-1] + text
        else:
            out += " " + text
    return out
