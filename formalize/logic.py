r"""Read a statement to simplify: "Simplify $\neg(P \to \neg Q)$ (so that negation only appears
right before variables)", "Simplify ... (so negation appears only directly next to predicates).
$\neg \exists x \forall y (\neg O(x) \vee E(y))$".

The posed family is :mod:`exercises.families.textbook_logic`. Strict: the item (or part) holds
one propositional formula (capital letters and connectives), or statements of predicate logic
(quantifiers, predicates, relations between sums of variables) and nothing but their labels
after the instruction; its words (or its exercise's instruction) ask to simplify them. The
book's answer is compared as logic, not as text: every statement it prints must be equivalent to
ours (a propositional one in every row of the truth table, one of predicate logic in every small
model, :func:`exercises.families.textbook_logic.equivalent`).
"""

from __future__ import annotations

import random
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_discrete import _rows, _truth
from exercises.families.textbook_logic import (
    answer_formula,
    equivalent,
    formula_latex,
    law_of_logic,
    parse_formula,
)
from formalize import OWN_END, discrete
from formalize.parts import asked, own_formulas
from formalize.sets import expression
from ingest.document import formulas_in

Task = tuple[str, dict[str, Any]]
_SIMPLIFY = re.compile(r"\bsimplify\b")
# Words that ask something besides the simplified statement.
_OTHER = re.compile(r"\btruth table|\btranslate|\bequivalent to each other|\bprove|\bexplain")


# After the instruction's sentence, an item of several statements holds only their labels.
_INSTRUCTION = re.compile(r"^.*?\bsimplify\b.*?[.:](?=\s|$)")
_LABELS = re.compile(r"\(?[a-h]\)|\b[a-h]\.|[\s.,;]")


def read(formulas: list[str], prose: str, intent: str | None) -> Task | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    words = asked(prose)
    own = own_formulas(formulas, prose)
    if not _SIMPLIFY.search(words) or _OTHER.search(words) or not own:
        return None
    if len(own) == 1:
        parsed = discrete.proposition(own[0])
        if parsed is not None and not isinstance(parsed, sp.Symbol):
            return "logic.negation_normal_form", {"formula": sp.sstr(parsed)}
    statements = [parse_formula(f) for f in own]
    if None in statements or all(f[0] == "pred" for f in statements):  # type: ignore[index]
        return None  # (a bare letter is no statement to simplify)
    if len(own) > 1:
        instruction = _INSTRUCTION.match(prose.partition(OWN_END)[0])
        if instruction is None or _LABELS.sub("", prose.partition(OWN_END)[0][instruction.end():]):
            return None  # words besides the statements: a part asked in words ("There is ...")
    return "logic.negation_normal_form", {"statements": own}


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same connectives; the letters permuted and some of them negated (statements of
    predicate logic: some quantifiers switched)."""
    if "statements" in params:
        return {**params, "statements": [_switched(t, rng) for t in params["statements"]]}
    drawn = discrete.REDRAW["logic.propositional"]({"formulas": [params["formula"]]}, rng)
    return {**params, "formula": drawn["formulas"][0]}


def _formulas(answer: Any) -> list[list[Any]] | None:
    """The statements of predicate logic an answer names (one, or a tuple of them), or None."""
    found = [answer_formula(a) for a in (answer if isinstance(answer, sp.Tuple) else [answer])]
    return None if not found or None in found else found  # type: ignore[return-value]


def _switched(latex: str, rng: random.Random) -> str:
    """The statement with each quantifier switched at random (at least one when it has any)."""
    marks = list(re.finditer(r"\\(forall|exists)(?![a-z])", latex))
    if not marks:
        return latex
    chosen = {i for i in range(len(marks)) if rng.random() < 0.5} or {rng.randrange(len(marks))}
    pieces, at = [], 0
    for i, mark in enumerate(marks):
        other = {"forall": "exists", "exists": "forall"}[mark.group(1)] if i in chosen else mark.group(1)
        pieces += [latex[at:mark.start()], "\\" + other]
        at = mark.end()
    return "".join(pieces) + latex[at:]


def is_statement(answer: Any) -> bool:
    """A propositional statement in capital letters (not a bare truth value, not a condition
    on numbers), or statements of predicate logic (:func:`_formulas`)."""
    if _formulas(answer) is not None:
        return True
    return (isinstance(answer, sp.logic.boolalg.BooleanFunction) and bool(answer.free_symbols)
            and not answer.atoms(sp.core.relational.Relational)  # x > 1 & x < 3: numbers
            and all(re.fullmatch(r"[A-Z]", s.name) for s in answer.free_symbols))


def compare_statements(answer: sp.Basic, text: str) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: each statement the book's answer prints against ours,
    row by row of the truth table; all must agree (a book that offers two forms, one with a
    misprint, differs). Statements of predicate logic are compared in every small model, one
    book statement to each of ours when the book prints as many, else each against ours."""
    ours = _formulas(answer)
    if ours is not None:
        return _compare_formulas(ours, text)
    book = [f for f in map(discrete.proposition, formulas_in(text))
            if f is not None and not isinstance(f, sp.Symbol)]
    if not book:
        return "unreadable", "no statement in the book's answer parses", None
    method = "logically equivalent (every row of the truth table)"
    for formula in book:
        rows = _rows([answer, formula])
        if not all(_truth(answer, r) == _truth(formula, r) for r in rows):
            return "differs", method, sp.sstr(formula)
    return "match", method, sp.sstr(book[-1])


