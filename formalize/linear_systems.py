"""Read a system of linear equations, or a question about a set of vectors, from a book item.

A linear algebra book prints a system as one display with a row per equation
(``2x_1 - 3x_2 + x_3 = 14 \\\\ x_1 + x_2 = 4``) or as separate formulas
(``$2x+3y=-8$, $x-y=6$``). Every equation must be linear with rational
coefficients; the system becomes its augmented matrix and the names of its
unknowns, the parameters of ``linear_algebra.solve_linear_system``.

A set of column vectors with "linearly independent" in the words, or with a
vector asked to be "in the span", becomes ``linear_algebra.vector_set``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from formalize.matrices import matrices_of
from formalize.notation import expand

MAX_UNKNOWNS = 12
_ROW = re.compile(r"\\\\")
# "Find a basis for <S>", "find a linearly independent set T with <T> = <S>": the vectors span.
_BASIS = re.compile(r"(?<!-)\bbasis\b|\bfind (?:a|an) linearly independent set\b")  # not change-of-basis
_DIMENSION = re.compile(r"\bdimension\b")
# T([x_1 \\ x_2]) = [3x_1 + 5x_2 \\ ...] after notation is expanded (\lteval{T}{...} stays).
_DEFINED = re.compile(r"\\lteval\{[A-Z]\}\{\\begin\{bmatrix\}([^{}]*?)\\end\{bmatrix\}\}\s*&?\s*=\s*"
                      r"\\begin\{bmatrix\}([^{}]*?)\\end\{bmatrix\}")
_KERNEL = re.compile(r"\bkernel\b")
_RANGE = re.compile(r"\brange\b")
_INDEPENDENT = re.compile(r"\blinearly (?:in)?dependent\b")
# Words asking for an argument rather than a result: the system is the subject of a proof.
_PROOF = re.compile(r"\bprove\b|\bshow that\b|\bproof\b")
# Words that make equations a system to solve: linear equations alone may be a relation's rule,
# a sector's radius and arc or a proof's algebra ("$x \sim y$ if and only if $x + y = 0$").
# A display of equations with no words at all is a system by its form.
_SYSTEM = re.compile(r"\bsystems?\b|\bequations\b|\bsimultaneous|\bunknowns\b|\bsolution sets?\b"
                     r"|\ball solutions\b|^\W*$")


# One term of a linear form: sign, coefficient (integer, decimal, \frac{p}{q}, p/q), unknown.
# SymPy's LaTeX parser takes 0.1-0.3 s for one such row; linear forms need no parser.
_TERM = re.compile(
    r"\s*([+-]?)\s*(?:(\d+(?:\.\d+)?)(?:\s*/\s*(\d+))?|\\frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\})?"
    r"\s*(?:\\cdot\s*)?([a-zA-Z](?:_\{?\d+\}?)?)?\s*")
_NOISE = re.compile(r"&|\\q?quad(?![a-zA-Z])|\\[,;:!]|~|\\(?:left|right)(?![a-zA-Z])|[.,;]\s*$"
                    r"|\\(?:begin|end)\{aligned\}|\\phantom\{(?:[^{}]|\{[^{}]*\})*\}")  # Lebl's rows
Form = dict[str, Fraction]  # unknown -> coefficient; "" -> the constant term


def _side(text: str) -> Form | None:
    """A sum of terms such as ``2x_1 - \\frac{1}{2}x_2 + 3`` as a linear form, or None."""
    form: Form = {}
    position, first = 0, True
    while position < len(text):
        match = _TERM.match(text, position)
        sign, integer, denominator, numerator, over, unknown = match.groups()
        if match.end() == position or (not first and not sign) or not (integer or numerator
                                                                         or unknown):
            return None
        coefficient = (Fraction(integer) / Fraction(denominator or 1) if integer
                       else Fraction(int(numerator), int(over)) if numerator else Fraction(1))
        name = "" if unknown is None else re.sub(r"_\{?(\d+)\}?", r"_{\1}", unknown)
        form[name] = form.get(name, Fraction(0)) + (-coefficient if sign == "-" else coefficient)
        position, first = match.end(), False
    return form or None


def _linear(row: str) -> Form | None:
    """One printed row ``lhs = rhs`` as the linear form lhs - rhs with an unknown, or None."""
    sides = _NOISE.sub(" ", row).split("=")
    if len(sides) != 2:
        return None
    lhs, rhs = _side(sides[0].strip()), _side(sides[1].strip())
    if lhs is None or rhs is None:
        return None
    form = dict(lhs)
    for name, value in rhs.items():
        form[name] = form.get(name, Fraction(0)) - value
    unknowns = [name for name in form if name]
    return form if unknowns and len(unknowns) <= MAX_UNKNOWNS else None


def _order(name: str) -> tuple[str, int]:
    """x_{2} before x_{10}; x before y."""
    letter, _, index = name.partition("_")
    return letter, int(index.strip("{}") or 0)


def _is_assignment(form: Form) -> bool:
    """``x_1 = 3``: a value (a solution the item states), not an equation to solve."""
    return len([n for n, v in form.items() if n and v]) == 1


def system_of(formulas: list[str]) -> list[Form] | None:
    """The item's system: the first display whose every row is a linear equation, else its
    one-equation formulas taken together."""
    singles: list[Form] = []
    for formula in formulas:
        rows = [r for r in _ROW.split(expand(formula)) if r.strip()]
        equations = [_linear(row) for row in rows]
        if len(rows) >= 2 and all(e is not None for e in equations):
            return equations
        if len(rows) == 1 and equations[0] is not None:
            singles.append(equations[0])
    if sum(map(_is_assignment, singles)) >= 2:
        return None  # values the words give ("m = 5 equations in n = 2 variables"), no system
    return singles if len(singles) >= 2 else None


def read_system(formulas: list[str]) -> dict[str, Any] | None:
    """``{"variables": [...], "augmented": rows}`` for the item's linear system, or None."""
    equations = system_of(formulas)
    if equations is None or all(_is_assignment(e) for e in equations):
        return None
    # 0x_3 keeps x_3 an unknown of the system although its coefficient is zero.
    variables = sorted({n for e in equations for n in e if n}, key=_order)
    if len(variables) > MAX_UNKNOWNS:
        return None
    augmented = [[str(e.get(v, 0)) for v in variables] + [str(-e.get("", 0))] for e in equations]
    return {"variables": variables, "augmented": augmented}


