"""Read questions about vector spaces of polynomials and matrices, and about linear maps.

A linear algebra book works in C^n, in P_n (polynomials of degree at most n) and in
M_mn (m x n matrices), and defines a linear map by a formula on a generic element:
``T: M_22 -> P_2, T([a b; c d]) = (a + b) + (a + c)x`` (PreTeXt:
``\\ltdefn{T}{M_{22}}{P_2}``, ``\\lteval{T}{...}``). The map is read into its domain's
coordinate names and one linear form per codomain coordinate (standard bases), the
parameters of ``linear_algebra.linear_map``; the words choose what is asked (kernel,
range, injective, surjective, invertible, matrix representation, a preimage).

A set of polynomials or matrices asked about ("Is S linearly independent in M_22?",
"Is p(x) in W?") is read into coordinate vectors for ``linear_algebra.vector_set``,
with the space kept so the exercise speaks in polynomials and matrices.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from exercises.families.textbook_vector_spaces import coordinates, dimension, shape
from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.matrices import matrices_of
from formalize.notation import expand

X = sp.Symbol("x")
# After formalize.notation: \complex{3} is \mathbb{C}^{3}; \ltdefn{T}{U}{V} is T\colon U\to V.
_SPACE = re.compile(r"\\mathbb\{C\}(?:\^\{?(\d+)\}?)?|P_\{?(\d)\}?|M_\{?(\d)\s*,?\s*(\d)\}?")
_DECLARED = re.compile(r"(?<![A-Za-z\\{])([A-Z])\s*(?:\\colon|:)\s*(\\mathbb\{C\}(?:\^\{?\d+\}?)?"
                       r"|P_\{?\d+\}?|M_\{?\d\s*,?\s*\d\}?)\s*\\(?:to|rightarrow)\s*"
                       r"(\\mathbb\{C\}(?:\^\{?\d+\}?)?|P_\{?\d+\}?|M_\{?\d\s*,?\s*\d\}?)")
_MATRIX = re.compile(r"\\begin\{([bp]matrix)\}(.*?)\\end\{\1\}", re.DOTALL)
_NAME = re.compile(r"^([a-zA-Z])(?:_\{?(\d+)\}?)?$")
_PROOF = re.compile(r"\bprove\b|\bshow that\b|\b(?:a|new|alternate) proof\b|\bconstruct\b|\bexample\b")
_ASKS = {
    "kernel": re.compile(r"\bkernel\b"),
    "range": re.compile(r"\brange\b"),
    "rank": re.compile(r"\brank\b"),
    "nullity": re.compile(r"\bnullity\b"),
}
# "Is T injective?", "Determine if T is (a) injective, (b) surjective": asked, not stated.
_PROPERTY = re.compile(r"\b(injective|surjective|invertible)\b")
_ASKING = re.compile(r"\?$|\b(?:find|compute|calculate|determine|decide|whether)\b")
_NOTATION = {"kernel": re.compile(r"\\krn\{|\\mathcal\{K\}\("),
             "range": re.compile(r"\\rng\{|\\mathcal\{R\}\([A-Z]\)")}
_INVERSE = re.compile(r"\b(?:find|determine) a formula for the inverse\b")
_REPRESENTATION = re.compile(r"\bmatrix representation\b")
_OTHER_BASES = re.compile(r"\brelative to\b|\bbases\b|\bbasis\b")


def space_of(latex: str) -> str | None:
    """``C3``, ``P2`` or ``M2x2`` for a space's LaTeX name, None for any other space."""
    match = _SPACE.fullmatch(latex.strip())
    if not match:
        return None
    if latex.strip().startswith("\\mathbb"):
        return f"C{match.group(1) or 1}"
    if match.group(2):
        return f"P{match.group(2)}"
    return f"M{match.group(3)}x{match.group(4)}"


def _name(symbol: str) -> str | None:
    """``x_{1}`` -> ``x_1``; None for anything but a letter with an optional index."""
    match = _NAME.match(symbol.strip())
    if not match:
        return None
    return match.group(1) + (f"_{match.group(2)}" if match.group(2) else "")


