"""Born-digital PDF books become a :class:`~ingest.document.Document`, one page at a time.

Pages are streamed: each page's glyphs are read, cut into lines and held only
while the pages around it are read too (running heads are recognised by
repeating on nearby pages, see :mod:`ingest.pdf_margins`); then the page becomes
blocks and its glyphs are dropped. Peak memory therefore does not grow with the
book. The outline comes from the bookmarks matched to the printed headings
(:mod:`ingest.pdf_outline`); math is recovered by :mod:`ingest.pdfmath`.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pymupdf

from ingest.document import Block, Document, Heading
from ingest.glyphs import page_glyphs, page_rules
from ingest.pdf_blocks import PageFrame, build_blocks, opens_with_label, opens_with_named_item
from ingest.pdf_columns import reading_order
from ingest.pdf_lines import Line, page_lines
from ingest.pdf_margins import WINDOW, is_furniture, margin_signatures, stands_alone
from ingest.pdf_outline import (
    HeadingFinder,
    Node,
    finish_outline,
    heading_node,
    looks_like_heading,
    match_headings,
    normalize,
    read_bookmarks,
)
from ingest.sympycheck import mark_sympy_parses
from syllabus.errors import UserError
from syllabus.files import sha256_file
from syllabus.progress import Advance

# Pages after its bookmark's page where a heading is still looked for: PreTeXt books put
# anchors up to 13 pages early. A heading not found by then, or by the time a later
# bookmark's heading is found, is assumed at the top of that page.
LOOK_AHEAD = 24


@dataclass
class _Page:
    """One page read but not yet turned into blocks."""

    number: int  # 1-based
    lines: list[Line]
    rules: list[tuple[float, float, float, float]]
    height: float
    label: str


def open_pdf(path: Path) -> pymupdf.Document:
    """Open ``path`` as a PDF, or raise a one-line UserError saying what is wrong."""
    try:
        with open(path, "rb") as handle:
            if not handle.read(1):
                raise UserError(f"{path}: the file is empty; pass a PDF book")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file; check the path") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise UserError(f"{path}: not a readable PDF ({exc}); pass an intact PDF file") from None
    if doc.needs_pass:
        doc.close()
        raise UserError(f"{path}: the PDF is encrypted and needs a password; decrypt it first (qpdf --decrypt)")
    if doc.page_count == 0:
        doc.close()
        raise UserError(f"{path}: the PDF has no pages")
    return doc


def read_pdf(path: str | Path, progress: Advance | None = None, pages: range | None = None) -> Document:
    """Read a born-digital PDF book: outline, blocks in reading order, math as LaTeX.

    ``pages`` (0-based indices) reads only part of the book, for samples and tests;
    the outline still lists every bookmark.
    """
    source = Path(path)
    doc = open_pdf(source)
    try:
        return _read(doc, source, progress, pages or range(doc.page_count))
    finally:
        doc.close()


def read_outline(path: str | Path) -> list[Heading]:
    """The outline alone: bookmarks matched on their own pages only, so a whole book takes seconds."""
    doc = open_pdf(Path(path))
    try:
        reader = _Reader(doc)
        if reader.finder is not None:
            raise UserError(f"{path}: the PDF has no bookmarks; read_pdf finds headings from the text")
        numbers = {n + k for n in reader.by_page for k in range(LOOK_AHEAD + 1) if n + k <= doc.page_count}
        for number in sorted(numbers):
            if reader.carry or number in reader.by_page:
                item = reader.read(doc[number - 1])
                if item.lines:
                    reader.match(item, reader.frame(item))
        return finish_outline(reader.nodes)
    finally:
        doc.close()


class _Reader:
    """State carried from page to page: body size, window of pending pages, current section."""

    def __init__(self, doc: pymupdf.Document) -> None:
        self.labels = page_labels(doc)
        self.nodes = read_bookmarks(doc)
        self.finder = None if self.nodes else HeadingFinder()
        self.by_page: dict[int, list[Node]] = {}
        for node in self.nodes:
            self.by_page.setdefault(node.page, []).append(node)
        self.by_id = {node.id: node for node in self.nodes}
        self.titles = {normalize(node.title) for node in self.nodes if normalize(node.title)}
        # Bookmarks not found on their page, with pages left to look: hyperref anchors may land
        # on the page before the heading, or (PreTeXt books) several pages early.
        self.carry: list[tuple[Node, int]] = []
        self.sizes: Counter[float] = Counter()
        # Where body lines start and end, on odd and on even pages: the book's text column.
        self.edges: dict[int, tuple[Counter[int], Counter[int]]] = {0: (Counter(), Counter()),
                                                                    1: (Counter(), Counter())}
        self.signatures: dict[int, set] = {}
        self.section: str | None = None
        self.blocks: list[Block] = []

    def match(self, page: _Page, frame: PageFrame) -> tuple[dict[int, str], list[Node]]:
        """Bookmarks found on ``page`` (line index -> id), and those given up on here."""
        carried = self.carry + [(node, LOOK_AHEAD) for node in self.by_page.get(page.number, [])]
        found = match_headings([node for node, _ in carried], page.lines, frame) if carried else {}
        ids = set(found.values())
        for node, _ in carried:
            if node.id in ids:
                node.page = page.number
        # carried is in book order: a heading found here passes every one still unfound before it
        passed = max((k for k, (node, _) in enumerate(carried) if node.id in ids), default=-1)
        unfound = [(k, node, left) for k, (node, left) in enumerate(carried) if node.id not in ids]
        self.carry = [(node, left - 1) for k, node, left in unfound if left > 0 and k > passed]
        return found, [node for k, node, left in unfound if left == 0 or k < passed]

    @property
    def body(self) -> float:
        return self.sizes.most_common(1)[0][0] if self.sizes else 10.0

    def read(self, page: pymupdf.Page) -> _Page:
        glyphs = page_glyphs(page)
        self.sizes.update(round(g.size, 1) for g in glyphs)
        rules = page_rules(page) if glyphs else []
        lines = page_lines(glyphs, self.body, rules) if glyphs else []
        if lines:
            lines = reading_order(lines, min(ln.x0 for ln in lines), max(ln.x1 for ln in lines), self.body)
        lefts, rights = self.edges[page.number % 2]
        for line in lines:
            if abs(line.size - self.body) <= 0.5:
                lefts[round(line.x0)] += 1
                rights[round(line.x1)] += 1
        height = page.rect.height
        self.signatures[page.number + 1] = margin_signatures(lines, height)
        return _Page(page.number + 1, lines, rules, height, self.labels[page.number])

    def frame(self, page: _Page) -> PageFrame:
        """The page's frame, its column the book's: a page full of matrices has no measure of its own."""
        return page_frame(page.lines, self.body, self.edges[(page.number - 1) % 2])

    def finish(self, page: _Page) -> None:
        """Turn a pending page into blocks, now that its neighbours' margins are known."""
        self.signatures.pop(page.number - WINDOW - 1, None)
        if not page.lines:
            return
        frame = self.frame(page)
        headings, missing = self.match(page, frame)
        neighbours = [
            sig for n, sig in self.signatures.items() if n != page.number and abs(n - page.number) <= WINDOW
        ]
        rows = [line.row for line in page.lines]
        edge_rows = {min(rows), max(rows)}
        furniture = {
            index for index, line in enumerate(page.lines) if index not in headings
            and is_furniture(line, page.height, page.label, neighbours, line.row in edge_rows)
            and stands_alone(line, page.lines)
        }
        # "3." opening a page beside its exercise's text is no running head (a mark beside text is);
        # nor is "Exercise 4.3.4: Let" below the head, though the next pages open alike
        text_rows = {line.row for index, line in enumerate(page.lines) if index not in furniture}
        furniture = {i for i in furniture if (page.lines[i].row not in text_rows
                                              or not opens_with_label(page.lines[i]))
                     and (page.lines[i].row in edge_rows or not opens_with_named_item(page.lines[i]))}
        kept: list[Line] = []
        kept_headings: dict[int, str] = {}
        for index, line in enumerate(page.lines):
            if index in headings:
                kept_headings[len(kept)] = headings[index]
            elif index in furniture:
                continue
            kept.append(line)
        if self.finder is not None:
            kept_headings = self.finder.match(kept, frame, page.number)
        else:
            self.add_unbookmarked(kept, kept_headings, frame, page.number)
        events = sorted(
            [(kept[i].y0, hid) for i, hid in kept_headings.items()]
            + [(0.0, n.id) for n in missing]  # never found: assume the page top
        )
        start = self.section

        def section(line: Line) -> str | None:
            current = start
            for y, hid in events:
                if y <= line.y0 + 1:
                    current = hid
            return current

        self.blocks.extend(build_blocks(kept, frame, page.rules, page.number, kept_headings, section))
        if events:
            self.section = events[-1][1]

    def add_unbookmarked(self, lines: list[Line], headings: dict[int, str], frame: PageFrame,
                         page: int) -> None:
        """Headings printed large but absent from the bookmarks join the outline under the current one."""
        for index, line in enumerate(lines):
            if index in headings or not looks_like_heading(line, frame):
                continue
            if any(normalize(line.text).endswith(title) for title in self.titles):
                continue  # a bookmarked title printed again: a contents page, a list of sections
            previous = [hid for i, hid in headings.items() if i < index]
            parent = self.by_id.get(previous[-1] if previous else self.section or "")
            while parent is not None and not parent.bookmarked:
                parent = self.by_id.get(parent.parent or "")
            node = heading_node(line, f"h{len(self.nodes) + 1}", page, parent)
            self.nodes.append(node)
            self.by_id[node.id] = node
            headings[index] = node.id


