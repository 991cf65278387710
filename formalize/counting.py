"""Read a counting or probability word problem into a posed family of exact counts.

"How many anagrams are there of “goggles”?", "How many lattice paths from $(0,0)$ to
$(10,10)$ pass through the point $(4,7)$?", "Your band goes on tour. There are $10$
cities within driving distance, but only enough time to play $4$ of them. How many
choices do you have for the cities on your tour?": the numbers sit in the sentence, so
this reader reads the item's own text with its math in place (``$10$`` becomes ``10``)
rather than formulas and prose apart, and a part ("Exercise 4(b)") may take the objects
it counts from its exercise's text. A part that finishes its exercise's sentence ("How many
13-bit strings are there which:" + "c. Either start with $011$ or end with $01$ (or
both)?") is read as the one question the two make (:func:`joined`).

Precision first: each template is one phrasing of one kind of count, written out
whole. An item is read only when its one question matches a template and every
number, point and condition in it is accounted for; an item that asks two things, or
adds a condition no template models ("... that also start with 1"), stays unread.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from exercises.families.textbook_birthdays import vary as vary_birthdays
from exercises.families.textbook_counting import union_formula, venn_regions
from exercises.families.textbook_puzzles import vary as vary_hanoi
from formalize.discrete import NUMBERS
from formalize.discrete import _size as set_size
from formalize.parts import SIBLING_LABELS
from ingest.document import MATH_SPAN, formulas_in, prose_of

Task = tuple[str, dict[str, Any]]

_WORDS = {**NUMBERS, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20,
          "a dozen": 12, "twice": 2, "thrice": 3}
N = r"(\d+|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"  # a number, in digits or words
P = r"\((\d+),(\d+)\)"  # a lattice point
BITS = r"([01]+)"
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
# Words that ask for more than the count, or add what no template reads.
_DEMANDS = re.compile(r"\b(?:explain|prove|list|why|describe|give|justify|show|write|illustrate"
                      r"|state|expression|identity|sample space|generali[sz]e|formula|in terms of"
                      r"|given that|binomial coefficient|recurrence|table)\b")
_PART_LABELS = re.compile(r"(?:^|\s)(?:\(?[a-h1-4]\)|[a-h1-4]\.|i{1,3}\.)\s")


def number(word: str) -> int:
    """``"12"``, ``"twelve"``, ``"a dozen"``, ``"twice"`` as an integer."""
    return int(word) if word.isdigit() else _WORDS[word]


def _inline(latex: str) -> str:
    """A formula as the words around it read it: $10$ -> 10, $(0,0)$ -> (0,0), $y$ -> y; a set
    keeps its braces ({1,2,...,8}); anything else stays marked as math."""
    text = re.sub(r"\\text\s*\{([^}]*)\}", r"\1", latex)
    text = re.sub(r"\\[,;:! ]|\\left|\\right|\s+", "", text).replace("\\{", "{").replace("\\}", "}")
    text = re.sub(r"\\[lc]?dots", "...", text)
    if re.fullmatch(r"\{?\d+\}?|\(\d+,\d+\)|[a-zA-Z]|[xy]-direction|\{[^{}]*\}", text):
        return text.strip("{}") if re.fullmatch(r"\{\d+\}", text) else text
    named = re.fullmatch(r"(let)?([a-zA-Z])(=|\\in)(\{[^{}]*\})\.?", text, re.IGNORECASE)
    if named:  # "Let $A = \{1,2,3\}$", "$n \in \{1,\dots,9\}$"
        return f"{named[1] or ''} {named[2]} {'=' if named[3] == '=' else 'in'} {named[4]}".strip()
    return f"${latex}$"


def plain(text: str) -> str:
    """The text in lower case with its simple formulas inlined, quotes and spaces normalised."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = MATH_SPAN.sub(lambda m: _inline(m.group(1) or m.group(2)), text)
    text = text.replace("\\$", "$")  # a source's "\$$17$" is the PDF's "$17": a dollar, no math
    text = re.sub(r"\bi\.e\.,?|\be\.g\.,?", "ie", text)
    text = re.sub(r'(?:(?<=\s)|^)"\s+(?=\w[^"]*")', '"', text)  # the source's “ words”
    # the n-bit strings of weight k as the PDF sets them: the source's \B^n_k (or \mathbf{B}^n_k)
    text = re.sub(r"\$\\(?:mathbf\{B\}|B)\^\{?(\d+)\}?_\{?(\d+)\}?\$", r"$\\mathbf{B}_{\2}^{\1}$",
                  text)
    return re.sub(r"\s+([?.,;])", r"\1", re.sub(r"\s+", " ", text)).strip().lower()


def split(text: str) -> tuple[str, list[str]] | None:
    """(the one question, the other sentences), or None when there is not exactly one question
    or the item asks for more (an explanation, a list, a second count, parts a. b. c.)."""
    if _PART_LABELS.search(" " + text) or _DEMANDS.search(text):
        return None
    sentences = re.split(r"(?<=[.?!])\s+(?=[a-z0-9(\"'$])", text)
    # "Use Theorem 3.3.4 and compare to Example 3.3.2.": how to count, not what.
    sentences = [s for s in sentences if not re.match(r"(?:this time )?use\b", s)]
    asked = [i for i, s in enumerate(sentences) if "?" in s or "how many" in s
             or s.startswith(("what is the probability", "find the number"))]
    if len(asked) != 1:
        return None
    first = last = asked[0]
    # "Now count just those 7-bit strings of weight 3 that start with a 1. How many are there?"
    if sentences[last] == "how many are there?" and last and sentences[last - 1].startswith(
            ("now count just those", "count just those")):
        first = last - 1
    return " ".join(sentences[first:last + 1]), sentences[:first] + sentences[last + 1:]


def _leftover(text: str, filler: set[str]) -> bool:
    """Is anything left of ``text`` (after the parts a template read are cut out) other than
    the filler words of the template's phrasing?"""
    words = re.findall(r"[a-z0-9'$\\{}()-]+", text)
    return any(w not in filler for w in words)


# ---------------------------------------------------------------- lattice paths

_PATH_FILLER = {"how", "many", "lattice", "shortest", "paths", "are", "there", "is", "that", "which",
                "and", "the", "you", "can", "take"}


def read_paths(question: str, setup: list[str], context: str) -> Task | None:
    """Lattice paths between two points, through or avoiding given points."""
    if setup or "paths" not in question or "lattice" not in question + " " + context:
        return None
    ends = re.search(rf"\bfrom {P} to {P}|\bstart at {P} and end at {P}", question)
    if ends is None:
        return None
    corners = [int(c) for c in ends.groups() if c is not None]
    start, end = corners[:2], corners[2:]
    rest = question[:ends.start()] + question[ends.end():]
    through: list[list[int]] = []
    avoid: list[list[int]] = []
    either: list[list[int]] = []
    direction = {"x": [1, 0], "y": [0, 1]}

    def step(point: list[int], axis: str) -> list[int]:
        return [point[0] + direction[axis][0], point[1] + direction[axis][1]]

    readings: list[tuple[str, Callable[[re.Match], None]]] = [
        (rf"pass(?:es)? through either {P} or {P}",
         lambda m: either.extend([[int(m[1]), int(m[2])], [int(m[3]), int(m[4])]])),
        ((rf"\(?(?:ie,? )?(?:so )?(?:paths that |they )?pass(?:es)? through (?:the )?(?:points? )?{P}"
         rf"(?: and then {P})?\)?"),
         lambda m: through.extend([[int(m[1]), int(m[2])]] + ([[int(m[3]), int(m[4])]] if m[3]
                                                                 else []))),
        (rf"(?:avoid|do not pass through) (?:the )?(?:point )?{P}",
         lambda m: avoid.append([int(m[1]), int(m[2])])),
        (r"where the first step is in the ([xy])-direction",
         lambda m: through.append(step(start, m[1]))),
        (r"that first move one step in the ([xy])-direction, then one step in the ([xy])-direction",
         lambda m: through.extend([step(start, m[1]), step(step(start, m[1]), m[2])])),
    ]
    for pattern, take in readings:
        for match in list(re.finditer(pattern, rest)):
            take(match)
        rest = re.sub(pattern, " ", rest)
    if _leftover(rest.replace("?", " ").replace(",", " "), _PATH_FILLER):
        return None
    through = [list(p) for p in dict.fromkeys(map(tuple, through))]  # said twice: "(ie ...)"
    named = {tuple(start), tuple(end)} | {tuple(p) for p in through + avoid + either}
    if {(int(a), int(b)) for a, b in re.findall(P, question)} - named:
        return None
    params: dict[str, Any] = {"start": start, "end": end}
    for key, points in (("through", through), ("avoid", avoid), ("either", either)):
        if points:
            params[key] = points
    return "counting.lattice_paths", params


# ---------------------------------------------------------------- bit strings

_BITS_FILLER = {"how", "many", "are", "there", "that", "do", "the", "of", "those", "just", "now",
                "count", "which", "either", "and"}
_ONES = r"(?:1s|1's|ones)"


def _said_once(question: str) -> str | None:
    """The question with what it says twice said once ("13-bit strings (that is, bit strings of
    length 13)", "weight 8 (ie contain exactly 8 1's)"), "the sub-string 011" as "011" and "(or
    both)" as ", or both"; None when the two sayings differ."""
    for pattern, keep in ((rf"\b{N}-bit strings \(that is, bit strings of length {N}\)", "{}-bit strings"),
                          (rf"\bweight {N} \(ie,? contain exactly {N} {_ONES}\)", "weight {}")):
        said = re.search(pattern, question)
        if said and number(said[1]) != number(said[2]):
            return None
        if said:
            question = question.replace(said[0], keep.format(said[1]))
    return question.replace("the sub-string ", "").replace(" (or both)", ", or both")


def read_bits(question: str, setup: list[str], context: str) -> Task | None:
    """Bit strings of a length (and weight) that start and/or end with given bits."""
    question = _said_once(question)
    if setup or question is None:
        return None
    arranged = re.search(rf"in how many ways can you arrange exactly {N} ones in a string of {N} "
                         r"binary digits\?", question)
    if arranged:
        return "counting.bit_strings", {"length": number(arranged[2]),
                                        "weight": ["=", number(arranged[1])]}
    lengths = re.findall(rf"\b{N}-bit strings?|\bbit strings? of length {N}", question)
    rest = re.sub(rf"\b{N}-bit strings?|\bbit strings? of length {N}", " ", question)
    if not lengths and re.search(r"\bthose bit strings\b", question):
        defined = re.findall(rf"bit strings of length {N} and weight {N}", context)
        if len(set(defined)) != 1:
            return None
        lengths, rest = [(defined[0][0], "")], rest.replace("those bit strings", " ")
        rest += f" of weight {defined[0][1]}"
    if len(lengths) != 1:
        return None
    params: dict[str, Any] = {"length": number(next(x for x in lengths[0] if x))}
    weights = [(r"(?:of|have|has|with) weight " + N, "="),
               (rf"(?:contain|have|with) exactly {N} {_ONES}", "="),
               (rf"(?:contain|have|with) {N} or more {_ONES}", ">="),
               (rf"(?:contain|have|with) at least {N} {_ONES}", ">="),
               (rf"(?:contain|have|with) at most {N} {_ONES}", "<=")]
    for pattern, relation in weights:
        found = re.findall(pattern, rest)
        if found:
            if "weight" in params or len(found) > 1:
                return None
            params["weight"] = [relation, number(found[0])]
            rest = re.sub(pattern, " ", rest)
    first = re.search(rf"(?:that )?have at least one 1 in their first {N} bits", rest)
    if first:
        size = number(first[1])
        params["starts"] = [format(i, f"0{size}b") for i in range(1, 2 ** size)]
        rest = rest.replace(first[0], " ")
    starts = re.search(rf"(?:that )?starts? with (?:either |a )?{BITS}(?: or {BITS}\b)?", rest)
    ends = re.search(rf"(?:,? (or|and) )?(?:that )?ends? with (?:either |a )?{BITS}"
                     rf"(?: or {BITS}\b)?(,? or both)?", rest)
    for found, key in ((starts, "starts"), (ends, "ends")):
        if found:
            if key in params:
                return None
            bits = [b for b in found.groups() if b and set(b) <= {"0", "1"}]
            if len({len(b) for b in bits}) != 1 or len(set(bits)) != len(bits):
                return None
            params[key] = bits
            rest = rest.replace(found[0], " ")
    if starts and ends:
        params["join"] = ends[1] or "or"
        if ends[1] == "and" and ends[4]:
            return None
    elif ends and ends[1]:
        return None
    if sum(len(params.get(k, [""])[0]) for k in ("starts", "ends")) > params["length"]:
        return None
    if _leftover(rest.replace("?", " ").replace(",", " ").replace(".", " "), _BITS_FILLER):
        return None
    return "counting.bit_strings", params


