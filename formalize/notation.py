"""Expand a linear algebra book's notation macros into LaTeX that SymPy's parser and the
matrix reader understand.

A PreTeXt book keeps its author's macros in its math (``\\colvector{1\\\\2}``,
``\\set{...}``, ``\\leading{1}``); the rendered book expands them through its
``<macros>`` element. The PreTeXt ingest expands a book's own macros
(:mod:`ingest.texmacros`) except the common linear algebra ones
(:data:`ingest.texmacros.COMMON_MACROS`), which are expanded here into the forms the linear
algebra readers are written for; an unknown macro is left alone.
"""

from __future__ import annotations

import re

from ingest.texmacros import COMMON_MACROS, braced

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
        if match.start() < position or match.group(1) not in COMMON_MACROS:
            continue
        count, template = COMMON_MACROS[match.group(1)]
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
