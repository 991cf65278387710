"""Math as LaTeX from the glyphs of a born-digital PDF.

TeX leaves a formula on the page as positioned glyphs plus a few rules. We read
it back in three passes over small "atoms" (a glyph, or a finished piece of
LaTeX with the box it covers):

1. map each glyph to a LaTeX token by its font (:mod:`ingest.mathfonts`);
2. build the two-dimensional structures, innermost first: every horizontal rule
   is either a radical's overbar (a radical sign touches its left end) or a
   fraction bar (atoms above and below it); big operators take the atoms stacked
   above and below them as limits; each becomes one atom;
3. read what is left left to right: an atom set smaller than its base and off
   the baseline is a script of the atom before it; rows of a display are read
   one by one.

The superscript flag of PyMuPDF is never used: it fires on subscripts and on
words after fractions. Scripts are decided from baseline offset and size.

:func:`render_line` decides which glyph runs of a prose line are math and
returns the line with ``$...$``; :func:`render_display` reads a display region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from statistics import median

from ingest.document import Formula
from ingest.glyphs import LIGATURES, Glyph
from ingest.mathfonts import (
    ACCENT,
    BIGOP,
    CLOSE,
    OPEN,
    ORD,
    PIECE,
    PRIME,
    RADICAL,
    REL,
    glyph_latex,
    is_extension_font,
    is_math_font,
    is_vector_font,
)

Rule = tuple[float, float, float, float]

# Upright words TeX sets as operators; read back as their commands.
FUNCTIONS = frozenset(
    ["sin", "cos", "tan", "sec", "csc", "cot", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth", "log", "ln", "lg", "exp", "lim", "liminf", "limsup", "max", "min", "sup", "inf", "gcd", "lcm", "det", "dim", "ker", "deg", "mod", "arg", "Pr", "hom", "rank", "span", "nullity", "proj"]
)
_KNOWN_COMMANDS = FUNCTIONS - {"lcm", "rank", "span", "nullity", "proj"}
# Operator words that take their limits below them in a display (``\\lim_{x \\to 0}``).
_LIMIT_WORDS = frozenset(["\\lim", "\\max", "\\min", "\\sup", "\\inf", "\\liminf", "\\limsup"])
# Function names that are no English word: standing alone in prose they are still math.
_ALWAYS_MATH = frozenset(["sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan", "ln", "gcd"])


@dataclass(slots=True)
class Atom:
    """A glyph read as math, or a finished sub-formula, with the box it covers."""

    latex: str
    kind: str
    x0: float
    y0: float
    x1: float
    y1: float
    oy: float  # baseline
    size: float  # font size; a built structure gets its base size
    text: bool = False  # from a text font (not a math-only font)
    italic: bool = False
    built: bool = False  # a fraction, root or operator with limits: never a script

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


def _atom(g: Glyph) -> Atom | None:
    meaning = glyph_latex(g.c, g.font)
    if meaning is None:
        return None
    latex, kind = meaning
    text = not is_math_font(g.font)
    if text and (g.flags & 16 or _bold_font(g.font)) and latex.isalnum():
        latex = f"\\mathbf{{{latex}}}"
    return Atom(latex, kind, g.x0, g.y0, g.x1, g.y1, g.oy, g.size, text, _italic(g))


@lru_cache(maxsize=1024)
def _italic_font(font: str) -> bool:
    return bool(re.search(r"Ital|Italic|Oblique|-It\b|Slant|MI\b", font))


@lru_cache(maxsize=1024)
def _bold_font(font: str) -> bool:
    return bool(re.search(r"Bold|Demi|CMBX|-Bd\b", font))


def _italic(g: Glyph) -> bool:
    """Italic by flag or by font name (some Type 1 fonts leave the flag unset)."""
    return bool(g.flags & 2) or _italic_font(g.font)


def _merge(atoms: list[Atom], latex: str, kind: str, oy: float, size: float) -> Atom:
    return Atom(
        latex, kind,
        min(a.x0 for a in atoms), min(a.y0 for a in atoms),
        max(a.x1 for a in atoms), max(a.y1 for a in atoms),
        oy, size, built=True,
    )


# ---------------------------------------------------------------- structure


def _absorb_pieces(atoms: list[Atom]) -> list[Atom]:
    """Glue the pieces of tall delimiters and radicals onto the piece that names them."""
    heads = [a for a in atoms if a.kind != PIECE]
    for piece in (a for a in atoms if a.kind == PIECE):
        column = [h for h in heads if abs(h.x0 - piece.x0) < 1.5 and h.kind in (OPEN, CLOSE, RADICAL)]
        if column:
            h = min(column, key=lambda h: abs(h.oy - piece.oy))
            h.y0, h.y1 = min(h.y0, piece.y0), max(h.y1, piece.y1)
            h.x1 = max(h.x1, piece.x1)
    return heads


def _not_combine(atoms: list[Atom]) -> list[Atom]:
    """``\\not`` overlays the relation it negates: write them as one command."""
    negated = {"=": "\\neq", "\\in": "\\notin", "\\subseteq": "\\nsubseteq", "\\equiv": "\\not\\equiv"}
    out: list[Atom] = []
    skip: set[int] = set()
    for i, a in enumerate(atoms):
        if i in skip:
            continue
        if a.latex == "\\not":
            partner = next(
                (j for j, b in enumerate(atoms) if j != i and j not in skip and b.kind == REL
                 and b.x0 < a.x1 and a.x0 < b.x1 and b.latex != "\\not"), None)
            if partner is not None:
                b = atoms[partner]
                b.latex = negated.get(b.latex, "\\not" + b.latex)
                skip.add(partner)
                out.append(b)
                continue
        out.append(a)
    return out


def _accents(atoms: list[Atom]) -> list[Atom]:
    """Put each accent (a vector arrow, a hat, a tilde, a dot) on the atom it sits over.

    TeX sets the accent as a glyph of its own just above its nucleus; read alone it
    would come out beside the letter (``x\\vec``), so it wraps the atom instead.
    """
    accents = [a for a in atoms if a.kind == ACCENT]
    if not accents:
        return atoms
    rest = [a for a in atoms if a.kind != ACCENT]
    for acc in accents:
        under = [(_overlap(a, acc), a) for a in rest if a.y0 >= (acc.y0 + acc.y1) / 2
                 and a.y0 - acc.y1 < 0.5 * acc.size]
        width, base = max(under, key=lambda pair: pair[0], default=(0.0, acc))
        if width <= 0:
            rest.append(acc)
            continue
        base.latex = f"{acc.latex}{{{base.latex}}}"
        base.y0 = min(base.y0, acc.y0)
    return rest


def _overlap(a: Atom, b: Atom) -> float:
    """How far two atoms overlap horizontally (negative: the gap between them)."""
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _inside(atoms: list[Atom], x0: float, x1: float) -> list[Atom]:
    return [a for a in atoms if a.cx > x0 and a.cx < x1]


def _structures(atoms: list[Atom], rules: list[Rule], size: float) -> list[Atom]:
    """Replace radicals, fractions and over-lines (from the rules), innermost first."""
    if not atoms:
        return atoms
    left = min(a.x0 for a in atoms) - 0.5 * size
    right = max(a.x1 for a in atoms) + 0.5 * size
    top = min(a.y0 for a in atoms) - 0.4 * size  # an over-line sits a little above the letters
    bottom = max(a.y1 for a in atoms) + 2
    mine = sorted(
        (r for r in rules if r[0] >= left and r[2] <= right and top <= r[1] <= bottom),
        key=lambda r: r[2] - r[0],
    )
    for rx0, ry0, rx1, ry1 in mine:
        ry = (ry0 + ry1) / 2
        radical = next(
            (a for a in atoms if a.kind == RADICAL and not a.built and abs(a.x1 - rx0) < 2.0
             and abs(a.y0 - ry) < 3.0), None)
        if radical is not None:
            atoms = _build_root(atoms, radical, rx1, ry, size)
            continue
        span = _inside(atoms, rx0 - 0.5, rx1 + 0.5)
        num = _layer([a for a in span if a.y1 <= ry + 1.0 and a.y1 >= ry - 1.5 * size
                      and a.kind != RADICAL], ry, size, above=True)
        den = _layer([a for a in span if a.y0 >= ry - 1.0 and a.y0 <= ry + 1.3 * size
                      and a not in num], ry, size, above=False)
        if num and den:
            latex = f"\\frac{{{_linear(num, [])}}}{{{_linear(den, [])}}}"
            # Numerators are set a size smaller than the fraction (text style) or the same
            # (display style): this size lets a fraction in an exponent read as a script.
            fsize = min(size, max(a.size for a in num + den) / 0.75)
            frac = _merge(num + den, latex, ORD, ry + 0.25 * fsize, fsize)
            frac.x0, frac.x1 = min(frac.x0, rx0), max(frac.x1, rx1)
            atoms = [a for a in atoms if a not in num and a not in den] + [frac]
        elif den and not num and all(a.y0 - ry < 0.6 * size for a in den):
            bar = _merge(den, f"\\overline{{{_linear(den, [])}}}", ORD, den[0].oy, den[0].size)
            bar.built = False
            atoms = [a for a in atoms if a not in den] + [bar]
    return atoms


def _layer(atoms: list[Atom], ry: float, size: float, above: bool) -> list[Atom]:
    """The atoms next to a bar at ``ry``: the closest one, then those touching them.

    What lies further out past a vertical gap belongs to the neighbouring row of a
    multi-row display, such as the next row's numerator under a denominator.
    """
    taken: list[Atom] = []
    edge = ry  # the far side of what is taken so far
    for a in sorted(atoms, key=lambda a: -a.y1 if above else a.y0):
        if taken and (edge - a.y1 if above else a.y0 - edge) > 0.1 * size:
            break
        taken.append(a)
        edge = min(edge, a.y0) if above else max(edge, a.y1)
    return taken


def _build_root(atoms: list[Atom], radical: Atom, rx1: float, ry: float, size: float) -> list[Atom]:
    body = [a for a in atoms if a is not radical and a.cx > radical.x1 - 0.5 and a.cx < rx1 + 0.5
            and a.y0 >= ry - 1.0 and a.y1 <= radical.y1 + 2.0]
    index = [a for a in atoms if a is not radical and a.cx <= radical.cx + 1 and a.x0 >= radical.x0 - 2
             and a.x1 > radical.x0 + 1
             and a.y1 < radical.y0 + 0.6 * (radical.y1 - radical.y0) and a.size < 0.85 * size
             and a not in body]
    inner = _linear(body, []) if body else ""
    latex = f"\\sqrt[{_linear(index, [])}]{{{inner}}}" if index else f"\\sqrt{{{inner}}}"
    base = [a for a in body if not a.built] or body or [radical]
    root = _merge([radical, *body, *index], latex, ORD, median(a.oy for a in base), radical.size)
    gone = {id(a) for a in (radical, *body, *index)}
    return [a for a in atoms if id(a) not in gone] + [root]


def _limits(atoms: list[Atom], size: float) -> list[Atom]:
    """Give each display-size big operator (and ``lim``, ``max``, ...) the atoms stacked on it."""
    ops = [a for a in atoms if a.kind == BIGOP and a.y1 - a.y0 > 1.2 * size or a.latex in _LIMIT_WORDS]
    for op in ops:
        reach = 1.2 * size
        # Limits are set in script size: full-size atoms above or below belong to the
        # neighbouring rows of a multi-row display (another integral, its own limits).
        small = [a for a in atoms if a.kind != BIGOP and a.size < 0.9 * size and not a.built]
        above = [] if op.latex in _LIMIT_WORDS else _stack(
            atoms, op, [a for a in small if op.y0 - reach <= a.y1 <= op.y0 + 1.5])
        below = _stack(atoms, op, [a for a in small if op.y1 - 1.5 <= a.y0 <= op.y1 + reach])
        if not (above or below):
            continue
        latex = op.latex
        if below:
            latex += f"_{{{_stacked(below)}}}"
        if above:
            latex += f"^{{{_stacked(above)}}}"
        gone = {id(a) for a in above + below}
        built = _merge([op, *above, *below], latex, BIGOP, op.oy, size)
        atoms = [built if a is op else a for a in atoms if id(a) not in gone]
    return atoms


def _stacked(limit: list[Atom]) -> str:
    """A limit, or several lines of one (``\\substack``) where they sit on several baselines."""
    rows = _grid_rows(limit)
    if len(rows) < 2:
        return _linear(limit, [])
    return "\\substack{" + " \\\\ ".join(_linear(r, []) for r in rows) + "}"


def _stack(atoms: list[Atom], op: Atom, band: list[Atom]) -> list[Atom]:
    """Atoms of ``band`` that overlap ``op`` horizontally, grown by their close neighbours."""
    pool = [a for a in band if a is not op]
    chosen = [a for a in pool if a.x1 > op.x0 and a.x0 < op.x1]
    grew = True
    while grew and chosen:
        grew = False
        lo, hi = min(a.x0 for a in chosen), max(a.x1 for a in chosen)
        for a in pool:
            if a not in chosen and (abs(a.x0 - hi) < 0.25 * op.size or abs(lo - a.x1) < 0.25 * op.size):
                chosen.append(a)
                grew = True
    if chosen and not op.x0 <= (min(a.x0 for a in chosen) + max(a.x1 for a in chosen)) / 2 <= op.x1:
        return []  # not centred on the operator: a side script of the integral in the next row
    return chosen


_MATRIX_ENVS = {"(": "pmatrix", "[": "bmatrix", "|": "vmatrix", "\\|": "Vmatrix", "\\{": "Bmatrix"}


def _grids(atoms: list[Atom], size: float) -> list[Atom]:
    """Tall delimiters around several rows: ``\\binom``, matrices, and ``cases`` (a lone ``{``)."""
    for o in sorted((a for a in atoms if a.kind == OPEN and a.y1 - a.y0 > 1.2 * size), key=lambda a: -a.x0):
        if o not in atoms:
            continue
        height = o.y1 - o.y0
        closes = sorted(
            (a for a in atoms if a.kind in (CLOSE, ORD) and a.latex in ")]|\\}\\|\\rangle" and a.x0 > o.x1
             and abs((a.y1 - a.y0) - height) < 0.3 * height and abs(a.y0 - o.y0) < 0.3 * height),
            key=lambda a: a.x0)
        c = closes[0] if closes else None
        if c is None and o.latex != "\\{":
            continue
        right = c.x0 + 0.5 if c else max(a.x1 for a in atoms) + 1
        inner = [a for a in atoms if a.x0 >= o.x1 - 0.5 and a.x1 <= right and a is not c
                 and o.y0 - 1 <= (a.y0 + a.y1) / 2 <= o.y1 + 1]
        rows = _grid_rows(inner)
        if len(rows) < 2:
            continue
        cells = [_cells(r, _column_gap(rows, size)) for r in rows]
        body = " \\\\ ".join(" & ".join(_linear(cell, []) for cell in row) for row in cells)
        if c is None:
            latex = f"\\begin{{cases}}{body}\\end{{cases}}"
        elif o.latex == "(" and len(rows) == 2 and all(len(r) == 1 for r in cells):
            latex = f"\\binom{{{_linear(rows[0], [])}}}{{{_linear(rows[1], [])}}}"
        else:
            env = _MATRIX_ENVS.get(o.latex, "bmatrix")
            latex = f"\\begin{{{env}}}{body}\\end{{{env}}}"
        parts = [o, *inner] + ([c] if c else [])
        gone = {id(a) for a in parts}
        grid = _merge(parts, latex, ORD, (o.y0 + o.y1) / 2 + 0.3 * size, size)
        atoms = [a for a in atoms if id(a) not in gone] + [grid]
    return atoms


def _grid_rows(atoms: list[Atom]) -> list[list[Atom]]:
    """Rows of a grid by baseline, each set by its largest atoms."""
    if not atoms:
        return []
    big = max(a.size for a in atoms)
    lines: list[float] = []
    for y in sorted(a.oy for a in atoms if a.size >= 0.8 * big or a.built):
        if not lines or y - lines[-1] > 0.6 * big:
            lines.append(y)
    rows: list[list[Atom]] = [[] for _ in lines]
    for a in atoms:
        rows[min(range(len(lines)), key=lambda k: abs(lines[k] - a.oy))].append(a)
    return [r for r in rows if r]


def _column_gap(rows: list[list[Atom]], size: float) -> float:
    """The least gap between two columns of a grid.

    A matrix separates its columns by about 1em. A small matrix (inline
    ``smallmatrix``: script-size entries, rows closer than their size) uses a
    thick space only, but script style sets no space around signs and relations,
    so there any visible gap between entries is a column break.
    """
    entry = median(a.size for r in rows for a in r)
    pitch = min(median(a.oy for a in r2) - median(a.oy for a in r1) for r1, r2 in pairwise(rows))
    small = entry < 0.9 * size or pitch < 1.05 * entry
    return 0.25 * entry if small else 0.75 * size


def _cells(row: list[Atom], gap: float) -> list[list[Atom]]:
    """A grid row cut into cells where atoms lie more than ``gap`` apart."""
    cells: list[list[Atom]] = []
    right = None
    for a in sorted(row, key=lambda a: a.x0):
        if right is None or a.x0 - right > gap:
            cells.append([a])
        else:
            cells[-1].append(a)
        right = a.x1 if right is None else max(right, a.x1)
    return cells


# ---------------------------------------------------------------- linear reading


def _base_of(atoms: list[Atom]) -> tuple[float, float]:
    """Base size and baseline of a run: the full-size ordinary atoms set it."""
    plain = [a for a in atoms if a.kind not in (BIGOP, OPEN, CLOSE, RADICAL, PRIME)] or atoms
    size = max(a.size for a in plain)
    full = [a for a in plain if a.size >= 0.9 * size]
    unbuilt = [a for a in full if not a.built] or full
    return size, median(a.oy for a in unbuilt)


def _is_script(a: Atom, size: float, oy: float) -> bool:
    if a.kind in (RADICAL, PRIME) or a.size >= 0.9 * size:
        return False
    if a.kind == BIGOP and a.y1 - a.y0 > 1.2 * size:
        return False
    return abs(a.oy - oy) > 0.1 * size


def _linear(atoms: list[Atom], rules: list[Rule]) -> str:
    """LaTeX of atoms on one baseline, with their scripts."""
    if not atoms:
        return ""
    size, oy = _base_of(atoms)
    atoms = _structures(atoms, rules, size) if rules else atoms
    atoms = _limits(atoms, size)
    atoms = _grids(atoms, size)
    atoms.sort(key=lambda a: (a.x0, a.y0))
    tokens: list[str] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if not _is_script(a, size, oy):
            tokens.append(a.latex)
            i += 1
            continue
        j = i
        while j < len(atoms) and _is_script(atoms[j], size, oy):
            j += 1
        run = atoms[i:j]
        sub = [b for b in run if b.oy > oy]
        sup = [b for b in run if b.oy <= oy]
        if sub and sup and tokens and tokens[-1] == "(" and j < len(atoms) and atoms[j].latex == ")":
            tokens[-1] = f"\\binom{{{_linear(sup, [])}}}{{{_linear(sub, [])}}}"
            i = j + 1
            continue
        before_slash = j < len(atoms) and atoms[j].latex == "/"
        if not tokens or tokens[-1] == "/" or before_slash:
            # A raised numerator and lowered denominator around a slash (\nicefrac): the
            # raised part after the base's own subscript is set plainly.
            own = [b for b in sub if not sup or b.x1 <= min(c.x0 for c in sup) + 0.5] if tokens else []
            if own and tokens[-1] != "/":
                tokens.append(f"_{{{_linear(own, [])}}}")
            tokens.extend(_linear(part, []) for part in (sup, [b for b in sub if b not in own]) if part)
            i = j
            continue
        if sub:
            tokens.append(f"_{{{_linear(sub, [])}}}")
        if sup:
            tokens.append(f"^{{{_linear(sup, [])}}}")
        i = j
    return _join(_words(tokens, atoms))


def _words(tokens: list[str], atoms: list[Atom]) -> list[str]:
    """Turn runs of upright text letters into ``\\sin`` or ``\\text{...}``; dots into ``\\dots``."""
    del atoms
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in (".", "\\cdot") and tokens[i:i + 3] == [t, t, t]:
            run = 3
            while i + run < len(tokens) and tokens[i + run] == t:
                run += 1
            # "a · ⋯ · b" sets five centred dots: an operator, the ellipsis, an operator.
            out.extend([t, "\\dots", t] if run == 5 else ["\\dots"] + [t] * (run - 3))
            i += run
            continue
        out.append(t)
        i += 1
    return out


_COMMAND_END = re.compile(r"\\[A-Za-z]+$")


def _join(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if out and t and (t[0].isalpha()) and _COMMAND_END.search(out):
            out += " "
        out += t
    return out


# ---------------------------------------------------------------- rows and words


def _letters_to_words(atoms: list[Atom]) -> list[Atom]:
    """Merge touching upright text letters into one word atom (``sin``, ``if``)."""
    out: list[Atom] = []
    last: dict[int, Atom] = {}  # the last atom on each baseline (fractions interleave rows)
    for a in sorted(atoms, key=lambda a: a.x0):
        row = round(a.oy)
        prev = last.get(row)
        if (
            prev is not None and _upright_letter(a) and _upright_letter(prev)
            and len(a.latex) == 1 and a.x0 - prev.x1 < 0.12 * a.size
        ):
            prev.latex += a.latex
            prev.x1 = a.x1
            continue
        out.append(a)
        last[row] = a
    for a in out:
        if len(a.latex) > 1 and a.latex.isalpha() and a.text:
            a.latex = f"\\{a.latex}" if a.latex in _KNOWN_COMMANDS else (
                f"\\operatorname{{{a.latex}}}" if a.latex in FUNCTIONS else f"\\text{{{a.latex}}}")
    return out


def _upright_letter(a: Atom) -> bool:
    return a.text and not a.italic and a.latex.isalpha()


def _to_atoms(glyphs: list[Glyph]) -> tuple[list[Atom], int]:
    atoms: list[Atom] = []
    unknown = 0
    for g in glyphs:
        a = _atom(g)
        if a is None:
            unknown += 1
        else:
            atoms.append(a)
    return _accents(_not_combine(_absorb_pieces(atoms))), unknown


def _rows(atoms: list[Atom], size: float) -> list[list[Atom]]:
    """Split a display into rows by baseline (full-size atoms set the baselines)."""
    anchors = sorted(a.oy for a in atoms if a.size >= 0.9 * size or a.built)
    lines: list[float] = []
    for y in anchors:
        if not lines or y - lines[-1] > 0.9 * size:
            lines.append(y)
    if len(lines) < 2:
        return [atoms]
    rows: list[list[Atom]] = [[] for _ in lines]
    for a in atoms:
        k = min(range(len(lines)), key=lambda k: abs(lines[k] - a.oy))
        rows[k].append(a)
    return [r for r in rows if r]


def render_display(glyphs: list[Glyph], rules: list[Rule]) -> Formula:
    """LaTeX of a display region (all its glyphs are math; rows joined by ``\\\\``)."""
    atoms, unknown = _to_atoms(glyphs)
    atoms = _drop_equation_number(_letters_to_words(atoms))
    if not atoms:
        return Formula("", True, 0.0)
    size = _base_of(atoms)[0]
    atoms = _structures(atoms, rules, size)
    atoms = _limits(atoms, size)
    atoms = _grids(atoms, size)
    rows = _rows(atoms, size)
    latex = " \\\\ ".join(_linear(r, []) for r in rows)
    return _formula(latex, True, unknown, len(glyphs))


_EQ_NUMBER = re.compile(r"^\(([0-9A-Z]+[.\-])*[0-9]+[a-z]?\)$")


def _drop_equation_number(atoms: list[Atom]) -> list[Atom]:
    """Remove a right-margin ``(2.3)`` set in the text font after a wide gap."""
    if len(atoms) < 4:
        return atoms
    atoms = sorted(atoms, key=lambda a: a.x0)
    for k in range(len(atoms) - 1, 0, -1):
        if atoms[k].latex == "(" and atoms[k].text:
            tail = "".join(a.latex for a in atoms[k:])
            gap = atoms[k].x0 - max(a.x1 for a in atoms[:k])
            if _EQ_NUMBER.match(tail) and gap > 1.5 * atoms[k].size:
                return atoms[:k]
            break
    return atoms


# ---------------------------------------------------------------- prose lines

_MATH, _TEXT, _MAYBE = 2, 0, 1


def render_line(glyphs: list[Glyph], rules: list[Rule]) -> tuple[str, list[Formula]]:
    """One text line as prose with inline math in ``$...$``, and its formulas in order.

    A glyph is math when its font is a math font, when it is set as a script
    (smaller, off the baseline), when it is a lone italic letter between words,
    or when it is a digit/operator/delimiter of the text font touching math.
    """
    if not glyphs:
        return "", []
    gs = glyphs  # the reader's left-to-right order; re-sorting by x breaks ligatures
    size = median(g.size for g in gs)
    base = _line_base(gs, rules, size)
    words = _split_words(gs, size)
    texts = [_word_text(w) for w in words]
    names = [_italic_name(w, t) for w, t in zip(words, texts)]
    state = [_classify_word(w, k, texts, names, size, base) for k, w in enumerate(words)]
    _spread(words, state)
    parts: list[str] = []
    formulas: list[Formula] = []
    k = 0
    while k < len(words):
        if state[k] != _MATH:
            parts.append("".join(g.c for g in words[k]).translate(LIGATURES))
            k += 1
            continue
        j = k
        while j < len(words) and state[j] == _MATH:
            j += 1
            if _closes_formula(words[:j], k) or (j < len(words) and _apart(words[j - 1], words[j], size)
                                                 and not _in_grid(words[k:j])):
                break
        run = [g for w in words[k:j] for g in w]
        lead, run, trail = _trim(run)
        atoms, unknown = _to_atoms(run)
        atoms = _letters_to_words(atoms)
        latex = _linear(atoms, rules) if atoms else ""
        f = _formula(latex, False, unknown, len(run))
        piece = "".join(g.c for g in lead) + (f"${latex}$" if latex else "") + "".join(g.c for g in trail)
        if latex:
            formulas.append(f)
        parts.append(piece)
        k = j
    return " ".join(p for p in parts if p), formulas


def _line_base(gs: list[Glyph], rules: list[Rule], size: float) -> float:
    """The baseline of a line: that of its full-size glyphs not stacked over or under a bar.

    A line may hold full-size fractions (``\\dfrac``), whose numerators and
    denominators can outnumber the glyphs on the baseline itself.
    """
    top, bottom = min(g.y0 for g in gs), max(g.y1 for g in gs)
    bars = [r for r in rules if top < r[1] < bottom]
    body = [g for g in gs if g.size >= 0.9 * size]
    if bars:
        body = [g for g in body if not any(r[0] - 1 <= g.x0 and g.x1 <= r[2] + 1 for r in bars)] or body
    return median(g.oy for g in body) if body else gs[0].oy


def _apart(left: list[Glyph], right: list[Glyph], size: float) -> bool:
    """Two lone letters set well apart are two formulas ("Σ   σ" in a table)."""
    if len(left) != 1 or len(right) != 1:
        return False
    a, b = left[-1], right[0]
    ordinary = all(
        (m := glyph_latex(g.c, g.font)) is not None and m[1] == ORD and m[0] != "|" for g in (a, b))
    return ordinary and b.x0 - a.x1 > 0.6 * size


def _in_grid(words: list[list[Glyph]]) -> bool:
    """Whether a tall bracket opened in these words is still open: its entries, set apart
    in columns, are one matrix, not separate formulas."""
    depth = 0
    for g in (g for w in words for g in w if is_extension_font(g.font)):
        kind = (glyph_latex(g.c, g.font) or ("", ""))[1]
        depth += {OPEN: 1, CLOSE: -1}.get(kind, 0)
    return depth > 0


def _closes_formula(words: list[list[Glyph]], start: int) -> bool:
    """A word ending in prose punctuation (``a+bi,``) ends its formula, unless a bracket is open."""
    last = words[-1][-1]
    if last.c not in ",;." or is_math_font(last.font):
        return False
    text = "".join(_word_text(w) for w in words[start:])
    return text.count("(") + text.count("[") <= text.count(")") + text.count("]")


def _split_words(gs: list[Glyph], size: float) -> list[list[Glyph]]:
    words: list[list[Glyph]] = [[gs[0]]]
    right = gs[0].x1
    for g in gs[1:]:
        if g.x0 - right > 0.16 * size:
            words.append([g])
        else:
            words[-1].append(g)
        right = max(right, g.x1)
    return words


_PROSE_PUNCT = set(",.;:!?\"“”’‘")
_NUMBER = re.compile(r"^[(\[]?[-−]?\d+(?:[.,]\d+)*!?[)\]]?$")
# A capitalised word before a number makes it a cross-reference ("Section 2"), not math.
_REFERENCES = frozenset(
    ["Section", "Chapter", "Figure", "Table", "Example", "Theorem", "Exercise", "Definition", "Lemma", "Corollary", "Equation", "Problem", "Activity", "Page", "Part", "Appendix", "Proposition", "Remark", "Note", "Step", "Case", "Rule", "Axiom"]
)


_SHORT_WORDS = frozenset(["is", "of", "or", "an", "if", "in", "on", "at", "to", "be", "as", "by", "no", "we", "it", "do", "so", "up", "us", "me", "my", "he"])


def _italic_name(word: list[Glyph], text: str) -> str:
    """The letters of a word set wholly in an italic text font, else ''."""
    core = text.rstrip(".,;:?").strip("()[]")
    if core.isalpha() and all(_italic(g) for g in word if g.c.isalpha()):
        return core
    return ""


def _short_symbol(name: str) -> bool:
    """Italic letters that read as math symbols: ``x``, ``AB``, ``ABC``, ``xy`` (not "is")."""
    return len(name) == 1 or (name.isupper() and len(name) <= 4) or (
        len(name) == 2 and name not in _SHORT_WORDS)


def _word_text(word: list[Glyph]) -> str:
    return "".join(g.c for g in word)


def _classify_word(
    word: list[Glyph], k: int, texts: list[str], names: list[str], size: float, base: float
) -> int:
    """Whether one space-delimited word is math, prose, or undecided (signs, function names)."""
    text = texts[k]
    first = word[0]
    if (  # the common case, settled cheaply: a plain upright word of the text font
        len(text) > 2 and text.isalpha() and text not in FUNCTIONS and not first.flags & 2
        and not is_math_font(first.font) and not _italic(first) and not is_vector_font(first.font)
        and abs(first.oy - base) < 0.12 * size
    ):
        return _TEXT
    if any(is_math_font(g.font) for g in word if g.c not in _PROSE_PUNCT):
        return _MATH
    if any(g.size < 0.85 * size and abs(g.oy - base) > 0.12 * size for g in word):
        return _MATH
    if any(abs(g.oy - base) > 0.4 * size for g in word):
        return _MATH  # full size yet far off the baseline: a numerator or a denominator
    core = text.rstrip(".,;:?")
    letters = [g for g in word if g.c.isalpha()]
    if any(is_vector_font(g.font) for g in word):
        return _MATH
    if all(g.flags & 16 for g in word):
        return _TEXT  # bold prose: headings, run-in titles ("Example 2.3")
    if re.fullmatch(r"[a-z]\)", text):
        return _TEXT  # an item label: "c)"
    name = names[k]
    if name:
        near = [names[j] for j in (k - 1, k + 1) if 0 <= j < len(names)]
        italic_prose = any(n and not _short_symbol(n) for n in near)
        return _MATH if _short_symbol(name) and not italic_prose else _TEXT
    if letters and len(letters) <= 3 and all(_italic(g) for g in letters) and re.fullmatch(
            r"[0-9a-zA-Z()+\-−=/]*", core) and not name:
        return _MATH  # "2a", "x1": italic letters with digits
    if k == 0 and re.fullmatch(r"\(\d+\)|\d+\.", text):
        return _TEXT  # a list label opening the line: "(3)", "4."
    if _NUMBER.match(core) and core.count(".") < 2 and not (core[0] == "(" and "." in core):
        before = texts[k - 1] if k else ""
        return _TEXT if before in _REFERENCES else _MATH
    if core in _ALWAYS_MATH and not _italic(word[0]) and not word[0].flags & 16:
        return _MATH
    if core in FUNCTIONS or (not letters and text not in "\"“”’‘"):
        return _MAYBE
    return _TEXT


def _spread(words: list[list[Glyph]], state: list[int]) -> None:
    """Undecided words (signs, function names, a spaced colon) next to math become math."""
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(state):
            if s == _MAYBE and _MATH in (state[j] for j in (k - 1, k + 1) if 0 <= j < len(state)):
                state[k] = _MATH
                changed = True
    for k, s in enumerate(state):
        if s == _MAYBE:
            state[k] = _TEXT


def _trim(run: list[Glyph]) -> tuple[list[Glyph], list[Glyph], list[Glyph]]:
    """Move prose punctuation and unbalanced text-font brackets out of a math run."""
    def prose(g: Glyph) -> bool:
        return not is_math_font(g.font) and (g.c in _PROSE_PUNCT or g.c in "()[]") and g.c != "!"

    def hyphen(g: Glyph) -> bool:  # a text-font hyphen joining a formula to a word
        return g.c in "-‐" and not is_math_font(g.font)

    lead: list[Glyph] = []
    trail: list[Glyph] = []
    # Prose words glued to a math glyph ("are" before a big parenthesis, "is" after a fraction).
    full = max((g.size for g in run), default=0.0)

    def prose_letter(g: Glyph) -> bool:
        return g.c.isalpha() and not is_math_font(g.font) and not _italic(g) and g.size >= 0.9 * full

    k = 0
    while k < len(run) and prose_letter(run[k]):
        k += 1
    if k >= 2 and _word_text(run[:k]) not in FUNCTIONS:
        lead, run = run[:k], run[k:]
    k = len(run)
    while k > 0 and prose_letter(run[k - 1]):
        k -= 1
    if len(run) - k >= 2 and _word_text(run[k:]) not in FUNCTIONS:
        run, trail = run[:k], run[k:]
    if trail and run and hyphen(run[-1]) or len(run) > 1 and hyphen(run[-1]):
        trail.insert(0, run.pop())  # "$2\pi$-periodic": no formula ends with a minus
    if lead and run and hyphen(run[0]):
        lead.append(run.pop(0))  # "double-$n$"
    while run and prose(run[-1]):
        text = _word_text(run)
        if run[-1].c in ")]" and text.count("(") + text.count("[") >= text.count(")") + text.count("]"):
            break
        trail.insert(0, run.pop())
    while run and prose(run[0]):
        text = _word_text(run)
        if run[0].c in "([" and text.count("(") + text.count("[") <= text.count(")") + text.count("]"):
            break
        lead.append(run.pop(0))
    return lead, run, trail


# ---------------------------------------------------------------- formulas


def _formula(latex: str, display: bool, unknown: int, n: int) -> Formula:
    confidence = 1.0
    if n:
        confidence -= min(0.5, unknown / n)
    if latex.count("{") != latex.count("}") or "{}_" in latex or "{}^" in latex:
        confidence -= 0.3
    if re.search(r"\\sqrt(?![\[{])", latex):
        confidence -= 0.3
    if "\\\\" in latex:
        confidence -= 0.1
    return Formula(latex, display, round(max(confidence, 0.0), 2))
