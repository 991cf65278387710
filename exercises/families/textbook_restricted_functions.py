"""A posed family: functions between finite sets with conditions on some of their values.

"How many functions $f:\\{1,2,3,4\\}\\to\\{1,2,3,4\\}$ are there satisfying $f(1)=1$ or
$f(2)=2$ (or both)?", "... $f(1)\\neq1$ and $f(2)\\neq2$, and $f$ is injective?" are read by
:mod:`formalize.counting_setups` into ``{"domain", "codomain", "conditions": [[x, "=" or "!=",
y], ...], "join": "and" or "or", "injective"}``. The answer is the book's inclusion-exclusion
over the events "f(x) = y"; the check lists every function (or injection) when there are few,
and otherwise lists only the values at the constrained points and counts the free rest.
"""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import sympy

from exercises.families.textbook_counting import _code
from exercises.family import Check, Problem, family

LISTED_UP_TO = 60_000  # list every function when there are at most this many


def _holding(events: list[tuple[str, str]], n: int, m: int, injective: bool) -> int:
    """Functions (injections) of an n-set to an m-set with f(x) = y for every (x, y) given."""
    fixed = dict(events)
    if len(fixed) < len(set(events)) or (injective and len(set(fixed.values())) < len(fixed)):
        return 0  # one x sent to two values, or two x's to one value of an injection
    k = len(fixed)
    return math.perm(m - k, n - k) if injective else m ** (n - k)


def restricted_count(domain: list[str], codomain: list[str], conditions: list[list[str]],
                     join: str, injective: bool) -> int:
    """Inclusion-exclusion over the events f(x) = y: "and" of the conditions counts the
    functions where the "=" ones hold and none of the "!=" ones' events do; "or" is all the
    functions less those where every condition fails."""
    n, m = len(domain), len(codomain)
    literals = [((x, y), op == "=") for x, op, y in conditions]
    if join == "or":  # not (A or B) = (not A) and (not B)
        literals = [(event, not holds) for event, holds in literals]
    must = [event for event, holds in literals if holds]
    never = [event for event, holds in literals if not holds]
    both = sum((-1) ** size * _holding(must + list(chosen), n, m, injective)
               for size in range(len(never) + 1) for chosen in itertools.combinations(never, size))
    total = math.perm(m, n) if injective else m ** n
    return total - both if join == "or" else both


def _meets(values: dict[str, str], conditions: list[list[str]], join: str) -> bool:
    tests = [(values[x] == y) == (op == "=") for x, op, y in conditions]
    return all(tests) if join == "and" else any(tests)


def _count_by_listing(p: dict[str, Any]) -> tuple[int, str]:
    """List every function when few; else list the values at the constrained points only, and
    multiply by the ways to send the other points (any value, or unused ones for an injection)."""
    domain, codomain, injective = p["domain"], p["codomain"], p["injective"]
    n, m = len(domain), len(codomain)
    if m ** n <= LISTED_UP_TO:
        maps = (dict(zip(domain, f, strict=True)) for f in itertools.product(codomain, repeat=n))
        count = sum(1 for f in maps if (not injective or len(set(f.values())) == n)
                    and _meets(f, p["conditions"], p["join"]))
        return count, "list every function"
    points = sorted({x for x, _, _ in p["conditions"]})
    count = 0
    for values in itertools.product(codomain, repeat=len(points)):
        if injective and len(set(values)) < len(values):
            continue
        if _meets(dict(zip(points, values, strict=True)), p["conditions"], p["join"]):
            rest = n - len(points)
            count += math.perm(m - len(points), rest) if injective else m ** rest
    return count, "list the values at the constrained points, times the free rest"


def _verify(problem: Problem) -> list[Check]:
    count, how = _count_by_listing(problem.params)
    return [Check(how, problem.answer == count, str(count))]


def _condition_tex(x: str, op: str, y: str) -> str:
    return f"f({x}) " + ("=" if op == "=" else "\\neq") + f" {y}"


def _pose(params: dict[str, Any]) -> Problem:
    """``params``: ``domain``, ``codomain`` (lists of element names), ``conditions`` ([x, "=" or
    "!=", y] each), ``join`` ("and" or "or"), ``injective``."""
    domain, codomain = list(params["domain"]), list(params["codomain"])
    conditions, join, injective = params["conditions"], params["join"], bool(params["injective"])
    if join not in ("and", "or") or not conditions or any(
            x not in domain or y not in codomain or op not in ("=", "!=") for x, op, y in conditions):
        raise ValueError("conditions f(x) = y or f(x) != y on the sets' elements, joined by and/or")
    if injective and len(domain) > len(codomain):
        raise ValueError("no injection into a smaller set")
    answer = sympy.Integer(restricted_count(domain, codomain, conditions, join, injective))
    said = f" {join} ".join(f"${_condition_tex(*c)}$" for c in conditions)
    sets = (f"$f:\\{{{','.join(domain)}\\}}\\to\\{{{','.join(codomain)}\\}}$")
    what = "injective functions" if injective else "functions"
    statement = (f"How many {what} {sets} satisfy {said}"
                 + (" (or both)?" if join == "or" else "?"))
    steps = ["Count by inclusion-exclusion over the events $f(x) = y$ the conditions name: "
             "fixing $k$ values leaves " + ("$P(m-k, n-k)$ injections." if injective
                                           else "$m^{n-k}$ functions."),
             ("The conditions fail together in the complement; subtract it from all "
              if join == "or" else "Keep those where every condition holds: ")
             + f"${answer}$."]
    return Problem(
        statement=statement.replace("$", "").replace("\\{", "{").replace("\\}", "}").replace(
            "\\to", " -> ").replace("\\neq", "!="), statement_latex=statement, answer=answer,
        steps=steps,
        code=_code(restricted_count, params, _holding),
        params=params)


def vary(params: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Sets of nearby sizes named 1..n and 1..m (or letters), new points and values."""
    n = max(2, len(params["domain"]) + rng.choice([-1, 1]))
    m = max(2, len(params["codomain"]) + rng.choice([-1, 1]))
    if params["injective"]:
        m = max(m, n)
    letters = not params["codomain"][0].isdigit()
    codomain = [chr(97 + i) for i in range(m)] if letters else [str(i + 1) for i in range(m)]
    domain = [str(i + 1) for i in range(n)]
    xs = rng.sample(domain, min(len(params["conditions"]), n))
    conditions = [[x, op, rng.choice(codomain)]
                  for x, (_, op, _) in zip(xs, params["conditions"], strict=False)]
    return {**params, "domain": domain, "codomain": codomain, "conditions": conditions}


@family("counting.restricted_functions", verify=_verify, pose=_pose)
def restricted_functions(rng: random.Random, difficulty: int) -> Problem:
    """Functions (or injections) with two conditions f(x) = y or f(x) != y, joined by and/or."""
    n = rng.randint(3, 3 + difficulty)
    m = rng.randint(n if difficulty > 2 else 2, n + 2)
    domain, codomain = [str(i + 1) for i in range(n)], [str(i + 1) for i in range(m)]
    conditions = [[x, rng.choice(["=", "!="]), rng.choice(codomain)]
                  for x in rng.sample(domain, 2)]
    return _pose({"domain": domain, "codomain": codomain, "conditions": conditions,
                  "join": rng.choice(["and", "or"]), "injective": m >= n and rng.random() < 0.4})


REDRAW = {"counting.restricted_functions": vary}
