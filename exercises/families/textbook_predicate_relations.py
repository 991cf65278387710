"""Posed family: which properties a relation on the integers, given by a condition, has.

"Which of the following relations on the integers are transitive? $x \\sim y$ if and only if
$x+y$ is odd; ... if and only if $xy \\geq 0$; ... if and only if $y-x$ is a multiple of $10$."
(:mod:`formalize.predicate_relations` reads these.) The relation is infinite, so its pairs
cannot be listed as :mod:`exercises.families.textbook_relations` lists a finite one.

The solver decides each property exactly, or not at all (:func:`decide` returns None, and the
item is left unread):

- a condition that depends only on ``x`` and ``y`` modulo ``m`` ("$x+y$ is odd", "$y-x$ is a
  multiple of 10") or only on their signs ("$xy \\geq 0$", "$xy$ is positive") is decided on its
  residue or sign classes, every one infinite but the sign class of 0;
- otherwise a property fails on a counterexample found among small integers, and holds only
  by a proof SymPy gives: reflexive or irreflexive by solving the one-variable condition
  ``x ~ x`` over the integers, symmetric when swapping ``x`` and ``y`` leaves the condition
  as it is, antisymmetric when the two equations ``x ~ y``, ``y ~ x`` force ``x = y``.

The check is a second method: every pair and triple of integers in ``[-40, 40]`` walked,
the condition evaluated in plain integer arithmetic from its polynomial's terms.
"""

from __future__ import annotations

import inspect
import random
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

PROPERTIES = ("reflexive", "irreflexive", "symmetric", "antisymmetric", "transitive")
X, Y = sp.symbols("x y", integer=True)
TESTS = ("odd", "even", "multiple", ">", ">=", "<", "<=", "=", "!=")
SEARCH = 12  # counterexamples are looked for among the integers in [-SEARCH, SEARCH]
WALK = 40  # the check walks [-WALK, WALK]
_OPERATORS = {">": sp.Gt, ">=": sp.Ge, "<": sp.Lt, "<=": sp.Le, "=": sp.Eq, "!=": sp.Ne}


def terms(relation: dict[str, Any]) -> list[tuple[int, int, int]]:
    """The condition's polynomial as (coefficient, power of x, power of y) integer terms."""
    poly = sp.Poly(sp.sympify(relation["expr"], locals={"x": X, "y": Y}), X, Y)
    found = [(int(c), i, j) for (i, j), c in poly.terms()]
    if any(sp.Integer(c) != c for c, _, _ in found):
        raise ValueError("the condition's polynomial must have integer coefficients")
    return found


def holds(relation: dict[str, Any], polynomial: list[tuple[int, int, int]], x: int, y: int
          ) -> bool:
    """Is x ~ y? The polynomial evaluated in integers, then the test."""
    value = sum(c * x**i * y**j for c, i, j in polynomial)
    test, m = relation["test"], relation.get("modulus", 1)
    return {"odd": value % 2 == 1, "even": value % 2 == 0, "multiple": value % m == 0,
            ">": value > 0, ">=": value >= 0, "<": value < 0, "<=": value <= 0,
            "=": value == 0, "!=": value != 0}[test]


def _on(relation: dict[str, Any], values: list[int]) -> dict[str, bool]:
    """Each property over ``values`` by its definition (every element, pair and triple)."""
    polynomial = terms(relation)
    related = {(a, b) for a in values for b in values if holds(relation, polynomial, a, b)}
    return {
        "reflexive": all((a, a) in related for a in values),
        "irreflexive": all((a, a) not in related for a in values),
        "symmetric": all((b, a) in related for a, b in related),
        "antisymmetric": all(a == b or (b, a) not in related for a, b in related),
        "transitive": all((a, c) in related for a, b in related for c in values
                          if (b, c) in related),
    }


def _classes(relation: dict[str, Any], domain: str) -> list[int] | None:
    """Integers standing for every class the condition sees, three of each infinite class,
    when it sees only residues modulo m (a parity or multiple test) or only signs (a single
    term compared with 0); None otherwise."""
    polynomial = terms(relation)
    low = 0 if domain == "N" else None
    if relation["test"] in ("odd", "even", "multiple"):
        m = 2 if relation["test"] != "multiple" else relation["modulus"]
        return list(range(0 if low == 0 else -3 * m, 3 * m))
    if len(polynomial) == 1 and relation.get("rhs", 0) == 0:
        return [0, 1, 2, 3] if low == 0 else [-3, -2, -1, 0, 1, 2, 3]
    return None


def _condition(relation: dict[str, Any], x: sp.Symbol, y: sp.Symbol) -> sp.Basic:
    expr = sp.sympify(relation["expr"], locals={"x": X, "y": Y}).subs({X: x, Y: y},
                                                                       simultaneous=True)
    return _OPERATORS[relation["test"]](expr, 0)


