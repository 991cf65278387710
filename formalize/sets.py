r"""Read a finite-sets item: sets the book lists and the expressions it asks for.

"Let $A=\{2,3,4,5,6\}$, $B=\{4,5,6,7,8\}$. Find $A\cap B$." becomes the parameters of
:mod:`exercises.families.textbook_sets`. Sets are listed (``\{1,2,\dots,10\}`` too), built
from a range (``\{x\in\mathbb{N}:3\leq x\leq13\}``; the book's $\mathbb{N}$ starts at 0), or
described by a property (``\{x\in\mathbb{N}: x \text{ is even}\}``: even, odd, prime,
composite), which is read only where every asked set is finite (:func:`bounded`) or built from
even and odd numbers and listed sets (:func:`~exercises.families.textbook_sets.periodic`).
Strict: an item with a formula that is neither a set it defines nor an expression in those
sets, or that asks for an example, a truth value or a proof, is left unread.

Three questions about sets between others are read too (:func:`read_extremes`): the largest set
inside two sets (their intersection), the smallest set holding two (their union), and the sets
C with B a subset of C and C a subset of A ("How many sets $C$ have the property ..."); which
relations between listed sets and elements are true, false, or meaningless
(:func:`read_relations`); and the least element of a set of natural numbers
(:func:`read_least`).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from exercises.families.textbook_sets import PROPERTIES, bounded, periodic, split_elements
from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.parts import asked, own_formulas
from ingest.document import formulas_in, prose_of

Task = tuple[str, dict[str, Any]]

_NAME = r"(?:[A-Z]|\\mathcal\{U\}|\\U)"
_DEFINITION = re.compile(rf"({_NAME})\s*=\s*\\\{{")
_ELEMENT = re.compile(r"-?\d+|[a-z]")
_DOTS = re.compile(r"\\[lc]?dots|\.\.\.")
_BUILDER = re.compile(r"^\s*([a-z])\s*\\in\s*\\(?:mathbb\{([NZ])\}|([NZ]))\s*(?::|\\st|\\mid|\|)(.*)$")
_LESS = r"(<|\\lt|\\leq?|\\leqslant)"
_RANGE = re.compile(rf"^\s*(?:(-?\d+)\s*{_LESS}\s*)?([a-z])\s*{_LESS}\s*(-?\d+)\s*$")
_PROPERTY = "|".join(PROPERTIES)
_HAS = re.compile(rf"^\s*([a-z])\s*\\(?:text|mbox)\s*\{{\s*is\s+({_PROPERTY})\s*\}}\s*$")
# The PDF breaks a described set's formula around its words: "$B=\{x\in\mathbb{N}:x$ is
# even$\}$", "$C=\{x\in\mathbb{N}$: $x$ is odd$\}$".
_BROKEN = re.compile(r"\$([A-Z]\s*=\s*\\\{\s*([a-z])\s*\\in\s*\\mathbb\{[NZ]\})\s*"
                     r"(?::\s*([a-z])\s*\$|\$\s*:\s*\$\s*([a-z])\s*\$)\s*is\s+"
                     rf"({_PROPERTY})\s*\$\s*\\\}}\s*\$")
# Words of items that ask something other than the sets themselves.
_OTHER = re.compile(r"\btrue\b|\bfalse\b|\bexample|\bsubsets?\b|\bprove|\bexplain|\bdescribe"
                    r"|\bpossible|\bsuch that|\bproperty|\bhow many\b|\bwhich\b|\bmeaningless"
                    r"|\bdraw|\bvenn|\bleast\b|\bgreatest\b|\bf\(")
_ASKING = re.compile(r"\bfind\b|\bwhat is\b|\bcompute\b|\blist\b|\bdetermine\b")


def _braced(text: str, start: int) -> int | None:
    """The index just past the ``\\}`` that closes the ``\\{`` ending at ``start``."""
    depth, at = 1, start
    while at < len(text):
        if text.startswith("\\{", at):
            depth, at = depth + 1, at + 2
        elif text.startswith("\\}", at):
            depth, at = depth - 1, at + 2
            if depth == 0:
                return at
        else:
            at += 1
    return None


def _element(text: str) -> str | None:
    """A listed element as the family writes it: "3", "a", "{1,2}", "{}" (the empty set)."""
    text = text.strip()
    if re.fullmatch(r"\\emptyset|\\varnothing|\\\{\s*\\\}", text):
        return "{}"
    if text.startswith("\\{") and text.endswith("\\}"):
        inner = [_element(e) for e in split_elements(text[2:-2].replace("\\{", "{")
                                                     .replace("\\}", "}"))]
        return None if None in inner else "{" + ",".join(inner) + "}"  # type: ignore[arg-type]
    if text.startswith("{") and text.endswith("}"):  # already unescaped by split_elements
        return _element("\\{" + text[1:-1] + "\\}")
    return text if _ELEMENT.fullmatch(text) else None


def listed(inside: str) -> list[str] | None:
    """The elements of ``\\{inside\\}``: a list, a run ``23, 24, \\dots, 38``, or a range
    ``x \\in \\mathbb{N} : 3 \\le x < 14``; None when it is anything else."""
    builder = _BUILDER.match(inside)
    if builder:
        return _range(builder)
    parts = split_elements(inside.replace("\\{", "{").replace("\\}", "}"))
    dots = [i for i, p in enumerate(parts) if _DOTS.fullmatch(p)]
    if dots:
        if len(dots) != 1 or not 2 <= dots[0] < len(parts) - 1:
            return None
        try:
            numbers = [int(p) for i, p in enumerate(parts) if i != dots[0]]
        except ValueError:
            return None
        before, after = numbers[: dots[0]], numbers[dots[0]:]
        step = before[1] - before[0]
        run = list(range(before[0], after[-1] + 1, step)) if step > 0 else []
        if not run or run[: len(before)] != before or run[-len(after):] != after:
            return None
        return [str(v) for v in run]
    elements = [_element(p) for p in parts]
    if None in elements or len(set(elements)) != len(elements):
        return None
    return elements  # type: ignore[return-value]


def described(inside: str) -> dict[str, str] | None:
    """``x \\in \\mathbb{N} : x \\text{ is even}`` as the family's description of the set."""
    builder = _BUILDER.match(inside)
    has = _HAS.match(builder.group(4)) if builder else None
    if has is None or has.group(1) != builder.group(1):
        return None
    return {"in": builder.group(2) or builder.group(3), "is": has.group(2)}


def repaired(text: str) -> str:
    """The text with each described set the PDF broke around its words made one formula."""
    def joined(m: re.Match) -> str:
        if (m.group(3) or m.group(4)) != m.group(2):
            return m.group()
        return f"${m.group(1)}:{m.group(2)} \\text{{ is {m.group(5)}}}\\}}$"

    return _BROKEN.sub(joined, text)


def _range(builder: re.Match) -> list[str] | None:
    variable, domain = builder.group(1), builder.group(2) or builder.group(3)
    bounds = _RANGE.match(builder.group(4).strip().rstrip("."))
    if bounds is None or bounds.group(3) != variable:
        return None
    low, low_op, _, high_op, high = bounds.groups()
    if low is None:
        if domain != "N":
            return None  # {x in Z : x < 5} is infinite
        first = 0
    else:
        first = max(int(low) + (low_op in ("<", "\\lt")), 0 if domain == "N" else int(low))
    last = int(high) - (high_op in ("<", "\\lt"))
    return [str(v) for v in range(first, last + 1)] if last >= first else None


Defined = list[str] | dict[str, str] | None  # listed, described, or defined in a way not read


def _definitions(formula: str) -> tuple[dict[str, Defined], str]:
    """The sets a formula defines and what is left of it ("\\text{Let}", commas and "and" are
    nothing left)."""
    found: dict[str, Defined] = {}
    rest, at = "", 0
    for match in _DEFINITION.finditer(formula):
        if match.start() < at:
            continue
        end = _braced(formula, match.end())
        name = "U" if match.group(1) in ("\\mathcal{U}", "\\U") else match.group(1)
        inside = formula[match.end():end - 2] if end else None
        found[name] = (listed(inside) or described(inside)) if inside is not None else None
        rest += formula[at:match.start()]
        at = end or len(formula)
    rest += formula[at:]
    leftover = re.sub(r"\\text\s*\{\s*(?:let|and|if)?\s*\}|\\(?:quad|qquad)|[\s,.;~]|\\[,;: ]|\band\b",
                      "", rest, flags=re.IGNORECASE)
    return found, leftover


# ---------------------------------------------------------------- asked expressions

_TOKENS = re.compile(r"\\cup|\\cap|\\setminus|\\times|\\emptyset|\\varnothing|\\overline|\\bar"
                     r"|\\mathcal\s*\{\s*P\s*\}|\\pow|\\card|\\left|\\right|\\\{|\\\}|[A-Z]|[()|{}]"
                     r"|-?\d+|[a-z]|,|\s+")
_BINARY = {"\\cup": "union", "\\cap": "inter", "\\setminus": "minus", "\\times": "prod"}


def expression(latex: str, names: set[str]) -> Any | None:
    """An asked expression as the family's tree, or None. Different operations in a row must be
    bracketed (``A \\cup B \\cap C`` is ambiguous: not read)."""
    tokens, at = [], 0
    text = latex.strip().rstrip(".,?")
    while at < len(text):
        match = _TOKENS.match(text, at)
        if match is None:
            return None
        if match.group().strip() and match.group() not in ("\\left", "\\right"):
            tokens.append(match.group())
        at = match.end()
    tree, rest = _expression(tokens, names)
    return None if tree is None or rest else tree


def _relative(tree: Any) -> Any:
    r"""``A \cap \overline{X}`` as ``A \setminus X``: the same set in any universe holding A,
    so an item that names no universe can still ask it."""
    if isinstance(tree, str) or tree[0] == "set":
        return tree
    operation, *arguments = tree
    arguments = [_relative(a) for a in arguments]
    if operation == "inter" and len(arguments) == 2:
        left, right = arguments
        if isinstance(right, list) and right[0] == "comp":
            return ["minus", left, right[1]]
        if isinstance(left, list) and left[0] == "comp":
            return ["minus", right, left[1]]
    return [operation, *arguments]


def _expression(tokens: list[str], names: set[str]) -> tuple[Any | None, list[str]]:
    left, rest = _term(tokens, names)
    operation = None
    while left is not None and rest and rest[0] in _BINARY:
        if operation not in (None, _BINARY[rest[0]]):
            return None, rest
        operation = _BINARY[rest[0]]
        right, rest = _term(rest[1:], names)
        if right is None:
            return None, rest
        left = [operation, left, right]
    return left, rest


def _group(tokens: list[str], names: set[str], close: str) -> tuple[Any | None, list[str]]:
    inner, rest = _expression(tokens, names)
    if inner is None or not rest or rest[0] != close:
        return None, rest
    return inner, rest[1:]


def _term(tokens: list[str], names: set[str]) -> tuple[Any | None, list[str]]:
    if not tokens:
        return None, tokens
    head, rest = tokens[0], tokens[1:]
    if head in names:
        return head, rest
    if head in ("\\emptyset", "\\varnothing"):
        return ["set"], rest
    if head == "(":
        return _group(rest, names, ")")
    if head == "|":
        inner, rest = _group(rest, names, "|")
        return (None if inner is None else ["card", inner]), rest
    if head in ("\\overline", "\\bar", "\\card") or head.startswith("\\mathcal") or head == "\\pow":
        if head.startswith("\\mathcal") or head == "\\pow":
            operation, opening, closing = "pow", "(", ")"
        else:
            operation, opening, closing = ("card" if head == "\\card" else "comp"), "{", "}"
        if rest and rest[0] == opening:
            inner, rest = _group(rest[1:], names, closing)
        elif operation == "comp" and rest and rest[0] in names:  # \bar C
            inner, rest = rest[0], rest[1:]
        else:
            return None, rest
        return (None if inner is None else [operation, inner]), rest
    if head == "\\{":
        end = rest.index("\\}") if "\\}" in rest else None
        if end is None:
            return None, rest
        elements = [t for t in rest[:end] if t != ","]
        if any(not _ELEMENT.fullmatch(e) for e in elements) or len(rest[:end]) != max(
                0, 2 * len(elements) - 1):
            return None, rest
        return ["set", *elements], rest[end + 1:]
    return None, tokens


def _answerable(trees: list[Any], sets: dict[str, Defined], universe: str | None) -> bool:
    """Is every asked set finite, whatever the described sets hold, or built from even and odd
    numbers and listed sets (periodic: the evens, the odds, none or all, give or take listed
    numbers)?"""
    infinite = {n for n, e in sets.items() if isinstance(e, dict)}
    return all(bounded(t, infinite, universe) or periodic(t, sets) for t in trees)


def _names(tree: Any) -> set[str]:
    if isinstance(tree, str):
        return {tree}
    return set().union(*[_names(a) for a in tree[1:] if not isinstance(a, str) or tree[0] != "set"])


def _operations(tree: Any) -> set[str]:
    if isinstance(tree, str):
        return set()
    return {tree[0]}.union(*[_operations(a) for a in tree[1:] if tree[0] != "set"])


def read_sets(formulas: list[str], prose: str) -> Task | None:
    """Listed sets and the set expressions (or cardinalities) asked about them."""
    words = asked(prose)
    if _OTHER.search(words) or not _ASKING.search(words):
        return None
    own = len(own_formulas(formulas, prose))
    sets: dict[str, Defined] = {}
    own_names: set[str] = set()
    questions: list[str] = []
    for at, formula in enumerate(formulas):
        found, leftover = _definitions(formula)
        for name, elements in found.items():
            if at >= own and name in own_names:
                continue  # a part's own set; its exercise's other parts define theirs
            if sets.get(name, elements) != elements:
                return None  # one name, two sets: two items' worth of formulas
            sets[name] = elements
            if at < own:
                own_names.add(name)
        if leftover and at < own:  # (another part's question, after the own ones, is not)
            questions.append(formula)
    if not sets:
        return None
    names = {n for n, e in sets.items() if e is not None}
    trees = [expression(q, names) for q in questions]
    if not trees and "cardinality" in words and len(sets) == 1 and len(formulas) == 1:
        trees = [["card", next(iter(sets))]]
    if "cardinalit" in words and not all(t and t[0] == "card" for t in trees):
        return None  # "Find the cardinality of $A = ...$" among other asks: not each one read
    if "U" not in names:
        trees = [None if t is None else _relative(t) for t in trees]
    if not trees or None in trees or any(n not in names for t in trees for n in _names(t)):
        return None
    if not any(_operations(t) - {"set"} for t in trees):
        return None  # a bare name asks nothing to compute
    if any("comp" in _operations(t) for t in trees) and "U" not in names:
        return None  # a complement needs the universe
    if not _answerable(trees, sets, "U" if "U" in names else None):
        return None
    used = set().union(*[_names(t) for t in trees]) | ({"U"} if "U" in names else set())
    return "sets.set_operations", {
        "sets": {n: sets[n] for n in sorted(used)},
        "universe": "U" if "U" in used else None,
        "asks": trees,
    }


# ---------------------------------------------------------------- the book's answer

_EQUALS = re.compile(r"(?<![<>!\\])=")


def _book_value(piece: str) -> Any | None:
    """One side of a book formula's chain as a frozenset (or an int for a cardinality)."""
    piece = re.sub(r"\\(?:amp|left|right)\b|&|\\\\", "", piece).strip().rstrip(".,")
    if re.fullmatch(r"-?\d+", piece):
        return int(piece)
    element = _element(piece)
    if element is None or not element.startswith("{"):
        return None
    from exercises.families.textbook_sets import _python_element

    return _python_element(element)


def book_sets(text: str) -> list[Any]:
    """The last set (or number) of each of the book's formulas: "$A\\cup B=\\{1,2\\}=A$" gives
    {1, 2}; a formula with no listed set or number gives nothing."""
    from ingest.document import formulas_in

    values = []
    for formula in formulas_in(text):
        found = [v for v in map(_book_value, _EQUALS.split(formula)) if v is not None]
        if found:
            values.append(found[-1])
    return values


def is_set_answer(answer: Any) -> bool:
    """A set family's answer: a set, or a tuple of sets and cardinalities."""
    import sympy as sp

    parts = list(answer) if isinstance(answer, sp.Tuple) else [answer]
    return any(isinstance(p, sp.FiniteSet) or p is sp.S.EmptySet for p in parts) and all(
        isinstance(p, (sp.FiniteSet, sp.Integer)) or p is sp.S.EmptySet for p in parts)


def compare_sets(answer: Any, text: str, worked: bool) -> tuple[str, str, str | None]:
    """``(status, method, book value)``: the answer's sets against the sets the book lists, in
    any order (a PDF's two-column list of parts is read out of order)."""
    import sympy as sp

    from exercises.families.textbook_sets import as_python

    ours = [as_python(v) for v in (answer if isinstance(answer, sp.Tuple) else [answer])]
    theirs = book_sets(text)
    shown = repr(theirs)[:200]
    method = "the same sets as the book lists (in any order)"
    if not theirs:
        return "unreadable", "no listed set in the book's answer", None
    if sorted(map(repr, ours)) == sorted(map(repr, theirs)) or (
            worked and all(v in theirs for v in ours)):
        return "match", method, shown
    if worked or len(theirs) != len(ours):
        return "unreadable", "the book lists other sets or numbers besides the answer", shown
    return "differs", method, shown


# ---------------------------------------------------------------- questions in sentences

_MATH = r"\$([^$]+)\$"
_CLAUSES = [  # (pattern of one clause, with the math in place; what its formulas are)
    (re.compile(rf"^(?:let|if|suppose) {_MATH}(?:,? and {_MATH})?$"), "define"),
    (re.compile(rf"^(?:find|what is) the cardinality of {_MATH}$"), "card"),
    (re.compile(rf"^how many elements (?:do you expect to be|are there|are) in {_MATH}$"), "card"),
    (re.compile(rf"^find {_MATH}(?:,? and {_MATH})?$"), "find"),
]


def _clauses(text: str) -> list[str]:
    """The item's sentences and the clauses a comma joins ("If $C = ...$, what is ..."),
    lower case outside the math, numbering ("1.") dropped."""
    pieces = re.split(r"(\$[^$]*\$)", " ".join(text.split()))
    flat = "".join(p if p.startswith("$") else p.lower() for p in pieces)
    found = []
    for sentence in re.split(r"(?<=[.?])\s+", flat):
        sentence = re.sub(r"^\d+\.\s*", "", sentence).strip().rstrip(".?").strip()
        found += [c.strip() for c in re.split(r",\s+(?=what\b|find\b)", sentence) if c.strip()]
    return found


def read_sentences(text: str, context: str | None) -> Task | None:
    r"""Sets defined and asked about one sentence at a time: "Find the cardinality of
    $A = \{23, \dots, 38\}$. ... If $C = \{1,2,3\}$, what is the cardinality of $\pow(C)$?",
    "Let ... Find $A \times B$ and $A \times A$. How many elements do you expect to be in
    $B \times B$?". Every sentence must be one of these clauses (a word reader: the words
    around each formula say what it is)."""
    if context is not None or "$$" in text:
        return None  # a part is read by read_sets with its exercise; a display is not a clause
    sets: dict[str, Defined] = {}
    asks: list[tuple[str, str]] = []  # (kind, formula) in the book's order
    clauses = _clauses(text)
    for clause in clauses:
        match, kind = next(((m, k) for p, k in _CLAUSES if (m := p.match(clause))), (None, None))
        if match is None:
            return None
        for formula in filter(None, match.groups()):
            found, leftover = _definitions(formula)
            for name, elements in found.items():
                if elements is None or sets.setdefault(name, elements) != elements:
                    return None
            if kind == "define" and (leftover or not found):
                return None
            if kind == "card" and found:
                if len(found) != 1 or leftover:
                    return None
                asks.append(("card", next(iter(found))))
            elif kind != "define":
                if found:
                    return None
                asks.append((kind, formula))
    if not asks or not clauses:
        return None
    trees = [expression(f, set(sets)) for _, f in asks]
    if None in trees:
        return None
    trees = [["card", t] if kind == "card" and not (isinstance(t, list) and t[0] == "card") else t
             for (kind, _), t in zip(asks, trees, strict=True)]
    if any(n not in sets for t in trees for n in _names(t)) or any(
            "comp" in _operations(t) for t in trees) or not any(_operations(t) - {"set"}
                                                                 for t in trees):
        return None
    if not _answerable(trees, sets, None):
        return None
    used = set().union(*[_names(t) for t in trees])
    return "sets.set_operations", {"sets": {n: sets[n] for n in sorted(used)}, "universe": None,
                                   "asks": trees}


# ---------------------------------------------------------------- described sets the PDF broke


def _prose(text: str) -> str:
    return " ".join(prose_of(text).lower().split())


def read_described(text: str, context: str | None) -> Task | None:
    """A word reader for items whose described sets the PDF broke around their words
    (:func:`repaired`): the repaired item is read as :func:`read_sets` reads any other, with its
    own formulas first and then with its exercise's."""
    own, parent = repaired(text), repaired(context) if context else None
    if own == text and parent == context:
        return None
    formulas = formulas_in(own)
    prose = _prose(own) + OWN_END + _prose(parent or "")
    for seen in [formulas] + ([formulas + formulas_in(parent)] if parent else []):
        found = read_sets(seen, prose)
        if found is not None:
            return found
    return None


# ---------------------------------------------------------------- sets between others

_SET_WRITTEN = r"\$?(\\?\{[-\d,\s]*\\?\})\$?"  # "{4,6,7,9}" in words or "$\{2,3,5\}$"
_SUBSET = r"\s*\\subseteq\s*"
_EXTREMES = [  # (one clause, what it asks: a tree over the groups it names)
    (re.compile(r"^find a set of largest possible size that is a subset of both \$([A-Z])\$ and "
                r"\$([A-Z])\$$"), lambda g: ["inter", g[0], g[1]]),
    (re.compile(rf"^find a set of smallest possible size that has both {_SET_WRITTEN} and "
                rf"{_SET_WRITTEN} as subsets$"), lambda g: ["union", g[0], g[1]]),
    (re.compile(rf"^how many sets \$([A-Z])\$ have the property that \$\1{_SUBSET}([A-Z])\$ and "
                rf"\$([A-Z]){_SUBSET}\1\$$"), lambda g: ["card", ["between", g[2], g[1]]]),
    (re.compile(r"^find all sets \$([A-Z])\s*\\in\s*(?:\\mathcal\s*\{P\}|\\pow)\s*\(([A-Z])\)\$ "
                rf"which have the property {_SET_WRITTEN}{_SUBSET}\1\$?$"),
     lambda g: ["between", g[2], g[1]]),
    (re.compile(rf"^suppose \$([A-Z])\$ is a set such that \$\1{_SUBSET}([A-Z])\$ and "
                rf"\$\1{_SUBSET}([A-Z])\$ what is the largest possible cardinality of \$\1\$$"),
     lambda g: ["card", ["inter", g[1], g[2]]]),
]


def _literal(written: str) -> Any | None:
    """A set the question writes out ("{4,6,7,9}") as a tree, or a set's name as itself."""
    if re.fullmatch(r"[A-Z]", written):
        return written
    elements = listed(written.replace("\\{", "").replace("\\}", "").strip("{}"))
    return None if elements is None else ["set", *elements]


def read_extremes(text: str, context: str | None) -> Task | None:
    """The largest set inside two, the smallest set holding two, the sets between two: listed
    sets ("Let $A = ...$ and $B = ...$.") and then exactly one such question."""
    if context is not None:
        return None
    # one $ for a display, a formula's closing period outside it, the two sentences of the
    # "Suppose $C$ is a set such that ... What is the largest ...?" question run together
    text = re.sub(r"\$([^$]+?)\.\s*\$", r"$\1$.", text.replace("$$", "$"))
    text = re.sub(r"(such that \$[^$]*\$ and \$[^$]*\$)\. (What)", r"\1 \2", text)
    clauses = _clauses(text)
    if not clauses:
        return None
    *definitions, question = clauses
    sets: dict[str, list[str]] = {}
    for clause in definitions:
        match = _CLAUSES[0][0].match(clause)
        if match is None:
            return None
        for formula in filter(None, match.groups()):
            found, leftover = _definitions(formula)
            if leftover or not found or any(not isinstance(e, list) for e in found.values()):
                return None
            sets.update(found)  # type: ignore[arg-type]
    tree = None
    for pattern, ask in _EXTREMES:
        if match := pattern.match(question):
            named = [_literal(g) for g in match.groups()]
            tree = None if None in named else ask(named)
            break
    if tree is None or any(n not in sets for n in _names(tree)):
        return None
    used = _names(tree)
    return "sets.set_operations", {"sets": {n: sets[n] for n in sorted(used)}, "universe": None,
                                   "asks": [tree]}


# ---------------------------------------------------------------- true, false, or meaningless

_JUDGE = re.compile(r"\bdetermine which of the following are true, false, or meaningless\.")
_RELATION = re.compile(r"^(.+?)(\\subseteq|\\subset|\\in(?![a-z])|<|\\lt(?![a-z]))(.+)$")
_KINDS = {"\\subseteq": "subset", "\\subset": "proper", "\\in": "in", "<": "less", "\\lt": "less"}


def _side(latex: str, names: set[str]) -> Any | None:
    """One side of a relation: a set's name, the empty set, a listed set, or an element."""
    latex = latex.strip()
    if latex in names or _ELEMENT.fullmatch(latex):
        return latex
    element = _element(latex)
    if element is None or not element.startswith("{"):
        return None
    return ["set", *split_elements(element[1:-1])]


def read_relations(text: str, context: str | None) -> Task | None:
    """A word reader: "Let $A = \\{...\\}$, ... Determine which of the following are true, false,
    or meaningless. 1. $A \\subset B$. ..." (numbered in any layout order, or one a paragraph).
    Every formula before the ask must define a listed set, every one after it be a relation."""
    flat = " ".join(text.split())
    asked = _JUDGE.search(flat.lower())
    if context is not None or asked is None:
        return None
    before, after = flat[:asked.start()], flat[asked.end():]
    if re.sub(r"\blet\b|\band\b|[\s,.]", "", prose_of(before).lower()):
        return None
    sets: dict[str, list[str]] = {}
    for formula in formulas_in(before):
        found, leftover = _definitions(formula)
        if leftover or not found or any(not isinstance(e, list) for e in found.values()):
            return None
        sets.update(found)  # type: ignore[arg-type]
    numbered = re.findall(r"(\d+)\.\s*\$([^$]+)\$", after)
    statements = [f for _, f in sorted(numbered, key=lambda m: int(m[0]))] if numbered \
        else formulas_in(after)
    if numbered and sorted(int(n) for n, _ in numbered) != list(range(1, len(numbered) + 1)):
        return None
    if not statements or re.sub(r"\d+\.|[\s|.]", "", prose_of(after)):
        return None  # words besides the numbered statements
    trees = []
    for statement in statements:
        relation = _RELATION.match(statement.strip().rstrip("."))
        sides = [_side(relation.group(i), set(sets)) for i in (1, 3)] if relation else [None]
        if None in sides:
            return None
        trees.append(["relation", _KINDS[relation.group(2)], *sides])  # type: ignore[union-attr]
    return "sets.set_operations", {"sets": sets, "universe": None, "asks": trees}


# ---------------------------------------------------------------- least elements

_LEAST = re.compile(r"\bfind the least element of the following sets\b")
# The PDF breaks "\{n \in N : n = k^2 + 4 \text{ for some } k \in N\}" around its words.
_SOME_BROKEN = re.compile(r"\$([^$]*)\$\s*for some\s*\$([a-z])\s*\\in\s*\\mathbb\{N\}\s*\\\}\$")
_NATURALS = r"\s*\\in\s*\\(?:mathbb\{N\}|N)\s*"
_WHERE = re.compile(rf"^\\\{{\s*([a-z]){_NATURALS}(?::|\\st|\\mid)(.+)\\\}}$")
_IMAGE = re.compile(rf"^\\\{{(.+?)(?::|\\st|\\mid)\s*([a-z]){_NATURALS}\\\}}$")
_FOR_SOME = re.compile(rf"^([a-z])\s*=(.+?)\\text\s*\{{\s*for some\s*\}}\s*([a-z]){_NATURALS}$")


def _whole_polynomial(expr: Any, variable: str) -> bool:
    """Is ``expr`` a polynomial in the one variable with whole coefficients?"""
    v = sp.Symbol(variable)
    return isinstance(expr, sp.Expr) and not expr.free_symbols - {v} and expr.is_polynomial(v) \
        and all(c.is_Integer for c in sp.Poly(expr, v).all_coeffs())


def _polynomial(latex: str, variable: str) -> str | None:
    """A polynomial in the one variable with whole coefficients, as SymPy text in n."""
    found = to_sympy(latex)
    if not _whole_polynomial(found, variable):
        return None
    return sp.sstr(found.subs(sp.Symbol(variable), sp.Symbol("n")))


def _least_spec(latex: str) -> dict[str, str] | None:
    """A set of natural numbers as :func:`exercises.families.textbook_sets.least_element` reads
    it: {n in N : an inequality}, {n in N : p(n) in N}, {p(n) : n in N}, {n in N : n = p(k) for
    some k in N}."""
    text = latex.strip().rstrip(".")
    if where := _WHERE.match(text):
        variable, condition = where.group(1), where.group(2).strip()
        if some := _FOR_SOME.match(condition):
            image = _polynomial(some.group(2), some.group(3))
            return {"image": image} if image and some.group(1) == variable else None
        if member := re.fullmatch(rf"(.+?){_NATURALS}", condition):
            inside = _polynomial(member.group(1), variable)  # a whole number; in N when >= 0
            return {"where": f"{inside} >= 0"} if inside else None
        relation = to_sympy(condition)
        if not isinstance(relation, (sp.StrictLessThan, sp.LessThan, sp.StrictGreaterThan,
                                     sp.GreaterThan)) or not all(
                _whole_polynomial(side, variable) for side in relation.args):
            return None
        return {"where": sp.sstr(relation.subs(sp.Symbol(variable), sp.Symbol("n")))}
    if image := _IMAGE.match(text):
        found = _polynomial(image.group(1), image.group(2))
        return {"image": found} if found else None
    return None


def read_least(text: str, context: str | None) -> Task | None:
    """A word reader: "Find the least element of the following sets, if there is one." and the
    sets, the item's own formulas (a part's, or every part's of the exercise)."""
    words = " ".join(prose_of((context or "") + " " + text).lower().split())
    if not _LEAST.search(words):
        return None
    own = _SOME_BROKEN.sub(r"$\1 \\text{ for some } \2\\in\\mathbb{N}\\}$", text)
    if re.sub(r"(?:^|\s)[a-d]\.|[\s.]|find the least element of the following sets, if there is "
              r"one", "", prose_of(own).lower()):
        return None  # words besides the sets and their labels
    specs = [_least_spec(f) for f in formulas_in(own)]
    if not specs or None in specs:
        return None
    return "sets.least_element", {"sets": specs}


# ---------------------------------------------------------------- sets that list their sizes

_SIZING_ASK = re.compile(r"\bwhat are the sets\?|\bfind all sets\b[^.]*\bwhich satisfy the following\b")
_SIZING = re.compile(r"^\s*([A-Z])\s*=\s*&?\s*\\\{(.*)\\\}\s*$")
_SIZE = re.compile(r"^(?:\|([A-Z])\||\\card\{([A-Z])\})$")


def read_sizing(text: str, context: str | None) -> Task | None:
    """A word reader: "Consider the sets $A$ and $B$, where $A=\\{3,|B|\\}$ and
    $B=\\{1,|A|,|B|\\}$. What are the sets?" (or "Find all sets ... which satisfy the
    following", a display of one set a line): every formula a set listing numbers and sizes."""
    words = " ".join(prose_of(text).lower().split())
    if context is not None or not _SIZING_ASK.search(words):
        return None
    definitions = [line for f in formulas_in(text) for line in f.split("\\\\")]
    sets: dict[str, list[str]] = {}
    named: set[str] = set()
    for line in definitions:
        if re.fullmatch(r"\s*[A-Z]\s*", line):
            named.add(line.strip())  # "the sets $A$ and $B$"
            continue
        found = _SIZING.match(line)
        if found is None or found.group(1) in sets:
            return None
        elements = []
        for element in (e.strip() for e in found.group(2).split(",")):
            size = _SIZE.match(element)
            if size:
                elements.append(f"|{size.group(1) or size.group(2)}|")
            elif re.fullmatch(r"\d+", element):
                elements.append(element)
            else:
                return None
        sets[found.group(1)] = elements
    mentioned = {e[1:-1] for es in sets.values() for e in es if e.startswith("|")}
    if len(sets) < 2 or not mentioned <= set(sets) or not named <= set(sets):
        return None
    return "sets.self_sizing", {"sets": sets}
