"""Read a textbook item into a formal task: a posed exercise family and its parameters.

A computational exercise or worked example ("Differentiate $f(x) = x e^x$.",
"Solve $x^2 - 7x + 12 = 0$.") names what to do in its words and what to do it to
in its formulas. The intent comes from the words and the formula's own structure
(an integral sign, a limit, an equals sign); the formula is parsed into SymPy;
together they become the parameters of one of the posed families in
:mod:`exercises.families.textbook`, which then solves and verifies it.

Tasks are written as JSON Lines with a header line naming the schema, so the
build stage can cache them and a person can read why an item was not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from formalize import (
    OWN_END,
    boundary,
    classify,
    construct,
    convolution,
    counting,
    counting_setups,
    described_images,
    determinant_rules,
    dirichlet,
    discrete,
    eigen,
    equilibria,
    euler,
    exact,
    exponential,
    fourier,
    given_forcing,
    graph_words,
    graphs,
    heat_questions,
    heaviside,
    inner_products,
    integrating_factors,
    labelled_parts,
    laplace,
    linear_systems,
    linear_words,
    logic,
    magnitudes,
    matrices,
    nonlinear,
    numbers,
    ode_words,
    odes,
    orthogonal,
    parts,
    pde,
    phase_line,
    pigeonhole,
    predicate_relations,
    probability_words,
    quantifiers,
    rank_nullity,
    recurrences,
    references,
    related_statements,
    relation_classes,
    relations,
    second_order_systems,
    series,
    sets,
    sigma,
    spaces,
    steady,
    symbolic_inverse,
    taylor,
    taylor_series,
    trial_solutions,
    trig,
    trig_words,
    truth,
    vector_equations,
)
from formalize.latex import laid_out, to_sympy
from ingest.document import MATH_SPAN, RANDOM_VALUE, formulas_in, prose_of
from syllabus.errors import UserError
from syllabus.files import atomic_write

SCHEMA = "syllabus.tasks"
VERSION = 2
X = sp.Symbol("x")
# What makes a closed formula a computation: a function, a fraction, a root, a power, a product
# with \cdot. Not bare + - \times: "3 \times 3" is a size, "2-17-3-8" a matrix row the PDF lost.
_OPERATION = re.compile(
    r"\\(?:sin|cos|tan|sec|csc|cot|arc\w+|log|ln|exp|sqrt|frac|binom|sum|prod|cdot)(?![a-zA-Z])"
    r"|[\d)}]\s*\^|\d\s*!")
_ELLIPSIS = re.compile(r"\\[lcv]?dots(?![a-zA-Z])")
# f^{-1}(0), an inverse function's preimage: SymPy reads it as 0/f, which is 0.
_INVERSE_APPLIED = re.compile(r"(?<![\\a-zA-Z])[fgh]\^\{-1\}\s*\(")
_DEGREE_MARK = re.compile(r"\^\s*\{?\s*\\circ\s*\}?")
# An interval for the unknown: 0 \le x < 2\pi, 0^\circ \leq \theta < 360^\circ.
# Where a worked example's solution starts: what follows is the book's answer, not the question.
_SOLUTION = re.compile(r"(?:^|\n|(?<=[.?!$]))\s*Solution\s*:")
_RANGE = re.compile(r"^\s*(.+?)\s*(\\leq?|<)\s*(?:x|t|\\theta|\\phi|\\alpha)\s*(\\leq?|<)\s*(.+?)\s*$")


@dataclass
class FormalTask:
    """One book item read into a posed family (``family`` is None when it could not be read)."""

    item_id: str
    label: str | None
    page: int | None
    statement: str  # the item's own text, math as $...$
    family: str | None  # a family with ``pose`` in exercises.families.textbook
    params: dict[str, Any] = field(default_factory=dict)
    sympy: str | None = None  # srepr of the parsed formula the task is about
    book_answer: str | None = None  # the answer the book prints, when extract linked one
    reason: str | None = None  # why the item was not read into a task
    worked: bool = False  # book_answer is a worked example's solution, not a printed answer


# A domain reader gets an item's formulas, its words (with its parent's, lower case) and the intent
# its words name; it returns (posed family, parameters) or None. Tried in order, before the
# general one-formula reader below; each domain keeps its reader in its own module.
Reader = Callable[[list[str], str, str | None], tuple[str, dict[str, Any]] | None]
READERS: list[Reader] = [taylor.read, exponential.read, labelled_parts.read, matrices.read,
                         integrating_factors.read, trial_solutions.read, exact.read,
                         second_order_systems.read, given_forcing.read, odes.read, laplace.read,
                         fourier.read, nonlinear.read, equilibria.read, euler.read, pde.read,
                         boundary.read, spaces.read, eigen.read, series.read, series.read_radius,
                         dirichlet.read, linear_systems.read, vector_equations.read,
                         discrete.read, graphs.read, trig.read, logic.read, convolution.read,
                         steady.read, inner_products.read, phase_line.read, sigma.read,
                         taylor_series.read, heat_questions.read, pde.read_quarter_plane,
                         heaviside.read, classify.read, symbolic_inverse.read]
# A word-problem reader gets the item's text with its numbers in place, and its context; tried
# before the domain readers ("a circle of radius $5$ m" says what the 5 is only in place).
WordReader = Callable[[str, str | None], tuple[str, dict[str, Any]] | None]
WORD_READERS: list[WordReader] = [counting.read, counting_setups.read, pigeonhole.read,
                                  probability_words.read,
                                  trig_words.read, relations.read,
                                  predicate_relations.read, relation_classes.read, quantifiers.read,
                                  described_images.read,
                                  sets.read_sentences, sets.read_described, sets.read_extremes,
                                  sets.read_relations, sets.read_least, sets.read_sizing,
                                  discrete.read_condition_part, recurrences.read, numbers.read,
                                  ode_words.read,
                                  construct.read, series.read_point, truth.read,
                                  related_statements.read, related_statements.read_cases, logic.read_laws,
                                  graph_words.read, graphs.read_adjacency, orthogonal.read,
                                  magnitudes.read, rank_nullity.read, heat_questions.read_words,
                                  linear_words.read,
                                  determinant_rules.read]

# Words that name the operation, checked in this order; the formula's structure comes first.
_INTENTS = [
    ("derivative", re.compile(r"\bdifferentiat|\bderivative|\bslope of the tangent|\brate of change")),
    ("antiderivative", re.compile(r"\bantiderivative|\bindefinite integral|\bintegrate\b")),
    ("expand", re.compile(r"\bexpand|\bmultiply out")),
    ("factor", re.compile(r"\bfactor(?:ise|ize)?\b(?! theorem)")),
    ("solve", re.compile(r"\bsolve|\bfind all (?:real )?(?:solutions|roots)|\broots? of"
                         r"|\b(?:general|particular) solution|\bfind (?:a|the) solution")),
    ("limit", re.compile(r"\blimit\b")),
    ("simplify", re.compile(r"\bsimplify")),
    ("evaluate", re.compile(r"\bevaluate|\bcompute|\bcalculate|\bexact value|\bvalue of"
                            r"|\bfind\b|\bwhat is\b|\bhow many\b")),
]


def _prose(text: str) -> str:
    """The words, lower case, each run of spaces and line breaks one space (a PDF breaks
    "null\n\nspace" across lines)."""
    return " ".join(prose_of(text).lower().split())


def _is_given(expr: sp.Basic) -> bool:
    """``A = 15^\\circ``, ``r = 4``: a value the item gives, not something it asks about."""
    return isinstance(expr, sp.Eq) and any(
        isinstance(side, sp.Symbol) and not other.free_symbols
        for side, other in ((expr.lhs, expr.rhs), (expr.rhs, expr.lhs)))


def _closed(latex: str) -> sp.Expr | None:
    """A formula with no variable that is worth evaluating (``\\sin 30^\\circ``, not ``24`` or
    ``75^\\circ``), kept as written."""
    if "\\begin" in latex or not _OPERATION.search(_DEGREE_MARK.sub("", latex)):
        return None  # a matrix or an aligned block is not a number to evaluate
    written = to_sympy(latex, definition_rhs=False, evaluate=False)
    if not isinstance(written, sp.Expr) or written.free_symbols or written.is_Atom:
        return None
    value = to_sympy(latex, definition_rhs=False)
    if value is None or sp.sstr(value.doit()) == sp.sstr(written) or written.has(sp.Float):
        return None
    return written


def _subject(formulas: list[str]) -> sp.Basic | None:
    """The first formula that says something: not the bare $x$ of 'for $x$', not a number, not
    a given value such as $r = 4$; a closed formula such as $\\tan^{-1}(\\tan\\pi)$ is kept as written."""
    for latex in formulas:
        if _ELLIPSIS.search(latex):
            continue  # "= 1 + 1/4 + 1/9 + \cdots": a series written out, its dots no unknown
        if _INVERSE_APPLIED.search(latex):
            continue
        expr = to_sympy(latex)
        if isinstance(expr, AppliedUndef):
            return None  # "compute p(D)", "find P(x)": a function's value, no formula to compute
        if expr is None or isinstance(expr, sp.Symbol) or _is_given(to_sympy(latex, definition_rhs=False)):
            continue
        if isinstance(expr, (sp.Integral, sp.Limit)) or expr.free_symbols:
            return expr
        closed = _closed(latex)
        if closed is not None:
            return closed
    return None


def _in_x(expr: sp.Basic) -> sp.Basic | None:
    """Rename the one free variable to x (the families' variable), or None if there are several."""
    symbols = expr.free_symbols - {X}
    if not symbols:
        return expr
    if len(expr.free_symbols) == 1:
        return expr.subs(symbols.pop(), X)
    return None


def read_task(item_id: str, text: str, *, label: str | None = None, page: int | None = None,
              book_answer: str | None = None, context: str | None = None,
              worked: bool = False,
              cited: Mapping[str, references.Referent] | None = None) -> FormalTask:
    """Read one item's text into a :class:`FormalTask`; ``reason`` says why when it cannot.

    ``context`` is the text of the exercise a part belongs to: its instruction
    ("Find the derivative of:") is the part's intent when the part has none of its own.
    ``cited``: the objects the item names from the book's index of referents
    (:func:`formalize.references.cited`), for "the determinant of Archetype K".
    """
    task = FormalTask(item_id, label, page, text, None, book_answer=book_answer, worked=worked)
    # read in one layout of the math, whoever spaced it; the task keeps the item's own text
    text, context = laid_out(text), laid_out(context) if context else context
    try:
        _read(task, text, context, cited or {})
        sentence = _completed(text, context) if context and task.family is None else None
        if sentence is not None:  # read as the one question the setup and the part make
            whole = _read(FormalTask(item_id, label, page, sentence, None), sentence, None,
                          cited or {})
            if whole.family is not None:
                task.family, task.params, task.reason = whole.family, whole.params, None
        return task
    except Exception as exc:  # noqa: BLE001 - SymPy raises many types on formulas it half-reads
        task.family, task.params = None, {}
        task.reason = f"SymPy failed on a formula ({type(exc).__name__})"
        return task


def _completed(text: str, context: str) -> str | None:
    """The sentence a part completes: its exercise's setup stops mid-sentence ("Find the
    remainder of $3^{456}$ when divided by") and the part ends it ("(c) $7$."). None when the
    setup ends a sentence, a formula or a colon: the part is then a question of its own."""
    at = context.find(text.strip())
    setup = re.sub(parts.SIBLING_LABELS + "$", "", context[:at]).rstrip() if at > 0 else ""
    if not setup[-1:].isalpha():
        return None
    return f"{setup} {text.strip()}"


def _read(task: FormalTask, statement: str, context: str | None,
          cited: Mapping[str, references.Referent]) -> FormalTask:
    text = _SOLUTION.split(statement, 1)[0]
    if context and parts.merged(formulas_in(context)):
        task.reason = "the PDF ran the exercise's parts together (a part label inside a formula)"
        return task
    if RANDOM_VALUE in text or (context and RANDOM_VALUE in context):
        task.reason = "a WeBWorK value drawn at random: the source does not hold the printed one"
        return task
    intent = _intent(_prose(text)) or (_intent(_prose(context)) if context else None)
    formulas, prose = formulas_in(text), _prose(text) + OWN_END + _prose(context or "")
    for word_reader in WORD_READERS:
        found = word_reader(text, context)
        if found is not None:
            task.family, task.params = found
            return task
    listed = parts.listed_formulas(text)  # "a) $[..]$ b) $[..]$": one task over every part
    found = labelled_parts.read(listed, prose, intent) if listed else None
    if found is not None:
        task.family, task.params = found
        return task
    # A part ("a) Compute the Fourier series for $f(t)$.") may need its exercise's formulas.
    for seen in [formulas] + ([formulas + formulas_in(context)] if context else []):
        for reader in READERS:
            found = reader(seen, prose, intent)
            if found is not None:
                task.family, task.params = found
                return task
    found = references.read(cited, prose, intent, READERS)
    if found is not None:
        task.family, task.params = found
        return task
    if _CHOICES.search(prose.partition(OWN_END)[0]):
        task.reason = "its formulas are answers offered to choose from or judge, not to evaluate"
        return task
    if _GIVEN.match(_prose(text)) and "?" not in text and _intent(_prose(text)) is None:
        # "Assume ... so that the sample space has size $\binom{52}{5}$.": a part that fixes an
        # assumption for its exercise's question (a probability) does not ask for its formula
        task.reason = "its formula is an assumption the item makes, not what it asks"
        return task
    if formulas and _assumed(text):
        task.reason = "its formula is an assumption the item makes, not what it asks"
        return task
    expr = _subject(formulas)
    if expr is None:
        task.reason = "no formula SymPy can parse"
        return task
    expr = _in_x(expr)
    if expr is None:
        task.reason = "several variables"
        return task
    task.sympy = sp.srepr(expr)
    family, params = _family_for(expr, intent, text)
    if family is None:
        task.reason = f"no posed family for this {intent or 'item'}"
        return task
    task.family, task.params = family, params
    return task


# "say whether the answer is $\binom{10}{4}$, $P(10,4)$, or neither" (Discrete 3.9.2): the
# formulas are the choices, and evaluating the first would answer a different question; "What
# is wrong with saying the answer is $10!$?" (3.6.1.2) offers a wrong answer to judge.
_CHOICES = re.compile(r"\bwhether the answer is\b|\bwrong with saying the answer is\b")
_GIVEN = re.compile(r"\s*(?:assume|suppose)\b", re.IGNORECASE)


# A sentence that assumes: "Assume that all five cards are dealt at once, so that the sample
# space has size $\binom{52}{5}$." (Discrete 3.7.7.1, which asks for a full house's probability)
_ASSUMING = re.compile(r"\s*(?:\([a-h]\)\s*|[a-h]\.\s+)?assume\b", re.IGNORECASE)


def _assumed(text: str) -> bool:
    """Is every formula of the item (but a bare number or letter, "($0$ through $9$)") in a
    sentence that assumes? Then none is what it asks to evaluate: the question is in words its
    formulas only set up."""
    spans = [(m.start(), m.end()) for m in MATH_SPAN.finditer(text)
             if not re.fullmatch(r"\s*(?:\d+|[a-zA-Z])\s*", m.group(1) or m.group(2))]
    starts = [0] + [m.end() for m in re.finditer(r"[.?!:](?=\s)|\n", text)]
    return bool(spans) and all(_ASSUMING.match(text[max(s for s in starts if s <= begin):begin])
                               for begin, _ in spans)


def _intent(prose: str) -> str | None:
    return next((name for name, words in _INTENTS if words.search(prose)), None)


def _interval(text: str) -> dict[str, Any]:
    """The interval an equation is solved on, from a formula such as $0 \\le x < 2\\pi$
    (default: none given, the family's [0, 2 pi))."""
    for latex in formulas_in(text):
        match = _RANGE.search(latex)
        if match:
            lower, upper = to_sympy(match.group(1)), to_sympy(match.group(4))
            if lower is not None and upper is not None and not (lower.free_symbols | upper.free_symbols):
                return {"lower": sp.sstr(lower), "upper": sp.sstr(upper),
                        "closed": match.group(3) != "<"}
    return {}


def _family_for(expr: sp.Basic, intent: str | None, text: str) -> tuple[str | None, dict[str, Any]]:
    """Pick the posed family from the formula's structure first, then from the words."""
    if isinstance(expr, sp.Integral):
        (variable, *bounds) = expr.limits[0]
        if variable != X:
            return None, {}
        if len(bounds) == 2:
            lower, upper = bounds
            return "calculus.definite_integral_expression", {
                "expr": sp.sstr(expr.function), "lower": sp.sstr(lower), "upper": sp.sstr(upper)}
        return "calculus.integrate_expression", {"expr": sp.sstr(expr.function)}
    if isinstance(expr, sp.Limit):
        function, variable, point, _ = expr.args
        if variable != X:
            return None, {}
        return "calculus.limit_expression", {"expr": sp.sstr(function), "point": sp.sstr(point)}
    if isinstance(expr, sp.Derivative):
        return "calculus.differentiate_expression", {"expr": sp.sstr(expr.expr)}
    if isinstance(expr, sp.Eq):
        sides = {"lhs": sp.sstr(expr.lhs), "rhs": sp.sstr(expr.rhs)}
        if intent not in (None, "solve", "evaluate"):  # "Find all angles such that ..." solves
            return None, {}
        if expr.has(AppliedUndef) or "'" in "".join(formulas_in(text)):
            return None, {}  # "$g(\\theta) = 2\\cos\\theta$" defines g; "$\\theta'' + \\sin\\theta = 0$" is an ODE
        if (expr.lhs - expr.rhs).is_polynomial(X):
            return "algebra.solve_polynomial_equation", sides
        if (expr.lhs - expr.rhs).has(sp.sin, sp.cos, sp.tan, sp.sec, sp.csc, sp.cot):
            return "trigonometry.solve_equation_interval", {**sides, **_interval(text)}
        return None, {}
    if isinstance(expr, sp.Expr) and not expr.free_symbols:
        if intent not in ("evaluate", "simplify"):  # "Is $4 + 1$ prime?" asks something else about the number
            return None, {}
        return "arithmetic.evaluate_expression", {"expr": sp.sstr(expr)}
    if not isinstance(expr, sp.Expr) or X not in expr.free_symbols:
        return None, {}
    if expr.has(sp.Sum, sp.Product) and intent in ("expand", "simplify", "factor"):
        return None, {}  # "expand the sum ... write it out the long way" asks for its terms
    if intent == "derivative":
        params = {"expr": sp.sstr(expr)}
        point = re.search(r"\bat\s*\$\s*x\s*=\s*(-?\d+(?:/\d+)?)\s*\$", text)
        if point:
            params["point"] = point.group(1)
        return "calculus.differentiate_expression", params
    if intent == "antiderivative":
        return "calculus.integrate_expression", {"expr": sp.sstr(expr)}
    if intent == "simplify":
        return "algebra.simplify_expression", {"expr": sp.sstr(expr)}
    if intent == "expand":
        return "algebra.expand_expression", {"expr": sp.sstr(expr)}
    if intent == "factor":
        return "algebra.factor_expression", {"expr": sp.sstr(sp.expand(expr))}
    if intent == "solve" and expr.is_polynomial(X) and not (expr / X).is_number:
        # (not a bare multiple of x: "$1 \times n$ tiles ... solve the recurrence" has no equation)
        return "algebra.solve_polynomial_equation", {"lhs": sp.sstr(expr), "rhs": "0"}
    return None, {}


def save_tasks(path: str | Path, tasks: list[FormalTask]) -> None:
    """Write tasks as JSON Lines behind a schema header line."""
    header = json.dumps({"schema": SCHEMA, "version": VERSION, "count": len(tasks)})
    lines = [header] + [json.dumps(asdict(t), ensure_ascii=False) for t in tasks]
    atomic_write(path, "\n".join(lines) + "\n")


def load_tasks(path: str | Path) -> list[FormalTask]:
    """Read tasks written by :func:`save_tasks`, refusing other schemas and versions."""
    source = Path(path)
    if not source.is_file():
        raise UserError(f"{source}: no such file; check the path")
    lines = source.read_text(encoding="utf-8").splitlines()
    try:
        header = json.loads(lines[0]) if lines else {}
    except json.JSONDecodeError:
        header = {}
    if header.get("schema") != SCHEMA or header.get("version") != VERSION:
        raise UserError(f"{source}: not a {SCHEMA} v{VERSION} file; regenerate it with syllabus build")
    return [FormalTask(**json.loads(line)) for line in lines[1:] if line.strip()]