def _cells(body: str) -> list[list[str]]:
    return [[c.strip() for c in row.split("&")] for row in re.split(r"\\\\", body) if row.strip()]


def _parse(latex: str) -> sp.Expr | None:
    """A polynomial or linear form; ``cx^2`` is c times x squared, not the differential dx."""
    spaced = re.sub(r"(?<![\\a-zA-Z])([a-wyz])(?=x)", r"{\1}", latex)
    spaced = re.sub(r"\bp\s*\^\s*\{?\s*\\prime\s*\}?", "p'", spaced)  # p^\prime(x): p'(x)
    value = to_sympy(spaced)
    if not isinstance(value, sp.Expr) or isinstance(value, sp.MatrixBase):
        return None
    value = value.subs(sp.E, sp.Symbol("e"))  # a coordinate named e, not Euler's number
    renames = {s: sp.Symbol(_name(s.name)) for s in value.free_symbols if _name(s.name)}
    return sp.expand(value.subs(renames).doit()) if len(renames) == len(value.free_symbols) else None


def _generic(latex: str) -> tuple[str, list[str]] | None:
    """The domain and its coordinate names from a generic input: a column or matrix of
    distinct letters, or a polynomial ``a + bx + cx^2`` with a letter per coefficient."""
    latex = latex.strip()
    matrix = _MATRIX.fullmatch(latex)
    if matrix:
        cells = _cells(matrix.group(2))
        names = [_name(c) for row in cells for c in row]
        if not all(names) or len(set(names)) != len(names) or len({len(r) for r in cells}) != 1:
            return None
        rows, cols = len(cells), len(cells[0])
        return (f"C{rows}" if cols == 1 else f"M{rows}x{cols}"), names
    value = _parse(latex)
    if value is None or X not in value.free_symbols or not value.is_polynomial(X):
        return None
    poly = sp.Poly(value, X)
    coefficients = poly.all_coeffs()[::-1]
    if not all(isinstance(c, sp.Symbol) for c in coefficients) or \
            len(set(coefficients)) != len(coefficients):
        return None
    return f"P{poly.degree()}", [c.name for c in coefficients]


def _row_of_letters(given: str, spaces: tuple[str | None, str | None] | None) -> str:
    """The PDF's ``[ab]`` for a generic element of M_12 declared so (it lost the ``&``): the
    row ``[a & b]``, one distinct letter per entry; anything else as written."""
    match = re.fullmatch(r"\s*\[\s*([a-z]+)\s*\]\s*", given)
    if not match or not spaces or not spaces[0]:
        return given
    kind, rows, columns = shape(spaces[0])
    letters = match.group(1)
    if kind != "M" or rows != 1 or len(letters) != columns or len(set(letters)) != columns:
        return given
    return "\\begin{bmatrix}" + " & ".join(letters) + "\\end{bmatrix}"


def _applied(value: sp.Expr, polynomial: sp.Expr | None) -> sp.Expr | None:
    """``p(x)``, ``p(1)``, ``p'(x)`` in an output replaced by the generic polynomial's values."""
    calls = value.atoms(AppliedUndef)
    if not calls:
        return value
    if polynomial is None or any(c.func.__name__ not in ("p", "p'") or len(c.args) != 1
                                 for c in calls):
        return None
    derivative = sp.diff(polynomial, X)
    return sp.expand(value.subs({c: (polynomial if c.func.__name__ == "p" else derivative)
                                 .subs(X, c.args[0]) for c in calls}))


