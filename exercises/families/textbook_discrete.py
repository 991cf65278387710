"""Posed families for a discrete mathematics book: recurrences, congruences, logic, counting.

The formalize stage (:mod:`formalize.discrete`) reads "Solve the recurrence relation
$a_n = 7a_{n-1} - 10a_{n-2}$ with $a_0 = 2$ and $a_1 = 3$", "Solve $5x + 8 \\equiv 11
\\pmod{22}$", "Are $P \\rightarrow Q$ and $\\neg Q \\rightarrow \\neg P$ logically
equivalent?" or "How many functions $f:\\{1,\\dots,5\\} \\to \\{a,b,c\\}$ are surjective?"
into these families' parameters. SymPy finds each answer (``rsolve``,
``polynomial_congruence``, ``satisfiable``, closed counting formulas); each verifier
uses another way that needs no algebra: iterate the recurrence in exact fractions, try
every residue, walk every row of the truth table, enumerate the functions or subsets
(or, when there are too many, count them by a recurrence over the elements).
"""

from __future__ import annotations

import inspect
import itertools
import math
import random
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import sympy as sp

from exercises.families.textbook import WORDINGS, latex, worded
from exercises.family import Check, Problem, family

N = sp.Symbol("n")
K = sp.Symbol("k")
# The terms a recurrence's rule may use: a1 is a_{n-1}, a2 is a_{n-2}, a3 is a_{n-3}.
PREVIOUS = sp.symbols("a1 a2 a3")
TERMS_CHECKED = 12  # a closed formula must reproduce this many terms of the recurrence


def _parse(text: str) -> sp.Expr:
    return sp.sympify(text, locals={"n": N, **{str(s): s for s in PREVIOUS}})


# ---------------------------------------------------------------- recurrences and closed formulas


def _initial(params: dict[str, Any]) -> dict[int, sp.Rational]:
    return {int(i): sp.Rational(v) for i, v in params.get("initial", [])}


def _order(rule: sp.Expr) -> int:
    return max((i + 1 for i, s in enumerate(PREVIOUS) if s in rule.free_symbols), default=0)


def iterate(params: dict[str, Any], upto: int) -> dict[int, Fraction]:
    """The terms up to index ``upto`` in exact fractions: the rule applied step by step (or the
    closed formula evaluated), with no SymPy algebra: the independent way to the terms."""
    rule = _parse(params["expr"])
    if params.get("given") == "closed":
        return {i: Fraction(str(rule.subs(N, i))) for i in range(upto + 1)}
    terms = {i: Fraction(str(v)) for i, v in _initial(params).items()}
    order = _order(rule)
    for i in range(max(terms) + 1, upto + 1):  # one exact substitution per step
        step = rule.subs({N: i, **{PREVIOUS[j - 1]: sp.Rational(str(terms[i - j]))
                                   for j in range(1, order + 1)}})
        terms[i] = Fraction(str(step))
    return terms


def _closed(params: dict[str, Any]) -> sp.Expr:
    """The closed formula: given, or found by ``rsolve`` from the rule and initial terms (with
    no initial terms for ``want: general``: the general solution, in constants C0, C1, ...)."""
    rule = _parse(params["expr"])
    if params.get("given") == "closed":
        return rule
    a = sp.Function("a")
    recurrence = a(N) - rule.subs({s: a(N - i) for i, s in enumerate(PREVIOUS, 1)})
    initial = {a(i): v for i, v in _initial(params).items()}
    if params["want"] == "general":
        if initial or N in rule.free_symbols or rule.subs({s: 0 for s in PREVIOUS}) != 0:
            raise ValueError("a general solution here is of a homogeneous recurrence with "
                             "constant coefficients, and no first terms")
        return sp.rsolve(recurrence, a(N))
    if len(initial) != _order(rule):
        raise ValueError("a recurrence needs as many initial terms as its order")
    solution = sp.rsolve(recurrence, a(N), initial)
    if solution is None:
        raise ValueError("rsolve finds no closed formula")
    return sp.simplify(solution)


def _pose_recurrence(params: dict[str, Any]) -> Problem:
    """``params``: ``expr`` (the rule in n, a1 = a_{n-1}, a2 = a_{n-2}; or with ``given: closed``
    a closed formula in n), ``initial`` ([[index, value], ...]), ``want`` ("closed" or indices)."""
    rule, closed = _parse(params["expr"]), _closed(params)
    want = params["want"]
    shown = rule.subs({s: sp.Symbol(f"a_{{n-{i}}}") for i, s in enumerate(PREVIOUS, 1)})
    given = "" if params.get("given") == "closed" else " with " + ", ".join(
        f"a_{{{i}}} = {latex(v)}" for i, v in _initial(params).items())
    tex = f"a_n = {latex(shown)}{given}"
    if want == "general":
        answer: sp.Basic = closed
        what, what_tex = "the general solution", "the general solution"
        steps = [(f"The characteristic roots of ${tex}$ give one solution each (times n for a "
                 "repeated root); every solution is a combination of them."),
                 f"$a_n = {latex(closed)}$."]
    elif want == "closed":
        answer = closed
        what, what_tex = "a closed formula for a_n", "a closed formula for $a_n$"
        steps = [f"Solve ${tex}$ (characteristic roots, then the initial terms).",
                 f"$a_n = {latex(closed)}$."]
    else:
        values = [sp.nsimplify(sp.simplify(closed.subs(N, i))) for i in want]
        answer = values[0] if len(values) == 1 else sp.Tuple(*values)
        names = ", ".join(f"a_{{{i}}}" for i in want)
        what, what_tex = f"the terms {want}", f"${names}$"
        steps = [f"A closed formula: $a_n = {latex(closed)}$."] + [
            f"$a_{{{i}}} = {latex(v)}$." for i, v in zip(want, values, strict=True)]
    plain, statement = worded(params, [
        ("Find {w} for the sequence a_n = {p}.", "Find {wt} for the sequence ${t}$."),
        ("The sequence a_n = {p}: what is {w}?", "For the sequence ${t}$, what is {wt}?"),
        ("Compute {w} where a_n = {p}.", "Compute {wt} where ${t}$."),
    ], w=what, wt=what_tex, p=sp.sstr(shown) + given, t=tex)
    return Problem(
        statement=plain,
        statement_latex=statement,
        answer=answer,
        steps=steps,
        code=_recurrence_code(params),
        params=params,
    )


