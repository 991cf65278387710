"""Posed families for finite arithmetic progressions and the differences of a closed formula.

"Consider the sequence $28, 38, 48, 58, \\dots, 10n - 2$. How many terms are there? What is
the second-to-last term? Find the sum of all the terms." and "Suppose $a_n = 2n^2 + 3n + 2$.
Find a closed formula for the sequence of differences by computing $a_n - a_{n-1}$." are read
(by :mod:`formalize.recurrences`) into these parameters. SymPy answers with the formulas
(count (last - first)/d + 1, the sum as (first + last) times the count over 2, the difference
expanded); each check walks the terms one by one in integers instead, for several values of n
when the last term depends on n.
"""

from __future__ import annotations

import itertools
import random
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import latex
from exercises.family import Check, Problem, family

N = sp.Symbol("n")
ASKS = ("count", "second_last", "sum")  # what a finite progression item may ask, in its order
_WALK_LIMIT = 10**6  # the check walks at most this many terms
_CHECKED_N = 5  # a last term in n is checked at this many values of n


def _parse(text: str) -> sp.Expr:
    return sp.sympify(text, locals={"n": N})


# ---------------------------------------------------------------- finite arithmetic progressions


def _progression(params: dict[str, Any]) -> tuple[sp.Rational, sp.Rational, sp.Expr]:
    """(first term, common difference, last term) of the listed terms, which must be arithmetic."""
    terms = [sp.Rational(t) for t in params["terms"]]
    differences = {b - a for a, b in itertools.pairwise(terms)}
    if len(terms) < 3 or len(differences) != 1 or differences == {0}:
        raise ValueError("the listed terms are not an arithmetic progression")
    return terms[0], differences.pop(), _parse(params["last"])


def _answers(params: dict[str, Any]) -> dict[str, sp.Expr]:
    first, step, last = _progression(params)
    count = sp.expand((last - first) / step + 1)
    if count.is_number and (not count.is_integer or count <= len(params["terms"])):
        raise ValueError("the last term is not a term after the listed ones")
    return {"count": count, "second_last": sp.expand(last - step),
            "sum": sp.factor((first + last) * count / 2)}


def _pose_finite(params: dict[str, Any]) -> Problem:
    """``params``: ``terms`` (the first listed terms, as strings), ``last`` (the last term: a
    number, or a formula in n), ``asks`` (some of :data:`ASKS`, in the item's order)."""
    asks = params["asks"]
    if not asks or any(a not in ASKS for a in asks):
        raise ValueError(f"asks must name some of {ASKS}")
    first, step, last = _progression(params)
    found = _answers(params)
    listed = ", ".join(params["terms"]) + f", \\dots, {latex(last)}"
    questions = {"count": "How many terms are there?",
                 "second_last": "What is the second-to-last term?",
                 "sum": "What is the sum of all the terms?"}
    values = [found[a] for a in asks]
    steps = [f"The common difference is ${latex(step)}$ and the first term ${latex(first)}$.",
             (f"The last term is term number $({latex(last)} - ({latex(first)}))/{latex(step)} + 1 = "
             f"{latex(found['count'])}$: that many terms.")]
    if "second_last" in asks:
        steps.append(f"The term before the last: ${latex(last)} - {latex(step)} = "
                     f"{latex(found['second_last'])}$.")
    if "sum" in asks:
        steps.append(f"Reverse and add: each pair sums to ${latex(sp.expand(first + last))}$, so the "
                     f"sum is ${latex(found['sum'])}$.")
    statement = f"Consider the finite arithmetic sequence ${listed}$. " + " ".join(
        questions[a] for a in asks)
    return Problem(
        statement=statement.replace("$", "").replace("\\dots", "..."),
        statement_latex=statement,
        answer=values[0] if len(values) == 1 else sp.Tuple(*values),
        steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n"
              f"    terms = [sympy.Rational(t) for t in {params['terms']!r}]\n"
              f"    first, step, last = terms[0], terms[1] - terms[0], sympy.sympify({params['last']!r})\n"
              "    count = sympy.expand((last - first) / step + 1)\n"
              "    found = {'count': count, 'second_last': sympy.expand(last - step),\n"
              "             'sum': sympy.factor((first + last) * count / 2)}\n"
              f"    values = [found[a] for a in {asks!r}]\n"
              "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n"),
        params=params,
    )