def _proved(relation: dict[str, Any], domain: str, name: str) -> bool:
    """A proof that the property holds, by SymPy, for a condition that sees more than classes:
    reflexive or irreflexive from ``x ~ x`` solved over the integers; symmetric when swapping
    x and y gives back the condition; antisymmetric when the equations ``x ~ y`` and
    ``y ~ x`` have only solutions with x = y. A condition on the gap d = y - x alone ("$b-a\\geq
    4$"): antisymmetric when no d but 0 has d and -d both related; transitive when the related
    gaps are a ray from 0 or beyond (then the sum of two related gaps is related)."""
    if relation["test"] not in _OPERATORS:
        return False
    integers = sp.S.Naturals0 if domain == "N" else sp.S.Integers
    t = sp.Symbol("t", real=True)
    if name in ("reflexive", "irreflexive"):
        itself = _condition(relation, t, t)
        wanted = sp.Not(itself) if name == "reflexive" else itself
        found = sp.solveset(wanted, t, sp.S.Reals)
        return isinstance(found, sp.Set) and not isinstance(found, sp.ConditionSet) and \
            sp.Intersection(found, integers).is_empty is True
    if name == "symmetric":
        here, swapped = _condition(relation, X, Y), _condition(relation, Y, X)
        if relation["test"] in ("=", "!="):
            return sp.expand(here.lhs - swapped.lhs) == 0 or sp.expand(here.lhs + swapped.lhs) == 0
        return sp.expand(here.lhs - swapped.lhs) == 0
    gap = sp.Symbol("d", integer=True)
    shifted = sp.expand(sp.sympify(relation["expr"], locals={"x": X, "y": Y}).subs(Y, X + gap))
    if name in ("antisymmetric", "transitive") and X not in shifted.free_symbols and \
            relation["test"] != "!=":  # a condition on the gap d = y - x alone ("y - x >= 4")
        holding = sp.solveset(_OPERATORS[relation["test"]](shifted, 0), gap, sp.S.Integers)
        if name == "antisymmetric":  # gaps d and -d both related only when d = 0
            back = sp.solveset(_OPERATORS[relation["test"]](shifted.subs(gap, -gap), 0), gap,
                               sp.S.Integers)
            return sp.Intersection(holding, back, sp.FiniteSet(0).complement(
                sp.S.Integers)).is_empty is True
        low, high = holding.inf, holding.sup  # gaps add up along x ~ y ~ z: a ray from 0 out
        return (high is sp.oo and low.is_finite and low >= 0) or (
            low is -sp.oo and high.is_finite and high <= 0)
    if name == "antisymmetric" and relation["test"] == "=":
        a, b = sp.symbols("a b")
        solutions = sp.solve([_condition(relation, a, b), _condition(relation, b, a)], [a, b],
                             dict=True)
        return bool(solutions) and all(sp.simplify(s.get(a, a) - s.get(b, b)) == 0
                                       for s in solutions)
    return False


def decide(relation: dict[str, Any], domain: str, asked: list[str]) -> dict[str, bool] | None:
    """Whether each asked property holds, decided exactly; None when one cannot be."""
    classes = _classes(relation, domain)
    if classes is not None:
        found = _on(relation, classes)
        return {name: found[name] for name in asked}
    low = 0 if domain == "N" else -SEARCH
    small = _on(relation, list(range(low, SEARCH + 1)))
    decided = {}
    for name in asked:
        if not small[name]:
            decided[name] = False  # a counterexample among the small integers
        elif _proved(relation, domain, name):
            decided[name] = True
        else:
            return None
    return decided


def _said(name: str, holding: bool) -> sp.Symbol:
    return sp.Symbol(name if holding else f"not {name}")


def _answer(params: dict[str, Any], method: Any) -> sp.Basic:
    values = []
    for relation in params["relations"]:
        found = method(relation, params["domain"], params["properties"])
        if found is None:
            raise ValueError(f"{relation} cannot be decided exactly")
        values.append(sp.FiniteSet(*[_said(n, found[n]) for n in params["properties"]]))
    return values[0] if len(values) == 1 else sp.Tuple(*values)


def _walked(relation: dict[str, Any], domain: str, asked: list[str]) -> dict[str, bool]:
    found = _on(relation, list(range(0 if domain == "N" else -WALK, WALK + 1)))
    return {name: found[name] for name in asked}


