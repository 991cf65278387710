"""Read questions about the solutions of constant-coefficient linear ODEs from a book item.

"Construct an equation such that $y = C_1 e^{3x} + C_2 e^{-2x}$ is the general solution",
"Find an equation such that $y = \\cos(x)$, $y = \\sin(x)$, $y = e^x$ are solutions", "Suppose
that a fourth-order equation has a solution $y = 2e^{4x} x\\cos x$. a) Find such an equation.",
"the characteristic equation ... has roots $\\pm 2i$ and 3. a) What is the characteristic
equation? b) Find the corresponding differential equation.", and "Are $x$, $x^2$, and $x^4$
linearly independent?". A word reader (it needs the math in place: which formulas are
listed as the functions, which numbers are the roots). A part reads its own question and
takes the data from its exercise; an item that also asks something else (the general
solution, initial conditions) is not read. A part that asks only "Find the general
solution." (of the equation its exercise gives by characteristic roots) or "Find the
initial conditions that the given solution satisfies." is posed as that question.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import tidy, to_sympy
from ingest.document import formulas_in, prose_of

X, R = sp.Symbol("x"), sp.Symbol("r")
_ASK_EQUATION = re.compile(r"\b(?:construct|find|write down|guess) (?:an|such an?|the "
                           r"corresponding) (?:differential )?equation\b")
_ASK_CHARACTERISTIC = re.compile(r"\bwhat is the characteristic equation\b")
_ALSO_ASKED = re.compile(r"\bfind (?:its|the) general solution|\binitial conditions?\b"
                         r"|\bwhat is the characteristic equation\b.*\bequation\b.*\bequation\b")
_ASK_GENERAL = re.compile(r"find the general solution\.?")
_ASK_INITIAL = re.compile(r"find the initial conditions (?:that )?the given solution satisfies\.?")
_INDEPENDENT = re.compile(r"\bAre\s+(.*?)\s+linearly\s+independent\?", re.DOTALL)
_DEFINED = re.compile(r"^\s*([a-z])\s*\(\s*x\s*\)\s*=\s*(.+)$")
_NAMED = re.compile(r"^\s*([a-z])\s*\(\s*x\s*\)\s*$")
_ROOTS = re.compile(r"\broots\s+(.*?)(?:\.\s|\.$|$)", re.DOTALL)
_ORDER = re.compile(r"\b(first|second|third|fourth|fifth|sixth)-order\b")
ORDERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_CONSTANT = re.compile(r"^C_\{?\d\}?$")


def _words(text: str) -> str:
    return " ".join(prose_of(text).lower().split())


def _function(latex: str) -> sp.Expr | None:
    """A function of x alone (``y = ...`` or bare), or None."""
    value = to_sympy(re.sub(r"^\s*y\s*=", "", tidy(latex)))
    if not isinstance(value, sp.Expr) or not value.has(X) or value.free_symbols != {X}:
        return None
    return value


def _independence(text: str) -> tuple[str, dict[str, Any]] | None:
    question = _INDEPENDENT.search(text)
    if question is None:
        return None
    defined = {m.group(1): to_sympy(m.group(2)) for m in map(_DEFINED.match, formulas_in(text))
               if m}
    functions = []
    for latex in formulas_in(question.group(1)):
        named = _NAMED.match(latex)
        value = defined.get(named.group(1)) if named else _function(latex)
        if value == 0 and named:  # "Let $f(x) = 0$"
            value = sp.Integer(0)
        if not isinstance(value, sp.Expr) or not value.free_symbols <= {X}:
            return None
        functions.append(value)
    if len(functions) < 2:
        return None
    return "differential_equations.linear_independence", {
        "functions": [sp.sstr(f) for f in functions]}


def _roots(text: str) -> list[sp.Expr] | None:
    """The characteristic roots an item lists ("has roots $\\pm 2i$ and 3") or whose
    characteristic equation it prints (``(r-1)^2(r-2)^2 = 0``)."""
    words = _words(text)
    if "characteristic equation" not in words:
        return None
    listed = _ROOTS.search(text)
    if listed:
        roots = []
        for piece in re.split(r",|\band\b", listed.group(1)):
            piece = piece.strip().strip("$").strip()
            signs = ("+", "-") if piece.startswith("\\pm") else ("",)
            for sign in signs:
                value = to_sympy(sign + piece.replace("\\pm", "", 1))
                value = value.subs(sp.Symbol("i"), sp.I) if isinstance(value, sp.Expr) else None
                if value is None or not value.is_number:
                    return None
                roots.append(value)
        return roots or None
    for latex in formulas_in(text):
        equation = to_sympy(latex, definition_rhs=False)
        if isinstance(equation, sp.Eq) and (equation.lhs - equation.rhs).free_symbols == {R}:
            polynomial = sp.Poly(equation.lhs - equation.rhs, R)
            found = sp.roots(polynomial)
            if sum(found.values()) != polynomial.degree():
                return None
            return [root for root, count in found.items() for _ in range(count)]
    return None


def _equation(text: str, own: str) -> tuple[str, dict[str, Any]] | None:
    ask = "characteristic" if _ASK_CHARACTERISTIC.search(own) else (
        "equation" if _ASK_EQUATION.search(own) else None)
    if ask is None or _ALSO_ASKED.search(own):
        return None
    params: dict[str, Any] = {"ask": ask}
    order = _ORDER.search(_words(text))
    if order:
        params["order"] = ORDERS[order.group(1)]
    roots = _roots(text)
    if roots is not None:
        if "order" in params and params["order"] != len(roots):
            return None  # a root the reader did not see (or one too many)
        return "differential_equations.equation_from_solutions", {
            **params, "roots": [sp.sstr(root) for root in roots]}
    if ask == "characteristic":
        return None
    if "general solution" in _words(text):
        for latex in formulas_in(text):
            value = to_sympy(latex)
            constants = sorted((s for s in getattr(value, "free_symbols", ()) if _CONSTANT.match(
                s.name)), key=lambda s: s.name)
            if not constants or value.free_symbols != {X, *constants}:
                continue
            functions = [sp.expand(value).coeff(c) for c in constants]
            if sp.expand(value - sum(c * f for c, f in zip(constants, functions))) != 0:
                return None
            return "differential_equations.equation_from_solutions", {
                **params, "functions": [sp.sstr(f) for f in functions], "general": True}
        return None
    if "solution" not in _words(text):
        return None
    functions = list(dict.fromkeys(f for f in map(_function, formulas_in(text)) if f is not None))
    if not functions:
        return None
    return "differential_equations.equation_from_solutions", {
        **params, "functions": [sp.sstr(f) for f in functions]}


def _general_solution(text: str) -> tuple[str, dict[str, Any]] | None:
    """"Find the general solution." of the equation whose characteristic roots its exercise
    lists: the equation built from the roots, posed to solve."""
    roots = _roots(text)
    if roots is None:
        return None
    order = _ORDER.search(_words(text))
    if order and ORDERS[order.group(1)] != len(roots):
        return None
    coefficients = sp.Poly(sp.expand(sp.Mul(*[R - root for root in roots])), R).all_coeffs()[::-1]
    if not all(c.is_rational for c in coefficients):
        return None  # a root without its conjugate: no real equation
    y = sp.Function("y")
    ode = sum(c * y(X).diff(X, k) if k else c * y(X) for k, c in enumerate(coefficients))
    return "differential_equations.solve_ode", {"ode": sp.sstr(ode), "ics": {},
                                                "variable": "x", "unknown": "y"}


def _initial_values(text: str) -> tuple[str, dict[str, Any]] | None:
    """"Find the initial conditions that the given solution satisfies." of "an n-th order
    equation has a solution $y = ...$": y and its n - 1 derivatives at 0."""
    order = _ORDER.search(_words(text))
    functions = [f for f in map(_function, formulas_in(text)) if f is not None]
    if not order or len(functions) != 1:
        return None
    return "differential_equations.initial_values", {
        "function": sp.sstr(functions[0]), "order": ORDERS[order.group(1)], "point": "0"}


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS` (raw text, math in place)."""
    own = _words(text)
    if "linearly independent" in own:
        return _independence(text)
    if _ASK_GENERAL.fullmatch(own) and context:
        return _general_solution(context)
    if _ASK_INITIAL.fullmatch(own) and context:
        return _initial_values(context)
    if "equation" not in own:
        return None
    return _equation(text + ("\n\n" + context if context else ""), own)


def compare_equation(answer: sp.Equality, book_text: str) -> tuple[str, str, str | None]:
    """An equation against the book's (``y''' - 3y'' + 4y' - 12y = 0``, ``r^3 - ... = 0``):
    the same up to a nonzero constant factor. (status, method, the book's equation)."""
    ours = sp.expand(answer.lhs - answer.rhs)
    unknown = sp.Function("y")(X)
    primes = {sp.Symbol("y" + "'" * k): unknown.diff(X, k) if k else unknown for k in range(7)}
    seen = None
    for latex in formulas_in(book_text):
        parsed = to_sympy(latex, definition_rhs=False)
        if not isinstance(parsed, sp.Eq):
            continue
        theirs = sp.expand((parsed.lhs - parsed.rhs).subs(primes))
        if theirs.free_symbols - {X, R} or not theirs.has(unknown, R):
            continue
        seen = sp.sstr(parsed)
        ratio = sp.simplify(theirs / ours)
        if ratio.is_number and ratio != 0:
            return "match", "the same equation up to a constant factor", seen
    if seen is None:
        return "unreadable", "no equation in y and its derivatives (or in r) in the book's answer", None
    return "differs", "no equation of the book's is a constant multiple of the answer", seen
