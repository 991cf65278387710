"""Read sequence items whose question lies in whole sentences: a part that solves its exercise's
recurrence with its own first terms or in general, or writes out its first terms, several
recurrences each solved from its first terms, a part that sums the first
terms of its exercise's arithmetic or geometric closed formula, or writes out its first terms
and says which kind it is, the formulas of progressions named arithmetic or geometric, a running total of listed terms, sums the PDF set as one display,
a term of the sequence a rational function generates, the Fibonacci numbers' generating function, a candy machine running down, a recurrence the PDF broke in two, the differences of a
closed formula, a finite arithmetic progression's length, second-to-last term and sum, a wage
that rises each week, a reward of rice that doubles each day, ternary strings with no given pair
in a row, the squares of a chessboard, the designs of a strip tiled with colored squares and dominoes.

A word reader (:data:`formalize.tasks.WORD_READERS`): it gets the item's text with its math in
place and the text of the exercise it is a part of. Each phrasing is matched sentence by
sentence, whole (:mod:`formalize.wording`): a sentence no phrasing accounts for leaves the item
unread, and so does a formula that is not the one the phrasing expects.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import sympy as sp

from exercises.families.textbook_avoiding import vary_avoiding
from exercises.families.textbook_polynomial_sums import settled_degree
from exercises.families.textbook_progressions import (
    named_rows,
    vary_countdown,
    vary_differences,
    vary_finite,
    vary_kind,
    vary_named,
    vary_partial_sums,
)
from exercises.families.textbook_puzzles import vary_board
from exercises.families.textbook_tilings import vary_tilings
from formalize import OWN_END
from formalize.discrete import NUMBERS, read_generating, read_recurrence, read_sum
from formalize.discrete import _definition as definition
from formalize.latex import to_sympy
from formalize.parts import asked
from formalize.wording import FORMULA, sentences, shape
from ingest.document import formulas_in, prose_of

Task = tuple[str, dict[str, Any]]
N, X = sp.Symbol("n"), sp.Symbol("x")
F = re.escape(FORMULA)
_FIRST_TERM = re.compile(r"^([a-zA-Z])_\{?(\d+)\}?\s*=\s*(-?\d+)$")

# ---------------------------------------------------------------- a part solving its exercise's recurrence

_PART_SOLUTION = re.compile(rf"(?:find the solution (?:when|if)|what is the solution if the initial "
                            rf"terms are) {F} and {F}[.?]")
_SETUP = re.compile(rf"(?:consider|solve) the recurrence relation {F}\.?")


def _first_terms(rule_latex: str, given: list[str]) -> tuple[sp.Expr, list[list]] | None:
    """The recurrence ``a_n = ...`` and its first terms (``a_0 = 1``, one per step of the
    recurrence, consecutive, of the same sequence), or None."""
    defined = definition(rule_latex)
    initial = [m.groups() for f in given if (m := _FIRST_TERM.match(f))]
    if defined is None or not defined[2] or not initial or len(initial) != len(given):
        return None
    letter, rule, _ = defined
    order = max(i for i in range(1, 4) if sp.Symbol(f"a{i}") in rule.free_symbols)
    indices = [int(i) for name, i, _ in initial]
    if {name for name, _, _ in initial} != {letter} or indices != list(
            range(indices[0], indices[0] + order)):
        return None
    return rule, [[int(i), v] for _, i, v in initial]


def read_part_solution(text: str, context: str | None) -> Task | None:
    """"(b) Find the solution when $a_0 = 1$ and $a_1 = 2$." of "Consider the recurrence
    relation $a_n = 4a_{n-1} - 4a_{n-2}$. (a) ... (b) ...": the recurrence from the exercise's
    words before its first part, the first terms the part's own."""
    if not context:
        return None
    words, own = shape(text)
    setup_words, setup = shape(asked(OWN_END + context))  # the words before the first part
    if not _PART_SOLUTION.fullmatch(words) or not _SETUP.fullmatch(setup_words):
        return None
    found = _first_terms(setup[0], own)
    if found is None:
        return None
    return "sequences.solve_recurrence", {"expr": sp.sstr(found[0]), "want": "closed",
                                          "initial": found[1]}


_SOLUTION_TO = rf"find the solution to the recurrence relation {F} with initial terms {F}(?: and {F})?\.?"
_SOLUTIONS = re.compile(rf"{_SOLUTION_TO}(?: {F})?(?: {_SOLUTION_TO}(?: {F})?)+")
_PIECES = re.compile(r"\\text\s*\{\s*and\s*\}|\\\\|(?<=\d)\.\s")  # "a_0=2\text{and}a_1=1. \\ a_n="
_BLANK = re.compile(r"^([a-zA-Z])_\{?n\}?=$")  # "$$b_{n}=$$": where the answer goes


