"""Read number theory items: the remainder of a number (or a power) divided by one or several
numbers, all integer solutions of a linear Diophantine equation, congruences between numbers
simplified by division, the largest score two kinds of points cannot make.

A word reader (:data:`formalize.tasks.WORD_READERS`): the item's sentences are matched whole
(:mod:`formalize.wording`), every formula must be the number or the equation the phrasing
expects, or the item stays unread.
"""

from __future__ import annotations

import math
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_numbers import (
    CONGRUENT,
    vary_diophantine,
    vary_divided,
    vary_remainders,
    vary_repeating,
    vary_unreachable,
)
from extract.answers import answer_parts
from formalize.discrete import read_congruence
from formalize.latex import to_sympy
from formalize.wording import FORMULA, shape
from ingest.document import formulas_in

Task = tuple[str, dict[str, Any]]
F = re.escape(FORMULA)
_POWER = re.compile(r"^(\d+)(?:\^\{?(\d+)\}?)?$")

# "divided by $9$", "when divided by (a) $2$. (b) $5$. ...", "when divided by 2. 5. 7. 9."
_REMAINDER = re.compile(rf"find the remainder of (\d+|{F}) (?:when )?divided by "
                        r"((?:(?:\([a-h]\) )?\d+[.,]? ?)+)")


def read_remainder(text: str, context: str | None) -> Task | None:
    """"Find the remainder of $3491$ divided by $9$.", "Find the remainder of $3^{456}$ when
    divided by (a) $2$. (b) $5$. (c) $7$. (d) $9$.\""""
    words, formulas = shape(text)
    found = _REMAINDER.fullmatch(words)
    if found is None or context or len(formulas) != (found[1] == FORMULA):
        return None
    number = _POWER.match(formulas[0] if formulas else found[1])
    moduli = [int(m) for m in re.findall(r"\d+", re.sub(r"\([a-h]\)", " ", found[2]))]
    if number is None or min(moduli) < 2:
        return None
    return "number_theory.remainders", {"base": int(number[1]), "exponent": int(number[2] or 1),
                                        "moduli": moduli}


_DIOPHANTINE = re.compile(rf"solve the following linear diophantine equation, using modular "
                          rf"arithmetic \(describe the general solutions\)\. {F}\.?")
_EQUATION = re.compile(r"^(-?\d*)x([+-]\d*)y=(-?\d+)$")


def read_diophantine(text: str, context: str | None) -> Task | None:
    """"Solve the following linear Diophantine equation ... $$6x+10y=32.$$\""""
    words, formulas = shape(text)
    if not _DIOPHANTINE.fullmatch(words) or context:
        return None
    equation = _EQUATION.match(re.sub(r"\s+", "", formulas[0]))
    if equation is None:
        return None

    def coefficient(written: str) -> int:
        return int(written + "1") if written in ("", "+", "-") else int(written)

    a, b = coefficient(equation[1]), coefficient(equation[2])
    return "number_theory.linear_diophantine", {"a": a, "b": b, "c": int(equation[3])}


_CONGRUENCES = re.compile(
    rf"(?:solve the following congruences for x|determine which of the following congruences have "
    rf"solutions, and find any solutions \(between 0 and the modulus\) by trial and error)\. "
    rf"((?:(?:\d\.|\([a-h]\)) )?{F}\.? ?){{2,}}")


def read_congruences(text: str, context: str | None) -> Task | None:
    r""""Solve the following congruences for $x$. 1. $7x\equiv12(\mod13)$. 2. ...": each
    formula one congruence (:func:`formalize.discrete.read_congruence`), all of them asked."""
    words, formulas = shape(text)
    if not _CONGRUENCES.fullmatch(words) or context:
        return None
    asked = [read_congruence([latex], "") for latex in formulas]
    if None in asked:
        return None
    return "number_theory.several", {"questions": [[name, params] for name, params in asked]}