def page_labels(doc: pymupdf.Document) -> list[str]:
    """The label printed on each page ("iv", "12"), from the PDF's page-label rules.

    Computed from the rules once: ``page.get_label()`` walks the whole label tree
    on every call, which costs more than reading the page.
    """
    labels = [str(n) for n in range(1, doc.page_count + 1)]
    rules = sorted(doc.get_page_labels(), key=lambda r: r["startpage"])
    for k, rule in enumerate(rules):
        end = rules[k + 1]["startpage"] if k + 1 < len(rules) else doc.page_count
        for pno in range(rule["startpage"], end):
            value = rule.get("firstpagenum", 1) + pno - rule["startpage"]
            labels[pno] = rule.get("prefix", "") + _label_number(value, rule.get("style", ""))
    return labels


def _label_number(value: int, style: str) -> str:
    if style == "D":
        return str(value)
    if style in ("r", "R"):
        numerals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out = ""
        for amount, numeral in numerals:
            while value >= amount:
                out, value = out + numeral, value - amount
        return out.upper() if style == "R" else out
    if style in ("a", "A"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if style == "A" else letter
    return ""


def page_frame(lines: list[Line], body: float,
               edges: tuple[Counter[int], Counter[int]] | None = None) -> PageFrame:
    """The text column: where most body-size lines start and end, in the book (``edges``,
    counts of where they start and end) or else on this page."""
    body_lines = [ln for ln in lines if abs(ln.size - body) <= 0.5] or lines
    if not edges or not edges[0]:
        edges = Counter(round(ln.x0) for ln in body_lines), Counter(round(ln.x1) for ln in body_lines)
    left, right = edges[0].most_common(1)[0][0], edges[1].most_common(1)[0][0]
    if right - left < 10 * body:  # no dominant measure (short page): use the extremes
        left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    steps = sorted(
        b.baseline - a.baseline for a, b in pairwise(body_lines)
        if 0.8 * body < b.baseline - a.baseline < 2.5 * body
    )
    pitch = steps[len(steps) // 2] if steps else 1.2 * body
    return PageFrame(left, right, body, pitch)


def _read(doc: pymupdf.Document, source: Path, progress: Advance | None, pages: range) -> Document:
    started = time.perf_counter()
    reader = _Reader(doc)
    pending: deque[_Page] = deque()
    scanned: list[int] = []
    total = doc.page_count
    for done, number in enumerate(pages, 1):
        page = doc[number]
        item = reader.read(page)
        if not item.lines and page.get_images(full=False):
            scanned.append(item.number)
        pending.append(item)
        if len(pending) > WINDOW:
            reader.finish(pending.popleft())
        if progress:
            progress(done, len(pages))
    while pending:
        reader.finish(pending.popleft())
    _refuse_without_text(source, reader, scanned, len(pages))
    outline = reader.finder.finish() if reader.finder else finish_outline(reader.nodes)
    checked = mark_sympy_parses(reader.blocks)
    matched = sum(1 for n in reader.nodes if n.bookmarked and n.printed)
    return Document(
        title=(doc.metadata or {}).get("title") or source.stem,
        source_path=str(source),
        source_sha256=sha256_file(source),
        source_format="pdf",
        page_count=total,
        page_labels=reader.labels,
        outline=outline,
        blocks=reader.blocks,
        stats={
            "seconds": round(time.perf_counter() - started, 2),
            "outline_from": "bookmarks" if reader.nodes else "headings",
            "bookmarks": sum(n.bookmarked for n in reader.nodes),
            "bookmarks_found_on_page": matched,
            "pages_without_text": scanned,
            "formulas_sympy_checked": checked,
        },
    )


def _refuse_without_text(source: Path, reader: _Reader, scanned: list[int], total: int) -> None:
    """A book that is mostly images has no text layer to read: say which pages, suggest OCR."""
    if not reader.blocks and not scanned:
        raise UserError(f"{source}: no text on any of its {total} pages; pass a born-digital PDF")
    if scanned and (not reader.blocks or len(scanned) > total / 2):
        raise UserError(
            f"{source}: {page_ranges(scanned)} have no text layer (scanned?); run OCR first (e.g. ocrmypdf)"
        )


def page_ranges(pages: list[int]) -> str:
    """``[1, 2, 3, 7]`` -> ``"pages 1-3, 7"``."""
    spans: list[list[int]] = []
    for p in pages:
        if spans and p == spans[-1][1] + 1:
            spans[-1][1] = p
        else:
            spans.append([p, p])
    parts = [f"{a}-{b}" if a != b else str(a) for a, b in spans]
    return ("page " if len(pages) == 1 else "pages ") + ", ".join(parts)
