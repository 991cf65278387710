"""LaTeX -> SymPy for the formulas textbooks print.

SymPy's own LaTeX parser does the parsing; this module only tidies what books add
around a formula (spacing commands, \\left/\\right, \\dfrac, a trailing full stop,
"f(x) =" in front) and maps the constants SymPy reads as plain symbols (e, \\pi).

Parsing is most of what reading a book costs (a few thousand formulas, several readers
asking for the same ones), so each distinct formula is parsed once per process, and
ANTLR's fast SLL prediction is tried before the full LL prediction SymPy's parser uses.
"""

from __future__ import annotations

import re
import warnings
from fractions import Fraction
from functools import lru_cache

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.parsing.latex import check_matrix_delimiters, parse_latex
from sympy.parsing.latex.errors import LaTeXParsingError

from ingest.document import MATH_SPAN

_DROP = re.compile(r"~|\\boxed(?![a-zA-Z])|\\[,;:!]|\\(?:displaystyle|textstyle|left|right|[bB]igg?[lr]?"
                   r"|limits|nolimits)(?![a-zA-Z])"
                   r"|\\label\{[^{}]*\}")  # a source's \label{eq:...} names the display
_RENAME = {r"\dfrac": r"\frac", r"\tfrac": r"\frac", r"\nicefrac": r"\frac", r"\le ": r"\leq ",
           r"\ge ": r"\geq "}
# Unbraced, a LaTeX script is one token: x^23 is x^{2}3, \int_1^3 2x is \int_{1}^{3} 2x.
_SCRIPT = re.compile(r"([_^])\s*(\\[a-zA-Z]+|[A-Za-z0-9])")
# Degrees become radians, so the exact value of sin 30 degrees is 1/2: 30^\circ -> (30\pi/180).
_DEGREES = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\^\s*\{?\s*\\circ\s*\}?|°|\\(?:degree|Degrees)\b)")
_DEFINITION = re.compile(r"^\s*(?:[a-zA-Z](?:\s*\(\s*[a-z]\s*\))?|[a-z]'\(\s*[a-z]\s*\))\s*=\s*(?=.)")
# What a book prints: a degree mark after a number, and the digits after a decimal point (the
# printed precision of a rounded answer).
DEGREE_MARK = re.compile(r"\^\s*\{?\s*\\circ|\\Degrees|\\degree|°")
DECIMALS = re.compile(r"\d*\.(\d+)")
# SymPy's parser reads e and \pi as plain symbols; books mean the constants.
CONSTANTS = {sp.Symbol("e"): sp.E, sp.Symbol("pi"): sp.pi}


def _radians(match: re.Match[str]) -> str:
    """A printed angle in degrees as exact radians (7.5 degrees is 15/2 * pi/180, not a float)."""
    degrees = Fraction(match.group(1))
    return f"(\\frac{{{degrees.numerator}}}{{{degrees.denominator}}}\\pi/180)"


def rejoined(formulas: list[str], endings: tuple[str, ...] = ("=",)) -> list[str]:
    """The formulas with each one the PDF broke at a line's end put back together: a formula
    ending in one of ``endings`` ("$y(0,t)=$ $y(1,t)=0$", "$f(A)\\cup$ $$f(B).$$") runs on into
    the next."""
    joined: list[str] = []
    for formula in formulas:
        if joined and joined[-1].rstrip().endswith(endings):
            joined[-1] += " " + formula
        else:
            joined.append(formula)
    return joined


def split_list(formula: str) -> list[str]:
    """The values of a list "25^\\circ, 155^\\circ" (commas outside brackets; a point
    (1, 2) stays whole): SymPy's parser would read the first and drop the rest."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(formula):
        depth += char in "([{" and 1 or (char in ")]}" and -1 or 0)
        if char == "," and depth == 0 and formula[at - 1:at] != "\\":  # not the space \,
            parts.append(formula[start:at])
            start = at + 1
    return [p for p in [*parts, formula[start:]] if p.strip()]


def tidy(latex: str) -> str:
    """Strip presentation-only commands and trailing punctuation from a formula."""
    text = _DEGREES.sub(_radians, latex)
    text = _SCRIPT.sub(r"\1{\2}", _DROP.sub(" ", text))
    for old, new in _RENAME.items():
        text = text.replace(old, new)
    return re.sub(r"\s+", " ", text).strip().rstrip(".,;").strip()


def squeezed(latex: str) -> str:
    """A formula without spacing commands, \\left/\\right or whitespace, and without trailing
    punctuation: one spelling of it for a reader's patterns to match."""
    return re.sub(r"\\[,;:! ]|\\left|\\right|\s+", "", latex).rstrip(".,;")


# One spelling of a formula's layout, the one the PDF's rebuilt math has: no white space but
# where it parts two letters (\\cdot x, "a b") or two digits or ends a row (\\\\), and the
# short names of relations spelled out. A source's author spaces math at will ("|A| = 13",
# "f: A \\to B", "\\ne"); readers written against the PDF's "|A|=13" then read both alike.
_LAYOUT_SPACE = re.compile(r"(?<=(.))\s+(?=(.))(?!\\\\)", re.DOTALL)
# Words in a formula ("$17 to spend ... $4$": a PDF's dollar sign opened math): no formula to
# lay out. A command's name (\\sin) or a \\text{} argument is no word; an environment's name
# (\\begin{pmatrix}) is, so a matrix is left as written.
_WORD = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z]{3,}")
_TEXT_ARG = re.compile(r"(\\(?:text\w*|mbox|operatorname)\s*\{[^{}]*\})")
_ALIGNMENT = re.compile(r"(?<!\\)&")
_SHORT_NAMES = re.compile(r"\\(ne|le|ge|lt|gt|ldots)(?![a-zA-Z])")
_LONG_NAMES = {"ne": r"\neq", "le": r"\leq", "ge": r"\geq", "lt": "<", "gt": ">", "ldots": r"\dots"}
# A bare group of numbers, "a_0 = {2}", "${7, 32, 87}, \\ldots$" (WeBWorK's typesetting): its
# braces group nothing. Braces after a command, a script mark or another group are arguments.
_NUMBER_GROUP = re.compile(r"(?<![\w}\]^_\\])\{([-\d.,]+)\}")


