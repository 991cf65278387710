"""Read "find the critical points and linearizations" / "find and classify the critical points"
of a nonlinear system x' = f(x, y), y' = g(x, y), or of a conservative equation x'' + f(x) = 0,
from a book item.

An exercise may list several systems ("of the following systems. a) ... b) ..."): each
system is its x' and y' equations in order, a repeated x' starting the next, and the task is
``linear_algebra.each`` over them. The words must ask for linearizations or a classification
(a bare "find the critical points" is :mod:`formalize.equilibria`'s); "verify", "show" and
"not almost linear" items, systems with a constant the item does not give, a worked example
that repeats its system, and a part that holds several systems are not read.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from exercises.families.textbook_nonlinear import conservative_energy
from formalize import OWN_END
from formalize.latex import to_sympy
from formalize.odes import components

_POINTS = re.compile(r"\bcritical points?\b")
_LINEARIZE = re.compile(r"\blineari[sz]ation")
_CLASSIFY = re.compile(r"\bclassify\b")
_NOT_ASKED = re.compile(r"\bverify|\bshow\b|\bnot almost linear|\bnot isolated|\bdamp"
                        r"|\bsuppose\b|\bfor any\b|\bpolar\b")
_CONSERVATIVE = re.compile(r"\bconservative\b")
# x'' + f(x) = g: the second derivative alone, then the rest.
_SECOND_ORDER = re.compile(r"^\s*([a-z]|\\theta)\s*''\s*([+-].*?)=(.*?)[.,]?\s*$")
_FAMILY = "differential_equations.critical_point_kinds"


def _systems(formulas: list[str]) -> list[tuple[list[str], list[sp.Expr]]]:
    """The x', y' systems in book order: a name seen again starts the next system."""
    systems: list[tuple[list[str], list[sp.Expr]]] = []
    for latex in formulas:
        found = components([latex], least=1)
        if found is None:
            continue
        for name, side in zip(*found):
            if not systems or name in systems[-1][0]:
                systems.append(([], []))
            systems[-1][0].append(name)
            systems[-1][1].append(side)
    return systems


def _conservative(formulas: list[str]) -> list[dict[str, Any]] | None:
    """x'' + f(x) = g as x' = y, y' = g - f(x), with its energy y^2/2 + F(x); None when one
    such equation is not read (the others alone would answer a smaller question)."""
    found = []
    for latex in formulas:
        match = _SECOND_ORDER.match(latex)
        if not match:
            continue
        name = "theta" if match.group(1) == "\\theta" else match.group(1)
        lhs, rhs = to_sympy(match.group(2)), to_sympy(match.group(3))
        if not all(isinstance(v, sp.Expr) for v in (lhs, rhs)) or name == "y":
            return None
        force = sp.expand(lhs - rhs)
        if force.free_symbols != {sp.Symbol(name)} or force.atoms(sp.core.function.AppliedUndef) \
                or force.atoms(sp.sin, sp.cos, sp.tan):  # (sin x = 0: points without end)
            return None
        found.append({"names": [name, "y"], "sides": ["y", sp.sstr(-force)],
                      "energy": conservative_energy(name, sp.sstr(force))})
    return found


def read(formulas: list[str], prose: str, intent: str | None) -> tuple[str, dict[str, Any]] | None:
    """The task reader for :data:`formalize.tasks.READERS`."""
    own, _, context = prose.partition(OWN_END)
    words = own if _POINTS.search(own) else prose
    if not _POINTS.search(words) or _NOT_ASKED.search(prose):
        return None
    ask = "linearize" if _LINEARIZE.search(words) else "classify" if _CLASSIFY.search(words) \
        else None
    if ask is None:
        return None
    if _CONSERVATIVE.search(prose):
        items = _conservative(formulas)
        if not items or ask != "classify":
            return None
        tasks = [{**item, "ask": ask} for item in items]
    else:
        tasks = []
        for names, sides in _systems(formulas):
            sides = [side.subs({s: sp.Symbol(s.name.replace("{", "").replace("}", ""))
                                for s in side.free_symbols}) for side in sides]
            if names != ["x", "y"] or any(side.free_symbols - {sp.Symbol("x"), sp.Symbol("y")}
                                          or side.atoms(sp.core.function.AppliedUndef)
                                          for side in sides):
                return None
            tasks.append({"names": names, "sides": [sp.sstr(side) for side in sides],
                          "ask": ask})
    # A worked example repeats its system; a part (with its exercise as context) is one system,
    # or the PDF ran the exercise's parts into it.
    if not tasks or any(a == b for k, a in enumerate(tasks) for b in tasks[k + 1:]) or \
            context.strip() and len(tasks) > 1:
        return None
    if len(tasks) == 1:
        return _FAMILY, tasks[0]
    return "linear_algebra.each", {"family": _FAMILY, "items": tasks,
                                   "names": [f"{chr(ord('a') + k)})" for k in range(len(tasks))]}
