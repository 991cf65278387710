"""Compare a computed answer with the answer the book prints, by SymPy equivalence.

The book's answer is prose with math ("$x = 3$ or $x = 4$.", "$2x^3 + x^2 + C$",
"$274$ ft", "$\\theta = 210^\\circ + 360^\\circ k$"). Its formulas are parsed
(degrees as radians); a solution set is compared as a set of values (a general
solution in an integer $k$ or $n$ is expanded over the equation's interval), an
antiderivative up to its constant (by differentiating the difference), anything
else by exact algebra first and, failing that, at random points to 30 digits.
A decimal the book prints is compared within a stated tolerance: half a unit in
its last printed digit, or 0.5% of its size (books round intermediate steps).

A worked example's "answer" is its solution, a chain of steps: there the
computed answer must appear among the steps' results, and when it does not the
solution is "unreadable" for agreement (the steps do not say which result is
final), never a match. The result names the method, so a person can see how
agreement was decided.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import sympy as sp

from exercises.families.textbook_sets import MEANINGLESS
from extract.answers import answer_parts
from formalize.agreement_eigen import compare_eigenspaces, is_eigenspaces
from formalize.agreement_linear import compare_linear
from formalize.agreement_symbolic import compare_symbolic_matrix
from formalize.agreement_trig import compare_cis, compare_places, is_place
from formalize.classify import compare_classification, is_classification
from formalize.construct import compare_equation
from formalize.counting import notation as counting_notation
from formalize.exact import compare_levels
from formalize.latex import DECIMALS, DEGREE_MARK, split_list, to_sympy
from formalize.logic import compare_statements, is_statement
from formalize.matrices import MATRIX, matrices_of
from formalize.named import compare_named, compare_point, is_named
from formalize.notation import expand
from formalize.numbers import compare_numbers
from formalize.orthogonal import compare_basis
from formalize.relations import compare_verdicts, is_verdicts
from formalize.sets import compare_sets, is_set_answer
from formalize.terms import compare_definition, compare_terms, is_definition, is_terms
from formalize.truth import compare_values
from formalize.vector_equations import compare_tuple
from ingest.document import MATH_SPAN, formulas_in, prose_of

X = sp.Symbol("x")
_CONSTANT = re.compile(r"\s*\+\s*(?:C|c|K)\s*$")
# The "=" of a chain a = b = c (not the = in \sum_{i=1}, not <=, >=, !=).
_EQUALS = re.compile(r"(?<![<>!\\])=(?![^{]*})")
# What states a book's value: an "=" of a chain, or "\\approx" ($y(1) \\approx 2.8828$: 2.8828).
_STATES = re.compile(_EQUALS.pattern + r"|\\approx(?![a-zA-Z])")
# "$y(1) \\approx 2.8828$ for $h=1/4$": the step the question gave, a condition on the
# approximation before it, not a value of the answer.
_CONDITION = re.compile(r"(\$[^$]*\\approx[^$]*\$[\s,]*for\s+)\$\s*[a-zA-Z]\s*=\s*"
                        r"(?:\d+(?:\.\d+)?(?:/\d+)?|\\(?:nice|d)?frac\s*\{\d+\}\s*\{\d+\})\s*\$")
# "$\\theta = 223^\\circ \\text{ and } 317^\\circ$": several values in one formula.
# What separates the values of one printed answer: "or"/"and" as text, wide spaces, line breaks.
# Also the part labels of a multi-part answer written in one formula: "a)y=... b)y=...".
_SEPARATOR = re.compile(r"\\text\s*\{\s*(?:and|or)\s*\}|\\q?quad(?![a-zA-Z])|\\\\"
                        r"|(?:^|(?<=[\s}]))[a-h]\)")
# Marks of math the PDF text layer lost: \sqrt with no argument, the bar of a radical as
# \overline{2}, a script with nothing under it (y=^{...}), determinant bars with no entries, a
# formula that opens with a plus sign (its first term, a fraction, was lost: "$+i$, $-1$, $-i$"),
# a fraction whose numerator fell to its own line after the denominator: "(s+1)^{2} \\ 1", a
# root with an index and nothing under it (\sqrt[6]{}), a degree mark fallen below a sign or
# into a number (+_{\circ}, cis3_{\circ}6^{\circ}).
_DAMAGED = re.compile(r"\\sqrt(?!\s*[\[{])|\\sqrt\s*(?:\[[^\]]*\])?\s*\{\s*\}"
                      r"|\\overline\{[^}]*\d|[=(]\s*[_^]\{|(?:[+,]\s*|\d)_\s*\{\s*\\circ\s*\}"
                      r"|\^\{[^{}]*(?<![a-zA-Z\\])[a-z]\d"  # e^{-t2/2}: the exponent's own ^ lost
                      r"|(?<!\\)\|\s*\|\s*\|"  # |||: a determinant's bars without its matrix
                      r"|(?:^|[\s,])\$\s*\+"
                      r"|\\\\\s*-?\d+\s*\$")
# A unit printed inside the math: 1.512~\text{cm}^2.
_UNIT = re.compile(r"\\(?:text|mathrm)\s*\{\s*[a-zA-Z/. ]+\}(?:\s*\^\s*\{?\d\}?)?\s*$")
# r cis t, the book's short form of r (cos t + i sin t).
_CIS = re.compile(r"\\(?:text|mathrm)\s*\{\s*cis\s*\}\s*(?:\\[;,:!]\s*)*"
                  r"(-?[\d.]+\s*(?:\^\s*\{?\s*\\circ\s*\}?|\\Degrees)?)")
# The integer parameter of a general solution: x = pi/6 + 2 pi k.
_INTEGERS = (sp.Symbol("k"), sp.Symbol("n"))
RELATIVE_TOLERANCE = sp.Rational(5, 1000)
_RESTRICTED_SUM = re.compile(r"\b(?:odd|even)\b")
# A hint printed where the answer goes: "For a simpler example, there are 4 divisors of 6",
# "What is happening in general?", "Try a solution of the form $u = X(x) + Y(y)$".
_HINT = re.compile(r"\?|\bfor a simpler example\b|\bhint\b|\btry a solution of the form\b",
                   re.IGNORECASE)
_LABEL_IN_MATH = re.compile(r"[${}]\s*[a-h]\)")  # "$$a)y=... b)y=...$$": parts in one formula
# A whole answer that is a display ending in a row break: a piece of a display the PDF text layer
# rebuilt from a run of answers' lines, where the letters and digits of a function get lost
# ("2xe^x" printed "2e^{x}", "\cos(3x)" printed "\cos(3)").
_REBUILT = re.compile(r"\s*\$\$.*\\\\\s*\$\$\s*", re.DOTALL)


@dataclass
class Agreement:
    """Whether the computed answer matches the book's, and how that was decided."""

    status: str  # "match", "differs" or "unreadable"
    method: str
    book_value: str | None = None