def _layout_space(match: re.Match[str]) -> str:
    """The white space between two characters, as :data:`_LAYOUT_SPACE` keeps it or drops it."""
    before, after = match.group(1), match.group(2)
    keep = (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())
    return " " if keep or before == "\\" else ""


def _laid_out(latex: str) -> str:
    """One formula in the PDF's layout (:data:`_LAYOUT_SPACE`), an align's ``&`` dropped; words in
    ``\\text{..}`` kept."""
    kept = _TEXT_ARG.findall(latex)
    masked = _TEXT_ARG.sub("\0", latex)  # each \text{...} stands aside while the rest is laid out
    if _WORD.search(masked):
        return latex
    masked = _SHORT_NAMES.sub(lambda m: _LONG_NAMES[m.group(1)], masked)
    if "\\begin" not in masked:  # an align's column marks, not a matrix's: the PDF has none
        masked = _ALIGNMENT.sub("", masked)
    masked = _NUMBER_GROUP.sub(r"\1", _LAYOUT_SPACE.sub(_layout_space, masked))
    return re.sub("\0", lambda _: kept.pop(0), masked)


# An answer blank (PreTeXt's <fillin>, "$a_n =$ ____"): the PDF prints an empty box, no words.
_BLANK = re.compile(r"[ \t]*_{4,}")


def laid_out(text: str) -> str:
    """``text`` with each formula in it in one layout (:func:`_laid_out`) and no answer blanks:
    how a source's author spaced the math carries no meaning, and readers match one spelling."""
    def one(match: re.Match[str]) -> str:
        display, inline = match.group(1), match.group(2)
        return f"$${_laid_out(display)}$$" if display is not None else f"${_laid_out(inline)}$"
    text = MATH_SPAN.sub(one, text)
    return _BLANK.sub("", text)


def to_sympy(latex: str, *, definition_rhs: bool = True, evaluate: bool = True) -> sp.Basic | None:
    """Parse one formula, or ``None`` when SymPy's parser cannot read it.

    With ``definition_rhs`` a definition such as ``f(x) = x^2 + 1`` gives its
    right-hand side, since that is the expression a textbook asks about.
    ``evaluate=False`` keeps the formula as written (``\\sin 30^\\circ`` stays a
    sine), so a family can check a value against the expression it came from.
    """
    text = tidy(latex)
    if definition_rhs:
        text = _DEFINITION.sub("", text, count=1)
    return _parse(text, evaluate) if text else None


@lru_cache(maxsize=16384)
def _parse(text: str, evaluate: bool) -> sp.Basic | None:
    """One tidied formula in SymPy, once per process whichever options asked for it
    (SymPy's objects are immutable, so every caller may share the result)."""
    try:
        with warnings.catch_warnings():  # SymPy warns about deprecated forms it still accepts
            warnings.simplefilter("ignore")
            if evaluate:
                expr = _antlr(text)
            else:
                _antlr("x")  # import the parser before switching evaluation off
                with sp.evaluate(False):
                    expr = _antlr(text)
                    return expr.subs(CONSTANTS) if CONSTANTS.keys() & expr.free_symbols else expr
    except Exception:  # noqa: BLE001 - the parser raises many unrelated types on bad input
        return None
    if CONSTANTS.keys() & expr.free_symbols:
        expr = expr.subs(CONSTANTS)
    return expr


def _antlr(text: str) -> sp.Basic:
    """SymPy's antlr parse of ``text``, first with ANTLR's SLL prediction, which caches its
    decisions where the full LL prediction of SymPy's ``parse_latex`` recomputes them. SLL
    either builds the tree LL builds or reports a syntax error (ANTLR's documented contract;
    on the 12,647 distinct formulas of the four shared books: the same objects, in half the
    CPU time), and on an error the formula goes to ``parse_latex`` itself."""
    from antlr4 import CommonTokenStream, InputStream
    from antlr4.atn.PredictionMode import PredictionMode
    from sympy.parsing.latex import _parse_latex_antlr as antlr

    check_matrix_delimiters(text)
    text = text.strip()
    errors = antlr.MathErrorListener(text)  # raises LaTeXParsingError on a syntax error
    lexer = antlr.LaTeXLexer(InputStream(text))
    lexer.removeErrorListeners()
    lexer.addErrorListener(errors)
    parser = antlr.LaTeXParser(CommonTokenStream(lexer))
    parser.removeErrorListeners()
    parser.addErrorListener(errors)
    parser._interp.predictionMode = PredictionMode.SLL
    try:
        relation = parser.math().relation()
    except LaTeXParsingError:
        return parse_latex(text)  # SLL could not decide: SymPy's full LL parse
    return antlr.convert_relation(relation)


def as_products(expr: sp.Basic, variable: sp.Symbol) -> sp.Basic:
    """``50x(1-x)`` parses as the variable applied to 1 - x: the product the book means, where
    the letter is known to be the variable (the data of a problem in x)."""
    if not isinstance(expr, sp.Basic):
        return expr
    return expr.replace(lambda e: isinstance(e, AppliedUndef) and e.func.__name__ == variable.name
                        and len(e.args) == 1, lambda e: variable * e.args[0])