def _image(latex: str, inputs: list[str], codomain: str | None,
           polynomial: sp.Expr | None = None) -> tuple[str, list[str]] | None:
    """The codomain and one linear form (a SymPy string) per coordinate of the output;
    ``polynomial``: the generic input when the map is defined on ``p(x)``."""
    latex = latex.strip().rstrip(".,;").strip()
    symbols = {sp.Symbol(n) for n in inputs}
    matrix = _MATRIX.fullmatch(latex)
    if matrix:
        cells = _cells(matrix.group(2))
        if len({len(r) for r in cells}) != 1:
            return None
        forms = [_parse(c) for row in cells for c in row]
        forms = [None if f is None else _applied(f, polynomial) for f in forms]
        rows, cols = len(cells), len(cells[0])
        space = f"C{rows}" if cols == 1 else f"M{rows}x{cols}"
        if codomain == f"M{rows}x{cols}":
            space = codomain  # M_21: a column, as the book names it
        if codomain not in (None, space):
            return None
    else:
        value = _parse(latex)
        value = None if value is None else _applied(value, polynomial)
        if value is None or (X in value.free_symbols) != (codomain or "").startswith("P"):
            return None
        if X in value.free_symbols:
            space = codomain
            poly = sp.Poly(sp.expand(value), X)
            if poly.degree() > shape(space)[1]:
                return None
            forms = coordinates(space, sp.expand(value))
        else:
            space, forms = "C1", [value]
            if codomain not in (None, "C1"):
                return None
    if any(f is None or not f.free_symbols <= symbols for f in forms):
        return None
    if any(not sp.Poly(f, *symbols).is_linear or f.subs({s: 0 for s in symbols}) != 0
           for f in forms if f != 0):
        return None  # not linear: "this function looks linear, but ..."
    return space, [sp.sstr(f) for f in forms]


def _definitions(formula: str) -> list[tuple[str, str, str]]:
    """``(name, input, output)`` for each ``T(input) = output`` in a formula."""
    found = []
    pattern = re.compile(r"\\lteval\{([A-Z])\}\{|(?<![A-Za-z\\])([A-Z])\s*(?:\\left\s*)?\(|"
                         r"(?<![A-Za-z\\])([A-Z])\s*(?=\\begin\{[bp]matrix\})")
    for match in pattern.finditer(formula):
        name = match.group(1) or match.group(2) or match.group(3)
        start = match.end()
        if match.group(1):
            inner, end = _balanced(formula, start - 1, "{", "}")
        elif match.group(2):
            inner, end = _balanced(formula, start - 1, "(", ")")
            inner = re.sub(r"\\right\s*$", "", inner)
        else:
            close = _MATRIX.match(formula, start)
            if not close:
                continue
            inner, end = close.group(0), close.end()
        if inner is None:
            continue
        rest = formula[end:]
        equals = re.match(r"\s*&?\s*=\s*&?", rest)
        if not equals:
            continue
        found.append((name, inner, _until_break(rest[equals.end():])))
    return found


def _balanced(text: str, start: int, opening: str, closing: str) -> tuple[str | None, int]:
    depth = 0
    for end in range(start, len(text)):
        if text[end] == opening:
            depth += 1
        elif text[end] == closing:
            depth -= 1
            if depth == 0:
                return text[start + 1:end], end + 1
    return None, start


def _until_break(text: str) -> str:
    """The output: a matrix, or up to the next row break, alignment gap or comma."""
    matrix = _MATRIX.match(text.strip())
    if matrix:
        return matrix.group(0)
    depth = 0
    for i, char in enumerate(text):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0 and (text.startswith("\\\\", i) or text.startswith("&&", i)
                           or text.startswith("\\quad", i) or char == ","):
            return text[:i]
    return text


_ROW_BREAK = r" \\ "
_BY_MATRIX = re.compile(r"^\s*([A-Z])\s*\(\s*\\mathbf\{x\}\s*\)\s*=\s*([A-Z])\s*\\mathbf\{x\}\s*[.,]?\s*$")


def _by_matrix(formulas: list[str]) -> list[str]:
    """``T(x) = Ax`` with A written out elsewhere in the item, as the map's definition on a
    generic column (``T[x_1; ...; x_n] = [row forms]``), which the readers below read."""
    named = {name: rows for f in formulas for name, rows in _named_matrices(f)}
    written = []
    for formula in formulas:
        match = _BY_MATRIX.match(formula)
        rows = named.get(match.group(2)) if match else None
        if rows:
            inputs = [f"x_{{{k + 1}}}" for k in range(len(rows[0]))]
            forms = [" + ".join(f"({v}) {x}" for v, x in zip(row, inputs, strict=True))
                     for row in rows]
            column, image = (_ROW_BREAK.join(entries) for entries in (inputs, forms))
            written.append(f"{match.group(1)}\\begin{{bmatrix}}{column}\\end{{bmatrix}}="
                           f"\\begin{{bmatrix}}{image}\\end{{bmatrix}}")
        else:
            written.append(formula)
    return written