@dataclass
class _BookValue:
    value: sp.Basic
    tolerance: sp.Rational | None  # set when the book printed a decimal
    degrees: bool = False  # printed with a degree mark (value in radians)


# "$2^10$ strings." (Discrete 3.9.7(a), as its source writes it): LaTeX's script is one token.
_SPLIT_SCRIPT = re.compile(r"(?<![\\a-zA-Z])[A-Za-z0-9)]\^\d\d")


def compare_with_book(answer: sp.Basic, book_text: str, *, up_to_constant: bool = False,
                      worked: bool = False, interval: sp.Interval | None = None,
                      passes: Callable[[sp.Expr], bool] | None = None,
                      variable: sp.Symbol = X) -> Agreement:
    """Decide whether ``answer`` (the verified one) equals what ``book_text`` says; a book
    answer SymPy fails on is "unreadable", never a match.

    ``worked``: the text is a worked solution, not a printed answer. ``interval``:
    where a general solution's values are taken (an equation solved on an interval).
    ``passes``: for an answer with arbitrary constants (``y = C e^{2x}``), whose
    names and form are the book's choice, the family's own verification run on the
    book's expression (substituted into the equation, constants counted).
    ``variable``: the book's name for the task's x (t in ``x' = 1/x^2``, solved as y(x)).
    """
    try:
        found = _compare_with_book(answer, book_text, up_to_constant, worked, interval, passes,
                                   variable)
        if found.status == "differs" and _is_number(answer) and not worked and (
                _broken_off_first(book_text) or _FIRST_TERMS.search(book_text)):
            # (a worked solution goes on to its value: its results were searched)
            return Agreement("unreadable", "the book's answer is a sum it breaks off (with dots, "
                             "or with 'etc.' after its terms): no value to compare",
                             found.book_value)
        if found.status == "differs" and _HINT.search(prose_of(book_text)):
            return Agreement("unreadable", "the book's answer is a hint (it asks a question or "
                             "works a simpler example), not the answer", found.book_value)
        if found.status == "differs" and _REBUILT.fullmatch(book_text) \
                and isinstance(answer, sp.Expr) and X in answer.free_symbols:
            return Agreement("unreadable", "the book's function is a piece of a display the PDF "
                             "text layer rebuilt from several answers' lines, which loses letters "
                             "and digits", found.book_value)
        if found.status == "differs" and any(map(_SPLIT_SCRIPT.search, formulas_in(book_text))):
            return Agreement("unreadable", "the book writes a script of several digits unbraced "
                             "($2^10$, which LaTeX sets as 2 to the 1, then 0): it does not print "
                             "the value it means", found.book_value)
        return found
    except Exception as exc:  # noqa: BLE001 - SymPy raises many types on half-read book math
        return Agreement("unreadable", f"SymPy failed on the book's answer ({type(exc).__name__})")


