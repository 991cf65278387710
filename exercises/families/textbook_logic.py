"""A posed family for propositional logic: push every negation onto a letter.

"Simplify $\\neg(P \\to \\neg Q)$ (so that negation only appears right before variables)" is
read by :mod:`formalize.logic` into the statement's SymPy text. SymPy's ``to_nnf`` finds the
negation normal form (implications and biconditionals written with and/or, De Morgan's laws,
double negations dropped); the check walks every row of the truth table of both statements with
the connectives' own tables (no SymPy logic) and confirms each negation stands on a letter.
"""

from __future__ import annotations

import inspect
import itertools
import random
import re
import sys
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
    letters), or ``statements`` (LaTeX of statements of predicate logic, read by
    :func:`parse_formula`: one answer each)."""
    if "statements" in params:
        return _pose_quantified(params)
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
    if "statements" in problem.params:
        return _verify_quantified(problem)
    given = statement(problem.params["formula"])
    rows = _rows([given, problem.answer])
    return [Check(f"the same truth value in all {len(rows)} rows of the truth table",
                  all(_truth(given, r) == _truth(problem.answer, r) for r in rows)),
            Check("each negation stands right before a letter",
                  negations_on_letters(problem.answer))]


@family("logic.negation_normal_form", verify=_verify_negation, pose=_pose_negation)
def negation_normal_form(rng: random.Random, difficulty: int) -> Problem:
    """The negation of an implication or a conjunction of statements in P, Q, R; from difficulty
    3 on, half the time a negated quantified statement about P(x) and Q(x, y)."""
    letters = sp.symbols("P Q R")[: 2 + (difficulty >= 3)]

    def formula(depth: int) -> sp.Basic:
        if depth == 0:
            letter = rng.choice(letters)
            return sp.Not(letter) if rng.random() < 0.4 else letter
        op = rng.choice([sp.And, sp.Or, sp.Implies])
        return op(formula(depth - 1), formula(rng.randint(0, depth - 1)), evaluate=False)

    if difficulty >= 3 and rng.random() < 0.5:  # a quantified one: not Qx Qy (P(x) op Q(y))
        quantifiers = "".join(rng.choice(["\\forall ", "\\exists "]) + v for v in "xy")
        inside = rng.choice(["\\wedge", "\\vee", "\\to"])
        negated = rng.choice(["", "\\neg "])
        return _pose_negation({"statements": [
            f"\\neg {quantifiers} ({negated}P(x) {inside} Q(x,y))"]})
    return _pose_negation({"formula": sp.sstr(sp.Not(formula(1 + difficulty // 2)))})


# ---------------------------------------------------------------- predicate logic

# A statement of predicate logic as a JSON tree: ["forall", "x", F], ["exists", "x", F],
# ["not", F], ["and", F, G], ["or", F, G], ["implies", F, G], ["iff", F, G],
# ["pred", "P", ["x", "y"]] (a letter P is ["pred", "P", []]), ["rel", "<", "x+y", "z"] (the
# relations < <= > >= = != between sums and differences of variables and numbers).
Formula = list[Any]
_TOKENS = [
    ("(", r"\\left\(|\(|\\big\(|\\Big\("), (")", r"\\right\)|\)|\\big\)|\\Big\)"),
    ("forall", r"\\forall"), ("exists", r"\\exists"), ("not", r"\\neg|\\lnot"),
    ("and", r"\\wedge|\\land"), ("or", r"\\vee|\\lor"),
    ("iff", r"\\leftrightarrow|\\Leftrightarrow|\\iff"),
    ("implies", r"\\rightarrow|\\Rightarrow|\\imp(?![a-z])|\\to(?![a-z])"),
    ("rel", r"\\leq?(?![a-z])|\\geq?(?![a-z])|\\neq?(?![a-z])|\\lt(?![a-z])|\\gt(?![a-z])|<=|>=|<|>|="),
    ("pred", r"[A-Z]"), ("var", r"[a-z]"), ("num", r"\d+"), ("op", r"[+-]"), (",", r","),
]
_TOKEN = re.compile("|".join(f"(?P<t{i}>{p})" for i, (_, p) in enumerate(_TOKENS)))
_RELATIONS = {"<": "<", "\\lt": "<", ">": ">", "\\gt": ">", "\\le": "<=", "\\leq": "<=",
              "<=": "<=", "\\ge": ">=", "\\geq": ">=", ">=": ">=", "=": "=", "\\ne": "!=",
              "\\neq": "!="}
_NEGATED = {"<": ">=", ">=": "<", ">": "<=", "<=": ">", "=": "!=", "!=": "="}
_WRITTEN = {"<": "<", ">": ">", "<=": "\\leq", ">=": "\\geq", "=": "=", "!=": "\\neq"}
_QUANTIFIERS = {"forall": "\\forall", "exists": "\\exists"}
_CONNECTIVES = {"and": "\\wedge", "or": "\\vee", "implies": "\\to", "iff": "\\leftrightarrow"}


def parse_formula(latex: str) -> Formula | None:
    """A statement of predicate (or propositional) logic as a :data:`Formula`, or None.
    Quantifiers and not bind the one statement after them; then and, or, implies (to the
    right), iff."""
    text = re.sub(r"\\[,;:! ]", " ", latex).strip().rstrip(".,")
    tokens, at = [], 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        match = _TOKEN.match(text, at)
        if match is None:
            return None
        tokens.append((_TOKENS[int(match.lastgroup[1:])][0], match.group()))
        at = match.end()
    try:
        formula, rest = _level(tokens, 0)
    except (IndexError, ValueError):
        return None
    return formula if not rest else None


_LEVELS = ["iff", "implies", "or", "and"]


def _level(tokens: list, level: int) -> tuple[Formula, list]:
    if level == len(_LEVELS):
        return _unary(tokens)
    name = _LEVELS[level]
    left, rest = _level(tokens, level + 1)
    while rest and rest[0][0] == name:
        right, rest = _level(rest[1:], level if name == "implies" else level + 1)
        left = [name, left, right]
    return left, rest


def _unary(tokens: list) -> tuple[Formula, list]:
    kind, text = tokens[0]
    if kind == "not":
        inner, rest = _unary(tokens[1:])
        return ["not", inner], rest
    if kind in _QUANTIFIERS:
        if tokens[1][0] != "var":
            raise ValueError("a quantifier binds a variable")
        inner, rest = _unary(tokens[2:])
        return [kind, tokens[1][1], inner], rest
    if kind == "(":
        inner, rest = _level(tokens[1:], 0)
        if not rest or rest[0][0] != ")":
            raise ValueError("an unclosed bracket")
        return inner, rest[1:]
    if kind == "pred":
        if len(tokens) > 1 and tokens[1][0] == "(":
            names, rest = [], tokens[2:]
            while rest and rest[0][0] == "var":
                names.append(rest[0][1])
                rest = rest[1:]
                if rest and rest[0][0] == ",":
                    rest = rest[1:]
            if not names or not rest or rest[0][0] != ")":
                raise ValueError("a predicate's arguments are variables")
            return ["pred", text, names], rest[1:]
        return ["pred", text, []], tokens[1:]
    return _relation(tokens)


def _term(tokens: list) -> tuple[str, list]:
    if tokens[0][0] not in ("var", "num"):
        raise ValueError("a term is variables and numbers added")
    term, rest = tokens[0][1], tokens[1:]
    while rest and rest[0][0] == "op" and len(rest) > 1 and rest[1][0] in ("var", "num"):
        term, rest = term + rest[0][1] + rest[1][1], rest[2:]
    return term, rest


def _relation(tokens: list) -> tuple[Formula, list]:
    """``x < z < y`` is ``x < z and z < y``."""
    left, rest = _term(tokens)
    chain: list[Formula] = []
    while rest and rest[0][0] == "rel":
        relation = _RELATIONS[rest[0][1]]
        right, rest = _term(rest[1:])
        chain.append(["rel", relation, left, right])
        left = right
    if not chain:
        raise ValueError("a term alone is no statement")
    formula = chain[0]
    for link in chain[1:]:
        formula = ["and", formula, link]
    return formula, rest


def negation_inward(formula: Formula, negated: bool = False) -> Formula:
    """The statement (negated when ``negated``) with every negation on a predicate: quantifiers
    switch as a negation passes them, De Morgan's laws for and and or, an implication and a
    biconditional written with and, or, not, a negated relation written as its opposite."""
    head = formula[0]
    if head == "pred":
        return ["not", formula] if negated else formula
    if head == "rel":
        return ["rel", _NEGATED[formula[1]], *formula[2:]] if negated else formula
    if head == "not":
        return negation_inward(formula[1], not negated)
    if head in _QUANTIFIERS:
        kind = {"forall": "exists", "exists": "forall"}[head] if negated else head
        return [kind, formula[1], negation_inward(formula[2], negated)]
    left, right = formula[1], formula[2]
    if head in ("and", "or"):
        kind = {"and": "or", "or": "and"}[head] if negated else head
        return [kind, negation_inward(left, negated), negation_inward(right, negated)]
    if head == "implies":  # A -> B is not A or B; its negation A and not B
        if negated:
            return ["and", negation_inward(left), negation_inward(right, True)]
        return ["or", negation_inward(left, True), negation_inward(right)]
    # A <-> B is (A and B) or (not A and not B); its negation (A and not B) or (not A and B)
    return ["or", ["and", negation_inward(left), negation_inward(right, negated)],
            ["and", negation_inward(left, True), negation_inward(right, not negated)]]


def formula_latex(formula: Formula, outer: bool = True) -> str:
    """The statement in the book's notation, brackets around every inner and, or, ->, <->
    (a chain of one connective in one pair)."""
    head = formula[0]
    if head == "pred":
        return formula[1] + (f"({','.join(formula[2])})" if formula[2] else "")
    if head == "rel":
        return f"{formula[2]} {_WRITTEN[formula[1]]} {formula[3]}"
    if head == "not":
        return f"\\neg {formula_latex(formula[1], False)}"
    if head in _QUANTIFIERS:  # (a relation after a quantifier in brackets: \forall w (x \neq w))
        body = formula_latex(formula[2], False)
        return f"{_QUANTIFIERS[head]} {formula[1]} " + (f"({body})" if formula[2][0] == "rel"
                                                         else body)

    def joined(part: Formula) -> str:
        same = part[0] == head and head in ("and", "or")
        return " ".join(formula_latex(p, False) if i % 2 == 0 else p
                        for i, p in enumerate(_flat(part))) if same else formula_latex(part, False)

    inner = f" {_CONNECTIVES[head]} ".join([joined(formula[1]), joined(formula[2])])
    return inner if outer else f"({inner})"


def _flat(formula: Formula) -> list[Any]:
    """An and (or an or) of several, as its pieces with the connective between them."""
    pieces: list[Any] = []
    for i, part in enumerate(formula[1:]):
        if i:
            pieces.append(_CONNECTIVES[formula[0]])
        pieces += _flat(part) if part[0] == formula[0] else [part]
    return pieces


def only_on_predicates(formula: Formula) -> bool:
    """Is every negation on a predicate (and no implication or biconditional left)?"""
    head = formula[0]
    if head in ("pred", "rel"):
        return True
    if head == "not":
        return formula[1][0] == "pred"
    if head in _QUANTIFIERS:
        return only_on_predicates(formula[2])
    return head in ("and", "or") and all(map(only_on_predicates, formula[1:]))


def _predicates(formula: Formula) -> set[tuple[str, int]]:
    if formula[0] == "pred":
        return {(formula[1], len(formula[2]))}
    if formula[0] == "rel":
        return set()
    return set().union(*[_predicates(f) for f in formula[1:] if isinstance(f, list)])


def _value(term: str, where: dict[str, int]) -> int:
    """A sum or difference of variables and numbers, added up left to right."""
    total, sign = 0, 1
    for piece in re.findall(r"[+-]|\w+", term):
        if piece in "+-":
            sign = 1 if piece == "+" else -1
        else:
            total += sign * (int(piece) if piece.isdigit() else where[piece])
    return total


def holds(formula: Formula, domain: list[int], meaning: dict[str, set[tuple[int, ...]]],
          where: dict[str, int]) -> bool:
    """The statement's truth in one model: a domain of whole numbers, each predicate's set of
    tuples, the values of the free variables."""
    head = formula[0]
    if head == "pred":
        return tuple(where[v] for v in formula[2]) in meaning[formula[1]]
    if head == "rel":
        a, b = _value(formula[2], where), _value(formula[3], where)
        return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "=": a == b,
                "!=": a != b}[formula[1]]
    if head == "not":
        return not holds(formula[1], domain, meaning, where)
    if head in _QUANTIFIERS:
        cases = (holds(formula[2], domain, meaning, {**where, formula[1]: d}) for d in domain)
        return all(cases) if head == "forall" else any(cases)
    a, b = (holds(f, domain, meaning, where) for f in formula[1:])
    return {"and": a and b, "or": a or b, "implies": (not a) or b, "iff": a == b}[head]


# The domains the check tries: every size up to three, and numbers on both sides of 0 for the
# statements about order and sums.
DOMAINS = [[0], [0, 1], [0, 1, 2], [-1, 0, 1], [1, 2, 4]]
_MODELS_PER_DOMAIN = 2000


def _free(formula: Formula, bound: frozenset[str] = frozenset()) -> set[str]:
    head = formula[0]
    if head == "pred":
        return set(formula[2]) - bound
    if head == "rel":
        return {v for t in formula[2:] for v in re.findall(r"[a-z]", t)} - bound
    if head in _QUANTIFIERS:
        return _free(formula[2], bound | {formula[1]})
    return set().union(*[_free(f, bound) for f in formula[1:]])


def models(formulas: list[Formula]) -> list[tuple[list[int], dict, dict[str, int]]]:
    """Models for a check: each of :data:`DOMAINS` with every meaning of the predicates (a
    seeded sample where there are too many) and every value of the free variables."""
    predicates = sorted(set().union(*map(_predicates, formulas)))
    free = sorted(set().union(*map(_free, formulas)))
    rng = random.Random(0)
    found = []
    for domain in DOMAINS:
        choices = [[frozenset(s) for s in _subsets(list(itertools.product(domain, repeat=n)))]
                   if len(domain) ** n <= 9 else None for _, n in predicates]
        if None in choices:
            continue
        meanings = list(itertools.product(*choices)) if _count(choices) <= _MODELS_PER_DOMAIN \
            else [tuple(rng.choice(c) for c in choices) for _ in range(_MODELS_PER_DOMAIN)]
        for meaning in meanings:
            named = {name: set(m) for (name, _), m in zip(predicates, meaning, strict=True)}
            for values in itertools.product(domain, repeat=len(free)):
                found.append((domain, named, dict(zip(free, values, strict=True))))
    return found


def _subsets(items: list[Any]) -> list[list[Any]]:
    return [[x for i, x in enumerate(items) if mask >> i & 1] for mask in range(2 ** len(items))]


def _count(choices: list[list[Any]]) -> int:
    total = 1
    for c in choices:
        total *= len(c)
    return total


def equivalent(first: Formula, second: Formula) -> bool:
    """The same truth value in every model :func:`models` gives: a difference is a real
    counterexample; agreement is evidence, not a proof."""
    return all(holds(first, *m) == holds(second, *m) for m in models([first, second]))


def formula_answer(formula: Formula) -> sp.Symbol:
    """A statement of predicate logic as an answer: a symbol named by its LaTeX (SymPy has no
    quantifiers); :func:`answer_formula` reads it back."""
    return sp.Symbol(formula_latex(formula))


def answer_formula(answer: Any) -> Formula | None:
    """The statement an answer of :func:`formula_answer` names, or None for any other answer."""
    if not isinstance(answer, sp.Symbol) or " " not in answer.name:
        return None
    return parse_formula(answer.name)


def _pose_quantified(params: dict[str, Any]) -> Problem:
    given = [parse_formula(t) for t in params["statements"]]
    if not given or None in given:
        raise ValueError("a statement does not parse")
    inward = [negation_inward(f) for f in given]  # type: ignore[arg-type]
    answers = [formula_answer(f) for f in inward]
    shown = [formula_latex(f) for f in given]  # type: ignore[arg-type]
    asked = ", ".join(f"${t}$" for t in shown)
    module = inspect.getsource(sys.modules[__name__])
    program = module[module.index("Formula = list[Any]"):module.index("def only_on_predicates")]
    return Problem(
        statement=f"Simplify {asked} so that negation appears only directly next to predicates.",
        statement_latex=(f"Simplify {asked} so that negation appears only directly next to "
                         "predicates."),
        answer=answers[0] if len(answers) == 1 else sp.Tuple(*answers),
        steps=[("Pass each negation inward: over a quantifier it switches the quantifier "
               "($\\neg \\forall x \\equiv \\exists x \\neg$, $\\neg \\exists x \\equiv "
               "\\forall x \\neg$); over and, or by De Morgan's laws; $\\neg(A \\to B) \\equiv A "
               "\\wedge \\neg B$ and $A \\to B \\equiv \\neg A \\vee B$; a negated relation is "
               "its opposite ($\\neg(x < y) \\equiv x \\geq y$).")]
        + [f"${a} \\equiv {formula_latex(f)}$." for a, f in zip(shown, inward, strict=True)],
        code=("import re\nfrom typing import Any\n\nimport sympy\n\n" + program
              + inspect.getsource(formula_answer).replace("sp.", "sympy.")
              + "\n\ndef solve():\n"
              f"    answers = [formula_answer(negation_inward(parse_formula(t))) "
              f"for t in {params['statements']!r}]\n"
              "    return answers[0] if len(answers) == 1 else sympy.Tuple(*answers)\n"),
        params=params,
        answer_text="; ".join(a.name for a in answers),
    )


def _verify_quantified(problem: Problem) -> list[Check]:
    """The answer read back and evaluated against the given statement in every model of
    :func:`models` (small domains, every meaning of the predicates)."""
    given = [parse_formula(t) for t in problem.params["statements"]]
    answers = list(problem.answer) if isinstance(problem.answer, sp.Tuple) else [problem.answer]
    found = [answer_formula(a) for a in answers]
    read = len(found) == len(given) and None not in found
    return [Check("the same truth value as the given statement in every small model (domains of "
                  "up to three numbers, every meaning of the predicates)",
                  read and all(equivalent(g, f) for g, f in zip(given, found, strict=True))),
            Check("each negation stands right before a predicate",
                  read and all(map(only_on_predicates, found)))]


# ---------------------------------------------------------------- statements that always hold

def _grounded(formula: Formula, domain: list[int], where: dict[str, int]) -> sp.Basic:
    """A statement of predicate logic over a finite domain as propositional logic: each
    predicate applied to domain elements one letter ("P_0_1"), quantifiers as and / or."""
    head = formula[0]
    if head == "pred":
        return sp.Symbol("_".join([formula[1], *(str(where[v]) for v in formula[2])]))
    if head == "not":
        return sp.Not(_grounded(formula[1], domain, where))
    if head in _QUANTIFIERS:
        cases = [_grounded(formula[2], domain, {**where, formula[1]: d}) for d in domain]
        return sp.And(*cases) if head == "forall" else sp.Or(*cases)
    if head == "rel":
        raise ValueError("a relation between numbers is no predicate to ground")
    a, b = (_grounded(f, domain, where) for f in formula[1:])
    return {"and": sp.And, "or": sp.Or, "implies": sp.Implies, "iff": sp.Equivalent}[head](a, b)


def _monadic_enough(formula: Formula) -> bool:
    """Is a statement with no counterexample on the checked domains a law of logic? Yes for a
    sentence whose predicates take one variable each: such a sentence with k predicates that
    fails somewhere fails on a domain of at most 2^k elements (one per pattern of the
    predicates), and the domains go up to 3."""
    found = _predicates(formula)
    return not _free(formula) and all(n <= 1 for _, n in found) and 2 ** len(found) <= 3


def law_of_logic(formula: Formula) -> bool:
    """True in every model: a counterexample on :data:`DOMAINS` decides False; none decides True
    only where :func:`_monadic_enough` says it may (ValueError otherwise)."""
    if _compares_numbers(formula):
        raise ValueError("a statement about numbers is no question of a law of logic")
    if not all(holds(formula, *m) for m in models([formula])):
        return False
    if not _monadic_enough(formula):
        raise ValueError("no counterexample on small domains, and that does not prove a law")
    return True


def _compares_numbers(formula: Formula) -> bool:
    if formula[0] in ("rel", "pred"):
        return formula[0] == "rel"
    return any(_compares_numbers(f) for f in formula[1:] if isinstance(f, list))


def _pose_laws(params: dict[str, Any]) -> Problem:
    """``params``: ``statements``, LaTeX of statements of predicate logic, each to decide; or
    ``sets``: statements about any sets (see :func:`always_holds`)."""
    if "sets" in params:
        return _pose_set_laws(params)
    formulas = [parse_formula(t) for t in params["statements"]]
    if None in formulas:
        raise ValueError("a statement does not parse")
    values = [sp.true if law_of_logic(f) else sp.false for f in formulas]  # type: ignore[arg-type]
    listed = [f"{chr(65 + i)}. ${formula_latex(f)}$" for i, f in enumerate(formulas)]  # type: ignore[arg-type]
    module = inspect.getsource(sys.modules[__name__])
    program = module[module.index("Formula = list[Any]"):module.index("def formula_answer")]
    return Problem(
        statement="Which of these statements are laws of logic (true in every domain, for every "
                  "meaning of the predicates)? " + " ".join(listed),
        statement_latex="Which of these statements are laws of logic (true in every domain, "
                        "for every meaning of the predicates)? " + " ".join(listed),
        answer=sp.Tuple(*values),
        steps=[("Look for a counterexample: a small domain and a meaning of the predicates that "
               "makes the statement false. A statement about one-place predicates that has none "
               "on domains of up to $2^k$ elements ($k$ predicates) is a law of logic.")]
        + [f"{line}: {'a law' if v == sp.true else 'not a law'}."
           for line, v in zip(listed, values, strict=True)],
        code=("import itertools\nimport random\nimport re\nfrom typing import Any\n\nimport sympy\n"
              "sp = sympy\n\n" + program + "\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (_monadic_enough, law_of_logic,
                                                           _compares_numbers))
              + f"\n\ndef solve():\n    return sympy.Tuple(*[sympy.true if law_of_logic("
              f"parse_formula(t)) else sympy.false for t in {params['statements']!r}])\n"),
        params=params,
        answer_text=", ".join("law" if v == sp.true else "not a law" for v in values),
    )


def _verify_laws(problem: Problem) -> list[Check]:
    """Each statement grounded on each domain as propositional logic and decided by SymPy's
    satisfiable: a law has no falsifying assignment on any of them. (Statements about sets:
    over their Venn regions.)"""
    if "sets" in problem.params:
        return [Check("each statement over its Venn regions, refuted (or not) by SymPy's "
                      "satisfiable", [not sp.satisfiable(sp.Not(_regions(st)))
                                      for st in problem.params["sets"]]
                      == [v == sp.true for v in problem.answer])]
    ok = True
    for text, value in zip(problem.params["statements"], problem.answer, strict=True):
        formula = parse_formula(text)
        refuted = any(sp.satisfiable(sp.Not(_grounded(formula, d, {}))) for d in DOMAINS[:3])
        ok = ok and (value == sp.false) == bool(refuted)
    return [Check("each statement grounded on domains of 1, 2 and 3 elements and refuted (or "
                  "not) by SymPy's satisfiable", ok)]


@family("logic.laws_of_logic", verify=_verify_laws, pose=_pose_laws)
def laws_of_logic(rng: random.Random, difficulty: int) -> Problem:
    """Which of some statements about one predicate P(x) are laws of logic."""
    pool = ["\\forall x(P(x)\\vee\\neg P(x))", "\\exists xP(x)\\to\\forall xP(x)",
            "\\forall xP(x)\\to\\exists xP(x)", "\\neg\\forall xP(x)\\to\\exists xP(x)",
            "\\neg\\forall xP(x)\\leftrightarrow\\exists x\\neg P(x)",
            "\\exists x(P(x)\\wedge\\neg P(x))", "\\neg\\exists xP(x)\\to\\forall x\\neg P(x)"]
    return _pose_laws({"statements": rng.sample(pool, 2 + difficulty // 2)})


# Statements about any sets: ["subset", X, Y], ["equal", X, Y], ["implies", S, T], with X and Y
# set expressions over named sets (trees of :mod:`exercises.families.textbook_sets`).
_SET_OPERATIONS = {"union": lambda a, b: a | b, "inter": lambda a, b: a & b,
                   "minus": lambda a, b: a - b}


def _set_names(tree: Any) -> set[str]:
    if isinstance(tree, str):
        return {tree}
    return set().union(*[_set_names(t) for t in tree[1:]])


def _statement_names(statement: list[Any]) -> list[str]:
    return sorted(set().union(*[_statement_names(s) if statement[0] == "implies" else _set_names(s)
                                for s in statement[1:]]))


def _set_value(tree: Any, sets: dict[str, frozenset]) -> frozenset:
    if isinstance(tree, str):
        return sets[tree]
    return _SET_OPERATIONS[tree[0]](*(_set_value(t, sets) for t in tree[1:]))


def _set_holds(statement: list[Any], sets: dict[str, frozenset]) -> bool:
    head = statement[0]
    if head == "implies":
        return (not _set_holds(statement[1], sets)) or _set_holds(statement[2], sets)
    left, right = (_set_value(t, sets) for t in statement[1:])
    return left <= right if head == "subset" else left == right


def always_holds(statement: list[Any]) -> bool:
    """True for all sets: tried on every choice of the named sets (two at most) among the
    subsets of {1, 2, 3, 4}; a counterexample needs one element in each part of their Venn
    diagram it uses, so four elements are enough."""
    names = _statement_names(statement)
    if len(names) > 2:
        raise ValueError("more than two sets")
    universe = [1, 2, 3, 4]
    subsets = [frozenset(x for i, x in enumerate(universe) if mask >> i & 1) for mask in range(16)]
    return all(_set_holds(statement, dict(zip(names, chosen, strict=True)))
               for chosen in itertools.product(subsets, repeat=len(names)))


def _regions(statement: list[Any]) -> sp.Basic:
    """The statement as propositional logic over its Venn regions: a letter e_r for "region r
    has an element"; a relation holds when every region where its two sides' memberships
    disagree the wrong way is empty."""
    names = _statement_names(statement)
    patterns = [dict(zip(names, p, strict=True))
                for p in itertools.product([False, True], repeat=len(names))]
    nonempty = sp.symbols(f"e0:{len(patterns)}")

    def member(tree: Any, pattern: dict[str, bool]) -> bool:
        if isinstance(tree, str):
            return pattern[tree]
        a, b = (member(t, pattern) for t in tree[1:])
        return {"union": a or b, "inter": a and b, "minus": a and not b}[tree[0]]

    def logic(s: list[Any]) -> sp.Basic:
        if s[0] == "implies":
            return sp.Implies(logic(s[1]), logic(s[2]))
        x, y = s[1], s[2]
        fails = [(member(x, p) and not member(y, p)) if s[0] == "subset"
                 else member(x, p) != member(y, p) for p in patterns]
        return sp.And(*[sp.Not(e) for e, bad in zip(nonempty, fails, strict=True) if bad])

    return logic(statement)


def _set_written(statement: list[Any]) -> str:
    from exercises.families.textbook_sets import written

    if statement[0] == "implies":
        return f"if ${_set_written(statement[1])}$, then ${_set_written(statement[2])}$"
    relation = "\\subseteq" if statement[0] == "subset" else "="
    return f"{written(statement[1])} {relation} {written(statement[2])}"


def _pose_set_laws(params: dict[str, Any]) -> Problem:
    statements = params["sets"]
    values = [sp.true if always_holds(st) else sp.false for st in statements]
    listed = [f"{chr(65 + i)}. For any sets, {_set_written(st)}" for i, st in enumerate(statements)]
    listed = [line if "if $" in line else line.replace("sets, ", "sets, $", 1) + "$"
              for line in listed]
    module = inspect.getsource(sys.modules[__name__])
    program = module[module.index("_SET_OPERATIONS = "):module.index("def _regions")]
    return Problem(
        statement="Which of the following are always true? " + " ".join(listed),
        statement_latex="Which of the following are always true? " + " ".join(listed),
        answer=sp.Tuple(*values),
        steps=[("Try every choice of the sets among the subsets of $\\{1,2,3,4\\}$: one element "
               "for each part of the Venn diagram is all a counterexample needs.")]
        + [f"{line}: {'always true' if v == sp.true else 'not always true'}."
           for line, v in zip(listed, values, strict=True)],
        code=("import itertools\nfrom typing import Any\n\nimport sympy\n\n" + program
              + f"\n\ndef solve():\n    return sympy.Tuple(*[sympy.true if always_holds(s) else "
              f"sympy.false for s in {statements!r}])\n"),
        params=params,
        answer_text=", ".join("always true" if v == sp.true else "not always" for v in values),
    )


def vary_laws(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same statements offered in a new order (statements about sets: the two sets'
    names swapped as well)."""
    if "sets" in params:
        swap = {"A": "B", "B": "A"}

        def renamed(tree: Any) -> Any:
            return swap.get(tree, tree) if isinstance(tree, str) else [tree[0], *map(renamed,
                                                                                     tree[1:])]

        statements = [renamed(s) for s in params["sets"]]
        return {**params, "sets": rng.sample(statements, len(statements))}
    return {**params, "statements": rng.sample(params["statements"], len(params["statements"]))}