def read_solutions(text: str, context: str | None) -> Task | None:
    """"Find the solution to the recurrence relation $a_n = a_{n-1} + 2a_{n-2}$ with initial
    terms $a_0 = 2$ and $a_1 = 1$. $$a_n =$$ Find the solution to the recurrence relation
    $b_n = ...$ with initial terms ...": each recurrence solved from its own first terms (the
    PDF may set first terms and a blank to fill in one display)."""
    words, formulas = shape(text)
    if context or not _SOLUTIONS.fullmatch(words):
        return None
    pieces = [p.strip() for f in formulas for p in _PIECES.split(f) if p.strip()]
    groups: list[list[str]] = []
    for piece in pieces:
        defined = definition(piece)
        if defined is not None and defined[2]:
            groups.append([piece])
        elif not groups or not (_FIRST_TERM.match(piece) or _BLANK.match(piece)):
            return None
        elif not _BLANK.match(piece):
            groups[-1].append(piece)
        elif _BLANK.match(piece)[1] != definition(groups[-1][0])[0]:
            return None  # a blank for another sequence
    questions = []
    for group in groups:
        found = _first_terms(group[0], group[1:])
        if found is None:
            return None
        questions.append(["sequences.solve_recurrence", {"expr": sp.sstr(found[0]),
                                                         "want": "closed", "initial": found[1]}])
    return ("sequences.several", {"questions": questions}) if len(questions) > 1 else None


_PART_GENERAL = re.compile(r"find the general solution to the recurrence relation"
                           r"(?: \(beware the repeated root\))?\.")


def read_part_general(text: str, context: str | None) -> Task | None:
    """"(a) Find the general solution to the recurrence relation (beware the repeated root)."
    of "Consider the recurrence relation $a_n = 4a_{n-1} - 4a_{n-2}$. ...": a homogeneous
    recurrence with constant coefficients (the exercise's words before its first part)."""
    if not context:
        return None
    words, own = shape(text)
    setup_words, setup = shape(asked(OWN_END + context))
    if own or not _PART_GENERAL.fullmatch(words) or not _SETUP.fullmatch(setup_words):
        return None
    defined = definition(setup[0])
    if defined is None or not defined[2] or N in defined[1].free_symbols or \
            defined[1].subs({sp.Symbol(f"a{i}"): 0 for i in range(1, 4)}) != 0:
        return None
    return "sequences.solve_recurrence", {"expr": sp.sstr(defined[1]), "want": "general",
                                          "initial": []}


_PART_TERMS = re.compile(rf"write out the first (\d+) terms of the sequence defined by this "
                         rf"recurrence relation\.( {F})?")
_SETUP_TERMS = re.compile(rf"consider the recurrence relation ({F}) with first (\w+) terms "
                          rf"{F} and {F}\.")
_BLANKS = re.compile(r"^(?:[a-zA-Z]_\{?\d+\}?=,)+\\[lc]?dots$")  # a_{2}=,a_{3}=,\dots: to fill


def read_part_terms(text: str, context: str | None) -> Task | None:
    """"a. Write out the first $5$ terms of the sequence defined by this recurrence relation.
    $$a_{2}=,a_{3}=,a_{4}=,\\dots$$" of "Consider the recurrence relation $a_n = a_{n-1} +
    20a_{n-2}$ with first two terms $a_0 = 4$ and $a_1 = 9$.": the terms from the first one
    given; the blanks to fill, when shown, must be among them."""
    if not context:
        return None
    words, own = shape(text)
    setup_words, setup = shape(asked(OWN_END + context))
    terms, given = _PART_TERMS.fullmatch(words), _SETUP_TERMS.fullmatch(setup_words)
    if terms is None or given is None or len(own) != bool(terms[2]) or \
            NUMBERS.get(given[2]) != len(setup) - 1:
        return None
    found = _first_terms(setup[0], setup[1:])
    if found is None:
        return None
    rule, initial = found
    want = list(range(initial[0][0], initial[0][0] + int(terms[1])))
    if own and not (_BLANKS.match(re.sub(r"\s+", "", own[0])) and {
            int(i) for i in re.findall(r"_\{?(\d+)\}?=", own[0])} <= set(want)):
        return None
    return "sequences.solve_recurrence", {"expr": sp.sstr(rule), "want": want, "initial": initial}


_PART_SUM = re.compile(rf"find the sum of the first (\d+) terms(?:\. that is, compute| of the "
                       rf"sequence:) {F}\.")
_SETUP_CLOSED = re.compile(rf"consider the sequence given by {F}\.")
_SETUP_STARTS = re.compile(rf"consider the sequence {F} which starts {F}\.")
_FROM = re.compile(r"^\(([a-z])_\{?n\}?\)_\{n\\geq?(\d)\}$")
_SIGMA = re.compile(r"^\\sum_\{?([a-z])=(-?\d+)\}?\^\{?(\d+)\}?([a-zA-Z])_\{?([a-z])\}?$")