def _compare_with_book(answer: sp.Basic, book_text: str, up_to_constant: bool, worked: bool,
                       interval: sp.Interval | None, passes: Callable[[sp.Expr], bool] | None,
                       variable: sp.Symbol) -> Agreement:
    if is_statement(answer):  # a simplified statement: the book's must be equivalent
        return Agreement(*compare_statements(answer, book_text))
    if is_classification(answer):  # "ODE, equation, 2nd-order, linear, ...": the book's words
        return Agreement(*compare_classification(answer, book_text))
    if is_verdicts(answer):  # "injective, not surjective": the book's words
        return Agreement(*compare_verdicts(answer, book_text))
    if isinstance(answer, sp.logic.boolalg.Boolean) and answer.has(sp.Mod):
        # "Only if $n \geq 6$ and is even.": the parity is in words, the formula only part of it
        return Agreement("unreadable", "a condition with a parity (n even), which the book says "
                         "in words; its formulas are only part of the condition")
    if answer in (sp.true, sp.false):  # yes/no: the linear algebra words first, then logic's
        verdict = compare_linear(answer, expand(book_text), worked)
        if verdict is not None and verdict[0] != "unreadable":
            return Agreement(*verdict)
        return _same_verdict(bool(answer), book_text)
    if isinstance(answer, sp.Tuple) and answer and all(v in (sp.true, sp.false) or v == MEANINGLESS
                                                       for v in answer):
        said = compare_values(answer, book_text)  # "1. True. ... 2. False. ..."
        if said or MEANINGLESS in answer:
            return Agreement(*said) if said else Agreement(
                "unreadable", "no True/False/Meaningless for each statement in the book's answer")
        return _same_truth_column([bool(v) for v in answer], book_text)
    if is_eigenspaces(answer):  # each eigenvalue's eigenspace, compared as a span
        return Agreement(*compare_eigenspaces(answer, expand(book_text), worked))
    if (levels := compare_levels(answer, book_text)) is not None:  # F(x, y) = C (exact.py)
        return Agreement(*levels)
    if (basis := compare_basis(answer, expand(book_text))) is not None:  # Gram-Schmidt
        return Agreement(*basis)
    if is_definition(answer):  # a recursive definition, a term's place: a_{516} = 1555
        return Agreement(*compare_definition(answer, book_text))
    if isinstance(answer, sp.Equality):  # an equation the item asks to build (construct.py)
        return Agreement(*compare_equation(answer, expand(book_text)))
    if is_terms(answer) and (listed := compare_terms(answer, book_text)) is not None:
        return Agreement(*listed)  # a sequence's first terms, listed with dots
    if is_set_answer(answer) and re.search(r"\\\{|\\emptyset", book_text):
        return Agreement(*compare_sets(answer, expand(book_text), worked))  # listed sets
    if is_place(answer):  # "QII", "QI, QIII", "negative y-axis"
        return Agreement(*compare_places(answer, book_text))
    if (decided := compare_numbers(answer, book_text)) is not None:
        return Agreement(*decided)  # x = 2 - 5k, y = 2 + 3k; unlabeled answers to congruences
    damaged = bool(_DAMAGED.search(book_text))
    book_text = counting_notation(expand(book_text))  # notation macros, {n \choose k}
    if isinstance(answer, sp.MatrixBase) and any(
            f.free_symbols for f in answer.atoms(sp.exp, sp.sin, sp.cos)):  # not a linear system's
        return Agreement("unreadable", "a vector or matrix of functions (an ODE system's "
                         "solution, e^{tA}): the book's matrices of functions are not read")
    # A^n, an inverse in letters (not a solution set's vector: another parametrisation of the
    # same set is the same answer, which compare_linear decides)
    if isinstance(answer, sp.MatrixBase) and answer.is_square and answer.rows > 1 and \
            answer.free_symbols and (
            symbolic := compare_symbolic_matrix(answer, book_text, worked)) is not None:
        return Agreement(*symbolic)
    linear = compare_linear(answer, book_text, worked)
    if (linear is None or linear[0] == "unreadable") and \
            (printed := compare_tuple(answer, book_text)) is not None:
        return Agreement(*printed)  # a projection printed as (-1/2, 0, 1/2)
    if linear is not None and (linear[0] == "match" or not damaged):
        return Agreement(*linear)  # an exact vector match survives damage elsewhere in the text
    if damaged:
        return Agreement("unreadable", "the book's answer lost math in the PDF text layer "
                         "(an empty root, a radical's bar, a script with no base)")
    if linear is not None:
        return Agreement(*linear)
    if is_named(answer):  # "$b = 7.4$, $C = 120^\\circ$": values by name, maybe two triangles
        return Agreement(*compare_named(answer, book_text, worked))
    if isinstance(answer, sp.Tuple) and len(answer) == 2 and all(map(_is_number, answer)):
        cis = compare_cis(answer, book_text)  # "\\sqrt{13}\\,\\text{cis}\\,56.3^\\circ"
        return Agreement(*(cis or compare_point(answer, book_text)))  # "(\\sqrt{10}, 251.6^\\circ)"
    parts = answer_parts(book_text)
    if parts:  # "a) ... b) ...": a part gets its own piece (extract), so this is a whole exercise
        return all_parts(answer, parts, lambda value, piece: _compare_with_book(
            value, piece, up_to_constant, worked, interval, passes, variable))
    values = _book_values(book_text, interval, strip_constant=passes is None)
    if variable != X:
        values = [_BookValue(v.value.subs(variable, X), v.tolerance) for v in values]
    if isinstance(answer, sp.Basic) and answer.has(sp.Heaviside):  # the book's u(t - a) is a step
        values = [_BookValue(v.value.replace(sp.Function("u"), sp.Heaviside), v.tolerance)
                  for v in values]
    if isinstance(answer, sp.Basic) and answer.has(sp.DiracDelta):  # \delta(t - a), an impulse
        values = [_BookValue(v.value.replace(sp.Function("delta"), sp.DiracDelta), v.tolerance)
                  for v in values]
    if isinstance(answer, sp.Basic) and answer.has(sp.I):  # the book's i is the imaginary unit
        values = [_BookValue(v.value.subs(sp.Symbol("i"), sp.I), v.tolerance, v.degrees)
                  for v in values]
    if not values:
        return Agreement("unreadable", "no formula in the book's answer parses")
    if isinstance(answer, sp.MatrixBase) and answer.free_symbols:
        return Agreement("unreadable", "a vector of functions (a system's solution): the book's "
                         "vector formulas are not read")
    if isinstance(answer, sp.Expr) and answer.has(sp.Sum):
        return _series_agreement(answer, values, worked or bool(_RESTRICTED_SUM.search(book_text)))
    if passes is not None and _implicit(answer, book_text, variable):
        return Agreement("match", "the solution keeps the book's implicit F(x, y) = C constant, "
                         "a different constant for each value of its own")
    if passes is not None:
        # The family's checks are strict (the equation holds, the constants are counted), so
        # any of the book's formulas may be the solution: "$y = Ax^3 + ...$, so $4$ constants".
        values = [v for v in values if not _stray_subscript(v.value) and not _called(v.value)]
        if not values:
            return Agreement("unreadable", "the book's formulas carry subscripts the PDF text "
                             "layer made up (t_{1} for t), or a constant read as a function")
        found = any(isinstance(v.value, sp.Expr) and passes(v.value) for v in values)
        how = ("the book's solution passes the family's verification (substitution, constants)"
               if found else "none of the book's formulas passes the family's verification "
               "(an implicit or particular solution is not solved for)")
        if found or not worked:
            return Agreement("match" if found else "differs", how, sp.sstr(values[-1].value))
        return Agreement("unreadable", "no result of the worked solution passes; "
                         "which step is final is not marked")
    if isinstance(answer, sp.Tuple) and not any(isinstance(a, sp.MatrixBase) for a in answer):
        return _same_list(answer, values, worked)  # one value per part, in the book's order
    if isinstance(answer, sp.Tuple):  # a basis: the book's vectors must span the same space
        vectors = [v.value for v in values if isinstance(v.value, sp.MatrixBase)
                   and v.value.cols == 1 and answer and v.value.rows == answer[0].rows]
        if not vectors:
            return Agreement("unreadable", "no column vectors of the right size in the book's answer")
        same = _same_span(list(answer), vectors)
        return Agreement("match" if same else ("unreadable" if worked else "differs"),
                         "the same span (ranks of the bases and of their union)")
    if isinstance(answer, sp.FiniteSet) and _assigned(book_text, variable) == answer:
        return Agreement("match", "the values the book's last sentence assigns to the unknown",
                         sp.sstr(answer))
    named = _eigenvalues(book_text) if isinstance(answer, sp.FiniteSet) else []
    if named:  # "\\lambda = 3,\\,-2": the values the book names, even in a worked solution
        same = {sp.sstr(v.value) for v in named} == {sp.sstr(a) for a in answer}
        return Agreement("match" if same else ("unreadable" if worked else "differs"),
                         "the same set of eigenvalues", sp.sstr({v.value for v in named}))
    if isinstance(answer, (sp.ImageSet, sp.Union)):
        return _same_residues(answer, values)
    if worked:
        return _in_solution(answer, values, up_to_constant)
    if isinstance(answer, sp.FiniteSet):
        book = [v for v in values if isinstance(v.value, sp.Expr) and v.value.is_number]
        if not book:
            return Agreement("unreadable", "no number in the book's answer")
        same = len(answer) == len({sp.sstr(v.value) for v in book}) and all(
            any(_same(a, b)[0] for b in book) for a in answer)
        shown = sp.sstr(sp.FiniteSet(*[b.value for b in book]))
        return Agreement("match" if same else "differs", "the same set of values", shown)
    if isinstance(answer, sp.MatrixBase):  # the book's last matrix of the answer's shape
        values = [v for v in values if isinstance(v.value, sp.MatrixBase)
                  and v.value.shape == answer.shape]
        if not values:
            return Agreement("unreadable", f"no {answer.rows}x{answer.cols} matrix in the book's "
                             "answer")
    if _LABEL_IN_MATH.search(book_text):  # "$$a)y=... b)y=...$$": a whole exercise's parts
        same = [_compare(answer, value, up_to_constant)[0] for value in values]
        if not all(same) and any(same):
            return Agreement("unreadable", "equal to one part of the book's answer: the item was "
                             "read as one of its questions", sp.sstr(values[-1].value))
        return Agreement("match" if all(same) else "differs", "equal to every part of the book's "
                         "answer (a whole exercise)", sp.sstr(values[-1].value))
    if _is_number(answer) and (opening := _opening_value(book_text)) is not None \
            and _same(answer, opening)[0]:
        return Agreement("match", "the one number the book's answer states first (its value, "
                         "then how it was found)", sp.sstr(opening.value))
    book = values[-1]
    if _is_number(answer) and not _is_number(book.value):
        return Agreement("unreadable", "the book's last formula is not a number",
                         sp.sstr(book.value))
    same, how = _compare(answer, book, up_to_constant)
    if not same and any(_compare(answer, v, up_to_constant)[0] for v in values[:-1]):
        # "The rank of A is 5, and the nullity is 0": which value answers is not marked.
        return Agreement("unreadable", "the answer is among the book's values but not the last",
                         sp.sstr(book.value))
    return Agreement("match" if same else "differs", how, sp.sstr(book.value))


