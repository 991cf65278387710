"""A posed family: the truth values of statements about given whole numbers.

"Determine which statements below are true and which are false: $17$ is prime, and $17$ is
odd. If $17$ is prime, then $19$ is prime. ..." or "Decide whether each is true or false:
$4|20$, $0|5$, ..." are read by :mod:`formalize.truth` into statement trees: the connectives
``and``, ``or``, ``implies``, ``iff``, ``not`` over the atoms ``prime``, ``odd``, ``even``,
``composite``, ``divides`` of given numbers, and ``unknown`` atoms ("my favorite number is
$17$") whose truth nobody knows. The unknown atoms all name one unknown number, so at most one
of them holds ("$4$ is my favorite number" and "$5$ is my favorite number" cannot both be true).
A statement is decided when its value is the same however the unknown number turns out ("If
$18$ is prime, then my favorite number is $17$" is true); an item that offers "impossible to
determine" as an answer (``undetermined`` in its parameters) gets :data:`UNDETERMINED` for the
others, and any other item is posed only with decided statements.

An item may also give statements as true ("Suppose the statement, "If the square is yellow, then
the circle is purple," is true. Assume also that the converse is false."): ``given`` trees over
``said`` atoms ("the circle is purple"), each of which may be true or false as far as anyone
knows except where the givens decide it.

The answer comes from SymPy's logic (``isprime``, ``Mod``, the connectives, the unknown and
said atoms as symbols, ``satisfiable`` under the givens and "at most one favorite number"); the
check tries the unknown number as each number the statements name and as none of them, and
every truth value of each said atom where the givens hold, with Python's own connectives,
primes by trial division and divisibility by searching a quotient.
"""

from __future__ import annotations

import itertools
import random
import re
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

UNDETERMINED = sp.Symbol("undetermined")  # "impossible to determine", where the item offers it
# ["and", A, B], ["not", A], ["prime", "17"], ["divides", "4", "20"], ["unknown", "my favorite
# number is 4"], ["said", "the circle is purple"] (a statement known only through the givens)
Tree = list[Any]
CONNECTIVES = {"and": sp.And, "or": sp.Or, "implies": sp.Implies, "iff": sp.Equivalent,
               "not": sp.Not}
PROPERTIES = ("prime", "odd", "even", "composite")
_WORDS = {"and": "{}, and {}", "or": "{}, or {}", "implies": "If {}, then {}",
          "iff": "{} if and only if {}"}


def words(tree: Tree) -> str:
    """The statement in the book's words."""
    head = tree[0]
    if head in _WORDS:
        return _WORDS[head].format(*map(words, tree[1:]))
    if head == "not":
        inner = tree[1]
        if inner[0] in PROPERTIES:
            return f"{inner[1]} is not {inner[0]}"
        if inner[0] == "said" and " is " in inner[1]:  # "the circle is not purple"
            return inner[1].replace(" is ", " is not ", 1)
        return f"it is not the case that ({words(inner)})"
    if head in PROPERTIES:
        return f"{tree[1]} is {head}"
    if head == "divides":
        return f"{tree[1]} divides {tree[2]}"
    return str(tree[1])  # an unknown or a said atom: its words


def _sympy_value(tree: Tree) -> sp.Basic:
    """The statement in SymPy logic: known atoms evaluated, unknown atoms left as symbols."""
    head = tree[0]
    if head in CONNECTIVES:
        return CONNECTIVES[head](*map(_sympy_value, tree[1:]))
    if head in ("unknown", "said"):
        return sp.Symbol(tree[1])
    n = sp.Integer(tree[1])
    if head == "divides":
        b = sp.Integer(tree[2])
        return sp.true if (b == 0 if n == 0 else sp.Mod(b, n) == 0) else sp.false
    return sp.true if {"prime": sp.isprime(n), "composite": n > 1 and not sp.isprime(n),
                       "odd": n % 2 == 1, "even": n % 2 == 0}[head] else sp.false


