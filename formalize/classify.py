"""Read "Classify the following equations. Are they ODEs or PDEs? ... What is the order? Is it
linear ...?" with one part's equation (or system), ``\\sin(t) \\frac{d^2 x}{dt^2} + \\cos(t) x
= t^2``, ``\\frac{\\partial u}{\\partial t} = \\frac{\\partial^2 u}{\\partial s^2} + u^2``,
``y''+3y+5x=0, \\quad x''+x-y=0``.

The unknowns are the letters differentiated (on top of ``d`` or ``\\partial``, or primed);
the independent variables are the letters below (for primes alone: t when t is written or
x is an unknown, else x). Each derivative is read as one stand-in symbol, then as SymPy's
``Derivative`` of the unknown function, so the posed family
(:mod:`exercises.families.textbook_classify`) gets each equation as ``lhs - rhs``.
A letter that is neither an unknown, a variable nor a named constant ends the reading.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import tidy, to_sympy
from formalize.odes import PARAMETERS

_ASKED = re.compile(r"\bclassify\b")
_KINDS = re.compile(r"\bodes?\b|\bpdes?\b")
_POWER = r"(?:\^\s*\{?\s*(\d)\s*\}?)?"
_PARTIAL = re.compile(r"\\frac\s*\{\s*\\partial\s*" + _POWER + r"\s*([a-zA-Z])\s*\}\s*\{((?:\s*"
                      r"\\partial\s*[a-zA-Z]\s*(?:\^\s*\{?\s*\d\s*\}?)?)+)\s*\}")
_BELOW = re.compile(r"\\partial\s*([a-zA-Z])\s*" + _POWER)
_LEIBNIZ = re.compile(r"\\frac\s*\{\s*d\s*" + _POWER + r"\s*([a-zA-Z])\s*\}\s*\{\s*d\s*([a-zA-Z])"
                      r"\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*\}")
_PRIMED = re.compile(r"([a-zA-Z])\s*(?:('+)|\^\s*\{\s*\(\s*(\d)\s*\)\s*\})")  # tyx': x
_COMMAND = re.compile(r"\\[a-zA-Z]+$")  # the i of \phi' is no unknown
_SPLIT = re.compile(r"\\q?quad(?![a-zA-Z])|,(?![^(]*\))")
_STAND_INS = ["Xi", "Theta", "Lambda", "Upsilon", "Psi", "Omega", "Phi", "Sigma"]


def _derivatives(text: str) -> tuple[str, list[tuple[str, tuple[tuple[str | None, int], ...]]]]:
    """The text with each derivative replaced by a stand-in, and the derivatives in stand-in
    order: (unknown, ((variable or None for primes, times), ...))."""
    found: list[tuple[str, tuple[tuple[str | None, int], ...]]] = []

    def stand_in(derivative: tuple[str, tuple[tuple[str | None, int], ...]]) -> str:
        if derivative not in found:
            found.append(derivative)
        index = found.index(derivative)
        return f" \\{_STAND_INS[index]} " if index < len(_STAND_INS) else " \\unread "

    text = _PARTIAL.sub(lambda m: stand_in((m.group(2), tuple(
        (v, int(k or 1)) for v, k in _BELOW.findall(m.group(3))))), text)
    text = _LEIBNIZ.sub(lambda m: stand_in((m.group(2), ((m.group(3), int(m.group(1) or 1)),))),
                        text)
    text = _PRIMED.sub(lambda m: m.group(0) if _COMMAND.search(m.string[:m.end(1)]) else stand_in(
        (m.group(1), ((None, len(m.group(2)) if m.group(2) else int(m.group(3))),))), text)
    return text, found


def read_equations(latex: str) -> dict[str, Any] | None:
    """``{"equations": [[lhs, rhs], ...], "unknowns": [...], "variables": [...]}`` (SymPy strings,
    unknowns applied to the variables) for one formula of one or more differential equations."""
    text, derivatives = _derivatives(tidy(latex).strip().rstrip(".,;"))
    if not derivatives or len(derivatives) > len(_STAND_INS):
        return None
    unknowns = sorted({name for name, _ in derivatives})
    below = {v for _, taken in derivatives for v, _ in taken if v is not None}
    primed = any(v is None for _, taken in derivatives for v, _ in taken)
    if primed and len(below) > 1:
        return None
    if below:
        variables = sorted(below)
    else:
        variables = ["t" if "t" in re.sub(r"\\[a-zA-Z]+", "", text) or "x" in unknowns else "x"]
    if set(variables) & set(unknowns):
        return None
    # F(x), u(x, y): the unknown written with its variables is the unknown
    arguments = r"\s*\(\s*" + r"\s*,\s*".join(variables) + r"\s*\)"
    text = re.sub(r"(?<![a-zA-Z\\])(" + "|".join(unknowns) + ")" + arguments, r" \1 ", text)
    functions = {u: sp.Function(u)(*map(sp.Symbol, variables)) for u in unknowns}
    stand_ins = {}
    for name, (unknown, taken) in zip(_STAND_INS, derivatives, strict=False):
        steps = [(sp.Symbol(v or variables[0]), k) for v, k in taken]
        stand_ins[sp.Symbol(name)] = sp.Derivative(functions[unknown], *steps)
    equations = []
    for piece in _SPLIT.split(text):
        if not piece.strip():
            continue
        parsed = to_sympy(piece, definition_rhs=False)
        if not isinstance(parsed, sp.Eq) or parsed.atoms(sp.core.function.AppliedUndef):
            return None
        known = set(stand_ins) | {sp.Symbol(v) for v in variables}
        others = parsed.free_symbols - known - {sp.Symbol(u) for u in unknowns}
        if any(s.name not in PARAMETERS for s in others):
            return None
        replace = {**stand_ins, **{sp.Symbol(u): f for u, f in functions.items()}}
        sides = [side.xreplace(replace) for side in (parsed.lhs, parsed.rhs)]
        equations.append([sp.sstr(side) for side in sides])
    if not equations or not any(any("Derivative" in side for side in eq) for eq in equations):
        return None
    return {"equations": equations, "unknowns": unknowns, "variables": variables}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: one formula (a part's own) under
    "Classify the following equations. Are they ODEs or PDEs? ..."."""
    if len(formulas) != 1 or not _ASKED.search(prose) or not _KINDS.search(prose):
        return None
    if _ASKED.search(prose.partition(OWN_END)[0]) and not _KINDS.search(prose.partition(OWN_END)[0]):
        return None  # its own words ask to classify something else (critical points)
    task = read_equations(formulas[0])
    return None if task is None else ("differential_equations.classify_equation", task)