def read_part_sum(text: str, context: str | None) -> Task | None:
    """"b. Find the sum of the first $22$ terms. That is, compute $\\sum_{k=1}^{22}a_{k}$." of
    "Consider the sequence given by $a_{n}=6\\cdot5^{n-1}$.": a progression's sum when the
    closed formula is arithmetic (a constant difference) or geometric (a constant ratio)."""
    if not context:
        return None
    words, own = shape(text)
    setup_words, setup = shape(asked(OWN_END + context))
    count = _PART_SUM.fullmatch(words)
    sigma = _SIGMA.match(re.sub(r"\s+", "", own[0])) if count and len(own) == 1 else None
    defined = _setup_sequence(setup_words, setup)
    if sigma is None or defined is None:
        return None
    index, lower, upper, letter, summed = sigma.groups()
    if letter != defined[0] or summed != index or int(upper) - int(lower) + 1 != int(count[1]) \
            or defined[2] not in (None, int(lower)):
        return None  # the sum is not over the first terms the words count
    closed = defined[1]
    ratio, difference = sp.simplify(closed.subs(N, N + 1) / closed), sp.expand(
        closed.subs(N, N + 1) - closed)
    if difference.is_number and difference != 0:
        kind, rate = "arithmetic", difference
    elif ratio.is_number and ratio not in (0, 1):
        kind, rate = "geometric", ratio
    else:
        return None
    return "sequences.progression_sum", {"kind": kind, "first": sp.sstr(closed.subs(N, int(lower))),
                                         "rate": sp.sstr(rate),
                                         "last": sp.sstr(closed.subs(N, int(upper)))}


def _setup_sequence(words: str, formulas: list[str]) -> tuple[str, sp.Expr, int | None] | None:
    """The sequence a setup gives (its letter, closed formula, first index when the setup says
    it): "Consider the sequence given by $a_n = 6\\cdot 5^{n-1}$." or "Consider the sequence
    $(a_n)_{n\\geq 0}$ which starts $5,10,15,20,\\dots$." (arithmetic or geometric: at least four
    terms with one constant difference or ratio)."""
    if _SETUP_CLOSED.fullmatch(words) and len(formulas) == 1:
        defined = definition(formulas[0])
        return (defined[0], defined[1], None) if defined and not defined[2] else None
    if not _SETUP_STARTS.fullmatch(words):
        return None
    named = _FROM.match(re.sub(r"\s+", "", formulas[0]))
    listed = re.fullmatch(r"\s*(-?\d+(?:\s*,\s*-?\d+){3,})\s*,\s*\\[lc]?dots\s*", formulas[1])
    if not (named and listed):
        return None
    terms = [sp.Integer(t) for t in listed[1].split(",")]
    start = int(named[2])
    differences = {b - a for a, b in itertools.pairwise(terms)}
    ratios = {b / a for a, b in itertools.pairwise(terms)} if 0 not in terms else set()
    if len(differences) == 1:
        closed = terms[0] + differences.pop() * (N - start)
    elif len(ratios) == 1:
        closed = terms[0] * ratios.pop() ** (N - start)
    else:
        return None
    return named[1], closed, start


_PART_KIND = re.compile(rf"find the first (\d+) terms of the sequence\. {F} what sort of sequence is "
                        rf"this\? \( {F} arithmetic {F} geometric {F} neither\)")


def read_part_kind(text: str, context: str | None) -> Task | None:
    """"a. Find the first $4$ terms of the sequence. $$a_{1}=,a_{2}=,a_{3}=,a_{4}=,\\dots$$ What
    sort of sequence is this? ($\\square$ arithmetic $\\square$ geometric $\\square$ neither)" of
    "Consider the sequence given by $a_{n}=6\\cdot5^{n-1}$.": the terms the blanks name (as many as
    the words say), and the kind of sequence."""
    if not context:
        return None
    words, own = shape(text)
    setup_words, setup = shape(asked(OWN_END + context))
    asked_for, given = _PART_KIND.fullmatch(words), _SETUP_CLOSED.fullmatch(setup_words)
    if asked_for is None or given is None or len(setup) != 1 or \
            [re.sub(r"\s", "", f) for f in own[1:]] != ["\\square"] * 3 or \
            not _BLANKS.match(re.sub(r"\s+", "", own[0])):
        return None
    defined = definition(setup[0])
    names = re.findall(r"([a-zA-Z])_\{?(\d+)\}?=", own[0])
    indices = [int(i) for _, i in names]
    if defined is None or defined[2] or {letter for letter, _ in names} != {defined[0]} or \
            len(indices) != int(asked_for[1]) or indices != list(range(indices[0], indices[0] + len(indices))):
        return None
    return "sequences.kind_of_sequence", {"closed": sp.sstr(defined[1]), "indices": indices}


# ---------------------------------------------------------------- named progressions' formulas

_NAMED_BELOW = re.compile(rf"find (?:recursive definitions and closed formulas|the recursive and closed "
                          rf"formula) for the (arithmetic|geometric) sequences below\. (?:assume|again,) "
                          rf"the first term listed is {F}\.((?: {F}\.?)+)")
_ODD = re.compile(rf"consider the sequence {F} that starts {F} \(i\.e\., the odd numbers in order\)\.")
_GIVE_BOTH = "give a recursive definition and closed formula for the sequence."
_INDEX = re.compile(r"^a_\{?(\d)\}?$|^\(a_\{?n\}?\)_\{?n\\geq?(\d)\}?$")


