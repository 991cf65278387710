"""Expand a linear algebra book's notation macros into LaTeX that SymPy's parser and the
matrix reader understand.

A PreTeXt book keeps its author's macros in its math (``\\colvector{1\\\\2}``,
``\\set{...}``, ``\\leading{1}``); the rendered book expands them through its
``<macros>`` element. The PreTeXt ingest expands a book's own macros
(:mod:`ingest.texmacros`) except those named here: the table below holds the common
linear algebra ones (Beezer's FCLA names them so, and other PreTeXt linear algebra books
copy them), in the forms the linear algebra readers are written for; an unknown macro is
left alone.
"""

from __future__ import annotations

import re

from ingest.texmacros import braced

# name -> (number of braced arguments, replacement with #1, #2 ...)
MACROS: dict[str, tuple[int, str]] = {
    "colvector": (1, r"\begin{bmatrix}#1\end{bmatrix}"),
    "leading": (1, "#1"),
    "vect": (1, "#1"),
    "set": (1, r"\{#1\}"),
    "setparts": (2, r"\{#1 \mid #2\}"),
    "spn": (1, r"\operatorname{span}(#1)"),
    "nsp": (1, r"\operatorname{N}(#1)"),
    "csp": (1, r"\operatorname{C}(#1)"),
    "rsp": (1, r"\operatorname{R}(#1)"),
    "lns": (1, r"\operatorname{L}(#1)"),
    "transpose": (1, r"#1^{T}"),
    "inverse": (1, r"#1^{-1}"),
    "preimage": (2, r"#1^{-1}\left(#2\right)"),
    "detname": (1, r"\det(#1)"),
    "detbars": (1, r"\left|#1\right|"),
    "matrixentry": (2, r"[#1]_{#2}"),
    "vectorentry": (2, r"[#1]_{#2}"),
    "eigenspace": (2, r"\mathcal{E}_{#1}(#2)"),
    "algmult": (2, r"\alpha_{#1}(#2)"),
    "geomult": (2, r"\gamma_{#1}(#2)"),
    "linearsystem": (2, r"\mathcal{LS}(#1, #2)"),
    "homosystem": (1, r"\mathcal{LS}(#1, 0)"),
    "innerproduct": (2, r"\langle #1, #2\rangle"),
    "norm": (1, r"\left\|#1\right\|"),
    "conjugate": (1, r"\overline{#1}"),
    "complexes": (0, r"\mathbb{C}"),
    "reals": (0, r"\mathbb{R}"),
    "complex": (1, r"\mathbb{C}^{#1}"),
    "zerovector": (0, r"\mathbf{0}"),
    "rref": (0, r"\xrightarrow{\text{RREF}}"),
    "ltdefn": (3, r"#1\colon #2\to #3"),
    "lt": (0, "<"),
    "gt": (0, ">"),
}
# Macros a book's ingest leaves as written: those above, and those readers match by name
# (``\\lteval{T}{x}`` in linear_systems, ``\\vectrep{B}{v}``, ``\\krn{T}``, ``\\rng{T}``).
READ_AS_WRITTEN = frozenset(MACROS) | {"lteval", "vectrep", "krn", "rng"}
_COMMAND = re.compile(r"\\([a-zA-Z]+)")
# The PDF's set of columns: its tall braces become a matrix whose first row is "\{" (or
# "\{ & \}") around the columns, \begin{bmatrix}\{ \\ [..],[..]\end{bmatrix}: it is \{[..],[..]\}.
_PDF_SET = re.compile(r"\\begin\{bmatrix\}\s*\\\{\s*(?:&\s*\\\}\s*)?\\\\")
_ENVIRONMENT = re.compile(r"\\(begin|end)\{bmatrix\}")
# Lebl's inline matrix: a smallmatrix in \left[ \right] is the bmatrix every reader knows.
_SMALL = re.compile(r"\\left\s*\[\s*\\begin\{smallmatrix\}(.*?)\\end\{smallmatrix\}\s*\\right\s*\]",
                    re.DOTALL)


def expand(latex: str) -> str:
    """``latex`` with every known macro expanded (arguments first, so nesting works), and
    bracketed smallmatrices written as bmatrices."""
    latex = _pdf_sets(_SMALL.sub(r"\\begin{bmatrix}\1\\end{bmatrix}", latex))
    out, position = [], 0
    for match in _COMMAND.finditer(latex):
        if match.start() < position or match.group(1) not in MACROS:
            continue
        count, template = MACROS[match.group(1)]
        arguments, end = [], match.end()
        for _ in range(count):
            found = braced(latex, end)
            if found is None:
                break
            arguments.append(expand(found[0]))
            end = found[1]
        if len(arguments) != count:
            continue  # malformed: leave it as written
        body = template
        for number, argument in enumerate(arguments, 1):
            body = body.replace(f"#{number}", argument)
        if count == 0 and end < len(latex) and latex[end].isalpha():
            body += " "  # \lt x: keep the next letter apart
        out.append(latex[position:match.start()] + body)
        position = end
    return "".join(out) + latex[position:]


def _pdf_sets(latex: str) -> str:
    """Each PDF set of columns (:data:`_PDF_SET`) written as the set ``\\{...\\}`` it is."""
    match = _PDF_SET.search(latex)
    if match is None:
        return latex
    depth = 1
    for tag in _ENVIRONMENT.finditer(latex, match.end()):
        depth += 1 if tag.group(1) == "begin" else -1
        if depth == 0:
            inner = latex[match.end():tag.start()]
            return latex[:match.start()] + "\\{" + inner + "\\}" + _pdf_sets(latex[tag.end():])
    return latex