def _walk(first: Fraction, step: Fraction, last: Fraction) -> dict[str, Fraction] | None:
    """Step from the first term to the last one by one: how many, the one before, their sum
    (None if the last term is never reached)."""
    term, count, total, before = first, 1, first, None
    while term != last:
        if count > _WALK_LIMIT or (term - last) * step > 0:
            return None
        before, term = term, term + step
        count, total = count + 1, total + term
    return {"count": Fraction(count), "second_last": before, "sum": total}


def _check_values(params: dict[str, Any]) -> list[int | None]:
    """The values of n to check at: ``_CHECKED_N`` values where the last term comes after the
    listed ones (None alone when the last term is a number)."""
    first, step, last = _progression(params)
    if not last.free_symbols:
        return [None]
    chosen = []
    for n in range(-100, 400):
        count = (last.subs(N, n) - first) / step + 1
        if count.is_integer and count > len(params["terms"]):
            chosen.append(n)
        if len(chosen) == _CHECKED_N:
            break
    return chosen


def _verify_finite(problem: Problem) -> list[Check]:
    params = problem.params
    first, step, last = _progression(params)
    values = [problem.answer] if len(params["asks"]) == 1 else list(problem.answer)
    ok, where = True, []
    for n in _check_values(params):
        at = {} if n is None else {N: n}
        walked = _walk(Fraction(str(first)), Fraction(str(step)), Fraction(str(last.subs(at))))
        ok = ok and walked is not None and all(
            Fraction(str(sp.sympify(v).subs(at))) == walked[a]
            for a, v in zip(params["asks"], values, strict=True))
        where.append("the given terms" if n is None else f"n = {n}")
    return [Check("walk the terms one by one, counting and adding them, at " + ", ".join(where),
                  ok and bool(where))]


@family("sequences.finite_progression", verify=_verify_finite, pose=_pose_finite)
def finite_progression(rng: random.Random, difficulty: int) -> Problem:
    """How many terms a finite arithmetic progression has, its second-to-last term, its sum."""
    first, step = rng.randint(-20, 30), rng.choice([2, 3, 4, 5, 6, 7, 10, 12])
    last = first + step * rng.randint(5, 40 * difficulty)
    return _pose_finite({"terms": [str(first + i * step) for i in range(4)], "last": str(last),
                         "asks": list(ASKS[:1 + difficulty % 3])})


