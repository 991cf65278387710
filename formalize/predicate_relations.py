"""Read "Which of the following relations on the integers are reflexive? (a) $x\\sim y$ if and
only if $x+y$ is odd. (b) ..." into :mod:`exercises.families.textbook_predicate_relations`.

A word reader (:data:`formalize.tasks.WORD_READERS`): the condition is half formula, half
words ("$y-x$ is a multiple of $10$"). The set ("on the integers") and the properties asked
come from the item's instruction, its own or its exercise's (a part is one condition). Strict:
every formula of the item belongs to a condition read here; the conditions must name the
same two letters; an item that asks for a proof, an explanation or an example, or whose
properties cannot all be decided exactly (:func:`decide`), is left unread.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from exercises.families.textbook_predicate_relations import PROPERTIES, decide, holds, terms
from formalize.counting import plain
from formalize.latex import to_sympy
from ingest.document import formulas_in

Task = tuple[str, dict[str, Any]]
# "$x\sim y$ if and only if $x+y$ is odd."; the condition runs to the sentence's end.
_CLAUSE = re.compile(r"\$([a-z])\s*\\sim\s*([a-z])\$,? (?:if and only if|iff|provided|when) "
                     r"(.+?)\.(?=\s|$)")
_WORDS = [(re.compile(r"^\$([^$]+)\$ is (odd|even)$"), None),
          (re.compile(r"^\$([^$]+)\$ is (?:a multiple of|divisible by) (\d+)$"), "multiple"),
          (re.compile(r"^\$([^$]+)\$ is an integer$"), "integer"),
          (re.compile(r"^\$([^$]+)\$ is (positive|negative|non-?negative|non-?positive|zero)$"),
           "sign")]
_SIGNS = {"positive": ">", "negative": "<", "nonnegative": ">=", "non-negative": ">=",
          "nonpositive": "<=", "non-positive": "<=", "zero": "="}
_COMPARISON = {sp.StrictGreaterThan: ">", sp.GreaterThan: ">=", sp.StrictLessThan: "<",
               sp.LessThan: "<=", sp.Equality: "=", sp.Unequality: "!="}
_DOMAINS = [(re.compile(r"\bon (?:the (?:set of (?:all )?)?integers|\$\\mathbb\{z\}\$)"), "Z"),
            (re.compile(r"\bon (?:the (?:set of (?:all )?)?natural numbers|\$\\mathbb\{n\}\$)"),
             "N")]
_OTHER = re.compile(r"\bprove|\bexplain|\bexample|\bjustify|\bwhy\b|\bdraw|\bgraph|\bclosure"
                    r"|\bequivalence|\bpartition|\bhow many")


def _polynomial(expr: sp.Basic | None, first: str, second: str) -> str | None:
    """The expression as a polynomial in x and y with integer coefficients, or None."""
    letters = {sp.Symbol(first): sp.Symbol("x"), sp.Symbol(second): sp.Symbol("y")}
    if not isinstance(expr, sp.Expr) or not expr.free_symbols <= set(letters):
        return None
    expr = sp.expand(expr.subs(letters, simultaneous=True))
    try:
        poly = sp.Poly(expr, *letters.values())
    except sp.PolynomialError:
        return None
    if not all(c.is_Integer for c in poly.coeffs()):
        return None
    return sp.sstr(expr)


def condition(words: str, first: str, second: str) -> dict[str, Any] | None:
    """One condition ("$x+y$ is odd", "$xy\\geq0$") as the family's relation, or None."""
    words = words.strip()
    whole = re.fullmatch(r"\$([^$]+)\$", words)
    if whole:  # "$xy\geq0$", "$x=2y$": a comparison, read as its two sides' difference and 0
        latex = whole.group(1).replace("\\gt", ">").replace("\\lt", "<")  # MathJax's \gt
        relation = to_sympy(latex, definition_rhs=False)
        test = _COMPARISON.get(type(relation))
        if test is None:
            return None
        expr = _polynomial(relation.lhs - relation.rhs, first, second)
        return {"expr": expr, "test": test} if expr else None
    for pattern, kind in _WORDS:
        found = pattern.fullmatch(words)
        if not found:
            continue
        expr = _polynomial(to_sympy(found.group(1)), first, second)
        if expr is None:
            return None
        if kind is None:
            return {"expr": expr, "test": found.group(2)}
        if kind == "multiple":
            return {"expr": expr, "test": "multiple", "modulus": int(found.group(2))}
        if kind == "integer":
            return {"expr": expr, "test": "multiple", "modulus": 1}
        return {"expr": expr, "test": _SIGNS[found.group(2)]}
    return None