def _recurrence_code(params: dict[str, Any]) -> str:
    """``solve()``: rsolve for a closed formula; the terms by stepping the rule (cheap, exact)."""
    head = ("import sympy\n\n\ndef solve():\n"
            "    n = sympy.Symbol('n')\n"
            f"    rule = sympy.sympify({params['expr']!r})\n")
    if params["want"] == "general":
        return head + (
            "    a = sympy.Function('a')\n"
            "    previous = {sympy.Symbol(f'a{i}'): a(n - i) for i in (1, 2, 3)}\n"
            "    return sympy.rsolve(a(n) - rule.subs(previous), a(n))\n")
    if params["want"] == "closed":
        return head + (
            "    a = sympy.Function('a')\n"
            "    previous = {sympy.Symbol(f'a{i}'): a(n - i) for i in (1, 2, 3)}\n"
            f"    initial = {{a(int(i)): sympy.Rational(v) for i, v in {params['initial']!r}}}\n"
            "    return sympy.rsolve(a(n) - rule.subs(previous), a(n), initial)\n")
    if params.get("given") == "closed":
        values = f"[rule.subs(n, i) for i in {params['want']!r}]"
    else:
        head += (
            f"    terms = {{int(i): sympy.Rational(v) for i, v in {params['initial']!r}}}\n"
            f"    for i in range(max(terms) + 1, {max(params['want'])} + 1):\n"
            "        terms[i] = rule.subs({n: i, **{sympy.Symbol(f'a{j}'): terms.get(i - j, 0)\n"
            "                                        for j in (1, 2, 3)}})\n")
        values = f"[terms[i] for i in {params['want']!r}]"
    return head + (f"    values = {values}\n"
                   "    return values[0] if len(values) == 1 else sympy.Tuple(*values)\n")


def _verify_general(params: dict[str, Any], answer: sp.Expr) -> list[Check]:
    """The answer satisfies the recurrence whatever its constants, and has one constant per step
    of the recurrence, each free: any first terms are reached (the matrix of the terms 0 .. k-1
    in the constants is invertible)."""
    rule = _parse(params["expr"])
    order = _order(rule)
    constants = sorted(answer.free_symbols - {N}, key=str)
    term = sp.Lambda(N, answer)
    satisfied = sp.simplify(sp.expand(term(N) - rule.subs(
        {PREVIOUS[i - 1]: term(N - i) for i in range(1, order + 1)}))) == 0
    reached = len(constants) == order and sp.Matrix(
        [[sp.diff(term(i), c) for c in constants] for i in range(order)]).det() != 0
    return [Check("satisfies the recurrence for any constants (SymPy, symbolically)", satisfied),
            Check("one free constant per step: any first terms are reached", reached)]


def _verify_recurrence(problem: Problem) -> list[Check]:
    params, answer = problem.params, problem.answer
    if params["want"] == "general":
        return _verify_general(params, answer)
    if params["want"] == "closed":
        first = min(i for i, _ in params.get("initial", [[0, 0]]))
        terms = iterate(params, first + TERMS_CHECKED)
        ok = all(sp.nsimplify(sp.simplify(answer.subs(N, i))) == sp.Rational(terms[i].numerator,
                 terms[i].denominator) for i in range(first, first + TERMS_CHECKED))
        return [Check(f"the formula gives the first {TERMS_CHECKED} terms of the recurrence, "
                      "iterated in exact fractions", ok)]
    terms = iterate(params, max(params["want"]))
    values = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    ok = all(v == sp.Rational(terms[i].numerator, terms[i].denominator)
             for i, v in zip(params["want"], values, strict=True))
    return [Check("the terms iterated from the rule in exact fractions", ok,
                  str({i: str(terms[i]) for i in params["want"]}))]


