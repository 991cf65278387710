"""Math recovery from PDF glyphs: tiny PDFs made here, and pages of the shared books.

Expected formulas on book pages are the ones the books' LaTeX sources hold (the
page and the source line are named), compared after the benchmark's normalisation.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pymupdf
import pytest

from benchmarks.math_truth import normalise
from ingest.glyphs import page_glyphs, page_rules, strip_subset
from ingest.mathfonts import glyph_latex, is_math_font
from ingest.pdf_lines import page_lines
from ingest.pdfmath import render_display, render_line
from tests.conftest import BOOK_PDFS


@cache
def _page(book: str, number: int) -> pymupdf.Page:
    return pymupdf.open(BOOK_PDFS[book])[number]


def _page_formulas(book: str, number: int) -> list[str]:
    """Every inline formula render_line finds on a page, normalised."""
    page = _page(book, number)
    glyphs = page_glyphs(page)
    rules = page_rules(page)
    body = Counter(round(g.size, 1) for g in glyphs).most_common(1)[0][0]
    found = []
    for line in page_lines(glyphs, body):
        found.extend(normalise(f.latex) for f in render_line(line.glyphs, rules)[1])
    return found


def _region(book: str, number: int, box: tuple[float, float, float, float]) -> str:
    page = _page(book, number)
    x0, y0, x1, y1 = box
    glyphs = [g for g in page_glyphs(page) if x0 <= g.x0 and g.x1 <= x1 and y0 <= g.y0 and g.y1 <= y1]
    return render_display(glyphs, page_rules(page)).latex


# ---------------------------------------------------------------- tiny PDFs made here


def _tiny_pdf(draw) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    draw(page)
    return pymupdf.open("pdf", doc.tobytes())[0]


def test_fraction_with_superscript_from_geometry():
    """A numerator over a bar over a denominator, with a raised smaller exponent."""

    def draw(page: pymupdf.Page) -> None:
        page.insert_text((100, 90), "x", fontname="tiit", fontsize=10)
        page.insert_text((106, 85), "2", fontname="tiro", fontsize=7)
        page.draw_line((99, 94), (111, 94), width=0.5)
        page.insert_text((102, 106), "y", fontname="tiit", fontsize=10)

    page = _tiny_pdf(draw)
    formula = render_display(page_glyphs(page), page_rules(page))
    assert formula.latex == "\\frac{x^{2}}{y}"
    assert formula.display and formula.confidence > 0.5


def test_prose_line_gets_inline_math_for_italic_letters_and_scripts():
    def draw(page: pymupdf.Page) -> None:
        page.insert_text((20, 50), "Let", fontname="tiro", fontsize=10)
        page.insert_text((40, 50), "a", fontname="tiit", fontsize=10)
        page.insert_text((45.5, 53), "n", fontname="tiit", fontsize=7)
        page.insert_text((53, 50), "be the terms.", fontname="tiro", fontsize=10)

    page = _tiny_pdf(draw)
    text, formulas = render_line(page_glyphs(page), page_rules(page))
    assert text == "Let $a_{n}$ be the terms."
    assert [f.latex for f in formulas] == ["a_{n}"]


# ---------------------------------------------------------------- fonts


def test_font_tables_read_tex_math_fonts():
    assert strip_subset("ABCDEF+CMMI10") == "CMMI10"
    assert is_math_font("NewPXMI") and is_math_font("CMSY10") and not is_math_font("TeXGyrePagellaX-Regular")
    assert glyph_latex("N", "MSBM10")[0] == "\\mathbb{N}"
    assert glyph_latex("X", "CMEX10") == ("\\sum", "bigop")  # display sum, by code
    assert glyph_latex("\x00", "txexs")[0] == "("
    assert glyph_latex("𝑥", "NewPXMI")[0] == "x"  # XeTeX / newpx Unicode math italic
    assert glyph_latex("𝜆", "NewPXMI_gnu")[0] == "\\lambda"  # Unicode spells it LAMDA
    assert glyph_latex("𝐯", "STIXTwoMath")[0] == "\\mathbf{v}"
    assert glyph_latex("L", "CMSY10")[0] == "\\mathcal{L}"


# ---------------------------------------------------------------- book pages


@pytest.mark.parametrize(
    ("book", "page", "source_formula"),
    [
        # diffyqs ch-higher-order-ode.tex (printed page 80): hyperbolic functions
        ("diffyqs", 79, r"\sinh(kx) = \frac{e^{kx}-e^{-kx}}{2} = (\nicefrac{1}{2}) e^{kx} + (\nicefrac{-1}{2}) e^{-kx}"),
        ("diffyqs", 79, r"y_2 = \sinh(kx)"),
        # diffyqs ch-laplace.tex: roots in exponents
        ("diffyqs", 322 + 1, r"Y(x) = A e^{\sqrt{s} x} + B e^{-\sqrt{s} x}"),
        # discrete dmoi.tex, graph theory: a binomial coefficient inline, subscripts
        ("discrete", 127, r"{n \choose 2}"),
        ("discrete", 127, r"K_n"),
        # trig trigbook-chapter1.tex (Thales): over-lined segments, angles, Greek
        ("trig", 12, r"\overline{OA}"),
        ("trig", 12, r"\angle\,OCA = \angle\,OAC = \alpha"),
        # trig trigbook-chapter5.tex: conjugates
        ("trig", 226, r"\overline{a+bi}"),
        # diffyqs ap-linear-algebra.tex (printed page 387): \vec is an arrow glyph over its letter
        ("diffyqs", 386, r"\lVert \vec{x} \rVert"),
        # diffyqs ch-systems.tex:1371: a three-row inline smallmatrix, columns a thick space apart
        ("diffyqs", 133, r"\left[ \begin{smallmatrix} 9 & -2 & -6 \\ -8 & 3 & 6 \\ 10 & -2 & -6 \end{smallmatrix} \right]"),
        # diffyqs ch-systems.tex:3828: a root in the script-size denominator of a prose fraction
        ("diffyqs", 157, r"b_2 = \frac{1}{\sqrt{3}}"),
        # diffyqs ch-power-ser.tex:1786: the numerator is a PyMuPDF line of its own
        ("diffyqs", 347, r"\frac{1}{\Gamma(x)}"),
    ],
)
def test_book_page_formula_recovered_exactly(textbooks, book, page, source_formula):
    macros = {"\\nicefrac": (2, "{#1}/{#2}"), "\\choose": (0, "\\choose")}
    want = normalise(source_formula.replace("{n \\choose 2}", "\\binom{n}{2}"), macros)
    assert want in _page_formulas(book, page)


def test_display_with_fraction_and_sum_limits(textbooks):
    """diffyqs ch-fourier-and-pde.tex: f(t) = \\frac{a_0}{2} + \\sum_{n=1}^\\infty ... (page 201)."""
    latex = _region("diffyqs", 200, (0, 280, 612, 320))
    source = r"f(t) = \frac{a_0}{2} + \sum_{n=1}^\infty a_n \cos(nt) + b_n \sin(nt) ."
    assert normalise(latex) == normalise(source)


def test_fractions_of_stacked_rows_keep_to_their_row():
    """A denominator and the next row's numerator lie close: each fraction keeps its own."""

    def draw(page: pymupdf.Page) -> None:
        for base, (left, num, den) in ((60, "axb"), (77, "pcd")):
            page.insert_text((100, base), left, fontname="tiit", fontsize=10)
            page.insert_text((108, base), "=", fontname="tiro", fontsize=10)
            page.insert_text((121, base - 5), num, fontname="tiit", fontsize=10)
            page.draw_line((118, base - 2.5), (128, base - 2.5), width=0.5)
            page.insert_text((121, base + 6), den, fontname="tiit", fontsize=10)

    page = _tiny_pdf(draw)
    formula = render_display(page_glyphs(page), page_rules(page))
    assert formula.latex == "a=\\frac{x}{b} \\\\ p=\\frac{c}{d}"