def _named_matrices(formula: str) -> list[tuple[str, list[list[str]]]]:
    found = re.findall(r"(?<![A-Za-z\\])([A-Z])\s*=\s*(\\begin\{bmatrix\}.*?\\end\{bmatrix\})", formula,
                       re.DOTALL)
    return [(name, rows) for name, body in found for rows in matrices_of(body)]


def read_map(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """The parameters of ``linear_algebra.linear_map`` for an item asking about one map."""
    expanded = _by_matrix([expand(f) for f in formulas])
    params = _the_map(expanded)
    if params is None:
        return None
    ops = ["inverse"] if _INVERSE.search(prose) else _operations(expanded, prose)
    return {**params, "ops": ops} if ops else None


def _the_map(expanded: list[str]) -> dict[str, Any] | None:
    """The one map the (expanded) formulas define: its name, spaces, coordinate names and
    output forms; None for none, or for two."""
    declared = {m.group(1): (space_of(m.group(2)), space_of(m.group(3)))
                for f in expanded for m in _DECLARED.finditer(f)}
    definitions = [d for f in expanded for d in _definitions(f)]
    maps = {}
    for name, given, output in definitions:
        spaces = declared.get(name)
        generic, polynomial = _generic(_row_of_letters(given, spaces)), None
        if given.strip() == "p(x)" and spaces and (spaces[0] or "").startswith("P"):
            names = [f"a_{k}" for k in range(dimension(spaces[0]))]  # p(x) = a_0 + a_1 x + ...
            generic = spaces[0], names
            polynomial = sum(sp.Symbol(n) * X**k for k, n in enumerate(names))
        if generic is None:
            continue
        domain, inputs = generic
        if spaces and spaces[0] != domain:
            continue
        image = _image(output, inputs, spaces[1] if spaces else None, polynomial)
        if image is None:
            continue
        maps[name] = {"name": name, "domain": domain, "codomain": image[0], "inputs": inputs,
                      "outputs": image[1]}
    if len(maps) != 1 or len(definitions) != 1:
        return None  # two maps (a composition), or a map given by its values on a basis
    params = next(iter(maps.values()))
    if len(params["inputs"]) != dimension(params["domain"]) or \
            len(params["outputs"]) != dimension(params["codomain"]):
        return None
    return params


# T^{-1}([2; 3]), S^{-1}[..], or T([2; 3]) / T(3) where the PDF lost the ^{-1} of "the preimage
# T^{-1}(3)"; not followed by "=" (a value the book states, or the map's definition).
_TARGET = re.compile(r"(?<![A-Za-z\\])([A-Z])\s*(?:\^\{-1\})?\s*(?:\\left\s*)?(\()?\s*"
                     r"(\\begin\{bmatrix\}[^{}]*?\\end\{bmatrix\}|-?\d+)\s*(?(2)(?:\\right\s*)?\))"
                     r"(?!\s*&?\s*=)")
_PREIMAGE_OF = re.compile(r"\bpreimage of\s*[.?]")  # "the preimage of $\mathbf{0}$." (math removed)


def read_preimage(formulas: list[str], prose: str) -> tuple[str, dict[str, Any]] | None:
    """"Compute the preimages T^{-1}([2; 3]) and T^{-1}([4; -8])", "Find the preimage of 0":
    the map's ``preimage`` at each target (several: ``linear_algebra.each``)."""
    expanded = [expand(f) for f in formulas]
    params = _the_map(_by_matrix(expanded))
    if params is None:
        return None
    size = dimension(params["codomain"])
    targets: list[tuple[str, list[str]]] = []
    for formula in expanded:
        if formula.strip() == "\\mathbf{0}" and _PREIMAGE_OF.search(prose.split(OWN_END)[0]):
            targets.append((f"{params['name']}^-1(0)", ["0"] * size))
        for match in _TARGET.finditer(formula):
            if match.group(1) != params["name"]:
                continue
            found = matrices_of(match.group(3)) if match.group(3).startswith("\\") else \
                [[[match.group(3)]]]
            if not found or len(found[0][0]) != 1 or len(found[0]) != size or \
                    (size > 1 and not params["codomain"].startswith("C")):
                return None  # a target that is no element of the codomain: not this question
            column = [row[0] for row in found[0]]
            targets.append((f"{params['name']}^-1({', '.join(column)})", column))
    if not targets:
        return None
    items = [{**params, "ops": ["preimage"], "target": target} for _, target in targets]
    if len(items) == 1:
        return "linear_algebra.linear_map", items[0]
    return "linear_algebra.each", {"family": "linear_algebra.linear_map", "items": items,
                                   "names": [name for name, _ in targets]}


def _sentence(prose: str, start: int) -> str:
    """The sentence around position ``start``, ending with its ? or . when it has one."""
    before = max(prose.rfind(". ", 0, start), prose.rfind("? ", 0, start),
                 prose.rfind(OWN_END, 0, start))  # a part's own words end where its exercise's begin
    after = [i for i in (prose.find(". ", start), prose.find("? ", start),
                         prose.find(OWN_END, start)) if i >= 0]
    end = min(after) + 1 if after else len(prose)
    return prose[before + 1:end].strip()


def _operations(formulas: list[str], prose: str) -> list[str] | None:
    """What the words ask about the map, in the order they ask it; None when they state a
    property instead ("T is not injective. Find two inputs ...": another question)."""
    asked: list[tuple[int, str]] = []
    for op, words in _ASKS.items():
        match = words.search(prose)
        if match and _ASKING.search(_sentence(prose, match.start())):
            asked.append((match.start(), op))
    properties, answered = {"injective", "surjective", "invertible"}, False
    for match in _PROPERTY.finditer(prose):
        sentence = _sentence(prose, match.start())
        if not _ASKING.search(sentence):
            if any(o in properties for _, o in asked):
                answered = True  # the book's answer after its question ("(b) Since ... not
                continue  # surjective"): its formulas are working too
            return None  # stated before anything is asked: another question follows
        if match.group(1) not in {o for _, o in asked}:
            asked.append((match.start(), match.group(1)))
    request = re.search(r"\b(?:find|compute|determine)\b", prose)  # "Find $\rng{T}$."
    for op, mark in _NOTATION.items():
        if not answered and op not in {o for _, o in asked} and any(map(mark.search, formulas)):
            asked.append((request.start() if request else len(prose), op))
    if not asked and _REPRESENTATION.search(prose) and not _OTHER_BASES.search(prose):
        asked.append((0, "matrix"))
    return [op for _, op in sorted(asked)]


def _split(body: str) -> list[str]:
    """The elements of a set: top-level commas (outside braces and matrices)."""
    parts, depth, start = [], 0, 0
    body = re.sub(r"\\[,;!]|\\q?quad\b", " ", body)
    for match in re.finditer(r"\\begin\b|\\end\b|[{}]|,", body):
        token = match.group(0)
        if token in ("{", "\\begin"):
            depth += 1
        elif token in ("}", "\\end"):
            depth -= 1
        elif depth == 0:
            parts.append(body[start:match.start()])
            start = match.end()
    return [p.strip() for p in [*parts, body[start:]] if p.strip()]


def _constant_element(latex: str) -> tuple[str, list[sp.Expr]] | None:
    """(space, coordinates) of a polynomial in x with rational coefficients, or a matrix of
    rational numbers (not a column: columns are C^n's, read elsewhere)."""
    matrix = _MATRIX.fullmatch(latex.strip())
    if matrix:
        cells = _cells(matrix.group(2))
        values = [_parse(c) for row in cells for c in row]
        if len({len(r) for r in cells}) != 1 or len(cells[0]) == 1 or \
                not all(v is not None and v.is_Rational for v in values):
            return None
        return f"M{len(cells)}x{len(cells[0])}", values
    value = _parse(latex)
    if value is None or value.free_symbols != {X} or not value.is_polynomial(X):
        return None
    poly = sp.Poly(value, X)
    if not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    return f"P{poly.degree()}", poly.all_coeffs()[::-1]


_SET = re.compile(r"\\\{(.*?)\\\}", re.DOTALL)
_NAMED_SPACE = re.compile(r"(?<![A-Za-z\\])(P_\{?\d\}?|M_\{?\d\s*,?\s*\d\}?)(?![\d}])")
_ELEMENT = re.compile(r"(?:p\(x\)|[A-Z])\s*=\s*(.+)$", re.DOTALL)
_SET_ASKS = [("independent", re.compile(r"\blinearly (?:in)?dependent\b")),
             ("spans", re.compile(r"\bspans?\b(?! of)")),
             ("span_member", re.compile(r"\bis (?:the (?:matrix|polynomial|vector) )?in\b"
                                        r"|\bin the (?:subspace|span)\b"))]


def read_set(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``linear_algebra.vector_set`` parameters for a set of polynomials or matrices."""
    expanded = [expand(f) for f in formulas]
    elements, outside = [], []
    for formula in expanded:
        sets = _SET.findall(formula)
        for body in sets:
            elements += [_constant_element(e) for e in _split(body)]
        if not sets:
            given = _ELEMENT.search(formula)
            if given:
                outside.append(_constant_element(given.group(1).strip().rstrip(".,")))
    if len(elements) < 2 or not all(elements):
        return None
    kinds = {space[0] for space, _ in elements} | {space[0] for space, _ in filter(None, outside)}
    named = {space_of(m.group(1)) for f in expanded for m in _NAMED_SPACE.finditer(f)}
    if len(kinds) != 1 or len(named) > 1:
        return None
    asked = [op for op, words in _SET_ASKS
             if any(_ASKING.search(_sentence(prose, m.start())) for m in words.finditer(prose))]
    if len(asked) != 1 or "write" in prose or "linear combination" in prose:
        return None  # two questions, or one that wants the coefficients too
    space = _common_space([s for s, _ in elements] + [s for s, _ in filter(None, outside)], named)
    if space is None or (asked[0] == "spans" and not named):
        return None
    size = dimension(space)
    vectors = [[sp.sstr(c) for c in coords] + ["0"] * (size - len(coords)) for _, coords in elements]
    params: dict[str, Any] = {"op": asked[0], "vectors": vectors, "space": space}
    if asked[0] == "span_member":
        if len(outside) != 1 or outside[0] is None:
            return None
        coords = outside[0][1]
        params["target"] = [sp.sstr(c) for c in coords] + ["0"] * (size - len(coords))
    return params


def _common_space(spaces: list[str], named: set[str | None]) -> str | None:
    """The space the book names, or the smallest holding every element."""
    kind = spaces[0][0]
    if kind == "P":
        degree = max(int(s[1:]) for s in spaces)
        name = next(iter(named), None) or f"P{degree}"
        return name if name[0] == "P" and int(name[1:]) >= degree else None
    if len(set(spaces)) != 1 or (named and named != set(spaces)):
        return None
    return spaces[0]


_BUILDER = re.compile(r"\\\{\s*(.+?)\s*(?:\\mid|\|)\s*(.+?)\s*\\\}[\s.,]*$|=\s*(\\begin\{bmatrix\}.+?"
                      r"\\end\{bmatrix\})\s*\|\s*(.+?)\s*\.?$", re.DOTALL)
_PARAMETERS = re.compile(r"^([a-z](?:\s*,\s*[a-z])*)\s*\\in\s*(?:\\mathbb\{[CR]\}|\\complexes)$")


def read_subspace(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """A subspace in set-builder form, as the range or the kernel of a linear map:
    ``{[a + b, a + c, d] | a, b, c, d in C}`` is the range of (a, b, c, d) -> [...];
    ``{a + bx + cx^2 | a + b + c = 0}`` is the kernel of the map to the constraints' values."""
    asked = "range" if "basis" in prose else "rank" if "dimension" in prose else None
    built = [m for f in map(expand, formulas) for m in [_BUILDER.search(f)] if m]
    if asked is None or len(built) != 1:
        return None
    match = built[0]
    element, condition = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    parameters = _PARAMETERS.match(condition.strip())
    if parameters:  # the subspace is the set of values: a range
        inputs = [n.strip() for n in parameters.group(1).split(",")]
        image = _image(element, inputs, None)
        if image is None:
            return None
        return {"name": "T", "domain": f"C{len(inputs)}", "codomain": image[0], "inputs": inputs,
                "outputs": image[1], "ops": [asked]}
    generic = _generic(element)  # the subspace is cut out by equations: a kernel
    equations = [e.split("=") for e in condition.split(",")]
    if generic is None or any(len(e) != 2 for e in equations):
        return None
    domain, inputs = generic
    forms = [_parse(f"({lhs}) - ({rhs})") for lhs, rhs in equations]
    symbols = {sp.Symbol(n) for n in inputs}
    if any(f is None or not f.free_symbols <= symbols or not sp.Poly(f, *symbols).is_linear
           or f.subs({s: 0 for s in symbols}) != 0 for f in forms):
        return None
    return {"name": "T", "domain": domain, "codomain": f"C{len(forms)}", "inputs": inputs,
            "outputs": [sp.sstr(f) for f in forms],
            "ops": ["kernel" if asked == "range" else "nullity"]}


_COLUMN = r"(\\begin\{bmatrix\}[^{}]*?\\end\{bmatrix\})"
_VALUE = re.compile(rf"(?<![A-Za-z\\])([A-Z])\s*\(\s*{_COLUMN}\s*\)\s*=\s*{_COLUMN}")
_ASKED_AT = re.compile(rf"(?<![A-Za-z\\])([A-Z])\s*\(\s*{_COLUMN}\s*\)\s*(?:[.,]\s*)?$")


def read_values(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"If T([2; 1]) = [3; 4] and T([1; 1]) = [-1; 2], find T([4; 3])" (or "find the matrix
    representation of T"): a map known on a basis of column vectors of numbers."""
    expanded = [expand(f) for f in formulas]
    given = [m.groups() for f in expanded for m in _VALUE.finditer(f)]
    columns = [[[row[0] for row in m] for m in matrices_of(c) if len(m[0]) == 1] for _, *cs in given
               for c in cs]
    if len(given) < 2 or len({name for name, *_ in given}) != 1 or not all(columns) or \
            "find" not in prose:
        return None
    inputs, outputs = [c[0] for c in columns[0::2]], [c[0] for c in columns[1::2]]
    if len(inputs) != len(inputs[0]) or len({len(o) for o in outputs}) != 1:
        return None
    params: dict[str, Any] = {"inputs": inputs, "outputs": outputs}
    asked = [m for f in expanded for m in [_ASKED_AT.search(f)] if m and m.group(1) == given[0][0]]
    if _REPRESENTATION.search(prose) and not asked:
        return {**params, "op": "matrix"}
    at = [[row[0] for row in m] for m in matrices_of(asked[0].group(2))] if len(asked) == 1 else []
    if at and len(at[0]) == len(inputs):
        return {**params, "op": "evaluate", "at": at[0]}
    return None


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    values = read_values(formulas, prose)
    if values is not None:
        return "linear_algebra.map_from_values", values
    if _PROOF.search(prose):
        return None
    if "preimage" in prose:
        return read_preimage(formulas, prose)
    if "inverse" in prose and not _INVERSE.search(prose):
        return None
    for reader, family in ((read_map, "linear_map"), (read_subspace, "linear_map"),
                           (read_set, "vector_set")):
        try:
            found = reader(formulas, prose)
        except (sp.PolynomialError, sp.SympifyError, TypeError, ValueError):
            continue  # a formula that is not a polynomial where one was expected
        if found is not None:
            return f"linear_algebra.{family}", found
    return None
