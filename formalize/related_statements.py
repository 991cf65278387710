"""Read "Consider the statement, "If you will give me magic beans, then I will give you a cow."
Decide whether each statement below is the converse, the contrapositive, or neither. (a) If I
will give you a cow, then you will not give me magic beans." into the ``related`` question of
:mod:`exercises.families.textbook_discrete` (``logic.propositional``).

A word reader (:data:`formalize.tasks.WORD_READERS`) for a part whose exercise gives the
implication. Its two clauses become the letters P and Q; each clause of the part must be one of
them word for word, or one of them with a single "not" added ("you will not give me magic
beans"); a part of any other clause, or other words, is left unread.

Also "Consider the statement, "If you major in math, then you will get a high-paying job," and
the statement, "Either you don't major in math, or you will get a high-paying job." In which of
the following cases are both statements true? Select all that apply. A. You major in math and
get a high-paying job. B. ..." (:func:`read_cases`): the first statement's clauses are P and Q,
every other clause one of them, said with or without "you", "will", "do", "don't".
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.parts import asked

Task = tuple[str, dict[str, Any]]
_NAMES = r"the (converse|contrapositive|inverse)"
_ASK = re.compile(rf'^consider the statement,? "if (.+?), then (.+?)\.?,?" decide whether each '
                  rf"statement below is {_NAMES}(?:, {_NAMES})?(?:,? or {_NAMES})?,? or neither\.$")
_FORMS = [(re.compile(r"^if (.+?), then (.+)$"), sp.Implies), (re.compile(r"^(.+?), and (.+)$"), sp.And),
          (re.compile(r"^(.+?), or (.+)$"), sp.Or)]


def _words(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).lower().strip()


def _literal(clause: str, letters: dict[str, sp.Symbol]) -> sp.Basic | None:
    """A clause as P or Q, or as its negation when it has one "not" the letter's clause lacks."""
    if clause in letters:
        return letters[clause]
    without = re.sub(r"\bnot ", "", clause, count=1)
    if without != clause and without in letters:
        return sp.Not(letters[without])
    return None


def read(text: str, context: str | None) -> Task | None:
    """The word reader: the implication and the names offered in the exercise, the statement in
    the part."""
    if context is None:
        return None
    # (the exercise's words before its first part)
    given = _ASK.match(_words(asked(OWN_END + context)))
    if given is None:
        return None
    first, second, *names = given.groups()
    if first == second:
        return None
    letters = {first: sp.Symbol("P"), second: sp.Symbol("Q")}
    own = _words(text).rstrip(".")
    for pattern, connective in _FORMS:
        if found := pattern.match(own):
            parts = [_literal(c, letters) for c in found.groups()]
            if None in parts:
                return None
            candidate = connective(*parts, evaluate=False) if connective is sp.Implies \
                else connective(*parts)
            return "logic.propositional", {
                "op": "related", "names": [n for n in names if n],
                "formulas": [sp.sstr(sp.Implies(letters[first], letters[second],
                                                evaluate=False)), sp.sstr(candidate)]}
    return None


_CASES = re.compile(r'^consider the statement,? "(.+?),?" and the statement,? "(.+?),?" in which of '
                    r"the following cases are both statements true\? select all that apply\. (.+)$")
_STATEMENT = [(re.compile(r"^if (.+?), then (.+?)\.?$"), sp.Implies),
              (re.compile(r"^either (.+?),? or (.+?)\.?$"), sp.Or)]


def _base(clause: str) -> tuple[str, bool]:
    """A clause without its subject "you" and its auxiliary (will, do), and whether it is
    negated ("don't", "do not", "will not")."""
    clause = re.sub(r"^you ", "", clause.strip())
    negated = re.match(r"(?:don't|do not|will not|won't) ", clause)
    return re.sub(r"^(?:don't|do not|will not|won't|will|do) ", "", clause), bool(negated)


def _statement(text: str, letters: dict[str, sp.Symbol]) -> sp.Basic | None:
    for pattern, connective in _STATEMENT:
        if found := pattern.match(text):
            parts = []
            for clause in found.groups():
                base, negated = _base(clause)
                if base not in letters:
                    if len(letters) == 2:
                        return None  # a third clause
                    letters[base] = sp.Symbol("PQ"[len(letters)])
                parts.append(sp.Not(letters[base]) if negated else letters[base])
            return connective(*parts, evaluate=False)
    return None


def read_cases(text: str, context: str | None) -> Task | None:
    """Two statements and the cases offered: in which both are true (each case says, for each
    of the two clauses, whether it holds)."""
    found = None if context else _CASES.match(_words(text))
    if found is None:
        return None
    letters: dict[str, sp.Symbol] = {}
    statements = [_statement(found.group(i), letters) for i in (1, 2)]
    options = re.split(r"(?:^| )[a-h]\. ", " " + found.group(3))
    if None in statements or len(letters) != 2 or options[0].strip() or len(options) < 3:
        return None
    cases = []
    for option in options[1:]:
        clauses = [_base(c) for c in option.strip().rstrip(".").split(" and ")]
        if sorted(b for b, _ in clauses) != sorted(letters):
            return None  # a case must say each clause once, and nothing else
        cases.append([[letters[b].name, not negated] for b, negated in clauses])
    return "logic.propositional", {"op": "cases", "formulas": [sp.sstr(f) for f in statements],
                                   "cases": cases}

