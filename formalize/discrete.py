"""Read a discrete mathematics item: a recurrence, a congruence, a logic question, a count.

Each reader takes an item's formulas and words and returns the posed family of
:mod:`exercises.families.textbook_discrete` with its parameters, or None. They are
strict: an item that asks two things (two sequences, two congruences, "how many ...
that also ...") is left unread rather than read as half of itself.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import unicodedata
from typing import Any

import sympy as sp

from exercises.families.textbook_discrete import PREVIOUS, _listed_answer
from exercises.families.textbook_discrete import _fit as closed_formula
from exercises.families.textbook_discrete import statement as proposition_text
from exercises.families.textbook_logic import vary_laws
from exercises.families.textbook_sequences import (
    SERIES_TERMS,
    generating_function,
    vary_degrees,
    vary_generating,
    vary_graph_count,
    vary_progression,
    vary_series,
)
from exercises.families.textbook_sets import vary_least, vary_sets, vary_sizing
from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.parts import asked, has_parts, own_formulas
from formalize.sets import read_sets
from ingest.document import formulas_in, prose_of

Task = tuple[str, dict[str, Any]]
X = sp.Symbol("x")
NUMBERS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"])}

# A sequence listed by its first terms: 3, 5, 11, 21, \dots; or three terms, the formula nothing
# more ("The sequence starts $1, 5, 9,\ldots$"): a rule of two constants fits them with one to spare.
_LISTED = re.compile(r"^\s*(-?\d+(?:/\d+)?(?:\s*,\s*-?\d+(?:/\d+)?){3,})\s*,?\s*(?:\\[lc]?dots|\.\.\.)"
                     r"|^\s*(-?\d+(?:\s*,\s*-?\d+){2})\s*,\s*(?:\\[lc]?dots|\.\.\.)\s*[.?]?\s*$")

# ---------------------------------------------------------------- recurrences and closed formulas

_TERM = re.compile(r"^([a-zA-Z])_\{n(?: - (\d))?\}$")  # SymPy's name for a_{n}, a_{n-1}
_INITIAL = re.compile(r"([a-zA-Z])_\{?(\d+)\}?\s*=\s*(-?\d+)(?![\d^_]|\.\d)")  # not 17.5
_TARGET = re.compile(r"^\s*([a-zA-Z])_\{?(\d+)\}?\s*[.,]?\s*$")
_FIRST_TERMS = re.compile(r"\b(?:find|write out|write down|give|list|compute) the first (\w+) terms\b")
_CLOSED = re.compile(r"\bclosed formula\b|\bsolve the recurrence|\bsolution to the recurrence")


def _definition(latex: str) -> tuple[str, sp.Expr, bool] | None:
    """``(letter, rule, is_recurrence)`` for ``a_{n} = ...``; the rule uses n and a1, a2, a3."""
    if "=" not in latex or "_" not in latex.split("=")[0]:
        return None
    parsed = to_sympy(latex, definition_rhs=False)
    if not isinstance(parsed, sp.Eq) or not isinstance(parsed.lhs, sp.Symbol):
        return None
    head = _TERM.match(parsed.lhs.name)
    if head is None or head.group(2):
        return None
    letter, rule, renames = head.group(1), parsed.rhs, {}
    for symbol in rule.free_symbols:
        if symbol.name == "n":
            renames[symbol] = sp.Symbol("n")
            continue
        match = _TERM.match(symbol.name)
        if match is None or match.group(1) != letter or not match.group(2) or int(match.group(2)) > 3:
            return None
        renames[symbol] = PREVIOUS[int(match.group(2)) - 1]
    rule = rule.subs(renames)
    return letter, rule, bool(rule.free_symbols & set(PREVIOUS))


_STEP = re.compile(r"^\s*([a-z])\s*\(\s*n\s*\+\s*1\s*\)\s*=(.+)$")
_CALL = re.compile(r"\b([a-z])\s*\(\s*(n|\d+)\s*\)")


def _as_sequence(formulas: list[str]) -> list[str]:
    r"""A function given recursively, ``f(0)=1`` and ``f(n+1)=3\cdot f(n)``, written as the
    sequence it is: ``f_{0}=1``, ``f_{n}=3\cdot f_{n-1}`` (n shifted by one); ``f(12)`` is
    ``f_{12}``. Formulas without such a step are returned as they are."""
    pieces = [p.strip() for f in formulas for p in re.split(r"\\text\s*\{\s*and\s*\}|;", f)]
    steps = [m for p in pieces if (m := _STEP.match(p))]
    if len(steps) != 1:
        return formulas
    letter = steps[0].group(1)
    previous = rf"\b{letter}\s*\(\s*n\s*\)"  # f(n): the term before, held as @ while n shifts
    rule = re.sub(r"(?<![a-zA-Z])n(?![a-zA-Z])", "(n-1)", re.sub(previous, "@", steps[0].group(2))).replace(
        "@", f"{letter}_{{n-1}}")
    if re.search(rf"\b{letter}\s*\(", rule):
        return formulas  # f(n-1) or f(2n) on the right: not a first-order step
    written = []
    for piece in pieces:
        if _STEP.match(piece):
            written.append(f"{letter}_{{n}}={rule}")
        else:
            written.append(_CALL.sub(lambda m: f"{m.group(1)}_{{{m.group(2)}}}"
                                     if m.group(1) == letter and m.group(2) != "n" else m.group(0),
                                     piece))
    return written


def read_recurrence(formulas: list[str], prose: str) -> Task | None:
    """A sequence given by a recurrence (with its first terms) or a closed formula, and the terms
    or the closed formula asked for."""
    formulas = _as_sequence(formulas)
    definitions = [d for d in map(_definition, formulas) if d is not None]
    if len(definitions) != 1:
        return None
    letter, rule, recurrence = definitions[0]
    # A part asks with its own words and values: "(c) ... this time with $a_0 = 1$".
    own, prose = own_formulas(formulas, prose), asked(prose)

    def values(among: list[str]) -> list[tuple[int, str]]:
        return sorted({(int(i), v) for f in among for name, i, v in _INITIAL.findall(f)
                       if name == letter})

    initial = values(own) or values(formulas)
    targets = sorted({int(m.group(2)) for f in own if (m := _TARGET.match(f))
                      and m.group(1) == letter})
    first = _FIRST_TERMS.search(prose)
    closed = _CLOSED.search(prose)
    if closed and recurrence:  # asked with the terms too, the closed formula is the harder part
        want: Any = "closed"
    elif closed and any(_LISTED.match(f) for f in formulas):
        return None  # a closed formula given and another asked for a listed sequence
    elif targets:
        want = targets
    elif first and first.group(1) in NUMBERS:
        start = initial[0][0] if initial else 0
        want = list(range(start, start + NUMBERS[first.group(1)]))
    else:
        return None
    order = max((i + 1 for i, s in enumerate(PREVIOUS) if s in rule.free_symbols), default=0)
    if recurrence and ([i for i, _ in initial] != list(range(initial[0][0], initial[0][0] + order))
                       if initial else True):
        return None  # the first terms must be consecutive, one per step of the recurrence
    params: dict[str, Any] = {"expr": sp.sstr(rule), "want": want,
                              "initial": [[i, v] for i, v in initial] if recurrence else []}
    if not recurrence:
        params["given"] = "closed"
    return "sequences.solve_recurrence", params


_CONDITION_ONLY = re.compile(r"^\s*(?:if\s*)?\$\s*([a-z])\s*\(\s*\d+\s*\)\s*=\s*-?\d+\s*\$\s*\.?\s*$",
                             re.IGNORECASE)


def read_condition_part(text: str, context: str | None) -> Task | None:
    """A part that is only an initial condition ("b. $f(0)=7$.") of an exercise whose
    instruction gives the recurrence and the term to find ("Suppose $f$ satisfies
    $f(n+1)=f(n)+6$ ... For each of the initial conditions below, find the value of $f(7)$."):
    read as the instruction with that one condition (a word reader)."""
    own = _CONDITION_ONLY.match(text)
    if context is None or own is None:
        return None
    instruction = asked(OWN_END + context).strip()  # the exercise's words before its first part
    if instruction == context.strip() or re.search(rf"\b{own.group(1)}\s*\(\s*\d+\s*\)\s*=", instruction):
        return None  # no parts, or a condition in the instruction already
    whole = instruction + " " + text
    return read_recurrence(formulas_in(whole), " ".join(prose_of(whole).lower().split()))


# ---------------------------------------------------------------- congruences

_CONGRUENCE = re.compile(
    r"^(?P<lhs>[^=]+?)\\equiv(?P<rhs>[^=]+?)\s*\(?\s*\\(?:p|b)?mod\s*\{?\s*(?P<m>\d+)\s*\}?\s*\)?\s*[.,]?$")


def read_congruence(formulas: list[str], prose: str) -> Task | None:
    """One polynomial congruence in one unknown to solve: ``5x + 8 \\equiv 11 \\pmod{22}``."""
    found = [m for f in formulas if (m := _CONGRUENCE.match(f.strip()))]
    if len(found) != 1 or re.search(r"\bsimplif", prose):
        return None
    match = found[0]
    lhs, rhs = to_sympy(match.group("lhs")), to_sympy(match.group("rhs"))
    if not isinstance(lhs, sp.Expr) or not isinstance(rhs, sp.Expr):
        return None
    symbols = (lhs - rhs).free_symbols
    if len(symbols) != 1:
        return None
    unknown = symbols.pop()
    lhs, rhs = lhs.subs(unknown, X), rhs.subs(unknown, X)
    if not (lhs - rhs).is_polynomial(X) or not all(
            c.is_integer for c in sp.Poly(lhs - rhs, X).all_coeffs()):
        return None
    return "number_theory.solve_congruence", {"lhs": sp.sstr(lhs), "rhs": sp.sstr(rhs),
                                              "modulus": int(match.group("m"))}


# ---------------------------------------------------------------- propositional logic

_CONNECTIVES = [
    ("not", r"\\neg|\\lnot|\\sim(?![a-z])"),
    ("and", r"\\wedge|\\land"),
    ("or", r"\\vee|\\lor"),
    ("iff", r"\\leftrightarrow|\\Leftrightarrow|\\iff|\\biconditional"),
    ("implies", r"\\rightarrow|\\Rightarrow|\\imp(?![a-z])|\\to(?![a-z])"),
    ("letter", r"[A-Z]"),
    ("(", r"\(|\\left\("),
    (")", r"\)|\\right\)"),
]
_TOKEN = re.compile("|".join(f"(?P<{'p' + str(i)}>{p})" for i, (_, p) in enumerate(_CONNECTIVES)))
_BINARY = [("iff", sp.Equivalent), ("implies", sp.Implies), ("or", sp.Or), ("and", sp.And)]


def proposition(latex: str) -> sp.Basic | None:
    """A propositional formula in capital letters as SymPy logic, or None (predicates, quantifiers,
    anything else). Precedence: not, and, or, implies (to the right), iff."""
    text = re.sub(r"\\[,;:! ]|\\(?:big|Big)[lr]?|\s+", "", latex).rstrip(".,")
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            return None
        kind = _CONNECTIVES[int(match.lastgroup[1:])][0]
        tokens.append((kind, match.group()))
        position = match.end()
    parsed, rest = _binary(tokens, 0)
    return parsed if parsed is not None and not rest else None


def _binary(tokens: list[tuple[str, str]], level: int) -> tuple[sp.Basic | None, list]:
    if level == len(_BINARY):
        return _unary(tokens)
    name, connective = _BINARY[level]
    left, rest = _binary(tokens, level + 1)
    while left is not None and rest and rest[0][0] == name:
        right, rest = _binary(rest[1:], level if name == "implies" else level + 1)
        if right is None:
            return None, rest
        left = connective(left, right, evaluate=False) if name != "and" and name != "or" \
            else connective(left, right)
        if name == "implies":
            break
    return left, rest


def _unary(tokens: list[tuple[str, str]]) -> tuple[sp.Basic | None, list]:
    if not tokens:
        return None, tokens
    kind, text = tokens[0]
    if kind == "not":
        inner, rest = _unary(tokens[1:])
        return (None if inner is None else sp.Not(inner)), rest
    if kind == "letter":
        return sp.Symbol(text), tokens[1:]
    if kind == "(":
        inner, rest = _binary(tokens[1:], 0)
        if inner is None or not rest or rest[0][0] != ")":
            return None, rest
        return inner, rest[1:]
    return None, tokens


def read_logic(formulas: list[str], prose: str) -> Task | None:
    """Equivalence of two statements, validity of a deduction rule, a truth table, a tautology."""
    premises, conclusion, seen_therefore = [], [], False
    # A PDF prints a deduction rule as one display, one line per statement: P \to Q \\ ...
    for latex in [line for f in formulas for line in f.split("\\\\")]:
        if "\\therefore" in latex:
            seen_therefore = True
            latex = latex.replace("\\therefore", "")
            if not latex.strip():
                continue
        parsed = proposition(latex)
        if parsed is None and latex.strip():
            if any(re.search(p, latex) for _, p in _CONNECTIVES[:5]):
                return None  # a formula with connectives we cannot read: do not guess
            continue
        (conclusion if seen_therefore else premises).append(parsed)
    if all(isinstance(f, sp.Symbol) for f in premises + conclusion):
        return None  # no connective anywhere: letters are not a logic question
    if re.search(r"\bsimplif", prose):
        return None  # a statement to simplify, not a question of truth
    statements = [sp.sstr(f) for f in premises + conclusion]
    if seen_therefore and len(conclusion) == 1 and premises:
        return "logic.propositional", {"op": "valid", "formulas": statements}
    if conclusion or not statements:
        return None
    if re.search(r"\blogically equivalent\b", prose) and len(statements) == 2:
        return "logic.propositional", {"op": "equivalent", "formulas": statements}
    if re.search(r"\btruth table\b", prose) and len(statements) == 1 \
            and not re.search(r"\bequivalent|\bvalid\b", prose):
        return "logic.propositional", {"op": "table", "formulas": statements}
    if re.search(r"\btautology\b", prose) and len(statements) == 1:
        return "logic.propositional", {"op": "tautology", "formulas": statements}
    return None


# ---------------------------------------------------------------- counting functions and subsets

_SET = re.compile(r"\\\{(.*?)\\\}")
_FUNCTION = re.compile(r"^\s*[a-z]\s*:\s*\\\{(.*?)\\\}\s*\\to\s*\\\{(.*?)\\\}\s*[.?,]?\s*$")
_KINDS = [("injective", r"\binjective|\bone-to-one"), ("surjective", r"\bsurjective|\bonto\b"),
          ("bijective", r"\bbijecti")]
# Words that add a condition these counts do not model.
_CONDITION = re.compile(r"\b(?:property|such that|increasing|decreasing|fixed|contain|at least|"
                        r"at most|or more|or fewer|odd|even|both|not|only|exactly one|where|with|"
                        r"as a subset)\b")  # "subsets have {2,3,5} as a subset": of a larger set


def _size(elements: str) -> int | None:
    """The number of elements of a listed set: ``1,2,3``, ``a,b,c``, ``1,2,\\dots,8``."""
    items = [e.strip() for e in re.split(r",", elements) if e.strip()]
    dots = [i for i, e in enumerate(items) if re.fullmatch(r"\\[lc]?dots|\\ldots|\.\.\.", e)]
    if not dots:
        return len(items) if len(set(items)) == len(items) else None
    if len(dots) != 1 or dots[0] == 0 or dots[0] == len(items) - 1:
        return None
    try:
        before, after = int(items[dots[0] - 1]), int(items[dots[0] + 1])
        first = int(items[0])
    except ValueError:
        return None
    step = int(items[1]) - first if dots[0] > 1 else 1
    if step != 1 or before >= after:
        return None
    return after - first + 1


def read_count(formulas: list[str], prose: str) -> Task | None:
    """How many functions from one listed set to another (injective, surjective, bijective), or
    how many subsets of a listed set (of a given size)."""
    prose = unicodedata.normalize("NFKC", prose)  # the PDF's ligatures: bĳective
    if "how many" not in prose:
        return None
    asked = prose.split("how many", 1)[1].split("?", 1)[0]  # the first question only
    if _CONDITION.search(asked):
        return None
    functions = [m for f in formulas if (m := _FUNCTION.match(f))]
    if re.match(r"\s*(?:\w+ )?functions\b", asked) and len(functions) == 1 and len(formulas) == 1:
        n, m = _size(functions[0].group(1)), _size(functions[0].group(2))
        kinds = [k for k, words in _KINDS if re.search(words, asked)]
        if n is None or m is None or len(kinds) > 1:
            return None
        return "combinatorics.count_functions_subsets", {
            "kind": kinds[0] if kinds else "functions", "n": n, "m": m}
    sets = [s for f in formulas for s in _SET.findall(f)]
    if re.match(r"\s*subsets\b", asked) and len(sets) == 1:
        n = _size(sets[0])
        sizes = [int(f) for f in formulas if f.strip().isdigit()]
        words = re.search(r"\b(\d+|" + "|".join(NUMBERS) + r") elements\b", asked)
        if n is None or len(sizes) + bool(words) > 1:
            return None
        if sizes or words:
            if not re.search(r"\belements?\b|\bcardinality\b|\bsize\b", asked):
                return None
            k = sizes[0] if sizes else int(NUMBERS.get(words.group(1), words.group(1)))
            return "combinatorics.count_functions_subsets", {"kind": "subsets_of_size", "n": n, "m": k}
        return "combinatorics.count_functions_subsets", {"kind": "subsets", "n": n, "m": 0}
    return None


# ---------------------------------------------------------------- sums and coefficients

_DOTS = re.compile(r"\\[lc]?dots|\.\.\.")
N = sp.Symbol("n")


def _summands(latex: str) -> list[str]:
    """The terms of a written-out sum, each with its sign: split at + and - outside brackets."""
    terms, depth, start = [], 0, 0
    for i, char in enumerate(latex):
        depth += (char in "({[") - (char in ")}]")
        if char in "+-" and depth == 0 and latex[start:i].strip():
            terms.append(latex[start:i])
            start = i + (char == "+")
    terms.append(latex[start:])
    return [t for t in terms if t.strip() not in ("", "-")]  # "- \dots": the sign of elided terms


def read_sum(formulas: list[str], prose: str) -> Task | None:
    r"""An arithmetic or geometric progression's sum written out: ``2 + 5 + 8 + \dots + 470``,
    ``6 + 10 + 14 + \dots + (4n - 2)``."""
    sums = [f for f in own_formulas(formulas, prose)
            if len(_DOTS.findall(f)) == 1 and "+" in f and "," not in f]
    if len(sums) != 1 or re.search(r"\bnotation|\brewrite|\bhow many terms|\bprove", asked(prose)):
        return None
    sides = sums[0].split("=")
    named = len(sides) == 2 and re.fullmatch(r"\s*[A-Za-z](?:\(\s*n\s*\))?\s*", sides[0])
    if len(sides) > 2 or (len(sides) == 2 and not named):
        return None  # an identity to prove, or an equation: not a sum to evaluate
    head, tail = _DOTS.split(re.sub(r"^\s*\\text\{[^}]*\}", "", sides[-1]))
    terms = [to_sympy(t) for t in _summands(head)]
    last = to_sympy(tail.strip().lstrip("+").strip().rstrip(".?"))
    if len(terms) < 3 or last is None or not all(isinstance(t, sp.Expr) and t.is_number
                                                 and t.is_rational for t in terms):
        return None
    terms = [sp.Rational(sp.simplify(t)) for t in terms]  # -\frac{7}{4} parses as -1 * 7/4
    if not isinstance(last, sp.Expr) or not last.free_symbols <= {N}:
        return None
    differences = {b - a for a, b in itertools.pairwise(terms)}
    ratios = {b / a for a, b in itertools.pairwise(terms) if a != 0}
    if len(differences) == 1 and differences != {0}:
        kind, rate = "arithmetic", differences.pop()
    elif len(ratios) == 1 and 0 not in terms and ratios != {1}:
        kind, rate = "geometric", ratios.pop()
    else:
        return None
    return "sequences.progression_sum", {"kind": kind, "first": sp.sstr(terms[0]),
                                         "rate": sp.sstr(rate), "last": sp.sstr(last)}


_POWER = re.compile(r"^\s*x\s*\^\s*\{?\s*(\d+)\s*\}?\s*$")


def read_coefficient(formulas: list[str], prose: str) -> Task | None:
    """The coefficient of ``x^k`` in a polynomial written unexpanded: ``(x + 3)^{16}``."""
    if "coefficient of" not in prose or len(formulas) != 2:
        return None
    power = _POWER.match(formulas[0])
    expr = to_sympy(formulas[1])
    if power is None or not isinstance(expr, sp.Expr) or expr.free_symbols != {X} \
            or not expr.is_polynomial(X):
        return None
    return "algebra.coefficient_of_power", {"expr": sp.sstr(expr), "power": int(power.group(1))}


# ---------------------------------------------------------------- a sequence from its first terms

_START = re.compile(r"_\{?n\s*\\(?:geq?|ge)\s*(\d)\}?|^\s*[a-z]_\{?(\d)\}?\s*=")
# "the next two terms"; "How many dots would you expect in the next two figures" (figure n has a_n)
_NEXT = re.compile(r"\bnext (?:(\w+) )?terms?\b|\bhow many \w+ would you expect in the next (\w+) "
                   r"figures\b")


_NAMED_SEQUENCE = re.compile(r"^\s*\(\s*[a-z]_\{?n\}?\s*\)\s*:?")  # "(b_{n}):1,2,4,..."
_EACH_STARTS = re.compile(r"\bassume (?:the first term given is|the first terms here are always"
                          r"|each first term corresponds to)\b")


def _starts(formulas: list[str], prose: str) -> set[int]:
    """The first indices an item gives its sequences: ``(a_n)_{n\\geq 1}``, ``a_0 = 3``, or in
    words, "assume the first terms here are always $a_0$" (then the lone ``a_0`` counts)."""
    starts = {int(a or b) for f in formulas for a, b in _START.findall(f)}
    if _EACH_STARTS.search(prose):
        starts |= {int(m[1]) for f in formulas if (m := re.fullmatch(r"\s*[a-z]_\{?(\d)\}?\s*", f))}
    return starts


_CLOSED_ASKED = re.compile(r"\bclosed formula\b|\bformula for the\s+\w*\s*term\b|\bnth term\b"
                           r"|\bfind a formula for the sequence\b")
_RECURSIVE = re.compile(r"\b(?:what is|find|give|write)\w* (?:down )?(?:a|the) recursive "
                        r"definition for the sequence\b")
_MEMBER = re.compile(r"is a term (?:in|of) the sequence\?")  # "Is $1555$ a term ...?" (math out)
# a recursive definition asked any other way (of other sequences, or to be chosen from a list)
_OTHER = re.compile(r"\brecursive|\brecurrence relation (?:and|that)")


# "Find the differences between consecutive terms. That is, find its sequence of differences."
_DIFFERENCES_ASKED = re.compile(r"\bfind (?:the differences between consecutive terms|its sequence of "
                                r"differences)\b")


def _listed_wants(words: str) -> list[Any]:
    """What an item asks of a listed sequence, in its order: the next terms, a recursive
    definition, a closed formula, the differences of its listed terms, whether a number is a
    term; [] when it asks anything else."""
    found = []
    for sentence in re.split(r"(?<=[.?])\s+", words):
        following, closed = _NEXT.search(sentence), _CLOSED_ASKED.search(sentence)
        recursive = _RECURSIVE.search(sentence)
        count = following and (following.group(1) or following.group(2) or "one")
        differences = _DIFFERENCES_ASKED.search(sentence)
        if _OTHER.search(_RECURSIVE.sub("", sentence)) or (count or "one") not in NUMBERS or (
                closed and re.search(r"\bof differences\b", sentence)):
            return []  # (a closed formula for the sequence of differences is not the sequence's)
        found += [NUMBERS[count]] if following else []
        found += ["recursive"] if recursive else []
        found += ["closed"] if closed else []
        found += ["differences"] if differences and "differences" not in found else []
    return found


def read_listed(formulas: list[str], prose: str) -> Task | None:
    """The closed formula or the next terms of a sequence given by its first terms; or the
    closed formulas of several such sequences whose first index the item states for all."""
    # Each sequence once: a part is read with its exercise's text, which holds its formulas again.
    lists = list(dict.fromkeys(m.group(1) or m.group(2) for f in formulas
                               if (m := _LISTED.match(_NAMED_SEQUENCE.sub("", f)))))
    listed = list(dict.fromkeys(f for f in formulas if f.count(",") >= 3 and _DOTS.search(f)))
    if len(lists) == 2 and _USE_THIS_FACT.fullmatch(prose.partition(OWN_END)[0].strip()):
        return _read_related_listed(lists, formulas)
    if len(lists) > 1 and len(listed) == len(lists) and _DEGREE_ASKED.fullmatch(
            prose.partition(OWN_END)[0].strip()):
        return _read_degrees(lists, formulas)
    if len(lists) > 1 and len(listed) == len(lists):
        return _read_several_listed(lists, formulas, prose)
    if len(lists) != 1 or len(listed) != 1 or re.search(r"\bgenerating|\bpartial sums? of", prose):
        return None
    terms = [t.strip() for t in lists[0].split(",")]
    starts = _starts(formulas, prose)
    words = asked(prose)  # a part asks its own question ("Is 3007 a term?"), not its siblings'
    # the part's own words are the question, its one formula (the first) the number asked about
    member = _MEMBER.fullmatch(prose.split(OWN_END)[0].strip()) and re.fullmatch(
        r"\s*(-?\d+)\s*", formulas[0])
    wants = ["member"] if member else _listed_wants(words)
    if has_parts(prose):  # its parts are read one by one; one question is not all of them
        return None
    # a closed formula, a recursive definition or a term's place names the first index
    if not wants or (len(starts) != 1 and set(wants) & {"closed", "recursive", "member"}):
        return None
    start = starts.pop() if starts else 0
    value = {"value": member.group(1)} if member else {}
    try:  # no rule the family knows fits with terms to spare: unread, not a failed solve
        for want in wants:
            _listed_answer(want, [sp.Rational(t) for t in terms], start, value.get("value"))
    except ValueError:
        return None
    want: Any = wants[0] if len(wants) == 1 else wants
    return "sequences.listed_sequence", {"terms": terms, "start": start, "want": want, **value}


_USE_THIS_FACT = re.compile(r"the sequence starts and has closed formula ?\.? use this fact to find a "
                            r"closed formula for the sequence which starts ?\.?")
_INDEXED = re.compile(r"\s*\(\s*([a-z])_\{?n\}?\s*\)\s*_\{?n\s*\\geq?\s*(\d)\}?\s*")  # (b_{n})_{n\geq1}


def _read_related_listed(lists: list[str], formulas: list[str]) -> Task | None:
    """"The sequence $(a_n)_{n\\geq 1}$ starts $-1, 0, 2, \\dots$ and has closed formula $a_n =
    ...$. Use this fact to find a closed formula for the sequence $(b_n)_{n\\geq 1}$ which starts
    $4, 10, 18, \\dots$": the second sequence's closed formula, from the index its name gives
    (the fact is a way to it, not part of the answer). Its five formulas in that order only."""
    named = [_INDEXED.fullmatch(f) for f in formulas]
    if len(formulas) != 5 or not (named[0] and named[3]) or named[0][1] == named[3][1] or \
            not formulas[2].lstrip().startswith(f"{named[0][1]}_"):
        return None
    terms, start = [t.strip() for t in lists[1].split(",")], int(named[3][2])
    try:
        closed_formula([sp.Rational(t) for t in terms], start)
    except ValueError:
        return None
    return "sequences.listed_sequence", {"terms": terms, "start": start, "want": "closed"}


# "Which of the following sequences are $\Delta^k$-constant for some value of $k$?" (math out),
# "Determine whether the following sequences can be described by a polynomial, and if so, of
# what degree.": each listed sequence's degree, or that it has none
_DEGREE_ASKED = re.compile(r"(?:which of the following sequences are -constant for some value of \?"
                           r"|determine whether the following sequences can be described by a "
                           r"polynomial, and if so, of what degree\.)[ .\d]*")  # the PDF numbers them


def _read_degrees(lists: list[str], formulas: list[str]) -> Task | None:
    """Each listed sequence's polynomial degree (the k of Delta^k-constant) or False, when a
    rule fits each with terms to spare; the formulas are the lists and the Delta^k asked about."""
    if any(not _LISTED.match(f) and re.sub(r"[\s{}]", "", f) not in ("\\Delta^k", "k")
           for f in formulas):
        return None
    questions = [["sequences.listed_sequence", {"terms": [t.strip() for t in terms.split(",")],
                                                "start": 0, "want": "degree"}] for terms in lists]
    try:
        for _, params in questions:
            closed_formula([sp.Rational(t) for t in params["terms"]], 0)
    except ValueError:
        return None
    return "sequences.several", {"questions": questions}


def _read_several_listed(lists: list[str], formulas: list[str], prose: str) -> Task | None:
    """"Find closed formulas for each of the following sequences ... Assume each first term
    corresponds to $n=0$": every sequence's closed formula, or None if any has none that fits."""
    words = asked(prose)
    if not (re.search(r"\bclosed formulas?\b", words) and re.search(r"\beach\b|\bfollowing "
                                                                     r"sequences\b", words)
            and _EACH_STARTS.search(words)) or re.search(r"\brecursive|\brecurrence|\bnext\b",
                                                          words):
        return None
    starts = _starts(formulas, prose)
    starts |= {int(m[1]) for f in formulas if (m := re.fullmatch(r"\s*n\s*=\s*(\d)\s*", f))}
    if len(starts) != 1:
        return None
    start = starts.pop()
    questions = [["sequences.listed_sequence", {"terms": [t.strip() for t in terms.split(",")],
                                                "start": start, "want": "closed"}]
                 for terms in lists]
    try:
        for _, params in questions:
            closed_formula([sp.Rational(t) for t in params["terms"]], start)
    except ValueError:
        return None
    return "sequences.several", {"questions": questions}


_GIVEN = re.compile(r"\bstarting with\b|\bassume\b|\bsuppose\b|\bin terms of\b|\brecurrence|"
                    r"\bclosed formula|\bgenerated by\b")
_TERM_TEXT = re.compile(r"^\s*-?\d+(?:/\d+)?\s*$")


_STARTING = re.compile(r"\bstarting with the generating function for\s*,")


def read_generating(formulas: list[str], prose: str) -> Task | None:
    """The generating function of each sequence listed by its first terms (from a_0), or of a
    sequence given by a recurrence with its first terms or by a closed formula."""
    words = asked(prose)
    if "generating function" not in words or not re.search(r"\bfind\b|\bwhat is\b|\bgive\b",
                                                             words):
        return None
    formulas = own_formulas(formulas, prose)
    # "Starting with the generating function for 1, 2, 3, ..., find ...": a way to the answer,
    # whose sequence (the item's first formula, when the item is not a part) is not asked about.
    if _STARTING.search(words):
        words = _STARTING.sub(" ", words)
        if _STARTING.search(prose.partition(OWN_END)[0]):
            if not formulas or _listed_terms(formulas[0]) is None:
                return None
            formulas = formulas[1:]
    sequences = [terms for f in formulas if (terms := _listed_terms(f)) is not None]
    if sequences and len(sequences) == len(formulas) and not _GIVEN.search(words):
        try:  # a sequence no rational function fits with a term to spare is not read as one
            for terms in sequences:
                generating_function([sp.Rational(t) for t in terms])
        except ValueError:
            return None
        return "sequences.generating_function", {"sequences": sequences}
    if re.search(r"\bstarting with\b|\bassume\b|\bin terms of\b|\bgenerated by\b", words):
        return None
    # "$a_{n}=$ $$2(5^{n})+7(-3)^{n}.$$": a definition the PDF broke after its equals sign
    joined = [f + " " + g if f.rstrip().endswith("=") else g
              for f, g in itertools.pairwise([""] + formulas)]
    joined = [f for f, g in itertools.zip_longest(joined, joined[1:], fillvalue="")
              if not f.rstrip().endswith("=") or not g.startswith(f)]
    definitions = [d for d in map(_definition, joined) if d is not None]
    if len(definitions) != 1 or len(sequences) > 1:
        return None
    letter, rule, recurrence = definitions[0]
    if sequences:  # "1, 3, 7, 15, ... satisfies a_n = 3a_{n-1} - 2a_{n-2}": the listed terms,
        terms = [sp.Rational(t) for t in sequences[0]]  # when they do satisfy it
        fits = recurrence and all(rule.subs({N: n, **{s: terms[n - i] for i, s in
                                                      enumerate(PREVIOUS, 1) if n - i >= 0}})
                                  == terms[n] for n in range(3, len(terms)))
        return ("sequences.generating_function", {"sequences": sequences}) if fits else None
    if not recurrence:
        return "sequences.generating_function", {"closed": sp.sstr(rule)}
    initial = sorted({(int(i), v) for f in joined for name, i, v in _INITIAL.findall(f)
                      if name == letter})
    order = max(i + 1 for i, s in enumerate(PREVIOUS) if s in rule.free_symbols)
    if [i for i, _ in initial] != list(range(order)) or N in rule.free_symbols:
        return None  # the first terms a_0 .. a_{k-1}, and constant coefficients
    return "sequences.generating_function", {"rule": sp.sstr(rule),
                                             "initial": [[i, v] for i, v in initial]}


def _listed_terms(formula: str) -> list[str] | None:
    """``1, -2, 4, -8, 16, \\ldots`` as its terms, or None for any other formula."""
    parts = [p.strip() for p in formula.rstrip(" .,").split(",")]
    if not parts or not _DOTS.fullmatch(parts[-1]):
        return None
    terms = [re.sub(r"\s+", "", p) for p in parts[:-1]]
    return terms if len(terms) >= 4 and all(_TERM_TEXT.match(t) for t in terms) else None


def read_series(formulas: list[str], prose: str) -> Task | None:
    """The sequence (its first terms) that each of the item's rational functions generates."""
    words = asked(prose)
    if re.search(r"\bwhat sequence is represented by the generating series\b", words):
        return _read_power_series(own_formulas(formulas, prose))
    if not re.search(r"\bsequences? generated by\b", words):
        return None
    own = own_formulas(formulas, prose)
    # "You may assume that 1, 1, 2, 3, 5, 8, ... has generating function 1/(1-x-x^2)": given.
    if re.search(r"\byou may assume that\s+has generating function\s*\(",
                 prose.partition(OWN_END)[0]):  # the item itself, not a part of it
        if len(own) < 3 or _listed_terms(own[0]) is None:
            return None
        own = own[2:]
    functions = [to_sympy(f.strip().rstrip(".,")) for f in own]
    if not functions or any(not isinstance(f, sp.Expr) or f.free_symbols != {X}
                            or not f.is_rational_function(X) for f in functions):
        return None
    return "sequences.series_terms", {"functions": [sp.sstr(f) for f in functions],
                                      "count": SERIES_TERMS}


def _read_power_series(formulas: list[str]) -> Task | None:
    """``3 + 8x^2 + x^3 + \\frac{x^5}{7} + 100x^6 + \\dots`` (which the PDF may break after a
    plus sign): its coefficients up to its last written power are the sequence asked for."""
    joined = " ".join(formulas)
    written = re.sub(r"\+\s*\\[lc]?dots\s*[.?]?\s*$", "", joined.strip())
    if written == joined.strip():
        return None  # a polynomial, not the start of a series
    series = to_sympy(written)
    if not isinstance(series, sp.Expr) or series.free_symbols != {X} or not series.is_polynomial(X):
        return None
    return "sequences.series_terms", {"functions": [sp.sstr(series)],
                                      "count": int(sp.degree(series, X)) + 1}


_DEGREES = re.compile(r"^\s*\(\s*(\d+(?:\s*,\s*\d+)+)\s*\)\s*[.?,]?\s*$")


def read_degrees(formulas: list[str], prose: str) -> Task | None:
    """How many edges (and vertices) a graph with a given degree sequence has."""
    own = asked(prose)
    count = re.search(r"\bhow many (vertices and edges|edges)\b", own)
    sequences = [m.group(1) for f in own_formulas(formulas, prose) if (m := _DEGREES.match(f))]
    if count is None or "degree sequence" not in own or len(sequences) != 1 or re.search(
            r"\btree\b|\bplanar|\beuler|\bhamilton|\bfaces?\b|\bbipartite|\bcould\b", prose):
        return None
    degrees = [d.strip() for d in sequences[0].split(",")]
    return "graphs.degree_sequence", {"degrees": degrees,
                                      "want": "edges" if count.group(1) == "edges" else "both"}


_RUN = re.compile(r"^\s*(-?\d+|[a-z])(?:\s*,\s*(-?\d+|[a-z])){2,}\s*$")
_BLANKS = re.compile(r"^\s*(?:[a-z]\s*=?\s*,?\s*)+$")  # x, y, or the blanks "x=,y=" to fill


def read_progression(formulas: list[str], prose: str) -> Task | None:
    """The missing terms that make a run of numbers an arithmetic (then a geometric) sequence:
    "Find $x$ and $y$ such that $4,x,y,31$ is part of an arithmetic sequence"."""
    words = asked(prose)
    kinds = re.findall(r"\bpart of an? (arithmetic|geometric) sequence", words)
    runs = [f for f in own_formulas(formulas, prose) if _RUN.match(f)]
    if not kinds or len(runs) != 1 or not re.search(r"\bfind\b", words) or any(
            not (_RUN.match(f) or _BLANKS.match(f)) for f in own_formulas(formulas, prose)):
        return None
    terms = [t.strip() for t in runs[0].split(",")]
    letters = [t for t in terms if t.isalpha()]
    if not letters or len(set(letters)) != len(letters) or not terms[0].lstrip("-").isdigit() \
            or not terms[-1].lstrip("-").isdigit():
        return None
    return "sequences.fill_progression", {"terms": terms, "kinds": kinds}


# Whole questions about a graph described in words, numbers taken out (they may be math or
# words): the kind of count, and the numbers in the order the words give them.
_GRAPH_WORDS = [
    ("regular_edges", ("v", "d"), (r"if a graph has vertices, each with degree, how many edges does "
                                  r"it have\?")),
    ("tree_edges", ("v",), r"if a tree has vertices, how many edges does it have\?"),
    ("forest_components", ("v", "e"), (r"a forest contains vertices and edges\. how many connected "
                                      r"components does the graph have\?")),
    ("planar_vertices", ("e", "f"), (r"suppose g? ?is a planar connected graph\. it has edges, and "
                                    r"faces\. how many vertices does g? ?have\?")),
]
_CHROMATIC = re.compile(r"what is the smallest number of colors you need to properly color the "
                        r"vertices of\? that is, find the chromatic number of the graph\.")
_COMPLETE = re.compile(r"^\s*K_\{?\s*(\d+)\s*(?:,\s*(\d+)\s*)?\}?\s*$")


def read_graph_counts(formulas: list[str], prose: str) -> Task | None:
    """Edges, components or vertices from a graph's description in words (handshake lemma,
    trees, Euler's formula), or the chromatic number of a named complete (bipartite) graph."""
    own = prose.split(OWN_END)[0].strip().lower()
    words = re.sub(r"\s+", " ", re.sub(r"\d+", " ", own)).replace(" ,", ",").replace(" .", ".")
    words = words.replace(" ?", "?").strip()
    if _CHROMATIC.fullmatch(words) and len(own_formulas(formulas, prose)) == 1:
        named = _COMPLETE.match(formulas[0])
        if named is None:
            return None
        m, n = named.groups()
        return ("graphs.graph_counts", {"kind": "chromatic_bipartite", "m": m, "n": n} if n
                else {"kind": "chromatic_complete", "m": m})
    numbers = re.findall(r"\d+", own) + [f.strip() for f in own_formulas(formulas, prose)
                                         if re.fullmatch(r"\s*\d+\s*", f)]
    if any(not re.fullmatch(r"\s*(?:\d+|[A-Z])\s*", f) for f in own_formulas(formulas, prose)):
        return None
    if re.search(r"\d", own) and any(re.fullmatch(r"\s*\d+\s*", f) for f in formulas):
        return None  # numbers both in words and in math: their order is lost
    for kind, names, pattern in _GRAPH_WORDS:
        if re.fullmatch(pattern, words) and len(numbers) == len(names):
            return "graphs.graph_counts", {"kind": kind, **dict(zip(names, numbers, strict=True))}
    return None


def read_divisors(formulas: list[str], prose: str) -> Task | None:
    """How many divisors a number has (the number written out or as its factorisation)."""
    if not re.search(r"\bhow many (?:positive )?divisors\b|\bnumber of (?:positive )?divisors of\b",
                     prose):
        return None
    values = {to_sympy(f) for f in formulas} - {None}
    numbers = {int(sp.simplify(v)) for v in values  # 2^3 \cdot 3: parsed unevaluated
               if isinstance(v, sp.Expr) and v.is_number and v.is_integer and v > 1}
    if len(numbers) != 1:  # "6 = 2 \cdot 3" is one number; two numbers ask something else
        return None
    return "number_theory.count_divisors", {"number": str(numbers.pop())}


# ---------------------------------------------------------------- variants

def _nearby(rng: random.Random, value: int, least: int = 1) -> int:
    return max(least, value + rng.choice([-2, -1, 1, 2]))


def _vary_sum(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """As many terms (or the same count in n), a new first term and difference or ratio."""
    first, rate, last = (sp.sympify(params[k], locals={"n": N}) for k in ("first", "rate", "last"))
    arithmetic = params["kind"] == "arithmetic"
    count = sp.simplify((last - first) / rate) if arithmetic else \
        sp.simplify(sp.expand_log(sp.log(last / first, rate), force=True))
    first, rate = sp.Integer(_nearby(rng, int(first))), sp.Integer(_nearby(rng, int(rate), 2))
    last = first + rate * count if arithmetic else first * rate ** count
    return {**params, "first": sp.sstr(first), "rate": sp.sstr(rate), "last": sp.sstr(last)}


def _vary_listed(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The fitted rule scaled (and a polynomial shifted): the same kind of rule, integer terms
    kept, listed at the same indices; a number asked about is a later term (or one past it)."""
    from exercises.families.textbook_discrete import _fit

    start = int(params["start"])
    rule = _fit([sp.Rational(t) for t in params["terms"]], start)
    shift = rng.randint(-5, 5) if rule.is_polynomial(N) else 0  # a_n = p a_{n-1} + q a_{n-2} has none
    rule = rng.randint(2, 4) * rule + shift
    terms = [sp.sstr(sp.expand(rule.subs(N, start + i))) for i in range(len(params["terms"]))]
    if params.get("want") != "member":
        return {**params, "terms": terms}
    place = start + rng.randint(len(terms), 10 * len(terms))  # a later term, or one past it
    return {**params, "terms": terms, "value": sp.sstr(rule.subs(N, place) + rng.choice([0, 0, 1]))}


def _vary_congruence(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A linear congruence with as many solutions: the coefficient keeps its gcd with the modulus
    and the right side stays reachable; another polynomial gets a new constant term."""
    modulus = int(params["modulus"])
    difference = sp.Poly(sp.sympify(params["lhs"]) - sp.sympify(params["rhs"]), X)
    if difference.degree() != 1:
        lhs = sp.sympify(params["lhs"]) + rng.randint(1, modulus - 1)
        return {**params, "lhs": sp.sstr(lhs)}
    common = math.gcd(int(difference.coeff_monomial(X)), modulus)
    coefficient = rng.choice([c for c in range(1, modulus) if math.gcd(c, modulus) == common])
    constant = rng.randint(0, modulus - 1)
    rhs = (constant + common * rng.randint(0, modulus // common)) % modulus
    return {**params, "lhs": f"{coefficient}*x + {constant}", "rhs": str(rhs)}


def _vary_logic(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same connectives; the letters permuted and some of them negated."""
    formulas = [proposition_text(f) for f in params["formulas"]]
    letters = sorted(set().union(*[f.free_symbols for f in formulas]), key=str)
    shuffled = rng.sample(letters, len(letters))
    swap = {a: (sp.Not(b) if rng.random() < 0.3 else b) for a, b in zip(letters, shuffled, strict=True)}
    return {**params, "formulas": [sp.sstr(f.xreplace(swap)) for f in formulas]}


def _vary_count(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Sets of nearby sizes (a bijection keeps its two sizes equal, a subset fits in its set)."""
    n = _nearby(rng, int(params["n"]))
    m = {"bijective": n, "subsets": 0,
         "subsets_of_size": min(n, _nearby(rng, int(params["m"]), 0))}.get(
        params["kind"], _nearby(rng, int(params["m"])))
    return {**params, "n": n, "m": m}


# Families whose parameters formalize.variants cannot re-draw by their constants alone.
REDRAW = {
    "number_theory.solve_congruence": _vary_congruence,
    "sequences.progression_sum": _vary_sum,
    "sequences.listed_sequence": _vary_listed,
    "logic.propositional": _vary_logic,
    "logic.laws_of_logic": vary_laws,
    "sets.least_element": vary_least,
    "sets.self_sizing": vary_sizing,
    "combinatorics.count_functions_subsets": _vary_count,
    "sets.set_operations": vary_sets,
    "sequences.generating_function": vary_generating,
    "graphs.degree_sequence": vary_degrees,
    "graphs.graph_counts": vary_graph_count,
    "sequences.fill_progression": vary_progression,
    "sequences.series_terms": vary_series,
}


def read(formulas: list[str], prose: str, intent: str | None) -> Task | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    # one space for any run of whitespace (a PDF breaks lines mid-sentence), on each side of
    # the mark where a part's own words end
    prose = OWN_END.join(re.sub(r"\s+", " ", side) for side in prose.split(OWN_END, 1))
    for reader in (read_congruence, read_recurrence, read_logic, read_count, read_sum,
                   read_coefficient, read_listed, read_divisors, read_sets, read_generating, read_degrees,
                   read_graph_counts, read_progression, read_series):
        found = reader(formulas, prose)
        if found is not None:
            return found
    return None
