"""Posed family: is a quantified statement about a predicate given by its table true?

"$P(x,y)$ is true or false according to the following table (x values are rows, y values are
columns) ... decide whether $\\forall y\\exists x P(x,y)$ is true" (Levin's Discrete
Mathematics, 1.1): the domain is finite, so each quantifier is a finite "and" (for all) or
"or" (there exists) over it.

The solver walks the quantifiers from the outside in (``all``/``any`` over the domain); the
check expands each statement into one SymPy boolean formula of the table's entries (``And`` for
a universal quantifier, ``Or`` for an existential one) and simplifies it.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

QUANTIFIERS = ("forall", "exists")


def holds(statement: dict[str, Any], domain: list[int], table: list[list[bool]]) -> bool:
    """The statement's truth, its quantifiers walked from the outside in."""
    def walk(at: int, bound: dict[str, int]) -> bool:
        if at == len(statement["quantifiers"]):
            x, y = (bound[name] for name in statement["arguments"])
            return table[domain.index(x)][domain.index(y)]
        kind, name = statement["quantifiers"][at]
        found = (walk(at + 1, {**bound, name: value}) for value in domain)
        return all(found) if kind == "forall" else any(found)
    return walk(0, {})


def _expanded(statement: dict[str, Any], domain: list[int], table: list[list[bool]]
              ) -> sp.Basic:
    """The statement as one boolean formula of the table's entries, simplified by SymPy."""
    entries = {(x, y): sp.true if table[i][j] else sp.false
               for i, x in enumerate(domain) for j, y in enumerate(domain)}

    def expand(at: int, bound: dict[str, int]) -> sp.Basic:
        if at == len(statement["quantifiers"]):
            return entries[tuple(bound[name] for name in statement["arguments"])]
        kind, name = statement["quantifiers"][at]
        joined = sp.And if kind == "forall" else sp.Or
        return joined(*[expand(at + 1, {**bound, name: value}) for value in domain])
    return sp.simplify_logic(expand(0, {}))


def statement_latex(statement: dict[str, Any]) -> str:
    """"\\forall y \\exists x P(x,y)"."""
    prefix = " ".join(f"\\{kind} {name}" for kind, name in statement["quantifiers"])
    return f"{prefix}\\, P({','.join(statement['arguments'])})"


def _answer(params: dict[str, Any], method: Any) -> sp.Basic:
    found = [sp.true if method(s, params["domain"], params["table"]) in (True, sp.true)
             else sp.false for s in params["statements"]]
    return found[0] if len(found) == 1 else sp.Tuple(*found)


def _table_latex(domain: list[int], table: list[list[bool]]) -> str:
    rows = " \\\\ ".join(f"{x} & " + " & ".join("T" if v else "F" for v in row)
                         for x, row in zip(domain, table, strict=True))
    header = " & ".join(map(str, domain))
    return f"\\begin{{array}}{{c|{'c' * len(domain)}}} & {header} \\\\ \\hline {rows}\\end{{array}}"


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``domain`` (the integers), ``table`` (rows for x, columns for y, booleans),
    ``statements`` (each ``quantifiers``: [kind, variable] from the outside in, and
    ``arguments``: the two variables P is applied to)."""
    answer = _answer(params, holds)
    values = [answer] if len(params["statements"]) == 1 else list(answer)
    shown = [statement_latex(s) for s in params["statements"]]
    domain = ", ".join(map(str, params["domain"]))
    latex = (f"On the domain $\\{{{domain}\\}}$, $P(x,y)$ is given by the table "
             f"$${_table_latex(params['domain'], params['table'])}$$ ($x$ values are rows, $y$ "
             "values are columns). Decide whether each statement is true or false: "
             + "; ".join(f"${s}$" for s in shown) + ".")
    return Problem(
        statement=latex.replace("$", ""),
        statement_latex=latex,
        answer=answer,
        answer_text="; ".join(f"{s}: {'true' if v else 'false'}"
                              for s, v in zip(shown, values, strict=True)),
        steps=[("On a finite domain, $\\forall$ asks every value and $\\exists$ asks some value; "
               "take the quantifiers from the outside in, reading $P$ off the table "
               "(row $x$, column $y$)."),
               *[f"${s}$ is {'true' if v else 'false'}."
                 for s, v in zip(shown, values, strict=True)]],
        code=("import sympy\n\n\n" + inspect.getsource(holds).replace("dict[str, Any]", "dict")
              + f"\n\ndef solve():\n    params = {params!r}\n"
              "    found = [sympy.true if holds(s, params['domain'], params['table'])\n"
              "             else sympy.false for s in params['statements']]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify(problem: Problem) -> list[Check]:
    expected = _answer(problem.params, _expanded)
    return [Check("each statement expanded into one And/Or formula of the table's entries, "
                  "simplified by SymPy", expected == problem.answer)]


def redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new table of the same size; the statements kept."""
    size = len(params["domain"])
    return {**params, "table": [[rng.random() < 0.4 for _ in range(size)] for _ in range(size)]}


REDRAW = {"logic.quantified_table": redraw}


@family("logic.quantified_table", verify=_verify, pose=_pose)
def quantified_table(rng: random.Random, difficulty: int) -> Problem:
    """Whether statements such as "for all y there is an x with P(x,y)" hold, P given by a
    table on a small domain."""
    size = 2 + difficulty
    domain = list(range(1, size + 1))
    statements = []
    for _ in range(2):
        outer, inner = rng.sample(["x", "y"], 2)
        statements.append({"quantifiers": [[rng.choice(QUANTIFIERS), outer],
                                           [rng.choice(QUANTIFIERS), inner]],
                           "arguments": ["x", "y"]})
    return _pose(redraw({"domain": domain, "table": [], "statements": statements}, rng))
