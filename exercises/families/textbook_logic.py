"""A posed family for propositional logic: push every negation onto a letter.

"Simplify $\\neg(P \\to \\neg Q)$ (so that negation only appears right before variables)" is
read by :mod:`formalize.logic` into the statement's SymPy text. SymPy's ``to_nnf`` finds the
negation normal form (implications and biconditionals written with and/or, De Morgan's laws,
double negations dropped); the check walks every row of the truth table of both statements with
the connectives' own tables (no SymPy logic) and confirms each negation stands on a letter.
"""

from __future__ import annotations

import random
from typing import Any

import sympy as sp
from sympy.logic.boolalg import eliminate_implications

from exercises.families.textbook import latex
from exercises.families.textbook_discrete import _rows, _truth, statement
from exercises.family import Check, Problem, family


def negations_on_letters(expr: sp.Basic) -> bool:
    """Only and, or and not, each not on a letter: the form the books ask for."""
    if isinstance(expr, sp.Symbol):
        return True
    if isinstance(expr, sp.Not):
        return isinstance(expr.args[0], sp.Symbol)
    return isinstance(expr, (sp.And, sp.Or)) and all(map(negations_on_letters, expr.args))


def _pose_negation(params: dict[str, Any]) -> Problem:
    """``params``: ``formula`` (SymPy text with And, Or, Not, Implies, Equivalent over capital
    letters)."""
    given = statement(params["formula"])
    without = eliminate_implications(given)
    answer = sp.to_nnf(given, simplify=False)
    return Problem(
        statement=f"Simplify {sp.sstr(given)} so that negation only appears right before letters.",
        statement_latex=(f"Simplify ${latex(given)}$ so that negation only appears right before "
                         "letters."),
        answer=answer,
        steps=[f"Write the implications and biconditionals with and, or, not: ${latex(without)}$.",
               ("Move each negation inward by De Morgan's laws ($\\neg(A \\wedge B) \\equiv \\neg A "
               "\\vee \\neg B$, $\\neg(A \\vee B) \\equiv \\neg A \\wedge \\neg B$) and drop double "
               f"negations: ${latex(answer)}$.")],
        code=("import sympy\n\n\ndef solve():\n"
              "    letters = {chr(c): sympy.Symbol(chr(c)) for c in range(65, 91)}\n"
              f"    given = sympy.sympify({params['formula']!r}, locals=letters)\n"
              "    return sympy.to_nnf(given, simplify=False)\n"),
        params=params,
    )


def _verify_negation(problem: Problem) -> list[Check]:
    given = statement(problem.params["formula"])
    rows = _rows([given, problem.answer])
    return [Check(f"the same truth value in all {len(rows)} rows of the truth table",
                  all(_truth(given, r) == _truth(problem.answer, r) for r in rows)),
            Check("each negation stands right before a letter",
                  negations_on_letters(problem.answer))]


@family("logic.negation_normal_form", verify=_verify_negation, pose=_pose_negation)
def negation_normal_form(rng: random.Random, difficulty: int) -> Problem:
    """The negation of an implication or a conjunction of statements in P, Q, R."""
    letters = sp.symbols("P Q R")[: 2 + (difficulty >= 3)]

    def formula(depth: int) -> sp.Basic:
        if depth == 0:
            letter = rng.choice(letters)
            return sp.Not(letter) if rng.random() < 0.4 else letter
        op = rng.choice([sp.And, sp.Or, sp.Implies])
        return op(formula(depth - 1), formula(rng.randint(0, depth - 1)), evaluate=False)

    return _pose_negation({"formula": sp.sstr(sp.Not(formula(1 + difficulty // 2)))})