def _same_list(answer: sp.Tuple, values: list[_BookValue], worked: bool) -> Agreement:
    """A multi-part answer against the book's values part by part; a different count of values
    leaves the parts unmatched (unreadable), and so does a yes/no part: the book says it in
    words, and its formulas there name things ("Thus $K_7$ is not planar")."""
    if len(values) != len(answer):
        return Agreement("unreadable", f"the book gives {len(values)} values for {len(answer)} parts")
    if any(a in (sp.true, sp.false) for a in answer):
        return Agreement("unreadable", "a yes/no part is said in words, not by the book's formulas")
    same = all(_same(a, v)[0] for a, v in zip(answer, values, strict=True))
    return Agreement("match" if same else ("unreadable" if worked else "differs"),
                     "each part equal to the book's, in order",
                     sp.sstr(sp.Tuple(*[v.value for v in values])))


def all_parts(answer: sp.Basic, parts: dict[str, str],
               compare: Callable[[sp.Basic, str], Agreement]) -> Agreement:
    """A whole exercise against a book answer printed in parts: it agrees only with all of them
    (a computed tuple part by part, one value with every part), never with any one of them."""
    pieces = list(parts.values())
    whole = isinstance(answer, sp.Tuple) and len(answer) == len(pieces)
    if whole:
        found = [compare(value, piece) for value, piece in zip(answer, pieces)]
    else:
        found = [compare(answer, piece) for piece in pieces]
    labels = f"{min(parts)})-{max(parts)})"
    if all(f.status == "match" for f in found):
        return Agreement("match", f"every part of the book's answer {labels}: {found[0].method}")
    if not whole and any(f.status == "match" for f in found):  # read as one of its parts
        return Agreement("unreadable", f"the book answers parts {labels}; the computed answer is "
                         "one part's, so the item was read as one of its questions")
    if not all(formulas_in(piece) for piece in pieces):  # "a) 0, 8, 12 b) $x(4) = 16$"
        return Agreement("unreadable", f"the book answers parts {labels}; some print their "
                         "values outside the math")
    if any(f.status == "differs" for f in found):
        return Agreement("differs", f"the book answers parts {labels}; a whole exercise must "
                         "agree with all of them", pieces[0][:200])
    return Agreement("unreadable", f"the book answers parts {labels}; some are unreadable")