def _listed(latex: str) -> list[str] | None:
    """``2, 5, 8, \\ldots`` as its terms (integers or fractions), or None."""
    pieces = [p.strip() for p in re.sub(r"\s+", "", latex).split(",")]
    if len(pieces) < 4 or not re.fullmatch(r"\\[lc]?dots", pieces[-1]) or not all(
            re.fullmatch(r"-?\d+(?:/\d+)?", p) for p in pieces[:-1]):
        return None
    return pieces[:-1]


def read_named(text: str, context: str | None) -> Task | None:
    """"Find recursive definitions and closed formulas for the arithmetic sequences below.
    Assume the first term listed is $a_0$. $2, 5, 8, 11, 14, \\ldots$. $50, 43, 36, 29,
    \\ldots$." (the kind named, so the listed terms pin the formulas); and "(a) Give a recursive
    definition and closed formula for the sequence." of "Consider the sequence $(a_n)_{n\\geq1}$
    that starts $1,3,5,7,9,\\dots$ (i.e., the odd numbers in order)."."""
    words, formulas = shape(text)
    if context is None and (below := _NAMED_BELOW.fullmatch(words)):
        kind, index, lists = below[1], _INDEX.match(formulas[0]), formulas[1:]
    elif context and words == _GIVE_BOTH and not formulas:
        setup_words, lists = shape(asked(OWN_END + context))
        if not _ODD.fullmatch(setup_words):
            return None
        kind, index, lists = "arithmetic", _INDEX.match(re.sub(r"\s+", "", lists[0])), lists[1:]
        if _listed(lists[0]) is None or any(int(t) != 2 * i + 1 for i, t in enumerate(_listed(lists[0]))):
            return None  # not the odd numbers in order
    else:
        return None
    sequences = [_listed(f) for f in lists]
    if index is None or None in sequences:
        return None
    params = {"kind": kind, "start": int(index[1] or index[2]), "sequences": sequences}
    try:
        named_rows(params)
    except ValueError:
        return None  # the terms are not of the kind the words name
    return "sequences.named_progression", params


# ---------------------------------------------------------------- a running total of listed terms

_TOTAL = re.compile(rf"(?:\w+ keeps track of how many ([\w-]+) (?:she|he|they) do(?:es)? each day of "
                    rf"(?:her|his|their) “[^”]*”\s+)?let ({F}) be the sequence that describes the number "
                    rf"of ([\w-]+) done on the n ?th day of the challenge\. the sequence starts {F}"
                    rf"\.? describe a sequence ({F}) that gives the total number of ([\w-]+) done by "
                    rf"\w+ after the n ?th day\.")
_FROM_ONE = re.compile(r"^\(([a-z])_\{?n\}?\)_\{?n\\ge(?:q)?1\}?$")


def read_total(text: str, context: str | None) -> Task | None:
    """"Let $(a_n)_{n\\geq1}$ be the sequence that describes the number of push-ups done on the
    $n$th day of the challenge. The sequence starts $$3,5,6,10,9,0,12,\\dots.$$ Describe a
    sequence $(b_n)_{n\\geq1}$ that gives the total number of push-ups done by Sam after the $n$th
    day.": the partial sums, as far as the terms are listed."""
    words, formulas = shape(text)
    found = _TOTAL.fullmatch(words) if not context else None
    if found is None or len({w for w in (found[1], found[3], found[5]) if w}) != 1:
        return None
    named = [_FROM_ONE.match(re.sub(r"\s+", "", formulas[i])) for i in (0, 2)]
    terms = _listed(formulas[1].rstrip(". "))
    if None in named or terms is None or named[0][1] == named[1][1]:
        return None
    return "sequences.partial_sums", {"terms": terms}


# ---------------------------------------------------------------- a formula the PDF broke in two

_BROKEN = re.compile(r"(?<=[-+=])\s*\$\s+\$(?!\$)")  # "$a_{n}=2a_{n-1}-$ $a_{n-2}$"


def read_joined(text: str, context: str | None) -> Task | None:
    """A recurrence item whose formula the PDF broke after a sign: the formula joined again,
    then read as any recurrence item (:func:`formalize.discrete.read_recurrence`) or as one
    asking for its generating function (:func:`formalize.discrete.read_generating`)."""
    joined = _BROKEN.sub(" ", text)
    if joined == text:
        return None
    prose = " ".join(prose_of(joined).lower().split())
    if context:
        prose += OWN_END + " ".join(prose_of(context).lower().split())
    return read_recurrence(formulas_in(joined), prose) or read_generating(formulas_in(joined), prose)


# ---------------------------------------------------------------- several sums in one display

_FIND = re.compile(r"\s*\\text\s*\{\s*Find\s*\}(.+?)\.?\s*")


def read_find_sums(text: str, context: str | None) -> Task | None:
    """"$$\\text{Find}6+30+150+\\dots+6\\cdot5^{19}. \\\\ \\text{Find}1-\\frac{7}{4}+\\dots$$": two
    or more progressions' sums that the PDF set as one display, each line asked by its own
    "Find" and read as any written-out sum (:func:`formalize.discrete.read_sum`)."""
    formulas = formulas_in(text)
    if context or prose_of(text).strip() or len(formulas) != 1:
        return None
    questions = []
    for line in formulas[0].split("\\\\"):
        found = _FIND.fullmatch(line)
        task = read_sum([found[1]], "") if found else None
        if task is None:
            return None
        questions.append(list(task))
    return ("sequences.several", {"questions": questions}) if len(questions) > 1 else None


