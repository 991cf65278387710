"""Posed family: images and inverse images of a function the book describes in words.

Levin's Discrete Mathematics defines functions whose rule is no formula in one variable:
"$f:\\mathcal{P}(A)\\to\\mathbb{N}$ given by $f(B)=|B|$" (a subset's size), "$f(abc)=a+b+c$,
where $a$, $b$, and $c$ are the digits" (a digit sum on $\\{0,\\dots,999\\}$), and
"$f:\\mathbb{N}^2\\to\\mathbb{N}$ given by $f((a,b))=a+b$" (a pair's sum). It asks for
$f^{-1}(12)$, $f^{-1}(\\{1,3\\})$, $|f^{-1}(8)|$, $f(A)$ for a range or a box of inputs.

The solver walks the inputs that can reach the values asked (all subsets, all numbers
0..999, the pairs with both entries at most the largest value); the check is a second
method: how many inputs each value has, from a generating polynomial (SymPy: $(1+x)^{|A|}$,
$(1+x+\\dots+x^9)^3$, $(1+x+x^2+\\dots)^2$), and every input listed mapped again by its own
rule, written differently (a set's length; the digits of the number's decimal string).
"""

from __future__ import annotations

import inspect
import itertools
import random
from typing import Any

import sympy as sp

from exercises.family import Check, Problem, family

RULES = ("cardinality", "digit_sum", "pair_sum")
T = sp.Symbol("t")


def inputs(params: dict[str, Any], limit: int) -> list[Any]:
    """Every input whose value can be at most ``limit``."""
    if params["rule"] == "cardinality":
        base = params["base"]
        return [frozenset(c) for k in range(len(base) + 1) for c in itertools.combinations(base, k)]
    if params["rule"] == "digit_sum":
        return list(range(1000))
    return [(a, b) for a in range(limit + 1) for b in range(limit + 1 - a)]


def value(rule: str, x: Any) -> int:
    """f(x) by the rule."""
    if rule == "cardinality":
        return len(x)
    if rule == "digit_sum":
        return x // 100 + x // 10 % 10 + x % 10
    return x[0] + x[1]


def _element(x: Any) -> sp.Basic:
    if isinstance(x, frozenset):
        return sp.FiniteSet(*sorted(x)) if x else sp.S.EmptySet
    if isinstance(x, tuple):
        return sp.Tuple(*x)
    return sp.Integer(x)


def solve_ask(params: dict[str, Any], ask: list[Any]) -> sp.Basic:
    """One ask: ["preimage", values], ["preimage_size", values] or ["image", low, high]
    (the inputs from low to high; for pairs, both entries at most high)."""
    kind = ask[0]
    if kind == "image":
        low, high = ask[1], ask[2]
        chosen = [x for x in inputs(params, 2 * high) if (
            low <= x <= high if params["rule"] == "digit_sum" else max(x) <= high)]
        return sp.FiniteSet(*sorted({value(params["rule"], x) for x in chosen}))
    wanted = set(ask[1])
    found = [x for x in inputs(params, max(wanted)) if value(params["rule"], x) in wanted]
    if kind == "preimage_size":
        return sp.Integer(len(found))
    return sp.FiniteSet(*[_element(x) for x in found]) if found else sp.S.EmptySet


def _answer(params: dict[str, Any], solve: Any) -> sp.Basic:
    found = [solve(params, ask) for ask in params["asks"]]
    return found[0] if len(found) == 1 else sp.Tuple(*found)


def _generating(params: dict[str, Any]) -> sp.Poly:
    """The inputs counted by value: the coefficient of t^v is how many inputs have value v."""
    if params["rule"] == "cardinality":
        return sp.Poly((1 + T) ** len(params["base"]), T)
    if params["rule"] == "digit_sum":
        return sp.Poly(sum(T**d for d in range(10)) ** 3, T)
    return sp.Poly(sum(T**d for d in range(60)) ** 2, T)  # exact up to t^59


def _again(rule: str, element: sp.Basic) -> int:
    """An input's value recomputed from how it is written: a set's length, a number's digit
    characters, a pair's entries."""
    if rule == "cardinality":
        return len(element) if element != sp.S.EmptySet else 0
    if rule == "digit_sum":
        return sum(int(c) for c in str(int(element)))
    return int(element[0]) + int(element[1])


def _checked(params: dict[str, Any], ask: list[Any], found: sp.Basic) -> bool:
    rule = params["rule"]
    if ask[0] == "image":  # every input of the range, or the box's sums as exponents
        low, high = ask[1], ask[2]
        if rule == "digit_sum":
            expected = {_again(rule, sp.Integer(n)) for n in range(low, high + 1)}
        else:
            box = sp.Poly(sum(T**d for d in range(high + 1)) ** 2, T)
            expected = {m[0] for m in box.monoms()}
        return found == sp.FiniteSet(*expected)
    counts = _generating(params)
    wanted = ask[1]
    total = sum(counts.coeff_monomial(T**v) for v in wanted)
    if ask[0] == "preimage_size":
        return found == total
    elements = list(found) if found != sp.S.EmptySet else []
    return len(elements) == total and all(_again(params["rule"], e) in wanted for e in elements)


