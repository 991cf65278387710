"""Glyphs of one page become text lines: rows by baseline, scripts attached, split at wide gaps.

PyMuPDF's own lines break math apart (a superscript or a fraction's numerator is
often a line of its own), so lines are rebuilt from glyph geometry: glyphs that
share a baseline form a row; a row set in a smaller size that sits within a
full-size row's band (superscripts, subscripts, text-style fractions) joins that
row; a row is then cut where a horizontal gap is wider than any word space, which
separates columns, table cells and equation numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ingest.glyphs import Glyph
from ingest.mathfonts import (
    ACCENT,
    CLOSE,
    OPEN,
    PIECE,
    RADICAL,
    glyph_latex,
    is_extension_font,
    is_math_font,
)

Rule = tuple[float, float, float, float]

BASELINE_TOLERANCE = 1.0  # points: glyphs this close in baseline share a row
SCRIPT_RATIO = 0.8  # a row whose size is below this share of body size may be a script row
GAP_EM = 1.5  # a gap wider than this many ems splits a row into segments
SPACE_EM = 0.13  # a gap wider than this many ems is a word space in plain text


@dataclass
class Line:
    """A run of glyphs, left to right, read as one line of text (one segment of a row)."""

    glyphs: list[Glyph]
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    baseline: float = 0.0
    size: float = 0.0  # dominant font size
    text: str = ""  # plain text, spaces from gaps (math not rendered)
    row: int = 0  # lines cut from one row share this number

    def __post_init__(self) -> None:
        gs = self.glyphs
        self.x0 = min(g.x0 for g in gs)
        self.y0 = min(g.y0 for g in gs)
        self.x1 = max(g.x1 for g in gs)
        self.y1 = max(g.y1 for g in gs)
        self.size = dominant_size(gs)
        self.baseline = next(g.oy for g in gs if round(g.size, 1) == self.size)
        self.text = plain_text(gs)

    @property
    def bbox(self) -> list[float]:
        return [round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]


def dominant_size(glyphs: list[Glyph]) -> float:
    """The font size most glyphs are set in."""
    counts: dict[float, int] = {}
    for g in glyphs:
        counts[g.size] = counts.get(g.size, 0) + 1
    return round(max(counts, key=counts.__getitem__), 1)


def plain_text(glyphs: list[Glyph]) -> str:
    """Glyph characters in order (left to right), a space wherever the gap exceeds a word space."""
    out: list[str] = []
    right = None
    for g in glyphs:
        if right is not None and g.x0 - right > SPACE_EM * g.size:
            out.append(" ")
        out.append(g.c)
        right = g.x1 if right is None else max(right, g.x1)
    return "".join(out)


def page_lines(glyphs: list[Glyph], body_size: float, rules: list[Rule] | None = None) -> list[Line]:
    """The page's lines, top to bottom and left to right within a row.

    ``rules`` (the page's thin horizontal rules) let the numerators and denominators
    of full-size fractions (``\\dfrac``) join the row whose math axis their bar is on.
    """
    rows = _rows(glyphs)
    if rules:
        rows = _attach_fraction_parts(rows, rules)
    rows = _attach_scripts(rows, body_size)
    rows = _attach_inline_grids(rows)
    order = _content_order(glyphs)
    lines: list[Line] = []
    for number, row in enumerate(rows):
        row.sort(key=lambda g: order[id(g)])
        lines.extend(Line(seg, row=number) for seg in _segments(row, rows))
    return lines


def _content_order(glyphs: list[Glyph]) -> dict[int, tuple[float, int]]:
    """A left-to-right sort key per glyph (by ``id``) that keeps PyMuPDF's order inside its lines.

    Sorting single glyphs by x breaks ligatures: MuPDF expands "ff" into an "f" of
    full width and a zero-width "f" at its right end, which a kerned "e" overlaps.
    So a glyph's key is its x, but never less than the key of the glyph before it
    in the same PyMuPDF line. Lines still interleave by x: a fraction's numerator
    set as a line of its own falls in place above its denominator.
    """
    keys: dict[int, tuple[float, int]] = {}
    line, key = -1, 0.0
    for i, g in enumerate(glyphs):
        key = max(g.x0, key) if g.line == line else g.x0
        line = g.line
        keys[id(g)] = (key, i)
    return keys


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    rows: list[list[Glyph]] = []
    current: list[Glyph] = []
    level = None
    for g in sorted(glyphs, key=lambda g: (g.oy, g.x0)):
        if level is not None and g.oy - level > BASELINE_TOLERANCE:
            rows.append(current)
            current = []
        if not current:
            level = g.oy
        current.append(g)
    if current:
        rows.append(current)
    return rows


def _attach_scripts(rows: list[list[Glyph]], body_size: float) -> list[list[Glyph]]:
    """Fold small-size rows (and lone big symbols) into the full-size row whose band holds them."""
    info = []
    for row in rows:
        size = dominant_size(row)
        info.append((size, row[0].oy, min(g.x0 for g in row), max(g.x1 for g in row)))
    # A row of big symbols or accents only (a radical sign hung a little off the text's
    # baseline, as Fourier's is; a vector arrow) is no row of its own either.
    main = [i for i, (size, *_rest) in enumerate(info)
            if size >= SCRIPT_RATIO * body_size and not all(_big_symbol(g) for g in rows[i])]
    merged: dict[int, list[Glyph]] = {i: list(rows[i]) for i in main}
    # Tall delimiters reach further: the rows of a small inline matrix sit inside them.
    reach = {j: _delimiter_span(rows[j]) for j in main}
    for i, (size, base, x0, x1) in enumerate(info):
        if i in merged:
            continue
        best, best_dist = None, None
        for j in main:
            msize, mbase, mx0, mx1 = info[j]
            low, high = reach[j] or (mbase, mbase)
            if not (min(mbase - 0.9 * msize, low) <= base <= max(mbase + 0.7 * msize, high)):
                continue
            if x1 < mx0 - msize or x0 > mx1 + msize:
                continue
            dist = abs(base - mbase)
            if best_dist is None or dist < best_dist:
                best, best_dist = j, dist
        if best is None:
            merged[i] = list(rows[i])
        else:
            merged[best].extend(rows[i])
    return [merged[i] for i in sorted(merged)]


def _attach_fraction_parts(rows: list[list[Glyph]], rules: list[Rule]) -> list[list[Glyph]]:
    """Fold rows that are wholly numerators or denominators into the row their bars cut.

    TeX centres a fraction bar on the math axis, a quarter em above the baseline;
    a row whose every glyph sits just above or just below such a bar, within its
    width, is part of that row's fractions, not a line of its own.
    """
    bars: dict[int, list[Rule]] = {}  # row index -> the fraction bars on its axis
    for k, row in enumerate(rows):
        size = dominant_size(row)
        axis = row[0].oy - 0.25 * size
        mine = [r for r in rules if abs((r[1] + r[3]) / 2 - axis) < 0.2 * size
                and r[2] - r[0] < 30 * size and any(g.x1 > r[0] - 2 * size and g.x0 < r[2] + 2 * size for g in row)]
        if mine:
            bars[k] = mine
    if not bars:
        return rows
    gone: set[int] = set()
    for k, mine in bars.items():
        size = dominant_size(rows[k])
        for j, row in enumerate(rows):
            if j in gone or j in bars or abs(row[0].oy - rows[k][0].oy) > 1.6 * size:
                continue
            if all(_on_a_bar(g, mine, size) for g in row):
                rows[k].extend(row)
                gone.add(j)
    return [row for j, row in enumerate(rows) if j not in gone]


def _on_a_bar(g: Glyph, bars: list[Rule], size: float) -> bool:
    """Whether ``g`` sits within a bar's width, close above it or close below it."""
    for x0, y0, x1, y1 in bars:
        if g.x0 >= x0 - 1 and g.x1 <= x1 + 1 and (
                0 <= y0 - g.oy < 1.2 * size or 0 <= g.y0 - y1 < 0.8 * size):
            return True
    return False


def _delimiter_span(row: list[Glyph]) -> tuple[float, float] | None:
    """The vertical extent of the row's extension-font glyphs (big delimiters), if any."""
    tall = [g for g in row if is_extension_font(g.font)]
    if not tall:
        return None
    return min(g.y0 for g in tall), max(g.y1 for g in tall)


def _big_symbol(g: Glyph) -> bool:
    """An extension-font glyph, a radical sign or an accent: glyphs off their formula's baseline."""
    if is_extension_font(g.font):
        return True
    meaning = glyph_latex(g.c, g.font)
    return meaning is not None and meaning[1] in (RADICAL, ACCENT)


def _segments(row: list[Glyph], rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Cut a row (in left-to-right order) where a gap is wider than ``GAP_EM`` ems.

    A gap that glyphs of other rows fill within the row's height is no cut: it holds a
    stacked fraction or an operator's limits, whose parts sit on baselines of their own.
    """
    size = dominant_size(row)
    wide = GAP_EM * size
    segments = [[row[0]]]
    right = row[0].x1
    fillers: list[tuple[float, float]] | None = None
    for g in row[1:]:
        if g.x0 - right > wide:
            if fillers is None:  # (a matrix's column gap, between its brackets, is no cut)
                fillers = sorted(_fillers(row, rows)
                                 + [(o.x0, c.x1) for o, c in _bracket_pairs(row)])
            if _widest_hole(right, g.x0, fillers) > wide:
                segments.append([])
        segments[-1].append(g)
        right = max(right, g.x1)
    return segments


def _fillers(row: list[Glyph], rows: list[list[Glyph]]) -> list[tuple[float, float]]:
    """Horizontal extents of other rows' glyphs that overlap ``row`` vertically."""
    top, bottom = min(g.y0 for g in row), max(g.y1 for g in row)
    return sorted((g.x0, g.x1) for other in rows if other is not row
                  and other[0].oy - 3 * (bottom - top) < top < other[0].oy + 3 * (bottom - top)
                  for g in other if g.y1 > top and g.y0 < bottom)


def _widest_hole(x0: float, x1: float, fillers: list[tuple[float, float]]) -> float:
    """The widest stretch of ``x0..x1`` that no filler covers."""
    widest, at = 0.0, x0
    for f0, f1 in fillers:
        if f1 <= at or f0 >= x1:
            continue
        widest = max(widest, f0 - at)
        at = max(at, f1)
    return max(widest, x1 - at)



def _attach_inline_grids(rows: list[list[Glyph]]) -> list[list[Glyph]]:
    """Fold the rows of a matrix set inside a prose line into that line.

    A full-size matrix or column vector inline in a paragraph ("find the inverse of
    A = [...]", "T([x; y; z]) = ...") stands on as many baselines as it has rows; each
    would be a line of its own and the matrix would be lost between them. Its tall
    brackets bound it: every glyph between an extension-font opening bracket and the
    closing one of like height joins the row that holds prose beside the brackets.
    """
    glyphs = [g for row in rows for g in row]
    home = {id(g): k for k, row in enumerate(rows) for g in row}
    moved: dict[int, int] = {}  # glyph id -> the row it joins
    for opening, closing in _bracket_pairs(glyphs):
        top, bottom = min(opening.y0, closing.y0), max(opening.y1, closing.y1)
        inside = [g for g in glyphs if opening.x0 - 0.5 <= g.x0 and g.x1 <= closing.x1 + 0.5
                  and top <= (g.y0 + g.y1) / 2 <= bottom]
        host = _prose_row(rows, inside, top, bottom)
        if host is not None and {home[id(g)] for g in inside} != {host}:
            moved.update({id(g): host for g in inside})
    if not moved:
        return rows
    joined: list[list[Glyph]] = [[g for g in row if id(g) not in moved] for row in rows]
    for g in glyphs:
        if id(g) in moved:
            joined[moved[id(g)]].append(g)
    return [row for row in joined if row]


def _bracket_pairs(glyphs: list[Glyph]) -> list[tuple[Glyph, Glyph]]:
    """Tall brackets built of extension-font pieces, as (opening, closing) boxes: each
    opening one with the nearest closing one to its right of about the same extent."""
    tall: dict[str, list[Glyph]] = {OPEN: [], CLOSE: []}
    pieces = [g for g in glyphs if is_extension_font(g.font) and _kind(g) == PIECE]
    for g in glyphs:
        if is_extension_font(g.font) and _kind(g) in tall:
            box = g
            for p in sorted(pieces, key=lambda p: p.y0):  # the pieces stacked below it
                if abs(p.x0 - g.x0) < 1.5 and box.y1 - 1 <= p.y0 <= box.y1 + 1:
                    box = replace(box, x1=max(box.x1, p.x1), y1=p.y1)
            if box.y1 - box.y0 > 2.2 * g.size:  # two rows or more: not a parenthesis
                tall[_kind(g)].append(box)
    pairs = []
    for opening in tall[OPEN]:
        height = opening.y1 - opening.y0
        match = _CLOSING.get(_latex(opening))
        closing = min((c for c in tall[CLOSE] if c.x0 > opening.x1 and _latex(c) == match
                       and abs(c.y0 - opening.y0) < 0.2 * height
                       and abs(c.y1 - opening.y1) < 0.2 * height), key=lambda c: c.x0, default=None)
        if closing is not None:
            pairs.append((opening, closing))
    return pairs


def _kind(g: Glyph) -> str | None:
    meaning = glyph_latex(g.c, g.font)
    return meaning[1] if meaning else None


def _latex(g: Glyph) -> str | None:
    meaning = glyph_latex(g.c, g.font)
    return meaning[0] if meaning else None


_CLOSING = {"(": ")", "[": "]", "\\{": "\\}", "|": "|", "\\|": "\\|"}


def _prose_row(rows: list[list[Glyph]], inside: list[Glyph], top: float, bottom: float) -> int | None:
    """The row whose baseline lies between ``top`` and ``bottom`` and holds words of prose
    outside the brackets (a bold run-in label such as "Solution." is none); None for a
    display."""
    within = {id(g) for g in inside}
    for k, row in enumerate(rows):
        if not top < row[0].oy < bottom:
            continue
        letters = sorted((g for g in row if id(g) not in within and g.c.isalpha()
                          and not is_math_font(g.font) and not g.flags & 16), key=lambda g: g.x0)
        if _longest_word(letters) >= 3:  # a word, not list labels "a) [..] b) [..]"
            return k
    return None


def _longest_word(letters: list[Glyph]) -> int:
    """The most letters set side by side (no space between them) among ``letters``."""
    longest = run = 0
    for before, g in zip([None, *letters], letters):
        run = run + 1 if before is not None and g.x0 - before.x1 < SPACE_EM * g.size else 1
        longest = max(longest, run)
    return longest
