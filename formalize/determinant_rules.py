"""Read "Suppose $A$ and $S$ are $n \\times n$ matrices, and $S$ is invertible. Suppose that
$\\det(A) = 3$. Compute $\\det(S^{-1}AS)$ and $\\det(SAS^{-1})$." and "Let $A$ be an
$n \\times n$ matrix such that $\\det(A)=1$. Compute $\\det(x A)$ given a number $x$." (Lebl
A.6.6, A.6.7): determinants of products of n x n matrices known only by their determinants.

Each asked product is read letter by letter: a capital is a matrix (``S^{-1}`` its inverse),
a small letter or a number a scalar; the givens are ``\\det(A) = 3``. A matrix whose
determinant is not given must appear with its inverse, or the answer would depend on it.
"""

from __future__ import annotations

import re
from typing import Any

from formalize.latex import tidy

_GIVEN = re.compile(r"\$\s*\\det\s*\(\s*([A-Z])\s*\)\s*=\s*(-?\d+)\s*\$")
_ASKED = re.compile(r"\$\s*\\det\s*\(\s*([^$()]+?)\s*\)\s*\$")
_FACTOR = re.compile(r"\s*(?:([A-Z])(\s*\^\s*\{\s*-\s*1\s*\})?|([a-z])|(\d+))")
_SQUARE = re.compile(r"\bn\s*\\times\s*n\b")
_COMPUTE = re.compile(r"\bCompute\b")
_SENTENCE_END = re.compile(r"[.?](?:\[\d+\])?(?:\s|$)")


def _product(latex: str) -> list[str] | None:
    """``S^{-1}AS`` -> ["S**-1", "A", "S"]; None for anything else."""
    factors, at = [], 0
    text = tidy(latex)
    while at < len(text.rstrip()):
        match = _FACTOR.match(text, at)
        if match is None or match.end() == at:
            return None
        matrix, inverse, scalar, number = match.groups()
        factors.append(f"{matrix}**-1" if inverse else matrix or scalar or number)
        at = match.end()
    return factors or None


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS` (raw text, math in place)."""
    flat = " ".join(text.split())
    if not _SQUARE.search(flat) or not _COMPUTE.search(flat):
        return None
    given = dict(_GIVEN.findall(flat))
    start = _COMPUTE.search(flat).start()
    end = _SENTENCE_END.search(flat, start)
    question = flat[start:end.start() if end else len(flat)]  # (not a hint's "$\det(xI)$")
    asked = [_product(m) for m in _ASKED.findall(question)]
    if not given or not asked or any(a is None for a in asked):
        return None
    for factors in asked:
        matrices = {f.removesuffix("**-1") for f in factors if f[0].isupper()}
        if not matrices & set(given):
            return None
        for name in matrices - set(given):  # S with S^{-1}, as often each way
            if factors.count(name) != factors.count(f"{name}**-1"):
                return None
    return "linear_algebra.determinant_rules", {"given": given, "asked": asked}