def _compare_formulas(ours: list[list[Any]], text: str) -> tuple[str, str, str | None]:
    book = [f for f in map(parse_formula, formulas_in(text)) if f is not None and f[0] != "pred"]
    method = "logically equivalent (every model on domains of up to three numbers)"
    if not book or (len(ours) > 1 and len(book) != len(ours)):
        return "unreadable", "no statement (or not one per part) in the book's answer parses", None
    pairs = zip(ours, book, strict=True) if len(book) == len(ours) else ((ours[0], b) for b in book)
    for mine, theirs in pairs:
        if not equivalent(mine, theirs):
            return "differs", method, formula_latex(theirs)
    return "match", method, "; ".join(map(formula_latex, book))[:200]


_LAWS = re.compile(r"\bwhich of the following statements (?:is|are) (?:a )?laws? of logic\b")
_ALWAYS = re.compile(r"\bwhich of the following are always true\?")
_CHOICE = re.compile(r"^\s*([A-H])\.\s*(.+?)\s*$")


def _choices(text: str) -> list[str] | None:
    """The statements offered as A. B. C. ...: one a line, or the lines of one display."""
    lines = [line for f in formulas_in(text) if "\\\\" in f
             for line in f.split("\\\\")] or [line for line in text.split("\n") if _CHOICE.match(line)]
    found = [_CHOICE.match(line) for line in lines]
    if not found or None in found or [m.group(1) for m in found] != [  # type: ignore[union-attr]
            chr(65 + i) for i in range(len(found))]:
        return None
    return [m.group(2).rstrip(".") for m in found]  # type: ignore[union-attr]


_ANY_SETS = re.compile(r"^for any sets \$([A-Z])\$ and \$([A-Z])\$, (?:if \$([^$]+)\$, then )?"
                       r"\$([^$]+)\$$", re.IGNORECASE)
_SET_RELATION = re.compile(r"^(.+?)(\\subseteq|=)(.+)$")


def _set_statement(option: str) -> list[Any] | None:
    """"For any sets $A$ and $B$, if $A \\subseteq B$, then $A \\cup B \\subseteq B$" as a
    statement tree of :func:`exercises.families.textbook_logic.always_holds`."""
    found = _ANY_SETS.match(" ".join(option.split()).rstrip("."))
    if found is None:
        return None
    names = {found.group(1), found.group(2)}

    def relation(latex: str) -> list[Any] | None:
        parts = _SET_RELATION.match(latex.strip().rstrip("."))
        if parts is None:
            return None
        sides = [expression(parts.group(i), names) for i in (1, 3)]
        if None in sides or not all(_plain(t) for t in sides):
            return None
        return ["subset" if parts.group(2) == "\\subseteq" else "equal", *sides]

    then = relation(found.group(4))
    if found.group(3) is None:
        return then
    given = relation(found.group(3))
    return None if given is None or then is None else ["implies", given, then]


def _plain(tree: Any) -> bool:
    """Names, unions, intersections and differences only (what always_holds evaluates)."""
    return isinstance(tree, str) or (tree[0] in ("union", "inter", "minus")
                                     and all(map(_plain, tree[1:])))


def read_laws(text: str, context: str | None) -> Task | None:
    """A word reader: "Which of the following statements is a law of logic? ... Select all that
    apply. A. $\\forall x(P(x) \\vee \\neg P(x))$. B. ..." (a statement about numbers, or one
    no small counterexample decides, leaves the item unread)."""
    words = " ".join(text.lower().split())
    if context is not None or not (_LAWS.search(words) or _ALWAYS.search(words)):
        return None
    statements = _choices(text)
    if statements is None:
        return None
    if _ALWAYS.search(words):
        trees = [_set_statement(s) for s in statements]
        return None if None in trees else ("logic.laws_of_logic", {"sets": trees})
    statements = [s.replace("$", "") for s in statements]
    try:
        if any(parse_formula(s) is None for s in statements):
            return None
        for s in statements:
            law_of_logic(parse_formula(s))  # type: ignore[arg-type]
    except ValueError:
        return None
    return "logic.laws_of_logic", {"statements": statements}


# Families whose parameters formalize.variants re-draws through this module.
REDRAW = {"logic.negation_normal_form": vary}