# ---------------------------------------------------------------- a term of a generating function

_TERM_OF = re.compile(rf"find (?:({F}) for|a closed formula for the n ?th term of) the sequence "
                      rf"with generating function {F}\.?")  # a display holds its own full stop
_INDEXED = re.compile(r"^[a-zA-Z]_\{?(\d+)\}?$")


def read_generated_term(text: str, context: str | None) -> Task | None:
    """"Find $a_{7}$ for the sequence with generating function $\\frac{2}{(1-x)^{2}}\\cdot
    \\frac{x}{1-x-x^{2}}$.": the coefficient of x^7 of a rational function of x; "Find a
    closed formula for the $n$th term of the sequence with generating function ...": of x^n."""
    words, formulas = shape(text)
    asked_for = _TERM_OF.fullmatch(words)
    if context or asked_for is None or len(formulas) != 1 + bool(asked_for[1]):
        return None
    index = _INDEXED.match(re.sub(r"\s+", "", formulas[0])) if asked_for[1] else None
    function = to_sympy(formulas[-1])
    if (asked_for[1] and index is None) or not isinstance(function, sp.Expr) or \
            function.free_symbols != {X} or not function.is_rational_function(X):
        return None
    return "sequences.series_terms", {"functions": [sp.sstr(function)],
                                      "index": int(index[1]) if index else "n"}


# The Fibonacci numbers as the book defines them (F_n = F_{n-1} + F_{n-2}, F_1 = F_2 = 1), from
# F_0 = F_2 - F_1 = 0, as a generating function's first coefficient is.
_FIBONACCI = {"rule": "a1 + a2", "initial": [[0, "0"], [1, "1"]]}
_FIBONACCI_FUNCTION = re.compile(r"use the recurrence relation for the fibonacci numbers to find the "
                                 r"generating function for the fibonacci sequence\.")


def read_fibonacci(text: str, context: str | None) -> Task | None:
    """"Use the recurrence relation for the Fibonacci numbers to find the generating function
    for the Fibonacci sequence." (the sequence from F_0)."""
    words, formulas = shape(text)
    if context or formulas or not _FIBONACCI_FUNCTION.fullmatch(words):
        return None
    return "sequences.generating_function", dict(_FIBONACCI)


# ---------------------------------------------------------------- the differences of a closed formula

_DIFFERENCES = re.compile(rf"suppose {F}\.? find a closed formula for the sequence of differences "
                          rf"by computing {F}\.?(?: simplify your answer as much as possible\.)?")


def read_differences(text: str, context: str | None) -> Task | None:
    """"Suppose $a_n = 2n^2 + 3n + 2$. Find a closed formula for the sequence of differences by
    computing $a_n - a_{n-1}$.\""""
    words, formulas = shape(text)
    if not _DIFFERENCES.fullmatch(words):
        return None
    defined = definition(formulas[0])
    if defined is None or defined[2] or re.sub(r"[\s{}]", "", formulas[1]) != \
            f"{defined[0]}_n-{defined[0]}_n-1":
        return None
    return "sequences.differences", {"closed": sp.sstr(defined[1])}


# ---------------------------------------------------------------- finite arithmetic progressions

_INTRODUCED = re.compile(rf"consider the (sequence|sum) {F}\.")
_ASKED = [
    ("count", r"how many terms (?:are there in the sequence|\(summands\) are in the sum)\?"),
    ("count", rf"how many terms does the finite sequence {F} have\?"),
    ("second_last", r"what is the second-to-last term\?"),
    ("sum", r"find the sum of all the terms in the sequence(?:, in terms of n)?\."),
    ("sum", r"compute the sum using a technique discussed in this section\."),
]
_IN_N = "your answer will be in terms of n."  # said after a question, asks nothing more
_DOTS = re.compile(r"\\[lc]?dots|\.\.\.")


def _finite(latex: str, kind: str) -> dict[str, Any] | None:
    """``{terms, last}`` from ``28,38,48,58,\\dots,10n-2`` (a sequence) or
    ``9+14+19+\\dots+229`` (a sum): at least three numbers, the dots, a last term (in n)."""
    pieces = _DOTS.split(latex)
    separator = "," if kind == "sequence" else "+"
    if len(pieces) != 2 or not pieces[0].rstrip().endswith(separator) or \
            not pieces[1].lstrip().startswith(separator):
        return None
    terms = [t.strip() for t in pieces[0].strip().rstrip(separator).split(separator)]
    last = to_sympy(pieces[1].strip()[1:].strip())
    if len(terms) < 3 or not all(re.fullmatch(r"-?\d+", t) for t in terms) or not isinstance(
            last, sp.Expr) or not last.free_symbols <= {N}:
        return None
    values = [int(t) for t in terms]
    step = values[1] - values[0]
    count = sp.expand((last - values[0]) / step + 1) if step else None
    if count is None or any(b - a != step for a, b in itertools.pairwise(values)) or not (
            count.is_polynomial(N) and all(c.is_integer for c in sp.Poly(count, N).all_coeffs())):
        return None  # not arithmetic, or the last term is not a term of it
    if count.is_number and count <= len(terms):
        return None
    return {"terms": terms, "last": sp.sstr(last)}