# ---------------------------------------------------------------- anagrams

def read_anagrams(question: str, setup: list[str], context: str) -> Task | None:
    """Anagrams of a quoted word, perhaps starting with a given letter."""
    if any(s != "an anagram of a word is just a rearrangement of its letters." for s in setup):
        return None
    found = re.fullmatch(r'how many (?:different )?anagrams (?:are there )?of (?:the word )?"([a-z]+)"'
                         r'(?: are there)?(?: that start with the letter "([a-z])")?\?', question)
    found = found or re.fullmatch(r'how many ways are there to rearrange the letters in the word '
                                  r'"([a-z]+)"\?()', question)
    if found is None:
        return None
    params: dict[str, Any] = {"word": found[1]}
    if found[2]:
        params["first"] = found[2]
    return "counting.anagrams", params


# ---------------------------------------------------------------- fixed points


def read_fixed_points(question: str, setup: list[str], context: str) -> Task | None:
    """Derangements, permutations with exactly k fixed points, hats handed back at random."""
    text = " ".join(setup)
    found = re.fullmatch(rf"how many derangements are there of {N} elements\?", question)
    if found and not setup:
        return "counting.fixed_points", {"n": number(found[1]), "fixed": 0}
    found = re.fullmatch(r"how many permutations of (\{[^}]*\}) leave exactly " + N
                         + r" elements? fixed\?", question)
    if found and not setup:
        size = set_size(found[1].strip("{}"))
        return None if size is None else ("counting.fixed_points",
                                          {"n": size, "fixed": number(found[2])})
    named = re.fullmatch(r"let a = (\{[^}]*\})\.", text)  # "injective f: A -> A, f(x) != x"
    if named and re.fullmatch(r"how many injective functions \$f:a\\to a\$ have the property that "
                              r"for each \$x\\in a\$, \$f\(x\)\\neq x\$\?", question):
        size = set_size(named[1].strip("{}"))
        return None if size is None else ("counting.fixed_points", {"n": size, "fixed": 0})
    people = re.match(rf"{N} (gentlemen|ladies|people|guests) ", text)
    if people is None or not re.search(r"\bhats?\b", text) or len(setup) > 2:
        return None
    n = number(people[1])
    if re.fullmatch(rf"how many different ways could this happen so that none of the {people[2]} "
                    r"leaves with (?:his|her|their) own hat\?", question):
        return "counting.fixed_points", {"n": n, "fixed": 0}
    found = re.fullmatch(rf"in how many ways can exactly {N} of the {people[2]} receive their own "
                         rf"hat \(and the other {N} not\)\?", question)
    if found and number(found[1]) + number(found[2]) == n:
        return "counting.fixed_points", {"n": n, "fixed": number(found[1])}
    return None


# ---------------------------------------------------------------- subsets and multiples

SET = r"\{([^{}]*)\}"


def _elements(listed: str) -> list[int] | None:
    """The integers of a listed set ``1,2,...,10`` or ``0,1,...,9`` (None if not integers)."""
    items = [e.strip() for e in listed.split(",") if e.strip()]
    if not all(re.fullmatch(r"-?\d+|\.\.\.", e) for e in items) or "..." in items[:1] + items[-1:]:
        return None
    if "..." not in items:
        return [int(e) for e in items] if len(set(items)) == len(items) else None
    dots = items.index("...")
    head, last = [int(e) for e in items[:dots]], int(items[dots + 1])
    step = head[1] - head[0] if len(head) > 1 else 1
    if items.count("...") > 1 or dots + 2 != len(items) or step != 1 or head != list(
            range(head[0], head[0] + len(head))) or last < head[-1]:
        return None
    return list(range(head[0], last + 1))


def read_subsets(question: str, setup: list[str], context: str) -> Task | None:
    """Subsets of a listed set: all, of one size, of at least a size, of even numbers only, of
    even size; of any size or of one size: those holding a given subset, at least one odd
    number, exactly one even number. (All the subsets, or those of one size, are selections:
    counting families throughout, so that an exercise of such parts is read whole.)"""
    if setup:
        return None
    # A part read with its setup: "let s = {1,2,...,8} how many subsets contain ...?" (the PDF
    # lost the period); the set is then "s", or no set is named at all.
    given = re.match(rf"let ([a-z]) = {SET},? (?=how many subsets\b)", question)
    named = given or re.search(rf"\blet ([a-z]) = {SET}", context)
    question = question[given.end():] if given else question
    where = rf"(?:{SET}|the set {SET}|{named[1]})" if named else rf"(?:{SET}|the set {SET})"
    sized = rf"(?:of {where} )?(?:of cardinality {N} )?"
    # (pattern, kind, whether it names the set itself or counts subsets of the one let-named)
    asked = [
        (rf"how many subsets of {where} are there\?", "subsets", True),
        (rf"how many subsets of {where} contain exactly {N} elements\?", "subsets_of_size", True),
        (rf"how many {N}-elements? subsets are there of {where}\??", "subsets_of_size", True),
        (rf"how many subsets of {where} contain only even numbers\?", "only_even", True),
        (rf"how many subsets of {where} contain an even number of elements\?", "even_size", True),
        (rf"how many subsets of {where} have cardinality {N} or more\?", "size_at_least", True),
        (r"how many subsets are there total\?", "subsets", False),
        (rf"how many subsets are there of cardinality {N}\?", "subsets_of_size", False),
        # "$>\{2,3,5\}$": the book's own markup of the set, in its PDF and its source alike
        (rf"how many subsets {sized}have (?:\$>\\\{{([\d,]+)\\\}}\$|{SET}) as a subset\?", "contains",
         False),
        (rf"how many subsets {sized}contain at least one odd number\?", "some_odd", False),
        (rf"how many subsets {sized}contain exactly one even number\?", "one_even", False),
    ]
    for pattern, kind, names in asked:
        found = re.fullmatch(pattern, question)
        if found is None:
            continue
        sets = [g for g in found.groups() if g and "," in g]
        inside = _elements(sets.pop()) if kind == "contains" else None
        if not sets and named is None:
            return None  # no set to take subsets of
        elements = _elements(sets[0] if sets else named[2])
        sizes = [number(g) for g in found.groups() if g and (g.isdigit() or g in _WORDS)]
        if elements is None or kind == "contains" and not set(inside or [0]) <= set(elements):
            return None
        if kind in ("subsets", "subsets_of_size"):  # all of them, or those of one size
            return "counting.selections", {"n": len(elements), "k": sizes[0] if sizes else None,
                                           "ordered": False, "repetition": False}
        params: dict[str, Any] = {"elements": elements, "condition": kind}
        if kind == "contains":
            params["given"] = inside
        if sizes:
            params["k" if kind == "size_at_least" else "size"] = sizes[0]
        return "counting.subsets", params
    return None


def read_multiples(question: str, setup: list[str], context: str) -> Task | None:
    """How many of 1..N are multiples of at least one of a few numbers (inclusion-exclusion)."""
    divisors = rf"{N}, {N},? or {N}\?"
    found = (re.fullmatch(rf"how many of the numbers in {SET} are multiples of {divisors}", question)
             or re.fullmatch(rf"for how many n in {SET} is n a multiple of one or more of {divisors}",
                             question))
    if found and not setup:
        elements = _elements(found[1])
        if elements is None or elements[0] != 1:
            return None
        last = elements[-1]
    else:
        found = re.fullmatch(rf"how many positive integers less than {N} are multiples of {divisors}",
                             question)
        if found is None or setup:
            return None
        last = number(found[1]) - 1
    chosen = sorted({number(d) for d in found.groups()[1:]})
    if len(chosen) != 3 or min(chosen) < 2:
        return None
    return "counting.multiples", {"last": last, "divisors": chosen}


# ---------------------------------------------------------------- distributions

_EQUATION = re.compile(r"^((?:x_\{?\d+\}?|[xyzw])(?:\s*\+\s*(?:x_\{?\d+\}?|\\[lc]?dots|[xyzw]))+)"
                       r"\s*=\s*(\d+)\s*[.,]?$")


def _unknowns(sum_latex: str) -> int | None:
    """How many unknowns ``x_{1}+x_{2}+\\dots+x_{5}`` or ``x+y+z`` has."""
    indices = [int(i) for i in re.findall(r"x_\{?(\d+)\}?", sum_latex)]
    letters = re.findall(r"(?<![_\\a-z])[xyzw](?![_a-z])", sum_latex)
    if indices and not letters:
        return indices[-1] if indices[0] == 1 and indices == sorted(indices) else None
    return len(letters) if not indices and "dots" not in sum_latex else None


def read_equation(question: str, setup: list[str], text: str, context: str) -> Task | None:
    """Integer solutions of x_1 + ... + x_k = n, non-negative or between given bounds."""
    if not re.search(r"\bhow many (?:integer |non-negative integer )?solutions\b"
                     r"|\bhow many of those solutions\b", question):
        return None
    # "... to the equation $x+y+z=12$ for which x, y, and z are all positive?": one bound for all.
    every = re.search(r" for which ((?:[a-z], )+and [a-z]) are all (positive|non-negative|greater "
                      r"than or equal to \$-?\d+\$)[?.]$", question)
    formulas = [f for f in formulas_in(text) if not every or f"${f}$" not in every[2]]
    equations = [m for f in formulas if (m := _EQUATION.match(f.strip()))]
    if len(equations) != 1:
        return None
    parts, total = _unknowns(equations[0][1]), int(equations[0][2])
    if parts is None:
        return None
    lower: list[int | None] = [None] * parts
    if every:
        named = re.split(r", (?:and )?", every[1])
        if sorted(named) != sorted(re.findall(r"[a-z]", equations[0][1])) or len(named) != parts:
            return None
        lower = [_at_least(every[2].replace("$", ""))] * parts
        question = question[:every.start()] + "?"
    upper: list[int | None] = [None] * parts
    for latex in formulas:
        if _EQUATION.match(latex.strip()):
            continue
        latex = re.sub(r"\\text\{[^}]*\}|\\[,;:!]|\s+", "", latex).replace("\\ge", "\\geq")
        latex = latex.replace("\\geqq", "\\geq").replace("\\le", "\\leq").replace("\\leqq", "\\leq")
        both = re.fullmatch(r"(\d+)\\leq+x_\{?i\}?\\leq+(\d+)[.,]?", latex)
        bounds = re.findall(r"x_\{?(\d+|i)\}?\\geq+(\d+)", latex)
        if both:
            lower, upper = [int(both[1])] * parts, [int(both[2])] * parts
        elif bounds and re.fullmatch(r"(?:(?:,|and)?x_\{?(?:\d+|i)\}?\\geq+\d+)+[.,?]?", latex):
            for index, value in bounds:
                for i in range(parts) if index == "i" else [int(index) - 1]:
                    if not 0 <= i < parts:
                        return None
                    lower[i] = int(value)
        elif not re.fullmatch(r"x_\{?i\}?", latex) and not (
                re.fullmatch(r"i\\in\\\{(.*)\\\}", latex)
                and _elements(re.fullmatch(r"i\\in\\\{(.*)\\\}", latex)[1]
                              .replace("\\dots", "...")) == list(range(1, parts + 1))):
            return None  # a formula the template does not read
    words = re.sub(r"\$[^$]*\$", " ", " ".join([*setup, question]))
    if re.search(r"non-negative|nonnegative", words + " " + context) or "sticks and stones" in context:
        lower = [0 if low is None else low for low in lower]
    if None in lower or re.search(r"\b(?:positive|odd|even|distinct|less|more|greater|fewer|at "
                                  r"least|at most|not)\b", words.replace("non-negative", "")):
        return None
    return "counting.distributions", {"total": total, "parts": parts, "lower": lower,
                                      "upper": upper}


