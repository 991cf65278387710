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

from ingest.texmacros import COMMON_MACROS, expand_macros

# The PDF's set of columns: its tall braces become a matrix whose first row is "\{" (or
# "\{ & \}") around the columns, \begin{bmatrix}\{ \\ [..],[..]\end{bmatrix}: it is \{[..],[..]\}.
_PDF_SET = re.compile(r"\\begin\{bmatrix\}\s*\\\{\s*(?:&\s*\\\}\s*)?\\\\")
_ENVIRONMENT = re.compile(r"\\(begin|end)\{bmatrix\}")
# Lebl's inline matrix: a smallmatrix in \left[ \right] is the bmatrix every reader knows.
_SMALL = re.compile(r"\\left\s*\[\s*\\begin\{smallmatrix\}(.*?)\\end\{smallmatrix\}\s*\\right\s*\]",
                    re.DOTALL)


def expand(latex: str) -> str:
    """``latex`` with every known macro expanded (:func:`ingest.texmacros.expand_macros`), and
    bracketed smallmatrices written as bmatrices."""
    return expand_macros(_pdf_sets(_SMALL.sub(r"\\begin{bmatrix}\1\\end{bmatrix}", latex)),
                         COMMON_MACROS)


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
