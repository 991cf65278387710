"""Topic tags: what an item is about, from its words and the structure of its formulas.

Each topic has word cues (regular expressions over the prose, math removed) and
formula cues (over the LaTeX). Hits are weighted and squashed to a score in
(0, 1]; topics under :data:`MIN_SCORE` are dropped. Every topic maps to one of
the exercise families' topics (the module names under ``exercises/families/``),
which is how the build stage matches concepts to families.

It also decides whether an exercise or example is *computational*, the items the build
tries to read into tasks (:func:`is_computational` gives the rule in full). In short: an
item that asks only to prove, explain, give an example, translate a sentence into symbols,
negate it, or state its converse or contrapositive is not computational; nor is one whose
label carries a letter its book declares theoretical (FCLA's preface: "T" exercises);
otherwise its first request decides (a value: computational; a proof or a drawing: not),
then its group's instruction ("For Exercises 1-9, solve ..."), then whether it is a bare
formula. Anything with one answer to check (a count, a value, a truth table, a yes/no about
a concrete object) stays computational.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.document import MATH_SPAN, formulas_in, prose_of

MIN_SCORE = 0.3
FORMULA_WEIGHT = 1.5  # a formula's structure is stronger evidence than a word


@dataclass(frozen=True)
class Topic:
    name: str
    family: str | None  # the exercises/families module it belongs to; None when no family fits
    words: re.Pattern[str]
    formulas: re.Pattern[str] | None = None


def _topic(name: str, family: str | None, words: str, formulas: str | None = None) -> Topic:
    return Topic(
        name, family, re.compile(words, re.IGNORECASE), re.compile(formulas) if formulas else None
    )


TOPICS = [
    _topic(
        "derivative",
        "calculus",
        r"\bderivatives?\b|\bdifferentiat\w*|\btangent line|\bslope of the tangent",
        r"\\frac\{d[a-z]?\}\{d[a-z]\}|\\frac\{\\partial|[a-zA-Z]'\(|\\prime|\\dot\{",
    ),
    _topic(
        "integral",
        "calculus",
        r"\bintegra(l|ls|te|tion|ting)\b|\bantiderivative|\barea under",
        r"\\int|\\oint",
    ),
    _topic(
        "limit",
        "calculus",
        r"\blimits?\b(?! of integration)|\bcontinu(ous|ity)\b|\basymptot",
        r"\\lim",
    ),
    _topic(
        "series",
        "sequences",
        r"\bseries\b|\bpower series|\btaylor\b|\bconverge|\bdiverge",
        r"\\sum",
    ),
    _topic(
        "sequence",
        "sequences",
        r"\bsequences?\b|\brecurrence|\brecursive|\barithmetic progression"
        r"|\bgeometric progression|\bfibonacci",
        r"[a-z]_\{?n[+-]1\}?",
    ),
    _topic(
        "linear system",
        "linear_algebra",
        r"\b(system|systems) of (linear )?equations|\blinear system"
        r"|\brow[- ]reduc|\bechelon|\bgaussian elimination|\baugmented matrix|\bsolution set",
    ),
    _topic(
        "matrix",
        "linear_algebra",
        r"\bmatri(x|ces)\b|\btranspose|\binverse of|\bnonsingular|\bsingular",
        r"\\begin\{[bpv]?matrix\}|\\left\[|\^\{?t\}?\b|\^\{-1\}",
    ),
    _topic("determinant", "linear_algebra", r"\bdeterminants?\b", r"\\det|\\begin\{vmatrix\}"),
    _topic(
        "eigenvalue",
        "linear_algebra",
        r"\beigen(value|vector|space)s?\b|\bdiagonaliz|\bcharacteristic polynomial",
        r"\\lambda",
    ),
    _topic(
        "vector space",
        "linear_algebra",
        r"\bvector spaces?\b|\bsubspaces?\b|\blinear(ly)? (in)?dependen|\bspan\b"
        r"|\bbasis\b|\bdimension\b|\blinear transformation|\bkernel\b|\bnull space|\bcolumn space",
        r"\\mathbb\{[RC]\}\^|\\vect|\\langle",
    ),
    _topic(
        "polynomial",
        "algebra",
        r"\bpolynomials?\b|\broots? of\b|\bfactor(ing|ise|ize)?\b|\bdegree\b",
        r"[a-z]\^\{?[3-9]\}?",
    ),
    _topic(
        "quadratic",
        "algebra",
        r"\bquadratic|\bparabola|\bcompleting the square|\bdiscriminant",
        r"[a-z]\^\{?2\}?\s*[+-]",
    ),
    _topic("equation", "algebra", r"\bsolve (the|each|for)\b|\bequations?\b|\binequalit"),
    _topic(
        "function",
        "functions",
        r"\bfunctions?\b|\bdomain\b|\brange\b|\binverse function|\bcomposition"
        r"|\bone-to-one|\bonto\b|\bbijecti|\binjecti|\bsurjecti",
        r"f\s*\(|g\s*\(|\\circ",
    ),
    _topic(
        "exponential and logarithm",
        "functions",
        r"\bexponential|\blogarithm|\bln\b|\blog\b",
        r"\\ln|\\log|e\^\{",
    ),
    _topic(
        "trigonometric identity",
        "trigonometry",
        r"\bidentit(y|ies)\b.*\b(sin|cos|tan)|\btrigonometric identit",
        r"\\(sin|cos|tan)\^\{?2",
    ),
    _topic(
        "trigonometry",
        "trigonometry",
        r"\btrigonometr|\bsine\b|\bcosine\b|\btangent\b|\bangles?\b|\bradians?"
        r"|\btriangles?\b|\bhypotenuse|\bunit circle|\bpolar\b",
        r"\\(sin|cos|tan|sec|csc|cot|arcsin|arccos|arctan)\b|\^\\circ|\\theta",
    ),
    _topic(
        "ODE",
        "differential_equations",
        r"\bdifferential equations?\b|\binitial value problem|\bode\b|\bslope field"
        r"|\bintegrating factor|\bseparable|\bhomogeneous (linear )?equation|\bharmonic oscillat",
        r"y''|y'|\\frac\{d\^?2?y\}\{d[tx]|\\dot\{x\}|x''|x'",
    ),
    _topic(
        "counting",
        "combinatorics",
        r"\bhow many\b|\bcount(ing)?\b|\bpermutations?|\bcombinations?\b|\bchoose\b"
        r"|\bbinomial coefficient|\bpigeonhole|\binclusion[- ]exclusion|\barrangements?\b|\bsubsets?\b",
        r"\\binom|\\choose|![^=]|P\(\s*\d+\s*,",
    ),
    _topic(
        "graph theory",
        "combinatorics",
        r"\bgraphs?\b.*\b(vert(ex|ices)|edges?)\b|\bvert(ex|ices)\b|\bedges\b"
        r"|\btrees?\b|\beuler(ian)? (path|circuit)|\bhamilton|\bchromatic|\bplanar",
    ),
    _topic(
        "probability",
        "probability",
        r"\bprobabilit|\brandom(ly)?\b|\bexpected value|\bdice\b|\bdie\b|\bcoins?\b"
        r"|\bindependent events|\bconditional probability",
        r"\\Pr|P\(\s*[A-Z]\s*[|)]|\\mathbb\{E\}",
    ),
    _topic(
        "statistics",
        "statistics",
        r"\bmean\b|\bmedian\b|\bvariance|\bstandard deviation|\bdata set|\bsample\b",
        r"\\bar\{x\}|\\sigma",
    ),
    _topic(
        "gcd/divisibility",
        "number_theory",
        r"\bgcd\b|\bgreatest common divisor|\bdivisib|\bdivides\b|\bprimes?\b"
        r"|\blcm\b|\bleast common multiple|\beuclidean algorithm|\bfactorization",
        r"\\gcd|\\mid|\\nmid|\\operatorname\{lcm\}",
    ),
    _topic(
        "modular arithmetic",
        "number_theory",
        r"\bmodul(o|ar|us)\b|\bcongruen|\bremainder\b",
        r"\\pmod|\\bmod|\\equiv|\\mod",
    ),
    _topic(
        "proof by induction",
        "number_theory",
        r"\binduction\b|\binductive (step|hypothesis)|\bbase case",
    ),
    _topic(
        "logic and sets",
        None,
        r"\bstatements?\b|\bimplication|\bconverse|\bcontrapositive|\btruth"
        r"|\bquantifier|\bsets?\b|\bunion\b|\bintersection|\bpower set",
        r"\\cup|\\cap|\\subseteq|\\forall|\\exists|\\neg|\\wedge|\\vee|\\in\b",
    ),
    _topic(
        "arithmetic",
        "arithmetic",
        r"\bfractions?\b|\bdecimals?\b|\bpercent|\barithmetic\b|\bsimplify\b",
        r"^\s*\d+\s*[-+*/]\s*\d+",
    ),
    _topic(
        "units",
        "units",
        r"\bunits?\b|\bmeters?\b|\bmiles?\b|\bfeet\b|\bseconds?\b|\bkilo|\bconvert\b",
        r"\\text\{\s*(m|km|s|kg|ft)\s*\}",
    ),
]
FAMILY_OF = {t.name: t.family for t in TOPICS}


def tag(text: str, formulas: list[str]) -> list[dict[str, object]]:
    """Topics of an item with scores, best first: ``[{"topic", "family", "score"}]``."""
    prose = prose_of(text)
    latex = "\n".join(formulas or formulas_in(text))
    scored = []
    for topic in TOPICS:
        hits = len(topic.words.findall(prose))
        if topic.formulas is not None and latex:
            hits += FORMULA_WEIGHT * min(len(topic.formulas.findall(latex)), 4)
        if hits:
            score = round(1 - math.exp(-0.7 * hits), 3)
            if score >= MIN_SCORE:
                scored.append({"topic": topic.name, "family": topic.family, "score": score})
    return sorted(scored, key=lambda t: -float(t["score"]))  # type: ignore[arg-type]


_ASKS = re.compile(
    r"\b(find|compute|calculate|evaluate|solve|determine|simplify|express|write down|give"
    r"|list(?!\s+(?:of|is|was|are)\b|\s*[.,;:?!])"  # not the noun: "his list of", "the list."
    r"|differentiate|integrate"
    r"|how many|how much|what is(?! wrong)|what are|which|convert|expand|factor|approximate"
    r"|estimate|count|construct|row[- ]reduce|differentiate|integrate|factori[sz]e|multiply out"
    r"|invert|diagonali[sz]e|rewrite|reduce|classify|identify|decide|put|state|name|(?<!^to )check whether)\b",
    re.IGNORECASE,
)
_PROVES = re.compile(
    r"\b(prove|show that|explain why|justify|verify that|demonstrate|disprove|suppose .{0,40} show"
    r"|deduce|conclude that|is it true|why|explain|what is wrong)\b",
    re.IGNORECASE,
)
# A figure to draw is not a value to check: "Draw a graph with ...", "Graph the function ...".
# "graph" only as an imperative, since as a noun it is the subject of a whole graph theory book.
_DRAWS = re.compile(r"\b(?:draw|sketch|plot)\b|(?:^|[.?!:]\s+)graph\b", re.IGNORECASE)


# "For Exercises 11-18, find ...", "In Problems C30–C33 determine ...", "For Exercises 7 and 8,
# ...", "Determine if the sets in Exercises C20–C25 are ...", "Exercises 11-14: ...": one
# instruction, many items. A number may be set as math in a PDF ("For Exercises $7-14$"); a
# dotted number ("In Exercises 2.3.8 we proved") is a reference, not a range of this section's.
_NUMBER = r"\$?(?:[A-Z]?\d+)(?![.\d])\$?"
_GROUP = re.compile(
    rf"(?:\b(?P<lead>for|in) )?\b(?:exercises|problems|questions) (?P<numbers>{_NUMBER}"
    rf"(?:\s*(?:[-–—]|to|and|,|, and)\s*{_NUMBER})*)(?P<colon>:)?",
    re.IGNORECASE,
)
_RANGE = re.compile(r"([A-Z]?)(\d+)(?:\s*(?:[-–—]|to)\s*\1(\d+))?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!](?=\s|$)")
_GROUP_HEADING = re.compile(r"\bExercises? (?:Group|Set)\.?\s*$")
MAX_GROUP = 100  # a wider "range" is a misread reference, not one instruction's exercises


@dataclass(frozen=True)
class Instruction:
    """A group instruction and whether what it asks is computational."""

    prefix: str  # the letter of lettered numbers ("C" in C30-C33), else ""
    numbers: frozenset[int]
    computational: bool
    text: str = ""  # what it asks ("find the amplitude ..."): the words its exercises lack
    at: int = 0  # where it begins in the paragraph (its "Exercise Group." heading included)

    def covers(self, number: str | None) -> bool:
        match = re.fullmatch(r"(?:.*\.)?([A-Z]?)(\d+)[a-z]?", number or "")
        return bool(match) and match.group(1) == self.prefix and (
            int(match.group(2)) in self.numbers
        )


def group_instructions(text: str) -> list[Instruction]:
    """The group instructions a paragraph gives ("For Exercises 1-10, find ...").

    Only "For/In Exercises ...", or "Exercises ...:" opening a clause, instructs: "Exercises
    T30-T37 employ this definition" or "see Exercises 1-3" do not. Its words are the sentence
    without the numbers; when "For Exercises ..." opens a clause, only what follows, so that the end
    of the exercise printed before it on the same line ("$275^\\circ$ For Exercises 22-26,
    find ...") is not taken for part of the instruction.
    """
    lowered = text.lower()
    if not any(word in lowered for word in ("exercises", "problems", "questions")):
        return []  # most paragraphs: no need to mask their math
    masked = MATH_SPAN.sub(_mask, text)
    found = []
    for match in _GROUP.finditer(masked):
        numbers = _group_numbers(text[match.start("numbers"):match.end("numbers")])
        if numbers is None:
            continue
        starts = [m.end() for m in _SENTENCE_END.finditer(masked, 0, match.start())]
        stop = _SENTENCE_END.search(masked, match.end())
        at = starts[-1] if starts else 0
        if match.group("colon") or (match.group("lead") or "").istitle():
            at = match.start()  # "For Exercises 1-9, ...", "Exercises 11-14: ...": opens here
        elif not match.group("lead"):
            continue  # "Exercises T30-T37 employ this definition": a remark about them
        rest = text[match.end():stop.start() if stop else len(text)]
        words = " ".join(f"{text[at:match.start()]} {rest.strip(' ,:')}".split())
        heading = _GROUP_HEADING.search(text, 0, at)  # its "Exercise Group." heading, if any
        found.append(Instruction(*numbers, bool(_verdict(prose_of(words))), words,
                                 heading.start() if heading else at))
    return found


def _mask(match: re.Match[str]) -> str:
    """Math blanked out, same length, so that no "." or number in it counts as prose; a number
    range a PDF sets as math ("$7-14$") is kept."""
    inner = match.group(1) or match.group(2)
    if re.fullmatch(r"[\d\s–—-]+", inner):
        return match.group(0)
    return "$" + "x" * (len(match.group(0)) - 2) + "$"


def _group_numbers(numbers: str) -> tuple[str, frozenset[int]] | None:
    """The prefix and the numbers a group names ("C30–C33", "7 and 8", "T30, T31 and T32"),
    or None when they mix prefixes or span more than :data:`MAX_GROUP`."""
    prefixes, found = set(), set()
    for match in _RANGE.finditer(numbers.replace("$", "")):
        first = int(match.group(2))
        last = int(match.group(3)) if match.group(3) else first
        prefixes.add(match.group(1).upper())
        found.update(range(first, last + 1))
    if len(prefixes) != 1 or not 0 < len(found) <= MAX_GROUP:
        return None
    return prefixes.pop(), frozenset(found)


def _verdict(prose: str) -> bool | None:
    """True when the words ask for a value, False when they ask for a proof or only a figure,
    None when silent."""
    asks, proves = _ASKS.search(prose), _PROVES.search(prose)
    if asks and proves:
        return asks.start() < proves.start()
    return True if asks else (False if proves or _DRAWS.search(prose) else None)


# What asks for no value to check, though its verb may ask for values elsewhere ("Give an
# example", "State the converse", "Translate into symbols", "Explain"): see is_computational.
_NOT_VALUES = (
    r"(?:(?:counter)?examples?|proofs?|(?<!recursive )definitions?|explanations?|converses?|contrapositives?"
    r"|negations?|sentences?|arguments?|justifications?|reasons?)"
)
_ASKS_NO_VALUE = re.compile(
    r"\b(?:give|find|construct|provide|write(?: down)?|state|produce|create|formulate"
    r"|come up with|what (?:is|are))\b\W+(?:(?!of\b|number\b|many\b|much\b|values?\b)"
    rf"[\w’'-]+\W+){{0,4}}?{_NOT_VALUES}\b"
    r"|\btranslat\w*|\bnegate\b|\bexplain\w*|\bjustify\w*|\bprove\w*|\bdisprove\b"
    r"|\bdescrib\w* (?:in words|what|how|why|your)\b"
    # "you do not need to find a complete solution"; "the digits don't need to be increasing"
    # (Discrete 3.5.5.2(b)) says what is allowed, no request
    r"|\b(?:do not|don't) need to (?!be\b)\w+",
    re.IGNORECASE,
)


# A request about sentences in words by their logical form: which are statements, atomic or
# molecular, their logical structure, which is the converse or the contrapositive, which mean the
# same thing, the best translation into logic, which kind of proof a first line starts. Its
# answer is a judgement of English, not a value: "Decide whether each statement below is the
# converse, the contrapositive, or neither", "Write each of the following statements in the
# form, “If ..., then ...”". Both a word naming sentences and a logical-form word must occur.
_SENTENCES = re.compile(r"\b(?:statements?|sentences?|claim)\b", re.IGNORECASE)
_LOGICAL_FORM = re.compile(
    r"\b(?:count as statements?|atomic statement|molecular statement|logical structure"
    r"|the converse|the contrapositive|mean the same thing|equivalent ways of stating"
    r"|in the form,? [“\"]if|best translation|first line of (?:a|the) (?:\w+ )?proof"
    r"|start of a (?:\w+ )?proof|(?:is|was|be) either true or false)\b", re.IGNORECASE)


_OPTION_LABEL = re.compile(r"[A-H]\.")
_PART_LABEL = re.compile(r"\([a-h]\)\s")
# "for which", "(which is fine ...)": a relative pronoun, not the question "which ...?".
_RELATIVE_WHICH = re.compile(r"(?:[(,]|\b(?:for|in|of|to|by|on|at|with|from)\s)\s*which\b",
                             re.IGNORECASE)


def asks_about_sentences(sentence: str) -> bool:
    """Does this sentence ask only about the logical form of sentences in words?"""
    return bool(_SENTENCES.search(sentence) and _LOGICAL_FORM.search(sentence))


def asks_no_value(prose: str) -> bool:
    """Whether the words ask only to prove, explain, give an example, translate into symbols,
    negate, state a converse or contrapositive, or judge sentences in words by their logical
    form (:func:`asks_about_sentences`): nothing with one answer to check.

    Sentence by sentence: a sentence asks for a value when, its no-value requests taken out,
    an asking verb is left ("Give an example of a set $A$ and find $|A|$"), or when it is a
    question that makes no such request ("Is it true?", "How many are there?"). The words ask
    for no value when some sentence makes a no-value request and none asks for a value.
    """
    no_value = about_sentences = False
    option = False  # the sentence after a bare option label ("B.") is an option, not a request
    for sentence in re.split(r"(?<=[.?!])\s+", prose.strip()):
        if asks_about_sentences(sentence):
            no_value = about_sentences = True
            continue
        if about_sentences and (option or _PART_LABEL.match(sentence)):
            option = False  # "B. What is the sum ...?", "(a) If I will give you ...": judged
            continue
        option = bool(_OPTION_LABEL.fullmatch(sentence))
        sentence = _RELATIVE_WHICH.sub(" ", sentence)
        found = _ASKS_NO_VALUE.search(sentence)
        if _ASKS.search(_ASKS_NO_VALUE.sub(" ", sentence)) or ("?" in sentence and not found):
            return False
        no_value = no_value or found is not None
    return no_value


def is_computational(kind: str, text: str, instruction: bool | None = None) -> bool:
    """Whether an exercise or example asks for a value, expression, set or matrix.

    Its own words decide; failing them the instruction of its group or its parent
    ("For Exercises 1-10, find ..."); failing that, an exercise that is a bare formula
    ("$\\sin 87^\\circ$") asks for a computation, since a proof needs words.

    The rule, in order: (1) words that ask only to prove, explain, give an example, translate
    a sentence into symbols, negate it, or state its converse or contrapositive ask for no
    value (:func:`asks_no_value`): not computational, whatever the group asks; (2) otherwise
    the first request decides: a value ("find", "how many", "which", ...) is computational, a
    proof or a picture ("prove", "show that", "explain why", "draw", "sketch") is not; (3) no
    request of its own: its group's or its parent's instruction; (4) none either: a bare formula
    is computational. A value to check (a count, an expression, a truth table, a yes/no about
    a concrete object) keeps an item computational even when it also asks for a proof later
    ("How many edges? Prove your answer."). A book's own convention, such as FCLA's "T"
    exercises being theoretical, is applied by the extract pipeline
    (:func:`theoretical_prefixes`).
    """
    if kind not in ("exercise", "example", "solution"):
        return False
    prose = prose_of(text)[:600]
    if asks_no_value(prose):
        return False
    verdict = _verdict(prose)
    if verdict is None:
        verdict = instruction
    if verdict is None:
        return kind == "exercise" and len(re.findall(r"[A-Za-z]{3,}", prose)) <= 2
    return verdict


# A book that says what its exercise labels mean: "“T” represents a problem that is more
# theoretical, usually requiring a solution that is as rigorous as a proof" (FCLA's preface).
_THEORETICAL_LABEL = re.compile(
    r"[“\"‘']([A-Z])[”\"’'] (?:indicates|represents|stands for|marks|denotes|means) (?:an? )?"
    r"(?:problems?|exercises?|questions?) (?:that (?:is|are) )?(?:\w+ ){0,2}theoretical",
    re.IGNORECASE,
)


def theoretical_prefixes(texts: Iterable[str]) -> set[str]:
    """The label letters a book declares theoretical ("T" for FCLA's "T10")."""
    return {m.group(1) for text in texts for m in _THEORETICAL_LABEL.finditer(text)}