_THINGS = r"(?:identical )?(cookies|apples|lollipops|dodgeballs|balls)"
_PEOPLE = r"(kids|children|bins|people|students)"


def read_sharing(question: str, setup: list[str], context: str) -> Task | None:
    """Identical things shared among recipients, with at most or at least so many each."""
    text = " ".join([*setup, question])
    if re.search(r"\b(?:different|distinct|unique|named|each of the|order)\b", text):
        return None
    found = (re.search(rf"distribute {N} {_THINGS} (?:to|among) {N} {_PEOPLE}", text)
             or re.search(rf"putting the {N} {_THINGS} away into {N} {_PEOPLE}", text))
    given = re.search(rf"^suppose we have {N} (cookies) to give away to {N} (children), ", context)
    if found:
        total, recipients = number(found[1]), number(found[3])
    elif given and re.search(r"\bdistribute the cookies\b", question) and not setup:
        total, recipients = number(given[1]), number(given[3])  # a part of the exercise
    else:
        shared = re.search(rf"^{N} (kids|children), [a-z, ]+, decide to share {N} (cookies)", text)
        if shared is None:
            return None
        total, recipients = number(shared[3]), number(shared[1])
    low, high = 0, None
    text = text.replace("with no restrictions", " ")
    at_most = re.findall(rf"no (?:kid|child|bin) (?:gets|can hold|receives) more than {N}"
                         rf"|none of them receives? more than {N}", text)
    at_least = re.findall(rf"each (?:kid|child) (?:must )?gets? at least {N}"
                          rf"|each bin must contain at least {N} (?:dodgeballs?|balls?)\b", text)
    if len(at_most) > 1 or len(at_least) > 1:
        return None
    if at_most:
        high = number(next(x for x in at_most[0] if x))
    if at_least:
        low = number(next(x for x in at_least[0] if x))
    numbers = {number(x) for x in re.findall(rf"\b{N}\b", text)}
    if numbers - {total, recipients, high, low} or not re.search(
            r"how many (?:different )?ways|in how many ways", question):
        return None
    return "counting.distributions", {"total": total, "parts": recipients, "lower": [low] * recipients,
                                      "upper": [high] * recipients}


_NAMES = r"([a-z]+), ([a-z]+),? and ([a-z]+)"
# The exercise's setup that names the children: its cookies and their names.
_NAMED_SETUP = [rf"^suppose we have {N} cookies to give away to (?:three|3) children, {_NAMES}\. ",
                rf"^let's again consider the {N} cookies we want to distribute to {_NAMES}\. "]
# One condition on named children: (pattern, lower or upper, what the bound is from the number).
_NAMED_BOUNDS = [
    (rf"(\w+) gets at least {N} cookies", "lower", 0),
    (rf"(\w+) does get more than {N} cookies(?: \(so at least {N}\))?", "lower", 1),
    (rf"both (\w+) and (\w+) do get more than {N} cookies", "lower", 1),
    (rf"(\w+) does not get more than {N} cookies", "upper", 0),
    (rf"neither (\w+) nor (\w+) gets more than {N} cookies", "upper", 0),
]


def read_named_sharing(question: str, setup: list[str], context: str) -> Task | None:
    """A part that shares its exercise's cookies among the children the exercise names, with
    bounds on some of them by name ("if Albie gets at least 3 cookies and Bertie gets at least
    2 cookies (and Charlie has no restrictions)", "if neither Albie nor Bertie gets more than 3
    cookies"): the others get any number."""
    given = next((m for pattern in _NAMED_SETUP if (m := re.search(pattern, context))), None)
    asked = re.fullmatch(r"how many ways can (?:we|you) distribute the cookies if (.+)\?", question)
    if given is None or asked is None or setup:
        return None
    total, names = number(given[1]), list(given.groups()[1:])
    lower, upper = [0] * len(names), [None] * len(names)
    rest = asked[1]
    free = re.search(r" \(and (\w+) has no restrictions\)$", rest)
    if free:
        rest = rest[:free.start()]
    for clause in re.split(r" and (?=\w+ gets at least)", rest):
        found = next(((m, side, shift) for pattern, side, shift in _NAMED_BOUNDS
                      if (m := re.fullmatch(pattern, clause))), None)
        if found is None:
            return None
        match, side, shift = found
        who = [g for g in match.groups() if g and g.isalpha() and g not in _WORDS]
        values = [number(g) for g in match.groups() if g and (g.isdigit() or g in _WORDS)]
        if any(w not in names for w in who) or len(set(values)) > 1 + (shift == 1) or (
                len(values) == 2 and values[1] != values[0] + 1):  # "more than 3 (so at least 4)"
            return None
        for w in who:
            bounds = lower if side == "lower" else upper
            if bounds[names.index(w)] not in (0, None):
                return None  # one child bounded twice on one side
            bounds[names.index(w)] = values[0] + shift
    bounded = {n for n, low, high in zip(names, lower, upper, strict=True) if low or high is not None}
    if free and (free[1] not in names or free[1] in bounded or len(bounded) + 1 != len(names)):
        return None
    return "counting.distributions", {"total": total, "parts": len(names), "lower": lower,
                                      "upper": upper}


def read_birthdays(question: str, setup: list[str], context: str) -> Task | None:
    """A part that counts the sequences of so many birthdays (with no repeats), from the number
    of days in a year its exercise gives."""
    days = re.search(rf"\bthere are {N} days in a year\.", context)
    found = re.fullmatch(rf"how many possible sequences of {N} birthdays (are there|contain no "
                         r"repeats)\?", question)
    if days is None or found is None or setup:
        return None
    return "counting.selections", {"n": number(days[1]), "k": number(found[1]), "ordered": True,
                                   "repetition": found[2] == "are there"}


# A part's question with its exercise's setup: (the setup in the context, the question, what
# they count from both matches).
_DANCE = (rf"\bat a school dance, {N} girls and {N} boys take turns dancing \(as couples\) with "
          r"each other\.")
# Pennies in a row split by toothpicks: groups in order, and empty groups allowed.
_PENNIES = (r"\bplacing the toothpicks in the spaces between the pennies\. we will distinguish "
            r"between which order the groups come in\..* we will allow for one or more groups to "
            r"contain no pennies\b")
_DAYS = rf"\bthere are {N} days in a year\."
# A fair coin flipped so many times, and each flip recorded.
_COINS = rf"^(?:suppose )?you flip a fair coin {N} times\b"
_LISTED_FUNCTIONS = r"^consider functions \$f:\\\{([\d,]+)\\\}\\to\\\{([\d,]+)\\\}\$\."
# Sons and girls of matching ages, each to marry their own age or one position off (2.7.4).
_MARRIAGES = (rf"^the two richest families in westeros have decided to enter into an alliance by "
              rf"marriage\. the first family has {N} sons, the second has {N} girls\. the ages of the "
              r"kids in the two families match up\. to avoid impropriety, the families insist that "
              r"each child must marry someone either their own age, or someone one position younger "
              r"or older\. in fact, the graph representing agreeable marriages looks like this: the "
              rf"question: how many different acceptable marriage arrangements which marry off all {N} "
              r"children are possible\?")


def _marriages(c: re.Match, moved: int | None) -> Task | None:
    """The families' arrangements (with so many sons moved off their age), when the sons, the
    girls and the children all told agree."""
    sons, girls, children = (number(c[i]) for i in (1, 2, 3))
    if sons != girls or children != sons + girls or moved is not None and moved > sons:
        return None
    return "counting.near_matchings", {"pairs": sons, **({} if moved is None else {"moved": moved})}


def _monotone(sets: re.Match, kind: str) -> Task | None:
    """The strictly increasing (or non-decreasing) functions from the first listed set of numbers
    to the second: each is its set of values (a multiset, when values repeat), put in order."""
    n, m = set_size(sets[1]), set_size(sets[2])
    if n is None or m is None:
        return None
    return "counting.selections", {"n": m, "k": n, "ordered": False,
                                   "repetition": kind == "non-decreasing"}


_IN_CONTEXT: list[tuple[str, str, Callable[[re.Match, re.Match], Task | None]]] = [
    (_DANCE, r"how many couples dance if every girl dances with every boy\?",
     lambda c, q: ("counting.product", {"sizes": [number(c[1]), number(c[2])],
                                        "names": ["the girl", "the boy"]})),
    (_DANCE, (r"how many couples dance if everyone dances with everyone else \(regardless of "
              r"gender\)\?"),
     lambda c, q: ("counting.selections", {"n": number(c[1]) + number(c[2]), "k": 2,
                                           "ordered": False, "repetition": False})),
    (_PENNIES, (rf"(?:how many ways are there to|based on your answers above, make a conjecture "
                rf"about how many ways you could) separate a row of {N} pennies into {N} groups[?.]"),
     lambda c, q: ("counting.distributions", {"total": number(q[1]), "parts": number(q[2]),
                                              "lower": [0] * number(q[2]),
                                              "upper": [None] * number(q[2])})),
    (_COINS, r"what is the size of the sample space\?",
     lambda c, q: ("counting.selections", {"n": 2, "k": number(c[1]), "ordered": True,
                                           "repetition": True})),
    (_COINS, (rf"what is the size of the event that you get exactly {N} heads\? so then what is "
              rf"the probability that you get exactly {N} heads\?"),
     lambda c, q: ("counting.several", {"questions": [
         ["counting.selections", {"n": number(c[1]), "k": number(q[1]), "ordered": False,
                                  "repetition": False}],
         ["probability.equally_likely", {"experiment": ["coins", number(c[1])],
                                         "event": ["heads", number(q[1])]}]]})
     if q[1] == q[2] else None),
    (_COINS, (rf"what is the probability of getting exactly {N} heads\? what is the probability "
              rf"of getting exactly {N} heads\?"),
     lambda c, q: ("counting.several", {"questions": [
         ["probability.equally_likely", {"experiment": ["coins", number(c[1])],
                                         "event": ["heads", number(k)]}] for k in q.groups()]})),
    (_DAYS, rf"what is the probability that {N} people have no repeated birthdays\?",
     lambda c, q: ("probability.birthdays", {"days": number(c[1]), "people": number(q[1]),
                                             "want": "distinct"})),
    (_DAYS, (rf"among the {N} people, either they all have different birthdays or at least two "
             r"share a birthday\. since this is certain, its probability is 1\. so what is the "
             rf"probability that at least two people \(out of the {N}\) share a birthday\?"),
     lambda c, q: ("probability.birthdays", {"days": number(c[1]), "people": number(q[1]),
                                             "want": "shared"}) if q[1] == q[2] else None),
    (_DAYS, (rf"what is the smallest number of people you would need to have a greater than {N}% "
             r"chance that at least two share a birthday\?"),
     lambda c, q: ("probability.birthdays", {"days": number(c[1]), "chance": number(q[1]),
                                             "want": "fewest"})),
    # monotone functions between two listed sets of numbers: a strictly increasing one is a
    # subset of the codomain of the domain's size, a non-decreasing one a multiset of it
    (_LISTED_FUNCTIONS, (r"how many of (?:these|the) functions are (strictly increasing|non-decreasing)"
                         r"\? explain\. \(a function is \1 provided if \$a<b\$, then "
                         r"\$f\(a\)(<|\\leq) ?f\(b\)\$\.\)"),
     lambda c, q: _monotone(c, q[1]) if (q[1], q[2]) in {("strictly increasing", "<"),
                                                         ("non-decreasing", "\\leq")} else None),
    (_MARRIAGES, (rf"how many marriage arrangements are possible if we insist that there are "
                  rf"exactly {N} boys who marry girls not their own age\?"),
     lambda c, q: _marriages(c, number(q[1]))),
    (_MARRIAGES, (r"could you generalize the previous answer to arrive at the total number of "
                  r"marriage arrangements\?"), lambda c, q: _marriages(c, None)),
    (r"^towers of hanoi data\.", (rf"what is the smallest number of moves required to transport "
                                   rf"{N} disks to another pillar\?"),
     lambda c, q: ("sequences.hanoi_moves", {"disks": number(q[1])})),
    # the PDF's blanks are "|" or nothing, its steps labelled a. to c. (the source's are not);
    # the disks named in words too ("five disks")
    (r"^towers of hanoi data\.", (rf"to find the smallest number of moves required to transport "
                                   rf"(\d+) disks to another pillar, let's try to relate this task to "
                                   rf"the task of moving (\d+) disks\. how many moves do each of the "
                                   rf"following tasks require\? (?:a\. )?move the (\d+) smallest disks to "
                                   rf"the second pillar: \|? ?moves\. (?:b\. )?move the largest disk to "
                                   rf"the third pillar: \|? ?moves\. (?:c\. )?move the (\d+) smallest disks "
                                   rf"to the third pillar \(on top of the largest disk\): \|? ?moves\. "
                                   rf"therefore, the smallest number of moves required to move "
                                   rf"{N} disks is:"),
     lambda c, q: ("sequences.hanoi_moves", {"disks": number(q[1]), "want": "steps"})
     if number(q[1]) == number(q[5]) and number(q[2]) == number(q[3]) == number(q[4]) == number(q[1]) - 1
     else None),
    (r"^towers of hanoi data\.", (r"generalize the last observation\. let \$a_\{?n\}?\$ represent the "
                                   r"smallest number of moves required to transport n disks from "
                                   r"the start pillar to another pillar\. then \$a_\{n-1\}\$ represents "
                                   r"the number of moves required to transport \$n-1\$ disks to "
                                   r"another pillar\. give a formula for \$a_\{n\}\$ in terms of "
                                   r"\$a_\{n-1\}\$\."),
     lambda c, q: ("sequences.hanoi_moves", {"want": "recurrence"})),
]