# ---------------------------------------------------------------- the book's answer

_KIND_NAMES = {"ODE", "PDE"}
# The book's words for each verdict, the negated spelling first ("nonlinear" holds "linear").
_VERDICTS = [("kind", r"\bPDE\b", "PDE", r"\bODE\b", "ODE"),
             ("count", r"\bsystem\b", "system", r"\bequation\b", "equation"),
             ("linear", r"\bnon-?linear\b", "nonlinear", r"\blinear\b", "linear"),
             ("homogeneous", r"\b(?:non|in)-?homogeneous\b", "nonhomogeneous", r"\bhomogeneous\b",
              "homogeneous"),
             ("constant", r"\bnot constant[- ]coefficients?\b", "not constant-coefficient",
              r"\bconstant[- ]coefficients?\b", "constant-coefficient"),
             ("autonomous", r"\bnot autonomous\b|\bnon-?autonomous\b", "not autonomous",
              r"\bautonomous\b", "autonomous")]
_ORDER = re.compile(r"(\d+)\s*(?:st|nd|rd|th)?\s*-?\s*order\b")


def is_classification(answer: Any) -> bool:
    """A classify_equation answer: (ODE/PDE, equation/system, order, linear/nonlinear, ...)."""
    return isinstance(answer, sp.Tuple) and len(answer) >= 4 and isinstance(
        answer[0], sp.Symbol) and answer[0].name in _KIND_NAMES and answer[2].is_Integer


def compare_classification(answer: sp.Tuple, book_text: str) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: each verdict the book states against ours; the book
    must state at least the kind, the order and linearity (else unreadable)."""
    text = re.sub(r"\\text\s*\{([^}]*)\}", r"\1", book_text)
    text = re.sub(r"[${}^\\]", "", text)
    ours = {v.name for v in answer if isinstance(v, sp.Symbol)}
    said, differs = [], []
    for _, negated, no, plain, yes in _VERDICTS:
        if re.search(negated, text):
            word = no
            if re.search(plain, re.sub(negated, "", text)):
                return "unreadable", f"the book's words say both {yes} and {no}", None
        elif re.search(plain, text):
            word = yes
        else:
            continue
        said.append(word)
        if word not in ours:
            differs.append(word)
    orders = {int(n) for n in _ORDER.findall(text)}
    if len(orders) > 1 or not orders or not {"ODE", "PDE"} & set(said) \
            or not {"linear", "nonlinear"} & set(said):
        return "unreadable", "the book's words do not state the kind, one order and linearity", None
    order = orders.pop()
    said.insert(2, f"order {order}")
    if order != int(answer[2]):
        differs.append(f"order {order}")
    return ("differs" if differs else "match"), "each verdict the book states, in its words", \
        ", ".join(said)