def _implicit(answer: sp.Basic, book_text: str, variable: sp.Symbol) -> bool:
    """Does the explicit general solution y = f(x, C1, ...) lie on the book's implicit one,
    F(x, y) = C ("$e^x + e^y = C$")? It does when F(x, f) does not change with x (each
    solution keeps F at one level) and does change with the answer's constants (the levels
    are all reached, not one of them)."""
    constants = answer.free_symbols - {X} if isinstance(answer, sp.Expr) else set()
    if not constants:
        return False
    for formula in formulas_in(book_text):
        sides = _EQUALS.split(formula)
        parsed = [to_sympy(side) for side in sides] if len(sides) == 2 else []
        if not all(isinstance(side, sp.Expr) for side in parsed) or not parsed:
            continue
        level, relation = parsed if parsed[0].is_Symbol else parsed[::-1]
        unknowns = relation.free_symbols - {variable}
        if not level.is_Symbol or level.name.split("_")[0] not in ("C", "c", "K") \
                or len(unknowns) != 1 \
                or variable not in relation.free_symbols:
            continue
        along = relation.subs(unknowns.pop(), answer).subs(variable, X)
        if _equal(sp.diff(along, X), sp.S.Zero)[0] and not all(
                _equal(sp.diff(along, c), sp.S.Zero)[0] for c in constants):
            return True
    return False


def _stray_subscript(value: sp.Basic) -> bool:
    """A symbol such as t_{1} where the answer has t: not an arbitrary constant C_{1}."""
    return any("_" in s.name and s.name[0] not in "CcKk"
               for s in getattr(value, "free_symbols", ()))


def _called(value: sp.Basic) -> bool:
    """\\pi(2 - y) parsed as a function pi applied to 2 - y: the formula is misread."""
    return any(f.func.__name__ in ("pi", "e") for f in getattr(
        value, "atoms", lambda *_: ())(sp.core.function.AppliedUndef))


def _split_series(expr: sp.Expr) -> tuple[sp.Expr, sp.Sum] | None:
    """(the terms outside, the one infinite sum) of a series such as a_0/2 + sum_n (...)."""
    sums = [term for term in sp.Add.make_args(expr) if isinstance(term, sp.Sum)]
    if len(sums) != 1 or sums[0].limits[0][1:] != (1, sp.oo):
        return None
    return expr - sums[0], sums[0]


_POWER_TERMS = 12  # terms of each power series expanded to compare their coefficients


def _power_series(expr: sp.Expr) -> tuple[sp.Expr, int] | None:
    """A power series in x, outside + sum_{n >= a} c_n (x - x0)^{p(n)} (p increasing), as its
    first terms in u = x - x0 and the degree up to which they are every term, or None."""
    sums = [t for t in sp.Add.make_args(expr) if isinstance(t, sp.Sum)]
    if len(sums) != 1 or len(sums[0].limits) != 1 or sums[0].limits[0][2] != sp.oo \
            or expr.free_symbols - {X} or not sums[0].limits[0][1].is_integer:
        return None
    (index, start, _), term = sums[0].limits[0], sums[0].function
    powers = [p for p in term.atoms(sp.Pow) if p.exp.has(index) and p.base.has(X)]
    if len(powers) != 1 or not sp.Poly(powers[0].base, X).is_linear \
            or sp.Poly(powers[0].base, X).LC() != 1 or not sp.Poly(powers[0].exp, index).is_linear:
        return None
    center, u = -powers[0].base.subs(X, 0), sp.Dummy("u")
    first = expr - sums[0] + sum(term.subs(index, k) for k in range(start, start + _POWER_TERMS))
    degree = powers[0].exp.subs(index, start + _POWER_TERMS - 1)
    return sp.expand(first.subs(X, u + center)).subs(u, X - center), int(degree)


def _same_power_series(ours: sp.Expr, theirs: sp.Expr) -> bool:
    """Equal coefficients of (x - x0)^j up to the degree both expansions cover."""
    mine, book = _power_series(ours), _power_series(theirs)
    if mine is None or book is None:
        return False
    center = -next(p for p in ours.atoms(sp.Pow) if p.base.has(X)).base.subs(X, 0)
    u = sp.Dummy("u")
    difference = sp.expand((mine[0] - book[0]).subs(X, u + center))
    return all(sp.simplify(difference.coeff(u, j)) == 0 for j in range(min(mine[1], book[1]) + 1))


