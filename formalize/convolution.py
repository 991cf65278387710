"""Read a convolution ("Let $f(t) = t^2$ and $g(t) = u(t-1)$. Compute $f*g$.") and a Volterra
integral equation ("Solve $x(t) = e^{-t} + \\int_0^t \\cos(t-\\tau) x(\\tau) d\\tau$.") from a
book item, as Laplace-transform chapters pose them.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from formalize import OWN_END
from formalize.latex import to_sympy

T = sp.Symbol("t")
# "Compute $f*g$", "$(f*g)(t) = ...$": the convolution of the two functions the item defines.
_ASKED = re.compile(r"^\s*\(?\s*f\s*\*\s*g\s*\)?\s*(?:\(\s*t\s*\))?\s*(?:=|[.,]?\s*$)")
_DEFINED = re.compile(r"^\s*([fg])\s*\(\s*t\s*\)\s*=")
_NOT_ASKED = re.compile(r"\bshow\b|\bprove\b|\bverify\b|\bjustify\b")


def _in_t(expr: sp.Basic) -> sp.Expr | None:
    """A function of t alone, ``u(t - a)`` as the Heaviside step; None for anything else."""
    if not isinstance(expr, sp.Expr):
        return None
    steps = {f: sp.Heaviside(*f.args) for f in expr.atoms(sp.core.function.AppliedUndef)
             if f.func.__name__ == "u" and len(f.args) == 1}
    expr = expr.subs(steps)
    if expr.atoms(sp.core.function.AppliedUndef) or expr.free_symbols - {T}:
        return None
    return expr


def read_convolution(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"f": ..., "g": ...}`` when a formula asks for f*g and the item defines f and g."""
    if not any(_ASKED.match(f) for f in formulas) or _NOT_ASKED.search(prose.split(OWN_END)[0]):
        return None
    defined: dict[str, sp.Expr] = {}
    for latex in formulas:
        match = _DEFINED.match(latex)
        if match and match.group(1) not in defined:
            expr = _in_t(to_sympy(latex[match.end():]))
            if expr is None:
                return None
            defined[match.group(1)] = expr
    if set(defined) != {"f", "g"}:
        return None
    return {"f": sp.sstr(defined["f"]), "g": sp.sstr(defined["g"])}


def _volterra(latex: str) -> dict[str, Any] | None:
    """x(t) = f(t) + c \\int_0^t k(t - tau) x(tau) dtau, written in any linear arrangement."""
    equation = to_sympy(latex, definition_rhs=False)
    if not isinstance(equation, sp.Eq):
        return None
    difference = equation.lhs - equation.rhs
    integrals = list(difference.atoms(sp.Integral))
    if len(integrals) != 1 or len(integrals[0].limits) != 1:
        return None
    integral = integrals[0]
    tau, *bounds = integral.limits[0]
    unknowns = [f for f in integral.function.atoms(sp.core.function.AppliedUndef) if f.args == (tau,)]
    if bounds != [0, T] or len(unknowns) != 1:
        return None
    unknown = unknowns[0].func
    a, b = sp.Symbol("a_unknown"), sp.Symbol("b_integral")
    linear = sp.expand(difference.subs(integral, b).subs(unknown(T), a))
    ca, cb = linear.coeff(a), linear.coeff(b)
    rest = sp.expand(linear - ca * a - cb * b)
    kernel = sp.simplify(integral.function / unknown(tau))
    w = sp.Symbol("w")
    shifted = sp.simplify(kernel.subs(T, tau + w))
    if not (ca.is_number and cb.is_number and ca != 0) or shifted.has(tau) or \
            rest.has(a, b, unknown):
        return None
    f, k = _in_t(-rest / ca), _in_t(-cb / ca * shifted.subs(w, T))
    if f is None or k is None or k == 0:
        return None
    return {"f": sp.sstr(f), "kernel": sp.sstr(k)}


