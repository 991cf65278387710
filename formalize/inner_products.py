"""Read "Given that $\\langle \\vec{v}, \\vec{w} \\rangle = 3$ and $\\lVert \\vec{v} \\rVert = 3$,
compute $\\langle \\vec{v}, 2\\vec{w} + 3\\vec{u} \\rangle$" from a book item: the inner products
given, and the one asked, as coefficients of the named vectors.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy

_VECTOR = re.compile(r"\\vec\s*\{\s*([a-z])\s*\}")
_PRODUCT = re.compile(r"\\langle(.*?),(.*?)\\rangle\s*(?:=\s*(.+))?$", re.DOTALL)
_NORM = re.compile(r"^\s*(?:\\\||\\lVert)\s*\\vec\s*\{\s*([a-z])\s*\}\s*(?:\\\||\\rVert)\s*=\s*(.+)$")


def _combination(latex: str) -> dict[str, str] | None:
    """``2\\vec{w} + 3\\vec{u}`` as {"w": "2", "u": "3"}; None unless a combination of vectors."""
    names = _VECTOR.findall(latex)
    expr = to_sympy(_VECTOR.sub(lambda m: f" {m.group(1)} ", latex))
    if not names or not isinstance(expr, sp.Expr):
        return None
    symbols = [sp.Symbol(name) for name in dict.fromkeys(names)]
    if not expr.free_symbols <= set(symbols) or not expr.is_polynomial(*symbols) or \
            sp.Poly(expr, *symbols).total_degree() != 1 or expr.subs({s: 0 for s in symbols}) != 0:
        return None
    return {s.name: sp.sstr(expr.coeff(s)) for s in symbols if expr.coeff(s) != 0}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`: the one product the item asks."""
    given: dict[str, str] = {}
    asked: list[tuple[dict[str, str], dict[str, str]]] = []
    for latex in formulas:
        norm, product = _NORM.match(latex), _PRODUCT.search(latex.strip())
        if norm:
            value = to_sympy(norm.group(2))
            if not isinstance(value, sp.Expr) or not value.is_number:
                return None
            given[f"{norm.group(1)},{norm.group(1)}"] = sp.sstr(value ** 2)
        elif product:
            left, right = _combination(product.group(1)), _combination(product.group(2))
            if left is None or right is None:
                return None
            if product.group(3) is None:
                if (left, right) not in asked:
                    asked.append((left, right))
                continue
            value = to_sympy(product.group(3).strip(" .,"))
            if len(left) != 1 or len(right) != 1 or not isinstance(value, sp.Expr) \
                    or not value.is_number:
                return None
            (a, ca), (b, cb) = next(iter(left.items())), next(iter(right.items()))
            given[f"{a},{b}"] = sp.sstr(value / (sp.sympify(ca) * sp.sympify(cb)))
    if len(asked) != 1 or not given:
        return None
    return "linear_algebra.inner_product_algebra", {
        "given": given, "left": asked[0][0], "right": asked[0][1]}
