"""Read "Find the (inverse) Laplace transform of $f$" from a book item.

The function is the item's first formula in t (in s for an inverse transform),
with the book's named constants (``a``, ``\\omega``) kept as symbols and ``u(t - a)``
read as the Heaviside step, as differential equations books write it.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize.latex import to_sympy
from formalize.odes import PARAMETERS, read_ode

_LAPLACE = re.compile(r"\blaplace transform")
_INVERSE = re.compile(r"\binverse laplace")
_NOT_ASKED = re.compile(r"\bverify|\bshow\b|\bderive|\bjustify|\bprove|\bsketch|\bsolve")
_IVP_ASKED = re.compile(r"\bsolve\b|\bsolution\b")
_IVP_NOT_ASKED = re.compile(r"\btransfer function|\bconvolution|\bdefinite integral|\barbitrary"
                            r"|\bshow\b|\bverify|\bcheck\b")
T, S = sp.Symbol("t"), sp.Symbol("s")
# The whole formula is \mathcal{L}^{-1}\{ F(s) \} (or \mathcal{L}\{ f(t) \}).
_WRITTEN = re.compile(r"^\s*\\mathcal\s*\{\s*L\s*\}\s*(\^\s*\{\s*-\s*1\s*\})?\s*\\\{(.*)\\\}\s*[.,]?\s*$",
                      re.DOTALL)


def _unsized(latex: str) -> str:
    """The source's ``{\\mathcal{L}}^{-1} \\left\\{ F(s) \\right\\}`` as the PDF's
    ``\\mathcal{L}^{-1}\\{ F(s) \\}``."""
    text = re.sub(r"\\(?:left|right)(?![a-zA-Z])", "", latex)
    return re.sub(r"\{\s*(\\mathcal\s*\{\s*L\s*\})\s*\}", r"\1", text)


def _function(latex: str, variable: sp.Symbol) -> sp.Expr | None:
    """The formula as a function of ``variable`` (named constants allowed), or None."""
    if "\\begin" in latex or "\\mathcal" in latex:
        return None
    expr = to_sympy(latex)
    if not isinstance(expr, sp.Expr) or variable not in expr.free_symbols:
        return None
    steps = {f: sp.Heaviside(*f.args) for f in expr.atoms(sp.core.function.AppliedUndef)
             if f.func.__name__ == "u" and len(f.args) == 1}
    expr = expr.subs(steps)
    if expr.atoms(sp.core.function.AppliedUndef):
        return None
    if any(s != variable and s.name not in PARAMETERS for s in expr.free_symbols):
        return None
    return expr


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    ivp = _ivp(formulas, prose)
    if ivp is not None:
        return "differential_equations.laplace_ivp", ivp
    written = [m for m in (_WRITTEN.search(_unsized(f)) for f in formulas) if m]
    if written and not _NOT_ASKED.search(prose):  # Compute $\mathcal{L}^{-1}\{F(s)\}$.
        inverse = bool(written[0].group(1))
        expr = _function(written[0].group(2), S if inverse else T)
        return None if expr is None else _task(expr, inverse)
    if not _LAPLACE.search(prose) or _NOT_ASKED.search(prose):
        return None
    inverse = bool(_INVERSE.search(prose))
    for latex in formulas:
        expr = _function(latex, S if inverse else T)
        if expr is not None:
            return _task(expr, inverse)
    return None


def _ivp(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Solve $x'' + x = u(t-1)$, $x(0) = 0$, $x'(0) = 0$": an equation forced by steps or
    impulses, with its values at 0 (an equation without them is the ODE reader's)."""
    if not _IVP_ASKED.search(prose) or _IVP_NOT_ASKED.search(prose):
        return None
    task = read_ode(formulas, impulses=True)
    if task is None or not task["ics"] or any(not key.endswith(("(0)", ", 0)")) for key in task["ics"]) \
            or not sp.sympify(
            task["ode"], locals={"y": sp.Function("y")}).has(sp.Heaviside, sp.DiracDelta):
        return None
    return task


def _task(expr: sp.Expr, inverse: bool) -> tuple[str, dict[str, Any]]:
    return "differential_equations.laplace_transform", {
        "expr": sp.sstr(expr), "inverse": inverse,
        "parameters": sorted(s.name for s in expr.free_symbols - {S, T})}
