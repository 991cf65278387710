"""Compare a trigonometry book's answers in words and in its cis notation with computed ones.

Where an angle lies is printed as words ("QII", "QI, QIII", "negative y-axis"), and a complex
number in trigonometric form as "$\\sqrt{13}\\,\\text{cis}\\,56.3^\\circ$" (the PDF's text
layer may drop the degree mark: "cis 56.3"). A computed quadrant answer is a name (a SymPy
``Symbol``) or a set of them; a trigonometric form is the pair (r, theta in degrees).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import DECIMALS, to_sympy

_PLACES = re.compile(r"\bQ(?:IV|I{1,3})\b|\b(?:positive|negative) [xy]-axis\b")
PLACES = {"QI", "QII", "QIII", "QIV", "positive x-axis", "positive y-axis", "negative x-axis",
          "negative y-axis"}
# r cis theta: the modulus as printed math, then the angle (a degree mark or not).
_SPACE = r"(?:\\[,;: ]|~|\s)*"
_CIS = re.compile(rf"(\\sqrt\s*\{{[^}}]*\}}|\d+(?:\.\d+)?)?{_SPACE}\\?(?:text\s*\{{\s*)?cis\s*\}}?"
                  rf"{_SPACE}(-?\d+(?:\.\d+)?)")
RELATIVE = sp.Rational(5, 1000)


def is_place(answer: Any) -> bool:
    """A quadrant or half-axis by name, or a set of them."""
    names = list(answer) if isinstance(answer, sp.FiniteSet) else [answer]
    return bool(names) and all(isinstance(n, sp.Symbol) and n.name in PLACES for n in names)


def compare_places(answer: Any, text: str) -> tuple[str, str]:
    """The quadrants and axes the book names (in its words) against the computed ones."""
    said = set(_PLACES.findall(text.replace("$", "")))  # "negative $y$-axis"
    if not said:
        return "unreadable", "the book's answer names no quadrant or axis"
    names = {n.name for n in (answer if isinstance(answer, sp.FiniteSet) else [answer])}
    return ("match" if said == names else "differs"), "the same quadrants and axes, by name"


def compare_cis(answer: sp.Tuple, text: str) -> tuple[str, str] | None:
    """(r, theta in degrees) against the book's "r cis theta"; None when the book has none."""
    match = _CIS.search(text.replace("$", " "))
    if match is None:
        return None
    modulus = to_sympy(match.group(1)) if match.group(1) else sp.Integer(1)
    if not isinstance(modulus, sp.Expr) or not modulus.is_number:
        return "unreadable", "the modulus before cis does not parse"
    spread = RELATIVE if DECIMALS.search(match.group(1) or "") else sp.Rational(1, 10**9)
    angle = sp.Rational(match.group(2))
    digits = DECIMALS.findall(match.group(2))
    tolerance = max(sp.Rational(5, 10 ** (len(digits[0]) + 1)) if digits else 0,
                    RELATIVE * abs(angle))
    r, theta = answer
    same = abs(sp.N(r - modulus, 30)) <= spread * (1 + abs(sp.N(modulus))) and (
        abs(sp.N((theta - angle + 180) % 360 - 180, 30)) <= max(tolerance, sp.Rational(1, 10**9)))
    return ("match" if same else "differs"), "the same modulus and angle (degrees) as r cis theta"
