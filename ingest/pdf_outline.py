"""The outline of a PDF book: bookmarks matched to the headings printed on the pages.

Bookmarks (``doc.get_toc``) give titles, levels and pages but often not numbers
(hyperref leaves them out of starred and PreTeXt headings) and sometimes carry
TeX debris ("[3.5em][l]WILAWhat is ..."). So each bookmark is looked up on its
page: the printed heading supplies the number ("Chapter 1", "0.1", "WILA") and
marks the lines that become heading blocks. Books without bookmarks get an
outline from large or bold numbered lines instead (:class:`HeadingFinder`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pymupdf

from ingest.document import Heading
from ingest.pdf_blocks import PageFrame, is_bold, is_math_glyph
from ingest.pdf_lines import Line

TEX_BOX_ARGS = re.compile(r"^(?:\[[^\]]*\])+")  # "[3.5em][l]" left by \makebox in a bookmark
GLUED_ACRONYM = re.compile(r"^([A-Z]{1,6})(?=[A-Z][a-z])")
DIVISION_WORD = re.compile(r"^(part|chapter|appendix|section|§)\s*", re.IGNORECASE)
LEADING_NUMBER = re.compile(
    r"^(?:(?:Part|Chapter|Appendix|Section)\s+|§\s*)?"
    r"(\d+(?:\.\d+)*|[A-Z](?:\.\d+)*|[IVXLC]+)(?:[:.]|\s*[—–-])?\s+(?=\S)"
)
ACRONYM = re.compile(r"^([A-Z]{1,6})\s+(?=[A-Z0-9])")
NUMBER_LINE = re.compile(r"^(?:(?:part|chapter|appendix|section)\s*|§\s*)?[\dA-Z.IVX]{1,8}$", re.IGNORECASE)
KINDS = {0: "part", 1: "chapter", 2: "section", 3: "subsection"}
MAX_PREFIX = 14  # normalized characters a printed number may add before a title


def normalize(text: str) -> str:
    """Lower-case letters and digits only: printed and bookmarked titles compare equal."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(c for c in folded if c.isalnum())


@dataclass
class Node:
    """A bookmark on its way to becoming a :class:`Heading`."""

    id: str
    depth: int  # bookmark level, 1 = top
    title: str
    page: int
    number: str | None = None
    parent: str | None = None
    y: float = 0.0  # top of the printed heading on its page, once found
    bookmarked: bool = True  # False for headings found in the text only
    printed: str | None = None  # the heading as printed, once found on its page
    children: list[str] = field(default_factory=list)


def read_bookmarks(doc: pymupdf.Document) -> list[Node]:
    """Bookmarks as nodes, cleaned of TeX debris, with any number in the title split off."""
    nodes: list[Node] = []
    stack: list[Node] = []
    # simple=True: the full form resolves every destination and costs seconds on a big book.
    for depth, raw, page in doc.get_toc(simple=True):
        if page < 1:
            continue
        title = " ".join(raw.split())
        boxed = TEX_BOX_ARGS.match(title)
        title = TEX_BOX_ARGS.sub("", title)
        number = None
        glued = GLUED_ACRONYM.match(title) if boxed else None
        if glued:
            number, title = glued.group(1), title[glued.end():]
        elif match := LEADING_NUMBER.match(title):
            number, title = match.group(1), title[match.end():]
        node = Node(f"h{len(nodes) + 1}", depth, title.strip(), page, number)
        while stack and stack[-1].depth >= depth:
            stack.pop()
        if stack:
            node.parent = stack[-1].id
            stack[-1].children.append(node.id)
        stack.append(node)
        nodes.append(node)
    return nodes


def is_heading_line(line: Line, frame: PageFrame) -> bool:
    """Set larger than the body or in bold, and not a formula."""
    gs = line.glyphs
    if sum(is_math_glyph(g) for g in gs) > len(gs) / 2:
        return False
    return line.size >= 1.1 * frame.body or sum(is_bold(g) for g in gs) > len(gs) / 2


def match_headings(nodes: list[Node], lines: list[Line], frame: PageFrame) -> dict[int, str]:
    """Find each node's printed heading among ``lines``; return line index -> node id.

    Sets ``node.printed`` and, where the page prints one, ``node.number``.
    """
    found: dict[int, str] = {}
    start = 0
    for node in nodes:
        target = normalize(node.title)
        if not target:
            continue
        hit = _find(target, lines, frame, start, set(found))
        if hit is None:
            continue
        first, last = hit
        above = lines[first - 1] if first > 0 else None
        if (above is not None and (first - 1) not in found and _is_number_line(above, frame)
                and lines[first].y0 - above.y1 < 2.5 * lines[first].size):
            first -= 1  # "Chapter 1" printed on the line above the title
        printed = " ".join(lines[i].text for i in range(first, last + 1))
        node.printed = printed
        if node.number is None:
            node.number = _printed_number(printed, target)
        for i in range(first, last + 1):
            found[i] = node.id
        node.y = lines[first].y0
        start = last + 1
    return found


def _find(target: str, lines: list[Line], frame: PageFrame, start: int, taken: set[int]
          ) -> tuple[int, int] | None:
    for first in range(start, len(lines)):
        if first in taken or not is_heading_line(lines[first], frame):
            continue
        text = ""
        for last in range(first, min(first + 3, len(lines))):
            if last in taken or not is_heading_line(lines[last], frame):
                break
            text += normalize(lines[last].text)
            if text.endswith(target) and len(text) - len(target) <= MAX_PREFIX:
                return first, last
            if len(text) > len(target) + MAX_PREFIX:
                break
    return None