def _verify(problem: Problem) -> list[Check]:
    params = problem.params
    found = [problem.answer] if len(params["asks"]) == 1 else list(problem.answer)
    if len(found) != len(params["asks"]):
        return [Check("one answer per ask", False)]
    return [Check("the inputs counted by value from a generating polynomial; every input "
                  "listed mapped again from how it is written",
                  all(_checked(params, a, f) for a, f in zip(params["asks"], found, strict=True)))]


def ask_latex(ask: list[Any], rule: str) -> str:
    """"f^{-1}(\\{1,3\\})", "|f^{-1}(8)|", "f(A)" with A described."""
    if ask[0] == "image":
        low, high = ask[1], ask[2]
        if rule == "digit_sum":
            return f"f(\\{{n : {low} \\leq n \\leq {high}\\}})"
        return f"f(\\{{(a,b) : a, b \\leq {high}\\}})"
    values = ask[1]
    target = str(values[0]) if len(values) == 1 else "\\{" + ",".join(map(str, values)) + "\\}"
    inverse = f"f^{{-1}}({target})"
    return f"|{inverse}|" if ask[0] == "preimage_size" else inverse


def definition_latex(params: dict[str, Any]) -> str:
    if params["rule"] == "cardinality":
        base = ",".join(params["base"])
        return (f"Let $A = \\{{{base}\\}}$ and $f:\\mathcal{{P}}(A)\\to\\mathbb{{N}}$, "
                "$f(B) = |B|$")
    if params["rule"] == "digit_sum":
        return ("Let $f:\\{0,\\dots,999\\}\\to\\mathbb{N}$ give the sum of the digits of "
                "its input")
    return "Let $f:\\mathbb{N}^2\\to\\mathbb{N}$, $f((a,b)) = a + b$"


def _plain(latex: str) -> str:
    for macro, word in (("\\mathcal{P}(A)", "P(A)"), ("\\mathbb{N}", "N"), ("\\to", " -> "),
                        ("\\dots", "..."), ("\\leq", "<="), ("\\{", "{"), ("\\}", "}"),
                        ("$", "")):
        latex = latex.replace(macro, word)
    return latex


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``rule`` (one of :data:`RULES`), ``base`` (the set A, for "cardinality"),
    ``asks``: ["preimage", values], ["preimage_size", values], ["image", low, high]."""
    answer = _answer(params, solve_ask)
    values = [answer] if len(params["asks"]) == 1 else list(answer)
    shown = [ask_latex(a, params["rule"]) for a in params["asks"]]
    latex = definition_latex(params) + ". Find " + ", ".join(f"${s}$" for s in shown) + "."
    return Problem(
        statement=_plain(latex),
        statement_latex=latex,
        answer=answer,
        answer_text="; ".join(f"{s} = {sp.sstr(v)}" for s, v in zip(shown, values, strict=True)),
        steps=[("An inverse image $f^{-1}(S)$ is every input whose value is in $S$; an image "
               "$f(A)$ every value of an input in $A$. Walk the inputs that can reach the "
               "values asked (a pair's entries are at most its sum)."),
               *[f"${s} = {sp.latex(v)}$" for s, v in zip(shown, values, strict=True)]],
        code=("import itertools\n\nimport sympy\n\n\n"
              + "\n\n".join(inspect.getsource(f) for f in (inputs, value, _element, solve_ask))
              + f"\n\ndef solve():\n    params = {params!r}\n"
              "    found = [solve_ask(params, ask) for ask in params['asks']]\n"
              "    return found[0] if len(found) == 1 else sympy.Tuple(*found)\n"
              ).replace("sp.", "sympy.").replace("dict[str, Any]", "dict")
        .replace("list[Any]", "list").replace(": Any", ""),
        params=params,
    )


def redraw(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """New values asked (and a new range for an image), the rule kept."""
    top = {"cardinality": len(params.get("base", [])), "digit_sum": 27, "pair_sum": 20}
    asks = []
    for ask in params["asks"]:
        if ask[0] == "image":
            low = rng.randint(0, 900)
            asks.append(["image", low, low + rng.randint(5, 60)] if params["rule"] == "digit_sum"
                        else ["image", 0, rng.randint(3, 15)])
        else:
            asks.append([ask[0], sorted(rng.sample(range(top[params["rule"]] + 1),
                                                   len(ask[1])))])
    return {**params, "asks": asks}


REDRAW = {"functions.described_images": redraw}


@family("functions.described_images", verify=_verify, pose=_pose)
def described_images(rng: random.Random, difficulty: int) -> Problem:
    """Images and inverse images of a subset's size, a digit sum or a pair's sum."""
    rule = rng.choice(RULES)
    params: dict[str, Any] = {"rule": rule, "asks": [["preimage", [1]], ["preimage_size", [2]]]}
    if rule == "cardinality":
        params["base"] = [str(i) for i in range(1, 3 + difficulty)]
    if rule != "cardinality" and difficulty >= 2:
        params["asks"].append(["image", 0, 5])
    return _pose(redraw(params, rng))
