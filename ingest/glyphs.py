"""Glyphs and horizontal rules of one PDF page: the raw material of math recovery.

PyMuPDF's ``rawdict`` gives every character with its font, size, box and baseline
origin. We flatten it to a list of small :class:`Glyph` records because both the
page reader (lines, blocks, display regions) and the math parser work glyph by
glyph, and need the font of each one (CMEX, MSBM, ... decide what a glyph means).
``TEXT_ACCURATE_BBOXES`` matters: without it a display-size sum or integral gets a
box about half its real height, and script/limit detection goes wrong.

Fraction bars and radical overbars are not text but vector drawings;
:func:`page_rules` returns the thin horizontal ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymupdf

from ingest.mathfonts import is_extension_font

_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")
_RAWDICT_FLAGS = pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_ACCURATE_BBOXES
_RULE_MAX_THICKNESS = 2.5  # points; fraction bars are ~0.4-0.8, table rules ~0.4-1
_WHITE = (1.0, 1.0, 1.0)
# The typographic ligatures a PDF's text layer keeps as one character ("ﬁnd"): words are
# written out in full so that "find" is found.
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                           "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


@dataclass(slots=True)
class Glyph:
    """One character as placed on the page (PDF points, top-left origin)."""

    c: str
    font: str  # subset tag stripped: "CMMI10", "NewPXMI", "LMRoman10-Regular-Identity-H"
    size: float
    x0: float
    y0: float
    x1: float
    y1: float
    ox: float  # origin: left end of the baseline
    oy: float  # baseline y (for TeX extension-font glyphs, see page_glyphs)
    flags: int  # PyMuPDF span flags (bit 1 italic, bit 4 bold; bit 0 "superscript" unreliable)
    block: int = 0  # index of PyMuPDF's text block, a hint for the page reader
    line: int = 0  # index of PyMuPDF's line within the page (running count), same purpose


def strip_subset(font: str) -> str:
    """Drop the ``ABCDEF+`` subset prefix that embedded fonts carry."""
    return _SUBSET_TAG.sub("", font)


def page_glyphs(page: pymupdf.Page) -> list[Glyph]:
    """All text glyphs of ``page`` in PyMuPDF's order (blocks, lines, spans, chars).

    TeX hangs big delimiters, operators and radical signs (CMEX, txexs, pxsys, ...)
    from their origin, so their PDF baseline is their top edge. We give them the
    baseline they are centred on instead (box middle + math axis, 0.25 em), so that
    a big parenthesis or a root sign sits on the line of the formula it belongs to.

    Whitespace glyphs are kept out (spacing is read from the geometry instead),
    except in TeX extension fonts, where code 0x20 is a big left parenthesis.
    """
    out: list[Glyph] = []
    append = out.append
    fonts: dict[str, tuple[str, bool]] = {}  # raw name -> (name, keeps spaces)
    line_no = 0
    raw = page.get_text("rawdict", flags=_RAWDICT_FLAGS)
    for block in raw["blocks"]:
        if block.get("type", 0) != 0:
            continue
        bno = block.get("number", 0)
        for line in block["lines"]:
            for span in line["spans"]:
                name = span["font"]
                known = fonts.get(name)
                if known is None:
                    stripped = strip_subset(name)
                    known = fonts[name] = (stripped, is_extension_font(stripped))
                font, keep_space = known
                size = span["size"]
                flags = span["flags"]
                for ch in span["chars"]:
                    c = ch["c"]
                    if not c or (c.isspace() and not keep_space):
                        continue
                    x0, y0, x1, y1 = ch["bbox"]
                    ox, oy = ch["origin"]
                    if c == " " and y1 - y0 < 1.5 * size:
                        continue  # a blank in an extension font, not its tallest parenthesis
                    if oy < y0 + 0.25 * (y1 - y0):  # hung from its origin: a big delimiter, a radical
                        oy = (y0 + y1) / 2 + 0.25 * size
                    append(Glyph(c, font, size, x0, y0, x1, y1, ox, oy, flags, bno, line_no))
            line_no += 1
    return _join_repeats(out) if any(known[1] for known in fonts.values()) else out


def _join_repeats(glyphs: list[Glyph]) -> list[Glyph]:
    """A column of one repeated extension-font glyph becomes one tall glyph.

    TeX builds a tall ``|`` or ``‖`` (``\\left|``) by stacking short copies of one bar;
    read one by one, each copy would sit on a baseline of its own.
    """
    joined: set[int] = set()
    columns: dict[tuple[str, str, int], Glyph] = {}  # (char, font, x) -> the column's top piece
    for g in sorted((g for g in glyphs if is_extension_font(g.font)), key=lambda g: g.y0):
        key = (g.c, g.font, round(g.x0))
        top = columns.get(key)
        if top is not None and g.y0 <= top.y1 + 0.5 and abs(g.x0 - top.x0) < 0.3:
            top.y1 = max(top.y1, g.y1)
            top.oy = (top.y0 + top.y1) / 2 + 0.25 * top.size
            joined.add(id(g))
        else:
            columns[key] = g
    return [g for g in glyphs if id(g) not in joined] if joined else glyphs


def _is_thin(width: float, height: float) -> bool:
    return height <= _RULE_MAX_THICKNESS and width > 3 * max(height, 0.1)


def page_rules(page: pymupdf.Page) -> list[tuple[float, float, float, float]]:
    """Thin horizontal rules drawn on ``page`` as ``(x0, y0, x1, y1)``.

    TeX draws fraction bars and radical overbars as filled rectangles (pdfTeX,
    dvips) or stroked lines of zero height; both come back here, with their
    visual thickness. White fills (page backgrounds, box interiors) are skipped.
    """
    rules: list[tuple[float, float, float, float]] = []
    for path in page.get_cdrawings():  # plain tuples: a third faster than get_drawings()
        kind = path["type"]
        stroked = path.get("color") is not None and "s" in kind
        filled = path.get("fill") is not None and path["fill"] != _WHITE and "f" in kind
        if not (stroked or filled):
            continue
        half = (path.get("width") or 0.0) / 2 if stroked else 0.0
        x0, y0, x1, y1 = path["rect"]
        if filled and _is_thin(x1 - x0, y1 - y0):
            # A filled thin outline: pdfTeX's \rule and dvips' bars, whatever their items.
            rules.append((x0, y0, x1, y1))
            continue
        for item in path["items"]:
            if item[0] == "l":
                (px, py), (qx, qy) = item[1], item[2]
                if abs(py - qy) <= 0.3 and abs(px - qx) >= 1.0:
                    y = (py + qy) / 2
                    rules.append((min(px, qx), y - half, max(px, qx), y + half))
            elif item[0] == "re":
                rx0, ry0, rx1, ry1 = item[1]
                if _is_thin(rx1 - rx0, ry1 - ry0 + 2 * half):
                    rules.append((rx0, ry0 - half, rx1, ry1 + half))
    return rules