def vary_finite(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new first term and difference; the last term as far along (in n too, shifted alike)."""
    first, step, last = _progression(params)
    count = (last - first) / step
    new_first, new_step = first + rng.randint(-9, 9), rng.choice([s for s in range(2, 13)
                                                                   if s != abs(step)])
    new_last = sp.expand(new_first + new_step * count)
    terms = [str(new_first + i * new_step) for i in range(len(params["terms"]))]
    return {**params, "terms": terms, "last": sp.sstr(new_last)}


# ---------------------------------------------------------------- differences of a closed formula

_DIFFERENCES_CHECKED = 12


def _pose_differences(params: dict[str, Any]) -> Problem:
    """``params``: ``closed`` (a closed formula for a_n, in n)."""
    closed = _parse(params["closed"])
    if closed.free_symbols != {N}:
        raise ValueError("the closed formula must be in n")
    before = closed.subs(N, N - 1)
    answer = sp.expand(closed - before)
    return Problem(
        statement=f"Suppose a_n = {sp.sstr(closed)}. Find a closed formula for the sequence of "
                  "differences a_n - a_(n-1).",
        statement_latex=f"Suppose $a_n = {latex(closed)}$. Find a closed formula for the sequence "
                        "of differences $a_n - a_{n-1}$.",
        answer=answer,
        steps=[f"$a_{{n-1}} = {latex(sp.expand(before))}$.",
               f"$a_n - a_{{n-1}} = {latex(answer)}$."],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n"
              f"    a = sympy.sympify({params['closed']!r})\n"
              "    return sympy.expand(a - a.subs(n, n - 1))\n"),
        params=params,
    )


def _verify_differences(problem: Problem) -> list[Check]:
    closed = _parse(problem.params["closed"])
    terms = [Fraction(str(closed.subs(N, i))) for i in range(_DIFFERENCES_CHECKED + 1)]
    ok = all(Fraction(str(problem.answer.subs(N, i))) == terms[i] - terms[i - 1]
             for i in range(1, _DIFFERENCES_CHECKED + 1))
    return [Check(f"the first {_DIFFERENCES_CHECKED} differences of the terms, in exact fractions",
                  ok)]


@family("sequences.differences", verify=_verify_differences, pose=_pose_differences)
def differences(rng: random.Random, difficulty: int) -> Problem:
    """The sequence of differences of a polynomial closed formula."""
    closed = sum(rng.randint(-5, 5) * N**i for i in range(difficulty + 2))
    return _pose_differences({"closed": sp.sstr(closed + N ** (difficulty + 1))})


def vary_differences(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A polynomial's non-zero coefficients nudged (the leading one kept non-zero); any other
    formula scaled by a small integer."""
    closed = _parse(params["closed"])
    if not closed.is_polynomial(N):
        return {**params, "closed": sp.sstr(rng.randint(2, 5) * closed)}
    coefficients = sp.Poly(closed, N).all_coeffs()
    nudged = [c + rng.choice([-2, -1, 1, 2]) if c else c for c in coefficients]
    nudged[0] = nudged[0] or coefficients[0]
    return {**params, "closed": sp.sstr(sp.Poly(nudged, N).as_expr())}


# ---------------------------------------------------------------- a stock that loses the same each time

COUNTDOWN_ASKS = ("left", "reaches")  # what is left after k times; is exactly v ever left


def _countdown(params: dict[str, Any]) -> tuple[int, int, list[list]]:
    stock, each = int(params["stock"]), int(params["each"])
    asks = params["asks"]
    if stock < 1 or each < 1 or not asks or any(
            a not in COUNTDOWN_ASKS or int(v) < 0 for a, v in asks):
        raise ValueError(f"a positive stock and loss, and asks among {COUNTDOWN_ASKS}")
    return stock, each, asks


def _pose_countdown(params: dict[str, Any]) -> Problem:
    """``params``: ``stock`` (what there is at first), ``each`` (what each time takes away),
    ``asks``: [["left", k]] (what is left after k times: stock - each k, while that is not
    negative) and/or [["reaches", v]] (is exactly v ever left: v = stock - each k for a whole
    k >= 0, i.e. v <= stock and each divides stock - v)."""
    stock, each, asks = _countdown(params)
    values, questions, steps = [], [], [f"After $k$ times, ${stock} - {each}k$ are left."]
    for ask, value in asks:
        value = int(value)
        if ask == "left":
            if stock - each * value < 0:
                raise ValueError("the stock runs out before then")
            values.append(sp.Integer(stock - each * value))
            questions.append(f"How many are left after {value} times?")
            steps.append(f"${stock} - {each} \\cdot {value} = {stock - each * value}$.")
        else:
            values.append(sp.true if value <= stock and (stock - value) % each == 0 else sp.false)
            questions.append(f"Is there ever exactly {value} left?")
            steps.append(f"${stock} - {value} = {stock - value}$ is "
                         f"{'' if values[-1] else 'not '}a multiple of ${each}$ "
                         "(that many times) that is not negative.")
    statement = (f"A machine holds {stock} items, and each time {each} come out. "
                 + " ".join(questions))
    return Problem(
        statement=statement,
        statement_latex=statement,
        answer=values[0] if len(values) == 1 else sp.Tuple(*values),
        steps=steps,
        code=("import sympy\n\n\ndef solve():\n"
              f"    stock, each, asks = {stock}, {each}, {[[a, int(v)] for a, v in asks]!r}\n"
              "    found = [sympy.Integer(stock - each * v) if a == 'left' else\n"
              "             sympy.true if v <= stock and (stock - v) % each == 0 else sympy.false\n"
              "             for a, v in asks]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify_countdown(problem: Problem) -> list[Check]:
    """Take ``each`` away, time after time, until the stock would go below zero, and look."""
    stock, each, asks = _countdown(problem.params)
    left = [stock]
    while left[-1] - each >= 0:
        left.append(left[-1] - each)
    values = list(problem.answer) if len(asks) > 1 else [problem.answer]
    ok = all((value == left[int(v)] if int(v) < len(left) else False) if ask == "left"
             else bool(value) == (int(v) in left) for (ask, v), value in zip(asks, values, strict=True))
    return [Check("take the same number away time after time, until too few are left", ok)]


@family("sequences.countdown", verify=_verify_countdown, pose=_pose_countdown)
def countdown(rng: random.Random, difficulty: int) -> Problem:
    """What is left of a stock after some times, and whether it is ever exactly some number."""
    each = rng.randint(2, 12)
    stock = rng.randint(20, 200 * difficulty)
    asks = [["left", rng.randint(1, stock // each)], ["reaches", rng.choice([0, 1, 2])]]
    return _pose_countdown({"stock": stock, "each": each, "asks": asks[:1 + (difficulty > 1)]})


def vary_countdown(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A new stock and loss, the same questions (times asked kept within the new stock)."""
    stock, each, asks = _countdown(params)
    new_each = rng.choice([e for e in range(2, 13) if e != each])
    new_stock = stock + rng.randint(-stock // 3, stock // 3)
    new_asks = [[a, min(int(v), new_stock // new_each) if a == "left" else int(v)] for a, v in asks]
    return {**params, "stock": new_stock, "each": new_each, "asks": new_asks}


# ---------------------------------------------------------------- a closed formula's first terms and kind

KINDS = ("arithmetic", "geometric", "neither")
_KIND_CHECKED = 12  # the kind is decided again from this many terms


def _kind(closed: sp.Expr) -> str:
    """Arithmetic when a_{n+1} - a_n simplifies to a constant, geometric when a_{n+1}/a_n does."""
    following = closed.subs(N, N + 1)
    difference, ratio = sp.simplify(following - closed), sp.simplify(following / closed)
    if difference.is_number:
        return "arithmetic"
    return "geometric" if ratio.is_number and ratio != 0 else "neither"


def _pose_kind(params: dict[str, Any]) -> Problem:
    """``params``: ``closed`` (a_n in n), ``indices`` (the terms asked for, in order)."""
    closed = _parse(params["closed"])
    indices = [int(i) for i in params["indices"]]
    if closed.free_symbols != {N} or not indices:
        raise ValueError("a closed formula in n and some terms to write out")
    terms = sp.Tuple(*[sp.nsimplify(closed.subs(N, i)) for i in indices])
    kind = _kind(closed)
    names = ", ".join(f"a_{i}" for i in indices)
    return Problem(
        statement=f"Consider the sequence a_n = {sp.sstr(closed)}. Find {names}. Is the sequence "
                  "arithmetic, geometric or neither?",
        statement_latex=f"Consider the sequence $a_n = {latex(closed)}$. Find "
                        f"${', '.join(f'a_{{{i}}}' for i in indices)}$. Is the sequence arithmetic, "
                        "geometric or neither?",
        answer=sp.Tuple(terms, sp.Symbol(kind)),
        steps=[f"$a_{{{i}}} = {latex(t)}$." for i, t in zip(indices, terms, strict=True)]
        + [(f"$a_{{n+1}} - a_n = {latex(sp.simplify(closed.subs(N, N + 1) - closed))}$ and "
           f"$a_{{n+1}}/a_n = {latex(sp.simplify(closed.subs(N, N + 1) / closed))}$: {kind}.")],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n"
              f"    a = sympy.sympify({params['closed']!r})\n"
              f"    terms = sympy.Tuple(*[sympy.nsimplify(a.subs(n, i)) for i in {indices!r}])\n"
              "    step, ratio = (sympy.simplify(a.subs(n, n + 1) - a),\n"
              "                   sympy.simplify(a.subs(n, n + 1) / a))\n"
              "    kind = ('arithmetic' if step.is_number else\n"
              "            'geometric' if ratio.is_number and ratio != 0 else 'neither')\n"
              "    return sympy.Tuple(terms, sympy.Symbol(kind))\n"),
        params=params,
    )


def _verify_kind(problem: Problem) -> list[Check]:
    """The terms evaluated one by one in exact fractions; the kind from the first terms'
    differences and ratios (constant, or not), not from algebra on the formula."""
    closed = _parse(problem.params["closed"])
    terms, kind = problem.answer
    indices = [int(i) for i in problem.params["indices"]]
    values = {i: Fraction(str(sp.nsimplify(closed.subs(N, i))))
              for i in range(min(indices), max(max(indices), min(indices) + _KIND_CHECKED) + 1)}
    listed = [values[i] for i in sorted(values)]
    differences = {b - a for a, b in itertools.pairwise(listed)}
    ratios = {b / a for a, b in itertools.pairwise(listed) if a} if all(listed) else set()
    seen = ("arithmetic" if len(differences) == 1 else
            "geometric" if len(ratios) == 1 and 0 not in ratios else "neither")
    return [Check("the terms, each evaluated in exact fractions",
                  [Fraction(str(t)) for t in terms] == [values[i] for i in indices]),
            Check(f"the kind, from the differences and ratios of {len(listed)} terms",
                  str(kind) == seen)]


@family("sequences.kind_of_sequence", verify=_verify_kind, pose=_pose_kind)
def kind_of_sequence(rng: random.Random, difficulty: int) -> Problem:
    """First terms of an arithmetic, geometric or quadratic closed formula, and its kind."""
    a, b = rng.randint(2, 9), rng.choice([-3, 2, 3, 5])
    closed = rng.choice([a + b * N, a * b ** (N - 1), a * N**2 + b][: 1 + min(difficulty, 2)])
    return _pose_kind({"closed": sp.sstr(closed), "indices": list(range(1, 5))})


def vary_kind(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The formula's constants nudged: a new first term and step or ratio, the same kind."""
    closed = _parse(params["closed"])
    numbers = sorted(closed.atoms(sp.Integer) - {sp.Integer(1), sp.Integer(-1)}, key=abs)
    if not numbers:
        return {**params, "closed": sp.sstr(closed * rng.randint(2, 5))}
    old = numbers[-1]
    return {**params, "closed": sp.sstr(closed.subs(old, old + rng.choice([-1, 1, 2])))}


# ---------------------------------------------------------------- a named progression's formulas

_TERM_NAMES = {0: sp.Symbol("a_{n}"), 1: sp.Symbol("a_{n - 1}")}  # as formalize.latex reads them


def named_rows(params: dict[str, Any]) -> tuple[str, int, list[list[sp.Rational]]]:
    """(kind, first index, each sequence's terms); ValueError when the terms are not of the kind."""
    kind, start = params["kind"], int(params["start"])
    rows = [[sp.Rational(t) for t in terms] for terms in params["sequences"]]
    if kind not in ("arithmetic", "geometric") or not rows or any(len(r) < 3 for r in rows):
        raise ValueError("arithmetic or geometric sequences, each with three terms or more")
    for row in rows:
        steps = {b - a for a, b in itertools.pairwise(row)} if kind == "arithmetic" else \
            ({b / a for a, b in itertools.pairwise(row)} if 0 not in row else set())
        if len(steps) != 1:
            raise ValueError(f"the listed terms are not one {kind} sequence")
    return kind, start, rows


def _formulas(kind: str, start: int, row: list[sp.Rational]) -> sp.Tuple:
    """(recursive definition: the rule and the first term, closed formula) of one progression."""
    first = row[0]
    if kind == "arithmetic":
        step = row[1] - row[0]
        rule, closed = _TERM_NAMES[1] + step, first + step * (N - start)
    else:
        step = row[1] / row[0]
        rule, closed = step * _TERM_NAMES[1], first * step ** (N - start)
    return sp.Tuple(sp.Tuple(sp.Eq(_TERM_NAMES[0], rule), sp.Eq(sp.Symbol(f"a_{{{start}}}"), first)),
                    sp.expand(closed) if kind == "arithmetic" else closed)


def _pose_named(params: dict[str, Any]) -> Problem:
    """``params``: ``kind`` (arithmetic or geometric, as the book names the sequences),
    ``start`` (the first listed term's index), ``sequences`` (each one's listed terms)."""
    kind, start, rows = named_rows(params)
    found = [_formulas(kind, start, row) for row in rows]
    shown = "; ".join(", ".join(map(str, row)) + ", ..." for row in rows)
    statement = (f"Find recursive definitions and closed formulas for the {kind} sequences "
                 f"{shown} (the first term listed is a_{start}).")
    return Problem(
        statement=statement,
        statement_latex=statement.replace(f"a_{start}", f"$a_{{{start}}}$"),
        answer=found[0] if len(found) == 1 else sp.Tuple(*found),
        steps=[f"Common {'difference' if kind == 'arithmetic' else 'ratio'} from the first two "
               f"terms: ${latex(f[0][0])}$ with ${latex(f[0][1])}$; closed, "
               f"$a_n = {latex(f[1])}$." for f in found],
        code=("import sympy\n\n\ndef solve():\n"
              "    n = sympy.Symbol('n')\n"
              "    now, before = sympy.Symbol('a_{n}'), sympy.Symbol('a_{n - 1}')\n"
              f"    kind, start = {kind!r}, {start}\n"
              "    found = []\n"
              f"    for row in {[[str(t) for t in r] for r in rows]!r}:\n"
              "        row = [sympy.Rational(t) for t in row]\n"
              "        if kind == 'arithmetic':\n"
              "            d = row[1] - row[0]\n"
              "            rule, closed = before + d, sympy.expand(row[0] + d * (n - start))\n"
              "        else:\n"
              "            r = row[1] / row[0]\n"
              "            rule, closed = r * before, row[0] * r ** (n - start)\n"
              "        first = sympy.Eq(sympy.Symbol('a_{%d}' % start), row[0])\n"
              "        found.append(sympy.Tuple(sympy.Tuple(sympy.Eq(now, rule), first), closed))\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"),
        params=params,
    )


def _verify_named(problem: Problem) -> list[Check]:
    """The recursive definition stepped from its first term, and the closed formula evaluated at
    each index, both give every listed term (exact fractions)."""
    _, start, rows = named_rows(problem.params)
    answers = [problem.answer] if len(rows) == 1 else list(problem.answer)
    stepped_ok = closed_ok = True
    for row, ((rule, first), closed) in zip(rows, answers, strict=True):
        term = Fraction(str(first.rhs))
        for value in row:
            stepped_ok = stepped_ok and term == Fraction(str(value))
            term = Fraction(str(rule.rhs.subs(_TERM_NAMES[1], sp.Rational(str(term)))))
        closed_ok = closed_ok and all(
            Fraction(str(sp.nsimplify(closed.subs(N, start + i)))) == Fraction(str(v))
            for i, v in enumerate(row))
    return [Check("the recursive definition, stepped from its first term, gives the listed terms",
                  stepped_ok),
            Check("the closed formula gives the listed terms at their indices", closed_ok)]


@family("sequences.named_progression", verify=_verify_named, pose=_pose_named)
def named_progression(rng: random.Random, difficulty: int) -> Problem:
    """Recursive and closed formulas of arithmetic or geometric sequences the book names so."""
    kind = rng.choice(["arithmetic", "geometric"])
    rows = []
    for _ in range(1 + (difficulty > 1)):
        first, step = rng.randint(1, 30), rng.choice([-7, -3, 2, 3, 5] if kind == "arithmetic"
                                                     else [2, 3, -2])
        rows.append([str(first + step * i if kind == "arithmetic" else first * step**i)
                     for i in range(5)])
    return _pose_named({"kind": kind, "start": rng.choice([0, 1]), "sequences": rows})


def vary_named(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New first terms and steps (ratios), the same kind, index and number of terms."""
    kind, _, rows = named_rows(params)
    new = []
    for row in rows:
        first = row[0] + rng.randint(1, 9)
        step = (row[1] - row[0] + rng.choice([-2, -1, 1, 2])) if kind == "arithmetic" else \
            rng.choice([2, 3, -2, sp.Rational(1, 2)])
        new.append([sp.sstr(first + step * i if kind == "arithmetic" else first * step**i)
                    for i in range(len(row))])
    return {**params, "sequences": new}


# ---------------------------------------------------------------- partial sums of listed terms


def _pose_partial_sums(params: dict[str, Any]) -> Problem:
    """``params``: ``terms`` (the listed terms a_1, a_2, ..., as strings): b_n = a_1 + ... + a_n
    for each listed n (the terms not listed are not known, so neither are their sums)."""
    terms = [sp.Rational(t) for t in params["terms"]]
    if len(terms) < 2:
        raise ValueError("at least two listed terms")
    sums = list(itertools.accumulate(terms))
    listed = ", ".join(map(str, terms))
    return Problem(
        statement=f"The sequence (a_n) starts {listed}, .... Find the first terms of the sequence "
                  "of its partial sums b_n = a_1 + ... + a_n.",
        statement_latex=f"The sequence $(a_n)$ starts ${listed}, \\dots$. Find the first terms of "
                        "the sequence of its partial sums $b_n = a_1 + \\dots + a_n$.",
        answer=sp.Tuple(*sums),
        steps=[f"$b_1 = a_1 = {terms[0]}$, and $b_n = b_{{n-1}} + a_n$: "
               + ", ".join(map(str, sums)) + "."],
        code=("import itertools\n\nimport sympy\n\n\ndef solve():\n"
              f"    terms = [sympy.Rational(t) for t in {params['terms']!r}]\n"
              "    return sympy.Tuple(*itertools.accumulate(terms))\n"),
        params=params,
    )


def _verify_partial_sums(problem: Problem) -> list[Check]:
    """The differences of the sums (b_1, then b_n - b_{n-1}) give back the listed terms."""
    sums = [Fraction(str(b)) for b in problem.answer]
    back = sums[:1] + [b - a for a, b in itertools.pairwise(sums)]
    return [Check("the differences of the partial sums are the listed terms",
                  back == [Fraction(t) for t in problem.params["terms"]])]


@family("sequences.partial_sums", verify=_verify_partial_sums, pose=_pose_partial_sums)
def partial_sums(rng: random.Random, difficulty: int) -> Problem:
    """The sequence of partial sums of a sequence's listed first terms."""
    return _pose_partial_sums({"terms": [str(rng.randint(0, 12 * difficulty))
                                         for _ in range(rng.randint(5, 8))]})


def vary_partial_sums(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each listed term moved by a little, none below zero."""
    return {**params, "terms": [str(max(0, int(sp.Rational(t)) + rng.randint(-3, 3)))
                                for t in params["terms"]]}