def test_display_rows_keep_their_own_integral_limits(textbooks):
    """diffyqs ch-fourier-and-pde.tex (printed page 208): an aligned display of three rows.

    Each integral keeps its own side limits: the lower limit of the row above is no
    limit set over the integral below it.
    """
    latex = _region("diffyqs", 207, (150, 520, 460, 626))
    source = [
        r"a_0 = \frac{1}{\pi} \int_{-\pi}^\pi g(s) \, ds = \frac{1}{L} \int_{-L}^L f(t) \, dt ,",
        (r"a_n = \frac{1}{\pi} \int_{-\pi}^\pi g(s) \, \cos (n s) \, ds"
         r" = \frac{1}{L} \int_{-L}^L f(t) \, \cos \left( \frac{n \pi}{L} t \right) \, dt ,"),
        (r"b_n = \frac{1}{\pi} \int_{-\pi}^\pi g(s) \, \sin (n s) \, ds"
         r" = \frac{1}{L} \int_{-L}^L f(t) \, \sin \left( \frac{n \pi}{L} t \right) \, dt ."),
    ]
    assert [normalise(r) for r in latex.split("\\\\")] == [normalise(r) for r in source]


def test_row_is_not_cut_where_a_fraction_fills_the_gap(textbooks):
    """diffyqs (printed page 208): f(t) = a_0/2 + sum [...] is one line, the fraction inside it."""
    page = _page("diffyqs", 207)
    glyphs = page_glyphs(page)
    body = Counter(round(g.size, 1) for g in glyphs).most_common(1)[0][0]
    line = next(ln for ln in page_lines(glyphs, body) if ln.text.startswith("𝑓 (𝑡) =") and 340 < ln.y0 < 380)
    assert "cos" in line.text and "sin" in line.text


def test_hyphen_after_a_formula_stays_in_the_prose(textbooks):
    """diffyqs (printed page 208): "a $2\\pi$-periodic function", the hyphen outside the formula."""
    page = _page("diffyqs", 207)
    glyphs = page_glyphs(page)
    body = Counter(round(g.size, 1) for g in glyphs).most_common(1)[0][0]
    texts = [render_line(line.glyphs, page_rules(page))[0] for line in page_lines(glyphs, body)]
    assert any("a $2\\pi$-periodic function" in t for t in texts)
    assert not any("-$" in t for t in texts)


def test_display_limit_under_lim_and_tall_bars(textbooks):
    """diffyqs ch-power-ser.tex:167 and :205 (printed page 329).

    ``k \\to \\infty`` is set under ``lim``; the tall bars are stacks of one short
    bar; the root's index reaches past the middle of the root sign.
    """
    bars = _region("diffyqs", 328, (200, 298, 420, 336))
    assert normalise(bars) == normalise(
        r"L = \lim_{k\to\infty} \left \lvert \frac{c_{k+1}}{c_k} \right \rvert")
    root = _region("diffyqs", 328, (200, 520, 420, 556))
    assert normalise(root) == normalise(r"L = \lim_{k\to\infty} \sqrt[k]{\lvert c_k \rvert}")