def _series_agreement(answer: sp.Expr, values: list[_BookValue], lenient: bool) -> Agreement:
    """A series agrees when the terms outside the sum are equal and the summands are equal for
    n = 1..6 at two points. A book sum over odd (or even) n only, or a worked solution, makes
    a mismatch "unreadable": the summands are then not comparable term by term. A power
    series in x (a Taylor series, its sum from any n) is compared by its coefficients."""
    if _power_series(answer) is not None:
        books = [v.value for v in values if isinstance(v.value, sp.Expr)
                 and _power_series(v.value) is not None]
        if not books:
            return Agreement("unreadable", "no power series in x in the book's answer")
        same = any(_same_power_series(answer, book) for book in books)
        return Agreement("match" if same else ("unreadable" if lenient else "differs"),
                         f"the same coefficients of the first {_POWER_TERMS} terms",
                         sp.sstr(books[-1]))
    ours = _split_series(answer)
    theirs = [split for v in values if isinstance(v.value, sp.Expr)
              for split in [_split_series(v.value)] if split is not None]
    if ours is None or not theirs:
        return Agreement("unreadable", "no series over n = 1..oo in the book's answer "
                         "(the PDF text layer often loses the sum's limits)")
    outside, total = ours
    index = total.limits[0][0]
    points = [{s: sp.Rational(37 + 76 * k, 100) for s in answer.free_symbols - {index}}
              for k in range(2)]
    for book_outside, book_total in theirs:
        book_term = book_total.function.subs(book_total.limits[0][0], index)
        same = _equal(outside, book_outside)[0] and all(
            abs(sp.N((total.function - book_term).subs(point).subs(index, k), 25)) < 1e-15
            for point in points for k in range(1, 7))
        if same:
            return Agreement("match", "the same terms outside the sum, and the same summands for "
                             "n = 1..6 at two points")
    if lenient:
        return Agreement("unreadable", "the book sums over odd or even n only, or the series is "
                         "inside a worked solution: not compared term by term")
    return Agreement("differs", "the summands differ for some n = 1..6",
                     sp.sstr(values[-1].value))


def _in_solution(answer: sp.Basic, values: list[_BookValue], up_to_constant: bool) -> Agreement:
    """A worked solution agrees when the computed answer is among its results."""
    if isinstance(answer, sp.FiniteSet):
        found = all(any(_same(a, b)[0] for b in values) for a in answer)
        how = "every solution appears among the worked solution's results"
    else:
        found = any(_compare(answer, b, up_to_constant)[0] for b in values)
        how = "the answer appears among the worked solution's results"
    if found:
        return Agreement("match", how)
    return Agreement("unreadable", "the worked solution's results do not include the answer; "
                     "which step is final is not marked")


def _eigenvalues(text: str) -> list[_BookValue]:
    """The values a book names as eigenvalues: ``\\lambda = 3,\\,-2`` (empty if none)."""
    found = []
    for formula in formulas_in(text):
        match = re.match(r"\s*\\lambda\s*=(.*)$", formula, re.DOTALL)
        for part in match.group(1).split(",") if match else []:
            value = to_sympy(part)
            if isinstance(value, sp.Expr) and value.is_number:
                found.append(_BookValue(value, None))
    return found


def _assigned(text: str, variable: sp.Symbol) -> sp.FiniteSet | None:
    """The values the last sentence that assigns any gives the unknown: "so $\\det(A) = 0$
    only when $k = 6$" gives {6} (the 0 of the equation is not a value of k)."""
    prose = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.DOTALL)  # a display's periods end nothing
    for sentence in reversed(re.split(r"(?<=\.)\s+", prose)):
        values = []
        for formula in formulas_in(sentence):
            match = re.fullmatch(rf"\s*{re.escape(sp.latex(variable))}\s*=\s*([^=]+?)\s*[.,]?\s*",
                                 formula)
            value = to_sympy(match.group(1)) if match else None
            if isinstance(value, sp.Expr) and value.is_number:
                values.append(value.doit())  # \frac{7}{4} parses as an unevaluated 7 * 1/4
        if values:
            return sp.FiniteSet(*values)
    return None


# What a book says about a logic question: "The statements are logically equivalent", "is not valid".
_VERDICT_NO = re.compile(r"\b(?:are|is) not (?:logically equivalent|equivalent|a valid|valid|a tautology)"
                         r"|\bnot a valid\b|\binvalid\b|^no\b|\bnot a tree\b")
_VERDICT_YES = re.compile(r"\b(?:are|is) (?:logically equivalent|equivalent|a valid|valid|a tautology"
                          r"|a tree)\b|^yes\b")
_TRUTH_VALUE = re.compile(r"(?<![A-Za-z\\])[TF](?![A-Za-z])")


def _same_verdict(answer: bool, book_text: str) -> Agreement:
    """A yes/no answer (equivalent? valid? a tautology?) against the book's words."""
    words = prose_of(book_text).lower().strip()
    said = False if _VERDICT_NO.search(words) else (True if _VERDICT_YES.search(words) else None)
    if said is None:
        return Agreement("unreadable", "the book's words say neither yes nor no")
    return Agreement("match" if said == answer else "differs", "the book's yes/no in words",
                     str(said))