def read_integral_equation(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """``{"f": ..., "kernel": ...}`` for "Solve" an equation x = f + k * x."""
    if not re.search(r"\bsolve\b", prose) or _NOT_ASKED.search(prose.split(OWN_END)[0]):
        return None
    for latex in formulas:
        if "\\int" in latex:
            task = _volterra(latex)
            if task is not None:
                return task
    return None


_IMPULSE_ASKED = re.compile(r"\bhas the solution for \. find (?:\(in closed form\) )?the solution "
                            r"to\b")
_OPERATOR = re.compile(r"^\s*L\s*x\s*=(.+)$")
_RESPONSE = re.compile(r"^\s*x\s*\(\s*t\s*\)\s*=(.+)$")
_START = re.compile(r"^\s*x\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)*\s*\(\s*0\s*\)\s*=(.+)$")


def read_impulse(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Suppose that $Lx = \\delta(t)$, $x(0) = 0$, $x'(0) = 0$, has the solution $x(t) = h$ for
    $t > 0$. Find the solution to $Lx = f$, $x(0) = 0$, $x'(0) = 0$": x = h * f (zero initial
    conditions), as ``{"f": h, "g": f}``."""
    if not _IMPULSE_ASKED.search(prose.split(OWN_END)[0]):
        return None
    inputs = [m.group(1) for m in map(_OPERATOR.match, formulas) if m]
    responses = [m.group(1) for m in map(_RESPONSE.match, formulas) if m]
    starts = [to_sympy(m.group(1)) for m in map(_START.match, formulas) if m]
    if len(inputs) != 2 or len(responses) != 1 or any(v != 0 for v in starts):
        return None
    if not re.fullmatch(r"\s*\\delta\s*\(\s*t\s*\)\s*", inputs[0]) or "delta" in inputs[1]:
        return None
    h, f = _in_t(to_sympy(responses[0])), _in_t(to_sympy(inputs[1]))
    if h is None or f is None:
        return None
    return {"f": sp.sstr(h), "g": sp.sstr(f)}


_SYSTEM = re.compile(r"\bsuppose , , for the input function gives the output \.")
_TRANSFORMS = re.compile(r"^find , , and the transfer function \.$")
_NEW_INPUT = re.compile(r"^if the input is instead , find the new output \.$")
_INPUT = re.compile(r"^\s*f\s*\(\s*t\s*\)\s*=(.+)$")


def read_transfer(formulas: list[str], prose: str) -> dict[str, Any] | None:
    """"Suppose $Lx = f(t)$, $x(0)=0$, $x'(0)=0$ for the input function $f(t) = t$ gives the
    output $x(t) = ...$. Find $F(s)$, $X(s)$, and the transfer function $H(s)$" (or, a part:
    "If the input is instead $f(t) = \\sin(t)$, find the new output $x(t)$"): ``{"f", "x"}``
    and the new input ``g`` ("" when the transforms are asked)."""
    own = prose.split(OWN_END)[0].strip()
    setup = _SYSTEM.search(own)  # the whole exercise: one question after its setup, or none
    question = own[setup.end():].strip() if setup else own
    transforms, new = _TRANSFORMS.match(question), _NEW_INPUT.match(question)
    if not _SYSTEM.search(prose) or bool(transforms) == bool(new):
        return None
    starts = [to_sympy(m.group(1)) for m in map(_START.match, formulas) if m]
    if any(v != 0 for v in starts) or not any(re.fullmatch(r"\s*Lx\s*=\s*f\(t\)\s*", f.replace(
            " ", "")) for f in formulas):
        return None
    at = next((i for i, f in enumerate(formulas) if _RESPONSE.match(f)), None)
    outputs = {f for f in formulas if _RESPONSE.match(f)}
    if at is None or at == 0 or len(outputs) != 1 or not _INPUT.match(formulas[at - 1]):
        return None
    x, f = _in_t(to_sympy(_RESPONSE.match(formulas[at]).group(1))), \
        _in_t(to_sympy(_INPUT.match(formulas[at - 1]).group(1)))
    others = {_in_t(to_sympy(m.group(1))) for m in map(_INPUT.match, formulas) if m} - {f}
    if x is None or f is None or f == 0 or None in others or len(others) != bool(new):
        return None
    return {"f": sp.sstr(f), "x": sp.sstr(x), "g": sp.sstr(others.pop()) if new else ""}


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    convolution = read_convolution(formulas, prose) or read_impulse(formulas, prose)
    if convolution is not None:
        return "differential_equations.convolution", convolution
    equation = read_integral_equation(formulas, prose)
    if equation is not None:
        return "differential_equations.integral_equation", equation
    system = read_transfer(formulas, prose)
    if system is not None:
        return "differential_equations.transfer_function", system
    return None