def read_finite(text: str, context: str | None) -> Task | None:
    """A finite arithmetic progression given by its first terms and its last, and how many
    terms it has, its second-to-last term, its sum (some of these, each a sentence). A part
    ("a. How many terms are there in the sequence?") asks about the progression its exercise
    introduces, in the exercise's one sentence before its parts."""
    words, formulas = shape(text)
    if context and not formulas:
        setup_words, setup = shape(asked(OWN_END + context))
        if not _INTRODUCED.fullmatch(setup_words):
            return None
        words, formulas = f"{setup_words} {words}", setup
    said = [s for s in sentences(words) if s != _IN_N]
    if len(formulas) != 1 or not said:
        return None
    introduced = _INTRODUCED.fullmatch(said[0])
    kind = introduced[1] if introduced else "sequence"
    asks = []
    for sentence in said[1:] if introduced else said:
        ask = next((name for name, pattern in _ASKED if re.fullmatch(pattern, sentence)), None)
        if ask is None or ask in asks or (FORMULA in sentence) == bool(introduced):
            return None  # a sentence no phrasing reads; the formula said twice or never
        asks.append(ask)
    if not asks or (kind == "sum" and "second_last" in asks):
        return None
    found = _finite(formulas[0], kind)
    if found is None:
        return None
    return "sequences.finite_progression", {**found, "asks": asks}


# ---------------------------------------------------------------- a weekly wage with a raise

_WAGE = re.compile(r"your (?:sister's )?summer job pays (?:you|her) \\?\$(\d+) per week, with a raise "
                   r"of (?:\\?\$(\d+)|(\d+)%) per week as a bonus for not being a quitter\. how much "
                   r"will (?:you|she) make in the (\d+)(?:st|nd|rd|th) week\?")


def read_wage(text: str, context: str | None) -> Task | None:
    """"Your summer job pays you \\$1000 per week, with a raise of \\$50 (5%) per week ... How
    much will you make in the 10th week?": the week's term of an arithmetic (geometric)
    sequence that starts with the first week's pay. (The PDF's dollar signs are not math.)"""
    words = " ".join(text.replace("’", "'").split()).lower()
    found = _WAGE.fullmatch(words)
    if found is None or context:
        return None
    pay, raise_by, percent, week = found.groups()
    rule = (sp.Integer(pay) + sp.Integer(raise_by) * (N - 1) if raise_by
            else sp.Integer(pay) * (1 + sp.Rational(percent, 100)) ** (N - 1))
    return "sequences.solve_recurrence", {"expr": sp.sstr(rule), "want": [int(week)],
                                          "initial": [], "given": "closed"}


# ---------------------------------------------------------------- a reward that doubles each day

_TIMES = {"twice": 2, "three times": 3, "four times": 4}
_REWARD = re.compile(r"for defeating the evil dragon, the king promises you a reward of (\w+) grains? of "
                     r"rice on the first day, and then (twice|three times|four times) as many grains "
                     r"the next day as the previous day, for the rest of the month\. not to be "
                     r"swindled, you barter and get him to agree to add (\w+) additional grains? of "
                     r"rice each day as well\. how many grains of rice will you receive on the "
                     r"(\d+)(?:st|nd|rd|th) day\?")


def read_reward(text: str, context: str | None) -> Task | None:
    """"... a reward of one grain of rice on the first day, and then twice as many grains the
    next day as the previous day ... add one additional grain of rice each day as well. How many
    grains of rice will you receive on the 30th day?": a_n = 2a_{n-1} + 1 from a_1 = 1, the day's
    term (a month has at most 31 days)."""
    words = " ".join(text.replace("’", "'").split()).lower()
    found = _REWARD.fullmatch(words)
    if found is None or context:
        return None
    first, times, added, day = found.groups()
    if first not in NUMBERS or added not in NUMBERS or not 1 <= int(day) <= 31:
        return None
    return "sequences.solve_recurrence", {"expr": f"{_TIMES[times]}*a1 + {NUMBERS[added]}",
                                          "want": [int(day)], "initial": [[1, str(NUMBERS[first])]]}


# ---------------------------------------------------------------- good strings, no pair in a row

_GOOD = re.compile(r"a ternary string is a sequence of 0 ?'s, 1 ?'s, and 2 ?'s\. just like a bit string, but "
                   r"with three symbols\. let's call a ternary string good provided it never "
                   r"contains a ([0-2]) followed immediately by a ([0-2])\. let § be the number of "
                   r"good strings of length n\. for example, §, and § \(since of the 9 ternary "
                   r"strings of length 2, only one is not good\)\. find, with justification, a "
                   r"recursive formula for §, and use it to compute §\.?")


