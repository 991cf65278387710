"""Topic tags: what an item is about, from its words and the structure of its formulas.

Each topic has word cues (regular expressions over the prose, math removed) and
formula cues (over the LaTeX). Hits are weighted and squashed to a score in
(0, 1]; topics under :data:`MIN_SCORE` are dropped. Every topic maps to one of
the exercise families' topics (the module names under ``exercises/families/``),
which is how the build stage matches concepts to families.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ingest.document import formulas_in, prose_of

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
    r"\b(find|compute|calculate|evaluate|solve|determine|simplify|express|write down|give|list"
    r"|differentiate|integrate"
    r"|how many|how much|what is(?! wrong)|what are|which|convert|expand|factor|approximate"
    r"|estimate|count|construct|row[- ]reduce|differentiate|integrate|factori[sz]e|multiply out"
    r"|invert|diagonali[sz]e|rewrite|reduce|classify|identify|decide|put|state|name|check whether)\b",
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


# "For Exercises 11-18, find ...", "In Problems C30–C33 determine ...": one instruction, many items.
_GROUP = re.compile(
    r"\b(?:for|in) (?:exercises|problems|questions) (?P<lo>[A-Z]?\d+)\s*(?:[-–—]|to)\s*"
    r"(?P<hi>[A-Z]?\d+)\b(?P<rest>[^.?!]*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Instruction:
    """A group instruction and whether what it asks is computational."""

    prefix: str  # the letter of lettered numbers ("C" in C30-C33), else ""
    first: int
    last: int
    computational: bool
    text: str = ""  # what it asks ("find the amplitude ..."): the words its exercises lack

    def covers(self, number: str | None) -> bool:
        match = re.fullmatch(r"(?:.*\.)?([A-Z]?)(\d+)[a-z]?", number or "")
        return bool(match) and match.group(1) == self.prefix and (
            self.first <= int(match.group(2)) <= self.last
        )


def group_instructions(text: str) -> list[Instruction]:
    """The group instructions a paragraph gives ("For Exercises 1-10, find ...")."""
    found = []
    for match in _GROUP.finditer(text):
        lo, hi = match.group("lo"), match.group("hi")
        if lo[:1].isalpha() != hi[:1].isalpha():
            continue
        prefix = lo[0] if lo[:1].isalpha() else ""
        verdict = _verdict(match.group("rest"))
        found.append(Instruction(prefix, int(lo.lstrip(prefix)), int(hi.lstrip(prefix)),
                                 bool(verdict), match.group("rest").strip(" ,:")))
    return found


def _verdict(prose: str) -> bool | None:
    """True when the words ask for a value, False when they ask for a proof or only a figure,
    None when silent."""
    asks, proves = _ASKS.search(prose), _PROVES.search(prose)
    if asks and proves:
        return asks.start() < proves.start()
    return True if asks else (False if proves or _DRAWS.search(prose) else None)


def is_computational(kind: str, text: str, instruction: bool | None = None) -> bool:
    """Whether an exercise or example asks for a value, expression, set or matrix.

    Its own words decide; failing them the instruction of its group or its parent
    ("For Exercises 1-10, find ..."); failing that, an exercise that is a bare formula
    ("$\\sin 87^\\circ$") asks for a computation, since a proof needs words.
    """
    if kind not in ("exercise", "example", "solution"):
        return False
    prose = prose_of(text)[:600]
    verdict = _verdict(prose)
    if verdict is None:
        verdict = instruction
    if verdict is None:
        return kind == "exercise" and len(re.findall(r"[A-Za-z]{3,}", prose)) <= 2
    return verdict