# Exercise 2.6.6.1: "Consider the relation $R$ defined on the integers that holds of $a$ and $b$
# precisely if $b-a\geq4$. So for example, $(2,7)\in R$ but $(8,6)\notin R$. Which of the
# following properties of relations does $R$ have? A. $R$ is reflexive. B. ..."
_HOLDS = re.compile(r"consider the relation ([a-z]) defined (on [^.]+?) that holds of ([a-z]) and "
                    r"([a-z]) precisely if (\$[^$]+\$)\. so for example, \$\((-?\d+),(-?\d+)\) ?"
                    r"\\in \1\$ but \$\((-?\d+),(-?\d+)\) ?\\notin \1\$\. which of the following "
                    r"properties of relations does \1 have\? ((?:[a-e]\. \1 is [a-z]+\. ?)+)")


def _holds(own: str) -> Task | None:
    """A relation on a set given by a condition on a and b, its two examples (one related, one
    not) checked against the condition, and the properties its choices name."""
    found = _HOLDS.fullmatch(own)
    if found is None:
        return None
    domain = next((name for pattern, name in _DOMAINS if pattern.match(found[2])), None)
    relation = condition(found[5], found[3], found[4])
    asked = re.findall(rf"[a-e]\. {found[1]} is ([a-z]+)\.", found[10])
    if domain is None or relation is None or len(asked) != len(set(asked)) or not set(
            asked) <= set(PROPERTIES):
        return None
    related, unrelated = (int(found[6]), int(found[7])), (int(found[8]), int(found[9]))
    polynomial = terms(relation)
    if not holds(relation, polynomial, *related) or holds(relation, polynomial, *unrelated):
        return None  # the examples do not fit the condition as read
    asked = [p for p in PROPERTIES if p in asked]
    if decide(relation, domain, asked) is None:
        return None
    return "relations.predicate_properties", {"domain": domain, "relations": [relation],
                                              "properties": asked}


def read(text: str, context: str | None) -> Task | None:
    """The word reader: the item's conditions, its exercise's set and properties."""
    own = plain(text)
    if not context and (found := _holds(own)):
        return found
    clauses = list(_CLAUSE.finditer(own))
    if not clauses or "\\sim" not in text:
        return None
    letters = {(c.group(1), c.group(2)) for c in clauses}
    if len(letters) != 1 or len(set(next(iter(letters)))) != 2:
        return None
    first, second = letters.pop()
    relations = [condition(c.group(3), first, second) for c in clauses]
    if not all(relations):
        return None
    # Every formula of the item belongs to a condition: nothing else is asked of it.
    inside = sum(len(formulas_in(c.group(0))) for c in clauses)
    if len(formulas_in(own)) != inside:
        return None
    instruction = _CLAUSE.sub(" ", own) + " " + _CLAUSE.sub(" ", plain(context or ""))
    if _OTHER.search(instruction):
        return None
    domain = next((name for pattern, name in _DOMAINS if pattern.search(instruction)), None)
    asked = [p for p in PROPERTIES if re.search(rf"\b{p}\b", instruction)]
    if domain is None or not asked:
        return None
    if any(decide(r, domain, asked) is None for r in relations):
        return None
    return "relations.predicate_properties", {"domain": domain, "relations": relations,
                                              "properties": asked}