def _vectors(formulas: list[str]) -> list[list[str]]:
    """Every column vector of numbers in the item, in order of appearance, each once: a set
    lists an element once, so a repeat is the same vector written again in the working."""
    found = [[row[0] for row in m] for f in formulas for m in matrices_of(expand(f))
             if len(m) >= 2 and len(m[0]) == 1]
    return [v for k, v in enumerate(found) if v not in found[:k]]


def read_vector_set(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"op": "independent", "vectors": ...}`` or ``{"op": "span_member", "vectors": ...,
    "target": ...}`` when the words ask it and the item gives vectors of one size; for a basis
    or the dimension of their span, ``{"op": "column_space" or "rank", "matrix": ...}`` with
    the vectors as columns."""
    vectors = _vectors(formulas)
    if len(vectors) < 2 or len({len(v) for v in vectors}) != 1:
        return None
    if len([f for f in formulas if _vectors([f])]) > 1 and (_BASIS.search(prose)
                                                            or _DIMENSION.search(prose)):
        return None  # the set and other vectors (a worked example's steps): which span?
    if _BASIS.search(prose):
        return {"op": "column_space", "matrix": [list(row) for row in zip(*vectors, strict=True)]}
    if _DIMENSION.search(prose):
        return {"op": "rank", "matrix": [list(row) for row in zip(*vectors, strict=True)]}
    if _INDEPENDENT.search(prose):
        return {"op": "independent", "vectors": vectors}
    if "span" in prose or _IN_SUBSPACE.search(prose) or \
            any("\\spn" in f or "\\langle" in f for f in formulas):
        return _membership(formulas, vectors)  # "Is y in the span of S?", "Is y in <R>?"
    return None


# "Write the vector y as a linear combination of the vectors in S", "compute the vector
# representation of y relative to B": the scalars are asked, a linear system.
_COMBINATION = re.compile(r"\bas a linear combination of (?:the )?(?:vectors|elements)\b"
                          r"|\bfind a linear combination of the vectors\b|\bvector representation\b")
_IN_SUBSPACE = re.compile(r"\bis in the subspace\b")


def read_combination(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """The system [v_1 ... v_k | y] for the scalars writing y in the set's vectors: the set
    is the one formula holding several vectors (a worked example with more, a combination
    written out or a second set, is left alone), y the one vector outside it."""
    if not _COMBINATION.search(prose) and not any("\\vectrep" in f for f in formulas):
        return None  # (the source writes the representation as \vectrep{B}{v})
    sets = [vs for vs in (_vectors([f]) for f in formulas if _whole(f)) if len(vs) >= 2]
    if len(sets) != 1 or not all(map(_whole, formulas)):
        return None
    outside = [v for v in _vectors(formulas) if v not in sets[0]]
    if len(outside) != 1 or len({len(v) for v in [*sets[0], outside[0]]}) != 1:
        return None
    rows = [[*row, value] for row, value in zip(zip(*sets[0], strict=True), outside[0], strict=True)]
    return {"variables": [f"a_{{{k + 1}}}" for k in range(len(sets[0]))],
            "augmented": [list(row) for row in rows]}


def _membership(formulas: list[str], vectors: list[list[str]]) -> dict[str, Any] | None:
    """The set's vectors are the ones inside ``\\set{...}`` (the source), else those of the
    one formula holding several (the PDF loses the braces); the one outside is the target."""
    inside: list[list[str]] = []
    for formula in formulas:
        for match in re.finditer(r"\\set\{", formula):
            inside += _vectors([_braced(formula, match.end() - 1)])
    if not inside:
        sets = [f for f in formulas if len(_vectors([f])) >= 2]
        inside = _vectors(sets) if len(sets) == 1 and _whole(sets[0]) else []
    outside = [v for v in vectors if v not in inside]
    if not inside or len(outside) != 1:
        return None
    return {"op": "span_member", "vectors": inside, "target": outside[0]}


def _whole(formula: str) -> bool:
    """Every matrix in the formula was read (none garbled, none nested in another)."""
    expanded = expand(formula)
    return expanded.count("\\begin{") == len(matrices_of(expanded))


def _braced(text: str, start: int) -> str:
    depth = 0
    for end in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[end], 0)
        if depth == 0:
            return text[start + 1:end]
    return text[start + 1:]


def transformation_of(formulas: list[str]) -> tuple[list[str], list[Form]] | None:
    """``T([x_1, ..., x_n]) = [linear forms]``: the input's unknowns and the output's forms."""
    for formula in map(expand, formulas):
        match = _DEFINED.search(formula)
        if not match:
            continue
        inputs = [re.sub(r"_\{?(\d+)\}?", r"_{\1}", v.strip()) for v in _ROW.split(match.group(1))]
        outputs = [_side(_NOISE.sub(" ", row).strip()) for row in _ROW.split(match.group(2))]
        if all(outputs) and all(not f.get("") and set(f) - {""} <= set(inputs) for f in outputs):
            return inputs, outputs
    return None


def read_transformation(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """The kernel, range or a preimage of a linear transformation of column vectors."""
    found = transformation_of(formulas)
    if found is None:
        return None
    inputs, outputs = found
    matrix = [[str(form.get(v, 0)) for v in inputs] for form in outputs]
    if _KERNEL.search(prose) or any("\\krn" in f for f in formulas):
        return "linear_algebra.matrix_operation", {"op": "null_space", "matrix": matrix}
    if _RANGE.search(prose) or any("\\rng" in f for f in formulas):
        return "linear_algebra.matrix_operation", {"op": "column_space", "matrix": matrix}
    for formula in formulas:
        target = re.search(r"\\preimage\{[^}]*\}\{\\colvector\{([^}]*)\}\}", formula)
        values = [_side(v.strip()) for v in _ROW.split(target.group(1))] if target else []
        if values and len(values) == len(matrix) and all(v and set(v) == {""} for v in values):
            augmented = [[*row, str(v[""])] for row, v in zip(matrix, values, strict=True)]
            return "linear_algebra.solve_linear_system", {"variables": inputs,
                                                          "augmented": augmented}
    return None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    if _PROOF.search(prose):
        return None
    combination = read_combination(formulas, prose)
    if combination is not None:
        return "linear_algebra.solve_linear_system", combination
    vector_set = read_vector_set(formulas, prose)
    if vector_set is not None:
        family = "vector_set" if vector_set["op"] in ("independent", "span_member") else \
            "matrix_operation"  # a basis of, or the dimension of, their span
        return f"linear_algebra.{family}", vector_set
    transformation = read_transformation(formulas, prose)
    if transformation is not None:
        return transformation
    system = read_system(formulas) if _SYSTEM.search(prose) else None
    if system is not None:
        return "linear_algebra.solve_linear_system", system
    return None