def condition_latex(relation: dict[str, Any]) -> str:
    """"$x+y$ is odd", "$y-x$ is a multiple of $10$", "$xy \\geq 1$"."""
    expr = sp.latex(sp.sympify(relation["expr"], locals={"x": X, "y": Y}))
    test = relation["test"]
    if test in ("odd", "even"):
        return f"${expr}$ is {test}"
    if test == "multiple":
        return f"${expr}$ is a multiple of ${relation['modulus']}$"
    symbol = {">": ">", ">=": "\\geq", "<": "<", "<=": "\\leq", "=": "=", "!=": "\\neq"}[test]
    return f"${expr} {symbol} 0$"


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``domain`` ("Z" or "N"), ``relations`` (each ``expr`` in x and y with integer
    coefficients, ``test`` one of :data:`TESTS`, ``modulus`` for "multiple"; a comparison
    compares ``expr`` with 0), ``properties`` (which of :data:`PROPERTIES` are asked)."""
    answer = _answer(params, decide)
    values = [answer] if len(params["relations"]) == 1 else list(answer)
    where = "the integers" if params["domain"] == "Z" else "the natural numbers"
    asked = ", ".join(params["properties"])
    conditions = [condition_latex(r) for r in params["relations"]]
    listed = " ".join(f"({chr(97 + k)}) $x\\sim y$ if and only if {c}."
                      for k, c in enumerate(conditions)) if len(conditions) > 1 else \
        f"$x\\sim y$ if and only if {conditions[0]}."
    latex = f"For the relation{'s' if len(conditions) > 1 else ''} on {where}, " \
            f"determine whether it is any of {asked}: {listed}"
    text = ", ".join(sorted(map(str, values[0]))) if len(values) == 1 else "; ".join(
        f"({chr(97 + k)}) {', '.join(sorted(map(str, v)))}" for k, v in enumerate(values))
    return Problem(
        statement=latex.replace("$", "").replace("\\sim", "~").replace("\\geq", ">=")
        .replace("\\leq", "<=").replace("\\neq", "!="),
        statement_latex=latex,
        answer=answer,
        answer_text=text,
        steps=[("A condition that sees only $x$ and $y$ modulo $m$ (parity, a multiple of $m$) "
                "or only their signs (one term against $0$) is decided on those classes, each "
                "infinite but the class of $0$; three integers of each class decide every "
                "property."),
               ("Otherwise a property fails on a counterexample among small integers, and holds "
                "by a proof: $x \\sim x$ solved over the integers (reflexive, irreflexive), the "
                "condition unchanged when $x$ and $y$ swap (symmetric), the equations "
                "$x \\sim y$ and $y \\sim x$ forcing $x = y$ (antisymmetric)."),
               *[f"{c}: {', '.join(sorted(map(str, v)))}."
                 for c, v in zip(conditions, values, strict=True)]],
        code=("import sympy\n\n"
              "PROPERTIES = " + repr(PROPERTIES) + f"\nSEARCH = {SEARCH}\n"
              "X, Y = sympy.symbols('x y', integer=True)\n"
              "_OPERATORS = {'>': sympy.Gt, '>=': sympy.Ge, '<': sympy.Lt, '<=': sympy.Le,\n"
              "              '=': sympy.Eq, '!=': sympy.Ne}\n\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (
                  terms, holds, _on, _classes, _condition, _proved, decide, _said))
              + f"\n\ndef solve():\n    params = {params!r}\n"
              "    values = []\n"
              "    for relation in params['relations']:\n"
              "        found = decide(relation, params['domain'], params['properties'])\n"
              "        values.append(sympy.FiniteSet(*[_said(n, found[n])\n"
              "                                        for n in params['properties']]))\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"
              ).replace("sp.", "sympy.").replace("dict[str, Any]", "dict"),
        params=params,
    )


def _verify(problem: Problem) -> list[Check]:
    expected = _answer(problem.params, _walked)
    return [Check(f"every pair and triple of integers in [-{WALK}, {WALK}] walked, the "
                  "condition evaluated in integer arithmetic", expected == problem.answer)]


_DRAWN = [("x + y", "odd"), ("x - y", "even"), ("x*y", ">="), ("x*y", ">"), ("x + y", ">"),
          ("x - y", "multiple"), ("x + y", "multiple"), ("x - 2*y", "="), ("x + y", "=")]


def redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New moduli for the multiple tests, new coefficients for a linear equation, the shape
    of each condition kept; a condition no longer decidable keeps its old numbers."""
    relations = []
    for relation in params["relations"]:
        new = dict(relation)
        if relation["test"] == "multiple":
            new["modulus"] = rng.randint(2, 9)
        elif relation["test"] == "=" and sp.Poly(sp.sympify(relation["expr"]), X, Y).is_linear:
            new["expr"] = f"x - {rng.choice([2, 3, 4, -2, -3])}*y"
        if decide(new, params["domain"], params["properties"]) is None:
            new = relation
        relations.append(new)
    return {**params, "relations": relations}


REDRAW = {"relations.predicate_properties": redraw}


@family("relations.predicate_properties", verify=_verify, pose=_pose)
def predicate_properties(rng: random.Random, difficulty: int) -> Problem:
    """Which of reflexive, irreflexive, symmetric, antisymmetric, transitive a relation on the
    integers given by a condition on x and y has."""
    count = 1 + (difficulty >= 3)
    relations = []
    for expr, test in rng.sample(_DRAWN, count):
        relation = {"expr": expr, "test": test}
        if test == "multiple":
            relation["modulus"] = rng.randint(2, 9)
        relations.append(relation)
    asked = list(PROPERTIES) if difficulty >= 2 else [rng.choice(PROPERTIES)]
    return _pose({"domain": "Z", "relations": relations, "properties": asked})

