# TEMPORARY STUB (not committed): stands in for pdf-math's module until it lands.
from ingest.document import Formula


def _plain(glyphs):
    out, last = [], None
    for g in sorted(glyphs, key=lambda g: g.x0):
        if last is not None and g.x0 - last.x1 > 0.2 * g.size:
            out.append(" ")
        out.append(g.c)
        last = g
    return "".join(out)


def render_line(glyphs, rules):
    text = _plain(glyphs)
    return text, []


def render_display(glyphs, rules):
    return Formula(latex=_plain(glyphs), display=True, confidence=0.1)