def read_in_context(question: str, context: str) -> Task | None:
    """A part whose question (its whole text) counts what its exercise's setup describes, one
    phrasing each: read before the sentence split, whose demands ("sample space") it names."""
    for around, asked, meaning in _IN_CONTEXT:
        given, found = re.search(around, context), re.fullmatch(asked, question)
        if given and found and (task := meaning(given, found)):
            return task
    return None


def read_birthday_room(text: str) -> Task | None:
    """The fewest people in a room for a given chance of a shared birthday, read whole."""
    found = re.fullmatch(rf"how many people do you need to have in a room to have a {N}% chance that "
                         r"at least two people share the same birthday \(day of the year\)\? assume "
                         r"that all birthdays are equally likely, and that nobody is born on leap "
                         r"day \(february 29th\)\.", text)
    return None if found is None else (
        "probability.birthdays", {"days": 365, "chance": number(found[1]), "want": "fewest"})


# ---------------------------------------------------------------- functions


def read_functions(question: str, setup: list[str], context: str) -> Task | None:
    """Functions between two listed sets (onto, one-to-one), as counted in the discrete family."""
    kinds = {"onto": "surjective", "surjective": "surjective", "1-1": "injective",
             "one-to-one": "injective", "injective": "injective", "there": "functions"}
    if (listed := _listed_functions(question, setup)) is not None:
        return listed
    found = re.fullmatch(r"how many functions map (\{[^}]*\}) onto (\{[^}]*\}) \(ie,? how many "
                         r"surjections are there\)\?", question)
    if found and not setup:
        kind, domain, codomain = "surjective", found[1], found[2]
    else:
        found = re.fullmatch(r"how many (1-1|one-to-one|injective|surjective|onto) functions are "
                             r"there from (\{[^}]*\}) to (\{[^}]*\})\?", question)
        sized = re.fullmatch(r"how many functions \$f:a\\to b\$ are (surjective|injective|there)\?",
                             question)
        # each kid to a team, every team someone's: the onto functions from kids to teams
        teams = re.fullmatch(rf"in how many ways can you split up {N} kids into {N} named teams\?",
                             question)
        if teams and not setup:
            return "combinatorics.count_functions_subsets", {
                "kind": "surjective", "n": number(teams[1]), "m": number(teams[2])}
        sizes = re.fullmatch(r"consider sets a and b with \$\|a\|=(\d+)\$ and \$\|b\|=(\d+)\$\.",
                             " ".join(setup))
        if sized and sizes:
            return "combinatorics.count_functions_subsets", {
                "kind": kinds[sized[1]], "n": int(sizes[1]), "m": int(sizes[2])}
        if found is None or setup:
            return None
        kind, domain, codomain = kinds[found[1]], found[2], found[3]
    n, m = set_size(domain.strip("{}")), set_size(codomain.strip("{}"))
    if n is None or m is None:
        return None
    return "combinatorics.count_functions_subsets", {"kind": kind, "n": n, "m": m}


# A part of "Consider functions $f:\{1,2,3,4,5\}\to\{1,2,3,4,5,6\}$. a. ... b. ...": its question,
# and the kind it counts (increasing injections: the subsets of the codomain of the domain's size).
_OF_LISTED = {"how many functions are there total?": "functions",
              "how many functions are injective?": "injective",
              "how many of the injective functions are increasing?": "increasing"}
_INCREASING = ("to be increasing means that if $a<b$ then $f(a)<f(b)$, or in other words, the "
               "outputs get larger as the inputs get larger.")


def _listed_functions(question: str, setup: list[str]) -> Task | None:
    """A part asking for all, the injective or the increasing functions between two listed sets."""
    sets = re.fullmatch(r"consider functions \$f:\\\{([\d,]+)\\\}\\to\\\{([\d,]+)\\\}\$\.",
                        setup[0]) if setup else None
    kind = _OF_LISTED.get(question)
    if sets is None or kind is None or setup[1:] != ([_INCREASING] if kind == "increasing" else []):
        return None
    n, m = set_size(sets[1]), set_size(sets[2])
    if n is None or m is None:
        return None
    if kind == "increasing":
        return "counting.selections", {"n": m, "k": n, "ordered": False, "repetition": False}
    return "combinatorics.count_functions_subsets", {"kind": kind, "n": n, "m": m}


# ---------------------------------------------------------------- probability

_SIDES = r"(?:fair |regular )?(\d+|six)-sided"


def _experiment(text: str) -> list[Any] | None:
    """The one random experiment the text describes: coins flipped, dice rolled, cards dealt."""
    found = []
    for m in re.finditer(rf"flip(?:ping)? (?:a|one) (?:fair )?coin {N}(?: times)?"
                         rf"|flip (two|three) fair coins", text):
        found.append(["coins", number(m[1] or m[2])])
    for m in re.finditer(rf"roll(?:ing)? (?:a|one) {_SIDES} die", text):
        found.append(["dice", [number(m[1])]])
    for m in re.finditer(rf"roll(?:ing)? {N} (?:{_SIDES} )?dice\b(?!:)", text):
        found.append(["dice", [number(m[2]) if m[2] else 6] * number(m[1])])
    for m in re.finditer(r"(\w+) dice: ((?:(?:, | and |, and )?an? \d+-sided die)+)", text):
        sides = [int(s) for s in re.findall(r"(\d+)-sided", m[2])]
        if len(sides) == number(m[1]):
            found.append(["dice", sides])
    for m in re.finditer(rf"(?:draw|are dealt) {N} cards from a (?:standard|regular) deck"
                         r"(?: of 52 cards)?", text):
        found.append(["cards", number(m[1])])
    return found[0] if len(found) == 1 else None


def _event(question: str, experiment: list[Any]) -> list[Any] | None:
    kind, size = experiment
    if kind == "coins":
        if re.search(rf"\b(?:get|getting) exactly {N} heads\b", question):
            return ["heads", number(re.search(rf"exactly {N} heads", question)[1])]
        if re.search(r"\bat least one heads?\b", question):
            return ["heads_at_least", 1]
        if re.search(r"\bgetting more heads than tails\b", question):
            return ["more_heads", 0]
        if size == 2 and re.search(r"\byou get tails both times\b", question):
            return ["heads", 0]
        return None
    if kind == "cards":
        if size == 2 and re.search(r"\bboth cards are red\b", question):
            return ["all_red", 0]
        if size == 5 and re.search(r"\bdraw 4-of-a-kind\b", question):
            return ["four_of_a_kind", 0]
        return None
    if len(size) == 1:
        sides = size[0]
        if re.search(r"\broll an even number\?", question):
            return ["faces", list(range(2, sides + 1, 2))]
        found = re.search(rf"\brolling a number that is even or less than {N}\?", question)
        if found:
            return ["faces", [f for f in range(1, sides + 1) if f % 2 == 0 or f < number(found[1])]]
        return None
    count = rf"(?:all {N}|{N}|all the|the) dice"
    found = re.search(rf"\bthe sum of the dice is {N}\?", question)
    if found:
        return ["sum", number(found[1])]
    found = re.search(rf"\b{count} have the same number when rolled\?", question)
    if found and (number(found[1] or found[2]) if found[1] or found[2] else len(size)) == len(size):
        return ["all_same", 0]
    found = re.search(rf"\b{count} will show different numbers\?|\bget {N} different numbers when "
                      rf"rolling {N} dice\?", question)
    if found and len(set(size)) == 1:
        said = [number(x) for x in found.groups() if x]
        if all(s == len(size) for s in said):
            return ["all_different", 0]
    return None


def read_probability(question: str, setup: list[str], context: str) -> Task | None:
    """The probability of an event when flipping coins, rolling dice or dealing cards."""
    if "probability" not in question or re.search(r"\b(?:given|replacement|friend|if you guess|and a "
                                                  r"heads)\b", question + " ".join(setup)):
        return None
    own = " ".join([*setup, question])
    experiment = _experiment(own)
    if experiment is None and not re.search(r"\b(?:flip|roll|draw|deal)(?:s|ing)?\b|\bdealt\b", own):
        experiment = _experiment(context)  # a part: "(c) What is the probability of ...?"
    if experiment is None:
        return None
    event = _event(question, experiment)
    if event is None:
        return None
    return "probability.equally_likely", {"experiment": experiment, "event": event}


# ---------------------------------------------------------------- unions of sets

_TV = (rf"^(?:a group of college students was asked about their tv watching habits\. )?of those "
       rf"surveyed, {N} students watch ([a-z ]+), {N} watch ([a-z ]+), and {N} watch ([a-z ]+)\. "
       rf"additionally, {N} watch ([a-z ]+) and ([a-z ]+), {N} watch ([a-z ]+) and ([a-z ]+), and "
       rf"{N} watch ([a-z ]+) and ([a-z ]+)\. there are {N} students who watch all three shows\. how "
       r"many students surveyed watched at least one of the shows\?$")
_AIRLINES = (rf"^in a recent small survey of airline passengers, {N} said they had flown ([a-z ]+) in "
             rf"the last year, {N} had flown ([a-z ]+), and {N} had flown ([a-z ]+)\. of those, {N} "
             rf"reported they had flown on ([a-z ]+) and ([a-z ]+), {N} had flown on ([a-z ]+) and "
             rf"([a-z ]+), and {N} had flown on ([a-z ]+) and ([a-z ]+)\. {N} passengers had flown on "
             r"all three airlines\. how many passengers were surveyed\? \(assume the results above "
             r"make up the entire survey\.\)$")
_FAVORITES = (r"^(?:counting favorite mathematicians\. )?([a-z]+) and ([a-z]+) are discussing their "
              rf"favorite mathematicians throughout history\. \1 has a list of {N} favorites, while \2 "
              rf"has a list of {N}\. they discover that they have {N} mathematicians in common\. how "
              r"many mathematicians are on their combined list\?$")
# Three styles and each pair of them, in the book's order and words; those who like none of
# them are the survey less the union ("hate potatoes").
_POTATOES = (rf"^in a recent survey, {N} students reported whether they liked their potatoes mashed, "
             rf"french-fried, or twice-baked\. {N} liked them mashed, {N} liked french fries, and {N} "
             rf"liked twice baked potatoes\. additionally, {N} students liked both mashed and "
             rf"french-fried potatoes, {N} liked french fries and twice baked potatoes, {N} liked "
             rf"mashed and baked, and {N} liked all three styles\. how many students hate potatoes\? "
             r"explain why your answer is correct\.$")
