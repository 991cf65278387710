"""Reading order of a page set in columns: column by column, band by band.

A gutter is a vertical strip of the text area that almost no line's ink crosses
while each column it bounds holds several lines that fill much of its width.
Ink, not line extents, decides: a narrow gutter (10 pt in a 10 pt book's answer
appendix) is narrower than the gap that cuts a row into segments, so the rows of
two columns arrive as one line, bridged by a gap no word space is as wide as.
Such lines are cut at the gutter. Lines whose ink does cross a gutter (a title
over all the columns, a wide display) cut the page into bands read one after another.
"""

from __future__ import annotations

from itertools import pairwise

from ingest.pdf_lines import Line

WORD_GAP_EM = 0.75  # a gap at least this wide (in body ems) between glyphs may be a gutter
CROSSING_SHARE = 1 / 20  # share of a page's lines whose ink may cross a gutter (stray marks)
MIN_COLUMN_SHARE = 0.2  # share of the text width a column takes at least
EVEN_WIDTHS = 0.75  # columns are set alike: the narrowest is at least this share of the widest
MIN_COLUMN_LINES = 5  # lines a column holds that fill half its width, at least


def reading_order(lines: list[Line], left: float, right: float, body: float) -> list[Line]:
    """Lines (top to bottom) in reading order; unchanged where the page has one column."""
    gutters = _gutters(lines, left, right, body)
    if not gutters:
        return lines
    cut = [part for line in lines for part in _cut(line, gutters, body)]
    ordered: list[Line] = []
    band: list[Line] = []
    for line in cut:
        if _column(line, gutters) is None:  # across a gutter: ends the band above it
            ordered += _by_column(band, gutters) + [line]
            band = []
        else:
            band.append(line)
    ordered += _by_column(band, gutters)
    rows: dict[tuple[int | None, int], int] = {}
    for line in ordered:  # a row no longer runs across the page: number rows per column
        line.row = rows.setdefault((_column(line, gutters), line.row), len(rows))
    return ordered


def _ink(line: Line, body: float) -> list[tuple[float, float]]:
    """The horizontal stretches a line's glyphs cover, gaps narrower than a gutter bridged."""
    spans: list[list[float]] = []
    for g in sorted(line.glyphs, key=lambda g: g.x0):
        if spans and g.x0 - spans[-1][1] < WORD_GAP_EM * body:
            spans[-1][1] = max(spans[-1][1], g.x1)
        else:
            spans.append([g.x0, g.x1])
    return [(a, b) for a, b in spans]


def _gutters(lines: list[Line], left: float, right: float, body: float) -> list[float]:
    """The x of each gutter (the middle of a strip crossed by almost no ink), left to right."""
    width = right - left
    if width <= 0 or len(lines) < 2 * MIN_COLUMN_LINES:
        return []
    size = int(width) + 1
    crossing = [0] * (size + 1)
    pieces = [span for line in lines for span in _ink(line, body)]
    for a, b in pieces:
        crossing[max(0, int(a - left) + 1)] += 1
        crossing[min(size, int(b - left) + 1)] -= 1
    allowed = len(lines) * CROSSING_SHARE
    margin = int(MIN_COLUMN_SHARE * width)
    gutters: list[float] = []
    count, start = 0, None
    for x in range(size):
        count += crossing[x]
        clear = count <= allowed and margin <= x <= size - margin
        if clear and start is None:
            start = x
        elif not clear and start is not None:
            gutters.append(left + (start + x - 1) / 2)
            start = None
    return _kept(gutters, pieces, left, right)


def _kept(gutters: list[float], pieces: list[tuple[float, float]], left: float, right: float
          ) -> list[float]:
    """The candidate gutters whose columns are real: wide, and filled by several lines.

    ``pieces`` are the stretches of ink of the lines (:func:`_ink`): the rows of columns
    set close together arrive as one line, a piece per column.

    A column that is not drops a gutter beside it (its right one, the last column its
    left one) and the columns are judged again. Columns of unlike widths are no page
    set in columns but a layout inside one: terms beside their definitions, equations
    beside their reasons.
    """
    gutters = list(gutters)
    while gutters:
        edges = [left, *gutters, right]
        bad = [k for k, (a, b) in enumerate(pairwise(edges))
               if b - a < MIN_COLUMN_SHARE * (right - left) or not _filled(pieces, a, b)]
        if not bad:
            widths = [b - a for a, b in pairwise(edges)]
            return gutters if min(widths) >= EVEN_WIDTHS * max(widths) else []
        del gutters[min(bad[0], len(gutters) - 1)]
    return gutters


def _filled(pieces: list[tuple[float, float]], a: float, b: float) -> bool:
    """Whether at least MIN_COLUMN_LINES pieces of ink lie within ``a..b`` and fill half its width."""
    full = sum(1 for x0, x1 in pieces if x0 >= a - 1 and x1 <= b + 1 and x1 - x0 > (b - a) / 2)
    return full >= MIN_COLUMN_LINES


def _cut(line: Line, gutters: list[float], body: float) -> list[Line]:
    """A line whose glyphs leave a gutter clear, cut into one line per column."""
    if _column(line, gutters) is not None:
        return [line]
    spans = _ink(line, body)
    if any(a < x < b for x in gutters for a, b in spans):
        return [line]  # its ink crosses: a title or display over the columns
    parts: dict[int, list] = {}
    for g in line.glyphs:
        parts.setdefault(sum(1 for x in gutters if x < (g.x0 + g.x1) / 2), []).append(g)
    return [Line(glyphs, row=line.row) for _, glyphs in sorted(parts.items())]


def _column(line: Line, gutters: list[float]) -> int | None:
    """The index of the column holding the line, or None when it reaches over a gutter."""
    inside = [k for k in range(len(gutters) + 1)
              if (k == 0 or line.x0 >= gutters[k - 1]) and (k == len(gutters) or line.x1 <= gutters[k])]
    return inside[0] if inside else None


def _by_column(band: list[Line], gutters: list[float]) -> list[Line]:
    return sorted(band, key=lambda ln: _column(ln, gutters) or 0)  # stable: rows stay in order