def read_good_strings(text: str, context: str | None) -> Task | None:
    """"A ternary string is a sequence of 0's, 1's, and 2's ... good provided it never contains
    a 2 followed immediately by a 0. Let G_n be the number of good strings of length n. For
    example, G_1 = 3, and G_2 = 8 ... Find, with justification, a recursive formula for G_n, and
    use it to compute G_5.": the recurrence and the count, when the examples are the counts of
    two different symbols' strings (3, and 9 less the one pair)."""
    words, formulas = shape(text.replace("’", "'"))
    found = _GOOD.fullmatch(words)
    if found is None or context or found[1] == found[2] or len(formulas) != 5:
        return None
    bare = [re.sub(r"[{}\s]", "", f) for f in formulas]  # G_{1}=3 (PDF), G_1 = 3 (source)
    asked = re.fullmatch(r"G_(\d+)\.?", bare[4])
    if bare[:4] != ["G_n", "G_1=3", "G_2=8", "G_n"] or asked is None:
        return None
    return "counting.avoiding_strings", {"size": 3, "pair": [int(found[1]), int(found[2])],
                                         "length": int(asked[1])}


# ---------------------------------------------------------------- the squares of a chessboard

_BOARD = re.compile(r"\s*(n|\d+)\s*\\times\s*(n|\d+)\s*")


def read_board(text: str, context: str | None) -> Task | None:
    """"Find a closed formula for the number of squares on an $n \\times n$ chessboard." (or
    "Find the number of squares on an $8 \\times 8$ chessboard."): squares of every size."""
    words, formulas = shape(text)
    board = _BOARD.fullmatch(formulas[0]) if len(formulas) == 1 else None
    if context or board is None or board[1] != board[2] or words != (
            f"find {'a closed formula for ' if board[1] == 'n' else ''}the number of squares on "
            f"an {FORMULA} chessboard."):
        return None
    return "counting.chessboard_squares", {"side": board[1]}


# ---------------------------------------------------------------- a candy machine running down

_MACHINE = re.compile(r"suppose that the candy machine currently holds exactly (\d+) skittles, and "
                      r"every time someone inserts a quarter, exactly (\d+) skittles come out of "
                      r"the machine\.")
_MACHINE_ASKS = [
    ("left", (r"how many skittles will be left in the machine after (\d+) quarters have been "
             r"inserted\?")),
    ("reaches", r"will there ever be exactly (zero|\d+) skittles left in the machine\?"),
    (None, r"explain\."),
]


def read_machine(text: str, context: str | None) -> Task | None:
    """"Suppose that the candy machine currently holds exactly 650 Skittles, and every time
    someone inserts a quarter, exactly 7 Skittles come out of the machine. (a) How many Skittles
    will be left in the machine after 20 quarters have been inserted? (b) Will there ever be
    exactly zero Skittles left in the machine? Explain." (a part, with its exercise's setup)."""
    words, formulas = shape(text)
    setup_words = shape(asked(OWN_END + context))[0] if context else words
    given = _MACHINE.match(setup_words)
    if formulas or given is None or (context and given.end() != len(setup_words)):
        return None
    asks = []
    for sentence in sentences(words if context else words[given.end():].strip()):
        found = next(((ask, m) for ask, pattern in _MACHINE_ASKS
                      if (m := re.fullmatch(pattern, sentence))), None)
        if found is None:
            return None
        if found[0]:
            asks.append([found[0], int(NUMBERS.get(found[1][1], found[1][1]))])
    return ("sequences.countdown", {"stock": int(given[1]), "each": int(given[2]), "asks": asks}
            ) if asks else None


_GIVES = re.compile(r"your friendly neighborhood bodega has a candy machine that gives (\d+) skittles "
                    r"to the first customer who puts in a quarter, (\d+) to the second, (\d+) to "
                    r"the third, (\d+) to the fourth, etc\. how many candies has the machine given "
                    r"out in total after (\d+) quarters are put into the machine\? after n quarters\?")


# The mega-mart's machine across the street: its listed terms settle at constant differences.
_GIVES_MORE = re.compile(r"not to be outdone, the mega-mart across the street has installed a candy "
                         r"machine that gives (\d+) skittles to the first customer, (\d+) to the "
                         r"second, (\d+) to the third, (\d+) to the fourth, etc\. how many skittles "
                         r"has the machine given out in total after (\d+) quarters are put into the "
                         r"machine\? after n quarters\?")