_FAILED = (rf"^an examination in three subjects, algebra, biology, and chemistry, was taken by {N} "
           r"students\. the following table shows how many students failed in each single subject "
           r"and in their various combinations: subject: \| a \| b \| c \| ab \| ac \| bc \| abc "
           r"failed: ((?:\| \d+ ?){7}) ?how many students failed at least one subject\?$")


def read_union(text: str) -> Task | None:
    """How many are in at least one of two or three sets, from the sizes of the sets and of
    their intersections (inclusion-exclusion), read whole: three TV shows' viewers, the
    passengers of three airlines (a survey of them alone), two lists of favorites, the students who
    failed each subject and each pair of them; and how many of a survey like none of three potato
    styles (the survey less the union)."""
    if three := re.fullmatch(_TV, text) or re.fullmatch(_AIRLINES, text):
        # three sets (shows watched, airlines flown) and each pair of them by name; a survey
        # that the sets "make up entirely" asks for their union too
        names = [three[2], three[4], three[6]]
        sizes = {"A": number(three[1]), "B": number(three[3]), "C": number(three[5])}
        for at in (7, 10, 13):  # each pair, by the names of the sets
            pair = [three[at + 1], three[at + 2]]
            if not set(pair) <= set(names) or pair[0] == pair[1]:
                return None
            key = "".join(sorted("ABC"[names.index(name)] for name in pair))
            if key in sizes:
                return None
            sizes[key] = number(three[at])
        sizes["ABC"] = number(three[16])
        order = ["A", "B", "C", "AB", "AC", "BC", "ABC"]
        return "counting.union", {"sizes": {k: sizes[k] for k in order},
                                  "names": dict(zip("ABC", names, strict=True))}
    if lists := re.fullmatch(_FAVORITES, text):
        return "counting.union", {"sizes": {"A": number(lists[3]), "B": number(lists[4]),
                                            "AB": number(lists[5])},
                                  "names": {"A": f"{lists[1]}'s favorites",
                                            "B": f"{lists[2]}'s favorites"}}
    if liked := re.fullmatch(_POTATOES, text):
        # the book names the pairs mashed-fried, fried-baked, mashed-baked
        sizes = dict(zip(["A", "B", "C", "AB", "BC", "AC", "ABC"],
                         (number(liked[i]) for i in range(2, 9)), strict=True))
        if union_formula(sizes) > number(liked[1]):
            return None  # more like some style than were surveyed
        order = ["A", "B", "C", "AB", "AC", "BC", "ABC"]
        return "counting.union", {"sizes": {k: sizes[k] for k in order},
                                  "names": {"A": "mashed", "B": "french-fried", "C": "twice-baked"},
                                  "total": number(liked[1])}
    if failed := re.fullmatch(_FAILED, text):
        counts = [int(c) for c in re.findall(r"\d+", failed[2])]
        sizes = dict(zip(["A", "B", "C", "AB", "AC", "BC", "ABC"], counts, strict=True))
        if union_formula(sizes) > number(failed[1]):
            return None  # more failed than sat the examination
        return "counting.union", {"sizes": sizes, "names": {"A": "failed algebra", "B":
                                                            "failed biology", "C": "failed chemistry"}}
    return None


# ---------------------------------------------------------------- strings over an alphabet

_HEX = "0123456789abcdef"
# Exercise 3.2's hexadecimal numbers: the setup, then a part's question.
_HEX_SETUP = (r'^we usually write numbers in decimal form \(or base 10\), meaning numbers are composed '
              r'using 10 different "digits" \{0,1,\.\.\.,9\}\. sometimes though it is useful to write '
              r"numbers hexadecimal or base 16\. now there are 16 distinct digits that can be used to "
              r"form numbers: \$\\\{0,1,\\dots,9,\$ a, b, c, d, e, \$f\\\}\$\. so for example, a 3 digit "
              r"hexadecimal number might be 2b8\. ")
_LETTER, _NUMERAL = r"a letter \(a-f\)", r"a numeral \(0-9\)"
# Exercise 3.3's words: so many letters from the first n of the alphabet.
_WORDS_SETUP = (rf'^we want to build {N} letter "words" using only the first \$n=(\d+)\$ letters of the '
                r"alphabet\. for example, if \$n=\d+\$ we can use the first \d+ letters, \{[a-z,]+\} "
                r"\(recall, words are just strings of letters, not necessarily actual english words\.\) ")


# Numbers written with given digits whose digit sum is even or odd (no 0: no leading zeros).
_DIGIT_SUM = (rf"^how many {N}-digit numbers, using only the digits \{{([1-9](?:,[1-9])*)\}},? have the "
              r"sum of their digits (even|odd)\?$")

# Exercise 3.3's numbers of so many digits (no leading 0) with an even (odd) digit sum, its range
# and its example said too; "explain why it is correct in two ways": the same count, twice.
_NUMBERS_SUM = (rf"^for how many {N}-digit numbers \((\d+) to (\d+)\) is the sum of the digits "
                r"(even|odd)\? \(for example, (\d+) has an (even|odd) sum of digits: \$([\d+]+) ?= ?(\d+)\$ "
                r"which is (even|odd)\.\) find the answer and explain why it is correct in at least "
                r"two different ways\.$")


def _numbers_with_digit_sum(m: re.Match) -> Task | None:
    """The numbers of m[1] digits by the parity m[4] of their digit sum, when the range is all
    such numbers and the example's sum is what it says."""
    length, example = number(m[1]), m[5]
    if (int(m[2]), int(m[3])) != (10 ** (length - 1), 10 ** length - 1) or not (
            m[6] == m[9] and m[7] == "+".join(example) and sum(map(int, example)) == int(m[8])
            and ("odd", "even")[int(m[8]) % 2 == 0] == m[6]):
        return None
    return "counting.strings", {"symbols": "0123456789", "length": length, "parity": m[4],
                                "starts": list("123456789")}


def read_strings(text: str) -> Task | None:
    """Numbers of given digits, or of so many digits, with an even (odd) digit sum; strings over
    an alphabet whose first and/or last symbols are given: a part of the hexadecimal exercise
    ("How many 6-digit hexadecimals start with a letter (A-F) and end with a
    numeral (0-9)?") or of the words exercise ("How many of these words either start with
    “ade” or end with “be” or both?"), read with its setup."""
    params: dict[str, Any]
    if ranged := re.fullmatch(_NUMBERS_SUM, text):
        return _numbers_with_digit_sum(ranged)
    if summed := re.fullmatch(_DIGIT_SUM, text):
        digits = summed[2].split(",")
        return None if len(set(digits)) != len(digits) else (
            "counting.strings", {"symbols": "".join(digits), "length": number(summed[1]),
                                 "parity": summed[3]})
    if hexed := re.match(_HEX_SETUP, text):
        asked = text[hexed.end():]
        first = re.fullmatch(rf"how many {N}-digit hexadecimals are there in which the first digit "
                             r"is ([0-9a-f]) or ([0-9a-f])\?", asked)
        ends = re.fullmatch(rf"how many {N}-digit hexadecimals start with {_LETTER} (and|or) end with "
                            rf"{_NUMERAL}( \(or both\))?\?", asked)
        if first and first[2] != first[3]:
            params = {"symbols": _HEX, "length": number(first[1]), "starts": [first[2], first[3]]}
        elif ends and (ends[2] == "or") == bool(ends[3]):
            params = {"symbols": _HEX, "length": number(ends[1]), "starts": list("abcdef"),
                      "ends": list("0123456789"), "join": ends[2]}
        else:
            return None
    elif worded := re.match(_WORDS_SETUP, text):
        length, symbols = number(worded[1]), "abcdefghijklmnopqrstuvwxyz"[:int(worded[2])]
        asked = text[worded.end():]
        if asked == "how many of these words contain no repeated letters?":  # none if too long
            return "counting.selections", {"n": len(symbols), "k": length, "ordered": True,
                                           "repetition": False}
        first = re.fullmatch(r'how many of these words start with the sub-word "([a-z]+)"\?', asked)
        either = re.fullmatch(r'how many of these words either start with "([a-z]+)" or end with '
                              r'"([a-z]+)" or both\?', asked)
        if first:
            params = {"symbols": symbols, "length": length, "starts": [first[1]]}
        elif either:
            params = {"symbols": symbols, "length": length, "starts": [either[1]],
                      "ends": [either[2]], "join": "or"}
        else:
            return None
        if not set("".join(params["starts"] + params.get("ends", []))) <= set(symbols):
            return None
    else:
        return None
    fixed = len(params["starts"][0]) + len(params.get("ends", [""])[0])
    return ("counting.strings", params) if fixed < params["length"] else None


# ---------------------------------------------------------------- selections and products

# A part's rule for the flavors of Exercise 3.5's soda: (ordered, repetition).
_SODA = {"you refuse to use any of the flavors more than once": (False, False),
         "you refuse repeats but care about the order in which the flavors are added": (True, False),
         "you allow yourself multiple shots of the same flavor": (False, True),
         ("you allow yourself multiple shots, and care about the order in which the flavors are "
          "added"): (True, True)}
# A rule for the digits of a number (what "increasing" means said after it, examples aside).
_DIGITS = {"digits can be used more than once.": (True, True),
           "digits cannot be repeated, but can come in any order.": (True, False),
           "digits cannot be repeated and must be written in increasing order.": (False, False),
           "digits can be repeated and must be written in non-decreasing order.": (False, True)}
_DIGIT_RULE = re.compile(r" \((?:increasing means strictly increasing\. for example, the digits of \d+ "
                         r"are increasing, but the digits of \d+ are not|now the digits don't need to "
                         r"be strictly increasing; \d+ has digits non-?decreasing)\.\)$")


def _alternatives(rules: dict[str, Any]) -> str:
    """A regex group body matching any one rule's words (and the digits' explanation after)."""
    said = "|".join(re.escape(rule) for rule in rules)
    return f"(?:{said})" + (f"(?:{_DIGIT_RULE.pattern[:-1]})?" if rules is _DIGITS else "")