_DIVISION = re.compile(rf"simplify the following congruences? using division: (?:\(a\) )?{F}"
                       rf"(?:(?:,| and),? \([b-h]\) {F})*\.")
_NUMBERS_CONGRUENT = re.compile(r"\s*(\d+)\s*\\equiv\s*(\d+)\s*\(?\s*\\(?:p|b)?mod\s*\{?\s*(\d+)\s*\}?\s*\)?\s*")


def read_division(text: str, context: str | None) -> Task | None:
    r""""Simplify the following congruences using division: (a) $24\equiv39(\mod5)$ and (b)
    $24\equiv39(\mod15)$.": each congruence between numbers divided by its sides' common factor
    (the modulus by the part of it the factor shares)."""
    words, formulas = shape(text)
    if not _DIVISION.fullmatch(words) or context:
        return None
    rows = [[int(v) for v in m.groups()] for f in formulas if (m := _NUMBERS_CONGRUENT.fullmatch(f))]
    if len(rows) != len(formulas) or any(math.gcd(a, b) == 1 or m < 2 or (a - b) % m
                                         for a, b, m in rows):
        return None
    return "number_theory.divided_congruence", {"congruences": rows}


_DECIMAL = re.compile(r"^(\d+)\.(\d+)\s*\\[lc]?dots$")