def read_machine_totals(text: str, context: str | None) -> Task | None:
    """"... a candy machine that gives 7 Skittles to the first customer ..., 10 to the second, 13
    to the third, 16 to the fourth, etc. How many candies has the machine given out in total
    after 20 quarters ...? After n quarters?": the sums of the first 20 and the first n terms,
    when the four terms given are an arithmetic progression (a constant difference); the
    mega-mart's "4 ..., 7 ..., 12 ..., 19 ..., etc.": the polynomial whose differences the terms
    settle at (a constant row with a term to spare), summed."""
    words, formulas = shape(text)
    given = _GIVES.fullmatch(words)
    more = _GIVES_MORE.fullmatch(words)
    if formulas or context:
        return None
    if more and settled_degree([int(t) for t in more.groups()[:4]]) is not None:
        # the terms the polynomial their differences show (4, 7, 12, 19: n^2 + 3), added up
        return "sequences.several", {"questions": [
            ["sequences.polynomial_sum", {"terms": list(more.groups()[:4]), "count": count}]
            for count in (more[5], "n")]}
    if given is None:
        return None
    terms, count = [int(t) for t in given.groups()[:4]], int(given[5])
    differences = {b - a for a, b in itertools.pairwise(terms)}
    if len(differences) != 1 or differences == {0}:
        return None
    first, step = terms[0], differences.pop()
    return "sequences.several", {"questions": [
        ["sequences.progression_sum", {"kind": "arithmetic", "first": str(first), "rate": str(step),
                                       "last": sp.sstr(first + step * (k - 1))}]
        for k in (sp.Integer(count), N)]}


# ---------------------------------------------------------------- designs of colored tiles

# The setup, in one or two sentences: (squares' colors, dominoes' colors) and its formulas,
# which must be these (spaces aside): the sequence, the strip, the square, the domino.
_TILES = [
    (re.compile(r"let § be the number of § tile designs you can make using § squares available "
                r"in (\d+) colors and § dominoes available in (\d+) colors\."),
     ["a_n", "1\\timesn", "1\\times1", "1\\times2"]),
    (re.compile(r"you have access to § tiles which come in (\d+) different colors and § tiles "
                r"which come in (\d+) different colors\. we want to figure out how many different "
                r"§ path designs we can make out of these tiles\."),
     ["1\\times1", "1\\times2", "1\\timesn"]),
]
# Each question sentence: what it asks (None: an explanation, no value) and its formulas.
_TILE_QUESTIONS = [
    ("recurrence", r"(?:first, )?find a recurrence relation to describe the problem\.", []),
    (None, r"explain why the recurrence relation is correct \(in the context of the problem\)\.",
     []),
    ("terms", r"write out the first (\d+) terms of the sequence §\.", ["a_1,a_2,\\dots"]),
    ("closed", r"solve the recurrence relation(?: using the characteristic root technique)?\.", []),
    ("closed", r"that is, find a closed formula for §\.", ["a_n"]),
    ("definition", r"find a recursive definition for the sequence § of paths of length n\.",
     ["a_n"]),
]


def _bare(formulas: list[str]) -> list[str]:
    """Formulas as compared: no spaces or braces, \\ldots written \\dots (the source's a_n is
    the PDF's a_{n})."""
    return [re.sub(r"[\s{}]", "", f).replace("\\ldots", "\\dots") for f in formulas]


def read_tilings(text: str, context: str | None) -> Task | None:
    """"Let $a_n$ be the number of $1\\times n$ tile designs you can make using $1\\times1$
    squares available in 4 colors and $1\\times2$ dominoes available in 5 colors." and what it
    asks: the recurrence, the first terms from a_1, the closed formula (each a sentence; a
    part reads the setup from its exercise's words before the parts)."""
    words, formulas = shape(text)
    if context:
        setup_words, setup = shape(asked(OWN_END + context))
    else:
        setup_words, setup = words, formulas
    for phrasing, expected in _TILES:
        found = phrasing.match(setup_words)
        if found and _bare(setup[:len(expected)]) == expected:
            break
    else:
        return None
    if context:
        if found.end() != len(setup_words) or len(setup) != len(expected):
            return None
    else:
        words, formulas = words[found.end():], formulas[len(expected):]
    params: dict[str, Any] = {"squares": int(found[1]), "dominoes": int(found[2]), "asks": []}
    for sentence in sentences(words.strip()):
        for ask, pattern, wanted in _TILE_QUESTIONS:
            question = re.fullmatch(pattern, sentence)
            if question and _bare(formulas[:len(wanted)]) == wanted:
                break
        else:
            return None  # a sentence no phrasing reads
        formulas = formulas[len(wanted):]
        if ask == "terms":
            params["count"] = int(question[1])
        if ask and ask not in params["asks"]:
            params["asks"].append(ask)
    return ("sequences.colored_tilings", params) if params["asks"] and not formulas else None


def read(text: str, context: str | None) -> Task | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS`."""
    for reader in (read_part_solution, read_solutions, read_part_general, read_part_terms,
                   read_part_sum, read_part_kind, read_named, read_total,
                   read_joined, read_differences,
                   read_find_sums, read_generated_term, read_fibonacci, read_finite, read_wage, read_reward, read_good_strings, read_board, read_machine,
                   read_machine_totals,
                   read_tilings):
        found = reader(text, context)
        if found is not None:
            return found
    return None


# Families whose parameters formalize.variants cannot re-draw by their constants alone.
REDRAW = {
    "sequences.finite_progression": vary_finite,
    "sequences.differences": vary_differences,
    "sequences.colored_tilings": vary_tilings,
    "sequences.countdown": vary_countdown,
    "sequences.kind_of_sequence": vary_kind,
    "sequences.named_progression": vary_named,
    "sequences.partial_sums": vary_partial_sums,
    "counting.avoiding_strings": vary_avoiding,
    "counting.chessboard_squares": vary_board,
}