# One phrasing per row: its pattern over the whole text, and the (n, k, ordered, repetition) it
# says; None for k is "any number of them".
_SELECTIONS: list[tuple[str, Callable[[re.Match], tuple[int, int | None, bool, bool]]]] = [
    # a stack is an order of different chips; "why it is P(12,5)": the same count explained
    ((rf"^suppose you have {N} chips, each a different color\. how many different stacks of {N} "
      r"chips can you make\? explain your answer and why it is the same as using the formula for "
      r"\$p\((\d+),(\d+)\)\$\.$"),
     lambda m: (number(m[1]), number(m[2]) if (number(m[1]), number(m[2])) == (int(m[3]), int(m[4]))
                else -1, True, False)),
    ((rf"^your basketball team has {N} players\. assuming everyone can play every position, how "
     rf"many ways can you choose {N} players to be on the court at the same time\?$"),
     lambda m: (number(m[1]), number(m[2]), False, False)),
    ((rf"^you decide to have a dinner party\. even though you are incredibly popular and have {N} "
     rf"different friends, you only have enough chairs to invite {N} of them\. how many choices do "
     rf"you have for which {N} friends to invite\?$"),
     lambda m: (number(m[1]), number(m[2]) if m[2] == m[3] else -1, False, False)),
    ((rf"^if you have {N} bow ties, and you want to select {N} of them for next week, how many "
     r"choices do you have\?$"), lambda m: (number(m[1]), number(m[2]), False, False)),
    ((rf"^suppose you have {N} bow ties and you will wear a different one on each of the next {N} "
     r"days\. how many choices do you have\?$"), lambda m: (number(m[1]), number(m[2]), True, False)),
    (rf"^out of a group of {N} classmates, how many ways can you rank your top {N} friends\?$",
     lambda m: (number(m[1]), number(m[2]), True, False)),
    ((rf"^if {N} students come to their professor's office but only {N} can fit at a time, how many "
     rf"different combinations of {N} students can see the prof first\?$"),
     lambda m: (number(m[1]), number(m[2]) if m[2] == m[3] else -1, False, False)),
    (rf"^how many {N}-letter words can be made from the first {N} letters of the alphabet\?$",
     lambda m: (number(m[2]), number(m[1]), True, True)),
    ((rf"^your band goes on tour\. there are {N} cities within driving distance, but only enough "
     rf"time to play {N} of them\. how many choices do you have for the cities on your tour\?$"),
     lambda m: (number(m[1]), number(m[2]), False, False)),
    ((rf"^there are {N} types of cookies available\. you want to make a {N} cookie stack\. how many "
     r"different stacks can you make\?$"), lambda m: (number(m[1]), number(m[2]), True, True)),
    ((rf"^after the party, the {N} kids each choose one of {N} party-favors\. how many outcomes are "
     r"there\?$"), lambda m: (number(m[2]), number(m[1]), True, True)),
    ((rf"^suppose you roll a {N}-sided die {N} times, recording the number that appears after each "
     rf"roll\. how many sequences of {N} rolls are possible\?$"),
     lambda m: (number(m[1]), number(m[2]) if m[2] == m[3] else -1, True, True)),
    ((rf"^how many different pizzas can you make if you can choose from {N} toppings and you can "
     r"have any number of toppings on your pizza\?$"), lambda m: (number(m[1]), None, False, False)),
    ((rf"^your favorite mathematical ice cream parlor offers {N} flavors\. how many milkshakes could "
     rf"you create using exactly {N}, not necessarily distinct scoops\? ?the ?order ?you ?add ?the"
     r" ?flavors ?does ?not ?matter"),
     lambda m: (number(m[1]), number(m[2]), False, True)),
    ((rf"^how many ways are there to select a handful of {N} jellybeans from a jar that contains {N} "
     r"different flavors\?$"), lambda m: (number(m[2]), number(m[1]), False, True)),
    ((rf"^how many different packs of {N} crayons can you make using crayons that come in red, blue, "
     r"and yellow\?$"), lambda m: (3, number(m[1]), False, True)),
    (r"^how many sequences \(permutations\) are there of the letters ([a-z](?:, [a-z])+)\?$",
     lambda m: (len(set(m[1].split(", "))), len(m[1].split(", ")), True, False)),
    ((r'^how many (four|three|two|five)-letter "?words"? can you make from the letters ([a-z]) '
     r"through ([a-z]), with no repeated letters\?$"),
     lambda m: (ord(m[3]) - ord(m[2]) + 1, number(m[1]), True, False)),
    ((rf"^how many different seating arrangements are possible for king arthur and his {N} "
      r"knights around their round table\?$"),  # the knights in order from Arthur's left
     lambda m: (number(m[1]), number(m[1]), True, False)),
    ((rf"^a combination lock consists of a dial with {N} numbers on it\. to open the lock, you turn "
      r"the dial to the right until you reach the first number, then to the left until you get to "
      r"the second number, then to the right again to the third number\. the numbers must be "
      r"distinct\. how many different combinations are possible\?$"),
     lambda m: (number(m[1]), 3, True, False)),
    ((r"^how many 7 digit phone numbers are there in which the digits are non-?increasing\?"
     r" that is, every digit is less than or equal to the previous one\.$"),
     lambda m: (10, 7, False, True)),
    # Parts read with their exercise's setup (see ``joined``): the setup, then each part's rule.
    ((rf"^conic, your favorite math themed fast food drive-in offers {N} flavors which can be added "
      rf"to your soda\. you have enough money to buy a large soda with {N} added flavors\. how many "
      rf"different soda concoctions can you order if: ({_alternatives(_SODA)})\?$"),
     lambda m: (number(m[1]), number(m[2]), *_SODA[m[3]])),
    ((r"^a multiset is a collection of objects, just like a set, but can contain an object more "
      r"than once \(the order of the elements still doesn't matter\)\. for example, \{[\d,]+\} is a "
      rf"multiset of size \d+\. how many (sets|multisets) of size {N} can be made using the {N} "
      r"numeric digits 0 through 9\?$"),
     lambda m: (number(m[3]) if number(m[3]) == 10 else -1, number(m[2]), False, m[1] == "multisets")),
    ((rf"^using the digits {N} through {N}, find the number of different {N}-digit numbers such "
      rf"that: ({_alternatives(_DIGITS)})$"),
     lambda m: (number(m[2]) - number(m[1]) + 1 if 0 < number(m[1]) <= number(m[2]) <= 9 else -1,
                number(m[3]), *_DIGITS[_DIGIT_RULE.sub("", m[4])])),
    (_WORDS_SETUP + r"how many of these words are there total\?$",
     lambda m: (int(m[2]), number(m[1]), True, True)),
    ((rf"^a pizza parlor offers {N} toppings\. how many {N}-topping pizzas could they put on their "
      r"menu\? assume double toppings are not allowed\.$"),
     lambda m: (number(m[1]), number(m[2]), False, False)),
    ((rf"^a pizza parlor offers {N} toppings\. how many total pizzas are possible, with between zero "
      rf"and {N} toppings \(but not double toppings\) allowed\?$"),
     lambda m: (number(m[1]), None if m[1] == m[2] else -1, False, False)),
    ((rf"^a pizza parlor offers {N} toppings\. the pizza parlor will list the {N} toppings in two "
      r"equal-sized columns on their menu\. how many ways can they arrange the toppings in the left "
      r"column\?$"),  # half of the toppings, in order
     lambda m: (number(m[1]), number(m[1]) // 2 if m[1] == m[2] and number(m[1]) % 2 == 0 else -1,
                True, False)),
    ((rf"^in an attempt to clean up your room, you have purchased a new floating shelf to put some "
      rf"of your {N} books you have stacked in a corner\. these books are all by different authors\. "
      rf"the new book shelf is large enough to hold {N} of the books\. careful: before answering the "
      r"next two questions, ask yourself which answer should be larger\. how many ways can you "
      rf"(?:(select and arrange) {N} of the {N} books on the shelf\? notice that here we will allow "
      rf"the books to end up in any order\.|arrange {N} of the {N} books on the shelf if you insist "
      r"they must be arranged alphabetically by author\?)$"),
     lambda m: (number(m[1]), number(m[2]) if m[2] == (m[4] or m[6]) and m[1] == (m[5] or m[7])
                else -1, bool(m[3]), False)),
    ((rf"^suppose you are ordering a calzone from d\.p\. dough\. you want {N} distinct toppings, "
      rf"chosen from their list of {N} vegetarian toppings\. how many choices do you have for your "
      r"calzone( if you refuse to have green pepper as one of your toppings)?\?$"),
     lambda m: (number(m[2]) - bool(m[3]), number(m[1]), False, False)),
    ((rf"^for your college interview, you must wear a tie\. you own {N} regular \(boring\) ties and "
      rf"{N} \(cool\) bow ties\. how many choices do you have for your neck-wear\?$"),
     lambda m: (number(m[1]) + number(m[2]), 1, False, False)),  # one tie of either kind
    ((rf"^a restaurant offers {N} appetizers and {N} entrées\. how many choices do you have if: you "
      r"will eat one dish, either an appetizer or an entrée\?$"),
     lambda m: (number(m[1]) + number(m[2]), 1, False, False)),
    # the single-digit numbers are 0 to 9; picks, not in order
    ((rf"^you want to select {N} distinct, single-digit numbers as your lotto picks\. how many "
      r"choices do you have\?$"), lambda m: (10, number(m[1]), False, False)),
    # the stacks of three chips of three named colors: their orders
    ((rf"^one outcome is taking the ([a-z]+), ([a-z]+), and ([a-z]+) chips\. how many of the {N}-chip "
      r"stacks of different color chips correspond to this single pocketful\?$"),
     lambda m: (3, 3 if number(m[4]) == 3 and len({m[1], m[2], m[3]}) == 3 else -1, True, False)),
    ((r"^how many different stacks of chips would result in picking up the ([a-z]+), ([a-z]+), and "
      r"([a-z]+) chips\?$"), lambda m: (3, 3 if len({m[1], m[2], m[3]}) == 3 else -1, True, False)),
    # the cities of the tour, in the order played
    (rf"^in how many different ways can you play the {N} cities you choose\?$",
     lambda m: (number(m[1]), number(m[1]), True, False)),
]

_PRODUCTS: list[tuple[str, Callable[[re.Match], tuple[list[int], list[str]]]]] = [
    ((rf"^your wardrobe consists of {N} shirts, {N} pairs of pants, and {N} bow ties\. how many "
     r"different outfits can you make\?$"),
     lambda m: ([number(m[1]), number(m[2]), number(m[3])], ["shirt", "pants", "bow tie"])),
    ((rf"^each of your {N} bow ties matches {N} pairs of suspenders\. how many outfits can you "
     r"make\?$"), lambda m: ([number(m[1]), number(m[2])], ["bow tie", "suspenders"])),
    (r"^suppose you roll two dice \(one red and one green\)\. how many total outcomes are there\?$",
     lambda m: ([6, 6], ["the red die", "the green die"])),
    (rf"^how many license plates can you make out of {N} letters followed by {N} numerical digits\?$",
     lambda m: ([26] * number(m[1]) + [10] * number(m[2]),
                [f"letter {i + 1}" for i in range(number(m[1]))]
                + [f"digit {i + 1}" for i in range(number(m[2]))])),
    ((rf"^how many two-letter words start with one of the {N} vowels\?(?: this time use the product "
     r"principle to answer the question\.)?$"),
     lambda m: ([number(m[1]), 26], ["the vowel", "the second letter"])),
    ((r'^how many two-letter "words" start with either a or b\? \(a word is just a sequence of '
     r"letters; it doesn't have to be english, or even pronounceable\.\)$"),
     lambda m: ([2, 26], ["the first letter (a or b)", "the second letter"])),
    ((rf"^for your college interview, you must wear a tie\. you own {N} regular \(boring\) ties and "
      rf"{N} \(cool\) bow ties\. you realize that the interview is for clown college, so you should "
      r"probably wear both a regular tie and a bow tie\. how many choices do you have now\?$"),
     lambda m: ([number(m[1]), number(m[2])], ["the regular tie", "the bow tie"])),
    ((rf"^a restaurant offers {N} appetizers and {N} entrées\. how many choices do you have if: you "
      r"are extra hungry and want to eat both an appetizer and an entrée\?$"),
     lambda m: ([number(m[1]), number(m[2])], ["appetizer", "entrée"])),
]


# The outfit of Exercise 3.2.6's part c: the ties are the other parts' ("the rest of your outfit").
_OUTFITS = (rf"^for your college interview, you must wear a tie\. you own {N} regular \(boring\) ties "
            rf"and {N} \(cool\) bow ties\. for the rest of your outfit, you have {N} shirts, {N} "
            rf"skirts, {N} pants, and {N} dresses\. you want to select either a shirt to wear with a "
            r"skirt or pants, or just a dress\. how many outfits do you have to choose from\?$")


# Example 3.4.12's wand: stripes of different colors in order, the wand the same spun around.
_WAND = (rf"^you have decided to decorate your magic wand with bands of different colored tape\. you "
         rf"have {N} different colors to choose from, and you will use {N} of them to create {N} "
         r"different stripes of color\. how many different wand designs are possible\?$")


# Shortest lattice paths from home to one of two shops (Discrete 3.9.2(y)).
_SHOPS = (rf"^from your home at {P} you want to go to either the donut shop at {P} or the one at "
          rf"{P}\. how many paths could you take\?$")