def read_repeating(text: str, context: str | None) -> Task | None:
    """"Express $0.464646\\dots$ as a fraction.": the repeating block is the shortest one the
    shown digits repeat at least three times, whole, after the digits before it (if any)."""
    words, formulas = shape(text)
    decimal = _DECIMAL.match(formulas[0]) if len(formulas) == 1 else None
    if words != f"express {FORMULA} as a fraction." or decimal is None or context:
        return None
    digits = decimal[2]
    for start in range(len(digits)):
        for size in range(1, (len(digits) - start) // 3 + 1):
            block = digits[start:start + size]
            if (len(digits) - start) % size == 0 and digits[start:] == block * (
                    (len(digits) - start) // size):
                return "number_theory.repeating_decimal", {"whole": int(decimal[1]),
                                                           "before": digits[:start], "block": block}
    return None


_UNREACHABLE = re.compile(r"find the largest number of points that it is impossible for a football team "
                          r"to get exactly, using just (\d+)-point field goals and (\d+)-point "
                          r"touchdowns \(ignore the possibilities of safeties, missed extra points, "
                          r"and two-point conversions\)\. prove your answer is correct by "
                          r"mathematical induction\.")


def read_unreachable(text: str, context: str | None) -> Task | None:
    """"Find the largest number of points that it is impossible for a football team to get
    exactly, using just 3-point field goals and 7-point touchdowns (ignore ...). Prove your
    answer is correct by mathematical induction.": the total out of reach (the proof asked
    for is the reasoning behind that number)."""
    words, formulas = shape(text)
    found = _UNREACHABLE.fullmatch(words)
    if context or formulas or found is None or math.gcd(int(found[1]), int(found[2])) != 1:
        return None
    return "number_theory.largest_unreachable", {"values": [int(found[1]), int(found[2])]}


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    for reader in (read_remainder, read_diophantine, read_congruences, read_division, read_repeating,
                   read_unreachable):
        found = reader(text, context)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- agreement with the book

K = sp.Symbol("k")


def _lattice(pair: sp.Basic) -> tuple[sp.Expr, sp.Expr, sp.Expr, sp.Expr] | None:
    """(x0, y0, dx, dy) of a solution family (x0 + dx k, y0 + dy k), or None for anything else."""
    if not isinstance(pair, sp.Tuple) or len(pair) != 2 or not all(
            isinstance(v, sp.Expr) and v.free_symbols == {K} and v.is_polynomial(K)
            and sp.degree(v, K) == 1 for v in pair):
        return None
    (dx, x0), (dy, y0) = (sp.Poly(v, K).all_coeffs() for v in pair)
    return x0, y0, dx, dy


def compare_numbers(answer: sp.Basic, book_text: str) -> tuple[str, str, str | None] | None:
    """``(status, method, book value)`` for the answers whose comparison this domain decides:
    a Diophantine equation's solutions (:func:`compare_general_solution`), the solution sets
    of several congruences when the book does not label its answers by part ("No solutions.",
    "$x = 2$, $x = 5$, $x = 8$." on lines of their own: which numbers answer which congruence
    is not read, so they are never compared in order with the sets). None otherwise."""
    if isinstance(answer, sp.Basic) and answer.has(CONGRUENT):
        return _compare_divided(answer, book_text)
    if isinstance(answer, sp.Tuple) and any(isinstance(v, sp.Set) for v in answer) \
            and not answer_parts(book_text):
        return "unreadable", "the book's answers to several congruences are not labeled by part", \
            None
    return compare_general_solution(answer, book_text)


def _compare_divided(answer: sp.Basic, book_text: str) -> tuple[str, str, str | None]:
    """Simplified congruences against the last congruence between numbers in each part of the
    book's answer (its first tries, "$8\\equiv13$ $(\\mod15)$ which is no longer true", come
    before)."""
    ours = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    pieces = list(answer_parts(book_text).values()) if len(ours) > 1 else [book_text]
    theirs = []
    for piece in pieces:
        found = [tuple(int(v) for v in m.groups()) for f in formulas_in(piece)
                 if (m := _NUMBERS_CONGRUENT.fullmatch(f.rstrip(". ")))]
        theirs.append(found[-1] if found else None)
    if len(theirs) != len(ours) or None in theirs:
        return "unreadable", "the book's answer gives no congruence between numbers for each part", None
    same = all(tuple(int(v) for v in o.args) == t for o, t in zip(ours, theirs, strict=True))
    shown = "; ".join(f"{a} = {b} (mod {m})" for a, b, m in theirs)
    return ("match" if same else "differs"), "the book's last congruence in each part", shown


def compare_general_solution(answer: sp.Basic, book_text: str) -> tuple[str, str, str] | None:
    """``(status, method, book value)`` for all the integer solutions (x(k), y(k)) of a linear
    Diophantine equation against the book's last "$x = ...$" and "$y = ...$" in k: the same set
    when the steps agree up to sign and the book's k = 0 solution is one of ours. None when the
    answer is not such a pair (another comparison decides)."""
    ours = _lattice(answer)
    if ours is None:
        return None
    found = {}
    for latex in formulas_in(book_text):
        match = re.fullmatch(r"\s*([xy])\s*=\s*([^=]+?)\s*[.,]?\s*", latex)
        if match:
            found[match[1]] = to_sympy(match[2])
    theirs = _lattice(sp.Tuple(found["x"], found["y"])) if {"x", "y"} <= set(found) and all(
        isinstance(v, sp.Expr) for v in found.values()) else None
    if theirs is None:
        return "unreadable", "the book gives no x = ... and y = ... in k", None
    shown = f"x = {found['x']}, y = {found['y']}"
    x0, y0, dx, dy = ours
    shift = (theirs[0] - x0) / dx
    same = {(theirs[2], theirs[3]), (-theirs[2], -theirs[3])} == {(dx, dy), (-dx, -dy)} and \
        shift.is_integer and theirs[1] == y0 + dy * shift
    return ("match" if same else "differs"), ("the integer solutions compared as sets (the book's "
                                              "k may be shifted or reversed)"), shown


# Families whose parameters formalize.variants cannot re-draw by their constants alone.
REDRAW = {
    "number_theory.remainders": vary_remainders,
    "number_theory.linear_diophantine": vary_diophantine,
    "number_theory.repeating_decimal": vary_repeating,
    "number_theory.divided_congruence": vary_divided,
    "number_theory.largest_unreachable": vary_unreachable,
}