def _same_truth_column(answer: list[bool], book_text: str) -> Agreement:
    """A truth table column against the book's table: its T/F entries in rows of equal width,
    the statement asked about in the last column."""
    entries = _TRUTH_VALUE.findall(book_text)
    if not entries or len(entries) % len(answer):
        return Agreement("unreadable", "the book's truth table does not split into the rows")
    width = len(entries) // len(answer)
    column = [e == "T" for e in entries[width - 1::width]]
    return Agreement("match" if column == answer else "differs",
                     "the last column of the book's truth table", "".join(entries[width - 1::width]))


def _classes(value: sp.Basic) -> list[tuple[int, int]] | None:
    """``[(r, m)]`` for integers r + m k: a book's ``5 + 22k`` or a computed union of ImageSets."""
    if isinstance(value, (sp.ImageSet, sp.Union)):
        parts = value.args if isinstance(value, sp.Union) else (value,)
        if not all(isinstance(p, sp.ImageSet) for p in parts):
            return None
        return [c for p in parts for c in _classes(p.lamda.expr.subs(p.lamda.variables[0], _INTEGERS[0]))
                or []]
    if not isinstance(value, sp.Expr) or len(value.free_symbols) != 1 \
            or not value.free_symbols <= set(_INTEGERS) or not value.is_polynomial():
        return None
    k = value.free_symbols.pop()
    start, step = value.subs(k, 0), sp.expand(value).coeff(k)
    if sp.degree(value, k) != 1 or not start.is_integer or not step.is_integer:
        return None
    return [(int(start), abs(int(step)))]


def _same_residues(answer: sp.Basic, values: list[_BookValue]) -> Agreement:
    """The same set of integers: the book's classes r + m k against the computed ones, compared on
    one full period (the lcm of all the moduli)."""
    computed = _classes(answer) or []
    book = [c for v in values for c in (_classes(v.value) or [])]
    if not book:
        return Agreement("unreadable", "no class r + mk in the book's answer")
    period = math.lcm(*[m for _, m in computed + book])

    def members(classes: list[tuple[int, int]]) -> set[int]:
        return {x for x in range(period) if any((x - r) % m == 0 for r, m in classes)}

    same = members(computed) == members(book)
    return Agreement("match" if same else "differs",
                     f"the same integers (residues modulo {period})", sp.sstr(book))


def _is_number(value: sp.Basic) -> bool:
    return isinstance(value, sp.Expr) and not isinstance(value, sp.MatrixBase) and value.is_number


def _same_span(basis: list[sp.MatrixBase], vectors: list[sp.MatrixBase]) -> bool:
    rank = sp.Matrix.hstack(*basis).rank() if basis else 0
    return sp.Matrix.hstack(*vectors).rank() == rank == sp.Matrix.hstack(*basis, *vectors).rank()


def _compare(answer: sp.Basic, book: _BookValue, up_to_constant: bool) -> tuple[bool, str]:
    if up_to_constant and isinstance(book.value, sp.Expr) and isinstance(answer, sp.Expr):
        same, how = _equal(sp.diff(book.value, X), sp.diff(answer, X))
        return same, f"derivatives agree ({how})"
    return _same(answer, book)


_CDOTS = sp.Symbol("cdots")
# The dots of a sum the book breaks off ("... + \\cdots", "+\\dots]"): they parse as symbols.
_ELLIPSES = {_CDOTS, sp.Symbol("dots"), sp.Symbol("ldots")}
# "2^{1}0": the PDF split the exponent 10; a digit never follows an exponent's brace in print.
_SPLIT_EXPONENT = re.compile(r"\^\{[^{}]*\}\d")
# "... $6+1$ even digits: $\\binom{11}{7}4^{7}4^{4}$, etc.": formulas that are the first terms
# of a sum the book leaves to the reader.
_FIRST_TERMS = re.compile(r"\$,?\s*etc\.")
# "$y=C_{1}e^{3x}+C_{2}\sin(2x)+$ $C_{3}\cos(2x)$": a PDF line break inside one formula
_BROKEN_LINE = re.compile(r"([+\-])\s*\$\s*\$(?!\$)")


def _broken_off_first(text: str) -> bool:
    """Does the book's answer open with a sum it breaks off ("$\\binom{22}{5}-[\\dots]$ meals")?"""
    formulas = formulas_in(text)
    if not formulas:
        return False
    value = to_sympy(_STATES.split(formulas[0])[-1])
    return bool(_ELLIPSES & getattr(value, "free_symbols", set()))