def _at_most_one(atoms: list[sp.Symbol]) -> sp.Basic:
    """The unknown atoms name one unknown number: no two of them hold together."""
    return sp.And(*[sp.Not(sp.And(a, b)) for a, b in itertools.combinations(atoms, 2)])


def atoms(tree: Tree, kind: str) -> set[str]:
    """The texts of the tree's atoms of one kind ("unknown" or "said")."""
    if tree[0] == kind:
        return {tree[1]}
    return set().union(*(atoms(t, kind) for t in tree[1:] if isinstance(t, list)))


def truth_value(tree: Tree, undetermined: bool = False, given: list[Tree] = ()) -> sp.Basic:
    """True or False, the same however the unknown number and the ``said`` atoms turn out
    (where the ``given`` statements hold); otherwise :data:`UNDETERMINED` when ``undetermined``
    (the item offers that answer), else ValueError."""
    value = _sympy_value(tree)
    favorites = set().union(*(atoms(t, "unknown") for t in [tree, *given]))
    known = _at_most_one(sorted(map(sp.Symbol, favorites), key=str)) & sp.And(
        *map(_sympy_value, given))
    if not sp.satisfiable(known):
        raise ValueError("the given statements cannot all hold")
    if not sp.satisfiable(known & sp.Not(value)):
        return sp.true
    if not sp.satisfiable(known & value):
        return sp.false
    if undetermined:
        return UNDETERMINED
    raise ValueError(f"the truth of {words(tree)!r} depends on what is not known")


