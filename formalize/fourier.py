"""Read "compute the Fourier series of f(t) on (-L, L]" (or its sine/cosine series) from a book item.

The function is a formula in t, or a ``cases`` block whose rows say where each
piece holds (``t & \\text{if } 0 < t \\leq 1``); the interval comes from a formula such
as ``-1 < t \\leq 1`` or ``[-\\pi, \\pi]``. The words choose the series: the even periodic
extension (cosine series), the odd one (sine series), or the plain periodic extension.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy

_SERIES = re.compile(r"\bfourier series|\bsine series|\bcosine series")
# ("Plot the series", not "we plot the first few terms", a worked example's aside)
_NOT_ASKED = re.compile(r"\bwithout computing|\bverify|\bsteady periodic|\bderivative"
                        r"|(?:^|[.?!:)])\s*plot\b"
                        r"|\bboth the odd and even|\bodd and even periodic extensions|\beigenfunction|\bsolve")
_EVEN = re.compile(r"\beven periodic extension|\bcosine series")
_ODD = re.compile(r"\bodd periodic extension|\bsine series")
# a < t <= b (either inequality), and [a, b], (a, b], [a, b).
_BETWEEN = re.compile(r"^(.*?)(?:<|\\leq?)\s*t\s*(?:<|\\leq?)(.*)$")
_BRACKETS = re.compile(r"^\s*[\[(](.+),(.+)[\])]\s*$")
_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.DOTALL)
_DEFINITION = re.compile(r"^\s*f\s*\(\s*t\s*\)\s*=\s*")
_BROKEN_CASES = re.compile(r"f\s*\(\s*t\s*\)\s*=\s*\\\{")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")
_APART = re.compile(r"\\q?quad(?![a-zA-Z])|\\text\s*\{\s*(?:for|on)\b[^}]*\}")
# "up to the $3^{rd}$ harmonic": the series written out to that term.
_HARMONIC = re.compile(r"\bharmonic")
_ORDINAL = re.compile(r"^\s*(\d+)\s*\^\s*\{\s*(?:\\text\s*\{\s*)?(?:st|nd|rd|th)\s*\}?\s*\}\s*$")
# A part whose own words define a function ("... $f(t) = ...$ extended periodically") is the
# next exercise run in by the PDF; a context with a part label twice is two exercises run together.
_DEFINES = re.compile(r"\bextended\b|\blet\b|\bdefined\b")
_FIRST_LABEL = re.compile(r"(?:^|\s)a\)")
T = sp.Symbol("t")


def _clean(latex: str) -> str:
    """The LaTeX source's spacing and macros around a piece: \\phantom{-}, \\text{if }, |t|."""
    text = re.sub(r"\\phantom\s*\{[^}]*\}|\\text\s*\{[^}]*\}", " ", latex)
    text = re.sub(r"\\[lr]vert", "|", text).replace("\\nicefrac", "\\frac")
    return tidy(text)


def _bounds(latex: str) -> tuple[sp.Expr, sp.Expr] | None:
    text = _clean(latex).replace("if", "")
    match = _BETWEEN.match(text) or _BRACKETS.match(text)
    if not match:
        return None
    low, high = to_sympy(match.group(1).strip(" ,&")), to_sympy(match.group(2).strip(" ,.&"))
    if not all(isinstance(v, sp.Expr) and v.is_number for v in (low, high)) or low >= high:
        return None
    return low, high


def _function(latex: str) -> sp.Expr | None:
    """The formula as a function of t; a bare $t$ ("for $t$ in ...") only after "f(t) ="."""
    text = _clean(latex)
    # t(1 - t) is a product, not a call (f(t) went with the definition)
    expr = to_sympy(re.sub(r"(?<![a-zA-Z\\])t\s*\(", r"t \\cdot (", _DEFINITION.sub("", text)))
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= {T} or \
            expr.atoms(sp.core.function.AppliedUndef):  # f(t), or t(1 - t) read as a call
        return None
    # (a bare $t$ or a number, a figure's tick label, is a function only after "f(t) =")
    return expr if (expr.has(T) and expr != T) or _DEFINITION.match(text) else None


def _pieces(formulas: list[str]) -> list[list[str]] | None:
    """[[f, low, high], ...] from a cases block, or one function and one interval."""
    for latex in formulas:
        cases = _CASES.search(latex)
        if not cases:
            continue
        pieces = []
        for row in re.split(r"\\\\", cases.group(1)):
            if not row.strip():
                continue
            value, _, where = row.partition("&")
            expr, bounds = to_sympy(_clean(value)), _bounds(where)
            if not isinstance(expr, sp.Expr) or not expr.free_symbols <= {T} or bounds is None \
                    or expr.atoms(sp.core.function.AppliedUndef):
                pieces = None
                break
            pieces.append([sp.sstr(expr), sp.sstr(bounds[0]), sp.sstr(bounds[1])])
        if pieces is None and not _DEFINITION.match(latex):
            continue  # a worked example's later cases block (its coefficients), not f
        return pieces or None
    # "f(t) = e^t \\qquad \\text{for } -1 < t \\leq 1": a function and its interval in one formula.
    if any(_BROKEN_CASES.search(latex) for latex in formulas):
        return None  # a PDF's cases block cut into pieces: one piece alone is not f
    parts = [part for latex in formulas for part in _APART.split(latex) if part.strip()]
    functions = [f for f in (_function(part) for part in parts) if f is not None]
    intervals = [b for b in (_bounds(part) for part in parts) if b is not None]
    if not functions or not intervals:
        return None
    low, high = intervals[0]
    return [[sp.sstr(functions[0]), sp.sstr(low), sp.sstr(high)]]


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    first = _SENTENCE.split(prose.strip())[0]  # a part's own words name its extension
    written_out = _HARMONIC.search(first) and "series" in first
    if not (_SERIES.search(prose) or written_out) or _NOT_ASKED.search(prose) \
            or len(_FIRST_LABEL.findall(prose)) > 1:
        return None
    pieces = _pieces(formulas)
    if pieces is None:
        return None
    words = first if _EVEN.search(first) or _ODD.search(first) else prose
    kind = "cosine" if _EVEN.search(words) else "sine" if _ODD.search(words) else "full"
    if kind != "full" and sp.sympify(pieces[0][1]) != 0 or _EVEN.search(words) and _ODD.search(words):
        return None  # (a whole exercise whose parts ask for both extensions: no one series)
    own = prose.partition(OWN_END)[0]
    if not written_out:
        return "differential_equations.fourier_series", {"pieces": pieces, "kind": kind}
    ordinals = {int(m.group(1)) for f in formulas if (m := _ORDINAL.match(f))}
    if len(ordinals) != 1 or _DEFINES.search(own):
        return None
    return "differential_equations.fourier_series", {"pieces": pieces, "kind": kind,
                                                     "harmonics": ordinals.pop()}