def _is_number_line(line: Line, frame: PageFrame) -> bool:
    return is_heading_line(line, frame) and bool(NUMBER_LINE.match(line.text.strip()))


def _printed_number(printed: str, target: str) -> str | None:
    """The text printed before the title ("Chapter 1", "0.1", "WILA"), reduced to the number."""
    extra = len(normalize(printed)) - len(target)
    if extra <= 0:
        return None
    seen = 0
    for pos, char in enumerate(printed):
        if normalize(char):
            seen += len(normalize(char))
            if seen == extra:
                prefix = printed[: pos + 1]
                break
    else:
        return None
    number = DIVISION_WORD.sub("", prefix.strip()).strip(" .:—–-")
    return number or None


def looks_like_heading(line: Line, frame: PageFrame) -> bool:
    """A short line of words set clearly larger than the body, not ending like a sentence."""
    text = line.text.strip()
    return (
        line.size >= 1.15 * frame.body
        and is_heading_line(line, frame)
        and 0 < len(text.split()) <= 14
        and not text.endswith((".", ","))
        and re.search(r"[^\W\d_]{3}", text) is not None
    )


def heading_node(line: Line, id: str, page: int, parent: Node | None) -> Node:
    """A node for a heading printed without a bookmark, one level below ``parent`` (a bookmark)."""
    text = line.text.strip()
    node = Node(id, parent.depth + 1 if parent else 1, text, page, parent=parent.id if parent else None,
                y=line.y0, bookmarked=False)
    if match := LEADING_NUMBER.match(text + " "):
        node.number, node.title = match.group(1), text[match.end():].strip() or text
    if parent:
        parent.children.append(node.id)
    return node


def finish_outline(nodes: list[Node]) -> list[Heading]:
    """Nodes become headings in page order: acronym numbers split where siblings share them, kinds, levels."""
    nodes = sorted(nodes, key=lambda n: (n.page, n.y))
    by_id = {n.id: n for n in nodes}
    _split_acronyms(nodes)
    has_parts = any(n.depth == 1 and (n.printed or n.title).lower().startswith("part") for n in nodes)
    headings = []
    for node in nodes:
        level = node.depth - 1 if has_parts else node.depth
        parent = by_id.get(node.parent or "")
        appendix = (node.printed or "").lower().startswith("appendix") or (
            parent is not None and normalize(parent.title) in ("appendix", "appendices")
        )
        kind = "appendix" if appendix else KINDS.get(level, "subsubsection")
        headings.append(Heading(node.id, kind, level, node.number, node.title, node.page, node.parent))
    return headings


def _split_acronyms(nodes: list[Node]) -> None:
    """PreTeXt books number by acronym ("SLE Systems of ..."): split one off where most of a level has one."""
    groups: dict[int, list[Node]] = {}
    for node in nodes:
        groups.setdefault(node.depth, []).append(node)
    for level in groups.values():
        with_acronym = [n for n in level if n.number is None and ACRONYM.match(n.printed or n.title)]
        numbered = sum(n.number is not None for n in level)
        known = sum(bool(n.number and len(n.number) > 1 and n.number.isalpha() and n.number.isupper())
                    for n in level)
        if len(with_acronym) + known < 2 or numbered + len(with_acronym) < 0.5 * len(level):
            continue
        for node in with_acronym:
            text = node.printed or node.title
            match = ACRONYM.match(text)
            node.number, node.title = match.group(1), text[match.end():].strip()


class HeadingFinder:
    """Outline for a book without bookmarks: large or bold lines that carry a number or stand alone."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.sizes: dict[str, float] = {}

    def match(self, lines: list[Line], frame: PageFrame, page: int) -> dict[int, str]:
        found: dict[int, str] = {}
        for index, line in enumerate(lines):
            text = line.text.strip()
            if not looks_like_heading(line, frame):
                continue
            if index - 1 in found and lines[index - 1].size == line.size:
                found[index] = found[index - 1]
                node = self.nodes[-1]
                node.title = f"{node.title} {text}".strip()
                continue
            match = LEADING_NUMBER.match(text + " ")
            number_only = NUMBER_LINE.match(text) and not match
            node = Node(f"h{len(self.nodes) + 1}", 0, "" if number_only else text, page)
            if match and not number_only:
                node.number, node.title = match.group(1), text[match.end():].strip()
            elif number_only:
                node.number = DIVISION_WORD.sub("", text).strip(" .:") or None
            self.nodes.append(node)
            self.sizes[node.id] = line.size
            found[index] = node.id
        return found

    def finish(self) -> list[Heading]:
        """Levels from numbering depth where printed ("2.3" is a section), else from size rank."""
        ranks = {size: rank for rank, size in enumerate(sorted(set(self.sizes.values()), reverse=True))}
        parents: dict[int, str] = {}
        headings = []
        for node in self.nodes:
            if node.number and re.fullmatch(r"\d+(\.\d+)*", node.number):
                level = node.number.count(".") + 1
            else:
                level = min(3, ranks[self.sizes[node.id]] + 1)
            parents = {lv: pid for lv, pid in parents.items() if lv < level}
            parent = parents[max(parents)] if parents else None
            parents[level] = node.id
            headings.append(Heading(node.id, KINDS.get(level, "subsubsection"), level, node.number,
                                    node.title or (node.number or ""), node.page, parent))
        return headings
