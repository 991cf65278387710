"""A posed family: strings of n symbols with so many copies of one symbol, counted in n.

"Let's count ternary digit strings, that is, strings in which each digit can be 0, 1, or 2.
(a) How many ternary digit strings contain exactly n digits? ... (c) ... exactly n digits and
n-1 2's. ... (f) ... exactly n digits and no 2's." are read by :mod:`formalize.counting_setups`
into ``{"symbols": "012", "marked": "2", "copies": "n-1"}`` (``copies`` an expression in n and
k, or None for every string). The length is the unknown n, so the answer is a formula in n: the
j = n - copies other places are chosen, C(n, j), and each takes one of the other q - 1 symbols,
(q-1)^j; every string is q^n. The check lists every string of each small length n (and each k
when the copies name k) and counts its marked symbols.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import sympy

from exercises.families.textbook import WORDINGS
from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

SMALL = range(7)  # the lengths n listed by the check


def copies_formula(symbols: int, copies: str | None) -> sympy.Expr:
    """Strings of n symbols from ``symbols`` of them with exactly ``copies`` (a formula in n, k)
    of one marked symbol: C(n, n - copies) (q - 1)^(n - copies); all of them, q^n, for None."""
    n, k = sympy.symbols("n k", integer=True, nonnegative=True)
    if copies is None:
        return sympy.Integer(symbols) ** n
    others = n - sympy.sympify(copies, locals={"n": n, "k": k})  # the places of the other symbols
    count = sympy.binomial(n, others) * sympy.Integer(symbols - 1) ** others
    return sympy.factor(sympy.expand_func(count))  # C(n, 2) = n(n-1)/2 written out; C(n, k) stays


def _listed(symbols: str, marked: str, copies: str | None, answer: sympy.Expr) -> tuple[bool, str]:
    """Every string of each small length n (and each k from 0 to n the copies name), its marked
    symbols counted, against the answer at those n and k."""
    n, k = sympy.symbols("n k", integer=True, nonnegative=True)
    wanted = None if copies is None else sympy.sympify(copies, locals={"n": n, "k": k})
    for length in SMALL:
        for j in (range(length + 1) if wanted is not None and k in wanted.free_symbols else [0]):
            strings = list(itertools.product(symbols, repeat=length))
            if wanted is None:
                count = len(strings)
            else:
                many = wanted.subs({n: length, k: j})
                if not 0 <= many <= length:
                    continue  # no string of this length has so many (n - 2 copies when n < 2)
                count = sum(1 for s in strings if s.count(marked) == many)
            value = answer.subs({n: length, k: j})
            if value != count:
                return False, f"n = {length}, k = {j}: formula {value}, listed {count}"
    return True, f"n = 0..{SMALL[-1]}"


def _verify(problem: Problem) -> list[Check]:
    p = problem.params
    passed, detail = _listed(p["symbols"], p["marked"], p.get("copies"), problem.answer)
    return [Check("list every string of each length n up to 6 and count its marked symbols",
                  passed, detail)]


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``symbols`` (the alphabet, one character each), ``marked`` (one of them),
    ``copies`` (how many of the marked symbol, a formula in n and k such as "n-1", "0"; None: no
    condition)."""
    symbols, marked, copies = params["symbols"], params["marked"], params.get("copies")
    if marked not in symbols or len(set(symbols)) != len(symbols) or len(symbols) < 2:
        raise ValueError("distinct symbols, the marked one among them")
    answer = copies_formula(len(symbols), copies)
    listed = ", ".join(symbols)
    what = (f"strings of exactly n symbols from {{{listed}}}" if copies is None else
            f"strings of exactly n symbols from {{{listed}}} with exactly {copies} {marked}'s")
    statement = ["How many {w} are there?", "Count the {w}.", "Find the number of {w}."][
        params.get("template", 0) % WORDINGS].format(w=what)
    q = len(symbols)
    steps = ([f"Each of the $n$ places takes any of the ${q}$ symbols: ${q}^n$."] if copies is None
             else [(f"The $n-({copies})$ places without a {marked} are chosen among the $n$: "
                    f"$\\binom{{n}}{{n-({copies})}}$ ways."),
                   f"Each of them takes one of the other ${q - 1}$ symbols.",
                   f"That is ${sympy.latex(answer)}$."])
    latex = statement.replace("{", "\\{").replace("}", "\\}")
    return Problem(statement=statement, statement_latex=latex, answer=answer, steps=steps,
                   code=_code(copies_formula, {"symbols": q, "copies": copies}), params=params)


COPIES = [None, "n", "n-1", "n-2", "n-k", "0", "1", "k"]


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Another alphabet size (2 to 5 symbols, the marked one kept) and another number of copies."""
    size = rng.choice([s for s in range(2, 6) if s != len(params["symbols"])])
    symbols = "".join(dict.fromkeys(params["marked"] + "0123456789"))[:size]
    return {**params, "symbols": "".join(sorted(symbols)),
            "copies": rng.choice([c for c in COPIES if c != params.get("copies")])}


@family("counting.copies", verify=_verify, pose=_pose)
def strings(rng: random.Random, difficulty: int) -> Problem:
    """Strings of n symbols with so many copies of one of them, as a formula in n."""
    symbols = "0123456789"[:rng.randint(2, 2 + difficulty)]
    return _pose({"symbols": symbols, "marked": rng.choice(symbols), "copies": rng.choice(COPIES),
                  "template": rng.randrange(WORDINGS)})


REDRAW = {"counting.copies": vary}
