"""Read linear algebra questions stated in words around tuples (Lebl's appendix A and 3.4).

"Suppose a linear mapping $F$ takes $(1,0,0)$ to $(2,1)$, it takes $(0,1,0)$ to $(3,4)$, and
it takes $(0,0,1)$ to $(5,6)$. Write down the matrix representing the mapping $F$." is a
map known by its values on a basis (``linear_algebra.map_from_values``, op "matrix").

"Let $A$ be a $3 \\times 3$ matrix with an eigenvalue of 3 and a corresponding eigenvector
$\\vec{v} = [1; -1; 3]$. Find $A\\vec{v}$." is the eigenvalue times the eigenvector
(``linear_algebra.eigen_image``). "If $\\vec{x} = (1,2)$ and $\\vec{y}$ are added together, we find
$\\vec{x}+\\vec{y} = (0,2)$. What is $\\vec{y}$?" is a system, y_i = 0 - 1, 2 - 2
(``linear_algebra.solve_linear_system``). "Suppose $L = [...]$ and $U = [...]$. Let $A = LU$.
Compute $\\det(A)$" is a determinant of a product (``linear_algebra.product_determinant``).

A word reader: which tuple is sent where, and which number is the eigenvalue, the words
in place say.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy
from formalize.matrices import matrices_of
from formalize.notation import expand

_TAKES = re.compile(r"\btakes\s+\$\s*\(([^$()]*)\)\s*\$\s+to\s+\$\s*\(([^$()]*)\)\s*\$")
_MATRIX_ASKED = re.compile(r"\b(?:write down|find|what is) the matrix (?:representing|of)\b",
                           re.IGNORECASE)
_EIGEN = re.compile(r"\beigenvalue of\s+\$?\s*(-?\d+)\s*\$?\s+and a corresponding eigenvector\s+"
                    r"\$\s*\\vec\s*\{\s*([a-z])\s*\}\s*=\s*(.*?)\$", re.DOTALL)
_IMAGE_ASKED = r"\bfind\s+\$\s*A\s*\\vec\s*\{{\s*{}\s*\}}\s*\$"
_PRODUCT = re.compile(r"\$\s*([A-Z])\s*=\s*([A-Z]{2,3})\s*\$")  # $A = LU$
_DET_ASKED = r"\b[Cc]ompute\s+\$\s*\\det\s*\(\s*{}\s*\)\s*\$"
_NAMED = r"(?<![a-zA-Z\\]){}\s*=\s*\\begin\{{bmatrix\}}(.*?)\\end\{{bmatrix\}}"


_VEC = r"\\vec\s*\{?\s*([a-z])\s*\}?"
# (the PDF's "$If\\vec{x}=(1,2)$": the sentence's first word fell into the math)
_GIVEN_VECTOR = re.compile(r"\$\s*(?:If\s*)?" + _VEC + r"\s*=\s*\(([^$()]*)\)\s*\$")
_SUM = re.compile(r"\$\s*" + _VEC + r"\s*\+\s*" + _VEC + r"\s*=\s*\(([^$()]*)\)\s*\$")
_WHAT_IS = re.compile(r"\bWhat is\s+\$\s*" + _VEC + r"\s*\$\s*\?")


def _numbers(tuple_text: str) -> list[str] | None:
    values = [to_sympy(piece) for piece in tuple_text.split(",")]
    if not values or not all(isinstance(v, sp.Expr) and v.is_Rational for v in values):
        return None
    return [sp.sstr(v) for v in values]


def _map(text: str) -> tuple[str, dict[str, Any]] | None:
    pairs = [(_numbers(a), _numbers(b)) for a, b in _TAKES.findall(text)]
    if len(pairs) < 2 or not _MATRIX_ASKED.search(text) or any(
            a is None or b is None for a, b in pairs):
        return None
    inputs, outputs = [a for a, _ in pairs], [b for _, b in pairs]
    if len({len(a) for a in inputs}) != 1 or len({len(b) for b in outputs}) != 1 or \
            len(inputs) != len(inputs[0]):
        return None  # not n images of n vectors in R^n
    return "linear_algebra.map_from_values", {"inputs": inputs, "outputs": outputs,
                                              "op": "matrix"}


def _eigen_image(text: str) -> tuple[str, dict[str, Any]] | None:
    found = _EIGEN.search(text)
    if found is None or not re.search(_IMAGE_ASKED.format(found.group(2)), text,
                                          re.IGNORECASE):
        return None
    vectors = matrices_of(expand(found.group(3)))
    if len(vectors) != 1 or any(len(row) != 1 for row in vectors[0]):
        return None
    return "linear_algebra.eigen_image", {"eigenvalue": found.group(1),
                                          "vector": [row[0] for row in vectors[0]]}


def _named(text: str, name: str) -> list[list[str]] | None:
    """The one matrix the text names ``name`` (``$$L = \\begin{bmatrix} ...``), its cells any
    closed numbers (``\\pi``, ``-\\sin(1)``, ``2^8``), as SymPy strings."""
    found = re.findall(_NAMED.format(name), expand(text))
    if len(found) != 1:
        return None
    rows = [r for r in re.split(r"\\\\", found[0]) if r.strip()]
    cells = [[to_sympy(c) for c in r.split("&")] for r in rows]
    if len({len(r) for r in cells}) != 1 or len(cells) != len(cells[0]) or not all(
            isinstance(c, sp.Expr) and c.is_number for r in cells for c in r):
        return None
    return [[sp.sstr(c) for c in r] for r in cells]


def _product_determinant(text: str) -> tuple[str, dict[str, Any]] | None:
    """"Let $A = LU$. Compute $\\det(A)$" with L and U written out."""
    product = _PRODUCT.search(text)
    if product is None or not re.search(_DET_ASKED.format(product.group(1)), text):
        return None
    factors = [_named(text, name) for name in product.group(2)]
    if any(f is None for f in factors) or len({len(f) for f in factors}) != 1:
        return None
    return "linear_algebra.product_determinant", {"factors": factors}


def _summand(text: str) -> tuple[str, dict[str, Any]] | None:
    """"If $\\vec{x} = (1,2)$ and $\\vec{y}$ are added together, we find $\\vec{x}+\\vec{y} =
    (0,2)$. What is $\\vec{y}$?": the system y_i = s_i - x_i, one equation per entry."""
    asked, given = _WHAT_IS.search(text), dict(_GIVEN_VECTOR.findall(text))
    total = _SUM.search(text)
    if asked is None or total is None or {total.group(1), total.group(2)} != {
            asked.group(1), *given} or asked.group(1) in given:
        return None
    known = _numbers(given[next(iter(given))])
    whole = _numbers(total.group(3))
    if known is None or whole is None or len(known) != len(whole):
        return None
    size = len(known)
    rows = [[str(int(i == j)) for j in range(size)] + [sp.sstr(sp.Rational(w) - sp.Rational(k))]
            for i, (k, w) in enumerate(zip(known, whole, strict=True))]
    return "linear_algebra.solve_linear_system", {
        "variables": [f"{asked.group(1)}_{{{i + 1}}}" for i in range(size)], "augmented": rows}


def read(text: str, context: str | None) -> tuple[str, dict[str, Any]] | None:
    """The word reader for :data:`formalize.tasks.WORD_READERS` (raw text, math in place)."""
    flat = " ".join(text.split())
    return _map(flat) or _eigen_image(flat) or _product_determinant(flat) or _summand(flat)
