"""Read the parts of "Consider a wire insulated on both ends, $L=1$, $k=1$, and $u(x,0) =
\\cos^2(\\pi x)$. a) Find the solution $u(x,t)$. b) Find the average temperature. c) ... Find the
time when the variation is $1/2$" and of "Suppose that the temperature on the wire is fixed at
$0$ at the ends, ... a) What is the temperature at $x = 1/2$ at any time? b) What is the maximum
and the minimum temperature on the wire at $t=0$? c) At what time is the maximum temperature
on the wire exactly one half of the initial maximum at $t=0$?" from a book item.

The wire (its ends, L, k, the data u(x, 0)) is in the exercise's words, the question in the
part's own; each question is one of :data:`exercises.families.textbook_heat_questions.QUESTIONS`.
A wire described any other way, or a part asking anything else, and the part is not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from formalize import OWN_END
from formalize.latex import as_products, tidy, to_sympy

_ENDS = [("neumann", re.compile(r"\bwire insulated on both ends\b")),
         ("dirichlet", re.compile(r"\btemperature on the wire is fixed at at the ends\b"))]
_QUESTIONS = [
    ("solution", re.compile(r"^find the solution \.")),
    ("average", re.compile(r"^find the average temperature\.")),
    ("value", re.compile(r"^what is the temperature at at any time\?")),
    ("extremes", re.compile(r"^what is the maximum and the minimum temperature on the wire at \?")),
    ("variation time", re.compile(r"^initially the temperature variation is (?:1 )?\(maximum minus "
                                  r"the minimum\)\. find the time when the variation is \.")),
    ("maximum time", re.compile(r"^at what time is the maximum temperature on the wire exactly "
                                r"one half of the initial maximum at \?")),
]
_GIVEN = re.compile(r"^\s*([Lk]|u\s*\(\s*x\s*,\s*0\s*\)|x|t)\s*=\s*(.+)$")


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own, _, context = prose.partition(OWN_END)
    ends = next((name for name, words in _ENDS if words.search(context)), None)
    question = next((name for name, words in _QUESTIONS if words.search(own.strip())), None)
    if ends is None or question is None:
        return None
    given: dict[str, list[sp.Expr]] = {}
    for latex in formulas:
        match = _GIVEN.match(tidy(latex))
        value = to_sympy(match.group(2)) if match else None
        if isinstance(value, sp.Expr):
            given.setdefault(re.sub(r"\s+", "", match.group(1)), []).append(value)
    if ends == "dirichlet" and "0" not in [re.sub(r"\s+", "", f) for f in formulas]:
        return None  # "fixed at $0$": the ends' temperature must be 0
    values = {name: set(found) for name, found in given.items()}
    if any(len(values.get(name, ())) != 1 for name in ("L", "k", "u(x,0)")):
        return None
    (length,), (k,), (f,) = values["L"], values["k"], values["u(x,0)"]
    if not (length.is_positive and k.is_positive) or f.free_symbols != {sp.Symbol("x")}:
        return None
    params = {"ends": ends, "k": sp.sstr(k), "length": sp.sstr(length), "f": sp.sstr(f),
              "question": question, "at": "0"}
    if question == "value":
        if len(values.get("x", ())) != 1:
            return None
        params["at"] = sp.sstr(next(iter(values["x"])))
    elif question == "variation time":
        asked = to_sympy(formulas[-1]) if formulas else None  # the part's own target
        if not isinstance(asked, sp.Expr) or not asked.is_positive:
            return None
        params["at"] = sp.sstr(asked)
    elif question == "maximum time":
        params["at"] = "1/2"
    elif question == "extremes" and values.get("t") != {sp.Integer(0)}:
        return None
    return "differential_equations.heat_question", params


# "Consider a wire of length 2, with $k=0.001$ and an initial temperature distribution
# $u(x,0) = 50 x$. Both ends are embedded in ice (temperature 0). Find the solution as a series."
_WIRE = re.compile(r"\bwire of length \$?\s*(\d+(?:\.\d+)?)\s*\$?")
_ICE = re.compile(r"\bends are embedded in ice\b")
_SERIES_ASKED = re.compile(r"\bfind the solution as a series\b|\bwe want to find the temperature "
                           r"function\b")
_CONSTANT = re.compile(r"\$\s*k\s*=\s*([\d.]+)\s*\$")
_DATA = re.compile(r"\$\s*u\s*\(\s*x\s*,\s*0\s*\)\s*=\s*([^$]+)\$")


def read_words(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """A word reader for :data:`formalize.tasks.WORD_READERS`: a wire whose ends are in ice,
    its length, k and initial temperature in the words, its series solution asked."""
    words = " ".join(text.split())
    lowered = words.lower()
    length, constant, data = _WIRE.search(lowered), _CONSTANT.findall(words), _DATA.findall(words)
    if not (_ICE.search(lowered) and _SERIES_ASKED.search(lowered) and length) \
            or len(set(constant)) != 1 or len(set(data)) != 1 or "insulated on" in lowered:
        return None
    f = as_products(to_sympy(data[0]), sp.Symbol("x"))  # "50\\,x\\,(1-x)"
    if not isinstance(f, sp.Expr) or f.free_symbols != {sp.Symbol("x")} \
            or f.atoms(AppliedUndef):
        return None
    return "differential_equations.heat_wave_series", {
        "kind": "heat", "k": sp.sstr(sp.nsimplify(constant[0])),
        "length": sp.sstr(sp.nsimplify(length.group(1))), "ends": "dirichlet",
        "f": sp.sstr(f), "g": "0"}