_CODE = """import itertools

import sympy

OPS = {{"and": sympy.And, "or": sympy.Or, "implies": sympy.Implies, "iff": sympy.Equivalent,
       "not": sympy.Not}}


def value(t):
    if t[0] in OPS:
        return OPS[t[0]](*map(value, t[1:]))
    if t[0] in ("unknown", "said"):
        return sympy.Symbol(t[1])
    n = sympy.Integer(t[1])
    if t[0] == "divides":
        b = sympy.Integer(t[2])
        return sympy.true if (b == 0 if n == 0 else sympy.Mod(b, n) == 0) else sympy.false
    return sympy.true if {{"prime": sympy.isprime(n), "odd": n % 2 == 1, "even": n % 2 == 0,
                          "composite": n > 1 and not sympy.isprime(n)}}[t[0]] else sympy.false


def favorites(t):
    if t[0] == "unknown":
        return {{sympy.Symbol(t[1])}}
    return set().union(*(favorites(a) for a in t[1:] if isinstance(a, list)))


def decide(t, given):
    v = value(t)
    atoms = sorted(set().union(*(favorites(a) for a in [t, *given])), key=str)
    known = sympy.And(*[sympy.Not(sympy.And(a, b)) for a, b in itertools.combinations(atoms, 2)])
    known = known & sympy.And(*map(value, given))
    if not sympy.satisfiable(known & sympy.Not(v)):
        return sympy.true
    if not sympy.satisfiable(known & v):
        return sympy.false
    return sympy.Symbol("undetermined")


def solve():
    return sympy.Tuple(*[decide(t, {given!r}) for t in {trees!r}])
"""


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``statements``, a list of statement trees (see :data:`Tree`);
    ``undetermined`` (optional): the item offers "impossible to determine" as an answer;
    ``given`` (optional): statement trees the item says are true."""
    trees, undetermined = params["statements"], params.get("undetermined", False)
    given = params.get("given", [])
    values = [truth_value(t, undetermined, given) for t in trees]
    listed = [f"{i}. {words(t)[0].upper()}{words(t)[1:]}." for i, t in enumerate(trees, 1)]
    said = [{sp.true: "true", sp.false: "false"}.get(v, "impossible to determine") for v in values]
    unknown = "my favorite number is not known" if any(
        atoms(t, "unknown") for t in trees) else "nothing else is known"
    ask = "".join(f"Suppose that ({words(g[1])}) is false. " if g[0] == "not"
                  else f"Suppose that ({words(g)}) is true. " for g in given) + (
        "Decide which statements are true and which are false" + (
            f", and which are impossible to determine ({unknown}). " if undetermined else ". "))
    return Problem(
        statement=ask + " ".join(listed),
        statement_latex=ask + re.sub(r"-?\b\d+\b", r"$\g<0>$", " ".join(listed)),
        answer=sp.Tuple(*values),
        steps=[("Decide each atomic statement (primes by their divisors, a | b when b is a "
                "multiple of a), then apply the connectives' truth tables; a statement about "
                "something unknown is decided only when either value of it gives the same "
                "result; otherwise it is impossible to determine.")]
        + [f"{line} {s.capitalize()}." for line, s in zip(listed, said, strict=True)],
        code=_CODE.format(trees=trees, given=given),
        params=params,
        answer_text=", ".join(said),
    )


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, int(n**0.5) + 1))


def _divides(a: int, b: int) -> bool:
    """Is there a whole k with a k = b (searched, not computed by a remainder)?"""
    return any(a * k == b for k in range(-abs(b), abs(b) + 1)) if b else True


def _evaluate(tree: Tree, unknown: dict[str, bool]) -> bool:
    head = tree[0]
    if head in ("unknown", "said"):
        return unknown[tree[1]]
    if head in PROPERTIES or head == "divides":
        n = int(tree[1])
        return {"prime": lambda: _prime(n), "composite": lambda: n > 1 and not _prime(n),
                "odd": lambda: n % 2 != 0, "even": lambda: n % 2 == 0,
                "divides": lambda: _divides(n, int(tree[2]))}[head]()
    a = [_evaluate(t, unknown) for t in tree[1:]]
    return {"and": lambda: a[0] and a[1], "or": lambda: a[0] or a[1],
            "implies": lambda: (not a[0]) or a[1], "iff": lambda: a[0] == a[1],
            "not": lambda: not a[0]}[head]()


def _verify(problem: Problem) -> list[Check]:
    """The unknown number tried as each number the statement names and as none of them, with
    Python's connectives and trial division: one value seen decides the statement."""
    ok = True
    given = problem.params.get("given", [])
    for tree, value in zip(problem.params["statements"], problem.answer, strict=True):
        names = sorted(set().union(*(atoms(t, "unknown") for t in [tree, *given])))
        said = sorted(set().union(*(atoms(t, "said") for t in [tree, *given])))
        seen = set()
        for holds in [None, *names]:
            for row in itertools.product([False, True], repeat=len(said)):
                world = {n: n == holds for n in names} | dict(zip(said, row, strict=True))
                if all(_evaluate(g, world) for g in given):
                    seen.add(_evaluate(tree, world))
        expected = {True} if value == sp.true else {False} if value == sp.false else {True, False}
        ok = ok and seen == expected
    return [Check("each statement evaluated with the unknown number as each number it names "
                  "and as none (trial division, a searched quotient, the connectives' tables)",
                  ok)]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same statements about new numbers of about the same size."""
    def redraw(tree: Tree) -> Tree:
        if tree[0] in ("unknown", "said"):
            return tree
        if tree[0] in CONNECTIVES:
            return [tree[0], *map(redraw, tree[1:])]
        return [tree[0], *(str(int(n) + rng.randint(-5, 5)) for n in tree[1:])]

    return {**params, "statements": [redraw(t) for t in params["statements"]]}


@family("logic.truth_values", verify=_verify, pose=_pose)
def truth_values(rng: random.Random, difficulty: int) -> Problem:
    """Compound statements about primes, parity and divisibility of small numbers."""
    def atom() -> Tree:
        n = rng.randint(2, 10 * difficulty + 20)
        drawn = (["divides", str(rng.randint(1, 12)), str(n)] if rng.random() < 0.3
                 else [rng.choice(PROPERTIES), str(n)])
        return ["not", drawn] if drawn[0] in PROPERTIES and rng.random() < 0.2 else drawn

    trees = [atom() if rng.random() < 0.2 else [rng.choice(list(_WORDS)), atom(), atom()]
             for _ in range(2 + difficulty)]
    return _pose({"statements": trees})
