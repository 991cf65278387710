"""Read "Using the Heaviside function $u(t)$, write down the function $f(t) = \\begin{cases} 0 &
\\text{if } t < 1, \\\\ t-1 & \\text{if } 1 \\leq t < 2, \\\\ 1 & \\text{if } 2 \\leq t .
\\end{cases}$" (and a part "Write down $f(t)$ using the Heaviside function" of an exercise that
defines f so) from a book item.

Each row of the cases block is a formula in t and where it holds: ``a \\leq t < b``, ``t < a``,
``a \\leq t`` or ``otherwise`` (which must be 0: the function is zero off its pieces). The pieces
must follow each other without gaps (a 0 row fills one); anything else and the item is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy

_ASKED = re.compile(r"\busing the heaviside function (?:, )?write down\b|\bwrite down "
                    r"(?:, )?using the heaviside function\b")
# (an exercise that also asks to sketch f or to solve an equation with it asks more than this)
_NOT_ASKED = re.compile(r"\bsketch\b|\bsolve\b|\bgraph\b")
_CASES = re.compile(r"\\begin\{cases\}(.*?)\\end\{cases\}", re.DOTALL)
_WHERE = re.compile(r"^(?:(.+?)(\\leq|<))?t(?:(\\leq|<)(.+))?$")
T = sp.Symbol("t")


def _where(text: str) -> tuple[sp.Expr, sp.Expr] | None:
    """(low, high) of "a \\leq t < b", "t < a", "a \\leq t" (the left end closed), or None."""
    text = re.sub(r"\\text\s*\{[^}]*\}|\\phantom\s*\{(?:[^{}]|\{[^{}]*\})*\}|\\;|\s+", "", text)
    text = text.rstrip(".,")
    match = _WHERE.match(text)
    if match is None or (match.group(1) and match.group(2) != "\\leq") or (
            match.group(3) and match.group(3) != "<"):
        return None  # pieces closed on the left, open on the right, as the books write them
    low = to_sympy(match.group(1)) if match.group(1) else -sp.oo
    high = to_sympy(match.group(4)) if match.group(4) else sp.oo
    if not all(isinstance(v, sp.Expr) and (v.is_number or v in (sp.oo, -sp.oo))
               for v in (low, high)) or not low < high:
        return None
    return low, high


def read_pieces(latex: str) -> list[list[str]] | None:
    """[[f, low, high], ...] in order, without gaps, from the formula's cases block."""
    cases = _CASES.search(latex)
    if cases is None:
        return None
    rows, otherwise = [], None
    for row in filter(str.strip, re.split(r"\\\\", cases.group(1))):
        value, _, where = row.partition("&")
        expr = to_sympy(tidy(value))
        if not isinstance(expr, sp.Expr) or not expr.free_symbols <= {T}:
            return None
        if re.search(r"otherwise", where):
            otherwise = expr
            continue
        bounds = _where(where)
        if bounds is None:
            return None
        rows.append((expr, *bounds))
    if otherwise not in (None, 0) or not rows:
        return None
    rows.sort(key=lambda r: sp.N(r[1]) if r[1] != -sp.oo else -1e300)
    pieces = [rows[0]]
    for expr, low, high in rows[1:]:
        if low != pieces[-1][2]:
            if otherwise is None or low < pieces[-1][2]:
                return None
            pieces.append((sp.Integer(0), pieces[-1][2], low))  # "0 otherwise" fills the gap
        pieces.append((expr, low, high))
    while pieces and pieces[0][0] == 0 and pieces[0][1] == -sp.oo:
        pieces.pop(0)  # zero before the first piece: no step needed
    while pieces and pieces[-1][0] == 0 and pieces[-1][2] == sp.oo:
        pieces.pop()
    return [[sp.sstr(e), sp.sstr(a), sp.sstr(b)] for e, a, b in pieces] or None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own = prose.split(OWN_END)[0]
    if not _ASKED.search(own) or _NOT_ASKED.search(own):
        return None
    found = [p for p in map(read_pieces, formulas) if p]
    if not found or any(p != found[0] for p in found):
        return None
    return "differential_equations.heaviside_form", {"pieces": found[0]}
