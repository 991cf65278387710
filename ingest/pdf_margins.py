"""Running heads, page numbers and footers: lines in the page margins that repeat.

A line near the top or bottom edge is furniture when the same text (digits
ignored, so "22 CHAPTER 1" and "24 CHAPTER 1" agree) sits at the same height on
a nearby page, or when it is a lone page number. Judging by repetition and
position, not by wording, works for any book's page style. Pages are streamed,
so "nearby" means within a window of pages held ahead (:data:`WINDOW`).
"""

from __future__ import annotations

import re

from ingest.pdf_lines import Line

WINDOW = 4  # pages either side searched for the same margin line
BAND = 0.13  # share of the page height at top and bottom where furniture lives
PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})$", re.IGNORECASE)


def in_margin(line: Line, height: float) -> bool:
    return line.y1 <= BAND * height or line.y0 >= (1 - BAND) * height


def signature(line: Line) -> tuple[str, int]:
    """What a repeated margin line keeps from page to page: its text less digits, and its height."""
    text = re.sub(r"\d+", "#", line.text.lower())
    return "".join(text.split()), round(line.y0 / 3)


def margin_signatures(lines: list[Line], height: float) -> set[tuple[str, int]]:
    return {signature(line) for line in lines if in_margin(line, height)}


def is_furniture(
    line: Line, height: float, label: str, neighbours: list[set[tuple[str, int]]], edge: bool
) -> bool:
    """Whether a line is a running head, page number or footer.

    ``edge`` says the line is in the page's top-most or bottom-most row, the only
    place where a lone number is taken for a page number. A line further in must
    repeat on two nearby pages: an exercise label ("C14.") opening two nearby pages
    repeats once by chance, a running head on every page or every other one.
    """
    if not in_margin(line, height):
        return False
    text = line.text.strip()
    if edge and (PAGE_NUMBER.match(text) or (label and text == label)):
        return True
    text_sig, y = signature(line)
    pages = sum(any((text_sig, y + dy) in other for dy in (-1, 0, 1)) for other in neighbours)
    return pages >= (1 if edge else 2)


def stands_alone(line: Line, lines: list[Line]) -> bool:
    """Whether no line of another row overlaps ``line`` vertically.

    Running heads and page numbers have their band to themselves; a digit in the
    margin band that overlaps another row is a denominator or an index of a formula.
    """
    return not any(other.row != line.row and other.y0 < line.y1 and line.y0 < other.y1 for other in lines)