def _book_values(text: str, interval: sp.Interval | None, strip_constant: bool
                 ) -> list[_BookValue]:
    """The last value of each formula's chain; decimals with their tolerance; general solutions
    expanded over ``interval``."""
    values = []
    text = _BROKEN_LINE.sub(r"\1 ", text)
    formulas = formulas_in(_CONDITION.sub(r"\1", text))
    # x = \pm\frac{\pi}{9} + ...: both signs are values the book gives.
    formulas = [f.replace("\\pm", sign, 1) if "\\pm" in f else f
                for f in formulas for sign in ("+", "-")[: 2 if "\\pm" in f else 1]]
    for formula in formulas:
        values += [_BookValue(sp.ImmutableMatrix(rows).applyfunc(sp.Rational), None)
                   for rows in matrices_of(formula)]
    # A matrix is one token here, so |A| = 1 \cdot 2 - 6 \cdot 3 = -16 still gives its -16.
    flat = [MATRIX.sub(r"\\begin{}", f) for f in formulas]
    for formula in [piece for f in flat for part in _SEPARATOR.split(f) for piece in split_list(part)]:
        last = _CIS.sub(r"(\\cos \1 + i\\sin \1)", _UNIT.sub("", _STATES.split(formula)[-1]))
        if "\\begin" in last:
            continue
        last = _CONSTANT.sub("", last) if strip_constant else last
        value = None if _SPLIT_EXPONENT.search(last) else to_sympy(last)
        if value is None or _CDOTS in getattr(value, "free_symbols", ()):
            continue  # (a sum the book breaks off, "... + \cdots", is no value)
        tolerance = None
        decimals = DECIMALS.findall(last)
        if decimals or DEGREE_MARK.search(last):  # half a unit in the last digit (of a degree)
            tolerance = sp.Rational(5, 10 ** (max((len(d) for d in decimals), default=0) + 1))
            tolerance = tolerance * sp.pi / 180 if DEGREE_MARK.search(last) else tolerance
        parameters = set(_INTEGERS) & getattr(value, "free_symbols", set())
        if parameters and interval is not None and len(parameters) == 1:
            k = parameters.pop()
            for integer in range(-12, 13):
                instance = value.subs(k, integer)
                if instance.is_number and interval.contains(instance) == sp.true:
                    values.append(_BookValue(instance, tolerance))
            continue
        values.append(_BookValue(value, tolerance, bool(DEGREE_MARK.search(last))))
    return values


# Where an answer's first clause ends: a stop or colon outside math, or the reason it gives next
# (not a comma: "The rank of $A$ is $5$, and the nullity is $0$" states two values).
_CLAUSE_END = re.compile(r"[.:;]|\b(?:since|because|as)\b")
# Counting's P(n, k), here only: elsewhere P(3, 4) is a point (formalize.counting.notation).
_PERMUTATIONS = re.compile(r"\bP\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)")


def _opening_value(text: str) -> _BookValue | None:
    """The one number an answer's first clause states: "There were $24$ couples: $6$ choices
    ...", "$\\binom{25}{22}$ solutions. First we ...", "$P(10,4)$, since order is important".
    Such an answer gives its value first and then works it, so its last formula is a step, not
    the answer; None when the first clause states no number or more than one."""
    cut, at = len(text), 0
    for span in [*MATH_SPAN.finditer(text), None]:  # the words between formulas, in order
        end = _CLAUSE_END.search(text, at, span.start() if span else len(text))
        if end or span is None:
            cut = end.start() if end else cut
            break
        at = span.end()
    opening = _PERMUTATIONS.sub(r"\\frac{\1!}{(\1-\2)!}", text[:cut])
    numbers = {}
    for v in _book_values(opening, None, False):
        if isinstance(v.value, sp.Expr) and v.value.is_number:
            value = v.value.doit()
            numbers[sp.sstr(value)] = _BookValue(value, v.tolerance)
    return next(iter(numbers.values())) if len(numbers) == 1 else None


def _in_degrees(answer: sp.Basic, radians: sp.Basic) -> bool:
    """Is ``answer`` nearer the book's angle counted in degrees than in radians?"""
    if not (_is_number(answer) and _is_number(radians)) or not answer.is_real:
        return False
    return bool(abs(sp.N(answer - radians * 180 / sp.pi)) < abs(sp.N(answer - radians)))


def _same(answer: sp.Basic, book: _BookValue) -> tuple[bool, str]:
    """Exact equivalence, or for a decimal the book printed, agreement within its tolerance."""
    value = book.value
    if isinstance(value, sp.MatrixBase) or isinstance(answer, sp.MatrixBase):
        return _equal(value, answer)
    if book.degrees and _in_degrees(answer, value):  # a family that answers in degrees
        book = _BookValue(value * 180 / sp.pi, book.tolerance and book.tolerance * 180 / sp.pi)
        value = book.value
    decimal = book.tolerance is not None or (isinstance(answer, sp.Basic) and answer.has(sp.Float))
    if decimal and isinstance(value, sp.Expr) and isinstance(answer, sp.Expr) \
            and value.is_number and answer.is_number:
        tolerance = max(book.tolerance or 0, RELATIVE_TOLERANCE * abs(sp.N(value, 30)))
        difference = abs(sp.N(answer - value, 30))
        return bool(difference <= tolerance), (
            f"decimal: within {sp.N(tolerance, 3)} (half a unit in the book's last digit, "
            "or 0.5% of its size)")
    return _equal(value, answer)


def _equal(a: sp.Basic, b: sp.Basic) -> tuple[bool, str]:
    """Exact comparison first; random points at 30 digits as a second opinion only."""
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return a == b, "exact (every entry)"
    if not isinstance(a, sp.Expr) or not isinstance(b, sp.Expr):
        return a == b, "structural equality"
    difference = sp.expand(a - b)
    if difference == 0:
        return True, "exact (expand)"
    if sp.count_ops(difference) < 40 and sp.simplify(difference) == 0:
        return True, "exact (simplify)"
    symbols = sorted(difference.free_symbols, key=str)
    rng = random.Random(sp.sstr(difference))
    function = sp.lambdify(symbols, difference, modules="mpmath")
    with mpmath.workdps(30):
        for _ in range(5):
            try:
                value = function(*[mpmath.mpf(rng.randint(300, 2300)) / 1000 for _ in symbols])
            except Exception:  # noqa: BLE001 - names lambdify cannot evaluate, poles, ...
                return False, "cannot be evaluated at a random point"
            if abs(value) > mpmath.mpf("1e-20"):
                return False, "differs at a random point"
    return True, "numeric (5 random points, 30 digits)"