def read_selection(text: str) -> Task | None:
    """Picks of k from n (in order or not, repeats or not) and products of independent choices,
    each in one phrasing the book uses, read whole; the paths to either of two shops."""
    if shops := re.search(_SHOPS, text):
        home, first, second = ([int(shops[i]), int(shops[i + 1])] for i in (1, 3, 5))
        return "counting.lattice_paths", {"start": home, "end": first, "or_end": second}
    if (wand := re.search(_WAND, text)) and number(wand[2]) == number(wand[3]) <= number(wand[1]):
        return "counting.selections", {"n": number(wand[1]), "k": number(wand[2]), "ordered": True,
                                       "repetition": False, "reversible": True}
    for pattern, meaning in _SELECTIONS:
        found = re.search(pattern, text)
        if found:
            n, k, ordered, repetition = meaning(found)
            if k is not None and (k < 0 or (k > n and not repetition)):
                return None
            return "counting.selections", {"n": n, "k": k, "ordered": ordered,
                                           "repetition": repetition}
    for pattern, meaning in _PRODUCTS:
        found = re.search(pattern, text)
        if found:
            sizes, names = meaning(found)
            return "counting.product", {"sizes": sizes, "names": names}
    if found := re.search(_OUTFITS, text):  # a shirt with a skirt, or with pants; or a dress
        shirts, skirts, pants, dresses = (number(found[i]) for i in range(3, 7))
        return "counting.product", {"cases": [[shirts, skirts], [shirts, pants], [dresses]],
                                    "names": [["shirt", "skirt"], ["shirt", "pants"], ["dress"]]}
    return None


# ---------------------------------------------------------------- several questions in one item

Asked = list[tuple[str, dict[str, Any]]]  # (family, params) for each question, in order


def _words_and_words_without_repeats(m: re.Match, letters: int) -> Asked:
    k = number(m[1])
    return [("counting.selections", {"n": letters, "k": k, "ordered": True, "repetition": True}),
            ("counting.selections", {"n": letters, "k": k, "ordered": True, "repetition": False})]


def _at_least(written: str) -> int | None:
    """The lower bound of "all positive", "all non-negative", "all greater than or equal to -3"."""
    bounds = {"positive": 1, "non-negative": 0}
    found = re.fullmatch(r"greater than or equal to \$?(-?\d+)\$?", written)
    return bounds.get(written, int(found[1]) if found else None)


def _solutions(m: re.Match) -> Asked:
    """x + y + z = 12 under each part's bound for all the unknowns."""
    equation = _EQUATION.match(m[1])
    parts = _unknowns(equation[1]) if equation else None
    lows = [_at_least(b) for b in m.groups()[1:]]
    if parts is None or None in lows or len(re.findall(r"(?<![a-z])[xyz](?![a-z])", m[1])) != 3:
        return []
    return [("counting.distributions", {"total": int(equation[2]), "parts": parts,
                                        "lower": [low] * parts, "upper": [None] * parts})
            for low in lows]


_LABEL = r"(?:(?:\d|[a-h])\. |\([a-h]\) )?"  # a question's label, as the PDF keeps it
def _singletons_and_doubletons(m: re.Match) -> Asked:
    """The subsets of one element and of two of the set the item lets (each size said twice, as
    a number and as "singleton"/"doubleton": both must agree)."""
    elements = _elements(m[2])
    if elements is None or m[1] != m[3] or (number(m[4]), number(m[5])) != (1, 2):
        return []
    return [("counting.selections", {"n": len(elements), "k": k, "ordered": False,
                                     "repetition": False}) for k in (1, 2)]


def _selections(n: int, k: int, *kinds: tuple[bool, bool]) -> Asked:
    """Picks of k from n, one question per (ordered, repetition)."""
    return [("counting.selections", {"n": n, "k": k, "ordered": ordered, "repetition": repetition})
            for ordered, repetition in kinds]


def _functions(m: re.Match) -> Asked:
    """All functions from one listed set to another, the injective ones, the increasing ones."""
    n, size = set_size(m[1]), set_size(m[2])
    if n is None or size is None or not all(re.fullmatch(r"\d+(?:,\d+)*", s) for s in m.groups()):
        return []
    return [("combinatorics.count_functions_subsets", {"kind": kind, "n": n, "m": size})
            for kind in ("functions", "injective")] + _selections(size, n, (False, False))


def _each_bound(m: re.Match) -> Asked:
    """x_1 + ... + x_5 = 13 under each question's bound for every x_i (">" k is at least k + 1)."""
    equation = _EQUATION.match(m[1])
    parts = _unknowns(equation[1]) if equation else None
    if parts is None:
        return []
    lows = [int(low) + (relation == ">") for relation, low in zip(m.groups()[1::2], m.groups()[2::2],
                                                                  strict=True)]
    return [("counting.distributions", {"total": int(equation[2]), "parts": parts,
                                        "lower": [low] * parts, "upper": [None] * parts})
            for low in lows]


def _with_and_without(m: re.Match) -> Asked:
    """The k-subsets of a listed set, those holding a given element, those without it."""
    elements = _elements(m[1])
    k, held = number(m[2]), number(m[3])
    if elements is None or held not in elements or number(m[4]) != k or number(m[5]) != held:
        return []
    return [("counting.selections", {"n": len(elements), "k": k, "ordered": False,
                                     "repetition": False}),
            ("counting.subsets", {"elements": elements, "condition": "contains", "given": [held],
                                  "size": k}),
            ("counting.selections", {"n": len(elements) - 1, "k": k, "ordered": False,
                                     "repetition": False})]


_FOR_EACH = r"where \$x_\{?i\}?\s*(\\geq?|>)\s*(-?\d+)\$ for each \$x_\{?i\}?\$\?"
def _path_steps(m: re.Match) -> Asked:
    """How long each lattice path between the two points is, its steps right, and how many."""
    ends = {"start": [int(m[1]), int(m[2])], "end": [int(m[3]), int(m[4])]}
    return [("counting.lattice_paths", {**ends, "want": want})
            for want in ("length", "x_steps", "paths")]


def _weight_bits(m: re.Match) -> Asked:
    """The 1s and 0s of each string of B_k^n (said as n-bit strings of weight k), how
    many strings it has, and how many n-bit strings of another weight."""
    weight, length = int(m[1]), int(m[2])
    if (int(m[3]), int(m[4]), int(m[5])) != (length, weight, length) or int(m[6]) > length:
        return []
    of = {"length": length, "weight": ["=", weight]}
    return [("counting.bit_strings", {**of, "want": "ones"}),
            ("counting.bit_strings", {**of, "want": "zeros"}), ("counting.bit_strings", of),
            ("counting.bit_strings", {"length": length, "weight": ["=", int(m[6])]})]


def _avoiding(m: re.Match) -> Asked:
    """Words of all the first n letters without repeats, without a sub-word as consecutive
    letters, then without its letters in order anywhere (the same sub-word both times)."""
    if not m[1] == m[2] == m[3] or m[4] != m[5]:
        return []
    word = "abcdefghijklmnopqrstuvwxyz"[:number(m[1])]
    if not set(m[4]) <= set(word):
        return []
    return [("counting.anagrams", {"word": word, "avoid": m[4], "consecutive": consecutive})
            for consecutive in (True, False)]


_SEVERAL: list[tuple[str, Callable[[re.Match], Asked]]] = [
    ((rf"^we are making {N}-letter words from the set of letters \$a,b,c,d,e,f\\dots\$, in such a way "
      rf"that we have exactly the first {N} letters available so that we use all letters\. {_LABEL}"
      rf'how many {N}-letter words can we make from the letters without repeats that do not contain '
      rf'the sub-word "([a-z]+)" in consecutive letters\? {_LABEL}how many words don\'t contain the '
      r'subword "([a-z]+)" in not-necessarily ?consecutive letters \(but in order\)\?$'), _avoiding),
    ((rf"^consider the lattice paths from {P} to {P}\. how long is each such path\? how many steps "
      r"are in the x-direction\? how many different paths are there\?$"), _path_steps),
    ((r"^consider the set \$\\mathbf\{b\}_\{(\d+)\}\^\{(\d+)\}\$ of (\d+)-bit strings of weight "
      r"(\d+)\. how many 1s are there in each bit-string\? how many 0s are there in each "
      r"bit-string\? how many bit strings are there in the set\? how many (\d+)-bit strings of "
      r"weight (\d+) are there\?$"), _weight_bits),
    ((rf"^how many subsets of {SET} have {N} elements\? of those, how many contain the number {N}\? "
      rf"of the total number of {N}-element subsets, how many do not contain the number {N}\?$"),
     _with_and_without),
    ((r"^how many integer solutions are there to the equation \$([^$]*)\$\.? \(an integer solution to "
      r"an equation is a solution in which the unknown must have an integer value\.\) "
      + " ".join([_LABEL + _FOR_EACH] * 3) + "$"), _each_bound),
    ((rf"^when playing yahtzee, you roll {N} regular {N}-sided dice\. how many different outcomes are "
      r"possible from a single roll\? the order of the dice does not matter\. when playing "
      rf"super-yahtzee, you roll {N} regular {N}-sided dice\. now how any different outcomes are "
      r"possible from a single roll\?$"),  # each roll a multiset of faces
     lambda m: [("counting.selections", {"n": number(m[sides]), "k": number(m[dice]),
                                         "ordered": False, "repetition": True})
                for dice, sides in ((1, 2), (3, 4))]),
    ((rf"^you decide to have a dinner party\. even though you are incredibly popular and have {N} "
      rf"different friends, you only have enough chairs to invite {N} of them\. {_LABEL}how many "
      rf"choices do you have for which {N} friends to invite\? {_LABEL}what if you need to decide "
      r"not only which friends to invite but also where to seat them along your long table\? how "
      r"many choices do you have then\?$"),
     lambda m: _selections(number(m[1]), number(m[2]), (False, False), (True, False))
     if m[2] == m[3] else []),
    ((rf"^using the digits {N} through {N}, find the number of different {N}-digit numbers such "
      rf"that: {_LABEL}digits can be used more than once\. {_LABEL}digits cannot be repeated, but "
      rf"can come in any order\. {_LABEL}digits cannot be repeated and must be written in "
      r"increasing order\.$"),
     lambda m: _selections(number(m[2]) - number(m[1]) + 1, number(m[3]), (True, True),
                           (True, False), (False, False))),
    ((r"^consider functions \$f:\\\{([^{}]*)\\\}\\to\\\{([^{}]*)\\\}\$\. "
      rf"{_LABEL}how many functions are there total\? {_LABEL}how many functions are injective\? "
      rf"{_LABEL}how many of the injective functions are increasing\? to be increasing means that "
      r"if \$a<b\$ then \$f\(a\)<f\(b\)\$, or in other words, the outputs get larger as the "
      r"inputs get larger\.$"), _functions),
    ((rf"^a restaurant offers {N} appetizers and {N} entrées\. how many choices do you have if: "
      rf"{_LABEL}you will eat one dish, either an appetizer or an entrée\? {_LABEL}you are extra "
      r"hungry and want to eat both an appetizer and an entrée\?$"),
     lambda m: [("counting.selections", {"n": number(m[1]) + number(m[2]), "k": 1,
                                         "ordered": False, "repetition": False}),
                ("counting.product", {"sizes": [number(m[1]), number(m[2])],
                                      "names": ["appetizer", "entrée"]})]),
    ((rf"^how many {N}-letter words \(sequences of {N} letters\) are there when, {_LABEL}repeats "
      rf"are allowed\? {_LABEL}repeats are not allowed\?$"),
     lambda m: _words_and_words_without_repeats(m, 26) if number(m[1]) == number(m[2]) else []),
    ((rf"^how many {N}-letter words can you make using the {N} letters ([a-z]) through ([a-z])\? how "
      r"many contain no repeated letters\?$"),
     lambda m: _words_and_words_without_repeats(m, number(m[2]))
     if ord(m[4]) - ord(m[3]) + 1 == number(m[2]) else []),
    ((r"^consider sets a and b with \$\|a\|=(\d+)\$ and \$\|b\|=(\d+)\$\. " + _LABEL
      + r"how many functions \$f:a\\to b\$ are there\? " + _LABEL
      + r"how many functions \$f:a\\to b\$ are injective\?$"),
     lambda m: [("combinatorics.count_functions_subsets", {"kind": kind, "n": int(m[1]),
                                                           "m": int(m[2])})
                for kind in ("functions", "injective")]),
    ((r"^how many integer solutions are there to the equation \$([^$]*)\$ for which "
      + "".join(rf"{_LABEL}x, y, and z are all ([a-z -]+|greater than or equal to \$-?\d+\$)"
                rf"[?.] ?" for _ in range(3)) + "$"), _solutions),
    ((rf"^let ([a-z]) = {SET}\. how many subsets of ([a-z]) contain exactly {N} elements? \(ie how "
      rf"many singleton subsets are there\)\? how many doubleton subsets \(containing exactly {N} "
      r"elements\) are there\?$"), _singletons_and_doubletons),
]