@family("sequences.solve_recurrence", verify=_verify_recurrence, pose=_pose_recurrence)
def solve_recurrence(rng: random.Random, difficulty: int) -> Problem:
    """Terms or a closed formula of a linear recurrence with integer roots, from its first terms."""
    roots = [rng.choice([r for r in range(-4, 6) if r not in (0, 1)])
             for _ in range(1 + (difficulty >= 2))]
    c1, c2 = sum(roots), -math.prod(roots) if len(roots) == 2 else 0
    rule = c1 * PREVIOUS[0] + c2 * PREVIOUS[1]
    initial = [[i, str(rng.randint(-3, 6))] for i in range(len(roots))]
    want: Any = "closed" if rng.random() < 0.5 else [rng.randint(3, 6 + difficulty)]
    return _pose_recurrence({"expr": sp.sstr(rule), "initial": initial, "want": want,
                             "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- congruences


def residue_classes(answer: sp.Set) -> list[tuple[int, int]]:
    """``[(r, m), ...]`` for a union of classes r + m k (k an integer), as the answer is built."""
    parts = answer.args if isinstance(answer, sp.Union) else (
        [] if answer is sp.S.EmptySet else [answer])
    classes = []
    for part in parts:
        expr = part.lamda.expr
        variable = part.lamda.variables[0]
        classes.append((int(expr.subs(variable, 0)), int(expr.coeff(variable))))
    return classes


def _period(residues: list[int], modulus: int) -> tuple[list[int], int]:
    """The same solutions with their least period: {4, 9} modulo 10 is 4 modulo 5."""
    for period in sp.divisors(modulus):
        reduced = sorted({r % period for r in residues})
        if [r for r in range(modulus) if r % period in reduced] == residues:
            return reduced, period
    return residues, modulus


def _classes_set(residues: list[int], modulus: int) -> sp.Set:
    residues, modulus = _period(residues, modulus)
    if not residues:
        return sp.S.EmptySet
    return sp.Union(*[sp.ImageSet(sp.Lambda(K, modulus * K + r), sp.S.Integers) for r in residues])


def _pose_congruence(params: dict[str, Any]) -> Problem:
    """``params``: ``lhs``, ``rhs`` (polynomials in x with integer coefficients), ``modulus``."""
    from sympy.ntheory.residue_ntheory import polynomial_congruence

    x = sp.Symbol("x")
    lhs, rhs, modulus = sp.sympify(params["lhs"]), sp.sympify(params["rhs"]), int(params["modulus"])
    difference = sp.expand(lhs - rhs)
    if modulus < 2 or not sp.Poly(difference, x).is_univariate or not all(
            c.is_integer for c in sp.Poly(difference, x).all_coeffs()):
        raise ValueError("a congruence needs integer coefficients and a modulus of at least 2")
    residues = sorted(int(r) for r in polynomial_congruence(difference, modulus))
    answer = _classes_set(residues, modulus)
    least, period = _period(residues, modulus)
    shown = ", ".join(f"x \\equiv {r}" for r in residues) or "no solution"
    plain, tex = worded(params, [
        ("Solve {p} (mod {m}).", "Solve ${l} \\pmod{{{m}}}$."),
        ("Find every integer x with {p} (mod {m}).", "Find every integer $x$ with ${l} \\pmod{{{m}}}$."),
        ("Which integers x satisfy {p} (mod {m})?", "Which integers $x$ satisfy ${l} \\pmod{{{m}}}$?"),
    ], p=f"{sp.sstr(lhs)} = {sp.sstr(rhs)}", l=f"{latex(lhs)} \\equiv {latex(rhs)}", m=modulus)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[f"Reduce modulo ${modulus}$: ${latex(difference)} \\equiv 0$.",
               f"The solutions modulo ${modulus}$: ${shown}$.", f"As integers: ${latex(answer)}$."],
        code=(
            "import sympy\nfrom sympy.ntheory.residue_ntheory import polynomial_congruence\n\n\n"
            "def solve():\n"
            "    x, k = sympy.Symbol('x'), sympy.Symbol('k')\n"
            f"    difference = sympy.expand(sympy.sympify({params['lhs']!r}) - sympy.sympify({params['rhs']!r}))\n"
            f"    residues = sorted(int(r) for r in polynomial_congruence(difference, {modulus}))\n"
            f"    for period in sympy.divisors({modulus}):  # the least period of the solutions\n"
            "        reduced = sorted({r % period for r in residues})\n"
            f"        if [r for r in range({modulus}) if r % period in reduced] == residues:\n"
            "            break\n"
            "    if not residues:\n"
            "        return sympy.S.EmptySet\n"
            "    return sympy.Union(*[sympy.ImageSet(sympy.Lambda(k, period * k + r), sympy.S.Integers)\n"
            "                         for r in reduced])\n"
        ),
        params=params,
        answer_text=" or ".join(f"x = {r} + {period}k" for r in least) or "no solution",
    )


def _verify_congruence(problem: Problem) -> list[Check]:
    x = sp.Symbol("x")
    modulus = int(problem.params["modulus"])
    difference = sp.Poly(sp.expand(sp.sympify(problem.params["lhs"]) - sp.sympify(problem.params["rhs"])), x)
    coefficients = [int(c) for c in difference.all_coeffs()]

    def value(v: int) -> int:  # Horner's rule modulo m, in Python integers
        total = 0
        for c in coefficients:
            total = (total * v + c) % modulus
        return total

    classes = residue_classes(problem.answer)
    claimed = {v for v in range(modulus) if any((v - r) % m == 0 for r, m in classes)}
    solutions = {v for v in range(modulus) if value(v) == 0}
    return [Check(f"try every residue 0..{modulus - 1}", claimed == solutions, str(sorted(solutions)))]


@family("number_theory.solve_congruence", verify=_verify_congruence, pose=_pose_congruence)
def solve_congruence(rng: random.Random, difficulty: int) -> Problem:
    """Solve a linear (or, harder, quadratic) congruence modulo a small number."""
    modulus = rng.randint(5, 10 + 8 * difficulty)
    lhs = f"{rng.randint(2, modulus - 1)}*x + {rng.randint(0, modulus - 1)}"
    if difficulty >= 4:
        lhs = "x**2 + " + lhs
    return _pose_congruence({"lhs": lhs, "rhs": str(rng.randint(0, modulus - 1)),
                             "modulus": modulus, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- propositional logic

LOGIC_OPERATIONS = ("equivalent", "valid", "tautology", "table")
# The statements related to P -> Q that an item may name, built from P and Q.
RELATED = {"converse": lambda p, q: sp.Implies(q, p),
           "contrapositive": lambda p, q: sp.Implies(sp.Not(q), sp.Not(p)),
           "inverse": lambda p, q: sp.Implies(sp.Not(p), sp.Not(q))}
# Capital letters are statements (SymPy would read Q, S, E, I, N, O as its own objects).
LETTERS = {chr(c): sp.Symbol(chr(c)) for c in range(ord("A"), ord("Z") + 1)}


def statement(text: str) -> sp.Basic:
    """A propositional formula stored in a problem's parameters (``sstr`` of And, Or, ...)."""
    return sp.sympify(text, locals=LETTERS)


def _truth(expr: sp.Basic, values: dict[sp.Symbol, bool]) -> bool:
    """Evaluate a propositional formula by its connectives' truth tables: no SymPy logic."""
    if isinstance(expr, sp.Symbol):
        return values[expr]
    args = [_truth(a, values) for a in expr.args]
    if isinstance(expr, sp.Not):
        return not args[0]
    if isinstance(expr, sp.And):
        return all(args)
    if isinstance(expr, sp.Or):
        return any(args)
    if isinstance(expr, sp.Implies):
        return (not args[0]) or args[1]
    if isinstance(expr, sp.Equivalent):
        return len(set(args)) == 1
    if expr in (sp.true, sp.false):
        return bool(expr)
    raise ValueError(f"not a propositional connective: {expr.func}")


def _rows(formulas: list[sp.Basic]) -> list[dict[sp.Symbol, bool]]:
    """Every assignment, in the books' order: first letter slowest, T before F."""
    letters = sorted(set().union(*[f.free_symbols for f in formulas]), key=str)
    return [dict(zip(letters, row, strict=True))
            for row in itertools.product([True, False], repeat=len(letters))]


def _boolean(value: bool) -> sp.Basic:
    return sp.true if value else sp.false


def _related(formulas: list[sp.Basic], names: list[str]) -> str:
    """Which of the ``names`` (converse, contrapositive, inverse) the second formula is of the
    first, an implication; "neither" when none (the forms compared as SymPy builds them)."""
    original, candidate = formulas
    if not isinstance(original, sp.Implies):
        raise ValueError("a converse is of an implication")  # noqa: TRY004 - pose's "cannot pose"
    return next((n for n in names if candidate == RELATED[n](*original.args)), "neither")


def _pose_logic(params: dict[str, Any]) -> Problem:
    """``params``: ``op`` (equivalent: two formulas; valid: premises then the conclusion;
    tautology: one; table: one, its column; related: an implication and a statement, with
    ``names``, the related statements offered; cases: statements, with ``cases``, each a list
    of [letter, truth value] pairs: whether every statement is true in each case),
    ``formulas`` (SymPy strings with And, Or, Not, Implies, Equivalent over capital letters)."""
    formulas = [statement(f) for f in params["formulas"]]
    op = params["op"]
    shown = [f"${latex(f)}$" for f in formulas]
    if op == "equivalent":
        answer: sp.Basic = _boolean(not sp.satisfiable(sp.Xor(*formulas)))
        ask = "Are {0} and {1} logically equivalent?"
    elif op == "valid":
        *premises, conclusion = formulas
        answer = _boolean(not sp.satisfiable(sp.And(*premises, sp.Not(conclusion))))
        ask = "Is the deduction from {premises} to {last} valid?"
    elif op == "tautology":
        answer = _boolean(not sp.satisfiable(sp.Not(formulas[0])))
        ask = "Is {0} true for every assignment (a tautology)?"
    elif op == "cases":
        answer = sp.Tuple(*[sp.And(*formulas).subs({sp.Symbol(a): sp.sympify(v) for a, v in case})
                            for case in params["cases"]])
        ask = ("In which of these cases are {premises} and {last} all true? " + "; ".join(
            ", ".join(f"{a} {'true' if v else 'false'}" for a, v in case)
            for case in params["cases"]) + ".")
    elif op == "related":
        answer = sp.Symbol(_related(formulas, params["names"]))
        ask = "Is {1} " + " or ".join(f"the {n}" for n in params["names"]) + " of {0}, or neither?"
    else:
        answer = sp.Tuple(*[formulas[0].subs(row) for row in _rows(formulas)])
        ask = "Give the truth table column of {0} (rows T before F, first letter slowest)."

    def fill(texts: list[str]) -> str:
        return ask.format(*texts, premises=", ".join(texts[:-1]), last=texts[-1])

    return Problem(
        statement=fill([sp.sstr(f) for f in formulas]),
        statement_latex=fill(shown),
        answer=answer,
        steps=[(f"Search for an assignment that makes the claim fail (SymPy satisfiable); "
               f"the answer is ${latex(answer)}$.")],
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    letters = {chr(c): sympy.Symbol(chr(c)) for c in range(65, 91)}\n"
            f"    f = [sympy.sympify(s, locals=letters) for s in {params['formulas']!r}]\n"
            + {
                "equivalent": "    return sympy.true if not sympy.satisfiable(sympy.Xor(*f)) else sympy.false\n",
                "valid": "    claim = sympy.And(*f[:-1], sympy.Not(f[-1]))\n"
                         "    return sympy.true if not sympy.satisfiable(claim) else sympy.false\n",
                "tautology": "    return sympy.true if not sympy.satisfiable(sympy.Not(f[0])) else sympy.false\n",
                "cases": f"    cases = {params.get('cases')!r}\n"
                         "    return sympy.Tuple(*[sympy.And(*f).subs({letters[a]: sympy.sympify(v) "
                         "for a, v in case}) for case in cases])\n",
                "related": "    p, q = f[0].args\n"
                           "    forms = {'converse': sympy.Implies(q, p), "
                           "'contrapositive': sympy.Implies(sympy.Not(q), sympy.Not(p)), "
                           "'inverse': sympy.Implies(sympy.Not(p), sympy.Not(q))}\n"
                           f"    return sympy.Symbol(next((n for n in {params.get('names')!r} "
                           "if f[1] == forms[n]), 'neither'))\n",
                "table": "    letters = sorted(f[0].free_symbols, key=str)\n"
                         "    import itertools\n"
                         "    rows = itertools.product([True, False], repeat=len(letters))\n"
                         "    return sympy.Tuple(*[f[0].subs(dict(zip(letters, r))) for r in rows])\n",
            }[op]
        ),
        params=params,
    )


def _verify_logic(problem: Problem) -> list[Check]:
    formulas = [statement(f) for f in problem.params["formulas"]]
    rows = _rows(formulas)
    op = problem.params["op"]
    if op == "equivalent":
        expected: Any = all(_truth(formulas[0], r) == _truth(formulas[1], r) for r in rows)
    elif op == "valid":
        expected = all(_truth(formulas[-1], r) for r in rows
                       if all(_truth(p, r) for p in formulas[:-1]))
    elif op == "tautology":
        expected = all(_truth(formulas[0], r) for r in rows)
    elif op == "cases":  # the row of each case, every statement walked by its truth table
        found = [next(all(_truth(f, r) for f in formulas) for r in rows
                      if all(r[sp.Symbol(a)] == v for a, v in case)) for case in problem.params["cases"]]
        return [Check("each case's row of the truth table, every statement walked in it",
                      [bool(v) for v in problem.answer] == found)]
    elif op == "related":
        return [Check("the statement's if- and then-parts against P, Q and their negations, "
                      "column by column of the truth table",
                      problem.answer == sp.Symbol(_related_by_columns(formulas, rows,
                                                                      problem.params["names"])))]
    else:
        expected = [_truth(formulas[0], r) for r in rows]
        return [Check(f"walk all {len(rows)} rows of the truth table",
                      [bool(v) for v in problem.answer] == expected)]
    return [Check(f"walk all {len(rows)} rows of the truth table", bool(problem.answer) == expected)]


def _related_by_columns(formulas: list[sp.Basic], rows: list[dict], names: list[str]) -> str:
    """The related statement found by truth columns: the converse's if-part has Q's column and
    its then-part P's; the contrapositive's not Q's and not P's; the inverse's not P's, not Q's."""
    original, candidate = formulas
    if not isinstance(candidate, sp.Implies):
        return "neither"

    def column(f: sp.Basic, negated: bool = False) -> list[bool]:
        return [_truth(f, r) != negated for r in rows]

    p, q = original.args
    wanted = {"converse": (column(q), column(p)),
              "contrapositive": (column(q, True), column(p, True)),
              "inverse": (column(p, True), column(q, True))}
    found = (column(candidate.args[0]), column(candidate.args[1]))
    return next((n for n in names if wanted[n] == found), "neither")


@family("logic.propositional", verify=_verify_logic, pose=_pose_logic)
def propositional(rng: random.Random, difficulty: int) -> Problem:
    """Equivalence, validity, tautology or the truth table of formulas in P, Q, R, or whether a
    statement is the converse or the contrapositive of P -> Q."""
    letters = sp.symbols("P Q R")[: 2 + (difficulty >= 3)]

    def formula(depth: int) -> sp.Basic:
        if depth == 0:
            letter = rng.choice(letters)
            return sp.Not(letter) if rng.random() < 0.3 else letter
        op = rng.choice([sp.And, sp.Or, sp.Implies, sp.Implies])
        return op(formula(depth - 1), formula(rng.randint(0, depth - 1)), evaluate=False)

    op = rng.choice((*LOGIC_OPERATIONS, "related"))
    if op == "related":  # P -> Q and one of its related statements, or a look-alike
        p, q = letters[:2]
        candidate = rng.choice([*[form(p, q) for form in RELATED.values()], sp.Implies(q, sp.Not(p)),
                                sp.And(p, sp.Not(q))])
        return _pose_logic({"op": op, "names": ["converse", "contrapositive"],
                            "formulas": [sp.sstr(sp.Implies(p, q)), sp.sstr(candidate)]})
    count = {"equivalent": 2, "valid": 3, "tautology": 1, "table": 1}[op]
    formulas = [sp.sstr(formula(1 + difficulty // 2)) for _ in range(count)]
    return _pose_logic({"op": op, "formulas": formulas})


# ---------------------------------------------------------------- counting functions and subsets

COUNTS = {
    # kind: (what is counted, the closed formula SymPy evaluates)
    "functions": ("functions from an n-set to an m-set", lambda n, m: sp.Integer(m) ** n),
    "injective": ("injective functions from an n-set to an m-set", lambda n, m: sp.ff(m, n)),
    "surjective": ("surjective functions from an n-set to an m-set",
                   lambda n, m: sp.factorial(m) * sp.functions.combinatorial.numbers.stirling(n, m)),
    "bijective": ("bijections from an n-set to an m-set",
                  lambda n, m: sp.factorial(n) if n == m else sp.Integer(0)),
    "subsets": ("subsets of an n-set", lambda n, m: sp.Integer(2) ** n),
    "subsets_of_size": ("m-element subsets of an n-set", lambda n, m: sp.binomial(n, m)),
}
ENUMERATE_UP_TO = 50_000  # enumerate when there are at most this many candidates, else recount


def _pose_count(params: dict[str, Any]) -> Problem:
    """``params``: ``kind`` (a key of COUNTS), ``n`` (the domain's or the set's size), ``m``
    (the codomain's size, or the subsets' size)."""
    kind, n, m = params["kind"], int(params["n"]), int(params.get("m", 0))
    what, formula = COUNTS[kind]
    answer = sp.Integer(formula(n, m))
    def phrase(number: str) -> str:
        return what.replace("an n-set", f"a set of {number.format(n)} elements").replace(
            "an m-set", f"a set of {number.format(m)} elements").replace(
            "m-element subsets", f"{number.format(m)}-element subsets")

    plain, tex = worded(params, [("How many {p} are there?", "How many {l} are there?"),
                                 ("Count the {p}.", "Count the {l}."),
                                 ("Find the number of {p}.", "Find the number of {l}.")],
                        p=phrase("{}"), l=phrase("${}$"))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[f"Count the {what} with n = {n}" + (f", m = {m}" if kind != "subsets" else "")
               + f": ${answer}$."],
        code=(
            "import sympy\nfrom sympy.functions.combinatorial.numbers import stirling\n\n\n"
            "def solve():\n"
            f"    n, m = {n}, {m}\n"
            "    return sympy.Integer(" + {
                "functions": "m ** n", "injective": "sympy.ff(m, n)",
                "surjective": "sympy.factorial(m) * stirling(n, m)",
                "bijective": "sympy.factorial(n) if n == m else 0",
                "subsets": "2 ** n", "subsets_of_size": "sympy.binomial(n, m)"}[kind] + ")\n"
        ),
        params=params,
    )


def _recount(kind: str, n: int, m: int) -> int:
    """The count by brute force when small; otherwise by a recurrence over the elements
    (ways[j] = functions of the first i elements whose image has j elements)."""
    if kind in ("subsets", "subsets_of_size"):
        if 2 ** n <= ENUMERATE_UP_TO:
            subsets = itertools.chain.from_iterable(
                itertools.combinations(range(n), size) for size in range(n + 1))
            return sum(1 for s in subsets if kind == "subsets" or len(s) == m)
        row = [1]  # Pascal's rule, row by row
        for _ in range(n):
            row = [1] + [a + b for a, b in itertools.pairwise(row)] + [1]
        return sum(row) if kind == "subsets" else (row[m] if m <= n else 0)
    if m ** n <= ENUMERATE_UP_TO:
        maps = list(itertools.product(range(m), repeat=n))
        test = {"functions": lambda f: True, "injective": lambda f: len(set(f)) == n,
                "surjective": lambda f: len(set(f)) == m,
                "bijective": lambda f: len(set(f)) == n == m}[kind]
        return sum(1 for f in maps if test(f))
    ways = [1] + [0] * m
    for _ in range(n):  # send the next element to a used value (j ways) or a new one (m - j)
        ways = [ways[j] * j + (ways[j - 1] * (m - j + 1) if j else 0) for j in range(m + 1)]
    return {"functions": sum(ways), "injective": ways[n] if n <= m else 0,
            "surjective": ways[m], "bijective": ways[m] if n == m else 0}[kind]


def _verify_count(problem: Problem) -> list[Check]:
    kind, n, m = problem.params["kind"], int(problem.params["n"]), int(problem.params.get("m", 0))
    count = _recount(kind, n, m)
    small = (2 ** n if "subsets" in kind else m ** n) <= ENUMERATE_UP_TO
    how = "enumerate every candidate" if small else "recount by a recurrence over the elements"
    return [Check(how, problem.answer == count, str(count))]


@family("combinatorics.count_functions_subsets", verify=_verify_count, pose=_pose_count)
def count_functions_subsets(rng: random.Random, difficulty: int) -> Problem:
    """How many functions (injective, surjective, bijective) or subsets of a given size there are."""
    kind = rng.choice(sorted(COUNTS))
    n = rng.randint(2, 3 + difficulty)
    m = {"subsets_of_size": rng.randint(0, n), "bijective": n}.get(kind, rng.randint(2, 3 + difficulty))
    return _pose_count({"kind": kind, "n": n, "m": m, "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- sums of progressions


def _sum_parts(params: dict[str, Any]) -> tuple[sp.Expr, sp.Expr, sp.Expr, sp.Expr]:
    """(first term, step or ratio, last term, index of the last term) of a progression's sum."""
    first, rate, last = (_parse(params[k]) for k in ("first", "rate", "last"))
    if params["kind"] == "arithmetic":
        count = sp.simplify((last - first) / rate)
    elif (last / first).is_number:  # a negative ratio alternates: count by the sizes
        count = sp.simplify(sp.log(abs(last / first), abs(rate)))
    else:
        count = sp.simplify(sp.expand_log(sp.log(last / first, rate), force=True))
    if count.is_number and not (count.is_integer and count >= 0):
        raise ValueError("the last term is not a term of the progression")
    return first, rate, last, count


def _progression_total(kind: str, first: sp.Expr, rate: sp.Expr, last: sp.Expr,
                       count: sp.Expr) -> sp.Expr:
    """The sum of count + 1 terms: (terms) (first + last) / 2, or (last r - first) / (r - 1)."""
    if kind == "arithmetic":
        return (count + 1) * (first + last) / 2
    return (last * rate - first) / (rate - 1)


def _pose_sum(params: dict[str, Any]) -> Problem:
    """``params``: ``kind`` (arithmetic or geometric), ``first``, ``rate`` (the common difference
    or ratio), ``last`` (the last term: a number, or an expression in n)."""
    first, rate, last, count = _sum_parts(params)
    term = first + rate * K if params["kind"] == "arithmetic" else first * rate ** K
    answer = sp.factor(_progression_total(params["kind"], first, rate, last, count))
    shown = [term.subs(K, i) for i in range(3)]
    tex = " + ".join(latex(t) for t in shown) + f" + \\dots + {latex(last)}"
    plain_sum = " + ".join(sp.sstr(t) for t in shown) + f" + ... + {sp.sstr(last)}"
    plain, statement = worded(params, [
        ("Find the sum {p}.", "Find the sum ${l}$."),
        ("What is {p}?", "What is ${l}$?"),
        ("Compute {p}.", "Compute ${l}$."),
    ], p=plain_sum, l=tex)
    what = "difference" if params["kind"] == "arithmetic" else "ratio"
    return Problem(
        statement=plain,
        statement_latex=statement,
        answer=answer,
        steps=[(f"The terms are ${latex(term)}$ for $k = 0, \\dots, {latex(count)}$ (common {what} "
               f"${latex(rate)}$)."), f"Their sum is ${latex(answer)}$."],
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    n, k = sympy.Symbol('n'), sympy.Symbol('k')\n"
            f"    first, rate, last = (sympy.sympify(s) for s in ({params['first']!r}, "
            f"{params['rate']!r}, {params['last']!r}))\n"
            + ("    return sympy.factor(((last - first) / rate + 1) * (first + last) / 2)\n"
               if params["kind"] == "arithmetic" else
               "    return sympy.factor((last * rate - first) / (rate - 1))\n")
        ),
        params=params,
    )


def _add_up(first: Fraction, rate: Fraction, last: Fraction, arithmetic: bool) -> Fraction | None:
    """The terms added one by one up to ``last``; None when ``last`` is not a term."""
    total, term = Fraction(0), first
    for _ in range(100_000):
        total += term
        if term == last:
            return total
        term = term + rate if arithmetic else term * rate
        if (arithmetic and (term - last) * rate > 0) or (not arithmetic and abs(term) > abs(last)):
            return None
    return None


def _verify_sum(problem: Problem) -> list[Check]:
    """Add the terms one by one (exact fractions) up to the last; for a last term in n, at every
    n = 1..12 where the last term is a term (at least four of them)."""
    params = problem.params
    symbolic = bool(_parse(params["last"]).free_symbols)
    checked, ok = 0, True
    for at in ([{N: v} for v in range(1, 13)] if symbolic else [{}]):
        first, rate, last = (Fraction(str(_parse(params[k]).subs(at))) for k in ("first", "rate", "last"))
        total = _add_up(first, rate, last, params["kind"] == "arithmetic")
        if total is None:
            ok = ok and symbolic  # a number that is not a term: the problem is wrong
            continue
        checked += 1
        ok = ok and sp.simplify(problem.answer.subs(at) - sp.Rational(str(total))) == 0
    return [Check("add the terms one by one" + (f" at {checked} values of n" if symbolic else ""),
                  ok and checked >= (4 if symbolic else 1))]


@family("sequences.progression_sum", verify=_verify_sum, pose=_pose_sum)
def progression_sum(rng: random.Random, difficulty: int) -> Problem:
    """The sum of an arithmetic or geometric progression written out with its last term."""
    kind = rng.choice(["arithmetic", "geometric"])
    first = rng.randint(1, 9)
    if kind == "arithmetic":
        rate = rng.randint(2, 9)
        last = first + rate * rng.randint(5, 20 * difficulty)
    else:
        rate = rng.randint(2, 5)
        last = first * rate ** rng.randint(3, 4 + difficulty)
    return _pose_sum({"kind": kind, "first": str(first), "rate": str(rate), "last": str(last),
                      "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- coefficients of expansions


def _pose_coefficient(params: dict[str, Any]) -> Problem:
    """``params``: ``expr`` (a polynomial in x, unexpanded), ``power``."""
    x = sp.Symbol("x")
    expr, power = sp.sympify(params["expr"], locals={"x": x}), int(params["power"])
    if not expr.is_polynomial(x) or expr.free_symbols - {x}:
        raise ValueError("the expression is not a polynomial in x")
    answer = sp.Integer(sp.Poly(sp.expand(expr), x).coeff_monomial(x ** power))
    plain, tex = worded(params, [
        ("What is the coefficient of x**{k} in {p}?", "What is the coefficient of $x^{{{k}}}$ in ${l}$?"),
        ("Find the coefficient of x**{k} in the expansion of {p}.",
         "Find the coefficient of $x^{{{k}}}$ in the expansion of ${l}$."),
        ("Expand {p}: what is the coefficient of x**{k}?",
         "Expand ${l}$: what is the coefficient of $x^{{{k}}}$?"),
    ], k=power, p=sp.sstr(expr), l=latex(expr))
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[f"By the binomial theorem, expand ${latex(expr)}$ and collect the $x^{{{power}}}$ terms.",
               f"The coefficient is ${answer}$."],
        code=(
            "import sympy\n\n\ndef solve():\n"
            "    x = sympy.Symbol('x')\n"
            f"    f = sympy.expand(sympy.sympify({params['expr']!r}, locals={{'x': x}}))\n"
            f"    return sympy.Integer(sympy.Poly(f, x).coeff_monomial(x ** {power}))\n"
        ),
        params=params,
    )


def _verify_coefficient(problem: Problem) -> list[Check]:
    """Interpolate: the values at x = 0..d (Python integers) fix every coefficient (Newton's
    divided differences in exact fractions)."""
    x = sp.Symbol("x")
    expr = sp.sympify(problem.params["expr"], locals={"x": x})
    degree = sp.degree(expr, x)
    code = compile(sp.sstr(expr), "<expr>", "eval")
    values = [Fraction(eval(code, {"x": v})) for v in range(degree + 1)]
    table, coefficients = list(values), [values[0]]
    for order in range(1, degree + 1):  # divided differences at the points 0..degree
        table = [(table[i + 1] - table[i]) / order for i in range(len(table) - 1)]
        coefficients.append(table[0])
    polynomial = [Fraction(0)] * (degree + 1)  # Newton form to power form
    basis = [Fraction(1)]
    for order, c in enumerate(coefficients):
        for i, b in enumerate(basis):
            polynomial[i] += c * b
        basis = [Fraction(0)] + basis  # times (x - order)
        for i in range(len(basis) - 1):
            basis[i] -= order * basis[i + 1]
    power = int(problem.params["power"])
    found = polynomial[power] if power <= degree else Fraction(0)
    return [Check("interpolate the polynomial from its values at 0..degree", found == problem.answer,
                  str(found))]


@family("algebra.coefficient_of_power", verify=_verify_coefficient, pose=_pose_coefficient)
def coefficient_of_power(rng: random.Random, difficulty: int) -> Problem:
    """The coefficient of a power of x in a binomial power (binomial theorem)."""
    exponent = rng.randint(3, 5 + 3 * difficulty)
    expr = f"(x + {rng.randint(1, 5)})**{exponent}"
    return _pose_coefficient({"expr": expr, "power": rng.randint(1, exponent - 1),
                              "template": rng.randrange(WORDINGS)})


# ---------------------------------------------------------------- a sequence from its first terms


def _fit(terms: list[sp.Rational], start: int) -> sp.Expr:
    """The simplest closed formula through the listed terms, with at least two terms to spare:
    a polynomial (least degree), then c r^n + d, then a_n = p a_{n-1} + q a_{n-2}; last, with
    one to spare, a polynomial, c r^n (2, 6, 18: 2 3^n), or c r^n plus a polynomial of degree
    k - 1 when the k-th differences are geometric (1, 3, 8, 17, 32, 57: 2^n + n^2)."""
    points = [(start + i, t) for i, t in enumerate(terms)]
    polynomial = sp.expand(sp.interpolate(points, N))
    if sp.degree(polynomial, N) <= len(terms) - 3:
        return polynomial
    differences = [b - a for a, b in itertools.pairwise(terms)]
    candidates = []
    if len(terms) >= 5 and 0 not in differences:  # c r^n + d: the differences grow by r
        r = differences[1] / differences[0]
        c = differences[0] / (r ** start * (r - 1)) if r not in (0, 1) else None
        if c is not None:
            candidates.append(c * r ** N + terms[0] - c * r ** start)
    p, q = sp.symbols("p q")
    found = sp.solve([terms[i + 2] - p * terms[i + 1] - q * terms[i] for i in range(2)], (p, q),
                     dict=True) if len(terms) >= 6 else []
    if found and {p, q} <= found[0].keys():
        a = sp.Function("a")
        closed = sp.rsolve(a(N) - found[0][p] * a(N - 1) - found[0][q] * a(N - 2), a(N),
                           {a(start): terms[0], a(start + 1): terms[1]})
        candidates += [closed] if closed is not None else []
    if sp.degree(polynomial, N) <= len(terms) - 2:
        candidates.append(polynomial)  # last: a polynomial with only one term to spare
    if 0 not in terms and terms[1] != terms[0]:  # c r^n (no constant added): one term to spare
        r = terms[1] / terms[0]
        candidates.append(terms[0] * r ** (N - start))
    level = differences
    for k in range(2, len(terms) - 2):  # the k-th differences, three or more of them
        level = [b - a for a, b in itertools.pairwise(level)]
        ratios = {b / a for a, b in itertools.pairwise(level)} if 0 not in level else set()
        if len(ratios) == 1 and not ratios & {0, 1}:
            unknowns = sp.symbols(f"c0:{k + 1}")
            shape = unknowns[0] * ratios.pop() ** N + sum(b * N**i for i, b in enumerate(unknowns[1:]))
            found = sp.solve([shape.subs(N, n) - t for n, t in points[:k + 1]], unknowns, dict=True)
            candidates += [shape.subs(found[0])] if len(found) == 1 and len(found[0]) == k + 1 else []
            break
    for candidate in candidates:
        if all(sp.expand(candidate.subs(N, n)) == t for n, t in points):
            return candidate
    raise ValueError("no polynomial, c r^n + d or second-order recurrence fits with terms to spare")


# a_n, a_{n-1}, a_{n-2} as formalize.latex reads them (the book's recursive definitions compare)
NOW, BEFORE = sp.Symbol("a_{n}"), (sp.Symbol("a_{n - 1}"), sp.Symbol("a_{n - 2}"))


def _recursion(terms: list[sp.Rational], start: int) -> sp.Tuple:
    """A recursive definition the listed terms follow, each rule tried with terms to spare:
    a polynomial closed formula's difference ``a_n = a_{n-1} + (p(n) - p(n-1))``, else
    ``a_n = p a_{n-1} + q``, else ``a_n = p a_{n-1} + q a_{n-2}``; with its first terms."""
    closed = _fit(terms, start)
    if closed.is_polynomial(N):
        rule, order = BEFORE[0] + sp.expand(closed - closed.subs(N, N - 1)), 1
    else:
        p, q = sp.symbols("p q")
        rule, order = None, 0
        for order, shape in ((1, p * BEFORE[0] + q), (2, p * BEFORE[0] + q * BEFORE[1])):
            def at(i: int, shape: sp.Expr = shape) -> sp.Expr:
                return shape.subs({BEFORE[0]: terms[i - 1], BEFORE[1]: terms[i - 2]})
            if len(terms) < order + 3:  # two terms to find p and q, one more to check them
                continue
            found = sp.solve([terms[i] - at(i) for i in (order, order + 1)], (p, q), dict=True)
            if len(found) == 1 and {p, q} <= found[0].keys() and all(
                    at(i).subs(found[0]) == terms[i] for i in range(order, len(terms))):
                rule = shape.subs(found[0])
                break
        if rule is None:
            raise ValueError("no first- or second-order recurrence fits with terms to spare")
    firsts = [sp.Eq(sp.Symbol(f"a_{{{start + i}}}"), terms[i]) for i in range(order)]
    return sp.Tuple(sp.Eq(NOW, rule), *firsts)


def _listed_answer(want: Any, terms: list[sp.Rational], start: int, value: Any) -> sp.Basic:
    """One question about the listed sequence: ``closed``, ``recursive``, ``member`` (is
    ``value`` a term: ``a_k = value``, or False), ``sum`` (of the first ``value`` terms, a
    number or n), ``degree`` (of a polynomial closed formula, or False for none),
    ``differences`` (of the listed terms) or a count of next terms."""
    closed = _fit(terms, start)
    if want == "closed":
        return closed
    if want == "recursive":
        return _recursion(terms, start)
    if want == "differences":  # of the listed terms, each from the one before
        return sp.Tuple(*(b - a for a, b in itertools.pairwise(terms)))
    if want == "degree":  # a polynomial's degree k (the k-th differences constant), or False
        return sp.Integer(sp.degree(closed, N)) if closed.is_polynomial(N) else sp.false
    if want == "sum":  # of the first ``value`` terms (a number, or n)
        count = sp.sympify(value, locals={"n": N})
        return sp.factor(sp.summation(closed.subs(N, K), (K, start, start + count - 1)))
    if want == "member":
        if not (closed.is_polynomial(N) or len(closed.atoms(sp.Pow)) == 1):
            raise ValueError("membership is decided for a polynomial or c r^n + d only")
        value = sp.Rational(value)
        at = sorted(k for k in sp.solve(closed - value, N) if k.is_integer and k >= start)
        return sp.Eq(sp.Symbol(f"a_{{{at[0]}}}"), value) if at else sp.false
    after = [sp.simplify(closed.subs(N, start + len(terms) + i)) for i in range(int(want))]
    return after[0] if len(after) == 1 else sp.Tuple(*after)


def _pose_listed(params: dict[str, Any]) -> Problem:
    """``params``: ``terms`` (the listed terms, as strings), ``start`` (the first term's index),
    ``want`` ("closed", "recursive", "member" with ``value``, the number of next terms, or a
    list of these, asked in turn)."""
    terms = [sp.Rational(t) for t in params["terms"]]
    start, want = int(params["start"]), params["want"]
    wants = want if isinstance(want, list) else [want]
    closed = _fit(terms, start)
    found = [_listed_answer(w, terms, start, params.get("value")) for w in wants]
    answer = found[0] if len(found) == 1 else sp.Tuple(*found)
    listed = ", ".join(sp.sstr(t) for t in terms)
    asks = {"closed": "a closed formula", "recursive": "a recursive definition",
            "member": f"whether {params.get('value')} is a term",
            "sum": f"the sum of the first {params.get('value')} terms",
            "degree": "the degree of a polynomial closed formula (or that there is none)",
            "differences": "the differences between consecutive terms"}
    ask = " and ".join(asks.get(w, f"the next {w} term(s)") for w in wants)
    return Problem(
        statement=f"Find {ask} of the sequence {listed}, ... (the first term is a_{start}).",
        statement_latex=(f"Find {ask} of the sequence ${listed}, \\dots$ (the first term is "
                         f"$a_{{{start}}}$)."),
        answer=answer,
        steps=[f"The terms fit $a_n = {latex(closed)}$ (with terms to spare).",
               f"The answer is ${latex(answer)}$."],
        code=(
            "import itertools\nfrom typing import Any\n\nimport sympy\nimport sympy as sp\n\n"
            "N, K = sp.Symbol('n'), sp.Symbol('k')\nNOW, BEFORE = sp.Symbol('a_{n}'), (sp.Symbol('a_{n - 1}'), "
            "sp.Symbol('a_{n - 2}'))\n\n\n"
            + inspect.getsource(_fit) + "\n\n" + inspect.getsource(_recursion) + "\n\n"
            + inspect.getsource(_listed_answer)
            + "\n\ndef solve():\n"
            f"    terms = [sympy.Rational(t) for t in {params['terms']!r}]\n"
            f"    found = [_listed_answer(w, terms, {start}, {params.get('value')!r}) "
            f"for w in {wants!r}]\n"
            "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"
        ),
        params=params,
    )


def _steps(definition: sp.Tuple) -> Iterator[Fraction]:
    """The terms of a recursive definition, stepped in exact fractions from its first terms."""
    rule, terms = definition[0].rhs, [Fraction(str(f.rhs)) for f in definition[1:]]
    index = int(str(definition[1].lhs)[3:-1])  # a_{3} -> 3
    yield from terms
    while True:
        known = {N: index + len(terms), BEFORE[0]: sp.Rational(str(terms[-1]))}
        if len(terms) > 1:
            known[BEFORE[1]] = sp.Rational(str(terms[-2]))
        terms.append(Fraction(str(rule.subs(known))))
        yield terms[-1]


def _verify_listed(problem: Problem) -> list[Check]:
    """The rule reproduces every listed term (each evaluated on its own, not fitted); a
    recursive definition stepped from its first terms gives them too; a term's place is found
    by stepping that definition until the terms pass the value."""
    params = problem.params
    terms = [Fraction(t) for t in params["terms"]]
    start, want = int(params["start"]), params["want"]
    wants = want if isinstance(want, list) else [want]
    answers = list(problem.answer) if len(wants) > 1 else [problem.answer]
    rationals = [sp.Rational(t) for t in params["terms"]]
    closed = _fit(rationals, start)
    definition = _recursion(rationals, start) if {"member", "sum"} & set(wants) else None

    def value(formula: sp.Expr, n: int) -> Fraction:
        value = sp.expand(formula.subs(N, n))  # also evaluates a book's unevaluated sums
        return Fraction(str(value if value.is_Rational else sp.nsimplify(sp.simplify(value))))

    checks = []
    for asked, answer in zip(wants, answers, strict=True):
        if asked == "closed":
            checks.append(Check("the formula gives every listed term (exact)", all(
                value(answer, start + i) == t for i, t in enumerate(terms))))
        elif asked == "recursive":
            checks.append(Check("the recursive definition, stepped from its first terms, gives "
                                "every listed term", list(itertools.islice(_steps(answer), len(terms))) == terms))
        elif asked == "member":
            checks.append(_check_member(definition, Fraction(str(params["value"])), start,
                                        answer))
        elif asked == "sum":
            checks.append(_check_sum(definition, str(params["value"]), answer))
        elif asked == "degree":
            checks.append(_check_degree(terms, answer))
        elif asked == "differences":
            sums = itertools.accumulate(Fraction(str(d)) for d in answer)
            checks.append(Check("the first term plus the differences, added one by one, gives "
                                "every listed term", len(answer) == len(terms) - 1
                                and [terms[0] + s for s in sums] == terms[1:]))
        else:
            after = list(answer) if isinstance(answer, sp.Tuple) else [answer]
            checks.append(Check("the formula gives every listed term, the next terms its next "
                                "values", all(value(closed, start + i) == t
                                              for i, t in enumerate(terms)) and all(
                value(closed, start + len(terms) + i) == Fraction(str(v))
                for i, v in enumerate(after))))
    return checks


def _check_degree(terms: list[Fraction], answer: sp.Basic) -> Check:
    """Differences of differences, as the book takes them: the first level with two or more
    entries all equal is the degree k (Delta^k-constant); none such, no polynomial."""
    level, constant = list(terms), None
    for k in range(len(terms) - 1):
        if len(set(level)) == 1:
            constant = k
            break
        level = [b - a for a, b in itertools.pairwise(level)]
    expected = sp.false if constant is None else sp.Integer(constant)
    return Check("the listed terms' differences, level by level, until a level is constant",
                 answer == expected, str(expected))


SUMS_CHECKED = 12  # a sum of the first n terms is checked for n = 1 .. this


def _check_sum(definition: sp.Tuple, count: str, answer: sp.Basic) -> Check:
    """The terms stepped from the recursive definition, added up: the sum of the first
    ``count`` of them (or, for n, of the first 1 .. SUMS_CHECKED, each against the formula)."""
    sums = list(itertools.accumulate(itertools.islice(
        _steps(definition), int(count) if count.isdigit() else SUMS_CHECKED)))
    if count.isdigit():
        return Check(f"the first {count} terms stepped from the recursive definition, added",
                     answer == sums[-1], str(sums[-1]))
    return Check(f"the terms stepped from the recursive definition, added: the formula's values "
                 f"for n = 1 to {SUMS_CHECKED}", all(
                     answer.subs(N, m) == total for m, total in enumerate(sums, 1)))


STEPS_TO_MEMBER = 100_000  # how far a term is looked for by stepping


def _check_member(definition: sp.Tuple, wanted: Fraction, start: int, answer: sp.Basic) -> Check:
    """Step the recursive definition until a term equals ``wanted`` or the terms move away from
    it three times running past it (a polynomial's or exponential's terms do not turn back)."""
    seen, away, last = None, 0, None
    for index, term in enumerate(itertools.islice(_steps(definition), STEPS_TO_MEMBER), start):
        if term == wanted:
            seen = index
            break
        passed = last is not None and (term - wanted) * (term - last) > 0
        away = away + 1 if passed and abs(term - wanted) > abs(last - wanted) else 0
        if away == 3:
            break
        last = term
    expected = sp.false if seen is None else sp.Eq(sp.Symbol(f"a_{{{seen}}}"),
                                                   sp.Rational(str(wanted)))
    return Check("stepping the recursive definition meets the value there (or passes it)",
                 expected == answer, sp.sstr(expected))


@family("sequences.listed_sequence", verify=_verify_listed, pose=_pose_listed)
def listed_sequence(rng: random.Random, difficulty: int) -> Problem:
    """A closed formula or the next terms of a sequence given by its first terms."""
    kind = rng.choice(["polynomial", "exponential"])
    a, b, c = (rng.randint(-4, 6) for _ in range(3))
    formula = a * N**2 + b * N + c if kind == "polynomial" else a * rng.randint(2, 4) ** N + b
    if formula.is_number:
        formula = formula + N
    start = rng.choice([0, 1])
    terms = [sp.sstr(formula.subs(N, start + i)) for i in range(6)]
    want: Any = "closed" if rng.random() < 0.5 else rng.randint(1, 2)
    return _pose_listed({"terms": terms, "start": start, "want": want})


# ---------------------------------------------------------------- divisors

DIVIDE_UP_TO = 10**12  # trial division to the square root stays under a second


def _pose_divisors(params: dict[str, Any]) -> Problem:
    """``params``: ``number`` (a positive integer, as a string)."""
    number = int(params["number"])
    if not 0 < number <= DIVIDE_UP_TO:
        raise ValueError("the number must be positive and at most 10^12")
    factors = sp.factorint(number)
    answer = sp.Integer(sp.divisor_count(number))
    product = " \\cdot ".join(f"{p}^{{{e}}}" for p, e in factors.items()) or "1"
    plain, tex = worded(params, [
        ("How many positive divisors does {n} have?", "How many positive divisors does ${n}$ have?"),
        ("Count the divisors of {n}.", "Count the divisors of ${n}$."),
        ("What is the number of divisors of {n}?", "What is the number of divisors of ${n}$?"),
    ], n=number)
    return Problem(
        statement=plain,
        statement_latex=tex,
        answer=answer,
        steps=[f"${number} = {product}$.",
               ("A divisor picks each prime's exponent from 0 up to its own: multiply the "
               f"(exponent + 1)s: ${answer}$.")],
        code=f"import sympy\n\n\ndef solve():\n    return sympy.Integer(sympy.divisor_count({number}))\n",
        params=params,
    )


def _verify_divisors(problem: Problem) -> list[Check]:
    number = int(problem.params["number"])
    count = sum(2 - (d * d == number) for d in range(1, math.isqrt(number) + 1) if number % d == 0)
    return [Check("trial division up to the square root, pairing d with n/d",
                  problem.answer == count, str(count))]


@family("number_theory.count_divisors", verify=_verify_divisors, pose=_pose_divisors)
def count_divisors(rng: random.Random, difficulty: int) -> Problem:
    """The number of divisors of a number given by (or built from) its prime factorisation."""
    number = math.prod(p ** rng.randint(0, 1 + difficulty) for p in (2, 3, 5, 7, 11)[:2 + difficulty // 2])
    return _pose_divisors({"number": str(max(number, 2)), "template": rng.randrange(WORDINGS)})