def read_several(text: str) -> Task | None:
    r"""An item that asks two counts or more: one of the book's phrasings, read whole, or
    questions that each name all they count ("1. How many functions $f:\{1,...,5\} \to
    \{a,b,c,d\}$ are surjective? 2. How many ... $\{a,b,c,d,e\}$ ...?")."""
    from formalize.discrete import read_count  # discrete imports this module's neighbours

    asked: Asked = []
    for pattern, meaning in _SEVERAL:
        found = re.search(pattern, text)
        if found:
            asked = meaning(found)
            break
    else:
        questions = re.split(rf"(?<=\?) {_LABEL}", re.sub(rf"^{_LABEL}", "", text))
        read = [read_count(formulas_in(q), prose_of(q)) for q in questions]
        if all(read) and len(read) > 1 and questions[-1].endswith("?"):
            asked = [r for r in read if r is not None]
    if len(asked) < 2:
        return None
    return "counting.several", {"questions": [[name, params] for name, params in asked]}


# ---------------------------------------------------------------- the book's notation

_CHOOSE = re.compile(r"\{\s*([^{}]+?)\s*\\choose\s*([^{}]+?)\s*\}")


def notation(text: str) -> str:
    """A book's ``{n \\choose k}`` as the ``\\binom{n}{k}`` SymPy's parser reads. (Not P(n,k):
    in other books that is a point.)"""
    return _CHOOSE.sub(r"\\binom{\1}{\2}", text)


# ---------------------------------------------------------------- the reader

def joined(own: str, around: str) -> str | None:
    """A part read as the one question it is: its exercise's setup, then the part itself ("how
    many 13-bit strings ... are there which:" + "start with the sub-string 011?"), the labels of
    the cut-out siblings dropped. None when the part does not sit in the exercise's text after
    its label, or anything but bare labels follows it (a closing question would be lost)."""
    at = around.find(own)
    if at <= 0 or not re.fullmatch(SIBLING_LABELS, around[at + len(own):]):
        return None
    labels = re.search(SIBLING_LABELS + "$", around[:at])
    setup = around[:labels.start()].strip()
    return f"{setup} {own}" if setup and labels[0].strip() else None


# A combinatorial proof's request to count one thing twice: the count is the item's answer,
# the identity the two ways establish its proof.
_TWO_WAYS = " answer this question in at least two different ways to establish a binomial identity."


def read(text: str, context: str | None) -> Task | None:
    """The counting reader: the item's text (its worked solution already cut off) and the text
    of the exercise it is a part of, or None."""
    own = plain(text).removesuffix(_TWO_WAYS)
    around = plain(context or "")
    if re.search(r"\bsay what outcome the diagram\b", around):
        return None  # its parts name counting problems, but ask what a diagram means in each
    whole = (read_selection(own) or read_several(own) or read_birthday_room(own)  # read whole
             or read_union(own) or read_strings(own))
    if whole is not None:
        return whole
    if context and (found := read_in_context(own, around)):
        return found
    found = _read_question(own, text, around)
    if found is None and context and (part := joined(own, around)):
        # A part ("b. end at (12,12) and avoid (8,9)?") read with its exercise's setup as one
        # question; it names all it counts then, so nothing else of the exercise is context.
        found = read_selection(part) or read_strings(part) or _read_question(part, part, "")
    return found


def _read_question(own: str, text: str, around: str) -> Task | None:
    """One question and its setup sentences, by the template readers in turn."""
    parts = split(own)
    if parts is None:
        return None
    question, setup = parts
    for reader in (read_paths, read_bits, read_anagrams, read_fixed_points, read_sharing,
                   read_named_sharing, read_birthdays, read_functions, read_probability,
                   read_subsets, read_multiples):
        found = reader(question, setup, around)
        if found is not None:
            return found
    return read_equation(question, setup, text, around)


# ---------------------------------------------------------------- variants


def _near(rng: random.Random, value: int, least: int = 1) -> int:
    """A new value within 3 of ``value`` (never below ``least``)."""
    return max(least, value + rng.choice([-3, -2, -1, 1, 2, 3]))


def _vary_paths(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The end moved a little; each point in between nudged, kept inside the box (and a chain of
    points kept in order)."""
    start = params["start"]
    end = [max(start[i] + 2, _near(rng, params["end"][i])) for i in range(2)]

    def inside(point: list[int]) -> list[int]:
        return [min(max(point[i] + rng.choice([-1, 0, 1]), start[i] + 1), end[i] - 1)
                for i in range(2)]

    varied = {**params, "end": end}
    if "or_end" in params:  # the other end moved a little too
        varied["or_end"] = [max(start[i] + 1, _near(rng, params["or_end"][i])) for i in range(2)]
    for key in ("through", "avoid", "either"):
        if key in params:
            varied[key] = [inside(p) for p in params[key]]
    if "through" in varied:
        varied["through"] = sorted(varied["through"])
    if len({tuple(p) for p in varied.get("either", [])}) == 1 or any(
            p in varied.get("through", []) for p in varied.get("avoid", []) + varied.get("either", [])):
        raise ValueError("the nudged points coincide")  # the build draws again
    return varied


def _vary_bits(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby length and weight; the same prefixes and suffixes."""
    fixed = sum(len(params.get(k, [""])[0]) for k in ("starts", "ends"))
    length = max(fixed + 1, _near(rng, params["length"], 2))
    varied = {**params, "length": length}
    if params.get("weight"):
        varied["weight"] = [params["weight"][0], min(length, _near(rng, params["weight"][1], 0))]
    return varied


def _vary_selection(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Nearby n and k (k never above n without repeats; all n in order stays all n)."""
    n = _near(rng, params["n"], 2)
    k = params.get("k")
    if k == params["n"] and not params["repetition"]:  # all of them, in order: n!
        k = n
    elif k is not None:
        k = _near(rng, k, 2 if params.get("reversible") else 1)
        k = k if params["repetition"] else min(k, n)
    return {**params, "n": n, "k": k}


def _vary_anagrams(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same letters in another order, one letter swapped for another of the word's; a word
    of the first n letters avoiding a sub-word: one or two letters more or fewer (the sub-word's
    kept)."""
    if "avoid" in params:
        size = max(len(set(params["avoid"])) + 1, min(8, len(params["word"]) + rng.choice(
            [-2, -1, 1, 2])), ord(max(params["avoid"])) - ord("a") + 1)
        return {**params, "word": "abcdefghijklmnopqrstuvwxyz"[:size]}
    letters = list(params["word"])
    letters[rng.randrange(len(letters))] = rng.choice(letters)
    rng.shuffle(letters)
    varied = {**params, "word": "".join(letters)}
    if params.get("first") and params["first"] not in letters:
        varied["first"] = letters[0]
    return varied


def _vary_distributions(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby total, and (when every recipient has the same bounds) a nearby number of
    recipients; some share always possible."""
    lower, upper = params["lower"], params["upper"]
    parts = params["parts"]
    if len(set(lower)) == 1 and len(set(upper)) == 1:
        parts = _near(rng, parts, 2)
        lower, upper = [lower[0]] * parts, [upper[0]] * parts
    least = sum(lower)
    most = None if None in upper else sum(upper)
    total = max(least, _near(rng, params["total"], least))
    return {**params, "parts": parts, "lower": lower, "upper": upper,
            "total": total if most is None else min(total, most)}


def _vary_fixed_points(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby number of things, and of fixed ones (none stays none: a derangement)."""
    fixed = params["fixed"] and _near(rng, params["fixed"], 1)
    n = rng.choice([m for m in range(max(fixed + 2, 3), params["n"] + 6) if m != params["n"]])
    return {**params, "n": n, "fixed": fixed}


def _vary_product(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Nearby numbers of options for each choice (in each case)."""
    if "cases" in params:
        return {**params, "cases": [[_near(rng, s, 2) for s in case] for case in params["cases"]]}
    return {**params, "sizes": [_near(rng, s, 2) for s in params["sizes"]]}


def _vary_probability(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Coins: another number of flips (and heads); one die: other sides and faces, as many; dice:
    another target sum, or dice of another size; cards: another hand size for all red."""
    (kind, size), (name, value) = params["experiment"], params["event"]
    if kind == "coins":
        flips = _near(rng, size, 2)
        value = min(flips, value) if name != "heads" else rng.randint(0, flips)
        return {**params, "experiment": [kind, flips], "event": [name, value]}
    if kind == "dice" and name == "faces":
        sides = _near(rng, size[0], len(value) + 1)
        faces = sorted(rng.sample(range(1, sides + 1), len(value)))
        return {**params, "experiment": [kind, [sides]], "event": [name, faces]}
    if kind == "dice" and name == "sum":
        return {**params, "event": [name, rng.randint(len(size), sum(size))]}
    if kind == "dice" and len(set(size)) == 1:  # all the same, all different
        return {**params, "experiment": [kind, [_near(rng, size[0], len(size))] * len(size)]}
    if kind == "cards" and name == "all_red":
        return {**params, "experiment": [kind, rng.choice([h for h in (2, 3, 4, 5) if h != size])]}
    raise ValueError("this event has no variant of the same shape")


def _vary_subsets(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A set of consecutive integers of a nearby size (the size bounds and the given elements kept
    inside it)."""
    size = _near(rng, len(params["elements"]), 2)
    start = params["elements"][0]
    varied = {**params, "elements": list(range(start, start + size))}
    if "k" in params:
        varied["k"] = min(size, _near(rng, params["k"], 1))
    if "given" in params:  # the given elements that are still in the set
        varied["given"] = [g for g in params["given"] if g < start + size] or [start]
    if "size" in params:
        varied["size"] = max(len(varied.get("given", [])), min(size, _near(rng, params["size"], 1)))
    return varied


def _vary_multiples(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby range and three new divisors."""
    last = max(10, params["last"] + rng.randint(-params["last"] // 3, params["last"] // 3))
    return {**params, "last": last, "divisors": sorted(rng.sample(range(2, 12), 3))}


def _vary_strings(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A nearby length (the fixed first and last symbols kept apart); the same alphabet and ends."""
    fixed = sum(len(params.get(k, [""])[0]) for k in ("starts", "ends"))
    return {**params, "length": max(fixed + 1, _near(rng, params["length"], 2))}


def _vary_union(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Each region of the Venn diagram a little larger or smaller (never below none), and the
    sizes of the sets and intersections counted from the regions again; a survey's total kept
    above the union."""
    sizes = params["sizes"]
    regions = {key: max(0, count + rng.choice([-2, -1, 1, 2]))
               for key, count in venn_regions(sizes).items()}
    varied = {**params, "sizes": {key: sum(count for other, count in regions.items()
                                           if set(key) <= set(other)) for key in sizes}}
    if "total" in params:  # as many outside the sets as before, give or take a few
        outside = params["total"] - int(union_formula(sizes))
        varied["total"] = int(union_formula(varied["sizes"])) + max(0, outside + rng.randint(-3, 3))
    return varied


# Families whose parameters formalize.variants cannot re-draw by their constants alone.
REDRAW = {
    "counting.lattice_paths": _vary_paths,
    "counting.bit_strings": _vary_bits,
    "counting.strings": _vary_strings,
    "counting.union": _vary_union,
    "counting.selections": _vary_selection,
    "counting.anagrams": _vary_anagrams,
    "counting.distributions": _vary_distributions,
    "counting.fixed_points": _vary_fixed_points,
    "counting.product": _vary_product,
    "probability.equally_likely": _vary_probability,
    "counting.subsets": _vary_subsets,
    "counting.multiples": _vary_multiples,
    "sequences.hanoi_moves": vary_hanoi,
    "probability.birthdays": vary_birthdays,
}
